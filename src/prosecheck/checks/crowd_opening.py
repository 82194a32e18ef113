"""A view credited to a bare crowd pronoun opening the sentence: "Many believed America's time
was up", "Some will also say our States are not up to the challenge", "Others imagine a skinny and
myopic teenager", "Many immediately think of the information officer", "Many considered this
behavior to be careless" (issue 11, fortieth session, hc40): ``HC101``.

``hedging._group_claim`` reads "many say", "some believe that", "Others said" with a verb of
saying right after the pronoun; these slip past it by an adverb or a modal and an adverb between
("will also say", "immediately think"), a participle it takes for an adjective before a noun
("Many believed America's", "Many considered this": "There are some observed inconsistencies"), or
a verb of picturing ("imagine"). Opening the sentence, with nothing but adverbs and auxiliaries
before the verb, the pronoun is the subject, and the view is credited to nobody named (forge-,
wedge- and spindle-docs).

Not a group noun after the pronoun ("Some users think": ``_group_claim``'s), not "few" ("Few hold
the position that": the view denied to most, lathe's negative), not "most" ("Most often said of
the {system}", tenon: the adverb of a usage note), not a verb of doing or seeing, not a participle
before its plural noun ("Many suspected cases were reported") nor the noun "regard" ("Many regard
to the old format": weasel.tsv's examples).

One function reading at most five words from the sentence's start: no scan.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.ly_adverbs import ly_adverb

#: Pronouns of a crowd that open the sentence (hedging's _scan tests them at index 0).
PRONOUNS = frozenset({"many", "some", "others"})
#: Verbs of holding a view or picturing a thing.
VERBS = frozenset(
    "think thought imagine imagined consider considered believe believed regard regarded "
    "claim claimed argue argued insist insisted maintain maintained say said suspect suspected "
    "assume assumed contend contended".split()
)
_BETWEEN = frozenset("will would may might also even still now have had do did often always".split())
_REACH = 3


def opening_view(lw) -> Optional[int]:
    """The index of the verb when the sentence opens "Many (immediately) think", "Some will also
    say", "Others imagine"; else None."""
    n = len(lw)
    if n < 3 or lw[0] not in PRONOUNS:
        return None
    k = 1
    while k < n and k <= _REACH and (lw[k] in _BETWEEN or ly_adverb(lw[k], 0)):
        k += 1
    if not (k < n - 1 and lw[k] in VERBS):
        return None
    nxt = lw[k + 1]
    if nxt == "to" and lw[k] not in _TO_VERBS:
        return None  # "Many regard to the old format was lost": the noun "regard"
    if lw[k].endswith("ed") and nxt.endswith("s") and nxt.isalpha() and nxt not in _NOT_NOUNS:
        return None  # "Many suspected cases were reported": a participle before its noun
    return k


# Verbs that take "to" as holders of a view ("Some claim to have seen it").
_TO_VERBS = frozenset({"claim", "claimed", "insist", "insisted"})
# Words in "s" after a past verb that are no plural nouns ("Many believed this was").
_NOT_NOUNS = frozenset({"this", "his", "its", "has", "was", "is", "us", "as", "thus", "perhaps"})


EXAMPLES = (
    ("Many believed America's time was up.", "HC101"),
    ("Some will also say our towns are not up to the challenge.", "HC101"),
    ("Others imagine a skinny teenager at a keyboard.", "HC101"),
    ("Many immediately think of the officer at work.", "HC101"),
    ("Few hold the position that the dam will be needed.", None),
    ("Some have even embraced the hacker as a hero.", None),
    ("Many tested the bridge before it opened.", None),
    ("Many suspected cases were reported to the plant.", None),
)
