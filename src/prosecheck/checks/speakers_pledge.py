"""A booster that opens the speaker's own pledge (issue 11, twenty-eighth session, boost28).

"Make no mistake about it: If Congress passes a national ban, I will veto it." "But one thing is
certain: I will never allow the world's number-one sponsor of terror ... to have a nuclear
weapon." "Most certainly we shall not settle for less." The booster opens the sentence and the
clause it announces is the speaker's undertaking, "I will" or "we shall" and a verb of doing:
what the speaker will do is his to promise, not a claim about the world the reader could check
(brace Z1, rake S104, hoe S104 / U3: "a promise about the speaker's own program"; sledge S80 and
drill Y4: the speaker's own position declared). Over the forty-six sets every such finding was a
trap: vise-docs, spade-docs twice, bevel-docs and hoe-docs; none right.

Still findings: another subject ("make no mistake about it: If they do not act, America will",
mallet's positive), a forecast rather than a deed ("we will win", "we will be stronger": the
world's answer, not the speaker's), a booster inside the sentence ("We have proven the
pessimists wrong before, and we will do it again"), and "I shall" in a relative clause ("In fact,
under the budget that I shall shortly submit, it can be done ...": the claim is "it can be done").
"""

from __future__ import annotations

from prosecheck.checks.sentence_memo import per_sentence

# Words that may stand before the booster at the sentence's start: "But make no mistake",
# "And one thing is certain", "Most certainly".
OPENERS = frozenset("but and so yet now most".split())
_SPEAKER = frozenset({"i", "we"})
_WILL = frozenset("will shall won't shan't".split())
_SPEAKER_WILL = frozenset({"i'll", "we'll", "i\u2019ll", "we\u2019ll"})
# Before the subject: a relative clause's word ("the budget that I shall submit"), or a clause the
# pledge is not the main verb of.
_RELATIVE = frozenset("that which who whom whose what whatever".split())
# Verbs after "will" that forecast an outcome rather than promise a deed.
_OUTCOMES = frozenset(
    "be win prevail succeed triumph overcome see get find have become remain continue know".split()
)
_BETWEEN = frozenset({"not", "never", "also", "always", "all", "both"})


@per_sentence
def pledge_at(lw) -> int:
    """The index of the sentence's first "I will" / "we shall" (+ a verb of doing) that no
    relative word introduces, or -1. Read once per sentence (sentence_memo)."""
    n = len(lw)
    for k, w in enumerate(lw):
        if w in _SPEAKER and k + 1 < n and lw[k + 1] in _WILL:
            v = k + 2
        elif w in _SPEAKER_WILL:
            v = k + 1
        else:
            continue
        if k and lw[k - 1] in _RELATIVE:
            continue
        while v < n and lw[v] in _BETWEEN:
            v += 1
        if v < n and lw[v][:1].isalpha() and lw[v] not in _OUTCOMES:
            return k
        return -1
    return -1


def opens_pledge(lw, b: int, bend: int) -> bool:
    """The booster ``b``..``bend`` opens the sentence (after "But", "And", "Most" at most) and the
    speaker's pledge follows it."""
    if b > 1 or (b == 1 and lw[0] not in OPENERS):
        return False
    k = pledge_at(lw)
    return k > bend
