"""The Document: exact positions of prose, words, sentences, links and headings."""

from __future__ import annotations

import pytest

from prosecheck.decoding import decode
from prosecheck.document import parse
from prosecheck.sentences import PLACEHOLDER, find_all_quotations, find_quotations, split_sentences


def word_at(doc, text, nth=0):
    found = [w for w in doc.words if w.text == text]
    assert len(found) > nth, f"{text!r} not among {[w.text for w in doc.words]}"
    return doc.position(found[nth].offset)


def prose_maps_back(doc):
    """Every prose character (but placeholders and spaces) comes from the same source character."""
    for block in doc.blocks:
        for i, ch in enumerate(block.prose):
            if ch in (" ", PLACEHOLDER):
                continue
            src = doc.text[block.source_offset(i)]
            assert src == ch or src == "&", (block.prose, i, ch, src)


def test_positions_are_one_based_and_count_characters():
    doc = parse("a.md", "# Café\n\nNaïve 日本語 words here.\n")
    assert word_at(doc, "Café") == (1, 3)
    assert word_at(doc, "Naïve") == (3, 1)
    assert word_at(doc, "日本語") == (3, 7)
    assert word_at(doc, "words") == (3, 11)
    prose_maps_back(doc)


def test_offsets_before_and_after_the_first_non_ascii_character():
    # The builder converts byte offsets only past the first non-ASCII byte: the words and links
    # on either side of it, and on the same line, land on their characters.
    src = "Plain [start](a) words.\n\nThen caf\u00e9 `x` and [end](b) \U0001F600 last.\n"
    doc = parse("a.md", src)
    assert word_at(doc, "Plain") == (1, 1)
    assert word_at(doc, "words") == (1, 18)
    assert word_at(doc, "caf\u00e9") == (3, 6)
    assert word_at(doc, "and") == (3, 15)
    assert word_at(doc, "last") == (3, 30)
    assert [(link.text, link.offset, doc.position(link.offset)) for link in doc.links] == [
        ("start", 6, (1, 7)), ("end", 43, (3, 19))]
    prose_maps_back(doc)


def test_utf8_offsets_runs_and_regions():
    from prosecheck.utf8_offsets import END, Utf8Offsets

    # a, é (2 bytes), 日 (3), b: one run per width, split where the width changes.
    at = Utf8Offsets("a\u00e9\u65e5b")
    assert at.runs == [(1, 1, 1, 2, 2), (3, 2, 1, 3, 3)]
    assert at.region(0) == (0, 1, 0)  # the ASCII before the first run, up to its first byte
    assert at.region(3) == (3, 3, 1)  # between the two runs: only the second's first byte
    assert at.region(6) == (6, END, 3)  # after the last run
    assert [at(b) for b in (0, 1, 3, 6, 7)] == [0, 1, 2, 3, 4]
    assert Utf8Offsets("plain").region(5) == (0, END, 0)


def test_utf8_offsets_convert_every_character_start():
    from prosecheck.utf8_offsets import Utf8Offsets

    text = "a \u00e9\u00e9\u65e5\U0001F600 b\n\u00a9 \u65e5\u672c\u8a9e z\U0001F600\U0001F600\u00e9x"
    at = Utf8Offsets(text)
    for i in range(len(text) + 1):
        b = len(text[:i].encode())
        lo, hi, shift = at.region(b)
        assert lo <= b <= hi and at(b) == b - shift == i
        # every character start in the region converts by the same shift
        for j in range(len(text) + 1):
            bj = len(text[:j].encode())
            if lo <= bj <= hi:
                assert bj - shift == j


def test_crlf_bom_and_tabs_give_reader_positions():
    data = "\ufeff# Title\r\n\r\nOne\ttwo three.\r\nfour five.\r\n".encode("utf-8")
    text, problem = decode(data)
    assert problem is None
    doc = parse("a.md", text)
    assert word_at(doc, "Title") == (1, 3)
    assert word_at(doc, "two") == (3, 5)  # a tab is one column, as flake8 and ruff count
    assert word_at(doc, "four") == (4, 1)
    prose_maps_back(doc)


def test_lone_cr_is_a_line_break():
    text, _ = decode(b"a\rb word\r")
    doc = parse("a.txt", text)
    assert word_at(doc, "word") == (2, 3)


def test_nested_emphasis_and_escaped_brackets():
    src = "Some ***very* strong** and \\[not a link\\] plus `code [x](y)` end.\n"
    doc = parse("a.md", src)
    assert doc.blocks[0].prose == f"Some very strong and [not a link] plus {PLACEHOLDER} end."
    assert word_at(doc, "very") == (1, 9)
    assert word_at(doc, "strong") == (1, 15)
    assert word_at(doc, "not") == (1, 30)
    assert word_at(doc, "end") == (1, 62)
    assert doc.links == []  # a link inside a code span is code, not a link
    prose_maps_back(doc)


