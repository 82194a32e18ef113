"""Unnamed sources in the writer's voice: "an official said", "diplomatic sources indicated",
"Officials in Liberia said", "said a western diplomat", "according to an official in the agency".

Used by HC101. A source noun (``source_noun`` in ``data/weasel.tsv``) heads a noun phrase that
is the subject of a verb of saying (``speech``), or follows one ("said a diplomat"). It hides
its source when:

* it is one person, introduced with "a", "an", "one" or "another" ("A senior Israeli Defence
  official has told ..."): an individual, not an office, whatever body is named around it;
* it is a group with a vague quantity ("some", "several", "many", "other": "Several Government
  ministers suggested ...");
* it is a bare plural with no named body before it ("Officials in Liberia said", "Diplomats
  observing the talks said"), but not "Pentagon officials said": a named body speaking; a side
  or a nation known by its adjective or initials is no body ("Palestinian officials said", "US
  officials say": ``side``), unless it gives its own position or plan ("Israeli officials claim");
  "witnesses", "investigators" and "medics" speak so only with a verb of saying proper;
* "the source said": a source that was never named;
* "sources" whatever stands before them: a body ("Law enforcement sources tell TMZ": its
  members, unnamed) or the writer ("Our sources say"), and besides the verbs of saying they
  "tell", "estimate" or give a document ("A House Democratic source provided to CNN a memo").

Words between the noun and its verb (a relative clause, "in Liberia", "observing the talks") are
allowed up to a limit; a comma, a semicolon or a quotation between them ends the search.
"""

from __future__ import annotations

from typing import Optional
from prosecheck.checks import reputation
from prosecheck.checks import body_officials
from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.sentence_memo import any_from  # "will" anywhere in the sentence, read once per sentence

_ONE = frozenset({"a", "an", "one", "another"})
_VAGUE_QUANTITY = frozenset({"some", "several", "many", "other", "most", "few", "numerous", "various", "certain"})
_CLAUSE_START = frozenset({"and", "but", "that", "while", "as", "because", "although", "though", "so", "when", "where"})
_AUX = frozenset(
    "has have had also earlier later previously recently once then on monday tuesday wednesday "
    "thursday friday saturday sunday yesterday today privately publicly separately".split()
)
# Verbs of saying in their plural form: never the verb of "a source" or "an expert".
_BASE_FORMS = frozenset(
    "say claim believe think argue suggest agree feel contend maintain warn allege assert speculate "
    "fear insist point indicate tell".split()
)
_MODALS = frozenset("will would can could may might must should did does do".split())
_MAX_BETWEEN = 14  # words from the noun to its verb ("A resident who didn't want to be ... said")


# Verbs of saying proper: the only ones that make one person known by role a source ("One
# bureaucrat suggested", "A New York woman tells"); not a verb of noticing ("after a developer has
# observed undue memory retention": a reader, in documentation), nor one far from the noun.
_SAYING = frozenset(
    "said says told tells suggested commented remarked wrote writes added explained insisted "
    "claimed argued warned".split()
)
_ROLE_BETWEEN = 8
# People known by what they saw or do, not by an office (issue 11, twenty-first session, auger-docs'
# news: "witnesses said", "Eyewitnesses report seeing", "Investigators say", "Palestinian medics
# said"): like one person known by role, they speak only with a verb of saying proper, here with
# the plural's "say" and "report"; not "Investigators found no evidence that" (attic-docs).
_ROLE_PLURALS = frozenset({"witnesses", "eyewitnesses", "investigators", "medics"})
_PLURAL_SAYING = frozenset({"say", "report", "reported"})
# Verbs of doubting, disputing and proposing (weasel.tsv, issue 11, nineteenth session) speak
# for a vague group ("many people suspect", hedging._group_claim), not for a source noun:
# "Officials dismiss the problem as trivial" is a body's own stance (hearth-docs' trap, E4).
GROUP_ONLY = frozenset("question suspect suspected dispute dismiss dismissed object propose proposed".split())
# A crowd's talk, names and wonder in the progressive ("some are calling it", weasel.tsv, crowd58)
# speak for a vague group only (hedging._group_claim, which reads the group words "sources",
# "officials" as for any verb of its list); after the other source nouns ("Two spokesmen were
# talking about the plan": people at work) they are deeds, as "call", "talk" and "wonder" are in
# documentation.
GROUP_ONLY_PROGRESSIVE = frozenset({"calling", "talking", "wondering"})


