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

Since the thirty-fourth session (near34) also reports said to exist with no one credited
(``reports_exist``): "There are reports that the valve leaks", "There have been several reports of
crashes on start-up", "there were also reports of looting" (tang S331's "There are reports that
...", burin's "Scattered field reports that ...", tongs' "reports that several internet service
providers ... have restored access"). The existential leaves out who reported it as the passive
does. Not denied ("There are no reports of"), not a tracker's or a tool's reports ("There are bug
reports of", "There are reports that can be exported": a relative clause after "that", a noun of
RECORDS before "reports"), and not with the reporter right after ("reports from the BBC that",
"reports by users": the next word is not "that" or "of").

Since the forty-seventh session (hcrec47) also rumours said to exist (``rumours_exist``): "There
were rumors that Stac, Inc., believed the deflate compression engine ... infringed on two of their
patents" (scorp-docs), "there are rumours of a special temple somewhere near the surface"
(pawl-docs), "There were rumors that the Ministry of the Interior favored an arbitrary ... process"
(pincer-docs), and the rumour given as the complement, "rumours were that they were paid the going
rate" (spudger-docs). A rumour is a report whose teller is left out by its very name. Not a rumour
heard by someone named ("he has heard rumours that": no "there"), not "if you heard some rumors"
(the reader's), not the rumours' own story ("the rumors of election dates appeared once again", "such
rumors are sometimes published": no "that" after a verb "to be").

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
# "suggested" in a relative clause picks out the proposals the noun before names ("some other points
# which have been suggested", "Some future possibilities which have been suggested:", "all the
# objects which have been suggested"): the suggested points, put forward by the speaker's own
# departments (ratchet S230) or by a program's users (vise Y2); nothing is claimed as true, so
# nobody is missing as its source. Issue 11, forty-first session (prechc41): over the development
# sets three wrong warnings (arbor-, mortise-, spindle-docs), none right; the main clause ("many
# plans have been suggested", "Putting the text in parentheses has also been suggested") is read
# as before.
PROPOSED = "suggested"
_RELATIVES = frozenset({"which", "that"})
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
    if lw[i] == PROPOSED and j >= 1 and lw[j - 1] in _RELATIVES:
        return None  # "some other points which have been suggested": the proposals named, no claim (prechc41)
    before = lw[max(0, j - _REACH) : j]
    if any(w in RECORDS or w in _DENIALS for w in before):
        return None  # "your bug has been reported previously", "no incident has been reported"
    return j


#: The noun ``reports_exist`` is asked about (hedging tests it by name).
REPORTS = "reports"
_THERE = frozenset({"there", "there're"})
_EXIST = frozenset("are were".split())
# Words that may stand between "there are" and "reports": how many, how sure, how lately
# ("There have also been several unconfirmed reports of").
_MODIFIERS = frozenset(
    """
    also now still some several many numerous multiple occasional sporadic scattered conflicting
    frequent repeated recent persistent isolated anecdotal widespread various other further more
    credible unverified unconfirmed independent occasionally even already
    """.split()
)
# After "reports that": a verb, so "that" opens a relative clause on the reports themselves
# ("There are reports that can be exported", "reports that show the coverage"): no report of a fact.
_RELATIVE_VERBS = frozenset(
    """
    can could will would may might should must shall is are was were be have has had do does did
    show shows list lists include includes contain contains describe describes cover covers match
    matches need needs run runs help helps allow allows let lets use uses
    """.split()
)


def reports_exist(lw, i: int) -> Optional[int]:
    """The index of "there" when ``lw[i]`` ("reports") ends "there are (several) reports" or
    "there have been reports" before "that" or "of" and a report credited to no one, else None."""
    n = len(lw)
    if i + 2 >= n or lw[i + 1] not in ("that", "of"):
        return None
    if lw[i + 1] == "that" and lw[i + 2] in _RELATIVE_VERBS:
        return None  # "reports that can be exported": the reports, no report of a fact
    j = i - 1
    while j >= 0 and i - j <= 2 and lw[j] in _MODIFIERS:
        j -= 1  # at most two: "several unconfirmed reports"
    if j >= 0 and lw[j] == "there're":
        return j
    if j < 1:
        return None
    if lw[j] == "been":
        j -= 1
        if lw[j] == "there's":
            return j  # "there's been reports of"
        if j and lw[j] in _MODIFIERS:
            j -= 1  # "there have also been reports"
        if j and lw[j] in _HAVE and lw[j - 1] in _THERE:
            return j - 1
        return None
    if lw[j] in _EXIST and lw[j - 1] in _THERE:
        return j - 1
    return None


#: The nouns of hearsay ``rumours_exist`` is asked about (hedging tests them by name).
RUMOURS = frozenset({"rumours", "rumors", "rumour", "rumor"})
#: What the message says nobody named does.
RUMOUR_NOTE = "is spreading the rumour"
_PLURAL_RUMOURS = frozenset({"rumours", "rumors"})
_EXIST_ONE = frozenset("is was".split())
# "a" for the singular: "there was a rumour that", "there is also a persistent rumor that".
_RUMOUR_MODIFIERS = _MODIFIERS | {"a"}
_BE = frozenset("is are was were".split())
# Whose rumours the text names before "were that": "his rumours were that" (a teller named).
_OWNERS = frozenset("his her their its my our your whose".split())


def rumours_exist(lw, i: int) -> Optional[tuple[int, int]]:
    """The first and last word of "there were rumours" before "that", "of" or "about", or of
    "rumours were" before "that" (the rumour as the complement), when ``lw[i]`` is a noun of
    ``RUMOURS``; else None."""
    n = len(lw)
    if i + 2 >= n:
        return None
    if lw[i + 1] in _BE and lw[i + 2] == "that":
        # "rumours were that they were paid": the rumour's content, its tellers left out
        if i and (lw[i - 1] in _OWNERS or lw[i - 1].endswith("'s")):
            return None
        return i, i + 1
    if lw[i + 1] not in ("that", "of", "about"):
        return None
    if lw[i + 1] == "that" and lw[i + 2] in _RELATIVE_VERBS:
        return None  # "rumours that were published": the rumours themselves
    j = i - 1
    while j >= 0 and i - j <= 3 and lw[j] in _RUMOUR_MODIFIERS:
        j -= 1  # "there is also a persistent rumour"
    if j >= 0 and lw[j] in ("there're", "there's"):
        return j, i
    if j < 1:
        return None
    if lw[j] == "been":
        j -= 1
        if j >= 0 and lw[j] == "there's":
            return j, i  # "there's been rumours of"
        if j and lw[j] in _MODIFIERS:
            j -= 1
        if j and lw[j] in _HAVE and lw[j - 1] in _THERE:
            return j - 1, i
        return None
    exist = _EXIST if lw[i] in _PLURAL_RUMOURS else _EXIST_ONE
    if lw[j] in exist and lw[j - 1] in _THERE:
        return j - 1, i
    return None
