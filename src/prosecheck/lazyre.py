"""Regular expressions compiled on first use.

Compiling a pattern costs 0.1 to 2 ms; a one-file run (a pre-commit hook, an editor's save)
imports every check, and most of their patterns are never used on a given file (HTML headings,
licence openings, suppression comments, malformed links). ``lazy(pattern, flags)`` stands in for
``re.compile(pattern, flags)`` and compiles on the first attribute asked for; the methods are then
kept on the object, so later calls cost what the compiled pattern's do.
"""

from __future__ import annotations

import re
import sys


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


#: Every lazy pattern prosecheck's own modules made in this process, for :func:`compile_all`.
_MADE: list = []


def compile_all() -> None:
    """Compile every lazy pattern of prosecheck's not compiled yet. A run that forks workers calls
    it first: each worker would otherwise compile the same patterns again (about 10 ms of each
    worker's start)."""
    for pattern in _MADE:
        if "match" not in pattern.__dict__:
            try:
                pattern.match  # noqa: B018 - compiles it
            except re.error:
                pass  # reported where the pattern is used, as before


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    found = LazyPattern(pattern, flags)
    if sys._getframe(1).f_globals.get("__name__", "").startswith("prosecheck."):
        _MADE.append(found)  # a plugin's patterns are left to compile where it uses them
    return found
