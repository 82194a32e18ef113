"""Knowledge that says it is certain (HC102): "We know with certainty that the horrors of that
September morning were just a glimpse of ...", "the one thing I know with absolute certainty
... is that ...", "Everyone in this Chamber knows this to be true", "what we still know to be
true: that we are still more than a collection of red States and blue States".

"know" already claims; "with certainty" and "to be true" say outright that the claim is beyond
doubt, as "there is no doubt that" does, and nothing in the sentence shows how it is known.
Issue 11, twenty-third session: four positives in three sets (forge, hone, whet), no trap and
no unlabelled line in the thirty-two sets, and no such line in the benchmark corpus.

Only the speaker's own knowledge or everyone's: "we", "I" or "you" before "know", or
"everyone" / "everybody" / "the world" before "knows" in the same clause ("Everyone in this
Chamber knows"); not a third person's ("He knows this to be true": his view, handed to him).
Not negated, not after a modal or "to" ("no one can know with certainty", "it is hard to know
with certainty": uncertainty said), not a question; a condition ("if we knew with certainty")
is confidence.hypothetical's. Not "know for sure" or "know for certain": in the sets every one
is negated, asked or a truism granted ("But we do know for sure that we can choose what we do",
adze-docs' trap).
"""

from __future__ import annotations

from typing import Optional

#: The verbs this module reads (hedging calls it on them).
KNOW = frozenset({"know", "knows"})
# "with absolute certainty", "with complete certainty"
_DEGREE = frozenset("absolute complete total full utter".split())
# "know this to be true", "know it to be true"
_OBJECTS = frozenset("this it that these those them".split())
# Adverbs between the knower and "know": "what we still know to be true", "we now know".
_ADVERBS = frozenset("still now already all do also simply truly".split())
_SPEAKERS = frozenset({"we", "i", "you"})
_EVERYONE = frozenset({"everyone", "everybody", "world"})
# Words back from "knows" to its knower: "Everyone in this Chamber knows".
_KNOWER_WORDS = 5
_CLAUSE_MARKS = (",", ";", ":", "\u2014", "(", ")")


def declared(lw, k: int, words, prose: str) -> Optional[int]:
    """The index of "certainty" or "true" when ``lw[k]`` ("know", "knows") opens "know with
    certainty" or "know (this) to be true" in the speaker's or everyone's voice, else None."""
    end = _certainty_after(lw, k)
    if end is None or prose[words[-1].end : words[-1].end + 1] == "?":
        return None
    j = k - 1
    while j >= 0 and lw[j] in _ADVERBS:
        j -= 1
    if j < 0:
        return None
    if lw[k] == "know":
        return end if lw[j] in _SPEAKERS else None
    for s in range(j, max(-1, j - _KNOWER_WORDS), -1):
        if lw[s] in _EVERYONE:
            return None if s and lw[s - 1] in ("not", "hardly") else end  # "Not everyone knows"
        if not lw[s].isalpha() or any(m in prose[words[s].end : words[s + 1].start] for m in _CLAUSE_MARKS):
            return None
    return None


def _certainty_after(lw, k: int) -> Optional[int]:
    """The index that ends "with (absolute) certainty" or "(this) to be true" after ``k``."""
    n = len(lw)
    j = k + 1
    if j < n and lw[j] == "with":
        j += 1
        if j < n and lw[j] in _DEGREE:
            j += 1
        return j if j < n and lw[j] == "certainty" else None
    if j < n and lw[j] in _OBJECTS:
        j += 1
    return j + 2 if lw[j : j + 3] == ["to", "be", "true"] else None
