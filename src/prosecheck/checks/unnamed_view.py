"""A ranking inside a view the sentence hands to nobody in particular.

"Many believe that trade with China built the world's greatest fortunes", "It is generally
conceded that the Formosan air force is the best by far in Asia", "we are considered, far and away,
the hottest economy anywhere in the world": the superlative is the content of a view that the
sentence credits to unnamed people. The claim an editor would query is the attribution ("Many
believe", "is considered": HC101's weasel), not the ranking inside it, which the writer does not
state as his own. The labelled sets record such a sentence once, as the hedge (fresh-docs' rule B5,
applied in anvil-, gouge-, mallet-, quarry-, sealed-, chisel- and tongs-docs' addenda); issue 11,
seventeenth session: the four such rankings SL101 reported in the warning tier (attic-, gouge-,
mallet- and quarry-docs) were all traps, and no positive superlative of the twenty-two sets stands
so (anvil-docs' "For many readers Thurber comes closer than anyone else" is left: no verb). A view handed to a *named* party is ``support.in_named_view``'s.

Two kinds, by whether HC101 reports the view itself. A group with no name as the subject ("Many
believe", "some analysts say", "Most experts agree that"): HC101 reports it as a weasel, so the
ranking is not reported again (``"group"``). The passive with nobody ("we are considered ... the
hottest", "It is generally conceded that", "is considered the best"): HC101 reports only some of
these ("widely considered", "is said to"), and the ranking may then be the sentence's only finding,
so it is kept at ``info`` (``"passive"``). Not the writer's own view ("we believe it is the
best", "I think"), not a bare plural ("People think", "Fans call it": HC101 does not report them),
not a future or a modal before the passive ("will be considered the definitive ...": the writer's
own prediction).
Words are the sentence's normalised words (``norm_words``).
"""

from __future__ import annotations

# Verbs by which a group holds or voices a view.
_VIEW_VERBS = frozenset(
    """believe believes believed think thinks thought consider considers considered feel feels felt
    claim claims claimed argue argues argued agree agrees agreed say says said regard regards
    regarded deem deems deemed call calls called""".split()
)
# Holders with no name that HC101 reports as a weasel: a quantity ("Many believe"), a kind of
# source on its own ("Critics argue"), or a kind of people after a quantity ("Many people
# consider", "Most experts agree"). Not "we", "I", "you", "they" (the writer, the reader, people
# the text has just named), not a bare plural ("People think").
_QUANTITIES = frozenset("many some most several others".split())
_SOURCES = frozenset("critics experts observers analysts commentators pundits".split())
_KINDS = _SOURCES | frozenset("people readers folks scholars historians economists americans".split())
# Participles of a view in the passive: "is considered the best", "is said to be the oldest",
# "it is generally conceded that". Not "rated" or "ranked" (a measured rank: "is ranked 13th"):
# a ranking right after "was rated" or "is called" is superlative_labels' (info), and "rated" here,
# in the passive or after a group ("Many critics rated it the greatest": HC101 reports no crowd
# there, so the sentence would lose its only finding), moved no finding over the sets and the
# corpus's 114 files with the shape when measured (forty-fourth session, fixes44): left out.
_PASSIVE_VIEWS = frozenset(
    "considered regarded thought believed deemed reputed reckoned said conceded agreed acknowledged".split()
)
_BE = frozenset("is are was were been being be 's".split())
# Between the holder or the auxiliary and the verb: "many people still believe", "is widely
# considered", "it is generally conceded".
_BETWEEN = frozenset(
    "also still now often widely generally commonly universally really even sometimes usually do did has have had".split()
)
_MODALS = frozenset("will would may might can could should must shall won't".split())
_REACH = 10


def _skip_back(lw, k: int) -> int:
    while k >= 0 and lw[k] in _BETWEEN:
        k -= 1
    return k


def _group_holder(lw, j: int) -> bool:
    if j < 0:
        return False
    if lw[j] in _QUANTITIES or lw[j] in _SOURCES:
        return True
    return lw[j] in _KINDS and j > 0 and lw[j - 1] in _QUANTITIES


def unnamed_view(lw, breaks, a: int):
    """``"group"`` or ``"passive"`` when the word ``a`` (a superlative) stands inside a view handed
    to unnamed people, within ten words after its verb and in the same clause, else None;
    ``breaks`` holds the indexes of words preceded by punctuation (a clause that a comma and "and"
    open is another claim)."""
    for v in range(a - 1, max(0, a - _REACH) - 1, -1):
        w = lw[v]
        if w == "but" or (v in breaks and w == "and"):
            return None
        if w in _VIEW_VERBS and _group_holder(lw, _skip_back(lw, v - 1)):
            return "group"  # "Many believe that ...", "some analysts say"
        if w in _PASSIVE_VIEWS:
            j = _skip_back(lw, v - 1)
            if j >= 0 and lw[j] in _BE:
                if lw[j] == "be" and j > 0 and lw[_skip_back(lw, j - 1)] in _MODALS:
                    return None  # "will be considered the definitive ...": a prediction
                return "passive"  # "we are considered ... the hottest", "it is generally conceded that"
    return None
