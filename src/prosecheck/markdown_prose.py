"""Markdown to prose: one markdown-it-py parse, and a map from every prose character to the source.

markdown-it-py gives block tokens their line ranges (``token.map``) but gives inline tokens no
positions. We recover them by walking each inline token's children against the source with a
cursor: a text token is found verbatim right after the cursor (only markup may lie between), and
the constructs that are not prose (code spans, HTML, link destinations, footnote references) are
stepped over explicitly so no later text can match inside them. Text that is not verbatim in the
source (backslash escapes, entities) falls back to a character-by-character alignment.
"""

from __future__ import annotations

import html
import re
from typing import Optional
from functools import lru_cache
from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference

from prosecheck.document import (
    Block,
    Document,
    FootnoteRef,
    Heading,
    Link,
    Reference,
    UnresolvedReference,
)
from prosecheck.sentences import PLACEHOLDER
from prosecheck.slugs import SlugCounter

# What may stand between the cursor and the next text: markup and white space, not prose.
_GAP_RE = re.compile(r"[\s*_~\[\]!<>#|\\`=+-]*")
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_HTML_ID_RE = re.compile(r"""\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
_HEADING_ID_RE = re.compile(r"\{#([^\s}]+)\}")
_UNRESOLVED_RE = re.compile(r"\[([^\[\]\n]{1,999})\]\[([^\[\]\n]{0,999})\]")
# Bare URLs and e-mail addresses in text: not prose. Linear: no nested quantifiers.
_BARE_URL_RE = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]]"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
)
_CONTAINERS = {
    "list_item_open": "list_item",
    "blockquote_open": "blockquote",
    "footnote_open": "footnote",
    "table_open": "table",
}


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    """CommonMark plus GFM tables and strikethrough, front matter and footnotes."""
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark", {"maxNesting": 100}).enable(["table", "strikethrough"])
    md.use(front_matter_plugin).use(footnote_plugin)
    return md


def mask_bare_urls(prose: str) -> str:
    """Replace each bare URL or e-mail address by a placeholder padded to the same length."""
    if "://" not in prose and "www." not in prose and "@" not in prose:
        return prose
    return _BARE_URL_RE.sub(lambda m: PLACEHOLDER + " " * (len(m.group()) - 1), prose)


def fill_from_markdown(doc: Document) -> None:
    env: dict = {}
    tokens = markdown_parser().parse(doc.text, env)
    slug = SlugCounter()
    containers: list[str] = []
    kind_stack: list[tuple[str, int]] = []
    last_line = -1
    cursor = 0
    for tok in tokens:
        t = tok.type
        if t in _CONTAINERS:
            containers.append(_CONTAINERS[t])
            if t == "footnote_open" and (tok.meta or {}).get("label") is not None:
                doc.footnote_labels.add(tok.meta["label"])
        elif t.endswith("_close") and t.replace("_close", "_open") in _CONTAINERS:
            if containers:
                containers.pop()
        elif t == "heading_open":
            kind_stack.append(("heading", int(tok.tag[1:])))
        elif t == "paragraph_open":
            kind_stack.append(("paragraph", 0))
        elif t in ("th_open", "td_open"):
            kind_stack.append(("table_cell", 0))
        elif t in ("heading_close", "paragraph_close", "th_close", "td_close"):
            if kind_stack:
                kind_stack.pop()
        elif t == "inline" and tok.map:
            kind, level = kind_stack[-1] if kind_stack else ("paragraph", 0)
            start_line, end_line = tok.map
            if start_line != last_line:
                cursor = _content_start(doc, tok, kind)
            block = Block(kind, start_line + 1, max(end_line, start_line + 1), level=level, containers=tuple(containers))
            walker = _InlineWalker(doc, block, cursor, _line_end(doc, end_line))
            walker.walk(tok.children or [])
            cursor = walker.cursor
            last_line = end_line - 1 if kind == "table_cell" else -1
            block.prose = mask_bare_urls("".join(walker.parts))
            doc.blocks.append(block)
            if kind == "heading":
                _add_heading(doc, block, walker, slug)
        elif t in ("fence", "code_block", "front_matter") and tok.map:
            doc.code_lines.update(range(tok.map[0] + 1, tok.map[1] + 1))
        elif t == "html_block":
            _add_html_ids(doc, tok.content)
            _add_html_headings(doc, tok.content, slug)
    _add_references(doc, env)


def _line_end(doc: Document, end_line: int) -> int:
    """Offset just past the last character of the (0-based, exclusive) ``end_line``."""
    if end_line >= len(doc.lines):
        return len(doc.text)
    return doc.line_offset(end_line + 1)


def _content_start(doc: Document, tok, kind: str) -> int:
    """Where the inline content begins on its first line (after list, quote or heading markers)."""
    line_no = tok.map[0]
    line = doc.lines[line_no] if line_no < len(doc.lines) else ""
    base = doc.line_offset(line_no + 1)
    first = tok.content.split("\n", 1)[0]
    if kind == "table_cell":  # cells share the line: start at its beginning, not its end
        return base + len(line) - len(line.lstrip(" \t>"))
    if first:
        if kind == "heading":
            m = re.match(r"[ \t>]*#{1,6}[ \t]*", line)
            if m:
                i = line.find(first, m.end())
                return base + (i if i >= 0 else m.end())
        if line.endswith(first):
            return base + len(line) - len(first)
        stripped = line.rstrip()
        if stripped.endswith(first.rstrip()):
            return base + len(stripped) - len(first.rstrip())
        i = line.find(first)
        if i >= 0:
            return base + i
    return base + len(line) - len(line.lstrip(" \t>"))


class _InlineWalker:
    """Walks one inline token's children, building prose and its map to the source."""

    def __init__(self, doc: Document, block: Block, cursor: int, limit: int) -> None:
        self.doc = doc
        self.src = doc.text
        self.block = block
        self.cursor = cursor
        self.limit = limit
        self.parts: list[str] = []
        self.length = 0
        self.plain: list[str] = []  # text as rendered, code included: for heading anchors
        self._open_links: list[Link] = []
        self._skip_depth = 0  # inside an autolink: its text is not prose

    # --- emitting ----------------------------------------------------------------------------
    def _emit(self, text: str, source: int) -> None:
        """``text`` came verbatim from ``source``."""
        if not text:
            return
        runs = self.block.runs
        if runs:
            p, s, n = runs[-1]
            if p + n == self.length and s + n == source:
                runs[-1] = (p, s, n + len(text))
                self.parts.append(text)
                self.length += len(text)
                return
        runs.append((self.length, source, len(text)))
        self.parts.append(text)
        self.length += len(text)

    # --- finding -----------------------------------------------------------------------------
    def _find(self, needle: str) -> int:
        return self.src.find(needle, self.cursor, self.limit)

    def _gap_is_markup(self, end: int) -> bool:
        return end == self.cursor or _GAP_RE.fullmatch(self.src, self.cursor, end) is not None

    def _text(self, content: str) -> None:
        i = self._find(content)
        if i >= 0 and self._gap_is_markup(i):
            self._emit(content, i)
            self.cursor = i + len(content)
            return
        self._align(content)

    def _align(self, content: str) -> None:
        """Map text that is not verbatim in the source (escapes, entities) char by char."""
        src, limit = self.src, self.limit
        for ch in content:
            c = self.cursor
            while c < limit and src[c] != ch and src[c] in " \t|*_~":  # markup, cell borders
                c += 1
            self.cursor = c
            if ch == "&" and c < limit and src[c] == "&":  # "&amp;": the whole entity, not its "&"
                m = _ENTITY_RE.match(src, c, limit)
                if m and html.unescape(m.group()) == "&":
                    self._emit(ch, c)
                    self.cursor = m.end()
                    continue
            if c < limit and src[c] == ch:
                self._emit(ch, c)
                self.cursor = c + 1
                continue
            if c + 1 < limit and src[c] == "\\" and src[c + 1] == ch:
                self._emit(ch, c + 1)
                self.cursor = c + 2
                continue
            if c < limit and src[c] == "&":
                m = _ENTITY_RE.match(src, c, limit)
                if m and html.unescape(m.group()).startswith(ch):
                    self._emit(ch, c)
                    self.cursor = m.end()
                    continue
            j = src.find(ch, c, min(limit, c + 64))
            if j >= 0:
                self._emit(ch, j)
                self.cursor = j + 1
            else:  # not in the source at all: map it to where we are, do not advance
                self._emit(ch, min(c, max(limit - 1, 0)))

    def _skip_code_span(self, markup: str) -> None:
        n = len(markup)
        src, limit = self.src, self.limit
        i = self._find(markup)
        if i < 0:
            return
        self._emit(PLACEHOLDER, i)
        j = i + n
        while True:
            j = src.find(markup, j, limit)
            if j < 0:
                self.cursor = i + n
                return
            end = j + n
            while end < limit and src[end] == "`":
                end += 1
            if end - j == n:
                self.cursor = end
                return
            j = end

    def _skip_destination(self, link: Link, raw_text: Optional[str] = None) -> None:
        """After a link's closing ``]``: step over ``(dest "title")``, ``[label]`` or nothing."""
        src, limit = self.src, self.limit
        c = self.cursor
        if c < limit and src[c] == "(":
            dest, title, end = _parse_inline_destination(src, c + 1, limit)
            link.style = "inline"
            link.destination = dest
            link.title = title
            self.cursor = end
        elif c < limit and src[c] == "[":
            j = src.find("]", c + 1, limit)
            if j < 0:
                return
            label = src[c + 1 : j]
            link.style = "full" if label.strip() else "collapsed"
            link.label = label if label.strip() else (raw_text if raw_text is not None else link.text)
            self.cursor = j + 1
        else:
            link.style = "shortcut"
            link.label = raw_text if raw_text is not None else link.text

    def _close_bracket(self, start: int) -> int:
        return closing_bracket(self.src, start, self.limit)

    # --- the walk -----------------------------------------------------------------------------
    def walk(self, children) -> None:
        for tok in children:
            t = tok.type
            if self._skip_depth:
                if t == "link_close":
                    self._skip_depth -= 1
                    if not self._skip_depth:
                        j = self._find(">")
                        if j >= 0:
                            self.cursor = j + 1
                elif t == "link_open":
                    self._skip_depth += 1
                continue
            if t == "text":
                self._text(tok.content)
                self.plain.append(tok.content)
                self._mark_unresolved(tok.content)
            elif t in ("softbreak", "hardbreak"):
                j = self._find("\n")
                self._emit(" ", j if j >= 0 else self.cursor)
                if j >= 0:
                    self.cursor = j + 1
                self.plain.append(" ")
            elif t == "code_inline":
                self._skip_code_span(tok.markup or "`")
                self.plain.append(tok.content)
            elif t == "html_inline":
                i = self._find(tok.content)
                if i >= 0:
                    self._emit(" ", i)
                    self.cursor = i + len(tok.content)
                _add_html_ids(self.doc, tok.content)
            elif t == "link_open":
                self._link_open(tok)
            elif t == "link_close":
                self._link_close()
            elif t == "image":
                self._image(tok)
            elif t == "footnote_ref":
                i = self._find("[^")
                label = (tok.meta or {}).get("label", "")
                offset = i if i >= 0 else self.cursor
                self.doc.footnote_refs.append(FootnoteRef(label, offset, self.block, self.length))
                if i >= 0:
                    j = self.src.find("]", i, self.limit)
                    self.cursor = j + 1 if j >= 0 else i + 2
            elif tok.children:
                self.walk(tok.children)

    def _link_open(self, tok) -> None:
        href = tok.attrGet("href") or ""
        if tok.markup in ("autolink", "linkify") or tok.info == "auto":
            i = self._find("<") if tok.markup == "autolink" else self._find(href[:8] or " ")
            offset = i if i >= 0 else self.cursor
            if i >= 0:
                self._emit(PLACEHOLDER, i)
                self.cursor = i + 1
            self.doc.links.append(
                Link("link", "autolink", href, offset, text=href, block=self.block,
                     prose_start=self.length, prose_end=self.length)
            )
            self._skip_depth = 1
            return
        i = self._find("[")
        offset = i if i >= 0 else self.cursor
        if i >= 0:
            self.cursor = i + 1
        link = Link("link", "inline", href, offset, block=self.block, prose_start=self.length)
        link._plain_start = len(self.plain)  # type: ignore[attr-defined]
        self._open_links.append(link)

    def _link_close(self) -> None:
        if not self._open_links:
            return
        link = self._open_links.pop()
        link.prose_end = self.length
        link.text = "".join(self.plain[link._plain_start :])  # type: ignore[attr-defined]
        del link._plain_start  # type: ignore[attr-defined]
        j = self._find("]")
        raw_text = link.text
        if j >= 0:
            raw_text = self.src[link.offset + 1 : j]  # the label as written: `code`, *em* and all
            self.cursor = j + 1
        # For reference links markdown-it's href stays until _add_references puts the
        # definition's destination, as written, in its place.
        self._skip_destination(link, raw_text)
        self.doc.links.append(link)

    def _image(self, tok) -> None:
        i = self._find("![")
        offset = i if i >= 0 else self.cursor
        link = Link("image", "inline", tok.attrGet("src") or "", offset, text=tok.content,
                    title=tok.attrGet("title") or "", block=self.block,
                    prose_start=self.length, prose_end=self.length)
        if i >= 0:
            self._emit(" ", i)
            j = self._close_bracket(i + 1)
            if j >= 0:
                self.cursor = j + 1
                self._skip_destination(link)
            else:
                self.cursor = i + 2
        self.doc.links.append(link)

    def _mark_unresolved(self, content: str) -> None:
        if "][" not in content:
            return
        for m in _UNRESOLVED_RE.finditer(content):
            label = m.group(2) or m.group(1)
            offset = self.block.source_offset(self.length - len(content) + m.start())
            self.doc.unresolved_references.append(UnresolvedReference(m.group(1), label, offset))


def closing_bracket(src: str, start: int, limit: int) -> int:
    """Index of the ``]`` that closes the ``[`` at ``start`` (escapes and nesting honoured), or -1."""
    depth = 0
    i = start
    while i < limit:
        ch = src[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


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


def _add_heading(doc: Document, block: Block, walker: _InlineWalker, slug: SlugCounter) -> None:
    plain = "".join(walker.plain)
    explicit, cut = _explicit_id(plain)
    if explicit is not None:
        plain = plain[:cut]
        pid, pcut = _explicit_id(block.prose)
        if pid is not None:  # the attribute is markup, not prose
            block.prose = block.prose[:pcut] + " " * (len(block.prose) - pcut)
    offset = doc.line_offset(block.start_line)
    line = doc.lines[block.start_line - 1]
    offset += len(line) - len(line.lstrip(" \t"))
    doc.headings.append(
        Heading(block.level, plain.strip(), slug(plain), offset, block.start_line, block, explicit)
    )


_HTML_HEADING_RE = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.I | re.S)
_TAG_RE = re.compile(r"<[^>]*>")


def _add_html_headings(doc: Document, content: str, slug: SlugCounter) -> None:
    if "<h" not in content and "<H" not in content:
        return
    for m in _HTML_HEADING_RE.finditer(content):
        text = " ".join(html.unescape(_TAG_RE.sub("", m.group(2))).split())
        doc.html_headings.append((text, slug(text)))


def _add_html_ids(doc: Document, content: str) -> None:
    if "id" not in content and "name" not in content and "ID" not in content:
        return
    for m in _HTML_ID_RE.finditer(content):
        value = m.group(1) or m.group(2) or m.group(3)
        if value:
            doc.html_ids.add(value)


_DEFINITION_RE = re.compile(r"[ \t]{0,3}\[")


def _add_references(doc: Document, env: dict) -> None:
    """Reference definitions with their lines; links through references get the raw destination."""
    def make(label_key: str, info: dict) -> Reference:
        start = info.get("map", [0, 1])[0]
        line = doc.lines[start] if start < len(doc.lines) else ""
        offset = doc.line_offset(start + 1)
        m = _DEFINITION_RE.match(line)
        label = label_key
        raw_dest = info.get("href", "")
        if m:
            offset += m.end() - 1
            j = line.find("]:", m.end())
            if j >= 0:
                label = line[m.end() : j]
                rest = line[j + 2 :].strip()
                if not rest and start + 1 < len(doc.lines):
                    rest = doc.lines[start + 1].strip()
                if rest.startswith("<"):
                    raw_dest = rest[1 : rest.find(">")] if ">" in rest else rest[1:]
                elif rest:
                    raw_dest = rest.split()[0]
        return Reference(label, label_key, raw_dest, info.get("title", ""), start + 1, offset)

    for key, info in (env.get("references") or {}).items():
        doc.references[key] = make(key, info)
    for info in env.get("duplicate_refs") or []:
        doc.duplicate_references.append(make(info.get("label", ""), info))
    for link in doc.links:
        if link.style in ("full", "collapsed", "shortcut") and link.label is not None:
            ref = doc.references.get(normalizeReference(link.label))
            if ref is not None:
                link.destination = ref.destination
                if not link.title:
                    link.title = ref.title
