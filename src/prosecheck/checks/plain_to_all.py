"""Certainty credited to every witness: "obvious to all", "apparent to everyone", "plain to all
thoughtful citizens", "clear to any observer" (issue 11, fortieth session, hc40): ``HC102``.

The lexicon lists "obvious to everyone"; the addresses and essays say it with any adjective of a
thing seen and any word for all who look ("The unsatisfactory results which have sprung from this
policy are becoming apparent to all", dado; "Today our surging strength is apparent to everyone",
trowel; "a fact that is plain to all thoughtful citizens", rake; "I believe it will be clear to
everyone that", pawl; "the tendency of which has been obvious to all who have paid the slightest
attention", "by causes which must be obvious to all enlightened and impartial observers", lug;
"what would be obvious to anyone familiar with anarchist theory", brace). The writer vouches for
the claim by saying nobody could fail to see it, and names none who saw it.

Not after a form of "make" within three words ("has been made clear to all the world", maul and
spoke's traps; "make it painfully obvious to everybody else": telling them, an act, not a claim
that they see it), and not denied or hedged just before ("it is probably not obvious to
everybody", mandrel's trap).

One function reading the normalised words of one sentence (``lw``) around one index: no scan.
"""

from __future__ import annotations

from typing import Optional

#: Adjectives of a thing seen to be so (hedging's _scan tests them by name).
ADJECTIVES = frozenset("obvious apparent evident plain clear".split())
# Everyone who looks: "all", "everyone", "anyone"; "every"/"any" before a noun ("every enemy").
_ALL = frozenset({"all", "everyone", "everybody", "anyone", "anybody"})
_EVERY = frozenset({"every", "any"})
_MAKE = frozenset({"make", "makes", "made", "making"})
# Denied or hedged just before the adjective: "it is probably not obvious to everybody" (mandrel's
# trap) claims nobody sees it, or not surely.
# "It is presumably clear to everyone that": HC103's hedge and booster at once (hedges.tsv).
_NOT_SURE = frozenset(
    "not never hardly scarcely probably perhaps possibly presumably seemingly arguably apparently maybe".split()
)


def plain_to_all(lw, i: int) -> Optional[int]:
    """The index of the last word of "obvious to all", "apparent to everyone", "plain to all
    thoughtful", "clear to every observer" when ``lw[i]`` is the adjective; else None."""
    n = len(lw)
    if lw[i] not in ADJECTIVES or i + 2 >= n or lw[i + 1] != "to":
        return None
    w = lw[i + 2]
    if w in _ALL:
        end = i + 2
    elif w in _EVERY and i + 3 < n:
        end = i + 3
    else:
        return None
    if any(lw[j] in _MAKE for j in range(max(0, i - 3), i)):
        return None  # "made clear to all the world": telling them
    if any(lw[j] in _NOT_SURE for j in range(max(0, i - 2), i)):
        return None  # "probably not obvious to everybody"
    return end


# Rules as data, with their examples (tests/test_check_hedging.py reads them): (sentence, code
# reported, or None).
EXAMPLES = (
    ("The faults of the old scheme are becoming apparent to all.", "HC102"),
    ("It is a fact plain to all thoughtful citizens that the tariff must change.", "HC102"),
    ("Our surging strength is evident to everyone.", "HC102"),
    ("It should be made clear to all the world that we will not yield.", None),
    ("The note is plain to read.", None),
    ("It is probably not obvious to everybody that the cache is shared.", None),
)
