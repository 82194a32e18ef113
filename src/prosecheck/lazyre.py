"""Regular expressions compiled on first use.

Compiling a pattern costs 0.1 to 2 ms; a one-file run (a pre-commit hook, an editor's save)
imports every check, and most of their patterns are never used on a given file (HTML headings,
licence openings, suppression comments, malformed links). ``lazy(pattern, flags)`` stands in for
``re.compile(pattern, flags)`` and compiles on the first attribute asked for; the methods are then
kept on the object, so later calls cost what the compiled pattern's do.
"""

from __future__ import annotations

import re


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern  # as re.Pattern.pattern: other patterns are built from it
        self._flags = flags

    def __getattr__(self, name: str):
        compiled = re.compile(self.pattern, self._flags)
        for attr in ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split",
                     "flags", "groups", "groupindex", "scanner"):
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return LazyPattern(pattern, flags)
