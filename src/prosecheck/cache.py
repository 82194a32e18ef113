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

The cache folder lives in the repository by default, and the repository is untrusted input
(docs/security.md): a pull request can commit or swap entries. So every entry carries a keyed
BLAKE2b MAC of its name and contents, keyed by a secret created once in the user's own cache
folder (``~/.cache/prosecheck/result-cache.key``), never in the repository: an entry someone else
wrote, rewrote or renamed fails the check and is ignored, as is one that does not parse. No
symbolic link is followed: not the cache folder, nor a sub-folder, nor an entry. Entries not used
for ``MAX_AGE_DAYS`` go, and the oldest go when the folder grows past ``MAX_BYTES``
(:meth:`Cache.prune`, at most once a day).
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

FORMAT = 3  # bump when the entry layout changes
MAC_SIZE = 32
KEY_NAME = "result-cache.key"
MAX_AGE_DAYS = 30
MAX_BYTES = 512 * 1024 * 1024
PRUNE_EVERY = 24 * 3600  # seconds
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def user_key() -> Optional[bytes]:
    """The secret that authenticates entries, from the user's cache folder (made on first use)."""
    from prosecheck.checks.datacache import cache_dir

    path = os.path.join(cache_dir(), KEY_NAME)
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
        with open(fd, "rb") as f:
            key = f.read(64)
        if len(key) == 32:
            return key
    except OSError:
        pass
    key = os.urandom(32)
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, temp = create_temporary(os.path.dirname(path))  # mode 0600
        with os.fdopen(fd, "wb") as f:
            f.write(key)
        try:
            os.link(temp, path)  # never replaces a key another run made a moment ago
        except FileExistsError:
            os.unlink(temp)
            return user_key()
        os.unlink(temp)
    except OSError:
        return None
    return key


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
    key_secret: bytes = b""

    @classmethod
    def open(cls, folder: str, fingerprint: str, root: Optional[str] = None) -> "Cache":
        """The cache in ``folder``; ``root``: the project, inside which no link may be followed."""
        cache = cls(folder, fingerprint)

        def off(reason: str) -> "Cache":
            from prosecheck.escaping import clean_message

            sys.stderr.write(clean_message(f"prosecheck: warning: the cache is off: {reason}") + "\n")
            cache.enabled = False
            return cache

        link = _linked_component(folder, root)
        if link is not None:
            return off(f"{link} is a symbolic link, and prosecheck does not write through links it "
                       f"did not make; remove it, or pass --cache-dir")
        secret = user_key()
        if secret is None:
            return off("cannot keep its key in the user cache folder (see docs/security.md)")
        cache.key_secret = secret
        try:
            os.makedirs(folder, exist_ok=True)
            # Backup tools skip folders with this tag (https://bford.info/cachedir/).
            _create(os.path.join(folder, "CACHEDIR.TAG"),
                    b"Signature: 8a477f597d28d172789f06886806bc55\n# prosecheck cache\n")
            _create(os.path.join(folder, ".gitignore"), b"*\n")
            fd, probe = create_temporary(folder)
            os.close(fd)
            os.unlink(probe)
        except OSError as exc:
            return off(f"cannot write to {folder} ({exc.strerror or exc})")
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

    def _mac(self, key: str, payload: bytes) -> bytes:
        h = blake2b(digest_size=MAC_SIZE, key=self.key_secret)
        h.update(key.encode("ascii"))
        h.update(payload)
        return h.digest()

    def get(self, key: str) -> Optional[dict]:
        """The entry, or None when there is none or it is stale, foreign, tampered with or torn."""
        if not self.enabled:
            return None
        try:
            fd = os.open(self._path(key), os.O_RDONLY | _NOFOLLOW | getattr(os, "O_BINARY", 0))
            with open(fd, "rb") as f:
                data = f.read()  # load(f) reads in small pieces: slower
        except OSError:
            return None
        if len(data) <= MAC_SIZE or data[:MAC_SIZE] != self._mac(key, data[MAC_SIZE:]):
            return None
        try:
            entry = marshal.loads(data[MAC_SIZE:])
            if not isinstance(entry, dict) or entry.get("format") != FORMAT:
                return None
            for path, signature in entry.get("dependencies", ()):
                if _stat_signature(path) != tuple(signature):
                    return None
        except Exception:  # well-signed but not ours after all (an older layout): a miss
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
        path = self._path(key)
        sub = os.path.dirname(path)
        if os.path.islink(sub):  # a committed link would send the write elsewhere
            return
        if not write_atomically(path, self._mac(key, entry) + entry):
            self.enabled = False  # disk full, folder removed under us: stop trying

    def prune(self, max_age_days: float = MAX_AGE_DAYS, max_bytes: int = MAX_BYTES,
              every: float = PRUNE_EVERY) -> int:
        """Delete entries unused for ``max_age_days``, then the oldest past ``max_bytes``.

        Runs at most once per ``every`` seconds (a stamp file's time says when it last ran), so
        a run pays one ``stat`` for it. Returns the number of entries deleted.
        """
        if not self.enabled:
            return 0
        import time

        stamp = os.path.join(self.folder, "last-prune")
        now = time.time()
        try:
            if now - os.stat(stamp).st_mtime < every:
                return 0
        except OSError:
            pass
        try:
            _create(stamp, b"")
            os.utime(stamp, follow_symlinks=False)
        except (OSError, NotImplementedError):
            return 0
        found = []
        for sub in _scandir(self.folder):
            if len(sub.name) != 2 or not sub.is_dir(follow_symlinks=False):
                continue
            for e in _scandir(sub.path):
                if e.name.endswith(".entry") and e.is_file(follow_symlinks=False):
                    st = e.stat(follow_symlinks=False)
                    found.append((max(st.st_atime, st.st_mtime), st.st_size, e.path))
        found.sort(reverse=True)  # newest first
        total, deleted = 0, 0
        for used, size, path in found:
            total += size
            if now - used > max_age_days * 86400 or total > max_bytes:
                try:
                    os.unlink(path)
                    deleted += 1
                except OSError:
                    pass
        return deleted


def _scandir(folder: str) -> list:
    try:
        with os.scandir(folder) as it:
            return list(it)
    except OSError:
        return []


def _create(path: str, data: bytes) -> None:
    """Write a new file; an existing one (or a link, dangling or not) is left as it is, unfollowed."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
    except FileExistsError:
        return
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def _linked_component(folder: str, root: Optional[str]) -> Optional[str]:
    """The first symbolic link on the way from ``root`` down to ``folder`` (the folder included)."""
    folder = os.path.abspath(folder)
    base = os.path.abspath(root) if root else os.path.dirname(folder)
    rel = os.path.relpath(folder, base)
    if rel.startswith(".."):
        base, rel = os.path.dirname(folder), os.path.basename(folder)
    path = base
    for part in rel.split(os.sep):
        if part in ("", "."):
            continue
        path = os.path.join(path, part)
        if os.path.islink(path):
            return path
    return None


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
