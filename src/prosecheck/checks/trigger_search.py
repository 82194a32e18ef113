"""Which sentences of a document the language checks scan: those holding a trigger word.

Hedging and superlatives each pass a set of trigger words (lower-cased); a sentence is scanned
when a token of its prose is one of them. The search is made once per document for every trigger
set known to the process and kept, small, until the document goes (a weak reference): only the
blocks that hold a trigger, with their trigger tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress, repeat
from operator import attrgetter, contains, not_
from typing import Optional
from weakref import WeakKeyDictionary

from prosecheck import _native
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
            # the sentences whose tokens are not disjoint from the triggers, picked in C
            hits.extend(compress(group, map(not_, map(isdisjoint, per_sentence))))
    return hits


# Runs of characters that are neither white space nor punctuation (apostrophes and hyphens stay:
# they join words, as in WORD_RE). One findall is about twice as fast as translating the
# punctuation to spaces and splitting, with the same tokens.
_PUNCTUATION = '.,;:!?()[]{}<>"*_`~=+|/\\#$%^&@\u201c\u201d\u2018\u2014\u2013\u2026\x00\u00a0'
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
# The length of the longest of them: the C search makes no string of a longer token.
_longest = 0
# id -> trigger set, for the sets already in _known_triggers: a check passes the same set for
# every document, and testing 3,600 triggers for inclusion per document is dearer than the rest.
_registered: dict = {}
# Document -> (the triggers it was searched for, [(the block's trigger tokens, its sentences,
# each sentence's trigger tokens or None for a block of one sentence), ...]), for the blocks
# that hold a trigger only.
_TRIGGER_BLOCKS: "WeakKeyDictionary" = WeakKeyDictionary()


def _register(triggers: frozenset) -> None:
    global _known_triggers, _all_word_shaped, _longest
    if _registered.get(id(triggers)) is triggers:
        return
    if not triggers <= _known_triggers:
        _known_triggers = _known_triggers | triggers
        _longest = max(_longest, max(map(len, triggers), default=0))
        _all_word_shaped = _all_word_shaped and not any(
            _TOKEN_RE.fullmatch(t) and not WORD_RE.fullmatch(t) for t in triggers
        )
    _registered[id(triggers)] = triggers


def prepare(triggers: frozenset) -> None:
    """Note ``triggers`` now (a check's ``prepare``, before workers fork), not in each worker."""
    _register(triggers)


def _trigger_blocks(doc, triggers: frozenset) -> list:
    _register(triggers)
    known = _known_triggers
    found = _TRIGGER_BLOCKS.get(doc)
    if found is not None and (found[0] is known or triggers <= found[0]):
        return found[1]
    native = _native.trigger
    if native is not None and _all_word_shaped:
        # The same steps in C (issue 14, twenty-eighth session): _trigger.c, which this path is the
        # reference of; it gives each block's range of sentences, taken from the list here.
        words, table, sentences = doc.words, doc.sentence_table, doc.sentences
        out = [(hits, sentences[first:stop], per_sentence) for hits, first, stop, per_sentence in native.blocks(
            known, _longest, _PUNCTUATION, _SPLIT_CHARS, words.vocabulary, words.lower_vocabulary,
            words.text_ids, words.block_indexes, words.starts, words.sentence_indexes,
            table.block_indexes, table.starts, table.ends, doc.blocks)]
        _TRIGGER_BLOCKS[doc] = (known, out)
        return out
    out = []
    sentences = doc.sentences
    blocks = doc.blocks
    # Each block's sentences are consecutive, blocks in order: a block's range of sentences is
    # found by bisecting the sentences' block indexes, for the candidate blocks only (no Python
    # step per sentence or per block of a document that holds no trigger).
    owners = doc.sentence_table.block_indexes
    chosen, sure = _candidate_sentences(doc, known)
    if chosen is _EVERY_BLOCK:
        candidates = range(len(blocks))
    else:
        # A citation marker ("[1]") is the one token the Document makes no word of.
        # Every sentence of such a block is tokenised.
        for bi in compress(range(len(blocks)), map(contains, map(_PROSE, blocks), repeat("["))):
            chosen[bi] = _EVERY_BLOCK
        candidates = sorted(chosen)
    for bi in candidates:
        first = bisect_left(owners, bi)
        k = bisect_right(owners, bi, first)
        if first == k:
            continue  # a block without a sentence
        group = sentences[first:k]
        may = chosen[bi] if chosen is not _EVERY_BLOCK else _EVERY_BLOCK
        raw = blocks[bi].prose
        prose = None
        if may is not _EVERY_BLOCK and not raw.isascii():
            prose = raw.lower()
            if len(prose) != len(raw):
                may = _EVERY_BLOCK  # a letter lower-cased to two: the word offsets do not hold
        # Tuples, not sets: an empty one is shared, and most sentences of a block hold none.
        if k - first == 1:
            if may is not _EVERY_BLOCK and group[0].index in sure:
                block_hits = sure[group[0].index]  # the hits the words give are the tokens'
            else:
                if prose is None:
                    prose = raw.lower()
                block_hits = tuple(known.intersection(_tokens(prose)))
            per_sentence = None
        else:
            # Each sentence tokenised on its own; the block's hits are theirs together (a token
            # outside every sentence could flag none of them), so the block is not tokenised too.
            # Only the sentences that may hold a trigger are tokenised: the others' tokens hold
            # none (see _candidate_sentences), and not those whose hits the words give for sure.
            per_sentence = []
            for s in group:
                si = s.index
                if si not in may:
                    per_sentence.append(())
                elif may is not _EVERY_BLOCK and si in sure:
                    per_sentence.append(sure[si])
                else:
                    if prose is None:
                        prose = raw.lower()
                    per_sentence.append(tuple(known.intersection(_tokens(prose, s.start, s.end))))
            block_hits = tuple(set().union(*per_sentence))
        if not block_hits:
            continue
        out.append((block_hits, group, per_sentence))
    _TRIGGER_BLOCKS[doc] = (known, out)
    return out


_PROSE = attrgetter("prose")


def _candidate_sentences(doc, known: frozenset):
    """For each block (by index in ``doc.blocks``) that may hold a token in ``known``, the indexes
    (in ``doc.sentences``) of its sentences that may hold one, as a new dict of sets; only a block
    whose prose holds a ``[`` may hold one and not be among them, or not be among its block's
    (see below). With it, for the sentences whose tokens in ``known`` their words give for sure,
    those tokens (a dict: sentence index -> tuple): they need not be tokenised.

    Tokenising every block's prose is the dear part (a string per word of the document), so the
    Document's words, which share one string per distinct text, are asked first: a token that is
    a trigger is word-shaped (letters and digits joined by apostrophes or hyphens), so it lies
    inside a word, and is one of that word's own tokens. A citation marker ("[1]") is the one
    token the Document makes no word of. When a trigger is not word-shaped every block is taken.
    A word belongs to the sentence whose span holds its start; the sentences its end reaches
    into are taken with it.

    So a sentence's tokens in ``known`` are its hit words' texts, when each of them is no split
    text, lies inside the sentence and stands between white space or punctuation (or the prose's
    ends), no other sentence's word reaches into it and its block has no hit word outside every
    sentence: tokenising the candidate sentences was about a seventh of the language checks'
    instructions, and these are most of them (issue 11/14, fourteenth session).
    """
    if not _all_word_shaped:
        return _EVERY_BLOCK, {}
    # One test per distinct text of the Document's word arrays (prose_words.Words), no Word built:
    # a set look-up mapped in C, then a tokenisation of the few texts that hold a character that
    # splits a word ("e.g", "0.1.3").
    words = doc.words
    lows = words.lower_vocabulary
    hits = set(compress(range(len(lows)), map(known.__contains__, lows)))
    split = _split_texts(lows)
    for i in split:
        if i not in hits and not known.isdisjoint(_TOKEN_RE.findall(lows[i])):
            hits.add(i)
    chosen: dict = {}
    if not hits:
        return chosen, {}
    split = frozenset(split)
    # A sentence's hits given by its words (see below), and the sentences and blocks whose hits
    # only their tokens give.
    sure: dict = {}
    doubt = set()
    doubtful_blocks = set()
    # The words whose text is a hit, found in C (one set test per word), then a Python step per
    # such word: its block, its sentence, and any later sentence of the block its end reaches.
    table = doc.sentence_table
    s_owners, s_starts, s_ends, n = table.block_indexes, table.starts, table.ends, len(table.starts)
    w_owners, w_starts, w_sentences = words.block_indexes, words.starts, words.sentence_indexes
    ids, texts, blocks = words.text_ids, words.vocabulary, doc.blocks
    for w in compress(range(len(ids)), map(hits.__contains__, ids)):
        bi = w_owners[w]
        may = chosen.get(bi)
        if may is None:
            may = chosen[bi] = set()
        si = w_sentences[w]
        start = w_starts[w]
        t = ids[w]
        end = start + len(texts[t])
        if si >= 0:
            may.add(si)
            after = si + 1
            # The word's text is a token of its sentence, and the one there it can hold, when it
            # is no split text, ends inside its sentence and stands between white space or
            # punctuation (or the prose's ends): then its tokens need not be made (issue 11/14,
            # fourteenth session). Not a Greek sigma, which lower-cases by its neighbours.
            low = lows[t]
            prose = blocks[bi].prose
            if (
                t in split or start < s_starts[si] or end > s_ends[si]
                or (start and prose[start - 1] not in _SEPARATORS and not prose[start - 1].isspace())
                or (end < len(prose) and prose[end] not in _SEPARATORS and not prose[end].isspace())
                or "\u03c3" in low or "\u03c2" in low
            ):
                doubt.add(si)
            else:
                found = sure.get(si)
                if found is None:
                    sure[si] = {low}
                else:
                    found.add(low)
        else:  # a word in no sentence: the first sentence of its block that starts after it
            doubtful_blocks.add(bi)  # a block of one sentence is tokenised whole
            first = bisect_left(s_owners, bi)
            after = bisect_right(s_starts, w_starts[w], first, bisect_right(s_owners, bi, first))
        while after < n and s_owners[after] == bi and s_starts[after] < end:
            may.add(after)
            doubt.add(after)
            after += 1
    return chosen, {si: tuple(found) for si, found in sure.items()
                    if si not in doubt and s_owners[si] not in doubtful_blocks}


# The characters that end a token beside white space (_TOKEN_RE).
_SEPARATORS = frozenset(_PUNCTUATION)


def _split_texts(texts: list) -> list:
    """The indexes of the ``texts`` that hold a character of ``_SPLITS_A_WORD``, in order.

    The texts are joined by NUL (no word holds one) and each character is looked for with
    ``str.find`` (a search in C, faster than a regular expression's character class); a Python
    step per text found, none per text: each search goes on from the NUL after the text found,
    and the NULs before a hit are counted from the previous one.
    """
    joined = "\0".join(texts)
    positions = []
    for c in _SPLIT_CHARS:
        at = joined.find(c)
        while at >= 0:
            positions.append(at)
            at = joined.find("\0", at)
            if at < 0:
                break
            at = joined.find(c, at)
    positions.sort()
    out = []
    index = pos = 0
    for at in positions:
        index += joined.count("\0", pos, at)
        pos = at
        if not out or out[-1] != index:
            out.append(index)  # (a text holding two of the characters is found twice)
    return out


_SPLIT_CHARS = "".join(sorted(_SPLITS_A_WORD))


class _Every:
    def __contains__(self, item) -> bool:
        return True


_EVERY_BLOCK = _Every()
