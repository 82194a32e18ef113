"""The adverb "clearly" in the predicate the sentence asserts (HC102's tier): "It is clearly
superior to a custom binary file format", "This strategy is clearly working", "You're clearly
not", "The time for rhetoric has clearly passed", "it would clearly require all individuals to
carry a tracking device".

"clearly" alone is ``info`` (hedging._booster_tier): it grades as often as it insists ("rejects
clearly invalid input", "a surplus clearly due to the weather") and, opening a sentence, it
concedes or sums up the text before as often as it claims ("Clearly, more study is needed.").
Right after a form of "be", or after "has"/"have"/"had"/"will"/"would", it stands between the
verb and what the sentence says of its subject, and there it puts that predicate beyond doubt: a
claim with nothing behind it (RULES B1). Issue 11, thirty-eighth session (tier38), found by
eval/ablate.py (the branch's info findings were right 44 times of 67 over the seventy-six sets):
so placed they were right 20 times of 22 (the 2 traps: "this was clearly a TV typewriter", "This
is clearly within the legislative domain of the States"), the rest of the branch 24 of 45 (opening
the sentence, "Clearly, more study is needed."; before a verb, "the workers clearly do not own").
Warning tier over the seventy-six sets: 19 claims found in sixteen sets, 2 traps flagged; none of
it in peg, quill or chock; no finding of the benchmark corpus moves.

Not before a past participle after "be": the passive ("are clearly justified", "was clearly
seen by Max Stirner", "is clearly marked", "is clearly stated") says how a thing was done or
shown (manner), and stays info. Inside the sentence in technical writing "clearly" is not
reported at all (booster_clauses.clearly_inside) unless a ranking follows it, so there this
reaches only "is clearly superior", "is clearly the fastest option".
"""

from __future__ import annotations

from prosecheck.checks.participles import past_participle

_BE = frozenset("is are was were am be been being".split())
# Auxiliaries of the perfect and the future: "has clearly passed", "have clearly shown", "would
# clearly require" (not the modals of possibility: "can clearly" is not reported, hedging).
_AUXILIARIES = frozenset("has have had will would".split())
# "is"/"are"/"has" contracted onto a pronoun subject ("it's clearly", "you're clearly not"); not
# any word ending in "'s" ("the facts of the 1960's clearly demonstrates": a plural or a possessive).
_CONTRACTED = frozenset(
    p + c for p in "it that he she there here what who".split() for c in ("'s", "\u2019s")
) | frozenset(p + c for p in "you we they".split() for c in ("'re", "\u2019re"))


def predicated(lw, b: int) -> bool:
    """``lw[b]`` is "clearly" right after a form of "be" (or one contracted onto its subject) or
    after "has"/"have"/"had"/"will"/"would", and not "be" + "clearly" + a past participle."""
    if b < 1 or lw[b] != "clearly":
        return False
    before = lw[b - 1]
    if before in _AUXILIARIES:
        return True
    if before in _BE or before in _CONTRACTED:
        return not (b + 1 < len(lw) and past_participle(lw[b + 1]))
    return False