def test_code_spans_blocks_front_matter_and_html_are_not_prose():
    src = (
        "---\ntitle: Front matter words\n---\n\n"
        "Text with `inline code` and <span class=\"x\">html</span> here.\n\n"
        "```python\nprint('code words')\n```\n\n"
        "    indented code words\n\n"
        "<div>\nhtml block words\n</div>\n\n"
        "<!-- a comment with words -->\n"
    )
    doc = parse("a.md", src)
    assert [b.prose for b in doc.blocks] == [f"Text with {PLACEHOLDER} and  html  here."]
    assert word_at(doc, "html") == (5, 45)
    assert doc.code_lines == {1, 2, 3, 7, 8, 9, 11}
    prose_maps_back(doc)


def test_links_images_and_references_with_positions():
    src = (
        "See [the guide](docs/guide.md \"Guide\") and ![logo](img/logo.png).\n"
        "Also [ref link][Ref] and [Ref][] and [Ref] and <https://example.com>.\n"
        "Broken [text][nowhere] here.\n\n"
        "[ref]: https://example.org/ref\n"
        "[unused]: <./with space.md>\n"
    )
    doc = parse("a.md", src)
    got = [(l.kind, l.style, l.destination, l.text, l.label, doc.position(l.offset)) for l in doc.links]
    assert got == [
        ("link", "inline", "docs/guide.md", "the guide", None, (1, 5)),
        ("image", "inline", "img/logo.png", "logo", None, (1, 44)),
        ("link", "full", "https://example.org/ref", "ref link", "Ref", (2, 6)),
        ("link", "collapsed", "https://example.org/ref", "Ref", "Ref", (2, 26)),
        ("link", "shortcut", "https://example.org/ref", "Ref", "Ref", (2, 38)),
        ("link", "autolink", "https://example.com", "https://example.com", None, (2, 48)),
    ]
    assert doc.links[0].title == "Guide"
    assert sorted(doc.references) == ["REF", "UNUSED"]
    assert doc.references["UNUSED"].destination == "./with space.md"
    assert (doc.references["REF"].line, doc.position(doc.references["REF"].offset)) == (5, (5, 1))
    assert [(u.text, u.label, doc.position(u.offset)) for u in doc.unresolved_references] == [
        ("text", "nowhere", (3, 8))
    ]
    assert doc.blocks[0].prose.startswith("See the guide and ")
    prose_maps_back(doc)


def test_link_text_keeps_positions_across_lines_and_quotes():
    src = "> A quote with [a link\n> over lines](x.md) and \"quoted words\" end.\n"
    doc = parse("a.md", src)
    assert word_at(doc, "over") == (2, 3)
    assert word_at(doc, "end") == (2, 40)
    assert [doc.position(l.offset) for l in doc.links] == [(1, 16)]
    quoted = {w.text: w.quoted for w in doc.words}
    assert quoted["quoted"] is True and quoted["words"] is True and quoted["end"] is False
    assert doc.blocks[0].containers == ("blockquote",)
    prose_maps_back(doc)


def test_headings_anchors_explicit_ids_and_html_ids():
    src = (
        "# Usage\n\n## Usage\n\nSetext *Title*\n==============\n\n"
        "### The `run()` function {#run-fn}\n\n<a name=\"legacy\"></a>\n\n"
        "Text <span id='inline-id'>x</span>.\n"
    )
    doc = parse("a.md", src)
    assert [(h.level, h.text, h.anchor, h.explicit_id, h.line, doc.position(h.offset)) for h in doc.headings] == [
        (1, "Usage", "usage", None, 1, (1, 1)),
        (2, "Usage", "usage-1", None, 3, (3, 1)),
        (1, "Setext Title", "setext-title", None, 5, (5, 1)),
        (3, "The run() function", "the-run-function", "run-fn", 8, (8, 1)),
    ]
    assert doc.anchors == {"usage", "usage-1", "setext-title", "the-run-function", "run-fn", "legacy", "inline-id"}
    assert "run-fn" not in doc.blocks[3].prose
    prose_maps_back(doc)


def test_html_ids_are_found_whatever_the_case_of_the_attribute_name():
    # HTML attribute names are case-insensitive; a case-sensitive pre-test once skipped `Id=`
    doc = parse("a.md", '<div Id="upper">x</div>\n\n<a NAME="top"></a>\n\nText <span iD=\'mixed\'>y</span>.\n')
    assert doc.html_ids == {"upper", "top", "mixed"}


