"""The progress counter: on a terminal only, never in CI or when piped."""

import io

from prosecheck.progress import Progress


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_counts_on_a_terminal_and_clears_its_line(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    out = Terminal()
    progress = Progress(250, out)
    for _ in range(250):
        progress()
    progress.close()
    text = out.getvalue()
    assert text.startswith("\rprosecheck: 1/250 files (0%)")
    assert text.endswith("\rprosecheck: 250/250 files (100%)\r\x1b[K")


def test_silent_in_ci_when_piped_and_for_small_runs(monkeypatch):
    monkeypatch.setenv("CI", "true")
    assert not Progress(1000, Terminal()).active
    monkeypatch.delenv("CI")
    assert not Progress(1000, io.StringIO()).active
    assert not Progress(10, Terminal()).active
