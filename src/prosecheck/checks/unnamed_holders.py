"""A view credited to people known only by the view they hold (HC101): "those who say government
is the enemy", "There are some who say that growth must wait", "there are people here who say
there's no crisis", "there have been those who told us to fear the future", "those of you who
say ...", "don't be fooled by those who proclaim that", "to those who worry that we've lost our way".

The writer answers a view and gives it to nobody the reader could find: not a name, not a body,
not even a kind of person, only "those who" hold it. Issue 11, twenty-fifth session (task hedge25):
the addresses of wedge-docs, punch-docs, plumb-docs, drill-docs and mallet-docs (the twenty-fourth
session counted the "there are people who" half in two sets and left it).

Read only outside documentation (``news_passives.outside_documentation``), where the labelled
sets' every instance is: a README's "for those who say X, see Y" points the reader at a section.
Not "among those who" ("Westpac's Bill Evans is among those who believe the cut will not be the
last": a named person holds it), and only with a verb of saying, arguing or warning, not
"believe" or "think" ("to those who believe in his name", "shocked those who believed that"):
the faithful and the surprised, people the text describes, not voices it answers.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.word_gaps import marked
from prosecheck.checks.finding_kinds import HOLDS_VIEW

#: The word the holder's clause turns on (hedging's _scan tests it by name).
WHO = "who"
# Verbs of saying, arguing or warning whose subject is "who"; "worry" and "fear" with "that"
# only ("those who worry that we've lost our way", not "those who worry about money").
VERBS = frozenset(
    """
    say says said claim claims claimed argue argues argued insist insists insisted proclaim
    proclaims proclaimed tell tells told contend contends contended maintain maintains
    maintained preach preaches preached predict predicts predicted warn warns warned assert
    asserts asserted suggest suggests suggested charge charges charged
    """.split()
)
_WITH_THAT = frozenset("worry worries worried fear fears feared assume assumes assumed".split())
# Verbs of a stance taken on a view or a proposal, the holders known only by it: "those who
# question the quality of our aircraft", "Those who object to promotion by seniority", "the
# voices of those who advocate nuclear warfare", "those who doubt our resolve" (issue 11,
# thirty-fifth session, crowd35: sickle-, spoke-, quarry-docs; "assume" with "that" only,
# above: "Those who assume that we played our part", reamer-docs, not "those who assume office").
# Not "deny" ("those who deny job opportunities to these youngsters": a deed).
STANCE = frozenset(
    """
    advocate advocates advocated question questions questioned object objects objected doubt
    doubts doubted denounce denounces denounced
    """.split()
)
#: The verbs no other list of the check holds: they bring a sentence into the scan.
TRIGGERS = frozenset(
    "proclaim proclaims proclaimed preach preaches preached worry worries worried denounce denounces denounced".split()
)
# "tell" and "told" with the writer or the reader as hearer ("those who told us to fear the
# future"); "those who told him" is a person of the story.
_TOLD = frozenset("tell tells told".split())
_HEARERS = frozenset("us you me".split())
# One adverb between "who" and the verb: "those who now say", "those who still insist".
_ADVERBS = frozenset("now still also even always often once would".split())
# "There are some who", "there have been those who", "there are people here who".
_THERE_BE = frozenset(
    [("are",), ("were",), ("is",), ("'s",), ("have", "been"), ("will", "be"), ("will", "always", "be"), ("has", "been")]
)
_CROWD = frozenset("some those people others many".split())
# Plurals of people that stand for "people" after "there are" only ("There are men who cry out",
# "there are skeptics who say it cannot be done", "There are persons who advocate peace at any
# price"; crowd35): "men who say" alone is a relative clause of any sentence.
_THERE_CROWD = frozenset("men persons folks skeptics sceptics cynics critics".split())
_PLACE = frozenset({"here", "in", "among", "on"})
_MAX_PLACE = 3  # "those in Congress who", "people here who", "those on the other side who"

# After the verb, words that give no view: a pronoun for one the text has given ("those who argue
# it", "those who tell me otherwise"), a cause argued "for" or "against", a possessive before what
# the holders proclaim of themselves ("those who proclaim their hostility to freedom", "Those who
# proclaim their "superiority""). Issue 11, thirty-second session (hedge32): over the sixty-one
# sets 5 wrong findings in trowel-, pick- and kerf-docs (kerf 3), none right.
_NO_VIEW_AFTER = frozenset("it otherwise for against their his her its".split())
# ... "it" and "otherwise" only at the clause's end: "those who say it fell" gives the view.
_PRONOUNS_ALONE = frozenset({"it", "otherwise"})

#: The note: nobody named holds it.
NOTE = HOLDS_VIEW.note


def held_by(lw, words, w: int, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)`` words of a view held by "those who", whose "who" is ``lw[w]``: from
    "those" (or "there") to the verb (with its hearer after "told"), or None."""
    n = len(lw)
    if lw[w] != WHO or w < 1:
        return None
    v = w + 1
    if v < n and (lw[v] in _ADVERBS or ly_adverb(lw[v])):
        v += 1
    if v >= n or any(marked(words, prose, k, k + 1) for k in range(w, v)):
        return None
    end = v
    if lw[v] in _TOLD:
        if v + 1 >= n or lw[v + 1] not in _HEARERS:
            return None
        end = v + 1
    elif lw[v] in _WITH_THAT:
        if v + 1 >= n or lw[v + 1] != "that":
            return None
    elif lw[v] not in VERBS and lw[v] not in STANCE:
        return None
    if end + 1 < n and lw[end + 1] in _NO_VIEW_AFTER and (
        lw[end + 1] not in _PRONOUNS_ALONE or end + 2 >= n or marked(words, prose, end + 1, end + 2)
    ):
        return None  # "those who argue it.", "those who argue for equality", "proclaim their hostility": no view given
    start = _holders(lw, words, w, prose)
    if start is None:
        return None
    return start, end


