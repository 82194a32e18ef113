"""Assent credited to a crowd or to everyone, with nobody named (issue 11, thirty-eighth session,
hc38): ``HC101`` for a view most people are said to hold, ``HC102`` for one nobody is said to
deny.

Addresses, reports and essays put a view beyond question by saying how widely it is granted, and
the grantors are never named:

* a personal passive of assent or opinion graded by how many hold it, ``crowd_assent``: "the
  principle is generally admitted to be a sound and salutary one", "That State supervision has
  proved inadequate is generally conceded", "The need of the former is generally conceded", "is
  often considered the essential Marxist work", "segmentation is universally considered a
  brain-damaged way". Who admits it, who considers it? HC101, like "it is generally agreed" (the
  impersonal form, in weasel.tsv). The older shapes read the participles of describing and judging
  ("is often described as", ``reputation``); the participles of granting were read by none of them.
  Not with the grantors ("generally admitted by the powers to whom it was addressed", "is often
  considered (at least by other hackers)": named, sickle S161), not after "should" or "must" ("This
  should be universally recognized": a demand) nor "can" or "may" ("strings that can be commonly
  considered as booleans": the writer's framing), and not "supposed"/"assumed" ("as is generally
  supposed": the writer sets a common belief aside, a trap in clamp- and dowel-docs). Not a
  definition by condition ("A site is generally considered on the network if it can be reached"), a
  term's, not a view;
* the same passive of the participles of opinion, with their complement (forty-fifth session,
  hcrec45): "is popularly regarded as", "is generally understood to refer to", "are often taken
  to mean", "are generally taken for granted", with "most" before the adverb ("has been most
  generally considered") and the perfect's adverb before "been" ("than has generally been
  supposed"); ``_OPINION_BEFORE`` below says which complement each participle needs;
* the same assent said to be everybody's, ``crowd_assent`` as well: "is admitted on all hands",
  "is admitted by all, but", "is now universally acknowledged", "will be universally admitted":
  no holdout left, a booster (HC102, the sets' formula of general assent: peg, lug, dowel);
* the impersonal denial that anyone could doubt, ``undeniable``: "It can not be denied that",
  "It can scarcely be doubted that", "It will not be doubted that", "It is not denied that". The
  lexicon lists the commonest spellings ("it cannot be doubted", "it is not doubted"); the shape
  reads any modal and any word of denial ("scarcely", "hardly", "never") before the verb. Not
  "whether" after it ("it may be doubted whether": a doubt, the writer's hedge), not "pretended"
  ("It is not pretended that any clause ...": the writer disowns a claim).

Counted over the seventy-six sets at the session's start rules (``eval/pooled_misses.py --hc38``):
see HC101.md and HC102.md.

Each function reads the normalised words of one sentence (``lw``) around one index: no scan.
"""

from __future__ import annotations

from typing import Optional

# Participles of holding a view that credit it to a crowd only with their complement, beside the
# crowd's adverb (issue 11, forty-fifth session, hcrec45: scorp-docs' Brown press and essays, "has
# been most generally considered", "is popularly regarded as", "has generally been supposed"; and
# mitre's "is universally regarded as less efficient", dowel's "is generally understood to refer
# to", clamp's "are often taken to mean", bellows' "are generally taken for granted"). "regarded"
# only before "as" (reputation reads it with fewer adverbs, and not before a capital: "regarded as
# Russian espionage headquarters"); "understood", "believed", "thought", "held" and "reputed" only
# before "to" (a view of the subject: "is generally understood to refer to"; not "is commonly
# understood by" nor "is usually held in"); "taken" only in "taken to mean" and "taken for granted";
# "supposed" only in the perfect ("than has generally been supposed"), since "is usually supposed
# to return" is a rule of an interface and "as is generally supposed" the writer setting a common
# belief aside (a trap in clamp- and dowel-docs).
_OPINION_BEFORE = {
    "regarded": (("as",),),
    "understood": (("to",),),
    "believed": (("to",),),
    "thought": (("to",),),
    "held": (("to",),),
    "reputed": (("to",),),
    "taken": (("to", "mean"), ("for", "granted")),
    "supposed": None,  # the perfect only, any complement
}
OPINIONS = frozenset(_OPINION_BEFORE)
#: Participles of granting a point or holding a view (hedging's _scan tests them by name).
PARTICIPLES = frozenset("admitted conceded acknowledged considered agreed".split()) | OPINIONS
# The participles of granting, whose universal form is a booster; "considered" says what is held
# of a thing, a view however wide ("universally considered a brain-damaged way": a hedge).
# Not "allowed": "Spaces are usually allowed in names" is a permission.
_GRANTING = frozenset("admitted conceded acknowledged agreed".split())
# Adverbs of how many hold the view: some, unnamed.
# "popularly", "normally", "traditionally", "customarily", "conventionally" (hcrec45: "is popularly
# regarded as", "is normally considered a female profession").
_CROWD = frozenset(
    "generally commonly widely often usually frequently popularly normally traditionally customarily conventionally".split()
)
# Adverbs of everybody holding it.
_EVERYONE = frozenset({"universally", "unanimously"})
# Words that may stand before the adverb: "is now universally acknowledged", "is very generally".
# "most" (hcrec45: "has been most generally considered the most poetic").
_BEFORE_ADVERB = frozenset("now very pretty also still most".split())
_HAVE = frozenset({"has", "have", "had"})
_BEFORE_ALL = _BEFORE_ADVERB | _EVERYONE
_BE = frozenset("is are was were be been 's 're".split())
# A demand, not a report: "This should be universally recognized as a failure"; and a possibility,
# the writer's own framing: "strings that can be commonly considered as booleans" (a corpus
# README). "will" stays: "will be universally admitted" foretells everyone's assent (lug-docs).
_DEMAND = frozenset({"should", "must", "ought", "shall", "can", "could", "may", "might"})
# After the participle: the grantors named ("admitted by the powers"), or a purpose ("considered
# for inclusion"), not a view of the subject.
_NOT_AFTER = frozenset({"by", "for", "with"})
# "admitted on all hands", "admitted by all": every grantor.
# A condition just after: the passive defines a term ("A site is generally considered on the
# network if it can be reached through ...", hoe-docs' jargon file), it reports no view.
_CONDITIONS = frozenset({"if", "when", "whenever", "unless", "provided", "iff"})
_CONDITION_REACH = 6
# Words after the participle within which "by" names the holders ("considered (at least by other
# hackers)").
_AGENT_REACH = 4
_ALL_HANDS = (("on", "all", "hands"), ("by", "all"), ("by", "everybody"), ("by", "everyone"))