def test_html_ids_need_the_attribute_name_at_a_word_start():
    # A word start as \b reads it: after "-" too, so data-id and grid-name count; xid and _id do not.
    # Any case, as re.I reads it: the dotted and the dotless I count as an "i".
    doc = parse("a.md", '<p data-id="a" xid="b" grid-name="c" _id="d" id = "e" name=f>\n\n'
                        '<div NaMe="g" \u0130d="h" \u0131D="j">\nx\n</div>\n')
    assert doc.html_ids == {"a", "c", "e", "f", "g", "h", "j"}


def test_tables_lists_and_footnotes():
    src = (
        "| Name | Notes |\n|------|-------|\n| `x`  | a *b* c |\n\n"
        "1. First item\n   continues here.\n2. Second[^n].\n\n[^n]: The note text.\n"
    )
    doc = parse("a.md", src)
    cells = [(b.kind, b.prose, b.start_line) for b in doc.blocks[:4]]
    assert cells == [
        ("table_cell", "Name", 1), ("table_cell", "Notes", 1),
        ("table_cell", PLACEHOLDER, 3), ("table_cell", "a b c", 3),
    ]
    assert word_at(doc, "c") == (3, 16)
    assert word_at(doc, "continues") == (6, 4)
    assert [(f.label, doc.position(f.offset)) for f in doc.footnote_refs] == [("n", (7, 10))]
    assert doc.footnote_labels == {"n"}
    assert word_at(doc, "note") == (9, 11)
    prose_maps_back(doc)


def test_entities_and_bare_urls():
    src = "Fish &amp; chips &mdash; see https://example.com/a_b or mail me@example.org now.\n"
    doc = parse("a.md", src)
    prose = doc.blocks[0].prose
    assert prose.startswith("Fish & chips \u2014 see " + PLACEHOLDER)
    assert [w.text for w in doc.words] == ["Fish", "chips", "see", "or", "mail", "now"]
    assert word_at(doc, "chips") == (1, 12)
    assert word_at(doc, "now") == (1, 77)


def test_plain_text_documents_split_paragraphs_on_blank_lines():
    src = "First paragraph line one\nline two.\n\n\nSecond [not](a link) `x`.\n"
    doc = parse("notes.txt", src)
    assert not doc.is_markdown
    assert [(b.start_line, b.end_line, b.prose) for b in doc.blocks] == [
        (1, 2, "First paragraph line one\nline two."),
        (5, 5, "Second [not](a link) `x`."),
    ]
    assert doc.links == []
    assert word_at(doc, "two") == (2, 6)


def test_plain_text_underscore_emphasis_leaves_the_prose_as_markdown_takes_it_out():
    # "_the best_" was read as the words "_the" and "best_" (an underscore is a word character):
    # the marks go, as Markdown's parser takes them out, and every word keeps its place
    src = "It is _the best_ port.\nHe wrote _Every one\nknows that_, and _so_.\n"
    doc = parse("a.txt", src)
    assert [b.prose for b in doc.blocks] == ["It is the best port.\nHe wrote Every one\nknows that, and so."]
    assert [(w.text, doc.position(w.offset)) for w in doc.words] == [
        ("It", (1, 1)), ("is", (1, 4)), ("the", (1, 8)), ("best", (1, 12)), ("port", (1, 18)),
        ("He", (2, 1)), ("wrote", (2, 4)), ("Every", (2, 11)), ("one", (2, 17)),
        ("knows", (3, 1)), ("that", (3, 7)), ("and", (3, 14)), ("so", (3, 19)),
    ]
    assert [s.text for s in doc.sentences] == ["It is the best port.", "He wrote Every one\nknows that, and so."]


def test_plain_text_underscore_marks_need_not_pair():
    # texts converted from HTML move the closing mark past the space ("_Every one knows that a
    # large floor _may"): a mark glued to a word's edge goes all the same
    doc = parse("a.txt", "Old. _Every one knows that a floor _may have it.\n")
    assert [b.prose for b in doc.blocks] == ["Old. Every one knows that a floor may have it."]
    assert [(w.text, doc.position(w.offset)) for w in doc.words][1:3] == [("Every", (1, 7)), ("one", (1, 13))]


