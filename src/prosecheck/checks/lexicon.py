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

import re
from functools import lru_cache
from typing import Iterable, Iterator, Optional, Sequence
from weakref import WeakKeyDictionary

from prosecheck.checks.packaged import read_text
from prosecheck.sentences import WORD_RE


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-"})


def norm(word: str) -> str:
    """A word as lists hold it: lower case, straight apostrophes, plain hyphens."""
    word = word.lower()
    if word.isascii():
        return word
    return word.translate(_APOSTROPHES)


def norm_words(words) -> list:
    """``[norm(w.text) for w in words]``, lower-cased and translated in one piece.

    A word never holds NUL (the Document replaces it), so the texts joined by NUL split back
    into the same words; NUL is not a letter, so lower-casing a word in the joined text sees the
    same neighbours as lower-casing it alone (final sigma included).
    """
    joined = "\0".join([w.text for w in words]).lower()
    if not joined.isascii():
        joined = joined.translate(_APOSTROPHES)
    return joined.split("\0") if words else []


def with_variants(words) -> frozenset:
    """``words`` plus their curly-apostrophe spellings: a set to test raw lower-cased words."""
    out = set(words)
    out.update(w.replace("'", "\u2019") for w in words if "'" in w)
    return frozenset(out)


def flagged_sentences(doc, triggers: frozenset) -> list:
    """The sentences holding at least one token (lower-cased) in ``triggers``, in order.

    A token is a run of characters that are neither white space nor punctuation, taken from the
    block's prose (see :func:`_tokens`); a block with one sentence is tested whole. The work is
    done once per document and shared by every check that asks (hedging and superlatives both
    do): see :func:`_trigger_blocks`.
    """
    hits = []
    isdisjoint = triggers.isdisjoint
    for block_hits, group, per_sentence in _trigger_blocks(doc, triggers):
        if isdisjoint(block_hits):
            continue
        if per_sentence is None:
            hits.append(group[0])
        else:
            hits.extend(s for s, words in zip(group, per_sentence) if not isdisjoint(words))
    return hits


# Runs of characters that are neither white space nor punctuation (apostrophes and hyphens stay:
# they join words, as in WORD_RE). One findall is about twice as fast as translating the
# punctuation to spaces and splitting, with the same tokens.
_PUNCTUATION = '.,;:!?()[]{}<>"*_`~=+|/\\#$%^&@\u201c\u201d\u2018\u2014\u2013\u2026\ufffc\u00a0'
_TOKEN_RE = re.compile("[^\\s" + re.escape(_PUNCTUATION) + "]+")
# Inside a word (WORD_RE) the characters that end a token: the word "0.1.3" holds the token "1".
_SPLITS_A_WORD = frozenset("_./@,")


def _tokens(text: str, start: int = 0, end: Optional[int] = None) -> list:
    """Lower-cased words of ``text[start:end]``: a fast, approximate WORD_RE for set tests."""
    return _TOKEN_RE.findall(text, start, len(text) if end is None else end)


# Every trigger a check has asked about in this process: a document is searched once for all of
# them (the second check to ask, on the first document only, has it searched again); and whether
# each of them that a token can equal is word-shaped (see _candidate_blocks).
_known_triggers: frozenset = frozenset()
_all_word_shaped = True
# id -> trigger set, for the sets already in _known_triggers: a check passes the same set for
# every document, and testing 3,600 triggers for inclusion per document is dearer than the rest.
_registered: dict = {}
# Document -> (the triggers it was searched for, [(the block's trigger tokens, its sentences,
# each sentence's trigger tokens or None for a block of one sentence), ...]), for the blocks
# that hold a trigger only.
_TRIGGER_BLOCKS: "WeakKeyDictionary" = WeakKeyDictionary()


def _register(triggers: frozenset) -> None:
    global _known_triggers, _all_word_shaped
    if _registered.get(id(triggers)) is triggers:
        return
    if not triggers <= _known_triggers:
        _known_triggers = _known_triggers | triggers
        _all_word_shaped = _all_word_shaped and not any(
            _TOKEN_RE.fullmatch(t) and not WORD_RE.fullmatch(t) for t in triggers
        )
    _registered[id(triggers)] = triggers


def _trigger_blocks(doc, triggers: frozenset) -> list:
    _register(triggers)
    known = _known_triggers
    found = _TRIGGER_BLOCKS.get(doc)
    if found is not None and (found[0] is known or triggers <= found[0]):
        return found[1]
    out = []
    sentences = doc.sentences
    n = len(sentences)
    chosen = _candidate_blocks(doc, known)
    j = 0  # the first sentence of the block at hand: a block's sentences follow one another
    for block in doc.blocks:
        if j >= n:
            break
        if sentences[j].block is not block:
            continue  # a block without a sentence
        k = j + 1
        while k < n and sentences[k].block is block:
            k += 1
        first, j = j, k
        if id(block) not in chosen and "[" not in block.prose:
            continue
        group = sentences[first:k]
        prose = block.prose.lower()
        # Tuples, not sets: an empty one is shared, and most sentences of a block hold none.
        block_hits = tuple(known.intersection(_tokens(prose)))
        if not block_hits:
            continue
        per_sentence = None
        if len(group) > 1:
            per_sentence = [tuple(known.intersection(_tokens(prose, s.start, s.end))) for s in group]
        out.append((block_hits, group, per_sentence))
    _TRIGGER_BLOCKS[doc] = (known, out)
    return out


def _candidate_blocks(doc, known: frozenset):
    """The ids of the blocks that may hold a token in ``known``; only a block whose prose holds
    a ``[`` may hold one and not be among them (see below).

    Tokenising every block's prose is the dear part (a string per word of the document), so the
    Document's words, which share one string per distinct text, are asked first: a token that is
    a trigger is word-shaped (letters and digits joined by apostrophes or hyphens), so it lies
    inside a word, and is one of that word's own tokens. A citation marker ("[1]") is the one
    token the Document makes no word of. When a trigger is not word-shaped every block is taken.
    """
    if not _all_word_shaped:
        return _EVERY_BLOCK
    texts = set()
    for text in {w.text for w in doc.words}:
        low = text.lower()
        if low in known or (
            not _SPLITS_A_WORD.isdisjoint(low) and not known.isdisjoint(_TOKEN_RE.findall(low))
        ):
            texts.add(text)
    return {id(w.block) for w in doc.words if w.text in texts}


class _Every:
    def __contains__(self, item) -> bool:
        return True


_EVERY_BLOCK = _Every()


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

    def __contains__(self, word: str) -> bool:
        return word in self.table

    def match_at(self, words: Sequence[str], i: int) -> Optional[tuple[int, str, str, str]]:
        """The longest entry starting at ``words[i]``: ``(length, category, note, entry)``."""
        lengths = self._lengths.get(words[i])
        if not lengths:
            return None
        n = len(words)
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
