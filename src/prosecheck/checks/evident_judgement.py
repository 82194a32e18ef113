""""evidently" grading a judgement the speaker makes, not reporting an act seen from afar (issue
11, fortieth session, hc40): ``HC102`` instead of ``HC101``.

weasel.tsv lists "evidently" as "apparently" in other words (RULES 4's evidential, tenon S212,
bellows-docs: "We are evidently trying hard", "there is evidently some connection", "the
hesitation evidently felt by the court", "which evidently rests upon"): the writer infers an act or
a state from evidence nobody is shown, a hedge. After the impersonal "it" and a form of "be",
before what is not a participle, the adverb grades the speaker's own verdict instead ("it is evidently better", burr;
"It has been evidently the policy of the Spanish Gov't", lug; "it was evidently of the first
importance", "must evidently be the essence of this reorganization", dado): "plainly", "beyond
doubt", which the sets label a booster every time (peg's "it was evidently the design of the
framers" too, a negative only for the clauses it quotes). Reported as HC101 they were wrong findings
and missed boosters at once.

Only with the impersonal "it" before the verb ("it is", "it was", "it has been", "it's") or in
"must evidently be": with a personal subject the adverb still reports what the writer gathers of
it ("The old parser is evidently slower", the fourteenth session's example; "We are evidently
trying hard"; "there is evidently some connection"), and not before a participle or a gerund
("were evidently relieved", "it is evidently intended": an act).

One function reading the normalised words of one sentence (``lw``) around one index: no scan.
"""

from __future__ import annotations

from prosecheck.checks.participles import past_participle

WORD = "evidently"
_BE = frozenset("is are was were been be".split())
_PERFECT = frozenset({"has", "had", "have"})
# A modal of necessity before "evidently be" ("must evidently be the essence").
_MUST = frozenset({"must"})


def _judgement_after(lw, k: int) -> bool:
    """``lw[k]`` opens a complement (an adjective, a noun phrase, "of"), not a participle or a
    gerund."""
    if k >= len(lw):
        return False
    w = lw[k]
    return not (w.endswith("ing") or past_participle(w) or w == "not")


def evident_judgement(lw, i: int) -> bool:
    """Is ``lw[i]`` ("evidently") the speaker's certainty of a verdict: "it is evidently better",
    "it has been evidently the policy", "must evidently be the essence"?"""
    if lw[i] != WORD or i == 0:
        return False
    before = lw[i - 1]
    if before == "it's":
        return _judgement_after(lw, i + 1)
    if before in _BE:
        j = i - 2
        if before == "been" and j >= 0 and lw[j] in _PERFECT:
            j -= 1  # "it has been evidently the policy"
        return j >= 0 and lw[j] == "it" and _judgement_after(lw, i + 1)
    if before in _MUST and i + 1 < len(lw) and lw[i + 1] == "be":
        return _judgement_after(lw, i + 2)
    return False


EXAMPLES = (
    ("It is evidently better to keep the old tariff.", "HC102"),
    ("Training must evidently be the essence of this reform.", "HC102"),
    ("We are evidently trying hard to find new ways.", "HC101"),
    ("There is evidently some connection with the old scheme.", "HC101"),
    ("The old parser is evidently slower.", "HC101"),
    ("The plant evidently closed last year.", "HC101"),
)
