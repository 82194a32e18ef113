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
rank, wrong 12 times of 14). The same ranking at the head of a sentence ("The most important part
of accounting is ...") is read by superlative_subjects.ranked_judged, beside its siblings.
"""

from __future__ import annotations

from functools import lru_cache

from prosecheck.checks.ly_adverbs import ly_adverb

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


def graded_quality(lex, adj: str) -> bool:
    """``adj``, after "most", is an adjective no list of the lexicon names: not one that never
    ranks (``most_never``: "the most recent"), not one already a quality (``most_evaluative``),
    not an adverb in -ly (superlatives._superlative reads "the most heavily guarded" itself)."""
    return (adj[:1].isalpha() and adj not in lex.most_never and adj not in lex.most_evaluative
            and not ly_adverb(adj, 0) and adj not in JUDGING)


class _QualityLexicon:
    """The lexicon as it is, with one more adjective among ``most_evaluative``."""

    def __init__(self, lex, adj: str) -> None:
        self._lex = lex
        self.most_evaluative = lex.most_evaluative | {adj}

    def __getattr__(self, name):
        return getattr(self._lex, name)


def quality_lexicon(lex, adj: str):
    """``lex`` with ``adj`` read as a quality after "most" (a constant cost: one small set)."""
    return _QualityLexicon(lex, adj)


#: How far before the superlative an existential "there" is looked for: "There must always be".
_EXISTENTIAL_REACH = 5


def existential_before(lw, start: int) -> bool:
    """An existential "there" opens the clause of the superlative at ``start`` ("There must always
    be the most rigid examination"): the superlative grades how much of a thing there is, it is
    said of no subject. A fixed number of words back."""
    return "there" in lw[max(0, start - _EXISTENTIAL_REACH) : start]
