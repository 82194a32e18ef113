"""A repository built to do harm (issue 12): no hang, no leak, no forged output, no write outside
the project, no lost result. Everything here is the real thing: FIFOs, symbolic links to devices
and to files outside the project, odd file names, plugins that kill their process, a committed
cache, a hostile configuration. See docs/security.md.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

LK101 = "this link points to nothing: add the address it should go to, or remove the link"


@pytest.fixture
def project(tmp_path):
    """A git-looking project inside ``tmp_path`` (so ``tmp_path`` itself is outside it)."""
    root = tmp_path / "project"
    (root / ".git").mkdir(parents=True)
    (root / "a.md").write_text("Fine text.\n")
    return root


def run(args, cwd, stdin=None, timeout=60, **env):
    full = dict(os.environ, XDG_CACHE_HOME=str(cwd.parent / "user-cache"), **env)
    p = subprocess.run([sys.executable, "-m", "prosecheck", *args], cwd=cwd, capture_output=True,
                       env=full, timeout=timeout, stdin=stdin if stdin is not None else subprocess.DEVNULL)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


# --- files: regular files only, bounded, no symlink out of the project ----------------------------


def test_a_fifo_is_skipped_with_a_note_when_walking_and_refused_when_named(project):
    os.mkfifo(project / "x.md")
    code, out, err = run([".", "--no-cache", "--select", "LK"], project, timeout=30)
    assert (code, out) == (0, "")
    assert err == "prosecheck: note: x.md: skipped: this is a named pipe (FIFO): prosecheck reads regular files only\n"
    code, out, err = run(["x.md", "--no-cache"], project, timeout=30)
    assert (code, out, err) == (2, "x.md:1:1: PC006 this is a named pipe (FIFO): prosecheck reads regular files only\n", "")


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/stdin"])
def test_a_symlink_to_a_device_is_not_followed(project, target):
    os.symlink(target, project / "dev.md")
    shown = "/dev/null" if target == "/dev/stdin" else target  # /dev/stdin resolves to what stdin is
    note = (f"prosecheck: note: dev.md: skipped: a symbolic link to a file outside the project ({shown}); "
            "prosecheck does not follow those\n")
    nothing = ("prosecheck: no files to check in dev.md (it looks for .md .markdown .mdown .txt files that no "
               "exclude pattern or .gitignore skips)\n")
    # walked, or named (as pre-commit names changed files)
    for args, expected in ((["."], note), (["dev.md"], note + nothing)):
        with open(os.devnull, "rb") as stdin:
            code, out, err = run([*args, "--no-cache"], project, stdin=stdin, timeout=30)
        assert (code, out, err) == (0, "", expected)


def test_a_symlink_to_a_file_outside_the_project_leaks_nothing(project):
    (project.parent / "secret.md").write_text("SECRETWORD is [here]().\n")
    os.symlink("../secret.md", project / "leak.md")
    (project / "b.md").write_text("See [the other](inside.md).\n")
    (project / "real.md").write_text("Really [x]().\n")
    os.symlink("real.md", project / "inside.md")  # a link inside the project is followed
    for fmt in ("default", "json", "sarif"):
        code, out, err = run([".", "--no-cache", "--show-source", "--select", "LK", "--format", fmt], project)
        assert code == 1 and "SECRETWORD" not in out + err
        assert err == ("prosecheck: note: leak.md: skipped: a symbolic link to a file outside the project "
                       f"({project.parent / 'secret.md'}); prosecheck does not follow those\n")
    code, out, _ = run([".", "--no-cache", "--select", "LK"], project)
    assert out == f"inside.md:1:8: LK101 {LK101}\nreal.md:1:8: LK101 {LK101}\n"


def test_the_links_check_does_not_look_outside_the_project_unless_allowed(project):
    (project.parent / "outside.md").write_text("# Outside\n\n## Private heading\n")
    (project / "doc.md").write_text("[a](../outside.md#private-headin) [b](../missing.md)\n")
    code, out, _ = run(["doc.md", "--no-cache", "--select", "LK"], project)
    assert (code, out) == (1, (
        'doc.md:1:1: LK102 "../outside.md#private-headin" points outside the project (to ../outside.md), '
        "where prosecheck does not look: fix the path, or pass --allow-outside-root\n"
        'doc.md:1:35: LK102 "../missing.md" points outside the project (to ../missing.md), where '
        "prosecheck does not look: fix the path, or pass --allow-outside-root\n"))
    code, out, _ = run(["doc.md", "--no-cache", "--select", "LK", "--allow-outside-root"], project)
    assert (code, out) == (1, (
        'doc.md:1:1: LK103 "../outside.md#private-headin" names an anchor that outside.md does not have '
        '(did you mean "#private-heading"?): fix the fragment or add the anchor\n'
        'doc.md:1:35: LK102 "../missing.md" does not exist (looked for ../missing.md): fix the path or '
        "remove the link\n"))
    # Through a committed symlink, nothing outside is opened either: no finding at all.
    os.symlink(str(project.parent), project / "up")
    (project / "doc.md").write_text("[a](up/outside.md#private-headin) [b](up/missing.md)\n")
    assert run(["doc.md", "--no-cache", "--select", "LK"], project)[:2] == (0, "")


def test_a_folder_named_from_inside_another_project_is_its_own_root(project):
    # No configuration and no git in the folder named: its root is that folder, not the project
    # the command is typed in (which has an examples/ folder the document must not learn about).
    elsewhere = project.parent / "elsewhere"
    elsewhere.mkdir()
    (project / "examples").mkdir()
    (elsewhere / "doc.md").write_text("See [the examples](/examples) and [issues](../../issues/new).\n")
    expected = ('LK102 "/examples" does not exist (looked for examples): fix the path or remove the '
                "link\n")
    code, out, _ = run([str(elsewhere), "--no-cache", "--select", "LK"], project)
    assert (code, out) == (1, f"{elsewhere / 'doc.md'}:1:5: " + expected)
    # the same finding as from inside the folder: the result does not depend on where it is typed
    assert run(["doc.md", "--no-cache", "--select", "LK"], elsewhere)[:2] == (1, "doc.md:1:5: " + expected)


def test_max_file_size_bounds_reading(project):
    (project / "big.md").write_bytes(b"word " * 30)
    code, out, _ = run(["big.md", "--no-cache", "--max-file-size", "100"], project)
    assert (code, out) == (2, "big.md:1:1: PC006 this file is 150 bytes, more than max-file-size (100 bytes); "
                              "it was not checked (raise max-file-size on the command line to check it)\n")
    (project / ".prosecheck.toml").write_text("max-file-size = 1000000000000\n")
    code, _, err = run(["big.md", "--no-cache"], project)
    assert (code, err) == (2, f"prosecheck: configuration error: {project / '.prosecheck.toml'}: 'max-file-size' "
                              "must be more than 0 and at most 104,857,600 bytes in a configuration file, not "
                              "1,000,000,000,000 (--max-file-size on the command line may go higher)\n")


def test_a_path_longer_than_the_system_allows_is_reported(project):
    fd = os.open(project, os.O_RDONLY)
    try:
        for _ in range(20):  # 20 x 251 characters: past PATH_MAX (4096)
            os.mkdir("d" * 250, dir_fd=fd)
            new = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = new
        os.close(os.open("f.md", os.O_WRONLY | os.O_CREAT, dir_fd=fd))
    finally:
        os.close(fd)
    code, out, _ = run([".", "--no-cache"], project)
    assert code == 2
    (line,) = out.splitlines()
    assert line.startswith("d" * 250 + "/") and line.endswith(
        ":1:1: PC006 cannot read this folder: File name too long; its files were not checked")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_an_unreadable_folder_is_reported(project):
    (project / "locked").mkdir()
    (project / "locked" / "x.md").write_text("text\n")
    os.chmod(project / "locked", 0)
    try:
        code, out, _ = run([".", "--no-cache"], project)
    finally:
        os.chmod(project / "locked", 0o700)
    assert (code, out) == (2, "locked:1:1: PC006 cannot read this folder: Permission denied; its files were not checked\n")


# --- output: nothing from the repository can forge a line or reach the terminal raw ------------------

ODD_NAME = "evil\n::error::Fake.md"
FORGING_LINKS = "[x](a%0A::error%20file=README.md::Fake) and [y](b%1B[31mred.md).\n"


@pytest.fixture
def odd_project(project):
    (project / "a.md").unlink()
    with open(os.path.join(bytes(project), b"caf\xe9.md"), "wb") as f:
        f.write(b"[x]() here.\n")
    (project / ODD_NAME).write_text("[x]() here.\n")
    (project / "links.md").write_text(FORGING_LINKS)
    return project


def test_odd_names_and_forging_links_print_escaped_in_the_default_format(odd_project):
    code, out, err = run([".", "--no-cache", "--select", "LK"], odd_project)
    assert (code, err) == (1, "")
    assert out == (
        f'"caf\\351.md":1:1: LK101 {LK101}\n'
        f'"evil\\n::error::Fake.md":1:1: LK101 {LK101}\n'
        'links.md:1:1: LK102 "a%0A::error%20file=README.md::Fake" does not exist (looked for '
        '"a\\n::error file=README.md::Fake"): fix the path or remove the link\n'
        'links.md:1:45: LK102 "b%1B[31mred.md" does not exist (looked for "b\\033[31mred.md"): fix the path '
        "or remove the link\n"
    )


@pytest.mark.parametrize("fmt", ["default", "pylint", "github", "json", "sarif", "%(path)s|%(text)s"])
def test_no_format_lets_a_document_start_a_line_or_send_a_control_character(odd_project, fmt):
    code, out, err = run([".", "--no-cache", "--select", "LK", "--format", fmt], odd_project,
                         PYTHONIOENCODING="ascii")
    assert code == 1 and "Traceback" not in err
    assert not any(c in out for c in "\x1b\r\x00")
    lines = out.splitlines()
    if fmt == "github":
        assert [line.split(" ", 1)[0] for line in lines] == ["::error"] * 4
    else:
        assert not any(line.startswith("::") for line in lines)
    if fmt == "json":
        assert [d["path"] for d in json.loads(out)] == ['"caf\\351.md"', '"evil\\n::error::Fake.md"', "links.md", "links.md"]
    if fmt == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        assert [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results] == [
            "%22caf%5C351.md%22", "%22evil%5Cn%3A%3Aerror%3A%3AFake.md%22", "links.md", "links.md"]


# --- plugins that kill their worker, hang, or flood -------------------------------------------------

BAD_PLUGINS = {
    "exiting_plugin": "os._exit(3)",
    "segfaulting_plugin": "import ctypes; ctypes.string_at(0)",
    "alarm_blocking_plugin": "signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM}); time.sleep(600)",
}


@pytest.fixture
def plugins(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    for module, action in BAD_PLUGINS.items():
        (site / f"{module}.py").write_text(textwrap.dedent(f"""
            import os, signal, time
            from prosecheck import hookimpl
            from prosecheck.check import Check, Code

            class Bad(Check):
                name = "{module.replace('_plugin', '')}"
                codes = {{"TS901": Code("every file")}}
                def check(self, doc, options, context):
                    if "bomb" in doc.path:
                        {action}
                    yield doc.diagnostic("TS901", "seen", 0)

            @hookimpl
            def prosecheck_checks():
                return [Bad()]
        """))
    (site / "flood_plugin.py").write_text(textwrap.dedent("""
        from prosecheck import hookimpl
        from prosecheck.check import Check, Code

        class Flood(Check):
            name = "flood"
            codes = {"TS902": Code("endless")}
            def check(self, doc, options, context):
                n = 0
                while True:
                    n += 1
                    yield doc.diagnostic("TS902", f"again {n}", 0)

        @hookimpl
        def prosecheck_checks():
            return [Flood()]
    """))
    (site / "raising_plugin.py").write_text(textwrap.dedent("""
        from prosecheck import hookimpl
        from prosecheck.check import Check, Code
        from prosecheck.formatters.base import Formatter

        class Raising(Check):
            name = "raising"
            codes = {"TS903": Code("never")}
            def check(self, doc, options, context):
                raise ValueError("bad plugin")

        class Broken(Formatter):
            def write(self, diagnostics):
                raise RuntimeError("the formatter broke")

        @hookimpl
        def prosecheck_checks():
            return [Raising()]

        @hookimpl
        def prosecheck_formatters():
            return {"broken": Broken}
    """))
    return site


def _files(project, names):
    for name in names:
        (project / name).write_text("Some text.\n")


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("module, how", [
    ("exiting_plugin", "exited with code 3"),
    ("segfaulting_plugin", "was killed by SIGSEGV"),
])
def test_a_plugin_that_kills_its_worker_costs_only_its_file(project, plugins, jobs, module, how):
    _files(project, ["a.md", "b.md", "bomb.md", "c.md", "d.md", "e.md"])
    code, out, err = run([".", "--no-cache", "-j", jobs, "-p", module, "--select", "TS"], project,
                         PYTHONPATH=str(plugins), PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="1")
    name = module.replace("_plugin", "")
    assert (code, err) == (2, "")
    assert out.splitlines() == [
        "a.md:1:1: TS901 seen",
        "b.md:1:1: TS901 seen",
        f"bomb.md:1:1: PC003 check '{name}' (plugin '{module}') ended the worker process checking this file "
        f"(it {how}); this file was not checked, the others were. Report it to the plugin's authors",
        "c.md:1:1: TS901 seen",
        "d.md:1:1: TS901 seen",
        "e.md:1:1: TS901 seen",
    ]


def test_a_plugin_that_blocks_sigalrm_is_killed_at_the_hard_limit(project, plugins):
    _files(project, ["a.md", "bomb.md", "c.md"])
    started = time.monotonic()
    code, out, err = run([".", "--no-cache", "--timeout", "1", "-p", "alarm_blocking_plugin", "--select", "TS"],
                         project, PYTHONPATH=str(plugins), PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="1", timeout=60)
    assert time.monotonic() - started < 30
    assert (code, err) == (2, "")
    assert out.splitlines() == [
        "a.md:1:1: TS901 seen",
        "bomb.md:1:1: PC005 check 'alarm_blocking' (plugin 'alarm_blocking_plugin') took longer than 1 s on "
        "this file and did not stop when asked; its worker process was killed after 3 s. Raise 'timeout' or "
        "report it to the plugin's authors",
        "c.md:1:1: TS901 seen",
    ]


def test_a_check_that_never_stops_yielding_is_cut_off(project, plugins):
    code, out, _ = run(["a.md", "--no-cache", "-p", "flood_plugin", "--select", "TS"], project,
                       PYTHONPATH=str(plugins), PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="1")
    lines = out.splitlines()
    assert code == 2 and len(lines) == 10_001
    assert lines[0] == ("a.md:1:1: PC004 check 'flood' (plugin 'flood_plugin') returned more than 10,000 "
                        "findings on this file; the rest were dropped")
    assert set(lines[1:]) == {f"a.md:1:1: TS902 again {n}" for n in range(1, 10_001)}


def test_internal_errors_exit_2_with_one_line_and_traceback_shows_all(project, plugins):
    env = dict(PYTHONPATH=str(plugins), PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="1")
    code, out, err = run(["a.md", "--no-cache", "-p", "raising_plugin", "--format", "broken"], project, **env)
    assert (code, out, err) == (2, "", "prosecheck: internal error: RuntimeError: the formatter broke "
                                       "(run again with --traceback for the details, and report it)\n")
    code, out, err = run(["a.md", "--no-cache", "-p", "raising_plugin", "--format", "broken", "--traceback"],
                         project, **env)
    assert code == 2 and err.startswith("a.md: check 'raising':\nTraceback (most recent call last):\n")
    assert 'raise ValueError("bad plugin")' in err and 'raise RuntimeError("the formatter broke")' in err
    assert err.endswith("prosecheck: internal error: RuntimeError: the formatter broke\n")
    code, out, err = run(["a.md", "--no-cache", "-p", "raising_plugin"], project, **env)
    assert (code, out, err) == (2, "a.md:1:1: PC003 check 'raising' (plugin 'raising_plugin') crashed in check(): "
                                   "ValueError: bad plugin\n", "")


def test_sigterm_ends_the_workers(project, tmp_path):
    site = tmp_path / "slow_site"
    site.mkdir()
    (site / "slow_plugin.py").write_text(textwrap.dedent(f"""
        import os, time
        from prosecheck import hookimpl
        from prosecheck.check import Check, Code
        class Slow(Check):
            name = "slow"
            codes = {{"TS904": Code("never")}}
            def check(self, doc, options, context):
                with open({str(tmp_path / 'pids')!r}, "a") as f:
                    f.write(f"{{os.getpid()}}\\n")
                time.sleep(120)
                return ()
        @hookimpl
        def prosecheck_checks():
            return [Slow()]
    """))
    _files(project, [f"d{i}.md" for i in range(8)])
    env = dict(os.environ, PYTHONPATH=str(site), PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="1",
               XDG_CACHE_HOME=str(tmp_path / "uc"))
    proc = subprocess.Popen([sys.executable, "-m", "prosecheck", ".", "-p", "slow_plugin", "-j", "2", "--no-cache"],
                            cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        pids = (tmp_path / "pids").read_text().split() if (tmp_path / "pids").exists() else []
        if len(pids) == 2:
            break
        time.sleep(0.1)
    assert len(pids) == 2
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert (proc.returncode, out, err) == (143, "", "prosecheck: terminated\n")
    for pid in map(int, pids):
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


# --- the cache: what a pull request commits cannot poison it, or send writes elsewhere ------------


def _entries(folder):
    return sorted(folder.rglob("*.entry"))


def test_swapped_rewritten_or_malformed_entries_are_ignored(project):
    (project / "a.md").write_text("Broken [x]() link.\n")
    (project / "b.md").write_text("Clean text.\n")
    expected = (1, f"a.md:1:8: LK101 {LK101}\n", "")
    assert run([".", "--select", "LK"], project) == expected
    cache = project / ".prosecheck_cache"
    one, two = _entries(cache)
    first, second = one.read_bytes(), two.read_bytes()
    one.write_bytes(second)  # swapped: a's result under b's name and b's under a's
    two.write_bytes(first)
    assert run([".", "--select", "LK"], project) == expected
    for entry in _entries(cache):  # a clean result, rewritten without the key
        import marshal

        data = entry.read_bytes()
        body = marshal.loads(data[32:])
        body["diagnostics"] = []
        entry.write_bytes(data[:32] + marshal.dumps(body))
    assert run([".", "--select", "LK"], project) == expected
    for entry in _entries(cache):
        entry.write_bytes(b"\x00garbage")
    assert run([".", "--select", "LK"], project) == expected
    assert (project.parent / "user-cache" / "prosecheck" / "result-cache.key").stat().st_size == 32


def test_a_committed_cache_symlink_is_not_written_through(project, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, project / ".prosecheck_cache")
    code, out, err = run(["a.md"], project)
    assert (code, out) == (0, "")
    assert err == (f"prosecheck: warning: the cache is off: {project / '.prosecheck_cache'} is a symbolic link, "
                   "and prosecheck does not write through links it did not make; remove it, or pass --cache-dir\n")
    assert list(elsewhere.iterdir()) == []
    os.unlink(project / ".prosecheck_cache")
    (project / ".prosecheck_cache").mkdir()
    os.symlink(elsewhere / "gitignore", project / ".prosecheck_cache" / ".gitignore")  # dangling
    run(["a.md"], project)
    assert list(elsewhere.iterdir()) == []


def test_a_cache_subfolder_symlink_is_not_written_through(project, tmp_path):
    run(["a.md"], project)
    (entry,) = _entries(project / ".prosecheck_cache")
    sub = entry.parent
    for p in sub.iterdir():
        p.unlink()
    sub.rmdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, sub)
    (project / "a.md").write_text("Fine text.\n")
    assert run(["a.md"], project)[:2] == (0, "")
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("setting, message", [
    ('cache-dir = "../x"', "'cache-dir' must name a path inside the project, not '../x' (a configuration file "
                           "may not send writes elsewhere; use --cache-dir on the command line)"),
    ('cache-dir = "/tmp/x"', "'cache-dir' must name a path inside the project, not '/tmp/x' (a configuration "
                             "file may not send writes elsewhere; use --cache-dir on the command line)"),
    ("timeout = 0", "'timeout' must be more than 0 and at most 600 seconds in a configuration file, not 0 "
                    "(--timeout on the command line may lift the limit)"),
    ('format = "%(path)1000000000s"', "'format': a field width or precision above 200 is not allowed in a "
                                      "configuration file"),
    ('[spelling]\nwords_file = "../../etc/words"', "'spelling.words_file' must name a path inside the project, "
                                                   "not '../../etc/words' (a configuration file may not make "
                                                   "prosecheck read files elsewhere)"),
])
def test_a_repository_config_cannot_send_writes_out_or_ask_for_absurd_resources(project, setting, message):
    (project / ".prosecheck.toml").write_text(setting + "\n")
    code, out, err = run(["a.md"], project)
    assert (code, out, err) == (2, "", f"prosecheck: configuration error: {project / '.prosecheck.toml'}: {message}\n")
    assert not (project.parent / "x").exists()


def test_the_command_line_may_still_choose(project, tmp_path):
    (project / ".prosecheck.toml").write_text("jobs = 200\n")  # clamped to the cores, not refused
    other = tmp_path / "cache-elsewhere"
    code, out, err = run(["a.md", "--cache-dir", str(other), "--timeout", "0",
                          "--format", "%(path)30s|%(code)s"], project)
    assert (code, out, err) == (0, "", "")
    assert len(_entries(other)) == 1


def test_an_edited_words_file_invalidates_the_cache(project):
    (project / ".prosecheck.toml").write_text('select = ["SP101"]\n[spelling]\nwords_file = "words.txt"\n')
    (project / "words.txt").write_text("")
    (project / "a.md").write_text("The helloo works.\n")
    code, out, _ = run(["a.md"], project)
    assert code == 1 and out.startswith("a.md:1:5: SP101 ")
    (project / "words.txt").write_text("helloo\n")
    assert run(["a.md"], project)[:2] == (0, "")


def test_prune_removes_old_entries_and_keeps_the_rest(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "uc"))
    from prosecheck.cache import Cache

    cache = Cache.open(str(tmp_path / "c"), "fp", str(tmp_path))
    for i, name in enumerate(["aa" + "0" * 38, "bb" + "0" * 38, "cc" + "0" * 38]):
        cache.put(name, [], {}, None, (), set())
    old = tmp_path / "c" / "aa" / ("aa" + "0" * 38 + ".entry")
    os.utime(old, (time.time() - 40 * 86400,) * 2)
    assert cache.prune() == 1
    assert [p.name[:2] for p in _entries(tmp_path / "c")] == ["bb", "cc"]
    assert cache.prune() == 0  # ran a moment ago: not again today
    size = _entries(tmp_path / "c")[0].stat().st_size
    assert cache.prune(max_bytes=size, every=0) == 1


# --- --show-source reads each file once --------------------------------------------------------------


def test_show_source_reads_each_file_once(project, monkeypatch, capsys):
    from prosecheck import cli

    (project / "many.md").write_text("[x]() " * 500 + "\n")
    calls = []
    real = cli.read_item
    monkeypatch.setattr(cli, "read_item", lambda *a, **k: calls.append(a[0].display) or real(*a, **k))
    monkeypatch.chdir(project)
    monkeypatch.setenv("XDG_CACHE_HOME", str(project.parent / "uc"))
    assert cli.run(["many.md", "--no-cache", "--show-source", "--select", "LK101"]) == 1
    assert capsys.readouterr().out.count(" LK101 ") == 500
    assert calls == ["many.md"]


def test_show_source_escapes_the_line_and_keeps_the_caret_under_the_finding(project):
    (project / "a.md").write_text("A \x1b[2J\t[x]() link.\n")
    code, out, _ = run(["a.md", "--no-cache", "--show-source", "--select", "LK101"], project)
    assert (code, out) == (1, f"a.md:1:8: LK101 {LK101}\nA \\x1b[2J\t[x]() link.\n         \t^\n")


def test_traceback_also_shows_why_a_plugin_did_not_load(project):
    code, out, err = run(["a.md", "--no-cache", "-p", "no_such_plugin_module", "--traceback"], project,
                         PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="1")
    assert (code, out) == (2, "<plugins>:1:1: PC002 plugin 'no_such_plugin_module' could not be loaded: "
                              "ModuleNotFoundError: No module named 'no_such_plugin_module' (<frozen importlib._bootstrap>:1140)\n")
    assert err.startswith("Traceback (most recent call last):\n")
    assert err.endswith("ModuleNotFoundError: No module named 'no_such_plugin_module'\n")


def test_a_words_file_linked_outside_the_project_is_refused(project):
    (project.parent / "private-words.txt").write_text("helloo\n")
    os.symlink("../private-words.txt", project / "words.txt")
    (project / ".prosecheck.toml").write_text('[spelling]\nwords_file = "words.txt"\n')
    code, out, err = run(["a.md", "--no-cache"], project)
    assert (code, out, err) == (2, "", f"prosecheck: configuration error: {project / '.prosecheck.toml'}: "
                                       "'spelling.words_file' = 'words.txt' leads outside the project (through a "
                                       "symbolic link); prosecheck does not read files there\n")


def test_a_file_is_read_to_its_end_whatever_size_fstat_gave(tmp_path):
    # The reader asks for the size fstat gave plus one, then reads on to the end: a file that grew
    # after fstat is read whole, and one that grows past the limit is cut at one byte more than
    # the limit (which the caller refuses), never read on without bound.
    from prosecheck.runner import _read_to_end

    path = tmp_path / "grown.md"
    path.write_bytes(b"x" * 200_000)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert _read_to_end(fd, 10, 10_000_000) == b"x" * 200_000  # fstat said 10 bytes
        os.lseek(fd, 0, os.SEEK_SET)
        assert _read_to_end(fd, 10, 1_000) == b"x" * 1_001  # past the limit: limit + 1
        os.lseek(fd, 0, os.SEEK_SET)
        assert _read_to_end(fd, 200_000, 10_000_000) == b"x" * 200_000
    finally:
        os.close(fd)
    (tmp_path / "empty.md").write_bytes(b"")
    fd = os.open(tmp_path / "empty.md", os.O_RDONLY)
    try:
        assert _read_to_end(fd, 0, 100) == b""
    finally:
        os.close(fd)


def test_read_bytes_reads_small_and_large_files_and_refuses_past_the_limit(tmp_path):
    from prosecheck.files import FileItem
    from prosecheck.runner import read_bytes

    for size in (0, 1, 4096, 65_537, 300_001):
        path = tmp_path / f"f{size}.md"
        path.write_bytes(bytes(range(256)) * (size // 256) + b"a" * (size % 256))
        assert read_bytes(FileItem(str(path), str(path))) == (path.read_bytes(), None)
    data, problem = read_bytes(FileItem(str(tmp_path / "f4096.md"), str(tmp_path / "f4096.md")), limit=4095)
    assert data is None and problem.code == "PC006" and "4,096 bytes" in problem.message
