"""Verse: a paragraph set as lines of a poem, whose words are the poem's, not the writer's claims.

A poem quoted or composed on a page (the verses *The Devil's Dictionary* credits to its poets,
real or invented: "The affair / Was opened, it is said, with prayer." signed "J. Milton Sloluck")
speaks in its own voice and figures: its "it is said", "surely" and "peerless" are the verse's,
not a claim the page makes about the world (sander-docs' S800 (b); news-dev's RULES 1 leaves
other people's words out). A paragraph is verse when it is set as three or more short lines that
each open with a capital, and at least two lines run on into the next without ending a sentence
("Freedom, as every schoolboy knows, / Once shrieked as Kosciusko fell; / On every wind, indeed,
that blows / I hear her yell."): prose wrapped at a margin has long lines, one sentence a line
("semantic line breaks") ends each line with a full stop, and the two-line blocks of a README
("Type: `string` / Default: `'.'`", "Copyright (c) 2015 ... / Released under the MIT license.")
are not verse.

Issue 11, fifty-third session (prec53): over the one hundred and eighteen sets before wimble,
SL101, HC101 and HC102 found 11 times in such paragraphs (8 warnings, 3 info) and were wrong
every time (sander-, sprig-, crowbar-docs); in brad-docs 3 warnings, wrong too.
"""

from __future__ import annotations

from prosecheck.lazyre import lazy

#: A line of verse is at most this many characters (indentation aside): the development sets'
#: verses with findings run to 51 (a pentameter); prose wrapped at a margin fills 65 to 80, and a
#: README's opening wrapped at 60 ("The most correct and second fastest glob implementation in",
#: 58 characters, then "JavaScript. (See **Comparison ...") is not verse.
MAX_LINE = 55
#: Verse has at least this many lines, and at least RUN_ONS of them (before the last) run on.
MIN_LINES = 3
RUN_ONS = 2

# A capital opens the line, after any opening quotation mark or bracket: "'Twas rumored", "“O Brahma".
_OPENS_CAPITAL_RE = lazy(r"[\"'\u201c\u2018(]*[A-Z]")
# A line that ends a sentence: a full stop, "!" or "?", then any closing marks.
_ENDS_SENTENCE_RE = lazy(r"[.!?][\"'\u201d\u2019)]*$")


def is_verse(lines, block) -> bool:
    """Whether ``block`` (a paragraph, ``lines`` the document's lines) is set as verse: three or
    more lines, every one short and opening with a capital, and two or more before the last
    running on without ending a sentence. Reads the block's lines once."""
    if block.kind != "paragraph" or block.end_line - block.start_line + 1 < MIN_LINES or block.end_line > len(lines):
        return False
    runs_on = 0
    last = block.end_line - 1
    for i in range(block.start_line - 1, block.end_line):
        line = lines[i].strip()
        if len(line) > MAX_LINE or not _OPENS_CAPITAL_RE.match(line):
            return False
        if i < last and not _ENDS_SENTENCE_RE.search(line):
            runs_on += 1
    return runs_on >= RUN_ONS