def find(words, lw, i: int, nouns: frozenset, singular: frozenset, speech, prose: str,
         roles: frozenset = frozenset()) -> Optional[tuple[int, int]]:
    """``(first, last)`` word of an unnamed source whose noun is ``lw[i]``, or None. A noun of
    ``roles`` (one person known by role: "member", "bureaucrat") speaks only with a verb of
    ``_SAYING``."""
    noun = lw[i]
    if body_officials.body_officials(lw, words, i):
        return None  # "company officials said", "a company official": the body named, speaking
    role = noun in roles or noun in _ROLE_PLURALS
    start = _head(words, lw, i, noun in singular, prose)
    if start is None:
        return None
    n = len(lw)
    nxt = lw[i + 1] if i + 1 < n else ""
    source = noun in _SOURCE_NOUNS and lw[start] != "the"
    if nxt and not _break_before(words, i + 1, prose) and not _may_follow(nxt, speech, lw, i + 1):
        if not (source and (nxt in _PROGRESSIVE_BE or nxt in _SOURCE_VERBS)):
            return None  # "the source code", "official documentation": a compound noun, nobody speaks
    if reputation.named_after(lw, words, i):
        return None  # "analysts at Goldman Sachs said": the firm is named
    if lw[start] == "the" and not (nxt in speech or nxt in _AUX):
        return None  # "the source said" refers back to a source never named; "the source of X" does not
    # the verb after the noun phrase
    j = i + 1
    while j < n and j - i <= _MAX_BETWEEN:
        if _break_before(words, j, prose):
            break
        if role and j - i > _ROLE_BETWEEN:
            break
        if source and lw[j] in _SOURCE_VERBS and _joined(lw, i, j):
            if j + 1 < n and lw[j + 1] not in _NOT_OBJECT and lw[j + 1][:1].isalpha():
                return start, i  # "Law enforcement sources tell TMZ", "sources are now estimating that"
            if lw[j] in _GIVING and j + 2 < n and lw[j + 1] == "to" and words[j + 2].text[:1].isupper():
                return start, i  # "A House Democratic source provided to CNN a memo"
        if lw[j] in speech and lw[j] not in GROUP_ONLY and speech.match_at(lw, j) and not (
            j + 1 < n and lw[j + 1] in GROUP_ONLY_PROGRESSIVE
        ):
            if role and lw[j] not in _SAYING and not (noun in _ROLE_PLURALS and lw[j] in _PLURAL_SAYING):
                j += 1
                continue  # "Investigators found no evidence that": what they found, not what they told
            if lw[j - 1] in _PASSIVE_BE and (lw[j].endswith("ed") or lw[j] in _IRREGULAR_PARTICIPLES):
                j += 1
                continue  # "A more informal source of information can also be found": a passive, nobody speaks
            if lw[j] in _NEEDS_OBJECT and (j + 1 >= n or lw[j + 1] in _NOT_OBJECT or not lw[j + 1][:1].isalpha()):
                j += 1
                continue  # "Several sources found in the archive": a participle, not a verb of judging
            if noun in singular and lw[j] in _BASE_FORMS and lw[j - 1] not in _MODALS:
                j += 1
                continue  # "a source point to a target point": a plural verb has another subject
            if (lw[j] in _OWN_POSITION or any_from(lw, _FUTURE, 0)) and _sided(words, lw, start, i):
                # "Israeli authorities claim the structures are illegal", "Uranium fuel ... will be
                # loaded ..., Russian and Iranian officials said": a side's own position or plan
                return None
            return start, i
        j += 1
    # inverted: 'said a western diplomat', 'according to an official'
    if start >= 1 and lw[start - 1] == "to" and start >= 2 and lw[start - 2] == "according":
        return start, i
    m = speech.match_at(lw, start - 1) if start >= 1 and lw[start - 1] in speech and lw[start - 1] not in GROUP_ONLY else None
    if m and m[0] == 1 and (not role or lw[start - 1] in _SAYING):
        return start, i  # not "is an authoritative source": "is" only opens "is uncomfortable"
    return None


