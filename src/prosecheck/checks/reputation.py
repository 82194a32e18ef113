"""Judges nobody names (``HC101``), found by the shape of the phrase rather than a list of phrases.

* A reputation in the passive: "has been hailed as", "is also lauded as", "is seen as",
  "Once labeled ...": a verb of praise, blame or perception in the passive, then "as", with the
  judges left out. Any tense, any adverb between ("is sometimes regarded as").
* "according to" a source that is a kind, not a name: "according to local news reports",
  "according to some analysts", "according to a recent study". Not "according to the
  documentation" (a definite source the text has named) nor "according to Gartner".

Each returns the index of the phrase's first word, or None; hedging.py decides whether the
sentence answers it (a link, a citation, a named source), as for every HC101 finding.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks import body_officials, participles
from prosecheck.checks.ly_adverbs import ly_adverb

# Verbs of praise, blame and perception whose passive + "as" credits a judgement to nobody.
# Not "considered" ("is considered a breaking change": a rule of an interface, 0 of 19 right
# on the corpus), "labeled", "billed", "described", "treated", "defined", "mocked" (technical
# senses).
PASSIVE_JUDGES = frozenset(
    """
    hailed lauded touted heralded acclaimed praised celebrated lionized lionised extolled
    derided dismissed criticized criticised condemned decried denounced vilified maligned
    ridiculed branded slammed blasted panned
    regarded viewed perceived seen reported
    favored favoured
    """.split()
)
# Verbs of naming whose perfect passive with "as" reports a description nobody is credited with:
# "in what has been described as 'The Match of the Century'" (ember-docs), "They have been
# described (not by me) as 'pretty girly'" (vault-docs); issue 11, thirteenth session. Only the
# perfect: "is described as" defines a term in documentation.
DESCRIBED = frozenset("described labeled labelled dubbed branded characterized characterised termed".split())
# The perception verbs are mostly a tool's behaviour or a rule ("is seen as HTML", "are regarded
# as a path", "to be regarded as a security vulnerability": 0 of 20 new corpus findings right):
# they hide a judge only with an adverb that says how many hold the view ("is sometimes
# regarded as", "is often seen as").
PERCEPTION = frozenset({"regarded", "viewed", "perceived", "seen", "reported"})
# Judgements of merit after "is considered" ("This is considered good", "is no longer considered
# good"): a view whose holders are left out. Not a status ("is considered stable", "are considered
# deprecated", "feature-complete": a project's own announcement, RULES-ADDENDUM G2) nor a kind
# ("is considered a breaking change").
MERIT = frozenset(
    "good bad better worse best worst harmful evil poor great excellent superior inferior elegant "
    "ugly dangerous rude impolite overkill".split()
)
# Verdicts of taste and standing after "is considered", with or without an article and a word of
# degree ("is considered mildly silly", "is now considered a classic cautionary tale", "are
# considered abuse of the net", "was considered substandard at best", "is considered a humorous
# thing to say", "is considered wimpy"): what a community holds, its holders left out (issue 11,
# twenty-seventh session, hedge27: rake, plumb, maul, awl, trowel, whet). None is a word an
# interface uses of its parts, as "valid", "stable", "unsafe" or "deprecated" are (the corpus has
# none of these after "considered"); not "canonical" (a canonical URL, form or path).
VERDICTS = frozenset(
    "silly sillier silliest wimpy lame classic abuse substandard humorous funny amusing tacky "
    "unreal losing bogus heretical heresy sacrilege blasphemy cheating".split()
)
# Reputations said as an attribute (weasel.tsv's "legendary", "now-legendary", "notorious",
# "infamous"; issue 11, twenty-seventh session, hedge27). Not before a name ("the legendary Joe
# Frazier", "the infamous Berlin Conference", "the legendary "Forbes 400" list": the standing of a
# person or a thing named, reference knowledge as punch S52's "the famous ELIZA program"; four of
# tongs' and ember's unmarked lines, one of maul's positives lost), nor graded ("The most notorious
# of the three", "particularly notorious flamers": a ranking, SL101's, or the writer's own degree),
# nor paired with "famous" ("someone famous or notorious": a gloss of a term).
FAME_ADJECTIVES = frozenset("legendary now-legendary notorious infamous".split())
# "really", "truly" grade as "very" does ("the regime's really infamous prison": scythe-docs'
# unlabelled line, twenty-eighth session; one set, below issue 11's bar, kept for consistency).
_GRADED = frozenset("most more less least particularly especially so too very really truly".split())


def fame_excused(lw, words, i: int) -> bool:
    """``lw[i]`` (an entry of ``FAME_ADJECTIVES``) credits no reputation to a hidden judge: a
    name follows it, a degree or "famous or" precedes it."""
    if i + 1 < len(words) and words[i + 1].text[:1].isupper():
        return True
    if i and lw[i - 1] in _GRADED:
        return True
    return (i >= 2 and lw[i - 1] in ("or", "and") and lw[i - 2] == "famous") or lw[i + 1 : i + 3] in (["or", "famous"], ["and", "famous"])


# Words of degree between "considered (a)" and the verdict: "is considered mildly silly".
_DEGREE = frozenset("mildly slightly somewhat rather quite very pretty fairly a".split()) | frozenset({"an"})
_HOW_MANY = frozenset(
    "sometimes often generally commonly popularly increasingly frequently usually traditionally "
    "long variously typically mostly largely".split()
)
# The words a sentence must hold to be scanned for a reputation (trigger_search): the praise and
# blame verbs, and for the perception verbs, common in documentation ("as seen in"), the adverb
# they need; the other adverbs of _HOW_MANY ("often", "sometimes", ...) are hedges, scanned for
# already. "viewed" too, whose adverb may be one no entry brings in ("have been long viewed as a
# fountainhead of freedom", trowel-docs: never scanned before the twenty-sixth session).
TRIGGERS = (PASSIVE_JUDGES - PERCEPTION) | DESCRIBED | frozenset({"portrayed", "depicted", "pictured"}) | frozenset(
    "frequently increasingly popularly traditionally variously found shown seen perceived viewed reputation reputations "
    "bruited stated announced revealed expected conceded admitted urged contended insisted assumed proposed".split()
)
_BE = frozenset("is are was were be been being am".split())
_BETWEEN = frozenset(
    """
    also often widely sometimes long once frequently generally increasingly now still already
    even variously popularly commonly usually largely mostly routinely once-again repeatedly
    ever always never rightly wrongly justly
    """.split()
)
# Verbs of blame that take the blame's grounds as well as "as" and "for": "has been criticized on
# the grounds that it was not based on complete information" (quarry-docs), "the test was roundly
# criticized because so many students failed" (hearth-docs); issue 11, thirteenth session.
BLAME = frozenset(
    "criticized criticised condemned decried denounced vilified maligned ridiculed slammed blasted panned derided".split()
)
# Adverbs of how loud the blame is, between the verb "to be" and the participle.
_LOUDLY = frozenset("roundly sharply heavily harshly bitterly severely fiercely strongly publicly loudly".split())


def _grounds_after(lw, k: int) -> bool:
    """The blame's grounds start at ``k``: "on the grounds", "because", "on grounds"."""
    if k < len(lw) and lw[k] == "because":
        return True
    return lw[k : k + 3] == ["on", "the", "grounds"] or lw[k : k + 2] == ["on", "grounds"]


