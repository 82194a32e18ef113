"""A passive of view whose holder the sentence's opening names (HC101's precision): "For Proudhon,
mutual credit was seen as the means by which co-operatives could be created", "For Spooner, ...
wage labour was condemned as ...", "To the wider kernel community, though, it was seen as a
misuse of the framework".

A passive of judgement or perception ("was seen as", "was condemned as", "is considered") leaves
its judges out, and HC101 asks who they are. When the sentence opens on "For" or "To" and a
holder set off by a comma, the opening says whose view it is: "For Proudhon, X was seen as Y" is
Proudhon seeing X as Y (RULES 4: the group or person holding the view is named in the sentence).
The writer reports a named party's view, as "according to Proudhon" or "by Proudhon" would.

Issue 11, sixty-fifth session (prec65): over the one hundred and fifty-four sets before pritchel
the shape held five HC101 warnings, none right, by both pairings and both tiers (awl's trap
"To the wider kernel community, though, it was seen as", RULES 4; peg's two "For Proudhon" and
"For the former, for mutualists like Proudhon"; loy's "For Spooner"; tenter's "For the modern
"Austrian" economist"; no item on four of them). pritchel, bolster and flatter hold none.

The holder must look like one: a word with a capital (a name: "Proudhon", "the modern "Austrian"
economist"), a school's plural ("For mutualists,"), "the former"/"the latter", or a noun of a
body of people ("the community", "the government"); not a crowd ("For many,", "To some,": RULES
4's unnamed many, still findings), not a time, a purpose or an instance ("For years,", "For
this reason,", "For example,", "To date,": no holder in them, so the capital test leaves them
alone), and the comma must close the opening within eight words, before the hedge.

Reads the sentence's first ten words once per finding: constant work, no scan.
"""

from __future__ import annotations

from prosecheck.checks import reputation

#: Participles of a view or a judgement in the passive: the judges left out.
VIEW_PARTICIPLES = reputation.PASSIVE_JUDGES | frozenset(
    "considered thought held believed deemed judged understood".split()
)
_BE = frozenset("is are was were be being been 's".split())
#: Words that may stand before the opening "For"/"To": a connective.
_LEADS = frozenset("but and thus so yet however then".split())
#: First words after "For"/"To" that make the opening a crowd, a time or an instance, not a holder.
_NOT_HOLDER = frozenset(
    """
    many some most others several few all any every each a an one example instance now date this that
    these those years decades centuries generations months weeks days decade century time times
    be sure me us you it them reasons reason purposes
    """.split()
)
#: Nouns of a body of people that hold a view ("To the wider kernel community,").
_BODIES = frozenset(
    """
    community communities government governments party parties movement movements school schools camp
    establishment administration former latter left right
    """.split()
)
_MAX_OPENING = 8


def _holder(words, lw, k: int, end: int) -> bool:
    """Do words ``k`` .. ``end - 1`` name a holder."""
    if lw[k] in _NOT_HOLDER:
        return False
    for m in range(k, end):
        w = lw[m]
        text = words[m].text.strip("\"'“”‘’")
        if text[:1].isupper() or w in _BODIES or w.endswith(("ists", "ites", "ist")):
            return True
    return False


def named_holder_leads(lw, words, prose: str, a: int, b: int) -> bool:
    """The HC101 finding at ``a`` .. ``b`` is a passive of view, and the sentence opens on "For" or
    "To" and a holder that a comma closes before ``a``."""
    if not any(lw[m] in VIEW_PARTICIPLES for m in range(a, b + 1)):
        return False
    if not any(lw[m] in _BE for m in range(max(0, a - 1), b + 1)):
        return False
    s = 1 if lw and lw[0] in _LEADS else 0  # "But for Proudhon, ..."
    if s >= len(lw) or lw[s] not in ("for", "to") or s + 1 >= a:
        return False
    for m in range(s + 1, min(a, s + 1 + _MAX_OPENING)):
        if m + 1 < len(words) and "," in prose[words[m].end : words[m + 1].start]:
            return _holder(words, lw, s + 1, m + 1)
    return False
