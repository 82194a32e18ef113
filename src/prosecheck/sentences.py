"""Sentence boundaries, words and quotations in a block of prose.

A regular expression finds candidate boundaries (terminal punctuation, closing quotes or brackets,
white space); a few cheap tests on the characters around each candidate reject abbreviations
("e.g.", "Dr.", "U.S."), initials ("J. Smith"), and ellipses or full stops followed by a lower-case
word. Every pattern here is linear: no nested quantifiers, so no catastrophic backtracking.
"""

from __future__ import annotations

import re

from prosecheck.lazyre import lazy

# Placeholder the Document puts where inline code, an autolink or a bare URL stood: it separates
# words but is not itself a word. NUL: CommonMark turns every NUL of a Markdown file into U+FFFD,
# so it cannot stand in parsed text, and it keeps the prose of an English document within
# Latin-1, which Python stores one byte a character: regular expressions and string methods then
# run their one-byte paths (U+FFFC, the placeholder before, made 875 of 1,000 corpus documents'
# prose two or four bytes a character; without it 255; issue 14, fifteenth session).
PLACEHOLDER = "\x00"

# Superscript digits are reference marks ("in 1990.¹"), not part of a word.
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
_LETTER = rf"[^\W{_SUPERSCRIPTS}]"

#: A word: letters or digits, optionally joined by apostrophes, hyphens, dots, slashes or @
#: ("don't", "state-of-the-art", "e.g", "config.yaml", "and/or", "a@b.c"). Checks split further.
#: A number keeps its thousands separators and decimals: "500,000", "1,234.56", "10,000-strong".
WORD_RE = lazy(rf"{_LETTER}+(?:[-'\u2019./@]{_LETTER}+|(?<=\d),\d{{3}}(?!\d))*")

#: What goes inside a citation marker copied from an encyclopedia: "3", "a", "note 1", "nb 2",
#: "citation needed", "who?", "according to whom?". Lower case only: "[Guide]" is link text.
CITATION_LABEL = r"(?:\d{1,4}|[a-z]|[a-z]{1,12}(?:[- ][a-z]{1,12})? ?\d{1,4}|[a-z]{1,15}(?: [a-z]{1,15}){0,3}(?: needed|\?))"
CITATION_LABEL_RE = lazy(CITATION_LABEL)

#: A word, or a citation marker glued to what precedes it ("1990.[3]", "[9][10]"), which is not a
#: word: the Document's word split skips matches of the ``mark`` group.
TOKEN_RE = lazy(rf"(?P<mark>(?<=\S)\[{CITATION_LABEL}\])|{WORD_RE.pattern}")
#: The same tokens as ``(mark, word)`` pairs for ``findall``, which makes no match object per word:
#: the Document's word split finds where each starts as the first occurrence of its text after
#: the token before (an earlier occurrence would begin with a letter or digit, where the pattern
#: would have matched first).
TOKEN_PAIRS_RE = lazy(rf"(?P<mark>(?<=\S)\[{CITATION_LABEL}\])|({WORD_RE.pattern})")

# After a sentence's final mark: closing quotes and brackets, reference marks ("[3]", "[a]",
# "[citation needed]", "¹"), and the emphasis markers a plain-text writer closes a sentence or a
# quotation with ("... timeline."* Then", "*It works.* Then"). A boundary is that run followed
# by white space.
_AFTER_END = rf"(?:[\"'\u201d\u2019)\]*_]|\[[^\[\]\n]{{1,40}}\]|[{_SUPERSCRIPTS}])*"
#: Where a sentence may end; group 1 is the part that belongs to the sentence before. (The first
#: mark is written apart, "[.!?…][.!?…]*" for "[.!?…]+", so that the engine skips to the next mark
#: in C instead of trying a match at every character.) Readability cuts a sentence at each of its
#: final marks whatever follows (checks/readability.py).
SENTENCE_END_RE = lazy(rf"([.!?\u2026][.!?\u2026]*{_AFTER_END})\s+")
#: The splitter's boundaries: the final marks, and a semicolon closed inside a double quotation mark
#: before a capital ('known as "Street Hustlers;" Also, did you know', 'the whole course of
#: anything;” Citations are given'): a semicolon outside the marks joins two clauses, one inside
#: them is the quotation's own, cut there, and the writer's next sentence starts after it (issue 11,
#: sixty-third session, fix63: the three in the one hundred and fifty-one sets, spudger's two and
#: hoe's one, are all sentence ends; none in the corpus). Before a lower-case word it is none
#: ('the "quintuple treaty;" and his conduct'), and readability does not cut there either.
_BOUNDARY_RE = lazy(rf"((?:[.!?\u2026][.!?\u2026]*|;(?=[\"\u201d])){_AFTER_END})\s+")

