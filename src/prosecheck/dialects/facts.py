"""What a dialect's rewrite learned about a document, and how the Document takes it in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from prosecheck.dialects.site import Site


@dataclass
class Container:
    """An admonition, a collapsible block, a content tab, a directive or an alert.

    ``quoted`` is True when the rewrite turned its body into a block quote (MkDocs' indented
    bodies, GitHub alerts): the Document then names the block quote after the container, since
    its text is the writer's own, not a quotation.
    """

    kind: str  # "admonition", "details", "tab", "directive", "alert", "html"
    start_line: int  # 1-based: the marker line
    end_line: int  # 1-based, inclusive
    quoted: bool = False
    title: str = ""


@dataclass
class Include:
    """A file pulled into the page (pymdownx.snippets, MyST's include): as written, and found."""

    written: str
    offset: int  # where the name is written in the document
    path: Optional[str]  # the file it resolves to, or None when no such file exists
    looked_in: tuple = ()


@dataclass
class Facts:
    site: Site
    #: Ids the page defines besides its headings: ``(id, offset)``.
    anchors: list = field(default_factory=list)
    containers: list = field(default_factory=list)
    #: Container titles: ``(offset, length, container kind, parsed)``; each becomes a heading-like
    #: block (level 0) that has no anchor. ``parsed``: the rewrite wrote it as a heading line, so the
    #: parser read its inline Markdown (links, code); else it is kept as plain text.
    titles: list = field(default_factory=list)
    includes: list = field(default_factory=list)
    abbreviations: dict = field(default_factory=dict)
    #: 1-based lines that hold code or settings, blanked before parsing.
    code_lines: set = field(default_factory=set)
    #: True when the page has anchors nobody can know from its source (mkdocstrings' ``:::``).
    opaque_anchors: bool = False
    #: MyST ``{doc}`name``` roles: ``(name as written, offset of the name)``; the links check
    #: reports a name that is no document (LK102).
    doc_roles: list = field(default_factory=list)

    def add_title(self, line: str, start: int, at: int, length: int, kind: str, line_offset: int) -> str:
        """Record the title ``line[at:at+length]`` of a container whose marker starts at ``start``;
        return the marker line rewritten (``title_line``) or blanked."""
        from prosecheck.dialects.text import blank, title_line

        rewritten = title_line(line, start, at, at + length)
        self.titles.append((line_offset + at, length, kind, rewritten is not None))
        return rewritten if rewritten is not None else blank(line, start)

    @property
    def dialect(self) -> str:
        return self.site.dialect

    def apply(self, doc, original_text: str) -> None:
        """Take the facts into ``doc`` (parsed from the rewritten text), then give it back the
        text as written: the rewrite kept every line's length, so every position still holds."""
        from prosecheck.document import Block

        doc.dialect_facts = self
        doc.text = original_text
        doc.lines = type(doc.lines)(original_text, doc.lines.starts)  # same line lengths
        doc.code_lines.update(self.code_lines)
        if self.site.config_path:
            doc.dependencies.add(self.site.config_path)
        for inc in self.includes:
            if inc.path:
                doc.dependencies.add(inc.path)
            else:
                doc.dependencies.update(inc.looked_in)
        if self.containers:
            for block in doc.blocks:
                _name_containers(block, self.containers)
        if self.titles:
            _take_titles(doc, self.titles, original_text, self.containers)


def _take_titles(doc, titles, original_text: str, containers) -> None:
    """Titles the parser read as headings become level-0 heading blocks with no anchor (and the
    other headings' anchors are counted again without them); the rest are added as plain blocks."""
    from prosecheck.document import Block
    from prosecheck.slugs import SlugCounter

    parsed = {}
    added = False
    for offset, length, kind, was_parsed in titles:
        line = doc.position(offset)[0]
        if was_parsed:
            parsed[line] = kind
            continue
        text = original_text[offset : offset + length]
        doc.blocks.append(Block("heading", line, line, text, [(0, offset, length)], level=0, containers=(kind,)))
        added = True
    if parsed:
        kept = [h for h in doc.headings if h.line not in parsed]
        if len(kept) != len(doc.headings):
            # A quoted container's marker line carries no ">" of its own: name it on its title.
            quoted_starts = {c.start_line for c in containers if c.quoted}
            other_starts = {c.start_line for c in containers if not c.quoted}
            for h in doc.headings:
                if h.line in parsed:
                    h.block.level = 0
                    if h.line in quoted_starts or h.line not in other_starts:
                        h.block.containers = tuple(h.block.containers) + (parsed[h.line],)
            slug = SlugCounter()
            for h in kept:
                h.anchor = slug(h.text)
            doc.headings = kept
    if added:
        doc.blocks.sort(key=lambda b: b.start_line)
    doc._sentences = doc._words = None


def _name_containers(block, containers) -> None:
    enclosing = [c for c in containers if c.start_line <= block.start_line <= c.end_line]
    if not enclosing:
        return
    enclosing.sort(key=lambda c: (c.start_line, -c.end_line))  # outermost first
    names = list(block.containers)
    quoted = [c.kind for c in enclosing if c.quoted]
    j = 0
    for i, name in enumerate(names):
        if j < len(quoted) and name == "blockquote":
            names[i] = quoted[j]
            j += 1
    others = [c.kind for c in enclosing if not c.quoted]
    block.containers = tuple(others + names)
