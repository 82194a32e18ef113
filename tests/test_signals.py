"""A run under signals: SIGPIPE restored to its default by whoever started us, output into a pipe
that closes early, Ctrl-C at chosen points of the parent's loop and of ``--fix``. Every test
uses real processes, real pipes and real signals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not os.path.isdir("/proc/self"),
                                reason="needs fork and /proc (Linux)")


def _python(code: str, cwd, site=None, timeout=120, stdin=subprocess.DEVNULL, **kw):
    """Run ``code`` in a fresh interpreter (XDG cache inside the test's folder)."""
    env = dict(os.environ, XDG_CACHE_HOME=str(cwd / ".user-cache"), PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="1")
    if site is not None:
        env["PYTHONPATH"] = str(site)
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, stdin=stdin, **kw)


# --- 2. SIGPIPE at its default action: a worker that dies as it is sent its next file ----------------

#: Waits until the worker is dead (a zombie: its parent is stopped and cannot reap it), then wakes
#: the parent, which then sends the dead worker its next file (its pipe has no reader any more).
WAKER = """
import os, signal, sys, time
worker, parent = int(sys.argv[1]), int(sys.argv[2])
def state(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return "gone"
while state(worker) not in ("Z", "X", "gone"):
    time.sleep(0.01)
os.kill(parent, signal.SIGCONT)
"""

DYING_PLUGIN = f"""
import os, signal, subprocess, sys
from prosecheck import hookimpl
from prosecheck.check import Check, Code

WAKER = {WAKER!r}

class Dying(Check):
    name = "dying"
    codes = {{"TS801": Code("every file")}}
    def check(self, doc, options, context):
        name = os.path.basename(doc.path)
        if name == "a.md":
            # The parent stops before it reads a.md's result: it sends the next file (c.md) only
            # once this worker has died on b.md.
            os.kill(os.getppid(), signal.SIGSTOP)
        elif name == "b.md":
            subprocess.Popen([sys.executable, "-c", WAKER, str(os.getpid()), str(os.getppid())])
            os._exit(3)
        if signal.SIGPIPE in signal.pthread_sigmask(signal.SIG_BLOCK, []):
            yield doc.diagnostic("TS801", "SIGPIPE is blocked in the worker", 0)
        yield doc.diagnostic("TS801", "seen", 0)

@hookimpl
def prosecheck_checks():
    return [Dying()]
"""


@pytest.fixture
def dying_site(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "dying_plugin.py").write_text(DYING_PLUGIN)
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    for name in "abcde":
        (project / f"{name}.md").write_text("Some text.\n")
    return site, project


@pytest.mark.parametrize("sigpipe", ["SIG_DFL", "SIG_IGN"])
def test_a_worker_that_dies_as_it_is_sent_a_file_costs_its_file_even_with_sigpipe_at_its_default(
        dying_site, sigpipe):
    site, project = dying_site
    proc = _python(textwrap.dedent(f"""
        import signal, sys
        signal.signal(signal.SIGPIPE, signal.{sigpipe})  # what an embedding program may do
        from prosecheck.cli import run
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, [])
        code = run(["a.md", "b.md", "c.md", "d.md", "e.md", "-p", "dying_plugin", "-j", "1", "--no-cache",
                    "--select", "TS"])
        assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == blocked, "the signal mask was not restored"
        assert signal.getsignal(signal.SIGPIPE) == signal.{sigpipe}
        sys.exit(code)
    """), project, site)
    assert (proc.returncode, proc.stderr) == (2, "")
    assert proc.stdout.splitlines() == [
        "a.md:1:1: TS801 seen",
        "b.md:1:1: PC003 check 'dying' (plugin 'dying_plugin') ended the worker process checking this file "
        "(it exited with code 3); this file was not checked, the others were. Report it to the plugin's authors",
        "c.md:1:1: TS801 seen",
        "d.md:1:1: TS801 seen",
        "e.md:1:1: TS801 seen",
    ]


