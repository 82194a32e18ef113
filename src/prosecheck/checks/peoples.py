"""A whole people credited with a view (HC101): "Americans believe in ...", "Americans broadly
agree", "Americans understand that ...", "the American people expect them to ...".

A speech that says what a nation or a party believes speaks for millions and cites nobody: which
of them, and how is it known (a poll, a vote)? The group forms of hedging (``_group_claim``) find
such a people only after a quantity ("Many Tunisians accuse"); here it stands alone, as a bare
plural or "the <Name> people", opening its clause, before one of a few verbs of belief.

Issue 11, seventeenth session: mallet-docs (2), gouge-docs, forge-docs, quarry-docs. Kept narrow
because the same subjects with other verbs state facts or wishes the gold does not count as
claims: "Americans know economic security can vanish", "Americans recognize that spirit",
"when the American people demand it", "All Americans deserve accountability" (unlabelled lines
of mallet-docs, gouge-docs, rasp-docs), and "understand" only with its clause ("make sure the
American people understand exactly what is at stake": a purpose, forge-docs).
"""

from __future__ import annotations

from typing import Optional

#: Verbs of belief a people is credited with ("understand" only before "that").
VERBS = frozenset("believe believes agree agrees understand understands expect expects".split())
#: The note of the finding: the people is named, the holders and their number are not.
NOTE = "among them holds this view, or how many do"

# Between the people and its verb: "Americans broadly agree", "Americans still believe".
_BETWEEN = frozenset("still all also now really do generally".split())
# Before the people: where a clause starts ("because Americans believe", "That's what Americans
# believe", "but the American people expect").
_OPENERS = frozenset("because that what which and but so as since while where when".split())
# Endings of a people or a party in the plural: "Americans", "Europeans", "Republicans",
# "Chinese" (the word is capitalised: a name, not "plans" or "scans").
_ENDINGS = ("ans", "ese")


def credited(lw, words, v: int, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)`` word of "Americans believe", whose verb is ``lw[v]``, or None."""
    n = len(lw)
    verb = lw[v]
    nxt = lw[v + 1] if v + 1 < n else ""
    if verb.startswith("understand") and nxt != "that":
        return None
    if verb.startswith("expect") and (not nxt or nxt in ("to", "that") or not nxt.isalpha()):
        return None  # "the American people expect them always to": an object, then "to"
    k = v - 1
    while k >= 0 and (lw[k] in _BETWEEN or _adverb(lw[k])):
        k -= 1
    if k < 0 or any(_gap(words, prose, m, m + 1).strip() for m in range(k, v)):
        return None
    start = _people(lw, words, k)
    if start is None:
        return None
    if start > 0 and lw[start - 1] not in _OPENERS and _gap(words, prose, start - 1, start).strip() == "":
        return None  # "a majority of Americans agree", "Many Americans believe" (the group forms')
    return start, v


def _people(lw, words, k: int) -> Optional[int]:
    """The first word of a people in the plural ending at ``k``: "Americans", "the American
    people"; None otherwise."""
    text = words[k].text
    if lw[k] == "people":
        if k >= 2 and lw[k - 2] == "the" and _capitalised(words[k - 1].text) and words[k - 1].text.endswith(("an", "ish", "ese", "ch")):
            return k - 2
        return None
    if _capitalised(text) and lw[k].endswith(_ENDINGS) and len(text) > 5:
        return k
    return None


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text[1:].isalpha() and text[1:].islower()


def _adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word.isalpha() and word not in ("only", "early")


def _gap(words, prose: str, a: int, b: int) -> str:
    return prose[words[a].end : words[b].start]
