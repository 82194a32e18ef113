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

Not a view the same sentence credits to its holders (issue 11, forty-eighth session, mend48):
"The prevailing view in the industry was summed up in 1912 by a group of auto makers who told a
Senate committee" (coping-docs' trap), "the accepted wisdom, held by the board's economists",
"According to the ministry, the prevailing view is": a participle of holding or voicing a view
(``VOICED``) soon after the view, then "by" and a party the text picks out (an article, an owner
or a capitalised name), or "according to" and such a party anywhere in the sentence. A crowd after
"by" still names nobody ("held by many", "shared by most economists", "by a few").

Reads the word before and the word after the adjective; the sentence's holders are found once per
sentence (``sentence_memo.per_sentence``): no scan per finding.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from prosecheck.checks.sentence_memo import per_sentence

#: Adjectives of how widely a view is held (the triggers).
ADJECTIVES = frozenset("popular prevalent prevailing accepted received conventional".split())
#: Nouns of a view held.
NOUNS = frozenset("view opinion belief notion wisdom perception assumption impression".split())

#: Participles of holding or voicing a view, whose "by" names who holds it.
VOICED = frozenset(
    "held shared summed expressed voiced stated put articulated advanced championed espoused taken "
    "adopted defended formulated summarised summarized propounded promoted offered represented "
    "set laid".split()
)
#: Words after "by"/"according to" that pick a party out: an article, an owner.
_PARTY = frozenset("the this that these those a an his her their its our my your".split())
#: After the article, a crowd still: "by a few", "by the majority", "by a great many".
_CROWD = frozenset("few number lot majority many great good host public masses crowd".split())
#: How many words after the view its participle may stand ("was summed up"; "in the industry was").
_NEAR = 8
#: How many words after the participle its "by" may stand ("summed up in 1912 by").
_BY_WITHIN = 5

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

# Views credited in their sentence (sentence, is the view credited to a party it names?).
CREDITED = (
    ("The prevailing view in the trade was summed up in 1912 by a group of millers who wrote to the council.", True),
    ("The accepted wisdom, held by the board's economists, is that mills close.", True),
    ("According to the ministry, the prevailing view is that the riots were planned.", True),
    ("The prevailing view, shared by Alice Brown, is that mills close.", True),
    ("The prevailing view, held by many, is that mills close.", False),
    ("The prevailing view is shared by most economists.", False),
    ("The prevailing view is that the mill was built by the Romans.", False),
)


def held_view(lw, words, i: int) -> Optional[tuple[int, int]]:
    """The first and last word of "the prevailing view" when ``lw[i]`` is an adjective of
    ``ADJECTIVES`` after "the" and before a noun of ``NOUNS``, written in lower case; else None."""
    if i < 1 or i + 1 >= len(lw) or lw[i - 1] != "the" or lw[i + 1] not in NOUNS:
        return None
    if not words[i].text[:1].islower():
        return None  # "the Popular view": a label
    return i - 1, i + 1


def credited(lw, words, last: int) -> bool:
    """The view ending at ``lw[last]`` is credited in its sentence to a party it picks out: a
    participle of ``VOICED`` at most ``_NEAR`` words after it with "by" and a party soon after, or
    "according to" and a party anywhere in the sentence."""
    participles, according = _holders(lw, words)
    if according:
        return True
    k = bisect_right(participles, last)
    return k < len(participles) and participles[k] <= last + _NEAR


def _party(lw, words, k: int) -> bool:
    """``lw[k]`` opens a party the text picks out: an article or an owner not before a crowd word,
    or a capitalised name."""
    if k >= len(lw):
        return False
    if lw[k] in _PARTY:
        return k + 1 < len(lw) and lw[k + 1] not in _CROWD
    return words[k].text[:1].isupper() and lw[k].isalpha()


@per_sentence
def _holders(lw, words) -> tuple:
    """(the indexes of the sentence's ``VOICED`` participles with "by" and a party within
    ``_BY_WITHIN`` words, is there "according to" and a party?), once per sentence."""
    participles = []
    according = False
    n = len(lw)
    far = n + _BY_WITHIN + 1  # no "by" after the word
    last_by = far  # the index of the next "by" with a party after the word read, scanning backwards
    by_after = [far] * n
    for k in range(n - 1, -1, -1):
        by_after[k] = last_by
        if lw[k] == "by" and _party(lw, words, k + 1):
            last_by = k
    for k, w in enumerate(lw):
        if w in VOICED and by_after[k] - k <= _BY_WITHIN:
            participles.append(k)
        elif w == "according" and k + 2 < n and lw[k + 1] == "to" and _party(lw, words, k + 2):
            according = True
    return participles, according
