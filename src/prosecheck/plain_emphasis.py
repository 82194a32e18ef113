"""Underscore emphasis in plain text: ``_the best_``, ``_Every one knows that_``.

E-mail, Project Gutenberg's books and other plain text mark italics with an underscore each side,
as Markdown does. Markdown's parser takes the marks out of the prose; plain text kept them, and an
underscore is a word character, so ``_the best_`` was read as the words ``_the`` and ``best_`` and
no check saw the phrase. Here the marks leave the prose as Markdown's do: the prose is the text
without them, and its runs (``Block.runs``) map every character left back to its place in the
source, so positions hold.

A mark is a single underscore at a word's edge: before a letter or digit with no word character
before it (``_the``), or after a character that is not a space with no word character after it
(``best_``). Marks need not pair: texts converted from HTML or a word processor move the closing
one past the space (npm ``nlp-corpus``' Poe: ``_Every one knows that a large floor _may``), and a
glued mark hides its word all the same. Underscores inside a word (``snake_case``), doubled
(``__init__``) or standing alone (``a _ b``) are the text's own and stay. Asterisks need no such
care: they are not word characters, and the sentence splitter already reads them as emphasis
(sentences.py).
"""

from __future__ import annotations

from prosecheck.lazyre import lazy

# Each underscore is looked at once, with one character either side: linear on any text.
_MARK_RE = lazy(r"(?<![\w_])_(?=[^\W_])|(?<=[^\s_])_(?![\w_])")


def unmarked(prose: str, source_start: int) -> tuple[str, list]:
    """``prose`` (which starts at ``source_start`` in the source) without its underscore marks,
    and its runs: ``(prose_start, source_start, length)`` for each stretch kept, as
    ``Block.runs`` holds them."""
    whole = [(0, source_start, len(prose))]
    if "_" not in prose:
        return prose, whole
    marks = [m.start() for m in _MARK_RE.finditer(prose)]
    if not marks:
        return prose, whole
    pieces = []
    runs = []
    kept = 0  # characters of the new prose written so far
    at = 0  # where the next stretch to keep starts in ``prose``
    for mark in [*marks, len(prose)]:
        if mark > at:
            runs.append((kept, source_start + at, mark - at))
            pieces.append(prose[at:mark])
            kept += mark - at
        at = mark + 1
    return "".join(pieces), runs
