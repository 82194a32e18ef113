"""A claim declared a fact: "It is a fact that ...", "it is a shocking fact that ...", "It is a
remarkable fact in our history that ...", "It's a fact." (issue 11, forty-seventh session,
boostrec47): ``HC102``.

RULES 5 names "the truth is" as a booster, and the lexicon holds "the fact is", "it is a
well-known fact" and "proven fact" word for word; hacksaw's S730 reads any phrase that claims the
truth of what follows so. The writers say it with "it" too: "it is" (or "it's", "it was"), "a"
or "an", at most one adjective, and "fact", before "that", a mark or the sentence's end ("It is
a fact, active, present and effective."), or before a
short phrase of "of" or "in" and then "that" or the end ("It is a fact of life that sometimes
data will become corrupt", "for us it is a fact in history."). The frame grants the claim
nothing but the word: the findings go through every test of HC102 after it (a figure or a
reason shown, a concession, a quotation).

Not reported here: "if it is a fact that", "whether it was a fact" (a condition or a question
put), "that it is a fact" (a clause reported or governed); "So it is a fact that ..." (a
consequence drawn from what the text has just given: lathe W4, scythe-docs' trap); "it is not a
fact" (the negation breaks the frame); "It is a fact sheet" (no claim follows the noun); "It's
a simple fact:" (certainty_frames.fact_before_colon reports it already, from its article);
"It is a well-known fact" (the lexicon's entry); "it is a social fact, a creation of society", "It is
a historical fact." (an adjective of kind, ``KINDS``, without "that": the thing is sorted into a
kind of fact, no claim is vouched for).

One function reads the normalised words of one sentence (``lw``) around one index: a few words,
no scan.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks import certainty_frames

#: The noun (a trigger of the sentence's scan; hedging's _scan tests it from the article before).
FACT = "fact"
#: The article _scan hands to ``declared``.
ARTICLES = frozenset({"a", "an"})
_BE = frozenset({"is", "was"})
_IT_BE = frozenset({"it's", "it\u2019s", "'tis"})
#: Before "it": a condition, a question or a governing "that" (no claim made); a consequence
#: drawn from the text before (lathe W4).
_NOT_AFTER = frozenset("if whether unless that so thus hence therefore".split())
#: Adjectives whose frames other entries report: the lexicon's "it is a well-known fact", "proven
#: fact"; not doubled here.
_OTHERS = frozenset({"well-known", "proven", "known"})
#: Adjectives of kind (issue 11, forty-eighth session, mend48): "a social fact", "a historical
#: fact" sort the thing the sentence is about into a kind of fact; "Rather, it is a social fact, a
#: creation of society" describes ethics (cramp-docs' trap), it does not vouch for a claim. With
#: one of these the noun is a frame only before "that" ("It is a historical fact that the war
#: ended"), directly or after its short phrase; a bare "It is a fact, active, present" (shim-docs'
#: positive) needs no "that".
KINDS = frozenset(
    "social historical scientific legal brute natural physical economic political cultural biological "
    "psychological mathematical linguistic statistical moral religious geographical chemical technical "
    "empirical institutional".split()
)
#: The phrase after the noun: "a fact of life that", "a remarkable fact in our history that".
_PHRASES = frozenset({"of", "in"})
_MARKS = (",", ":", ";", ".", "!", "\u2014")


def declared(lw, i: int, words, prose: str) -> Optional[tuple]:
    """``(first, last)`` of "It is a fact" when ``lw[i]`` ("a", "an") stands in "it is (also) a
    (ADJ) fact" before "that", a mark, the sentence's end or a short "of"/"in" phrase ending so;
    else None. A few words either side of ``i``."""
    n = len(lw)
    j = i + 1
    if j < n and lw[j] != FACT:
        if lw[j] in _OTHERS or not lw[j].isalpha():
            return None
        j += 1
    if j >= n or lw[j] != FACT:
        return None
    k = i - 1
    if k >= 0 and lw[k] == "also":
        k -= 1
    if k >= 0 and lw[k] in _IT_BE:
        s = k
    elif k >= 1 and lw[k] in _BE and lw[k - 1] == "it":
        s = k - 1
    else:
        return None
    if s and lw[s - 1] in _NOT_AFTER:
        return None
    if j == i + 2 and lw[i + 1] in certainty_frames.HARD and prose[words[j].end : words[j].end + 1] == ":":
        return None  # "It's a simple fact:": fact_before_colon's
    if _opens_claim(lw, j, words, prose, j == i + 2 and lw[i + 1] in KINDS):
        return s, j
    return None


def _opens_claim(lw, f: int, words, prose: str, need_that: bool = False) -> bool:
    """The noun at ``f`` ends the sentence, stands before a mark or "that", or before a phrase of
    "of"/"in" of at most three words that ends so; only before "that" when ``need_that`` (an
    adjective of ``KINDS``)."""
    n = len(lw)
    if f + 1 < n and lw[f + 1] == "that":
        return True
    if f + 1 >= n or prose[words[f].end : words[f].end + 1] in _MARKS:
        return not need_that
    if lw[f + 1] not in _PHRASES:
        return False
    for k in range(f + 2, min(n, f + 5)):
        if lw[k] == "that":
            return True
        if not lw[k].isalpha():
            return False
        if k + 1 >= n or prose[words[k].end : words[k].end + 1] in (".", "!"):
            return not need_that
    return False


#: Cases that must hold: (sentence, flagged phrase or None).
EXAMPLES = (
    ("It is a fact that at such times people are more interested in politics.", "It is a fact"),
    # A sentence that is nothing but the frame is not reported (HC102's later tests drop it; a
    # positive in mandrel-docs, left missed).
    ("It's a fact. Learn to live with it.", None),
    ("It is a fact of life that sometimes data will become corrupt.", "It is a fact"),
    ("And it is also a remarkable fact in our history that the plan held.", "it is also a remarkable fact"),
    ("If it is a fact that the plan held, we should say so.", None),
    ("So it is a fact that commits near a bad commit are bad too.", None),
    ("It is a fact sheet for new users.", None),
    # An adjective of kind classifies the thing ("a social fact, a creation of society"); with
    # "that" after it the frame vouches for a claim again.
    ("Rather, it is a social fact, a creation of the town's habits.", None),
    ("It is a historical fact.", None),
    ("It is a historical fact that the bridge fell in 1907.", "It is a historical fact"),
)
