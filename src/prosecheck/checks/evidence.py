"""Evidence with no source as the subject of a verb of showing (HC101): "Recent studies have
shown", "our best data to date suggests that", "experience shows that", "Careful investigation
and constant study prove", and "there is a lot of evidence that".

The fixed phrases "studies show" and "research suggests" are in ``data/weasel.tsv``; this finds
the same claim with modifiers around the noun ("Recent high-resolution studies of historical CO2
concentrations ... have shown"), another noun of evidence ("data", "experience", "analysis",
"the literature") or another verb ("prove", "indicate", "demonstrate", "confirm"). The reader is
told that evidence exists but not whose, so the hedging check asks for the source; a link, a
citation or a named source in the sentence answers it, as for every HC101 finding.

History as the evidence (issue 11, forty-sixth session, hcrec46): "History has shown that such
schemes fail", "As history shows, ...", "The history of capitalism has proven him right", "Our
history proves that": the past is called to witness and nobody is named who read it so (RULES 4;
22 of the ninety-seven sets before chamfer mark it, most of them in addresses and the Anarchist
FAQ). Read as the fields are, only opening a clause ("git history shows", "the commit history
shows" are not). Over those sets it was right 11 times against 4 wrong by the sentence pairing (12
against 3 by the line): a history the text goes on to give (Van Buren's bank, peg S443), a
particular record ("The history of the cases litigated under the present commerce act shows") and
Fulbright's "History has demonstrated many times". burnisher-docs' "History has shown" (the
Anarchist FAQ) is found as well; none of the benchmark corpus's pages says it. It was reported at
``info`` until the forty-seventh session (hcrec47), a warning since: over the one hundred sets
before pincer its findings at info were 13 claims in eleven sets against 3 other findings and no
trap by the sentence pairing.

The past called to witness in more shapes (issue 11, fifty-eighth session, show58; gauge-docs'
S370): a name after "of" is the event ("The experience of Bolshevik Russia also confirms"), the
past tense "proved", "teach"/"validate"/"vindicate", the plural "experiences", an adverb before the
verb ("has only confirmed"), and the passive with the past as its agent ("proved right by
history"): 13 claims in eleven of the 133 sets before hob, 6 findings on no item, no trap (by the
sentence); drift-docs 5 claims, one trap. ``past_witness`` tells hedging that the sentence's names
are the past's, not a source.

Not a finding: evidence the text points at ("these results show", "the results below show", "its
data suggests"), evidence named with a capital ("An NBC News poll showed"), a modal ("the
results will show", "experience should prove"), and a verb that does not state a finding ("the
results show up", "data not shown", "tests to prove your command works").
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.word_gaps import between

#: Events called to witness (issue 11, sixty-first session, passive61; slick-docs' S1151): "As the
#: Russian Revolution proved, there can be no", "The war has proved moreover that", "every
#: revolution has confirmed the anarchist analysis". What happened is made to show the writer's
#: point and nobody is named who read it so, as with history; the event's name is the event, not a
#: source, so a capital ("the Kronstadt rebellion") and "the" do not make it a named study. Read as
#: the past is (``PAST``): the names after "of" and in the sentence are the event's. Opening a
#: clause only (not "The example of the poll tax rebellion shows": the text's example), not a title
#: ("State and Revolution indicates"), and hedging leaves it when the sentence holds a link or points
#: to a section (the account of the event). Over the 142 sets before loy, by the sentence: 4 right in
#: four sets (jointer, mandrel, mitre, shive), 3 traps (pick, scraper, snips); slick +1.
EVENTS = frozenset("revolution revolutions war wars rebellion revolt uprising insurrection".split())
#: Nouns of evidence that can stand for a source the text leaves out.
NOUNS = frozenset(
    """
    study studies research evidence data experience experiences analysis analyses literature results
    investigation investigations survey surveys poll polls findings experiments
    psychology science sociology medicine history
    """.split()
) | EVENTS
# Fields of study standing for their findings ("Modern psychology has shown", "Science has
# proven"): only opening a clause, so "git history shows" or "the computer science data" is not
# one (issue 11, fourteenth session: bellows-docs). "history" read the same way (hcrec46: "As
# history shows", "History has shown that"; "the commit history shows" is not one).
_FIELDS = frozenset("psychology science sociology medicine history".split())
#: The noun of the past called to witness.
HISTORY = "history"
_OPENS_CLAUSE = frozenset("and but that as because since while though although so yet then".split())
#: Nouns of the past called to witness (issue 11, fifty-eighth session, show58): what happened, not
#: who studied it, so a name after "of" is the event ("The experience of Bolshevik Russia also
#: confirms", "the history of the U.N. demonstrates"), not a named study; they also "teach" and
#: "validate" ("Past experience has taught us that", "whom history has validated") and are the
#: agent of a passive ("has been proved right by history", "is confirmed by the experience of
#: several cities").
PAST = frozenset({"history", "experience", "experiences"}) | EVENTS  # and the events called to witness (passive61)
# Before an event's name: "every revolution has confirmed", "each war has shown".
_EVENT_DETERMINERS = frozenset({"every", "each"})


def event_witness(lw, a: int, b: int) -> bool:
    """Whether the finding ``a``..``b`` calls an event to witness (``EVENTS``): a link or a section
    the sentence points to is then the account of it ("as the Kronstadt rebellion proves ... (see
    the appendix)", "As we discuss in section H.5.12, ... the Russian Revolution amply proves")."""
    return any(lw[m] in EVENTS for m in range(a, b + 1))


