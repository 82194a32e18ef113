"""Which sentences of a document the language checks scan: those holding a trigger word.

Hedging and superlatives each pass a set of trigger words (lower-cased); a sentence is scanned
when a token of its prose is one of them. The search is made once per document for every trigger
set known to the process and kept, small, until the document goes (a weak reference): only the
blocks that hold a trigger, with their trigger tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress
from operator import not_
from typing import Optional
from weakref import WeakKeyDictionary

from prosecheck.sentences import WORD_RE


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
    blocks = doc.blocks
    # Each block's sentences are consecutive, blocks in order: a block's range of sentences is
    # found by bisecting the sentences' block indexes, for the candidate blocks only (no Python
    # step per sentence or per block of a document that holds no trigger).
    owners = doc.sentence_table.block_indexes
    chosen = _candidate_blocks(doc, known)
    if chosen is _EVERY_BLOCK:
        candidates = range(len(blocks))
    else:
        # A citation marker ("[1]") is the one token the Document makes no word of.
        chosen.update(compress(range(len(blocks)), ["[" in b.prose for b in blocks]))
        candidates = sorted(chosen)
    for bi in candidates:
        first = bisect_left(owners, bi)
        k = bisect_right(owners, bi, first)
        if first == k:
            continue  # a block without a sentence
        group = sentences[first:k]
        prose = blocks[bi].prose.lower()
        # Tuples, not sets: an empty one is shared, and most sentences of a block hold none.
        if k - first == 1:
            block_hits = tuple(known.intersection(_tokens(prose)))
            per_sentence = None
        else:
            # Each sentence tokenised on its own; the block's hits are theirs together (a token
            # outside every sentence could flag none of them), so the block is not tokenised too.
            per_sentence = [tuple(known.intersection(_tokens(prose, s.start, s.end))) for s in group]
            block_hits = tuple(set().union(*per_sentence))
        if not block_hits:
            continue
        out.append((block_hits, group, per_sentence))
    _TRIGGER_BLOCKS[doc] = (known, out)
    return out


def _candidate_blocks(doc, known: frozenset):
    """The indexes (in ``doc.blocks``) of the blocks that may hold a token in ``known``, as a
    new set; only a block whose prose holds a ``[`` may hold one and not be among them (see below).

    Tokenising every block's prose is the dear part (a string per word of the document), so the
    Document's words, which share one string per distinct text, are asked first: a token that is
    a trigger is word-shaped (letters and digits joined by apostrophes or hyphens), so it lies
    inside a word, and is one of that word's own tokens. A citation marker ("[1]") is the one
    token the Document makes no word of. When a trigger is not word-shaped every block is taken.
    """
    if not _all_word_shaped:
        return _EVERY_BLOCK
    # One test per distinct text of the Document's word arrays (prose_words.Words), no Word built:
    # a set look-up mapped in C, then a tokenisation of the few texts that hold a character that
    # splits a word ("e.g", "0.1.3").
    words = doc.words
    lows = words.lower_vocabulary
    hits = set(compress(range(len(lows)), map(known.__contains__, lows)))
    for i in compress(range(len(lows)), map(not_, map(_SPLITS_A_WORD.isdisjoint, lows))):
        if i not in hits and not known.isdisjoint(_TOKEN_RE.findall(lows[i])):
            hits.add(i)
    if not hits:
        return hits
    # A block's words are consecutive in the arrays: each block's slice of text ids is tested
    # against the hits at once (a set test in C that stops at the first hit).
    chosen = set()
    owners, ids = words.block_indexes, words.text_ids
    a, n = 0, len(ids)
    while a < n:
        block = owners[a]
        b = bisect_right(owners, block, a)
        if not hits.isdisjoint(ids[a:b]):
            chosen.add(block)
        a = b
    return chosen


class _Every:
    def __contains__(self, item) -> bool:
        return True


_EVERY_BLOCK = _Every()
