"""Verdicts of the past in the passive, credited to nobody (``HC101``): "support for wireless
networking was considered substandard at best", "data structures in ways which were considered to
be unsafe", "a disease once thought unstoppable", "wrestlers, who were once considered to be
near-deities", "was thought sufficient". Who considered it so is left out, and the past tense
says it was a view people held, not the writer's finding.

Only the past ("was", "were", "had been") or "once" before the participle: the present "is
considered a breaking change", "are considered routes" states a rule of an interface in
documentation (reputation.py: 0 of 19 right on the corpus), and "is considered good" is
``reputation.considered_merit``'s. Only "considered" and "thought": "deemed" and "judged" in the
past record a decision of those who decided ("the measures were deemed sufficient", an address's
own government; "the feature was deemed too complex", a project's), and "believed", "said",
"thought to" before a verb are ``reputation.said_to``'s and ``news_passives``'.

Outside documentation only (``news_passives.outside_documentation``): in a changelog or a README
the past passive is a program's or a project's own judgement ("Fixed a problem where `window` was
considered safe to access", "This was considered an internal API", "were not considered stable":
every one of nine such lines of the benchmark's npm pages), and the Linux kernel's process guide's
"was considered substandard at best" (awl-docs, right) reads the same to the words.

Issue 11, twenty-sixth session (task hedge26): auger-docs, ember-docs, kiln-docs one each, one
trap (hearth-docs' "collection jobs, once thought undesirable, are now highly sought after").
"""

from __future__ import annotations

from typing import Optional

#: The participles of a verdict.
PARTICIPLES = frozenset({"considered", "thought"})
_PAST_BE = frozenset({"was", "were"})
#: One adverb may stand between "was" and the participle ("was once considered", "were widely
#: thought"); "not" too ("was not considered safe" is still a verdict of nobody named).
_BETWEEN = frozenset(
    "once long also still then widely generally commonly often usually originally initially previously "
    "formerly traditionally popularly not never always".split()
)
#: What after the participle is no complement: its agent ("by"), another construction ("as",
#: "of" and "about": the thought turned to a topic; "that": the impersonal passive, ``reputation.
#: impersonal_passive``'s; "for", "in", "when", "if", "and", "or": a consideration, not a verdict),
#: "to" before a verb (``reputation.said_to``'s), and "part" ("was considered part of": a
#: classification). "necessary", "appropriate", "advisable": an act the writer's side chose.
_NOT_COMPLEMENT = frozenset(
    "by as of about that for in on at when whenever if whether and or but to part out up over through "
    "with from during before after because since necessary appropriate advisable prudent desirable "
    "wise".split()
)

#: Words that open another clause, where a "by" names another verb's agent.
_CLAUSE_WORDS = frozenset("and but or while whereas which who because since although though".split())


def past_verdict(lw, words, i: int) -> Optional[int]:
    """The first word of "was (once) considered substandard", "were considered to be unsafe" or
    "once thought unstoppable" when ``lw[i]`` is "considered" or "thought", or None. A complement
    must follow: a word that is none of ``_NOT_COMPLEMENT``, or "to be" and a word. Not when "by"
    names the judges in the next words ("was considered a truism by all" is answered by its "by")."""
    n = len(lw)
    k = i + 1
    if k + 2 < n and lw[k] == "to" and lw[k + 1] == "be":
        k += 2
    if k >= n or not lw[k].replace("-", "").isalpha() or lw[k] in _NOT_COMPLEMENT:
        return None
    if words is not None and words[k].text[:1].isupper():
        return None  # "was considered Python 2's successor": a name, not a verdict
    for w in lw[k + 1 : k + 8]:
        if w == "by":
            return None  # the judges named: "was thought sufficient by the committee"
        if w in _CLAUSE_WORDS:
            break  # "... and the vote was considered unfair by most": another clause's agent
    j = i - 1
    if j >= 0 and lw[j] == "once":
        if j >= 1 and lw[j - 1] in _PAST_BE:
            return j - 1
        return j  # "a disease once thought unstoppable": the reduced form, dated by "once"
    if j >= 0 and (lw[j] in _BETWEEN or (lw[j].endswith("ly") and lw[j].isalpha())):
        j -= 1
    if j < 0:
        return None
    if lw[j] in _PAST_BE:
        return j
    if lw[j] == "been" and j >= 1 and lw[j - 1] == "had":
        return j - 1
    return None
