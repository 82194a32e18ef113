"""Spelling's C path (``prosecheck._native._spell``) against its Python path, which is the
reference: identical or it does not ship (issue 14, twenty-ninth session).

``where`` (the words whose text is flagged: the occurrences of SP101's unknown words) and
``doubled`` (the words equal but for case to the word before: SP102's pairs) must give the indexes
the Python expressions give, on generated arrays of every integer width the split makes; and the
spelling check must report the same findings by either path on generated documents and fixtures
(doubled words in every case, misspellings, names, hyphenated and quoted words, code). The C tests
are skipped where the extension was not built (an install without a C compiler runs the Python
path).

The classification's cheaper order of tests (Speller._part tests an acronym's or CamelCase's shape
before the dictionary; _classify leaves a short token before the split) is held to the order it
replaced on generated tokens, by either path.
"""

from __future__ import annotations

import importlib.util
import os
import re
from array import array
from itertools import compress, islice
from operator import eq

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prosecheck import _native
from prosecheck.checks import spelling
from prosecheck.testing import lint

_BUILT = importlib.util.find_spec("prosecheck._native._spell") is not None
needs_c = pytest.mark.skipif(not _BUILT, reason="not built here (no C compiler): the Python path runs")


def _where_python(ids, flags):
    return list(compress(range(len(ids)), map(flags.__getitem__, ids)))


def _doubled_python(ids, lower_ids):
    lid = lower_ids.__getitem__
    return list(compress(range(1, len(ids)), map(eq, map(lid, ids), map(lid, islice(ids, 1, None)))))


def _module():
    import prosecheck._native._spell as module

    return module


# --- the two passes, on arrays -------------------------------------------------------------------

_VOCABULARY = st.integers(min_value=1, max_value=12)


@st.composite
def _ids_and_table(draw, table):
    n = draw(_VOCABULARY)
    ids = draw(st.lists(st.integers(min_value=0, max_value=n - 1), max_size=60))
    code = draw(st.sampled_from(["i", "q", "l"]))
    return array(code, ids), draw(table(n))


def _flags(n):
    return st.lists(st.integers(min_value=0, max_value=255), min_size=n, max_size=n).map(bytes)


def _lower_ids(n):
    # as _repeated numbers them: each text by the first text with the same lower case (ids <= own)
    return st.lists(st.integers(min_value=0, max_value=3), min_size=n, max_size=n).map(
        lambda xs: [min(i, x) for i, x in enumerate(xs)])


@needs_c
@settings(max_examples=300, deadline=None)
@given(_ids_and_table(_flags))
def test_where_gives_the_python_path_s_indexes(case):
    ids, flags = case
    assert _module().where(ids, flags) == _where_python(ids, flags)


@needs_c
@settings(max_examples=300, deadline=None)
@given(_ids_and_table(_lower_ids))
def test_doubled_gives_the_python_path_s_indexes(case):
    ids, lower_ids = case
    assert _module().doubled(ids, lower_ids) == _doubled_python(ids, lower_ids)


@needs_c
def test_the_passes_on_fixed_arrays():
    m = _module()
    assert m.where(array("i"), b"") == [] and m.doubled(array("q"), []) == []
    assert m.where(array("i", [0, 1, 2, 1, 0]), bytes([0, 1, 0])) == [1, 3]
    assert m.where(array("q", [2, 2]), b"\x00\x00\x07") == [0, 1]  # any non-zero byte is a flag
    assert m.doubled(array("i", [0]), [0]) == []
    assert m.doubled(array("q", [0, 1, 1, 2, 3, 0, 0]), [0, 1, 1, 2]) == [2, 3, 6]  # 1 and 2 one word but for case
    assert m.where(bytearray([0, 1]), b"\x01\x01") == [0, 1]  # any 1-byte integer buffer


@needs_c
def test_the_passes_refuse_malformed_input():
    m = _module()
    with pytest.raises(IndexError):
        m.where(array("i", [0, 3]), b"\x00\x01")
    with pytest.raises(IndexError):
        m.where(array("i", [-1]), b"\x00\x01")
    with pytest.raises(IndexError):
        m.doubled(array("q", [0, 2]), [0, 1])
    with pytest.raises(TypeError):
        m.doubled(array("i", [0]), (0,))  # lower_ids is a list
    with pytest.raises(TypeError):
        m.doubled(array("i", [0]), ["a"])
    with pytest.raises(TypeError):
        m.where(array("d", [0.0]), b"\x01")
    with pytest.raises(TypeError):
        m.where([0], b"\x01")


