"""SP101's candidates two slips away: "lastet" is one edit from "lasted", two from "latest".

SP101 reports a word only when a dictionary word is one edit from it (``require_suggestion``),
and suggests those words (``spelling.Speller._neighbours``, ranked by ``spelling_rank``). Some
real misspellings are two slips from the word meant ("abberivation", "agruement"), and then the
one-edit words shown, and the fix written, are wrong words.

For a word SP101 reports, this module finds the dictionary words two **likely** slips away and
uses them twice: to fill the places the one-edit words leave empty among the three suggestions
(when likely enough), and to withhold the fix when one of them is far commoner than the first suggestion
(:func:`suggest`). It is asked once a finding is made, not for every unknown word: a full search
two edits away makes about 50,000 strings a word (45 ms), more than the rest of SP101's work on a
file. Here the slips are bounded to the kinds writers make most (spelling_rank.WEIGHTS: a letter
left out, a letter doubled or undoubled, two neighbours swapped, a vowel for a vowel): a few
thousand strings, about 4 ms a reported word.

Measured on codespell's misspellings (``eval/spell_reach.py``; tuned on its dev half). Never the
first suggestion and never the fix: put among the one-edit words by any weight, a two-slip word
took more right first places than it gave. Two words run together ("eachother") are not offered:
of the words SP101 reports, a split is almost never the word meant ("adress" is no "a dress").
"""

from __future__ import annotations

from math import log10

from prosecheck.checks import spelling_rank

#: spelling_rank's vowels, in a fixed order (a vowel typed for a vowel is a common slip: "seperate").
_VOWELS = "".join(sorted(spelling_rank.VOWELS))

#: log10 weight of a word two slips away, against spelling_rank.WEIGHTS of one slip, when it is
#: asked whether the one-edit word's fix is sure (:func:`suggest`): a word this much likelier than
#: the first suggestion (a million times commoner, less the first one's slip) withholds the fix.
#: On the dev half of codespell's misspellings that SP101 reports, -6 withholds 17 wrong fixes of
#: words two edits from the word meant and 3 right fixes of words one edit away; -5 withholds 42
#: wrong and 24 right, -4 81 wrong and 151 right.
FAR_WEIGHT = -6.0
#: A word two slips away fills an empty place among the three suggestions only when it is at
#: most this much less likely than the first suggestion (log10 units, as FAR_WEIGHT): a thousand
#: times, less the first one's slip. On codespell's dev half, every word that fits would put the
#: word meant among the three for 174 of 362 words two edits from it, and add words after the
#: right first one for 12,700 of 20,512 one edit from it ("uknown": "unknown", "unmown",
#: "unwon"); -3 puts it there for 72 and adds words for 770 (-4: 48 and 164; -2: 100 and 2,453).
FILL_WEIGHT = -3.0
#: The search is made only when the first suggestion needs an unlikely slip (a spelling_rank
#: weight of this or less: a letter typed in, a vowel for a vowel, a letter for its key or a far
#: one). Three in five of the words SP101 reports need a likely one ("enviroment"), and for them
#: a word two slips away is seldom likely enough to show or to weigh: on codespell's dev half, 68
#: of the 72 places filled with the word meant and all 16 wrong fixes withheld follow a first
#: suggestion that needs an unlikely slip (the four others are lost, and one right fix is no
#: longer withheld). It keeps the search's cost near 0.6 s over the benchmark corpus's 6,497
#: files (4 ms a word searched, 148 words of its 437).
SEARCH_BELOW = -2.0
#: No search for longer words: the strings grow with the square of the length (a 16-letter word
#: makes about 25,000, a 45-letter one, the longest SP101 checks, about 400,000), and a hostile
#: document can hold many distinct long words each one edit from a long dictionary word.
MAX_LETTERS = 16


def _cheap(w: str) -> set:
    """Strings one likely slip from ``w``: a letter deleted or doubled, two neighbours swapped,
    a vowel for a vowel."""
    heads = [w[:i] for i in range(len(w) + 1)]
    tails = [w[i:] for i in range(len(w) + 1)]
    out = set(map("".join, zip(heads[:-1], tails[1:])))  # deletions
    out.update(map("".join, zip(heads[:-2], w[1:], w, tails[2:])))  # swaps
    out.update(map("".join, zip(heads[1:], w, tails[1:])))  # a letter doubled
    for i, ch in enumerate(w):
        if ch in _VOWELS:
            head, tail = heads[i], tails[i + 1]
            out.update(head + v + tail for v in _VOWELS if v != ch)
    return out


def _insertions(words, alphabet: str) -> set:
    """Every string with one letter inserted into one of ``words`` (a letter left out)."""
    out = set()
    for w in words:
        around = list(zip([w[:i] for i in range(len(w) + 1)], [w[i:] for i in range(len(w) + 1)]))
        for c in alphabet:
            out.update(map(c.join, around))
    return out


def far(lower: str, present, alphabet: str) -> set:
    """Dictionary words two likely slips from ``lower`` (``present``: the subset of a set of
    strings that are dictionary words), keeping its first letter.

    Bounded: the first slip is a cheap one (:func:`_cheap`), the second a cheap one or a letter
    left out; a letter typed for a far key is not searched twice.
    """
    first = _cheap(lower)
    cands = _insertions(first | {lower}, alphabet)
    for w in first:
        cands |= _cheap(w)
    cands.discard(lower)
    head = lower[:1]
    return {c for c in present(cands) if c[:1] == head}


def suggest(lower: str, ranked: tuple, one_fix: bool, present, alphabet: str, frequency) -> tuple:
    """``(suggestions, fix allowed)`` for a word SP101 reports: the one-edit ``ranked``
    (``[(score, word)]``, spelling_rank.rank, best first) and its fix (``one_fix``,
    spelling_rank.fix_allowed), with the words two likely slips away (:func:`far`).

    The one-edit words keep their places: a two-slip word only fills a place they leave empty
    (most common first), when it is likely enough (:data:`FILL_WEIGHT`). Ranked among them by
    frequency and a weight, on codespell's dev half, it took more right first places than it gave,
    or about as many (weight -3: 763 of 20,512 rows one edit from the word meant lost, 66 of 362
    two edits away gained; -4: 160 lost, 42 gained; -6: 3 lost, 11 gained). Empty places cost no
    first place: the first suggestion of a word one edit from the one meant stays, and a word two
    edits from the one meant shows it among the three 72 times of 362 (none before). A two-slip
    word far commoner than the first suggestion (:data:`FAR_WEIGHT`) withholds the fix: "bisness"
    is one slip from "bigness", two from "business"; both stay in the message for the writer to
    choose.
    """
    if (len(ranked) >= 3 and not one_fix) or len(lower) > MAX_LETTERS \
            or spelling_rank.WEIGHTS[spelling_rank.slip(lower, ranked[0][1])] > SEARCH_BELOW:
        # Nothing to fill and no fix to weigh; or the first suggestion needs a likely slip, and
        # then no word two slips away is likely enough to show or to withhold its fix.
        return tuple(w for _, w in ranked), one_fix
    near = {w for _, w in ranked}
    found = sorted(((frequency(w), w) for w in far(lower, present, alphabet) if w not in near),
                   key=lambda fw: (-fw[0], fw[1]))
    top = ranked[0][0]
    fill = [w for f, w in found[: 3 - len(ranked)] if log10(f + 1) + FILL_WEIGHT >= top]
    words = tuple(w for _, w in ranked) + tuple(fill)
    fix = one_fix and not (found and log10(found[0][0] + 1) + FAR_WEIGHT >= top)
    return words, fix
