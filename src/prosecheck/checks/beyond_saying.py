"""A claim called too plain to need showing, with "should" (HC102, at info): "The weakness of this
argument should be obvious.", "That this is nonsense should be obvious.", "As should be obvious!",
"The process should be obvious enough."

"It should be obvious that ..." is certainty_frames' (frames57: a warning, the frame opening on
"It"). Any other subject of "should be obvious" (a noun, a clause, "this", "as") says the same of
what it names, but as often points back at what the text has just shown (lathe W4: "Given that the
major rationale ... was to secure the despotism of the property owner, the results of breaking the
union should be obvious", "As should be obvious, our criticisms ... apply"): over the 154 sets before
pritchel its findings were right 8 or 9 times of 13 or 14 (about 64%: spline, tine, burr, sprue,
snips, twybil, kevel, slane, dibble against shank, drift, loy, kevel, spoke), so it is info (issue
11, sixty-fifth session, mind65). Only where the predicate closes its clause ("should be obvious.",
"should be obvious enough:", "should be obvious, as ...", "should be obvious - it ..."): "should be
obvious to anyone familiar with ..." and "should be obvious from the other entries" go on to name
who sees it or from what. Not "would be obvious", "must be obvious" (certainty_frames reads "must"
after "it"), not "should not be obvious", not a question.

Reads the three words before the adjective and the mark after it: constant work per adjective.
"""

from __future__ import annotations

from typing import Optional

#: The adjectives read (hedging tests them among the certainty adjectives).
ADJECTIVES = frozenset({"obvious", "evident"})
# Marks that close the predicate's clause after the adjective (or after "enough").
_ENDS = (".", ":", ";", ",", "!", " -", " \u2014", "\u2014", " \u2013", "\u2013")


def should_be(lw, words, i: int, prose: str) -> Optional[int]:
    """The index of "should" when ``lw[i]`` ends "<subject> should be obvious" closing its clause,
    else None ("It should be obvious that" is certainty_frames')."""
    if lw[i] not in ADJECTIVES or i < 2 or lw[i - 1] != "be" or lw[i - 2] != "should":
        return None
    k = i - 2
    if k >= 1 and lw[k - 1] in ("it", "it's"):
        return None  # "It should be obvious ..." (certainty_frames, frames57)
    last = i + 1 if i + 1 < len(lw) and lw[i + 1] == "enough" else i
    tail = prose[words[last].end : words[last].end + 2]
    if last + 1 < len(lw) and not tail.startswith(_ENDS):
        return None  # "should be obvious to anyone who ...", "should be obvious from the entries"
    if tail.startswith("?") or prose[words[-1].end : words[-1].end + 1] == "?":
        return None
    return k


def is_should_be(lw, b: int, bend: int) -> bool:
    """The booster found at ``b``..``bend`` is ``should_be``'s (its tier is info)."""
    return bend == b + 2 and lw[b] == "should" and lw[b + 1] == "be" and lw[bend] in ADJECTIVES
