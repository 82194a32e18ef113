"""A standing "recognized" by nobody (``HC101``; issue 11, forty-ninth session, hcrep49).

"Often it is recognized that the details are not essential", "the lack of price competition is
well recognized", "has become recognized as perhaps the most acceptable", "they are recognized as
a lower form of life on the net", "These services are recognized to have extremely high returns":
the passive of "recognize" grants a fact or a reputation and leaves out who grants it (RULES 4:
the impersonal passive and received opinion; pliers, wrench and the older sets' addresses, jargon
entries and essays). The verb is read only where it holds a view of its subject:

* **impersonal**: "it" + a present or perfect "be" + "recognized" + "that" or "how" ("It is
  recognized that", "it has long been recognized that", "it's generally recognized how");
* **graded by who holds it**: an adverb of how many or how well between "be" and the participle
  ("is well recognized", "is generally recognised", "are universally recognized", "is keenly
  recognized in the Orient"; "widely recognized" is the weasel list's already);
* **a view with an infinitive**: "are recognized to have", "is recognized to be" (as "is believed
  to", reputation.said_to);
* **a standing won**: "has become recognized", "have become recognized as";
* **a ranking or a merit after "as"**: "recognized as" + (an article) + a graded word or a word of
  merit ("as a lower form of life", "as perhaps the most acceptable", "as the best", "as an
  excellent toolkit").

Only the present and the perfect ("is", "are", "has been", "has become"): the past tells what one
party recognized at one time ("When this was recognized, in April, 1859, by the Government", "The
value of place-names had long been recognized": the history the text tells, a trap in pliers).
Not after a modal or "has to" ("This should be universally recognized as a failure", "It must be
recognized that", "It has to be recognized that": the writer's own demand), not negated ("is no
longer recognized", "isn't recognized": a parser's rule), not with the recognizers after "by"
("is recognized by most non-fannish hackers": the agent readings' or a named source), and not
"recognized as" a plain kind or a part ("are recognized as a part of the Republic", "is recognized
as well", "is recognised as competent": status and parsing, no grading word). A tool that
"recognizes" input is read only in these shapes, which documentation seldom writes ("The Pascal
not-equals, <>, is also recognized", "no markup is recognized": no adverb of how many, no grading
word, so not reported).

One function reads a window of at most a dozen words round one index: no scan of the sentence.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.reputation import MERIT

#: The participles read (hedging's _scan tests them by name).
PARTICIPLES = frozenset({"recognized", "recognised"})
# Adverbs of how many hold the view, or how plainly ("well", "keenly", "cheerfully"): what makes
# "is well recognized" a standing, where "is recognized" alone may be a parser's rule. Not
# "fully", "readily", "clearly", "correctly", "automatically" ("the drive is fully recognized",
# "is readily recognized by its spots": a device detected, a thing easy to identify).
_GRADED = frozenset(
    """
    well generally universally commonly widely increasingly keenly cheerfully broadly popularly
    internationally everywhere
    """.split()
)
# Words that may stand between "be" and the participle and grade nothing ("is now generally
# recognized", "has long been recognized", "is also well recognized").
_NEUTRAL = frozenset("now also long still often frequently already".split())
_BE_PRESENT = frozenset({"is", "are", "am"})
_HAVE_PRESENT = frozenset({"has", "have"})
_IT = frozenset({"it"})
_IT_BE = frozenset({"it's"})  # "It's generally recognized that" (one word)
# A demand or a possibility before "be": the writer's own ("should be recognized", "must be").
_MODALS = frozenset("should must ought shall can could may might will would".split())
# After the impersonal participle: the clause recognized.
_CLAUSE = frozenset({"that", "how"})
# Graded words after "recognized as" (with an article, or "perhaps"/"probably" before it):
# rankings and merit ("the most acceptable", "a lower form", "an excellent toolkit").
_RANKS = frozenset(
    """
    most more best better worst worse least less finest greatest foremost leading premier
    highest lowest higher lower supreme pre-eminent preeminent preeminently unrivalled unrivaled
    outstanding important
    """.split()
) | MERIT
_ARTICLES = frozenset({"a", "an", "the", "one"})
_HEDGED = frozenset({"perhaps", "probably", "possibly", "arguably"})
# "recognized to" + what is not a verb ("recognized to the extent that"): no view.
_NOT_VERB = frozenset("the a an this that these those its his her their our all some any".split())
# An indefinite subject just before "be": a kind defined, not a reputation ("Being an authority
# just means that a given person is generally recognised as competent", shim-docs).
_KIND = frozenset({"a", "an", "any", "every", "each"})
# Words between "be" and the participle read back (a bound: no walk over a run of words).
_REACH = 3


def recognized_by_nobody(lw, i: int) -> Optional[tuple]:
    """``(first, last)`` when ``lw[i]`` (one of ``PARTICIPLES``) is the present or perfect passive
    of "recognize" holding a view of its subject that nobody is credited with, else None."""
    n = len(lw)
    j = i - 1
    graded = False
    stop = max(0, i - _REACH)
    while j >= stop and (lw[j] in _GRADED or lw[j] in _NEUTRAL):
        graded = graded or lw[j] in _GRADED
        j -= 1
    if j < 0:
        return None
    become = False
    if lw[j] in _IT_BE:
        start, impersonal = j, True
    elif lw[j] in _BE_PRESENT:
        start, impersonal = j, j >= 1 and lw[j - 1] in _IT
        if impersonal:
            start = j - 1
        elif j >= 1 and lw[j - 1] in _MODALS:
            return None
    elif lw[j] in ("been", "become"):
        become = lw[j] == "become"
        k = j - 1
        while k >= max(0, j - _REACH) and (lw[k] in _GRADED or lw[k] in _NEUTRAL):
            graded = graded or lw[k] in _GRADED
            k -= 1
        if k < 0 or lw[k] not in _HAVE_PRESENT or (k >= 1 and lw[k - 1] in _MODALS):
            return None  # "had been recognized", "should have been": not the present perfect
        impersonal = k >= 1 and lw[k - 1] in _IT
        start = k - 1 if impersonal else k
    else:
        return None
    nxt = lw[i + 1] if i + 1 < n else ""
    if nxt == "by":
        return None  # the recognizers named (or a vague agent, read elsewhere)
    if impersonal:
        return (start, i + 1) if nxt in _CLAUSE else None
    if nxt == "to" and i + 2 < n and lw[i + 2].isalpha() and lw[i + 2] not in _NOT_VERB:
        return (start, i + 1)  # "are recognized to have extremely high returns"
    if nxt == "as":
        k = i + 2
        if k < n and lw[k] in _HEDGED:
            k += 1
        if k < n and lw[k] in _ARTICLES:
            k += 1
        if k < n and lw[k] in _RANKS:
            return (start, i + 1)  # "recognized as perhaps the most acceptable"
    if graded or become:
        if any(w in _KIND for w in lw[max(0, start - 3) : start]):
            return None  # "means that a given person is generally recognised as competent": a kind defined
        return (start, i)
    return None