def test_the_callers_blocked_sigpipe_stays_blocked_and_pending():
    """A caller that blocked SIGPIPE itself keeps it blocked, and a SIGPIPE it had pending is not
    taken from it."""
    from prosecheck.workers import run_isolated

    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGPIPE})
    try:
        signal.pthread_kill(threading.get_ident(), signal.SIGPIPE)
        seen = []
        run_isolated(3, lambda i: i, 1, 0, lambda i, r: seen.append(r), lambda *a: None, lambda *a: None)
        assert seen == [0, 1, 2]
        assert signal.SIGPIPE in signal.pthread_sigmask(signal.SIG_BLOCK, [])
        assert signal.sigtimedwait({signal.SIGPIPE}, 0).si_signo == signal.SIGPIPE
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


# --- 3. output into a pipe whose reader leaves early ---------------------------------------------


def _env(tmp_path, unbuffered: bool) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    return dict(env, XDG_CACHE_HOME=str(tmp_path / ".user-cache"))


@pytest.fixture
def doubled(tmp_path):
    """3,000 findings: about 150 KB of report, more than a pipe holds."""
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    (project / "many.md").write_text("".join(f"Line {i} has the the word twice.\n\n" for i in range(3000)))
    return project


@pytest.mark.parametrize("unbuffered", [False, True])
def test_head_reads_one_line_and_the_run_still_exits_1_without_noise(doubled, unbuffered):
    env = _env(doubled.parent, unbuffered)
    lint = subprocess.Popen([sys.executable, "-m", "prosecheck", "many.md", "--no-cache"], cwd=doubled, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    head = subprocess.Popen(["head", "-1"], stdin=lint.stdout, stdout=subprocess.PIPE)
    lint.stdout.close()  # only head holds the reading end: when head exits, the pipe is closed
    first, _ = head.communicate(timeout=120)
    err = lint.stderr.read()
    lint.stderr.close()
    assert lint.wait(timeout=120) == 1
    assert (first, err) == (b'many.md:1:16: SP102 "the" is repeated: delete one\n', b"")


@pytest.mark.parametrize("unbuffered", [False, True])
@pytest.mark.parametrize("args, code, err", [
    (["a.md"], 1, "prosecheck: 1 less-sure finding of the language checks is not shown (they are right less "
                  "than half the time); --picky shows it\n"),
    (["a.md", "--format", "json"], 1, ""),
    (["a.md", "--output-file", "/dev/stdout"], 1, ""),
    (["a.md", "--diff"], 1, "prosecheck: 1 finding would change 1 file\n"),
    (["ok.md"], 0, ""),
    (["--list-checks"], 0, ""),
    (["--explain", "SP102"], 0, ""),
    (["--version"], 0, ""),
])
def test_a_pipe_closed_before_anything_is_written_leaves_the_exit_code_alone(tmp_path, unbuffered, args, code, err):
    (tmp_path / ".git").mkdir()
    # the second line makes it technical writing, where "this is the best" is info (since tier37)
    (tmp_path / "a.md").write_text("The the text is is here, and this is the best.\n\n"
                                   "Install the package, then edit its configuration file.\n")
    (tmp_path / "ok.md").write_text("Fine text.\n")
    reader, writer = os.pipe()
    os.close(reader)
    try:
        proc = subprocess.run([sys.executable, "-m", "prosecheck", *args, "--no-cache"], cwd=tmp_path,
                              env=_env(tmp_path, unbuffered), stdout=writer, stderr=subprocess.PIPE, text=True,
                              timeout=120)
    finally:
        os.close(writer)
    assert (proc.returncode, proc.stderr) == (code, err)


# --- 4. Ctrl-C during --fix -----------------------------------------------------------------------

#: Runs ``prosecheck --fix`` and sends this process a real SIGINT at a chosen point of rewriting a
#: file: half-way through writing its new bytes, just before the rename, or after the first file.
FIX_INTERRUPTED = """
import os, signal, sys
from prosecheck import atomicfile

point = sys.argv[1]
real_fdopen, real_replace = os.fdopen, os.replace
renamed = []

class HalfThenCtrlC:
    def __init__(self, f):
        self.f = f
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.f.__exit__(*exc)
    def write(self, data):
        self.f.write(data[:len(data) // 2])
        self.f.flush()  # half of the new text is on disk
        os.kill(os.getpid(), signal.SIGINT)
        self.f.write(data[len(data) // 2:])

def fdopen(fd, *args, **kwargs):
    f = real_fdopen(fd, *args, **kwargs)
    return HalfThenCtrlC(f) if point == "mid-write" else f

def replace(src, dst):
    if point == "before-rename":
        os.kill(os.getpid(), signal.SIGINT)
    real_replace(src, dst)
    renamed.append(dst)
    if point == "after-first-file" and len(renamed) == 1:
        os.kill(os.getpid(), signal.SIGINT)

atomicfile.os = type(os)("os_with_a_ctrl_c")  # only atomicfile sees the patched calls
atomicfile.os.__dict__.update(os.__dict__)
atomicfile.os.fdopen, atomicfile.os.replace = fdopen, replace
from prosecheck.cli import run
sys.exit(run(sys.argv[2:]))
"""


@pytest.mark.parametrize("point, fixed, note", [
    ("mid-write", [], ""),
    ("before-rename", [], ""),
    ("after-first-file", ["a.md"], "prosecheck: 1 file had its fixes written before the interruption (a.md); "
                                   "every other file is unchanged\n"),
])
def test_ctrl_c_during_fix_leaves_every_file_whole_and_no_temporary_file(tmp_path, point, fixed, note):
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    old = {"a.md": b"The the text is here.\r\n", "b.md": b"And the the end.\n"}
    new = {"a.md": b"The text is here.\r\n", "b.md": b"And the end.\n"}
    for name, data in old.items():
        (project / name).write_bytes(data)
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / ".user-cache"))
    proc = subprocess.run([sys.executable, "-c", FIX_INTERRUPTED, point, "a.md", "b.md", "--fix", "--no-cache",
                           "-j", "1", "--select", "SP102"], cwd=project, env=env, capture_output=True, text=True,
                          timeout=120)
    assert (proc.returncode, proc.stdout, proc.stderr) == (130, "", note + "prosecheck: interrupted\n")
    assert {name: (project / name).read_bytes() for name in old} == \
        {name: (new if name in fixed else old)[name] for name in old}
    assert sorted(p.name for p in project.iterdir()) == [".git", "a.md", "b.md"]


