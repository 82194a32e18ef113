"""A crowd's view the writer foretells with a modal (HC101): "Most Americans would call that
common sense", "some Trump defenders will point to", "most serious folks will recognize that",
"some in my own party will argue that", "as any parent will tell you", "Every command-line-loving
geek will tell you that".

The writer puts words in the mouths of a counted part of a crowd, or of anyone of a kind, and
the reader is not told who among them holds the view, or whether anyone has said it. Issue 11,
twenty-fourth session (task hedge24): drill-docs, ember-docs, clamp-docs, mallet-docs (rasp-docs'
geek is on a technical page, so not read).

``hedging._group_claim`` already finds one word before the modal ("Critics may say", "Many will
attest"); with a noun after the quantity ("Some users may find that the page is slow", "which some
people might consider a drawback") documentation writes its reader's possible views and its own
concessions, so these forms are read only outside documentation
(``news_passives.outside_documentation``), and only with a verb of saying or judging that a
person does, not "find", "see", "need", "accept" ("most maintainers will only accept patches":
what a kind of reader will do, not what it holds).
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.word_gaps import marked

from prosecheck.checks.peoples import CROWD_QUANTITIES, SUBJECTS_OF_STUDY, plural_form
from prosecheck.checks.finding_kinds import HOLDS_AMONG

#: The modals that foretell a view (hedging's _scan tests them by name).
MODALS = frozenset({"will", "would", "may", "might", "can", "could"})
# The counted part of a crowd (peoples.CROWD_QUANTITIES); not "few" ("Few serious thinkers
# would list fascism": a denial that anyone holds it, brace-docs, whet-docs).
_QUANTITIES = CROWD_QUANTITIES
# Anyone of a kind: "as any parent will tell you", "Every ... geek will tell you".
_ANY = frozenset({"any", "every"})
# Verbs of saying or judging a person does with a view as its object. "point" needs "to" or
# "out", "tell" needs "you" or "us" (the writer's reader told, not "tell their children").
VIEWS = frozenset(
    "say argue claim insist contend call recognize recognise point tell object complain dismiss "
    "think believe doubt question dispute deny accuse describe".split()
)
#: The verbs above that no other list of the check holds and documentation rarely uses: they
#: bring a sentence into the scan (hedging's triggers).
TRIGGERS = frozenset({"recognize", "recognise"})
_AFTER = {"point": frozenset({"to", "out"}), "tell": frozenset({"you", "us"})}
# One adverb between the modal and the verb: "will certainly object", "would probably say".
_ADVERBS = frozenset("also surely certainly probably doubtless undoubtedly likely still even".split())
#: The words that may follow the modal: a verb of ``VIEWS`` or an adverb before it (hedging's
#: _scan tests this before calling ``foretold``).
NEXT = VIEWS | _ADVERBS
# What may stand right before the crowd: the sentence's start, a mark, or a clause's opening.
_OPENERS = frozenset("and but so that as because while now yet when though although if".split())
# Words that cannot be in the crowd's noun phrase: a clause, a pronoun, a verb.
_NOT_MODIFIER = frozenset(
    """
    the a an this that these those which who whom whose what it they we you he she i is are was
    were be been has have had and or but not to for on by if when as than there here of in with
    from at
    """.split()
)
_MAX_MODIFIERS = 2
_MAX_PLACE = 3  # "some in my own party", "some in this Chamber"

#: The note: the holders are a crowd, none named.
NOTE = HOLDS_AMONG.note


def foretold(lw, words, m: int, prose: str, groups: frozenset) -> Optional[tuple[int, int]]:
    """``(first, last)`` words of a crowd's view foretold, whose modal is ``lw[m]``: the crowd's
    first word and the verb (with "to", "out", "you" after it), or None. ``groups``: the lexicon's
    nouns of people ("people", "critics", "experts")."""
    n = len(lw)
    if lw[m] not in MODALS or m < 2:
        return None
    v = m + 1
    if v < n and lw[v] in _ADVERBS:
        v += 1
    if v >= n or lw[v] not in VIEWS or any(marked(words, prose, k, k + 1) for k in range(m, v)):
        return None
    end = v
    if lw[v] in _AFTER:
        if v + 1 >= n or lw[v + 1] not in _AFTER[lw[v]]:
            return None
        end = v + 1
    s = _crowd(lw, words, m, prose, groups, lw[v] == "tell")
    if s is None:
        return None
    if s > 0 and not marked(words, prose, s - 1, s) and lw[s - 1] not in _OPENERS:
        return None  # "than some of his supporters would like", "of many people will": inside another phrase
    return s, end


def _crowd(lw, words, m: int, prose: str, groups: frozenset, tells: bool) -> Optional[int]:
    """The first word of the crowd that is the subject of the modal at ``m``, or None."""
    head = m - 1
    # "some in my own party will argue", "some among us would say": a part of a group, unnamed
    for p in range(head - 1, max(-1, head - _MAX_PLACE - 1), -1):
        if lw[p] in ("in", "among") and p >= 1 and lw[p - 1] in _QUANTITIES:
            if any(marked(words, prose, k, k + 1) for k in range(p - 1, m)):
                return None
            if all(w.isalpha() and w not in ("the", "a", "an") or w in ("my", "our", "this", "the") for w in lw[p + 1 : m]):
                return p - 1
            return None
    if lw[head] in SUBJECTS_OF_STUDY:  # "most respondents will say": a study's findings
        return None
    plural = _people(words, lw, head, groups)
    for k in range(head - 1, max(-1, head - _MAX_MODIFIERS - 2), -1):
        if marked(words, prose, k, k + 1):
            return None
        w = lw[k]
        if w in _QUANTITIES:
            return k if plural else None
        if w in _ANY:
            # "any parent", "every ... geek": one of a kind, with "tell you" only
            return k if tells and not plural and _noun(lw[head]) else None
        if not _noun(w):
            return None
    return None


def _people(words, lw, j: int, groups: frozenset) -> bool:
    """Is word ``j`` a plural noun of people: a listed group ("people", "critics"), a people
    ("Americans", "Republicans"), or a lower-case plural ("defenders", "folks")?"""
    w = lw[j]
    if w in groups:
        return True
    return words[j].text.isalpha() and plural_form(w)


def _noun(w: str) -> bool:
    return w.replace("-", "").isalpha() and w not in _NOT_MODIFIER and w not in _QUANTITIES
