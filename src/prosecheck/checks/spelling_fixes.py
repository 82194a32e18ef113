"""The fixes of the spelling check: SP102 deletes the doubled word, SP101 corrects a word.

Kept apart from ``spelling.py`` (which decides what is wrong) because these only decide what a
correct source looks like. A fix is attached only when the source between the offsets is exactly
the prose the check read, so markup (``the *the*``) or an entity is never cut in half.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.fixes import SAFE, UNSAFE, Fix, replacement


def doubled_word_fix(doc, first, second) -> Optional[Fix]:
    """Delete ``second`` and the space before it: "the the cat" -> "the cat"."""
    start = first.block.source_offset(first.end - 1) + 1
    end = second.offset + len(second.text)
    segment = doc.text[start:end]
    gap = segment[: len(segment) - len(second.text)]
    if not segment.endswith(second.text) or not gap or not gap.isspace():
        return None
    return replacement(doc, start, end, "", f'Delete the repeated "{second.text}"', SAFE)


def _one_edit(a: str, b: str) -> bool:
    """True when ``b`` is one insertion, deletion, substitution or swap of neighbours from ``a``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


def project_matches(word: str, project_words) -> list:
    """Words of the project's list one edit away from ``word`` (lower case)."""
    lower = word.lower()
    return sorted(p for p in project_words if _one_edit(lower, p))


def unknown_word_fix(doc, block, prose_start: int, word: str, project_words, suggestions,
                     match_case) -> Optional[Fix]:
    """Safe when the project's word list holds exactly one word one edit away (a house spelling:
    "prosechek" -> "prosecheck"); otherwise unsafe, to the dictionary's first suggestion."""
    start = block.source_offset(prose_start)
    end = block.source_offset(prose_start + len(word) - 1) + 1
    if doc.text[start:end] != word:
        return None
    house = project_matches(word, project_words)
    if len(house) == 1:
        new, applicability = match_case(word, house[0]), SAFE
    elif suggestions:
        new, applicability = suggestions[0], UNSAFE
    else:
        return None
    return replacement(doc, start, end, new, f'Change "{word}" to "{new}"', applicability)
