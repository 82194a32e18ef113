"""Fingerprints of prose for finding repeats: an exact key and a MinHash signature per passage.

A passage is a list of normalised words (lower case, curly apostrophes made straight; punctuation
and white space are gone because only the words are kept). From it we derive:

* :func:`exact_key`: a 64-bit BLAKE2b digest of the words joined by single spaces. Equal keys mean
  the same words in the same order.
* :func:`shingles`: the hashes of its word 3-shingles (every run of three consecutive words, the
  passage padded with two boundary marks at each end so its first and last words count fully). Word
  hashes are CRC-32 of the UTF-8 word; a shingle's hash is Python's hash of the tuple of three word
  hashes. Both are deterministic: CRC-32 has no seed, and ``hash`` of a tuple of ints is not
  randomised (only ``str``/``bytes`` hashing is), so every worker process computes the same values.
* :func:`signature`: a 64-byte one-permutation MinHash signature (Li, Owen and Zhang 2012) with
  optimal densification (Shrivastava 2017): each shingle hash falls in one of ``BINS`` bins by its
  low 6 bits, a bin keeps its smallest hash, an empty bin borrows the value of the first non-empty
  bin in a fixed pseudo-random order of the other bins, and each bin stores 8 bits of its hash
  (b-bit minwise hashing, Li and König 2010). One hash per shingle and one sort per passage, instead
  of 64 hash functions per shingle, is what makes it cheap enough for a linter.
* :func:`band_keys`: the signature cut into ``BANDS`` bands of ``ROWS`` bins; each band is one
  32-bit integer. Two passages whose Jaccard similarity is ``s`` share at least one band with
  probability ``1 - (1 - s**4)**16``: 0.9998 at s = 0.8, 0.64 at s = 0.5, 0.12 at s = 0.3.
* :func:`estimate`: the Jaccard similarity two signatures imply: the share of equal bins, corrected
  for the 1/256 chance that two different 8-bit values agree.
"""

from __future__ import annotations

import random
from hashlib import blake2b
from operator import eq
from typing import Sequence
from zlib import crc32

#: Words per shingle.
SHINGLE = 3
#: Bins of the one-permutation MinHash; must be a power of two (the bin is the hash's low bits).
BINS = 64
_BIN_BITS = 6
_BIN_MASK = BINS - 1
_ALL_BINS = range(BINS)
BANDS = 16
ROWS = 4
SIGNATURE_BYTES = BINS  # one byte per bin
assert BANDS * ROWS == BINS and 1 << _BIN_BITS == BINS

# For each bin, the other bins in a fixed pseudo-random order: where an empty bin borrows from.
_rng = random.Random(0x5EED_B0B)
_DONORS: list[list[int]] = []
for _j in range(BINS):
    _order = [k for k in range(BINS) if k != _j]
    _rng.shuffle(_order)
    _DONORS.append(_order)
del _rng, _j, _order

#: Stands before the first and after the last word (no CRC-32 is this large).
_PAD = 1 << 32

# Word -> CRC-32, per process; cleared when it grows large so memory stays bounded.
_WORD_HASHES: dict[str, int] = {}
_WORD_CACHE_LIMIT = 200_000


def normalise(word: str) -> str:
    """The form two words must share to count as the same word."""
    return word.lower().replace("\u2019", "'")


def word_hashes(words: Sequence[str]) -> list[int]:
    """CRC-32 of each (already normalised) word."""
    cache = _WORD_HASHES
    if len(cache) > _WORD_CACHE_LIMIT:
        cache.clear()
    out = []
    for w in words:
        h = cache.get(w)
        if h is None:
            h = cache[w] = crc32(w.encode("utf-8"))
        out.append(h)
    return out


def exact_key(words: Sequence[str]) -> int:
    """64-bit key of the words in order: equal for passages that differ only in case, punctuation
    and white space."""
    digest = blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def shingles(hashes: Sequence[int]) -> list[int]:
    """Hashes of the word 3-shingles of a passage, padded with two boundary marks at each end.

    The padding makes a change of the first or last word cost three shingles, as a change anywhere
    else does: "Sets the value of ..." and "Returns the value of ..." are not near repeats.
    """
    padded = [_PAD, _PAD, *hashes, _PAD, _PAD]
    return list(map(hash, zip(padded, padded[1:], padded[2:])))


def signature(shingle_hashes: Sequence[int]) -> bytes:
    """The ``BINS``-byte one-permutation MinHash signature of a set of shingle hashes."""
    # Bin -> 8 bits of its smallest hash: going down the sorted hashes, the smallest is written last.
    own = {x & _BIN_MASK: (x >> _BIN_BITS) & 0xFF for x in sorted(set(shingle_hashes), reverse=True)}
    if len(own) == BINS:
        return bytes(map(own.__getitem__, _ALL_BINS))
    if not own:
        return bytes(BINS)
    has = own.__contains__
    return bytes([own[j] if has(j) else own[next(filter(has, _DONORS[j]))] for j in _ALL_BINS])


def band_keys(sig: bytes) -> list[int]:
    """One integer per band: bands that are equal give equal keys (band index included)."""
    return [(i << 32) | int.from_bytes(sig[i * ROWS : (i + 1) * ROWS], "little") for i in range(BANDS)]


def estimate(a: bytes, b: bytes) -> float:
    """Jaccard similarity implied by two signatures (0 to 1)."""
    share = sum(map(eq, a, b)) / BINS
    return max(0.0, (share - 1 / 256) / (1 - 1 / 256))


def jaccard(a: frozenset, b: frozenset) -> float:
    """Exact Jaccard similarity of two shingle sets."""
    if not a and not b:
        return 1.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)