def crowd_assent(lw, i: int) -> Optional[tuple]:
    """``(first, last, code)`` when ``lw[i]`` (one of ``PARTICIPLES``) is a passive of assent
    graded by a crowd ("is generally admitted", HC101) or by everyone ("is universally
    acknowledged", "is admitted on all hands", HC102), else None."""
    n = len(lw)
    w = lw[i]
    for tail in _ALL_HANDS:
        if w in _GRANTING and tuple(lw[i + 1 : i + 1 + len(tail)]) == tail:
            end = i + len(tail)
            if end + 1 < n and tail[0] == "by" and lw[end + 1].isalpha() and lw[end + 1] not in ("but", "and", "that"):
                return None  # "acknowledged by all branches of the Government": a body named
            j = i - 1
            while j >= max(0, i - 3) and lw[j] in _BEFORE_ALL:
                j -= 1  # at most two words back ("is now universally admitted"): no walk over a run
            if j >= 0 and lw[j] in _BE and not _demanded(lw, j):
                return (j, end, "HC102")
            return None
    j = i - 1
    perfect = False
    if j >= 2 and lw[j] == "been" and (lw[j - 1] in _CROWD or lw[j - 1] in _EVERYONE) and lw[j - 2] in _HAVE:
        # "has generally been supposed", "have often been considered": the adverb before "been"
        # (hcrec45); the perfect's "has" stands for the verb "to be" below
        adverb = lw[j - 1]
        j -= 2
        perfect = True
    elif j < 0 or (lw[j] not in _CROWD and lw[j] not in _EVERYONE):
        return None
    else:
        adverb = lw[j]
        j -= 1
        if j >= 0 and lw[j] in _BEFORE_ADVERB:
            j -= 1  # one word before the adverb ("is now universally"), no walk over a run
        perfect = j >= 1 and lw[j] == "been" and lw[j - 1] in _HAVE
    if j < 0 or (lw[j] not in _BE and not (perfect and lw[j] in _HAVE)) or _demanded(lw, j):
        return None
    last = i
    if w in OPINIONS:
        tail = _opinion_complement(lw, i, perfect)
        if tail is None:
            return None
        last = i + tail  # the phrase takes its complement: "has often been regarded as", as reputation's does
    if i + 1 < n and lw[i + 1] in _NOT_AFTER and not (w == "taken" and lw[i + 1] == "for"):
        return None  # "generally admitted by the powers to whom it was addressed": the grantors named
    if "by" in lw[i + 2 : i + 1 + _AGENT_REACH]:
        return None  # "is often considered (at least by other hackers) to be": the holders named (sickle S161)
    if not _CONDITIONS.isdisjoint(lw[i + 1 : i + 1 + _CONDITION_REACH]):
        return None  # "A site is generally considered on the network if it can be reached": a definition
    code = "HC102" if adverb in _EVERYONE and w in _GRANTING else "HC101"
    return (j, last, code)


