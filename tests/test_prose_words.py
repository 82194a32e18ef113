"""Words and sentences stored as arrays (prose_words.py), and lines cut from the text (Lines)."""

from __future__ import annotations

import pickle

import pytest

from prosecheck.document import parse
from prosecheck.prose_model import Lines
from prosecheck.prose_words import Word

TEXT = 'Intro line.\n\nThe cat sat. "It is late," she said. Dogs run `code` fast.\n\n# Title here\n'


@pytest.fixture
def doc():
    return parse("x.md", TEXT)


def test_words_read_as_before(doc):
    words = doc.words
    assert len(words) == 15
    assert [w.text for w in words] == ["Intro", "line", "The", "cat", "sat", "It", "is", "late", "she",
                                       "said", "Dogs", "run", "fast", "Title", "here"]
    w = words[5]  # "It", inside the quotation
    assert (w.text, w.start, w.end, w.offset, w.quoted, w.sentence) == ("It", 14, 16, 27, True, 1)
    assert w.block is doc.blocks[1]
    assert doc.text[w.offset : w.offset + len(w.text)] == "It"
    assert words[-1].text == "here" and words[-1].offset == TEXT.index("here")
    assert [x.text for x in words[2:5]] == ["The", "cat", "sat"]
    assert [x.text for x in words[::7]] == ["Intro", "late", "here"]
    with pytest.raises(IndexError):
        words[15]
    with pytest.raises(IndexError):
        words[-16]


def test_sentences_and_their_word_ranges(doc):
    sentences = doc.sentences
    # (The splitter keeps 'sat. "It' together: a quotation after a full stop; as before.)
    assert [s.text for s in sentences] == ["Intro line.", 'The cat sat. "It is late," she said.',
                                           "Dogs run \x00 fast.", "Title here"]
    assert [(s.word_start, s.word_end) for s in sentences] == [(0, 2), (2, 10), (10, 13), (13, 15)]
    s = sentences[1]
    assert (s.start, s.end, s.offset, s.index, s.quoted) == (0, 36, 13, 1, False)
    assert len(s.words) == 8 and bool(s.words)
    assert [w.text for w in s.words] == ["The", "cat", "sat", "It", "is", "late", "she", "said"]
    assert s.words[3] == doc.words[5] and s.words[-1].text == "said"
    assert [w.text for w in s.words[1:3]] == ["cat", "sat"]
    assert s.words == list(doc.words[2:10])
    assert s.words.texts() == ["The", "cat", "sat", "It", "is", "late", "she", "said"]
    table = doc.sentence_table
    assert list(table.word_starts) == [0, 2, 10, 13] and list(table.word_ends) == [2, 10, 13, 15]
    assert list(table) == sentences


def test_words_are_equal_not_identical(doc):
    a, b = doc.words[3], doc.words[3]
    assert a == b and hash(a) == hash(b) and a is not b
    assert a != doc.words[4]
    assert doc.sentences[1] == doc.sentence_table[1]
    assert {a, b} == {a}
    with pytest.raises(AttributeError):
        a.quoted = True


def test_arrays_for_checks_that_need_no_objects(doc):
    words = doc.words
    assert words.texts() == [w.text for w in words]
    assert [words.vocabulary[i] for i in words.text_ids] == words.texts()
    assert len(set(words.vocabulary)) == len(words.vocabulary) == 15
    assert list(words.offsets) == [w.offset for w in words]
    assert list(words.block_indexes) == [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2]
    assert list(words.sentence_indexes) == [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3]
    assert bytes(words.quoted_flags) == bytes([0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0])


def test_one_string_per_distinct_word():
    doc = parse("x.md", "the cat and the dog and the end\n")
    assert doc.words[0].text is doc.words[3].text is doc.words[6].text
    assert doc.words.vocabulary == ["the", "cat", "and", "dog", "end"]


def test_a_word_repr_leaves_the_block_out(doc):
    assert repr(doc.words[0]) == "Word(text='Intro', start=0, offset=0, quoted=False, sentence=0)"
    assert Word("x", None, 1, 2).end == 2


def test_empty_document():
    doc = parse("x.md", "```\ncode\n```\n")
    assert len(doc.words) == 0 and not doc.words and list(doc.words) == [] and doc.sentences == []


def test_a_document_with_words_pickles_as_its_summaries_do(doc):
    # Workers send results, not Documents; the words themselves must still pickle for plugins.
    w = pickle.loads(pickle.dumps(doc.words[2]))
    assert (w.text, w.start, w.offset) == ("The", 0, 13)


@pytest.mark.parametrize("text", ["", "a", "a\n", "a\nb", "\n\n", "x\r\ny\n\nz  \n", "é\nü"])
def test_lines_are_the_split_text(text):
    doc = parse("x.md", text)
    expected = text.split("\n")
    assert isinstance(doc.lines, Lines)
    assert list(doc.lines) == expected and doc.lines == expected and len(doc.lines) == len(expected)
    assert doc.lines[-1] == expected[-1] and doc.lines[1:] == expected[1:]
    assert doc.lines + [""] == expected + [""]
    with pytest.raises(IndexError):
        doc.lines[len(expected)]


def test_lower_case_accessors_are_per_distinct_text_and_shared():
    doc = parse("x.md", "The API and the api. THE End, end.\n")
    words = doc.words
    assert words.vocabulary == ["The", "API", "and", "the", "api", "THE", "End", "end"]
    assert words.lower_vocabulary == ["the", "api", "and", "the", "api", "the", "end", "end"]
    assert words.lower_case_texts == frozenset({"and", "the", "api", "end"})
    # computed once per document: every check that asks gets the same object
    assert words.lower_vocabulary is words.lower_vocabulary
    assert words.lower_case_texts is doc.words.lower_case_texts
