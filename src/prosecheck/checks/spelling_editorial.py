"""Words an editor changed inside a quotation: "[l]abourers", "[w]hoever", "[a]ccording".

When a quotation starts mid-sentence, scholarly writing changes the case of its first letter and
marks the change with square brackets: "arguing that "[l]abourers are no longer classified"". The
Document's words split at the brackets, so SP101 saw "abourers", "hoever", "ccording" and
suggested "laborers", "however", "according" for words nobody misspelt. On the development sets
these were 19 findings in 18 sets, every one wrong (eval/judged/SP101-sets-s66.tsv).

The word is checked with its bracketed letters put back: when that is a dictionary word, nothing
is wrong; when it is not ("[s]omthing"), the word is still reported.
"""

from __future__ import annotations

#: Letters an editor puts in brackets before the rest of a word: one, or two ("[Th]e").
_MAX_LETTERS = 2


def bracketed_head(prose: str, start: int) -> str:
    """The letters in square brackets glued before the word at ``start`` ("l" in "[l]abourers"),
    or "" when there are none."""
    if start < 3 or prose[start - 1] != "]":
        return ""
    opening = prose.rfind("[", max(0, start - 2 - _MAX_LETTERS), start - 1)
    if opening < 0:
        return ""
    letters = prose[opening + 1 : start - 1]
    return letters if letters.isalpha() else ""
