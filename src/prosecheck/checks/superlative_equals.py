"""A comparison denied against the same thing in another place, time or case, reported at
``info`` (issue 11, thirty-seventh session, prec37s): "Ignorance of the law is no better excuse
on the water than it is on land", "the debt is no larger today than it was in 1929", "afford no
greater shelter to our manufactures than to other enterprises", "as long as no better authority
for bond issues is allowed than at present exists".

``superlative_frames.comparative_absolute`` reads "no" before a comparative and a noun ("no
greater threat", "no clearer test") as a comparison that leaves no rival, and it is one when the
rival is every other thing of the kind ("there is no greater threat to a free press than ...",
"No better material can be found"). When what follows "than" is the same subject again, in
another clause, place or time (a pronoun and its verb: "than it is on land", "than it was in
1929"; a preposition before another case: "than to other enterprises", "than in the old
charter"; "than at present"), the sentence says the two are alike: the thing is no better, no
larger, no safer there than here. That is an equality stated, or a point about one thing, and no
rival is ranked: never a superlative an editor could source (RULES 3), at most a plain claim.

Over the seventy-three development sets at the thirty-seventh session's start four warning
findings held this shape, in four sets, none right: traps in tongs ("no better excuse on the
water than it is on land") and cog ("no greater shelter or protection to our manufactures than
to other important enterprises"), on no item in shim ("no larger today than it was in 1929") and
flute ("no better authority for bond issues is allowed than at present exists"). Still warnings:
"than" before a rival of the kind ("no greater asset than the willingness of a free people", "no
higher responsibility than to protect the people": an infinitive is a course ranked above all),
"than any", "than ever" and "than anyone" (every rival), and the frames that open with "nothing",
"nobody" or "no other".

Reads at most ``_REACH`` words after the finding: no scan of the sentence.
"""

from __future__ import annotations

from prosecheck.checks.superlative_frames import COMPARATIVES

#: How far after the comparison's noun "than" may stand: "no better authority for bond issues is
#: allowed than".
_REACH = 10
#: The same subject again after "than": a pronoun and then its verb.
_SUBJECTS = frozenset("it they he she we this that these those there".split())
_VERBS = frozenset(
    "is was are were has had have did does do will would can could used seems seemed".split()
)
#: A preposition after "than" before another case of the same thing: "than to other
#: enterprises", "than in the old charter", "than on land"; not "for" ("no greater calamity than
#: for the free peoples to ...": a course ranked). Not before "any", "all", "ever",
#: "anyone" (every rival: "than in any other country").
_PREPOSITIONS = frozenset("to in on at from under upon with within among".split())
_OTHER_CASE = frozenset(
    "other the a an our their its his her this that these those present land sea home".split()
)


def equals_another_case(lw, a: int, b: int) -> bool:
    """The finding ``lw[a..b]`` opens with "no" before a comparative ("no better excuse", "no
    larger today"), and "than" within ``_REACH`` words after it introduces the same subject in
    another clause or case: a pronoun and its verb, or a preposition before another case."""
    n = len(lw)
    if lw[a] != "no" or a + 1 >= n or lw[a + 1] not in COMPARATIVES:
        # only "no" right before its comparative: "There is no country ... that can do more harm
        # to us than we can do to ourselves" ranks every country against us (forge-docs' claim)
        return False
    for t in range(b + 1, min(n - 1, b + 1 + _REACH)):
        if lw[t] != "than":
            continue
        first, second = lw[t + 1], lw[t + 2] if t + 2 < n else ""
        if first in _SUBJECTS and second in _VERBS:
            return True  # "than it is on land", "than it was in 1929"
        if first in _PREPOSITIONS and second in _OTHER_CASE:
            return True  # "than to other enterprises", "than at present"
        return False
    return False