# Lower-cased, with their final full stop. A boundary after one of these is not a boundary.
ABBREVIATIONS = frozenset(
    """
    e.g. i.e. cf. etc. vs. viz. al. approx. ca. c. incl. esp. resp. fig. figs. eq. eqs. no. nos.
    vol. vols. pp. p. ch. sec. ed. eds. dept. est. misc. min. max. avg. ref. refs. ex.
    dr. mr. mrs. ms. mx. prof. sr. jr. st. rev. gen. col. lt. sgt. capt. hon. gov. pres. rep. sen.
    inc. ltd. co. corp. bros. llc. jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
    mon. tue. tues. wed. thu. thur. thurs. fri. sat. sun. u.s. u.k. u.n. e.u. a.m. p.m. ph.d.
    """.split()
)
# "etc." often does end a sentence; accept a boundary after it when a capital follows.
_SOFT_ABBREVIATIONS = frozenset({"etc."})

_INITIALISM_RE = lazy(r"(?:[A-Za-z]\.){2,}$")


def _token_before(text: str, end: int) -> str:
    """The run of non-space characters that ends at ``end`` (exclusive), at most 41 of them,
    without leading quotes. (No abbreviation is longer than 41 characters: looking at most that
    far back keeps it constant-time. ``rsplit`` takes the same white space as ``\\s``; a search
    for ``\\S*\\Z`` tried a match at each of the 41 characters.)"""
    chunk = text[max(0, end - 41) : end]
    if not chunk or chunk[-1].isspace():
        return ""
    return chunk.rsplit(None, 1)[-1].lstrip("\"'(\u201c\u2018[")


_OPENERS = "\"'(\u201c\u2018[\u00bf\u00a1*_"
# The marks of a plain-text list item, and the white space after one (a bullet is followed by a
# space or a tab; "*emphasis*" and "-1" are not items).
_BULLETS = "*-+\u2022"
_BLANK = (" ", "\t")


def _next_char(text: str, pos: int) -> str:
    """The first character at or after ``pos`` that is not an opening quote or bracket."""
    n = len(text)
    while pos < n and text[pos] in _OPENERS:
        pos += 1
    return text[pos] if pos < n else ""


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of each sentence in ``text``, white space trimmed at both ends."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    if "." not in text and "!" not in text and "?" not in text and "\u2026" not in text and ";" not in text:
        # No final mark, no boundary (most headings, cells and list items): four scans in C
        # instead of a scanner and its search; and, when the block starts and ends with neither
        # white space nor a placeholder (nearly always), nothing to trim.
        if n and not (text[0].isspace() or text[0] == PLACEHOLDER or text[-1].isspace()):
            return [(0, n)]
        _append(text, 0, n, spans)
        return spans
    for m in _BOUNDARY_RE.finditer(text):
        after = m.end()
        if after >= n:
            continue  # nothing follows
        nxt = text[after]
        if nxt in _BULLETS and text[after + 1 : after + 2] in _BLANK and "\n" in text[m.end(1) : after]:
            # A plain-text list item ("* What ...", "- the next step") on a line of its own: a new
            # item is a new sentence, whatever case it starts with. (Markdown's parser makes each
            # item a block of its own; this is the same item written in a .txt file.)
            nxt = "A"
        elif nxt in _OPENERS:
            nxt = _next_char(text, after)
            if not nxt:
                continue
        if not (nxt.isupper() or nxt.isdigit() or nxt == PLACEHOLDER):
            # "... and then", "e.g. this": a lower-case word continues the sentence. Inline
            # code (the placeholder) after a full stop starts one: "Run it. `make` builds it."
            continue
        mark = m.start()
        if text[mark] == "." and no_boundary_after(text, mark):
            continue  # "Dr. Smith", "J. Smith", "U.S. Army"
        # A sentence after a boundary starts after its white space and ends at its final mark
        # or closer (group 1 is never empty, never white space): only a placeholder or the
        # block's first white space is left to trim.
        c = text[start]
        if c == PLACEHOLDER or c.isspace():
            _append(text, start, m.end(1), spans)
        else:
            spans.append((start, m.end(1)))
        start = after
    _append(text, start, n, spans)
    return spans


#: What ``_native._split.sentences`` looks a full stop's token up in: the abbreviations that always
#: hold a boundary back.
HARD_ABBREVIATIONS = ABBREVIATIONS - _SOFT_ABBREVIATIONS


