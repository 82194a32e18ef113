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

A group the writer joins: "Like most Americans, I believe Roe v. Wade got it right", "because
like most Americans, I refuse to ...", "like most people, I suppose" (``like_most``). The writer
speaks for himself and for "most Americans" at once: the second half is a view credited to a
group nobody counted. Issue 11, twentieth session: plane-docs, tongs-docs, forge-docs; not "Like
many of you, I watched" (the audience, mallet-docs and plane-docs' unlabelled lines), "Like many
others, he had to work", "like many young children, my daughter", "Like most Americans, our life
changed" (a third person or a possession: a comparison of lives, not a view; chisel-docs,
kiln-docs, forge-docs unlabelled).
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.word_gaps import between
from prosecheck.checks.finding_kinds import HOLDS_AMONG

#: Verbs of belief a people is credited with ("understand" only before "that").
VERBS = frozenset("believe believes agree agrees understand understands expect expects".split())
#: The note of the finding: the people is named, the holders and their number are not.
NOTE = HOLDS_AMONG.note

# Between the people and its verb: "Americans broadly agree", "Americans still believe".
_BETWEEN = frozenset("still all also now really do generally".split())
# Before the people: where a clause starts ("because Americans believe", "That's what Americans
# believe", "but the American people expect").
_OPENERS = frozenset("because that what which and but so as since while where when".split())
#: A counted part of a crowd: "some folks", "many business leaders", "most Americans" (the
#: crowds of foreseen_views and informant.heard_from; hedging's quantities add "few").
CROWD_QUANTITIES = frozenset("some many most several countless numerous".split())
#: The people a text's own survey or study asked ("most respondents said"): its findings, not a
#: view credited to nobody (RULES 4; the benchmark corpus's pip user research pages).
SUBJECTS_OF_STUDY = frozenset("respondents participants interviewees subjects".split())
#: Words in -s that are no plural noun: "this", "always", "unless".
NOT_PLURAL = frozenset("is was has does this its his us yes less unless thus plus always perhaps".split())


def plural_form(w: str) -> bool:
    """The lower-cased word has the form of a plural noun of people: "owners", "defenders",
    "businessmen"; not "process", "famous", "physics", "thus" (shared by hedging's plural after a
    quantity, foreseen_views' crowd and informant's hearsay)."""
    return len(w) > 3 and w not in NOT_PLURAL and (
        (w.endswith("s") and not w.endswith(("ss", "ous", "ics", "is", "us"))) or w.endswith("men")
    )


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
    if k < 0 or any(between(words, prose, m, m + 1).strip() for m in range(k, v)):
        return None
    start = _people(lw, words, k)
    if start is None:
        return None
    if start > 0 and lw[start - 1] not in _OPENERS and between(words, prose, start - 1, start).strip() == "":
        return None  # "a majority of Americans agree", "Many Americans believe" (the group forms')
    return start, v


#: The quantities of "like most Americans, I": a part of the group, its size unsaid.
LIKE_QUANTITIES = frozenset({"most", "many", "some"})
#: Words a sentence holds when ``like_most`` may find something (hedging's scan triggers).
TRIGGERS = frozenset({"like"})
# Before "like": where a clause or an aside starts ("because like most Americans", "Now, like");
# not a subject ("I like most people, I think": the verb "like").
_BEFORE_LIKE = _OPENERS | frozenset({"now", "then", "yet"})
_WRITER = frozenset({"i", "we"})


def like_most(lw, words, q: int, prose: str, groups: frozenset) -> Optional[tuple[int, int]]:
    """``(first, last)`` word of "like most Americans" when ``lw[q]`` is the quantity after
    "like" and the writer follows the group's comma ("Like most Americans, I believe"), or None.
    The group: a people ("Americans"), "people", a word of ``groups`` (hedging's group nouns) or
    a plain plural, at most one modifier before it; not "of you", "of us" (``lw[q + 1]`` must be
    the group or its modifier)."""
    n = len(lw)
    if q < 1 or lw[q - 1] != "like" or lw[q] not in LIKE_QUANTITIES:
        return None
    first = q - 1
    if first > 0 and lw[first - 1] not in _BEFORE_LIKE and not between(words, prose, first - 1, first).strip():
        return None  # "It looks like most people": a verb's complement, not an aside
    for k in (q + 1, q + 2):
        if k + 1 >= n or between(words, prose, k - 1, k).strip():
            return None
        if _group_noun(lw, words, k, groups):
            if between(words, prose, k, k + 1).strip() != "," or lw[k + 1] not in _WRITER:
                return None
            return first, k
        if k == q + 2 or not lw[k].replace("-", "").isalpha() or not words[k].text[:1].islower() or lw[k] == "of":
            return None  # "like many of you", "like so many of my governors": a part named, or a mark
    return None


#: What a counted part of a people wants or backs: "most Americans support the plan", "That's
#: what most Americans want", "some Republicans want Medicare and Social Security to sunset",
#: "some of my Republican friends want to take the economy hostage" (``wishes``). The verbs of
#: saying and believing (hedging's lexicon) cover "Most Americans agree"; these two are not among
#: them because after any other plural they tell a need, not a view ("Some projects want a linear
#: history", "Most browsers support WebP": vise-docs' trap, the corpus's lines).
WISHES = frozenset("want wants support supports".split())
# Endings of a people's or a party's adjective before a plural noun: "Republican friends",
# "American workers", "Chinese officials"; not "-ian", "-ish" (a project's name: "Some Debian
# users want a newer kernel": documentation's own readers).
_ADJECTIVE_ENDINGS = ("can", "ese")


def wishes(words, lw, first: int, end: int, verb: int) -> bool:
    """``lw[verb]`` is one of ``WISHES`` and the group ``first`` .. ``end - 1`` after a quantity
    is a people: its plural named ("Americans", "Republicans") or its noun after a people's
    adjective ("my Republican friends", "American workers"). Issue 11, twenty-third session:
    mallet-docs, hone-docs, vise-docs (twice); ember-docs' "Few Americans want an equal
    distribution of income" unlabelled; no line of the benchmark corpus."""
    if verb >= len(lw) or lw[verb] not in WISHES or end <= first:
        return False
    last = words[end - 1].text
    if _capitalised(last) and len(last) > 4 and last.endswith("s") and not last.endswith("ss"):
        return True  # "most Americans", "some Republicans"
    return end - 2 >= first and _capitalised(words[end - 2].text) and words[end - 2].text.endswith(_ADJECTIVE_ENDINGS)


def _group_noun(lw, words, k: int, groups: frozenset) -> bool:
    """``lw[k]`` is a group of people: "people", a people ("Americans"), a listed group noun,
    or a plain plural in lower case ("programmers")."""
    w, text = lw[k], words[k].text
    if w in ("people", "folks") or w in groups:
        return True
    if _capitalised(text) and w.endswith(_ENDINGS) and len(text) > 5:
        return True
    return text.isalpha() and text.islower() and len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "ous", "is", "us"))


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
    return ly_adverb(word) and word != "early"  # ("only": ly_adverb passes no four-letter word)
