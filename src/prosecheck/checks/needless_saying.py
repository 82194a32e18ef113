"""Certainty put as a thing that need not be said: "it need not be added that", "It need hardly be
stated that", "I need not remind you that", "nor is there need to add that" (issue 11,
forty-fifth session, hcprec45): ``HC102``.

The lexicon lists "needless to say" and "it goes without saying" word for word. The writers say
the same in a clause of their own: a subject ("it", "I", "we"), "need" with "not", "hardly" or
"scarcely", and a verb of saying (in the passive after "be": "it need not be added"; or active,
with its hearer: "I need not remind you") before "that"; or "need to" and a verb of saying before
"that" after "there" ("nor is there need to add that") or, with a hearer, after "no" ("there is
no need to remind you that"). Active without a hearer ("we need not add that flag", "no need to
add that file") "that" may point at a thing: advice, not a claim. The
claim after "that" is put beyond saying: nothing is shown. Only before "that": "I need not say
how earnestly I hope" is the speaker's testimony of his own state of mind (sickle-docs' trap,
bellows Q5), "I need not tell you what lay back of" and "need not be repeated here" (a report
cross-referenced) claim nothing by the frame, and "No need to add 'literally' to the sentence" is
advice.

Each function reads the normalised words of one sentence (``lw``) around one index: no scan.
"""

from __future__ import annotations

from typing import Optional

#: The word hedging's _scan hands to ``unsaid`` (and a trigger of the sentence's scan).
NEED = "need"
_NEGATIONS = frozenset({"not", "hardly", "scarcely"})
_SUBJECTS = frozenset({"it", "i", "we"})
#: Participles of saying after "be": "it need not be added that".
_SAID = frozenset(
    "added said stated emphasized emphasised stressed repeated mentioned remarked observed noted told pointed".split()
)
#: Verbs of saying: "I need not remind you that", "no need to add that".
_SAY = frozenset(
    "add say state tell remind point mention repeat stress emphasize emphasise observe note explain".split()
)
#: The hearer between the verb and "that": "I need not remind you that".
_HEARERS = frozenset({"you", "us", "anyone", "anybody"})


def _saying(lw, k: int, verbs, hearer: bool = False) -> Optional[int]:
    """The index of "that" when a verb of ``verbs`` at ``k`` ("point" with its "out"), a hearer
    (optional unless ``hearer``), then "that" follow; else None."""
    n = len(lw)
    if k >= n or lw[k] not in verbs:
        return None
    if lw[k] in ("point", "pointed"):
        k += 1
        if k >= n or lw[k] != "out":
            return None
    if k + 1 < n and lw[k + 1] in _HEARERS:
        k += 1
    elif hearer:
        return None
    k += 1
    return k if k < n and lw[k] == "that" else None


def unsaid(lw, i: int) -> Optional[tuple]:
    """``(first, last)`` when ``lw[i]`` ("need") stands in "it need not be added that", "I need
    not remind you that", "there is no need to add that", "nor is there need to add that"; else
    None."""
    n = len(lw)
    if i + 2 < n and i >= 1 and lw[i + 1] in _NEGATIONS and lw[i - 1] in _SUBJECTS:
        k = i + 2
        if lw[k] == "be":
            end = _saying(lw, k + 1, _SAID)
        else:
            if k + 2 < n and lw[k] == "stop" and lw[k + 1] == "to":
                k += 2  # "I need not stop to tell you that"
            end = _saying(lw, k, _SAY, hearer=True)
        return (i - 1, end) if end is not None else None
    if i >= 1 and i + 2 < n and lw[i + 1] == "to" and lw[i - 1] in ("no", "there"):
        # "nor is there need to add that" (literary: "that" opens the clause); "no need to"
        # only with its hearer ("no need to remind you that"): "no need to add that file" is advice
        end = _saying(lw, i + 2, _SAY, hearer=lw[i - 1] == "no")
        return (i - 1, end) if end is not None else None
    return None
