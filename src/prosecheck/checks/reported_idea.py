"""A sweep or a ranking inside the idea the writers put up to knock down (SL101's precision): "the
idea that Marxists have always supported workers' councils is untrue", "the assumption that
capitalist property rights are the best means to defend individual liberty can be easily seen to
be flawed", "the idea that it and it alone possesses knowledge can be seen from ...".

"the idea that", "the claim that", "the assumption that", "the notion that", "the myth that" hand
the clause after them to someone else: the writers name a view in order to weigh it, most often
to refute it (RULES 1: the assumption the sentence hands to others; RULES 3: the other side's
claim, stated only to be denied). The superlative or the absolute inside that clause is the
view's, not the writers'. SL101 already leaves a habit in the present alone there
(superlative_absolutes._reported_from, fix62); this reads every SL101 finding.

Issue 11, sixty-fifth session (prec65): over the one hundred and fifty-four sets before pritchel,
at the warning tier, 3 wrong (cramp's and slick's traps, hardy's "the claim that the Pinochet
regime's record on growth") against 1 right by both pairings before the main-verb test below,
0 right after it; at info 1 more wrong (twybil's trap "the claim that private property is the
best means"; trammel's "the old capitalist claim that no one will innovate" is not read: "claim"
after an adjective is not told from the verb). pritchel and bolster hold two more, both wrong ("the idea that it and
it alone possesses knowledge", "the idea that Marxists have always subscribed to ...").

Only those five nouns: "the belief that", "my conviction that", "the suggestion that" are as
often the speaker's own creed ("I continue in my conviction that industrial progress ... can only
be attained", "the belief that the most exciting revolution ever known": right in five sets),
and "my"/"our" before the noun make it the writers' own idea. The finding must sit in the clause:
"that" at most eight words before it, with no mark and no word that opens the writers' own
clause ("but", "because", "since" ...) between. A finding that opens on a finite verb after the
clause has had its own ("the idea that unemployment is caused by wages being too high has always
been a specious argument": hardy's positive) is the main clause's verb, the writers' verdict on
the idea, and stays a finding.

Reads at most nine words before the finding: constant work per finding, no scan.
"""

from __future__ import annotations

# OWN_CLAUSE: the words that open the writers' own clause again, where the idea's clause ends.
from prosecheck.checks.superlative_absolutes import OWN_CLAUSE

#: Nouns that hand the clause after "that" to someone else's view.
IDEA_NOUNS = frozenset("idea ideas claim claims assumption assumptions notion notions myth myths".split())
#: "claim" is a verb as often ("The millers claim that ...": a crowd's view, HC101's; a third
#: party's verb of saying is right more often than wrong for SL101): a noun only right after a
#: determiner or a possessive ("the claim that", "Stack's claim that").
_VERBS_TOO = frozenset({"claim", "claims"})
_DETERMINERS = frozenset("the this that these those a an his her its their whose".split())
_OWN = frozenset({"my", "our"})
#: Finite auxiliaries and forms of "be": a clause's own verb.
_FINITE = frozenset(
    "is are was were has have had will would can could must should may might does do did shall".split()
)
_WINDOW = 8


def inside_idea(lw, words, prose: str, a: int) -> bool:
    """The finding that starts at ``a`` stands in the clause of "the idea that", "the claim that"
    (one of ``IDEA_NOUNS``) at most eight words before it."""
    for t in range(a - 1, max(1, a - 1 - _WINDOW) - 1, -1):
        if any(c in prose[words[t].end : words[t + 1].start] for c in ",;:()—–"):
            return False  # "..., since capitalism never allows this": past a mark
        w = lw[t]
        if w in OWN_CLAUSE:
            return False
        if w == "that" and lw[t - 1] in IDEA_NOUNS and (lw[t - 1] not in _VERBS_TOO or t >= 2 and (
                lw[t - 2] in _DETERMINERS or lw[t - 2].endswith("'s"))):
            if t >= 2 and lw[t - 2] in _OWN:
                return False  # "our claim that ...": the writers' own
            if lw[a] in _FINITE and any(lw[m] in _FINITE for m in range(t + 1, a)):
                return False  # "the idea that X is caused by Y has always been ...": the main verb
            return True
    return False
