"""A habit the writer softens, reported at ``info`` (issue 11, forty-second session, precsl42):
"normalization almost always includes folding upper-case letters", "Perl nearly always prefers to
throw memory at a problem", "in jargon the word almost never refers to insects", "putting in some
extra thought before posting code almost always pays back the effort", "Female hackers almost
never wear visible makeup", "the progress of the latter has almost invariably terminated in".

``superlative_absolutes`` reads "always", "never" and "invariably" after a subject as a law of
what a whole kind of thing does (``group_habit``, ``invariably_does``, ``nearly_always``), and
without a softener it is one ("Northerners never think", "this review process invariably finds
ways"). With "almost", "nearly", "virtually" or "practically" before it and a lexical verb after
it, the writer grants the exceptions in the same breath and tells what a thing tends to do: a
product's or a language's habit, a word's usage, a profile's generalization about its own
subject. That is right only sometimes: over the eighty-eight development sets at the forty-second
session's start such findings were warnings wrong 11 times (traps in wedge, trowel, sickle,
hatchet, cog, spindle and lug; on no item in real, hearth, clamp and pawl) and right 6 times (vise
four times in two documents, vault, anvil).

Still warnings: the copula before or after the adverb ("SQLite is almost always a better solution",
"Heavy preprocessor use is almost always a sign of code which needs some cleanup", "economics has
almost always been based on"): a thing judged or classed, right every time it stood in the sets;
and "always"/"never" with no softener.

Reads the finding's own first words and the two words after its adverb: no scan of the sentence.
"""

from __future__ import annotations

from prosecheck.checks.superlative_frames import NEARLY as _SOFTENERS
_FREQUENCY = frozenset("always never invariably".split())
#: A copula next to the adverb makes a judgement or a class ("is almost always a sign of",
#: "has almost always been based"), not a habit of doing.
_COPULAS = frozenset("is are was were be been being am 's 're".split())
#: How far into the finding the softener may stand: "has almost invariably terminated".
_REACH = 3


def softened_habit(lw, a: int, b: int) -> bool:
    """The finding ``a``..``b`` holds a softener right before always/never/invariably, and a
    lexical verb (no copula) on either side of the adverb."""
    n = len(lw)
    for k in range(a, min(b, a + _REACH) + 1):
        if lw[k] in _SOFTENERS and k + 1 < n and lw[k + 1] in _FREQUENCY:
            before = lw[k - 1] if k else ""
            after = lw[k + 2] if k + 2 < n else ""
            return bool(after) and after.isalpha() and before not in _COPULAS and after not in _COPULAS
    return False