# Verbs of showing that only the past takes as its subject ("the data validates" is a schema's).
_SHOWING_PAST = frozenset(
    "teach teaches taught validate validates validated vindicate vindicates vindicated".split()
)
# The passive's participles before "by history" / "by (the) experience", and the verdict words
# that may stand between ("proved right by history", "proven wrong by experience").
_PASSIVE_PAST = frozenset(
    "shown proved proven demonstrated confirmed validated vindicated borne".split()
)
_VERDICTS = frozenset("right wrong correct false true out".split())
# Nouns of a body of evidence, not one piece of it: "the literature suggests", "the evidence
# indicates" leave it unnamed, where "the survey suggests" points at one the text has named
# ("the history of capitalism has proven": the whole past, hcrec46).
_MASS = frozenset("research evidence data experience experiences literature history".split())
# Nouns that, without an adjective ("Preliminary results"), are the text's own measurements.
_OWN = frozenset("results experiments tests".split())
#: Words that make hedging scan a sentence for this rule: the verbs of showing (the nouns "data"
#: and "results" are too common in documentation to be worth a scan of their own).
TRIGGERS = frozenset(
    "shows showed prove proves proved indicate indicates demonstrate demonstrates demonstrated confirms "
    "revealed reveals disclosed confirmed confirm taught teaches validated vindicated".split()
)
#: Verbs that present evidence as having established a claim.
_SHOWING = frozenset(
    """
    show shows showed shown suggest suggests suggested prove proves proved proven indicate
    indicates indicated demonstrate demonstrates demonstrated confirm confirms confirmed
    reveal reveals revealed disclose discloses disclosed
    """.split()
)
# Verbs of finding that state a finding only with their clause: "a study found that", not "the
# analysis found no errors" nor "data found in the cache" (fourteenth session).
_FINDING = frozenset("find finds found".split())
# Between the noun and the verb: an auxiliary or an adverb of the verb ("have also shown",
# "already showed", "to date suggests").
_VERB_LEAD = frozenset(
    "have has had also already consistently clearly repeatedly now all generally increasingly "
    "to date only".split()
)
# Words in -ly that are no adverb of the verb ("studies of family show" is no "have amply shown");
# ly_adverb passes no word shorter than five letters ("July", "ally").
_LY_NOUNS = frozenset("family supply apply reply assembly italy rally belly bully early daily".split())


def _leads(word: str) -> bool:
    """An auxiliary or an adverb between the noun and its verb: "have also shown", "has
    conclusively shown", "has only confirmed" (show58: spline-, fid-docs)."""
    return word in _VERB_LEAD or (ly_adverb(word) and word not in _LY_NOUNS)
# Before the noun phrase: a word that points at evidence the text gives or owns. Not "the" nor
# "our": "the most recent evidence indicates", "our best data to date suggests" leave the
# evidence unnamed (kiln-docs, ember-docs).
_POINTING = frozenset("this these those that its their his her my your such which whose".split())
# After a pointing word, a determiner makes it a conjunction: "that our data suggests", "that
# every revolution has confirmed" (an event's determiners, passive61); not after "such" ("Such an
# analysis speedily reveals": the text's own, show58).
_DETERMINERS = frozenset({"the", "our", "a", "an", "all", "most"}) | _EVENT_DETERMINERS
# Words that end the noun phrase before the verb: a clause, a verb, a pronoun.
_NOT_IN_PHRASE = frozenset(
    """
    is are was were be been being will would should could can may might must shall do does did
    that which who whom whose it they we you he she i this these those not if when because
    """.split()
)
# After the verb: what makes it something other than a finding ("shows up", "shown below").
_THERE_BE = frozenset("is are was were has have had will".split())
# "As the Russian Revolution proved, there can be no equality": a clause with a modal (passive61).
_THERE_MODALS = frozenset("can could will would may might must should".split())
_NOT_A_FINDING = frozenset("up in on below above here there how what which where whether if you us me".split())
# Before "evidence" after "there is": how much of it ("a lot of", "growing", "strong").
_AMOUNT = frozenset(
    "a lot of much growing strong substantial ample considerable mounting overwhelming plenty "
    "some good clear increasing".split()
)
_CONDITIONS = frozenset("if when whenever unless until once before after where".split())
_THERE_BE = frozenset({"is", "are", "was", "were", "'s"})
_MAX_BETWEEN = 12  # words between the noun and its verb ("studies of ... over hundreds of years have shown")


