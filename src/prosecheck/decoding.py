"""Bytes to text the way a reader's editor shows it, or a plain reason why not."""

from __future__ import annotations

import codecs
from typing import Optional

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> tuple[Optional[str], Optional[str]]:
    """``(text, None)`` with newlines normalised to ``\\n``, or ``(None, reason)``.

    A byte-order mark picks the encoding (UTF-8, UTF-16 or UTF-32) and is dropped, so columns
    count from the first visible character. Without one, the bytes must be UTF-8; NUL bytes mean
    a binary file.
    """
    encoding = "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            break
    else:
        if b"\x00" in data[:8192] or b"\x00" in data:
            return None, "this is a binary file, not text (it holds NUL bytes): it was not checked"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, (
            f"this file is not valid {encoding.upper().replace('-SIG', '')} text (the first bad byte "
            f"is at line {line}, byte {col}): it was not checked; save it as UTF-8"
        )
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, None
