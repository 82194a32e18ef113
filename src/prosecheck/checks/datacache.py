"""Derived data kept between runs (syllable counts, spelling dictionaries) in the user's cache.

Built once from what the installed packages ship, then loaded in a few milliseconds. Written to a
temporary file and renamed, so readers see the old file, no file, or the whole new one.
"""

from __future__ import annotations

import os
import sys

from prosecheck.atomicfile import write_atomically  # noqa: F401  (re-exported for the checks)


def cache_dir() -> str:
    """``$XDG_CACHE_HOME/prosecheck`` (``~/.cache/prosecheck``; ``%LOCALAPPDATA%`` on Windows)."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        if sys.platform == "win32":
            base = os.environ.get("LOCALAPPDATA") or os.path.join(os.path.expanduser("~"), "AppData", "Local")
        else:
            base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "prosecheck")
