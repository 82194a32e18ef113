""""one of the great ..." ranked over an age, the world or all time (issue 11, fifty-fifth
session, rank55).

"great" is no superlative, but "one of the great" and a scope that takes in every rival ranks its
noun among the few first of all there are, as "one of the greatest" does: "one of the great sea
mysteries of all time", "is one of the great companies of the world", "one of the great composers
of the Twentieth Century", "one of the great singers of our time", "One of the great giveaways of
all time". Without "one of" the article alone ranks only over all time ("This is going to be
the great Trojan horse of all time"): "the great singers of our time" and "among the great names
in its history" name a group.

The scope stands within four words of "great", after a noun phrase of plain words with no mark
between: the lexicon's scopes (``in the world``, ``in history``, ``of all time``), a record's
scope over history (``in our history``, ``since the Civil War``), and "of" an age or the world
(``of our time``, ``of our day``, ``of the age``, ``of the world``, ``of the Twentieth Century``).
Not without a scope ("One of the great things about the State of the Union is ...", "one of the
great ironies of life"), not a name ("one of the Great Lakes"), not a quantity ("the great
majority of the world's ..."), and not "of our Nation's history" (a nation's own past, which
the annotators read as a goal when foretold: hoe-docs' trap). Reads the normalised words of one
sentence (``lw``) at one trigger, a fixed number of words forward and back.
"""

from __future__ import annotations

from typing import Callable, Optional

from prosecheck.checks import superlative_frames as frames

TRIGGERS = frozenset({"great"})
#: How many words may stand between "great" and its scope: "Schubert-Beethoven-Mozart players".
_REACH = 4
#: Heads of "the great ..." that measure a quantity, not a rank: "the great majority of ...".
_QUANTITIES = frozenset("majority bulk mass part deal number extent amount body many most".split())
#: Owners and ages after "of": "of our time", "of the age", "of the world", "of his day".
_AGE_OWNERS = frozenset("our the this his her their its my".split())
_AGES = frozenset("time times day age era generation world century lifetime".split())
#: Words that end the noun phrase before any scope: a clause or a list goes on after them.
_STOPS = frozenset(frames.NOT_HEAD_NOUNS | {"is", "are", "was", "were", "be", "that", "which", "who", "we", "i"})
#: Counts that rank among a few first, as "one of" does: "two of the great ...".
_AMONG = frozenset("one two three some".split())
#: The lexicon's scopes read here are places and times ("in the world", "on earth"), not "among"
#: or "around", which may rank among a few.
_SCOPE_OPENERS = frozenset({"in", "on", "of"})


def _age_scope(lw, k: int) -> Optional[int]:
    """The last word of "of" an age or the world at ``k`` ("of our time", "of the world", "of the
    Twentieth Century", "of the 20th century"), else None."""
    n = len(lw)
    if lw[k] != "of" or k + 2 >= n or lw[k + 1] not in _AGE_OWNERS:
        return None
    if lw[k + 2] in _AGES:
        return k + 2
    if lw[k + 1] == "the" and k + 3 < n and lw[k + 3] == "century" and lw[k + 2].replace("-", "").isalnum():
        return k + 3  # "of the Twentieth Century", "of the 20th century"
    return None


def great_ranked(lw, i: int, scope, text: Callable[[int], str], gap: Callable[[int], str]) -> Optional[tuple[int, int]]:
    """``(start, end)`` of "one of the great <noun phrase> <scope>" (or "the great <noun phrase>
    of all time / in history") when ``lw[i]`` is "great", else None: ``start`` the index of "one"
    (or "the"), ``end`` the scope's last word. ``scope`` is the lexicon's scope matcher, ``text(k)``
    word ``k`` as written (a capital "Great" opens a name), ``gap(k)`` the text between words ``k``
    and ``k + 1``."""
    n = len(lw)
    if lw[i] != "great" or i < 1 or lw[i - 1] != "the" or text(i)[:1] != "g" or i + 2 >= n:
        return None
    among = i >= 3 and lw[i - 2] == "of" and lw[i - 3] in _AMONG and not gap(i - 3).strip() and not gap(i - 2).strip()
    if gap(i - 1).strip() or lw[i + 1] in _QUANTITIES:
        return None
    for k in range(i + 2, min(n, i + 2 + _REACH)):
        w = lw[k - 1]
        if gap(k - 1).strip() or w in _STOPS or not w.replace("-", "").replace("'", "").isalpha():
            return None  # the noun phrase ends at a mark or a function word: no scope of its own
        if not among:
            # the article alone ranks over all time only: "counts among the great names in its
            # history" names a group (mandrel-docs)
            if lw[k : k + 3] == ["of", "all", "time"]:
                return i - 1, k + 2
            continue
        last = frames.history_scope(lw, k)
        if last is not None and lw[k] == "ever" and k + 1 < n and lw[k + 1].isalpha() and last == k:
            return None  # "one of the great deals ever made": "ever" must end the phrase
        if last is None:
            last = _age_scope(lw, k)
            if last is None and lw[k] in _SCOPE_OPENERS:
                match = scope.match_at(lw, k)  # "in the world", "in the country", "on earth"
                if match is not None:
                    last = k + match[0] - 1
        if last is not None:
            return (i - 3 if among else i - 1), last
    return None
