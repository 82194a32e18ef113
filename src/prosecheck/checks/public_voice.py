"""A view handed to the public at large (HC101): "The world thinks of us as a country which is
strong", "Society would have you believe that trading is complicated", "as media would have it
appear", "the newspapers were reporting something like 70%", "They are hailed by the nation's
press", "the book was received by the press as a triumph".

The holder is a singular collective with no name: the world, society, the public, the press,
the media, the newspapers. Nobody the reader could ask holds the view; the sentence credits it to
everyone, or to an unnamed part of the press (issue 11, fiftieth session, hcrec50: the hedges
chuck-, collet- and dolly-docs missed, "views handed to an unnamed holder", counted over the one
hundred and nine older sets: gouge, hacksaw and mandrel hold the subject's shape, chuck and dolly
the newest).

Two shapes, both read from the head noun or from "by", a few words either side:

* **the collective as the subject** (``subject_view``) of a verb of holding or voicing a view:
  "think (of)", "believe", "regard", "consider", "hold", "claim", "insist", "call", "view",
  "imagine", "suppose", "assume", "would have you/us/it" and a report in the progressive ("were
  reporting") or before "that" ("the press reported that"). The head opens a clause (the
  sentence's start, a mark, or a conjunction), with "the" or "our" and up to two words before it
  ("the whole world", "the nation's press") and only adverbs and auxiliaries between it and the
  verb. Not "know" ("the world knows the costs of war": the writer's own claim on everyone's
  behalf, a booster's ground, not a view passed on), "see", "feel", "say", "expect" or "agree"
  ("the world saw their valor", "The media may feel obligated", "The world has said this aggression
  would not stand": deeds and demands of the world as an actor, unlabelled in every set that has
  them), not a report of named facts ("the press reported the same facts": no "that"), not after
  "if", "that", "what" or "which" (a condition, or the collective as an object: "the thoughts that
  society thinks"), and not a modal other than "would have" ("the world will see").
* **the collective as the agent** (``agent_view``) of a passive of judging, naming or receiving
  after a form of "be": "They are hailed by the nation's press", "was received by the press as a
  triumph". Not after a modal ("any revolts will be viewed by the general public as
  illegitimate": the writer's own forecast, sander-docs). "received", "welcomed" and "greeted"
  only with "as" after the head ("were so well received by the British public that": a
  reception, no view). Not "the press of business" (a phrase with "of"), not a capitalised head
  ("by the World Bank": a body named).

One function per shape, reading at most eight words round the head or "by": no scan.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.crowd_clause import opens_clause
from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.vague_agent import JUDGING, ONE_JUDGING
from prosecheck.checks.word_gaps import between

#: Singular collectives of the public at large (hedging tests them at the head, and "by").
HEADS = frozenset("world society public press media newspapers".split())
#: Verbs of holding or voicing a view with the collective as subject.
VERBS = frozenset(
    """
    think thinks thought believe believes believed regard regards regarded consider considers
    considered hold holds held claim claims claimed insist insists insisted call calls called
    view views viewed imagine imagines imagined suppose supposes supposed assume assumes assumed
    hail hails hailed
    """.split()
)
#: Reports, read in the progressive ("were reporting") or before "that" ("reported that").
REPORTS = frozenset("report reports reported reporting predict predicts predicted predicting".split())
#: The words that bring a sentence into hedging's scan for this class.
TRIGGERS = HEADS
# Determiners before the head: "the press", "our society"; none ("Society would have you").
_DETERMINERS = frozenset({"the", "our"})
# Conjunctions after which a clause opens (besides a mark, or the sentence's start); not "if"
# (a condition), "that", "what", "which" (the collective as the object of a clause).
_OPENERS = frozenset("and but while as though although because since yet so".split())
_AUX = frozenset(
    "has have had does do did is are was were been still now also long always often once even generally widely".split()
)
_BE = frozenset("is are was were be been being 's 're".split())
_PROGRESSIVE_BE = frozenset("is are was were been".split())
_HAVE_WHOM = frozenset({"you", "us", "it", "them", "me"})
# The participles of the agent's shape: judging and naming (vague_agent's) and receiving; not
# proposing, expecting or preferring ("expected by the public", "favoured by the press": a demand
# or a taste, no view of the subject).
PARTICIPLES = (JUDGING | ONE_JUDGING | frozenset("hailed acclaimed celebrated welcomed greeted received perceived".split())) - frozenset(
    {"expected", "raised", "recommended", "suggested", "proposed", "advanced", "preferred", "favored", "favoured"}
)
_WITH_AS = frozenset({"received", "welcomed", "greeted"})
_MODALS = frozenset("will would may might can could should must shall".split())


def _lower(words, k: int) -> bool:
    return words[k].text[:1].islower()


def subject_view(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)`` of "The world (also) thinks", "Society would have you", "the newspapers
    were reporting" when the head at ``i`` is the subject of a verb of holding or voicing a view,
    else None."""
    n = len(lw)
    if lw[i] not in HEADS or (i and not _lower(words, i)) or i + 1 >= n:
        return None  # "the World Bank", "Press Enter": a name or a command
    # the start: "the" or "our" and up to two words before the head, or the head alone
    start = None
    for d in range(i, max(-1, i - 4), -1):
        if d < i and lw[d] in _DETERMINERS:
            start = d
            break
        if d < i and (between(words, prose, d, d + 1).strip() or not lw[d][:1].isalpha()):
            break
    if start is None:
        start = i
    if not opens_clause(lw, words, start, prose, _OPENERS):
        return None
    if any(between(words, prose, k, k + 1).strip() for k in range(start, i)):
        return None
    k = i + 1
    while k < n and k - i <= 3 and (lw[k] in _AUX or ly_adverb(lw[k], 4)):
        k += 1
    if k >= n or any(between(words, prose, j, j + 1).strip() for j in range(i, k)):
        return None  # a mark inside: the head ends its clause ("the world, thinks")
    v = lw[k]
    if v == "would" and k + 2 < n and lw[k + 1] == "have" and lw[k + 2] in _HAVE_WHOM:
        return start, k + 2  # "Society would have you believe", "as media would have it appear"
    if v in VERBS:
        if v in ("thought", "held", "called") and k == i + 1 and k + 1 < n and lw[k + 1] in _BE:
            return None  # "the public thought is": a noun, not the verb
        return start, k
    if v in REPORTS:
        progressive = v.endswith("ing") and k > i + 1 and lw[k - 1] in _PROGRESSIVE_BE
        if progressive or (k + 1 < n and lw[k + 1] == "that"):
            return start, k  # "the newspapers were reporting", "the press reported that"
    return None


