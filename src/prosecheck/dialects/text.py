"""Same-width edits of a document's lines: what every dialect's rewrite is made of."""

from __future__ import annotations

import re

FENCE_RE = re.compile(r"(`{3,}|~{3,})")


def blank(line: str, start: int = 0, end: int = -1) -> str:
    """``line`` with ``line[start:end]`` replaced by as many spaces (all of it by default)."""
    if end < 0:
        end = len(line)
    return line[:start] + " " * (end - start) + line[end:]


def indent_of(line: str) -> int:
    """Leading spaces (a tab stops the count: the rewrite never guesses a tab's width)."""
    return len(line) - len(line.lstrip(" "))


def in_code_span(line: str, at: int) -> bool:
    """True when ``line[at]`` lies inside a backtick code span (an odd number of runs before)."""
    return line.count("`", 0, at) % 2 == 1


class Fences:
    """Tracks fenced code blocks line by line, so no rewrite touches what is inside one."""

    def __init__(self) -> None:
        self.char = ""
        self.length = 0

    @property
    def open(self) -> bool:
        return bool(self.char)

    def step(self, stripped: str) -> bool:
        """Feed a line (leading spaces removed); True when it is a fence line or inside a fence."""
        if self.char:
            run = len(stripped) - len(stripped.lstrip(self.char))
            if run >= self.length and not stripped[run:].strip():
                self.char, self.length = "", 0
            return True
        m = FENCE_RE.match(stripped)
        if m is None:
            return False
        if m.group(1)[0] == "`" and "`" in stripped[m.end():]:
            return False  # ```code``` inline, not a fence
        self.char, self.length = m.group(1)[0], len(m.group(1))
        return True


def line_starts(lines: list) -> list:
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def title_line(line: str, start: int, at: int, end: int):
    """A container's marker line rewritten so its title parses as a heading, inline Markdown and
    all: ``line[start:at]`` (the marker, ``!!! note "``) becomes an ATX heading marker of the same
    width (``###### ``...), and everything after the title (``"``) spaces. None when the marker is
    too narrow for one (the line is then blanked and the title kept as plain text)."""
    width = at - start
    if width < 2 or end > len(line):
        return None
    hashes = min(6, width - 1)
    return line[:start] + "#" * hashes + " " * (width - hashes) + line[at:end] + " " * (len(line) - end)
