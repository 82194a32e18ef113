"""Superlatives heading a sentence's subject (issue 11, thirty-fifth session): a trouble or a
cause ranked first, and, outside technical writing, a course ranked best.

A trouble or a cause ranked first: "The most common cause of corruption so far has been memory
corruption", "The biggest problem is to find the right translations", "The greatest gap in our
social security structure is ..." (``ranked_trouble``).

The writer singles out one cause, reason, problem, mistake or danger among all there are, and the
copula that follows names it: a diagnosis of the world an editor can ask the ground of (RULES 3;
awl-docs' addendum: "A ranking of things in the world stays a claim: ... The most common cause of
corruption so far has been memory corruption"). `_superlative` leaves these alone, since "most
common" and "most important" describe in documentation ("The most common option is ...") and a
superlative of size counts only said of a name; the noun is what tells them apart: an option, a
use case, a step or a thing is the text's own material or advice, a cause or a problem is the
world's.

Counted over the sixty-seven development sets before building (eval/ablate.py's gates traced one
by one, the thirty-fifth session): a superlative heading the subject before one of these nouns
18 claims in fifteen sets (awl, gauge, gouge, kiln, sealed, spade, spline, tang, unseen, sledge,
gimlet, reamer, bellows, kerf) against 3 traps (attic "The most common culprit", gimlet "the
greatest difficulty comes", kerf "the most important reason for discussing"); the same nouns as
an object or a complement are even (23 claims, 34 traps and others), and are left as they are.
Measured after building (score_all against main 7b73c58): 15 claims in fourteen sets (13 in
thirteen of the sixty-four older sets, 2 in gauge-docs), 2 traps (gimlet, kerf), both tiers; in
the benchmark corpus 2 findings, both right (streamlit's "The single most common cause of broken
CCv2 components is ...", "The most common mistake is editing ... but forgetting ...").

Not a ranking of the writer's own experience ("The most common mistakes I noticed in these
modules was ...": the benchmark corpus's one wrong finding of the first trial, in four vendored
copies). Only at the head of the sentence, past conjunctions and hedges ("But", "Yet", "However",
"Perhaps", "By far"): a bounded number of words, so one look per sentence. Not "likely" ("the
most likely cause is": a guess, the doc page's `the most likely`), not "least", not "the most
common of these" (a few named: the caller's `_of_a_few`), and not without a copula after the noun
phrase ("The most common causes:" introduces a list).
"""

from __future__ import annotations

from typing import Callable, Optional

from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.superlative_prose import judged_most

#: A cause or a trouble, singular and plural: what a superlative ranks as a diagnosis of the world.
TROUBLE_NOUNS = frozenset(
    "cause causes reason reasons problem problems mistake mistakes danger dangers threat threats "
    "obstacle obstacles barrier barriers factor factors gap gaps weakness weaknesses flaw flaws "
    "drawback drawbacks difficulty difficulties complaint complaints objection objections "
    "criticism criticisms risk risks hazard hazards defect defects justification justifications".split()
)
#: Words that may open the sentence before the subject: a conjunction, a hedge, an adverb.
_OPENERS = frozenset(
    "and but yet so however perhaps probably arguably possibly maybe now still also thus hence "
    "today indeed again".split()
)
#: Two-word openers: "By far the most frequent cause", "Of course, the biggest problem".
_OPENER_PAIRS = (("by", "far"), ("of", "course"), ("in", "practice"), ("in", "general"))
#: After "most": a guess or an order, not a ranking.
_NOT_RANKING = frozenset({"likely", "recent", "current", "up-to-date"})
#: Words that stand between the superlative and the noun only as modifiers: "the greatest
#: existing cause", "the most common security problems"; these end the noun phrase instead.
_NOT_MODIFIERS = frozenset(
    "of in on at to for with by from as is are was were be been has have had will would can could "
    "may might must should that which who this these those it its and or but not than".split()
)
#: Intensifiers between "the" and the superlative: "The single biggest factor".
_STRESS = frozenset({"single", "very", "one"})
#: The copula that makes the ranked noun a subject ("... is", "... has been", "seems to be").
_COPULA = frozenset("is are was were be been remains remain remained".split())
#: The writer as the subject of a clause right after the noun: the ranking is of the writer's own
#: experience ("the most common mistakes I noticed"), not of the world.
_WRITERS = frozenset({"i", "we", "i've", "we've", "i'd", "we'd"})
#: At most this many words before "the" (the openers): the head of the sentence only.
_HEAD = 4


