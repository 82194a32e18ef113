"""Perl POD's formatting codes in a paragraph's prose: code and links left out, emphasis kept.

A POD page read as plain text (``plain_titles``: ``=head1`` and the other commands) writes its
inline markup as formatting codes (perlpodspec): ``C<open>`` is code, ``F</etc/passwd>`` a file
name, ``L<perlfunc/open>`` a link (``L<the manual|perlfunc/open>`` one with its own text),
``B<...>``, ``I<...>`` and ``S<...>`` bold, italic and unbreakable text, ``E<gt>`` an escaped
character, ``X<...>`` an index entry and ``Z<>`` nothing. Before the forty-fifth session they were
read as words: ``C<strict>`` a misspelt word ``C<strict>``, ``L<perlfunc/open>`` prose.

``mask`` does for them what the Markdown reader does for code spans and links, keeping every
character's place (the paragraph's prose maps onto the text one to one, as ``mask_bare_urls``
keeps it): code, file names and links to manual pages become one placeholder padded with spaces,
as an inline code span is, and a link to a web address a placeholder on the address, as a bare URL
is (a source of the sentence, as in Markdown); a link's own text, and the text inside bold, italic and ``S<>``, stay prose
with the code's letter and brackets blanked; escapes, index entries and ``Z<>`` become spaces.

The single form ends at its first ``>`` not matched by a nested ``<``; the doubled form,
``C<< $a->[0] >>``, at white space and as many ``>`` as it opened with. A code not closed within
``LIMIT`` characters is left as written (so a stray ``A<`` in prose costs a bounded look, and the
paragraph is read once: linear in its length).
"""

from __future__ import annotations

import re

from prosecheck.sentences import PLACEHOLDER

# How far a code may run before it is taken as literal text (perlpodspec sets no bound; a real
# code is a word or a phrase, and the bound keeps a page of stray "A<" linear).
LIMIT = 400

# Codes whose content is not prose, and whether it stands for something (a placeholder) or nothing.
_CODE_LIKE = frozenset("CF")  # code and file names: a placeholder, as a Markdown code span
_NOTHING = frozenset("EXZ")  # an escape, an index entry, a null code: blanked
_KEPT = frozenset("BIS")  # bold, italic, unbreakable: their text is prose
# A link to a web address (not to another manual page): read as a bare URL is, a placeholder that
# stands for the address (``Support`` counts it as the sentence's source).
_ADDRESS = ("http://", "https://", "www.")

# A code opens with its letter (not the end of a longer word: "HashMap<K>") and its brackets.
_OPEN_RE = re.compile(r"(?<![A-Za-z0-9_])([BCEFILSXZ])(<+)(?=(.))", re.S)


def _close(prose: str, at: int, brackets: int) -> int:
    """Where the code whose content starts at ``at`` closes (the index of its first ``>``), or -1
    when it does not within LIMIT characters."""
    stop = min(len(prose), at + LIMIT)
    if brackets == 1:
        depth = 0
        for i in range(at, stop):
            ch = prose[i]
            if ch == "<" and i > 0 and prose[i - 1] in "BCEFILSXZ":
                depth += 1
            elif ch == ">":
                if depth == 0:
                    return i
                depth -= 1
        return -1
    end = ">" * brackets
    i = prose.find(end, at, stop)
    while i >= 0:
        if prose[i - 1 : i].isspace():
            return i - 1  # the white space before the closing brackets is the delimiter's
        i = prose.find(end, i + 1, stop)
    return -1


def mask(prose: str) -> str:
    """The prose with every POD formatting code read as above; the same length as ``prose``."""
    if "<" not in prose:
        return prose
    out = list(prose)
    pos = 0
    while True:
        m = _OPEN_RE.search(prose, pos)
        if m is None:
            break
        letter, brackets = m.group(1), len(m.group(2))
        start, at = m.start(), m.end()
        if brackets > 1:
            if not m.group(3).isspace():
                pos = m.end()  # "C<<" without white space is not the doubled form: literal
                continue
            at += 1
        end = _close(prose, at, brackets)
        if end < 0:
            pos = m.end()
            continue
        after = end + brackets + (1 if brackets > 1 else 0)  # past the closing brackets
        if letter in _KEPT or (letter == "L" and "|" in prose[at:end]):
            # keep the text: blank the opening ("B<", "L<") and, for a link, the "|target>"
            text_end = prose.index("|", at) if letter == "L" else end
            for i in range(start, at):
                out[i] = " "
            for i in range(text_end, after):
                out[i] = " "
            if letter == "L" and prose.startswith(_ADDRESS, text_end + 1):
                out[text_end + 1] = PLACEHOLDER  # "L<the manual|https://...>": the address, a source
            pos = at  # codes nested in the kept text are read too
            continue
        for i in range(start, after):
            out[i] = " "
        if letter == "L" and prose.startswith(_ADDRESS, at):
            out[at] = PLACEHOLDER  # on the address itself, which a bare URL's placeholder reads
        elif letter in _CODE_LIKE or letter == "L":
            out[start] = PLACEHOLDER
        pos = after
    return "".join(out)
