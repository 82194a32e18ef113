"""The language checks' shared engine (checks/lexicon.py, checks/trigger_search.py): which
sentences a check scans, and the normalised words it scans. Both are optimisations, so each is
held to the simple definition it replaces: a sentence is scanned when a token of its prose (of
its whole block when the block has one sentence) is a trigger, a token being a run of characters
that are neither white space nor punctuation, lower-cased."""

from __future__ import annotations

import re

import pytest

from prosecheck.checks import trigger_search
from prosecheck.checks.lexicon import norm, norm_words
from prosecheck.checks.trigger_search import flagged_sentences
from prosecheck.document import parse

TRIGGERS = frozenset({"best", "1", "lightning", "warn", "clearly", "don't", "world\u2019s"})


def reference(doc, triggers):
    """The definition: every block's prose tokenised in full (what lexicon did before)."""
    token = re.compile("[^\\s" + re.escape(trigger_search._PUNCTUATION) + "]+")
    out = []
    by_block: dict = {}
    for s in doc.sentences:
        by_block.setdefault(id(s.block), []).append(s)
    for group in by_block.values():
        prose = group[0].block.prose.lower()
        if triggers.isdisjoint(token.findall(prose)):
            continue
        if len(group) == 1:
            out.append(group[0].index)
            continue
        out.extend(s.index for s in group if not triggers.isdisjoint(token.findall(prose, s.start, s.end)))
    return out


CASES = [
    # a trigger glued to a symbol is no token of its own: "⚡lightning" is one token
    ("Hash is a \u26a1lightning fast\u26a1 library.\n", []),
    ("Hash is a lightning fast library.\n", [0]),
    # a token inside a word: "0.1.3" holds "1", "best/worst" holds "best"
    ("Version 0.1.3 is out.\n\nIt is the best/worst.\n\nPlain words here.\n", [0, 1]),
    # a citation marker's text is no word, but it is a token
    ("The city grew.[1] It did.\n\nNothing to see.\n", [0]),
    # quotes and apostrophes around a word join it to its token; inside, they stay in it
    ("Levels: 'warn', \u2018best\u2019 and -best.\n\nI don't know. The world\u2019s tallest.\n", [1, 2]),
    # several sentences in a block: only those holding a trigger; case does not matter
    ("One plain. Two BEST. Three plain. Clearly four.\n", [1, 3]),
    # inline code is not prose
    ("Run `best` now. Nothing else.\n", []),
    ("", []),
    # blocks without a sentence, a heading and table cells among them; a trigger in the last block
    ("# Best\n\n---\n\n| a | b |\n|---|---|\n| x | y clearly |\n\nPlain. Words. Then 1 more.\n",
     [0, 4, 7]),
    # only the sentences holding a trigger word are tokenised, and every sentence of a block with
    # a citation marker; a token inside a word ("e.g.best", "0.1.3") counts in its own sentence
    ("Plain words. A note.[1] Then best. Last one.\n\nThe best. Not here. Nor here. Clearly 0.1.3 is out.\n",
     [1, 2, 4, 7]),
    ("First plain. See e.g.best/worst here. None. The world\u2019s tallest. End.\n", [1, 3]),
    ("No. Hit 1 here. Fine.\n\n" * 3, [0, 2, 4]),  # "No. Hit": an abbreviation, one sentence
    # a sentence's hits are read from its words when each stands between white space or
    # punctuation; glued to a symbol or a quote, or after a letter that lower-cases to two
    # ("\u0130"), the sentence is tokenised: the same sentences either way
    ("Glued x\u2192best here. The best\u2192x too. Plain. A best one.\n", [3]),
    ("Levels: 'warn' here. And \u2018best\u2019 there. Or best, then. Fine.\n", [2]),
    ("\u0130stanbul is the best. Plain.\n\nA plain one. Also \u0130 is best. Done. The best.\n", [0, 3, 5]),
    ("The \u03a3BEST one. A best. Plain.\n", [1]),
]


