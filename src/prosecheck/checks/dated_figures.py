"""The figures of a sentence that only date it: a year, a decade, a century, a day of a month.

Issue 11, fifty-fifth session (infact55). An emphatic opener ("In fact", "Indeed", "In reality",
"In truth") is left alone when its sentence carries a figure: RULES 5 does not count a booster
whose sentence gives the figures that prove it ("Indeed, payrolls grew by 630,000 in March"). A
date proves nothing by itself, it says when: "In fact, the main reason for the 1970s breakdown was
social struggle by working people", "In fact, he already has an agreement to take over Leipzig
for the 2019-2020 season", "In fact, these economies have done worse under neo-liberalism than
they did under state-aided forms of development between 1950 and 1980". Those sentences insist
on a claim as much as they would without the date.

:func:`figures` sorts a sentence's figures once: ``NONE`` (no word opens with a digit),
``DATES`` (every such word is a date: a year or a decade, "1945", "1970s", "1990's"; a span of
years, "2016-17"; an ordinal century, "17th-century", "the 19th century"; a day next to its
month, "April 4", "4th of July") or ``MEASURE`` (a count, a share, a price, a range of ages such
as "25-54": the old test). A sentence of dates only still counts as measured when it states a
measure in words or with a currency sign ("reformed their labour markets roughly ten times as
much", "violent crime is one-half of what it was in 1991", "a $2500 diamond stickpin"): those
are the figures that prove it, and its dates only place them.

What the dates let through stays a finding only at the warning tier (hedging._rules): in a
history the dated event is itself the ground often enough ("In fact, at the Spring 1997 IETF, a
large number of ...", "the gIFt chunk was officially declared Bad in October 1998") that the
info findings so added were traps 7 times of 10 over the one hundred and twenty-four sets
before riffler.

Each word is read once with its neighbours, and the answer is kept for the sentence
(sentence_memo.per_sentence): constant work per finding.
"""

from __future__ import annotations


from prosecheck.lazyre import lazy
from prosecheck.checks.booster_figures import NUMBER_WORDS
from prosecheck.checks.sentence_memo import per_sentence

NONE, DATES, MEASURE = 0, 1, 2

_YEAR = lazy(r"[12]\d{3}(?:'?s)?$")  # "1945", "1970s", "1990's"
_YEARS = lazy(r"[12]\d{3}[-\u2013/](?:\d{2}|[12]\d{3})$")  # "2016-17", "1914-1918"
_ORDINAL = lazy(r"\d{1,2}(?:st|nd|rd|th)$")
_CENTURY = lazy(r"\d{1,2}(?:st|nd|rd|th)-centur(?:y|ies)$")  # "17th-century"
_DAY = lazy(r"\d{1,2}(?:st|nd|rd|th)?$")
_CENTURY_WORDS = frozenset({"century", "centuries"})
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_CURRENCY = ("$", "\u00a3", "\u20ac", "\u00a5")
# A measure in words: a number before one of these ("ten times", "fifty percent", "three-fold"),
# or a fraction ("one-half", "two-thirds").
_MEASURE_NEXT = frozenset("times percent per fold".split())
_FRACTIONS = frozenset("one-third one-half one-quarter two-thirds three-quarters".split())


def _date(lw, i: int, words, prose: str) -> bool:
    """Is ``lw[i]`` (a word that opens with a digit) a date rather than a measure?"""
    w = lw[i]
    start = words[i].start
    if start and prose[start - 1] in _CURRENCY:
        return False  # "$2500": the sign is no part of the word
    if _YEAR.match(w) or _YEARS.match(w) or _CENTURY.match(w):
        return True
    nxt = lw[i + 1] if i + 1 < len(lw) else ""
    if _ORDINAL.match(w) and nxt in _CENTURY_WORDS:
        return True  # "the 19th century"
    if _DAY.match(w):
        prev = lw[i - 1] if i else ""
        after = lw[i + 2] if nxt == "of" and i + 2 < len(lw) else nxt
        return prev in _MONTHS or after in _MONTHS  # "April 4", "4 April", "4th of July"
    return False


def _measure_in_words(lw, i: int) -> bool:
    w = lw[i]
    if w in _FRACTIONS:
        return True
    return w in NUMBER_WORDS and i + 1 < len(lw) and lw[i + 1] in _MEASURE_NEXT


@per_sentence
def figures(lw, words, prose: str) -> int:
    """``NONE``, ``DATES`` or ``MEASURE`` for the sentence's lower-cased words ``lw`` (its
    ``words`` and the ``prose`` they index give the mark before a figure: above)."""
    dated = False
    for i, w in enumerate(lw):
        if w[:1].isdigit():
            if not _date(lw, i, words, prose):
                return MEASURE
            dated = True
    if not dated:
        return NONE
    return MEASURE if any(_measure_in_words(lw, i) for i in range(len(lw))) else DATES
