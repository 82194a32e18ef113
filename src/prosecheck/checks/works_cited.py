"""A work cited after a hedge or a booster in its own sentence (``HC101`` and ``HC102``'s precision;
issue 11, forty-second session, prechc42).

RULES 2: a sentence that carries its source is supported. ``support.cited`` reads links, footnotes
and author-year markers; books of argument cite in plain text, and these shapes name the work the
claim rests on just as well, so a hedge or a booster before them is answered:

* **a page of a work in brackets**: "... which leads the ego being "ruled by a passion" [The Ego
  and Its Own, p. 76].", "... as it could \"definitely\" ban them [Capitalism: The Unknown Ideal,
  p. 239]", and "[Op. Cit., p. 388]" (the splitter ends the sentence at "[Op." and starts the next
  on "Cit., p. 388]": a bracket that opens on "Op." or "Ibid." at the sentence's end is that
  citation);
* **a cross-reference to a numbered section**: "as several psychological studies have shown (see
  section I.4.11)" (a link on the page the text was taken from);
* **a work by a named author**: "there is substantial evidence that this is already underway (see
  Friendly Fascism by Bertram Gross for details)".

Over the eighty-eight development sets: 5 wrong warnings in four sets (cleat, rivet, gauge twice,
jointer) and 3 wrong info findings (kerf, gauge, jointer), no right finding.

The citation must stand **after** the hedge or the booster. A bracket that opens the sentence
("[Emma Goldman, Red Emma Speaks, pp. 76-7] It is clear that ...", "Cit., p. 51] Given this
obvious fact") cites the quotation of the sentence before: the splitter leaves it there, and the
claim after it is the writer's own (shim-docs' and burin-docs' right boosters). Not support: a
lexicon's cross-reference to another entry ("(see {moby})", "(compare {UBD})": hoe-, froe- and
gimlet-docs' right hedges name no work), a date and pages in parentheses ("(February 1962, pp. 30,
31)": a bracket is the citation's mark here), a bracket with no page ("[Usenet, 'newbie' +
'-gry']": an etymology).

The sentence's citations are found once per sentence (``sentence_memo.per_sentence``); each
finding asks only whether the last of them starts after its own end.
"""

from __future__ import annotations

import re

from prosecheck.checks.sentence_memo import per_sentence

_CITED = re.compile(
    # [The Ego and Its Own, p. 76]  [Emma Goldman, Red Emma Speaks, pp. 76-7]  [Op. Cit., p. 388]
    r"\[[^\[\]{}]{1,160}?\bpp?\.\s*\d+[^\[\]{}]{0,60}\]"
    # [Op.  at the sentence's end (the splitter cut "[Op. Cit., p. 388]" after "Op.")
    r"|\[(?:Op|Ibid)\.\s*$"
    # (see section I.4.11)  (see chapter 3)  (cf. section D.8)
    r"|\((?:see|cf\.)\s+(?:also\s+)?(?:section|chapter|appendix)\s+(?-i:[A-Z]\.)?\d[\w.]*[^(){}]{0,60}\)"
    # (see Friendly Fascism by Bertram Gross for details)
    r"|\((?:see|cf\.)\s+(?:also\s+)?[^(){}]{1,120}?\bby\s+[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+)+[^(){}]{0,60}\)",
    re.I,
)
# The patterns above are read case-blind for "See"/"Cf."; the author's capitals are checked here.
_AUTHOR = re.compile(r"\bby\s+[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+)+")

EXAMPLES = [
    # (sentence, the cue, is it answered by a work cited after it?) for tests/test_check_hedging.py
    ("The reform obviously failed, as the miners found [The Coal Question, p. 41].", "obviously", True),
    ("The reform obviously failed, as Smith wrote [Op.", "obviously", True),
    ("As several studies have shown, rewards lower creativity (see section I.4.11).", "several studies have shown", True),
    ("There is substantial evidence that this is underway (see Friendly Fascism by Bertram Gross for details).",
     "there is substantial evidence", True),
    ("[Red Emma Speaks, pp. 76-7] It is clear that acting for yourself is self-government.", "it is clear that", False),
    ("The term is universally considered rude (see {moby}).", "is universally considered", False),
    ("The word was apparently popularized by the article (February 1962, pp. 30, 31).", "apparently", False),
    ("The reform obviously failed (see the notes by the way).", "obviously", False),
]


@per_sentence
def _last_citation(lw, prose: str, start: int, end: int) -> int:
    """The prose offset where the sentence's last cited work starts, or -1 (once per sentence)."""
    text = prose[start:end].rstrip()
    last = -1
    if "[" not in text and "(" not in text:
        return last
    for m in _CITED.finditer(text):
        if m.group(0).startswith("(") and " by " in m.group(0).lower() and not _AUTHOR.search(m.group(0)):
            continue  # "(see the notes by the way)": no author named
        last = start + m.start()
    return last


def cited_after(lw, sentence, end: int) -> bool:
    """Does ``sentence`` cite a work (a page in brackets, a numbered section, a book by its author)
    after the prose offset ``end`` (where the hedge or the booster ends)?"""
    block = sentence.block
    return _last_citation(lw, block.prose, sentence.start, sentence.end) >= end