def agent_view(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)`` of "are hailed by the nation's press" when ``lw[i]`` is "by" after a
    form of "be" and a participle of judging, naming or receiving, and "the" (up to two words)
    and a collective head follow; else None."""
    n = len(lw)
    p = i - 1
    if p < 1:
        return None
    if ly_adverb(lw[p], 0) and p >= 2 and lw[p] not in PARTICIPLES:
        p -= 1  # "hailed warmly by the press"
    if lw[p] not in PARTICIPLES:
        return None
    b = p - 1
    while b >= 0 and b >= p - 3 and (ly_adverb(lw[b], 0) or lw[b] in ("so", "well", "also", "often", "now", "still")):
        b -= 1
    if b < 0 or lw[b] not in _BE:
        return None
    if lw[b] == "be" and b > 0 and lw[b - 1] in _MODALS:
        return None  # "will be viewed by the general public as illegitimate": the writer's forecast
    k = i + 1
    if k >= n or lw[k] != "the":
        return None
    for h in range(k + 1, min(n, k + 4)):
        if between(words, prose, h - 1, h).strip():
            return None
        if lw[h] in HEADS and _lower(words, h):
            if h + 1 < n and lw[h + 1] == "of":
                return None  # "by the press of business"
            if lw[p] in _WITH_AS and (h + 1 >= n or lw[h + 1] != "as"):
                return None  # "so well received by the British public that": a reception
            return p, h
    return None


EXAMPLES = (
    ("The world thinks of us as a country which is strong.", "HC101"),
    ("Society would have you believe that trading is complicated.", "HC101"),
    ("It is not as common as media would have it appear.", "HC101"),
    ("Up north, the newspapers were reporting a wave of closures.", "HC101"),
    ("They are hailed by the nation's press as heroes.", "HC101"),
    ("The book was received by the press as a triumph.", "HC101"),
    ("The world knows the costs of war.", None),
    ("The whole world may see it now.", None),
    ("The press reported the same facts at the time.", None),
    ("The play was so well received by the public that it ran for a year.", None),
    ("Any revolt will be viewed by the public as a crime.", None),
    ("These are the thoughts that society thinks.", None),
)