def adverb_of(lw, i: int) -> int:
    """The index of the crowd's adverb of the passive whose participle is ``lw[i]`` ("widely" in
    "is widely\nunderstood to", "generally" in "has generally been supposed"), or ``i`` when none
    stands there: the word a finding over a line break is reported on (the adverb says how many
    hold the view; maul-docs' "which is widely" / "understood to expand to", hcrec45)."""
    for k in (i - 1, i - 2):
        if k >= 0 and (lw[k] in _CROWD or lw[k] in _EVERYONE):
            return k
    return i


def _opinion_complement(lw, i: int, perfect: bool) -> Optional[int]:
    """``lw[i]``, one of ``OPINIONS``, takes the complement that makes it a view of its subject, its length
    ("regarded as", "understood to", "taken to mean"); "supposed" in the perfect only."""
    tails = _OPINION_BEFORE[lw[i]]
    if tails is None:
        return 0 if perfect else None
    return next((len(t) for t in tails if tuple(lw[i + 1 : i + 1 + len(t)]) == t), None)


def _demanded(lw, be: int) -> bool:
    """The "be" at ``be`` follows "should", "must", "ought to" or a modal of possibility."""
    k = be - 1
    if k >= 0 and lw[k] == "to":
        k -= 1
    return k >= 0 and lw[k] in _DEMAND


#: Participles of doubting and denying (hedging's _scan tests "it" before them).
DENIED = frozenset("doubted denied disputed questioned gainsaid controverted contested".split())
_MODALS = frozenset("can could will would may might".split())
_NEGATIONS = frozenset({"not", "scarcely", "hardly", "never"})
_NEGATED_MODALS = frozenset({"cannot", "can't", "couldn't", "won't", "wouldn't"})
# After the verb: the claim itself ("that") or the phrase set off ("It can not be denied, ...").
_CLAIM_AFTER = frozenset({"that"})


def undeniable(lw, i: int) -> Optional[int]:
    """The index of the participle when ``lw[i]`` is "it" opening "it can not be denied that",
    "it can scarcely be doubted that", "it will not be doubted that", "it is not denied that",
    else None."""
    n = len(lw)
    k = i + 1
    if k >= n:
        return None
    if lw[k] in ("is", "was"):
        k += 1
        if k >= n or lw[k] not in _NEGATIONS:
            return None
        k += 1
        if lw[k : k + 2] == _TO_BE:
            k += 2  # "It was hardly to be doubted, that ...", "it is not to be denied that" (frames57)
    elif lw[k] in _MODALS or lw[k] in _NEGATED_MODALS:
        negated = lw[k] in _NEGATED_MODALS
        k += 1
        if k < n and lw[k] in _NEGATIONS:
            negated = True
            k += 1
        if k < n and lw[k] == "now":
            k += 1  # "it can not now be denied"
        if not negated or k >= n or lw[k] != "be":
            return None
        k += 1
    else:
        return None
    if k + 1 < n and lw[k] in DENIED and lw[k + 1] in _CLAIM_AFTER:
        return k
    return None


_TO_BE = ["to", "be"]


# "Nor can it be denied that ...", "Nor is it to be doubted that ...", "Nor could it be
# questioned that ...": the same denial put after "nor", the verb before "it" (issue 11,
# fifty-seventh session, frames57: cog's address, brayer's and snips' Moby-Dick; "It was hardly
# to be doubted, that", fid's, by ``undeniable``'s "to be"). Only with "can"/"could" or "is"/"was"
# + "to be": "Nor is it denied that there is a relation between labor and capital" reports
# that nobody has denied it (nib, unlabelled), which "nor" adds to the writer's concessions.
_NOR = frozenset({"nor", "neither"})
_NOR_MODALS = frozenset({"can", "could"})


def nor_denied(lw, i: int) -> Optional[tuple]:
    """(the index of "nor", the index of the participle) when ``lw[i]`` is the "it" of "Nor can it
    be denied that", "Nor is it to be doubted that", else None."""
    n = len(lw)
    if i < 2 or lw[i - 2] not in _NOR:
        return None
    k = i + 1
    if lw[i - 1] in _NOR_MODALS:
        if k < n and lw[k] == "now":
            k += 1
        if not (k < n and lw[k] == "be"):
            return None
        k += 1
    elif lw[i - 1] in ("is", "was"):
        if lw[k : k + 2] != _TO_BE:
            return None
        k += 2
    else:
        return None
    if k + 1 < n and lw[k] in DENIED and lw[k + 1] in _CLAIM_AFTER:
        return i - 2, k
    return None


