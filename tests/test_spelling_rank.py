"""SP101's suggestions ranked by the slip each needs (spelling_rank.py), and when no fix is offered."""

import pytest

from prosecheck.checks import spelling, spelling_rank
from prosecheck.testing import lint


@pytest.mark.parametrize(
    "typed, meant, kind",
    [
        ("recieve", "receive", "swap"),
        ("ocurred", "occurred", "undouble"),
        ("overriden", "overridden", "undouble"),
        ("untill", "until", "double"),
        ("enviroment", "environment", "omit"),
        ("arhive", "archive", "omit"),
        ("docuiment", "document", "key_insert"),  # "i" beside the "u" before it
        ("overriden", "override", "insert"),  # an "n" after "e", keys far apart
        ("seperate", "separate", "vowel"),
        ("requedt", "request", "key"),  # "d" beside "s"
        ("arhive", "arrive", "replace"),  # "h" for "r"
        ("lastet", "lasted", "replace"),
    ],
)
def test_slip_kinds(typed, meant, kind):
    assert spelling_rank.slip(typed, meant) == kind


def test_keyboard_neighbours():
    assert spelling_rank.KEY_NEIGHBOURS["s"] == frozenset("awedxz")
    assert spelling_rank.KEY_NEIGHBOURS["g"] == frozenset("ftyhbv")
    assert "p" not in spelling_rank.KEY_NEIGHBOURS["a"]


def test_rank_weighs_the_slip_against_frequency():
    # "override" is 35 times as common, but it needs a far key typed in; "overridden" one "d" of a pair.
    ranked = spelling_rank.rank("overriden", [(8266, "override"), (238, "overridden")])
    assert [w for _, w in ranked] == ["overridden", "override"]
    # Same slip: frequency decides.
    ranked = spelling_rank.rank("distict", [(19854, "district"), (7484, "distinct")])
    assert [w for _, w in ranked] == ["district", "distinct"]


def _speller():
    return spelling._speller({n: o.default for n, o in spelling.Spelling.options.items()}, ".")


@pytest.mark.parametrize(
    "typed, first",
    [
        ("overriden", "overridden"),  # not "override"
        ("arhive", "archive"),  # not "arrive"
        ("procesed", "processed"),  # not "proceed"
        ("propery", "property"),  # not "proper" (a "y" typed in)
        ("doubley", "double"),
    ],
)
def test_first_suggestion(typed, first):
    assert _speller().suggest(typed)[0] == first


def test_verdicts_still_weigh_the_most_frequent_words():
    # in_use and derived weigh a word against its most frequent neighbours, whatever the ranking.
    assert _speller().nearest("propery") == ("proper", "property", "properly")


@pytest.mark.parametrize(
    "typed, allowed",
    [
        ("arhive", True),
        ("docuiment", True),
        ("overriden", False),  # "overridden" (2.38) and "override" (1.92): closer than 0.5
        ("distict", False),  # "district" or "distinct": a near tie
        ("basemap", False),  # base + map glued; "baseman" needs a far key
        ("gasfield", False),  # gas + field glued; "garfield" needs a far key
        ("backround", True),  # back + round, but "background" is a letter left out
        ("airpost", False),  # air + post, and "airport" needs an "s" for an "r": a cost paid
    ],
)
def test_fix_allowed(typed, allowed):
    assert _speller().fix_allowed(typed) is allowed


def _fixes(text):
    found = lint(text, plugins=[spelling])
    return [(d.line, d.col, d.fix.edits[0].text if d.fix else None) for d in found]


def test_the_fix_is_the_first_suggestion_or_none():
    assert _fixes("Open the arhive file.\n") == [(1, 10, "archive")]
    assert _fixes("Use a distict name.\n") == [(1, 7, None)]
    assert _fixes("Draw a tile basemap under it.\n") == [(1, 13, None)]


def test_the_message_keeps_every_suggestion_when_no_fix_is_offered():
    (found,) = lint("Use a distict name.\n", plugins=[spelling])
    assert 'did you mean "district", "distinct" or "distich"?' in found.message
