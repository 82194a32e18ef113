"""A judging adjective after "the most" in other prose than documentation (issue 11,
thirty-eighth session, sl38): "The disposition of the public lands is one of the most important
trusts confided to Congress", "the personal equation is the most important factor in a business
operation".

superlatives.tsv's ``most_never`` list lets "the most important option", "the most useful
flags", "the most interesting part" pass: in documentation they describe (which option to read
first), they do not rank a thing above its rivals. In speeches, essays, news and manifestos the
same words are the writer ranking a policy, a cause or a group among all of their kind, a claim
an editor could ask a source for (RULES 1). Measured with eval/trace_gates.py at the
thirty-eighth session's start: with the list's gate off, its findings in plain prose
(superlative_subjects.plain_prose) were 19 claims against 13 traps and other false alarms over the
seventy-six sets, and the wrong ones were mostly words of need or time ("the most vulnerable",
"the world's most impoverished nations", "the most recent book"), which stay on the list; in
technical writing 10 claims against 13 wrong, which stays as it is.

So in plain prose only the judging adjectives below leave ``most_never``; every other gate of
superlatives._superlative still applies (advice nouns, a subject, a name, a scope). Not the
words of frequency ("the most common pitfalls", "the most frequent"): a fact of use as often as a
ranking, traps 5 times of 9 pooled, nor "basic" ("our most basic beliefs": a degree, not a
rank, wrong 12 times of 14).
"""

from __future__ import annotations

from functools import lru_cache

#: Adjectives that judge worth or weight: "the most important", "the most significant".
JUDGING = frozenset(
    "important significant useful interesting obvious sensible reasonable natural appropriate "
    "suitable relevant".split()
)


class _ProseLexicon:
    """The lexicon as it is, but for ``most_never`` without the judging adjectives."""

    def __init__(self, lex) -> None:
        self.__dict__.update(lex.__dict__)
        self.most_never = lex.most_never - JUDGING


@lru_cache(maxsize=8)
def _prose_lexicon(lex):
    return _ProseLexicon(lex)


def prose_lexicon(lex):
    """``lex`` with the judging adjectives taken off ``most_never`` (made once per lexicon)."""
    return _prose_lexicon(lex)


def judged_most(lw, i: int) -> bool:
    """``lw[i]`` is "most" and a judging adjective follows it."""
    return lw[i] == "most" and i + 1 < len(lw) and lw[i + 1] in JUDGING


#: Nouns that a judging superlative at the head of a sentence only stresses: "The most important
#: thing is, you can't make a living on $4.25 an hour" sets up the speaker's point, no rival.
_STRESSED_NOUNS = frozenset({"thing", "things", "point", "points", "case", "cases"})


def ranked_judged(lw, i: int, gap) -> "tuple[int, int] | None":
    """``(the, noun)`` of "The most important part of accounting is keeping a good journal",
    "The most significant revolutionary unions ... were originally formed": "the most" and a
    judging adjective (``JUDGING``) at the head of the sentence, heading a noun (at most two
    modifiers between) that a copula follows; the caller asks it in plain prose only, where
    most_never's gate lets the phrase pass. Not a noun that only stresses (``_STRESSED_NOUNS``),
    nor the writer's own experience next ("The most useful tip I found")."""
    from prosecheck.checks import superlative_subjects as subjects

    if not judged_most(lw, i):
        return None
    head = subjects._ranked_head(lw, i, frozenset(), gap, graded=False)
    if head is None:
        return None
    j, end = head
    n = len(lw)
    noun = None
    for k in range(end + 1, min(n, end + 4)):
        if gap(k - 1).strip():
            break  # "The most significant revolutionary unions (such as ...)": the phrase ends
        if lw[k] in subjects._NOT_MODIFIERS or not lw[k].replace("-", "").isalpha():
            break
        noun = k
    if noun is None or lw[noun] in _STRESSED_NOUNS:
        return None
    if noun + 1 < n and lw[noun + 1] in subjects._WRITERS:
        return None
    if not any(lw[k] in subjects._COPULA for k in range(noun + 1, n)):
        return None  # "The most important dates:" heads a list
    return j, noun
