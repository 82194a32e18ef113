"""A booster in a sentence the writer marks as a conclusion drawn: "Therefore", "Thus", "Hence",
"Consequently" or "Accordingly" opening it, or "therefore", "thus", "hence" or "then" set off right
after a booster that opens it (``marks_inference``); and outside technical writing a booster in
the main clause after an opening "When", "Whenever" or "Once" clause (``drawn_from_premise``,
below). HC102, at info; issue 11, forty-ninth session, boostprec49.

"It is evident, therefore, that it is folly for this Nation to base any hope of securing peace
on any international agreement", "Therefore, it is plain that the clear distinctions of the
nineteenth century are no longer with us", "Thus, it is clear, that with the privatisation of
'the commons' the right to roam ... would become a privilege", "It is clear, then, that classes
do exist": the connective says the certainty is drawn from what the text has just given (the
sets' W4: "follows from what the text has just given", "the conclusion follows from ..."), and
the reader can weigh that ground. It is still a certainty the writer insists on, and the same
shape is a claim often enough ("Therefore, it is obvious that the 'anarcho'-capitalist system
meets the Weberian criteria", "Thus, ... these 'defence associations' are most definitely
states"), so the finding moves from warning to info, not out: the default output stops showing
it, ``--picky`` still does.

Over the one hundred and nine development sets, by the same-sentence pairing, 6 wrong warnings
so marked move to info in five sets (spoke twice, tenon, tang, scribe; pliers' "Therefore, it is
plain that") against 2 right (cleat's "Therefore, it is obvious that" and "Thus, ... are most
definitely states"); by the line pairing 5 wrong in four sets against 3 right (tenon's is credited
there). The info tier does not change. Figures: HC102.md, *Measured accuracy*, forty-ninth
session. The twenty-second session left these openings alone on thirty sets (real's "Thus,
distributions play a very important role indeed" against vise's "So C was definitely ..."): with
more sets the warnings so marked are mostly wrong, and only the tier moves.

Not "So" (it opens as many other things as conclusions: "So far as", "So called", "So while ...",
"So is a bolt that ..."; and "So C was definitely a better choice" against "So the verdict is
clear" and "So make no mistake", claims), not "then" opening the sentence (a time), and not
after a turn or a colon or semicolon between the connective and the booster (the booster then
stands in a clause of its own: booster_clauses.after_ground_given's test).

Reads the sentence's first two words and the one word after the booster, and looks up the
sentence's turns and breaks once (booster_clauses' per-sentence memo): constant work per finding.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from prosecheck.checks.booster_clauses import after_opening_condition, turns_and_breaks

# Connectives that mark the sentence as a conclusion from what came before.
OPENING = frozenset("therefore thus hence consequently accordingly".split())
# Set off after a booster that opens the sentence: "It is evident, therefore, that", "Clearly,
# then, ...". "then" only here: opening a sentence it is a time ("Then it is clear that ...").
SET_OFF = frozenset("therefore thus hence then".split())
# "And therefore it is clear that": a joining word before the connective.
_JOINING = frozenset({"and"})
# "Thus far", "hence forth": the connective is part of a phrase of time or place.
_NOT_CONNECTIVE = frozenset({"far", "forth", "forward"})


def marks_inference(lw, b: int, bend: int, words, prose: str) -> bool:
    """The booster at words ``b``..``bend`` stands in a sentence the writer marks as a conclusion:
    an inference connective opens it (and the booster is in the clause it opens), or one is set
    off by a comma right after a booster that opens the sentence."""
    start = 1 if lw and lw[0] in _JOINING else 0
    if b == start and bend + 1 < len(lw) and lw[bend + 1] in SET_OFF:
        return "," in prose[words[bend].end : words[bend + 1].start]
    if start + 1 >= len(lw) or lw[start] not in OPENING or lw[start + 1] in _NOT_CONNECTIVE or b <= start:
        return False
    turns, breaks = turns_and_breaks(lw, words, prose)
    t = bisect_right(turns, start)
    if t < len(turns) and turns[t] < b:
        return False  # "Thus ..., but it is clearly ...": the booster in the turn's clause
    k = bisect_left(breaks, words[start].end)
    return not (k < len(breaks) and breaks[k] < words[b].start)


# A sentence that opens on "When", "Whenever" or "Once" and its clause, closed by a comma, with
# the booster in the main clause after it ("When we consider the disorganized state of the world
# community ..., it is obvious that the struggle ...", "When combined with the metaphysical
# notion that ..., it becomes clear that ...", "Once these are corrected, it becomes clear that
# both schools ... share significant ideas"): the main clause is what follows whenever the premise
# holds, a consequence the sentence draws from the ground it has just set up (the sets' S372 and
# W4), not a claim on the writer's word. booster_clauses.after_opening_condition leaves every such
# booster of technical writing out; elsewhere "If" argues as often as it draws ("If John F.
# Kennedy and Ronald Reagan could negotiate ..., then surely ...": 19 right warnings against 12
# wrong over the one hundred and nine sets), but "When" and "Once" mostly draw: 8 wrong warnings
# in eight sets against 3 right (HC102.md, forty-ninth session). At info, not out. Not "When it
# comes to" (a topic named: "When it comes to Medicare, the truth is that ...", plane's three
# positives), not "Once again" (booster_clauses._ONCE_ADVERBIAL).
PREMISE_OPENERS = frozenset({"when", "whenever", "once"})
_LEADS = frozenset({"and", "but", "so", "now"})


def drawn_from_premise(lw, b: int, words, prose: str) -> bool:
    """The sentence opens on "When", "Whenever" or "Once" (after "And", "But", "So" or "Now" too)
    and the booster at ``b`` stands after the comma that closes that clause
    (booster_clauses.after_opening_condition), not "When it comes to"."""
    c = 1 if lw and lw[0] in _LEADS else 0
    if c + 1 >= len(lw) or lw[c] not in PREMISE_OPENERS or b <= c:
        return False
    if lw[c + 1 : c + 4] == ["it", "comes", "to"]:
        return False  # "When it comes to Medicare, the truth is ...": a topic, no premise
    return after_opening_condition(lw, b, words, prose)