def no_boundary_after(text: str, mark: int) -> bool:
    """Whether the full stop at ``mark`` ends an abbreviation, an initial or an initialism, as
    ``split_sentences`` tests it: ``_native._split.sentences`` asks it when the token before the stop
    holds a character outside ASCII (it tests the others itself), and ``split_sentences`` here."""
    token = _token_before(text, mark + 1).lower()
    return (token in HARD_ABBREVIATIONS
            or (len(token) == 2 and token[0].isalpha())  # an initial: "J. Smith"
            or _INITIALISM_RE.match(token) is not None)  # "U.S. Army", "a.m. Pacific"


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and (text[start].isspace() or text[start] == PLACEHOLDER):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


_QUOTE_RE = lazy(r"[\"\u201c\u201d]")


def find_quotations(text: str, max_len: int = 2000) -> list[tuple[int, int]]:
    """``(start, end)`` of each passage in double quotation marks, the marks included.

    Straight quotes open after white space, an opening bracket or the start, and close elsewhere;
    curly quotes say which they are. A quotation left open at the end of the block, or longer than
    ``max_len`` characters, is taken to be a stray mark and ignored.
    """
    spans: list[tuple[int, int]] = []
    open_at = -1
    lead = 0
    n = len(text)
    for m in _QUOTE_RE.finditer(text):
        i = m.start()
        ch = text[i]
        # Emphasis markers a plain-text writer puts around a quotation (*"Nobody knows ..."*,
        # _"..."_) are looked through: the mark opens as it would without them, and the span
        # takes them in, with as many after the closing mark, so a sentence that is all quotation
        # is quoted as a whole. (Markdown's parser has already taken its emphasis out.)
        j = i
        while j and text[j - 1] in "*_" and i - j < 3:
            j -= 1
        prev = text[j - 1] if j else " "
        opening = ch == "\u201c" or (ch == '"' and (prev.isspace() or prev in "([{-\u2014/" or j == 0))
        if open_at < 0:
            if opening:
                open_at = j
                lead = i - j
        elif not opening or ch == '"':
            end = i + 1
            if lead:
                k = end
                while k < n and k - end < lead and text[k] in "*_":
                    k += 1
                end = k
            if i - open_at - lead <= max_len:
                spans.append((open_at, end))
            open_at = -1
    return spans


# Single quotation marks, as British English and many newspapers quote ('It works,' she said):
# an opening mark at the start of a word (after a space, tab or line break, an opening bracket, a
# dash or a slash, or at the start) with a letter or digit after it, and a closing mark after the
# quoted words and before anything but a letter or digit (emphasis markers around the marks,
# *'...'*, are taken in as for double marks). The apostrophe is the same character, so what is taken is
# narrow: "don't" and "it's" never open or close one (a letter on both sides), an elision that
# opens a word ("'90s", "'em") opens one only if a closing mark follows in the same block, and a
# quotation longer than _SINGLE_MAX characters is taken to be no quotation.
_SINGLE_OPEN_RE = lazy(r"(?:(?<=[ \t\n(\[{\u2014\u2013/-])|^)([*_]{0,3})['\u2018](?=[^\W_])")
_SINGLE_CLOSE_RE = lazy(r"(?<=[^\s'\u2018])['\u2019](?![^\W_])")
_SINGLE_MAX = 600


def find_single_quotations(text: str, max_len: int = _SINGLE_MAX) -> list[tuple[int, int]]:
    """``(start, end)`` of each passage in single quotation marks, the marks included (see above)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = _SINGLE_OPEN_RE.search(text, pos)
        if m is None:
            return spans
        c = _SINGLE_CLOSE_RE.search(text, m.end())
        if c is None:
            return spans
        end = c.end()
        lead = len(m.group(1))  # emphasis around the quotation, as for double marks
        while lead and end < len(text) and text[end] in "*_":
            end += 1
            lead -= 1
        if c.end() - m.end() + 1 <= max_len:
            spans.append((m.start(), end))
            pos = end
        else:
            pos = m.end()


def _may_open_single(text: str) -> bool:
    """Whether a straight single mark stands where one may open a quotation: a quick test in C
    (most blocks hold apostrophes, few an opening mark), before the regular expression."""
    if "'" not in text:
        return False
    return (text[0] == "'" or " '" in text or "\n'" in text or "('" in text or "\u2014'" in text
            or "['" in text or "-'" in text or "\u2013'" in text or "/'" in text or "{'" in text
            or "\t'" in text or "*'" in text or "_'" in text)


def find_all_quotations(text: str) -> list[tuple[int, int]]:
    """Passages in double quotation marks and, outside them, in single ones, in order. A block with
    no mark that could open one costs a few tests in C (callers need no test of their own)."""
    double = find_quotations(text) if '"' in text or "\u201c" in text else []
    if "\u2018" not in text and not _may_open_single(text):
        return double
    single = [s for s in find_single_quotations(text)
              if not any(a < s[1] and s[0] < b for a, b in double)]
    if not single:
        return double
    return sorted(double + single)

