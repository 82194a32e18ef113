"""Conjecture and belief nobody holds (HC101): "Indications are that", "Estimations are that",
"there has been growing speculation that", "has led to speculation abroad that", "There was a
belief back then that", "There is some discussion that", "a widespread conviction that", "A
common explanation is that".

A noun of guessing (indications, signs, estimates, speculation) stands where the people who
guess should be: the reader learns that someone expects or suspects something, not who. The
hedging check asks for the source; a link, a citation or a named source in the sentence answers
it, as for every HC101 finding.

Not a finding: a conjecture the text credits ("his estimates are that", "the analysts'
speculation that", "Smith's speculation"), the noun in any other frame ("signs are shown",
"estimates of the cost", "this is pure speculation": the writer's own word for a guess;
"There is an ongoing discussion regarding ...", "the perception that" a sentence credits), and a
noun without "that" after it (what is guessed or believed is not stated).
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.sentence_memo import per_sentence

# Nouns of guessing that open "<noun> are that ...": "Indications are that Khrushchev favors
# peaceful coexistence" (quarry-docs), "Estimations are that in the past 10 to 30% of the
# Ugandans are infected" (unseen-docs).
OPENING = frozenset("indications estimations estimates signs".split())
# A mass noun of guessing, then (at most two words on) "that": "there has been growing speculation
# that the group will sell" (sealed-docs), "has led to speculation abroad that the program may be
# altered" (quarry-docs).
SPECULATION = frozenset({"speculation"})
# Nouns of belief, held by nobody when an existential "there is" or an adjective of how widely
# introduces them: "There was a belief back in football's darkest days that" (ember-docs), "There
# is some discussion that" (vault-docs), "a widespread conviction that" (ember-docs), "A common
# explanation is that" (hearth-docs); issue 11, thirteenth session.
BELIEF = frozenset(
    "belief conviction discussion feeling perception notion suspicion assumption consensus "
    "explanation impression expectation".split()
)
# A figure given as "an estimated" or "the estimated" amount, its estimator left out: "An
# estimated 100,000 locals died", "worth an estimated $430 million", "the estimated 1,800,000
# boat trailers" (issue 11, fifteenth session: tongs-docs, forge-docs; the rule of "it is
# estimated", a weasel entry). Only before a figure: "the estimated cost", "an estimated time of
# arrival" are a quantity's name, common in documentation.
ESTIMATED = frozenset({"estimated"})
#: The message's note for an estimate: "does not say who made the estimate".
ESTIMATE_NOTE = "made the estimate"
# Nouns of blame, complaint and praise, held by nobody when an adjective says how often or how
# widely they are voiced: "recurring complaints about tools like git" (awl-docs), "regular
# complaints from the disgruntled" (gouge-docs), "The all-too-common praise for these sorts of
# projects" (lathe-docs), "the resulting widespread condemnation" (attic-docs), "widespread
# criticism of such assertions" (chisel-docs); issue 11, eighteenth session. Not "calls",
# "charges", "concerns" (a program's calls, a bank's charges, a FAQ's "Common concerns"), nor
# "claims" (a token's "common claims").
TALK = frozenset("complaints criticism criticisms condemnation praise accusations allegations objections outcry".split())
_HOW_OFTEN = frozenset(
    "recurring regular frequent common widespread growing persistent repeated constant mounting increasing".split()
)
# Nouns of a view many share, held by nobody when an existential "there is" introduces them and
# "that" follows at once: "There's agreement that any decision would be taken after
# consultation", "there is a distinct sense that Ireland should move" (gad-docs, RTE's analyses),
# "at last there is agreement that we can't spend ourselves rich" (wedge-docs), "There is general
# agreement that" (brad-docs), "there is a recognition that a care home should be the last
# resort" (tamp-docs); issue 11, fifty-ninth session (unnamed59). Read only in that frame: "a
# sense of urgency", "the agreement that we signed", "in recognition that" are not views.
SHARED = frozenset("agreement sense recognition".split())
# Plural nouns of doubt or worry that nobody is said to have, after an existential "there is"
# and before "about" or "over": "there are worries about the continuing threat to flights"
# (gad-docs), "I know there have been questions about whether we can afford" (clamp-docs), "there
# are some doubts about the value of education" (swage-docs); unnamed59. Not inside a condition
# ("If there are questions about the API, ask"): no one is said to have them.
DOUBTS = frozenset("worries fears concerns doubts questions misgivings reservations".split())
#: Words that make hedging scan a sentence for this rule (all rare in documentation but
#: "sense", "questions" and "concerns", which the frames above read in two or three words).
TRIGGERS = OPENING | SPECULATION | BELIEF | ESTIMATED | TALK | SHARED | DOUBTS
#: Every noun this module looks at.
NOUNS = TRIGGERS

_BE = frozenset("are were is was".split())
# "speculation so that", "speculation now that": "that" opens another kind of clause.
_NOT_BEFORE_THAT = frozenset("so such now given except in".split())
# Words that may stand before an opening noun: the clause starts there ("But indications are").
_CLAUSE_START = frozenset("and but yet so the all early initial first latest present".split())
# Words before "speculation" that credit the guess to someone: "their speculation".
_OWNERS = frozenset("his her their its our my your whose these those this that no".split())
# Adjectives of how much guessing there is, before "speculation".
_HOW_MUCH = frozenset(
    "growing mounting renewed widespread wide intense considerable much some increasing fresh "
    "new continued persistent idle".split()
)


def held_by_nobody(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """The first and last word of the conjecture when ``lw[i]`` is a noun of ``NOUNS`` in one of
    the frames above, or None."""
    w = lw[i]
    if w in OPENING:
        return _opening(lw, words, i, prose)
    if w in SPECULATION:
        return _speculation(lw, words, i, prose)
    if w in BELIEF:
        return _belief(lw, words, i, prose)
    if w in ESTIMATED:
        return _estimate(lw, words, i, prose)
    if w in TALK:
        return _talk(lw, words, i, prose)
    if w in SHARED:
        return _shared(lw, words, i, prose)
    if w in DOUBTS:
        return _doubts(lw, words, i, prose)
    return None


def _how_often(w: str) -> bool:
    return w in _HOW_OFTEN or ("-" in w and w.rsplit("-", 1)[1] in _HOW_OFTEN)  # "all-too-common"


def _talk(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """"recurring complaints", "widespread criticism", "The all-too-common praise": an adjective
    of how often or how widely right before a noun of ``TALK``, no owner before it ("their
    frequent complaints", "the union's repeated objections") and no named voice after it
    ("complaints from Microsoft", "criticism by Smith")."""
    j = i - 1
    if j < 0 or not _how_often(lw[j]) or prose[words[j].end : words[i].start].strip():
        return None
    if _owned(lw, words, j, prose):
        return None  # "their frequent complaints", "the union's repeated objections"
    n = len(lw)
    if i + 2 < n and lw[i + 1] in ("from", "by") and words[i + 2].text[:1].isupper():
        return None  # "complaints from Microsoft": the voice is named
    return j, i



def _owned(lw, words, start: int, prose: str) -> bool:
    """An owner right before the phrase opening at ``start`` ("their", "the analysts'", "the
    union's"): the talk or the speculation is credited to someone."""
    if start <= 0:
        return False
    before = lw[start - 1]
    gap = prose[words[start - 1].end : words[start].start]
    return before in _OWNERS or before.endswith("'s") or "'" in gap or "\u2019" in gap


_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty hundred hundreds thousand thousands million millions billion billions dozen half"
    .split()
)
# Verbs of saying or finding: the estimate is in a clause someone is said to report, that
# someone its source ("the report also says that ... by an estimated 900,000", ember-docs; "...
# affecting an estimated 13,000 structures ..., the report said", attic-docs). A vague speaker
# ("critics say") is HC101's finding of its own.
_REPORTING = frozenset(
    "says said say estimates found finds shows showed reports reported according told".split()
)


def _estimate(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """"an estimated 6,500", "the estimated 1,800,000": the article and "estimated" before a
    figure, in a sentence that does not give the estimate as someone's reported clause."""
    n = len(lw)
    if i < 1 or i + 1 >= n or lw[i - 1] not in ("an", "the"):
        return None
    nxt = lw[i + 1]
    if not (nxt[:1].isdigit() or nxt in _NUMBER_WORDS):
        return None
    if any(c.isalpha() for c in prose[words[i].end : words[i + 1].start]):
        return None
    if _reporting_words(lw) > (lw[i] in _REPORTING):  # one other than word i
        return None
    return i - 1, i



@per_sentence
def _reporting_words(lw) -> int:
    """How many reporting verbs the sentence holds (once per sentence, not per figure)."""
    return sum(w in _REPORTING for w in lw)


_THERE_BE = (("is",), ("was",), ("has", "been"), ("had", "been"), ("were",))
_SOME = frozenset("a an some".split())
# Adjectives that say how widely a belief is held, and so that many hold it, unnamed.
_WIDELY = frozenset("widespread common popular prevailing general growing".split())


def _that_follows(lw, words, k: int, prose: str, reach: int) -> bool:
    """"that" within ``reach`` words after ``k``, with no comma, colon or bracket before it."""
    for m in range(k + 1, min(len(lw), k + 1 + reach)):
        if any(c in prose[words[m - 1].end : words[m].start] for c in ",;:()"):
            return False
        if lw[m] == "that":
            return True
        if lw[m] in ("among", "amongst", "within"):
            return False  # "a strong feeling among the staff that": whose feeling it is
        if lw[m : m + 4] == ["on", "the", "part", "of"]:
            return False  # "a belief on the part of the PTC that" (rasp-docs): whose belief it is
    return False


def _belief(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """"There is some discussion that", "There was a belief ... that", "a widespread conviction
    that", "A common explanation is that"."""
    j = i - 1
    if j >= 0 and lw[j] in _WIDELY:
        if j >= 1 and lw[j - 1] in ("a", "an", "the"):
            j -= 1
        if _that_follows(lw, words, i, prose, 1) or lw[i + 1 : i + 3] == ["is", "that"] or lw[i + 1 : i + 3] == ["was", "that"]:
            return j, i
        return None
    if j >= 0 and lw[j] not in _SOME:
        j -= 1  # one adjective: "There was a strong feeling that"
        if j < 0 or lw[j] not in _SOME:
            return None
    if j < 0 or lw[j] not in _SOME:
        return None
    for be in _THERE_BE:
        k = j - len(be)
        if k >= 1 and tuple(lw[k:j]) == be and lw[k - 1] == "there":
            return (k - 1, i) if _that_follows(lw, words, i, prose, 8) else None
    if j >= 1 and lw[j - 1] == "there's":
        return (j - 1, i) if _that_follows(lw, words, i, prose, 8) else None
    return None


def _opening(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """"Indications are that": the noun opens its clause, a form of "be", then "that"."""
    n = len(lw)
    if i + 2 >= n or lw[i + 1] not in _BE or lw[i + 2] != "that":
        return None
    start = i
    j = i - 1
    while j >= 0 and lw[j] in _CLAUSE_START:
        start = j
        j -= 1
    if j >= 0 and not any(c in prose[words[j].end : words[start].start] for c in ",;:"):
        return None  # "his estimates are that", "the council's first estimates are that": credited
    return start, i + 2


def _speculation(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """"growing speculation that", "speculation abroad that": "that" at most two words on, no
    owner before the noun."""
    n = len(lw)
    k = next((k for k in range(i + 1, min(n, i + 3)) if lw[k] == "that"), None)
    if k is None or any(not lw[m].isalpha() or lw[m] in _NOT_BEFORE_THAT for m in range(i + 1, k)):
        return None
    if any(not (c.isalpha() or c.isspace()) for c in prose[words[i].end : words[k].start]):
        return None  # "rewarded more than speculation, so that more startups succeed"
    start = i
    while start > 0 and lw[start - 1] in _HOW_MUCH:
        start -= 1
    if _owned(lw, words, start, prose):
        return None  # "their speculation that", "the analysts' speculation that": credited
    return start, k - 1


# Forms of "there be" before a shared view or a doubt, as word tuples read backwards from the
# noun's first modifier; "there's" is one word.
_THERE_FORMS = (("there", "is"), ("there", "was"), ("there", "are"), ("there", "were"), ("there", "has", "been"),
                ("there", "have", "been"), ("there", "had", "been"), ("there's",), ("there\u2019s",))
# Words that may stand between "there is" and the noun: adverbs of time and adjectives of how
# strong or how wide ("there is now a distinct sense", "There is general agreement"). Not "no",
# "little", "any" (a view denied or asked about: "there is no agreement that").
_BETWEEN = frozenset(
    "also still now a an some growing widespread general broad real distinct strong clear deep genuine "
    "increasing wide common serious lingering persistent many".split()
)
# A condition or a question before "there": nobody is said to hold the view ("If there are
# questions about the API, ask on the list", "whether there is agreement that").
# The word right before "there": "in case there are worries" is read by its "case" (a bare "in"
# before "there is" is no condition).
_CONDITIONS = frozenset("if when whenever unless whether where case".split())


def _there_before(lw, words, i: int, prose: str) -> Optional[int]:
    """The index of "there" when an existential "there is" stands before word ``i`` with at most
    two words of ``_BETWEEN`` between, no mark between any of them, and no condition before it;
    else None."""
    j = i - 1
    skipped = 0
    while j >= 0 and lw[j] in _BETWEEN and skipped < 2:
        j -= 1
        skipped += 1
    for form in _THERE_FORMS:
        k = j - len(form) + 1
        if k >= 0 and tuple(lw[k : j + 1]) == form:
            if any(c in prose[words[k].end : words[i].start] for c in ",;:()\"\u201c\u201d"):
                return None
            if k >= 1 and lw[k - 1] in _CONDITIONS:
                return None
            return k
    return None


def _shared(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """"There's agreement that", "there is a distinct sense that", "there is a recognition that":
    the noun right after an existential "there is" (its modifiers between), "that" right after the
    noun. "agreement" takes no "a"/"an" ("There was an agreement that covered both ports": a deal,
    its parties the story's)."""
    n = len(lw)
    if i + 1 >= n or lw[i + 1] != "that" or prose[words[i].end : words[i + 1].start].strip():
        return None
    if lw[i] == "agreement" and lw[i - 1 : i] in (["a"], ["an"]):
        return None
    k = _there_before(lw, words, i, prose)
    return (k, i) if k is not None else None


def _doubts(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """"there are worries about", "there have been questions about", "there are some doubts
    over": a plural noun of doubt after an existential "there is", then "about" or "over"."""
    n = len(lw)
    if i + 1 >= n or lw[i + 1] not in ("about", "over") or prose[words[i].end : words[i + 1].start].strip():
        return None
    k = _there_before(lw, words, i, prose)
    return (k, i) if k is not None else None
