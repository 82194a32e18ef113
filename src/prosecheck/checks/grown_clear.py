"""Certainty said to have come about: "it became clear that", "it has become increasingly evident
that", "it soon became apparent that", "it speedily grew evident that" (issue 11, thirty-ninth
session, hc39): ``HC102``.

"It is clear that ..." is a listed booster and "it becomes clear why" a frame of
``certainty_frames``; the past and the perfect of coming to be clear were read by neither.
Addresses and essays use them to put a conclusion beyond doubt while telling how it was reached
("In spite of the determination of this Nation for peace, it has become clear that acts and
policies of nations in other parts of the world have created ..."; "By last summer it became
apparent that our efforts to eradicate inflation ... were not succeeding"): the certainty is the
speaker's, with no evidence in the sentence, which the sets label a booster (anvil, tongs, punch,
reamer, hatchet, rivet, shim, peg; mandrel). In documentation the same words mostly recount how
the writers changed their plan ("By 1996, it became clear that the name “Postgres95” would not
stand the test of time", "Part way through the summer, it became clear that X was more useful",
real-, blind- and chock-docs; the corpus's two, attrs' "Over the next months and years it became
clear that type annotations have become the popular way"): the thirteenth session left the shape
out for those. So hedging._scan reads it outside technical writing only (there 3 right of 6 in the
sets, 0 of 2 on the corpus when tried at info); outside it is a warning like "it is clear that".

Not in a condition ("if it became evident that their inability ...", "only when it has become
evident that every other resource has been exhausted": a case supposed, no claim made), and only
with "that" after the adjective ("it became clear to me", "as will become clear": no claim
follows).

One function reading the normalised words of one sentence (``lw``) from one index: no scan.
"""

from __future__ import annotations

from typing import Optional

#: Adjectives of a thing seen to be so.
ADJECTIVES = frozenset("clear evident apparent obvious plain manifest".split())
# Adverbs between "it" and the verb ("it soon became", "it speedily grew") or between "has" and
# "become" ("it has now become"): when it came about, not how sure.
_WHEN = frozenset("soon quickly speedily rapidly gradually slowly finally eventually now then already since also".split())
# Degree words before the adjective: "increasingly evident", "abundantly clear", "all too plain".
_DEGREE = frozenset("increasingly quite very perfectly abundantly all too so more painfully crystal daily".split())
_PAST = frozenset({"became", "grew"})
_PERFECT = frozenset({"has", "had"})
_PARTICIPLES = frozenset({"become", "grown"})
# A condition or a limit before "it": a case supposed ("if it became evident that ...").
_CONDITIONS = frozenset("if unless until till whenever".split())


def grown_clear(lw, i: int) -> Optional[int]:
    """The index of "that" when ``lw[i]`` ("it", "it's") opens "it (soon) became (increasingly)
    clear that", "it has (now) become evident that", "it grew evident that"; else None."""
    n = len(lw)
    w = lw[i]
    if i and lw[i - 1] in _CONDITIONS:
        return None
    j = i + 1
    if w == "it's":
        perfect = True  # "it's become clear that"
    elif w == "it":
        if j < n and lw[j] in _WHEN:
            j += 1
        perfect = j < n and lw[j] in _PERFECT
        if perfect:
            if i and lw[i - 1] == "when":
                return None  # "only when it has become evident that every other resource ...": a limit
            j += 1
        elif not (j < n and lw[j] in _PAST):
            return None
    else:
        return None
    if perfect:
        if j < n and lw[j] in _WHEN:
            j += 1
        if not (j < n and lw[j] in _PARTICIPLES):
            return None
    j += 1
    for _ in range(2):
        if j < n and lw[j] in _DEGREE:
            j += 1
    if j + 1 < n and lw[j] in ADJECTIVES and lw[j + 1] == "that":
        return j + 1
    return None
