"""A crowd noun that a comma parts from the verb of saying after it, and that is not that verb's
subject (HC101; issue 11, fifty-fifth session, shown55).

``hedging._group_claim`` reads a crowd ("people", "studies", "many experts") right before a verb
of saying or believing as the view's unnamed holder. A comma between the two is allowed ("a few
Americans, even now, think"; "Some people, including some experts, thought"), and two shapes
behind such a comma put the verb with another subject:

* :func:`object_before_comma`: the crowd is a preposition's object, inside a phrase the comma
  closes ("But I want to, on behalf of a majority of the American people, say that our word is
  good", "Statistics, mostly gathered by government studies, show that"): the object of "of" or
  "by" is no subject, and the verb's subject ("I", "Statistics") stands before the phrase. Not
  "like" or "including", whose object shares the view ("he, like so many others, argued",
  "Some people, including some experts, thought": the crowd is a part of the holders, and the
  gold calls them hedges, cleat's and sickle's positives);
* :func:`say_for_instance`: "say" set off by commas after the noun ("Thus we have people, say,
  attacking imperialist adventures"): "say" means "for instance", no one says anything. Not
  "said" or a "say" that opens its clause ("Others said, it's like throwing good money after
  bad": the crowd is the subject, forge's positive).

Over the one hundred and twenty-four development sets before riffler (by the line and by the
sentence pairing), the two shapes take out three wrong warnings in two sets (gouge's "studies,
show", spline's "people, say"; no item of the category on their lines) and no right one; on
riffler, dibber and brayer one (dibber's "people, say", Clinton's own "I ... say that").

Each test reads at most four words before the crowd and the one mark after the verb: constant
work per finding.
"""

from __future__ import annotations

from prosecheck.checks.word_gaps import between

# Prepositions whose object is never the subject of the verb after the comma. Not "like",
# "including", "unlike", "among": their object is named beside the subject, and shares or
# contrasts its view.
_PREPOSITIONS = frozenset("of by for from with to on at in into onto about behalf".split())
# How many words of the crowd's phrase (determiners, adjectives, the noun's modifiers) may stand
# between the preposition and the crowd: "of the American people", "by government studies".
_REACH = 3


def _comma_before(words, prose: str, j: int) -> bool:
    """Only a comma (and spaces) between word ``j - 1`` and word ``j``."""
    return between(words, prose, j - 1, j).strip() == ","


def object_before_comma(lw, words, prose: str, i: int, j: int) -> bool:
    """The crowd starting at ``i`` ends right before a comma and the verb at ``j``, and a
    preposition stands at most ``_REACH`` words before ``i`` with no mark between."""
    if not words or not prose or j <= i or not _comma_before(words, prose, j):
        return False
    for k in range(i - 1, max(-1, i - 1 - _REACH), -1):
        if between(words, prose, k, k + 1).strip():
            return False  # a mark: the crowd opens its own phrase ("Some people, including ...")
        if lw[k] in _PREPOSITIONS:
            return True
    return False


def say_for_instance(lw, words, prose: str, j: int) -> bool:
    """The verb at ``j`` is "say" with a comma before and after it: "for instance"."""
    if not words or not prose or lw[j] != "say" or j + 1 >= len(lw):
        return False
    return _comma_before(words, prose, j) and between(words, prose, j, j + 1).strip() == ","