@pytest.mark.parametrize("line", [
    # underscores inside a word, doubled around a name or standing alone are the text's own
    "Call snake_case and __init__ or __all__ here, a _ b, x__y.",
])
def test_plain_text_underscores_that_are_not_emphasis_stay(line):
    assert [b.prose for b in parse("a.txt", line + "\n").blocks] == [line]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dr. Smith arrived. He left.", ["Dr. Smith arrived.", "He left."]),
        ("Use e.g. Python or i.e. Ruby. Then stop.", ["Use e.g. Python or i.e. Ruby.", "Then stop."]),
        ("The U.S. Army won. It was 3.5 p.m. Friday.", ["The U.S. Army won.", "It was 3.5 p.m. Friday."]),
        ("Wait... and then. Ellipsis... Next.", ["Wait... and then.", "Ellipsis...", "Next."]),
        ('He said "Stop." She did. (Really.) Yes!', ['He said "Stop."', "She did.", "(Really.)", "Yes!"]),
        ("J. R. R. Tolkien wrote it. Version 2.0 is out.", ["J. R. R. Tolkien wrote it.", "Version 2.0 is out."]),
        ("Is it? Yes! 42 is the answer.", ["Is it?", "Yes!", "42 is the answer."]),
        ("Apples, pears, etc. Then more.", ["Apples, pears, etc.", "Then more."]),
        # a semicolon closed inside the quotation marks, then a capital: the writer's next sentence (fix63)
        ('They are known as "hustlers;" Also, the mill is old.', ['They are known as "hustlers;"', "Also, the mill is old."]),
        ("the course of anything;\u201d Citations go back. Next", ["the course of anything;\u201d", "Citations go back.", "Next"]),
        ('He said "no;" then left. A semicolon; Then more.', ['He said "no;" then left.', "A semicolon; Then more."]),
        ('Against the "quintuple treaty;" and his conduct was praised.', ['Against the "quintuple treaty;" and his conduct was praised.']),
    ],
)
def test_sentence_splitter(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_sentences_know_their_words_and_positions():
    doc = parse("a.md", "# Head\n\nOne two. Three\nfour five.\n")
    assert [(s.text, doc.position(s.offset), [w.text for w in s.words]) for s in doc.sentences] == [
        ("Head", (1, 3), ["Head"]),
        ("One two.", (3, 1), ["One", "two"]),
        ("Three four five.", (3, 10), ["Three", "four", "five"]),
    ]
    assert all(doc.sentences[w.sentence].block is w.block for w in doc.words)


def test_quotations():
    text = 'He said "it is the best" and \u201cthe fastest\u201d, but "open'
    spans = [text[s:e] for s, e in find_quotations(text)]
    assert spans == ['"it is the best"', "\u201cthe fastest\u201d"]


@pytest.mark.parametrize("text, spans", [
    # British English and many newspapers quote in single marks, straight or curly
    ("'It is the best we have,' said Lee. Then he left.", ["'It is the best we have,'"]),
    ("She called it \u2018the finest port\u2019 in her talk.", ["\u2018the finest port\u2019"]),
    ("The critics (\u2018easily the best\u2019) agreed.", ["\u2018easily the best\u2019"]),
    # apostrophes are not quotation marks: inside a word, a plural possessive, an elision
    ("It's the users' guide, and we don't care.", []),
    ("In the '90s they had 'em all.", []),
    ("Rock 'n' roll is here.", ["'n'"]),  # an elision on both sides reads as a quotation: one word, harmless
    # a mark that never closes in the block, or closes too far away, opens nothing
    ("He said 'no and walked off.", []),
    ("'" + "word " * 130 + "end' here.", []),
    # a single pair inside a double quotation belongs to it; both kinds in one block, in order
    ('He said "the \'best\' one" and \'the worst\' too.', ['"the \'best\' one"', "'the worst'"]),
])
def test_single_quotations(text, spans):
    assert [text[s:e] for s, e in find_all_quotations(text)] == spans


@pytest.mark.parametrize("text, spans", [
    # emphasis a plain-text writer puts around a quotation does not stop it opening; the span
    # takes the markers in, as many after the closing mark as before the opening one
    ('Morton wrote: *"Nobody knows when."* Then.', ['*"Nobody knows when."*']),
    ('It is _"the best"_ and **"the first"**, they say.', ['_"the best"_', '**"the first"**']),
    ("She called it *'the finest port'* in her talk.", ["*'the finest port'*"]),
    # a marker glued to a word before the mark is not emphasis around a quotation
    ('a*"b"* c', []),
    ("x_'a' b", []),
])
def test_quotations_inside_emphasis(text, spans):
    assert [text[s:e] for s, e in find_all_quotations(text)] == spans


def test_a_quotation_in_emphasis_is_quoted_in_plain_text():
    src = 'Morton wrote about releases:\n\n\t*"Nobody knows when a kernel will be released,\n\tnot by any timeline."*\n'
    doc = parse("a.txt", src)
    quoted = [(w.text, doc.position(w.offset), w.quoted) for w in doc.words if w.text in ("Nobody", "timeline", "Morton")]
    assert quoted == [("Morton", (1, 1), False), ("Nobody", (3, 4), True), ("timeline", (4, 13), True)]
    last = doc.sentences[-1]
    assert (doc.position(last.offset), last.quoted) == ((3, 2), True)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plain-text list item on its own line after a final mark is a sentence of its own
        ("Read it (see\n  howto.rst).\n* What changed, and why is it correct?\n* How was it tested?",
         ["Read it (see\n  howto.rst).", "* What changed, and why is it correct?", "* How was it tested?"]),
        ("Do this.\n- the next step.\n+ a last one\n\u2022 Bullet.", ["Do this.", "- the next step.", "+ a last one\n\u2022 Bullet."]),
        # emphasis, a negative number, or a bullet on the same line are not a new item
        ("He said so.\n*really* he did. Down by 5.\n-1 is it. Then - so.", ["He said so.\n*really* he did.", "Down by 5.\n-1 is it.", "Then - so."]),
    ],
)
def test_plain_text_list_items_start_sentences(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sentence or a quotation closed inside plain-text emphasis ends after the markers
        ('*"Why did you? Surely it is better."* First, no.', ['*"Why did you?', 'Surely it is better."*', "First, no."]),
        ("*It works.* Then more. __Done!__ Next.", ["*It works.*", "Then more.", "__Done!__", "Next."]),
        # markers before a lower-case word still continue the sentence
        ("It is *so.* and more.", ["It is *so.* and more."]),
    ],
)
def test_sentences_end_after_emphasis(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_a_whole_quotation_in_emphasis_is_quoted_sentence_by_sentence():
    src = 'A reader asks:\n\n*"Why C? Surely Delphi is the best."* First, no.\n'
    doc = parse("a.txt", src)
    assert [(s.text, doc.position(s.offset), s.quoted) for s in doc.sentences] == [
        ("A reader asks:", (1, 1), False),
        ('*"Why C?', (3, 1), True),
        ('Surely Delphi is the best."*', (3, 10), True),
        ("First, no.", (3, 39), False),
    ]


def test_plain_text_list_items_are_sentences_with_positions():
    src = "Answer these (see\nhowto.rst).\n* What was changed, and why is it correct?\n* How was it tested?\n"
    doc = parse("a.txt", src)
    assert [(s.text, doc.position(s.offset)) for s in doc.sentences] == [
        ("Answer these (see\nhowto.rst).", (1, 1)),
        ("* What was changed, and why is it correct?", (3, 1)),
        ("* How was it tested?", (4, 1)),
    ]
    assert word_at(doc, "What") == (3, 3)


def test_words_in_single_quotation_marks_are_quoted():
    doc = parse("a.md", "He wrote 'the best port in Europe' in 2020.\n")
    quoted = {w.text: w.quoted for w in doc.words}
    assert quoted["best"] is True and quoted["Europe"] is True
    assert quoted["wrote"] is False and quoted["in"] is False and quoted["2020"] is False


def test_unterminated_constructs_do_not_break_positions():
    src = "A [link with no end and `code with no end and <span unclosed\nnext line word.\n"
    doc = parse("a.md", src)
    assert word_at(doc, "word") == (2, 11)
    prose_maps_back(doc)


# --- citation markers and numbers (issue 11) ----------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was founded in 1990.[3] The city grew.", ["It was founded in 1990.[3]", "The city grew."]),
        ("It grew.[a] Then.", ["It grew.[a]", "Then."]),
        ("Ports.[3][4] Roads.[12] Rails.", ["Ports.[3][4]", "Roads.[12]", "Rails."]),
        ("It rose.[citation needed] It fell.", ["It rose.[citation needed]", "It fell."]),
        ('He said "stop."[5] Then left.', ['He said "stop."[5]', "Then left."]),
        ("The bridge opened in 1932.\u00b9 It carried trains.", ["The bridge opened in 1932.\u00b9", "It carried trains."]),
        ("Dr.[3] Smith stays one.", ["Dr.[3] Smith stays one."]),
        ("Before a lower-case word.[3] it goes on.", ["Before a lower-case word.[3] it goes on."]),
    ],
)
def test_sentence_ends_after_citation_markers(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_citation_markers_are_not_words_and_numbers_are_one():
    src = "In 1990.[3] About 500,000 people,[9][10] 1,234.56 tonnes and a 10,000-strong crowd.\u00b9 Then 1,2345 and 3,5.\n"
    doc = parse("a.md", src)
    assert [(s.text, [w.text for w in s.words]) for s in doc.sentences] == [
        ("In 1990.[3]", ["In", "1990"]),
        (
            "About 500,000 people,[9][10] 1,234.56 tonnes and a 10,000-strong crowd.\u00b9",
            ["About", "500,000", "people", "1,234.56", "tonnes", "and", "a", "10,000-strong", "crowd"],
        ),
        ("Then 1,2345 and 3,5.", ["Then", "1", "2345", "and", "3", "5"]),
    ]
    assert word_at(doc, "500,000") == (1, 19)
    assert word_at(doc, "1,234.56") == (1, 42)
    assert word_at(doc, "10,000-strong") == (1, 64)


def test_a_bracket_after_a_space_is_text():
    # "[3]" after a space is text; a marker-like "[2]" or "[g]" glued to a word or a bracket is not
    # a word (a label left as text: "[Guide][g]" with no definition).
    doc = parse("a.md", "Element [3] of the array and x[2]; see [Guide][g] and [Guide][guide] too.\n")
    assert [w.text for w in doc.words] == [
        "Element", "3", "of", "the", "array", "and", "x", "see", "Guide", "and", "Guide", "guide", "too"
    ]


def test_duplicate_definitions_on_lines_with_several_colons_and_in_quotes():
    src = ("See [a] and [b].\n\n[a]: /one \"t]: x\"\n> [b]: /two\n> [B]: /three\n"
           "\nText ]: here.\n\n[A]: /four\n")
    doc = parse("a.md", src)
    assert [(r.key, r.destination) for r in doc.references.values()] == [("A", "/one"), ("B", "/two")]
    assert [(r.label, r.destination, doc.position(r.offset)) for r in doc.duplicate_references] == [
        ("B", "/three", (5, 3)), ("A", "/four", (9, 1))]


def test_parser_byte_ranges_map_to_characters_across_wide_text():
    # 2-, 3- and 4-byte characters before the words: the parser counts bytes, the Document characters.
    src = "- é 日本 😀 *item* one\n- [x] done [ref][]\n\n> 語 `c` [a](b) end\n\n[ref]: /r\n[REF]: /again\n"
    doc = parse("a.md", src)
    assert [(b.kind, b.prose, b.containers) for b in doc.blocks] == [
        ("paragraph", "é 日本 😀 item one", ("list_item",)),
        ("paragraph", "done ref", ("list_item",)),  # the task-list box is no prose
        ("paragraph", f"語 {PLACEHOLDER} a end", ("blockquote",)),
    ]
    assert word_at(doc, "item") == (1, 11)
    assert word_at(doc, "done") == (2, 7)
    assert word_at(doc, "end") == (4, 16)
    assert [(l.style, l.label, l.destination, doc.position(l.offset)) for l in doc.links] == [
        ("collapsed", "ref", "/r", (2, 12)), ("inline", None, "b", (4, 9))]
    assert [(r.label, r.line, doc.position(r.offset)) for r in doc.duplicate_references] == [("REF", 7, (7, 1))]
    prose_maps_back(doc)


def test_unresolved_references_of_images_and_collapsed_labels():
    src = "Text ![logo][nope] and [Some Label][] and [x] end.\n"
    doc = parse("a.md", src)
    assert [(u.text, u.label, doc.position(u.offset)) for u in doc.unresolved_references] == [
        ("logo", "nope", (1, 7)), ("Some Label", "Some Label", (1, 24))]


def test_a_link_around_an_image_keeps_its_own_label_and_destination():
    src = "[![npm][badge]][home] [![x](a.svg)](<>) [![y](b.svg)](#)\n\n[badge]: /b.svg\n[home]: /h\n"
    doc = parse("a.md", src)
    assert [(l.kind, l.style, l.label, l.destination, doc.position(l.offset)) for l in doc.links] == [
        ("image", "full", "badge", "/b.svg", (1, 2)),
        ("link", "full", "home", "/h", (1, 1)),
        ("image", "inline", None, "a.svg", (1, 24)),
        ("link", "inline", None, "", (1, 23)),
        ("image", "inline", None, "b.svg", (1, 42)),
        ("link", "inline", None, "#", (1, 41)),
    ]


def test_positions_of_many_offsets_equal_position_of_each():
    doc = parse("a.md", "ab\n\ncd é\nlast line")
    offsets = list(range(len(doc.text)))
    lines, cols = doc.positions(offsets)
    assert list(zip(lines, cols)) == [doc.position(o) for o in offsets]
    assert doc.positions([0, 4, 9]) == ([1, 3, 4], [1, 1, 1])


def test_plain_text_mail_quotes_are_blockquote_paragraphs_of_their_own():
    doc = parse("mail.txt", "I wrote:\n> quoted one\n>> quoted two\n# hashed\nReply here.\n")
    assert [(b.start_line, b.end_line, b.containers) for b in doc.blocks] == [
        (1, 1, ()), (2, 4, ("blockquote",)), (5, 5, ())]
    # "#" quotes only when a space or the end of the line follows it: "#1" is a number.
    doc = parse("note.txt", "#1 choice for teams.\n")
    assert [b.containers for b in doc.blocks] == [()]


def test_plain_text_quotes_marked_with_the_quoted_writers_initials_are_blockquotes():
    # supercite's "GAB> ": a capital and at most three more letters before ">", then a space or
    # the line's end; not a longer word, a lower-case one, or ">" glued to the next word
    doc = parse("mail.txt", "GAB> it is certainly true\nGAB>\nR> and obviously so\nNo, it is not.\n")
    assert [(b.start_line, b.end_line, b.containers) for b in doc.blocks] == [
        (1, 3, ("blockquote",)), (4, 4, ())]
    for line in ("Hello> there\n", "gab> there\n", "R>there\n", "x > y holds\n"):
        assert [b.containers for b in parse("note.txt", line).blocks] == [()], line


def test_ascii_heading_anchors_and_inline_destinations_as_written():
    # ASCII anchors drop what is not a letter, digit, "_", "-" or space (a tab too); a destination
    # with no white space, bracket or backslash is taken as written, any other is parsed.
    doc = parse("a.md", "# What's new? (v2.0) C++ & co_op!\n\n## Tab\tand ~tilde~ [link](x) `code` @at #hash\n\n"
                        '[a](<b c>) [d](e\\f) [g]( h ) [i](j(k)) [l](m "t")\n')
    assert [h.anchor for h in doc.headings] == ["whats-new-v20-c--co_op", "taband-tilde-link-code-at-hash"]
    assert [link.destination for link in doc.links] == ["x", "b c", "e\\f", "h", "j(k)", "m"]


def test_a_sentences_quoted_flags_are_its_words():
    # WordSpan.quoted(): all False at once for a sentence that quotes nothing, else each word's flag
    doc = parse("doc.md", 'He said "it is the best" today. Nothing quoted here. "All of it."\n')
    assert any(w.quoted for w in doc.words) and not all(w.quoted for w in doc.words)
    for sentence in doc.sentences:
        assert sentence.words.quoted() == [w.quoted for w in sentence.words]
    assert doc.sentences[1].words.quoted() == [False] * len(doc.sentences[1].words)


def test_broken_and_defined_references_after_non_ascii_text_map_to_characters():
    """The builder makes its byte-to-character map after handing the parser the text; the
    parser's broken-link calls (read as the events are) and the definitions still get
    character offsets."""
    doc = parse("x.md", "Caf\u00e9 \u65e5\u672c [see this][nolabel] and [ref].\n\n[ref]: https://example.com\n")
    assert [(u.text, u.label, u.offset) for u in doc.unresolved_references] == [("see this", "nolabel", 8)]
    assert [(link.text, link.destination, link.offset) for link in doc.links] == [
        ("ref", "https://example.com", 32)]
    assert (doc.references["REF"].offset, doc.references["REF"].line) == (40, 3)


def test_plain_text_restructuredtext_titles_are_headings():
    # A title underlined, or over- and underlined, with a run of one character as long as the
    # title is a heading, not prose (issue 11: headings are reference text); levels go by the
    # order of the styles; text right under the underline is a paragraph of its own.
    src = ("==========\nOverview\n==========\n\nWhy is it the best tool?\n"
           "------------------------\nThe body starts here.\n\nMore text.\n^^^^\n\n"
           "Short\n-----\n\n  Indented\n  --------\n")
    doc = parse("a.txt", src)
    assert [(b.kind, b.start_line, b.end_line, b.level, b.prose) for b in doc.blocks] == [
        ("heading", 2, 2, 1, "Overview"),
        ("heading", 5, 5, 2, "Why is it the best tool?"),
        ("paragraph", 7, 7, 0, "The body starts here."),
        ("paragraph", 9, 10, 0, "More text.\n^^^^"),  # an underline shorter than the line
        ("heading", 12, 12, 2, "Short"),
        ("paragraph", 15, 16, 0, "  Indented\n  --------"),  # indented: a quotation, no title
    ]
    assert [(h.line, h.text, h.anchor, h.offset) for h in doc.headings] == [
        (2, "Overview", "overview", 11), (5, "Why is it the best tool?", "why-is-it-the-best-tool", 32),
        (12, "Short", "short", src.index("Short"))]
    # An overline with no matching underline, a title that is itself a rule, a mail quote: no title.
    doc = parse("b.txt", "=====\nText\n-----\n\n-----\n=====\n\n# quoted line\n-------------\n")
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph", "paragraph", "paragraph"]


def test_plain_text_numbered_section_titles_are_headings():
    src = ("4.1.1. The Early Packaging System\n\nA.5.3 What was the Revolution\n\n"
           "2. It was the best year.\n\n12 Angry Men\nwere there.\n")
    doc = parse("a.txt", src)
    assert [(b.kind, b.start_line, b.level) for b in doc.blocks] == [
        ("heading", 1, 3), ("heading", 3, 3), ("paragraph", 5, 0), ("paragraph", 7, 0)]


def test_plain_text_pod_commands_are_headings_or_left_out():
    # Perl's POD read as plain text (fixes44): "=head1" to "=head6" are headings of their level;
    # "=pod", "=encoding", "=over", "=item", "=back", "=cut" are markup; "=item *"'s text is the
    # item's prose, an "=item" term's paragraph is all term; "=for" and "=begin" ... "=end" are a formatter's; once a command is met, an
    # indented paragraph is verbatim code. "=====" and "=foo" are no commands.
    src = ("=pod\n\n=encoding utf8\n\n=head1 ONE OF THE OLDEST\n\nIt is the oldest module.\n\n"  # 1-7
           "=over 4\n\n=item * Fast parsing\nof dates.\n\n=item B<Week numbers>\nare best\n\nThe weeks.\n\n"  # 9-17
           "=back\n\n  my $d = ParseDate('today');\n  # the best date\n\n=begin html\n\n<p>The best</p>\n\n=end html\n\n"  # 19-28
           "=for text The worst.\n\n=head2   Why?\n\n=foo bar\n\n=====\n\n=cut\n")  # 30-38
    doc = parse("a.pod", src)
    assert not doc.is_markdown  # a .pod file is plain text, with its commands
    assert [(b.kind, b.start_line, b.level, b.prose) for b in doc.blocks] == [
        ("heading", 5, 1, "ONE OF THE OLDEST"),
        ("paragraph", 7, 0, "It is the oldest module."),
        ("paragraph", 11, 0, "Fast parsing\nof dates."),
        ("paragraph", 17, 0, "The weeks."),
        ("heading", 32, 2, "Why?"),
        ("paragraph", 34, 0, "=foo bar"),
        ("paragraph", 36, 0, "====="),
    ]
    assert doc.blocks[2].source_offset(0) == src.index("Fast parsing")
    assert [(h.line, h.text, h.anchor, h.offset) for h in doc.headings] == [
        (5, "ONE OF THE OLDEST", "one-of-the-oldest", src.index("ONE")), (32, "Why?", "why", src.index("Why?"))]
    assert doc.code_lines == {21, 22}
    # Lines ended "\r\n" are read the same.
    doc = parse("c.txt", "=head1 Title\r\n\r\n=cut\r\n\r\n=item *\r\n\r\nText here.\r\n")
    assert [(b.kind, b.prose) for b in doc.blocks] == [("heading", "Title"), ("paragraph", "Text here.\r")]
    # Before any command an indented paragraph is prose, as in any plain text.
    doc = parse("b.txt", "  Indented words here.\n\n=head1 Title\n")
    assert [(b.kind, b.prose) for b in doc.blocks] == [("paragraph", "  Indented words here."), ("heading", "Title")]


def test_plain_text_pod_formatting_codes_are_read_as_markdown_reads_code_and_links():
    # POD's inline codes (forty-fifth session): C<> and F<> are code (a placeholder, as a code
    # span), L<page> a link to a manual page (a placeholder), L<https://...> a web address (the
    # placeholder on the address, a source), L<text|target> keeps its text; B<>, I<>, S<> keep
    # theirs; E<>, X<>, Z<> are blanked; the doubled form ends at white space and ">>". Every
    # character keeps its place. Outside POD, and for a code left open, nothing changes.
    src = ("=head1 Use\n\n"
           "Call C<open> or C<< $a->[0] >> from F</etc/x>E<gt> X<idx>B<never I<quite>> "
           "L<perlfunc/open>, L<the manual|perlfunc> and L<the site|https://a.org/x> (L<https://b.org>).\n"
           "A HashMap<K> and a stray C< stay.\n")
    doc = parse("a.pod", src)
    prose = doc.blocks[1].prose
    assert len(prose) == len(src) - src.index("Call") - 1
    assert " ".join(prose.split()) == (
        "Call \x00 or \x00 from \x00 never quite \x00 , the manual and the site \x00 ( \x00 ).\n"
        "A HashMap<K> and a stray C< stay.".replace("\n", " "))
    at = prose.index("never")
    assert doc.blocks[1].source_offset(at) == src.index("never")
    # the addresses are read as bare URLs are: where each placeholder stands, the address
    places = [i for i, c in enumerate(prose) if c == "\x00"]
    assert [src[doc.blocks[1].source_offset(i):][:8] for i in places[-2:]] == ["https://", "https://"]
    # a Markdown-free plain text page with no POD command is left as written
    doc = parse("b.txt", "Use C<open> here.\n")
    assert doc.blocks[0].prose == "Use C<open> here."


def test_markdown_keeps_commonmark_for_underlines():
    # In Markdown a "~~~" line opens a fence and "^^^^" continues the paragraph: unchanged.
    doc = parse("a.md", "Title\n^^^^^\n\nText here.\n\nOther\n~~~~~\n\ncode\n")
    assert [(b.kind, b.start_line) for b in doc.blocks] == [("paragraph", 1), ("paragraph", 4), ("paragraph", 6)]