# A participle of a speech verb after these is a passive: the noun before is found, not finding.
_PASSIVE_BE = frozenset("be been being is are was were".split())
_IRREGULAR_PARTICIPLES = frozenset("found thought told said felt".split())
# Verbs of judging by experience (hedging._EXPERIENCE_VERBS): common words in other senses, they
# speak only when their object follows ("officials found that", not "sources found in the archive").
_NEEDS_OBJECT = frozenset({"find", "saw", "choose", "found", "regard"})
_NOT_OBJECT = frozenset("and or of in on for to with from by at below above also".split())


_AFTER_NOUN = frozenset(
    "in at with from of for on inside among within close familiar who whom whose".split()
)


def _may_follow(word: str, speech, lw, k: int) -> bool:
    """Can ``word`` follow a source noun that speaks? A verb, a preposition, "who", a participle
    ("officials involved", "diplomats observing"); not a noun ("source code")."""
    if word in _AFTER_NOUN or word in _AUX or (word in speech and speech.match_at(lw, k)):
        return True
    return len(word) > 4 and word.endswith(("ing", "ed"))


# Marks between two words that break a noun phrase off what follows (_break_before).
_BREAKS = frozenset(",;:()\"\u201c\u201d")


def _break_before(words, j: int, prose: str) -> bool:
    # (one Word made for ``j``, not two, and one set test of the gap, not one scan per mark:
    # _head calls this for each word it walks back over; eighteenth session, langcpu)
    w = words[j]
    return not _BREAKS.isdisjoint(prose[words[j - 1].end : w.start]) or w.quoted


_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "ed", "ing", "ary", "ior", "ern", "less")
_COMMON_OPENERS = frozenset("senior top former other local foreign many some several most few".split())


def _common_adjective(w: str) -> bool:
    """A sentence-initial modifier that is an ordinary adjective ("Diplomatic sources", "Senior
    officials"), not a name ("Pentagon officials")."""
    return w in _COMMON_OPENERS or w.endswith(_ADJECTIVE_ENDINGS)


# "Sources" are never a name: a body before them ("Law enforcement sources tell TMZ", "Industry
# sources are now estimating", "Pentagon sources said") names whose members they are, not who
# spoke (RULES 4: unnamed members speaking for themselves), and the writer's own ("Our sources
# say") are kept unnamed by the writer. Issue 11, twentieth session: plane-docs, tongs-docs.
_SOURCE_NOUNS = frozenset({"source", "sources"})
WRITERS = frozenset({"our", "my"})
# What sources do besides the verbs of saying (``speech``): tell someone, estimate, give or leak
# a document (issue 11, twentieth session), each with its object after it; not in the passive
# ("are estimated"), not "the source provided" (the input a program was given: "the" before
# "source" lets only a verb of saying through).
_SOURCE_VERBS = frozenset({"tell", "estimate", "estimates", "estimated", "estimating", "provided", "leaked", "gave"})
# Verbs of giving whose recipient may come first ("provided to CNN a memo"); the object
# otherwise ("leaked the memo").
_GIVING = frozenset({"provided", "leaked", "gave"})
_PROGRESSIVE_BE = frozenset({"are", "were", "is", "was"})
# Adverbs of time between the progressive "be" and the verb ("are now estimating"), beside _AUX's.
_NOW = frozenset({"now", "still", "already", "all"})


def _joined(lw, i: int, j: int) -> bool:
    """The verb ``lw[j]`` is the source noun's own (``lw[i]``): right after it, or after a form of
    "be" in the progressive and adverbs ("sources are now estimating"); not a verb further on
    ("sources of power then everything I am about to tell you")."""
    between = lw[i + 1 : j]
    if between and between[0] in _PROGRESSIVE_BE:
        if not lw[j].endswith("ing"):
            return False  # "are estimated": a passive
        between = between[1:]
    return all(w in _AUX or w in _NOW or ly_adverb(w, 0) for w in between)


