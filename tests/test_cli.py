"""The command line end to end, through a real subprocess: output, exit codes, selection,
suppression comments, configuration and stdin. Only LK101 and the PC codes are selected, so
these tests do not depend on the other checks' wording."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

BROKEN = "# Doc\n\nSee [the guide]() and ![logo](<>).\n\nAnd [top](#) too.\n"
MSG_LINK = "this link points to nothing: add the address it should go to, or remove the link"
MSG_IMAGE = "this image points to nothing: add the address it should go to, or remove the image"
MSG_HASH = 'this link points to "#": add the address it should go to, or remove the link'


def run(args, cwd, stdin=None, env=None):
    full_env = dict(os.environ)
    full_env.pop("NO_COLOR", None)
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "prosecheck", *args],
        cwd=cwd, input=stdin, capture_output=True, env=full_env, timeout=120,
    )
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


@pytest.fixture
def project(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "docs" / "clean.md").write_text("# Clean\n\nNothing to see.\n", encoding="utf-8")
    (tmp_path / ".prosecheck.toml").write_text('select = ["LK101", "PC"]\n', encoding="utf-8")
    return tmp_path


def test_default_output_and_exit_code(project):
    code, out, err = run(["docs"], project)
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        f"docs/a.md:3:5: LK101 {MSG_LINK}",
        f"docs/a.md:3:23: LK101 {MSG_IMAGE}",
        f"docs/a.md:5:5: LK101 {MSG_HASH}",
    ]


def test_clean_file_exits_zero_and_prints_nothing(project):
    assert run(["docs/clean.md"], project) == (0, "", "")


def test_path_is_reported_as_the_user_named_it(project):
    code, out, _ = run(["./docs/../docs/a.md"], project)
    assert out.splitlines()[0].startswith("./docs/../docs/a.md:3:5: LK101")


def test_pylint_json_and_template_formats(project):
    _, out, _ = run(["docs/a.md", "--format", "pylint"], project)
    assert out.splitlines()[0] == f"docs/a.md:3: [LK101] {MSG_LINK}"
    _, out, _ = run(["docs/a.md", "--format", "json"], project)
    data = json.loads(out)
    assert data[0] == {
        "path": "docs/a.md", "line": 3, "col": 5, "end_line": None, "end_col": None,
        "code": "LK101", "severity": "error", "message": MSG_LINK, "plugin": "links", "fix": None,
    }
    assert len(data) == 3
    _, out, _ = run(["docs/a.md", "--format", "%(code)s@%(row)d,%(col)d"], project)
    assert out.splitlines() == ["LK101@3,5", "LK101@3,23", "LK101@5,5"]


def test_show_source_statistics_and_count(project):
    _, out, _ = run(["docs/a.md", "--show-source", "--statistics", "--count"], project)
    assert out.splitlines() == [
        f"docs/a.md:3:5: LK101 {MSG_LINK}",
        "See [the guide]() and ![logo](<>).",
        "    ^",
        f"docs/a.md:3:23: LK101 {MSG_IMAGE}",
        "See [the guide]() and ![logo](<>).",
        "                      ^",
        f"docs/a.md:5:5: LK101 {MSG_HASH}",
        "And [top](#) too.",
        "    ^",
        "3     LK101 link or image with an empty destination",
        "3",
    ]


def test_quiet_exit_zero_and_color(project):
    assert run(["docs", "-q"], project)[:2] == (1, "docs/a.md\n")
    assert run(["docs", "-qq"], project)[:2] == (1, "")
    assert run(["docs", "--exit-zero", "-qq"], project)[:2] == (0, "")
    _, out, _ = run(["docs/a.md", "--color", "always"], project)
    assert "\x1b[" in out
    _, out, _ = run(["docs/a.md", "--color", "always"], project, env={"NO_COLOR": "1"})
    assert "\x1b[" in out  # --color always wins over NO_COLOR, as with other tools
    _, out, _ = run(["docs/a.md"], project)  # not a TTY: no colour
    assert "\x1b[" not in out


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--ignore", "LK101"], []),
        (["--ignore", "LK"], ["3:5", "3:23", "5:5"]),  # the config's LK101 is more specific
        (["--ignore", "LK1", "--select", "LK101"], ["3:5", "3:23", "5:5"]),  # longest prefix wins
        (["--select", "LK", "--ignore", "LK101"], []),
        (["--select", "SL"], []),
        (["--extend-ignore", "LK101"], []),
        (["--per-file-ignores", "docs/a.md:LK"], []),
        (["--per-file-ignores", "other/*.md:LK"], ["3:5", "3:23", "5:5"]),
    ],
)
def test_selection(project, args, expected):
    _, out, _ = run(["docs/a.md", *args], project)
    assert [":".join(line.split(":")[1:3]) for line in out.splitlines()] == expected


@pytest.mark.parametrize(
    "doc, expected",
    [
        ("[a]() <!-- noqa -->\n[b]()\n", ["2:1"]),
        ("[a]() <!-- noqa: LK101 -->\n[b]()\n", ["2:1"]),
        ("[a]() <!-- noqa: LK1 -->\n", []),
        ("[a]() <!-- noqa: SL -->\n", ["1:1"]),
        ("<!-- prosecheck-disable-next-line LK101 -->\n[a]()\n[b]()\n", ["3:1"]),
        ("<!-- prosecheck-disable -->\n[a]()\n\n[b]()\n<!-- prosecheck-enable -->\n[c]()\n", ["6:1"]),
        ("<!-- prosecheck-disable LK -->\n[a]()\n", []),
        ("text\n\n<!-- prosecheck-disable-file LK101 -->\n[a]()\n", []),
        ("<!-- prosecheck-disable-file SL, HC -->\n[a]()\n", ["2:1"]),
        ("```\n<!-- prosecheck-disable-file -->\n```\n[a]()\n", ["4:1"]),  # an example in code
    ],
)
def test_suppression_comments(project, doc, expected):
    (project / "s.md").write_text(doc, encoding="utf-8")
    _, out, _ = run(["s.md"], project)
    assert [":".join(line.split(":")[1:3]) for line in out.splitlines()] == expected


def test_suppression_comments_in_plain_text(project):
    (project / "s.txt").write_text("Nothing here <!-- noqa -->\n", encoding="utf-8")
    assert run(["s.txt"], project)[0] == 0


def test_stdin_with_filename(project):
    code, out, _ = run(["-", "--stdin-filename", "docs/new.md"], project, stdin=BROKEN.encode())
    assert code == 1
    assert out.splitlines()[0] == f"docs/new.md:3:5: LK101 {MSG_LINK}"
    code, out, _ = run(["-"], project, stdin=b"fine text\n")
    assert (code, out) == (0, "")


def test_pyproject_configuration_and_cli_precedence(tmp_path):
    (tmp_path / "a.md").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        "[project]\nname='x'\n[tool.prosecheck]\nselect = ['LK']\nignore = ['LK101']\n", encoding="utf-8"
    )
    assert run(["a.md"], tmp_path)[:2] == (0, "")
    assert run(["a.md", "--ignore", ""], tmp_path)[0] == 1  # the command line wins
    assert run(["a.md", "--isolated", "--select", "LK101", "-qq"], tmp_path)[0] == 1


def test_closest_configuration_file_wins(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.prosecheck]\nignore = ['LK']\n", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / ".prosecheck.toml").write_text("select = ['LK101']\n", encoding="utf-8")
    (sub / "a.md").write_text(BROKEN, encoding="utf-8")
    assert run(["a.md", "-qq"], sub)[0] == 1
    # found upward from the checked path, not from the current folder: the file's own wins
    assert run(["sub/a.md", "-qq"], tmp_path)[0] == 1
    (tmp_path / "b.md").write_text(BROKEN, encoding="utf-8")
    # two paths: the closest to the folder that holds both (here the top, which ignores LK)
    assert run(["sub/a.md", "b.md", "-qq"], tmp_path)[0] == 0
    assert run(["b.md", "-qq"], tmp_path)[0] == 0


def test_configuration_is_found_from_the_checked_folder_when_run_from_elsewhere(tmp_path):
    site = tmp_path / "site"
    (site / "docs").mkdir(parents=True)
    (site / ".prosecheck.toml").write_text("ignore = ['LK101']\n", encoding="utf-8")
    (site / "docs" / "a.md").write_text(BROKEN, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert run([str(site / "docs"), "-qq"], elsewhere)[0] == 0
    assert run([str(site / "docs" / "a.md"), "-qq"], elsewhere)[0] == 0
    # text on stdin: its --stdin-filename's folder, as for a file
    code, out, _ = run(["-", "--stdin-filename", str(site / "docs" / "new.md")], elsewhere, stdin=BROKEN.encode())
    assert (code, out) == (0, "")
    assert run([str(site / "docs"), "--isolated", "-qq"], elsewhere)[0] == 1


@pytest.mark.parametrize(
    "content, message",
    [
        ("selct = ['LK']\n", "unknown key 'selct' (did you mean 'select'?)"),
        ("select = 'LK'\njobs = 'two'\n", "'jobs' must be a whole number, not str 'two'"),
        ("select = [\n", "this is not valid TOML"),
        ("[links]\nnot_an_option = 1\n", "unknown key 'links.not_an_option'"),
        ("[nosuchcheck]\nx = 1\n", "unknown key 'nosuchcheck' (no check named 'nosuchcheck' is installed"),
        ("fail-on = 'fatal'\n", "'fail-on' must be one of 'error', 'warning', 'info', not 'fatal'"),
        # a user term that could never match is said at once, not a silent no-op on every file
        ("[superlatives]\nextend_terms = ['sota\u2122']\n",
         "'superlatives.extend_terms': item \"sota\u2122\": \"sota\u2122\" reads as \"sota\" in prose (a term is "
         "matched word by word, and only letters, digits and the joiners - ' . / @ inside a word are part of it), "
         "so it could never be found; write the term as it reads in words\n"),
        ("[hedging]\nignore_terms = ['of course', '!!']\n", "'hedging.ignore_terms': item \"!!\": \"!!\" holds no word in prose"),
        # an unknown category: a configuration error before any file, not a crash of the check per file
        ("[superlatives]\nextend_terms = ['sota:bogus']\n",
         "'superlatives.extend_terms': item 'sota:bogus': category 'bogus' is not one of ['absolute', "),
        ("[hedging]\nextend_terms = ['C++:booster']\n", "'hedging.extend_terms': item \"C++:booster\": \"c++\" reads as \"c\""),
    ],
)
def test_configuration_errors_name_file_and_key(tmp_path, content, message):
    (tmp_path / ".prosecheck.toml").write_text(content, encoding="utf-8")
    (tmp_path / "a.md").write_text("ok\n", encoding="utf-8")
    code, out, err = run(["a.md"], tmp_path)
    assert code == 2 and out == ""
    assert err.startswith("prosecheck: configuration error: ")
    assert str(tmp_path / ".prosecheck.toml") in err
    assert message in err
    assert "Traceback" not in err


def test_explicit_config_file_and_missing_config(tmp_path):
    (tmp_path / "a.md").write_text(BROKEN, encoding="utf-8")
    (tmp_path / "custom.toml").write_text("ignore = ['LK']\n", encoding="utf-8")
    assert run(["a.md", "--config", "custom.toml"], tmp_path)[:2] == (0, "")
    code, _, err = run(["a.md", "--config", "missing.toml"], tmp_path)
    assert code == 2 and "missing.toml: no such configuration file" in err


def test_usage_errors_exit_two(project):
    code, out, err = run(["--no-such-flag"], project)
    assert code == 2 and "unrecognized arguments: --no-such-flag" in err and "Traceback" not in err
    code, _, err = run(["docs", "--format", "nope"], project)
    assert code == 2 and "unknown format 'nope'" in err
    code, _, err = run(["docs", "--per-file-ignores", "nocolon"], project)
    assert code == 2 and "expects GLOB:CODES" in err


def test_missing_path_and_undecodable_files(project):
    code, out, _ = run(["docs/a.md", "missing.md"], project)
    assert code == 2
    assert "missing.md:1:1: PC006 no such file or folder" in out.splitlines()
    (project / "bad.md").write_bytes(b"caf\xe9\n")
    (project / "bin.md").write_bytes(b"\x00\x01\x02")
    code, out, _ = run(["bad.md", "bin.md"], project)
    assert code == 1
    assert out.splitlines() == [
        "bad.md:1:1: PC001 this file is not valid UTF-8 text (the first bad byte is at line 1, byte 4): "
        "it was not checked; save it as UTF-8",
        "bin.md:1:1: PC001 this is a binary file, not text (it holds NUL bytes): it was not checked",
    ]


def test_utf16_with_bom_is_read(project):
    (project / "u16.md").write_bytes(BROKEN.encode("utf-16"))
    code, out, _ = run(["u16.md"], project)
    assert code == 1 and out.splitlines()[0] == f"u16.md:3:5: LK101 {MSG_LINK}"


def test_folders_are_walked_with_excludes(project):
    for rel in ["node_modules/x.md", ".hidden/x.md", "docs/sub/x.markdown", "docs/notes.txt",
                "docs/skip/x.md", "docs/code.py"]:
        p = project / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("[a]()\n", encoding="utf-8")
    _, out, _ = run([".", "-q", "--extend-exclude", "docs/skip/"], project)
    # notes.txt is read as plain text, where "[a]()" is not a link
    assert out.splitlines() == ["docs/a.md", "docs/sub/x.markdown"]
    _, out, _ = run([".", "-q", "--exclude", "docs/sub"], project)
    assert out.splitlines() == [".hidden/x.md", "docs/a.md", "docs/skip/x.md", "node_modules/x.md"]
    _, out, _ = run(["docs/*.md", "-q"], project)
    assert out.splitlines() == ["docs/a.md"]


def test_a_named_file_of_another_markup_language_is_checked_with_a_note(project):
    # A Sphinx page named on the command line (or by a pre-commit hook) is read as Markdown: the
    # writer is told so once per file, on stderr, and the exit code is the findings' own. A walk
    # never takes .rst, and a Markdown or plain-text file named gets no note.
    (project / "docs" / "page.rst").write_text("Intro\n=====\n\nSee [the guide]() here.\n", encoding="utf-8")
    code, out, err = run(["docs/page.rst", "--select", "LK101"], project)
    assert (code, out) == (1, f"docs/page.rst:4:5: LK101 {MSG_LINK}\n")
    assert err == ("prosecheck: note: docs/page.rst: this is reStructuredText, which prosecheck does not parse: "
                   "it is checked as Markdown, so its own markup may be reported as prose\n")
    (project / "docs" / "page.rst").rename(project / "docs" / "page.txt")
    code, out, err = run(["docs/page.txt", "--select", "LK101"], project)
    assert (code, err) == (0, "")
    code, out, err = run(["docs", "--select", "LK101"], project)
    assert "note" not in err


def test_a_walk_answers_the_default_exclusions_and_gitignore_per_folder(tmp_path, monkeypatch):
    # A walk's files take their folder's answer (worked out once per folder): a file in a hidden
    # or node_modules folder is left out however deep, one in a folder walked by name is not
    # (not even a hidden one), and git's ignores still go file by file.
    from prosecheck.files import discover

    for rel in ["a.md", ".b.md", "docs/c.md", "docs/.cache/d.md", "docs/node_modules/x/e.md",
                ".hid/docs/f.md", ".hid/g.md", "ignored/h.md", "docs/i.md", "docs/j.md"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("Words.\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("ignored/\ndocs/j.md\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def found(paths, root=".", **kw):
        items, errors = discover(paths, root=root, extensions=[".md"], **kw)
        assert errors == []
        return [i.display for i in items]

    assert found(["."]) == [".b.md", "a.md", "docs/c.md", "docs/i.md"]
    assert found(["."], respect_gitignore=False) == [".b.md", "a.md", "docs/c.md", "docs/i.md", "docs/j.md",
                                                     "ignored/h.md"]
    assert found([".hid/docs", "docs"]) == ["docs/c.md", "docs/i.md"]
    assert found([".hid/docs"], root=".hid") == [".hid/docs/f.md"]
    assert found([str(tmp_path / "docs")], root=str(tmp_path / "docs")) == [str(tmp_path / "docs" / n)
                                                                           for n in ("c.md", "i.md")]
    assert found(["*/*.md", "*.md"]) == ["docs/c.md", "docs/i.md", "a.md"]  # (a glob takes no dot file)


def test_symlink_loop_does_not_hang(project):
    loop = project / "docs" / "loop"
    loop.symlink_to(project / "docs", target_is_directory=True)
    code, out, _ = run(["docs", "-q"], project)
    assert (code, out) == (1, "docs/a.md\n")


def test_output_is_identical_run_to_run_and_with_jobs(project):
    for i in range(30):
        (project / "docs" / f"f{i:02}.md").write_text(f"# {i}\n\n[x{i}]() and [y](#)\n", encoding="utf-8")
    first = run(["docs", "--jobs", "1"], project)
    assert first[0] == 1 and len(first[1].splitlines()) == 63
    assert run(["docs", "--jobs", "2"], project) == first
    assert run(["docs", "--jobs", "2"], project) == first


def test_version_list_checks_and_explain(project):
    code, out, _ = run(["--version"], project)
    assert code == 0 and out.startswith("prosecheck ") and "links: " in out and "core: " in out
    code, out, _ = run(["--list-checks"], project)
    assert code == 0
    assert "LK101  links" in out and "link or image with an empty destination" in out
    assert "PC002  core" in out
    code, out, _ = run(["--explain", "pc001"], project)
    assert code == 0 and out.startswith("# PC001: the file is not UTF-8 text")
    assert run(["--explain", "ZZ999"], project)[0] == 2


def test_output_file_is_written_whole(project):
    code, out, _ = run(["docs/a.md", "--output-file", "report.txt"], project)
    assert (code, out) == (1, "")
    assert (project / "report.txt").read_text(encoding="utf-8").splitlines()[0].startswith("docs/a.md:3:5")
    assert [p.name for p in project.iterdir() if p.name.endswith(".tmp")] == []


def test_markdown_docs_with_config_in_subfolder_use_config_root(tmp_path):
    # per-file-ignores patterns are relative to the folder of the configuration file
    (tmp_path / ".prosecheck.toml").write_text(
        textwrap.dedent("""
            select = ["LK101"]
            [per-file-ignores]
            "legal/*.md" = ["LK"]
        """), encoding="utf-8")
    (tmp_path / "legal").mkdir()
    (tmp_path / "legal" / "terms.md").write_text("[a]()\n", encoding="utf-8")
    (tmp_path / "guide.md").write_text("[a]()\n", encoding="utf-8")
    _, out, _ = run(["legal/terms.md", "guide.md", "-q"], tmp_path)
    assert out == "guide.md\n"
    _, out, _ = run(["terms.md", "-q"], tmp_path / "legal")
    assert out == ""


def test_no_traceback_for_directory_named_like_a_file(project):
    (project / "dir.md").mkdir()
    code, out, err = run(["dir.md"], project)
    assert code == 0 and "Traceback" not in err


def test_exit_code_reflects_fail_on(project):
    code, *_ = run(["docs/a.md", "--fail-on", "error", "-qq"], project)
    assert code == 1
    Path(project / "info.md").write_text("[x]()\n", encoding="utf-8")
    code, *_ = run(["info.md", "--fail-on", "error", "-qq"], project)
    assert code == 1


def test_machine_formats_stay_valid_with_statistics_count_and_quiet(project):
    code, out, err = run(["docs/a.md", "--format", "json", "--statistics", "--count", "-q"], project)
    assert code == 1 and len(json.loads(out)) == 3
    assert err.splitlines() == ["3     LK101 link or image with an empty destination", "3"]


def test_a_template_with_an_unknown_field_is_a_usage_error(project):
    code, out, err = run(["docs/a.md", "--format", "%(nope)s"], project)
    assert (code, out) == (2, "")
    assert "the format template '%(nope)s' does not work (KeyError: 'nope')" in err
    assert "Traceback" not in err


def test_default_exclusions_match_their_gitignore_patterns():
    import pathspec

    from prosecheck.files import DEFAULT_EXCLUDE, _default_excluded

    spec = pathspec.GitIgnoreSpec.from_lines(DEFAULT_EXCLUDE)
    for rel, is_dir in [
        ("docs/a.md", False), (".git", True), ("docs/.cache/x.md", False), ("a/node_modules", True),
        ("a/node_modules/b/c.md", False), ("x/__pycache__/y.md", False), (".hidden.md", False),
        ("lib/site-packages/p/README.md", False), ("node_modules.md", False), ("docs", True),
    ]:
        assert _default_excluded(rel, is_dir) == spec.match_file(rel + "/" if is_dir else rel), rel


def test_output_file_that_is_not_a_regular_file_is_written_not_replaced(project, tmp_path):
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    import threading

    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    code, out, _ = run(["docs/a.md", "--output-file", str(fifo)], project)
    reader.join(timeout=60)
    assert (code, out) == (1, "")
    assert received[0].splitlines()[0].startswith("docs/a.md:3:5: LK101")
    assert fifo.is_fifo()  # still a pipe, not replaced by a regular file
    assert os.path.exists(os.devnull) and not os.path.isfile(os.devnull)


def _counting_raw():
    """A raw (unbuffered) byte stream that records each write call it receives, as stdout's is
    under PYTHONUNBUFFERED."""
    import io

    class CountingRaw(io.RawIOBase):
        def __init__(self):
            self.calls = []

        def writable(self):
            return True

        def write(self, data):
            self.calls.append(bytes(data))
            return len(data)

    return CountingRaw()


def test_a_write_through_stdout_gets_the_report_in_blocks_and_writes_through_again_afterwards():
    import io

    from prosecheck.cli import _batched_writes

    raw = _counting_raw()
    stream = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)  # as under PYTHONUNBUFFERED
    with _batched_writes(stream):
        for i in range(500):
            stream.write(f"a.md:{i}:1: XX101 a finding\n")
    assert len(raw.calls) < 10  # blocks, not 500 calls
    assert b"".join(raw.calls) == "".join(f"a.md:{i}:1: XX101 a finding\n" for i in range(500)).encode()
    assert stream.write_through is True
    stream.write("after\n")
    assert raw.calls[-1] == b"after\n"  # written at once, as before the report


def test_a_stream_without_write_through_is_left_as_it_is():
    import io

    from prosecheck.cli import _batched_writes

    out = io.StringIO()
    with _batched_writes(out):
        out.write("x\n")
    assert out.getvalue() == "x\n"