def shown_by(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)`` word indexes of an unsourced evidence claim whose noun is ``lw[i]``:
    the noun phrase's first word and the verb of showing, or None."""
    if lw[i] == "evidence":
        there = _there_is_evidence(lw, words, i, prose)
        if there is not None:
            return there
    if lw[i] in PAST:
        passive = _proved_by_the_past(lw, words, i, prose)
        if passive is not None:
            return passive
    s = _phrase_start(lw, words, i, prose)
    if s is None:
        return None
    if lw[i] in _FIELDS and not _opens_clause(lw, words, prose, s):
        return None  # "git history shows", "the computer science data": not a field's findings
    if lw[i] in EVENTS and (not _opens_clause(lw, words, prose, s) or _joins_nouns(lw, words, prose, s)):
        return None  # "The example of the poll tax rebellion shows": the text's example; "State and Revolution indicates": a title
    if lw[i] == HISTORY and s == i and _joins_nouns(lw, words, prose, s):
        return None  # "a glance at anarchist theory and history shows": "history" the second of two nouns
    j = i + 1
    k = j
    aside = None  # (first, last) words of an aside set off by commas: "Research, on the other hand, has shown"
    past = lw[i] in PAST
    while k < len(lw) and k - j <= _MAX_BETWEEN and not _verb_at(lw, k, past):
        if between(words, prose, k - 1, k).strip() == "," and aside is None:
            close = _aside_end(lw, words, prose, k)
            if close is None:
                return None
            aside = (k, close)
            k = close + 1
            while _leads(lw[k]):
                k += 1  # _aside_end found the verb after them
            break
        if lw[k] in _NOT_IN_PHRASE or between(words, prose, k - 1, k).strip():
            return None  # a clause or a mark between: "the results, which we show"
        k += 1
    if k >= len(lw) or not _verb_at(lw, k, past):
        return None
    if lw[k - 1] == "to" and not (k >= 2 and lw[k - 2 : k] == ["to", "date"]) and lw[k - 2 : k] != ["date", "to"]:
        return None  # "enough data to confirm that": a purpose, the writer's own data, no finding stated
    if between(words, prose, k - 1, k).strip() and not (aside and aside[1] == k - 1):
        return None
    if aside is not None:
        if aside[0] > j and lw[j] not in _PHRASE_LINKS:
            return None
        if any(words[m].text[:1].isupper() for m in range(aside[0], aside[1] + 1)):
            return None  # "A new study, published today in Nature Geoscience, reveals": named there
        return _finish(lw, words, i, s, aside[0], k)
    lead = k
    while lead > j and (_leads(lw[lead - 1]) or lw[lead - 2 : lead] == ["to", "date"]):
        lead -= 2 if lw[lead - 2 : lead] == ["to", "date"] else 1
    # The words between the noun and the verb's auxiliaries modify the noun: a prepositional
    # phrase ("of historical CO2 concentrations") or a second noun ("investigation and constant
    # study"); anything else is a clause of its own.
    if lead > j and lw[j] not in _PHRASE_LINKS:
        return None
    if lw[j] == "and" and lw[lead - 1] not in NOUNS:
        return None  # "improve the user experience and only show the hint": two verbs, not two nouns
    return _finish(lw, words, i, s, lead, k)


# A pronoun object ending the clause points back at the claim the text has just made ("The history
# of human society proves this point.", "Our history shows this."): evidence for it, not a claim
# of its own (hcrec46: clamp-, pick- and arbor-docs' negatives). Not "has shown this to be true".
_BACK = frozenset({"this", "it"})
_OBJECTS = frozenset({"us", "me"})
_OUGHT = frozenset({"necessity", "need"})
_BE = frozenset("be been being is are was were am".split())
_BACK_NOUNS = frozenset({"point", "claim", "view", "truth"})


