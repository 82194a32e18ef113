"""Markdown to prose: the only module that knows the parser (pulldown-cmark, through pyromark).

One pass over pyromark's ``events_with_range``: every event carries the byte range it came from,
inline text included, so each prose character is mapped to its source offset directly (no search).
What is not prose is replaced, not dropped, where a reader would see something: a code span or an
autolink becomes one placeholder, inline HTML and an image one space; link destinations, footnote
references, code blocks, HTML blocks and front matter leave nothing.

The builder is a pipeline, ``text -> events -> blocks/prose``: :func:`fill_from_markdown` takes a
Document whose ``text`` is final (a dialect pass that rewrites the source keeping every line's
length runs before it) and fills its blocks, links, references, headings and anchors.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

import pyromark

from prosecheck import _native
from prosecheck.lazyre import lazy
from prosecheck.prose_model import (
    Block,
    FootnoteRef,
    Heading,
    Link,
    Reference,
    UnresolvedReference,
    mask_bare_urls,
    reference_key,
)
from prosecheck.sentences import PLACEHOLDER
from prosecheck.slugs import SlugCounter
from prosecheck.utf8_offsets import Utf8Offsets

_O = pyromark.Options
_new = object.__new__
# CommonMark plus GitHub's tables, strikethrough, task lists and footnotes, and YAML front matter.
# Heading attributes stay off: GitHub does not read them, and pulldown-cmark would take any
# trailing "{...}" off the heading; a trailing {#id} is read below, as before.
OPTIONS = (
    _O.ENABLE_TABLES
    | _O.ENABLE_FOOTNOTES
    | _O.ENABLE_STRIKETHROUGH
    | _O.ENABLE_TASKLISTS
    | _O.ENABLE_YAML_STYLE_METADATA_BLOCKS
)

# "id" or "name" at a word's start, in any case (HTML attribute names are case-insensitive). The
# first letter is a class, without re.I, so the engine skips to a letter that can start one in C
# (re.I with a leading \b tried a match at every character of the HTML); the classes hold every
# character re.I matched ("\u0130" and "\u0131" for "i"), the look-behinds the \b and the pairing.
_HTML_ID_RE = lazy(
    r"[iI\u0130\u0131nN](?<=\b[iI\u0130\u0131nN])(?:(?<=[iI\u0130\u0131])[dD]|(?<=[nN])[aA][mM][eE])"
    r"""\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_HEADING_ID_RE = lazy(r"\{#([^\s}]+)\}")
_HTML_HEADING_RE = lazy(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.I | re.S)
_TAG_RE = lazy(r"<[^>]*>")
# A line that may hold a link reference definition (inside block quotes too): for duplicates,
# which the parser drops without a trace.
_DEFINITION_LINE_RE = lazy(r"^(?:[ \t]*>)*[ \t]{0,3}\[((?:[^\[\]\\\n]|\\.){1,999})\]:", re.M)

_STYLES = {"Inline": "inline", "Reference": "full", "Collapsed": "collapsed", "Shortcut": "shortcut",
           "ReferenceUnknown": "full", "CollapsedUnknown": "collapsed",
           "ShortcutUnknown": "shortcut", "Autolink": "autolink", "Email": "autolink"}


