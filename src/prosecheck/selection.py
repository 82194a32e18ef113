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


def is_known(code: str, known: Iterable[str]) -> bool:
    """True when ``code`` is ``ALL`` or a code, or a prefix of a code, some installed plugin declares."""
    code = code.strip().upper()
    return code in ("", "ALL") or any(k.startswith(code) for k in known)


def unknown_code_message(code: str, known: Iterable[str], where: str) -> str:
    """``unknown code 'SL999' in --select (did you mean 'SL101'?)``, for a typo that would otherwise
    select or ignore nothing and pass CI silently."""
    import difflib

    known = sorted(known)
    # Candidates: every code and every letter prefix ("LK", "SL"), so "LKK" suggests "LK".
    candidates = sorted(set(known) | {k.rstrip("0123456789") for k in known})
    close = difflib.get_close_matches(code.strip().upper(), candidates, n=1, cutoff=0.5)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return (f"unknown code '{code}' in {where}{hint}: no installed plugin declares a code that starts "
            f"with it; 'prosecheck --list-checks' lists every code")


def first_unknown(sources: Sequence[tuple[str, Sequence[str]]], known: Iterable[str]) -> Optional[str]:
    """The message for the first unknown code in ``[(where, codes), ...]``, or None if all are known."""
    known = frozenset(known)
    for where, codes in sources:
        for code in codes:
            if not is_known(code, known):
                return unknown_code_message(code, known, where)
    return None
