"""The word split's C path (``prosecheck._native._split``) against its Python path, which is the
reference: identical or it does not ship (issue 14, twenty-sixth session).

``_split.words`` must give the Python path's vocabulary, ids and starts (``word_split._words``) on
any text, the odd characters included (combining marks, astral planes, right-to-left scripts,
NUL, lone surrogates, superscript digits, Unicode digits and spaces, citation markers); ``spread``
what its ``map``/``repeat`` expression gives; and ``split_blocks`` the same arrays by either path.
Skipped where the extension was not built (an install without a C compiler runs the Python path).
"""

from __future__ import annotations

import os
import subprocess
import sys
from array import array
from itertools import chain, islice, repeat
from operator import add, sub

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prosecheck import _native, sentences, word_split
from prosecheck.document import parse

_split = pytest.importorskip("prosecheck._native._split")

# Characters each with a part to play in the pattern: letters and digits of several scripts,
# the joiners, the thousands separator, "[" and "]" and what a citation label holds, white space
# of several kinds, and the characters that are \w but no letter (superscript digits).
_ODD = (
    "aZ_9 ,.-'/@\u2019[]?\n\t\x00\u00a0\u2003\u3000"
    "\u00b9\u00b2\u00b3\u2070\u2074\u2079\u00bd\u00aa\u00b5\u00e9\u00ff"
    "\u0301\u0308\u200d\u200b\ufeff"  # combining marks, zero-width joiner and space, BOM
    "\u05d0\u05d1\u0627\u0628\u0661\u0662\u06f3\u0966"  # Hebrew, Arabic, Arabic-Indic and Devanagari digits
    "\u65e5\u672c\u4e00\uff11\uff41"  # CJK, full-width digit and letter
    "\U0001d7d8\U0001d400\U0001f600\U00010400\U000e0041"  # math digit and letter, emoji, Deseret, tag
    "\ud800\udfff"  # lone surrogates (a Python str holds them)
)
_WORDS = ["1,000", "12,345,678", "a,123", "9,999,", "don't", "x.-y", "e.g.", "[3]", "[citation needed]",
          "[nb 2]", "[a]", "[Guide]", "[who?]", "x[1]", " [2]", "\u00b2[1]", "caf\u00e9", "\u0661,\u0662\u0663\u0664"]
_SENTENCE_BITS = [";\" ", ";\u201d ", ";\"", ". ", ".\n", "! ", "? ", "\u2026 ", "e.g. ", "Dr. ", "U.S. ", "J. ", "etc. ", ".) ", ".\" ",
                  ".[3] ", ".[a b c] ", ".\u00b9 ", ".* ", "._ ", "\n* ", "\n- ", "\u2022\t", " A", " a", " 1",
                  " \u00c9", " \u00bf", " (\"", "\x00", "\u212a.", "\u0130.", " x\u00e9."]
_TEXT = st.lists(st.one_of(st.sampled_from(_ODD), st.sampled_from(_WORDS), st.characters(codec=None)),
                 max_size=60).map("".join)


def python_words(text: str, code: str = "i"):
    vocabulary, ids, starts = word_split._words(code, text, "[" in text)
    return vocabulary, ids.tobytes(), starts


def native_words(text: str, code: str = "i"):
    match = word_split._MARKER_END_RE.match if "[" in text else None
    return _split.words(text, match, word_split._ITEMSIZE[code])


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_words_as_the_python_path_on_generated_text(text):
    assert native_words(text) == python_words(text)


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_words_as_the_python_path_with_wide_ids(text):
    assert native_words(text, "q") == python_words(text, "q")


