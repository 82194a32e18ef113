"""A "Naturally," that opens a sentence outside technical writing: HC102 (issue 11, fifty-first
session, boostrec51).

"Naturally, established society ... was outraged and terrified", "Naturally, the statewide races
will provide the major test for the expanding council", "And naturally, all the young people with
enough brains to be rebellious bought acid house records": the writer opens on "Naturally," to
say that what follows could not have been otherwise, as "Of course," and "Obviously," do, and
gives no ground for it. The word was in no list of HC102's (it was read only as a limit's
companion, admitted_limits): every such sentence was a miss. Set off by its comma at the head of
the sentence it is the sentence adverb; elsewhere it is as often manner or kind ("naturally
occurring", "comes naturally", "Lions are naturally early risers"), and inside the sentence its
claims and its traps came out even (16 right against 14 traps and 59 findings on no item over the
one hundred and twelve sets before mattock): those are not read.

Over the one hundred and twelve sets before mattock, the sentences that open on "Naturally,"
outside technical writing held 12 claims in six sets against 5 traps and 2 on no item; in
technical writing 2 claims against 9 traps ("Naturally, the trade-off here is a loss of
efficiency", "Naturally, your needs and wants likely differ": documentation grants what its
reader expects), so it is not read there (``Document.technical``). Not after a lead other than
"and", "but" or "so", not before a condition ("Naturally, where one of the effects is uncertain,
this has to be taken into account": a case supposed, as after "Of course,"), not without the comma ("Naturally dormant and no spray danger", a
catalogue's adjective), not alone. Every other test of HC102 still applies (a possibility after
it, "Naturally, you can improve ...", and a turn later in the sentence lower it to info; a source
named or a ground given drops it).

Since the same session also "naturally" between a form of "be" and an article (``predicate``):
"was naturally an expert at social engineering", "The sine qua non of the elections was naturally
an impartial and standardized procedure", "is quite naturally the type of hydroxyl-rich compound":
the predicate noun put beyond question, as "was indeed a turnaround" is (hedging._indeed_after_copula,
tier40). Over the one hundred and fifteen sets 3 claims in three sets (spindle, pincer; billhook)
and no wrong finding; before an adjective or a participle ("are naturally immune to poisons", "was
naturally assailed") it is manner or kind as often as a claim, and not read. Outside technical
writing only ("There's naturally a variant that uses the group name": documentation's aside).

Reads the sentence's first three words, and two words before each "naturally" and one after:
constant work per occurrence.
"""

from __future__ import annotations

#: The word, as _scan tests it (normalised, lower-case).
WORD = "naturally"

# Words that may stand before it at the head of the sentence: "And naturally, all the young people".
_LEADS = frozenset({"and", "but", "so"})
# A condition right after the comma: "Naturally, where the effects of an action are uncertain, this
# has to be taken into account" grants what holds in a case supposed, as "Of course, if your pool
# is close to the house, ..." does (hedging._concessive's kin, fifteenth session): no claim.
_CONDITIONS = frozenset("if when where whenever wherever unless once".split())


def opening(doc, lw, words, prose: str, i: int) -> bool:
    """``lw[i]`` is "naturally" opening the sentence (past one of _LEADS), set off by a comma, with
    more after it, in a document that is not technical."""
    if i > 1 or (i == 1 and lw[0] not in _LEADS) or i + 2 >= len(lw) or lw[i] != WORD:
        return False
    if "," not in prose[words[i].end : words[i + 1].start] or lw[i + 1] in _CONDITIONS:
        return False
    return doc is not None and not doc.technical


# The forms of "be" before a predicate noun: "was naturally an expert", "is quite naturally the type".
_BE = frozenset("is are was were".split())
_ARTICLES = frozenset("a an the".split())


def predicate(doc, lw, i: int) -> bool:
    """``lw[i]`` is "naturally" right after a form of "be" (``quite`` between at most) and before an
    article: the predicate noun put beyond question, as "was indeed a turnaround" is; outside
    technical writing."""
    j = i - 1
    if j >= 0 and lw[j] == "quite":
        j -= 1
    if j < 1 or lw[j] not in _BE or i + 1 >= len(lw) or lw[i + 1] not in _ARTICLES or lw[i] != WORD:
        return False
    return doc is not None and not doc.technical
