"""A superlative after scalar ``even``, not reported (issue 11, forty-second session, precsl42):
"even the best organized Government will only be as effective as the people who carry out its
policies", "Even among the most uncultivated Indian tribes there is reported to be a general ...
desire", "even some of the youngest understand that we are living in historic times", "even the
freest competition possible could not eliminate class power".

``even`` before a superlative takes the far end of a scale to speak of the whole of it: if the
best organized government is only as good as its people, every government is; if even the
youngest understand, everyone does. The superlative marks the extreme of the scale and ranks
nothing against its rivals (bodkin-docs S501: "even among the most X" is a scalar idiom that ranks
nothing, RULES 3); what the sentence claims, if anything, is the general statement, which is not
a superlative's. Over the eighty-eight development sets at the forty-second session's start such
findings were wrong 5 times of 5 (warnings in lathe, spade and dado, an info finding in flute;
traps in spade, dado and flute), none right; none on the benchmark corpus.

Not this shape: "even" before anything but the superlative's own phrase ("which even now can only
be overcome": a time), and "even if" (a condition: ``confidence.hypothetical``'s).

Reads at most four words before the finding: no scan of the sentence.
"""

from __future__ import annotations

#: "even some of the youngest", "even one of the best".
_PARTS = frozenset("some one many few all each any".split())
#: "even among the most uncultivated", "even to the best".
_PREPOSITIONS = frozenset("among to for with by in from at".split())


def after_scalar_even(lw, a: int) -> bool:
    """The finding at ``a`` opens a superlative's noun phrase ("the ...") that scalar "even"
    governs, directly or through "some of" or a preposition."""
    if lw[a] != "the":
        return False
    k = a - 1
    if k >= 1 and lw[k] == "of" and lw[k - 1] in _PARTS:
        k -= 2
    if k >= 0 and lw[k] in _PREPOSITIONS:
        k -= 1
    return k >= 0 and lw[k] == "even"