def test_flagged_sentences_of_every_test_document_are_the_definitions():
    # The real trigger sets, over every Markdown file of the tests: the sentences whose hits the
    # words give (no tokenising) are those the definition finds.
    from pathlib import Path

    from prosecheck.checks import hedging, superlatives

    sets = (hedging.lexicon().triggers, superlatives.lexicon().triggers, TRIGGERS)
    for path in sorted(Path(__file__).parent.rglob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for triggers in sets:
            doc = parse(str(path), text)
            assert [s.index for s in flagged_sentences(doc, triggers)] == reference(doc, triggers), path


@pytest.mark.parametrize("text, expected", CASES)
def test_flagged_sentences_are_those_whose_tokens_hold_a_trigger(text, expected):
    doc = parse("doc.md", text)
    assert [s.index for s in flagged_sentences(doc, TRIGGERS)] == expected
    assert reference(parse("doc.md", text), TRIGGERS) == expected


@pytest.mark.parametrize("text, expected", CASES)
def test_a_trigger_that_is_not_word_shaped_has_every_block_searched(text, expected, monkeypatch):
    # "sota\u2122" is a token but no word: the search then tokenises every sentence of every block
    monkeypatch.setattr(trigger_search, "_known_triggers", frozenset())
    monkeypatch.setattr(trigger_search, "_all_word_shaped", True)
    monkeypatch.setattr(trigger_search, "_registered", {})
    odd = TRIGGERS | {"sota\u2122"}
    doc = parse("doc.md", text)
    assert [s.index for s in flagged_sentences(doc, odd)] == expected
    assert trigger_search._all_word_shaped is False
    doc = parse("doc.md", text + "\nIt is sota\u2122. Plain.\n")
    assert [s.index for s in flagged_sentences(doc, odd)][-1] == len(doc.sentences) - 2


def test_split_texts_are_the_texts_holding_a_character_that_splits_a_word():
    texts = ["plain", "e.g", "", "0.1.3", "a_b", "x@y", "one,two", "/", "end"]
    assert trigger_search._split_texts(texts) == [1, 3, 4, 5, 6, 7]
    assert trigger_search._split_texts([]) == []
    assert trigger_search._split_texts(["a" * 100_000 + "."] * 3) == [0, 1, 2]
    # a text holding several of the characters, or one of them twice, is listed once
    texts = ["a.b_c", "x", "@@", "", "1,000.5", "a/b/c", "plain", "_"]
    assert trigger_search._split_texts(texts) == [0, 2, 4, 5, 7]


def test_a_second_trigger_set_on_the_same_document_is_answered_for_its_own_words():
    doc = parse("doc.md", "It is the best. Obviously so.\n\nAnother obviously.\n")
    assert [s.index for s in flagged_sentences(doc, frozenset({"best"}))] == [0]
    assert [s.index for s in flagged_sentences(doc, frozenset({"obviously"}))] == [1, 2]
    assert [s.index for s in flagged_sentences(doc, frozenset({"best"}))] == [0]


def test_only_blocks_holding_a_trigger_are_kept_for_the_document():
    text = "Xyzzy plugh.\n\n" * 500 + "The best one.\n"
    doc = parse("doc.md", text)
    assert [s.index for s in flagged_sentences(doc, frozenset({"best"}))] == [500]
    kept = trigger_search._TRIGGER_BLOCKS[doc][1]
    assert [(sorted(hits), [s.index for s in group], per) for hits, group, per in kept] == [
        (["best"], [500], None)
    ]


@pytest.mark.parametrize(
    "texts",
    [
        [],
        ["The", "BEST", "don\u2019t", "ODOS", "\u039f\u0394\u039f\u03a3", "\u03a3", "\u0130stanbul",
         "A\u2011B", "x\u2018y", "\u00df", "\ufb01ne", "\u01c5", "\u03a3\u0391\u03a3"],
    ],
)
def test_norm_words_is_norm_of_each_word(texts):
    doc = parse("doc.md", "x\n")
    word = doc.words[0]
    words = [type(word)(t, word.block, 0, 0) for t in texts]
    assert norm_words(words) == [norm(t) for t in texts]
    assert norm_words(words)[4:6] == (["\u03bf\u03b4\u03bf\u03c2", "\u03c3"] if texts else [])


def test_norm_words_of_a_sentence_is_norm_of_each_word():
    # A sentence's words are read from the document's vocabulary normalised once (one document
    # remembered at a time): the same as norm() of each word, whichever document came last.
    first = parse(
        "a.md",
        "The BEST don\u2019t \u2018quoted\u2019 A\u2011B x\u2010y \u039f\u0394\u039f\u03a3 \u03a3 "
        "\u0130stanbul \u00df \ufb01ne \u01c5 it\u2019s it\u2019s.\n\nAnother don\u2019t, caf\u00e9.\n",
    )
    second = parse("b.md", "Plain ASCII words only. Don't.\n")
    for doc in (first, second, first, first):
        for sentence in doc.sentences:
            assert norm_words(sentence.words) == [norm(w.text) for w in sentence.words]
    assert "don't" in norm_words(first.sentences[0].words)


def reference_match_at(matcher, words, i):
    """The definition: the first entry, longest first, whose words start at ``words[i]``."""
    for tokens, category, note, entry in matcher.table.get(words[i], ()):
        k = len(tokens)
        if i + k <= len(words) and tuple(words[i : i + k]) == tokens:
            return k, category, note, entry
    return None


def test_match_at_is_the_longest_entry_listed_first_for_every_built_in_list():
    from prosecheck.checks import hedging, superlatives

    h, s = hedging.lexicon(), superlatives.lexicon()
    matchers = [h.weasel, h.quantifier, h.speech, h.boosters, h.hedges, s.scope, s.phrases, s.idioms]
    tried = 0
    for matcher in matchers:
        for options in matcher.table.values():
            for tokens, *_ in options:
                # the entry itself, cut short, and followed by more words
                for words in (list(tokens), list(tokens[:-1]) or ["zz"], list(tokens) + ["of", "the"]):
                    assert matcher.match_at(words, 0) == reference_match_at(matcher, words, 0), words
                    tried += 1
    assert tried > 1000
    assert h.weasel.match_at(["it", "is", "believed", "that"], 0)[0] == 3
    assert h.weasel.match_at(["it", "is"], 0) is None


def _matchers():
    from prosecheck.checks import hedging, superlatives
    from prosecheck.checks.lexicon import PhraseMatcher

    lexicons = [hedging.Lexicon((), ()), superlatives.lexicon()]
    return [m for lex in lexicons for m in vars(lex).values() if isinstance(m, PhraseMatcher)]


def test_phrase_matcher_precondition_holds_every_match():
    """The scans call match_at only when the word starts a one-word entry (``singles``) or the
    next word is a second word of its longer entries (``seconds``): every entry, alone, followed
    by a word or cut short, is found only where that test passes, and the test passes for it."""
    for matcher in _matchers():
        for first, options in matcher.table.items():
            for tokens, *_ in options:
                for words in (list(tokens), list(tokens) + ["zzz"], list(tokens[:1]) + ["zzz"], list(tokens[:-1])):
                    if not words:
                        continue
                    nxt = words[1] if len(words) > 1 else ""
                    may = first in matcher.singles or nxt in matcher.seconds[first]
                    found = matcher.match_at(words, 0)
                    assert may or found is None, (first, words)
                    if list(tokens) == words[: len(tokens)]:
                        assert may and found is not None, (first, words)


def test_hedging_scan_passes_phrase_only_words_with_the_same_findings(monkeypatch):
    """_scan passes a word of ``Lexicon.phrase_only`` at once unless the next word may continue
    one of its phrases: over every Markdown file of the tests, the findings are those of the scan
    that runs every test for every word."""
    import glob
    import os

    from prosecheck.check import Context
    from prosecheck.checks import hedging

    check = hedging.Hedging()
    options = {k: o.default for k, o in check.options.items()}
    here = os.path.dirname(__file__)
    paths = sorted(glob.glob(os.path.join(here, "**", "*.md"), recursive=True))
    assert len(paths) > 100

    def findings():
        out = []
        for p in paths:
            with open(p, encoding="utf-8", errors="replace") as fh:
                doc = parse(p, fh.read())
            out += [(p, d.line, d.col, d.code, d.message, d.severity)
                    for d in check.check(doc, options, Context(root=here))]
        return out

    fast = findings()
    lex = hedging.lexicon((), ())  # the one the check asks for with its default options
    assert lex.phrase_only
    monkeypatch.setattr(lex, "phrase_only", frozenset())
    assert findings() == fast
    assert fast  # the files hold hedges and boosters
