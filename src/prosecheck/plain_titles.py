"""Section titles in plain text: a reStructuredText title, read as a heading and not as prose.

Plain text (``.txt``) is parsed by blank lines (``document._fill_from_plain_text``), so a title
written the reStructuredText way, a line underlined (or over- and underlined) with a run of one
punctuation character,

    Why write Python 3-style code?        ==========
    ------------------------------        Overview
                                          ==========

was a paragraph: its words a sentence that ran on into the underline (and into the text under it
when no blank line came between), and every check read it as the writer's prose (issue 11: a
heading is reference text; RULES 1 does not judge a heading that only names its section). Over the
ninety-one development sets about 1,900 such titles stand in the plain-text documents (reST pages of
Python projects, Git's AsciiDoc pages), and every gold item on one is a negative.

A title here is read the way docutils reads one: at the head of a run of lines (after a blank line
or the file's start), an optional overline, the title line, then an underline of the same
character at least as long as the title (and at least three); with an overline, the underline must
match it. The adornment characters are ``= - ~ ^ * + # " ' : .`` (docutils takes any
punctuation; ``_`` and the backquote are left out here: in these files a run of either is a rule
or a fence more often than a title). A title line that is itself an adornment line, one indented
without an overline (a quotation in reST), or one quoted the e-mail way (``# ``, ``>``) is not a
title. Levels go by the order in which the document uses each style, as in docutils.

Numbered section titles in plain text, ``4.1.1. The Early Debian Packaging System`` alone between
blank lines with no end mark, are headings too (a line of a run of one, a section number first,
then a capital, and no sentence mark at the end): a sentence ends with one, a title does not.

Perl's documentation (POD) read as plain text, as Debian ships a module's manual pages in text or a
``.pod`` file is named on the command line, opens its paragraphs with commands: ``=head1 NAME`` to
``=head6`` are titles (their text a heading of that level), and ``=pod``, ``=cut``, ``=over 4``,
``=item``, ``=back``, ``=encoding utf8``, ``=begin html`` ... ``=end html`` and ``=for html ...``
are markup, not prose (``=item``'s own text is a list's bullet, number or term; a formatter's
region, ``=begin`` to ``=end`` or a ``=for`` paragraph, is for that formatter, not the reader).
Before the forty-fourth session these lines were prose (Date::Manip's ``=head1 ONE OF THE OLDEST``,
an SL101 warning on a title that names its section). A command is ``=`` and its name at the start
of a line that opens a run of lines, as perlpodspec has it; a line such as ``=====`` or ``=foo``
is not one.

Every check then sees these as headings (``block.kind == "heading"``, ``doc.headings``). Markdown
is not touched: there CommonMark settles what a line under a paragraph is (a setext heading for
``=``/``-``, a fence for `````/``~~~``, a thematic break, or the paragraph's own text).
"""

from __future__ import annotations

import re
from typing import Optional

# A line of one adornment character, three or more, nothing after it but spaces.
_ADORNMENT_RE = re.compile(r"([=\-~^*+#\"':.])\1{2,}[ \t]*\Z")
# "4.1.1. The Early Debian Packaging System", "A.5.3 What was the Spanish Revolution", "2 Usage":
# a section number (an appendix letter first or not; parts joined by dots) and a capital word.
_NUMBERED_RE = re.compile(r"(?:[A-Z]\.)?\d{1,3}(?:\.\d{1,3})*\.?[ \t]+[\"'(\u201c]?[A-Z]")
# What ends a sentence (or a clause run on to the next line): a title has none of these last.
_END_MARKS = (".", "!", "?", ":", ";", ",", "\u2026")


# A POD command at the start of a line, and the text after it (perlpodspec's command paragraphs).
_POD_RE = re.compile(r"=(head[1-6]|pod|cut|over|item|back|encoding|begin|end|for)(?=[ \t\r]|\Z)[ \t]*")
# What opens an ``=item``'s text as its mark: a bullet ("*", "o", "-") or a number ("1", "2.").
_POD_ITEM_MARK_RE = re.compile(r"(?:[*o\-]|\d+\.?)(?=[ \t\r]|\Z)[ \t]*")


def pod_command(line: str) -> Optional[tuple[str, int]]:
    """The POD command that ``line`` is (``"head2"``, ``"item"``, ``"cut"`` ...) and where the text
    after it starts in the line, or None. For ``=item`` the text starts after its bullet or number
    (``=item * Fast parsing``: the item's prose); an ``=item`` with text and no such mark opens a
    term, named ``"term"`` (``=item B<First/last week>``: a label, not prose, to the paragraph's
    end)."""
    m = _POD_RE.match(line)
    if m is None:
        return None
    name, at = m.group(1), m.end()
    if name == "item":
        mark = _POD_ITEM_MARK_RE.match(line, at)
        if mark is not None:
            at = mark.end()
        elif line[at:].strip():
            name = "term"
    return name, at


def adornment(line: str) -> Optional[str]:
    """The character of an adornment line (``"====="`` -> ``"="``), or None."""
    m = _ADORNMENT_RE.match(line)
    return m.group(1) if m else None


def title_at(lines, start: int, end: int, quoted) -> Optional[tuple[int, int, str]]:
    """A title heading the run of lines ``lines[start:end]`` (no blank line in it): ``(title line
    index, lines it takes, style)``, style being the adornment character, doubled when there is an
    overline; None when the run does not open with one. ``quoted(line)`` says whether a line is an
    e-mail quotation (never a title)."""
    first = lines[start]
    over = adornment(first)
    if over is not None:
        if end - start < 3:
            return None
        title, under = lines[start + 1], lines[start + 2]
        if adornment(title) is not None or quoted(title) or adornment(under) != over:
            return None
        text = title.strip()
        if not text or len(under.rstrip()) < len(text) or len(first.rstrip()) < len(text):
            return None
        return start + 1, 3, over + over
    if end - start < 2 or first[:1] in (" ", "\t") or quoted(first):
        return None
    under = lines[start + 1]
    char = adornment(under)
    if char is None or len(under.rstrip()) < len(first.rstrip()):
        return None
    return start, 2, char


def numbered_title(line: str) -> bool:
    """A line alone between blank lines that is a numbered section title: a section number, a
    capital word, no end mark (``4.1.1. The Early Debian Packaging System``)."""
    text = line.strip()
    return (bool(_NUMBERED_RE.match(line)) and not text.endswith(_END_MARKS)
            and len(text) <= 120)
