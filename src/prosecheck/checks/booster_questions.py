"""A booster that opens a question (HC102 at info; issue 11, sixty-second session, ask62).

"Surely this means that the owners of capital deserve a reward?", "Surely that level of precision
is sufficient for most purposes?", "In fact, in the desegregated school system ..., how can we
assure equal opportunity?", "But surely Michigan Avenue was handsome?": the sentence opens on the
certainty word and ends on a question mark. The writer asks: most often the sentence voices the
objection the text answers next ("Surely this means ...? Not so, as ..."), or asks the reader to
grant a point; it asserts nothing with the certainty it names (dolly S832: a question asserts
nothing; the FAQ sets mark the voiced objection a trap). A rhetorical question the writer means
as a claim ("Surely they would conclude that socialism is about Stalinism ...?", cramp-docs) is
right as a booster, so the finding stays, at info (``--picky``), not at warning.

Over the one hundred and forty-five development sets before scutch, by the sentence, the warnings
of this shape were 2 right, 10 traps and 1 unlabelled, in eight sets (drill, pliers, collet, gad,
crimp, shive, hardy, cramp); by the line 4 right, 7 traps, 2 unlabelled (the code page). On scutch, twybil and
kevel, read after the shape was measured, 4 warnings, all traps ("Surely this is liberty?").

Only a booster that opens the sentence (or follows "and", "but", "so", "yet" or "or"): a booster
later in a question stays a warning ("yet surely the right comparison would be ...?", "And, equally,
surely support for co-operation clearly implies ...?": the writer's own claim put as a question,
right in sprue, drift, shive and snips). Not when the question is a second clause after "but"
("Clearly some people deserve an early heads-up, but who?", "Nobody can deny it is an issue ...
but will that see a rise ...?": the booster's own clause is a statement, right in fillister and
gad).

Reads the sentence's words after the booster once, for a finding at its first or second word only:
at most one such finding per sentence, so linear in the sentence.
"""

from __future__ import annotations

from prosecheck.checks.voice import ends_on_question_mark

_LEADS = frozenset({"and", "but", "so", "yet", "or"})


def opens_question(lw, words, prose: str, a: int, b: int) -> bool:
    """The booster at words ``a``..``b`` opens the sentence (or follows a lead word), the sentence
    is a question, and no "but" turns it into one after a statement."""
    if a > 1 or (a == 1 and lw[0] not in _LEADS) or not ends_on_question_mark(words, prose):
        return False
    return "but" not in lw[b + 1 :]  # "Nobody can deny it is an issue ... but will that see ...?"
