"""Word lists shipped with the package, and matching them against a document's word tokens.

A list is a data file in ``prosecheck/checks/data/``: one entry a line, ``entry<TAB>category``
(a third, optional column carries a note a check may use in its message); a line that starts
with ``#`` is a comment.
An entry is one word or several separated by spaces; a hyphenated entry (``world-class``) matches
only itself (the spaced form, ``world class``, is a separate entry where it should match).

Matching never builds a regular expression out of a list: a :class:`PhraseMatcher` keeps a dict
from an entry's first word to the entries that start with it, longest first, so each word of a
sentence costs one dict lookup.
"""

from __future__ import annotations

import weakref
from functools import lru_cache
from typing import Iterable, Iterator, Optional, Sequence

from prosecheck.checks.packaged import read_text
from prosecheck.prose_words import WordSpan
from prosecheck.sentences import WORD_RE


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-"})


def norm(word: str) -> str:
    """A word as lists hold it: lower case, straight apostrophes, plain hyphens."""
    word = word.lower()
    if word.isascii():
        return word
    return word.translate(_APOSTROPHES)


def without_possessive(word: str) -> str:
    """A word without its possessive ending: "Dre's" -> "Dre", "critic's" -> "critic"."""
    for tail in ("'s", "\u2019s"):
        if word.endswith(tail):
            return word[: -len(tail)]
    return word


def norm_words(words) -> list:
    """``[norm(w.text) for w in words]``.

    A sentence's words (a WordSpan) are read from their document's vocabulary normalised once
    (:func:`_norm_vocabulary`): one list look-up per word, where lower-casing and translating
    each sentence's text again cost about a tenth of the language checks' instructions (issue
    11/14, fourteenth session). Other sequences of words are lower-cased and translated in one
    piece: a word never holds NUL (the Document replaces it), so the texts joined by NUL split
    back into the same words; NUL is not a letter, so lower-casing a word in the joined text sees
    the same neighbours as lower-casing it alone (final sigma included).
    """
    if words.__class__ is WordSpan:
        table = words.table
        norms = _norm_vocabulary(table)
        return [norms[i] for i in table.text_ids[words.start : words.stop]]
    texts = [w.text for w in words]
    joined = "\0".join(texts).lower()
    if not joined.isascii():
        joined = joined.translate(_APOSTROPHES)
    return joined.split("\0") if words else []


# The last document's words (a weak reference to its prose_words.Words) and norm() of each entry
# of its vocabulary: both checks read one document after the other, so one entry is enough.
_last_norms: tuple = (None, None)


def _norm_vocabulary(table) -> list:
    """norm() of each entry of ``table.vocabulary``, index for index, computed once per document
    from ``table.lower_vocabulary`` (which the trigger search has made already): only the texts
    that hold a character of _APOSTROPHES are translated, found by a search in C."""
    global _last_norms
    ref, norms = _last_norms
    if ref is not None and ref() is table:
        return norms
    norms = table.lower_vocabulary
    joined = "\0".join(norms)
    if not joined.isascii():
        positions = []
        for c in _APOSTROPHE_CHARS:
            at = joined.find(c)
            while at >= 0:
                positions.append(at)
                at = joined.find(c, at + 1)
        if positions:
            positions.sort()
            norms = list(norms)
            index = pos = 0
            for at in positions:
                index += joined.count("\0", pos, at)  # the NULs before it: its text's index
                pos = at
                norms[index] = norms[index].translate(_APOSTROPHES)
    _last_norms = (weakref.ref(table), norms)
    return norms


_APOSTROPHE_CHARS = "\u2019\u2018\u2010\u2011"


def with_variants(words) -> frozenset:
    """``words`` plus their curly-apostrophe spellings: a set to test raw lower-cased words."""
    out = set(words)
    out.update(w.replace("'", "\u2019") for w in words if "'" in w)
    return frozenset(out)


@lru_cache(maxsize=None)
def load(name: str) -> tuple[tuple[str, str, str], ...]:
    """``(entry, category, note)`` for every line of ``data/<name>`` (read once per process)."""
    text = read_text(name)
    out = []
    for raw in text.splitlines():
        if raw[:1] == "#":
            continue  # a comment, or a rule's example (checks/rule_examples.py): one cheap test
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("\t")]
        entry = " ".join(parts[0].split())
        category = parts[1] if len(parts) > 1 and parts[1] else ""
        note = parts[2] if len(parts) > 2 else ""
        out.append((norm(entry), category, note))
    return tuple(out)


def by_category(entries: Iterable[tuple[str, str, str]]) -> dict[str, set[str]]:
    """``{category: {entry, ...}}``."""
    out: dict[str, set[str]] = {}
    for entry, category, _ in entries:
        out.setdefault(category, set()).add(entry)
    return out


