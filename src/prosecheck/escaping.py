"""What a document or a file name may not put on a terminal, in a log, or in a CI annotation.

Messages quote the documents they are about (a link destination, a word) and every finding names
a file, and both come from the repository being checked: untrusted input. A newline in either
would let a document forge a finding line, or a GitHub Actions workflow command (``::error``,
``::add-mask::``) in a CI log; an escape character would reach the terminal. So every format
prints them escaped:

- messages: control characters (C0, DEL, C1), line and paragraph separators and the
  bidirectional overrides ("Trojan Source") are written as visible escapes (``\\n``, ``\\x1b``,
  ``\\u202e``); a message is always one line;
- file names: a name with any of those, a ``"`` or ``\\`` at its start, or bytes that are not
  UTF-8 is printed the way git prints it (``core.quotePath``): in double quotes, with C escapes
  and octal bytes (``"caf\\351.md"``). Plain names, non-ASCII letters included, print as they are.
"""

from __future__ import annotations

import re

# C0 controls, DEL, C1 controls, U+2028/2029, bidi embeddings/overrides/isolates, BOM/ZWNBSP.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
# The same, plus lone surrogates (bytes of a file name that were not UTF-8) and quote characters.
_ODD_NAME = re.compile('[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff"\\\\]')
_C_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}


def _visible(match: re.Match) -> str:
    c = match.group()
    if c in _C_ESCAPES:
        return _C_ESCAPES[c]
    n = ord(c)
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}"


def clean_message(text: str) -> str:
    """``text`` on one line, every control or direction-changing character written as an escape."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(_visible, text)


def quote_path(name: str) -> str:
    """``name`` as is when it is plain; else quoted as git quotes it (always valid UTF-8)."""
    if not _ODD_NAME.search(name):
        return name
    out = ['"']
    for c in name:
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif c in _C_ESCAPES:
            out.append(_C_ESCAPES[c])
        elif "\udc80" <= c <= "\udcff":  # a byte that was not UTF-8 (os.fsdecode's surrogateescape)
            out.append(f"\\{ord(c) - 0xDC00:03o}")
        elif _UNSAFE.match(c) or "\ud800" <= c <= "\udfff":
            out.extend(f"\\{b:03o}" for b in c.encode("utf-8", "surrogatepass"))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)
