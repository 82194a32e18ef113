"""One unnamed person who told the writer something (HC101): "a balletomane told me", "A
Protestant woman marveled to me", "An Anglican clergyman in Oxford sadly but frankly
acknowledged to me that", "A Catholic priest recently recounted how", "As a theologian in the
group pointed out", "As an Air Force psychiatrist put it", "Someone has remarked that",
"Somebody once wrote of".

``attribution.find`` knows people by a list of roles ("official", "member", "woman"); here the
verb is the test, not the noun: a verb of telling with the writer as its hearer ("told me",
"acknowledged to us"), a verb only people do with its clause ("recounted how", "remarked that"),
or "As a ... pointed out". Such a subject is a person whatever the noun, and the reader is not
told who. Issue 11, fourteenth session: bellows-docs, anvil-docs, ember-docs; on the benchmark
corpus these shapes are rare ("A comment in the source code told", "A function that tells": no
hearer, no clause, so not found).
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.word_gaps import between

from prosecheck.checks.peoples import CROWD_QUANTITIES, plural_form

# Verbs of telling whose hearer is named right after them: "told me", "assured us".
_TELL = frozenset("told tells assured assures informed informs reminded".split())
# Verbs of saying whose hearer follows "to": "marveled to me", "acknowledged to us".
_TO_HEARER = frozenset(
    "marveled marvelled acknowledged admitted confided complained remarked explained said "
    "mentioned observed conceded".split()
)
# Verbs only people do, with their clause after them: "recounted how", "remarked that".
_RECOUNT = frozenset({"recounted", "remarked"})
# After "As a ...": "pointed out", "put it", "remarked", "observed", "noted", "said", "wrote".
# The present too (issue 11, fifteenth session: chisel-docs' "as one engineer says", "as one man
# says it"); "puts it" as "put it".
_AS_VERBS = frozenset("pointed put puts remarked observed noted said says wrote explained".split())
# After "someone", "somebody": a verb of saying with its clause, a quotation or what it is about.
_SOMEONE_VERBS = frozenset("said remarked wrote observed noted told".split())
# The writer told by nobody: "we are told that", "I was assured", "we are given assurance that".
_TOLD_US = frozenset("told informed assured reminded promised assurance".split())
#: The words that make hedging look here (and scan the sentence).
VERBS = _TELL | _TO_HEARER | _RECOUNT | _AS_VERBS | _SOMEONE_VERBS | _TOLD_US | {"tell", "heard", "hear", "hears", "hearing"}

_HEARERS = frozenset({"me", "us"})
_ONE = frozenset({"a", "an", "one", "another"})
_SOMEONE = frozenset({"someone", "somebody"})
_AUX = frozenset("has had once recently later also then".split())
_PREPOSITIONS = frozenset("in of from at with".split())
# Words that cannot be in the subject's noun phrase: a clause, a pronoun, a verb.
_NOT_IN_PHRASE = frozenset(
    """
    the this that these those which who whom whose what it they we you he she i is are was were
    be been has have had and or but not to for on by if when as than there here
    """.split()
)
_MAX_MODIFIERS = 3
_MAX_PLACE = 3  # words after the preposition: "in Oxford", "in the group", "of a major firm"


def told_by(lw, words, v: int, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)`` words of an unnamed person telling the writer something, whose verb is
    ``lw[v]``: the subject's first word and the verb's last, or None."""
    n = len(lw)
    w = lw[v]
    nxt = lw[v + 1] if v + 1 < n else ""
    after = lw[v + 2] if v + 2 < n else ""
    end = v
    hearer = (w in _TELL and nxt in _HEARERS) or (w in _TO_HEARER and nxt == "to" and after in _HEARERS)
    recount = w in _RECOUNT and nxt in ("that", "how")
    as_form = False
    if w == "pointed":
        as_form = nxt == "out"
        end = v + 1
    elif w == "put" or w == "puts":
        as_form = nxt == "it"
        end = v + 1
    elif w in _AS_VERBS:
        as_form = True
        if nxt == "it" and w in ("says", "said"):
            end = v + 1  # "as one man says it:"
    s = _subject(lw, words, v, prose)
    if s is None:
        return None
    start, someone = s
    if start >= 2 and "," in between(words, prose, start - 1, start) and words[start - 1].text[:1].isupper() and not words[start - 1].quoted:
        # (not a name inside the quotation the person says: '"... your platform Mike," a person ... tells me')
        return None  # "Lamont Mathews, an older prisoner with thick glasses tells me": named before
    if someone:
        if w in _SOMEONE_VERBS and (nxt in ("that", "of") or between(words, prose, v, v + 1).strip()[:1] in (",", ":", '"', "\u201c")):
            return start, v
        return hearer_or_none(hearer or recount, start, v)
    if lw[start + 1 : v].count("participant") or lw[start + 1 : v].count("respondent"):
        return None  # "as a participant said": one the text's own study asked (RULES 4)
    if as_form and w in ("says", "puts") and lw[start] != "one":
        as_form = False  # the present only after "one": "As a rule says", "as a comment says" name no person
    if as_form and start > 0 and lw[start - 1] == "as" and (start == 1 or between(words, prose, start - 2, start - 1).strip()):
        return start - 1, end
    return hearer_or_none(hearer or recount, start, v)


