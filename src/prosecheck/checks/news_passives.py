"""Reports in the passive with nobody reporting, as news writes them: "bin Laden is said to be at
a dinner", "He is now thought to be in Rome", "some 500 fighters, believed to be still at large",
"The attackers, understood to be former members of the military". Used by HC101.

``reputation.said_to`` reads "is said to" before any verb but "be", and "to be" only before an
act in progress or a determiner: in documentation "is said to be *canonicalized*", "is said to be
in the tab ring", "are said to be stable" define a term (the benchmark corpus: 10 lines, none a
report). Outside technical writing (``Document.technical``, prosecheck.genre) the same words
report where or how someone is, credited to nobody (RULES-ADDENDUM S12, agentless passives), so
there:

* a finite "be", at most one adverb, a participle of report or belief, "to be", then anything
  (``said_to_be``);
* the reduced form after a comma, the participle right after a noun phrase it describes
  ("fighters, believed to be still at large"; ``reduced``), not after "it" or a clause's start.

Issue 11, twenty-second session (adze-docs' news misses; w-v21 counted the shapes in the
twenty-first session).
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks import reputation

#: Participles of report or belief that take "to be" in news ("is said to be", "understood to be").
PARTICIPLES = reputation.SAID_TO | frozenset({"understood"})
_FINITE_BE = frozenset("is are was were 's 're".split())
# Words that cannot be the head the reduced participle describes ("it, thought to be ..." is no
# noun phrase; "and, believed to be" opens nothing).
_NOT_HEAD = frozenset("it this that which who what and or but so as if when than to".split())


def _adverb(w: str) -> bool:
    return w in reputation._BETWEEN or (w.endswith("ly") and w.isalpha())


def said_to_be(lw, i: int) -> Optional[int]:
    """The index of the finite "be" of "is (now) said to be ..." when ``lw[i]`` is the participle,
    or None."""
    n = len(lw)
    if i + 2 >= n or lw[i + 1] != "to" or lw[i + 2] != "be":
        return None
    j = i - 1
    if j >= 0 and _adverb(lw[j]):
        j -= 1
    if j < 0 or lw[j] not in _FINITE_BE:
        return None
    return j


def reduced(lw, words, i: int, prose: str) -> bool:
    """``lw[i]`` opens "fighters, believed to be still at large": a comma right before the
    participle, a noun phrase's word before the comma, "to be" or "to have" after."""
    n = len(lw)
    if i < 1 or i + 2 >= n or lw[i + 1] != "to" or lw[i + 2] not in ("be", "have"):
        return False
    gap_start, gap_end = words[i - 1].end, words[i].start
    if gap_end - gap_start > 3 or prose[gap_start:gap_end].strip() != ",":
        return False  # (a bounded look at the gap: the one comma and its space)
    head = lw[i - 1]
    return head.isalpha() and head not in _NOT_HEAD

