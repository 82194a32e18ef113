"""Readability's C path (``prosecheck._native._readability``) against its Python path, which is the
reference: identical or it does not ship (issue 14, twenty-ninth session).

``hyphen_points`` must give ``len(positions(word))`` of syllables._pyphen_positions on any word
(letters that lower-case to two, capitals, apostrophes, digits, dots, astral characters, words longer
than its stack buffer, the empty word); ``separators`` the count of readability's ``_SEPARATOR_RE``
matches in ``text[start:end]`` (every code point of the class, white space of every kind beside
hyphens and en dashes, runs that overlap, bounds outside the text); and the check the same findings
by either path, with every formula, on generated paragraphs and fixtures. Skipped where the extension
was not built (an install without a C compiler runs the Python path).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prosecheck import _native
from prosecheck.checks import readability, syllables
from prosecheck.testing import lint

_readability = pytest.importorskip("prosecheck._native._readability")


@pytest.fixture(scope="module")
def table():
    syllables._load_fallback()
    positions = syllables._pyphen_positions()
    assert syllables._patterns is not None  # our own table (pyphen's values fit in bytes)
    return positions, syllables._patterns


_LETTERS = "abcdefghijklmnopqrstuvwxyzAEIOUYZ\u00e9\u00ef\u00df\u0130\u03a3\u00c9'\u2019.-019\U0001d400"
_WORDS = ["", "a", "ab", "abc", "hyphenation", "kubernetes", "Supercalifragilistic", "naïve", "e-mail",
          "o'clock", "It\u2019s", "\u0130stanbul", "STRASSE", "stra\u00dfe", "\u03a3\u039f\u03a6\u039f\u03a3",
          "x" * 63, "y" * 64, "internationalization" * 5, ".", "..", "a.b", "2024", "\U0001d400bc"]


def test_hyphen_points_on_fixtures(table):
    positions, (patterns, maxlen) = table
    for word in _WORDS + list(syllables.load_lexicon().as_dict())[::97]:
        assert _readability.hyphen_points(word, patterns, maxlen) == len(positions(word)), word


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_LETTERS, max_size=80))
def test_hyphen_points_on_generated_words(table, word):
    positions, (patterns, maxlen) = table
    assert _readability.hyphen_points(word, patterns, maxlen) == len(positions(word))


def test_hyphen_points_with_other_tables():
    # the longest length cut short, a pattern reaching past the word's end, an empty table
    patterns = {".a": (1, b"\x01\x03"), "ab": (0, b"\x00\x01\x00\x00\x05"), "b.": (2, b"\x07"),
                "bcd": (1, b"\x02\x01")}
    for maxlen in (0, 1, 2, 3, 28):
        for word in ("ab", "abcd", "abcdab", "bcdbcd", "a", ""):
            reference = _python_positions(patterns, maxlen)
            assert _readability.hyphen_points(word, patterns, maxlen) == len(reference(word)), (word, maxlen)
    assert _readability.hyphen_points("abcdef", {}, 5) == 0


def test_a_table_not_of_offsets_and_bytes_is_refused():
    with pytest.raises(TypeError):
        _readability.hyphen_points("abc", {"ab": (0, [1, 2])}, 3)
    with pytest.raises(TypeError):
        _readability.hyphen_points("abc", {"ab": (-1, b"\x01")}, 3)


def _python_positions(patterns, maxlen):
    """syllables._pyphen_positions' ``positions`` over another table."""
    get = patterns.get

    def positions(word):
        pointed = f".{word.lower()}."
        size = len(pointed)
        references = [0] * (size + 1)
        for i in range(size - 1):
            for j in range(i + 1, min(i + maxlen, size) + 1):
                found = get(pointed[i:j])
                if found:
                    offset, values = found
                    at = i + offset
                    references[at : at + len(values)] = map(max, values, references[at : at + len(values)])
        last = len(word) - 2
        return [i - 1 for i, r in enumerate(references) if r % 2 and 2 <= i - 1 <= last]

    return positions


