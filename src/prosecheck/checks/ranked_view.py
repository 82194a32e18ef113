"""A ranking handed to raters nobody names (HC101): "Bain & Company is recognized as one of the
best places to work", "Indiana has been rated as the best Midwest state to do business in",
"1987-88-89 are considered the absolutely most intense years", "is generally acknowledged to be
the best and surest safeguard", "have rightly been considered among the most beautiful ever made".

The passive of a verb of judging or rating ("considered", "rated", "ranked", "recognized",
"acknowledged", "judged", "deemed", "esteemed", "reckoned", "accounted", "regarded", "hailed",
"named", "voted") with a superlative as its complement ("the best", "one of the finest", "among
the most beautiful") tells the reader that somebody ranks the thing first, and not who: who rated
it, who considers it so? (issue 11, fifty-sixth session, unnamed56: hasp-docs' two speeches, read
as well in burin-, bodkin-, burnisher- and collet-docs). A link, a citation or a named source in
the sentence answers it, as for every HC101 finding.

Not a finding:

* the past ("A new way to define a function was considered the best way", "it was rated one of
  the worst schools in Colorado"): a decision the writers took or a rating given once, told as
  history; only the present and the perfect hold a standing now;
* after a modal or "being" ("should be considered the most important to audit", "can be
  considered as the first laboratory", "is going to be considered the greatest Speaker"): the
  writer's own framing, an instruction or a forecast ("be" with no finite verb is not read);
* with the raters named after "by" ("has been considered the best by most reviewers");
* a complement that is no ranking ("is considered a breaking change": ``reputation``'s readings).
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.superlative_forms import EST_FORMS
from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.word_gaps import between

#: Participles of judging or rating whose passive hands a ranking to nobody.
PARTICIPLES = frozenset(
    "considered rated ranked recognized recognised acknowledged judged deemed esteemed reckoned "
    "accounted regarded hailed acclaimed named voted".split()
)
#: Superlatives that rank (the common irregular and -est forms, and "most"/"least" before a word).
_SUPERLATIVES = frozenset(
    "best worst greatest finest foremost top leading largest biggest highest lowest smallest "
    "strongest fastest safest richest poorest oldest newest smartest wisest brightest hardest "
    "easiest cheapest costliest deadliest loveliest noblest purest".split()
) | EST_FORMS
_MOST = frozenset({"most", "least"})
# The present or perfect "be" before the participle (the past is history, _PAST; a bare "be" or
# "being" follows a modal or a preposition: the writer's own framing or a forecast).
_PRESENT = frozenset({"is", "are", "am"})
_PERFECT = frozenset({"has", "have"})
# Adverbs between "be" and the participle: how many hold it, since when, how firmly.
_BETWEEN = frozenset(
    """
    also often widely generally commonly universally usually now still already long rightly justly
    consistently repeatedly regularly again once increasingly routinely frequently sometimes
    popularly traditionally variously even today
    """.split()
)
# Words between the article and the superlative: an adverb or a place ("the absolutely most
# intense", "the nation's best"); no mark may stand between.
_MAX_BEFORE_SUPERLATIVE = 2
# Owners before the superlative that make it a ranking of the place or group ("America's best").
_DETERMINERS = frozenset({"the", "its", "their", "our", "his", "her"})
_AGENT_WINDOW = 10


def _between_ok(w: str) -> bool:
    return w in _BETWEEN or ly_adverb(w, 4)


def ranked_by_nobody(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)`` word indexes of "is (adverbs) <participle> (as | to be) (one of | among)
    the ... <superlative>" when ``lw[i]`` is the participle and no rater is named after "by";
    else None. ``first`` is the finite "is"/"are" or the "has"/"have" of the perfect."""
    n = len(lw)
    if lw[i] not in PARTICIPLES:
        return None
    j = i - 1
    while j >= 0 and _between_ok(lw[j]) and j > i - 4:
        j -= 1
    if j < 0:
        return None
    if lw[j] == "been":
        first = j - 1
        while first >= 0 and _between_ok(lw[first]) and first > j - 3:
            first -= 1  # "has generally been considered"
        if first < 0 or lw[first] not in _PERFECT:
            return None
    elif lw[j] in _PRESENT:
        first = j
    else:
        return None  # "was considered the best way", "should be considered the most important"
    if any(between(words, prose, m, m + 1).strip() for m in range(first, i)):
        return None  # a mark between: an aside, not one verb phrase
    k = i + 1
    if k < n and lw[k] == "as":
        k += 1
    elif k + 1 < n and lw[k] == "to" and lw[k + 1] == "be":
        k += 2
    if k + 1 < n and lw[k] == "one" and lw[k + 1] == "of":
        k += 2
    elif k < n and lw[k] == "among":
        k += 1
    if k >= n or not (lw[k] in _DETERMINERS or lw[k].endswith(("'s", "\u2019s"))):
        return None
    start = k
    k += 1
    last = None
    while k < n and k <= start + _MAX_BEFORE_SUPERLATIVE + 1:
        if between(words, prose, k - 1, k).strip():
            return None  # "the best, ...": a mark before the ranking
        if lw[k] in _SUPERLATIVES or (lw[k] in _MOST and k + 1 < n and lw[k + 1].isalpha()):
            last = k
            break
        if not lw[k].replace("-", "").isalpha():
            return None
        k += 1
    if last is None:
        return None
    if "by" in lw[last + 1 : last + 1 + _AGENT_WINDOW]:
        return None  # "considered the best by most reviewers": the raters are named
    return first, last
