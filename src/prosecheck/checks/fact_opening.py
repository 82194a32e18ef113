"""An "In fact" that opens a sentence outside technical writing: HC102 at the warning tier, not
info (issue 11, fiftieth session, boostrec50).

"In fact, Barack Obama used fewer executive orders than his predecessors", "In fact, social
equality and individual liberty are inseparable", "In fact, American businesses are exporting at
a record rate": in speeches, essays, articles, letters and argued books the writer opens the
sentence on "In fact" to set what follows beyond dispute, most often against a view just stated,
and gives no ground for it in the sentence. Since the eleventh session "in fact", with "of course"
and "indeed", was info wherever it stood (hedging._SOMETIMES): in documentation "In fact, that's
exactly what the npm CLI does" elaborates what the text has just given as often as it insists.
Outside technical writing (``Document.technical``, prosecheck.genre) the opening one is a claim
more often than not: over the one hundred and nine development sets before chuck the move adds
40 right warnings in twenty-eight sets against 14 traps and 8 findings on no item (the line
pairing; chuck, collet and dolly 3 right, 2 traps; HC102.md, *Measured accuracy*, fiftieth
session, has the same-sentence pairing). The traps are mostly an "In fact" that only escalates
what the sentence before said ("In fact, they went so far as to caution the writer"), which no
word of the sentence tells from an insistence; they stay warnings with the claims.

Not "in fact" inside the sentence (set off after the verb, "is, in fact,", it is a warning
already: hedging._set_off_claim; the rest, right about as often as wrong, stay info), not after
"and" or "but" (too few to tell), not "In fact" alone (a fragment that governs nothing), and not
in technical writing (documentation's "In fact" elaborates; hedging._wrong_in_documentation and
ground_shown hide the shapes that say so). Every other test of HC102 still applies (a source
named, a figure or an explanation after it, a hedged claim, a limit granted), and the tier's
later branches still lower it (a possibility granted, a turn later in the sentence).

Reads the sentence's first two words and its length: constant work per finding.
"""

from __future__ import annotations


def insists(doc, lw, b: int, bend: int) -> bool:
    """The booster is the sentence's opening "In fact", with more after it, in a document that is
    not technical."""
    # ("In fact" alone, a fragment, governs no claim: spudger's spam "In fact" on a line of its own)
    return b == 0 and bend == 1 and len(lw) > 2 and lw[0] == "in" and lw[1] == "fact" and not doc.technical