# --- the check, by either path -------------------------------------------------------------------

_WORDS = ["the", "The", "THE", "recieve", "Recieve", "teh", "Teh", "had", "that", "is", "word", "Word",
          "WORD", "wordd", "Zebulonn", "zebulonn", "colour", "caching", "mapping", "JavaScript", "HTTPSXQ",
          "APIs", "x-ray", "recieve-based", "Mateen's", "mustn't", "it\u2019s", "rock'n'roll", "naïvely",
          "utf8", "v2", "1", "e.g.", "foo_bar", "a@b.io", "path/to", "Duran", "and", "AND", "or", "OR",
          "gudbye", "cookin'", "définitely", "\u0130stanbul", "\u65e5\u672c", "requirejs", "overwritting"]
_PIECES = ["`recieve`", "[recieve](https://example.com/recieve)", "[the the](https://example.com/)",
           "\u201crecieve recieve\u201d", "*the* the", "**Word word**", "(djb2, fnv1, murmer, crc32)",
           ":tada:", "{meth}", "recieve=3", "~/.recieve", "\u2014", ",", ";", ":"]
_END = [". ", "! ", "? ", ".\n", "\n", " "]
_SENTENCE = st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_PIECES)), min_size=1,
                     max_size=10).map(" ".join)
_PARAGRAPH = st.tuples(st.sampled_from(["", "", "- ", "> ", "# ", "| a | b |\n|---|---|\n| "]),
                       st.lists(st.tuples(_SENTENCE, st.sampled_from(_END)).map("".join), min_size=1,
                                max_size=4).map("".join)).map("".join)
_DOCUMENT = st.lists(_PARAGRAPH, max_size=6).map(lambda ps: "\n\n".join(ps) + "\n")


def _findings(text, module):
    saved = _native.spell
    try:
        _native.spell = module
        spelling._SPELLERS.clear()  # fresh caches: each path classifies every token itself
        return [(d.line, d.col, d.code, d.message) for d in lint(text, plugins=[spelling])]
    finally:
        _native.spell = saved


def assert_same(text):
    assert _findings(text, _module()) == _findings(text, None)


_FIXTURES = [
    "",
    "The the cat. A a a a dog.\n",
    "We recieve it. They recieve it. Teh end. That that is fine.\n",
    "Word word, WORD word. AND and OR or. Duran Duran played.\n",
    "# Title title\n\n- the the\n- [the the](https://example.com/)\n",
    "It was Zebulonn who wrote it. Zebulonn said so. Mateen's views differ.\n",
    "Use `recieve` here, not recieve. Gudbye!\n\n```\nrecieve recieve\n```\n",
]


@needs_c
@pytest.mark.parametrize("text", _FIXTURES)
def test_same_findings_by_either_path_on_fixtures(text):
    assert_same(text)
    assert_same(text * 3)


@needs_c
@settings(max_examples=150, deadline=None)
@given(_DOCUMENT)
def test_same_findings_by_either_path_on_generated_documents(text):
    assert_same(text)


@needs_c
def test_the_c_path_runs_here():
    assert _native.spell is _module() or os.environ.get("PROSECHECK_PURE_PYTHON", "") not in ("", "0")
    found = _findings("We recieve it. The the end.\n", _module())
    assert [(line, col, code) for line, col, code, _ in found] == [(1, 4, "SP101"), (1, 20, "SP102")]


# --- the classification's order of tests ---------------------------------------------------------

_LETTERS = list("abcdeXYZ\u0430\u0431\u0627\u0628\u00e9\u00c9\u0131\u0130\u03c3\u03a3\u0416\u0436'\u2019-._/@1\u00aa\u01c5")
_TOKEN = st.one_of(st.sampled_from(_WORDS), st.text(alphabet=st.sampled_from(_LETTERS), min_size=1, max_size=14))


def _speller(**options):
    opts = {name: o.default for name, o in spelling.Spelling.options.items()}
    opts.update(options)
    spelling._SPELLERS.clear()
    return spelling._speller(opts, ".")


