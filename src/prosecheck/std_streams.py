"""stdout and stderr whose reader may leave before the run ends: ``prosecheck docs | head -1``.

A reader that closes its end of the pipe has read all it wanted; that is not a failure of the
run. So the first write that finds the pipe closed points the stream's descriptor at /dev/null,
and the run goes on to its usual exit code (1 with findings, 0 without), with no traceback and
no "Exception ignored ... BrokenPipeError" from the interpreter's last flush (which would also
turn the exit code into 120). The output that did not fit is dropped, as ``head`` wanted.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager


class ReaderMayLeave:
    """A text stream that survives its reader leaving; every other attribute is the stream's."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._reader_left()
            return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._reader_left()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def _reader_left(self) -> None:
        # Whatever is still buffered (and every later write) now goes to /dev/null, which
        # never fails: the interpreter's last flush has nothing left to complain about.
        try:
            fd = self._stream.fileno()
            devnull = os.open(os.devnull, os.O_WRONLY)
        except (OSError, ValueError, AttributeError):  # not a real descriptor (a test's capture)
            return
        try:
            os.dup2(devnull, fd)
        finally:
            os.close(devnull)
        try:
            self._stream.flush()
        except OSError:
            pass


@contextmanager
def reader_may_leave():
    """Within: ``sys.stdout`` and ``sys.stderr`` survive their readers leaving. On the way out
    stdout is flushed, so a pipe closed under a buffered report is found here, not at exit."""
    saved = sys.stdout, sys.stderr
    if sys.stdout is not None:
        sys.stdout = ReaderMayLeave(sys.stdout)
    if sys.stderr is not None:
        sys.stderr = ReaderMayLeave(sys.stderr)
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            if isinstance(stream, ReaderMayLeave):
                stream.flush()
        sys.stdout, sys.stderr = saved
