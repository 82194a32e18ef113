"""The bulk word and sentence split (word_split.py) against its definition, written word by word.

The definition is the split as it was before it was vectorised: each token of TOKEN_RE in a
block's prose, in order, is a word unless it is a citation marker; its source offset is found by
walking the block's runs; its sentence is the block's sentence whose span holds its start (-1 if
none); it is quoted when its start lies strictly inside a quotation. Every array must be equal,
on real-looking prose and on the odd cases the builder does not produce but does not exclude
(runs with gaps, runs that start late, no runs, words outside every sentence).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from prosecheck import _native, word_split
from prosecheck.document import parse
from prosecheck.prose_model import Block
from prosecheck.sentences import TOKEN_RE, find_quotations, split_sentences

_FAR = float("inf")


def reference(blocks: list, sentence_spans=split_sentences) -> dict:
    """The split word by word (the definition), as lists."""
    vocabulary: dict = {}
    w = {k: [] for k in ("text_ids", "block_indexes", "starts", "offsets", "sentence_indexes", "quoted_flags")}
    s = {k: [] for k in ("block_indexes", "starts", "ends", "offsets", "quoted_flags", "word_starts", "word_ends")}
    for bi, block in enumerate(blocks):
        prose = block.prose
        if not prose:
            continue
        quotes = find_quotations(prose) if '"' in prose or "\u201c" in prose else ()
        spans = sentence_spans(prose)
        runs = block.runs
        base = len(s["starts"])
        for start, end in spans:
            s["block_indexes"].append(bi)
            s["starts"].append(start)
            s["ends"].append(end)
            ri = -1
            while ri + 1 < len(runs) and runs[ri + 1][0] <= start:
                ri += 1
            if ri >= 0:
                p, src, n = runs[ri]
                d = start - p
                s["offsets"].append(src + (d if d < n else (n - 1 if n > 1 else 0)))
            else:
                s["offsets"].append(runs[0][1] if runs else 0)
            s["quoted_flags"].append(1 if any(qs <= start and end <= qe for qs, qe in quotes) else 0)
            s["word_starts"].append(-1)
            s["word_ends"].append(-1)
        first_word = len(w["starts"])
        for m in TOKEN_RE.finditer(prose):
            if m.group("mark"):
                continue
            text, start = m.group(), m.start()
            w["text_ids"].append(vocabulary.setdefault(text, len(vocabulary)))
            w["block_indexes"].append(bi)
            w["starts"].append(start)
            if runs:
                ri = 0
                while ri + 1 < len(runs) and runs[ri + 1][0] <= start:
                    ri += 1
                p, src, n = runs[ri]
                d = start - p
                w["offsets"].append(src + (d if d < n else (n - 1 if n > 1 else 0)))
            else:
                w["offsets"].append(0)
            w["quoted_flags"].append(1 if any(qs < start < qe for qs, qe in quotes) else 0)
            k = next((j for j, (a, b) in enumerate(spans) if a <= start < b), None)
            index = len(w["starts"]) - 1
            if k is None:
                w["sentence_indexes"].append(-1)
            else:
                w["sentence_indexes"].append(base + k)
                if s["word_starts"][base + k] < 0:
                    s["word_starts"][base + k] = index
                s["word_ends"][base + k] = index + 1
        at_word = first_word
        for k in range(base, len(s["starts"])):
            if s["word_starts"][k] < 0:
                s["word_starts"][k] = s["word_ends"][k] = at_word
            else:
                at_word = s["word_ends"][k]
    return {"vocabulary": list(vocabulary), "words": w, "sentences": s}


def bulk(blocks: list) -> dict:
    words, table = word_split.split_blocks(blocks, sum(len(b.prose) for b in blocks) + 100)
    return {
        "vocabulary": words.vocabulary,
        "words": {k: list(getattr(words, k)) for k in
                  ("text_ids", "block_indexes", "starts", "offsets", "sentence_indexes", "quoted_flags")},
        "sentences": {k: list(getattr(table, k)) for k in
                      ("block_indexes", "starts", "ends", "offsets", "quoted_flags", "word_starts", "word_ends")},
    }


def block(prose: str, runs=None) -> Block:
    return Block("paragraph", 1, 1, prose, [(0, 10, len(prose))] if runs is None else runs)


MARKDOWN = """\
# The *fastest* parser

