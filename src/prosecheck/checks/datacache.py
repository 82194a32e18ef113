"""Derived data kept between runs (syllable counts, spelling dictionaries) in the user's cache.

Built once from what the installed packages ship, then loaded in a few milliseconds. Written to a
temporary file and renamed, so readers see the old file, no file, or the whole new one.
"""

from __future__ import annotations

import os
import sys
import tempfile


def cache_dir() -> str:
    """``$XDG_CACHE_HOME/prosecheck`` (``~/.cache/prosecheck``; ``%LOCALAPPDATA%`` on Windows)."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        if sys.platform == "win32":
            base = os.environ.get("LOCALAPPDATA") or os.path.join(os.path.expanduser("~"), "AppData", "Local")
        else:
            base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "prosecheck")


def write_atomically(path: str, data: bytes) -> bool:
    """Write ``data`` to ``path`` whole or not at all; False when the folder is not writable."""
    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".prosecheck-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError:
        return False
    return True
