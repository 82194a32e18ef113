"""CI adoption (issue 13), end to end through real subprocesses and real git repositories: strict
codes, no files, .gitignore, stdin links, words_file, baseline, --changed-since, the GitHub job
summary, and the contracts plugin authors rely on."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from prosecheck.changed import parse_diff
from prosecheck.files import discover
from prosecheck.formatters.github_summary import escape, summary_markdown
from prosecheck.check import Code
from prosecheck.diagnostics import Diagnostic

LK101 = "LK101 this link points to nothing: add the address it should go to, or remove the link"
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def run(args, cwd, stdin=None, env=None):
    full_env = dict(os.environ)
    full_env.pop("GITHUB_STEP_SUMMARY", None)
    full_env.update(env or {})
    proc = subprocess.run([sys.executable, "-m", "prosecheck", "--no-cache", *args], cwd=cwd,
                          input=stdin, capture_output=True, env=full_env, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def git(cwd, *args):
    subprocess.run(["git", "-c", "user.email=t@example.com", "-c", "user.name=t", "-c", "commit.gpgsign=false",
                    *args], cwd=cwd, check=True, capture_output=True)


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


# --- strict codes ---------------------------------------------------------------------------------

HINT = "no installed plugin declares a code that starts with it; 'prosecheck --list-checks' lists every code"


@pytest.mark.parametrize("args, message", [
    (["--select", "SL999"], "unknown code 'SL999' in --select (did you mean 'SL'?)"),
    (["--select", "XY"], "unknown code 'XY' in --select"),
    (["--ignore", "LK101,LKK"], "unknown code 'LKK' in --ignore (did you mean 'LK'?)"),
    (["--extend-select", "HC1O1"], "unknown code 'HC1O1' in --extend-select (did you mean 'HC101'?)"),
    (["--extend-ignore", "QQ"], "unknown code 'QQ' in --extend-ignore"),
    (["--per-file-ignores", "a.md:SP1O2"], "unknown code 'SP1O2' in --per-file-ignores (did you mean 'SP102'?)"),
])
def test_unknown_code_on_the_command_line_exits_2(tmp_path, args, message):
    write(tmp_path / "a.md", "[x]()\n")
    code, out, err = run(["a.md", *args], tmp_path)
    assert (code, out) == (2, "")
    assert err == f"prosecheck: error: {message}: {HINT}\nTry 'prosecheck --help'.\n"


@pytest.mark.parametrize("toml, where", [
    ('select = ["SL999"]\n', "'select'"),
    ('extend-ignore = ["ZZ"]\n', "'extend-ignore'"),
    ('[per-file-ignores]\n"a.md" = ["LK9"]\n', "'per-file-ignores' for 'a.md'"),
])
def test_unknown_code_in_configuration_exits_2(tmp_path, toml, where):
    write(tmp_path / "a.md", "[x]()\n")
    write(tmp_path / ".prosecheck.toml", toml)
    code, out, err = run(["a.md"], tmp_path)
    bad = {"'select'": "SL999", "'extend-ignore'": "ZZ"}.get(where, "LK9")
    assert (code, out) == (2, "")
    assert err.startswith(f"prosecheck: configuration error: unknown code '{bad}' in "
                          f"{tmp_path / '.prosecheck.toml'}: {where}")


def test_known_prefixes_and_all_pass(tmp_path):
    write(tmp_path / "a.md", "[x]()\n")
    assert run(["a.md", "--select", "LK1,ALL", "--ignore", "SP,PC00"], tmp_path)[:2] == (1, f"a.md:1:1: {LK101}\n")


def test_no_files_to_check_is_said(tmp_path):
    (tmp_path / "empty").mkdir()
    write(tmp_path / "empty" / "notes.rst", "x\n")
    assert run(["empty"], tmp_path) == (
        0, "", "prosecheck: no files to check in empty (it looks for .md .markdown .mdown .txt files that no "
               "exclude pattern or .gitignore skips)\n")


# --- .gitignore -----------------------------------------------------------------------------------


@needs_git
def test_gitignore_nested_negation_and_info_exclude(tmp_path):
    git(tmp_path, "init", "-q")
    for name in ("build/lib/a.md", "docs/a.md", "docs/b.md", "sub/b.md", "sub/keep.md", "sub/c.txt", "top.txt",
                 "sub/deep/keep.md"):
        write(tmp_path / name, "[x]()\n")
    write(tmp_path / ".gitignore", "build/\n*.txt\n")
    write(tmp_path / "sub" / ".gitignore", "!c.txt\nkeep.md\n")
    write(tmp_path / "sub" / "deep" / ".gitignore", "!keep.md\n")
    write(tmp_path / ".git" / "info" / "exclude", "docs/a.md\n")
    exts = [".md", ".txt"]
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        items, errors = discover(["."], root=str(tmp_path), extensions=exts)
        assert [i.display for i in items] == ["docs/b.md", "sub/b.md", "sub/c.txt", "sub/deep/keep.md"]
        items, _ = discover(["."], root=str(tmp_path), extensions=exts, respect_gitignore=False)
        assert len(items) == 8
        # Named explicitly: checked although ignored; a glob is walked as git sees it.
        items, _ = discover(["build/lib/a.md", "sub/*.md"], root=str(tmp_path), extensions=exts)
        assert [i.display for i in items] == ["build/lib/a.md", "sub/b.md"]
    finally:
        os.chdir(cwd)
    assert errors == []


@needs_git
def test_bare_run_skips_what_git_ignores(tmp_path):
    git(tmp_path, "init", "-q")
    write(tmp_path / ".gitignore", "build/\n")
    write(tmp_path / "build" / "lib" / "README.md", "[x]()\n")
    write(tmp_path / "README.md", "# Fine\n")
    assert run(["--select", "LK"], tmp_path)[:2] == (0, "")
    assert run(["--select", "LK", "--no-respect-gitignore"], tmp_path)[:2] == (1, f"build/lib/README.md:1:1: {LK101}\n")


# --- stdin and words_file --------------------------------------------------------------------------


def test_stdin_links_resolve_from_the_stdin_filename(tmp_path):
    write(tmp_path / "docs" / "other.md", "# Other\n")
    text = b"See [it](other.md).\n"
    assert run(["-", "--stdin-filename", "docs/draft.md", "--select", "LK"], tmp_path, stdin=text)[:2] == (0, "")
    code, out, _ = run(["-", "--select", "LK"], tmp_path, stdin=text)
    assert (code, out) == (1, '-:1:5: LK102 "other.md" does not exist (looked for other.md): fix the path or '
                              'remove the link\n')


def test_missing_words_file_is_one_configuration_error(tmp_path):
    write(tmp_path / ".prosecheck.toml", '[spelling]\nwords_file = "docs/words.txt"\n')
    write(tmp_path / "a.md", "Hello.\n")
    write(tmp_path / "b.md", "Hello.\n")
    code, out, err = run(["a.md", "b.md"], tmp_path)
    assert (code, out) == (2, "")
    assert err == (f"prosecheck: configuration error: {tmp_path / '.prosecheck.toml'}: [spelling] the spelling "
                   f"word list words_file = 'docs/words.txt' cannot be read (No such file or directory; looked "
                   f"for {tmp_path / 'docs' / 'words.txt'}): create it, or correct the path in "
                   f"[tool.prosecheck.spelling]\n")
    # Not an error when SP101, the code that reads it, is not selected.
    assert run(["a.md", "--select", "LK"], tmp_path)[0] == 0


# --- baseline --------------------------------------------------------------------------------------

OLD = "# Doc\n\nSee [a]() here.\n\nAnd [b]() there.\n"


def test_baseline_survives_inserted_lines_and_catches_a_new_finding(tmp_path):
    write(tmp_path / "docs" / "a.md", OLD)
    write(tmp_path / "z.md", "[z]()\n")
    code, out, err = run(["--select", "LK", "--write-baseline", "baseline.json"], tmp_path)
    assert (code, out) == (0, "")
    assert err == "prosecheck: recorded 3 findings in baseline.json; run with --baseline baseline.json to see only new ones\n"
    assert (tmp_path / "baseline.json").read_text(encoding="utf-8") == textwrap.dedent("""\
        {
          "prosecheck-baseline": 1,
          "findings": [
            {
              "path": "docs/a.md",
              "code": "LK101",
              "text": "[a]() here.",
              "occurrence": 0
            },
            {
              "path": "docs/a.md",
              "code": "LK101",
              "text": "[b]() there.",
              "occurrence": 0
            },
            {
              "path": "z.md",
              "code": "LK101",
              "text": "[z]()",
              "occurrence": 0
            }
          ]
        }
        """)
    # Lines inserted above: the old findings move, and stay hidden.
    write(tmp_path / "docs" / "a.md", "# Doc\n\nA new intro.\n\nMore.\n\n" + OLD[len("# Doc\n\n"):])
    assert run(["--select", "LK", "--baseline", "baseline.json"], tmp_path) == (
        0, "", "prosecheck: 3 findings recorded in the baseline baseline.json not shown\n")
    # A new finding, even one flagging the same text as an old one, is reported.
    write(tmp_path / "docs" / "a.md", "# Doc\n\nSee [a]() here.\n\n" + OLD[len("# Doc\n\n"):])
    assert run(["--select", "LK", "--baseline", "baseline.json"], tmp_path) == (
        1, f"docs/a.md:5:5: {LK101}\n", "prosecheck: 3 findings recorded in the baseline baseline.json not shown\n")


def test_rewriting_the_baseline_drops_fixed_findings(tmp_path):
    write(tmp_path / "a.md", OLD)
    run(["--select", "LK", "--write-baseline", "b.json"], tmp_path)
    write(tmp_path / "a.md", "# Doc\n\nSee [a](https://example.com) here.\n\nAnd [b]() there.\n")
    assert run(["--select", "LK", "--baseline", "b.json"], tmp_path) == (0, "", (
        "prosecheck: 1 finding of the baseline b.json is fixed: run with --write-baseline b.json to drop it\n"
        "prosecheck: 1 finding recorded in the baseline b.json not shown\n"))
    run(["--select", "LK", "--write-baseline", "b.json"], tmp_path)
    data = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert data["findings"] == [{"path": "a.md", "code": "LK101", "text": "[b]() there.", "occurrence": 0}]


def test_baseline_from_configuration_and_bad_baselines(tmp_path):
    write(tmp_path / "docs" / "a.md", "[x]()\n")
    (tmp_path / "ci").mkdir()
    run(["--select", "LK", "--write-baseline", "ci/baseline.json"], tmp_path)
    write(tmp_path / ".prosecheck.toml", 'select = ["LK"]\nbaseline = "ci/baseline.json"\n')
    # Relative to the configuration file's folder, from any working folder.
    assert run(["a.md"], tmp_path / "docs") == (0, "", "prosecheck: 1 finding recorded in the baseline "
                                                        "../ci/baseline.json not shown\n")
    code, out, err = run(["--baseline", "missing.json"], tmp_path)
    assert (code, out, err) == (2, "", "prosecheck: configuration error: the baseline missing.json does not exist: "
                                       "create it with 'prosecheck --write-baseline missing.json'\n")
    write(tmp_path / "broken.json", '{"findings": 3}')
    code, _, err = run(["--baseline", "broken.json"], tmp_path)
    assert code == 2 and err == ("prosecheck: configuration error: broken.json is not a prosecheck baseline "
                                 "(version 1): write it again with 'prosecheck --write-baseline broken.json'\n")


# --- --changed-since -------------------------------------------------------------------------------


@pytest.fixture
def branch_repo(tmp_path):
    """main: a.md (one finding) and b.md (one finding); branch 'feat' adds a line to a.md; then main
    moves on with a finding of its own, which the merge base keeps out of the comparison."""
    git(tmp_path, "init", "-q", "-b", "main")
    write(tmp_path / "a.md", "# A\n\nOld [a]().\n")
    write(tmp_path / "b.md", "# B\n\nOld [b]().\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "one")
    git(tmp_path, "checkout", "-qb", "feat")
    write(tmp_path / "a.md", "# A\n\nNew [n]().\n\nOld [a]().\n")
    git(tmp_path, "commit", "-qam", "feat")
    git(tmp_path, "checkout", "-q", "main")
    write(tmp_path / "c.md", "# C\n\n[c]()\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "main moves")
    git(tmp_path, "checkout", "-q", "feat")
    return tmp_path


@needs_git
def test_changed_since_reports_only_changed_lines(branch_repo):
    summary = branch_repo / "summary.md"
    code, out, err = run(["--select", "LK", "--changed-since", "main", "--format", "github"], branch_repo,
                         env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert code == 1
    assert out == ("::error file=a.md,line=3,col=5,endLine=3,endColumn=5,title=prosecheck LK101::this link points "
                   "to nothing: add the address it should go to, or remove the link\n")
    assert err == "prosecheck: 1 finding on lines unchanged since main not shown\n"
    # b.md did not change and no cross-file check is selected: it was not even read.
    assert "1 finding in 1 file (1 error); 1 file checked." in summary.read_text(encoding="utf-8")


@needs_git
def test_changed_since_counts_uncommitted_and_untracked_files(branch_repo):
    write(branch_repo / "b.md", "# B\n\nOld [b]().\nEdited [e]().\n")
    write(branch_repo / "new.md", "[u]()\n")
    code, out, _ = run(["--select", "LK", "--changed-since", "main"], branch_repo)
    assert code == 1
    assert out == f"a.md:3:5: {LK101}\nb.md:4:8: {LK101}\nnew.md:1:1: {LK101}\n"


@needs_git
def test_changed_since_errors(branch_repo, tmp_path_factory):
    code, out, err = run(["--changed-since", "no-such-branch"], branch_repo)
    assert (code, out) == (2, "")
    assert err.startswith("prosecheck: error: --changed-since no-such-branch: git knows no revision of that name")
    outside = tmp_path_factory.mktemp("outside")
    write(outside / "a.md", "x\n")
    code, out, err = run(["--changed-since", "main"], outside)
    assert (code, out) == (2, "")
    assert err.startswith(f"prosecheck: error: --changed-since needs a git repository, and {outside} is not in one")


def test_parse_diff_headers_quoted_names_and_deletions():
    diff = (b'diff --git a/doc.md b/doc.md\n--- a/doc.md\n+++ b/doc.md\n@@ -3 +3,2 @@\n-old\n+++ new line\n+more\n'
            b'@@ -9,2 +10,0 @@\n-gone\n-gone\n'
            b'diff --git "a/t\\303\\251st \\"q\\".md" "b/t\\303\\251st \\"q\\".md"\n--- "a/t\\303\\251st \\"q\\".md"\n'
            b'+++ "b/t\\303\\251st \\"q\\".md"\n@@ -0,0 +1 @@\n+x\n'
            b'diff --git a/del.md b/del.md\n--- a/del.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n')
    assert parse_diff(diff) == {"doc.md": {3, 4}, 'tést "q".md': {1}}


# --- GitHub job summary ----------------------------------------------------------------------------


def test_summary_over_the_annotation_limit_points_to_sarif():
    diags = [Diagnostic("docs/a.md", i, 1, "SL101", "m", "warning") for i in range(1, 13)]
    diags.append(Diagnostic("b|<img src=x>.md", 1, 1, "LK101", "m", "error"))
    codes = {"SL101": Code("unsupported superlative"), "LK101": Code("empty link")}
    assert summary_markdown(diags, codes, {"recorded in the baseline b.json": 4}, 5) == textwrap.dedent("""\
        ## prosecheck

        13 findings in 2 files (1 error, 12 warnings); 5 files checked.
        4 findings recorded in the baseline b\\.json not shown.

        > GitHub shows at most 10 annotations of each level per step, so 2 of the 12 warnings appear only in the log. To see every finding on the pull request, upload a SARIF report to code scanning (`--format sarif`; see prosecheck's docs/ci.md).

        | code | findings | what it reports |
        | --- | ---: | --- |
        | LK101 | 1 | empty link |
        | SL101 | 12 | unsupported superlative |

        | file | findings |
        | --- | ---: |
        | docs/a\\.md | 12 |
        | b&#124;&#60;img src\\=x&#62;\\.md | 1 |

        """)
    assert escape("a\n[x](y)") == "a \\[x\\]\\(y\\)"


def test_summary_is_written_only_with_the_github_format(tmp_path):
    write(tmp_path / "a.md", "[x]()\n")
    summary = tmp_path / "summary.md"
    run(["a.md", "--select", "LK"], tmp_path, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert not summary.exists()
    summary.write_text("earlier step\n", encoding="utf-8")
    run(["a.md", "--select", "LK", "--format", "github"], tmp_path, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert summary.read_text(encoding="utf-8").startswith("earlier step\n## prosecheck\n\n1 finding in 1 file (1 error)")


# --- plugin contracts ------------------------------------------------------------------------------

PLUGIN = '''
from prosecheck import hookimpl
from prosecheck.check import Check, Code, Option


class Demo(Check):
    name = "demo"
    codes = {"DM101": Code("demo finding")}
    options = {"words": Option("list[str]", [], "words")}
    cross_file = True

    def check(self, doc, options, context):
        yield doc.diagnostic("DM101", MESSAGE, 0)

    def finish(self, summaries, options, context):
        if FAIL_IN_FINISH:
            raise ValueError("boom")
        return ()


@hookimpl
def prosecheck_checks():
    return [Demo()]
'''


def plugin_env(tmp_path, message="version one", fail=False):
    write(tmp_path / "plug" / "demo_plugin.py", f"MESSAGE = {message!r}\nFAIL_IN_FINISH = {fail}\n" + PLUGIN)
    return {"PYTHONPATH": str(tmp_path / "plug"), "PROSECHECK_DISABLE_PLUGIN_AUTOLOAD": "1"}


def test_cache_key_covers_an_edited_plugin(tmp_path):
    write(tmp_path / "a.md", "Text.\n")
    args = [sys.executable, "-m", "prosecheck", "-p", "demo_plugin", "a.md"]
    env = dict(os.environ, **plugin_env(tmp_path))
    first = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert first.stdout == "a.md:1:1: DM101 version one\n"
    env = dict(os.environ, **plugin_env(tmp_path, message="version two, edited"))
    second = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert second.stdout == "a.md:1:1: DM101 version two, edited\n"


def test_crash_in_finish_is_reported_against_the_run(tmp_path):
    write(tmp_path / "a.md", "Text.\n")
    code, out, _ = run(["-p", "demo_plugin", "a.md"], tmp_path, env=plugin_env(tmp_path, fail=True))
    assert code == 2
    assert out == ("<run>:1:1: PC003 check 'demo' (plugin 'demo_plugin') crashed in finish(): ValueError: boom\n"
                   "a.md:1:1: DM101 version one\n")


def test_a_string_for_a_list_option_is_an_error(tmp_path):
    write(tmp_path / "a.md", "Text.\n")
    write(tmp_path / ".prosecheck.toml", '[demo]\nwords = "one, two"\n')
    code, out, err = run(["-p", "demo_plugin", "a.md"], tmp_path, env=plugin_env(tmp_path))
    assert (code, out) == (2, "")
    assert err == (f"prosecheck: configuration error: {tmp_path / '.prosecheck.toml'}: 'demo.words' must be a list "
                   f"of strings, not the string 'one, two': write it in brackets, e.g. ['one, two']\n")


def test_version_lists_a_plugin_that_failed(tmp_path):
    code, out, err = run(["--version", "-p", "no_such_plugin_module"], tmp_path,
                         env={"PROSECHECK_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert code == 0
    assert out.startswith("prosecheck ") and "(no_such_plugin_module: failed)" in out
    assert err.startswith("prosecheck: plugin 'no_such_plugin_module' could not be loaded: ModuleNotFoundError")


# --- the GitHub action -----------------------------------------------------------------------------

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_action_step(step, tmp_path, args):
    """Run one ``run:`` script of action.yml as GitHub does (bash -eo pipefail), inputs in env."""
    env = dict(os.environ, PROSECHECK_ARGS=args, GITHUB_OUTPUT=str(tmp_path / "output"),
               GITHUB_STEP_SUMMARY=str(tmp_path / "summary.md"), RUNNER_TEMP=str(tmp_path),
               PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    assert step["env"]["PROSECHECK_ARGS"] == "${{ inputs.args }}"  # never pasted into the script
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
                          cwd=tmp_path / "repo", env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def action(tmp_path):
    import yaml

    with open(os.path.join(REPO, "action.yml"), encoding="utf-8") as f:
        data = yaml.safe_load(f)
    assert data["runs"]["using"] == "composite"
    assert {"args", "version", "sarif"} <= set(data["inputs"])
    write(tmp_path / "repo" / "docs" / "a.md", "[x]()\n")
    write(tmp_path / "repo" / "docs" / "b.md", "# Fine\n")
    return {s.get("id"): s for s in data["runs"]["steps"]}


def test_action_annotations_step(action, tmp_path):
    proc = run_action_step(action["annotations"], tmp_path, "docs/*.md --select LK --no-cache")
    assert proc.returncode == 1
    assert proc.stdout == ("::error file=docs/a.md,line=1,col=1,endLine=1,endColumn=1,title=prosecheck LK101::this "
                           "link points to nothing: add the address it should go to, or remove the link\n")
    assert (tmp_path / "output").read_text() == "exit-code=1\n"
    assert (tmp_path / "summary.md").read_text().startswith("## prosecheck\n\n1 finding in 1 file (1 error); 2 files")


def test_action_sarif_step(action, tmp_path):
    proc = run_action_step(action["sarif"], tmp_path, "docs --select LK --no-cache")
    assert proc.returncode == 0 and proc.stdout == ""
    assert (tmp_path / "output").read_text() == "exit-code=1\n"
    log = json.loads((tmp_path / "prosecheck.sarif").read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["LK101"]
    proc = run_action_step(action["sarif"], tmp_path, "docs --select SL999")
    assert proc.returncode == 2  # prosecheck itself failed: the step fails, nothing to upload


def test_help_documents_suffixes_excludes_and_the_new_options(tmp_path):
    code, out, _ = run(["--help"], tmp_path, env={"COLUMNS": "200"})
    assert code == 0
    for text in ("Folders are searched for .md .markdown .mdown .txt files",
                 "hidden folders .*/, node_modules/, __pycache__/, site-packages/",
                 "--no-respect-gitignore", "--baseline FILE", "--write-baseline FILE", "--changed-since REF"):
        assert text in out, text


def test_an_unwritable_job_summary_is_a_warning(tmp_path):
    write(tmp_path / "a.md", "# Fine\n")
    target = tmp_path / "no-such-folder" / "summary.md"
    code, out, err = run(["a.md", "--select", "LK", "--format", "github"], tmp_path,
                         env={"GITHUB_STEP_SUMMARY": str(target)})
    assert (code, out) == (0, "")
    assert err == (f"prosecheck: warning: cannot write the job summary to {target}: No such file or directory\n")


def test_summary_lists_at_most_100_files():
    diags = [Diagnostic(f"f{i:03}.md", 1, 1, "LK101", "m", "error") for i in range(103)]
    text = summary_markdown(diags, {}, {}, 103)
    rows = text.split("| file | findings |\n| --- | ---: |\n")[1].rstrip("\n").splitlines()
    assert rows[0] == "| f000\\.md | 1 |" and rows[99] == "| f099\\.md | 1 |"
    assert rows[100:] == ["| and 3 more files | 3 |"]


def test_unknown_code_with_autoload_disabled_says_why(tmp_path):
    write(tmp_path / "a.md", "[x]()\n")
    code, out, err = run(["a.md", "--select", "LK"], tmp_path, env={"PROSECHECK_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert (code, out) == (2, "")
    assert err == (f"prosecheck: error: unknown code 'LK' in --select: {HINT}; PROSECHECK_DISABLE_PLUGIN_AUTOLOAD "
                   f"is set, so only the plugins named with -p are loaded\nTry 'prosecheck --help'.\n")


@needs_git
def test_changed_since_lints_every_file_when_a_cross_file_check_is_selected(branch_repo):
    summary = branch_repo / "summary.md"
    code, out, _ = run(["--select", "LK,BP", "--changed-since", "main", "--format", "github"], branch_repo,
                       env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert code == 1 and out.count("::error") == 1
    assert "1 finding in 1 file (1 error); 2 files checked." in summary.read_text(encoding="utf-8")


@needs_git
def test_info_exclude_of_a_linked_work_tree(tmp_path):
    main = tmp_path / "main"
    main.mkdir()
    git(main, "init", "-q", "-b", "main")
    write(main / "README.md", "# R\n")
    git(main, "add", ".")
    git(main, "commit", "-qm", "one")
    git(main, "worktree", "add", "-q", str(tmp_path / "wt"), "-b", "other")
    write(main / ".git" / "info" / "exclude", "drafts/\n")
    write(tmp_path / "wt" / "drafts" / "a.md", "[x]()\n")
    write(tmp_path / "wt" / "docs" / "a.md", "[x]()\n")
    assert (tmp_path / "wt" / ".git").is_file()
    assert run(["--select", "LK"], tmp_path / "wt")[:2] == (1, f"docs/a.md:1:1: {LK101}\n")
