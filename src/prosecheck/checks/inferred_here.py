"""An "apparently" the sentence itself draws from the evidence it gives: the writer's inference.

HC101 reads "apparently" as hearsay: somebody knows it, and the text does not say who. When the
same sentence gives what the inference is drawn from, the reader has the evidence in hand and
there is nobody to name (RULES 2; attic-docs I2, V1):

* an evidential verb with its clause before it: "A criminal history search showed that he had
  apparently not been in trouble since", "after finding that the agent violated bureau policy
  when he wounded a man who had apparently helped" (attic-docs);
* a colon after it that opens the evidence: "Americans apparently understand this: Of the 86
  percent in the survey ...", "PHS apparently decided it would be possible ... after all: "At
  present radiation levels ..."" (ember-docs, quarry-docs);
* "because" after it, the reason the writer infers from: "Apparently the ZIP archive generator
  logic is not as efficient as it could be, because when the same pile-of-files is recompressed
  ... one gets a file that is smaller" (drill-docs).

Not a colon or an evidential verb before "apparently" ("NUM-PAD: Apparently some pre-boot
environments ...", a label; "it is clear from such reports, and apparently clear from the remarks
of many people": no verb + "that"), nor "because" before it. Over the thirty-seven development
sets no "apparently" the gold marks as a claim has one of these shapes (issue 11, twenty-fifth
session, hcp25).

The sentence is read once (``sentence_memo.per_sentence``); each finding then looks up three
indexes.
"""

from __future__ import annotations

from prosecheck.checks.sentence_memo import per_sentence

# The words HC101 reads as "somebody knows it" (weasel.tsv's note "knows it").
INFERENCE_WORDS = frozenset({"apparently", "evidently"})
# Verbs that present evidence when a "that" clause follows them.
_EVIDENTIAL = frozenset(
    "show shows showed shown find finds found finding reveal reveals revealed revealing indicate "
    "indicates indicated indicating confirm confirms confirmed".split()
)


@per_sentence
def _marks(lw, words, prose: str) -> tuple:
    """(first "that" after an evidential verb, last word followed by a colon, last "because");
    -1 where the sentence has none."""
    that = colon = because = -1
    n = len(lw)
    for k, w in enumerate(lw):
        if w == "that" and that < 0 and k and lw[k - 1] in _EVIDENTIAL:
            that = k
        elif w == "because":
            because = k
        if k + 1 < n and ":" in prose[words[k].end : words[k + 1].start]:
            colon = k
    return that, colon, because


def inferred_here(lw, words, prose: str, a: int) -> bool:
    """Is ``lw[a]`` ("apparently", "evidently") drawn from evidence its own sentence gives?"""
    if lw[a] not in INFERENCE_WORDS:
        return False
    that, colon, because = _marks(lw, words, prose)
    return 0 <= that < a or colon >= a or because > a