def _holders(lw, words, w: int, prose: str) -> Optional[int]:
    """The first word of "those (of you) (here) who" or "there are some (here) who" before the
    "who" at ``w``, or None."""
    h = w - 1
    if lw[h] in _THERE_CROWD:
        return _there_be(lw, h)  # "There are men who cry out", "there are skeptics who say"
    if lw[h] not in _CROWD and lw[h] != "you":
        # "those here who", "those in Congress who", "people here who": a place after the crowd
        for c in range(h - 1, max(-1, h - _MAX_PLACE - 1), -1):
            if lw[c] in _CROWD and lw[c + 1] in _PLACE:
                h = c
                break
        else:
            return None
    if any(marked(words, prose, k, k + 1) for k in range(h, w)):
        return None
    if lw[h] == "you" and h >= 2 and lw[h - 1] == "of" and lw[h - 2] == "those":
        h -= 2  # "those of you who say": the audience's unnamed part
    if lw[h] not in _CROWD:
        return None
    if lw[h] == "those":
        if h and lw[h - 1] == "among":
            return None  # "Bill Evans is among those who believe": a named person holds it
        there = _there_be(lw, h)
        return there if there is not None else h
    # "some", "people", "others", "many" only after "there are": "some who say" alone is
    # _group_claim's ("some say"), "people who say" a relative clause of any sentence
    return _there_be(lw, h)


def _there_be(lw, h: int) -> Optional[int]:
    """The index of "there" in "there are / have been / will be" right before ``h``, or None."""
    for be in _THERE_BE:
        k = h - len(be)
        if k >= 1 and tuple(lw[k:h]) == be and lw[k - 1] == "there":
            return k - 1
    if h >= 1 and lw[h - 1] == "there's":
        return h - 1
    return None


# Prepositions before "those who": the speaker turns to the holders or answers them ("To those who
# say this violates", "don't be fooled by those who proclaim", "the voices of those who advocate",
# "the debate between those who say", "for those who question the quality").
_ADDRESSING = frozenset(
    "to by of for between from with against about at on upon toward towards like than".split()
)


def held_by_a_party(lw, a: int) -> bool:
    """The view at ``a`` is "those who" (not "there are those who", nor "those of you who", the
    listeners) with no preposition right before it: the holders are a party of the sentence, its
    subject or its verb's object ("Those who preach disorder ... must know", "Those who say this do
    not know America", "he corrected those who said", "label those who question"), which says
    something of them as often as it leaves a view unsourced. Issue 11, forty-second session
    (tier42): such warnings were right 2 times of 12 over the eighty-five sets before rabbet
    (reamer, spoke; wrong in quarry, maul, bevel, hatchet, spline, bodkin, gauge, flute, ferrule
    twice), where after a preposition they were right 10 times of 14 and "there are those who"
    12 of 13: info (hedging, after _hedge_tier)."""
    if lw[a] != "those" or (a + 1 < len(lw) and lw[a + 1] == "of"):
        return False
    return a == 0 or lw[a - 1] not in _ADDRESSING
