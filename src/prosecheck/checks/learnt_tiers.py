"""Tiers learnt from the annotated sets: how often a kind of language finding is right.

The checks decide which findings to make, and give each a tier by hand rules (``warning``, or
``info`` for the classes :mod:`prosecheck.checks.confidence` and each check list). This module
then looks the finding up by what it is: its code, the tier the rules gave it, and the head of
the phrase it quotes ("one of the fastest" -> ``fastest``, "Surely" -> ``surely``). The table
``data/tiers.tsv``, written by ``eval/learnt_tiers.py`` from the annotated sets and the judged
corpus samples, says which tier each kind of finding gets; a kind the table has not seen falls
back to its code and rule tier, then to its code, then to the rules' own tier (a new class of
finding keeps the tier its rules gave it until the table is written again).

Only the tier changes here, never whether a finding is made.
"""

from __future__ import annotations

from functools import lru_cache

from prosecheck.checks.packaged import read_text

TABLE_FILE = "tiers.tsv"
#: The tier a finding whose code's own severity applies (the checks pass None) is keyed under.
WARNING = "warning"
#: Stands for "any head" / "any rule tier" in the table's back-off rows.
ANY = "*"

# Words that lead a phrase before its head: "one of the fastest", "is believed to", "by far the
# best". "some"/"many"/"several" lead only before "of" ("some of the best"): "many people say"
# keeps its quantifier as the head, the thing that makes it a weasel.
_LEADING = frozenset(
    "the a an of among its their our his her by far is are was were be been being has have had "
    "it it's this that there to".split()
)
_QUANTIFIERS = frozenset({"one", "some", "many", "several", "few", "any"})
_EDGE = "\"'()[]{}*_`.,;:!?#\u201c\u201d\u2018\u2019"


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


def parse_table(text: str) -> dict:
    """``{(code, rule tier, head): tier}`` from the table's lines ``code rule_tier head tier ...``
    (``*`` for any head or any rule tier; lines starting with ``#`` are comments)."""
    table = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 4 and parts[3] in ("warning", "info"):
            table[(parts[0], parts[1], parts[2])] = parts[3]
    return table


@lru_cache(maxsize=1)
def _table() -> dict:
    return parse_table(read_text(TABLE_FILE))


def tier(code: str, phrase: str, rule_tier, table=None):
    """The tier of a finding: ``"info"``, or None for the code's own severity (``warning``).
    ``rule_tier`` is what the check's rules gave it (None or ``"info"``)."""
    table = _table() if table is None else table
    rt = rule_tier or WARNING
    got = table.get((code, rt, head(phrase)))
    if got is None:
        got = table.get((code, rt, ANY))
    if got is None:
        got = table.get((code, ANY, ANY))
    if got is None:
        return rule_tier
    return None if got == WARNING else got