# "is seen as well", "is regarded as follows": not the judgement's "as".
_NOT_AFTER_AS = frozenset({"well", "follows", "such", "soon", "long", "far", "much", "many", "if", "though"})
# Verbs of blame whose "for" gives an act's reason, not a judgement's: "two officers were dismissed
# for misconduct" (removed from their posts); "dismissed as a fad" stays a judgement.
_ACT_WITH_FOR = frozenset({"dismissed"})


def passive_judgement(lw, words, i: int, prose: str) -> Optional[int]:
    """The first word of "has been hailed as" when ``lw[i]`` is such a participle, or None.

    A verb of praise or blame takes "for" too, the judgement's reason ("has been criticized for
    being vague", "Perl has long been favored for web applications": issue 11, eleventh session);
    a verb of perception only "as" ("is seen for the first time")."""
    n = len(lw)
    if i + 2 >= n or lw[i + 2] in _NOT_AFTER_AS:
        return None
    if lw[i] in BLAME and _grounds_after(lw, i + 1):
        pass  # "has been criticized on the grounds that", "was roundly criticized because"
    elif lw[i + 1] == "for" and lw[i] not in PERCEPTION:
        if lw[i] in _ACT_WITH_FOR:
            return None
        if _time_after(lw, i + 2):
            return None  # "is favored for now", "favoured for 2 weeks": a time, not the judgement's reason
    elif lw[i + 1] != "as":
        return None
    elif _title_after(words, lw, i + 2):
        return None  # "was hailed as the Worlds 2023 finals MVP": an award on record, not a view
    if _agent_named(lw, words, i + 2, prose):
        return None  # "hailed as a model by the Harbor Times": the judge is named
    j = i - 1
    while j >= 0 and (lw[j] in _BETWEEN or (lw[i] in BLAME and lw[j] in _LOUDLY)):
        j -= 1
    if lw[i] in PERCEPTION and _HOW_MANY.isdisjoint(lw[j + 1 : i] + _perfect_adverbs(lw, j)):
        if not _perceived_as_kind(lw, words, i, j):
            return None
    if i >= 2 and lw[i - 1] in _REDUCED_ADVERBS and lw[i - 2] not in _BE and lw[i - 2] not in _BETWEEN and lw[i] not in PERCEPTION:
        if lw[i - 2].isalpha() and lw[i - 2] not in ("has", "have", "had", "been"):
            return i - 1  # "a model currently favored for web", "a tool widely criticized as slow"
    if j >= 0 and lw[j] in _BE:
        if j >= 1 and lw[j] == "been":
            h = j - 1
            while h > 0 and lw[h] in _BETWEEN:
                h -= 1  # "has long been favored"
            if lw[h] in ("has", "have", "had"):
                return h
        return j
    if j >= 0 and lw[j] == "it's" and lw[i] in SEEN:
        return j  # "it's seen as an imminent disaster" (_perceived_as_kind)
    if j >= 0 and (lw[j].endswith("'s") or lw[j].endswith("'re")) and lw[j][:-2].isalpha() and lw[i] != "seen":
        return j  # "he's regarded as", "they're hailed as" (not "it's seen as": "what's seen as")
    if j < 0:
        return 0  # "Once labeled a ...", "Hailed as the ...": a participle opening the sentence
    if "," in prose[words[j].end : words[j + 1].start] and lw[i] not in PERCEPTION:
        return j + 1  # "Tunisia, hailed as the lone success, ...": a participial clause
    return None


def _perfect_adverbs(lw, j: int) -> list:
    """The adverbs between "has" and "been" when ``lw[j]`` is the "been" of a perfect: "has long
    been seen as lacking" (clamp-docs) holds its adverb of how many there, as "is long seen as"
    holds it after the verb "to be" (issue 11, twentieth session); else none."""
    if j < 1 or lw[j] != "been":
        return []
    h = j - 1
    while h > 0 and lw[h] in _BETWEEN:
        h -= 1
    return lw[h + 1 : j] if lw[h] in ("has", "have", "had") else []


