"""Tiers learnt from the annotated sets (issue 11, fifty-second session): a warning of SL101, HC101
or HC102 whose phrase turns on a word in ``data/learnt_tiers.tsv`` is shown at ``info``.

The table is data, written by ``eval/learnt_tiers.py --mode demote --objective recall --min-count
auto --write-table src/prosecheck/checks/data/learnt_tiers.tsv`` from the rules' own (hand) tiers
over the one hundred and eighteen development sets: the kinds of warning (code and the head word of
the phrase, ``head``) that were right too seldom there, each seen at least twenty times (the
threshold and the count chosen leaving each set out in turn, as eval/README.md's "Tiers learnt
from the sets" says). It is applied after the hand tiers, to a finding they left at warning; it
never raises one, and a word no row names keeps the rules' tier.

**Off by default since the fifty-third session**; ``PROSECHECK_LEARNT_TIERS=on`` turns it on. Rebuilt
after that session's rule changes, the table no longer passed the test it shipped under: leaving
each set out it was more precise on 51 sets and less on 57 (the pooled warning tier 78.3% -> 78.6%
for 1.8 points of recall), and on the three sets scored blind at that session's end it moved twelve
warnings to info, ten of them right (eval/README.md, "Tiers learnt from the sets"). The table is
learnt from the hand tiers, so eval/learnt_tiers.py runs the rules with it off
(``PROSECHECK_LEARNT_TIERS=off``) and so rebuilds the same table.

This module imports nothing of prosecheck at its top: eval/learnt_tiers.py loads it by path for
``head``, with any python3.
"""

from __future__ import annotations

import os

#: Words that lead a phrase before its head: "one of the fastest", "is believed to", "by far the
#: best". "some"/"many"/"several" lead only before "of" ("some of the best"): "many people say"
#: keeps its quantifier as the head, the thing that makes it a weasel.
_LEADING = frozenset(
    "the a an of among its their our his her by far is are was were be been being has have had "
    "it it's this that there to".split()
)
_QUANTIFIERS = frozenset({"one", "some", "many", "several", "few", "any"})
_EDGE = "\"'()[]{}*_`.,;:!?#\u201c\u201d\u2018\u2019"

#: The codes a row may name (SL102 and HC103 have no gold in the sets' warning tier to learn from).
CODES = frozenset({"SL101", "HC101", "HC102"})


def _lemma(word: str) -> str:
    """A word lowercased, its possessive and plural taken off: "Analysts" -> ``analyst``,
    "world's" -> ``world``, "#1" -> ``1``. Light on purpose: only to pool spellings of one key."""
    w = word.lower().replace("\u2019", "'").strip(_EDGE)
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def head(phrase: str) -> str:
    """The word a finding's phrase turns on, lemmatised lightly: the first word that is not a
    leading article, copula, pronoun or "one of"."""
    words = [w for w in (p.lower().replace("\u2019", "'").strip(_EDGE) for p in phrase.split()) if w]
    i = 0
    while i < len(words) - 1 and (
        words[i] in _LEADING or (words[i] in _QUANTIFIERS and words[i + 1] == "of")
    ):
        i += 1
    return _lemma(words[i]) if words else ""


def parse_table(text: str) -> frozenset:
    """``{(code, head)}`` of the table's rows that move a warning to info."""
    out = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("code\t"):
            continue
        parts = line.split("\t")
        if len(parts) < 3 or parts[0] not in CODES or parts[1] != "warning":
            raise ValueError("data/learnt_tiers.tsv: not a row of code, warning, head: %r" % line)
        out.add((parts[0], parts[2]))
    return frozenset(out)


_TABLE = None


def table() -> frozenset:
    """The shipped table, read once per process; empty unless PROSECHECK_LEARNT_TIERS=on."""
    global _TABLE
    if _TABLE is None:
        if os.environ.get("PROSECHECK_LEARNT_TIERS", "").lower() not in ("on", "1", "true", "yes"):
            _TABLE = frozenset()
        else:
            from prosecheck.checks.packaged import read_text

            _TABLE = parse_table(read_text("learnt_tiers.tsv"))
    return _TABLE


def demoted(code: str, phrase: str) -> bool:
    """Whether a warning of ``code`` on ``phrase`` is shown at info by the learnt table."""
    t = table()
    return bool(t) and code in CODES and (code, head(phrase)) in t
