"""What is done to nobody, or required of nobody: "no one" as the subject of a passive (issue 11,
twenty-fifth session, slp25). Read by SL101's sweeps over everyone ("no one is", "no one can" and
the other lexicon entries and frames that open with "nobody"/"no one").

"Nobody would write ...", "no one can read every posting", "No one is better at routing" sweep
over what everyone does or is; the passive says instead what happens to nobody, or what nobody is
bound to do: a goal ("an economy where no one is left behind", "no one can be left out", vise and
drill, M4/Z3), a project's rule ("No one is required to follow them", "Nobody is compelled to use
the method", wedge and adze, A4), an event a report tells ("but no one was injured", hone) or a
moral "should" ("no one should be jailed for ...", drill). Over the thirty-seven sets the gold holds
nine such sentences in six sets, every one a negative, and no positive; three were reported
(drill, vise, wedge). Not a participle that states a mind or a fitness, which sweeps like an
adjective ("Nobody is interested in ...", "no one is prepared to ..."), nor a comparison ("no one
is better", "no one is more qualified": no participle right after the verb).

Each function reads the normalised words of one sentence (``lw``) from one place: no scan.
"""

from __future__ import annotations

from typing import Optional

_BE = frozenset("is are was were be been being".split())
# Modals and "has"/"have" before the "be": "no one can be left out", "no one has been hurt".
_AUX = frozenset("can could will would shall should must may might has have had".split())
# Adverbs that may stand between: "no one will really be forgotten". Not "ever": "No one has ever
# been elected twice" is a record over all time, which stays reported.
_ADVERBS = frozenset("really truly actually ultimately then now again also".split())
# Past participles without "-ed" that a passive of nobody takes.
_IRREGULAR = frozenset(
    "left kept told given taken seen known forgotten forgiven hurt born paid held spared found made "
    "shown driven thrown caught beaten bound brought chosen fed forced led lost sent shut spent "
    "struck sworn torn understood written excluded".split()
)
# "-ed" forms that state a mind, a feeling or a fitness: "Nobody is interested", "no one is
# prepared to pay": an adjective, and the sweep over everyone stands.
_STATES = frozenset(
    "interested concerned surprised convinced satisfied pleased impressed amazed shocked excited "
    "prepared qualified equipped skilled talented gifted blessed tired bored scared worried "
    "frightened astonished disappointed fascinated thrilled devoted dedicated committed "
    "entitled inclined motivated determined opposed unimpressed".split()
)
_REACH = 4  # words from "one"/"nobody" to the participle: "no one can really be left"


def _participle(w: str) -> bool:
    if w in _STATES:
        return False
    return w in _IRREGULAR or (len(w) > 4 and w.endswith("ed") and w.isalpha())


#: "nobody" and its spellings; "no one" is read as two words.
NOBODY = frozenset({"nobody", "no-one", "noone"})


def after_nobody(lw, i: int) -> Optional[int]:
    """The index of the word after "nobody" (``NOBODY``) or "no one" when ``lw[i]`` opens it, else
    None."""
    if lw[i] in NOBODY:
        return i + 1
    if lw[i] == "no" and i + 1 < len(lw) and lw[i + 1] == "one":
        return i + 2
    return None


def done_to_nobody(lw, i: int) -> bool:
    """``lw[i]`` is "nobody", "no-one" or the "no" of "no one", and the verb it governs is a
    passive: "no one is left behind", "no one can be left out", "No one is required to follow
    them", "but no one was injured"."""
    k = after_nobody(lw, i)
    if k is None:
        return False
    n = len(lw)
    seen_be = False
    for m in range(k, min(n, k + _REACH)):
        w = lw[m]
        if w in _BE:
            seen_be = True
        elif w in _AUX and not seen_be:
            continue
        elif w in _ADVERBS:
            continue
        else:
            return seen_be and _participle(w)
    return False
