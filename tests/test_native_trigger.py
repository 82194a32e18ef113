"""The trigger search's C path (``prosecheck._native._trigger``) against its Python path, which is
the reference: identical or it does not ship (issue 14, twenty-eighth session).

Per document, ``trigger_search._trigger_blocks`` must give the same blocks by either path: each
block's trigger tokens, its sentences and each sentence's trigger tokens (the tuples' order is a
set's, so they are compared as sets), and ``flagged_sentences`` the same sentences for hedging's,
superlatives' and a small trigger set; on generated documents (triggers beside punctuation, inside
words split by "_./@,", across sentence ends, in citation markers' blocks, letters that lower-case
to two or by their neighbours, quotations, code spans, links) and fixtures. Skipped where the
extension was not built (an install without a C compiler runs the Python path).
"""

from __future__ import annotations

import os
import subprocess
import sys
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prosecheck import _native
from prosecheck.checks import hedging, superlatives
from prosecheck.checks import trigger_search as ts
from prosecheck.document import parse

_trigger = pytest.importorskip("prosecheck._native._trigger")

_HEDGING = hedging.lexicon((), ()).triggers
_SUPERLATIVES = superlatives.lexicon((), ()).triggers
_SMALL = frozenset({"best", "clearly", "it's", "don't", "caf\u00e9", "x-ray", "1", "istanbul", "\u03c3\u03bf\u03c6\u03bf\u03c3",
                    "\u03c3\u03bf\u03c6\u03bf\u03c2"})
_SETS = (_HEDGING, _SUPERLATIVES, _SMALL)
for _t in _SETS:
    ts.prepare(_t)

# Triggers and near-triggers, in several cases, with the characters that end a token or split a word.
_WORDS = ["best", "Best", "BEST", "clearly", "Clearly", "reportedly", "allegedly", "record-breaking",
          "most-anticipated", "it's", "It\u2019s", "don't", "can\u2019t", "the", "a", "value", "sets",
          "caf\u00e9", "CAF\u00c9", "x-ray", "X-Ray", "e.g.", "best.practice", "best_practice", "a@best",
          "1,000", "0.1.3", "v1", "\u0130stanbul", "\u0130STANBUL", "\u03a3\u039f\u03a6\u039f\u03a3",
          "\u03c3\u03bf\u03c6\u03bf\u03c3", "\u03a3\u039f\u03a6\u039f\u03a3:\u0391", "ma\u00dfe", "\u212aelvin", "na\u0308ive", "\u65e5\u672c",
          "best\u00a0clearly", "(best)", "\u201cbest\u201d", "best\u2014clearly", "[1]", "[best]", "best[2]",
          "Dr.", "fastest-growing", "fastest", "\x00", "best's", "-best-", "'best'"]
_PIECES = ["`best code`", "<https://example.com/best>", "https://best.example.com/p",
           "[the best link](https://example.com/x)", "\"a clearly quoted thing\"", "*best*", "**clearly so**",
           "![best alt](i.png)", "\u2014", ",", ";", ":", "/", "\\", "$best$"]
_END = [". ", "! ", "? ", ".\n", ". ", ".[1] ", "\n", "... "]
_SENTENCE = st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_PIECES)), min_size=1,
                     max_size=12).map(" ".join)
_PARAGRAPH = st.tuples(st.sampled_from(["", "", "- ", "1. ", "> ", "# ", "| a | b |\n|---|---|\n| "]),
                       st.lists(st.tuples(_SENTENCE, st.sampled_from(_END)).map("".join), min_size=1, max_size=5)
                       .map("".join)).map("".join)
_DOCUMENT = st.lists(_PARAGRAPH, max_size=8).map(lambda ps: "\n\n".join(ps) + "\n")


def _blocks(doc, module):
    saved = _native.trigger
    try:
        _native.trigger = module
        ts._TRIGGER_BLOCKS.pop(doc, None)
        found = ts._trigger_blocks(doc, _HEDGING)
        flagged = [[s.index for s in ts.flagged_sentences(doc, t)] for t in _SETS]
    finally:
        _native.trigger = saved
        ts._TRIGGER_BLOCKS.pop(doc, None)
    return ([(frozenset(hits), [s.index for s in group],
              None if per is None else [frozenset(p) for p in per]) for hits, group, per in found], flagged)


def assert_same(text):
    doc = parse("doc.md", text)
    assert _blocks(doc, _trigger) == _blocks(doc, None)


