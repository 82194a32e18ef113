"""Doubt denied in the writer's own voice: "There is no reason to doubt that", "there is no cause
of doubt", "there can be no denying that", "who, it is not denied, kept strictly within his
instructions" (issue 11, forty-fourth session, boost44): ``HC102``.

The lexicon lists the commonest spellings of certainty put as a doubt nobody has ("there is no
doubt", "there can be no question", "no one can deny"), and ``general_assent`` reads nobody's
denial in the passive ("It can not be doubted that"). The writers deny a doubt in two more
shapes that neither reads:

* ``no_ground``: "there" and a form of "to be", then "no" and a noun of ground ("reason",
  "cause", "ground", "room", "occasion") for doubting or questioning ("to doubt", "of doubt",
  "for doubt", "to question"), or "no" and the gerund of denying ("there is no denying that",
  "there can be no disputing"). The writer says that nobody could have a ground to doubt: the
  claim is put beyond question, and nothing is shown. Only after "there": "our foes can have no
  reason to doubt our resolve" gives someone else's state of mind, the sets' trap (forge-docs).
* ``denied_aside``: "it is not denied" and "it can not be denied" set off by commas inside the
  clause they vouch for ("who, it is not denied, kept strictly within the letter of his
  instructions"): ``general_assent.undeniable`` reads the same words only before "that".

Each function reads the normalised words of one sentence (``lw``) around one index: no scan.
"""

from __future__ import annotations

from typing import Optional

#: Nouns of a ground for doubting ("no reason to doubt", "no cause of doubt"); hedging's _scan
#: tests the word after "no" against them and against ``GERUNDS``.
GROUNDS = frozenset("reason reasons cause ground grounds room occasion".split())
#: Verbs and nouns of doubting after the ground ("to doubt", "for doubt", "of doubt").
_DOUBTS = frozenset("doubt doubts doubting question questioning deny denying dispute disputing".split())
_LINKS = frozenset({"to", "for", "of"})
#: Gerunds of denying: "there is no denying that".
GERUNDS = frozenset("denying disputing gainsaying doubting questioning".split())
#: Words after "no" that hedging's _scan hands to ``no_ground``.
AFTER_NO = GROUNDS | GERUNDS | frozenset({"good", "real", "valid", "possible"})
#: The word of "there is little doubt that" hedging's _scan tests.
LITTLE = "little"
#: Words that bring the sentence in to be scanned (hedging's triggers).
TRIGGERS = frozenset("doubt doubting question questioning deny denying dispute disputing gainsaying".split())
# "there is", "there's", "there was", "there can be", "there could be", "there seems to be".
_BE = frozenset({"is", "was", "be", "are", "were"})
_THERE_BE = frozenset({"there's"})
# Words allowed between the ground and its link: "no reason whatever to doubt", "no good reason".
_WHATEVER = frozenset({"whatever", "whatsoever", "at", "all"})


def _there_before(lw, i: int) -> Optional[int]:
    """The index of "there" (or "there's") when the words before ``lw[i]`` ("no") are "there
    is", "there's", "there can be", "there could be", "there seems to be"; else None."""
    j = i - 1
    if j >= 0 and lw[j] in _THERE_BE:
        return j
    if j < 1 or lw[j] not in _BE:
        return None
    j -= 1
    if lw[j] == "to" and j >= 2 and lw[j - 1] in ("seems", "seemed", "appears", "appeared"):
        j -= 2  # "there seems to be no reason to doubt"
    elif lw[j] in ("can", "could", "will", "would", "may"):
        j -= 1  # "there can be no denying"
    return j if j >= 0 and lw[j] == "there" else None


def no_ground(lw, i: int) -> Optional[tuple]:
    """``(first, last)`` when ``lw[i]`` ("no") stands in "there is no reason to doubt", "there
    is no cause of doubt", "there can be no denying"; else None."""
    n = len(lw)
    k = i + 1
    if k >= n:
        return None
    if lw[k] in GERUNDS:
        last = k
    elif lw[k] in GROUNDS or (k + 1 < n and lw[k] in ("good", "real", "valid", "possible") and lw[k + 1] in GROUNDS):
        if lw[k] not in GROUNDS:
            k += 1  # "no good reason to doubt"
        k += 1
        if k < n and lw[k] in _WHATEVER:
            k += 1 + (lw[k] == "at")  # "no reason whatever", "no cause at all"
        if not (k + 1 < n and lw[k] in _LINKS and lw[k + 1] in _DOUBTS):
            return None
        last = k + 1
    else:
        return None
    first = _there_before(lw, i)
    if first is None:
        return None
    return (first, last)


def little_doubt(lw, i: int) -> Optional[tuple]:
    """``(first, last)`` when ``lw[i]`` ("little") stands in "there is little doubt that", "there
    can be little doubt that" or "little doubt remains that"; else None. Doubt all but denied:
    "little" leaves none worth having, and the sets mark it a booster (quarry, holdfast, gusset;
    their traps, a counterfactual and a ground given, are other exemptions' cases)."""
    n = len(lw)
    if not (i + 2 < n and lw[i + 1] == "doubt"):
        return None
    if lw[i + 2] in ("remains", "remained") and i + 3 < n and lw[i + 3] == "that":
        return (i, i + 2)
    if lw[i + 2] not in ("that", "but", "about", "if"):
        return None
    first = _there_before(lw, i)
    return None if first is None else (first, i + 1)


_DENIED = frozenset({"denied", "doubted", "disputed", "questioned"})


def denied_aside(lw, words, prose: str, i: int) -> Optional[int]:
    """The index of the participle when ``lw[i]`` ("it") opens "it is not denied" or "it can not
    be denied" set off by commas inside a clause ("who, it is not denied, kept ..."); else None."""
    n = len(lw)
    if i < 1 or "," not in prose[words[i - 1].end : words[i].start]:
        return None
    k = i + 1
    if k + 1 < n and lw[k] in ("is", "was") and lw[k + 1] == "not":
        k += 2
    elif k + 2 < n and lw[k] in ("cannot", "can't") and lw[k + 1] == "be":
        k += 2
    elif k + 3 < n and lw[k] == "can" and lw[k + 1] == "not" and lw[k + 2] == "be":
        k += 3
    else:
        return None
    if k + 1 < n and lw[k] in _DENIED and "," in prose[words[k].end : words[k + 1].start]:
        return k
    return None


# Rules as data, with their examples (tests/test_check_hedging.py reads them): (sentence, code
# reported on the phrase or None).
EXAMPLES = (
    ("There is no reason to doubt that the new parser is faster.", "HC102"),
    ("There is no cause of doubt that the people will keep their agents in line.", "HC102"),
    ("There can be no denying that the old parser was slow.", "HC102"),
    ("There seems to be no good reason to question the result.", "HC102"),
    ("There is little doubt that the old parser was slow.", "HC102"),
    ("Little doubt remains that the old parser was slow.", "HC102"),
    ("They have little doubt that the old parser was slow.", None),
    ("The envoy, who, it is not denied, kept to his instructions, came home.", "HC102"),
    ("Our rivals can have no reason to doubt our resolve.", None),
    ("There is no reason to use the old parser.", None),
    ("It is not denied by the vendor.", None),
)
