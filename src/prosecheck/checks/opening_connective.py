"""An opener at the info tier that gives way to its sentence's own booster (HC102; issue 11,
sixtieth session, open60).

"Indeed, it would be no exaggeration to say that anarchism was born the moment the state was
created", "Indeed, by placing the benefits ... into the hands of those who do the work, efficiency
will no doubt increase", "Indeed, in some periods of our history ... undoubtedly a great many boys
... quit school": an opener of hedging._SOMETIMES ("Indeed", "In fact", "Of course", "In
reality", "In truth") opening the sentence at the info tier (a connective as often as certainty)
and, later in the same sentence, a booster of its own that carries the claim's certainty. Until
this session the opener took the sentence's finding, at info, and the later booster was read as
the same claim insisted on twice (booster_clauses.repeats_claim) and not reported: the default
output showed nothing. The opener is now set aside and the sentence's own booster is judged as if
it stood alone (at its own tier, with every test of HC102). Over the one hundred and thirty-nine
development sets before gib, seven warnings found (caliper, coping, cog, crowbar,
gauge, scribe, scorp: all right by the same-sentence pairing, the gold's item on the later
booster) and one info trap fewer (collet, whose later booster is not reported either); the
every-tier list is otherwise unchanged, the line pairing having credited the opener with the same
item (HC102.md, *Measured accuracy*, sixtieth session).

:func:`adds_to_before` (a separate, thinner class): "Indeed" opening a sentence at info is not
reported at all.

Only an opener at word 0 (not after "And" or "But"), only at info (a warning opener, "In fact"
outside technical writing, keeps its finding), and only when the sentence's scan found another
HC102 after it. :func:`gives_way` reads the sentence's findings once, for its one opener: linear
in the sentence.
"""

from __future__ import annotations


def gives_way(found, b: int) -> bool:
    """Another HC102 finding of the sentence's scan (``found``: ``(first, last, code, kind)``)
    starts after word ``b``, the opener's last word."""
    return any(f[2] == "HC102" and f[0] > b for f in found)


def adds_to_before(lw, a: int, b: int) -> bool:
    """The booster at words ``a``..``b`` is "Indeed" opening its sentence, with more words after
    it (a comma after it or not): at info, the connective that takes up the sentence before and
    adds to it, most often a stronger or a more particular form of the same point ("and even",
    kiln M5, collet S821). Its sentences were traps or unmarked in the gold more often than
    claims, and no word of the sentence told the two apart (HC102.md, *Measured accuracy*,
    sixtieth session). Reads the first word and the length: constant work."""
    return a == 0 and b == 0 and lw[0] == "indeed" and len(lw) > 2
