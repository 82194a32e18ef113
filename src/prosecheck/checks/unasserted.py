"""Hedges in words that assert nothing (``HC101``'s precision; issue 11, thirtieth session, hedge30).

An unattributed hedge asks "who says so?" of a claim. Two shapes carry the hedge's words and make
no claim for anyone to have made:

* **the premise of a condition that opens the sentence.** "If they are believed to be very rarely
  used, ... they may be removed", "When a level of high inflation is expected to continue, then
  companies raise prices", "If a developer tells you otherwise, ask the regression tracker", "If
  our recognized leaders do not do this, ..." (the six findings of the forty-nine older sets so
  placed were wrong, in plumb-, spade-, vise-, maul-, plane- and brace-docs: the text supposes
  the belief, the expectation or the telling, and says what follows; nothing is reported as
  held). The condition must open the sentence and the hedge stand in it, before the first clause
  mark or "then": "Researchers found it on July 12, when ..." and "If, as officials said, ..."
  (an aside set off by commas) are not premises and stay findings.
* **an utterance given as an example, in quotation marks or after a colon, of what "one might
  say".** "One might say “I got moofed”.", "Looking at a program ..., one might say “Oh, I see,
  this program uses bogo-sort.”", "In giving directions, one might say: “To get to ...”" (a
  lexicon's examples of a usage: rake-, trowel- and tenon-docs, three findings, all wrong). The
  impersonal "one" with a modal is the writer's hypothetical speaker; what follows is the word
  in use, not a view. "One might say that the project has stalled" (a clause, no quotation) is
  the writer's view credited to nobody and stays a finding, as RULES 4's "Some might say".

Each function reads the normalised words of one sentence (``lw``) from its start to the hedge, or
the few characters after it: no scan of the sentence per finding beyond the hedge's own clause,
which ``opening_condition`` reads once per sentence (``sentence_memo.per_sentence``).
"""

from __future__ import annotations

from prosecheck.checks.sentence_memo import per_sentence

# Words that open a condition. Not "unless" (a condition the main clause sets aside), nor
# "whether" or "although" (no premise supposed).
CONDITIONS = frozenset({"if", "when", "whenever"})
# Marks that end the premise ("If you need speed, ..."); "then" opens the consequence.
_CLAUSE_MARKS = (",", ";", ":", "(", ")", "\u2013", "\u2014", " - ")
_THEN = "then"

# The hypothetical speaker: "one" and a modal before "say".
_ONE = "one"
_MODALS = frozenset("might may could would can".split())
_SAY = frozenset({"say", "write", "ask", "exclaim"})
# What opens the example after "say" (spaces and a comma skipped): a quotation mark or a colon.
_OPENERS = frozenset("\"“‘'`:")

EXAMPLES = {
    # (sentence, hedge phrase, is the hedge a premise?) for tests/test_hedge_unasserted.py
    "premise": [
        ("If they are believed to be rarely used, the functions are removed.", "are believed to", True),
        ("When inflation is expected to continue, companies raise prices.", "is expected to", True),
        ("If a developer tells you otherwise, ask the tracker.", "a developer", True),
        ("The bug was found on July 12, when researchers reported it.", "researchers reported", False),
        ("If, as officials said, the plant closes, prices will rise.", "officials said", False),
        ("If the cache is cold, the tool is said to be slow.", "is said to", False),
    ],
}


@per_sentence
def _premise_end(lw, words, prose: str) -> int:
    """The index of the first word after the premise of a condition that opens the sentence
    (the word a clause mark or "then" precedes), or -1 when the sentence opens on no condition."""
    if not lw or lw[0] not in CONDITIONS:
        return -1
    ws = list(words)
    for k in range(len(ws) - 1):
        gap = prose[ws[k].end : ws[k + 1].start]
        if any(m in gap for m in _CLAUSE_MARKS):
            return k + 1 if k > 0 else -1  # "If, as officials said, ...": an aside, no premise read
        if lw[k + 1] == _THEN:
            return k + 1
    return len(ws)


def in_premise(lw, words, prose: str, a: int, b: int) -> bool:
    """Does the hedge of words ``a``..``b`` lie in the premise of a condition that opens the
    sentence: "If they are believed to be rarely used, ..."?"""
    return 0 < a and b < _premise_end(lw, words, prose)


def example_utterance(lw, words, prose: str, a: int, b: int) -> bool:
    """Is the hedge at ``a``..``b`` "one might say" (a modal between) before a quotation or a
    colon: "One might say “I got moofed”."?"""
    if b - a != 2 or lw[a] != _ONE or lw[a + 1] not in _MODALS or lw[b] not in _SAY:
        return False
    rest = prose[words[b].end : words[b].end + 16].lstrip(" ,\u00a0\n\t")  # a line break and its indent
    return rest[:1] in _OPENERS
