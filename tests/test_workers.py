"""workers.run_isolated with each child holding its next file before its result comes back: every
file is answered exactly once, and a child that dies, raises or hangs is reported for the file it
was on, never for the one queued behind it (that one is checked by another child)."""

from __future__ import annotations

import os
import signal
import time

import pytest

from prosecheck import runner
from prosecheck.workers import run_isolated

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _work(i: int):
    if runner.step_hook is not None:
        runner.step_hook(i % 5)  # "check number" i % 5, as the runner would report it
    if i == 3:
        os._exit(3)
    if i == 5:
        raise ValueError(f"bad {i}")
    if i == 7:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(600)
    return i * 10


def _run(count: int, jobs: int, timeout: float = 0.0, order=None) -> list:
    events = []
    run_isolated(count, _work, jobs, timeout,
                 lambda i, r: events.append(("ok", i, r)),
                 lambda i, n, how: events.append(("died", i, n, how)),
                 lambda i, n: events.append(("hung", i, n)),
                 order=order)
    return sorted(events, key=lambda e: e[1])


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_every_file_is_answered_once_and_failures_name_their_file(jobs):
    events = _run(12, jobs, timeout=0.2)
    assert events == [
        ("ok", 0, 0), ("ok", 1, 10), ("ok", 2, 20),
        ("died", 3, 3, "exited with code 3"),
        ("ok", 4, 40),
        ("died", 5, 0, "raised ValueError: bad 5"),  # its check (5 % 5), not the next file's
        ("ok", 6, 60),
        ("hung", 7, 2),
        ("ok", 8, 80), ("ok", 9, 90), ("ok", 10, 100), ("ok", 11, 110),
    ]


def test_files_are_handed_out_in_the_order_given():
    seen = []
    run_isolated(4, lambda i: (i, os.getpid()), 1, 0, lambda i, r: seen.append(r[0]),
                 lambda *a: None, lambda *a: None, order=[2, 0, 3, 1])
    assert seen == [2, 0, 3, 1]


def _state(pid: int) -> str:
    """A process's state letter from /proc ("Z": ended, not reaped), or "gone" once reaped."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return "gone"


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs /proc (Linux)")
def test_reap_later_ends_the_children_at_once_and_reap_ended_waits_for_them():
    from prosecheck import workers

    pids = []
    run_isolated(6, lambda i: os.getpid(), 2, 0, lambda i, pid: pids.append(pid),
                 lambda *a: None, lambda *a: None, reap_later=True)
    children = sorted(set(pids))
    assert len(children) == 2 and len(workers._ENDED) == 2
    deadline = time.monotonic() + 10
    while any(_state(pid) not in ("Z", "X") for pid in children) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [_state(pid) in ("Z", "X") for pid in children] == [True, True]  # killed, not yet reaped
    workers.reap_ended()
    assert workers._ENDED == [] and [_state(pid) for pid in children] == ["gone", "gone"]


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs /proc (Linux)")
def test_a_run_reaps_what_the_run_before_it_left_to_reap():
    from prosecheck import workers

    pids = []
    run_isolated(4, lambda i: os.getpid(), 2, 0, lambda i, pid: pids.append(pid),
                 lambda *a: None, lambda *a: None, reap_later=True)
    run_isolated(2, lambda i: i, 1, 0, lambda *a: None, lambda *a: None, lambda *a: None)
    assert workers._ENDED == [] and {_state(pid) for pid in pids} == {"gone"}


def test_without_reap_later_every_child_is_reaped_before_run_isolated_returns():
    from prosecheck import workers

    pids = []
    run_isolated(4, lambda i: os.getpid(), 2, 0, lambda i, pid: pids.append(pid),
                 lambda *a: None, lambda *a: None)
    assert workers._ENDED == []
    for pid in set(pids):
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def test_a_pooled_run_leaves_no_worker_to_reap(tmp_path, monkeypatch):
    from prosecheck import cli, workers

    for name in "abcdef":
        (tmp_path / f"{name}.md").write_text(f"# {name}\n\nThe the same word twice.\n")
    monkeypatch.chdir(tmp_path)
    born = []
    make = workers._Worker.__init__

    def recorded(self, *args):
        make(self, *args)
        born.append(self.pid)

    monkeypatch.setattr(workers._Worker, "__init__", recorded)
    assert cli.run([str(tmp_path), "--isolated", "--no-cache", "--exit-zero", "--jobs", "2", "--quiet"]) == 0
    assert len(born) == 2 and workers._ENDED == []
    for pid in born:  # each was waited for by the time the run returned
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)


def _raise_at_20(i: int):
    if i == 20:
        raise ValueError("bad 20")
    return i * 10


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_unpickled_in_batches_are_each_delivered_once(jobs):
    # More results than the parent unpickles at a time (workers._UNPICKLE_BATCH): the ones read
    # and not yet unpickled are delivered too, each once, and a raised error among them keeps its file.
    from prosecheck import workers

    count = 3 * workers._UNPICKLE_BATCH + 5
    ok, died = [], []
    run_isolated(count, _raise_at_20, jobs, 0, lambda i, r: ok.append((i, r)),
                 lambda i, n, how: died.append((i, how)), lambda *a: None)
    assert sorted(ok) == [(i, i * 10) for i in range(count) if i != 20]
    assert died == [(20, "raised ValueError: bad 20")]
