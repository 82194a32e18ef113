"""A booster whose own clause names where the certainty comes from.

Two shapes (issue 11, thirtieth session, boost30), both the ground stated in the words the booster
governs, which RULES 2 and 5 take as support ("the sentence names its source"; "the link or the
figures that prove it"):

* ``names_its_ground``: an opening "In fact" or "Indeed" whose clause names its source;
* ``clear_from``: a certainty predicate followed by "from" and the ground ("it's clear from their
  writings that ...", "it is clear from such reports ... that ..."): the writer infers from what
  the sentence names (clamp-docs' RULES 2 trap; bellows-docs). Not "from the start", "from the
  outset", "from the first" (a time, nothing named), and "From the above ... it is obvious" is
  booster_clauses.after_ground_given's.

The opener:

"Indeed, the TMRC Dictionary defined dike as ...", "In fact, according to the inventors, it was
coined after ...", "Indeed, the case X = X has been reported in discussions of graphics
software", "In fact, bitter experience has shown that ...": the clause the opener insists on
says who recorded, reported or showed it. RULES 5 does not mark "in fact" or "indeed" when the
sentence carries the link or the figures that prove it; a ground named in the clause is the same
support in words, and whether that ground is enough is HC101's question ("experience has shown"
with nobody named), not the booster's. Issue 11, thirtieth session (boost30): five wrong
findings of the fifty-two sets have this shape (hoe, froe, spoke twice, tenon), no right one.

Read: the first words after the opener, up to a clause mark or ``_WINDOW`` words, for
"according to", a perfect of showing or reporting ("has been reported", "have shown"), a past of
recording ("defined", "recorded", "documented", "reported"), or "shows/showed/found that". Not a
later clause ("In fact, we shipped it; the report says ..."): the ground must be the opener's
own clause. Not "shows no signs" (no "that": the verb is the claim's own, not its ground).
"""

from __future__ import annotations

OPENERS = frozenset({("in", "fact"), ("indeed",)})
_WINDOW = 8
_PERFECT = frozenset({"has", "have", "had"})
_SHOWN = frozenset("shown demonstrated proven proved established reported documented recorded found".split())
_RECORDED = frozenset("defined recorded documented reported".split())
_SHOWS_THAT = frozenset("shows showed show found demonstrated demonstrates proves proved".split())
_MARKS = (",", ";", ":", "(", "\u2014")


def names_its_ground(lw, b: int, bend: int, words, prose: str) -> bool:
    """Whether the opener ``lw[b..bend]`` ("In fact", "Indeed") opens a clause that names its
    source within its first words."""
    if tuple(lw[b : bend + 1]) not in OPENERS:
        return False
    n = len(lw)
    k = bend + 1
    last = min(n, bend + 1 + _WINDOW)
    seen_word = False
    while k < last:
        w = lw[k]
        if seen_word and k > bend + 1 and any(m in prose[words[k - 1].end : words[k].start] for m in _MARKS):
            # a mark after the clause has begun ends it; "In fact, according to ..., it was": the
            # mark right after the opener, and the one closing "according to X", do not
            if not (k >= 3 and "according" in lw[bend + 1 : k]):
                return False
        if w == "according" and k + 1 < n and lw[k + 1] == "to":
            return True
        if w in _SHOWN and (lw[k - 1] in _PERFECT or (lw[k - 1] == "been" and lw[k - 2] in _PERFECT)):
            return True
        if w in _RECORDED and k > bend + 1 and lw[k - 1] not in _PERFECT and lw[k - 1] != "been":
            return True
        if w in _SHOWS_THAT and k + 1 < n and lw[k + 1] == "that":
            return True
        seen_word = True
        k += 1
    return False


# "clear from the start", "obvious from day one": a time after "from", no ground named.
_TIMES = frozenset("start outset beginning first day get-go moment onset".split())
_PREDICATES = frozenset("clear evident obvious plain apparent".split())


def clear_from(lw, b: int, bend: int) -> bool:
    """Whether the certainty predicate ending at ``bend`` ("it is clear", "it's clear") is
    followed by "from" and a ground that is not a time ("it's clear from their writings")."""
    if lw[bend] not in _PREDICATES or bend + 2 >= len(lw) or lw[bend + 1] != "from":
        return False
    return _TIMES.isdisjoint(lw[bend + 2 : bend + 4])
