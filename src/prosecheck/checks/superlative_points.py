"""The writers' own ranking of a point of their argument, reported at ``info`` (issue 11,
sixty-third session, prec63): "The most obvious objection is that ...", "The most obvious problem
is that the market is not a consumer democracy", "The most obvious example is that of a worker
who ...", "(William Greene being the most obvious example)", "the example of ... is the most
obvious one to raise here".

"most obvious" ranks what comes to the writer's mind first among the objections, problems or
examples the argument itself raises: an order of exposition (the way "the simplest case" orders
a text's cases, superlative_exposition), not a ranking of things in the world against their
rivals. RULES 3's traps mark it so in the essays and the FAQ (hardy, shive, tang, twybil; hackle
among the newest sets). Over the one hundred and forty-eight sets before slane, by the sentence,
such warnings were traps 7 times in four sets and right twice (loy's "The most obvious example is
Proudhon, whose sexism is well known", rabbet's "The most obvious example is Pinochet's Chile":
the example named is itself judged there); hackle holds two more traps. Other nouns after "most
obvious" split evenly in the gold (`way`, `differences`, `characteristic` right; `form`, `change`,
`starting place` traps: 5 right / 4 traps), and "most important" with a noun of argument (`point`,
`reason`, `question`, `issue`) as well, so only these nouns. Info, not out: an editor running with
``--picky`` still sees it.

Reads the phrase's words and at most ``_REACH`` after it: no scan of the sentence.
"""

from __future__ import annotations

#: Nouns of the argument's own material: what the writers raise or illustrate. "one" stands for a
#: noun just named ("the example of X is the most obvious one").
_POINTS = frozenset(
    "example examples instance instances illustration illustrations problem problems objection objections one".split()
)
#: "the most obvious example", with nothing between; "most obvious" may be the phrase's end or
#: inside it ("The most obvious example" is one finding).
_REACH = 1

# (sentence, the superlative's words, is it the writers' ranking of their own point?)
EXAMPLES = (
    ("The most obvious objection is that the scheme costs more than it saves.", ("most", "obvious"), True),
    ("The most obvious problem is that the plan ignores the weather.", ("most", "obvious"), True),
    ("Trade unions are the most obvious example of this.", ("most", "obvious"), True),
    ("The harbour is the most obvious one to mention here.", ("most", "obvious"), True),
    ("The most obvious change is the new harbour wall.", ("most", "obvious"), False),
    ("The most important objection is that the scheme costs more.", ("most", "important"), False),
    ("This is the most obvious flaw in the design.", ("most", "obvious"), False),
)


def ranks_own_point(lw, a: int, b: int) -> bool:
    """The finding ``a``..``b`` holds "most obvious" and a noun of _POINTS comes right after
    "obvious" (inside the phrase or the word after it)."""
    n = len(lw)
    for k in range(a, min(b, n - 1)):
        if lw[k] == "most" and lw[k + 1] == "obvious":
            j = k + 2
            return j < n and j <= b + _REACH and lw[j] in _POINTS
    return False