@pytest.mark.parametrize("text", [
    "",
    "x",
    "don't stop-and-go e.g. etc. config.yaml and/or a@b.c \x00 x\x00y",
    "1,234.56 10,000-strong 1,23 1,2345 12,345,678 ,123 a,123 9,999, 1,000",
    "in 1990.[3] and[9][10] x [citation needed] y.[a] [Guide] [nb 2] \u00b2[1] _[1] \u00e9[2] [3",
    "in 1990.\u00b9 x\u00b2y foo_bar __init__ \u65e5\u672c\u8a9e caf\u00e9-cr\u00e8me \u05e9\u05dc\u05d5\u05dd",
    "e\u0301t\u00e9 \U0001d400\U0001d7d8 \U0001f600x \ud800a\udfff \u0661,\u0662\u0663\u0664",
    "the the The THE the\nthe\u2019s the's",  # repeated words: one vocabulary entry each
    "".join(map(chr, range(0x300))) + " " + " a".join(map(chr, range(0x300))),
    "w" * 5000 + " " + " ".join(f"w{i}" for i in range(3000)),  # the table grows
])
def test_words_as_the_python_path_on_fixtures(text):
    assert native_words(text) == python_words(text)
    assert native_words(text, "q") == python_words(text, "q")


_PROSE = st.lists(st.one_of(st.sampled_from(_ODD), st.sampled_from(_WORDS), st.characters(codec=None),
                            st.sampled_from(_SENTENCE_BITS)), max_size=60).map("".join)


def native_sentences(texts):
    return _split.sentences(texts, sentences.HARD_ABBREVIATIONS, sentences.no_boundary_after)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PROSE, max_size=4))
def test_sentences_as_the_python_path_on_generated_text(texts):
    assert native_sentences(texts) == list(map(sentences.split_sentences, texts))


@pytest.mark.parametrize("text", [
    "", " ", "\x00", "One. Two", "one. two", "Dr. Smith went. Then e.g. This. U.S. Army. J. Smith. etc. Next",
    "etc. next. ETC. Next. Approx. 5. No. 3 and p. 4. Fig. 2",
    "He said \"Go.\" Then (\u201cRun.\u201d) Left.) Next. Yes!\u00b9 No?[3] Next.[citation needed] Done...  Really",
    "End.[x]y Next. End.[" + "a" * 40 + "] Next. End.[" + "a" * 41 + "] Next. End.[a\nb] Next. End.[] Next",
    "First line.\n* item two\n- item three\n+ four\n\u2022 five.\n*emphasis* six. -1 seven.\t* eight",
    "Start. \"\u00bfQu\u00e9? \u00a1S\u00ed! 'Single.' [Bracket] *stars* _under_ End. \"(",
    "A.\u00a0B. C.\u2003D. E.\u3000\u0661 digits. \u2160 roman. \U0001d400 math. \u01c5 title. \u00bd half.",
    "\u212a. Kelvin. U.\u212a. Next. \u0130. Dotted. \u00c9.\u00c9. Next. \u00e9. x \u00e9t\u00e9. Next",
    "Run it. `x` \x00 builds. Then.\x00 Next. \x00. Next",
    "  Leading and trailing.   Spaces.  ",
    "...\u2026!?. Next \u2026 Next.\u2019\u201d) Next",
    "Known as \"A;\" Also. x;\u201d Y ;\" z ;\"\u201d) W ;\" ;\"\nV; Q.;\" R;\"",
    "a" * 50 + ". Next " + "b" * 39 + ". Next (x" + "c" * 45 + ". Next",
])
def test_sentences_as_the_python_path_on_fixtures(text):
    assert native_sentences([text, text * 3]) == [sentences.split_sentences(text), sentences.split_sentences(text * 3)]


def python_spread(starts, values, cuts, code="i"):
    shifts = chain.from_iterable(map(repeat, values, map(sub, islice(cuts, 1, None), cuts)))
    return word_split._int_array(code, list(map(add, starts, shifts))).tobytes()


@pytest.mark.parametrize("starts, values, cuts", [
    ([], [], [0]),
    ([5, 9, 12], [0, 100], [0, 2, 3]),
    ([5, 9, 12], [7], [0, 3]),
    ([5, 9, 12, 20], [1, 2, 3], [0, 0, 3, 4]),  # an empty run
    ([5, 9, 12, 20], [1, 2, 3], [0, 3, 2, 4]),  # a count below zero: nothing repeated, the rest shifts
    ([5, 9, 12], [1, 2], [0, 1, 9]),  # more counted than there are starts
    ([5, 9, 12, 14], [1], [0, 2]),  # fewer: the output stops
    ([5, 9], [-5, 0], [0, 1, 2]),
])
def test_spread_as_the_python_expression(starts, values, cuts):
    for code in ("i", "q"):
        assert _split.spread(starts, values, cuts, word_split._ITEMSIZE[code]) == python_spread(starts, values,
                                                                                                 cuts, code)


