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

_C_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}


def _unsafe(c: str) -> bool:
    """C0 controls, DEL, C1 controls, U+2028/2029, bidi embeddings, overrides and isolates,
    BOM/ZWNBSP, and lone surrogates (no UTF-8 stream can write them). No regular expression: a
    character class with these ranges takes 20 ms to compile, a tenth of a one-file run."""
    n = ord(c)
    return (n < 0x20 or 0x7F <= n <= 0x9F or n in (0x2028, 0x2029, 0xFEFF) or 0x202A <= n <= 0x202E
            or 0x2066 <= n <= 0x2069 or 0xD800 <= n <= 0xDFFF)


def _visible(c: str) -> str:
    if c in _C_ESCAPES:
        return _C_ESCAPES[c]
    n = ord(c)
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}"


def clean_message(text: str) -> str:
    """``text`` on one line, every control or direction-changing character written as an escape."""
    if text.isprintable():  # in C: every character above is non-printable
        return text
    return "".join(_visible(c) if _unsafe(c) else c for c in text)


def quote_path(name: str) -> str:
    """``name`` as is when it is plain; else quoted as git quotes it (always valid UTF-8)."""
    if (name.isprintable() or not any(map(_unsafe, name))) and '"' not in name and "\\" not in name:
        return name
    out = ['"']
    for c in name:
        if c == '"' or c == "\\":
            out.append("\\" + c)
        elif c in _C_ESCAPES:
            out.append(_C_ESCAPES[c])
        elif "\udc80" <= c <= "\udcff":  # a byte that was not UTF-8 (os.fsdecode's surrogateescape)
            out.append(f"\\{ord(c) - 0xDC00:03o}")
        elif _unsafe(c):
            out.extend(f"\\{b:03o}" for b in c.encode("utf-8", "surrogatepass"))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)
