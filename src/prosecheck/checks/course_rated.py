"""A booster on a course of action rated impersonally: "it is" + booster + an adjective that rates
doing something + "to" and a verb (HC102, not reported; issue 11, fifty-second session,
boostprec52).

"For most applications, it is undoubtedly better to use HTML5 than XHTML", "To fully exploit the
functionality of the library it is surely helpful to read the source code", "it is certainly more
restful to have your pool ... removed from the immediate environs of the house", "As the law now
stands it is undoubtedly difficult to devise a national income tax which shall be constitutional",
"it is no doubt difficult for parents to resist societal pressure", "it is obviously impracticable
to maintain them at par", "It is obviously important to this branch of the public service ... that
the whole subject should ... be settled": the sentence rates a course of action, as advice
(better, helpful, advisable), as what ought to be done (important, necessary) or as a hardship
granted before the answer (difficult, hard). The sets mark each as no claim: certainty about
advice or about what ought to be (real A9, burin S271), a concession (kiln M8), a consequence of
what the sentence gives (lathe W4). An editor checks a claim about the world; a course rated
better or harder is the writer's counsel, which the booster only presses. Over the one hundred
and fifteen sets before swage, by the same-sentence pairing, 10 wrong findings so placed in eight
sets (chisel, dowel twice, drawknife, gauge twice, lug, peg, pincer, bevel; 7 of them warnings),
none right; the line pairing credits three of them (chisel's, peg's, dowel's info) to another item
of their paragraph's line.

The shape, read from the words around the booster: "it is", "it's", "it was", "it would be" or
"it will be" right before it; right after it an adjective of _RATES (after "more", "much", "far"
or "less" at most), then within four words "to" and a word, or "that" (the course put as a
clause: "important ... that the whole subject should be settled"). Not another adjective ("it is
certainly a joy to see", "it was certainly an oversight not to have procured", "it is plainly time
to make a start": a judgement of the thing itself, claims the sets mark right), not "impossible"
("Obviously, it would be impossible to determine where every vehicle might be": a fact about the
world), and not "evidently" (HC101's word, whose "it is evidently better" is a verdict:
evident_judgement).

Reads at most seven words around the booster: constant work per finding.
"""

from __future__ import annotations

# Adjectives that rate doing something: advice ("better", "helpful"), what ought to be
# ("important", "necessary") and a hardship ("difficult", "impracticable").
_RATES = frozenset(
    """better best wiser wisest wise advisable preferable helpful useful worthwhile desirable
    important necessary essential restful easier easiest simpler simplest safer safest
    difficult hard harder impracticable impractical""".split()
)
# A degree word before the adjective: "more restful", "much better", "far easier".
_DEGREE = frozenset({"more", "much", "far", "less"})
# The impersonal subject and its verb right before the booster.
_IT_IS = frozenset({("it", "is"), ("it", "was"), ("it's",), ("it", "would", "be"), ("it", "will", "be")})
_REACH = 4  # words after the adjective read for "to" or "that" ("difficult for parents to resist")
_NOT_BOOSTER = frozenset({"evidently"})


def after_frame(lw, a: int, frames) -> bool:
    """The words right before word ``a`` are one of ``frames`` (tuples of lower-case words): "it is",
    "it's" ... before a booster (also truth_granted's test)."""
    return any(a >= len(s) and tuple(lw[a - len(s) : a]) == s for s in frames)


def rates_course(lw, a: int, b: int) -> bool:
    """The booster at words ``a``..``b`` stands between "it is" and an adjective of _RATES
    followed, within _REACH words, by "to" and a word or by "that"."""
    if lw[a] in _NOT_BOOSTER:
        return False
    if not after_frame(lw, a, _IT_IS):
        return False
    k = b + 1
    if k < len(lw) and lw[k] in _DEGREE:
        k += 1
    if k >= len(lw) or lw[k] not in _RATES:
        return False
    for j in range(k + 1, min(len(lw), k + 1 + _REACH)):
        if lw[j] == "that":
            return True
        if lw[j] == "to" and j + 1 < len(lw) and lw[j + 1][:1].isalpha():
            return True
    return False
