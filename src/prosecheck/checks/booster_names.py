"""A booster that is a word of a name: a title or a capitalised term, not the writer's certainty.

"in his book Surely You're Joking, Mr. Feynman!", "(see his essay ... in Surely You're Joking,
Mr. Feynman!)", "some extra things that are Definitely Not Safe (which we will define in the
next section)": inside the sentence the booster is capitalised and so is the word after it, the
way a title or a coined term is written. The writer names a book or a category; nothing is
vouched for (rasp-docs V3: "a title, not the writer's claim"). Issue 11, thirtieth session
(boost30): three wrong findings of the fifty-two sets, all in the warning tier (unseen, maul,
reamer), and no right one, has this shape.

Not the booster opening the sentence (capitalised as every first word is), nor after a mark that
opens a sentence or a quotation ("stand?Indeed", ": Of course", "(Surely"), nor before "I" (a
capital that says nothing of a name: "Surely I ...").
"""

from __future__ import annotations

# Marks in the gap before the booster after which a capital opens a sentence, a quotation or an
# aside rather than a name.
_OPENING_MARKS = frozenset(".!?:;\"\u201c\u2018'([\u2014\u2013-*_#>")
_I = frozenset({"i", "i'm", "i've", "i'll", "i'd"})


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


def in_title(lw, b: int, bend: int, words, prose: str) -> bool:
    """Whether the booster ``lw[b..bend]`` is capitalised inside its sentence and the word after
    it is too: a title or a coined term ("Surely You're Joking", "Definitely Not Safe")."""
    if b == 0 or bend + 1 >= len(lw) or lw[bend + 1] in _I:
        return False
    if not _OPENING_MARKS.isdisjoint(prose[words[b - 1].end : words[b].start]):
        return False
    return all(_capitalised(prose[words[k].start : words[k].end]) for k in range(b, bend + 2))