def group_tells(lw, words, v: int, prose: str, groups: frozenset) -> Optional[tuple[int, int]]:
    """``(first, last)``: a vague group that tells the writer something in the present,
    "The authorities tell us the curse has been cured", "people tell me that" (issue 11,
    fourteenth session: ember-docs, forge-docs): "the" is allowed before the group here, because
    "tell us" in the present is what the group says as a rule, not one telling of the story (the
    past, forge-docs' negative "The doctors later told us that", is left out)."""
    n = len(lw)
    if lw[v] != "tell" or v + 1 >= n or lw[v + 1] not in _HEARERS:
        return None
    k = v - 1
    while k >= 0 and (lw[k] in _AUX or ly_adverb(lw[k])):
        k -= 1
    if k < 0 or lw[k] not in groups or between(words, prose, k, k + 1).strip():
        return None
    start = k - 1 if k >= 1 and lw[k - 1] == "the" else k
    if start > 0 and not between(words, prose, start - 1, start).strip() and lw[start - 1] not in _CLAUSE_OPENERS:
        return None  # "what the experts tell us": a clause inside another; "ask users tell us": no subject
    return start, v + 1


_CLAUSE_OPENERS = frozenset("and but so that because while as when since".split())


def hearer_or_none(ok: bool, start: int, v: int) -> Optional[tuple[int, int]]:
    return (start, v) if ok else None


def _subject(lw, words, v: int, prose: str) -> Optional[tuple[int, bool]]:
    """The first word of the subject before the verb at ``v`` (skipping adverbs, "has",
    "once"), and whether it is "someone"; None unless it is one unnamed person."""
    k = v - 1
    while k >= 0 and (lw[k] in _AUX or ly_adverb(lw[k]) or (lw[k] in ("but", "and") and k > 0 and ly_adverb(lw[k - 1]))):
        if between(words, prose, k, k + 1).strip():
            return None
        k -= 1
    if k < 0 or between(words, prose, k, k + 1).strip():
        return None
    if lw[k] in _SOMEONE:
        return k, True
    # an optional place or body after the noun: "in Oxford", "in the group"
    for p in range(k, max(-1, k - _MAX_PLACE - 1), -1):
        if lw[p] in _ONE:
            break  # "In 1961 a friend told me": the preposition is not the subject's
        if lw[p] == "to" and p >= 2 and lw[p - 1] == "close" and p < k:
            # "a person close to the committee tells me": the insider's place, not a name
            if any(between(words, prose, m, m + 1).strip() for m in range(p - 2, k + 1) if m >= 0):
                return None
            k = p - 2
            break
        if lw[p] in _PREPOSITIONS and p < k:
            if any(between(words, prose, m, m + 1).strip() for m in range(p - 1, k + 1) if m >= 0):
                return None
            k = p - 1
            break
    head = k
    if head < 0 or not _noun(lw[head]):
        return None
    m = head - 1
    while m >= 0 and head - m <= _MAX_MODIFIERS + 1:
        if between(words, prose, m, m + 1).strip():
            return None
        if lw[m] in _ONE:
            return m, False
        if not _noun(lw[m]):
            return None
        m -= 1
    return None