def _opens(lw, start: int) -> bool:
    """Only openers (``_OPENERS``, ``_OPENER_PAIRS``) stand before ``start``."""
    p = 0
    while p < start:
        if tuple(lw[p : p + 2]) in _OPENER_PAIRS and p + 2 <= start:
            p += 2
        elif lw[p] in _OPENERS:
            p += 1
        else:
            return False
    return True


def _ranked_head(lw, i: int, superlative: frozenset, gap: Callable[[int], str], graded: bool) -> Optional[tuple[int, int]]:
    """``(the, end)`` when ``lw[i]`` is a superlative (in ``superlative``) or the "most" of "most
    common", after "the" (and an intensifier) at the head of the sentence, past openers only and
    no mark but a comma: the index of "the" and of the superlative's last word; else None. With
    ``graded``, "most" may grade a participle through its adverb ("the most commonly cited")."""
    n = len(lw)
    if i > _HEAD + 2:
        return None
    w = lw[i]
    if w == "most":
        if i + 1 >= n or not lw[i + 1].isalpha() or lw[i + 1] in _NOT_RANKING:
            return None
        end = i + 1
        if graded and ly_adverb(lw[end], 0) and end + 1 < n and lw[end + 1].isalpha():
            end += 1  # "the most commonly cited reason": the adverb grades its participle
    elif w in superlative:
        end = i
    else:
        return None
    j = i - 1
    while j >= 0 and lw[j] in _STRESS:
        j -= 1
    if j < 0 or lw[j] != "the" or not _opens(lw, j):
        return None
    if j and gap(j - 1).strip() not in ("", ","):
        return None  # "Note: the biggest ...": past a colon, a label's text
    return j, end


def ranked_trouble(lw, i: int, superlative: frozenset, gap: Callable[[int], str]) -> Optional[tuple[int, int]]:
    """``(start, noun)`` when ``lw[i]`` is a superlative (in ``superlative``) or the "most" of
    "most common", after "the" at the head of the sentence, heading a trouble noun that a copula
    follows; else None. ``gap(k)`` is the text between word ``k`` and word ``k + 1``: a mark in
    the noun phrase ends it (the head of a list, a parenthesis)."""
    head = _ranked_head(lw, i, superlative, gap, graded=True)
    if head is None:
        return None
    j, end = head
    n = len(lw)
    noun = None
    for k in range(end + 1, min(n, end + 4)):
        if gap(k - 1).strip():
            return None  # "The most common (...)": a mark inside the phrase
        if lw[k] in TROUBLE_NOUNS:
            noun = k
            break
        if lw[k] in _NOT_MODIFIERS or not lw[k].replace("-", "").isalpha():
            return None
    if noun is None:
        return None
    k = noun + 1 + (noun + 1 < n and lw[noun + 1] == "that")
    if k < n and lw[k] in _WRITERS:
        # "The most common mistakes I noticed in these modules", "the biggest problem we had":
        # ranked among what the writer has met with, as `_writers_experience` reads "I've seen"
        return None
    if not any(lw[k] in _COPULA for k in range(noun + 1, n)):
        return None  # "The most common causes:" heads a list; "The biggest problem." a label
    return j, noun


#: Nouns of a course of action: "the best way to", "the most effective means of".
COURSE_NOUNS = frozenset({"way", "means"})