# Perception verbs that judge without an adverb of how many when "as" takes a noun phrase with an
# article: "Uganda is seen as a quick and easy alternative", "it's seen as an imminent disaster",
# "came to be seen as a sort of sacred epic" (issue 11, eleventh session, phrases: fresh-docs,
# ember-docs). Not "regarded" nor "viewed": in documentation they state how a tool treats its
# input ("are regarded as _a single star_", "should be viewed as a library").
SEEN = frozenset({"seen", "perceived"})
_ARTICLES = frozenset({"a", "an", "the"})
_MODALS = frozenset("should could can may might must would will shall".split())
_CAME = frozenset("came come comes coming grew grown".split())


def _perceived_as_kind(lw, words, i: int, j: int) -> bool:
    """``lw[i]`` is "seen"/"perceived", ``lw[j]`` the word before it (past any adverb): a form of
    "be" (not after a modal: "can be seen as a", the writer's own framing) or "it's", and "as"
    followed by an article."""
    if lw[i] not in SEEN or i + 2 >= len(lw) or lw[i + 2] not in _ARTICLES or j != i - 1 or j < 0:
        return False
    if words[i + 2].text != lw[i + 2]:
        return False  # "seen as The Times put it", "_a_": a capital or a mark, not the article alone
    if lw[j] == "be":
        if not _MODALS.isdisjoint(lw[max(0, j - 2) : j]):
            return False  # "can be seen as a", "should really be seen as the start": the writer's framing
        if j >= 2 and lw[j - 1] == "to" and lw[j - 2] not in _CAME:
            return False  # "is likely to be seen as a bug": a prediction; "came to be seen as" is a view held
        return True
    return lw[j] in _BE or lw[j] == "it's"


# After "criticized for", "favored for": a time, not a reason ("favored for now", "for years",
# "for a while", "for the moment").
_TIME_WORDS = frozenset("now years months weeks days decades ages long ever some".split())
_TIME_AFTER_ARTICLE = frozenset("while time moment long first last".split())


def _time_after(lw, k: int) -> bool:
    if not lw[k].isalpha() or lw[k] in _TIME_WORDS:
        return True
    return lw[k] in ("a", "an", "the") and k + 1 < len(lw) and lw[k + 1] in _TIME_AFTER_ARTICLE
# Adverbs that let a participle after its noun carry the judgement without "to be" or a comma:
# "a model currently favored for web applications", "a tool widely criticized as slow".
_REDUCED_ADVERBS = frozenset("currently widely long often generally commonly increasingly frequently".split())


def _title_after(words, lw, k: int) -> bool:
    """What follows "as" is a title or a name ("as the Worlds 2023 finals MVP", "as Person of the
    Year"): a capital or a figure in its first two words."""
    if k < len(lw) and lw[k] in ("the", "a", "an"):
        k += 1
    if k >= len(lw):
        return False
    text = words[k].text
    return text[:1].isupper() or text[:1].isdigit()


def _agent_named(lw, words, k: int, prose: str) -> bool:
    """ "by" and a name later in the clause: "... as a model by the Harbor Times"."""
    for m in range(k, min(len(lw) - 1, k + 12)):
        if m > k and any(c in prose[words[m - 1].end : words[m].start] for c in ",;:()"):
            return False
        if lw[m] == "by":
            nxt = m + 2 if lw[m + 1] == "the" and m + 2 < len(lw) else m + 1
            return words[nxt].text[:1].isupper()
    return False


# Verbs of an impersonal passive that credits a view or a finding to nobody: "It has been
# plausibly suggested that", "it was found that 75% of people ...", "it is accepted that" and "It's
# been found that" (issue 11, tenth session: sealed-docs, cellar-docs, attic-docs); "it was stated
# that" (fifteenth session, chisel-docs).
IMPERSONAL_VERBS = frozenset(
    "suggested said claimed argued reported believed thought alleged rumoured rumored estimated "
    "noted found shown accepted felt observed bruited stated announced revealed "
    # views granted or pressed by nobody named: "it is generally conceded that", "It is admitted
    # that education ... is deficient", "it has been urged that", "it is contended that", "It is
    # insisted that" (issue 11, thirty-eighth session, hc38: quarry, peg, ratchet, tenon). Not
    # "asserted" (gauge's trap: a foreign government's claim reported as the speaker's), not
    # "assumed" (documentation's premise: "it is assumed that the reader knows")
    "conceded admitted urged contended insisted".split()
)
# Those five only in the present or the perfect, a view that stands: "It was urged that as a
# neighboring nation ... we could be required to wait" tells one side's argument in a past exchange
# the speaker goes on to narrate (gauge-docs' trap), as "It was expected that" is read only in the
# past for the opposite reason (below).
_STANDING_ONLY = frozenset("conceded admitted urged contended insisted".split())
# "It was expected that the comparison would produce ..." (quarry-docs): a past expectation,
# nobody's; only in the past, since documentation states its contracts in the present ("It is
# expected that the function will return": seven lines of the benchmark corpus). "announced",
# "revealed" and this, issue 11, seventeenth session: mallet-docs, gouge-docs, quarry-docs.
_PAST_ONLY = frozenset({"expected"})
_PAST_BE = frozenset({("was",), ("had", "been")})
# "It has been assumed that", "it has been proposed that": a view or a proposal that has stood a
# while, held or made by nobody named (issue 11, fortieth session, hc40: shank, scribe, mortise;
# ferrule's "It has been erroneously assumed that", "it has been proposed that a commission be
# created"). Only in the perfect: "it is assumed that the reader knows" is documentation's premise
# (seventeen corpus lines, dado's Apache traps), "It is proposed that ... we shall provide" the
# speaker's own proposal (dowel).
_PERFECT_ONLY = frozenset({"assumed", "proposed"})
_PERFECT_BE = frozenset({("has", "been"), ("had", "been"), ("have", "been"), ("been",)})
_IMPERSONAL_BE = (("is",), ("was",), ("has", "been"), ("had", "been"), ("have", "been"), ("'s",))


