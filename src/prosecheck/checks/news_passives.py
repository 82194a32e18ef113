"""Reports in the passive with nobody reporting, as news writes them: "bin Laden is said to be at
a dinner", "He is now thought to be in Rome", "some 500 fighters, believed to be still at large",
"The attackers, understood to be former members of the military". Used by HC101.

``reputation.said_to`` reads "is said to" before any verb but "be", and "to be" only before an
act in progress or a determiner: in documentation "is said to be *canonicalized*", "is said to be
in the tab ring", "are said to be stable" define a term (the benchmark corpus: 10 lines, none a
report). Outside technical writing (``Document.technical``, prosecheck.genre) the same words
report where or how someone is, credited to nobody (RULES-ADDENDUM S12, agentless passives), so
there:

* a finite "be", at most one adverb, a participle of report or belief, "to be", then anything
  (``said_to_be``);
* the reduced form after a comma, the participle right after a noun phrase it describes
  ("fighters, believed to be still at large"; ``reduced``), not after "it" or a clause's start.

Issue 11, twenty-second session (adze-docs' news misses; w-v21 counted the shapes in the
twenty-first session).

Two more forms, outside technical writing only (issue 11, twenty-third session, task news23:
hone-docs' and whet-docs' news misses beside the older sets'):

* a forecast credited to nobody, "The inquiry is expected to be finished by June", "those issues
  are expected to again be a key part" (``expected_to``): in documentation the same words state a
  contract ("is expected to return a Promise": w-v21's 122 corpus lines), in news they pass on
  who-knows-whose forecast. Not the writers' own obligation ("We were expected to fill old
  shoes": a person's subject, "I", "we", "you"), not after a modal;
* a perception in the passive with no adverb of how many, "an election that is regarded as
  crucial", "they are regarded as super fast to set up" (``regarded_as``): in documentation "are
  regarded as a path" states how a tool reads its input (reputation.PERCEPTION, 0 of 20 on the
  corpus), so there it still needs the adverb.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks import reputation

#: Participles of report or belief that take "to be" in news ("is said to be", "understood to be").
PARTICIPLES = reputation.SAID_TO | frozenset({"understood"})
_FINITE_BE = frozenset("is are was were 's 're".split())
# Words that cannot be the head the reduced participle describes ("it, thought to be ..." is no
# noun phrase; "and, believed to be" opens nothing).
_NOT_HEAD = frozenset("it this that which who what and or but so as if when than to".split())


def said_to_be(lw, i: int) -> Optional[int]:
    """The index of the finite "be" of "is (now) said to be ..." when ``lw[i]`` is the participle,
    or None."""
    n = len(lw)
    if i + 2 >= n or lw[i + 1] != "to" or lw[i + 2] != "be":
        return None
    j = i - 1
    if j >= 0 and reputation.one_adverb(lw[j]):
        j -= 1
    if j < 0 or lw[j] not in _FINITE_BE:
        return None
    return j


def reduced(lw, words, i: int, prose: str) -> bool:
    """``lw[i]`` opens "fighters, believed to be still at large": a comma right before the
    participle, a noun phrase's word before the comma, "to be" or "to have" after."""
    n = len(lw)
    if i < 1 or i + 2 >= n or lw[i + 1] != "to" or lw[i + 2] not in ("be", "have"):
        return False
    gap_start, gap_end = words[i - 1].end, words[i].start
    if gap_end - gap_start > 3 or prose[gap_start:gap_end].strip() != ",":
        return False  # (a bounded look at the gap: the one comma and its space)
    head = lw[i - 1]
    return head.isalpha() and head not in _NOT_HEAD



def outside_documentation(doc) -> bool:
    """Is ``doc`` neither technical writing by its words (``Document.technical``) nor a page with
    a block of code? A short README may hold too few computing words to be called technical
    ("Gets the value and key for each item and is expected to return the new value", "ASTs are
    regarded as immutable": the benchmark corpus), but its code block says what it is; the news,
    speeches and essays of the labelled sets hold none (4 of their 491 documents that are not
    technical do, all documentation: real-docs' htmlparser2 and rfdc pages, vault-docs' fish FAQ)."""
    return not doc.technical and not doc.code_lines


#: Words that open the forecast and the perception forms (hedging's _scan tests them by name).
EXPECTED = "expected"
REGARDED = "regarded"
# Subjects whose expectation is an obligation put on them, not a forecast: "We were expected to
# fill old shoes", "you are expected to".
_OBLIGED = frozenset("i we you i'm we're you're".split())
_MODALS = frozenset("will would can could may might must should shall".split())


def expected_to(lw, i: int) -> Optional[int]:
    """The index of the finite "be" of "is (not) expected to ask" when ``lw[i]`` is "expected",
    or None: a finite "be" (not "'s", "it's": a possessive or a contraction read either way), at
    most one adverb ("not", "still", "now", "widely"), "expected", "to", at most one adverb
    ("to again be"), then a verb; not after "I", "we", "you" (an obligation)."""
    n = len(lw)
    if i + 2 >= n or lw[i + 1] != "to":
        return None
    k = i + 2
    if reputation.one_adverb(lw[k]) and k + 1 < n:
        k += 1  # "are expected to again be"
    if not lw[k].isalpha():
        return None
    j = i - 1
    if j >= 0 and (reputation.one_adverb(lw[j]) or lw[j] == "not"):
        j -= 1
    if j < 0 or lw[j] not in ("is", "are", "was", "were"):
        return None
    if j >= 1 and (lw[j - 1] in _OBLIGED or lw[j - 1] in _MODALS):
        return None
    return j


def regarded_as(lw, words, i: int, prose: str) -> Optional[int]:
    """The index of the finite "be" of "is regarded as crucial" when ``lw[i]`` is "regarded" and
    no adverb stands between (reputation.passive_judgement reads "is widely regarded as"), or
    None; not after a modal ("could be regarded as": the writer's framing), nor when "by" and a
    name follow ("regarded as a threat by Washington")."""
    n = len(lw)
    if i + 2 >= n or lw[i + 1] != "as" or not lw[i + 2].isalpha():
        return None
    j = i - 1
    if j < 0 or lw[j] not in ("is", "are", "was", "were"):
        return None
    if j >= 1 and lw[j - 1] in _MODALS:
        return None
    if reputation._agent_named(lw, words, i + 2, prose):
        return None  # the judges named after: "regarded as a threat by Washington"
    return j