_PHRASE_LINKS = frozenset(("of", "from", "on", "in", "over", "into", "about", "across", "and", "available"))


def _verb_at(lw, k: int, past: bool = False) -> bool:
    """A verb of showing at ``k``; a verb of finding only with "that" after it; with ``past`` (the
    noun is history or experience), a verb of teaching or vindicating too."""
    if lw[k] in _SHOWING or (past and lw[k] in _SHOWING_PAST):
        return True
    return lw[k] in _FINDING and k + 1 < len(lw) and lw[k + 1] == "that"


def _aside_end(lw, words, prose: str, k: int) -> Optional[int]:
    """The last word of an aside that opens with a comma before word ``k`` and closes with a
    comma before a verb of showing (at most ten words, no other mark), or None."""
    for m in range(k, min(len(lw), k + 10)):
        gap = between(words, prose, m, m + 1) if m + 1 < len(lw) else ""
        if gap.strip() == ",":
            v = m + 1
            while v < len(lw) and _leads(lw[v]):
                v += 1
            return m if v < len(lw) and _verb_at(lw, v) else None
        if gap.strip():
            return None
    return None


# "and" or "or" with no mark before it joins "history" to a noun before ("a superficial glance at
# anarchist theory and history shows": the glance shows it, the reader's own; brace- and burin-docs'
# unmarked sentences), where ", and history has shown that" opens a clause (hcrec46).
_JOINING = frozenset({"and", "or"})


def _joins_nouns(lw, words, prose: str, s: int) -> bool:
    return s >= 2 and lw[s - 1] in _JOINING and not between(words, prose, s - 2, s - 1).strip()


def _opens_clause(lw, words, prose: str, s: int) -> bool:
    return s == 0 or lw[s - 1] in _OPENS_CLAUSE or bool(between(words, prose, s - 1, s).strip())


def _finish(lw, words, i: int, s: int, lead: int, k: int) -> Optional[tuple[int, int]]:
    """The tests after the verb is found at ``k``; ``lead``: the first of its auxiliaries."""
    j = i + 1
    if lw[k] in _FINDING and lw[s] == "our":
        return None  # "our survey found that 81% of consumers": the writers' own study, reported
    if lw[i] in _OWN and s == i:
        return None  # "Benchmark results indicate": the project's own measurements, not a study
    if lw[i] not in PAST and any(w[:1].isupper() and w[1:2].islower() for w in (words[m].text for m in range(j, lead))):
        return None  # "studies of Uber's drivers show": a named object, read as a named study
    after = lw[k + 1] if k + 1 < len(lw) else ""
    if after == "there" and k + 2 < len(lw) and (lw[k + 2] in _THERE_BE or lw[k + 2] in _THERE_MODALS):
        after = "that"  # "A recent survey disclosed there are about 4,000 marinas": a clause, not a place
    if after in _OBJECTS and k + 2 < len(lw) and lw[k + 2] == "that":
        after = "that"  # "Past experience has taught us that", "History has shown us that" (show58)
    if after in _NOT_A_FINDING or not after[:1].isalnum():
        return None  # "the results show up", "data not shown.", "as shown below"
    if after in _BACK and (k + 2 >= len(lw) or lw[k + 2] in _BACK_NOUNS or lw[k + 2] == "well"):
        return None  # "Our history shows this.", "proves this point": the text's own claim just made, confirmed (hcrec46)
    if after == "that" and k + 2 >= len(lw):
        return None  # "the history of both ... demonstrates that.": the same pronoun (show58: anvil-, sickle-docs)
    if _OUGHT.intersection(lw[k + 1 : k + 4]) and "the" in lw[k + 1 : k + 3]:
        return None  # "Experience shows, however, the necessity of additional legislation": what ought to be, no claim (ratchet S172)
    if lw[k] in ("shown", "proven", "proved", "taught", "validated", "vindicated") and lw[k - 1] not in ("have", "has", "had") and not (
        lw[i] in PAST and lw[k] in ("proved", "taught", "validated", "vindicated") and lw[k - 1] not in _BE
    ):
        return None  # "data shown in the table": a participle, not the verb; "History proved Bakunin right" is the past tense (show58)
    if k - i > 4:
        return s, i  # the noun phrase alone: "Recent high-resolution studies of ... have shown"
    return s, k


def past_witness(lw, a: int, b: int) -> bool:
    """Whether the finding ``a``..``b`` calls the past to witness (its noun is history or
    experience): the names in its sentence are then what happened or who was proved right ("The
    experience of Bolshevik Russia also confirms Bakunin's prediction"), not who read the past so."""
    return any(lw[m] in PAST for m in range(a, b + 1))