_FIXTURES = [
    "",
    "# Only a heading\n",
    "It is clearly the best.\n",
    "This is clearly fine. That is the best one. Nothing here.\n",
    # a trigger inside a word split by a character ("best.practice"), at a sentence's end, in a link
    "Use best.practice here. See [the best guide](https://example.com/). It's x-ray time.\n",
    # a citation marker's block: every sentence tokenised
    "The best result so far.[1] Clearly it holds.[2] Nothing else.\n\n[1]: https://example.com/\n",
    # letters that lower-case to two (the offsets shift) and a Greek sigma
    "\u0130stanbul is the best. \u03a3\u039f\u03a6\u039f\u03a3 clearly. Another sentence here.\n",
    "It is \u03a3\u039f\u03a6\u039f\u03a3:\u0391 here. Nothing else.\n",  # a final sigma by the word, not by the prose
    # a word reaching across a sentence's end, quotations, code
    "He said \u201cit is the best\u201d. `best` is code. She clearly knew e.g. the best.\n",
    "- best\n- clearly\n- nothing\n\n| best | x |\n|---|---|\n| clearly | y |\n",
]


@pytest.mark.parametrize("text", _FIXTURES)
def test_same_by_either_path_on_fixtures(text):
    assert_same(text)
    assert_same(text * 3)


@settings(max_examples=300, deadline=None)
@given(_DOCUMENT)
def test_same_by_either_path_on_generated_documents(text):
    assert_same(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("best clr.,;_@/[]()\u2019'-\n\u0130\u03a3\u00a0x1")), max_size=120))
def test_same_by_either_path_on_odd_text(text):
    assert_same(text)


def test_the_c_path_runs_here():
    doc = parse("doc.md", "It is clearly the best. Nothing.\n")
    saved = ts._TRIGGER_BLOCKS.pop(doc, None)
    assert _native.trigger is _trigger or os.environ.get("PROSECHECK_PURE_PYTHON", "") not in ("", "0")
    assert saved is None
    hits, first, stop, per = _trigger.blocks(
        frozenset({"clearly"}), 7, ts._PUNCTUATION, ts._SPLIT_CHARS, doc.words.vocabulary,
        doc.words.lower_vocabulary, doc.words.text_ids, doc.words.block_indexes, doc.words.starts,
        doc.words.sentence_indexes, doc.sentence_table.block_indexes, doc.sentence_table.starts,
        doc.sentence_table.ends, doc.blocks)[0]
    assert (set(hits), first, stop, [set(p) for p in per]) == ({"clearly"}, 0, 2, [{"clearly"}, set()])
    # tokenised (a block holding "["): a token as long as the longest trigger is tested, a longer one not
    doc = parse("doc.md", "It is clearly so [1]. Nothing.\n")
    for longest, want in ((7, [({"clearly"}, 0, 2, [{"clearly"}, set()])]), (6, [])):
        assert [(set(h), a, b, [set(p) for p in per]) for h, a, b, per in _trigger.blocks(
            frozenset({"clearly"}), longest, ts._PUNCTUATION, ts._SPLIT_CHARS, doc.words.vocabulary,
            doc.words.lower_vocabulary, doc.words.text_ids, doc.words.block_indexes, doc.words.starts,
            doc.words.sentence_indexes, doc.sentence_table.block_indexes, doc.sentence_table.starts,
            doc.sentence_table.ends, doc.blocks)] == want


def test_refuses_malformed_input():
    doc = parse("doc.md", "It is clearly the best.\n")
    w, t = doc.words, doc.sentence_table
    args = [frozenset({"best"}), 4, ts._PUNCTUATION, ts._SPLIT_CHARS, w.vocabulary, w.lower_vocabulary,
            w.text_ids, w.block_indexes, w.starts, w.sentence_indexes, t.block_indexes, t.starts, t.ends,
            doc.blocks]
    with pytest.raises(TypeError):
        _trigger.blocks(*args[:-1], "not a list")
    # ints.h checks the buffer's format, not only its item size: 8-byte floats are no 8-byte integers
    with pytest.raises(TypeError, match=r"^blocks\(\): w_starts must hold 1-, 4- or 8-byte integers$"):
        _trigger.blocks(*args[:8], array("d", [0.0] * len(w)), *args[9:])
    with pytest.raises(ValueError):
        _trigger.blocks(*args[:6], array("i", [0]), *args[7:])
    with pytest.raises(IndexError):
        _trigger.blocks(*args[:6], array("i", [99] * len(w)), *args[7:])
    with pytest.raises(ValueError):
        _trigger.blocks(*args[:8], array("i", [-1] * len(w)), *args[9:])
    # a sentence's block out of range reads no memory outside the arrays: no hit is taken for sure there
    assert [(set(h), a, b, p) for h, a, b, p in _trigger.blocks(*args[:10], array("i", [7] * len(t)), *args[11:])] == []


