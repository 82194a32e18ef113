"""Issue 11, sixteenth session: precision classes of SL101/HC101/HC102 pooled from the false alarms
of every development set (each class is a general shape; the sentences are ours, regression tests
only, never accuracy figures)."""

from __future__ import annotations

import pytest

from prosecheck.checks import hedging, superlatives
from prosecheck.testing import codes, lint


def sl(text):
    return codes(lint(text, plugins=[superlatives]))


def hc(text):
    return codes(lint(text, plugins=[hedging]))


# --- SL101: set phrases that hold a superlative and rank nothing -------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The outage brought out the best in the volunteers.\n", []),
        ("Deadlines bring out the worst in some teams.\n", []),
        ("The plugin cache is the best kept secret of the toolkit.\n", []),
        ("The rename was the worst-kept secret in the project.\n", []),
        ("The startup lured the lab's best and brightest away.\n", []),
        ("I may not be the smartest developer, but I read the logs.\n", []),
        # the same words in a claim are still one
        ("Harbor is the best router for small teams.\n", [(1, 11, "SL101")]),
        ("Harbor is the smartest router for small teams.\n", [(1, 11, "SL101")]),
    ],
)
def test_idioms_with_a_superlative_rank_nothing(text, expected):
    assert sl(text) == expected


# --- SL101: what the speaker says ought to be, or means to make so (checks/aims.py) ------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("No one should ever have to suffer the heartache that they endured.\n", []),
        ("Nobody should have nightmare-like software on their system.\n", []),
        ("I believe that we can make the years ahead the best four years in our history.\n", []),
        ("We can make our towns safer, our schools better, and our economy more prosperous than ever before.\n", []),
        ("Our country will never forget the debt we owe them.\n", []),
        # a comparison of who knows best still ranks; a sweep with another modal is still one
        ("Nobody should be more able to answer the questions than the chief engineers.\n", [(1, 1, "SL101")]),
        ("Nobody can read every posting.\n", [(1, 1, "SL101")]),
        # an effect of a thing is still flagged
        ("The new safety will make this rifle more appealing than ever.\n", [(1, 52, "SL101")]),
        # an exhortation to make it so: a goal since the twenty-seventh session (aims.to_make);
        # kiln-docs' gold has always marked "let us work together to make this year's session the
        # best in the Nation's history" a negative (M4), which the line pairing hid (its line, one
        # paragraph, holds a claim as well)
        ("Let us work together to make this session the best in the Nation's history.\n", []),
        # a group's habit of mind without "our" and a promise is still a sweeping claim
        ("Americans will never forget the debt they owe them.\n", [(1, 1, "SL101")]),
    ],
)
def test_aims_and_pledges_are_not_claims(text, expected):
    assert sl(text) == expected


# --- every code: a direct question asks, it asserts nothing (voice.asks) ------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("CNN: Why do some people think the project is dying?\n", []),
        ("Why do you think that there are people who are so eager to be on the list?\n", []),
        ("Can you believe that nobody else has named a program that?\n", []),
        ("Is Harbor the best router for me?\n", []),
        # a statement before the question starts is still the writer's
        ("That plan has been accepted by many, but has it produced good results?\n", [(1, 20, "HC101")]),
        ("Harbor is the best router, so why wait?\n", [(1, 11, "SL101")]),
        ("Some people say the project is dying.\n", [(1, 1, "HC101")]),
    ],
)
def test_a_direct_question_asserts_nothing(text, expected):
    assert sorted(sl(text) + hc(text)) == expected


# --- HC102: "clearly" before a verb of showing a thing says how plainly, not how sure ----------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The radar picture clearly shows individual buildings and runways.\n", []),
        ("Keep a list that clearly distinguishes paid vendors from volunteers.\n", []),
        ("The jobs are clearly parallelizable, so split them.\n", []),
        ("The benchmark clearly shows that the new parser is faster.\n", [(1, 15, "HC102")]),
    ],
)
def test_clearly_showing_a_thing_is_manner(text, expected):
    assert hc(text) == expected


# --- SL101: a ranking inside a view the sentence hands to a named party (RULES 1) --------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The show moves to the big hall, which Sol Hurok, a booker of ballet, considers the finest house of its kind.\n", []),
        ("One partner is the Initiative of Black People in Germany (ISD), which sees the issue as more relevant than ever.\n", []),
        ("He told me his son, who was ill, thought he was the greatest man in the world.\n", []),
        ("But he also cautioned the group that the country is now more exposed than ever to shocks.\n", []),
        # a view of nobody in particular (at info since the seventeenth session: a group's view is
        # HC101's, test_precision17), of the writer, or of a party about its own product
        ("Many people consider Harbor the best router in the world.\n", []),
        ("Harbor is considered the best router in the world.\n", [(1, 22, "SL101")]),
        ("We consider Harbor the best router in the world.\n", [(1, 20, "SL101")]),
        ("Acme calls its router the best in the world.\n", [(1, 27, "SL101")]),
    ],
)
def test_a_named_partys_view_is_theirs(text, expected):
    assert sl(text) == expected


def test_evidence_that_clearly_shows_is_still_a_claim():
    assert hc("The chart clearly shows a spike after the release.\n") == [(1, 11, "HC102")]


# --- HC102: "of course" before a cost grants a drawback (booster_scope.concedes_a_cost) --------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Of course, continuing the program costs money.\n", []),
        ("Of course this power comes at a price.\n", []),
        ("Of course, the new parser is faster than the old one.\n", [(1, 1, "HC102")]),
        ("In fact, the new parser has cost the team a year.\n", [(1, 1, "HC102")]),
    ],
)
def test_of_course_before_a_cost_is_a_concession(text, expected):
    assert hc(text) == expected


def test_a_named_view_does_not_reach_past_but():
    # the view ends at "but": the ranking after it is the writer's
    assert sl("Sol Hurok considers the hall fine, but Harbor is the best router in the world.\n") == [(1, 50, "SL101")]
