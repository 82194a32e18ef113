"""A view credited to everyone and no one by the adjective of how widely it is held (``HC101``;
issue 11, forty-seventh session, hcrec47): "the prevailing view", "the popular view that all
computer professors hate hackers", "The prevalent opinion which we encountered", "in the accepted
wisdom".

The noun names a view and the adjective says that many hold it, so the sentence leans on a crowd
it never names, as "it is widely believed" does. The weasel list holds the fixed phrases without
an article ("conventional wisdom", "received wisdom", "common belief", "contrary to popular
belief"); this reads the shape: "the", an adjective of ``ADJECTIVES``, a noun of ``NOUNS``.

Over the one hundred sets before pincer it found two claims in two sets (anvil-docs' "what I take
to be the prevailing view", chock-docs' "in the accepted wisdom") and no trap or other finding;
on the three newest two more (pincer-docs' "The prevalent opinion which we encountered",
hacksaw-docs' "the popular view that"). Not "general" or "common" ("know what the general opinion
is", "the general view of the situation", "the common view of individuals": a survey or an
agreement, no claim), not "traditional" ("the traditional notion of client-server": a concept),
not "majority" (a court's "majority opinion"), not a bare "popular opinion" ("popular opinion is
at war with a power-seeking minority": the public as an actor), and not a capitalised adjective
(a label: "the Popular view lists the top packages").

Reads the word before and the word after the adjective: no scan.
"""

from __future__ import annotations

from typing import Optional

#: Adjectives of how widely a view is held (the triggers).
ADJECTIVES = frozenset("popular prevalent prevailing accepted received conventional".split())
#: Nouns of a view held.
NOUNS = frozenset("view opinion belief notion wisdom perception assumption impression".split())

# Rules as data, with their examples (tests/test_check_hedging.py reads them): (sentence, is a
# view credited to a crowd by its adjective?)
EXAMPLES = (
    ("On the prevailing view, the riots were planned.", True),
    ("This has led to the popular view that all engineers hate hackers.", True),
    ("The prevalent opinion which we met denied the conflict.", True),
    ("Nationalism is, in the accepted wisdom, the mark of the modern world.", True),
    ("Everybody knows what the general opinion is.", False),
    ("Popular opinion is at war with a small minority.", False),
    ("Open the Popular view to see the top packages.", False),
    ("The traditional notion of client-server is changing.", False),
)


def held_view(lw, words, i: int) -> Optional[tuple[int, int]]:
    """The first and last word of "the prevailing view" when ``lw[i]`` is an adjective of
    ``ADJECTIVES`` after "the" and before a noun of ``NOUNS``, written in lower case; else None."""
    if i < 1 or i + 1 >= len(lw) or lw[i - 1] != "the" or lw[i + 1] not in NOUNS:
        return None
    if not words[i].text[:1].islower():
        return None  # "the Popular view": a label
    return i - 1, i + 1