class _Builder:
    """One document's walk over the events."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.src = doc.text
        self.at: Optional[Utf8Offsets] = None  # made in run(), after the parser has the text
        # The line of an offset: bisect_right(line_starts, offset). A list for the walk, not the
        # Document's array: bisection reads an array through a new integer object per probe.
        self.line_starts = doc._line_starts.tolist()
        self.slug = SlugCounter()
        self.containers: list[str] = []
        self.enclosing: tuple = ()  # tuple(self.containers), made when they change, not per block
        self.block: Optional[Block] = None
        self.implicit = False  # the block is the text of a tight list item: no Paragraph event
        self.parts: list[str] = []
        self.plain: list[str] = []  # the text as rendered, code included: heading anchors, link text
        self.length = 0
        self.block_end = 0
        self.links: list[tuple[Link, int, int]] = []  # open links: (link, plain index, source end)
        self.autolink = 0  # inside an autolink: its text is not prose
        self.skip = 0  # inside code, an HTML block or front matter
        self.html: list[str] = []
        self.skip_kind = ""  # what skip is inside: "CodeBlock", "MetadataBlock" or "HtmlBlock"
        self.last_inline_end = 0
        self.covered: list[tuple[int, int]] = []  # source ranges of blocks: no definitions there
        self.unresolved: dict[int, tuple[int, str, str]] = {}

    # --- blocks ------------------------------------------------------------------------------
    def open_block(self, kind: str, start: int, end: int, level: int = 0) -> None:
        line = bisect_right(self.line_starts, start)
        # Block(kind, line, line, "", [], level, self.enclosing), its fields set here: calling the
        # dataclass goes through its generated __init__ (a Python frame, entered from C), which
        # cost twice the object itself, once per block. tests/test_markdown_prose_objects.py
        # holds the fields equal, in order, to the dataclass's.
        block = _new(Block)
        block.kind = kind
        block.start_line = line
        block.end_line = line
        block.prose = ""
        block.runs = []
        block.level = level
        block.containers = self.enclosing
        block._starts = None
        self.block = block
        self.block_end = end
        self.parts = []
        self.plain = []
        self.length = 0

    def close_block(self) -> None:
        block = self.block
        if block is None:
            return
        self.block = None
        self.implicit = False
        end = self.block_end
        if self.last_inline_end > end:
            end = self.last_inline_end
        end_line = bisect_right(self.line_starts, end - 1 if end > 0 else 0)
        block.end_line = end_line if end_line > block.start_line else block.start_line
        prose = "".join(self.parts)
        if "://" in prose or "www." in prose or "@" in prose:
            prose = mask_bare_urls(prose)
        block.prose = prose
        if block.kind == "heading":
            self.add_heading(block)
        self.doc.blocks.append(block)

    def emit(self, text: str, source: int) -> None:
        """``text`` came verbatim from ``source``."""
        if not text:
            return
        runs = self.block.runs
        n = len(text)
        if runs:
            p, s, m = runs[-1]
            if p + m == self.length and s + m == source:
                runs[-1] = (p, s, m + n)
                self.parts.append(text)
                self.length += n
                return
        runs.append((self.length, source, n))
        self.parts.append(text)
        self.length += n

    def emit_text(self, text: str, start: int, end: int) -> None:
        if end - start == len(text) and self.src.startswith(text, start):
            self.emit(text, start)
            return
        # An entity or an escape: the characters map to where the construct starts, or to the
        # same character when the source has it there.
        src = self.src
        for i, ch in enumerate(text):
            j = start + i
            self.emit(ch, j if j < end and src[j] == ch else start)

    # --- the walk ----------------------------------------------------------------------------
    def run(self) -> None:
        doc = self.doc
        src = self.src
        try:
            # The parser is handed the text before Utf8Offsets encodes it: taking the text, it
            # leaves the text's UTF-8 cached with the string (CPython keeps it), which the
            # encode then copies instead of encoding a non-ASCII document a second time. (The
            # events, and the broken-link calls that read self.at, come later, as they are read.)
            events = pyromark.events_with_range(src, options=OPTIONS, broken_link_callback=self.broken)
            self.at = at = Utf8Offsets(src)
            self.walk(events, at)
        except BaseException as exc:
            # A panic in the Rust parser arrives as pyo3's PanicException, a BaseException.
            if type(exc).__name__ != "PanicException":
                raise
            raise ValueError(f"the Markdown parser failed on this file ({exc})") from None
        self.close_block()
        self.add_references()
        for s, (e, text, label) in sorted(self.unresolved.items()):
            doc.unresolved_references.append(UnresolvedReference(text, label, s))

    def walk(self, events, at: Utf8Offsets) -> None:
        """Every event, in order (the reference walk; _NativeBuilder's is the same in C)."""
        src = self.src
        # Handlers by event and by tag, as plain functions called with the builder (the tables
        # are made once, below the class, not as bound methods per document).
        other = _OTHER_EVENTS.get
        start_tag = _START_TAGS.get
        end_tag = _END_TAGS.get
        identity = at.identity
        region = at.region
        # Byte offsets from lo to hi are character offsets plus shift: true of most events'
        # offsets after the one before (Utf8Offsets.region), so most need one subtraction.
        lo, hi, shift = region(0)
        # One loop with the commonest event, text, handled in place: a third of the events,
        # and a method call per event and four per text were most of the builder's time.
        for ev, r in events:
            start = r["start"]
            end = r["end"]
            if not identity:  # byte offsets to character offsets
                if not lo <= start <= hi:
                    lo, hi, shift = region(start)
                start -= shift
                if not lo <= end <= hi:
                    lo, hi, shift = region(end)
                end -= shift
            if ev.__class__ is str:  # SoftBreak, HardBreak, Rule
                if self.block is not None and not self.autolink and ev != "Rule":
                    self.emit(" ", start)
                    self.plain.append(" ")
                continue
            # A one-item dict, made for us: popitem is its cheapest read.
            key, value = ev.popitem()
            if key != "Text":
                if key == "Start":
                    # A tag is a name ("Paragraph") or a one-item dict ({"Heading": {...}}).
                    if value.__class__ is str:
                        handler = start_tag(value)
                    else:
                        value, data = value.popitem()
                        handler = start_tag(value)
                        value = data
                elif key == "End":
                    if value.__class__ is str:
                        handler = end_tag(value)
                    else:
                        value, data = value.popitem()
                        handler = end_tag(value)
                        value = data
                else:
                    handler = other(key)
                if handler is not None:
                    handler(self, value, start, end)
                continue
            if self.skip:
                if self.skip_kind == "HtmlBlock":
                    self.html.append(value)
                continue
            block = self.block
            if block is None:  # the text of a tight list item: no Paragraph event
                self.open_block("paragraph", start, start)
                self.implicit = True
                block = self.block
            self.last_inline_end = end
            links = self.links
            if links and links[-1][0] is not None and links[-1][0].kind == "image":
                self.plain.append(value)  # alt text: the image's, not prose
                continue
            if self.autolink:
                continue
            n = len(value)
            if n and end - start == n and src.startswith(value, start):
                # emit(value, start), in place
                runs = block.runs
                length = self.length
                if runs:
                    p, q, m = runs[-1]
                    if p + m == length and q + m == start:
                        runs[-1] = (p, q, m + n)
                    else:
                        runs.append((length, start, n))
                else:
                    runs.append((length, start, n))
                self.parts.append(value)
                self.length = length + n
            elif n:
                self.emit_text(value, start, end)
            self.plain.append(value)

    def broken(self, link: dict) -> None:
        """Called by the parser for ``[text][label]`` whose label has no definition."""
        kind = link.get("link_type")
        if kind not in ("Reference", "Collapsed", "ReferenceUnknown", "CollapsedUnknown"):
            return None
        span = link["span"]
        s, e = self.at(span["start"]), self.at(span["end"])
        src = self.src
        if src.startswith("!", s):  # an image: the reference starts at its "["
            s += 1
        if not src.startswith("[", s):
            return None
        if kind.startswith("Collapsed"):  # the span is "[text]", the "[]" follows
            text = label = src[s + 1 : e - 1]
            e += 2
        else:
            j = src.rfind("][", s, e)
            if j < 0:
                return None
            text, label = src[s + 1 : j], src[j + 2 : e - 1]
        self.unresolved.setdefault(s, (e, text, label))
        return None

    def code(self, value: str, start: int, end: int) -> None:
        if self.block is None:  # inline_start(start), in place: a code span is a tenth of the events
            self.open_block("paragraph", start, start)
            self.implicit = True
        if not self.autolink:
            self.emit(PLACEHOLDER, start)
        self.plain.append(value)
        self.last_inline_end = end

    def inline_html(self, value: str, start: int, end: int) -> None:
        self.inline_start(start)
        if not self.autolink:
            self.emit(" ", start)
        _add_html_ids(self.doc, value)
        self.last_inline_end = end

    def html_event(self, value: str, start: int, end: int) -> None:
        if self.skip:
            self.html.append(value)
        else:  # HTML inside a paragraph's lines, as a block would hold it
            _add_html_ids(self.doc, value)

    def footnote_reference(self, value: str, start: int, end: int) -> None:
        self.inline_start(start)
        self.doc.footnote_refs.append(FootnoteRef(value, start, self.block, self.length))
        self.last_inline_end = end

    skip_kind = ""

    def inline_start(self, start: int) -> None:
        """Inline content with no block open: the text of a tight list item."""
        if self.block is None:
            self.open_block("paragraph", start, start)
            self.implicit = True

    # --- Start and End events, one method per tag (the walk looks the tag up in a dict) -----
    def start_paragraph(self, data, start: int, end: int) -> None:
        if self.block is not None:
            self.close_block()
        self.open_block("paragraph", start, end)
        self.covered.append((start, end))

    def start_table_cell(self, data, start: int, end: int) -> None:
        if self.block is not None:
            self.close_block()
        self.open_block("table_cell", start, end)
        self.covered.append((start, end))

    def start_heading(self, data, start: int, end: int) -> None:
        if self.block is not None:
            self.close_block()
        self.open_block("heading", start, end, int(data["level"][1]))
        self.covered.append((start, end))

    def start_item(self, data, start: int, end: int) -> None:
        if self.block is not None:
            self.close_block()
        self.containers.append("list_item")
        self.enclosing = tuple(self.containers)

    def start_blockquote(self, data, start: int, end: int) -> None:
        if self.block is not None:
            self.close_block()
        self.containers.append("blockquote")
        self.enclosing = tuple(self.containers)

    def start_footnote(self, data, start: int, end: int) -> None:
        if self.block is not None:
            self.close_block()
        self.containers.append("footnote")
        self.enclosing = tuple(self.containers)
        self.doc.footnote_labels.add(data)

    def start_table(self, data, start: int, end: int) -> None:
        if self.block is not None:
            self.close_block()
        self.containers.append("table")
        self.enclosing = tuple(self.containers)
        self.covered.append((start, end))

    def start_html_block(self, data, start: int, end: int) -> None:
        if self.block is not None:
            self.close_block()
        self.skip += 1
        self.skip_kind = "HtmlBlock"
        self.html = []
        self.covered.append((start, end))

    def start_skipped(self, kind: str, start: int, end: int) -> None:  # CodeBlock, MetadataBlock
        if self.block is not None:
            self.close_block()
        self.skip += 1
        self.skip_kind = kind
        line_starts = self.line_starts
        first = bisect_right(line_starts, start)
        last = bisect_right(line_starts, max(end - 1, start))
        self.doc.code_lines.update(range(first, last + 1))
        self.covered.append((start, end))

    def start_code_block(self, data, start: int, end: int) -> None:
        self.start_skipped("CodeBlock", start, end)

    def start_metadata(self, data, start: int, end: int) -> None:
        self.start_skipped("MetadataBlock", start, end)

    def start_link(self, data, start: int, end: int) -> None:
        self.inline_start(start)
        self.open_link("Link", data, start, end)

    def start_image(self, data, start: int, end: int) -> None:
        self.inline_start(start)
        self.open_link("Image", data, start, end)

    def end_block(self, data, start: int, end: int) -> None:  # Paragraph, TableCell, Heading, List
        if self.block is not None:
            self.close_block()

    def end_container(self, data, start: int, end: int) -> None:  # Item, BlockQuote, footnote, table
        if self.block is not None:
            self.close_block()
        if self.containers:
            self.containers.pop()
            self.enclosing = tuple(self.containers)

    def end_html_block(self, data, start: int, end: int) -> None:
        self.skip -= 1
        content = "".join(self.html)
        _add_html_ids(self.doc, content)
        self.add_html_headings(content)
        self.html = []

    def end_skipped(self, data, start: int, end: int) -> None:  # CodeBlock, MetadataBlock
        self.skip -= 1

    def end_link(self, data, start: int, end: int) -> None:  # Link, Image
        self.close_link(start, end)

    # --- links -------------------------------------------------------------------------------
    def open_link(self, key: str, data: dict, start: int, end: int) -> None:
        style = _STYLES.get(data["link_type"], "inline") if isinstance(data["link_type"], str) else "inline"
        dest = data["dest_url"]
        if style == "autolink":
            if data["link_type"] == "Email" and not dest.lower().startswith("mailto:"):
                dest = "mailto:" + dest
            if not self.autolink:
                self.emit(PLACEHOLDER, start)
            self.doc.links.append(Link("link", "autolink", dest, start, text=data["dest_url"],
                                       block=self.block, prose_start=self.length,
                                       prose_end=self.length))
            self.plain.append(data["dest_url"])
            self.autolink += 1
            self.links.append((None, 0, end))
            return
        kind = "image" if key == "Image" else "link"
        # Link(kind, style, dest, start, title=..., block=..., prose_start=..., prose_end=...), its
        # fields set here for the reason open_block gives (a call with keywords costs more still).
        link = _new(Link)
        link.kind = kind
        link.style = style
        link.destination = dest
        link.offset = start
        link.text = ""
        link.label = None
        link.title = data["title"] or ""
        link.block = self.block
        link.prose_start = link.prose_end = self.length
        if kind == "image" and not self.autolink:
            self.emit(" ", start)
            link.prose_start = link.prose_end = self.length - 1
        self.links.append((link, len(self.plain), end))

    def close_link(self, start: int, end: int) -> None:
        if not self.links:
            return
        link, plain_at, _ = self.links.pop()
        if link is None:
            self.autolink -= 1
            return
        text = "".join(self.plain[plain_at:])
        link.text = text
        if link.kind == "link":
            link.prose_end = self.length
        else:
            del self.plain[plain_at:]  # alt text is no part of an enclosing link's text
        src = self.src
        first = start + (2 if link.kind == "image" else 1)
        close = _closing_bracket(src, first - 1, end, self.last_inline_end)
        written = src[first:close] if close >= 0 else text
        after = close + 1 if close >= 0 else end
        if link.style == "inline":
            if after < end and src[after] == "(":
                # The common "(address)": plain characters (no "<" first) up to the closing ")"
                # are the whole destination, as _parse_inline_destination would find it. Plain:
                # none of _DEST_PLAIN_RE's stops (a backslash, a bracket, white space as str.split
                # and \s both read it), tested by scans in C rather than the pattern's per-character
                # steps over a long badge address.
                dest = src[after + 1 : end - 1]
                if (src[end - 1] == ")" and not dest.startswith("<") and "(" not in dest
                        and ")" not in dest and "\\" not in dest and (not dest or dest.split() == [dest])):
                    link.destination = dest
                else:
                    link.destination, _title, _ = _parse_inline_destination(src, after + 1, end)
        elif link.style == "full":
            j = src.find("[", after, end)
            link.label = src[j + 1 : end - 1] if j >= 0 else written
        else:
            link.label = written
        self.doc.links.append(link)
        self.last_inline_end = end  # an image inside a link: the link's "]" comes after it

    # --- headings, HTML, references ----------------------------------------------------------
    def add_heading(self, block: Block) -> None:
        doc = self.doc
        plain = "".join(self.plain)
        explicit, cut = _explicit_id(plain)
        if explicit is not None:
            plain = plain[:cut]
            pid, pcut = _explicit_id(block.prose)
            if pid is not None:  # the attribute is markup, not prose
                block.prose = block.prose[:pcut] + " " * (len(block.prose) - pcut)
        # Where the heading's first line starts, past its indentation (doc.line_offset and
        # doc.lines, without their calls).
        line_starts = self.line_starts
        i = block.start_line - 1
        offset = line_starts[i]
        line = self.src[offset : line_starts[i + 1] - 1] if i + 1 < len(line_starts) else self.src[offset:]
        offset += len(line) - len(line.lstrip(" \t"))
        doc.headings.append(
            Heading(block.level, plain.strip(), self.slug(plain), offset, block.start_line, block, explicit)
        )

    def add_html_headings(self, content: str) -> None:
        if "<h" not in content and "<H" not in content:
            return
        import html  # here: its entity table costs a one-file run 2 ms to import

        for m in _HTML_HEADING_RE.finditer(content):
            text = " ".join(html.unescape(_TAG_RE.sub("", m.group(2))).split())
            self.doc.html_headings.append((text, self.slug(text)))

    def add_references(self) -> None:
        doc = self.doc
        src = self.src
        definitions = pyromark.reference_definitions(src, options=OPTIONS) if "]:" in src else {}
        for label, info in definitions.items():
            offset = self.at(info["span"]["start"])
            key = reference_key(label)
            dest = _written_destination(src, offset, self.at(info["span"]["end"])) or info["dest"]
            doc.references[key] = Reference(label, key, dest, info.get("title") or "",
                                            doc.position(offset)[0], offset)
        # A duplicate's "]:" is on a line of its own, apart from each kept definition's: with no
        # more "]:" in the text than definitions, there is none to look for.
        if definitions and src.count("]:") > len(definitions):
            self.find_duplicates()
        for link in doc.links:
            if link.style in ("full", "collapsed", "shortcut") and link.label is not None:
                ref = doc.references.get(reference_key(link.label))
                if ref is not None:
                    link.destination = ref.destination
                    if not link.title:
                        link.title = ref.title

    def find_duplicates(self) -> None:
        """Definitions whose label an earlier definition already has: the parser keeps the first."""
        doc = self.doc
        covered = sorted(self.covered)
        starts = [s for s, _ in covered]
        src = self.src
        # A definition's line holds its "]:": the pattern is tried at the start of those lines
        # only, not searched for over the whole text (which tried it at every line). A match
        # never leaves its line, so the matches are the same.
        line = -1
        j = src.find("]:")
        while j >= 0:
            start = src.rfind("\n", 0, j) + 1
            j = src.find("]:", j + 2)
            if start == line:
                continue
            line = start
            m = _DEFINITION_LINE_RE.match(src, start)
            if m is None:
                continue
            offset = m.start(1) - 1
            i = bisect_right(starts, offset) - 1
            if i >= 0 and covered[i][0] <= offset < covered[i][1]:
                continue
            key = reference_key(m.group(1))
            first = doc.references.get(key)
            if first is None or first.offset == offset:
                continue
            line_end = self.src.find("\n", m.end())
            line_end = len(self.src) if line_end < 0 else line_end
            dest = _written_destination(self.src, offset, line_end)
            doc.duplicate_references.append(
                Reference(m.group(1), key, dest, "", doc.position(offset)[0], offset))


# What the walk calls for each event other than text, and for each Start and End tag (tags not
# named here, emphasis and table rows among them, do nothing).
_OTHER_EVENTS = {"Code": _Builder.code, "InlineHtml": _Builder.inline_html, "Html": _Builder.html_event,
                 "FootnoteReference": _Builder.footnote_reference}
_START_TAGS = {"Paragraph": _Builder.start_paragraph, "TableCell": _Builder.start_table_cell,
               "Heading": _Builder.start_heading, "Item": _Builder.start_item,
               "BlockQuote": _Builder.start_blockquote, "FootnoteDefinition": _Builder.start_footnote,
               "Table": _Builder.start_table, "HtmlBlock": _Builder.start_html_block,
               "CodeBlock": _Builder.start_code_block, "MetadataBlock": _Builder.start_metadata,
               "Link": _Builder.start_link, "Image": _Builder.start_image, "List": _Builder.end_block}
_END_TAGS = {"Paragraph": _Builder.end_block, "TableCell": _Builder.end_block, "Heading": _Builder.end_block,
             "List": _Builder.end_block, "Item": _Builder.end_container, "BlockQuote": _Builder.end_container,
             "FootnoteDefinition": _Builder.end_container, "Table": _Builder.end_container,
             "HtmlBlock": _Builder.end_html_block, "CodeBlock": _Builder.end_skipped,
             "MetadataBlock": _Builder.end_skipped, "Link": _Builder.end_link, "Image": _Builder.end_link}


# The same tables for the walk in C (_native/_build.c): an int names a step it does itself, the
# same as the function it stands for (the tests run both walks and compare the Documents).
_NATIVE_STEPS = {_Builder.start_paragraph: 1, _Builder.start_table_cell: 2, _Builder.start_heading: 3,
                 _Builder.start_item: 4, _Builder.start_blockquote: 5, _Builder.start_table: 6,
                 _Builder.start_code_block: 7, _Builder.start_metadata: 8, _Builder.end_block: 9,
                 _Builder.end_container: 10, _Builder.end_skipped: 11, _Builder.code: 12,
                 _Builder.start_link: 13, _Builder.start_image: 14, _Builder.end_link: 15}
_NATIVE_TABLES = tuple({name: _NATIVE_STEPS.get(step, step) for name, step in table.items()}
                       for table in (_OTHER_EVENTS, _START_TAGS, _END_TAGS))
_native_builder = None  # (the C module it was made from, the class)


def _builder_class():
    """_Builder, or _NativeBuilder when the C walk is built and not turned off (read at each
    call, as the word split reads _native.split, so a test may set _native.build to None)."""
    global _native_builder
    module = _native.build
    if module is None:
        return _Builder
    if _native_builder is None or _native_builder[0] is not module:
        module.configure(Block, mask_bare_urls, PLACEHOLDER, Link, _STYLES, _parse_inline_destination, Heading)

        class _NativeBuilder(module.Walker, _Builder):
            """The builder with its state in C's Walker and the walk's loop in C."""

            def walk(self, events, at: Utf8Offsets) -> None:
                doc = self.doc
                self._walk(events, at, doc._line_starts, doc.blocks, doc.code_lines, doc.links, doc.headings,
                           *_NATIVE_TABLES)

        _native_builder = (module, _NativeBuilder)
    return _native_builder[1]


def fill_from_markdown(doc) -> None:
    """Fill ``doc`` (its ``text``, ``lines`` and line starts set) from one parse of its text."""
    _builder_class()(doc).run()


def _closing_bracket(src: str, start: int, limit: int, after: int) -> int:
    """The ``]`` that ends the text of the link whose ``[`` is at ``start``: the first one after
    the link's last inline content (so brackets inside code spans are passed over)."""
    j = src.find("]", max(start + 1, min(after, limit)), limit)
    if j < 0:
        j = src.find("]", start + 1, limit)
    return j


def _written_destination(src: str, offset: int, end: int) -> str:
    """The destination of the definition ``[label]: dest`` at ``offset``, as written."""
    j = src.find("]:", offset, end)
    if j < 0:
        return ""
    rest = src[j + 2 : end].strip()
    if rest.startswith("<"):
        close = rest.find(">")
        return rest[1:close] if close >= 0 else rest[1:]
    return rest.split()[0] if rest else ""


_DEST_PLAIN_RE = lazy(r"[^\\\s()]*")


def _parse_inline_destination(src: str, pos: int, limit: int) -> tuple[str, str, int]:
    """Parse ``dest "title")`` starting just after ``(``: destination, title, offset past ``)``."""
    n = limit
    i = pos
    while i < n and src[i] in " \t\n":
        i += 1
    if i < n and src[i] == "<":
        j = i + 1
        while j < n and src[j] not in ">\n":
            j += 2 if src[j] == "\\" else 1
        dest = src[i + 1 : min(j, n)]
        i = min(j + 1, n)
    else:
        depth = 0
        j = i
        while j < n:
            # Jump to the next character that matters: a long data: address is one step, not
            # one Python iteration per character.
            m = _DEST_PLAIN_RE.match(src, j, n)
            j = m.end()
            if j >= n:
                break
            ch = src[j]
            if ch == "\\":
                j += 2
                continue
            if ch in " \t\n":
                break
            if ch == "(":
                depth += 1
            elif ch == ")":
                if depth == 0:
                    break
                depth -= 1
            j += 1
        j = min(j, n)
        dest = src[i:j]
        i = j
    while i < n and src[i] in " \t\n":
        i += 1
    title = ""
    if i < n and src[i] in "\"'(":
        close = ")" if src[i] == "(" else src[i]
        j = i + 1
        while j < n and src[j] != close:
            j += 2 if src[j] == "\\" else 1
        title = src[i + 1 : min(j, n)]
        i = min(j + 1, n)
    j = src.find(")", i, limit)
    return dest, title, (j + 1 if j >= 0 else i)


def _explicit_id(text: str) -> tuple[Optional[str], int]:
    """A trailing ``{#id}``: the id and where the attribute (with the space before it) starts.

    Found with rfind rather than a pattern anchored at the end, which would retry at every space
    of a long heading."""
    stripped = text.rstrip()
    i = stripped.rfind("{#")
    if i < 0 or not stripped.endswith("}"):
        return None, len(text)
    m = _HEADING_ID_RE.fullmatch(stripped, i)
    if m is None:
        return None, len(text)
    return m.group(1), len(stripped[:i].rstrip())


def _add_html_ids(doc, content: str) -> None:
    # HTML attribute names are case-insensitive (`Id=`, `NAME=`), as the pattern is: the cheap
    # test before it must be too (it once skipped `<div Id="x">`).
    low = content.lower()
    if "id" not in low and "name" not in low:
        return
    for m in _HTML_ID_RE.finditer(content):
        value = m.group(1) or m.group(2) or m.group(3)
        if value:
            doc.html_ids.add(value)
