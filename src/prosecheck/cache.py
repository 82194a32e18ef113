"""A cache of per-file results, so a re-run over unchanged files skips parsing and checking.

One entry per file, named by a hash of: the file's bytes, its absolute path (relative links
resolve from it), and a fingerprint of everything else that shapes the result (prosecheck's and
every plugin's version, the options, the selection). An entry also lists the other files the
checks consulted (``Document.dependencies``: link targets, word lists) with their size and
modification time; when one of them changed, the entry is stale. Cross-file checks keep their
per-file summaries in the entry and still run ``finish`` over every file.

Entries are written to a temporary file and renamed into place, so two runs at once, or a run
killed half-way, never leave a torn entry. They are stored with ``marshal`` (plain data only:
loading never runs code, unlike pickle, so a cache folder committed by someone else is harmless).
A folder that cannot be written disables the cache with one warning.
"""

from __future__ import annotations

import marshal
import os
import sys
from dataclasses import dataclass
from typing import Any, Optional

from prosecheck.atomicfile import create_temporary, write_atomically
from prosecheck.diagnostics import Diagnostic
from prosecheck.hashing import blake2b

FORMAT = 2  # bump when the entry layout changes


def _stat_signature(path: str) -> tuple:
    try:
        st = os.stat(path)
    except OSError:
        return (False, 0, 0)
    return (True, st.st_size, st.st_mtime_ns)


@dataclass
class Cache:
    folder: str
    fingerprint: str
    enabled: bool = True

    @classmethod
    def open(cls, folder: str, fingerprint: str) -> "Cache":
        cache = cls(folder, fingerprint)
        try:
            os.makedirs(folder, exist_ok=True)
            tag = os.path.join(folder, "CACHEDIR.TAG")
            if not os.path.exists(tag):
                with open(tag, "w", encoding="utf-8") as f:
                    # Backup tools skip folders with this tag (https://bford.info/cachedir/).
                    f.write("Signature: 8a477f597d28d172789f06886806bc55\n# prosecheck cache\n")
            gitignore = os.path.join(folder, ".gitignore")
            if not os.path.exists(gitignore):
                with open(gitignore, "w", encoding="utf-8") as f:
                    f.write("*\n")
            fd, probe = create_temporary(folder)
            os.close(fd)
            os.unlink(probe)
        except OSError as exc:
            sys.stderr.write(
                f"prosecheck: warning: the cache is off: cannot write to {folder} "
                f"({exc.strerror or exc})\n"
            )
            cache.enabled = False
        return cache

    def key(self, real_path: str, data: bytes) -> str:
        h = blake2b(digest_size=20)
        h.update(self.fingerprint.encode())
        h.update(b"\0")
        h.update(os.path.abspath(real_path).encode("utf-8", "surrogateescape"))
        h.update(b"\0")
        h.update(data)
        return h.hexdigest()

    def _path(self, key: str) -> str:
        return os.path.join(self.folder, key[:2], key + ".entry")

    def get(self, key: str) -> Optional[dict]:
        if not self.enabled:
            return None
        try:
            with open(self._path(key), "rb") as f:
                entry = marshal.loads(f.read())  # load(f) reads in small pieces: slower
        except (OSError, EOFError, ValueError, TypeError):
            return None
        if not isinstance(entry, dict) or entry.get("format") != FORMAT:
            return None
        for path, signature in entry.get("dependencies", ()):
            if _stat_signature(path) != tuple(signature):
                return None
        return entry

    def put(self, key: str, diagnostics: list, summaries: dict, suppressions: Any,
            path_ignores: tuple, dependencies: set) -> None:
        if not self.enabled:
            return
        try:
            entry = marshal.dumps({
                "format": FORMAT,
                "diagnostics": [_diag_to_tuple(d) for d in diagnostics],
                "summaries": summaries,
                "suppressions": suppressions,
                "path_ignores": path_ignores,
                "dependencies": [(p, _stat_signature(p)) for p in sorted(dependencies)],
            })
        except ValueError:  # a summary that is not plain data: not cacheable, never mind
            return
        # marshal turns some types into others (array.array into bytes, say): a summary that
        # would not come back as it went in is not cached.
        if summaries and marshal.loads(entry)["summaries"] != summaries:
            return
        if not write_atomically(self._path(key), entry):
            self.enabled = False  # disk full, folder removed under us: stop trying


def _diag_to_tuple(d: Diagnostic) -> tuple:
    return (d.line, d.col, d.code, d.message, d.severity, d.end_line, d.end_col, d.plugin,
            d.fix.to_data() if d.fix is not None else None)


def diagnostics_from(entry: dict, path: str) -> list:
    from prosecheck.fixes import Fix

    return [Diagnostic(path, *t[:8], fix=Fix.from_data(t[8])) for t in entry["diagnostics"]]


def fingerprint(*parts: Any) -> str:
    """A stable hash of plain data (dicts are sorted, so option order does not matter)."""
    return blake2b(repr(_stable(parts)).encode(), digest_size=16).hexdigest()


def _stable(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((str(k), _stable(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_stable(v) for v in value)
    if isinstance(value, (set, frozenset)):
        return tuple(sorted(repr(v) for v in value))
    return value
