"""An argument offered in the modal passive with nobody to make it, in the shapes the lexicon's
fixed "it could be argued" (``data/weasel.tsv``) does not read: another verb of arguing ("it could
be claimed that", "it may be claimed that", "it could be maintained that", "It might be contended,
of course, that") and an adverb or an aside inside the verb ("It could, possibly, be argued that",
"it can also be argued that"); issue 11, sixty-first session (passive61: loy-docs' G.1.1, hardy-docs'
C.2.4), ``HC101`` at the hand tier, as "it could be argued" is.

RULES 4 counts "It could be argued" a positive hedge though the writers float it themselves, and
the gold follows it for the same verbs: cramp's "it could be maintained that" and "It may be
claimed that we quote", crimp's "it could be claimed that owners of stock". Not "said" or
"objected": "it may be said that" is mostly the writer's own way of putting it (objections_foretold:
4 right against 21 traps over the ninety-seven sets before chamfer), and "it may be objected that"
was wrong twice in the one hundred and forty-two sets before loy (hatchet's, lug's), right only in
loy. Not denied ("it can scarcely be claimed that": nobody could, HC102's reading), not with the
arguers named ("by").

Counted over the one hundred and forty-two sets before loy (unflagged occurrences, by the
sentence): 3 right in two sets (cramp twice, crimp), 1 trap (holdfast's "It might be contended, of
course, that Eichmann", right by the line), 1 on no item (mandrel's "The day has gone by when it
could be claimed that", a view of the past); loy's "It could, possibly, be argued" and hardy's "at
best it could be claimed that" right.

One function reading at most thirteen words after "it" (the modal, "be", the verb and "that", each
but the modal after at most three words of an aside): no scan.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.word_gaps import between

#: The modals of an argument offered.
_MODALS = frozenset({"could", "can", "may", "might"})
#: Verbs of arguing: "argued" is the lexicon's in the plain shape and this module's with an
#: adverb or an aside inside.
VERBS = frozenset({"argued", "claimed", "maintained", "contended"})
#: Words that deny the argument could be made: "it can scarcely be claimed", "it cannot be argued".
_DENIED = frozenset("scarcely hardly not never no barely".split())
#: At most this many words in an aside set off by commas ("It could, possibly, be argued",
#: "It might be contended, of course, that").
_ASIDE = 3


def _adverb(word: str) -> bool:
    return word in ("also", "still", "even", "perhaps", "well") or ly_adverb(word)


def _skip(lw, words, prose: str, k: int) -> int:
    """``k`` past one adverb ("possibly") or one aside set off by commas (", of course,")."""
    n = len(lw)
    if k < n and k >= 1 and between(words, prose, k - 1, k).strip() == ",":
        for m in range(k, min(n - 1, k + _ASIDE)):
            if between(words, prose, m, m + 1).strip() == ",":
                return m + 1
            if between(words, prose, m, m + 1).strip():
                return k
        return k
    if k < n and _adverb(lw[k]):
        return k + 1
    return k


def offered(lw, words, prose: str, i: int) -> Optional[int]:
    """The index of the verb when ``lw[i]`` ("it") opens "it could be claimed that", "It could,
    possibly, be argued that", "It might be contended, of course, that"; else None."""
    n = len(lw)
    k = i + 1
    if k >= n or lw[k] not in _MODALS:
        return None
    k = _skip(lw, words, prose, k + 1)
    if k >= n or lw[k] != "be":
        return None
    k = _skip(lw, words, prose, k + 1)
    if k >= n or lw[k] not in VERBS:
        return None
    if any(w in _DENIED for w in lw[i + 1 : k]):
        return None
    t = _skip(lw, words, prose, k + 1)
    if t >= n or lw[t] != "that":
        return None  # "it could be argued by the keepers", "it can be claimed as a deduction"
    return k


# Rules as data, with their examples (tests/test_check_hedging.py reads them): (sentence, code
# reported on the phrase or None).
EXAMPLES = (
    ("It could be claimed that the canal was built too late.", "HC101"),
    ("It could, possibly, be argued that the canal was built too late.", "HC101"),
    ("It might be contended, in short, that the canal was built too late.", "HC101"),
    ("It can scarcely be claimed that the canal was built too late.", None),
    ("It may be said that the canal was built too late.", None),
    ("It could be claimed as a loss on the return.", None),
)
