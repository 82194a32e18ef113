"""An opening "Indeed" or "In fact" before a clause that hedges its own claim (HC102; issue 11,
forty-eighth session, boostprec48).

"Indeed, it could be argued that the civil war simply brought out ...", "Indeed, it is probable
that this point is reached ...", "Indeed, it is fair to say that the date chosen indicates ...",
"In fact the interface could be used in a reasonable way, but ...", "In fact, the technical
procedure ... may be wisely adapted to ...": the clause the opener leads puts its claim as a
possibility, a likelihood, a judgement the writer hedges, or what ought to be (`could`, `might`,
`may`, `should`, `ought`, `seems`, `it is probable`). A word that puts the claim beyond doubt
cannot govern a claim its own verb keeps in doubt: the opener is the connective that adds a point
to the sentence before (rabbet S563, spindle's "Indeed, in some circumstances it can be", jig
S324), not certainty (RULES 5). Over the one hundred and three sets before coping, by the
same-sentence pairing, nine traps so shaped in eight sets (whet, kerf, gauge twice, nib, chock,
mandrel, rabbet, bradawl) against two right findings (sealed's "In fact, any project team could
use a tool", ember's "In fact, the feeling seems to be"); cramp-docs' two wrong ones ("it is fair
to say", "it could be argued"). All were at info (hedging._SOMETIMES): the default output does
not change.

Only this shape: "Indeed" or "In fact" opens the sentence (or follows "and", "but", "so" or
"now"), and the first verb of the clause after it, within twelve words and before a relative
pronoun or a subordinating word, is one of those modals, "seems"/"appears", or "it is" with
"probable", "possible", "likely" or "fair" (a condition that opens the clause is read through:
"Indeed, if clearing houses should be established, ..."). "can", "will", "would" and "must" are not hedges
here ("In fact, it can detect chunks of code being moved", "Indeed, avoiding merges would be
nearly impossible": ability, a forecast or a conclusion insisted on); nor is a modal after a
relative pronoun ("In fact, Python is one of a tiny handful of languages that could support ...":
the modal is in the noun's clause, the claim is "is one of"); nor a modal that says a thing is
impossible ("could not", "nothing ... could": a claim as strong as any).

It widens the thirtieth session's test (hedging._may_after: "may" or "might" within three words of
the opener, "Indeed it might be a better venue") to the other modals of possibility and
obligation, to "seems" and "it is probable", and to the clause's first verb wherever it stands
within twelve words.

Reads at most twelve words after the opener: constant work per finding.
"""

from __future__ import annotations

OPENERS = frozenset({("indeed",), ("in", "fact")})
_LEADS = frozenset({"and", "but", "so", "now"})
# Modals of possibility and obligation: the claim is kept in doubt or is what ought to be.
HEDGING_MODALS = frozenset({"could", "might", "may", "should", "ought"})
# A negation with the modal makes it an impossibility, a claim as strong as any ("nothing more
# harmful could happen", "Hayek himself couldn't have predicted any better", "could not be
# clearer"): not a hedge. Negated modals are read as verbs that state (_VERBS).
_NEGATIONS = frozenset("not never no nothing nobody none neither nor hardly scarcely".split())
_SEEMING = frozenset({"seems", "seem", "seemed", "appears", "appear", "appeared"})
# "it is probable that", "it is fair to say that", "it was possible to".
_HEDGE_ADJECTIVES = frozenset({"probable", "possible", "likely", "fair", "arguable", "conceivable"})
# The first of these decides: any other auxiliary or form of "be" says the clause's claim is
# stated, not hedged ("In fact, it is faster", "Indeed, it would be no exaggeration").
_VERBS = frozenset(
    "is are was were be been am has have had do does did will would can must shall "
    "isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't can't cannot "
    "mustn't couldn't mightn't shouldn't it's it\u2019s that's there's".split()
)
# A clause inside the claim's own begins: its modal is not the claim's ("languages that could").
_INNER = frozenset("who whom whose which that when where because since although though while whether".split())
_REACH = 12
# "In fact, in May the bridge was the busiest": the month, not the modal (as hedging._may_after).
_BEFORE_MONTH = frozenset("in by of until since from during through early late last next this".split())


def hedges_its_claim(lw, a: int, b: int) -> bool:
    """The booster at words ``a``..``b`` is "Indeed" or "In fact" opening its sentence (or after a
    lead word) and the first verb of the clause after it hedges its claim."""
    if tuple(lw[a : b + 1]) not in OPENERS:
        return False
    if a > 1 or (a == 1 and lw[0] not in _LEADS):
        return False
    k = b + 1
    n = len(lw)
    for j in range(k, min(n, k + _REACH)):
        w = lw[j]
        if j > k and w in _INNER:
            return False
        if w in _NEGATIONS:
            return False  # "Indeed, nothing more harmful could happen": an impossibility claimed
        if w == "may" and lw[j - 1] in _BEFORE_MONTH:
            continue
        if w in HEDGING_MODALS or w in _SEEMING:
            # not "could not", "could hardly" (an impossibility); "may not", "should not" still hedge
            return w != "could" or j + 1 >= n or lw[j + 1] not in _NEGATIONS
        if w in _VERBS:
            if (w in ("is", "was") and j > k and lw[j - 1] == "it") or w in ("it's", "it\u2019s"):
                return j + 1 < n and lw[j + 1] in _HEDGE_ADJECTIVES  # "it is probable that", "it's fair to say"
            return False
    return False
