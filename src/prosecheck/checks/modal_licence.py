"""A passive of view after the writer's own "may", "can" or "could" (HC101's precision): "history
may, in some sense, be said to repeat itself", "The accursed shark alone can in any generic respect
be said to bear comparative analogy to him", "Such concerns can easily be dismissed as an
ingenious argument", "the present may be hailed as the epoch", "that the Lord alone may be praised
for the good they have and do", "How can the majority really be said to own themselves".

HC101 asks who holds a view a passive leaves without its holder ("is said to", "is seen as", "was
praised for"). After a modal of licence the passive is no report of what somebody holds: "X may be
said to be Y", "X can be dismissed as Y" is the writer's own judgement, put as what one may say
or do (RULES 4: no unnamed crowd is credited), as ``defined_by_saying.own_saying`` already reads
"may be said to" when the modal stands right before "be". This reads the same licence when a few
words stand between (an aside set off by commas, an adverb, "not", the subject of a question) and
for any participle of view, not only "said".

Issue 11, sixty-sixth session (prec66). Over the one hundred and fifty-seven sets before hod, every
HC101 finding whose verb is a bare "be" after "may", "might", "can", "could" or "cannot" (at most
four words between, none a clause's or a verb's mark): 1 right, 10 on no item by the sentence, in
nine sets (line pairing: 2 right, 1 trap, 8 none); trug's "may be praised for" on no item. Not
"will" or "would" (a forecast of what others will say: "the role of the masses would be praised"),
not "must" or "should" (a duty), not "to be" ("comes to be seen as": a view that came to be held).

Reads at most five words before the finding: constant work, no scan.
"""

from __future__ import annotations

from prosecheck.checks.defined_by_saying import OWN_MODALS


#: The modals of the writer's own licence (defined_by_saying's, with the negation written as one word).
LICENCE = OWN_MODALS | {"cannot"}
#: Words that end the look-back: another verb's mark or a clause's opening, so the modal is not this "be"'s.
_STOP = frozenset(
    """
    to be is are was were been being am will would shall should must do does did has have had
    and but or nor that which who whom whose what when where while if because since as than
    """.split()
)
_REACH = 4  # words between the modal and "be": "can in any generic respect be said to"


def own_licence(lw, words, prose: str, a: int) -> bool:
    """Is the HC101 finding opening at ``a`` a bare "be" after a modal of licence, at most
    ``_REACH`` words between, no punctuation but commas between them?"""
    if lw[a] != "be":
        return False
    m = a - 1
    while m >= 0 and a - 1 - m <= _REACH:
        gap = prose[words[m].end : words[m + 1].start]
        if gap.strip(" \t\n,"):
            return False  # a dash, a colon, a bracket or a quotation mark: another clause
        w = lw[m]
        if w in LICENCE:
            return True
        if w in _STOP:
            return False
        m -= 1
    return False
