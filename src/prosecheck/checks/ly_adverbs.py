"""A word in -ly read as an adverb: the one test the checks share where an adverb may stand between
two words they look for ("critics loudly claim", "has conclusively shown", "it will be confidently
asserted", "as cogently and clearly as anyone").

Letters alone, ending in "ly", of ``shortest`` letters or more. Each check keeps its own shortest
length (five by default: not "fly", "ally", "July", "holy"; some take any) and its own list of
words in -ly that are no adverb where it reads ("only", "early", "family", "reply"), since what
an adverb stands between differs from check to check.
"""

from __future__ import annotations


def ly_adverb(word: str, shortest: int = 5) -> bool:
    """``word`` (lower case, as ``lw`` holds it) is letters alone, ends in "ly" and has at least
    ``shortest`` letters: "widely", "generally" (and, at ``shortest`` 0 or 4, "duly", "only")."""
    return word.endswith("ly") and word.isalpha() and len(word) >= shortest
