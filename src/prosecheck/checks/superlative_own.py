"""Superlatives narrowed to the speaker's own doing (issue 11, thirty-first session).

A superlative whose noun is narrowed by a relative clause with the speaker as its subject ranks
among what the speaker made, proposes or is able to do, not among the world's rivals:

* **what the speaker made or proposes** ("One of the biggest promises I made to the American
  people was ...", "by far the most important of all the powers I recommend"): the sets' rules
  RULES 3 (scoped to something small and plain) and M3 (the speaker ranks his own points);
* **the best the speaker can do** ("The finest military establishment we can produce must
  work closely with ...", "one of the best investments we can make in a child's life"): the
  effort idiom of real-docs A7 and kiln-docs M4, a goal and not a ranking.

A relative clause that states what the speaker has or faces leaves the ranking of the world:
"the most powerful nonviolent tool we have", "the most critical questions we face" are claims
(forge-docs, scythe-docs), and so is a writer's knowledge, which the sets read both ways
("faster than any other ... solution I know of" is fresh-docs' positive, "the best engines we know
of" adze-docs' trap): neither is read here.
"""
from __future__ import annotations

from typing import Callable, Optional

_SPEAKERS = frozenset({"i", "we"})
_RELATIVES = frozenset({"that", "which"})
_ABLE = frozenset({"can", "could"})
#: Past and present of the verbs of making and proposing: the speaker's own items.
MAKING = frozenset(
    "made make makes recommend recommended propose proposed submit submitted offer offered "
    "send sent promise promised pledge pledged".split()
)
#: How many words the superlative's noun may run to before its relative clause: "set of
#: challenges", "military establishment".
_NOUN_REACH = 4
#: Words that end the noun phrase: a verb of being or a clause opener, never part of a noun.
_NOT_NOUN = frozenset(
    "is are was were be been being has have had will would can could should must may might "
    "and or but if when because since while as than to in for with on at by".split()
)


def ranks_own_doing(lw, b: int, gap: Optional[Callable[[int], str]] = None) -> bool:
    """The superlative phrase ending at ``b`` is narrowed by "(that) I/we" and a verb of making
    or proposing (MAKING), or "can"/"could" and any verb, within _NOUN_REACH words of its noun.
    ``gap(k)`` is the text between word ``k`` and the next: a clause mark in it ends the noun
    phrase. A bounded look after the phrase, not a scan of the sentence."""
    n = len(lw)
    k = b + 1
    # "the most important of all the powers I recommend": "of all the" opens the noun
    if k + 1 < n and lw[k] == "of" and lw[k + 1] == "all":
        k += 2
        if k < n and lw[k] == "the":
            k += 1
    for s in range(k, min(n, k + _NOUN_REACH + 1)):
        if gap is not None and s > b + 1 and gap(s - 1).strip():
            return False  # a comma or a dash: the clause is no longer the noun's
        w = lw[s]
        if w in _RELATIVES and s + 1 < n and lw[s + 1] in _SPEAKERS:
            s += 1
            w = lw[s]
        if w in _SPEAKERS:
            if s == b + 1:
                return False  # "the best I can", no noun: the sets read it as either
            v = lw[s + 1] if s + 1 < n else ""
            if v in _ABLE:
                return s + 2 < n and lw[s + 2].isalpha() and lw[s + 2] not in _NOT_NOUN
            return v in MAKING
        if w in _NOT_NOUN or not w.replace("-", "").isalpha():
            return False
    return False


EXAMPLES = (
    # (sentence, the superlative's last word, is it narrowed to the speaker's own doing?)
    ("One of the biggest promises I made was to replace the deal.", "biggest", True),
    ("It is by far the most important of all the powers I recommend.", "important", True),
    ("The finest military establishment we can produce must work with our friends.", "finest", True),
    ("One of the best investments we can make is early education.", "best", True),
    ("It is the most powerful nonviolent tool we have.", "powerful", False),
    ("One of the most critical questions we face is how to pay.", "critical", False),
    ("These are the best engines we know of.", "best", False),
    ("It is the best we can do.", "best", False),
    ("It is the fastest parser, and we made it in a week.", "fastest", False),
)
