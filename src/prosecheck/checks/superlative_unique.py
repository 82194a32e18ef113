"""One of a kind, said of a subject (issue 11, forty-fourth session, slrec44).

"unique" alone is as often a fact of a program ("a unique key", "must be unique in the table") as
a claim; the lexicon reports "unique among" and "almost unique". Two more shapes rank the subject
above every other of its kind, with the reason or the scope named:

* **"unique in that ...", "unique in the sense that ...", "unique in <doing>"**: "Logbook is unique
  in that it has the concept of logging channels", "SQLObject is, to my knowledge, unique in using
  metaclasses", "is unique in the sense that it's written in pure Python";
* **"unique in" a scope over history or the world**: "is unique in our history", "has been unique
  in the western world", "unique in this century", "what makes the threat unique in history".

The reason is asked to be said of a subject: after a verb "to be" (an adverb between, or a
parenthesis set off by commas) or "makes ... unique"; the scope ranks wherever "unique" stands
("historic forces unique in this century"). Not denied ("is not unique in that"), not "in that table" ("that" before
a noun: a place in the program), nor "unique in the namespace" (no scope of history or the world).
"""

from __future__ import annotations

from typing import Optional

_COPULAS = frozenset("is are was were be been being 's remains remain remained seems seem seemed stands stand stood".split())
#: Adverbs between the copula and "unique": "is truly unique in", "is also unique in".
_ADVERBS = frozenset("also truly really quite perhaps probably surely certainly still thus therefore entirely wholly utterly indeed".split())
#: Words after "in that" that open its clause: "unique in that it has", "in that the routes".
_CLAUSE_SUBJECTS = frozenset(
    "it they he she its their his her the a an there we you this these those no all every each one "
    "our your nothing none".split()
)
#: Words ending in -ing that are nouns, not a gerund: "unique in string", "unique in setting".
_ING_NOUNS = frozenset("thing things string strings nothing something anything everything ring king wing spring setting settings mapping listing heading ordering naming encoding padding".split())
#: Scopes over history or the world after "unique in": "in history", "in our history".
_HISTORY = frozenset({"history", "annals"})
_HISTORY_OWNERS = frozenset("our its their his her the recorded human modern american world's nation's country's".split())
_WORLD_ADJECTIVES = frozenset({"western", "civilized", "civilised", "modern", "whole", "entire", "free"})
_TIMES = frozenset({"century", "generation", "age", "era"})
_DENIED = frozenset({"not", "n't", "never", "hardly"})


def _said_of_subject(lw, i: int, gaps) -> bool:
    """Word ``i`` ("unique") is a predicate: after a copula (adverbs between), after a copula and a
    parenthesis set off by commas ("is, to my knowledge, unique"), or after "makes ... " within
    four words ("what makes the threat unique"); not denied."""
    k = i - 1
    while k >= 0 and lw[k] in _ADVERBS:
        k -= 1
    if k < 0:
        return False
    if lw[k] in _DENIED or (k >= 1 and lw[k - 1] in _DENIED and lw[k] in _COPULAS):
        return False
    if lw[k] in _COPULAS:
        return not (k >= 1 and lw[k - 1] in _DENIED)
    if gaps is not None and "," in (gaps(i - 1) or ""):
        # "is, to my knowledge, unique in", "is to our knowledge, unique in": the copula before the parenthesis
        for m in range(i - 2, max(-1, i - 8), -1):
            if lw[m] in _COPULAS:
                return not (m >= 1 and lw[m - 1] in _DENIED)
        return False
    return any(lw[m] in ("makes", "made", "make") for m in range(max(0, i - 5), i))


def unique_in(lw, i: int, gaps=None) -> Optional[tuple[int, int, bool]]:
    """``lw[i]`` is "unique" said of a subject, then "in" and a reason or a scope over history or
    the world: ``(first, last, reason)`` from "unique" to the end of what follows "in" (``reason``:
    a reason, not a scope), or None."""
    n = len(lw)
    if lw[i] != "unique" or i + 2 >= n or lw[i + 1] != "in" or (i and lw[i - 1] in _DENIED):
        return None
    k = i + 2
    w = lw[k]
    if _said_of_subject(lw, i, gaps):
        if w == "that" and k + 1 < n and (lw[k + 1] in _CLAUSE_SUBJECTS):
            return i, k, True  # "unique in that it has ..."
        if w == "the" and k + 2 < n and lw[k + 1] == "sense" and lw[k + 2] == "that":
            return i, k + 2, True  # "unique in the sense that ..."
        if w.endswith("ing") and len(w) > 4 and w not in _ING_NOUNS and k + 1 < n and lw[k + 1].isalpha():
            return i, k, True  # "unique in using metaclasses"
    # a scope over history or the world ranks wherever "unique" stands: "a juncture of historic
    # forces unique in this century"
    if w in _HISTORY:
        return i, k, False  # "unique in history"
    if w in _HISTORY_OWNERS and k + 1 < n and lw[k + 1] in _HISTORY:
        return i, k + 1, False  # "unique in our history"
    if w in ("this", "the", "our") and k + 1 < n and lw[k + 1] in _TIMES:
        return i, k + 1, False  # "unique in this century"
    if w == "the" and k + 1 < n:
        m = k + 2 if lw[k + 1] in _WORLD_ADJECTIVES and k + 2 < n else k + 1
        if lw[m] == "world":
            return i, m, False  # "unique in the western world"
    return None


#: Subjects that are a part of the text's own program or the sentence before, not a product:
#: "This event is unique in that it includes a payload", "It is unique in that it combines".
_NOT_NAMES = frozenset("it this that these those they he she which who there here".split())
#: Where a clause opens before a bare subject: "and Logbook is unique in that ...".
_OPENERS = frozenset({"and", "but", "so", "yet", "while", "whereas"})


def bare_name_subject(lw, i: int, gaps=None) -> bool:
    """The subject of "unique" (``lw[i]``) is one word, a name, opening the sentence or a clause:
    "Logbook is unique in that ...", "**pycparser** is unique in the sense that ...", "SQLObject is,
    to my knowledge, unique in using ...". Not "The `Numeric` type class is unique in that it
    provides ..." nor "This event is unique in that it includes a payload": in technical writing
    those rank a part of the program among its own parts, a fact of the interface (as "the only
    required argument" is)."""
    k = i - 1
    while k >= 0 and lw[k] in _ADVERBS:
        k -= 1
    if k >= 0 and lw[k] not in _COPULAS:
        for m in range(k, max(-1, k - 7), -1):  # "is, to my knowledge, unique": the copula before the parenthesis
            if lw[m] in _COPULAS:
                k = m
                break
        else:
            return False
    s = k - 1
    if s < 0 or not lw[s].replace("-", "").replace("_", "").isalnum() or lw[s] in _NOT_NAMES:
        return False
    return s == 0 or lw[s - 1] in _OPENERS or (gaps is not None and any(c in (gaps(s - 1) or "") for c in ",;:"))