It is "the best" choice, e.g. for U.S. teams. Dr. Smith said so in 1990.[3] Prices: 1,000.50 or
10,000-strong; see `config.yaml` and v0.1.3. **Bold** [link text](https://example.com) ends here.

> “Quoted,” he said. Don't.

| a | b |
|---|---|
| Ünïcödé wörds | 数据 and ½ |

- item one[1]
- item two[citation needed] next

Text with a https://bare.example.com/url in it and a@b.co too.
"""


def test_real_document_same_as_definition():
    doc = parse("doc.md", MARKDOWN)
    assert bulk(doc.blocks) == reference(doc.blocks)
    texts = doc.words.texts()
    assert len(texts) == 53
    assert texts[17:22] == ["1990", "Prices", "1,000.50", "or", "10,000-strong"]  # "[3]": no word
    assert texts[41:46] == ["item", "one", "item", "two", "next"]  # "[1]", "[citation needed]"
    assert [w.offset for w in doc.words[30:34]] == [MARKDOWN.index(t) for t in ("Quoted", "he said", "said. D", "Don't")]
    assert [s.offset for s in doc.sentences[:3]] == [2, 24, 70]


@pytest.mark.parametrize("blocks", [
    [],
    [block("")],
    [block("   "), block("...")],  # a sentence without a word
    [block("One two. Three four."), block(""), block("Five [6] six.[7] seven")],
    # runs with a gap: "ab" from 10, then "cd" from 20 after a prose character no run covers
    [block("ab x cd. Ef", [(0, 10, 2), (5, 20, 6)])],
    # runs that start after the prose does, and a zero-length run
    [block("Hello world. Again", [(3, 50, 4), (7, 60, 0), (7, 70, 11)])],
    # no runs at all (offsets 0); a run shorter than the prose (words past its end)
    [block("no runs here", []), block("short run then more words", [(0, 5, 4)])],
    # quotations: words strictly inside, whole quoted sentences
    [block('He said "go now." Then "Stop." Left')],
])
def test_odd_blocks_same_as_definition(blocks):
    assert bulk(blocks) == reference(blocks)


def test_words_outside_every_sentence(monkeypatch):
    """Sentences that leave words out (the real splitter never does): those words get -1 and
    the sentences' word ranges stay where the definition puts them."""
    def gappy(prose):
        spans = split_sentences(prose)
        return [(a + 4, b) for a, b in spans if b > a + 4]  # drop each sentence's first characters

    monkeypatch.setattr(word_split, "split_sentences", gappy)
    if _native.split is not None:  # the C path splits sentences itself: given gappy's spans instead
        native = _native.split
        monkeypatch.setattr(_native, "split", SimpleNamespace(
            words=native.words, spread=native.spread, sentences=lambda proses, *_: list(map(gappy, proses))))
    blocks = [block("Alpha beta gamma. Delta epsilon zeta."), block("..."), block("Eta theta iota")]
    got = bulk(blocks)
    assert got == reference(blocks, gappy)
    assert got["words"]["sentence_indexes"] == [-1, 0, 0, -1, 1, 1, -1, 2, 2]


def test_arrays_are_signed_and_wide_enough():
    words, table = word_split.split_blocks([block("A word.")], 2**31)
    assert words.starts.typecode == "q" and table.word_starts.typecode == "q"
    words, table = word_split.split_blocks([block("A word.")], 100)
    assert words.offsets.typecode == "i" and list(words.offsets) == [10, 12]


@pytest.mark.parametrize("text", [
    "don't stop-and-go e.g. etc. config.yaml and/or a@b.c",
    "1,234.56 10,000-strong 1,23 1,2345 12,345,678 ,123 a,123 9,999,",
    "a--b x.-y trailing. 'quoted' \u2019tis rock\u2019n\u2019roll end\u2019",
    "in 1990.\u00b9 x\u00b2y foo_bar __init__ \u65e5\u672c\u8a9e caf\u00e9-cr\u00e8me",
    "a.b.c. ...x... .5 5. 3.14.15 v1.2.3-rc.1 @handle x@ ///",
    "in 1990.[3] and[9][10] x [citation needed] y.[a] [Guide] [nb 2] \u00b2[1] _[1]",
])
def test_split_patterns_find_the_tokens_of_word_re(text):
    """The split's patterns (possessive, the first character apart) find exactly the tokens of
    sentences.WORD_RE and TOKEN_RE."""
    import re

    from prosecheck.sentences import WORD_RE

    expected = re.split(f"({WORD_RE.pattern})", text)
    assert word_split.WORD_SPLIT_RE.split(text) == expected
    assert [p for p in word_split.TOKEN_SPLIT_RE.split(text) if p is not None] == \
        [p for p in re.split(rf"((?<=\S)\[{word_split.CITATION_LABEL}\]|{WORD_RE.pattern})", text) if p is not None]


def test_one_byte_classes_match_the_general_ones_below_u0100():
    """Each class of the one-byte patterns holds exactly the characters below U+0100 that the
    general pattern's class matches."""
    import re

    from prosecheck.sentences import _LETTER

    for general, one_byte in ((_LETTER, word_split._LETTER_1), (r"\d", word_split._DIGIT_1),
                              (r"[\w\[]", word_split._START_1)):
        g, o = re.compile(general).fullmatch, re.compile(one_byte).fullmatch
        assert [i for i in range(256) if g(chr(i))] == [i for i in range(256) if o(chr(i))]


@pytest.mark.parametrize("text", [
    "don't stop-and-go e.g. etc. config.yaml and/or a@b.c \x00 x\x00y",
    "1,234.56 10,000-strong 1,23 1,2345 12,345,678 ,123 a,123 9,999,",
    "a--b x.-y trailing. 'quoted' rock'n'roll end' _x_ \u00aa\u00b5\u00ba \u00bc\u00bd\u00be",
    "in 1990.\u00b9 x\u00b2y foo_bar __init__ caf\u00e9-cr\u00e8me na\u00efve \u00d7\u00f7 \u00a0nbsp",
    "a.b.c. ...x... .5 5. 3.14.15 v1.2.3-rc.1 @handle x@ ///",
    "in 1990.[3] and[9][10] x [citation needed] y.[a] [Guide] [nb 2] \u00b2[1] _[1] \u00e9[2]",
    "".join(map(chr, range(256))) + " " + " a".join(map(chr, range(256))),
])
def test_one_byte_patterns_split_as_the_general_ones(text):
    """On a text with no character above U+00FF the one-byte patterns give the same pieces."""
    assert max(text) < "\u0100"
    assert word_split.WORD_SPLIT_RE_1.split(text) == word_split.WORD_SPLIT_RE.split(text)
    assert word_split.TOKEN_SPLIT_RE_1.split(text) == word_split.TOKEN_SPLIT_RE.split(text)
