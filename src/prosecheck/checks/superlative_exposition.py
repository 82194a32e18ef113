"""Superlatives that grade the text's own material, not the world (issue 11, nineteenth session).

"the simplest" in documentation and essays orders what the text itself shows: its examples
("Here's one of the simplest applications you can make:"), its cases ("the result in the simplest
case is a history that looks like"), its chapters ("beginning with the simplest: using Breezy for
personal projects"), its possible failures ("it reports the simplest possible one"). Over the
twenty-six sets' gold, "simplest" is in ten negatives and one positive, and that positive ranks a
product by another word as well ("The fastest and simplest library for SQLite"): simplicity is a
claim only when it is said of a name ("Harbor is the simplest router for small teams"), which the
caller checks.
"""
from __future__ import annotations

from bisect import bisect_right

from prosecheck.checks.sentence_memo import per_sentence

#: Superlatives of simplicity: they say how much the reader has to take in, an order of exposition.
SIMPLICITY = frozenset({"simplest"})
#: Words a superlative phrase may hold besides its graded word: "one of the simplest",
#: "the very simplest", "simplest possible".
_FRAME_WORDS = frozenset("the one of some among very most possible".split())


def grades_material(lw, a: int, b: int) -> bool:
    """The phrase ``lw[a..b]`` ranks by simplicity alone: every graded word in it is "simplest"
    ("the simplest", "one of the simplest"; not "The fastest and simplest", which ranks by speed
    too)."""
    graded = [w for w in lw[a : b + 1] if w not in _FRAME_WORDS]
    return bool(graded) and all(w in SIMPLICITY for w in graded)


def noun_phrase_end(lex, lw, b: int) -> int:
    """Where the phrase of the superlative ending at ``b`` ends: at the verb after it (the
    sentence's length: none). A scope is looked for in its own phrase ("one of the simplest
    libraries in the world" ranks among all), not in the predicate ("the simplest case is a
    history that looks like", a word of the complement). The verbs' places are listed once per
    sentence: a scan forward and a copy of the words up to the verb per superlative were
    quadratic in a long sentence."""
    at = _copulas(lw, lex)
    i = bisect_right(at, b)
    return at[i] if i < len(at) else len(lw)


@per_sentence
def _copulas(lw, lex) -> list:
    """The places of the sentence's forms of "to be" (the check's lexicon's), in order."""
    copula = lex.copula
    return [k for k, w in enumerate(lw) if w in copula]
