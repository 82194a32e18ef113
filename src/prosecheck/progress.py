"""A one-line progress counter on stderr, for long runs in a terminal.

Shown only when stderr is a terminal, the run has many files, and no CI variable is set: never
in CI logs or when output is piped. A counter on one line needs no dependency.
"""

from __future__ import annotations

import os
import sys
import time

MIN_FILES = 200


class Progress:
    def __init__(self, total: int, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.done = 0
        self._last = 0.0
        self.active = (
            total >= MIN_FILES
            and hasattr(self.stream, "isatty")
            and self.stream.isatty()
            and not os.environ.get("CI")
            and os.environ.get("TERM") != "dumb"
        )

    def __call__(self) -> None:
        self.done += 1
        if not self.active:
            return
        now = time.monotonic()
        if now - self._last >= 0.1 or self.done == self.total:
            self._last = now
            pct = 100 * self.done // max(self.total, 1)
            self.stream.write(f"\rprosecheck: {self.done}/{self.total} files ({pct}%)")
            self.stream.flush()

    def close(self) -> None:
        if self.active and self.done:
            self.stream.write("\r\033[K")
            self.stream.flush()
