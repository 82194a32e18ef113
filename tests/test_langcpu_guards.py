"""The language checks' cheap guards (issue 11, eighteenth session, langcpu): each passes a word
or a sentence before a dearer test only where that test cannot hold, so findings are unchanged;
these hold the guards to the lists they stand for."""

from __future__ import annotations

from prosecheck.checks import certainty_frames, certainty_replies, hedging
from prosecheck.checks import superlative_frames as frames


def _matchers(lex):
    return (lex.weasel, lex.boosters, lex.hedges, lex.quantifier)


def test_the_is_passed_only_when_no_list_makes_it_an_entry_of_its_own():
    lex = hedging.lexicon()
    singles = frozenset().union(*(m.singles for m in _matchers(lex)))
    assert "the" not in singles and "the" not in lex.group and "the" not in lex.certainty
    assert lex.the_seconds == frozenset().union(*(m.seconds.get("the", ()) for m in _matchers(lex)))
    assert {"fact", "truth"} <= lex.the_seconds


def test_the_words_tested_before_the_phrase_only_pass_are_first_words():
    lex = hedging.lexicon()
    assert certainty_replies.PROOF_AUXILIARIES <= lex.first
    assert certainty_frames.ARTICLES <= lex.first
    # "been" is first only for the proof test: it starts no phrase, so the pass skips it after
    assert lex.phrase_seconds["been"] == frozenset()


def test_reply_openers_hold_every_first_word_of_a_reply():
    for lw in (["definitely"], ["yes", "absolutely"], ["of", "course"], ["sure", "it", "does"]):
        assert lw[0] in certainty_replies.OPENERS


def test_equative_absolute_reads_gaps_only_up_to_as_or_so():
    asked = []

    def gaps(k):
        asked.append(k)
        return " "

    lw = "no need to look further at the new parser today".split()
    assert frames.equative_absolute(lw, 0, gaps) is None
    assert asked == []  # no "as" or "so" within reach: no gap read
    lw = "no grape variety invites as much intrigue as pinot".split()
    assert frames.equative_absolute(lw, 0, gaps) == (0, 7)
    assert asked == [1, 2, 3, 5]  # up to "as" each once, then inside the comparison
    lw = "no credit bad credit some with as low as five".split()
    marks = {1: "! ", 3: "\n* "}
    assert frames.equative_absolute(lw, 0, lambda k: marks.get(k, " ")) is None


def test_than_own_past_walks_back_only_before_a_span_opener(monkeypatch):
    walked = []
    real = frames._comparative_before
    monkeypatch.setattr(frames, "_comparative_before", lambda lw, i: walked.append(i) or real(lw, i))
    assert frames.than_own_past("it is faster than the old parser".split(), 3) is None
    assert walked == []  # "than the": no span of the writer's past can follow
    lw = "we produce more oil at home than we have in 15 years".split()
    assert frames.than_own_past(lw, 6) == (6, 11)
    lw = "fewer abortions in america than at any point in the last three decades".split()
    assert frames.than_own_past(lw, 4) is not None
    assert walked == [6, 4]
