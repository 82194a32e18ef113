"""The Document: one parse of a file, and the prose view every check reads.

A document is parsed once (Markdown by pulldown-cmark through pyromark, in markdown_prose.py; plain
text by blank lines, its section titles read as headings by plain_titles.py). Checks never
parse Markdown; they read:

* ``lines`` and ``position(offset) -> (line, col)`` (1-based; columns count characters;
  ``positions(offsets)`` for many at once);
* ``blocks``: headings, paragraphs, table cells, each with its ``prose`` (inline code replaced by a
  placeholder; HTML, link destinations, autolinks and bare URLs left out; link text kept) and a map
  from every prose character back to its offset in ``text``;
* ``sentences`` and ``words``, with source offsets and a ``quoted`` flag;
* ``links`` (links and images), ``references``, ``headings`` with anchors, ``footnote_refs``,
  ``html_ids`` and ``unresolved_references`` (``[text][label]`` whose label is not defined).
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from itertools import accumulate, repeat
from operator import add, sub
from typing import Optional

from prosecheck.lazyre import lazy
from prosecheck import _native
from prosecheck.diagnostics import Diagnostic
from prosecheck.genre import is_technical
from prosecheck.markdown_prose import fill_from_markdown
from prosecheck.prose_model import (  # re-exported: checks and plugins import them from here
    Block,
    FootnoteRef,
    Heading,
    NO_QUOTATIONS,
    Lines,
    Link,
    Reference,
    Sentence,
    UnresolvedReference,
    Word,
    mask_bare_urls,
    reference_key,
)
from prosecheck.prose_words import Sentences, Words
from prosecheck.sentences import TOKEN_RE  # noqa: F401 (re-exported)
from prosecheck.word_split import split_blocks

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn")
# Plain text, and Perl's POD (plain text with commands: plain_titles.pod_command), not Markdown.
TEXT_SUFFIXES = (".txt", ".text", ".pod")


PLACEHOLDER_LIMIT = 400  # longer code spans are cut: enough to tell two apart


class Document:
    """One parsed document. Build it with :func:`prosecheck.document.parse`."""

    def __init__(self, path: str, text: str, *, markdown: bool = True, filename: Optional[str] = None):
        self.path = path
        #: The file's own path on disk, when there is one (``None`` for stdin).
        self.filename = filename
        self.text = text
        self.is_markdown = markdown
        # Where each line starts: the running sum of the line lengths plus their "\n" (in C; the
        # "\n" added by operator.add, a tenth cheaper than calling the method (1).__add__).
        # An array: 8 bytes a line where a list of integers costs about 36. Made through a list
        # and the unsigned type, whose items are converted directly (word_split._int_array): a
        # third cheaper than filling the signed array from the iterator.
        # (In C, one pass, when the native builder is there: see _native/_build.c.)
        native = _native.build
        if native is not None:
            self._line_starts = array("q")
            self._line_starts.frombytes(native.line_starts(text))
        else:
            lines = text.split("\n")
            lines.pop()
            self._line_starts = array("q", array("Q", list(accumulate(map(add, map(len, lines), repeat(1)),
                                                                      initial=0))).tobytes())
            del lines
        #: The lines, cut from ``text`` when asked for (a sequence like ``text.split("\\n")``).
        self.lines: Lines = Lines(text, self._line_starts)
        self.blocks: list[Block] = []
        self.links: list[Link] = []
        self.references: dict[str, Reference] = {}
        self.duplicate_references: list[Reference] = []
        self.headings: list[Heading] = []
        self.footnote_refs: list[FootnoteRef] = []
        self.footnote_labels: set[str] = set()
        self.html_ids: set[str] = set()
        #: Headings written in HTML (``<h2 align="center">Backers</h2>``): ``(text, GitHub
        #: anchor)`` in order. GitHub gives them anchors from the same sequence as Markdown's.
        self.html_headings: list[tuple[str, str]] = []
        self.unresolved_references: list[UnresolvedReference] = []
        #: 1-based line numbers that hold code (fenced or indented) or front matter.
        self.code_lines: set[int] = set()
        #: Other files a check consulted (link targets, word lists): a check that reads or tests
        #: a file must add its path here, so the cache knows when this document's result is stale.
        self.dependencies: set[str] = set()
        #: What the documentation-site dialect's rewrite learned (``prosecheck.dialects.Facts``).
        self.dialect_facts = None
        self._sentences: Optional[list[Sentence]] = None
        self._sentence_table: Optional[Sentences] = None
        self._words: Optional[Words] = None
        self._technical: Optional[bool] = None

    # --- positions -------------------------------------------------------------------------
    def position(self, offset: int) -> tuple[int, int]:
        """1-based ``(line, column)`` of a character offset in ``text``."""
        offset = max(0, min(offset, len(self.text)))
        i = bisect_right(self._line_starts, offset) - 1
        return i + 1, offset - self._line_starts[i] + 1

    def positions(self, offsets: list[int]) -> tuple[list[int], list[int]]:
        """``position`` of each of ``offsets`` (character offsets in ``text``, in range), as a list
        of lines and a list of columns: all at once in C, where ``position`` is a Python call each."""
        starts = self._line_starts
        lines = list(map(bisect_right, repeat(starts), offsets))
        line_starts = map(starts.__getitem__, map((-1).__add__, lines))
        return lines, list(map((1).__add__, map(sub, offsets, line_starts)))

    def line_offset(self, line: int) -> int:
        """Offset in ``text`` of the first character of 1-based ``line``."""
        return self._line_starts[max(0, min(line - 1, len(self._line_starts) - 1))]

    def diagnostic(
        self,
        code: str,
        message: str,
        offset: Optional[int] = None,
        *,
        line: Optional[int] = None,
        col: int = 1,
        end_offset: Optional[int] = None,
        severity: Optional[str] = None,
    ) -> Diagnostic:
        """A diagnostic at a source ``offset`` (or at ``line``/``col``)."""
        if offset is not None:
            line, col = self.position(offset)
        end_line = end_col = None
        if end_offset is not None:
            end_line, end_col = self.position(end_offset)
        return Diagnostic(
            self.path, line or 1, col, code, message, severity or "", end_line, end_col
        )

    def placeholder_source(self, block: Block, at: int) -> str:
        """What the placeholder at ``block.prose[at]`` stands for, as written: the content of a
        code span, the address of an autolink, or a bare address (at most 400 characters)."""
        text = self.text
        src = block.source_offset(at)
        ch = text[src : src + 1]
        if ch == "`":
            ticks = src
            while ticks < len(text) and text[ticks] == "`":
                ticks += 1
            fence = text[src:ticks]
            end = text.find(fence, ticks, ticks + PLACEHOLDER_LIMIT)
            while end >= 0 and text[end + len(fence) : end + len(fence) + 1] == "`":
                end = text.find(fence, end + len(fence) + 1, ticks + PLACEHOLDER_LIMIT)
            return text[ticks:end] if end >= 0 else text[ticks : ticks + PLACEHOLDER_LIMIT]
        if ch == "<":
            end = text.find(">", src, src + PLACEHOLDER_LIMIT)
            return text[src + 1 : end] if end >= 0 else ""
        return text[src : src + PLACEHOLDER_LIMIT].split(None, 1)[0] if ch.strip() else ""

    # --- derived views ------------------------------------------------------------------------
    @property
    def technical(self) -> bool:
        """Is this technical writing (documentation), by its prose's computing words? See
        ``prosecheck.genre``; computed when first asked for (a pass over the prose)."""
        if self._technical is None:
            self._technical = is_technical(self.blocks)
        return self._technical

    @property
    def anchors(self) -> set[str]:
        """Every fragment a link into this document may name."""
        found = {h.anchor for h in self.headings}
        found.update(h.explicit_id for h in self.headings if h.explicit_id)
        found.update(anchor for _, anchor in self.html_headings)
        found.update(self.html_ids)
        return found

    @property
    def sentences(self) -> list[Sentence]:
        """Every sentence of the prose, in order; each holds its words (``sentence.words``, a
        sequence over the word arrays: see ``prosecheck.prose_words``)."""
        if self._sentences is None:
            self._split()
        return self._sentences

    @property
    def sentence_table(self) -> Sentences:
        """The sentences as arrays (``prosecheck.prose_words.Sentences``): where each starts and
        ends, and the range of its words, without an object per sentence."""
        if self._sentence_table is None:
            self._split()
        return self._sentence_table

    @property
    def words(self) -> Words:
        """Every word of the prose, in order; ``word.sentence`` indexes ``sentences`` (a sequence
        over arrays: see ``prosecheck.prose_words``)."""
        if self._words is None:
            self._split()
        return self._words

    def _split(self) -> None:
        # Words and sentences go into integer arrays (prose_words.py), about 21 bytes a word where
        # an object per word cost about 190; word_split.py fills them without a Python loop per word.
        words, table = split_blocks(self.blocks, len(self.text))
        self._words = words
        self._sentence_table = table
        # The sentences as objects, made once at C speed: about 140 bytes each, and checks index
        # and walk them often (a sentence's words stay arrays).
        self._sentences = list(table)


def parse(path: str, text: str, *, markdown: Optional[bool] = None, filename: Optional[str] = None,
          dialect: Optional[str] = None) -> Document:
    """Parse ``text`` into a :class:`Document`. ``markdown`` defaults by the path's suffix;
    ``dialect`` (see ``prosecheck.dialects``) defaults to the run's setting or the detected one."""
    if markdown is None:
        markdown = not path.lower().endswith(TEXT_SUFFIXES)
    if "\x00" in text:  # as CommonMark requires, so prose and source agree character for character
        text = text.replace("\x00", "\ufffd")
    if markdown:
        from prosecheck.dialects import rewrite_for_file

        # The dialect's rewrite keeps every line's length, so positions hold; the Document is
        # parsed from it, then takes its facts and the text as written back (Facts.apply).
        rewritten, facts = rewrite_for_file(text, filename, dialect)
        doc = Document(path, rewritten, markdown=markdown, filename=filename)
        fill_from_markdown(doc)
        facts.apply(doc, text)
        return doc
    doc = Document(path, text, markdown=markdown, filename=filename)
    _fill_from_plain_text(doc)
    return doc


