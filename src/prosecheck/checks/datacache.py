"""Derived data kept between runs (syllable counts, spelling dictionaries) in the user's cache.

Built once from what the installed packages ship, then loaded in a few milliseconds. Written to a
temporary file and renamed, so readers see the old file, no file, or the whole new one.
"""

from __future__ import annotations

import marshal
import os
import sys
from array import array

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
    """A read-only ``str -> int`` mapping that loads in milliseconds.

    Its sorted keys sit in one string, their offsets and values in two arrays: loading it creates
    three objects, where a dict of 160,000 words takes 50 to 150 ms to rebuild. Lookups are binary
    searches, which is what a one-file pre-commit run needs; once a run has made enough lookups
    that a dict would pay for itself, the table builds one and uses it from then on.
    """

    #: A lookup by binary search costs about 5 us, building the dict 20 to 30 ms: it pays for
    #: itself after some 5,000 lookups (a 30 KB document; a one-file run makes a few hundred).
    DICT_AFTER = 5_000

    def __init__(self, joined: str, offsets: "array", values: "array") -> None:
        self._joined = joined
        self._offsets = offsets  # len(keys) + 1 entries: key i is joined[offsets[i]:offsets[i+1]-1]
        self._values = values
        self._dict: "dict | None" = None
        self._lookups = 0

    #: Bumped when the bytes change; part of the cache files' names.
    FORMAT = 2

    @classmethod
    def from_dict(cls, mapping: dict) -> "LookupTable":
        keys = sorted(k for k in mapping if "\n" not in k)
        offsets = [0]
        total = 0
        for k in keys:
            total += len(k) + 1
            offsets.append(total)
        raw = [int(mapping[k]) for k in keys]
        # The smallest item sizes that hold the numbers: fewer bytes to read at every start.
        values = array(_typecode(raw, ("b", "h", "i", "q")), raw)
        return cls("".join(k + "\n" for k in keys), array(_typecode(offsets, ("I", "Q")), offsets), values)

    def to_bytes(self) -> bytes:
        return marshal.dumps((self._joined, self._offsets.typecode, self._offsets.tobytes(),
                              self._values.typecode, self._values.tobytes()))

    @classmethod
    def from_bytes(cls, data: bytes) -> "LookupTable":
        joined, offsets_type, offsets_b, values_type, values_b = marshal.loads(data)
        offsets, values = array(offsets_type), array(values_type)
        offsets.frombytes(offsets_b)
        values.frombytes(values_b)
        if not isinstance(joined, str) or len(offsets) != len(values) + 1:
            raise ValueError("not a lookup table")
        return cls(joined, offsets, values)

    def _find(self, key: str) -> int:
        joined, offsets = self._joined, self._offsets
        lo, hi = 0, len(self._values)
        while lo < hi:
            mid = (lo + hi) // 2
            if joined[offsets[mid] : offsets[mid + 1] - 1] < key:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self._values) and joined[offsets[lo] : offsets[lo + 1] - 1] == key:
            return lo
        return -1

    def as_dict(self) -> dict:
        if self._dict is None:
            self._dict = dict(zip(self._joined.split("\n"), self._values))
        return self._dict

    def get(self, key: str, default=None):
        if self._dict is not None:
            return self._dict.get(key, default)
        self._lookups += 1
        if self._lookups > self.DICT_AFTER:
            return self.as_dict().get(key, default)
        i = self._find(key)
        return self._values[i] if i >= 0 else default

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def __getitem__(self, key: str) -> int:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __len__(self) -> int:
        return len(self._values)

    def present(self, candidates) -> set:
        """The candidates that are keys (a set intersection, at C speed once a dict exists)."""
        if self._dict is None and len(candidates) * 4 + self._lookups > self.DICT_AFTER:
            self.as_dict()
        if self._dict is not None:
            return self._dict.keys() & candidates
        self._lookups += len(candidates)
        return {c for c in candidates if self._find(c) >= 0}


def _typecode(numbers: list, candidates: tuple) -> str:
    low, high = (min(numbers), max(numbers)) if numbers else (0, 0)
    for code in candidates:
        bits = array(code).itemsize * 8
        lo, hi = (0, 2 ** bits - 1) if code.isupper() else (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1)
        if lo <= low and high <= hi:
            return code
    return candidates[-1]
