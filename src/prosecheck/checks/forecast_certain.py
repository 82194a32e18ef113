"""A forecast stated as certain: "this trend is certain to continue", "there is sure to be demand",
"which they are certain to abuse" (issue 11, fifty-seventh session, frames57): ``HC102``.

"sure" and "certain" after a present copula and before "to" and a verb put what will happen
beyond doubt, as "will surely" does, with nothing shown. Not the past ("she was sure to have
the needed information": a habit told), not "I"/"we" as the subject ("we are sure to have left
something out": the writer's own modesty), not "certain to" before a determiner or a noun.

One function reading the normalised words of one sentence (``lw``) around one index: no scan.
"""

from __future__ import annotations

from typing import Optional

#: The adjectives read (hedging's _scan reaches them as certainty_frames.ADJECTIVES).
ADJECTIVES = frozenset({"sure", "certain"})
_PRESENT = frozenset({"is", "are", "'s", "'re"})
_OWN = frozenset({"i", "we"})
# After "to": a verb, not a noun phrase ("certain to the last", "sure to a fault").
_NOT_VERB = frozenset("the a an his her their its our my your this that these those each one all some any".split())


def stated(lw, i: int) -> Optional[int]:
    """The index of the copula when ``lw[i]`` ("sure", "certain") is in "is certain to continue",
    "are sure to arise", else None."""
    n = len(lw)
    if i < 2 or i + 2 >= n or lw[i + 1] != "to" or lw[i - 1] not in _PRESENT:
        return None
    if lw[i + 2] in _NOT_VERB or not lw[i + 2].isalpha():
        return None
    if lw[i - 2] in _OWN:
        return None
    return i - 1
