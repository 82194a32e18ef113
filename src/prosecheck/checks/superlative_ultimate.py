""""the ultimate" as a ranking (issue 11, fifty-sixth session, rank56).

"ultimate" is no superlative in form, and most of the time it means "final": "the ultimate goal
of the project", "the ultimate victory", "the ultimate cost of the war". Two shapes rank with it,
as "the best" or "the worst" does, and are read here:

* **"the ultimate in" a noun**: "It was the ultimate in monolithic mail packages", "we saved the
  Guatemalan people the ultimate in human misery", "the ultimate in evil": the noun phrase's
  highest instance, a ranking among all of its kind;
* **"the ultimate" said of a subject** by "to be" or a verb of offering ("Clinton is the ultimate
  liberal Washington insider", "Munn provides the ultimate case study in ...", "The nuclear
  deterrent provides the ultimate guarantee of our national security"), when no word of its noun
  phrase gives "ultimate" its sense of "final" (``_FINAL``: "the ultimate purpose of all the
  efforts", "the ultimate causes of the suffering").

Not a denial ("does not try to be the ultimate source of information"), not a forecast or a wish
after a modal ("will probably have to be the ultimate solution", "should be the ultimate form
of government"), not "there's the ultimate authority: the source code" (no verb of the list
before it), and not a mark between "the ultimate" and what follows ("The ultimate, indivisible
unit of matter": a definition's "final"). Reads the normalised words of one sentence (``lw``) at
one trigger, a fixed number of words forward and back.
"""

from __future__ import annotations

from typing import Callable, Optional

from prosecheck.checks.ly_adverbs import ly_adverb

TRIGGERS = frozenset({"ultimate"})
#: Nouns whose "ultimate" is "final", not "best": an end, a cause, a decider, an outcome.
_FINAL = frozenset(
    "goal goals aim aims purpose purposes objective objectives object end ends cause causes reason "
    "reasons form outcome outcomes result results fate destination destiny decision decisions "
    "responsibility authority arbiter judge test victory success failure defeat settlement "
    "establishment elimination aim benefit cost consequence consequences effect effects".split()
)
#: Words before the verb that make it a forecast, a wish or a denial, not the writer's ranking.
_NOT_ASSERTED = frozenset("would should could might may will shall must not never n't can't won't".split())
#: How far the noun phrase after "the ultimate" is read for a word of _FINAL.
_REACH = 4
#: Words that end that noun phrase.
_PHRASE_ENDS = frozenset("of in on for to that which who when and or but as by with".split())


def ultimate_ranked(lw, i: int, verbs: frozenset, gap: Callable[[int], str]) -> Optional[tuple[int, int]]:
    """``(start, end)`` of "the ultimate in ..." or "<verb> the ultimate <noun>" when ``lw[i]`` is
    "ultimate", else None: ``start`` the index of "the", ``end`` that of "in" (the first shape) or
    of "ultimate". ``verbs`` are the lexicon's copulas and verbs of offering; ``gap(k)`` is the text
    between words ``k`` and ``k + 1``."""
    n = len(lw)
    if lw[i] != "ultimate" or i < 1 or lw[i - 1] != "the" or i + 1 >= n:
        return None
    if gap(i - 1).strip() or gap(i).strip():
        return None  # "The ultimate, indivisible unit of matter"
    if lw[i + 1] == "in":
        if i + 2 < n and lw[i + 2].isalpha() and not gap(i + 1).strip():
            return i - 1, i + 1  # "the ultimate in human misery"
        return None
    p = i - 2
    while p >= 0 and ly_adverb(lw[p], 0):
        p -= 1  # "is surely the ultimate"
    if p < 0 or lw[p] not in verbs:
        return None
    if any(w in _NOT_ASSERTED or w.endswith("n't") for w in lw[max(0, p - 4) : p]):
        return None  # "will have to be the ultimate solution", "does not try to be"
    for k in range(i + 1, min(n, i + 1 + _REACH)):
        w = lw[k]
        if w in _PHRASE_ENDS or not w.replace("-", "").isalpha():
            break
        if w in _FINAL:
            return None  # "is the ultimate purpose of all ...": final, not best
    return i - 1, i