def ranked_course(lw, i: int, superlative: frozenset, gap: Callable[[int], str]) -> Optional[tuple[int, int]]:
    """``(start, noun)`` of "The best way to <verb> ... is ...", "the most effective means of
    <doing> ... is ...": a course ranked best at the head of the sentence, that a copula
    follows; else None. The caller keeps it outside technical writing only, where it is the
    speaker's policy ("The best way to reduce government spending is to reduce the need for
    spending"); in documentation the same words are advice to the reader ("The best way to
    install it is pip": real-docs A5), as "the only way" is (superlative_only.only_way).

    Counted over the sixty-seven development sets before building (the gates traced): at the head
    of the subject outside technical writing, 8 claims in seven sets (gouge, hone, mallet, pick,
    punch 2, wedge, spoke) against 4 traps (chisel "The easiest way to describe this release",
    gimlet "The best way of dealing with ... is, first, to shame them", plumb "is not to make
    drastic cuts", tongs "would be"); in technical writing 3 claims against some 25 traps (left
    alone). Not under a modal of wish or after a denial ("is not to", "would be"): a course
    weighed, not ranked; not the writer's own telling ("the easiest way to describe this")."""
    head = _ranked_head(lw, i, superlative, gap, graded=False)
    if head is None:
        return None
    j, end = head
    n = len(lw)
    noun = end + 1
    if noun + 2 >= n or lw[noun] not in COURSE_NOUNS or gap(end).strip() or gap(noun).strip():
        return None
    if lw[noun + 1] not in ("to", "of") or lw[noun + 2] in _TELLING:
        return None  # "The easiest way to describe this release is to say ...": the writer's telling
    for k in range(noun + 2, n):
        if lw[k] in _WEIGHED:
            return None  # "Perhaps the best way to indicate ... would be": weighed, not ranked
        if lw[k] in _COPULA:
            if k + 1 < n and lw[k + 1] in ("not", "never"):
                return None  # "The best way to keep it is not to make drastic cuts": a denial
            return j, noun
    return None


#: Verbs of the writer's own telling: "the easiest way to describe this", "the best way to put it".
_TELLING = frozenset("describe say put explain summarize summarise".split())
#: A modal that weighs a course instead of ranking it.
_WEIGHED = frozenset("would could might may".split())


#: Nouns that a judging superlative at the head of a sentence only stresses: "The most important
#: thing is, you can't make a living on $4.25 an hour" sets up the speaker's point, no rival.
_STRESSED_NOUNS = frozenset({"thing", "things", "point", "points", "case", "cases"})


def ranked_judged(lw, i: int, gap: Callable[[int], str]) -> Optional[tuple[int, int]]:
    """``(the, noun)`` of "The most important part of accounting is keeping a good journal",
    "The most significant revolutionary unions ... were originally formed": "the most" and a
    judging adjective (superlative_prose.JUDGING) at the head of the sentence, heading a noun (at most two
    modifiers between) that a copula follows; the caller asks it in plain prose only, where
    most_never's gate lets the phrase pass. Not a noun that only stresses (``_STRESSED_NOUNS``),
    nor the writer's own experience next ("The most useful tip I found")."""
    if not judged_most(lw, i):
        return None
    head = _ranked_head(lw, i, frozenset(), gap, graded=False)
    if head is None:
        return None
    j, end = head
    n = len(lw)
    noun = None
    for k in range(end + 1, min(n, end + 4)):
        if gap(k - 1).strip():
            break  # "The most significant revolutionary unions (such as ...)": the phrase ends
        if lw[k] in _NOT_MODIFIERS or not lw[k].replace("-", "").isalpha():
            break
        noun = k
    if noun is None or lw[noun] in _STRESSED_NOUNS:
        return None
    if noun + 1 < n and lw[noun + 1] in _WRITERS:
        return None
    if not any(lw[k] in _COPULA for k in range(noun + 1, n)):
        return None  # "The most important dates:" heads a list
    return j, noun


