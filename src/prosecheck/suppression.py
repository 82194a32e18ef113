"""Suppression comments, parsed once per document.

* ``<!-- noqa -->`` / ``<!-- noqa: LK101,SL -->`` on a line: that line;
* ``<!-- prosecheck-disable-next-line CODES -->``: the next line;
* ``<!-- prosecheck-disable CODES -->`` ... ``<!-- prosecheck-enable CODES -->``: lines between;
* ``<!-- prosecheck-disable-file CODES -->``: the whole file.

CODES is a comma- or space-separated list of codes or prefixes; none means every code. Comments on
lines of code (fenced or indented code blocks, front matter) are examples, not directives.
"""

from __future__ import annotations

import re

from prosecheck.lazyre import lazy
from dataclasses import dataclass, field
from typing import Optional

_COMMENT_RE = lazy(
    r"<!--[ \t]*(noqa|prosecheck-disable-next-line|prosecheck-disable-file|prosecheck-disable|prosecheck-enable)"
    r"(?![\w-])[ \t]*:?([^>]{0,500}?)[ \t]*-->",
    re.IGNORECASE,
)
_CODES_RE = lazy(r"[A-Za-z]+[0-9]*")

Codes = Optional[frozenset]  # None: every code


def _parse_codes(text: str) -> Codes:
    codes = frozenset(c.upper() for c in _CODES_RE.findall(text))
    return codes or None


def _matches(codes: Codes, code: str) -> bool:
    return codes is None or any(code.startswith(c) for c in codes)


@dataclass
class Suppressions:
    #: line -> codes suppressed on it (``None`` means all).
    lines: dict = field(default_factory=dict)
    #: ``(first_line, last_line, codes)`` from disable/enable pairs; last_line may be a huge number.
    ranges: list = field(default_factory=list)
    file_codes: list = field(default_factory=list)

    def is_suppressed(self, code: str, line: int) -> bool:
        for codes in self.file_codes:
            if _matches(codes, code):
                return True
        if line in self.lines:
            for codes in self.lines[line]:
                if _matches(codes, code):
                    return True
        for first, last, codes in self.ranges:
            if first <= line <= last and _matches(codes, code):
                return True
        return False

    def __bool__(self) -> bool:
        return bool(self.lines or self.ranges or self.file_codes)

    def to_data(self) -> tuple:
        """Plain data (for the cache)."""
        return (self.lines, [tuple(r) for r in self.ranges], self.file_codes)

    @classmethod
    def from_data(cls, data) -> "Suppressions":
        lines, ranges, file_codes = data
        return cls(dict(lines), [tuple(r) for r in ranges], list(file_codes))


def parse_suppressions(lines: list[str], code_lines: frozenset | set = frozenset()) -> Suppressions:
    sup = Suppressions()
    open_ranges: list[tuple[int, Codes]] = []
    for i, line in enumerate(lines, 1):
        if "<!--" not in line or i in code_lines:
            continue
        for m in _COMMENT_RE.finditer(line):
            kind = m.group(1).lower()
            codes = _parse_codes(m.group(2))
            if kind == "noqa":
                sup.lines.setdefault(i, []).append(codes)
            elif kind == "prosecheck-disable-next-line":
                sup.lines.setdefault(i + 1, []).append(codes)
            elif kind == "prosecheck-disable-file":
                sup.file_codes.append(codes)
            elif kind == "prosecheck-disable":
                open_ranges.append((i, codes))
            else:  # enable: closes the ranges it names (all of them when it names none)
                still_open = []
                for start, rcodes in open_ranges:
                    if codes is None or rcodes is None or rcodes & codes:
                        if rcodes is not None and codes is not None and rcodes - codes:
                            still_open.append((i, rcodes - codes))
                        sup.ranges.append((start, i, rcodes if codes is None or rcodes is None else rcodes & codes))
                    else:
                        still_open.append((start, rcodes))
                open_ranges = still_open
    for start, codes in open_ranges:
        sup.ranges.append((start, 1 << 62, codes))
    return sup
