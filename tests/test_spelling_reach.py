"""SP101 beyond one edit (spelling_reach.py), and two kinds of words that are no slips: an editor's
bracketed first letter (spelling_editorial.py) and older English's verb endings (spelling_archaic.py)."""

import pytest

from prosecheck.checks import spelling, spelling_archaic, spelling_editorial, spelling_reach
from prosecheck.testing import lint


def _speller():
    options = {k: o.default for k, o in spelling.Spelling.options.items()}
    return spelling._speller(options, ".")


def _found(text):
    return [(d.line, d.col, d.message.split('"')[1], d.fix.edits[0].text if d.fix else None)
            for d in lint(text, plugins=[spelling]) if d.code == "SP101"]


def test_two_slips_fill_the_empty_places_only():
    sp = _speller()
    # One word one edit away: the two-slip words fill the two places left, most common first.
    assert sp.suggest("laguange") == ("lagrange",)
    assert sp.reach("laguange") == (("lagrange", "language"), False)
    # "shouldnt" needs a letter for a far key to be "shouldst": the search is made, "should" fills
    # a place, and, far commoner, withholds the fix "shouldst".
    assert sp.fix_allowed("shouldnt")
    assert sp.reach("shouldnt") == (("shouldst", "should"), False)
    # The first suggestion needs a likely slip (two letters swapped): no search, nothing added.
    assert sp.reach("recieve") == (("receive", "relieve"), True)
    # A word two slips away far rarer than the first suggestion does not fill a place.
    assert sp.reach("uknown") == (("unknown",), True)


def test_a_far_commoner_word_two_slips_away_withholds_the_fix():
    sp = _speller()
    assert sp.fix_allowed("bisness")  # "bigness", the only word one edit away
    assert sp.reach("bisness") == (("bigness", "business", "baseness"), False)
    assert _found("Open the bisness plan.\n") == [(1, 10, "bisness", None)]


def test_no_word_one_edit_away_is_still_no_finding():
    # require_suggestion asks for a word one edit away: the search two slips away adds none.
    assert _speller().reach("abberivation") == ((), False)
    assert _found("We abberivation it.\n") == []


def test_far_keeps_the_first_letter_and_the_likely_slips():
    sp = _speller()
    found = spelling_reach.far("agruement", sp.freq.present, sp.alphabet)
    assert "argument" in found  # two neighbours swapped, a letter dropped
    assert all(w[0] == "a" for w in found)


def test_bracketed_head():
    assert spelling_editorial.bracketed_head('that "[l]abourers are', 9) == "l"
    assert spelling_editorial.bracketed_head("[Th]ey", 4) == "Th"
    assert spelling_editorial.bracketed_head("list [1]abc", 8) == ""
    assert spelling_editorial.bracketed_head("no bracket", 3) == ""


def test_an_editors_bracketed_letter_is_put_back():
    text = 'As she argues, "[l]abourers are no longer classed" and "[w]hoever works, eats".\n'
    assert _found(text) == []
    # A note's number in brackets puts back no letter: reported as before.
    assert _found('He wrote [1]abourers then.\n') == [(1, 13, "abourers", "abjurers")]


@pytest.mark.parametrize(
    "word, old",
    [("talkest", True), ("lovest", True), ("criest", True), ("museth", True), ("lastest", True),
     ("largets", False), ("qxzest", False)],
)
def test_old_inflection(word, old):
    assert spelling_archaic.old_inflection(word, _speller().known) is old


def test_older_english_verbs_only_where_the_text_writes_thou():
    assert _found("Ah, how like a fool thou talkest, and he museth long.\n") == []
    assert _found("The page talkest of it, and the lastest release.\n") == [
        (1, 10, "talkest", None), (1, 33, "lastest", "latest"),
    ]
