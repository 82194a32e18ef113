"""A claim said to be made by nobody: "The suggestion is also made that", "the argument is often
made that", "The statement is often made that", "The suggestion has been made that" (issue 11,
thirty-ninth session, hc39): ``HC101``.

"It is said that" and "It has been suggested that" are the impersonal passive of saying
(``reputation``); addresses and essays also name the claim itself and put its making in the
passive, so that a view is reported and answered with nobody holding it ("Now, I realize that the
argument is often made that there is a fundamental contradiction between economic growth and
...", "The complaint is made of the statute that it is not sufficiently definite"). Who makes it?
The sets label these hedges (bevel, gauge; mortise twice, mandrel). A noun of a claim (suggestion,
statement, argument, complaint, ...), "is", "are", "has been" or "have been" with an adverb or
two of how often ("also", "often"), a participle of putting a claim forward ("made", "advanced",
"urged", "heard"), and "that" within a few words.

Not in the past ("The statement was also made that the railroad had received some compensation":
one statement at one meeting, reported as news, quarry-docs), not after a modal ("a very good
case can be made that": the writer's own argument), not with its maker ("is made by the Secretary
that") and not "proposals have been made to extend the payment" (a proposal, not a view: no
"that"). "that" must follow the participle within four words ("is made of the statute that").

One function reading the normalised words of one sentence (``lw``) around one index: no scan.
"""

from __future__ import annotations

from typing import Optional

#: Nouns of a claim or a view put forward (hedging's _scan tests them by name).
NOUNS = frozenset(
    """suggestion suggestions statement statements argument arguments complaint complaints claim claims
    assertion assertions contention contentions allegation allegations charge charges objection
    objections criticism criticisms""".split()
)
# Words before the noun that belong to the phrase: "The suggestion", "the same argument".
_DETERMINERS = frozenset("the this that a an".split())
_BEFORE_NOUN = frozenset("same similar common frequent familiar usual old further".split())
# The present or perfect of "be" (not "was": one claim at one time, told as news).
_PRESENT = frozenset({"is", "are"})
_PERFECT = frozenset({"has", "have"})
# How often or how widely, between the verb and the participle: "is also made", "is often made".
_ADVERBS = frozenset(
    """also often sometimes frequently still now again even commonly repeatedly constantly occasionally
    widely generally continually persistently so""".split()
)
#: Participles of putting a claim forward.
PARTICIPLES = frozenset("made advanced urged heard raised voiced repeated pressed".split())
# How far after the participle "that" may stand ("is made of the statute that").
_REACH = 4


def made_claim(lw, i: int) -> Optional[tuple]:
    """``(first, last)`` when the noun ``lw[i]`` (one of NOUNS) is made, urged or advanced in the
    present or perfect passive with "that" after it, the maker unnamed; else None. ``first`` is
    the determiner's index ("The suggestion is also made that"), ``last`` that of "that"."""
    n = len(lw)
    j = i + 1
    if j < n and lw[j] in _PRESENT:
        j += 1
    elif j + 1 < n and lw[j] in _PERFECT and lw[j + 1] == "been":
        j += 2
    else:
        return None
    for _ in range(2):
        if j < n and lw[j] in _ADVERBS:
            j += 1
    if not (j < n and lw[j] in PARTICIPLES):
        return None
    for last in range(j + 1, min(n, j + 1 + _REACH)):
        if lw[last] == "that":
            break
        if lw[last] == "by":
            return None  # "is made by the Secretary that": the maker named
    else:
        return None
    first = i
    if first and lw[first - 1] in _BEFORE_NOUN:
        first -= 1
    if first and lw[first - 1] in _DETERMINERS:
        first -= 1
    return (first, last)