def test_environment_variable_forces_the_python_path():
    code = "from prosecheck import _native; print(_native.trigger is None)"
    env = dict(os.environ, PROSECHECK_PURE_PYTHON="1")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
    env["PROSECHECK_PURE_PYTHON"] = "0"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# The split never makes a word that reaches past its sentence's end or lies in no sentence (none in
# the corpus's first 250 files), but both paths allow for them: documents built here from arrays,
# with sentences cut anywhere in a block's prose (inside words, leaving gaps), test those steps too.
class _Block:
    def __init__(self, prose):
        self.prose = prose


class _Doc:
    def __init__(self, proses, cuts):
        from prosecheck.prose_words import Sentences, Words
        from prosecheck.sentences import WORD_RE

        self.blocks = [_Block(p) for p in proses]
        vocabulary, index = [], {}
        ids, w_blocks, w_starts, w_sentences = array("i"), array("i"), array("i"), array("i")
        s_blocks, s_starts, s_ends = array("i"), array("i"), array("i")
        for bi, (prose, points) in enumerate(zip(proses, cuts)):
            spans = [(a, b) for a, b in zip(points[::2], points[1::2]) if a < b]  # gaps between them
            first = len(s_starts)
            for a, b in spans:
                s_blocks.append(bi)
                s_starts.append(a)
                s_ends.append(b)
            for m in WORD_RE.finditer(prose):
                text = m.group()
                ids.append(index.setdefault(text, len(index)))
                if len(index) > len(vocabulary):
                    vocabulary.append(text)
                w_blocks.append(bi)
                w_starts.append(m.start())
                w_sentences.append(next((first + k for k, (a, b) in enumerate(spans) if a <= m.start() < b), -1))
        n = len(ids)
        words = Words(vocabulary, self.blocks, ids, w_blocks, w_starts, array("i", w_starts), w_sentences,
                      bytearray(n))
        m = len(s_starts)
        self.words = words
        self.sentence_table = Sentences(words, s_blocks, s_starts, s_ends, array("i", s_starts), bytearray(m),
                                        array("i", [0] * m), array("i", [0] * m))
        self.sentences = list(self.sentence_table)


_PROSE = st.lists(st.sampled_from(_WORDS), max_size=10).map(" ".join)


@st.composite
def _cut_documents(draw):
    proses = draw(st.lists(_PROSE, min_size=1, max_size=4))
    cuts = []
    for prose in proses:
        points = sorted(draw(st.lists(st.integers(0, len(prose)), max_size=8)))
        cuts.append(points)
    return proses, cuts


@settings(max_examples=300, deadline=None)
@given(_cut_documents())
def test_same_by_either_path_with_words_across_and_outside_sentences(made):
    doc = _Doc(*made)
    assert _blocks(doc, _trigger) == _blocks(doc, None)


def test_words_across_and_outside_sentences_are_tested():
    # "clearly" reaches past the first sentence's end: both sentences are tokenised ("it is cl" holds
    # no trigger, "early best" holds "best"); "best" in the second block lies in no sentence: the
    # block, of one sentence, is tokenised whole
    doc = _Doc(["It is clearly best", "best and the end"], [[0, 8, 8, 18], [5, 16]])
    assert list(doc.words.sentence_indexes) == [0, 0, 0, 1, -1, 2, 2, 2]
    assert _blocks(doc, _trigger) == _blocks(doc, None)
    found, flagged = _blocks(doc, None)
    assert found == [(frozenset({"best"}), [0, 1], [frozenset(), frozenset({"best"})]),
                     (frozenset({"best"}), [2], None)]
    # the sentence "almost" reaches into is tokenised, not given its words' hits ("clearly"): "most"
    doc = _Doc(["It is almost done and clearly so"], [[0, 8, 8, 32]])
    assert _blocks(doc, _trigger) == _blocks(doc, None)
    assert _blocks(doc, None)[0] == [(frozenset({"most", "clearly"}), [0, 1],
                                      [frozenset(), frozenset({"most", "clearly"})])]
    # "best", in no sentence, reaches none: the sentence before it is not tokenised (its "most",
    # the tail of "xalmost", which no word gives, is not found)
    doc = _Doc(["xalmost fine. best then", "the end"], [[3, 13, 19, 23], [0, 7]])
    assert list(doc.words.sentence_indexes) == [-1, 0, -1, 1, 2, 2]
    assert _blocks(doc, _trigger) == _blocks(doc, None)
    assert _blocks(doc, None)[0] == []
    # a block with a hit word in no sentence ("best") is tokenised, its words' hits not taken; a
    # block of one sentence whole ("xalmost" is one token there)
    doc = _Doc(["xalmost clearly. best"], [[3, 16]])
    assert _blocks(doc, _trigger) == _blocks(doc, None)
    assert _blocks(doc, None)[0] == [(frozenset({"clearly", "best"}), [0], None)]
