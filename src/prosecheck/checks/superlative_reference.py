"""A size ranked in a place's possessive that names what the sentence is about, as a reference work
would (issue 11, twenty-fifth session, slp25; RULES 3: a fact of the kind a reference work lists).

In news, speeches and essays, "the world's largest", "Australia's second largest", "America's
longest" usually pick out a thing the sentence then talks about: "Industrial action will affect
three of Australia's biggest banks", "..., which Australia's second largest bank said were
designed to control costs", "and America's longest war will finally be over", "China became the
home to the world's largest private solar research facility", "one of the world's largest
cathedrals", "combined with one of the world's highest birth rates". The rank is a standing a
reference list gives, not the writer's judgement; the gold of the thirty-seven sets marks these
as traps (drill, ember, hone, mallet, saw, wedge). Said as the predicate, the rank is the point of
the sentence and stays reported: "elderly inmates are the country's fastest growing prisoner
population", "Qadhafi was one of the world's longest serving dictators", "has been declared the
world's richest person", and so is a record over history ("far and away New Zealand's biggest
production ever").

Only a superlative of size, age or wealth (largest, longest, oldest, highest, richest ...), not
of difficulty or quality (fastest, best, most popular), only in a possessive of a place (the lexicon's
``place``: "world's", "nation's", "America's", or a capitalised name's), only heading a noun, and
only outside technical writing: there "used by the world's largest companies" is the product's
claim (sealed-docs' positive). Reads a fixed few words around the phrase: no scan.
"""

from __future__ import annotations

from prosecheck.checks.ly_adverbs import ly_adverb

# Words before "of" that pick some of the ranked: "three of Australia's biggest banks".
_SOME_OF = frozenset("one some many several few two three four five most".split())
# Verbs that make what follows their complement: the rank is then the point of the sentence.
# (The lexicon's copulas, "is", "became", "ranked", "named", "considered", ..., are added.)
_PREDICATING = frozenset(
    "as becoming declared proclaimed dubbed labelled labeled listed described seen regarded "
    "known titled remains makes made making".split()
)
# Before the phrase, "far and away" or "by far" insist on the rank: the writer's point.
_INSISTING = frozenset({"away", "far", "easily", "arguably", "probably", "perhaps", "possibly"})
# Ordinals that may stand between the possessive and the superlative.
_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth single".split())
_ADVERBS = frozenset("now still also already once today then again currently long".split())
# Superlatives of size, age, wealth and traffic a reference list ranks by a count (the lexicon's
# ``dimension`` less difficulty and quality: "one of Greater Miami's hardest tasks" is a judgement,
# quarry-docs' positive).
_SIZES = frozenset(
    "largest biggest smallest highest lowest longest shortest oldest newest tallest deepest "
    "richest wealthiest poorest busiest widest heaviest youngest cheapest costliest".split()
)
_NOT_NOUNS = frozenset("in of on at to for among by from with than ever and or but yet".split())


def _possessive(lex, words, lw, k: int) -> bool:
    w = lw[k]
    if w in lex.place:
        return True
    return (w.endswith("'s") or w.endswith("\u2019s")) and len(w) > 3 and words[k].text[:1].isupper()


def names_by_rank(lex, words, lw, a: int, b: int, history_near) -> bool:
    """The SL101 phrase ``lw[a..b]`` is a place's possessive, a superlative of size (after an
    ordinal, maybe) and then a noun it heads, and the phrase is not the complement of a verb of
    being or naming: a thing picked out by its standing. ``history_near(lw, b)`` says a record
    over history follows."""
    n = len(lw)
    if lw[b] not in _SIZES or b + 1 >= n:
        return False
    k = a + 1 if lw[a] == "the" else a
    if k >= b or not _possessive(lex, words, lw, k):
        return False
    if any(lw[m] not in _ORDINALS for m in range(k + 1, b)):
        return False
    nxt = lw[b + 1]
    if not nxt.replace("-", "").isalpha() or nxt in _NOT_NOUNS or nxt in lex.copula:
        return False  # "New Mexico's biggest is at Ruidoso": no noun headed, the rank is the point
    if history_near(lw, b):
        return False  # "the biggest production ever", "the largest ... in history": a record
    p = a
    while p > 1 and p > a - 3 and words[p - 1].text[:1].isupper() and lw[p - 1].isalpha():
        p -= 1  # "one of Greater Miami's hardest": the name's first words
    if p >= 2 and lw[p - 1] == "of" and lw[p - 2] in _SOME_OF:
        p -= 2
    q = p - 1
    while q >= 0 and q >= p - 3 and (lw[q] in _ADVERBS or ly_adverb(lw[q], 4)):
        q -= 1  # "Bergen is now one of the world's busiest harbors", "is still Norway's largest"
    before = lw[q] if q >= 0 else ""
    if before in lex.copula or before in _PREDICATING or before in _INSISTING:
        return False
    return True
