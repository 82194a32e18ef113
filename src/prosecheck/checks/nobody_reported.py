"""What has been reported, observed, suggested or estimated by nobody (``HC101``; issue 11,
twenty-eighth session, hedge28).

The perfect passive of a verb of report leaves the reporter out and keeps the report: "Multiple
uses of the millifortnight have also been reported.", "the case X = X has been reported in
discussions of graphics software", "This phenomenon (which has also been observed in subcultures
...)", "It has been observed since the mid-1980s that the memory usage ... tends to double",
"Putting the embedded text in parentheses has also been suggested, but ...", "Communist guerrillas
recently have been reported increasing their activities", "It has been estimated, for example,
that full employment prosperity will depend on ..." (hoe-docs twice, pick-docs, scythe-docs;
trowel-docs, wedge-docs, quarry-docs: seven positives in six sets). Who reported it, observed it,
suggested it? ``usage_reports`` reads the same passive when its subject is a word of usage and
"reported" any tense; this reads the perfect of four verbs whatever the subject, and only where
the report stands alone: at the clause's end, before a mark, before where or since when it was
seen ("in", "from", "since", "at", "among", "on"), before "that" (the impersonal "It has been
observed that"), or before what the subject was seen doing ("reported increasing").

Not with an agent ("by"), a destination ("reported to the maintainers"), a manner or a role ("has
been suggested as a fix", "has been reported above"): those name the reporter or say something
else. "observed" only with an adverb or impersonal (``SIGHTED``: "This has been observed in the
.NET WebAPI version 4.0" is a project's own record, vault G2). Not of a tracker's record
(``RECORDS``: "your bug has been reported previously"), nor of what nobody reported ("no more
grisly incident has been reported from that jungle": an absence).

Each function reads the normalised words of one sentence (``lw``) around one index: no scan.
"""

from __future__ import annotations

from typing import Optional

#: The verbs of report whose perfect passive is read (hedging's _scan tests them by name), each
#: with what the message says nobody did.
VERBS = {
    "reported": "reported it",
    "observed": "observed it",
    "suggested": "suggested it",
    "estimated": "made the estimate",
}
_HAVE = frozenset("has have had".split())
# A sighting: documentation records what its writers saw with it ("This has been observed in the
# .NET WebAPI version 4.0", "Differences in results ... have been observed": the project's own
# record, vault G2), so it is read only as hearsay: with an adverb of report ("has also been
# observed") or impersonal ("It has been observed since the mid-1980s that").
SIGHTED = "observed"
# Adverbs between "has" and "been", or "been" and the verb: "have also been reported", "has since
# been observed" (one adverb each side; "recently have been reported" has its own before "have").
_BETWEEN = frozenset("also since often sometimes widely now occasionally even long repeatedly frequently recently".split())
# What may follow the verb when the report stands alone: where or since when, or the clause it
# reports ("It has been estimated that").
_AFTER = frozenset("that in from since at among on".split())
# Marks that end the report: "has also been suggested, but", "It has been estimated, for example,".
_MARKS = frozenset(",;:)")
#: Subjects whose report is a tracker's or a project's own record, not a claim handed to nobody.
RECORDS = frozenset(
    "bug bugs issue issues error errors problem problems crash crashes vulnerability vulnerabilities "
    "regression regressions failure failures defect defects".split()
)
# Words before the verb that deny the report: "no incident has been reported".
_DENIALS = frozenset("no none nothing never not".split())
# Words from the subject to "has": "Multiple uses of the millifortnight (about 20 minutes) and ...".
_REACH = 8


def reported_by_nobody(lw, words, i: int, prose: str) -> Optional[int]:
    """The index of "has" in "has also been reported" when ``lw[i]`` is one of ``VERBS`` in the
    perfect passive, standing alone, of a subject that is no record, or None."""
    n = len(lw)
    if i + 1 < n:
        gap = prose[words[i].end : words[i + 1].start]
        nxt = lw[i + 1]
        ing = len(nxt) > 5 and nxt.endswith("ing") and nxt.isalpha()
        if not (any(c in _MARKS for c in gap) or nxt in _AFTER or ing):
            return None  # "reported by", "reported to", "suggested as", "reported above"
    j = i - 1
    adverb = j >= 0 and lw[j] in _BETWEEN
    if adverb:
        j -= 1
    if j < 0 or lw[j] != "been":
        return None
    j -= 1
    if j >= 0 and lw[j] in _BETWEEN:
        adverb = True
        j -= 1
    if j < 0 or lw[j] not in _HAVE:
        return None
    if lw[i] == SIGHTED and not adverb and not (j >= 1 and lw[j - 1] == "it"):
        return None  # "This has been observed in the .NET WebAPI version 4.0": a project's own record
    before = lw[max(0, j - _REACH) : j]
    if any(w in RECORDS or w in _DENIALS for w in before):
        return None  # "your bug has been reported previously", "no incident has been reported"
    return j
