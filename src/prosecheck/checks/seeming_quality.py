""""apparently" inside a noun phrase or a contrast of seeming with being: "seemingly", not hearsay.

HC101 reads "apparently" as evidential (RULES 4): somebody knows it, and the text does not say
who. eval/RULINGS.md ruling 4a keeps that reading for the writer's own voice, sarcastic or not,
and sets apart "apparently" meaning "seemingly, on its face" ("This apparently strange
transformation"): the writer's own plain hedge on a quality, which reports nobody's word.
hedging already moves to info the adverb after an article, a possessive pronoun, a preposition
or a form of "be" ("an apparently valid header", "your supposedly more productive setup"). The
same reading holds after words that, like an article, can only go on to a noun phrase or grade
the word after them, where no clause the adverb could report can start:

* a demonstrative or a quantifier: "this apparently strange transformation", "these apparently
  simple rules", "many apparently "libertarian" developments";
* a name's or a noun's possessive: "Lenin's apparently democratic, even libertarian, sounding
  1917 work";
* "only", "at least" and "even", which set the seeming against the real: "the burdens of the
  people are only apparently removed", "two at least apparently self-consistent positions",
  "Even apparently ecologically friendly firms".

Not "that" (a relative or a complement opens a clause: "a position that apparently pays",
"This means that apparently the fix works"), not a pronoun's contraction ("it's apparently"),
not with a comma between ("This, apparently, was") and not before an auxiliary, "not" or a
pronoun ("this apparently does not apply": "this" the subject of a clause the adverb reports).
Only "apparently": "supposedly" after a quantifier ("many supposedly intelligent people") says
that someone supposes it. Issue 11, sixty-fourth session (prec64): over the one hundred and
fifty-one sets before flail-docs, warnings 2 right (kerf, trowel) against 10 wrong (7 traps:
brayer, cog, fid, mandrel, slick, twybil, and dibble's Lenin's; 3 on no item: coping, sprig,
swingle) by the sentence.

Each call reads two or three words around the adverb's index: no scan.
"""

from __future__ import annotations

from prosecheck.checks.lexicon import norm

#: Words after which "apparently" can only grade the word after it.
_DETERMINERS = frozenset("this these those such many some several few".split())
#: Words that set the seeming against the real ("only apparently", "at least apparently").
_CONTRASTS = frozenset({"only", "even"})
#: Contractions ending in "'s" that hold a pronoun and "is" or "has", not a possessive.
_CONTRACTIONS = frozenset(
    "it's that's he's she's there's here's what's who's where's let's this's".split()
)
#: Words after the adverb that open a clause or a predicate it reports: an auxiliary, "not", a
#: pronoun subject ("this apparently does not apply", "many apparently are").
_CLAUSE_OPENERS = frozenset(
    "is are was were be been being has have had does do did not no never will would can could "
    "may might must should shall it he she they we i you there".split()
)


def grades_quality(lw, words, prose: str, a: int) -> bool:
    """``lw[a]`` is "apparently" after a determiner, a possessive ("Lenin's"), "only", "even" or
    "at least", with no punctuation between and a word after it that opens no clause."""
    if not (0 < a < len(lw) - 1 and lw[a] == "apparently"):
        return False
    before, after = lw[a - 1], lw[a + 1]
    if after in _CLAUSE_OPENERS:
        return False
    if prose[words[a - 1].end : words[a].start].strip():
        return False  # "This, apparently, was", "(apparently": not one phrase
    if before in _DETERMINERS or before in _CONTRASTS:
        return True
    if before == "least":
        return a > 1 and lw[a - 2] == "at"
    word = norm(before)
    return word.endswith("'s") and len(word) > 2 and word not in _CONTRACTIONS
