"""How often words are used in real writing: wordfreq's word lists, as Zipf values.

SP101 asks this of the few words it is about to report. A typing slip is rare next to the word it
was meant to be ("officals" is used about 2,000 times less than "officials"); a word the dictionary
merely lacks is about as common as its nearest dictionary word, or more ("quinoa" next to "quinol",
"onboard" next to "inboard"). The dictionary cannot tell these apart; usage can.

The lists come from the wordfreq package's data files (film subtitles, news, Wikipedia, books, web
text), read without importing wordfreq itself (its import pulls in tokenisers SP101 does not need).
The first run turns a list into a :class:`LookupTable` in the user cache; later runs open it in a
millisecond. Nothing is downloaded: the data ships inside the wordfreq package.
"""

from __future__ import annotations

import gzip
import importlib.util
import os
import zlib
from typing import Optional

from prosecheck.checks.datacache import LookupTable, cache_dir, replace_cached

#: Zipf value of a word wordfreq has never seen (its lists stop near 1.0: once per billion words).
UNSEEN = 0.0

_TABLES: dict[str, Optional[LookupTable]] = {}


def _data_file(language: str) -> Optional[str]:
    spec = importlib.util.find_spec("wordfreq")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for size in ("large", "small"):
            path = os.path.join(folder, "data", f"{size}_{language}.msgpack.gz")
            if os.path.isfile(path):
                return path
    return None


def _cached_path(language: str, source: str) -> str:
    # Named by the list's content, not its modification time: every virtualenv installs wordfreq
    # at another time, and a name by mtime made two environments on one machine rebuild and
    # replace each other's table (4.5 MB written) on every alternate run. A CRC-32 of the 1.5 MB
    # file costs about a millisecond.
    with open(source, "rb") as f:
        data = f.read()
    tag = f"{len(data)}-{zlib.crc32(data):08x}"
    return os.path.join(cache_dir(), f"usage-{language}-wordfreq-{tag}.v{LookupTable.FORMAT}.table")


def _build(source: str) -> LookupTable:
    """word -> centibels below 1 (wordfreq's cBpack: the list at index i holds words used with
    frequency 10 ** (-i / 100))."""
    import msgpack

    with gzip.open(source, "rb") as f:
        data = msgpack.load(f, raw=False)
    header = data[0]
    if not isinstance(header, dict) or header.get("format") != "cB":
        raise ValueError(f"{source}: not a wordfreq cBpack file")
    mapping: dict[str, int] = {}
    for centibels, words in enumerate(data[1:]):
        for word in words:
            mapping.setdefault(word, centibels)
    return LookupTable.from_dict(mapping)


def table(language: str) -> Optional[LookupTable]:
    """The usage table of ``language``, or None when wordfreq has no list for it."""
    if language in _TABLES:
        return _TABLES[language]
    found: Optional[LookupTable] = None
    source = _data_file(language)
    if source is not None:
        path = _cached_path(language, source)
        try:
            found = LookupTable.open(path)
        except (OSError, ValueError):
            try:
                found = _build(source)
            except Exception:  # msgpack missing, or a wordfreq whose data format changed
                found = None  # then SP101 works as without usage counts, rather than failing
            else:
                replace_cached(path, found.to_bytes(), f"usage-{language}-wordfreq-")
    _TABLES[language] = found
    return found


def zipf(words: Optional[LookupTable], word: str) -> float:
    """Zipf value of ``word`` (lower case): log10 of its uses per billion words; 3 is once per
    million words, 6 once per thousand. :data:`UNSEEN` when the list lacks it."""
    if words is None:
        return UNSEEN
    centibels = words.get(word)
    return UNSEEN if centibels is None else 9.0 - centibels / 100.0