def _noun(word: str) -> bool:
    return word.replace("-", "").isalpha() and word not in _NOT_IN_PHRASE and word not in _ONE




# "I've heard it argued that": the writer passes on what nobody named says (issue 11, seventeenth
# session: rasp-docs).
_HEARD_HOW = frozenset("argued said claimed suggested stated asserted".split())
_HEARD_BY = frozenset({"i've", "we've", "i'd", "we'd"})


def heard_it(lw, words, v: int, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)``: "I've heard it argued that", "we have often heard it said that", whose
    verb is ``lw[v]`` ("heard"), or None."""
    n = len(lw)
    if lw[v] != "heard" or v + 3 >= n or lw[v + 1] != "it" or lw[v + 2] not in _HEARD_HOW or lw[v + 3] != "that":
        return None
    if v + 4 >= n or lw[v + 4] in ("way", "many", "often", "before"):
        return None  # "I've heard it said that way before": "that" is no clause here
    k = v - 1
    while k >= 0 and lw[k] in _TOLD_ADVERBS:
        k -= 1
    if k >= 0 and lw[k] in _HEARD_BY:
        pass
    elif k >= 1 and lw[k] in _BEEN and lw[k - 1] in _WRITERS:
        k -= 1
    elif not (k >= 0 and lw[k] in _WRITERS):
        return None
    if any(between(words, prose, m, m + 1).strip() for m in range(k, v + 3)):
        return None
    return k, v + 2


# "We hear claims that", "We also hear doubts that", "I have heard countless stories of": talk
# the writer hears from nobody named (issue 11, eighteenth session: gouge-docs, lathe-docs,
# rasp-docs; no other set and no corpus file holds the shape). Only the writer hears ("you heard
# some rumors about" is the reader's, attic-docs), and only a noun of saying or doubting, then its
# clause or what it is about: not "We heard tales of Americans like ..." (the people the speech
# honours, rasp-docs), nor "we hear from students" (the speakers follow), nor "heard enough
# horror stories with sendmail".
_HEAR = frozenset({"hear", "heard", "hearing"})
_TALK = frozenset(
    "claims doubts complaints talk rumors rumours stories arguments warnings fears predictions "
    "accusations allegations assertions speculation".split()
)
_TALK_ABOUT = frozenset({"that", "of", "about"})
_HEAR_AUX = frozenset({"have", "had", "'ve", "keep", "am", "are"})


def heard_talk(lw, words, v: int, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)`` of "hear claims" in "We hear claims that", "have heard countless stories"
    in "I have heard countless stories of", whose verb is ``lw[v]``, or None: "I" or "we",
    adverbs and an auxiliary, the verb, up to two words before a noun of ``_TALK``, then "that",
    "of" or "about"."""
    n = len(lw)
    if lw[v] not in _HEAR:
        return None
    k = v - 1
    while k >= 0 and (lw[k] in _TOLD_ADVERBS or lw[k] in _HEAR_AUX):
        k -= 1
    if k < 0 or lw[k] not in _WRITERS and lw[k] not in ("i've", "we've"):
        return None
    for t in range(v + 1, min(n - 1, v + 4)):
        if lw[t] in _TALK:
            if lw[t + 1] not in _TALK_ABOUT:
                return None
            if any(between(words, prose, m, m + 1).strip() for m in range(k, t + 1)):
                return None  # a mark inside: "I hear, in claims that ..." is no single phrase
            first = k + 1
            while lw[first] in _TOLD_ADVERBS:
                first += 1
            return first, t  # from the verb: the hearing is what names nobody ("have heard countless stories")
        if not lw[t].isalpha() or lw[t] in ("from", "by", "it", "the", "his", "her", "their", "your"):
            return None
    return None


