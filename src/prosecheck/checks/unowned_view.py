"""A view or a feeling given as the thing itself, with nobody holding it (``HC101``; issue 11,
fifty-fourth session, opp54): "In Kiev, the feeling is that sanctions are the only hammer left",
"the feeling seems to be that the U.S. is doing quite enough", "The feeling was that a grouping
query should say so", "That is why, the argument runs, the squares fear jazz", "Of course the
claim is that higher wages follow investment", "the standard right-wing argument is that".

"The feeling is that" reports a mood as "it is felt that" would, and "the argument is that" an
argument as "it is argued that" would: whose feeling, whose argument? The weasel list has "the
story goes" and "legend has it"; this reads the shape: "the", at most two words of modifier, a noun
of ``FEELINGS`` or ``ARGUMENTS``, and then "is that", "was that", "seems to be that" (a feeling or
an argument) or "runs", "goes" (an argument told as it goes).

Read off knurl's and sprue's misses. Over the one hundred and twenty-one sets before knurl it
found, by the line pairing, 6 claims in 5 sets (ember-docs' "the feeling seems to be that",
strop-docs' "The feeling was that" and "The argument is that", chamfer-docs' "the argument runs",
crowbar-docs' "the claim is that", coping-docs' "Apparently the feeling is that", whose line's
positive is another sentence's: 5 by the sentence pairing) against 2 other findings (below,
``ARGUMENT_NOTE``) and no trap; on the newest three 2 (knurl-docs' "In Kiev, the feeling is
that", sprue-docs' "the standard right-wing argument is that").

Not a noun phrase inside another ("Part of the argument was that": a party's argument told in
parts), not a modifier that numbers or owns the argument ("the first argument is that", "the
main argument is that", "the same argument goes for", "the Leninist argument": the writer's own
list, or a party named by its capital), not a story that goes on ("the argument goes on for
pages"), and not a view the same sentence credits ("According to the ministry, the feeling is
that": ``prevailing_view.credited``).

Reads the words around the noun; the sentence's holders are found once per sentence
(``prevailing_view.credited``): no scan per finding.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks import prevailing_view
from prosecheck.checks.word_gaps import between
from prosecheck.checks.finding_kinds import HOLDS_VIEW

#: Nouns of a feeling held by a crowd.
FEELINGS = frozenset({"feeling", "sentiment"})
#: Nouns of an argument made by somebody.
ARGUMENTS = frozenset({"argument", "claim"})
#: The words that make hedging look here.
NOUNS = FEELINGS | ARGUMENTS

# Modifiers that number, rank or own the argument: the writer's own list or point ("the first
# argument is that", "the main claim is that", "the real argument is that").
_OWN = frozenset(
    """
    first second third fourth fifth sixth next last final other same main central key real whole
    only basic simple best strongest weakest obvious underlying original core primary principal
    chief above following previous present my our your his her their its this that these those
    """.split()
)
# Verbs after "the argument" that tell it as it goes ("the argument runs", "the argument goes").
_GOES = frozenset({"runs", "goes", "ran", "went"})
# After "goes"/"runs": the argument's own course, not a view passed on ("goes on", "runs through").
_COURSE = frozenset("on back further beyond away through into along out off round around over".split())
_BE = frozenset({"is", "was"})
_SEEM = frozenset({"seems", "seemed", "appears", "appeared"})

# Rules as data, with their examples (tests/test_check_hedging.py reads them): (sentence, is a
# view or a feeling given with nobody holding it?)
EXAMPLES = (
    ("In the capital, the feeling is that the sanctions will stay.", True),
    ("The general feeling seems to be that the mill is doing enough.", True),
    ("That is why, the argument runs, the millers fear the canal.", True),
    ("Of course the claim is that wages follow investment.", True),
    ("The standard argument is that the market will settle it.", True),
    ("Part of the argument was that the mill could grow.", False),
    ("The first argument is that the mill is too old.", False),
    ("The argument goes on for pages.", False),
    ("According to the ministry, the feeling is that the sanctions will stay.", False),
    ("The Leninist argument is that the party must lead.", False),
    ("My feeling is that the mill will close.", False),
)


#: The note of "the argument is that", "the claim is that": at info (hedging._hedge_tier). Over
#: the one hundred and twenty-one sets before knurl it was right 3 times (crowbar-docs, strop-docs
#: twice by the line, once by the sentence) against 2 other findings, a speaker's or a writer's
#: own argument put the same way ("No, the argument is that we have to take the guns away",
#: strop-docs; "but the counter-counter argument is that", spudger-docs), which no syntax of the
#: sentence tells apart ("the standard right-wing argument is that we should promote", sprue-docs,
#: has its "we" too). The feeling ("the feeling is that") and the argument told as it goes ("the
#: argument runs") stay warnings.
ARGUMENT_NOTE = "makes this argument"
_VIEW_NOTE = HOLDS_VIEW.note


def note(lw, i: int, last: int) -> str:
    """The message's note of the finding whose noun is ``lw[i]`` and last word ``lw[last]``."""
    return ARGUMENT_NOTE if lw[i] in ARGUMENTS and lw[last] == "that" else _VIEW_NOTE


def unowned_at(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)`` words of "the feeling is that", "the argument runs" when ``lw[i]`` is a
    noun of ``NOUNS``; else None."""
    n = len(lw)
    w = lw[i]
    if w not in NOUNS or i + 1 >= n:
        return None
    # "the" and at most two lower-case modifiers before the noun, no mark between
    j = i - 1
    while j >= 0 and i - j <= 3 and lw[j] != "the":
        if lw[j] in _OWN or not words[j].text[:1].islower() or not lw[j].replace("-", "").isalpha():
            return None
        j -= 1
    if j < 0 or lw[j] != "the" or i - j > 3:
        return None
    if any(between(words, prose, m, m + 1).strip() for m in range(j, i + 1) if m + 1 < n):
        return None
    if j >= 1 and lw[j - 1] == "of" and not between(words, prose, j - 1, j).strip():
        return None  # "Part of the argument was that": inside another noun phrase
    k = i + 1
    last = None
    if lw[k] in _BE and k + 1 < n and lw[k + 1] == "that":
        last = k + 1
    elif lw[k] in _SEEM and k + 3 < n and lw[k + 1] == "to" and lw[k + 2] == "be" and lw[k + 3] == "that":
        last = k + 3
    elif w in ARGUMENTS and lw[k] in _GOES:
        nxt = lw[k + 1] if k + 1 < n else ""
        if nxt in _COURSE or nxt == "for":
            return None  # "the argument goes on for pages", "the same goes for"
        last = k
    if last is None:
        return None
    if any(between(words, prose, m, m + 1).strip() for m in range(i, last) if m + 1 < n):
        return None
    if lw[last] == "that" and (last + 1 >= n or between(words, prose, last, last + 1).strip()):
        return None  # "the argument is that.", "the claim is that, ...": a pronoun, no clause
    if prevailing_view.credited(lw, words, last):
        return None  # "According to the ministry, the feeling is that"
    return j, last
