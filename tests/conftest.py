"""Suite-wide guard: no test may replace /dev/null (as root, a rename over it succeeds, and
every later process on the machine, CI's included, then reads and writes a plain file)."""

from __future__ import annotations

import os
import stat

import pytest


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