def impersonal_passive(lw, i: int) -> Optional[int]:
    """The index of the verb of "it has been (plausibly) suggested that" when ``lw[i]`` is "it",
    or None: "it", a form of "to be", at most one adverb, a verb of saying or finding, "that"."""
    n = len(lw)
    if lw[i] == "it's":
        k = i + 2 if i + 1 < n and lw[i + 1] == "been" else i + 1  # "It's been found that"
    else:
        k = None
        for be in _IMPERSONAL_BE[:-1]:
            if tuple(lw[i + 1 : i + 1 + len(be)]) == be:
                k = i + 1 + len(be)
                break
        if k is None and _adverb_before_been(lw, i + 1):
            # "It has also been noted that", "it had long been argued that": the perfect with its
            # adverb before "been" (issue 11, fiftieth session, hcrec50: reamer, spudger). Not the
            # verbs nobody_reported reads in this perfect ("it has also been suggested", reported on
            # "has"'s line where caliper-docs marks it, not on the verb's as the impersonal is).
            if i + 4 < len(lw) and lw[i + 4] in _PERFECT_REPORTS:
                return None
            return _after_be(lw, i + 4, lw[i + 1] == "had", True)
        if k is None:
            return None
    return _after_be(lw, k, tuple(lw[i + 1 : k]) in _PAST_BE, tuple(lw[i + 1 : k]) in _PERFECT_BE)


# nobody_reported.VERBS (not imported: that module reads no reputation, and this one no report).
_PERFECT_REPORTS = frozenset({"reported", "observed", "suggested", "estimated"})


def one_adverb(word: str) -> bool:
    """A word that may stand between a form of "be" or "have" and its participle: one of
    ``_BETWEEN`` ("also", "widely", "long", "never") or any word in -ly ("generally")."""
    return word in _BETWEEN or ly_adverb(word, 0)


def _adverb_before_been(lw, h: int) -> bool:
    """``lw[h:h + 3]`` is "has", "had" or "have", one adverb, "been"."""
    return (
        h + 3 < len(lw) and lw[h] in ("has", "had", "have") and lw[h + 2] == "been"
        and one_adverb(lw[h + 1])
        and lw[h + 1] not in ("never", "not")
    )


def _after_be(lw, k: int, past: bool, perfect: bool) -> Optional[int]:
    """The verb's index of the impersonal passive whose form of "be" ends before ``k``."""
    n = len(lw)
    if k < n and one_adverb(lw[k]):
        k += 1
    if k < n and lw[k] in _PERFECT_ONLY:
        return k if perfect and k + 1 < n and lw[k + 1] == "that" else None
    if k + 1 < n and lw[k] in _PAST_ONLY and past and lw[k + 1] == "that":
        return k
    if past and k < n and lw[k] in _STANDING_ONLY:
        return None  # "It was urged that ...": one side's argument in an exchange narrated
    if k + 1 < n and lw[k] in IMPERSONAL_VERBS and lw[k + 1] == "that":
        if k + 2 < n and lw[k + 2] in _READER:
            return None  # "it is suggested that you use a JSON file": the writer's own advice
        return k
    return None


_READER = frozenset({"you", "users", "developers", "one"})

# Verbs of the personal passive with an infinitive that credits a claim to nobody: "IMAP is
# alleged to work OK", "a syndrome that is said to overlap with many hacker traits", "has been
# reported to greatly increase the build time". Not "supposed" (an obligation: "you're supposed
# to run it first") nor "known" ("is known to" is a property, D5).
SAID_TO = frozenset("said alleged believed thought reported rumoured rumored reputed claimed".split())
_SAID_TO_BE = frozenset("is are was were been be 's 're".split())


_NOT_INFINITIVE = frozenset("be the a an you us them him her it me this that".split())


# After "is said to be", what makes it a report and not a term's definition: an act in progress
# ("our B-52s are said to be carrying two bombs", "families said to be turning to") or a thing
# named with a determiner ("are said to be the coming thing", "is believed to be one of the
# regulating systems"). Issue 11, thirteenth session: quarry-docs and ember-docs.
_SAID_TO_BE_DET = frozenset({"the", "a", "an", "one"})
# "A tree is said to be a heap if ...": a definition by condition, not a report.
_DEFINING = frozenset({"if", "when", "whenever", "iff", "provided"})


def _said_to_be(lw, i: int) -> bool:
    """``lw[i]`` is the participle of "is said to be carrying" / "to be the coming thing"."""
    k = i + 3
    if k >= len(lw) or lw[i + 2] != "be":
        return False
    nxt = lw[k]
    progressive = nxt.endswith("ing") and len(nxt) > 5 and nxt.isalpha()
    if not progressive and nxt not in _SAID_TO_BE_DET:
        return False
    return _DEFINING.isdisjoint(lw[k + 1 : k + 12])


