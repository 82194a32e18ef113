"""A person's share of a project's work ranked, reported at ``info`` (issue 11, forty-third
session, precsl43): "Initially I used Git on a private project where I was the sole developer",
"Ron Van Iwaarden was the sole maintainer of NetHack for OS/2", "I remain the 2nd most prolific
contributor of all time", "Edmund Lian became our #1 bug reporter", "one of the most involved
members of the Debian Installer team", "I have been the only person involved from the start".

The superlative ranks the people of one project by their part in it, a credit of the kind a
project's history or acknowledgements gives (RULES 3, scoped to something small and plain; brace
Z1 when the writer speaks of his own part), not the project against its rivals. Over the ninety-one
development sets at the forty-third session's start such findings were warnings wrong 6 times of 6
(traps in jig, lug twice, spline and brace; on no item in mitre), none right; the gold holds more
negatives of the shape no rule reported (setuptools' "the principal author of the Distribute fork",
lwn's "The most active committers are:"). Info, not out: "the only maintained fork" said of a project may be its maker's
claim, and an editor running with ``--picky`` still sees it.

The words that rank a share (``sole``, ``only``, ``principal``, ``prolific``, ``involved``,
``active``, ``#1``) must be in the finding and a noun of a project's people (``maintainer``,
``developer``, ``contributor``, ``committer``, ``author``, ``reporter``, ``member``, or ``person``
and ``people`` before ``involved`` or ``working``) within ``_REACH`` words after it: "the largest
single contributor" (a share of the world's work, unseen's positive) and "the only person in
history to" (a record) are not this shape.

Reads at most ``_REACH`` words after the finding: no scan of the sentence.
"""

from __future__ import annotations

#: Words that rank a person by a share of the work ("number one" as "one" after "number").
_SHARE = frozenset("sole only principal prolific involved active 1 #1".split())
#: The people of a project, in the singular and the plural.
_ROLES = frozenset(
    """maintainer maintainers developer developers contributor contributors committer committers
    author authors reporter reporters member members""".split()
)
#: "the only person involved", "the only people working on it": a person named by taking part.
_PERSONS = frozenset({"person", "people"})
_TAKING_PART = frozenset({"involved", "working"})
#: "#1 bug reporter", "most involved members", "sole NetHack maintainer": one modifier between.
_REACH = 2


def ranks_a_role(lw, a: int, b: int) -> bool:
    """The finding ``a``..``b`` holds a word of _SHARE ("number one" too) and a noun of _ROLES
    follows it within _REACH words, only words between."""
    found = lw[a : b + 1]
    if _SHARE.isdisjoint(found) and not (len(found) >= 2 and found[-2:] == ["number", "one"]):
        return False
    n = len(lw)
    for k in range(b + 1, min(n, b + 1 + _REACH)):
        if lw[k] in _ROLES:
            return True
        if lw[k] in _PERSONS and k + 1 < n and lw[k + 1] in _TAKING_PART:
            return True  # "the only person involved from the start": one of a project's people
        if not lw[k].isalpha():
            return False
    return False


EXAMPLES = (
    # (sentence, the finding's first and last words, is it a role ranked?)
    ("Initially I used Git on a private project where I was the sole developer.", ("the", "sole"), True),
    ("Ron was the sole maintainer of NetHack for OS/2.", ("the", "sole"), True),
    ("I remain the 2nd most prolific contributor of all time.", ("the", "prolific"), True),
    ("Later, Edmund Lian became our #1 bug reporter.", ("1", "1"), True),
    ("Frans was one of the most involved members of the Debian Installer team.", ("the", "involved"), True),
    ("The largest single contributor is still the Free Software Foundation.", ("The", "largest"), False),
    ("I have been the only person involved from the start.", ("the", "only"), True),
    ("He was the only man in history to be elected unanimously.", ("the", "only"), False),
    ("She is the only person in history to win it twice.", ("the", "only"), False),
    ("It is the only library that parses it.", ("the", "only"), False),
)
