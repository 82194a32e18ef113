"""prosecheck's diagnostics and fixes in the protocol's shapes.

prosecheck counts columns in characters (code points) from 1; the protocol counts from 0 in the
position encoding the client and server agreed on (UTF-16 unless the client offers another), so
every position goes through the workspace's position codec with the line's text.
"""

from __future__ import annotations

import re

from lsprotocol import types

SOURCE = "prosecheck"

_SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}

# What a diagnostic without an end covers, from its start: a link or image, an autolink, a word.
_EXTENT_RE = re.compile(
    r"!?\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])?|<[^>\n]*>|\w+(?:['\u2019-]\w+)*"
)


def extent(lines: list, line: int, col: int) -> tuple[int, int, int, int]:
    """1-based (line, col, end_line, end_col) of what a diagnostic at (line, col) flags."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    m = _EXTENT_RE.match(text, col - 1)
    end = m.end() + 1 if m and m.end() > col - 1 else min(col + 1, len(text) + 1)
    return line, col, line, max(end, col)


def position(codec, lines: list, line: int, col: int) -> types.Position:
    """A 1-based (line, character column) as a protocol position."""
    line = max(1, min(line, len(lines) or 1))
    return codec.position_to_client_units(lines, types.Position(line - 1, max(0, col - 1)))


def range_of(codec, lines: list, line: int, col: int, end_line: int, end_col: int) -> types.Range:
    return types.Range(position(codec, lines, line, col), position(codec, lines, end_line, end_col))


def diagnostic_range(codec, lines: list, d) -> types.Range:
    if d.end_line is not None and d.end_col is not None and (d.end_line, d.end_col) > (d.line, d.col):
        return range_of(codec, lines, d.line, d.col, d.end_line, d.end_col)
    return range_of(codec, lines, *extent(lines, d.line, d.col))


def to_lsp(codec, lines: list, d) -> types.Diagnostic:
    return types.Diagnostic(
        range=diagnostic_range(codec, lines, d),
        message=d.message,
        severity=_SEVERITY.get(d.severity, types.DiagnosticSeverity.Warning),
        code=d.code,
        source=SOURCE,
    )


def text_edits(codec, lines: list, fix) -> list:
    return [types.TextEdit(range_of(codec, lines, e.line, e.col, e.end_line, e.end_col), e.text)
            for e in fix.edits]


def lines_of(text: str) -> list:
    """The document's lines as the protocol numbers them (``\\r\\n``, ``\\r`` and ``\\n`` end one)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