# A side, a nation or a place known by its adjective or its initials names no body that speaks
# through its office: "Palestinian officials said", "Local Afghan commanders say", "US officials
# say", "British defence sources" (auger-docs' RULES-ADDENDUM S13; RULES 4, "officials" with no
# body named), where "Pentagon officials", "Police", "Verizon executives", "Jenin hospital
# officials" name one. The adjectives of nations end so ("Palestinian", "Iranian", "Chinese",
# "British", "Israeli", "Afghan"); initials of a nation or of the nations together are few.
_SIDE_ENDINGS = ("ian", "ean", "ese", "ish", "li", "qi", "ni", "di", "han", "can")
_SIDE_INITIALS = frozenset({"US", "U.S.", "UK", "U.K.", "UN", "U.N."})
_SIDE_WORDS = frozenset({"French", "Dutch", "Greek", "Thai", "Swiss", "Arab", "Local", "Western", "Afghan"})
# The government in power as a side, capitalised by house style: "Administration officials said"
# (unseen-docs), "Several Israeli Government ministers" (news-dev), as "government authorities".
_SIDE_WORDS |= {"Administration", "Government"}


# Verbs that give a side's own position, not what it knows of others (RULES 4: an identifiable
# government announcing its own position; attic-docs' and lathe-docs' traps).
_OWN_POSITION = frozenset("claim claims claimed insist insists insisted maintain maintains maintained deny denies denied".split())


_FUTURE = frozenset({"will", "would", "'ll", "plans", "planned", "intends"})


def side(text: str) -> bool:
    """Is ``text`` (a capitalised modifier) a side, nation or place adjective, not a body's name?"""
    if text in _SIDE_INITIALS or text in _SIDE_WORDS:
        return True
    return len(text) > 4 and text.isalpha() and text[1:].islower() and text.endswith(_SIDE_ENDINGS)


def _sided(words, lw, start: int, i: int) -> bool:
    """The bare plural ``start``..``i`` is found only because a capital before its noun is a
    side's (``side``), which ``_head`` would otherwise take for a named body."""
    if lw[i] in _SOURCE_NOUNS or lw[start] in _VAGUE_QUANTITY:
        return False  # "Israeli military sources", "Several Israeli Government ministers": found as before
    return any(
        words[m].text[:1].isupper() and (m > 0 or not _common_adjective(lw[m])) and side(words[m].text)
        for m in range(start, i)
    )


def _head(words, lw, i: int, singular: bool, prose: str) -> Optional[int]:
    """The first word of the noun phrase ending at ``i`` when it hides its source, else None."""
    j = i - 1
    capitalised_modifier = False
    source = lw[i] in _SOURCE_NOUNS
    mods = 0
    while j >= 0 and mods < 4:
        if _break_before(words, j + 1, prose) and j + 1 <= i:
            break
        w = lw[j]
        if w in _ONE:
            return j if singular else None
        if w in _VAGUE_QUANTITY:
            return j
        if w == "the":
            return j if source else None
        if source and w in WRITERS and not singular:
            return j  # "Our sources say"
        if w in _CLAUSE_START or w.endswith("'s") or w in ("his", "her", "their", "its", "our", "these", "those", "this", "that"):
            break
        if not w.isalpha() and "-" not in w:
            break
        if words[j].text[:1].isupper() and (j > 0 or not _common_adjective(w)) and not source and not side(words[j].text):
            capitalised_modifier = True  # "Pentagon officials", "Jenin hospital officials": a named body
        mods += 1
        j -= 1
    if singular:
        return None
    # a bare plural: a clause must open right before it, and no named body may modify it
    first = j + 1
    if capitalised_modifier:
        return None
    if first == 0 or _break_before(words, first, prose) or lw[first - 1] in _CLAUSE_START:
        return first
    return None
