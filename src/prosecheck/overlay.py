"""Texts of documents open in an editor, which cross-file checks read before the disk.

The language server records every open buffer here; a check that reads another document (the
links check, for the anchors of a link's target) asks :func:`text_of` first, so a heading typed
but not yet saved already counts. Outside the server nothing is recorded and every read goes to
the disk. Keys are absolute, normalised paths, so two workspaces never see each other's buffers
unless they hold the same file.
"""

from __future__ import annotations

import os
from typing import Optional

_OPEN: dict[str, str] = {}


def _key(path: str) -> str:
    return os.path.normcase(os.path.normpath(os.path.abspath(path)))


def set_text(path: str, text: str) -> None:
    _OPEN[_key(path)] = text


def forget(path: str) -> None:
    _OPEN.pop(_key(path), None)


def text_of(path: str) -> Optional[str]:
    """The open buffer's text (newlines normalised to ``\\n``), or None when it is not open."""
    if not _OPEN:
        return None
    return _OPEN.get(_key(path))