# A line of plain text quoted from someone else, as e-mail quotes: "> ", ">" (nested: ">>"), or
# "# " ("#" alone on a line), the marks some mail readers put before the message replied to; or
# the quoted writer's initials before ">" ("GAB> ", "R> ", "N> ": Emacs' supercite), a capital
# and at most three more letters, then a space or the line's end. Those lines are the other
# writer's words: read as the reply's, HC102 reported four of them over the development sets
# (nailset, dolly, sprig; boostprec51), none right.
_PLAIN_QUOTED_RE = lazy(r"[ \t]*(?:>|#(?:[ \t]|$)|[A-Z][A-Za-z]{0,3}>(?:[ \t]|$))")


def _fill_from_plain_text(doc: Document) -> None:
    """Paragraphs are runs of non-blank lines; their prose is the text itself. A run of quoted
    lines ("> ...", "# ...") is a paragraph of its own inside a ``blockquote``, as in Markdown, so
    the lines quoted in an e-mail are not read as the writer's and never join the reply's sentences.
    A section title (a reStructuredText title, over- and underlined or underlined; a numbered title
    alone on its line; a POD ``=head1``: ``prosecheck.plain_titles``) is a heading, never prose,
    and POD's other commands (``=over``, ``=item *``, ``=cut`` ...) are markup, left out."""
    from prosecheck import plain_emphasis

    start = None
    quoted = False
    lines = doc.lines
    every = [*lines, ""]
    titles = _PlainTitles(doc, every)
    for i, line in enumerate(every):
        is_quoted = bool(_PLAIN_QUOTED_RE.match(line))
        if start is not None and (not line.strip() or is_quoted != quoted):
            skip = 0
            if titles.verbatim(start, i):
                start = i  # POD's code: an indented "# comment" is the code's, not an e-mail's quote
            elif not quoted:
                start, skip = titles.take(start, i)
            if start < i:
                s = doc.line_offset(start + 1) + skip
                e = doc._line_starts[i - 1] + len(lines[i - 1])
                # underscore emphasis ("_the best_") out of the prose, as Markdown's parser takes
                # it out: an underscore is a word character, and glued to a word it hid the word
                prose, runs = plain_emphasis.unmarked(doc.text[s:e], s)
                block = Block("paragraph", start + 1, i, prose, runs,
                              containers=("blockquote",) if quoted else ())
                doc.blocks.append(block)
            start = None
        if line.strip() and start is None:
            start = i
            quoted = is_quoted
    if titles.pod:
        from prosecheck import pod_codes

        # POD's inline codes (C<...>, L<...>, B<...>): code and links out, emphasis kept; before
        # the bare URLs, so that "L<https://...>" is read whole
        for block in doc.blocks:
            block.prose = pod_codes.mask(block.prose)
    for block in doc.blocks:
        block.prose = mask_bare_urls(block.prose)


