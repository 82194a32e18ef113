"""Which dictionary word a slip was meant to be: SP101's suggestions ranked by an error model.

Every candidate is one edit from the word typed (``spelling.Speller._neighbours``). Ranking them
by frequency alone puts the commonest word first whatever slip it needs: "overriden" ->
"override" (a stray "n" typed at the end) before "overridden" (one "d" of a pair left out),
"Arhive" -> "Arrive" (an "h" typed for an "r", keys far apart) before "Archive" (a "c" left
out). Spelling correctors since Kernighan, Church and Gale (1990), Brill and Moore (2000) and
Norvig's weigh each candidate by how likely the slip is, times how common the word is: here
``log10(frequency) + weight of the slip``, the slip read off the two words (:func:`slip`):

* a letter left out ("enviroment"), a doubled letter undoubled or a single one doubled
  ("ocurred", "untill"), two letters swapped ("teh"): the commonest slips, free;
* a stray neighbour key typed in ("requierd"), a vowel typed for a vowel ("seperate"), a letter
  typed for its neighbour on a QWERTY keyboard ("requedt");
* any other letter typed in, or typed for a letter: the rarest, as the keys are far apart.

The weights are log10 odds, tuned on the dev half of a list of real misspellings nobody here
wrote (``eval/spell_suggest.py``) and scored once on its test half.

:func:`fix_allowed` decides whether the first suggestion is applied as a fix at all: not when
the first two candidates are about as likely (the choice is the writer's, shown in the message),
nor when the word is two common dictionary words glued and the one-edit word needs an unlikely
slip ("basemap" -> "baseman": a term, or a missing space).

English only (``spelling.Speller``): the keyboard and the vowels are English's; in the other
languages an accent is most slips, and the suggestions stay in order of frequency.
"""

from __future__ import annotations

from math import log10

#: "y" counts: "likelyhood" is a vowel slip, as writers hear it.
VOWELS = frozenset("aeiouy")

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
#: Where each letter sits: rows stagger by a quarter and a half key.
_PLACE = {ch: (r, c + (0.0, 0.25, 0.75)[r]) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}


def _neighbours(ch: str) -> frozenset:
    if ch not in _PLACE:
        return frozenset()
    r, c = _PLACE[ch]
    return frozenset(o for o, (r2, c2) in _PLACE.items()
                     if o != ch and abs(r2 - r) <= 1 and abs(c2 - c) <= (1.0 if r2 == r else 0.75))


#: The keys next to each letter on a QWERTY keyboard ("s": a, w, e, d, x, z).
KEY_NEIGHBOURS = {ch: _neighbours(ch) for ch in _PLACE}

#: The weight of each kind of slip, in log10 units added to the word's log10 frequency (0: as
#: likely as the word's frequency says; -2: a hundredth as likely). Tuned on the dev half of
#: codespell's misspellings (eval/spell_suggest.py), rounded: the slips writers make most ("a
#: letter left out", "a pair undoubled") cost nothing, a letter typed for a far key costs most.
WEIGHTS = {
    "swap": 0.0,         # two neighbours swapped: "recieve"
    "undouble": 0.0,     # one of a pair left out: "ocurred", "overriden"
    "double": 0.0,       # a letter typed twice: "untill"
    "omit": 0.0,         # a letter left out: "enviroment", "Arhive"
    "key_insert": -1.5,  # a neighbour key typed in too: "requierd"
    "insert": -2.0,      # any other letter typed in: "overriden" read as "override" + "n"
    "vowel": -2.0,       # a vowel for a vowel: "seperate"
    "key": -2.5,         # a letter for its neighbour key: "requedt"
    "replace": -3.5,     # any other letter for a letter: "Arhive" read as "Arrive"
}


def slip(typed: str, meant: str) -> str:
    """The kind of slip that turns ``meant`` into ``typed`` (one edit apart, lower case)."""
    i = 0
    n = min(len(typed), len(meant))
    while i < n and typed[i] == meant[i]:
        i += 1
    if len(typed) < len(meant):  # a letter of meant left out
        gone = meant[i]
        if (i and meant[i - 1] == gone) or meant[i + 1:i + 2] == gone:
            return "undouble"
        return "omit"
    if len(typed) > len(meant):  # a letter typed in
        extra = typed[i]
        near = typed[i - 1:i] + typed[i + 1:i + 2]
        if extra in near:
            return "double"
        if any(extra in KEY_NEIGHBOURS.get(ch, ()) for ch in near):
            return "key_insert"
        return "insert"
    if i + 1 < len(typed) and typed[i] == meant[i + 1] and typed[i + 1] == meant[i] \
            and typed[i + 2:] == meant[i + 2:]:
        return "swap"
    a, b = typed[i], meant[i]
    if a in VOWELS and b in VOWELS:
        return "vowel"
    if a in KEY_NEIGHBOURS.get(b, ()):
        return "key"
    return "replace"


def score(typed: str, meant: str, frequency: int) -> float:
    """How likely ``meant`` was the word typed as ``typed``: log10 of frequency plus the slip's."""
    return log10(frequency + 1) + WEIGHTS[slip(typed, meant)]


def rank(typed: str, candidates) -> list:
    """``[(score, word)]`` of ``(frequency, word)`` candidates, likeliest first (ties: A-Z)."""
    return sorted(((score(typed, w, f), w) for f, w in candidates), key=lambda sw: (-sw[0], sw[1]))


#: How far (log10 units) the first candidate must stand ahead of the second for its fix: closer,
#: the first is right about as often as not (on codespell's dev half, 157 of 282 such rows).
FIX_MARGIN = 0.5
#: A glued word's parts each have this many letters and this log10 frequency at least (a word of
#: the commonest ten thousand or so: "base", "map"; not "et", "sert").
PART_MIN = 3
PART_LOG_FREQ = 4.0
#: Slips too unlikely to correct a glued word with: the one-edit word is then a stranger.
_STRANGE = frozenset({"replace", "insert"})


def glued(lower: str, frequency) -> bool:
    """True when ``lower`` is two common dictionary words written together: "basemap" (base +
    map), "gasfield" (gas + field)."""
    return any(
        log10(frequency(lower[:i]) + 1) >= PART_LOG_FREQ
        and log10(frequency(lower[i:]) + 1) >= PART_LOG_FREQ
        for i in range(PART_MIN, len(lower) - PART_MIN + 1)
    )


def fix_allowed(lower: str, ranked: list, frequency) -> bool:
    """Whether the first of ``ranked`` (:func:`rank`) is sure enough to be written as a fix.

    Not when a second candidate is about as likely (within :data:`FIX_MARGIN`: "distict" is
    "district" or "distinct"), nor when the word is two common words glued and the nearest
    dictionary word needs an unlikely slip ("basemap" -> "baseman": a term, or a missing space).
    The suggestions stay in the message either way.
    """
    if not ranked:
        return False
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < FIX_MARGIN:
        return False
    return not (slip(lower, ranked[0][1]) in _STRANGE and glued(lower, frequency))