def said_to(lw, i: int, words=None) -> Optional[int]:
    """The index of the verb "to be" before "is said to overlap" when ``lw[i]`` is such a
    participle, or None: a form of "to be", at most one adverb, the participle, "to", then a verb
    other than "be" ("is said to be *canonicalized*", "is said to be in the tab ring" name a term,
    as "known as" does: 3 of 3 wrong on the corpus), or "be" before an act in progress or a
    determiner (``_said_to_be``). An act in progress also after a noun: "families said to be
    turning to" (the participle itself is returned)."""
    n = len(lw)
    if i + 2 >= n or lw[i + 1] != "to" or not lw[i + 2].isalpha():
        return None
    if lw[i + 2] in _NOT_INFINITIVE and not _said_to_be(lw, i):
        return None
    if words is not None and not words[i + 2].text[:1].islower():
        return None  # "errors will not be reported to Webpack Dev Server": a destination
    j = i - 1
    if j >= 0 and one_adverb(lw[j]):
        j -= 1
    if j < 0 or lw[j] not in _SAID_TO_BE:
        if j == i - 1 and lw[i + 2] == "be" and lw[i + 3].endswith("ing") and _noun_before(lw, words, j):
            return i  # "with families said to be turning to eating dogs": a reduced relative
        return None
    if lw[j] == "been" and j >= 1 and lw[j - 1] in ("has", "have", "had"):
        return j - 1
    return j


# "Mercer is supposed to have refused it", "the road on which Boadicea is supposed to have
# travelled", "conditions which are supposed to have led to its rejection": "supposed" read as
# "said" is, only in the present with a perfect infinitive, a belief held now about a past event
# with nobody holding it (issue 11, fifty-first session, task hcrec51: bellows, tang, chuck,
# mattock). "is supposed to" with a plain infinitive is a duty or a design ("is supposed to return
# a list"), and the past "was supposed to have been" an expectation that failed ("what was
# supposed to have been a picture of a husky"): neither is read. Not negated, not the reader's
# duty ("you are supposed to have read"), not a free relative ("what is supposed to have").
_SUPPOSED_BE = frozenset({"is", "are", "'s", "'re"})
_SUPPOSED_NOT_SUBJECT = frozenset({"you", "what", "we", "i"})
_SUPPOSED_NEGATIONS = frozenset({"not", "never", "hardly", "scarcely", "n't"})


def supposed_to_have(lw, i: int) -> Optional[int]:
    """The index of "is" before "is supposed to have refused" when ``lw[i]`` is "supposed", or
    None: a present "be", at most one adverb (not "not"), "supposed to have", then "been" or a
    past participle."""
    n = len(lw)
    if lw[i] != "supposed" or i + 3 >= n or lw[i + 1] != "to" or lw[i + 2] != "have":
        return None
    p = lw[i + 3]
    if not (p == "been" or p in participles.IRREGULAR or (p.endswith(("ed", "en")) and p.isalpha() and p != "need")):
        return None
    j = i - 1
    if j >= 0 and lw[j] in _SUPPOSED_NEGATIONS:
        return None  # "is never supposed to have burned": denied, not passed on
    if j >= 0 and one_adverb(lw[j]):
        j -= 1
    if j < 0 or lw[j] not in _SUPPOSED_BE:
        return None
    if j > 0 and lw[j - 1] in _SUPPOSED_NOT_SUBJECT:
        return None
    return j


_NOT_NOUN = frozenset("it this that what which who and or but not to than as".split())


def _noun_before(lw, words, j: int) -> bool:
    """A plain plural noun stands at ``j`` ("families"), the head a reduced relative follows."""
    if j < 0 or words is None:
        return False
    w = lw[j]
    return w.isalpha() and w.endswith("s") and not w.endswith("ss") and w not in _NOT_NOUN and words[j].text[:1].islower()