class _PlainTitles:
    """The titles and POD commands of one plain-text document, taken run by run in order."""

    def __init__(self, doc: Document, lines):
        self.doc = doc
        self.lines = lines
        self.styles: dict = {}  # adornment style -> level, in the order the document first uses each
        self.slug = None
        self.region = None  # inside POD's "=begin NAME" ... "=end NAME": that formatter's, not prose
        self.pod = False  # has a POD command been met: then an indented run is verbatim (code)

    def take(self, start: int, end: int) -> tuple[int, int]:
        """Make a heading of each title that opens the run ``lines[start:end]`` (after a title, the
        next line may open another) and pass over POD's commands; return where the run's paragraph
        starts: its line, and the characters of that line before it (an ``=item``'s mark)."""
        from prosecheck import plain_titles

        lines = self.lines

        def quoted(line: str) -> bool:
            return bool(_PLAIN_QUOTED_RE.match(line))

        while start < end:
            line = lines[start]
            pod = plain_titles.pod_command(line)
            if self.region is not None:
                if pod is not None and pod[0] == "end":
                    self.region = None
                return end, 0  # a formatter's region ("=begin html"): not prose
            if pod is not None:
                self.pod = True
                name, at = pod
                if name == "for":
                    return end, 0  # "=for html ...": the paragraph is the formatter's
                if name == "begin":
                    self.region = name
                    return end, 0
                if name.startswith("head") and line[at:].strip():
                    self._heading(start, line[at:].rstrip(), at, int(name[4]))
                elif name == "item" and line[at:].strip():
                    return start, at  # "=item * Fast parsing": the item's text is prose
                elif name == "term":
                    # "=item But everybody knows that ...,\nwhy do you disable them?": a term, and
                    # the paragraph it opens, to the blank line, is all of it (perlpodspec)
                    return end, 0
                start += 1
                continue
            if self.verbatim(start, end):
                return end, 0
            found = plain_titles.title_at(lines, start, end, quoted)
            if found is not None:
                at, taken, style = found
                level = self.styles.setdefault(style, len(self.styles) + 1)
            elif end - start == 1 and plain_titles.numbered_title(line):
                at, taken = start, 1
                level = line.split(None, 1)[0].rstrip(".").count(".") + 1
            else:
                break
            title = lines[at]
            indent = len(title) - len(title.lstrip())
            self._heading(at, title.strip(), indent, level)
            start += taken
        return start, 0

    def verbatim(self, start: int, end: int) -> bool:
        """Is the run ``lines[start:end]`` POD's verbatim paragraph (perlpodspec: one that opens
        indented, once a command has been met)? Then it is code, as Markdown's indented block is:
        its lines go to ``code_lines``, and none of it is prose."""
        if not self.pod or self.lines[start][:1] not in (" ", "\t"):
            return False
        self.doc.code_lines.update(range(start + 1, end + 1))
        return True

    def _heading(self, at: int, text: str, column: int, level: int) -> None:
        doc = self.doc
        offset = doc.line_offset(at + 1) + column
        block = Block("heading", at + 1, at + 1, text, [(0, offset, len(text))], level=level)
        doc.blocks.append(block)
        if self.slug is None:
            from prosecheck.slugs import SlugCounter

            self.slug = SlugCounter()
        doc.headings.append(Heading(level, text, self.slug(text), offset, at + 1, block))
