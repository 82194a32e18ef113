"""A booster that opens a sentence whose claim is a quotation (HC102; issue 11, forty-sixth session,
boostprec46).

'Indeed, "the weight of evidence" is "against the validity of the model ..."', 'In fact, "while
all Governments have given the capitalists ... full liberty ..."', 'In reality "freedom does not
come begging, but rather must be conquered."', 'For, obviously, "if most of the workshops we know
are foul and unhealthy, it is because ..."': the sentence adverb leads straight into someone
else's words, quoted (and, in the texts that write this way, cited after the closing mark). The
claim is the quoted writer's (RULES 1) and its source stands with it (RULES 2); the adverb only
links it to the argument. Over the ninety-seven sets before chamfer every such finding was wrong
(jig, lug, burr, chock, caliper; burnisher among the newest three), all of them at info.

Only a quotation of a clause: the quotation mark stands right after the booster (its comma) and
does not close within the next four words, so scare quotes around a term stay findings ('Of
course, "anarcho"-capitalism does have historic precedents', 'Clearly "too deeply" is
subjective'). Only a booster that opens the sentence or follows a lead word ("For, obviously,
..."); after other words ('For example, obviously "the exercise of power by some disempowers
others"') the writer makes the quoted words his own claim.

Reads at most five gaps between words after the booster: constant work per finding.
"""

from __future__ import annotations

_OPENING_QUOTES = ('"', "\u201c", "\u00ab")
_CLOSING_QUOTES = ('"', "\u201d", "\u00bb")
_LEADS = frozenset({"and", "but", "for", "so", "thus", "yet", "or", "now"})
# The quotation holds at least this many words before its closing mark: a clause, not a term.
_CLAUSE_WORDS = 4
_GAP = 8


def opens_quotation(lw, words, prose: str, a: int, b: int) -> bool:
    """The booster at words ``a``..``b`` opens the sentence (or follows a lead word) and a
    quotation of at least four words opens right after it."""
    if a > 0 and lw[a - 1] not in _LEADS:
        return False
    n = len(words)
    if b + _CLAUSE_WORDS >= n:
        return False
    gap = prose[words[b].end : words[b + 1].start]
    # a comma, a space and the mark; an editor's bracket may follow it ('Indeed, "[c]an there be')
    if len(gap) > _GAP or not any(q in gap for q in _OPENING_QUOTES):
        return False
    for k in range(b + 1, b + _CLAUSE_WORDS):
        if any(q in prose[words[k].end : words[k + 1].start] for q in _CLOSING_QUOTES):
            return False  # the quotation closes on a term: scare quotes
    return True