def _proved_by_the_past(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """ "has been proved right by history", "is confirmed by the experience of several cities",
    "is shown by the experience not only of our own country": the past as the passive's agent
    (show58: rivet-, scribe-, mandrel-, drift-docs). ``(participle, noun)``, or None. Not "the
    history shown by git log" (no "by" before the noun) nor "by history" after another verb."""
    b = i - 1
    if b >= 0 and lw[b] == "the":
        b -= 1
    if b < 1 or lw[b] != "by" or any(between(words, prose, m, m + 1).strip() for m in range(b, i)):
        return None
    p = b - 1
    if lw[p] in _VERDICTS and p >= 1:
        p -= 1  # "proved right by", "borne out by"
    if lw[p] not in _PASSIVE_PAST or (lw[p] == "borne" and lw[p + 1] != "out"):
        return None
    if any(between(words, prose, m, m + 1).strip() for m in range(p, b)):
        return None
    if p == 0 or lw[p - 1] not in _BE | {"has", "have", "had", "being"} and not ly_adverb(lw[p - 1], 0):
        return None  # a participle with no auxiliary: "the errors shown by experience" (a noun's modifier)
    return p, i


def _phrase_start(lw, words, i: int, prose: str) -> Optional[int]:
    """The first word of the noun phrase that ``lw[i]`` heads ("Recent high-resolution
    studies"), or None when a word points at a known body of evidence or names it."""
    s = i
    while s > 0 and i - s < 4 and lw[s - 1][:1].isalpha() and not between(words, prose, s - 1, s).strip():
        prev = lw[s - 1]
        if prev in _POINTING and (lw[s] not in _DETERMINERS or prev == "such"):
            return None  # "these results show", "its data suggests"; not "that our data suggests"
        if prev in ("the", "our", "a", "an", "all", "most", "more", "best", "recent", "past", "new", "modern") or _modifier(prev):
            s -= 1
            continue
        if lw[i] in EVENTS and (prev in _EVENT_DETERMINERS or words[s - 1].text[:1].isupper()):
            s -= 1  # "every revolution", "the Russian Revolution", "the May-June revolt"
            continue
        break
    if s > 0 and lw[s - 1] in ("to", "of", "for", "with", "by", "from", "on", "in", "at"):
        return None  # "according to the data shown", "compared with past results"
    if s > 0 and len(words[s - 1].text) > 1 and words[s - 1].text.isalpha() and words[s - 1].text.isupper():
        return None  # "NLRDA studies show": the body that made them, by its acronym (fifteenth session)
    if not _CONDITIONS.isdisjoint(lw[max(0, s - 2) : s]):
        return None  # "whenever the data suggests it": a condition, not a finding
    for m in range(s, i + 1):
        text = words[m].text
        if lw[i] in EVENTS:
            break  # "the Russian Revolution", "the Kronstadt rebellion": the event's name, not a study's
        if text[:1].isupper() and (m > 0 or text[1:2].isupper()) and lw[m] not in ("the", "our"):
            return None  # "An NBC News poll", "The Israeli election results": named evidence
    if i and lw[i - 1] == "the" and lw[i] not in _MASS and lw[i] not in EVENTS:
        return None  # "The survey suggests", "the results show": one the text has named or given
    if i + 1 < len(lw) and lw[i + 1] in ("below", "above", "here"):
        return None  # "the results below show": evidence the text gives
    return s


def _modifier(word: str) -> bool:
    """An adjective or adverb of a noun phrase of evidence ("high-resolution", "careful",
    "preliminary", "subsequent", "extensive"): lower case, not a function word."""
    return word.isascii() and word.replace("-", "").isalpha() and word not in _NOT_IN_PHRASE and word.endswith(
        ("al", "ive", "ent", "ant", "ary", "ous", "ful", "ic", "ed", "ing", "-resolution", "ior")
    ) or "-" in word


def _there_is_evidence(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """ "There is a lot of evidence that ...", "there is growing evidence that ...": evidence
    said to exist, its source left out. The finding runs from "There" to "evidence"."""
    if i + 1 >= len(lw) or lw[i + 1] not in ("that", "to"):
        return None
    k = i - 1
    while k > 0 and i - k <= 4 and lw[k] in _AMOUNT:
        k -= 1
    if lw[k] == "there's":
        k += 1  # "there's growing evidence": one word as prose is read
    elif k < 1 or lw[k] not in _THERE_BE or lw[k - 1] != "there":
        return None
    if lw[i + 1] == "to" and (i + 2 >= len(lw) or lw[i + 2] not in ("suggest", "show", "support")):
        return None
    return k - 1, i
