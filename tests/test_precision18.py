"""Issue 11, eighteenth session: precision classes of SL101/HC102 pooled from the false alarms and
flagged traps of the twenty-four development sets and news-dev, both tiers (each class a general
shape; the sentences are ours, regression tests only, never accuracy figures)."""

from __future__ import annotations

import pytest

from prosecheck.checks import hedging, superlatives
from prosecheck.testing import lint


def found(text, plugin=superlatives):
    return [(d.line, d.col, d.code, d.severity) for d in lint(text, plugins=[plugin])]


# --- SL101: "nobody else" / "no one else" excluding the others from one case ------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject opening its clause, asserted: reported, at info since the forty-first
        # session (everyone but the party just named, 7 wrong of 9 warnings over the sets)
        ("No one else offers a router this fast.\n", [(1, 1, "SL101", "info")]),
        ("Harbor is fast, and nobody else comes close.\n", [(1, 21, "SL101", "info")]),
        ("It ships on time; no one else does.\n", [(1, 19, "SL101", "info")]),
        # an object: one case the sentence is about
        ("I blame no one else for the late release.\n", []),
        ("The key goes to the owner, and to nobody else.\n", []),
        ("If the lock is free, it means no one else holds the file.\n", []),
        # under a condition: not asserted
        ("If you cannot fix it (and nobody else does it for you), the patch is dropped.\n", []),
        # "than anything else" is a comparison, another entry: still reported
        ("It gives better throughput than anything else.\n", [(1, 28, "SL101", "warning")]),
    ],
)
def test_nobody_else_as_an_object_or_under_a_condition(text, expected):
    assert found(text) == expected


# --- HC102: a booster in what follows from the reader's own condition (checks/readers_condition.py)
@pytest.mark.parametrize(
    "text, expected",
    [
        # drawn from the reader's premise and landing on the reader: no claim about the world
        ("If you maintain a driver (or plan to), you clearly have a stake in the interface.\n", []),
        ("When you are ready to publish your tree, you will, of course, need a server.\n", []),
        ("A word here: if you think the old menu is fine, then you are clearly not our audience.\n", []),
        ("If you know the basics, then definitely, the advanced guide will suit you.\n", []),
        ("And if you picked up the package, then you already know that it comes in parts.\n", []),
        # an appeal whose certainty lands on the claim after it: still reported
        ("If you build on Harbor today, you can rest assured that it will run tomorrow.\n",
         [(1, 39, "HC102", "warning")]),
        # a condition on someone else, a subject that is not the reader, no condition: reported
        # (at info since the forty-ninth session: a booster after an opening "When" clause outside
        # technical writing, inference_marked.drawn_from_premise, boostprec49)
        ("When we compare routers, we definitely think of Harbor first.\n", [(1, 29, "HC102", "info")]),
        # ("is clearly faster": a warning since the thirty-eighth session, hedging's clearly_predicated)
        ("If the tests pass, the parser is clearly faster than the old one.\n", [(1, 34, "HC102", "warning")]),
        ("You clearly have a stake in the interface.\n", [(1, 5, "HC102", "info")]),
    ],
)
def test_a_booster_drawn_from_the_readers_condition(text, expected):
    assert found(text, hedging) == expected


# --- SL101: a superlative on advice, read through a partitive, a spelling and a search ----------
@pytest.mark.parametrize(
    "text, expected",
    [
        # advice to the reader, not a ranking of the world
        ("Perhaps the best piece of advice for reviewers is this: ask, do not accuse.\n", []),
        ("The best bit of advice we can give is to back up first.\n", []),
        ("The number one work-around is to upgrade the router firmware.\n", []),
        ("In a team that is looking for the best technical solution possible, opinions differ.\n", []),
        ("Teams seeking the smallest image possible should start from scratch.\n", []),
        # a hedged ranking of a thing, a number-one said of a name, all there is: still reported
        ("Perhaps the best router on the market is Harbor.\n", [(1, 9, "SL101", "warning")]),
        ("Harbor is the number one choice of network teams.\n", [(1, 11, "SL101", "warning")]),
        ("Harbor ships the smallest image possible.\n", [(1, 14, "SL101", "warning")]),
    ],
)
def test_a_superlative_on_advice(text, expected):
    assert found(text) == expected


# --- SL101: "never lost" of a thing kept, not a record of contests ------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        # the passive (a program's behaviour) and a possessive object (a quality kept)
        ("The daemon makes sure that queued mail is never lost.\n", []),
        ("Pipes between the services are never lost on a restart.\n", []),
        ("Her writing never lost its sharp edges.\n", []),
        ("We have never lost our faith in the project.\n", []),
        # a record of contests: still reported
        ("The team has never lost a home game.\n", [(1, 14, "SL101", "warning")]),
        ("They have never lost a best-of-five series to that club.\n", [(1, 11, "SL101", "warning")]),
    ],
)
def test_never_lost_of_a_thing_kept(text, expected):
    assert found(text) == expected
