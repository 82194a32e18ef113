"""The speaker's certainty about a fellow member of the House (HC102's tier): "I am sure that my
hon. Friend is aware of the statement", "I know that the Minister will respond to what has been
said", "I am sure hon. Members will agree", "I assure her and the House that ...".

In a parliamentary debate "I know", "I am sure" and "I assure" before a member of the House
(`hon. Members`, `my hon. Friend`, `the Minister`, `the House`, `the right hon. Gentleman`) are
the courtesies of the chamber: the speaker grants a colleague's knowledge, promises what the
Minister will do, wishes a member well, or gives an undertaking to the House (gad S1087, loy
S1142: a courtesy of the House, not certainty on a factual claim). Sometimes the same words carry
a claim ("I am sure that the Minister and all hon. Members who speak in the debate will have had
such experiences"), so the finding goes to info rather than away.

Issue 11, sixty-fifth session (prec65): over the one hundred and fifty-four sets before pritchel,
thirteen warnings had this shape, all in Commons speeches (gad, gib, hob, loy, peen, tamp): by the
same-sentence pairing 2 right, 5 traps, 6 on no item; by the line pairing, which in those speeches
pairs a finding with any item of the whole speech (one line each), 6 right, 4 traps, 3 on no
item. pritchel, bolster and flatter hold none (no debate). The fifty-sixth session found none
in riffler's and wimble's Commons speeches (HC102.md); the later sets brought them.

Only the speaker's own "I" and a member named by the chamber's forms, with a capital
("Members", "Minister", "Friend", "House", "Secretary") or "hon." right after the booster, an
optional "that" and words like "my", "the", "other", "all": not "I know that members of both
parties in the House want to do the same" (a claim about a party's will: lower case, a
speech's "members"), not "we know", not another booster.

Reads at most six words after the booster: constant work per finding.
"""

from __future__ import annotations

#: The speaker's own certainty or undertaking (normalised words of the booster).
SPEAKERS = frozenset({
    ("i", "know"), ("i", "am", "sure"), ("i'm", "sure"), ("i", "assure"), ("i", "have", "no", "doubt"),
    ("i", "am", "certain"), ("i", "am", "confident"),
})
#: Words that may stand between the booster and the member.
_BETWEEN = frozenset("that my the other all a number of her him his and both".split())
#: The chamber's forms for a member, as written (with their capital).
_MEMBERS = frozenset("Member Members Minister Friend House Secretary Speaker".split())
_REACH = 6


def addresses_member(lw, words, b: int, bend: int) -> bool:
    """The booster ``lw[b .. bend]`` is the speaker's own and a member of the House follows it."""
    if tuple(lw[b : bend + 1]) not in SPEAKERS:
        return False
    for k in range(bend + 1, min(len(lw), bend + 1 + _REACH)):
        if lw[k] == "hon" or words[k].text in _MEMBERS:
            return True
        if lw[k] == "right" and k + 1 < len(lw) and lw[k + 1] == "hon":
            return True
        if lw[k] not in _BETWEEN:
            return False
    return False
