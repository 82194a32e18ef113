"""Issue 11, seventeenth session: precision classes of SL101/HC101/HC102 pooled from the warning
tier's false alarms of the twenty-two development sets (each class a general shape; the sentences
are ours, regression tests only, never accuracy figures)."""

from __future__ import annotations

import pytest

from prosecheck.checks import hedging, superlatives
from prosecheck.checks.lexicon import norm
from prosecheck.checks.unnamed_view import unnamed_view
from prosecheck.testing import lint


def found(text, plugin=superlatives):
    return [(d.line, d.col, d.code, d.severity) for d in lint(text, plugins=[plugin])]


# --- SL101: a ranking inside a view handed to unnamed people (checks/unnamed_view.py, B5) ------
@pytest.mark.parametrize(
    "text, expected",
    [
        # a group with no name holds the view: HC101 reports it, the ranking is not reported again
        ("Many believe that trade with the East built the world's greatest fortunes.\n", []),
        ("Some analysts say Harbor is the fastest router on the market.\n", []),
        ("Most experts agree that Harbor is the fastest router on the market.\n", []),
        ("Some critics have said it is the greatest film of its era.\n", []),
        # the passive with nobody: kept at info (HC101 reports only some of these)
        ("And we are considered, far and away, the hottest economy anywhere in the world.\n",
         [(1, 38, "SL101", "info")]),
        ("It is generally conceded that the northern fleet is the best by far in the region.\n",
         [(1, 53, "SL101", "info")]),
        # the writer's own view, a bare plural, a prediction, a clause after "but": still claims
        ("We believe it is the best editor in the world.\n", [(1, 18, "SL101", "warning")]),
        ("People think Harbor is the fastest router on the market.\n", [(1, 24, "SL101", "warning")]),
        ("Harbor will be considered the fastest router on the market.\n", [(1, 27, "SL101", "warning")]),
        ("Many tried it, but this is the best editor in the world.\n", [(1, 28, "SL101", "warning")]),
    ],
)
def test_a_ranking_inside_an_unnamed_view(text, expected):
    assert found(text) == expected


def test_the_group_view_is_still_reported_by_hc101():
    assert found("Many believe that Harbor is the fastest router on the market.\n", hedging) == [
        (1, 1, "HC101", "warning")
    ]


@pytest.mark.parametrize(
    "words, a, expected",
    [
        ("many people consider harbor the best", 5, "group"),
        ("critics argue that harbor is the best", 6, "group"),
        ("harbor is widely considered the best", 5, "passive"),
        ("it will be considered the best", 4, None),
        ("people think harbor is the best", 5, None),
        ("many believe it but harbor is the best", 7, None),
    ],
)
def test_unnamed_view_kinds(words, a, expected):
    lw = [norm(w) for w in words.split()]
    assert unnamed_view(lw, set(), a) == expected


# --- HC102: "of course" just inside a relative clause (booster_scope.in_relative_aside) ---------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("He gave us all his time -- which, of course, mattered the most.\n", []),
        ("He imports more rats, who, of course, say they are the victims.\n", []),
        ("Every call allocated memory, which was of course slow.\n", []),
        # the same words on the sentence's own claim, and another booster in a relative clause
        # (a warning since the fortieth session: hedging._set_off_of_course)
        ("The new parser is, of course, faster than the old one.\n", [(1, 20, "HC102", "warning")]),
        ("It depends on the number of machines, which obviously depends on the system.\n",
         [(1, 45, "HC102", "warning")]),
    ],
)
def test_of_course_inside_a_relative_clause_is_an_aside(text, expected):
    assert found(text, hedging) == expected


# --- HC101: a group's own feeling, not a view credited to it (checks/group_feelings.py) ---------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Too many voters feel that way right now.\n", []),
        ("A lot of Americans feel anxious about the economy.\n", []),
        ("Many of our fellow citizens have felt excluded from the program.\n", []),
        ("Too many voters feel so powerless against the lobbies.\n", []),
        # a view of the world after the verb is still credited to nobody
        ("Many voters feel the economy is weak.\n", [(1, 1, "HC101", "warning")]),
        ("Some felt that the format should be dropped.\n", [(1, 1, "HC101", "warning")]),
        ("Many experts feel certain that the plant closed too early.\n", [(1, 1, "HC101", "warning")]),
    ],
)
def test_a_groups_own_feeling_is_no_view(text, expected):
    assert found(text, hedging) == expected