#: The note of "we are told that": the teller left out.
TOLD_NOTE = "told you this"
_WRITERS = frozenset({"i", "we"})
_BE = frozenset("am are was were".split())
_BEEN = frozenset({"have", "has", "had"})
_TOLD_ADVERBS = frozenset("even often always now also constantly repeatedly frequently still later since".split())
# After the verb: what makes it a message about something, not a claim told ("informed about
# them", "informed of changes", "told to run it", "told by the minister": named).
_NOT_TOLD = frozenset("about of to by".split())
# "told that by the man who owns the company": a pronoun for the message, then the teller.
_TELLER_PRONOUNS = frozenset({"that", "this", "so", "it"})


def teller_follows(lw, k: int) -> bool:
    """Words ``k`` and ``k + 1`` (after "told") are "that/this/so/it" then "by": the teller is
    named after the verb ("I was told that by the man that owns that company"); also the
    weasel entries' test (hedging's "I was told")."""
    return k + 1 < len(lw) and lw[k] in _TELLER_PRONOUNS and lw[k + 1] == "by"


def told_to_writer(lw, words, v: int, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)``: "we are told", "I was assured", "we are given assurance" whose verb (or
    noun) is ``lw[v]``, a claim passed to the writer by nobody named; with its clause ("that",
    "how" within four words: "we are informed on every hand that") or set off by commas ("Man,
    we are told, is endowed with reason"). Issue 11, fourteenth session: anvil-docs, forge-docs,
    quarry-docs. Not "when we have been informed about them" (vault-docs), not "you are told"
    (the reader, told by the text)."""
    n = len(lw)
    k = v - 1
    if lw[v] == "assurance":
        if k < 0 or lw[k] != "given":
            return None
        k -= 1
    while k >= 0 and lw[k] in _TOLD_ADVERBS:
        k -= 1
    if k >= 0 and lw[k] == "been" and k >= 1 and lw[k - 1] in _BEEN:
        k -= 2
    elif k >= 0 and lw[k] in _BE:
        k -= 1
    else:
        return None
    if k < 0 or lw[k] not in _WRITERS:
        return None
    if any(between(words, prose, m, m + 1).strip() for m in range(k, v)):
        return None
    nxt = lw[v + 1] if v + 1 < n else ""
    if nxt in _NOT_TOLD or teller_follows(lw, v + 1):
        return None  # "told by the minister", "told that by the man who owns it": the teller follows
    for m in range(v + 1, min(n, v + 5)):
        if lw[m] in ("that", "how") and not any(between(words, prose, q, q + 1).strip() not in ("", ",") for q in range(v, m)):
            return k, v
    before = between(words, prose, k - 1, k).strip() if k > 0 else ""
    after = between(words, prose, v, v + 1).strip() if v + 1 < n else ""
    if k > 0 and lw[k - 1] == "what" and not before and (v + 1 >= n or after[:1] in (".", ";", "!")):
        return k - 1, v  # '"Politics," is what I have been told.': the claim is what nobody named said
    if before == "," and after == ",":
        return k, v  # "Man, we are told, is endowed with reason": an aside
    if v + 1 < n and lw[v + 1] == "in" and v + 2 < n and words[v + 2].text[:1].isupper():
        return k, v  # "I was assured in Moscow": told where, by nobody named
    if lw[v] == "told" and bare_clause(lw, words, prose, v + 1):
        return k, v  # "I am told the time will soon come": the clause with its "that" left out
    return None


# The clause after "told" with its "that" left out (issue 11, fifty-fourth session, opp54:
# sickle-docs' "I am told it is a grave error on my part", swage-docs' "I am told the time will
# soon come when"): a subject (a pronoun, or a determiner and at most two words of its noun) and
# then a finite verb of ``_FINITE``. Not a message that is a thing ("I was told the news", "we were
# told the way": no verb after the noun), nor the hearer of an order ("told to": _NOT_TOLD).
_CLAUSE_PRONOUNS = frozenset("it there he she they we i you".split())
_CLAUSE_DETERMINERS = frozenset("the this these those a an our his her their its my your some most many no every".split())
_FINITE = frozenset(
    "is are was were will would can could should shall may might must has have had does do did "
    "'s 're 'll 'd".split()
)


def bare_clause(lw, words, prose: str, k: int) -> bool:
    """Words ``k``.. open a clause with no "that": a pronoun or a short noun phrase, then a verb
    of ``_FINITE``, no mark between."""
    n = len(lw)
    if k >= n:
        return False
    if lw[k] in _CLAUSE_PRONOUNS:
        last = k + 1
    elif lw[k] in _CLAUSE_DETERMINERS:
        last = k + 3
    else:
        return False
    for m in range(k + 1, min(n, last + 1)):
        if between(words, prose, m - 1, m).strip():
            return False
        if lw[m] in _FINITE:
            return True
    return False


# "Any time these ten years, they tell me, has that man held up that picture", "Few new writers
# have their first story accepted, so they tell me." (issue 11, fifty-fourth session, opp54:
# billhook-docs, spindle-docs, sprue-docs): the writer's hearsay from "they", set off as an aside
# (a comma or "so" before it, a mark or the sentence's end after it). "They" in an aside names
# nobody: the people who say so are only "they". Not "they tell us that" in the clause's run
# ("They tell us that it works" after "The engineers built it": "they" may be the party just
# named), not "what they tell us" (no mark before).
_THEY_TELL = frozenset({"tell", "told"})


def they_tell(lw, words, v: int, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)``: "they tell me" set off as an aside, "so they tell me" at the end."""
    n = len(lw)
    if lw[v] not in _THEY_TELL or v < 1 or lw[v - 1] != "they" or v + 1 >= n or lw[v + 1] not in _HEARERS:
        return None
    if between(words, prose, v - 1, v).strip() or between(words, prose, v, v + 1).strip():
        return None
    # (a bounded slice after the sentence's last word: the rest of the block is never copied, so a
    # paragraph of many "..., they tell me." stays linear)
    end = words[v + 1].end
    after = prose[end : end + 16].lstrip()[:1] if v + 2 >= n else between(words, prose, v + 1, v + 2).strip()[:1]
    if after not in (",", ".", ";", "!", ")", "") or (after == "" and v + 2 < n):
        return None
    start = v - 1
    if start >= 1 and lw[start - 1] == "so" and not between(words, prose, start - 1, start).strip():
        if v + 2 < n and after == ",":
            return None  # "so they tell me, ...": "so" may be "so that"; only the sentence's end
        start -= 1
    if start < 1 or between(words, prose, start - 1, start).strip() != ",":
        return None
    return start, v + 1


# "We hear that most newspapers have the same policy", "Now one hears that hot water is used",
# "I have heard a rumor that this bug is fixed", "I have heard, on whalemen's authority, that":
# the writer passes on a claim heard from nobody named (issue 11, fifty-first session, task
# hcrec51). The writer ("I", "we") or the generic "one" as the hearer, then auxiliaries and
# adverbs, "hear", "hears" or "heard", and its clause: "that" right after the verb (an adverb
# between), after an aside set off by commas, or after a noun of talk in the singular ("a
# rumor that", "the comment that"; the plurals are heard_talk's). Not negated ("I never heard
# that", "we haven't heard that"), not after a modal (no auxiliary but "have" and "do" is read:
# "we will hear that"), not in a condition or a time clause ("If we hear that", "Whenever one
# hears that": no claim made), not "no one" or "the one", and not "that" as a demonstrative
# ("I've heard that before", "we hear that a lot", "I heard that." ). The source named after
# the verb is not this shape ("we hear from the minister that": heard_from's and the support's).
_HEARD_THAT_VERBS = frozenset({"hear", "hears", "heard"})
_HEARD_THAT_HEARERS = frozenset({"i", "we", "one", "i've", "we've", "i'd", "we'd"})
_HEARD_THAT_AUX = frozenset("have has had 've do does did just all both".split())
_HEARD_THAT_ADVERBS = _TOLD_ADVERBS | frozenset("once then ever sometimes occasionally recently".split())
_NEGATIONS = frozenset({"not", "never", "no", "hardly", "scarcely", "seldom", "rarely"})
_HEARD_THAT_CONDITIONS = frozenset("if when whenever unless until once before after till lest".split())
_NOT_ONE = frozenset("no the each every any this that which another".split())
_TALK_ONE = frozenset(
    "rumor rumour comment complaint claim story report suggestion argument assertion charge "
    "criticism allegation whisper tale".split()
)
_TALK_DETERMINERS = frozenset({"a", "an", "the", "this", "some"})
# After a demonstrative "that": the clause is over ("I've heard that before", "I heard that
# from a colleague", "we hear that a lot", "heard that one", "heard that said").
_DEMONSTRATIVE_AFTER = frozenset(
    "before too again from one said mentioned often many all myself ourselves somewhere yesterday "
    "way argument story song line phrase excuse joke name term word sound noise voice music".split()
)
_ASIDE_MAX = 6  # words of an aside between "heard," and ", that": "on whalemen's authority"


def heard_that(lw, words, v: int, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)`` of the writer's hearsay whose verb is ``lw[v]`` ("heard" in "We have
    just heard that"): the hearer's first word and "that", or None."""
    n = len(lw)
    if lw[v] not in _HEARD_THAT_VERBS:
        return None
    k = v - 1
    while k >= 0 and (lw[k] in _HEARD_THAT_AUX or lw[k] in _HEARD_THAT_ADVERBS or ly_adverb(lw[k])):
        if lw[k] in _NEGATIONS:
            return None  # "I have rarely heard that"
        k -= 1
    if k < 0 or lw[k] not in _HEARD_THAT_HEARERS:
        return None  # "I have never heard that", "we haven't heard that": the scan stops short of "we"
    if any(between(words, prose, m, m + 1).strip() for m in range(k, v)):
        return None  # "I, too, have heard": no single phrase
    if lw[k] == "one" and (lw[v] == "hear" or k > 0 and lw[k - 1] in _NOT_ONE):
        return None  # "no one hears that", "the one I hear": no hearer pronoun
    if k > 0 and lw[k - 1] in _HEARD_THAT_CONDITIONS and not between(words, prose, k - 1, k).strip():
        return None  # "If we hear that it failed": a condition, no claim passed on
    t = v + 1
    if t < n and between(words, prose, v, t).strip() == ",":
        # an aside: "I have heard, on whalemen's authority, that"
        for m in range(t + 1, min(n, t + _ASIDE_MAX + 1)):
            gap = between(words, prose, m - 1, m).strip()
            if gap == "," and lw[m] == "that":
                return _clause_follows(lw, words, prose, k, m)
            if gap:
                return None
        return None
    while t < n and (ly_adverb(lw[t]) or lw[t] in ("also", "again")) and not between(words, prose, t - 1, t).strip():
        t += 1  # "heard recently that"
    if t < n and lw[t] in _TALK_DETERMINERS and not between(words, prose, t - 1, t).strip():
        for m in range(t + 1, min(n - 1, t + 3)):
            if between(words, prose, m - 1, m).strip():
                return None
            if lw[m] in _TALK_ONE:
                if lw[m + 1] == "that" and not between(words, prose, m, m + 1).strip():
                    return _clause_follows(lw, words, prose, k, m + 1)  # "a rumor that", "the comment that"
                return None
        return None
    if t < n and lw[t] == "that" and not between(words, prose, t - 1, t).strip():
        return _clause_follows(lw, words, prose, k, t)
    return None


def _clause_follows(lw, words, prose: str, k: int, t: int) -> Optional[tuple[int, int]]:
    """``(k, t)`` when the "that" at ``t`` opens a clause, not a demonstrative that ends one."""
    if t + 1 >= len(lw) or between(words, prose, t, t + 1).strip():
        return None  # "I heard that.", "I've heard that, too"
    if lw[t + 1] in _DEMONSTRATIVE_AFTER or lw[t + 1 : t + 3] == ["a", "lot"]:
        return None
    return k, t


# The writer's hearsay from a crowd (issue 11, twenty-fourth session, task hedge24: auger-docs,
# hone-docs, saw-docs, forge-docs): "That's what I heard from some folks", "I also hear from many
# business leaders who want to hire", "I've heard some folks try to dodge the evidence", "I've
# heard many of my Republican and Democratic friends say", "You know what I hear all the time
# from small-business owners". The writer passes on what a crowd says and names none of it. A
# counted part of the crowd ("some", "many") after "from" or right after "heard" with a verb of
# saying; a bare plural after "from" only in a free relative ("what I hear from owners": the
# claim is what they say), not "we hear from students" nor "the stories I've heard from
# Americans with preexisting conditions" (the people the text speaks for, named by their case).
_CROWD = CROWD_QUANTITIES
_CROWD_PHRASES = (("a", "lot", "of"), ("lots", "of"), ("plenty", "of"), ("so", "many"))
# Between "hear" and "from": "all the time", "often", "again" (no noun: "heard one unkind word
# from his" is a message, not a source).
_HEAR_BETWEEN = frozenset("all the time often again constantly repeatedly also".split())
# What the crowd heard right after "heard" does: "try to dodge", "say", "tell us".
_CROWD_SAYS = frozenset(
    "say says said tell tells told claim claimed argue argued try tried insist insisted suggest "
    "suggested complain complained predict predicted warn warned".split()
)
_HEARD_MAX = 8  # words from the crowd's first word to its verb: "many of my Republican and Democratic friends say"


def _crowd_at(lw, k: int) -> int:
    """The number of words of a counted crowd's quantity at ``k`` ("some", "a lot of"), or 0."""
    if k < len(lw) and lw[k] in _CROWD:
        return 1
    for p in _CROWD_PHRASES:
        if tuple(lw[k : k + len(p)]) == p:
            return len(p)
    return 0


def heard_from(lw, words, v: int, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)`` of the writer's hearsay from a crowd whose verb is ``lw[v]`` ("hear",
    "heard"): the writer's word and the crowd's quantity (or the verb the crowd says), or None."""
    n = len(lw)
    if lw[v] not in _HEAR:
        return None
    k = v - 1
    while k >= 0 and (lw[k] in _TOLD_ADVERBS or lw[k] in _HEAR_AUX):
        k -= 1
    if k < 0 or (lw[k] not in _WRITERS and lw[k] not in ("i've", "we've")):
        return None
    if any(between(words, prose, m, m + 1).strip() for m in range(k, v)):
        return None
    t = v + 1
    while t < n and t - v <= 3 and lw[t] in _HEAR_BETWEEN:
        t += 1
    if t + 1 < n and lw[t] == "from" and not any(between(words, prose, m, m + 1).strip() for m in range(v, t + 1)):
        q = _crowd_at(lw, t + 1)
        if q:
            return k, t + q  # "heard from some folks"
        if k > 0 and lw[k - 1] == "what" and _plural_after(words, lw, t + 1):
            return k - 1, t + 1  # "what I hear all the time from small-business owners"
        return None
    if lw[v] == "heard" and v + 1 < n:
        q = _crowd_at(lw, v + 1)
        if not q:
            return None
        for j in range(v + 1 + q, min(n, v + 1 + _HEARD_MAX)):
            if between(words, prose, j - 1, j).strip():
                return None
            if lw[j] in _CROWD_SAYS:
                return k, j  # "I've heard some folks try", "heard many of my ... friends say"
    return None


def _plural_after(words, lw, j: int) -> bool:
    """Is there a plural noun of people within two words at ``j`` ("small-business owners",
    "businesses")? A lower-case word of a plural's form (peoples.plural_form) after up to one
    modifier."""
    for m in range(j, min(len(lw), j + 2)):
        text = words[m].text
        w = lw[m]
        if text.replace("-", "").isalpha() and text.islower() and plural_form(w):
            return True
        if not text.replace("-", "").isalpha() or w in _NOT_IN_PHRASE:
            return False
    return False
