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
"""

from __future__ import annotations

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
