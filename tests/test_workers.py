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
