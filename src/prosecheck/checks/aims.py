"""What the speaker says ought to be, or means to make so: aims and pledges, not claims about what
is (issue 11, sixteenth session; the sets' rules A4, M4, N5). Shared by SL101's superlatives and
absolutes. Each function reads the normalised words of one sentence (``lw``).

* **a moral "should" of nobody** (:func:`moral_should`): "No one should ever have to suffer the
  heartache", "Nobody should have nightmare-like software on their system": what ought to be. Not
  a comparison ("Nobody should be more able to answer than the chief engineers": a judgement of
  who knows best, chisel-docs' positive), which ranks.
* **what we can make of something** (:func:`we_can_make`): "we can make the years leading to our
  Bicentennial the best four years in American history", "We can make our communities safer, ...
  and our middle class bigger and more prosperous than ever before": a goal the speaker sets. Not
  "let us work together to make this year's session the best in the Nation's history" (kiln-docs
  labels it a claim), nor a thing that will make another so ("The new safety will make this
  lever-action more appealing than ever": a product's effect, tongs-docs' positive).
* **a pledge for "our" people** (:func:`pledge_of_ours`): "our country will never forget the debt
  we owe": the speaker's promise on behalf of the group, like "we will never forget".

And the other way round (issue 11, twenty-first session), an infinitive that states and aims at
nothing (:func:`states_not_aims`): "America used to have the best roads, bridges, and airports on
Earth", "C was and continues to be the best language for ...", "Americans are proving once again
to be the hardest working people in the world".
"""

from __future__ import annotations

from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.sentence_memo import any_from

# Words that make "should" a comparison, which ranks: "should be more able ... than".
_COMPARING = frozenset({"more", "less", "better", "worse"})
_THAN = frozenset({"than"})


def moral_should(lw, k: int) -> bool:
    """``lw[k]`` is "should" (or "ought") after "nobody"/"no one": what ought to be, unless it
    compares ("should be more able than")."""
    if k >= len(lw) or lw[k] not in ("should", "ought"):
        return False
    rest = lw[k + 1 : k + 4]
    if "be" in rest:
        after = lw[k + 1 + rest.index("be") + 1 : k + 1 + rest.index("be") + 3]
        # (a "than" at or after ``k``, read from the sentence's word places: ``"than" in lw[k:]``
        # copied the rest of the sentence per "nobody should", quadratic in a long one)
        if any(w in _COMPARING or (w.endswith("er") and any_from(lw, _THAN, k)) for w in after):
            return False
    return True


_MODALS = frozenset({"can", "could", "will", "shall", "'ll", "\u2019ll", "must"})
_MAKING = frozenset({"make", "build", "create", "keep"})
# Words that end the clause "we can make" governs: a new finite clause starts after them.
_CLAUSE_BREAKS = frozenset({"but", "because", "since", "although", "though", "while", "so", "when", "if"})
# How far the goal's object may run: "our communities safer, our families stronger, ... and our
# middle class bigger and more prosperous than ever before" is 23 words.
_REACH = 30


def we_can_make(lw, a: int) -> bool:
    """The superlative at ``a`` is the end state of "we can make ...": a goal of the speaker."""
    for m in range(a - 1, max(-1, a - _REACH), -1):
        w = lw[m]
        if w in _CLAUSE_BREAKS:
            return False
        if w in _MAKING:
            if lw[m + 1] in ("on", "upon"):
                # "we can build on the progress ...: ... their lowest levels in 40 years": a
                # record already reached that the speaker builds on, not a goal (eighteenth session)
                return False
            return m >= 2 and lw[m - 1] in _MODALS and lw[m - 2] == "we" or (
                m >= 1 and lw[m - 1] in ("we'll", "we\u2019ll"))
    return False


# "to make", "let's make", "let us make": the end state a goal sets out (twenty-seventh session).
_MAKE_GOAL = frozenset({"make", "making"})
# How far before the superlative "make" may stand: its object between ("this year's session",
# "this country", "America").
_MAKE_REACH = 7
# Words that end the goal's object: a second clause or item starts after them.
_MAKE_STOPS = frozenset({"and", "or", "nor", "than"})