# Nobody can deny it, said of any subject (issue 11, fortieth session, hc40): ``undeniable`` reads
# only "it" before a "that" clause; the addresses put the subject first and stop ("That the most
# injurious conflicts would unavoidably arise ... can not be doubted.", burr; "The right of
# resistance on the part of the governed ... can not be denied.", hatchet; "when our power to punish
# them can not be questioned,", spindle), or deny the doubter with a pronoun ("no one can doubt
# that the extent of it would be very great", tenon; "None will deny that those who set on foot
# military expeditions ...", scribe; "That we are making sacrifices to that end none can deny.",
# ferrule). Only "can": "will not be denied" is a resolve ("our struggle for democracy cannot and
# will not be denied", saw) and "could not be denied" mostly tells a past refusal. Not before "to"
# or "by" ("can not be denied to any citizen": a right withheld; "by" names who questions), and
# hedging reads it outside technical writing only (there "access cannot be denied" is a permission).
_CAN_NOT = frozenset({"cannot", "can't"})
_NOT_AFTER_DENIED = frozenset({"to", "by"})
#: Verbs of denying a claim, after "none can", "no one will".
DENY = frozenset("deny doubt dispute question gainsay controvert contest".split())
#: Pronouns of nobody that open "none can deny" ("no one", "no man": "no" and the next word).
NOBODY = frozenset({"none", "nobody"})
NO_ONE = frozenset({"one", "man"})
#: The words that may open "none can deny", "no one can doubt" (hedging's _scan tests them).
NOBODY_FIRST = NOBODY | {"no"}
_WILL_OR_CAN = frozenset({"can", "could", "will", "would"})


def denied_by_nobody(lw, k: int) -> Optional[int]:
    """The index of "can"/"cannot" when ``lw[k]``, a participle of denial, ends "... can not be
    doubted", "can not now be questioned", "cannot be denied"; else None."""
    if k < 3 or lw[k - 1] != "be" or lw[k] not in DENIED:
        return None
    if k + 1 < len(lw) and lw[k + 1] in _NOT_AFTER_DENIED:
        return None
    j = k - 2
    if lw[j] == "now" and j:
        j -= 1
    if lw[j] in _CAN_NOT:
        return j
    if lw[j] in _NEGATIONS and j and lw[j - 1] == "can":
        return j - 1
    return None


def nobody_denies(lw, i: int) -> Optional[int]:
    """The index of the verb when ``lw[i]`` opens "none can deny", "none will deny that", "no one
    can doubt that", "nobody could dispute"; else None."""
    n = len(lw)
    k = i + 1
    if lw[i] == "no":
        if not (k < n and lw[k] in NO_ONE):
            return None
        k += 1
    elif lw[i] not in NOBODY:
        return None
    if not (k < n and lw[k] in _WILL_OR_CAN):
        return None
    k += 1
    if k < n and lw[k] in DENY:
        return k
    return None


# Rules as data, with their examples (tests/test_check_hedging.py reads them): (sentence, code
# reported on the phrase or None).
EXAMPLES = (
    ("The principle is generally admitted to be a sound one.", "HC101"),
    ("That the old scheme failed is generally conceded.", "HC101"),
    ("The duty of economy is admitted on all hands.", "HC102"),
    ("The value of the schools is now universally acknowledged.", "HC102"),
    ("The principle was generally admitted by the powers to whom it was addressed.", None),
    ("This should be universally recognized as a failure.", None),
    ("The hacker is often considered (at least by other hackers) to be quick.", None),
    ("It can scarcely be doubted that the measure will succeed.", "HC102"),
    ("It is not denied that the banks suspended payment.", "HC102"),
    ("It may be doubted whether the measure will succeed.", None),
    ("Nor can it be denied that the banks suspended payment.", "HC102"),
    ("Nor is it to be doubted that the measure will succeed.", "HC102"),
    ("It was hardly to be doubted that the banks suspended payment.", "HC102"),
    ("Nor is it denied that the banks suspended payment.", None),
    ("Nor can it be doubted whether the measure will succeed.", None),
    ("That the old scheme failed can not be doubted.", "HC102"),
    ("The right of the governed to resist can not now be questioned.", "HC102"),
    ("That we are making sacrifices to that end none can deny.", "HC102"),
    ("No one can doubt that the loss would be very great.", "HC102"),
    ("Our struggle for a fair tariff cannot and will not be denied.", None),
    ("The vote can not be denied to any citizen.", None),
    ("The old bridge is popularly regarded as Roman work.", "HC101"),
    ("The canal has been most generally considered the finest in the county.", "HC101"),
    ("The harbour is far older than has generally been supposed.", "HC101"),
    ("The word is often taken to mean a kind of tool.", "HC101"),
    ("Anarchy is not disorder, as is generally supposed.", None),
    ("The callback is usually supposed to return a list.", None),
    ("The value is usually taken as the default.", None),
)
