"""A ranking that is a label someone else gives, reported at ``info`` (issue 11, forty-third session,
precsl43): "It's called the highest civilian honor in our country", "what she called the worst of
it", "it was rated one of the worst schools in Colorado", "our country was rated as having the
world's most productive economy".

``called`` and ``rated`` right before the ranking hand it to whoever calls or rates: a title the
thing bears, a rating a body gives, or the words of the person the sentence names (RULES 1; B5 for
the rating in the passive, whose hedge is the claim; RULES 3 for an official title or rating). The
writer does not rank anything himself. Over the ninety-one development sets at the forty-third
session's start such findings were warnings wrong 4 times of 4, by sentence (traps in whet, awl,
hone and trowel), none right, and the gold holds no positive of the shape. Info, not out: "the
editor was rated the best of the year" with no one named who rated it may be a maker's claim, and
``unnamed_view`` keeps "is considered the best" at info for the same reason.

The verb must follow a form of "to be" (the passive: "was rated", "It's called") or a subject
third-person pronoun ("what she called", "they called it the best"); "one of", "among", "as" and "as having" may stand
between it and the ranking, and so may an object pronoun ("called it the best"). Not "named"
("We were named the most business-friendly state": an award, plane-docs' positive), "known as" (a
reputation the writer vouches for), nor "considered" and "regarded" (``unnamed_view``'s).

Reads at most six words before the finding: no scan of the sentence.
"""

from __future__ import annotations

from prosecheck.checks.ly_adverbs import ly_adverb

_LABEL_VERBS = frozenset({"called", "rated"})
_BE = frozenset("is are was were be been being am 's it's that's he's she's they're we're".split())
#: Third persons only: "I called the best plumber" is a call, "we called it" the writer's own label.
_SUBJECTS = frozenset("he she they".split())
_OBJECTS = frozenset("it him her them this that".split())
_ONE = frozenset("one some two three among".split())


def labelled_by_others(lw, a: int) -> bool:
    """The finding at ``a`` is the complement of "called" or "rated" after "to be" or a subject
    pronoun, "one of", "as (having)" or an object pronoun between."""
    p = a - 1
    if p >= 1 and lw[p] == "of" and lw[p - 1] in _ONE:
        p -= 2
    elif p >= 0 and lw[p] == "among":
        p -= 1
    if p >= 1 and lw[p] == "having" and lw[p - 1] == "as":
        p -= 2
    elif p >= 0 and lw[p] == "as":
        p -= 1
    if p >= 1 and lw[p] in _OBJECTS and lw[p - 1] in _LABEL_VERBS:
        p -= 1
    if p < 1 or lw[p] not in _LABEL_VERBS:
        return False
    q = p - 1
    while q > 0 and ly_adverb(lw[q], 4):
        q -= 1  # "was officially rated", "is widely called"
    return lw[q] in _BE or lw[q] in _SUBJECTS


EXAMPLES = (
    # (sentence, the finding's first word, is it a label someone else gives?)
    ("It's called the highest civilian honor in our country.", "the", True),
    ("She talked about what she called the worst of it.", "the", True),
    ("Three years ago, it was rated one of the worst schools in Colorado.", "the", True),
    ("Our country was rated as having the world's most productive economy.", "the", True),
    ("They called it the best film of the year.", "the", True),
    ("I called the best plumber in town.", "the", False),
    ("We were named the most business-friendly state.", "the", False),
    ("It is the best library for the job.", "the", False),
)
