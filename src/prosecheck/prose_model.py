"""What a Document is made of: blocks of prose, words, sentences, links, references, headings.

Plain data, shared by the Document (document.py) and the one module that builds it from the
parser's events (markdown_prose.py); neither imports the other's internals.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from prosecheck.lazyre import lazy
from prosecheck.prose_words import Sentence, Word  # noqa: F401 (re-exported)
from prosecheck.sentences import PLACEHOLDER, find_all_quotations

#: The quotations of a block with no quotation mark: one shared empty tuple, not a list per block.
NO_QUOTATIONS: tuple = ()


@dataclass(eq=False)
class Block:
    """A run of prose: a paragraph, a heading, a table cell, or a plain-text paragraph.

    ``kind`` is ``paragraph``, ``heading`` or ``table_cell``; ``containers`` names what encloses it,
    outermost first (``list_item``, ``blockquote``, ``footnote``, ``table``).
    """

    kind: str
    start_line: int  # 1-based, inclusive
    end_line: int  # 1-based, inclusive
    prose: str = ""
    #: ``(prose_start, source_start, length)``: prose[p:p+n] came from text[s:s+n], char for char.
    runs: list = field(default_factory=list, repr=False)
    level: int = 0  # heading level, 0 otherwise
    containers: tuple = ()
    _starts: Optional[list] = field(default=None, repr=False, compare=False)

    def source_offset(self, prose_offset: int) -> int:
        """The offset in the document's text of the character at ``prose_offset``."""
        runs = self.runs
        if not runs:
            return 0
        starts = self._starts
        if starts is None or len(starts) != len(runs):
            starts = self._starts = [r[0] for r in runs]
        i = bisect_right(starts, prose_offset) - 1
        if i < 0:
            return runs[0][1]
        p, s, n = runs[i]
        d = prose_offset - p
        return s + (d if d < n else max(n - 1, 0))

    def placeholders(self) -> list[int]:
        """Where the prose holds a placeholder: inline code, an autolink or a bare address."""
        found = []
        at = self.prose.find(PLACEHOLDER)
        while at >= 0:
            found.append(at)
            at = self.prose.find(PLACEHOLDER, at + 1)
        return found

    @cached_property
    def quotations(self) -> list[tuple[int, int]]:
        """Prose ranges inside quotation marks, double or single (someone else's words)."""
        return find_all_quotations(self.prose) or NO_QUOTATIONS

    def is_quoted(self, start: int, end: int) -> bool:
        """True when prose[start:end] lies inside one quotation."""
        return any(qs <= start and end <= qe for qs, qe in self.quotations)


@dataclass(eq=False)
class Link:
    """A link or image. ``offset`` is where it starts in the source (its ``[``, ``!`` or ``<``)."""

    kind: str  # "link" or "image"
    style: str  # "inline", "full", "collapsed", "shortcut", "autolink"
    destination: str  # as written (angle brackets removed); for references, the definition's
    offset: int
    text: str = ""
    label: Optional[str] = None  # reference label as written, for full/collapsed/shortcut
    title: str = ""
    block: Optional[Block] = field(default=None, repr=False)
    prose_start: int = 0  # where the link's text begins and ends in block.prose
    prose_end: int = 0


@dataclass(eq=False)
class Reference:
    """A link reference definition: ``[label]: destination "title"``."""

    label: str  # as written
    key: str  # normalised, as Markdown matches labels
    destination: str
    title: str
    line: int
    offset: int


@dataclass(eq=False)
class Heading:
    level: int
    text: str
    anchor: str  # GitHub-style slug, unique in the document
    offset: int
    line: int
    block: Block = field(repr=False)
    explicit_id: Optional[str] = None  # from a trailing {#id}


@dataclass(eq=False)
class FootnoteRef:
    label: str
    offset: int
    block: Block = field(repr=False)
    prose_offset: int = 0


@dataclass(eq=False)
class UnresolvedReference:
    """``[text][label]`` or ``[label][]`` that Markdown left as plain text: no such definition."""

    text: str
    label: str
    offset: int


def reference_key(label: str) -> str:
    """A reference label as Markdown matches it: case folded, inner white space collapsed."""
    return " ".join(label.split()).lower().upper()


# Bare URLs and e-mail addresses in text: not prose. Linear: no nested quantifiers.
_BARE_URL_RE = lazy(
    r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]]"
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
)


def mask_bare_urls(prose: str) -> str:
    """Replace each bare URL or e-mail address by a placeholder padded to the same length."""
    if "://" not in prose and "www." not in prose and "@" not in prose:
        return prose
    return _BARE_URL_RE.sub(lambda m: PLACEHOLDER + " " * (len(m.group()) - 1), prose)


class Lines:
    """The document's lines (``doc.lines``), cut from its text when asked for: a list of them
    would be a second copy of the text, plus about 50 bytes a line.

    A sequence like the list ``text.split("\\n")``: ``len``, indexing (negative too), slices (a
    list), iteration, and ``==`` with a list.
    """

    __slots__ = ("text", "starts")

    def __init__(self, text: str, starts) -> None:
        self.text = text
        self.starts = starts  # where each line starts in text (Document._line_starts)

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i):
        if i.__class__ is not int:
            if isinstance(i, slice):
                return [self[k] for k in range(*i.indices(len(self.starts)))]
            i = i.__index__()
        n = len(self.starts)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("line index out of range")
        start = self.starts[i]
        return self.text[start : self.starts[i + 1] - 1] if i + 1 < n else self.text[start:]

    def __iter__(self):
        return map(self.__getitem__, range(len(self.starts)))

    def __eq__(self, other) -> bool:
        if isinstance(other, (Lines, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # like a list

    def __add__(self, other: list) -> list:
        return list(self) + list(other)

    def __repr__(self) -> str:
        return f"<Lines: {len(self)}>"

