"""A booster in what follows from the reader's own condition: "If you have developed code for
Linux, you clearly have an interest in ...", "When you are ready to publish trees, you will, of
course, need a server", "if you think the UI is acceptable, then you are clearly not the target
audience", "If you know the basics ..., then definitely".

The certainty is drawn from a premise the reader supplies ("if you ..."), and lands on the reader
again (or on what follows "then"): a deduction or advice for that reader, not a claim about the
world that evidence could support. Measured over the twenty-four development sets and news-dev
(issue 11, eighteenth session): five findings of the shape, in awl, lathe, rasp, hearth and
sealed, none a labelled claim (three of them traps), and no labelled booster has it. Not the
appeal "you can rest assured that ..." (its certainty lands on the claim after it, real-docs'
labelled booster), not a verb between the reader and the booster ("If you know the code, you
can hear clearly partisan tones": manner). Not a condition on
someone else ("When we talk about telecom, we definitely think of Jio"), not a booster whose
subject is not the reader ("When you hit a revert, what you're hitting is ... (but obviously in
reverse)"), not a booster inside the condition (confidence.hypothetical takes those).
Words are the sentence's normalised words (``norm_words``).
"""

from __future__ import annotations

_CONDITIONS = frozenset({"if", "when", "once", "whenever"})
_READER = frozenset({"you", "you're", "you've", "you'll", "you'd"})
# Words that may open the sentence before the condition: "And if you ...", "So when you ...".
_LEADS = frozenset({"and", "but", "so", "now"})
# Between the reader and the booster: "you will, of course,", "you are clearly", "you can certainly".
_AUXILIARIES = frozenset(
    "will would are were can could should must may might have had do did".split()
)


def _condition_on_reader(lw, b: int, words, prose: str) -> int:
    """The index of "if"/"when" + "you" opening the sentence (or a clause after a colon) before
    word ``b``, or -1."""
    for k in range(min(b - 1, 40)):
        if lw[k] in _CONDITIONS and lw[k + 1] in _READER:
            if k == 0 or (k == 1 and lw[0] in _LEADS) or ":" in prose[words[k - 1].end : words[k].start]:
                return k
    return -1


def consequence_for_reader(lw, b: int, words, prose: str) -> bool:
    """The booster at ``b`` stands in the main clause after a condition on the reader, with the
    reader as its subject ("..., you clearly have", "..., you will, of course, need") or right
    after "then"."""
    if lw[b] == "rest":
        return False  # "you can rest assured that you'll be able to ...": an appeal, its certainty on the claim after
    c = _condition_on_reader(lw, b, words, prose)
    if c < 0:
        return False
    if not any("," in prose[words[m - 1].end : words[m].start] for m in range(c + 2, b + 1)):
        return False  # the condition must close before the booster
    before = lw[b - 1]
    if before == "then" or before in _READER:
        return True
    return before in _AUXILIARIES and b >= 2 and lw[b - 2] in _READER