def test_the_fallback_counts_alike_by_either_path(monkeypatch, table):
    fallback = syllables._load_fallback()
    words = _WORDS + ["zyxwvutsrq", "npmjs", "webpackery"]
    native = [fallback(w) for w in words]
    monkeypatch.setattr(_native, "readability", None)
    assert [fallback(w) for w in words] == native


# --- separators ---------------------------------------------------------------------------------

def test_the_ranges_are_the_patterns_class_on_every_code_point():
    pattern = readability._SEPARATOR_RE
    ranges = readability._SEPARATOR_RANGES
    differ = [c for c in range(0x110000)
              if (pattern.fullmatch(chr(c)) is not None) != (_readability.separators(chr(c), 0, 1, ranges) == 1)]
    assert differ == []


_SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u00a0\u1680\u2000\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b"
_TEXT = st.text(alphabet=_SPACES + "-\u2013\u2014,;|\u00b7\u2022\u2190\u21ff\u2200\u25a0\u25ff\u2600\u27bf\u27c0"
                "\U0001f000\U0001faff\U0001fb00\U0001f600ab\u00e9\u4e2d.", max_size=60)


@settings(max_examples=600, deadline=None)
@given(_TEXT, st.integers(-3, 65), st.integers(-3, 65))
def test_separators_on_generated_text(text, start, end):
    expected = len(readability._SEPARATOR_RE.findall(text, start, end))
    assert _readability.separators(text, start, end, readability._SEPARATOR_RANGES) == expected


@pytest.mark.parametrize("text", ["a - b - c", " - - ", " - - - ", "a -- b", "a\u00a0\u2013\u3000b", "a -\tb",
                                  "x- - y", ",,,", "a, b; c | d", "\u2022 a \u2022 b", "a -", "- a", ""])
def test_separators_on_fixtures(text):
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 2):
            expected = len(readability._SEPARATOR_RE.findall(text, start, end))
            assert _readability.separators(text, start, end, readability._SEPARATOR_RANGES) == expected


# --- the check, by either path ------------------------------------------------------------------

_WORD_POOL = ["the", "a", "configuration", "Kubernetes", "asynchronously", "npm's", "users'", "It\u2019s", "e.g.",
              "interoperability", "zyxwvut", "API", "re-run", "v2", "1990", "\u00e9cole", "DON'T", "middleware",
              "LICENSE", "Readability", "webpackery", "de-duplication"]
# Separators and links now and then (more make every sentence a list, which is not scored).
_OTHERS = [",", ";", "|", " -", " \u2013", "\u2022", "\u2192", "`code`", "[link](https://x.y)", "\u201cquoted\u201d",
           "Copyright", "ALL CAPS HERE NOW", "etc. and", "U.S. and"]
_WORD = st.one_of(*[st.sampled_from(_WORD_POOL)] * 6, st.sampled_from(_OTHERS))
_SENTENCE = st.lists(_WORD, min_size=4, max_size=50).map(" ".join)
_PARAGRAPH = st.lists(st.tuples(_SENTENCE, st.sampled_from([". ", "! ", "? ", ". "])).map("".join),
                      min_size=1, max_size=6).map("".join)
_DOCUMENT = st.lists(_PARAGRAPH, min_size=1, max_size=4).map(lambda ps: "\n\n".join(ps) + "\n")


def _findings(text, module, metric):
    saved = _native.readability
    try:
        _native.readability = module
        return [(d.code, d.line, d.col, d.message) for d in
                lint(text, plugins=[readability], options={"readability": {"metric": metric, "min_words": 10}})]
    finally:
        _native.readability = saved


@settings(max_examples=60, deadline=None)
@given(_DOCUMENT, st.sampled_from(list(readability.METRICS)))
def test_the_check_finds_the_same_by_either_path(text, metric):
    assert _findings(text, _readability, metric) == _findings(text, None, metric)


def test_the_environment_variable_forces_the_python_path():
    code = "from prosecheck import _native; print(_native.readability is None)"
    env = dict(os.environ, PROSECHECK_PURE_PYTHON="1")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
    env["PROSECHECK_PURE_PYTHON"] = "0"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
