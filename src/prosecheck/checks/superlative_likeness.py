"""A likeness or an unlikeness with every rival, said without "than" (issue 11, thirty-ninth session).

RULES 3 marks comparisons with everything else, and scribe-docs' addendum (S472) a page's
comparison of its own subject with every rival. "than any other" is in the word list and
:func:`superlative_frames.every_rival` reads "than" with every rival; a comparison can also
sweep over every rival with no "than" at all:

* **unlike ... any other** / **unlike every other**: "avocado is unlike any other fruit you have
  ever tasted", "Unlike what would have occurred in any other country, we were under no
  necessity of resorting to drafts", "Our citizen soldiers are unlike those drawn from the
  population of any other country": the subject set apart from every one of its kind;
* **like every other**: "Rsyslog (like every other modern syslog daemon) fudges this a bit",
  "This implementation, like every other automatic dependency tracking scheme in common use
  today, suffers from ...": a claim about every rival at once.

Not "like any other" ("it behaves like any other Python object", "handled like any other
value"): documentation says so of an ordinary member of a kind, no claim about the rivals (26
times in the benchmark corpus, none a claim). Not "every other" of alternation ("like every other
line", "every other day"), not "not unlike", not "like" as a verb of wanting ("I would like every
other row ..."), and not across a mark: the words between "unlike" and "any" run within one clause.
"""

from __future__ import annotations

from typing import Optional

#: Words that hedge the sweep by a few ("like almost every other", "unlike virtually any other").
_NEARLY = frozenset({"almost", "nearly", "virtually", "practically", "just", "about"})
#: "every other <noun>" of alternation, no rival: "every other line", "every other day".
_ALTERNATION = frozenset(
    "day days week weeks month months year years line lines row rows time times column columns "
    "character characters element elements item items page pages frame frames byte bytes bit bits "
    "second seconds minute minutes hour hours night nights weekend weekends issue issues word words "
    "letter letters step steps turn turns cell cells pixel pixels tick ticks".split()
)
#: Before "like", what makes it a verb: "I would like every other ...", "if you like every other".
_LIKE_VERB = frozenset(
    "would 'd ’d i you we they he she to do does did don't doesn't didn't don’t doesn’t didn’t "
    "should could might may will".split()
)
#: How far "unlike" may stand from its "any other": "unlike those drawn from the population of
#: any other country" (six words between).
_REACH = 7
#: Marks that end the reach of "unlike": a clause or a parenthesis between.
_MARKS = frozenset(",;:.()[]—–")


def _rival_at(lw, k: int) -> Optional[int]:
    """The rival's noun after "any other"/"every other" whose determiner is at ``k``, or None."""
    n = len(lw)
    if k + 2 >= n or lw[k + 1] != "other":
        return None
    noun = lw[k + 2]
    if not noun.replace("-", "").isalpha() or noun in _ALTERNATION:
        return None
    return k + 2


def _plain_gap(gaps, k: int) -> bool:
    """No clause mark between words ``k`` and ``k + 1``."""
    return gaps is None or _MARKS.isdisjoint(gaps(k))


def unlike_any_other(lw, i: int, gaps=None) -> Optional[tuple[int, int]]:
    """"unlike" at ``i`` reaching "any other"/"every other" and a rival within one clause:
    ``(i, rival)``, else None."""
    if i and lw[i - 1] == "not":
        return None  # "not unlike any other": alike
    n = len(lw)
    for k in range(i + 1, min(n, i + 1 + _REACH)):
        if not _plain_gap(gaps, k - 1):
            return None
        if lw[k] in ("any", "every"):
            end = _rival_at(lw, k)
            if end is not None:
                return i, end
        if not lw[k].replace("'", "").replace("’", "").isalpha():
            return None
    return None


def like_every_other(lw, k: int, gaps=None) -> Optional[tuple[int, int]]:
    """"every" at ``k`` after "like" (and up to two hedging words: "like almost every other",
    "like just about every other"), before "other" and a rival: ``(like, rival)``, else None.
    Read from "every", a rarer word than "like"; not "like any other" (an ordinary member of a
    kind)."""
    i = k - 1
    while i >= k - 2 and i >= 0 and lw[i] in _NEARLY:
        i -= 1
    if i < 0 or lw[i] != "like" or (i and lw[i - 1] in _LIKE_VERB) or not _plain_gap(gaps, i):
        return None
    end = _rival_at(lw, k)
    return (i, end) if end is not None else None
