"""The text between two words of a sentence, read the same way by every check, and the line a
finding that runs over a line break is reported on.

Many shapes turn on what separates two words: a comma before an aside, a dash, a quotation mark
("officials said, on Tuesday"). The checks had five private copies of this slice; one place keeps
them reading it alike.
"""

from __future__ import annotations


def between(words, prose: str, a: int, b: int) -> str:
    """The prose between word ``a``'s end and word ``b``'s start; empty when ``b`` is past the
    sentence's last word."""
    if b >= len(words):
        return ""
    return prose[words[a].end : words[b].start]


def marked(words, prose: str, a: int, b: int) -> bool:
    """A mark stands between words ``a`` and ``b`` (a comma, a dash, a quotation), or word ``b``
    is quoted; never past the sentence's last word."""
    if b >= len(words):
        return False
    return bool(between(words, prose, a, b).strip()) or words[b].quoted


def on_line_of(text: str, words, a: int, b: int, stop: int | None = None) -> int:
    """The first of words ``a``.. (at most ``stop``, by default ``b``) that stands on word ``b``'s
    line: a finding whose phrase runs over a line break ("is generally\nconsidered", "one of
    the\nfastest") is reported where its key word stands, where an editor looks for it."""
    last = b if stop is None else stop
    while a < last and "\n" in text[words[a].offset : words[b].offset]:
        a += 1
    return a
