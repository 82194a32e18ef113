"""A word's usage reported with no reporter (``HC101``; issue 11, twenty-seventh session, hedge27).

A lexicon records that a term is in use on somebody's word and leaves the somebody out: "The
variant 'blat' has been reported.", "The synonym kangaroo code has been reported", "The term gnoll
(from Dungeons & Dragons) is also reported.", "The term optical diff has also been reported", "the
emphatic form ... is reported from there", "this has since been reported as live usage" (rake-docs
twice, maul-docs, sledge-docs, punch-docs, plumb-docs: six positives in five sets, none a trap).
Who reported it, and where? The same passive of a bug or an error ("The bug has been reported",
"Errors are reported as warnings") is a tool's or a tracker's record, not a usage: the subject
must be a word of usage (``USAGE_NOUNS``), or the report must say it is one ("reported as live
usage"). Not with "by" (the reporter named), "to" (``reputation.said_to``'s "reported to work") or
"that" (the impersonal passive's).

Each function reads the normalised words of one sentence (``lw``) around one index: no scan.
"""

from __future__ import annotations

from typing import Optional

# Words that name a usage of language: the subject of "has been reported" in a lexicon.
USAGE_NOUNS = frozenset(
    "term terms variant variants synonym synonyms form forms usage usages spelling spellings "
    "coinage coinages abbreviation abbreviations sense senses word words phrase phrases "
    "expression expressions pronunciation pronunciations idiom idioms".split()
)
_BE = frozenset("is are was were".split())
_HAVE = frozenset("has have had".split())
# Adverbs between the verb "to be" and "reported": "is also reported", "has since been reported".
_BETWEEN = frozenset("also since often sometimes widely now occasionally even still".split())
# What may follow "reported" in a usage report: the clause's end, or where it was heard. Not "as"
# but before a usage ("reported as live usage"): "`ch-alk` is reported as unavailable" is a tool's
# answer (the corpus' one line).
_AFTER = frozenset("from at in among on and".split())
# Words from the subject's noun to the verb "to be": "The term gnoll (from Dungeons & Dragons) is".
_REACH = 8


def reported_usage(lw, words, i: int, prose: str) -> Optional[int]:
    """The index of the first word of "has also been reported" when ``lw[i]`` is "reported" and
    the thing reported is a usage of a word, or None."""
    n = len(lw)
    if i + 1 < n:
        nxt = lw[i + 1]
        gap = prose[words[i].end : words[i + 1].start]
        as_usage = nxt == "as" and any(w in USAGE_NOUNS for w in lw[i + 2 : i + 4])
        if nxt not in _AFTER and not as_usage and "," not in gap and ";" not in gap:
            return None  # "reported by", "reported to", "reported that", "reported the bug"
    j = i - 1
    while j >= 0 and lw[j] in _BETWEEN:
        j -= 1
    if j >= 0 and lw[j] == "been":
        j -= 1
        while j >= 0 and lw[j] in _BETWEEN:
            j -= 1
        if j < 0 or lw[j] not in _HAVE:
            return None
    elif j < 0 or lw[j] not in _BE:
        return None
    start = j
    if any(w in USAGE_NOUNS for w in lw[max(0, start - _REACH) : start]):
        return start
    # "this has since been reported as live usage": the report says what it is
    if i + 1 < n and lw[i + 1] == "as" and any(w in USAGE_NOUNS for w in lw[i + 2 : i + 4]):
        return start
    return None
