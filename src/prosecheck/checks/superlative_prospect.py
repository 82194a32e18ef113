"""A superlative inside what a prospect holds out, reported at ``info`` (issue 11, forty-second
session, precsl42): "we shall convert the so-called crisis of the environment into an opportunity
for unprecedented progress", "there is every prospect of an era of prosperity of unprecedented
proportions", "this 92d Congress has a chance to be recorded as the greatest Congress in America's
history".

After ``opportunity``, ``chance`` or ``prospect`` and ``for``, ``of`` or ``to``, the words that
follow name what may come, not what is: the speaker holds out a goal (kiln-docs M4: a goal is not
a claim), and the record or the ranking is not asserted of anything yet. Over the eighty-eight
development sets at the forty-second session's start three warning findings held this shape, in
three sets (traps in bevel, mandrel and caliper), none right; none on the benchmark corpus. Info,
not out: a speech may still boast through it ("the greatest opportunity in our history" is not
this shape: there the superlative ranks the opportunity itself, and stays a warning).

Not this shape: a comparison after the noun's own comparative (`greater opportunity for more of
its people than ever before`: the finding opens at "than"), and a clause between the noun and the
superlative (a comma, a semicolon, a dash, or a finite verb: `the chance we had was the best`).

Reads at most ``_REACH`` words before the finding: no scan of the sentence.
"""

from __future__ import annotations

from prosecheck.checks.word_gaps import between

_PROSPECTS = frozenset("opportunity opportunities chance chances prospect prospects".split())
_LINKS = frozenset({"for", "of", "to"})
#: Words that may stand between the prospect and the superlative: determiners, prepositions, the
#: nouns of the thing hoped for, and "to be recorded as".
_CLAUSE_WORDS = frozenset(
    "is are was were has have had will would can could shall should may might must that which who "
    "than".split()
)
_REACH = 8


def in_prospect(lw, words, prose: str, a: int) -> bool:
    """A prospect noun and its ``for``/``of``/``to`` stand within ``_REACH`` words before the
    finding at ``a``, with no clause boundary between."""
    if lw[a] == "than":
        return False
    k = a - 1
    stop = max(-1, a - 1 - _REACH)
    while k > stop:
        w = lw[k]
        gap = between(words, prose, k, k + 1)
        if any(c in gap for c in ",;:\u2014\u2013()") or "--" in gap:
            return False
        if w in _PROSPECTS:
            return k + 1 < a and lw[k + 1] in _LINKS
        if w in _CLAUSE_WORDS or not w.isalpha():
            return False
        k -= 1
    return False
