"""Boilerplate's C path (``prosecheck._native._boiler``) against its Python path, which is the
reference: identical or it does not ship (issue 14, twenty-seventh session).

Per document, ``boilerplate._native_units`` must give what ``_python_units`` gives: every unit's
key, offset, block, shingles and smallest shingles, the paragraph and sentence units, the
summarised paragraphs, their exact keys and signatures; and the whole analysis (BP101's findings,
BP102's summary) must be the same by either path, on generated documents (code spans, links,
autolinks, quotations, list items that open with code, odd characters) and fixtures, with the
options moved. ``signatures`` and ``smallest`` are held to fingerprints.py's definitions, and the
shingle hash to Python's ``hash`` of a tuple. Skipped where the extension was not built (an install
without a C compiler runs the Python path).
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
from prosecheck.checks import boilerplate as bp
from prosecheck.checks import fingerprints as fp
from prosecheck.document import parse

_boiler = pytest.importorskip("prosecheck._native._boiler")

_OPTIONS = {k: o.default for k, o in bp.Boilerplate.options.items()}

# Words drawn from a small set, so that sentences and paragraphs repeat, nearly or wholly.
_WORDS = ["the", "The", "THE", "value", "returns", "sets", "a", "of", "it", "it\u2019s", "it's", "caf\u00e9",
          "\u65e5\u672c", "\U0001d400x", "\u0661\u0662", "na\u0308ive", "x_y", "\u00b2", "1,000", "\u0130stanbul",
          "\u212aelvin", "\u05e9\u05dc\u05d5\u05dd", "\x00", "ma\u00dfe", "e.g.", "Dr."]
_PIECES = ["`code`", "`a  b`", "``x ` y``", "<https://example.com/a>", "https://bare.example.com/p",
           "[the link](https://example.com/x)", "[](https://example.com/empty)", "[Ref][r]", "\"a quoted thing\"",
           "'single quoted words here'", "![alt text](i.png)", "*emph*", "**strong words**", "\u2014", ",", ";"]
_END = [". ", "! ", "? ", ".\n", ". ", ".[1] "]
_SENTENCE = st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_PIECES)), min_size=1,
                     max_size=14).map(" ".join)
_PARAGRAPH = st.tuples(st.sampled_from(["", "", "- ", "1. ", "> ", "# ", "- `opt` "]),
                       st.lists(st.tuples(_SENTENCE, st.sampled_from(_END)).map("".join), min_size=1, max_size=5)
                       .map("".join)).map("".join)
_DOCUMENT = st.lists(_PARAGRAPH, max_size=10).map(lambda ps: "\n\n".join(ps + ps[: len(ps) // 2])
                                                   + "\n\n[r]: https://example.com/ref\n")


def both_paths(doc, options=_OPTIONS):
    """``(python, native)``: each path's units, as plain values (and every unit's smallest three)."""
    min_words, _, _, allow = bp._settings(options)
    patterns = bp._compile(allow)
    words = doc.words
    if not words:
        return None, None
    joined = bp._SEP.join(words.vocabulary).lower().replace("\u2019", "'")
    vocabulary = joined.split(bp._SEP)
    vocab_hashes = [fp.crc32(bp._utf8(w)) for w in vocabulary]
    links: dict = {}
    for link in doc.links:
        if link.kind == "link" and link.block is not None and link.destination:
            links.setdefault(id(link.block), []).append((link.prose_end - 1, "\x01" + link.destination.strip().lower()))
    out = []
    for made in (bp._python_units(doc, vocabulary, vocab_hashes, min_words, patterns, links),
                 bp._native_units(_boiler, doc, vocabulary, _boiler.crc32s(bp._utf8(bp._SEP.join(vocabulary))),
                                  min_words, patterns, links)):
        if made is None:
            out.append(None)
            continue
        units, paragraphs, sentence_units, summarised, keys, sigs = made
        n = len(units.keys)
        repeats = [list(bp._repeats(units, numbers, similarity))
                   for numbers in (paragraphs, sentence_units) for similarity in (0.5, 0.8, 1.0)]
        out.append((units.keys, units.offsets, [id(b) for b in units.blocks], units.firsts, list(units.shingles),
                    [units.smallest(u) for u in range(n)], paragraphs, sentence_units, summarised,
                    keys.tolist(), sigs, repeats))
    return tuple(out)


def analysis(doc, options, module):
    saved = _native.boiler
    try:
        _native.boiler = module
        bp._SIGNATURES.clear()
        found = bp._Analysis(doc, options)
    finally:
        _native.boiler = saved
    summary = found.summary
    return ([(d.line, d.col, d.code, d.message) for d in found.diagnostics],
            None if summary is None else tuple(bytes(part) for part in summary))


def assert_same(text, options=_OPTIONS):
    doc = parse("doc.md", text)
    python, native = both_paths(doc, options)
    assert native == python
    assert analysis(doc, options, _boiler) == analysis(doc, options, None)


_FIXTURES = [
    "",
    "# Only a heading\n",
    "Short.\n",
    # word-for-word and near repeats, of sentences and of paragraphs
    "The value of the option sets the size of the cache for every request.\n\n"
    "The value of the option sets the size of the cache for every request.\n",
    "Run `make build` to compile the code and then run the tests again. It is fast and it is safe.\n\n"
    "Run `make test` to compile the code and then run the tests again. It is fast and it is safe.\n",
    # a link whose text is empty at the very start, targets and code spans side by side
    "[](https://example.com/a)See [the guide](https://example.com/guide) and `x` `y` for the details "
    "of it all. See [the guide](https://example.com/guide) and `x` for the details of it all.\n",
    # list items that open with code (terms), and a quotation
    "- `--size` sets the size of the cache for every request that comes in.\n"
    "- `--size` sets the size of the cache for every request that comes in.\n",
    "\"This whole sentence is a quotation of someone else and it is long.\" He said it twice, loudly "
    "and more than once.\n",
    # curly apostrophes, case, odd characters
    "It\u2019s the THE value of caf\u00e9 na\u0308ive \u65e5\u672c \U0001d400x in the whole wide world. "
    "it's the the value of CAF\u00c9 na\u0308ive \u65e5\u672c \U0001d400x in the whole wide world.\n",
]


@pytest.mark.parametrize("text", _FIXTURES)
def test_same_by_either_path_on_fixtures(text):
    assert_same(text)
    assert_same(text * 3)


@pytest.mark.parametrize("options", [
    dict(_OPTIONS, min_words=3), dict(_OPTIONS, min_words=40), dict(_OPTIONS, similarity=0.5),
    dict(_OPTIONS, allow=["cache", "^Run"]),
])
def test_same_by_either_path_with_options(options):
    for text in _FIXTURES:
        assert_same(text * 2, options)


@settings(max_examples=200, deadline=None)
@given(_DOCUMENT)
def test_same_by_either_path_on_generated_documents(text):
    assert_same(text)


@settings(max_examples=60, deadline=None)
@given(_DOCUMENT)
def test_same_by_either_path_with_short_units(text):
    assert_same(text, dict(_OPTIONS, min_words=3, similarity=0.5))


# Placeholders whose sources are hard to read (twenty-eighth session: the C module reads them from
# the text itself, as Document.placeholder_source does): white space and case inside code, runs of
# backticks inside and around, spans left open, code longer than the 400 characters kept, addresses
# in capitals or other scripts, the white space str.split() knows beyond ASCII's (\x1c, NBSP, U+3000).
_CODE = st.text(st.sampled_from(list("aZ \t\x1c\u00a0\u3000`<>\u00c9\u0130\u212a\U0001d400_.x")), max_size=12)
_HARD_PIECES = st.one_of(
    _CODE.map(lambda c: "`" + c + "`"), _CODE.map(lambda c: "``" + c + "``"), _CODE.map(lambda c: "`" + c),
    st.sampled_from(["`A  B\tC`", "``a ` B``", "```x`` y```", "` `", "`\u00c9T\u00c9`", "`" + "Ab " * 150 + "`",
                     "<HTTPS://Example.COM/A>", "<https://\u00e9x.example/\u00c9>", "https://Bare.Example.com/P",
                     "HTTPS://\u00e9.example.com/\u0130", "[`Code` Here](https://Example.com/X)",
                     "[Link](<https://example.com/a b>)", "\\`not code`", "`x`\u00a0`y`"]))
_HARD_SENTENCE = st.lists(st.one_of(st.sampled_from(_WORDS), _HARD_PIECES), min_size=1, max_size=12).map(" ".join)
_HARD_DOCUMENT = st.lists(st.tuples(st.sampled_from(["", "- ", "- `opt` ", "  ", "> "]),
                                    st.lists(st.tuples(_HARD_SENTENCE, st.sampled_from(_END)).map("".join),
                                             min_size=1, max_size=4).map("".join)).map("".join),
                          max_size=8).map(lambda ps: "\n\n".join(ps + ps[: len(ps) // 2]))


@settings(max_examples=200, deadline=None)
@given(_HARD_DOCUMENT)
def test_same_by_either_path_on_hard_placeholders(text):
    assert_same(text)
    assert_same(text, dict(_OPTIONS, min_words=3, similarity=0.5))


def test_placeholder_tokens_are_the_documents_sources():
    # Each paragraph's key holds its placeholders' tokens as Document.placeholder_source reads them.
    text = ("Use `A  B` and ``x ` Y`` with <HTTPS://Example.COM/Z> and https://Bare.Example.com/Q for "
            "the whole of it, every time, in every place.\n")
    doc = parse("doc.md", text)
    python, native = both_paths(doc)
    assert native == python
    assert "\x00a b" in native[0][0].split("\n") and "\x00x ` y" in native[0][0].split("\n")
    assert "\x00https://example.com/z" in native[0][0].split("\n")
    assert "\x00https://bare.example.com/q" in native[0][0].split("\n")


_HASHES = st.one_of(st.integers(0, 2**32 - 1), st.sampled_from([0, 1, 2**32 - 1, fp.PAD]))
_SIGNED = st.one_of(st.integers(-(2**63), 2**63 - 1), st.sampled_from([-1, 0, 63, 64, -64, 2**63 - 1, -(2**63)]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_HASHES, max_size=40))
def test_shingle_hash_is_the_tuple_hash(hashes):
    padded = [fp.PAD, fp.PAD, *hashes, fp.PAD, fp.PAD]
    text_ids = list(range(len(hashes)))
    # units() over one synthetic paragraph whose words are the hashes: the shingles match
    # fingerprints.shingles_of_padded on the same marks.
    from array import array
    n = len(hashes)
    if n < 1:
        return
    got = _boiler.units(array("i", text_ids), [str(i) for i in range(n)], hashes, array("i", range(n)),
                        array("i", range(n)), array("i", [0]), array("i", [n]), array("i", [0]),
                        bytearray(1), array("i", [n]), b"\x01", 1, lambda bi: None)
    assert memoryview(got[4]).cast("q").tolist() == fp.shingles_of_padded(padded)
    assert got[0] == ["\n".join(map(str, range(n)))]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_SIGNED, min_size=1, max_size=30), min_size=1, max_size=5))
def test_signatures_as_fingerprints(runs):
    shingles = [x for run in runs for x in run]
    firsts = [0]
    for run in runs:
        firsts.append(firsts[-1] + len(run))
    got = _boiler.signatures(array("q", shingles), firsts, list(range(len(runs))), fp.DONOR_TABLE)
    assert got == [fp.signature(run) for run in runs]
    assert got == [fp.signature_bin_by_bin(run) for run in runs]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_SIGNED, st.integers(-3, 3)), max_size=30), st.integers(0, 10), st.integers(0, 40))
def test_smallest_three_distinct(values, start, stop):
    want = sorted(set(values[start:stop]))[:3]
    assert _boiler.smallest(array("q", values), start, stop) == want
    units = bp._Units([], [], [], [start, max(start, stop)], values, {})
    if stop >= start:
        assert units.smallest(0) == want


_TOKENS = st.lists(st.text(st.sampled_from(list("ab \u00e9\u65e5\U0001d400\x00\x01")), max_size=70), max_size=12)


@settings(max_examples=300, deadline=None)
@given(_TOKENS)
def test_exact_keys_and_word_hashes_as_fingerprints(tokens):
    # units()'s exact key of a one-paragraph document whose words are the tokens (lengths across
    # BLAKE2b's 128-byte blocks), and crc32s against zlib.crc32 of each line.
    n = len(tokens)
    joined = "\n".join(tokens)
    hashes = _boiler.crc32s(bp._utf8(joined))
    assert memoryview(hashes).cast("Q").tolist() == [fp.crc32(bp._utf8(t)) for t in joined.split("\n")]
    if n < 1:
        return
    got = _boiler.units(array("i", range(n)), tokens, hashes, array("i", range(n)), array("i", range(n)),
                        array("i", [0]), array("i", [n]), array("i", [0]), bytearray(1), array("i", [n]), b"\x01",
                        1, lambda bi: None)
    assert memoryview(got[7]).cast("Q").tolist() == [fp.exact_key(tokens)]
    assert got[9] == []


def test_a_lone_surrogate_is_keyed_by_python():
    # A token with a lone surrogate (no strict UTF-8; the parser refuses such a text today, but
    # boilerplate does not count on it): its paragraph's exact key is left to Python, joined as the
    # Python path joins it, so it fails there alike (fingerprints.exact_key encodes strictly).
    tokens = ["one", "tw\udc80o", "three"]
    got = _boiler.units(array("i", range(3)), tokens, [1, 2, 3], array("i", range(3)), array("i", range(3)),
                        array("i", [0]), array("i", [3]), array("i", [0]), bytearray(1), array("i", [3]), b"\x01",
                        1, lambda bi: None)
    assert got[9] == [(0, " ".join(tokens))]
    with pytest.raises(UnicodeEncodeError):
        fp.exact_key(tokens)


def test_refuses_malformed_input():
    from array import array
    with pytest.raises(TypeError):
        _boiler.units(array("i", [0]), ["a"], [1], array("i", [0]), array("i", [0]), array("i", [0]),
                      array("i", [1]), array("i", [0]), bytearray(1), array("i", [1]), b"\x01", 1,
                      lambda bi: (False, [0], ["x", "y"], [1]))
    with pytest.raises(IndexError):
        _boiler.units(array("i", [5]), ["a"], [1], array("i", [0]), array("i", [0]), array("i", [0]),
                      array("i", [1]), array("i", [0]), bytearray(1), array("i", [1]), b"\x01", 1, lambda bi: None)
    with pytest.raises(ValueError):
        _boiler.signatures(array("q", [1]), [0, 1], [0], b"\x00" * 10)
    with pytest.raises(IndexError):
        _boiler.signatures(array("q", [1]), [0, 1], [1], fp.DONOR_TABLE)
    with pytest.raises(TypeError):
        _boiler.smallest(b"\x00" * 7, 0, 1)


def test_refuses_a_table_of_floats():
    # ints.h checks the buffer's format, not only its item size: 8-byte floats are no 8-byte integers
    from array import array
    args = [array("i", [0]), ["a"], [1], array("i", [0]), array("i", [0]), array("i", [0]), array("i", [1]),
            array("i", [0]), bytearray(1), array("i", [1]), b"\x01", 1, lambda bi: None]
    assert _boiler.units(*args)[0] == ["a"]  # these tables pass: one unit, its one token
    for i, name in ((0, "ids"), (5, "s_first"), (8, "s_quoted")):
        bad = list(args)
        bad[i] = array("d", [0.0])
        with pytest.raises(TypeError, match=r"^units\(\): %s must hold 1-, 4- or 8-byte integers$" % name):
            _boiler.units(*bad)


def test_environment_variable_forces_the_python_path():
    code = "from prosecheck import _native; print(_native.boiler is None)"
    env = dict(os.environ, PROSECHECK_PURE_PYTHON="1")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"
    env["PROSECHECK_PURE_PYTHON"] = "0"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