def _old_in_script(word, script):
    """spelling._in_script before the twenty-ninth session (no ASCII shortcut)."""
    if script == "latin":
        return all(c < "\u0250" or "\u1e00" <= c <= "\u1eff" for c in word)
    if script == "cyrillic":
        return all(c < "\u0080" and not c.isalpha() or "\u0400" <= c <= "\u052f" for c in word)
    return all(
        c < "\u0080" and not c.isalpha() or "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f"
        or "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff" or c in "\u200c\u200d"
        for c in word
    )


def _old_part(self, part, index):
    """Speller._part before the twenty-ninth session, word for word: its tests in their old order."""
    if "'" in part or "\u2019" in part:
        norm = part.replace("\u2019", "'")
        if self.known(norm.lower()):
            return None
        base, _, suffix = norm.rpartition("'")
        if suffix.lower() in spelling._CLITICS and "'" not in base:
            if suffix.lower() == "t" and base.lower().endswith("n") and self.known(base.lower()[:-1]):
                return None
            part = part[: len(base)]
        else:
            for m in re.finditer(r"[^'\u2019]+", part):
                found = _old_part(self, m.group(), index + m.start())
                if found:
                    return found
            return None
    if len(part) < self.min_length or len(part) > spelling._MAX_WORD:
        return None
    if self.skip_digits and any(c.isdigit() for c in part):
        return None
    if not part.isalpha():
        return None
    if len(part) > 4 and part.endswith("js"):
        return None
    if not _old_in_script(part, self.script):
        return None
    lower = part.lower()
    if self.known(lower) or (self.english and (self._inflected(lower) or self._british(lower))):
        return None
    if not lower.isascii():
        plain = spelling._strip_accents(lower)
        if plain != lower and self.known(plain):
            return None
    first, rest = part[0], part[1:]
    if part.isupper() or (rest[:-1].isupper() and rest.endswith("s") and len(part) > 2):
        if self.skip_acronyms:
            return None
        return (index, part, False)
    if not rest.islower():
        if self.skip_camel_case:
            return None
        for m in spelling._CAMEL_RE.finditer(part):
            piece = m.group()
            if len(piece) >= self.min_length and not piece.isupper() and not self.known(piece.lower()):
                return (index + m.start(), piece, True)
        return None
    return (index, part, first.isupper())


def _old_classify(self, token):
    """Speller._classify before the twenty-ninth session (no early return for a short token)."""
    if "@" in token or (("." in token or "/" in token) and self.skip_paths) or (
            "_" in token and self.skip_snake_case):
        return ()
    if self.known(token.lower().replace("\u2019", "'")):
        return ()
    found, i = [], 0
    splitter = spelling._SPLIT_DIGITS_RE if not self.skip_digits else spelling._SPLIT_RE
    for piece in splitter.split(token):
        if piece and not spelling._SEPARATOR_RE.fullmatch(piece):
            part = _old_part(self, piece, i)
            if part:
                found.append(part)
        i += len(piece)
    return tuple(found)


_OPTIONS = [{}, {"min_length": 1}, {"min_length": 3}, {"skip_acronyms": False}, {"skip_camel_case": False},
            {"skip_with_digits": False, "skip_paths": False, "skip_snake_case": False}, {"language": "ru"},
            {"language": "fr", "min_length": 2}]


@pytest.mark.parametrize("options", _OPTIONS, ids=lambda o: ",".join(o) or "defaults")
@settings(max_examples=200, deadline=None)
@given(tokens=st.lists(_TOKEN, min_size=1, max_size=20))
def test_classify_gives_the_old_order_s_verdicts(options, tokens):
    speller = _speller(**options)
    for token in tokens:
        assert tuple(speller._classify(token)) == _old_classify(speller, token), token


def test_the_shape_test_is_on_only_when_both_shapes_are_skipped():
    assert _speller().skip_shapes
    assert not _speller(skip_acronyms=False).skip_shapes
    assert not _speller(skip_camel_case=False).skip_shapes
    # with a shape checked, its words are still found ("HTTPSXQ": an acronym; "CamelCaseWordz")
    assert tuple(_speller(skip_acronyms=False).classify("HTTPSXQ")) == ((0, "HTTPSXQ", False),)
    assert tuple(_speller(skip_camel_case=False).classify("CamelCaseWordzz")) == ((9, "Wordzz", True),)
