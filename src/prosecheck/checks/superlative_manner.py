"""A superlative that grades the manner of an act, reported at ``info`` (issue 11, thirty-seventh
session, prec37s): "Return your results in the most generic form possible", "couching concepts in
the most generic terms possible", "advancing peace and freedom by the most effective means
possible".

After "in" or "by", a superlative before a noun of manner (way, manner, form, terms, fashion,
means) says how something is done or to be done, as far as it can be: a degree of the act (RULES
5, "manner or degree"), not a thing ranked above its rivals an editor could source. Over the
seventy-three development sets at the thirty-seventh session's start three warning findings held
this shape, in three sets, all traps (plumb "in the most generic form possible", gimlet "by the
most effective means possible", burr "in the most generic terms possible"), and none was right:
``info``. Still warnings: the same words as a subject or an object ("The most generic form
possible is a Perl data structure", "producing the smallest diffs possible"), "with" ("with the
most straightforward interface possible": a product's part), and a noun that is no manner ("in the
best school possible").

Reads the two words before the finding and at most three after it: no scan of the sentence.
"""

from __future__ import annotations

#: Nouns of the manner of an act.
MANNER_NOUNS = frozenset("way ways manner form terms fashion means".split())
#: The prepositions that make the phrase an adverbial of manner.
_MANNER_PREPOSITIONS = frozenset({"in", "by"})
#: Words that may stand between the superlative and its noun: "in the most generic possible form".
_MODIFIERS_MAX = 2


def grades_manner(lw, a: int, b: int) -> bool:
    """The finding ``lw[a..b]`` ("the most generic", "the most effective") stands after "in" or
    "by" (and "the") and heads a noun of manner (``MANNER_NOUNS``) within ``_MODIFIERS_MAX``
    words after it."""
    p = a - 1
    if lw[a] != "the":
        if p < 0 or lw[p] != "the":
            return False
        p -= 1
    if p < 0 or lw[p] not in _MANNER_PREPOSITIONS:
        return False
    n = len(lw)
    for k in range(b + 1, min(n, b + 2 + _MODIFIERS_MAX)):
        if lw[k] in MANNER_NOUNS:
            return True
        if not lw[k].isalpha():
            return False
    return False
