"""Fixes: the edits a check attaches to a diagnostic, and applying them to a file's bytes.

One mechanism for ``prosecheck --fix``/``--diff`` and the language server's quick fixes. As in
ruff, a fix is *safe* (it keeps the meaning the writer intended: a doubled word deleted) or
*unsafe* (a guess a writer should look at: the most likely spelling of an unknown word).

Positions are those of the diagnostic: 1-based lines, 1-based columns counted in characters of the
decoded text. Decoding only drops the byte-order mark and turns ``\\r\\n`` and ``\\r`` into ``\\n``,
so a (line, column) names the same character in the file as written; applying fixes works on the
file's own text, with its own line endings, and encodes it back with its own encoding and BOM, so
every byte a fix does not touch stays as it was.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, replace
from typing import Iterable, Optional, Sequence

from prosecheck.escaping import clean_message

SAFE = "safe"
UNSAFE = "unsafe"


@dataclass(frozen=True)
class Edit:
    """Replace the text from (line, col) up to, not including, (end_line, end_col) by ``text``."""

    line: int
    col: int
    end_line: int
    end_col: int
    text: str

    def to_data(self) -> tuple:
        return (self.line, self.col, self.end_line, self.end_col, self.text)


@dataclass(frozen=True)
class Fix:
    """Edits that together remove one finding. ``title`` is what an editor's menu shows."""

    edits: tuple
    applicability: str = SAFE
    title: str = ""

    @property
    def safe(self) -> bool:
        return self.applicability == SAFE

    def to_data(self) -> tuple:
        return (tuple(e.to_data() for e in self.edits), self.applicability, self.title)

    @classmethod
    def from_data(cls, data) -> Optional["Fix"]:
        if not data:
            return None
        edits, applicability, title = data
        return cls(tuple(Edit(*e) for e in edits), applicability, title)


def replacement(doc, start: int, end: int, text: str, title: str, applicability: str = SAFE) -> Fix:
    """A fix replacing ``doc.text[start:end]`` (offsets in the document's text) by ``text``."""
    line, col = doc.position(start)
    end_line, end_col = doc.position(end)
    return Fix((Edit(line, col, end_line, end_col, text),), applicability, title)


def to_json(fix: Optional[Fix]) -> Optional[dict]:
    """``fix`` as ``--format json`` writes it (None when there is none): positions as the finding's,
    the end exclusive; ``text`` replaces what lies between (empty: a deletion; an empty range: an
    insertion), with ``\\n`` standing for the file's own line ending. The title quotes the document,
    so it is escaped as messages are; the edits' text is what goes into the file, exactly."""
    if fix is None:
        return None
    return {
        "applicability": fix.applicability,
        "title": clean_message(fix.title),
        "edits": [{"line": e.line, "col": e.col, "end_line": e.end_line, "end_col": e.end_col, "text": e.text}
                  for e in fix.edits],
    }


def with_fix(diagnostic, fix: Optional[Fix]):
    """``diagnostic`` carrying ``fix`` (diagnostics are immutable)."""
    return diagnostic if fix is None else replace(diagnostic, fix=fix)


# --- the file as written ---------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass
class Source:
    """A file's text exactly as written (line endings kept), and how to turn it back into bytes."""

    text: str
    bom: bytes = b""
    encoding: str = "utf-8"

    @classmethod
    def from_bytes(cls, data: bytes) -> Optional["Source"]:
        bom, encoding = b"", "utf-8"
        for mark, name in _BOMS:
            if data.startswith(mark):
                bom, encoding = mark, name
                break
        try:
            return cls(data[len(bom):].decode(encoding), bom, encoding)
        except UnicodeDecodeError:
            return None

    def to_bytes(self, text: Optional[str] = None) -> bytes:
        return self.bom + (self.text if text is None else text).encode(self.encoding)

    def newline(self) -> str:
        """The file's own line ending (its first one), for edits that add a line."""
        i = self.text.find("\n")
        j = self.text.find("\r")
        if j >= 0 and (i < 0 or j < i):
            return "\r\n" if self.text.startswith("\r\n", j) else "\r"
        return "\n"


def _line_starts(text: str) -> list[int]:
    """Offsets where each line starts, with ``\\r\\n``, ``\\r`` and ``\\n`` all ending a line."""
    starts = [0]
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\n":
            starts.append(i + 1)
        elif c == "\r":
            if i + 1 < n and text[i + 1] == "\n":
                i += 1
            starts.append(i + 1)
        i += 1
    return starts


def _line_length(text: str, starts: list[int], line: int) -> int:
    """Characters of 1-based ``line`` without its line ending."""
    start = starts[line - 1]
    end = starts[line] if line < len(starts) else len(text)
    if end > start and text[end - 1] == "\n":
        end -= 1
    if end > start and text[end - 1] == "\r":
        end -= 1
    return end - start


def _offset(text: str, starts: list[int], line: int, col: int) -> Optional[int]:
    if not (1 <= line <= len(starts)) or col < 1 or col - 1 > _line_length(text, starts, line):
        return None
    return starts[line - 1] + col - 1


def chosen(diagnostics: Iterable, unsafe: bool = False) -> list:
    """The diagnostics whose fix may be applied: safe ones, and unsafe ones when asked for."""
    return [d for d in diagnostics if getattr(d, "fix", None) is not None and (unsafe or d.fix.safe)]


def apply(text: str, fixes: Sequence[Fix], newline: str = "\n") -> tuple[str, int]:
    """``text`` with ``fixes`` applied, and how many were.

    A fix is applied whole or not at all: one with an edit outside the text, or overlapping an edit
    of a fix applied before it (in order of position), is left for the next pass, as in ruff.
    """
    starts = _line_starts(text)
    planned: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    applied = 0
    for fix in sorted(fixes, key=lambda f: min((e.line, e.col) for e in f.edits) if f.edits else (0, 0)):
        spans = []
        for e in fix.edits:
            a = _offset(text, starts, e.line, e.col)
            b = _offset(text, starts, e.end_line, e.end_col)
            if a is None or b is None or b < a:
                spans = None
                break
            spans.append((a, b, e.text.replace("\n", newline) if newline != "\n" else e.text))
        if not spans:
            continue
        if any(a < tb and ta < b or (a == b == ta == tb) for a, b, _ in spans for ta, tb in taken):
            continue
        taken.extend((a, b) for a, b, _ in spans)
        planned.extend(spans)
        applied += 1
    out = text
    for a, b, new in sorted(planned, key=lambda s: (s[0], s[1]), reverse=True):
        out = out[:a] + new + out[b:]
    return out, applied


def fix_bytes(data: bytes, fixes: Sequence[Fix]) -> tuple[bytes, int]:
    """The file's new bytes with ``fixes`` applied (encoding, BOM and line endings kept)."""
    source = Source.from_bytes(data)
    if source is None or not fixes:
        return data, 0
    text, applied = apply(source.text, fixes, source.newline())
    return (source.to_bytes(text) if applied else data), applied
