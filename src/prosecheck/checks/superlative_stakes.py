"""A hardship or a chance ranked above all others: "the heaviest burden of all", "its gravest
challenge", "our best chance" (issue 11, twenty-seventh session).

"our fighting men there tonight bear the heaviest burden of all", "the really greatest challenge
to the human family is the race between food supply and population increase" (Johnson 1967),
"the tangled and turbulent Congo presented the UN with its gravest challenge" (Kennedy 1962),
"Our most pressing need today and the future is more jobs" (Ford 1977), "Our greatest challenge
is still the world that lies beyond the Cold War" (Kennedy 1961), "the Americans who have borne
the greatest burden in this struggle" (Obama 2011), "they have taken the hardest duty" (Bush
2004): the speaker ranks one burden, challenge or duty above every other there is, a claim an
editor can ask the ground of (RULES 3). An object or the subject of a verb other than "to be"
reaches no predicate frame of SL101, and "greatest" or "gravest" said of no name was left alone.
Counted over the forty-three development sets before building: 7 claims in five sets (lathe,
drill, plumb, rake, maul) and no trap or unlabelled occurrence of the singular nouns; none in the
benchmark corpus.

"our best chance" ranks one course above every other the people have, as "the only hope" does
(superlative_only): "In the unity of the free world lies our best chance to reduce the Communist
threat without war" (Eisenhower 1954), "Now is our best chance for bipartisan, comprehensive tax
reform" (Obama 2013), "it remains for all that our best chance of making the world a fit place"
(An Anarchist FAQ): 3 claims in three sets (rake, awl, brace), no negative, none in the corpus.
Not "your best chance" nor "the best chance" (advice to the reader: "your best chance of getting
help is the mailing list").

Not the plural ("the biggest challenges and problems", "the most difficult challenges bring out
the best in America", "to meet our biggest challenges": a class of hardships, the maxim's and
the aim's; forge, rasp, mallet and punch hold them as traps or nothing), not a task or a
priority ("Our most urgent task upon taking office was", "education has to be our highest
priority": the speaker's own agenda, clamp, spade and punch's traps), not "responsibility" (one
claim against two traps: "Our greatest responsibility is the active defense of the American
people", a pledge, and "the greatest responsibility for curbing crime lies with State and local
authorities", the Constitution's division of powers), and "need" only when pressing or urgent
("having the greatest need" of the areas border agents name is a measurement of theirs).
Reads the normalised words of one sentence (``lw``) and the gaps between them, once per trigger.
"""

from __future__ import annotations

from typing import Callable, Optional

#: Superlatives that rank a hardship by its weight: "the heaviest burden", "its gravest challenge".
HARDSHIP_SUPERLATIVES = frozenset("greatest heaviest gravest hardest biggest toughest".split())
#: The words ranked_stake starts from: the superlatives above, "best" of "our best chance", "most".
STAKE_TRIGGERS = HARDSHIP_SUPERLATIVES | {"best", "most"}
#: Adjectives after "most" that do so: "Our most pressing need", "the most difficult challenge".
HARDSHIP_MOST = frozenset("pressing urgent difficult serious".split())
#: The hardships: one burden, challenge or duty (a plural is a class, not a ranking of one).
HARDSHIP_NOUNS = frozenset("burden challenge duty".split())
#: "need" only after "most pressing" / "most urgent": "Our most pressing need today".
_URGENT = frozenset({"pressing", "urgent"})
#: "our best chance", "their best chance": a course ranked above all a people has.
_CHANCE_HOLDERS = frozenset("our their mankind's humanity's".split())
#: Who may hold the hardship: "the", a possessive pronoun, or a name's possessive.
_HOLDERS = frozenset("the our its their his her your america's nation's world's country's".split())
#: Words allowed between the holder and the superlative: "the really greatest challenge".
_STRESS = frozenset({"very", "really", "single"})


def ranked_stake(lw, i: int, gap: Callable[[int], str]) -> Optional[tuple[int, int]]:
    """``(start, end)`` of "<holder> <superlative> <hardship noun>" or "our best chance" when
    ``lw[i]`` is the superlative ("heaviest", "best") or the "most" of "most pressing", else
    None. ``gap(k)`` is the text between word ``k`` and word ``k + 1``: a mark anywhere in the
    phrase ends it."""
    n = len(lw)
    w = lw[i]
    if w == "best":
        if i < 1 or i + 1 >= n or lw[i + 1] != "chance" or lw[i - 1] not in _CHANCE_HOLDERS:
            return None
        if gap(i - 1).strip() or gap(i).strip():
            return None
        return i - 1, i + 1
    if w == "most":
        if i + 2 >= n or lw[i + 1] not in HARDSHIP_MOST:
            return None
        noun_at = i + 2
        noun = lw[noun_at]
        if not (noun in HARDSHIP_NOUNS or (noun == "need" and lw[i + 1] in _URGENT)):
            return None
    elif w in HARDSHIP_SUPERLATIVES:
        noun_at = i + 1
        if noun_at >= n or lw[noun_at] not in HARDSHIP_NOUNS:
            return None
    else:
        return None
    j = i - 1
    while j >= 0 and lw[j] in _STRESS:
        j -= 1
    if j < 0 or lw[j] not in _HOLDERS:
        return None
    if any(gap(k).strip() for k in range(j, noun_at)):
        return None  # "the greatest, challenge": not one phrase
    return j, noun_at