def test_spread_refuses_what_the_array_refuses():
    with pytest.raises(OverflowError):
        python_spread([5], [-6], [0, 1])
    with pytest.raises(OverflowError):
        _split.spread([5], [-6], [0, 1], 4)
    with pytest.raises(OverflowError):
        _split.spread([2**32], [0], [0, 1], 4)
    assert _split.spread([2**32], [0], [0, 1], 8) == array("Q", [2**32]).tobytes()


def both_paths(monkeypatch, blocks, length):
    monkeypatch.setattr(_native, "split", _split)
    native = word_split.split_blocks(blocks, length)
    monkeypatch.setattr(_native, "split", None)
    python = word_split.split_blocks(blocks, length)
    return native, python


def fields(result):
    words, sentences = result
    return ([getattr(words, a) for a in words.__slots__ if a != "blocks"],
            [getattr(sentences, a) for a in sentences.__slots__ if a not in ("words", "blocks")])


MARKDOWN = """\
# The *fastest* parser

It is "the best" choice, e.g. for U.S. teams. Dr. Smith said so in 1990.[3] Prices: 1,000.50 or
10,000-strong; see `config.yaml` and v0.1.3. **Bold** [link text](https://example.com) ends here.

> “Quoted,” he said. Don't. 'Single,' she said.

| a | b |
|---|---|
| Ünïcödé wörds | 数据 and ½ |

- item one[1]
- item two[citation needed] next

Text with a https://bare.example.com/url in it and a@b.co too. \U0001d400lpha שָׁלוֹם.

Second <em>html</em> paragraph&nbsp;with entities &amp; a\\
hard break, and some `code` in it.
"""


@pytest.mark.parametrize("text", [MARKDOWN, "", "# Only a heading", "...\n\n   \n\n[1]", MARKDOWN * 3])
def test_split_blocks_same_by_either_path(monkeypatch, text):
    doc = parse("doc.md", text)
    native, python = both_paths(monkeypatch, doc.blocks, len(doc.text))
    assert fields(native) == fields(python)
    native, python = both_paths(monkeypatch, doc.blocks, 2**31)  # wide arrays
    assert fields(native) == fields(python)


def test_split_blocks_same_by_either_path_with_odd_runs(monkeypatch):
    from test_word_split import block

    blocks = [block("ab x cd. Ef", [(0, 10, 2), (5, 20, 6)]), block("Hello world. Again", [(3, 50, 4), (7, 60, 0)]),
              block("no runs here", []), block("short run then more words", [(0, 5, 4)]),
              block('He said "go now." Then "Stop." Left'), block("Five [6] six.[7] seven")]
    native, python = both_paths(monkeypatch, blocks, 1000)
    assert fields(native) == fields(python)


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXT, max_size=6).map("\n\n".join))
def test_documents_same_by_either_path(text):
    # A document's text comes from a decoded file: no lone surrogate (the parser refuses them).
    doc = parse("doc.md", "".join(c for c in text if not "\ud800" <= c <= "\udfff"))
    saved = _native.split
    try:
        _native.split = _split
        native = fields(word_split.split_blocks(doc.blocks, len(doc.text)))
        _native.split = None
        python = fields(word_split.split_blocks(doc.blocks, len(doc.text)))
    finally:
        _native.split = saved
    assert native == python


def test_environment_variable_forces_the_python_path():
    code = "from prosecheck import _native; print(_native.split is None)"
    env = dict(os.environ, PROSECHECK_PURE_PYTHON="1")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
    env["PROSECHECK_PURE_PYTHON"] = "0"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