def parse_user_terms(terms: Sequence[str], default_category: str, allowed: Iterable[str]) -> list:
    """``extend_terms`` items, ``"phrase"`` or ``"phrase:category"``, as ``(entry, category, "")``.

    An unknown category is an error, said in words: ``ValueError`` names the item and the choices.
    """
    allowed = set(allowed)
    out = []
    for item in terms:
        phrase, sep, category = item.rpartition(":")
        if not sep:
            phrase, category = item, default_category
        category = category.strip() or default_category
        if category not in allowed:
            raise ValueError(
                f"extend_terms item {item!r}: category {category!r} is not one of {sorted(allowed)}"
            )
        phrase = " ".join(norm(phrase).split())
        if phrase:
            out.append((phrase, category, ""))
    return out


def user_terms_problem(terms: Sequence[str], default_category: str = "", allowed: Iterable[str] = ()) -> Optional[str]:
    """What is wrong with a list of user terms, in a writer's words, or None; for ``Option.validate``.

    With ``allowed``, items may carry a category (``extend_terms``); an unknown one is named with
    the choices. Every word of a term must be one word as prosecheck reads prose: a term is matched
    word by word, so ``"sota™"`` (the ``™`` is not part of any word) or ``"C++"`` could never match
    and would do nothing, silently.
    """
    for item in terms:
        if allowed:
            try:
                parsed = parse_user_terms([item], default_category, allowed)
            except ValueError as exc:
                return str(exc).replace("extend_terms item", "item", 1)
            phrase = parsed[0][0] if parsed else ""
        else:
            phrase = " ".join(norm(item).split())
        for token in phrase.split():
            if WORD_RE.fullmatch(token):
                continue
            words = WORD_RE.findall(token)
            read = (" reads as " + " ".join(f'"{w}"' for w in words)) if words else " holds no word"
            return (f'item "{item}": "{token}"{read} in prose (a term is matched word by word, '
                    f"and only letters, digits and the joiners - ' . / @ inside a word are part of it), "
                    "so it could never be found; write the term as it reads in words")
    return None


class PhraseMatcher:
    """Finds entries (single words or phrases) in a sequence of normalised words."""

    def __init__(self, entries: Iterable[tuple[str, str, str]], ignore: Iterable[str] = ()):
        ignored = {" ".join(norm(t).split()) for t in ignore}
        table: dict[str, list[tuple[tuple[str, ...], str, str, str]]] = {}
        for entry, category, note in entries:
            if entry in ignored:
                continue
            tokens = tuple(entry.split())
            if tokens:
                table.setdefault(tokens[0], []).append((tokens, category, note, entry))
        for options in table.values():
            options.sort(key=lambda t: -len(t[0]))
        self.table = table
        # The same, for match_at: per first word, ``(length, match)`` longest first, where match
        # is the answer for a one-word entry and a dict from the entry's words to the answer for
        # a longer one (the first entry listed wins, as in ``table``): one slice per length.
        lengths: dict[str, list] = {}
        for first, options in table.items():
            out: list = []
            for tokens, category, note, entry in options:
                k = len(tokens)
                if out and out[-1][0] == k:
                    if k > 1:
                        out[-1][1].setdefault(tokens, (k, category, note, entry))
                    continue
                out.append((k, (k, category, note, entry) if k == 1 else {tokens: (k, category, note, entry)}))
            lengths[first] = out
        self._lengths = lengths
        # What a caller may test before calling match_at, which finds nothing unless the word
        # starts a one-word entry (``singles``) or the next word is the second word of one of
        # its longer entries (``seconds[first]``): most first words ("the", "a", "is") start
        # only phrases, and a scan calls match_at for each of them otherwise (3% found one).
        self.singles = frozenset(f for f, options in table.items() if any(len(t[0]) == 1 for t in options))
        self.seconds = {f: frozenset(t[0][1] for t in options if len(t[0]) > 1) for f, options in table.items()}

    def __contains__(self, word: str) -> bool:
        return word in self.table

    def match_at(self, words: Sequence[str], i: int, stop: Optional[int] = None) -> Optional[tuple[int, str, str, str]]:
        """The longest entry starting at ``words[i]``: ``(length, category, note, entry)``; with
        ``stop``, one that ends by ``words[stop - 1]`` (as in ``words[:stop]``, not copied)."""
        lengths = self._lengths.get(words[i])
        if not lengths:
            return None
        n = len(words) if stop is None else min(stop, len(words))
        for k, match in lengths:
            if k == 1:
                return match
            if i + k <= n:
                found = match.get(tuple(words[i : i + k]))
                if found is not None:
                    return found
        return None

    def finditer(self, words: Sequence[str]) -> Iterator[tuple[int, int, str, str, str]]:
        """``(start, length, category, note, entry)`` for each longest, non-overlapping match."""
        i, n = 0, len(words)
        table = self.table
        while i < n:
            if words[i] in table:
                m = self.match_at(words, i)
                if m:
                    yield (i, m[0], m[1], m[2], m[3])
                    i += m[0]
                    continue
            i += 1
