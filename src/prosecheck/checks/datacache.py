"""Derived data kept between runs (syllable counts, spelling dictionaries) in the user's cache.

Built once from what the installed packages ship, then loaded in a few milliseconds. Written to a
temporary file and renamed, so readers see the old file, no file, or the whole new one.
"""

from __future__ import annotations

import os
import sys
from array import array
from bisect import bisect_left

from prosecheck.atomicfile import write_atomically


def cache_dir() -> str:
    """``$XDG_CACHE_HOME/prosecheck`` (``~/.cache/prosecheck``; ``%LOCALAPPDATA%`` on Windows)."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        if sys.platform == "win32":
            base = os.environ.get("LOCALAPPDATA") or os.path.join(os.path.expanduser("~"), "AppData", "Local")
        else:
            base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "prosecheck")


def replace_cached(path: str, data: bytes, prefix: str) -> bool:
    """Write ``data`` to ``path`` atomically, then delete the other files of the cache folder whose
    names start with ``prefix`` (tables of older versions), so the cache does not grow."""
    if not write_atomically(path, data):
        return False
    folder, name = os.path.split(path)
    try:
        for other in os.listdir(folder):
            if other.startswith(prefix) and other != name and not other.endswith(".tmp"):
                os.unlink(os.path.join(folder, other))
    except OSError:  # another run removed it first, or the folder is read-only: harmless
        pass
    return True


class LookupTable:
    """A read-only ``str -> int`` mapping that opens in a fraction of a millisecond.

    The file is memory-mapped, not read: its sorted keys (UTF-8, one after another) and two arrays
    of their offsets and values are used where they lie, so opening a table of 160,000 words costs
    what opening a file costs, where rebuilding a dict of them takes 50 to 150 ms and even reading
    them into memory 5. Lookups are binary searches, which is what a one-file pre-commit run needs;
    once a run has made enough lookups that a dict would pay for itself, the table builds one and
    uses it from then on. ``extra`` carries a short text alongside (the spelling alphabet).

    A pooled run builds, before its workers fork, what its look-ups need and no more (the parent
    does it alone while the other core waits, so it is the run's wall): :meth:`sorted_keys`, a
    list that ``bisect`` searches in C (a fifth of what the dict costs to build: no hashing, no
    table), and for a table that is mostly asked whether a word is in it, :meth:`key_set`.

    Layout (native byte order: the file lives in this machine's cache): a 32-byte header (magic,
    format, the two arrays' type codes, the count of keys, the sizes of the keys and of ``extra``),
    the offsets (count + 1), the values (count), each padded to 8 bytes, the keys, ``extra``.
    """

    #: A lookup by binary search costs about 5 us, building the dict 20 to 30 ms: it pays for
    #: itself after some 5,000 lookups (a 30 KB document; a one-file run makes a few hundred).
    DICT_AFTER = 5_000
    #: Bumped when the bytes change; part of the cache files' names.
    FORMAT = 3
    _HEADER = "=4sBccxQQQ"
    _MAGIC = b"PCLT"

    def __init__(self, buffer) -> None:
        import struct

        try:
            magic, fmt, off_code, val_code, count, keys_size, extra_size = struct.unpack_from(self._HEADER, buffer, 0)
        except struct.error:
            raise ValueError("not a lookup table") from None
        if magic != self._MAGIC or fmt != self.FORMAT:
            raise ValueError("not a lookup table of this format")
        try:
            sizes = [(code, array(code).itemsize * n) for code, n in
                     ((off_code.decode(), count + 1), (val_code.decode(), count))]
        except (ValueError, UnicodeDecodeError):
            raise ValueError("not a lookup table") from None
        at = struct.calcsize(self._HEADER)
        if at + sum(_padded(size) for _, size in sizes) + keys_size + extra_size > len(buffer):
            raise ValueError("truncated lookup table")
        view = memoryview(buffer)
        arrays = []
        for code, size in sizes:
            arrays.append(view[at : at + size].cast(code))
            at += _padded(size)
        self._buffer = buffer
        self._offsets, self._values = arrays  # key i: buffer[base + offsets[i] : base + offsets[i + 1] - 1]
        self._base = at
        self._keys_size = keys_size
        self.extra = bytes(buffer[at + keys_size : at + keys_size + extra_size]).decode("utf-8")
        self._dict: "dict | None" = None
        self._keys: "list | None" = None  # sorted_keys()
        self._set: "frozenset | None" = None  # key_set()
        self._lookups = 0

    @classmethod
    def from_dict(cls, mapping: dict, extra: str = "") -> "LookupTable":
        return cls(cls.encode(mapping, extra))

    @classmethod
    def encode(cls, mapping: dict, extra: str = "") -> bytes:
        """The bytes of a table holding ``mapping`` (keys without a newline)."""
        import struct

        items = sorted((k.encode("utf-8"), int(v)) for k, v in mapping.items() if "\n" not in k)
        offsets = [0]
        for key, _ in items:
            offsets.append(offsets[-1] + len(key) + 1)
        raw = [v for _, v in items]
        # The smallest item sizes that hold the numbers: fewer bytes in the file.
        off = array(_typecode(offsets, ("I", "Q")), offsets)
        val = array(_typecode(raw, ("b", "h", "i", "q")), raw)
        keys = b"".join(key + b"\n" for key, _ in items)
        extra_b = extra.encode("utf-8")
        header = struct.pack(cls._HEADER, cls._MAGIC, cls.FORMAT, off.typecode.encode(), val.typecode.encode(),
                             len(items), len(keys), len(extra_b))
        parts = [header]
        for arr in (off, val):
            data = arr.tobytes()
            parts.append(data + bytes(_padded(len(data)) - len(data)))
        parts += [keys, extra_b]
        return b"".join(parts)

    def to_bytes(self) -> bytes:
        return bytes(self._buffer)

    @classmethod
    def from_bytes(cls, data: bytes) -> "LookupTable":
        return cls(data)

    @classmethod
    def open(cls, path: str) -> "LookupTable":
        """The table in the file at ``path``, memory-mapped (``OSError``, ``ValueError``)."""
        import mmap

        with open(path, "rb") as f:
            try:
                data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)  # outlives the descriptor
            except (OSError, ValueError):  # an empty file, or a file system that cannot map
                data = f.read()
        return cls(data)

    def _find(self, key: str) -> int:
        buffer, offsets, base = self._buffer, self._offsets, self._base
        want = key.encode("utf-8", "surrogatepass")
        lo, hi = 0, len(self._values)
        while lo < hi:
            mid = (lo + hi) // 2
            if buffer[base + offsets[mid] : base + offsets[mid + 1] - 1] < want:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self._values) and buffer[base + offsets[lo] : base + offsets[lo + 1] - 1] == want:
            return lo
        return -1

    def as_dict(self) -> dict:
        if self._dict is None:
            keys = bytes(self._buffer[self._base : self._base + self._keys_size]).decode("utf-8")
            self._dict = dict(zip(keys.split("\n"), self._values.tolist()))
        return self._dict

    def sorted_keys(self) -> list:
        """The keys as a sorted list of str, built once; from then on a look-up is a ``bisect``
        in C (about a microsecond) and the table never builds its dict. The keys are sorted by
        their UTF-8 bytes, which is code point order: the order of Python's ``str``."""
        if self._keys is None:
            keys = bytes(self._buffer[self._base : self._base + self._keys_size]).decode("utf-8")
            self._keys = keys[:-1].split("\n") if keys else []  # each key ends with a newline
        return self._keys

    def key_set(self) -> frozenset:
        """The keys as a frozenset (with :meth:`sorted_keys`), built once: membership and
        :meth:`present` at C speed, values by ``bisect``. Cheaper to build than the dict (no
        values, a plain hash table: 35 against 55 ms for the 160,000 words of the spelling list)."""
        if self._set is None:
            self._set = frozenset(self.sorted_keys())
        return self._set

    def built_key_set(self) -> "frozenset | None":
        """:meth:`key_set` when it has been built, else None (nothing is built here)."""
        return self._set

    def get(self, key: str, default=None):
        if self._dict is not None:
            return self._dict.get(key, default)
        keys = self._keys
        if keys is not None:
            if self._set is not None and key not in self._set:
                return default
            i = bisect_left(keys, key)
            return self._values[i] if i < len(keys) and keys[i] == key else default
        self._lookups += 1
        if self._lookups > self.DICT_AFTER:
            return self.as_dict().get(key, default)
        i = self._find(key)
        return self._values[i] if i >= 0 else default

    def has_dict(self) -> bool:
        return self._dict is not None

    def fast_get(self):
        """``get`` as the dict's own method once the table has built its dict (a call in C, no
        Python frame per look-up), else ``get``."""
        return self._dict.get if self._dict is not None else self.get

    def __contains__(self, key: str) -> bool:
        if self._set is not None:
            return key in self._set
        return self.get(key) is not None

    def __getitem__(self, key: str) -> int:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __len__(self) -> int:
        return len(self._values)

    def present(self, candidates) -> set:
        """The candidates that are keys (a set intersection, at C speed once a dict or a key set
        exists)."""
        if self._dict is None and self._set is not None:
            return set(self._set.intersection(candidates))  # the few hits copied, not the candidates
        if self._dict is None and self._keys is not None:
            return {c for c in candidates if self.get(c) is not None}
        if self._dict is None and len(candidates) * 4 + self._lookups > self.DICT_AFTER:
            self.as_dict()
        if self._dict is not None:
            return self._dict.keys() & candidates
        self._lookups += len(candidates)
        return {c for c in candidates if self._find(c) >= 0}


def _padded(size: int) -> int:
    return (size + 7) // 8 * 8


def _typecode(numbers: list, candidates: tuple) -> str:
    low, high = (min(numbers), max(numbers)) if numbers else (0, 0)
    for code in candidates:
        bits = array(code).itemsize * 8
        lo, hi = (0, 2 ** bits - 1) if code.isupper() else (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1)
        if lo <= low and high <= hi:
            return code
    return candidates[-1]
