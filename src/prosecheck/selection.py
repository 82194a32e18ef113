"""Which codes are reported where: --select/--ignore and friends, by code or prefix.

As in flake8 and ruff, the longest matching prefix decides: ``--select LK --ignore LK1`` drops
``LK101`` but keeps ``LK201``; ``--select LK101 --ignore LK`` keeps ``LK101``. On a tie, ignore
wins. ``per-file-ignores`` maps gitignore-style path patterns to codes never reported in those
files, however specific the selection.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Optional, Sequence



def _longest(code: str, prefixes: Iterable[str]) -> int:
    best = -1
    for p in prefixes:
        if code.startswith(p) and len(p) > best:
            best = len(p)
    return best


class Selector:
    def __init__(
        self,
        select: Optional[Sequence[str]] = None,
        ignore: Sequence[str] = (),
        extend_select: Sequence[str] = (),
        extend_ignore: Sequence[str] = (),
        per_file_ignores: Optional[Mapping[str, Sequence[str]]] = None,
    ) -> None:
        up = lambda xs: tuple(x.strip().upper() for x in xs if x.strip())  # noqa: E731
        # "ALL" selects everything, as in ruff; no select at all means the same.
        sel = up(select) if select is not None else ("",)
        self.select = tuple("" if s == "ALL" else s for s in sel + up(extend_select))
        self.ignore = tuple("" if s == "ALL" else s for s in up(ignore) + up(extend_ignore))
        #: ``{pattern: codes}`` as given (the cache's fingerprint uses it).
        self.per_file_ignores = {p: up(codes) for p, codes in (per_file_ignores or {}).items()}
        if per_file_ignores:
            import pathspec  # only when there are patterns: it costs start-up time
        self.per_file = [
            (pathspec.GitIgnoreSpec.from_lines([pattern]), up(codes))
            for pattern, codes in (per_file_ignores or {}).items()
        ]
        self._cache: dict[str, bool] = {}

    def is_selected(self, code: str) -> bool:
        hit = self._cache.get(code)
        if hit is None:
            hit = _longest(code, self.select) > _longest(code, self.ignore)
            self._cache[code] = hit
        return hit

    def ignored_in(self, path: str) -> tuple:
        """Codes ignored for ``path`` (a path relative to the project root, with ``/``)."""
        out: tuple = ()
        for spec, codes in self.per_file:
            if spec.match_file(path):
                out += codes
        return out

    def is_reported(self, code: str, path_ignores: tuple = ()) -> bool:
        # A per-file ignore is absolute, as in ruff: it names files where a code never applies.
        if path_ignores and _longest(code, path_ignores) >= 0:
            return False
        return self.is_selected(code)
