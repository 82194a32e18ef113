""""The first" in a span of years: a record over the span (issue 11, twenty-first session).

"For the first time in 65 years, we are a net exporter of energy", "the first major trade deal
in many years to earn the strong backing of ...", "the first national stoppage of its kind in
three decades", "It's the first time in over thirty years that Congress put real restrictions
...": nothing like it for all those years, the record that "the lowest rate in 46 years" claims
with a superlative (SL101's record over a span). Counted over the twenty-nine labelled sets
before building: 5 claims in four modern sets (tongs, mallet, brace, auger) against 3 negatives
(a pull quote's repeat in tongs, quarry's "is meeting in New York City this week for the first
time in eleven years", attic's "For the first time in decades, the F.B.I. ..."), so it is
reported at ``info``.

Since issue 11's twenty-fourth session also "the very first" ("for the very first time in a decade",
saw-docs), "the first" stressed.

Since issue 11's forty-eighth session (slrec48) also "For the first time" heading a sentence with
no span at all (:func:`first_time_opening`): "For the first time, more people live under democracy
than dictatorship", "For the first time the representatives of practically all the civilized
countries ... united", "For the first time since World War II, the world's two strongest powers
...". With nothing to bound it the record runs over all time, as "for the first time in history"
does. Counted over the one hundred and three sets before coping-docs (``eval/pooled_misses.py
--slrec48``): 8 claims in eight sets against 2 traps (froe's "For the first time, because of
Federal help ...", ember's poll "For the first time since Pew began asking the question"); at
``info`` as the span's record is, and outside technical writing only (the check drops it there:
"For the first time, run ``init``" is a step). So nailset's claim "For the first time a Linux based
system has leapt ahead" stays missed: its Lindows column is read as technical writing. Not inside a sentence ("when you run it for the first time": 49 traps
and 44 unlabelled sentences against 20 claims over the sets), not after a time or a place
("Tonight, for the first time since 9/11", auger's trap; "Today, for the first time in 15
years" is the span's), not before "in", "during", "ever" or "this" (the history's, the span's and
"ever"'s readers have those, and "For the first time during my term of office" is the speaker's
own term), not before "I" (the writer's experience: "For the first time I understood ..."), and
not in a question.

Not a release, a version or a step ("isort 5.0.0 is the first major release of isort in 5
years", the corpus's two lines: a project's own order, as "the first release since 2019"), not a
span shorter than years ("for the first time in three days"), and not past a mark (a comma ends
the noun phrase). Reads the normalised words of one sentence (``lw``).
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.superlative_frames import history_scope, whole_number

# Nouns after "the first" that make it an order, not a record: a project's releases and steps.
# (Not "time": "for the first time in 65 years" is the record.)
_ORDER_NOUNS = frozenset(
    "step thing way place one result results match hit entry item element argument release releases "
    "version versions call request line page update patch build beta edition issue commit".split()
)
# Spans of years a record of "the first" runs over.
_YEAR_SPANS = frozenset({"years", "decades", "centuries", "generations", "decade", "century", "generation"})
# What may stand between "in" and the span: "in over thirty years", "in the past 50 years", "in
# many years", "in a decade"; and a figure, with its thousands' comma ("in 1,000 years").
_COUNTS = frozenset(
    "a an the past last over more than nearly almost about some many several few two three four five six "
    "seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
    "twenty thirty forty fifty sixty seventy eighty ninety hundred half".split()
)
# How far past "first" the span's "in" may stand: "the first national stoppage of its kind in".
_REACH = 7


def first_in_years(lw, gaps, i: int) -> Optional[tuple[int, int]]:
    """``(start, end)`` of "the first ... in <a span of years>" when ``lw[i]`` is "first", or None.
    ``gaps(k)`` is the text between word ``k`` and word ``k + 1``."""
    if i == 0 or lw[i - 1] != "the" and not (i >= 2 and lw[i - 1] == "very" and lw[i - 2] == "the"):
        return None  # (and "the very first": "for the very first time in a decade", saw-docs)
    start = i - 1 if lw[i - 1] == "the" else i - 2
    n = len(lw)
    for k in range(i + 1, min(n, i + _REACH + 1)):
        if gaps(k - 1).strip():
            return None  # a mark ends the noun phrase: "the first time, in 65 years ..." is two
        w = lw[k]
        if w in _ORDER_NOUNS or not w.replace("-", "").replace("'", "").replace("\u2019", "").isalpha():
            return None
        if w != "in":
            continue
        m = k + 1
        while m < n and m <= k + 4 and (whole_number(lw[m]) or lw[m] in _COUNTS) and not gaps(m - 1).strip():
            m += 1
        if m < n and lw[m] in _YEAR_SPANS and not gaps(m - 1).strip():
            return start, m
    return None


#: What may follow "For the first time" with no mark and still head its clause: a determiner or a
#: pronoun opening the subject ("For the first time the representatives ... united", "For the first
#: time we have moved upon ...", "For the first time a Linux based system has leapt ahead"). Not "I"
#: (the writer's experience), and not "in", "during", "ever", "this" (a span, a term, "ever": other
#: readers' or none), nor a noun ("For the first time users ...", a compound).
_OPENING_SUBJECTS = frozenset("the a an we they he she it our their his her its these those there".split())
#: The words that may stand before "For" at the head of the sentence: "And for the first time".
_OPENING_CONJUNCTIONS = frozenset({"and", "but", "yet", "so"})
#: Titles after "since": "For the first time since President Truman signed it", an order dated.
_TITLES = frozenset("president mr mr. mrs mrs. governor king queen senator speaker chairman".split())


def first_time_opening(lw, gaps, i: int) -> Optional[tuple[int, int]]:
    """``lw[i]`` is "first" of "For the (very) first time" heading its sentence (past "And" or
    "But"), then a comma or a dash, "since", or a determiner or pronoun opening the clause's
    subject: ``(start, end)`` over "For ... time", or None. Reads the words around ``i`` only."""
    n = len(lw)
    if i < 2 or i + 2 >= n or lw[i + 1] != "time":
        return None
    j = i - 2 if lw[i - 1] == "the" else (i - 3 if i >= 3 and lw[i - 1] == "very" and lw[i - 2] == "the" else -1)
    if j < 0 or lw[j] != "for":
        return None
    if j > 1 or (j == 1 and (lw[0] not in _OPENING_CONJUNCTIONS or gaps(0).strip())):
        return None  # "Tonight, for the first time since 9/11": a time or a place before it
    if any(gaps(k).strip() for k in range(j, i + 1)):
        return None
    mark = gaps(i + 1).strip()
    if mark:
        return (j, i + 1) if mark[:1] in (",", "\u2014", "\u2013", "-") else None
    if lw[i + 2] == "since":
        # "For the first time since President Truman signed it": a leader's act dates an order (the
        # twentieth session's exclusion, patterns.tsv record-over-history)
        return None if i + 3 < n and lw[i + 3] in _TITLES else (j, i + 1)
    return (j, i + 1) if lw[i + 2] in _OPENING_SUBJECTS else None


# --- issue 11, fifty-fifth session (rank55) ------------------------------------------------

#: Words between "the first" and the "in" of its scope: what the noun phrase may hold ("the first
#: $2 trillion economy", "the first of its scope"). A figure stands as the noun's measure.
_HISTORY_REACH = 6
#: Determiners before the owner of "the history of": "of the world", "of our country".
_OF_DETERMINERS = frozenset("the our this its their his her".split())


def _history_after_in(lw, k: int) -> Optional[int]:
    """``lw[k]`` is "in" and a scope over all history or the world follows: "in history", "in
    American history", "in our nation's history" (superlative_frames.history_scope, the scope
    every ranking over history reads), or "in the world": the index of "history" or "world", or
    None."""
    end = history_scope(lw, k)
    if end is not None:
        return end
    return k + 2 if lw[k + 1 : k + 3] == ["the", "world"] else None


def first_in_history(lw, gaps, caps, i: int) -> Optional[tuple[int, int]]:
    """``(start, end)`` of "the first <noun phrase> in <history or the world>" when ``lw[i]`` is
    "first": "the first continental union of democracy in the history of man", "the first $2
    trillion economy in the history of the world", "the first political party in American
    history", "the first computer school in the world", "the first of its scope in history" (a
    record over every year there has been, as "the largest ... in history" is). ``caps(k)``: word
    ``k`` is capitalised; ``gaps(k)``: the text between words ``k`` and ``k + 1``.

    Not a person's standing in an office, a capitalised title or people in the noun phrase ("the
    first African American minority leader in history", "the first Chinese-American Governor in
    the history of our country": history a reference work lists, vise's and punch's traps),
    unless what the person was the first to do follows ("the first President in American history
    to intervene in a strike", lug-docs' claim). Not with no noun ("was the first in American
    history in which ...": chuck's trap, a claim reported), not an order ("the first release in
    the project's history") nor past a mark."""
    if i == 0 or lw[i - 1] != "the":
        return None
    n = len(lw)
    titled = False
    for k in range(i + 1, min(n, i + _HISTORY_REACH + 2)):
        if gaps(k - 1).strip() not in ("", "$"):
            return None  # a mark ends the noun phrase (not a figure's "$": "the first $2 trillion economy")
        w = lw[k]
        if w == "in" and k > i + 1:
            end = _history_after_in(lw, k)
            if end is None:
                return None
            if titled and not (end + 2 < n and lw[end + 1] == "to" and lw[end + 2].isalpha()
                               and not gaps(end).strip()):
                return None  # "the first Chinese-American Governor in the history of our country"
            if lw[end] == "history" and end + 2 < n and lw[end + 1] == "of" and not gaps(end).strip():
                end += 2  # "in the history of man", "of the world": the owner named
                if lw[end] in _OF_DETERMINERS and end + 1 < n and not gaps(end).strip():
                    end += 1
            return i - 1, end
        if w in _ORDER_NOUNS or w in ("time", "times"):
            return None  # an order ("the first release"), or the span's "first time" (read before)
        if not w.lstrip("$").replace(",", "").replace("-", "").replace("'", "").replace("\u2019", "").isalnum():
            return None
        if caps(k):
            titled = True
    return None
