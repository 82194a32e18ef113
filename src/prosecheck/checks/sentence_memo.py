"""Answers about a whole sentence, worked out once per sentence however many triggers ask.

A check tests each trigger word of a sentence in turn; a test that reads the whole sentence
("does it give a measurement anywhere?") run once per trigger made a sentence of thousands of
words (a paragraph with no full stop) quadratic. :func:`per_sentence` keeps the last sentence's
answer: the sentence is known by its list of normalised words (``lw``), made once per sentence by
the check, held by the slot so its identity is not reused while it is there.

Thread safety (the LSP and Dask executors run checks in threads): each slot is one (words, answer)
pair, read and replaced whole; a thread that replaced it meanwhile costs a recomputation, never
another sentence's answer.
"""

from __future__ import annotations

from functools import wraps


def per_sentence(fn):
    """Wrap ``fn(lw, *same)``, a pure function of one sentence, in a one-sentence slot. The
    arguments after ``lw`` must be parts of that same sentence (its words, the prose they index,
    the check's lexicon): the slot knows the sentence by ``lw`` alone."""
    slot = [(None, None)]

    @wraps(fn)
    def answer(lw, *same):
        seen, value = slot[0]
        if seen is lw:
            return value
        value = fn(lw, *same)
        slot[0] = (lw, value)
        return value

    return answer


def per_document(fn):
    """The same one-slot memo for ``fn(part)``, a pure function of one part of a document (its
``blocks``, its ``headings``), known by that part's identity: worked out once per document
however many findings ask (asked once per finding, a page of thousands of findings was
quadratic)."""
    return per_sentence(fn)


@per_sentence
def places(lw) -> dict:
    """Each word of the sentence -> (the index where it first stands, the index where it last stands)."""
    out: dict = {}
    for k, w in enumerate(lw):
        at = out.get(w)
        out[w] = (k, k) if at is None else (at[0], k)
    return out


def any_before(lw, wordset, k: int) -> bool:
    """One of ``wordset`` stands before index ``k``: ``not wordset.isdisjoint(lw[:k])`` without
    copying the sentence up to ``k`` per trigger."""
    at = places(lw)
    return any(at[w][0] < k for w in wordset if w in at)


def any_from(lw, wordset, k: int) -> bool:
    """One of ``wordset`` stands at index ``k`` or after: ``not wordset.isdisjoint(lw[k:])``."""
    at = places(lw)
    return any(at[w][1] >= k for w in wordset if w in at)


#: Marks that end a clause (a comma, a semicolon, a colon, a parenthesis, a dash).
CLAUSE_MARKS = (",", ";", ":", "(", ")", "\u2013", "\u2014", " - ")


@per_sentence
def clause_marks(lw, words, prose: str) -> list:
    """The indexes ``k`` of the sentence's words that a clause mark (``CLAUSE_MARKS``) follows,
    in order: one pass per sentence, shared by every reader of a clause's end (confidence's
    conditions, booster_clauses' limits, unasserted's inner premises)."""
    ws = list(words)
    return [k for k in range(len(ws) - 1) if any(m in prose[ws[k].end : ws[k + 1].start] for m in CLAUSE_MARKS)]
