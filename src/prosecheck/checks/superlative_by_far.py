"""A superlative after "by far the": "by far the finest presentations of whales are ...", "By
far the best strategy for keeping corn in business has been ...", "Of all the whales yet
exhumed, by far the largest is the Alabama one" (issue 11, fifty-first session, slrank51).

"by far" measures the gap between the thing ranked and every rival: the writer has put it first
among all of its kind and says the others trail well behind, a ranking an editor can ask the
ground of (RULES 3). SL101 finds a superlative of quality said of a subject ("it is by far the
best", where "by far" is one of the adverbs a predicate may carry), but not one heading the
subject or the object of a clause ("by far the finest ... are two large French engravings",
"has embraced by far the greatest proportion of that debt"), nor a superlative of size or order
said of no name ("By far the largest and most important developments ... were the events of the
long fronts in Russia").

Counted over the one hundred and fifteen development sets (sentences, the gold mapped to them,
sentences with an SL101 finding already left out): outside technical writing 9 new findings on
claims in eight sets (vault, sickle, hatchet, pawl, arbor, drawknife, dolly, and billhook twice:
*Moby-Dick*'s "by far the finest" and "by far the largest") against 1 trap (jig's NetHack guide,
"Humans are by far the most common race of the surface world"); in technical writing 4 claims
against 4 traps ("This is by far the strongest and safest choice", "Android is by far the
largest userbase for the project", "by far the largest submodule", "by far the most complex
task": a program's own parts and its users, described), so the check drops it there (kind
``frame:byfar``).

Not a ranking among a few the text has just named ("by far the largest of the three") nor among
what the writer has met with ("by far the best I have ever used"): the check's own gates for a
superlative (``_of_a_few``, ``_writers_experience``) apply to it too. Reads the normalised words
of one sentence (``lw``) at one trigger, a fixed number of words back and forward.
"""

from __future__ import annotations

from typing import Callable, Optional

#: Words after "most" that make no superlative of an adjective: "by far the most of them".
_NOT_GRADED = frozenset({"of", "and", "or", "the", "a", "an", "to", "in", "is", "was", "are", "were"})


def by_far_ranking(lw, i: int, superlatives, gap: Callable[[int], str]) -> Optional[tuple[int, int]]:
    """``(start, end)`` of "by far the <superlative>" when ``lw[i]`` is the superlative ("finest",
    "largest") or the "most" of "most successful", else None: ``start`` is the index of "by",
    ``end`` that of the superlative (or of the word "most" grades). ``gap(k)`` is the text
    between word ``k`` and word ``k + 1``: a mark inside "by far the" ends it ("by far, the")."""
    if i < 3 or lw[i - 1] != "the" or lw[i - 2] != "far" or lw[i - 3] != "by":
        return None
    if gap(i - 3).strip() or gap(i - 2).strip() or gap(i - 1).strip():
        return None
    w = lw[i]
    if w == "most":
        if i + 1 >= len(lw) or lw[i + 1] in _NOT_GRADED or not lw[i + 1][:1].isalpha() or gap(i).strip():
            return None
        return i - 3, i + 1
    if w in superlatives:
        return i - 3, i
    return None
