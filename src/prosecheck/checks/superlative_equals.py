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

And (issue 11, fifty-fourth session, slprec54, :func:`equals_every_rival`) a comparison with
every rival whose comparative "no" or "any" denies: "has no more appeal than any other work of a
truly scientific sort", "he knew no more about military science and tactics than any other desk
officer", "the state bosses do not tolerate freedom of association ... any more than any other
company". The thing is put level with the whole class (as little as any other), not above it:
an equality, no ranking (the sets' S811, RULES 3). Over the one hundred and twenty-one
development sets before knurl two warnings held it (traps or findings on no item in bradawl and
chuck), and sprue-docs one; none right. Still warnings: "more than any other" with no denial,
"no greater asset than the willingness of a free people" (a rival of the kind, above), and "No
task is more urgent than any other" is no such shape ("no" heads the subject, not the
comparative).

Reads at most ``_REACH`` words after the finding, or ``_BACK`` before it: no scan of the sentence.
"""

from __future__ import annotations

from prosecheck.checks.superlative_frames import COMPARATIVES, comparative_before

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


#: How far before "than" the denied comparative may stand: "knew no more about military science
#: and tactics than" is seven words.
_BACK = 10
#: What denies a comparative right before it: "no more appeal", "any more than" (after a "not"
#: the negative idiom "not ... any more than").
_DENYING = frozenset({"no", "any"})


def equals_every_rival(lw, a: int) -> bool:
    """The finding at ``lw[a]`` is "than" and a rival ("than any other", "than anyone else"), and
    the nearest comparative before it, within ``_BACK`` words (superlative_frames'
    comparative_before: "tougher than any other" is its own comparison, whatever "no more" an
    earlier clause holds), has "no" or "any" right before it ("no more appeal than any other
    work", "any more than any other company"): as little as any other, an equality with the whole
    class (module docstring)."""
    if a < 2 or lw[a] != "than":
        return False
    k = comparative_before(lw, a, _BACK)
    return k is not None and k >= 1 and lw[k - 1] in _DENYING
