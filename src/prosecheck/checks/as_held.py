"""A view put in an "as" clause with nobody behind it: "The tolls were, as is generally supposed,
the cause", "as was supposed, forcibly carried off", "If, as it is sometimes suggested, the
difference is", "It is also, as is believed, the only Government", "an apocalyptic era as is
commonly said" (issue 11,
sixty-first session, passive61: loy-docs' G.1.2; ``HC101``).

The impersonal passive of opinion ("It is argued that", ``reputation.impersonal_passive``) needs
its "it" and its "that"; the aside with "as" has neither, and hands the view to nobody just the
same (RULES 4, 6). "as is widely believed" and "as is commonly thought" were already read by the
lexicon's adverb + participle entries; this reads any tense of "be", an optional "it" and at most
one adverb before a verb of holding or saying.

Not a finding: the holders named after the verb ("as is suggested both by Murray Rothbard", "As
was said in Gonzales"), an obligation ("as it is supposed to function"), the writer's own hope or
presumption ("as it was hoped", "as was presumed": not in the verbs), the text's own earlier point
("As was noted earlier", "as has been pointed out": not in the verbs either, and the writers' own
cross-references), and the second "as" of a comparison ("not nearly as ironclad as was once
thought": what was believed before, told as history, crowbar S892).

Nor after a denial within four words ("Anarchy is not disorder, as is generally supposed": the
writer sets the belief aside, the forty-fifth session's reading, hcrec45).

Counted over the one hundred and forty-two sets before loy, by the sentence pairing: right 5 times
in four sets (cleat, peg twice, spokeshave, pincer), wrong once (shank's "as is believed", the
President's own belief, S230). After a denial it would be right once (shive's "he did not, as is
often asserted, argue for") and wrong once (mitre's "does not protect hackers, as is often said,
but", a view raised to be rebutted, spindle S524): the gold splits, and the earlier reading stands.
Two more inside quotations are not read (clamp, bodkin). loy-docs' "as it is sometimes suggested"
right; none in slick or hardy.

One function reading at most six words after "as" (the verb's, "as it has often been said") and
four before it (a denial): no scan.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.word_gaps import between

#: The word the shape opens with.
AS = "as"
#: The finding's note, its message's words ("does not say who holds that view"). Hedging tells the
#: aside's findings apart by their kind (hedging.AS_HELD, finding_kinds), not by these words: it
#: reads the aside's sentence for a named source without the aside's own verb.
NOTE = "holds that view"
#: Verbs of holding or saying a view, as the participle of the aside.
VERBS = frozenset(
    "supposed believed thought said claimed argued suggested asserted alleged imagined held "
    "contended rumoured rumored".split()
)
_BE = frozenset("is was are were".split())
_PERFECT = frozenset("has have had".split())
#: One adverb between "be" and the verb: of frequency or spread ("often", "sometimes", "once") or
#: any word in -ly ("generally", "commonly": ``ly_adverb``, so none is listed here).
_ADVERBS = frozenset("often sometimes once also long still".split())
#: A denial just before the aside: the writer sets the common belief aside and says otherwise
#: ("Anarchy is not disorder, as is generally supposed", the forty-fifth session's reading, hcrec45;
#: "does not protect hackers, as is often said, but", mitre's trap; shive's "he did not, as is
#: often asserted, argue for" is positive: the gold splits, and the earlier reading stands).
_DENYING = frozenset({"not", "never", "no", "nor", "cannot"})
_DENIED_REACH = 4
#: Before "as": the first half of a comparison ("as ironclad as", "so long as", "such as", "same as").
_COMPARED = frozenset({"as", "so", "such", "same"})


def _adverb(word: str) -> bool:
    return word in _ADVERBS or ly_adverb(word)


def as_held(lw, words, prose: str, i: int) -> Optional[int]:
    """The index of the verb when ``lw[i]`` ("as") opens "as is generally supposed", "as it was
    said", "as has been often said"; else None."""
    n = len(lw)
    if i >= 2 and lw[i - 2] in _COMPARED or i >= 1 and lw[i - 1] in _COMPARED:
        return None  # "as ironclad as was once thought", "such as is believed"
    if any(w in _DENYING or w.endswith("n't") for w in lw[max(0, i - _DENIED_REACH) : i]):
        return None  # "Anarchy is not disorder, as is generally supposed": the belief set aside (hcrec45)
    k = i + 1
    if k < n and between(words, prose, i, k).strip():
        return None  # "as, it is claimed, ...": the impersonal passive's, read from "it"
    if k < n and lw[k] == "it":
        k += 1
    if k < n and lw[k] in _PERFECT:
        k += 1
        if k < n and _adverb(lw[k]):
            k += 1  # "as has often been said"
        if k >= n or lw[k] != "been":
            return None
    elif k >= n or lw[k] not in _BE:
        return None
    k += 1
    if k < n and _adverb(lw[k]):
        k += 1
    if k >= n or lw[k] not in VERBS:
        return None
    if k + 1 < n and not between(words, prose, k, k + 1).strip():
        # The aside closes at the verb ("as is generally supposed, the cause"; "as it was said, of
        # entire soundness"): a word straight after it is the verb's own, the holders named ("as
        # is suggested both by Murray Rothbard", "As was said in Gonzales"), an obligation ("as it
        # is supposed to function") or a clause it takes ("as it is believed it will be": tine's
        # trap, the President's own expectation)
        return None
    return k


# Rules as data, with their examples (tests/test_check_hedging.py reads them): (sentence, code
# reported on the phrase or None).
EXAMPLES = (
    ("The tolls were, as is generally supposed, the cause of the decline.", "HC101"),
    ("If, as it is sometimes suggested, the canal is too narrow, the barges will stop.", "HC101"),
    ("The mill was, as has been often said, the oldest in the county.", "HC101"),
    ("The barges were, as was supposed, carried off by night.", "HC101"),
    ("The canal was closed, as is suggested by the harbour master.", None),
    ("The lock works as it is supposed to work.", None),
    ("The rule is not nearly as strict as was once thought.", None),
    ("Anarchy is not disorder, as is generally supposed.", None),
)