def described_as(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """The first and last word of "has been described as" when ``lw[i]`` is such a participle,
    or None: "has/have/had been", at most one adverb, the participle, a parenthesis at most, "as";
    not when "by" and a name follow (the describer is named)."""
    n = len(lw)
    j = i - 1
    if j >= 0 and one_adverb(lw[j]):
        j -= 1
    if j < 1 or lw[j] != "been" or lw[j - 1] not in ("has", "have", "had"):
        return None
    k = i + 1
    if k < n and "(" in prose[words[i].end : words[k].start]:
        while k < n and ")" not in prose[words[k - 1].end : words[k].start] and k - i < 6:
            k += 1  # "described (not by me) as": an aside, then "as"
    if k >= n or lw[k] != "as":
        return None
    if _agent_named(lw, words, k + 1, prose):
        return None
    return j - 1, k


# Verbs of description and opinion whose passive takes a view's holders only from an adverb of
# how many or how widely: "Debian is often described as a meritocracy", "Google is often thought
# of as the invention of two young computer whizzes", "the film has widely been described as
# raunchy", "Debian is increasingly considered as a meta-distribution" (issue 11, eighteenth
# session: gouge-docs, awl-docs; the perception verbs, "is sometimes regarded as", "is generally
# perceived as", are passive_judgement's). Without the adverb they define a term ("is described
# as follows", "is considered a code smell": a rule of the writer's own); after a modal the
# writer frames it ("can be commonly considered as booleans").
REPUTED = frozenset("described characterized characterised portrayed depicted pictured thought considered".split())
_HOW_WIDELY = _HOW_MANY | frozenset({"widely"})
_FINITE_BE = frozenset("is are was were".split())


def often_described(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """The first and last word of "is often described as", "has widely been described as", "is
    often thought of as" when ``lw[i]`` is such a participle, or None: a finite "be" (or "has/have/
    had been"), an adverb of ``_HOW_WIDELY`` among the words between, the participle, "as"."""
    n = len(lw)
    k = i + 1
    if lw[i] == "thought":
        if k >= n or lw[k] != "of":
            return None
        k += 1
    if k + 1 >= n or lw[k] != "as" or lw[k + 1] in _NOT_AFTER_AS:
        return None
    j = i - 1
    while j >= 0 and (lw[j] in _BETWEEN or lw[j] in _HOW_WIDELY or lw[j] == "been"):
        j -= 1
    between = lw[j + 1 : i]
    if j < 0 or _HOW_WIDELY.isdisjoint(between):
        return None
    if "been" in between:
        if lw[j] not in ("has", "have", "had"):
            return None  # "may often been": not a perfect
    elif lw[j] not in _FINITE_BE:
        return None  # "can be commonly considered as", "being often described as"
    if _agent_named(lw, words, k + 1, prose):
        return None  # "often described as a model by the Harbor Times": the judge is named
    return j, k


def considered_person(lw, words, i: int, prose: str) -> Optional[int]:
    """The first word of "was considered" when ``lw[i]`` is "considered" and the one considered is
    a person ("Monis, who was considered mentally unstable", "Dennis Ritchie, the inventor of C,
    is considered a co-author": "who", or a name with an appositive): a reputation nobody is
    credited with. Not "is considered a breaking change", "files inside the Pages Router are
    considered routes" (a rule of an interface: a thing is considered)."""
    n = len(lw)
    if i + 1 >= n or not lw[i + 1].isalpha() or lw[i + 1] in ("by", "in", "for", "when", "if", "to", "part", "and", "or"):
        return None
    j = i - 1
    while j >= 0 and lw[j] in _BETWEEN:
        j -= 1
    if j < 1 or lw[j] not in ("is", "was", "are", "were"):
        return None
    be = j
    q = j - 1
    if lw[q] == "who":
        return be
    if "," not in prose[words[q].end : words[be].start]:
        return None  # "files inside the Pages Router are considered routes": no sign of a person
    # an appositive between the name and its verb, as a person is introduced: "Dennis Ritchie,
    # the inventor of C, is"
    k = q
    while k > 0 and "," not in prose[words[k - 1].end : words[k].start]:
        k -= 1
    q = k - 1
    if q < 1:
        return None
    text = words[q].text
    return be if text[:1].isupper() and text[1:2].islower() and words[q - 1].text[:1].isupper() else None


def considered_merit(lw, words, i: int, prose: str) -> Optional[int]:
    """The first word of "is (no longer) considered good" when ``lw[i]`` is "considered" and a
    word of merit follows (``MERIT``, after "to be" or "as" if they are there), or None: a
    judgement in the passive with its judges left out. Not when "by" names them later."""
    n = len(lw)
    k = i + 1
    if k + 1 < n and lw[k] == "to" and lw[k + 1] == "be":
        k += 2
    elif k < n and lw[k] == "as":
        k += 1
    if k < n and lw[k] not in MERIT:
        while k < n and k < i + 4 and lw[k] in _DEGREE:
            k += 1  # "is considered mildly silly", "is now considered a classic cautionary tale"
        if k >= n or lw[k] not in VERDICTS:
            return None
    if k >= n:
        return None
    if "by" in lw[k + 1 : k + 8]:
        return None  # "is considered good by most reviewers": the judges are named
    j = i - 1
    while j >= 0 and (lw[j] in _BETWEEN or lw[j] == "longer" or (lw[j] == "no" and j + 1 < i and lw[j + 1] == "longer")):
        j -= 1
    if lw[k] in VERDICTS:
        # The finding is the verb, where the editors' phrase starts and on its line when the "be"
        # ends the line before ("This is now / considered a classic cautionary tale"). Without a
        # "be" of its own (a contraction, a reduced relative: "that's usually considered an abuse
        # of goto", "modeful interfaces are generally considered losing"), an adverb of how many
        # must stand before it ("The set usually considered canonical")
        if (j >= 0 and lw[j] in _BE) or (j < i - 1 and lw[i - 1] in _HOW_WIDELY):
            return i
        return None
    if j < 0 or lw[j] not in _BE:
        return None
    if lw[j] == "been" and j >= 1 and lw[j - 1] in ("has", "have", "had"):
        return j - 1
    return j


def reported_by_kind(lw, words, i: int) -> Optional[tuple[int, int]]:
    """The first and last index of "was reported on by major media" when ``lw[i]`` is "reported", or None:
    a passive of reporting whose agent is a kind of source (``SOURCE_KINDS``: media, press,
    analysts...), at most two lower-case words before it and no article ("by the press" may
    point to one named before). Reports without a reporter (issue 11, eleventh session)."""
    n = len(lw)
    k = i + 1
    if k < n and lw[k] == "on":
        k += 1
    if k >= n or lw[k] != "by" or i == 0:
        return None
    j = i - 1
    if one_adverb(lw[j]):
        j -= 1
    if j < 0 or lw[j] not in _BE:
        return None
    for m in range(k + 1, min(n, k + 4)):
        if not lw[m].isalpha() or not words[m].text[:1].islower() or lw[m] in _DEFINITE or lw[m] in ("a", "an"):
            return None
        if lw[m] in SOURCE_KINDS:
            return j, m
    return None


# Reports the writers received from nobody named: "We've had a more recent report that ...", "we
# have varying reports". The adjective is required: "we have a report generator" is a tool.
_RECEIVED = (("we", "have"), ("we", "had"), ("we've", "had"), ("we", "have", "had"), ("we've", "received"),
             ("we", "received"), ("we've", "got"), ("we", "got"), ("we'd", "had"),
             # with "also" or "received" after the auxiliary (issue 11, thirty-second session,
             # kerf-docs' and tongs-docs': "We've also had a report that", "We have received reports that")
             ("we've", "also", "had"), ("we", "also", "have"), ("we", "also", "had"), ("we", "have", "also", "had"),
             ("we", "have", "received"), ("we", "had", "received"), ("we've", "also", "received"))
_WE = frozenset({"we", "we've", "we'd"})
# What may follow the reports received: what they say, or the end of the clause.
_AFTER_REPORT = frozenset("that of about from on saying suggesting claiming indicating".split())


def prose_gap(words, i: int) -> bool:
    """Anything but a space between word ``i`` and the next: a mark ends the phrase there."""
    return bool(words[i + 1].start > words[i].end + 1)
_REPORT_KINDS = frozenset(
    "varying conflicting recent mixed unconfirmed several many numerous some occasional further "
    "multiple other sporadic repeated frequent anecdotal".split()  # (the last four: hedge32, "We've had sporadic reports")
)


def received_report(lw, words, i: int) -> Optional[int]:
    """The first word of "we have varying reports" when ``lw[i]`` is "report" or "reports", or
    None: "we" and a verb of having or receiving, then at most three words with one of
    ``_REPORT_KINDS`` among them, then the noun; or, since the thirty-second session, the noun
    right after "a", "one", "another" (or "reports" alone) with what it says after it ("We have a
    report that", "We have one report from a SunOS user that", "We have received reports that":
    the FAQ's maintainers passing on what nobody named told them, kerf-docs' "We have a report
    that" shape, plumb-docs' and tongs-docs' too); not when "from" or "by" and a name follow
    ("a recent report from Dana Reyes", "one report (from toby@eskimo.com)")."""
    if _WE.isdisjoint(lw[max(0, i - 6) : i]):
        return None  # the common case, cheaply: nobody says "we"
    n = len(lw)
    if i + 2 < n and lw[i + 1] in ("from", "by") and not (lw[i + 2] in _ONE_REPORTER or lw[i + 2] in _REPORT_KINDS):
        return None  # "a recent report from Dana Reyes", "(from toby@eskimo.com)": the reporter is named
    said = i + 1 < n and lw[i + 1] in _AFTER_REPORT
    if i + 1 < n and not said and not prose_gap(words, i):
        return None  # "we have several report formats": the noun of a compound, a tool's output
    for back in range(1, 5):
        mods = lw[max(0, i - back + 1) : i]
        if back > 1 and (not mods or not mods[-1].isalpha()):
            return None
        for opener in _RECEIVED:
            s = i - back + 1 - len(opener)
            if s >= 0 and tuple(lw[s : s + len(opener)]) == opener:
                if not _REPORT_KINDS.isdisjoint(mods):
                    return s
                # "We have a report that", "We have received reports that": one report, or reports,
                # and what it says; not "we have a report on the build" (the writers' own), and not
                # a bare "we have a report." (a tool's output)
                one = mods in (["a"], ["an"], ["one"], ["another"]) or (not mods and lw[i] == "reports")
                return s if one and said and lw[i + 1] != "on" else None
    return None


# Who may stand after "from" in a report from nobody named: "from a Linux user", "from one reader".
_ONE_REPORTER = frozenset("a an one another some several many users people readers".split())


# Sources that are a kind of source, not a name: reports, analysts, a study.
SOURCE_KINDS = frozenset(
    """
    report reports source sources analyst analysts expert experts observer observers official
    officials critic critics estimate estimates study studies research researchers scientist
    scientists resident residents witness witnesses insider insiders account accounts rumour
    rumours rumor rumors poll polls survey surveys legend tradition folklore historian
    historians commentator commentators scholar scholars economist economists diplomat
    diplomats people locals media press testimony testimonies investigators authorities
    """.split()
)
# Words that make the source definite (named before, or owned): "according to the report",
# "according to its documentation", "according to this study".
_DEFINITE = frozenset("the this that these those his her its their our my your whose which".split())
# A preposition or a conjunction before the source kind: it is not the head of the phrase.
_LINKS = frozenset("of for in on with to from by at as and or than".split())


def named_after(lw, words, k: int) -> bool:
    """Is the source noun ``lw[k]`` named by the organisation after it? "analysts at Goldman
    Sachs", "researchers from the Max Planck Institute"; not "officials in Washington" (a place),
    "analysts at several banks" (a kind)."""
    n = len(lw)
    if k + 2 >= n or lw[k + 1] not in ("at", "from"):
        return False
    j = k + 3 if lw[k + 2] == "the" and k + 3 < n else k + 2
    return words[j].text[:1].isupper()


# "the media", "the press": the article is generic, it points to no outlet (issue 11, eleventh
# session, phrases: "according to the Japanese media", ember-docs; "according to the local press").
PRESS = frozenset({"media", "press"})


def _the_press(lw, words, k: int) -> Optional[int]:
    """The index of "media"/"press" in "the (Japanese|local|state) media" starting at ``lw[k]``
    == "the", with at most two words between, each a plain word (a nationality in capitals is a
    kind, not a name: "the Japanese media"); else None."""
    if lw[k] != "the":
        return None
    for m in range(k + 1, min(len(lw), k + 4)):
        if lw[m] in PRESS:
            if m + 1 < len(lw) and lw[m + 1] in SOURCE_KINDS:
                return m + 1  # "the local media reports"
            if m + 1 < len(lw) and lw[m + 1] in ("of", "in", "at", "from"):
                return None  # "the press of the Harbor Times": an outlet named after the noun
            if m + 1 < len(lw) and lw[m + 1].isalpha() and not prose_gap(words, m):
                return None  # "the press office", "the media team": not the head of the phrase
            return m
        if not lw[m].isalpha():
            return None
    return None


def unnamed_according(lw, words, i: int, prose: str) -> Optional[int]:
    """The end index of "according to local news reports" when ``lw[i]`` is "according", or None.

    Between "to" and the source kind only lower-case words (at most three: "some", "local",
    "news"); a capital, a figure or a definite word names or points to the source."""
    n = len(lw)
    if i + 2 >= n or lw[i + 1] != "to":
        return None
    press = _the_press(lw, words, i + 2)
    if press is not None:
        return press
    if lw[i + 2] == "one":
        one = _one_unnamed(lw, words, i + 3, prose)
        if one is not None:
            return one
    for k in range(i + 2, min(n, i + 6)):
        w = lw[k]
        text = words[k].text
        if w in _DEFINITE or w in _LINKS or not w.replace("-", "").isalpha() or not text[:1].islower():
            return None  # "according to the report", "according to a kind of source", a name
        if k > i + 2 and prose[words[k - 1].end : words[k].start].strip():
            return None  # a mark between the words: "according to some, ..."
        if w in SOURCE_KINDS:
            if body_officials.body_officials(lw, words, k):
                return None  # "according to a company official": the company named, speaking
            if k + 1 < n and lw[k + 1] in SOURCE_KINDS:
                continue  # "according to news reports": the last noun is the head
            if k + 2 < n and lw[k + 1] in ("from", "by", "at", "of", "in"):
                j = k + 3 if lw[k + 2] == "the" and k + 3 < n else k + 2
                if words[j].text[:1].isupper():
                    return None  # "according to analysts at (the) Goldman Sachs": named after the noun
            return k
    return None


def _one_unnamed(lw, words, j: int, prose: str) -> Optional[int]:
    """The last word of "according to one major producer," from ``j`` (after "one"): up to
    three lower-case words, then a comma or the sentence's end; one source of any kind, its name
    left out (issue 11, fifteenth session: tongs-docs; quarry-docs' "according to one apparently
    conservative account" is a source kind). Not "one of the ...", a capital or a figure."""
    n = len(lw)
    for k in range(j, min(n, j + 3)):
        w = lw[k]
        if w in _DEFINITE or w in _LINKS or not w.replace("-", "").isalpha() or not words[k].text[:1].islower():
            return None
        if k > j and prose[words[k - 1].end : words[k].start].strip():
            return None
        if k + 1 >= n or prose[words[k].end : words[k + 1].start].strip()[:1] in (",", ";", ":", ")", "\u2014"):
            return k
    return None


# A reputation held, its holders left out: "had a reputation for being very slow", "has a
# well-deserved reputation of being ...", "gained market share and a reputation as a platform"
# (issue 11, eleventh session, phrases: fresh-docs, loft-docs, ember-docs; the present "has a
# reputation for" is in weasel.tsv). Not "with a reputation for" (the writers' own description of
# themselves in the corpus), nor a reputation lost, kept or named ("its reputation among users").
REPUTATION_NOUNS = frozenset({"reputation", "reputations"})
_HOLD = frozenset(
    "has have had having earned earns earn gained gains gain built builds enjoys enjoy enjoyed "
    "won acquired developed established".split()
)
_OWNERS = frozenset("a an its their his her our".split())


def held_reputation(lw, words, i: int) -> Optional[int]:
    """The first word of "had a reputation for" when ``lw[i]`` is "reputation", or None."""
    n = len(lw)
    if i + 1 >= n or not (lw[i + 1] in ("for", "as") or (lw[i + 1] == "of" and i + 2 < n and lw[i + 2] == "being")):
        return None
    k = i - 1
    while k >= 0 and k >= i - 2 and lw[k] not in _OWNERS and lw[k].replace("-", "").isalpha() and words[k].text[:1].islower() and lw[k] not in _HOLD and lw[k] != "and":
        k -= 1  # adjectives: "a well-deserved reputation", "a long reputation"
    if k >= 0 and lw[k] in _OWNERS:
        k -= 1
    if k < 0:
        return None
    if lw[k] in _HOLD:
        return k
    if lw[k] == "and" and not _HOLD.isdisjoint(lw[max(0, k - 6) : k]):
        return k + 1  # "gained market share and a reputation as": the verb is shared
    return None


# Sources known by their standing alone: "Learn from the recognised experts" (plane-docs), "Top
# business leaders ... support the plan" (mallet-docs), "statements by well-known scientists"
# (quarry-docs), "they are the acknowledged leaders in the field" (tongs-docs); issue 11,
# twentieth session. Who recognises them, and who are they? A word of standing that someone
# else grants, before a noun of expertise or leadership (one modifier may come between). Not
# "distinguished": the courtesy of an address ("our distinguished interim leader", "my
# distinguished colleagues": mallet-docs' unlabelled line), the speaker's, not a standing reported.
REPUTE_ADJECTIVES = frozenset(
    "recognised recognized acknowledged respected renowned leading noted top prominent well-known "
    "eminent reputable".split()
)
REPUTE_NOUNS = frozenset(
    "expert experts leader leaders authority authorities scientist scientists researcher researchers "
    "scholar scholars economist economists analyst analysts specialist specialists".split()
)
# Before the adjective, a ranking: "one of Iraq's most respected leaders", "the world leading
# experts" state a superlative (SL101's claim, lathe-docs' and plane-docs' unlabelled lines).
_RANKING_BEFORE = frozenset({"most", "more", "world", "world's", "worlds"})


def reputed_experts(lw, words, i: int) -> Optional[int]:
    """The index of the noun of "the recognised experts" when ``lw[i]`` is a word of standing
    (``REPUTE_ADJECTIVES``) and a noun of ``REPUTE_NOUNS`` follows, at most one lower-case
    modifier between ("Top business leaders"), or None. Not after a ranking (``_RANKING_BEFORE``),
    nor when a capital follows the noun at once ("the leading expert Jane Roe": named)."""
    n = len(lw)
    if i and lw[i - 1] in _RANKING_BEFORE:
        return None
    for k in (i + 1, i + 2):
        if k >= n or prose_gap(words, k - 1):
            return None
        if lw[k] in REPUTE_NOUNS:
            if k + 1 < n and not prose_gap(words, k) and words[k + 1].text[:1].isupper():
                return None
            return k
        if not lw[k].isalpha() or not words[k].text[:1].islower():
            return None
    return None
