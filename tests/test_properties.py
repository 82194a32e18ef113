"""Property-based tests: generated Markdown and arbitrary text never break the Document, every
prose character maps to a real source position, and every diagnostic lies inside its file."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from prosecheck.document import parse
from prosecheck.sentences import PLACEHOLDER
from prosecheck.testing import lint

FRAGMENTS = [
    "# ", "## ", "> ", "- ", "1. ", "    ", "\t", "\n", "\n\n", "\r\n", "*", "**", "_", "`", "```\n",
    "[", "]", "(", ")", "![", "](", "<", ">", "<!--", "-->", "<!-- noqa -->", "&amp;", "&#10003;",
    "\\", "|", "---\n", "[^1]", "[^1]: ", "[a]: /x\n", "{#id}", "http://x.y/z", "a@b.co", '"', "\u201c",
    "\u201d", "...", ". ", "! ", "? ", "Dr. ", "e.g. ", "word", "the the", "Caf\u00e9", "\u65e5\u672c",
    "\U0001F600", "\u00a0", "~~", "the best", "clearly", "reportedly", "world-class",
]

markdownish = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)
anything = st.text(max_size=300)
documents = st.one_of(markdownish, anything, st.tuples(markdownish, anything).map("".join))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def normalised(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@SETTINGS
@given(documents)
@example("&amp;&#10003;")  # found by Hypothesis: the "&" of "&amp;" was taken for a literal "&"
def test_document_never_raises_and_prose_maps_into_the_source(text):
    text = normalised(text)
    doc = parse("g.md", text)
    assert doc.text == text.replace("\x00", "\ufffd")  # NUL becomes U+FFFD, as markdown-it does
    text = doc.text
    for block in doc.blocks:
        for i, ch in enumerate(block.prose):
            offset = block.source_offset(i)
            assert 0 <= offset <= max(len(text) - 1, 0)
            if ch not in (" ", PLACEHOLDER) and text:
                assert text[offset] == ch or text[offset] in "&\\", (text, block.prose, i)
    for word in doc.words:
        line, col = doc.position(word.offset)
        assert 1 <= line <= len(doc.lines) and 1 <= col <= len(doc.lines[line - 1]) + 1
    for link in doc.links:
        assert text[link.offset] in "[!<" or link.style == "autolink", (text, link)


@SETTINGS
@given(documents)
def test_plain_text_documents_never_raise(text):
    doc = parse("g.txt", normalised(text))
    assert all(w.text for w in doc.words)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_every_diagnostic_lies_inside_the_file_and_runs_agree(text):
    text = normalised(text)
    first = lint(text, path="g.md")
    assert not [d for d in first if d.code.startswith("PC")], first
    lines = text.split("\n")
    for d in first:
        assert 1 <= d.line <= len(lines), d
        assert 1 <= d.col <= len(lines[d.line - 1]) + 1, d
    assert lint(text, path="g.md") == first


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(documents, min_size=4, max_size=8))
def test_output_is_the_same_with_any_number_of_jobs(tmp_path_factory, texts):
    from prosecheck.check import Context
    from prosecheck.files import FileItem
    from prosecheck.plugins import get_registry
    from prosecheck.runner import Settings, run
    from prosecheck.selection import Selector

    folder = tmp_path_factory.mktemp("jobs")
    items = []
    for i, text in enumerate(texts):
        path = folder / f"d{i}.md"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))  # lone surrogates: a PC001 file
        items.append(FileItem(str(path), str(path)))
    reg = get_registry()
    settings = Settings(Selector(), {}, Context(root=str(folder)), root=str(folder))
    one = run(items, reg, settings, jobs=1).diagnostics
    two = run(items, reg, settings, jobs=2).diagnostics
    assert one == two
