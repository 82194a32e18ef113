"""Edits behind the code actions that are not a check's own fix: suppress a code on a line,
ignore it in the whole file, and add a word to the project's word list.

The first two change the document (a ``<!-- noqa: CODE -->`` or ``<!-- prosecheck-disable-file
CODE -->`` comment, extended when one is already there); they return 1-based
``(line, col, end_line, end_col, new_text)`` edits. Adding a word changes files on disk: the
configured ``words_file`` (created if missing), or a new ``prosecheck-words.txt`` that the project's
configuration is then set to use.
"""

from __future__ import annotations

import os
import re
from typing import Optional

from prosecheck.apply_fixes import replace_file

_NOQA_RE = re.compile(r"<!--[ \t]*noqa(?![\w-])[ \t]*(:?)([^>]{0,500}?)[ \t]*-->", re.I)
_FILE_RE = re.compile(r"<!--[ \t]*prosecheck-disable-file(?![\w-])[ \t]*:?([^>]{0,500}?)[ \t]*-->", re.I)

DEFAULT_WORDS_FILE = "prosecheck-words.txt"


def _with_code(codes: str, code: str) -> Optional[str]:
    found = re.findall(r"[A-Za-z]+[0-9]*", codes)
    if any(code.startswith(c.upper()) for c in found):
        return None  # already suppressed
    return ",".join(found + [code])


def suppress_on_line(lines: list, line: int, code: str) -> Optional[tuple]:
    """The edit that suppresses ``code`` on ``line``; None when it already is."""
    text = lines[line - 1]
    m = _NOQA_RE.search(text)
    if m is None:
        sep = "" if not text or text.endswith((" ", "\t")) else " "
        return (line, len(text) + 1, line, len(text) + 1, f"{sep}<!-- noqa: {code} -->")
    if not m.group(2).strip():
        return None  # a bare noqa suppresses every code
    codes = _with_code(m.group(2), code)
    if codes is None:
        return None
    return (line, m.start() + 1, line, m.end() + 1, f"<!-- noqa: {codes} -->")


def ignore_in_file(lines: list, code: str) -> Optional[tuple]:
    """The edit that ignores ``code`` in the whole file: a comment at the top, after front matter."""
    for i, text in enumerate(lines, 1):
        m = _FILE_RE.search(text)
        if m:
            if not m.group(1).strip():
                return None
            codes = _with_code(m.group(1), code)
            if codes is None:
                return None
            return (i, m.start() + 1, i, m.end() + 1, f"<!-- prosecheck-disable-file {codes} -->")
    at = 1
    if lines and lines[0].strip() in ("---", "+++"):
        fence = lines[0].strip()
        for i in range(1, len(lines)):
            if lines[i].strip() in (fence, "...") :
                at = i + 2
                break
    return (at, 1, at, 1, f"<!-- prosecheck-disable-file {code} -->\n")


def add_word(word: str, root: str, config_path: Optional[str], words_file: str) -> str:
    """Add ``word`` to the project's word list; returns the list's path. Raises OSError."""
    created_config = None
    if not words_file:
        words_file = DEFAULT_WORDS_FILE
        created_config = _configure_words_file(root, config_path, words_file)
    path = words_file if os.path.isabs(words_file) else os.path.join(root, words_file)
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        data = b""
    newline = b"\r\n" if b"\r\n" in data else b"\n"
    if data and not data.endswith((b"\n", b"\r")):
        data += newline
    problem = _write(path, data + word.encode("utf-8") + newline)
    if problem:
        raise OSError(problem)
    return created_config or path


def _write(path: str, data: bytes) -> Optional[str]:
    if os.path.exists(path):
        return replace_file(path, data)
    try:
        with open(path, "xb") as f:
            f.write(data)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def _configure_words_file(root: str, config_path: Optional[str], words_file: str) -> str:
    """Set ``words_file`` in the project's configuration (``.prosecheck.toml`` when it has none)."""
    line = f'words_file = "{words_file}"'
    if config_path is None:
        config_path = os.path.join(root, ".prosecheck.toml")
        problem = _write(config_path, f"[spelling]\n{line}\n".encode("utf-8"))
        if problem:
            raise OSError(problem)
        return config_path
    table = "[tool.prosecheck.spelling]" if os.path.basename(config_path) == "pyproject.toml" else "[spelling]"
    with open(config_path, "rb") as f:
        text = f.read().decode("utf-8")
    newline = "\r\n" if "\r\n" in text else "\n"
    m = re.search(rf"^[ \t]*{re.escape(table)}[ \t]*(#[^\r\n]*)?\r?$", text, re.M)
    if m:
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end + 1
        head = text[:end] if text[:end].endswith("\n") else text[:end] + newline
        text = head + line + newline + text[end:]
    else:
        if text and not text.endswith("\n"):
            text += newline
        text += f"{newline}{table}{newline}{line}{newline}"
    problem = replace_file(config_path, text.encode("utf-8"))
    if problem:
        raise OSError(problem)
    return config_path
