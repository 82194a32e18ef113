"""Every member of a kind matched or outdone, "none" past the frames' reach, and nearly
nobody (issue 11, forty-sixth session, slrec46).

``superlative_frames.none_outdoes`` reads "none" as a clause's subject, at most two words, a
comparative and "than" within nine words, no mark between ("none brings greater promise than");
``equative_absolute`` reads an equality denied after "no" and "nothing" only. The same claim
about every rival, a superlative with no superlative form (RULES 3), in three shapes they pass
over:

* an equality denied to every rival: "but none is so varied, vast and vigilant as the eating
  public", "none are so widely used or tested as pkg_resources", "none have cherry-picked the
  era's best attributes as judiciously as Shovel Knight";
* "none" equal to one: "Of all the dangers which our nation has yet encountered, none are equal
  to those which ...";
* the comparative past two words or the "than" past nine, across the commas of a list: "none
  have been attended with greater success than the establishment of boards", "none is more
  difficult to manage, more troublesome, and more enduring in its effects than the control of
  love and hate".

"none" must be the subject (the caller asks ``opens_before`` or ``superlative_beyond.none_opens``,
so not "I know of none which promises so certain results", the speaker's knowledge, nor "if none
is larger than", a program's test), nor the speaker's own feeling ("none can give us more
satisfaction than"). Not "none of" (a count), "none other", nor "as" idioms that
compare nothing: "so humble ... as to escape" (a result), "as many as half" (a figure), "emerges
as an arresting individual" (a role), "as long as", "as well as". Each call reads at most
:data:`REACH` words after its "none": linear in the sentence.

And :func:`nearly_nobody`, the mirror of ``superlative_absolutes.nearly_everyone``
("Virtually everyone thinks"): "almost nobody uses it", "supported by virtually no one",
"favored by programmers but almost no one else", "Practically nobody who goes to a top-20
school can afford it": a sweep over nearly everyone, wherever it stands (subject or object). Not
"almost none of the code" (a count of things), and not where "nobody" already heads a finding of
its own (``superlatives._nobody_does``: "almost no one knows this feature ever existed").

Measured over the ninety-seven development sets before chamfer-docs (start rules /tmp/e46s/exe):
see the code page SL101, forty-sixth session.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.superlative_frames import COMPARATIVES, NEARLY

#: How many words after "none" the comparison may reach: "none is more difficult to manage, more
#: troublesome, and more enduring in its effects than" puts its "than" fourteen words on.
REACH = 16
#: Where the comparative or "so"/"as" may stand at the latest: "none have been attended with
#: greater" is five words on, "none have cherry-picked the era's best attributes as judiciously" eight.
_DEGREE_REACH = 8
#: Words right after "none" that make it no subject of a comparison: a count ("none of them"), an
#: idiom ("none other than", "none the less", "none too").
_NOT_SUBJECT = frozenset({"of", "other", "the", "too", "whatsoever", "at", "but", "left", "yet", "else"})
#: Conditions before "none": "if none is so large as the limit", a program's test.
_CONDITIONS = frozenset({"if", "when", "whether", "unless", "until", "where", "once", "while"})
#: Words after "so"/"as" that make no degree: a figure ("as many as half"), a role ("as an
#: individual"), an idiom ("as well as", "as long as", "so as to", "as if", "as though").
_NO_DEGREE = frozenset(
    """many much few little long well soon far such though if to a an the this that these those
    it he she they we i you his her its their our my your follows usual ever yet good""".split()
)
#: Words after the closing "as" that make it a result or a conjunction: "so humble ... as to
#: escape", "as if", "as though".
_NOT_STANDARD = frozenset({"to", "if", "though", "well", "follows", "usual"})
#: The speaker before the degree: "none can give us more satisfaction than knowing that ..." ranks
#: what the speaker feels (a trap in the addresses, as "nothing has been so heartwarming to me").
_SPEAKER = frozenset({"i", "me", "us", "we", "myself", "ourselves"})
#: Marks that end the clause: the comparison must not run past them (commas may stand in a list).
_ENDS = frozenset(".;:!?()[]\u2013\u2014")


def _ends(gaps, k: int) -> bool:
    """The text between words ``k`` and ``k + 1`` ends the clause."""
    return gaps is not None and not _ENDS.isdisjoint(gaps(k) or "")


def none_matched(lw, i: int, gaps=None) -> Optional[tuple[int, int]]:
    """``lw[i]`` is "none", the subject of its clause (the caller's test), and the clause
    compares every member of its kind with one: "so/as <degree> ... as <standard>", "equal to",
    or a comparative and "than" past ``none_outdoes``' reach. ``(i, last)``; else None.
    ``gaps(k)``: the text between words ``k`` and ``k + 1``."""
    n = len(lw)
    if lw[i] != "none" or i + 3 >= n or lw[i + 1] in _NOT_SUBJECT:
        return None
    if i and lw[i - 1] in _CONDITIONS:
        return None  # "if none is so large as the limit": a program's test
    for t in range(i + 1, min(n, i + _DEGREE_REACH + 1)):
        if _ends(gaps, t - 1) or not lw[t].replace("-", "").replace("'", "").isalpha():
            return None
        w = lw[t]
        if w in _SPEAKER:
            return None  # "none can give us more satisfaction than": the speaker's own feeling
        if w == "equal" and t + 1 < n and lw[t + 1] == "to" and t <= i + 3:
            return (i, t + 1)  # "none are equal to those which ..."
        if w in ("so", "as") and t + 1 < n:
            if lw[t + 1] in _NO_DEGREE or not lw[t + 1].replace("-", "").isalpha():
                return None  # "as many as half", "emerges as an individual", "so as to"
            return _closing_as(lw, i, t, gaps)
        if w in COMPARATIVES or w in ("more", "less"):
            if t + 1 < n and lw[t + 1] == "than":
                return None  # "none has more than three fields": a bound
            return _than(lw, i, t, gaps)
    return None


def _closing_as(lw, i: int, t: int, gaps) -> Optional[tuple[int, int]]:
    """The "as" that closes the equality opened by "so"/"as" at ``t``, within a few words (a list
    of degrees joined by commas, "or", "and": "so varied, vast and vigilant as"), then its
    standard; ``(i, as)`` or None."""
    n = len(lw)
    for e in range(t + 2, min(n - 1, t + 8, i + REACH + 1)):
        if _ends(gaps, e - 1) or not lw[e].replace("-", "").replace("'", "").isalpha():
            return None
        if lw[e] == "as":
            if lw[e + 1] in _NOT_STANDARD or not any(c.isalnum() for c in lw[e + 1]):
                return None  # "so humble ... as to escape", "as if"; the standard may be a name in code
            return (i, e)
    return None


def _than(lw, i: int, t: int, gaps) -> Optional[tuple[int, int]]:
    """The "than" after the comparative at ``t`` within :data:`REACH` words of "none", commas
    allowed (a list of comparatives), and a word after it, not a figure; ``(i, than)`` or None."""
    n = len(lw)
    for e in range(t + 1, min(n - 1, i + REACH + 1)):
        if _ends(gaps, e - 1) or not lw[e].replace("-", "").replace("'", "").isalpha():
            return None
        if lw[e] == "than":
            return (i, e) if lw[e + 1].isalpha() else None
    return None


def nearly_nobody(lw, i: int) -> Optional[tuple[int, int]]:
    """``lw[i]`` is "nobody", "no-one" or the "no" of "no one", after almost / virtually /
    practically / nearly: ``(softener, last word)``; else None."""
    if i < 1 or lw[i - 1] not in NEARLY:
        return None
    if lw[i] in ("nobody", "no-one"):
        return (i - 1, i)
    if lw[i] == "no" and i + 1 < len(lw) and lw[i + 1] == "one":
        return (i - 1, i + 1)
    return None
