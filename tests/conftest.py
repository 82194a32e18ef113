"""Suite-wide set-up: no test may replace /dev/null (as root, a rename over it succeeds, and
every later process on the machine, CI's included, then reads and writes a plain file); and the
processes the tests start see Ctrl-C as a terminal's user would, even when the suite itself runs
where the interrupt is ignored."""

from __future__ import annotations

import os
import signal
import stat

import pytest


def pytest_configure(config):
    # A shell starts a background job (`./scripts/test &`, nohup, some CI runners) with SIGINT
    # ignored, and an ignored signal stays ignored across exec: every prosecheck the tests start
    # would then ignore the Ctrl-C that tests/test_signals.py sends, as a background job should,
    # and those tests would fail for the environment, not for prosecheck. A handled signal is
    # reset to its default at exec, so handling it here gives the children a terminal's default.
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def _devnull_is_a_device() -> bool:
    try:
        return stat.S_ISCHR(os.stat(os.devnull).st_mode)
    except OSError:
        return False


@pytest.fixture(autouse=True)
def _devnull_stays_a_device():
    if not _devnull_is_a_device():
        pytest.skip("/dev/null was already broken before this test: fix the machine first")
    yield
    assert _devnull_is_a_device(), "this test replaced /dev/null with a regular file"


@pytest.fixture(autouse=True)
def _hand_tiers(request, monkeypatch):
    """The checks' tests assert the rules' own (hand) tiers: the table learnt from the annotated sets
    (prosecheck.checks.learnt_tiers, fifty-second session), which moves some kinds of warning to info
    after them, is off for every test but those marked ``learnt_tiers`` (tests/test_learnt_tiers.py),
    in this process and in any prosecheck a test starts."""
    if request.node.get_closest_marker("learnt_tiers"):
        return
    from prosecheck.checks import learnt_tiers

    monkeypatch.setattr(learnt_tiers, "_TABLE", frozenset())
    monkeypatch.setenv("PROSECHECK_LEARNT_TIERS", "off")
