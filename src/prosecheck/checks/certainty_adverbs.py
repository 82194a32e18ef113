"""Where "indeed" and "inevitably" insist on a claim inside its verb.

* "indeed" between a form of "to be" and what it asserts, with no comma ("was indeed portrayed
  as", "It was indeed a near thing", "is indeed universal"): the writer vouches that the claim is
  true, as "do in fact exist" does. Not after "there" ("There are indeed properties": it vouches
  only that something exists), not before "possible" ("it is indeed possible": a possibility),
  not in a clause of doubt or checking ("if it is indeed a bug", "check that the new
  output is indeed the same"), not after "do" ("does indeed do", "do
  indeed form a community": both traps of the sets, a confirmation of what was just said).
* "inevitably" before the verb it makes certain ("he inevitably creates forms", "this
  inevitably means", "such people are inevitably led"): the writer presents a consequence as
  bound to happen. Not before an adjective or a participle that qualifies a noun ("their
  inevitably limited policing", "this inevitably abbreviated rendering"), not after "would" or
  "to" ("would inevitably attach", "expecting a drug inevitably to result": a conditional or
  someone's expectation), not opening the sentence ("Inevitably, Mrs. Hull died": narration).

* "manifestly" inside a present "to be" ("it is manifestly the first interest and duty of the
  state", "are manifestly of the first consequence", "it manifestly is fair"): the writer puts his
  predicate beyond question now. Not in the past, the conditional or after another verb ("It was
  manifestly the duty of", "would be manifestly unjust", "has operated manifestly in favor of the
  colonies"), nor opening the sentence ("Manifestly if we are to aid the people", "Manifestly, we
  have need to begin"): over the ninety-four sets those were traps six times of six, the present
  predicate right five times of five (boost44).

* "demonstrably" after a verb of becoming or appearing says how a state shows ("he becomes
  demonstrably riled", news-dev: visibly), not that a claim is proven ("One was demonstrably
  false").

Measured in issue 11's fourteenth session (HC102.md). Words are the sentence's normalised words.
"""

from __future__ import annotations

from prosecheck.checks.sentence_memo import any_before

_BE = frozenset("is are was were".split())
_THERE = frozenset({"there", "there's"})
_POSSIBLE = frozenset({"possible", "impossible", "likely", "unlikely", "conceivable"})
# A clause of doubt or of checking: "if it is indeed a bug", "check that the new output is
# indeed the same", "Be sure that the improved API is indeed better" (the corpus's first two
# findings of this test were so: the writer asks the reader to confirm, and claims nothing).
_DOUBT = frozenset("if whether sure check checks verify verifies ensure ensures confirm confirms".split())


def indeed_in_verb(lw, b: int, words, prose: str) -> bool:
    """ "It was indeed a near thing": "indeed" right after "to be", no comma around it."""
    if lw[b] != "indeed" or b < 1 or b + 1 >= len(lw) or lw[b - 1] not in _BE:
        return False
    if prose[words[b - 1].end : words[b + 1].start].count(",") or not lw[b + 1].isalpha():
        return False
    if not _THERE.isdisjoint(lw[max(0, b - 3) : b - 1]) or lw[b + 1] in _POSSIBLE:
        return False
    return not any_before(lw, _DOUBT, b)  # (not a copy of the sentence up to "indeed" per "indeed")


# Subjects "inevitably" may follow: a pronoun or a noun; not a determiner or a possessive, whose
# noun comes after ("their inevitably limited policing").
_NOT_SUBJECTS = frozenset(
    "a an the their its his her our my your whose would will to can could may might should must and or but".split()
)
# Modals that foretell ("will inevitably lead to", "must inevitably arise"); "would" and "must"
# too: in the sets the consequence so put is the writer's forecast 14 times of 23 in eleven sets
# (boost44), its traps mostly other exemptions' (a quotation, a condition, a ground given).
_FORETELLING = frozenset({"will", "would", "must", "shall"})
_NOT_VERBS = frozenset({"and", "or", "but", "so", "the", "a", "an"})
_BELIEFS = frozenset("believed believe believes feared fear fears thought think thinks expected expect expects supposed assumed predicted".split())
# Participles after "are inevitably" that do not end in -ed ("are inevitably led").
_IRREGULAR = frozenset("led drawn bound made seen done given taken brought driven thrown caught".split())


def inevitable_claim(lw, i: int, doc=None) -> bool:
    """ "he inevitably creates forms", "such people are inevitably led": "inevitably" inside a
    finite verb, the writer's certainty that it happens. ``doc``: the Document, whose genre the
    modal's shape asks ("will inevitably fail" is not read in technical writing)."""
    if lw[i] != "inevitably" or i < 1 or i + 1 >= len(lw):
        return False
    before, after = lw[i - 1], lw[i + 1]
    if before in _FORETELLING or (before == "almost" and i > 1 and lw[i - 2] in _FORETELLING):
        # "will inevitably lead to", "would inevitably result in ruin", "must inevitably arise",
        # "would almost inevitably be": the writer foretells the consequence as bound to follow
        # (boost44). Not a verb-less "will inevitably," or "must inevitably and", nor someone's
        # belief or fear ("the stigma they believed would inevitably attach": bellows' trap).
        if any(w in _BELIEFS for w in lw[max(0, i - 4) : i]):
            return False
        if i > 1 and lw[i - 2] == "there":
            return False  # "There will inevitably be conflicts": that something exists, a point granted
        if doc is not None and doc.technical:
            # "trying to call a method on it will inevitably fail": in documentation the
            # consequence follows from the mechanism just described (the corpus's one such
            # sentence; jointer's trap, the maintainer on his own modules). The genre is asked
            # only once the shape is there.
            return False
        return after.isalpha() and after not in _NOT_VERBS
    if before in _BE:
        # "are inevitably led to emphasize": the passive whose outcome is certain
        return after.endswith("ed") or after in _IRREGULAR
    if before in _NOT_SUBJECTS or not before.isalpha():
        return False
    # "this inevitably means": a verb in the present's third person; not "this inevitably
    # abbreviated rendering" (a participle before its noun)
    return len(after) > 3 and after.endswith("s") and not after.endswith(("ss", "us", "is"))


_BECOMING = frozenset("become becomes became becoming grow grows grew get gets got look looks looked seem seems seemed".split())


def visibly(lw, b: int) -> bool:
    """ "he becomes demonstrably riled": "demonstrably" as "visibly", the manner of a state."""
    return lw[b] == "demonstrably" and b > 0 and lw[b - 1] in _BECOMING


_PRESENT_BE = frozenset({"is", "are", "'s", "'re"})


def manifest_now(lw, b: int) -> bool:
    """ "it is manifestly the first interest", "it manifestly is fair": "manifestly" right after or
    right before a present "to be"."""
    return b > 0 and (lw[b - 1] in _PRESENT_BE or (b + 1 < len(lw) and lw[b + 1] in _PRESENT_BE))
