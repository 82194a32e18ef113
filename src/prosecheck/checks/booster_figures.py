"""A booster whose certainty is on an estimate the sentence gives: a bound on a figure.

Issue 11, thirty-first session (boost31). RULES 5 does not count a booster when the sentence
carries the figures that prove it; the annotators extend that to a booster that governs a bound
on a figure, where the certainty only says how far the estimate can be trusted ("It contains more
than one-third of the country--certainly more than 1,000,000 square miles", "There are, in fact,
nearly a million Americans serving ...", "guides extending far ahead, certainly five, possibly
even ten years", "I would definitely outcode him, certainly over a short 4 week project"). The
bound (`more than`, `nearly`, `at least`) or the graded alternative that follows (`five, possibly
ten`) is the writer's own measure of the claim: the sentence states the figure and how sure it
is of it, which is an estimate, not a claim put beyond doubt (whet-docs, trowel-docs, rasp-docs,
sickle-docs and hatchet-docs: five traps, no right finding of the fifty-five sets has the shape).

Two shapes, read from the words right after the booster (past a copula):

* a bound word (``more than``, ``less than``, ``nearly``, ``almost``, ``at least``, ``over``,
  ``upwards of`` ...) and, within three words, a number in figures or words;
* a graded pair, the booster's end of a range and then a weaker alternative (``possibly``,
  ``perhaps``, ``probably``, ``maybe``) on the same scale: "certainly five, possibly ten" (two
  numbers), "means certainly not now and possibly never" (two negatives; sickle-docs' trap,
  the definition of "in a jiffy").

Not a multiplier or a comparison ("is certainly three times as great as the annual growth", a
right finding of spoke-docs: no bound word, no alternative), nor a figure elsewhere in the
sentence (the booster must govern it). The window is fixed (at most six words after the booster).
"""

from __future__ import annotations

# Bounds of one word ("over 31,000") and of two ("more than", "at least").
_BOUNDS_ONE = frozenset("nearly almost over under roughly approximately some upwards".split())
_BOUNDS_TWO = frozenset(
    {("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"), ("at", "most"),
     ("well", "over"), ("close", "to"), ("upwards", "of"), ("no", "less"), ("no", "fewer")}
)
_COPULAS = frozenset("is are was were be been 's".split())
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions "
    "billion billions dozen dozens half one-third one-half one-quarter two-thirds".split()
)
_ALTERNATIVES = frozenset("possibly perhaps probably maybe".split())
_NEGATIVES = frozenset("not never no none".split())
_REACH = 3  # words from the bound to its number: "over a short 4 week project"


def _number(w: str) -> bool:
    return w.replace(",", "").replace(".", "").isdigit() or w in NUMBER_WORDS


def _same_scale(first: str, second: str) -> bool:
    return (_number(first) and _number(second)) or (first in _NEGATIVES and second in _NEGATIVES)


def _graded_pair(lw, k: int) -> bool:
    """From ``k``: one or two words, "and"/"or" at will, a weaker alternative ("possibly",
    "perhaps") and, past "even", a word of the same scale as the first (a number and a number,
    "not" and "never")."""
    n = len(lw)
    for j in (k + 1, k + 2):
        if j >= n:
            return False
        alt = j + 1 if lw[j] in ("and", "or") else j
        if alt < n and lw[alt] in _ALTERNATIVES:
            after = alt + 1
            if after < n and lw[after] == "even":
                after += 1
            return after < n and _same_scale(lw[k], lw[after])
    return False


def bounds_a_figure(lw, b: int, bend: int) -> bool:
    """Whether the booster ``lw[b..bend]`` governs a bound on a figure ("certainly more than
    1,000,000", "in fact, nearly a million") or a figure with a weaker alternative after it
    ("certainly five, possibly even ten")."""
    n = len(lw)
    k = bend + 1
    if k < n and lw[k] in _COPULAS:
        k += 1
    if k >= n:
        return False
    if _graded_pair(lw, bend + 1):
        return True  # "certainly five, possibly even ten years", "certainly not now and possibly never"
    if k + 1 < n and (lw[k], lw[k + 1]) in _BOUNDS_TWO:
        start = k + 2
    elif lw[k] in _BOUNDS_ONE:
        start = k + 1
    else:
        return False
    return any(_number(w) for w in lw[start : start + _REACH])