# --- 1. Ctrl-C from a terminal: the whole process group, workers included ---------------------------

#: Every file ends its worker, so a worker is forked for every file; the third fork's child sends
#: the whole process group a SIGINT from Python's at-fork hook, the moment a terminal's Ctrl-C
#: could reach a child that has not yet ignored it.
FORK_CTRL_C_PLUGIN = """
import os, signal
from prosecheck import hookimpl
from prosecheck.check import Check, Code

forks = 0

def counted():
    global forks
    forks += 1

def ctrl_c_from_the_terminal():
    if forks == 3:
        os.killpg(os.getpgrp(), signal.SIGINT)

os.register_at_fork(before=counted, after_in_child=ctrl_c_from_the_terminal)

class Exiting(Check):
    name = "exiting"
    codes = {"TS802": Code("never")}
    def check(self, doc, options, context):
        os._exit(3)

@hookimpl
def prosecheck_checks():
    return [Exiting()]
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_to_the_process_group_as_a_worker_is_forked_exits_130_with_one_line(tmp_path, jobs):
    site = tmp_path / "site"
    site.mkdir()
    (site / "fork_ctrl_c_plugin.py").write_text(FORK_CTRL_C_PLUGIN)
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    for i in range(8):
        (project / f"d{i}.md").write_text("Some text.\n")
    env = dict(os.environ, PYTHONPATH=str(site), PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="1",
               XDG_CACHE_HOME=str(tmp_path / ".user-cache"))
    proc = subprocess.run([sys.executable, "-m", "prosecheck", ".", "-p", "fork_ctrl_c_plugin", "-j", jobs,
                           "--no-cache", "--select", "TS"], cwd=project, env=env, capture_output=True, text=True,
                          timeout=120, start_new_session=True)  # a group of its own, as in a terminal
    assert (proc.returncode, proc.stdout, proc.stderr) == (130, "", "prosecheck: interrupted\n")