#: Nouns of one side of a thing: "The most damning aspect of the new report", "the most
#: remarkable thing about the Trump presidency", "The most blatant example of this dishonesty".
ASPECT_NOUNS = frozenset(
    "aspect aspects example examples feature features thing things illustration illustrations "
    "instance instances characteristic characteristics side sides surprise".split()
)
#: "part" ranks a share ("The largest part of increased oil production") before "of"; before
#: "about" it is a side as the others are ("The most thrilling part about Kuhn's theories").
_SIDE_ONLY_ABOUT = frozenset({"part", "parts"})
#: Words that may join a list of adjectives before the noun: "The most sinister, cynical and cruel aspect".
_JOINERS = frozenset({"and", "or"})
#: A pronoun that points back at the text's own point: "The best example of this is ...".
_POINTING = frozenset({"this", "that", "these", "those", "it"})


def ranked_aspect(lw, i: int, superlative: frozenset, gap: Callable[[int], str]) -> Optional[tuple[int, int]]:
    """``(the, noun)`` of "The most damning aspect of the new report ... is ...", "The most
    remarkable thing about the Trump presidency may be ...", "The most damaging example of the
    President's failure ... is ...": a superlative at the head of the sentence singling out one
    aspect, feature or example of a thing the sentence names (``ASPECT_NOUNS`` before "of" or
    "about"), that a copula follows. The writer ranks one side of a report, a policy or a
    presidency above all its others, a judgement an editor can ask the ground of (RULES 3), as
    ``ranked_trouble`` reads a cause; the caller asks it in plain prose only (issue 11,
    fifty-eighth session, rank58). Up to four adjectives, commas and "and" between them, before
    the noun. Not "the most recent"/"the most likely" (an order, a guess), not "part of" (a
    share: "The largest part of increased oil production"), not a list's head (no copula), not an
    example of "this" or "that" alone ("The very best example of this is ...": the writer's own
    point illustrated, no thing of the world ranked)."""
    head = _ranked_head(lw, i, superlative, gap, graded=True)
    if head is None:
        return None
    j, end = head
    n = len(lw)
    noun = None
    for k in range(end + 1, min(n, end + 6)):
        mark = gap(k - 1).strip()
        if mark not in ("", ","):
            return None  # "The most intriguing (...)": a mark other than a list's comma
        if lw[k] in ASPECT_NOUNS or lw[k] in _SIDE_ONLY_ABOUT:
            noun = k
            break
        if lw[k] in _JOINERS:
            continue  # "sinister, cynical and cruel"
        if lw[k] in _NOT_MODIFIERS or not lw[k].replace("-", "").isalpha():
            return None
    if noun is None or noun + 1 >= n or gap(noun).strip():
        return None
    after = lw[noun + 1]
    if after != "about" and (after != "of" or lw[noun] in _SIDE_ONLY_ABOUT):
        return None
    if noun + 3 < n and lw[noun + 2] in _POINTING and lw[noun + 3] in _COPULA:
        return None  # "The very best example of this is AmeriCorps": the writer's own point illustrated
    if not any(lw[k] in _COPULA for k in range(noun + 2, n)):
        return None
    return j, noun


#: Prose words a document needs before its lack of computing words says it is not documentation:
#: a short README ("Download the latest release. The best way to install it is with pip.") has
#: too few words of any kind for the genre signal (prosecheck.genre) to tell; a speech, an essay
#: or a news story runs to many hundreds (the claims counted above are in documents of 899 to
#: 5,287 words).
PLAIN_PROSE_WORDS = 500


def plain_prose(doc) -> bool:
    """Whether ``doc`` is other prose than documentation, and long enough to tell: not technical
    (``Document.technical``) and at least ``PLAIN_PROSE_WORDS`` words of prose. One pass over the
    prose; the caller asks once per document."""
    if doc.technical:
        return False
    words = 0
    for block in doc.blocks:
        words += len(block.prose.split())
        if words >= PLAIN_PROSE_WORDS:
            return True
    return False
