"""The Document builder's C walk (``prosecheck._native._build``) against its Python walk, which is the
reference: identical or it does not ship (issue 14, twenty-seventh session).

Both walks build a Document from the same text; every field the builder fills must be equal (blocks
with their prose, runs, lines, levels and containers; links; references; headings; footnotes; HTML
ids and headings; unresolved references; code lines), and the Blocks and Links must hold their
fields in the dataclasses' order. The texts are generated from the constructs the walk handles
(links of every style, images, autolinks, code, HTML, tables, lists, quotes, footnotes, entities,
escapes, non-ASCII text of every UTF-8 width, breaks). Skipped where the extension was not built (an
install without a C compiler runs the Python path).
"""

from __future__ import annotations

import os
import subprocess
import sys
from array import array

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prosecheck import _native, markdown_prose
from prosecheck.document import parse

_build = pytest.importorskip("prosecheck._native._build")


def fields(doc) -> list:
    index = {id(b): i for i, b in enumerate(doc.blocks)}

    def at(block):
        return None if block is None else index.get(id(block), "elsewhere")

    out: list = [("B", list(vars(b)), b.kind, b.start_line, b.end_line, b.prose, list(b.runs), b.level,
                  b.containers) for b in doc.blocks]
    out += [("L", list(vars(k)), k.kind, k.style, k.destination, k.offset, k.text, k.label, k.title,
             at(k.block), k.prose_start, k.prose_end) for k in doc.links]
    out += [("R", key, r.label, r.key, r.destination, r.title, r.line, r.offset)
            for key, r in doc.references.items()]
    out += [("D", r.label, r.key, r.destination, r.title, r.line, r.offset) for r in doc.duplicate_references]
    out += [("H", list(vars(h)), h.level, h.text, h.anchor, h.offset, h.line, at(h.block), h.explicit_id) for h in doc.headings]
    out += [("F", f.label, f.offset, at(f.block), f.prose_offset) for f in doc.footnote_refs]
    out += [("FL", sorted(doc.footnote_labels)), ("HI", sorted(doc.html_ids)), ("HH", doc.html_headings),
            ("U", [(u.text, u.label, u.offset) for u in doc.unresolved_references]),
            ("C", sorted(doc.code_lines)), ("LS", list(doc._line_starts))]
    return out


def build(text: str, native: bool):
    saved = _native.build
    _native.build = _build if native else None
    try:
        return fields(parse("a.md", text))
    except Exception as exc:  # noqa: BLE001 - a failure is part of what is compared
        return ("failed", type(exc).__name__, str(exc))
    finally:
        _native.build = saved


def assert_same(text: str) -> None:
    assert build(text, True) == build(text, False), repr(text)


# Pieces of Markdown, each a construct the walk treats on its own, joined at random (with and
# without blank lines and indentation, so lists, quotes and tables nest and lazy lines continue).
_INLINE = [
    "word", "two words", "caf\u00e9", "\u65e5\u672c\u8a9e", "\U0001f600", "\u00e9\u65e5\U0001f600x",
    "*em*", "**strong**", "~~gone~~", "`code`", "``a ` b``", "`\u00e9`", "&amp;", "&copy;", "&#233;", "\\*",
    "\\[", "[link](https://example.com)", "[link](<a b> \"t\")", "[t](url 'title')", "[t](a(b)c)",
    "[t](a\\)b)", "[t]()", "[t]( x )", "[\u00e9](\u00e9)", "[ref][r1]", "[r1][]", "[r1]", "[missing][nope]",
    "[nope][]", "![alt](img.png)", "![alt *x*](i.png \"T\")", "![r1]", "[![img](i.png)](dest)",
    "[a `b]` c](d)", "[a [b] c](d)", "<https://example.org>", "<me@example.com>", "<mailto:x@y.z>",
    "https://bare.example.com/x", "www.example.com", "a@b.co", "<span id=\"s1\">x</span>", "<b>", "</b>",
    "[^1]", "[^note]", "  \n", "\\\n", "\n", " ", "[x]", "]", "[", "(", ")", "<", "{#custom}",
]
_BLOCKS = [
    "# Heading", "## Heading *em* {#hid}", "### `code` heading", "Title\n=====", "Sub\n---",
    "- item", "* item\n* item", "1. one\n2. two", "- [ ] task\n- [x] done", "  - nested",
    "> quote", "> > deep", "```\ncode\n```", "```py\nx = 1\n```", "    indented code", "~~~\n\u00e9\n~~~",
    "<div id=\"d1\">\n<h2>HTML heading</h2>\n</div>", "<!-- comment -->", "<p name='n1'>x</p>",
    "| a | b |\n| - | - |\n| [x](y) | `z` |", "| \u00e9 |\n|---|\n| \u65e5 |",
    "[r1]: https://r.example \"R title\"", "[r1]: dup", "[R1]: <spaced dest>", "[^1]: A footnote.",
    "[^note]:\n    Long footnote.", "***", "---", "",
]
_PIECE = st.one_of(
    st.lists(st.sampled_from(_INLINE), min_size=1, max_size=8).map("".join),
    st.sampled_from(_BLOCKS),
    st.text(alphabet="ab \u00e9\u65e5\U0001f600*_`[]()<>!#-\n&;\\|:{}", max_size=12),
)
_DOCUMENT = st.lists(st.tuples(_PIECE, st.sampled_from(["\n\n", "\n", " ", "\n  ", "\n> ", "\n- "])),
                     max_size=14).map(lambda parts: "".join(p + sep for p, sep in parts))


@settings(max_examples=700, deadline=None)
@given(_DOCUMENT)
def test_both_walks_build_the_same_document(text):
    assert_same(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_both_walks_agree_on_any_text(text):
    assert_same(text)


@pytest.mark.parametrize("text", [
    "",
    "plain",
    "# Title\n\nA [link](https://example.com \"Title\") and an ![image](a.png).\n",
    "- an item with <https://example.org>\n- [reference][ref]\n\n[ref]: https://example.net\n",
    "| a | b |\n| - | - |\n| [x](y) | z |\n",
    "caf\u00e9 \u65e5\u672c [\u00e9](x) `\U0001f600` &amp; \\* end\n\n## \u00e9 {#id}\n",
    "> - [![i](p)](q)\n>   text [^1]\n\n[^1]: note <a name=\"n\">x</a>\n",
    "---\ntitle: x\n---\n\n<div>\n<h3 id=\"h\">T</h3>\n</div>\n\n```\ncode\n```\n[a][b] [c][]\n",
    "[a](b\n[c](d) e\n",
])
def test_fixtures(text):
    assert_same(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="a\n\r \u00e9\u65e5\U0001f600\x00\u2028\x85", max_size=40))
def test_line_starts_as_the_python_path_makes_them(text):
    lines = text.split("\n")
    lines.pop()
    expected = [0]
    for line in lines:
        expected.append(expected[-1] + len(line) + 1)
    got = array("q")
    got.frombytes(_build.line_starts(text))
    assert list(got) == expected


def test_the_native_walk_is_used_and_can_be_turned_off():
    assert markdown_prose._builder_class().__mro__[1] is _build.Walker
    saved = _native.build
    _native.build = None
    try:
        assert markdown_prose._builder_class() is markdown_prose._Builder
    finally:
        _native.build = saved


def test_pure_python_environment_variable_turns_the_walk_off():
    env = dict(os.environ, PROSECHECK_PURE_PYTHON="1")
    code = "from prosecheck import _native; print(_native.build)"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "None"