def to_make(lw, a: int, gap=None) -> bool:
    """The superlative at ``a`` is the end state of an infinitive or an exhortation of making:
    "Let's make this country the safest big country in the world", "on our way to making America
    the safest big country in the world" (adze-docs), "We have to make America the best place on
    Earth to do business" (hone-docs), "to make this the greatest Congress in the history of this
    great and good country" (bevel-docs): a goal (kiln M4), as "we can make" is. Not a result
    stated ("features that make it the most complete browser", "making Firefox the most private
    browser": no "to" or "let" before the verb), and "make" needs an object before the
    superlative ("to make the best use of", a way of doing). Not "the first ... to" either: "asking
    us to make her the first president to take the oath" names what she would be, a record of a
    person (superlatives._first_to), not a ranking aimed at. ``gap(k)``: the text between words
    ``k`` and ``k + 1``; a mark between the verb and the superlative ends the goal ("if you want
    to make it work, cookies offer the best")."""
    if a + 1 < len(lw) and lw[a + 1] in ("first", "very"):
        return False
    if a < 1 or (gap is not None and gap(a - 1).strip()):
        return False
    for m in range(a - 2, max(-1, a - 1 - _MAKE_REACH), -1):
        w = lw[m]
        if w in _CLAUSE_BREAKS or w in _MAKE_STOPS or not w.replace("'", "").replace("\u2019", "").isalpha():
            return False  # (and "to make it the best tool and bear the heaviest burden": two)
        if gap is not None and gap(m).strip():
            return False
        if w in _MAKE_GOAL:
            before = lw[m - 1] if m >= 1 else ""
            return before == "to" or before in ("let's", "let\u2019s") or (
                before == "us" and m >= 2 and lw[m - 2] == "let")
    return False


def let_it_be(lw, a: int) -> bool:
    """The superlative at ``a`` is in a wish of the form "Let <it> be ...": "Let this session of
    Congress be known as the session which ... helped to build more homes ... than any single
    session of Congress in the history of our Republic" (kiln-docs' negative, M4: a goal; twentieth
    session). Not "Let me say it again: ...", "Let us start with ...": the speaker's own turn."""
    if len(lw) < 3 or lw[0] != "let" or lw[1] in ("me", "us", "'s", "\u2019s"):
        return False
    return "be" in lw[2:a]


# Auxiliaries of a promise.
_PLEDGES = frozenset({"will", "shall", "would"})


def pledge_of_ours(lw, s: int, i: int) -> bool:
    """The subject at ``s`` is "our <group>" and an auxiliary of promise stands between it and the
    adverb at ``i``: "our country will never forget"."""
    return s >= 1 and lw[s - 1] == "our" and s + 1 < i and lw[s + 1] in _PLEDGES


# Verbs whose infinitive states what is or was, no aim: a past habit ("used to have"), a state
# kept ("continues to be"), an outcome shown ("proving to be", "turned out to be").
_STATING = frozenset(
    "used continue continues continued continuing proving proved proves proven".split()
)
# Words between the verb and its "to": "proving once again to be".
_BETWEEN = frozenset({"once", "again", "still", "also", "now"})
# Before "used": the passive, "is used to have the fastest build", is a purpose, an aim.
_PASSIVE = frozenset("is are was were be been being".split())
# Words between "to" and the phrase: "to have", "to be", "to remain", "to become".
_INFINITIVES = frozenset({"be", "have", "remain", "become"})


def states_not_aims(lw, a: int) -> bool:
    """The phrase at ``a`` follows "to be"/"to have" after a verb whose infinitive states: "America
    used to have the best roads ... on Earth", "San Diego used to have the most illegal border
    crossings in our country" (mallet-docs), "we used to be number one in the world in
    infrastructure", "C was and continues to be the best language for ..." (vise-docs),
    "Americans are proving once again to be the hardest working people in the world" (lathe-docs).
    Not "is used to have the fastest build" (a purpose), "must continue to be the best" or "will
    continue to be the most powerful" (an aim, a prediction), nor "aims to be the best"."""
    p = a - 1
    if p >= 1 and lw[p] == "of" and lw[p - 1] in ("one", "some", "many", "several", "few"):
        p -= 2  # "used to be one of the best"
    if p < 2 or lw[p] not in _INFINITIVES or lw[p - 1] != "to":
        return False
    q = p - 2
    while q >= 0 and (lw[q] in _BETWEEN or ly_adverb(lw[q], 4)):
        q -= 1
    if q < 0:
        return False
    if lw[q] == "out":
        return q >= 1 and lw[q - 1] in ("turned", "turns", "turn")  # "turned out to be"
    if lw[q] == "used":
        return not (q >= 1 and lw[q - 1] in _PASSIVE)
    if lw[q] not in _STATING:
        return False
    # "must continue to be the best", "will continue to be the most powerful", "to continue to
    # be": an aim or a prediction again (forge-docs' "has to be that ... will continue to be")
    r = q - 1
    while r >= 0 and ly_adverb(lw[r], 4):
        r -= 1
    return not (r >= 0 and lw[r] in _AIMING)


# Before the stating verb, what makes it an aim or a prediction again.
_AIMING = frozenset({"to", "can", "could", "would", "should", "might", "may", "must", "will", "shall", "'ll", "\u2019ll"})
