"""A certainty adverb opening a sentence that admits what cannot be done (HC102; issue 11,
forty-seventh session, boostprec47).

"Obviously we cannot cover every example, so we point to just two", "Obviously we cannot hope to
discuss all such parties", "Obviously, we can't stop them from coming in, however, just by talk",
"Obviously, you cannot go back in time to the year 1901", "In fact you can't even rule out that
...", "Surely we cannot simply dump welfare into the laps of the 50 States": the adverb grants a
limit, of the writers' own text or work, of the reader's or of anyone's reach, before the writer
goes on to what can be done. It insists on no claim about the world that an editor would check
(the sets' concessions, M8, and the writers' own work, Z1; spudger-docs' S742 on the writer's own
stance). Over the one hundred development sets before pincer every such finding was wrong, five
traps in five sets (vault, gouge, maul, scribe, dado), and pincer-docs' one more ("Obviously, we
can't stop them"); none right. All six were at info (a sentence adverb that concedes); "surely" before
"we" and a modal can be a warning elsewhere ("But surely we cannot wait"), and goes too.

Only this shape: one of the adverbs below opens the sentence (or follows "and", "but", "so" or
"now"), and right after it (a comma allowed) the subject "I", "we", "you" or "one" and "cannot",
"can't", "can not", "couldn't" or "could not", with at most one word between ("we simply
cannot"). What others cannot do ("Obviously, the Government cannot ...", "Clearly they cannot")
stays a finding: that is a claim about them. So does a certainty on what the writers can do
("Obviously we can do better"), and the noun phrases after "The truth is" and "The fact is"
(not adverbs: "The fact is, we don't have to guess" was a positive in forge-docs).

Reads at most four words after the booster: constant work per finding.
"""

from __future__ import annotations

# Sentence adverbs that grant as often as they insist.
ADVERBS = frozenset({
    ("obviously",), ("clearly",), ("certainly",), ("surely",), ("naturally",),
    ("of", "course"), ("in", "fact"),
})
_LEADS = frozenset({"and", "but", "so", "now"})
_SUBJECTS = frozenset({"i", "we", "you", "one"})
_CANNOT = frozenset({"cannot", "can't", "couldn't"})
_CAN = frozenset({"can", "could"})
# "we simply cannot", "you really can't": one adverb may stand between the subject and the modal.
_BETWEEN = frozenset({"simply", "just", "really", "still", "even", "obviously", "certainly", "clearly", "surely"})


def admits_limit(lw, a: int, b: int) -> bool:
    """The booster at words ``a``..``b`` opens its sentence (or follows a lead word) and the
    clause after it opens on "I", "we", "you" or "one" and a "cannot" of ability."""
    if tuple(lw[a : b + 1]) not in ADVERBS:
        return False
    if a > 1 or (a == 1 and lw[0] not in _LEADS):
        return False
    k = b + 1
    if k >= len(lw) or lw[k] not in _SUBJECTS:
        return False
    k += 1
    if k < len(lw) and lw[k] in _BETWEEN:
        k += 1
    if k < len(lw) and lw[k] in _CANNOT:
        return True
    return k + 1 < len(lw) and lw[k] in _CAN and lw[k + 1] == "not"
