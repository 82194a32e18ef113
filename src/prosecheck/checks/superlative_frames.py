"""Superlatives that stand where SL101's frames do not look (issue 11, twelfth session).

SL101 reports a superlative when the sentence's shape makes it a claim about a subject ("X is
the best", a tagline, "one of the most", "the world's largest", a scope such as "in the
world"). Speeches, opinion and announcements also claim in two shapes those frames pass over:

* **a record over history** (:func:`historical_record`): a superlative or "first" ranked across
  all the years there have been: "at their highest levels in history", "the smallest budget
  since 1951", "for the first time in history", "an all-time record";
* **a comparative absolute** (:func:`comparative_absolute`): a comparison that denies any rival,
  which claims what a superlative does: "nothing is more important than", "no issue is more
  important", "Never has there been a more exciting time", "there is no clearer test".

A third shape was measured and left out: an evaluative superlative wherever it stands ("can
solve the greatest problem", "the most tragic loss" as an object). On the labelled sets it flagged
more traps than claims ("For the greatest benefit, use ...", "The most significant change is",
"providing the best developer experience"): see the code page SL101.

Each function reads the normalised words of one sentence (``lw``) from the trigger word at
``i`` and returns the first and last words of the claim, or None.
"""

from __future__ import annotations

from typing import Optional

#: The classes, in the order the check tries them (also the names the evaluation uses).
CLASSES = ("history", "comparative")

# Comparatives that deny a rival when "no", "nothing" or "never" governs them: "nothing is
# better", "no clearer test". Not "no more", "no longer", "no less", "no fewer", "no later":
# quantities and times ("no more than 10 files", "no longer supported").
_COMPARATIVES = frozenset(
    "better greater worse clearer bigger larger stronger finer higher easier simpler faster safer "
    "truer nobler wiser dearer harder".split()
)
# Verbs and auxiliaries between "nothing"/"no <noun>" and the comparative: "nothing is more
# important", "no issue could be more urgent", "nothing has been more damaging".
_LINKING = frozenset("is are was were be been has have had could can would will may might matters".split())
# Words between "never" and its comparative: "Never has there been a more exciting time", "it
# has never been easier", "never before has the world been so ...".
_NEVER_FILLERS = frozenset("has have had was were is are been there it we they the world a an before".split())
# Words that cannot be the noun after "no <comparative>": "no better than", "no greater in".
_NOT_HEAD_NOUNS = frozenset("than of in on at to for by from with and or as".split())
# Words that may follow "no" before a noun it denies: "no single issue", "no other people".
_NOUN_LEAD = frozenset({"other", "single"})


def _comparative_at(lw, k: int) -> Optional[int]:
    """The last word of a comparative at ``k`` ("better", "more important", "more
    damaging"), not one of quantity ("more than", "more of"); else None."""
    n = len(lw)
    if k >= n:
        return None
    if lw[k] in _COMPARATIVES:
        return k
    if lw[k] == "more" and k + 1 < n:
        adj = lw[k + 1]
        if adj.isalpha() and adj not in _NOT_HEAD_NOUNS and len(adj) > 3:
            return k + 1
    return None


def comparative_absolute(lw, i: int, gaps=None, advice=frozenset()) -> Optional[tuple[int, int]]:
    """"nothing is more important than", "no issue is more important", "no clearer test",
    "Never has there been a more exciting time", "it has never been easier": a comparison that
    leaves no rival. Not "nothing more than a wrapper" (merely), "no more than 10" (a limit),
    "no better than" (a comparison with one named rival), "never more than 5 retries".
    ``gaps(k)`` is the text between words ``k`` and ``k + 1`` (None: a space); ``advice``: the
    nouns that make "no better way to learn it than ..." advice, as "the best way to" is (A5)."""
    n = len(lw)
    w = lw[i]
    if w == "nothing":
        k = i + 1
        linked = False
        while k < n and k <= i + 3 and lw[k] in _LINKING:
            k += 1
            linked = True
        end = _comparative_at(lw, k) if linked else None
        return (i, end) if end is not None else None
    if w == "no":
        k = i + 1
        if k < n and lw[k] in _NOUN_LEAD:
            k += 1
        if k < n and lw[k] in _COMPARATIVES:
            # "no clearer test", "no greater threat": a noun must follow the comparative (and
            # not "more": "No more parsing" ends a chore, it ranks nothing)
            head = lw[k + 1] if k + 1 < n else ""
            if gaps is not None and head and gaps(k).strip():
                return None  # "as simple as possible, but no simpler" ending a list item
            if head in advice:
                return None  # "there is no better way to learn a library than its tests": advice
            return (i, k + 1) if head.isalpha() and head not in _NOT_HEAD_NOUNS else None
        # "no issue is more important", "no people are better placed"
        if k < n and lw[k].isalpha() and lw[k] not in _NOT_HEAD_NOUNS and k + 1 < n and lw[k + 1] in _LINKING:
            m = k + 1
            while m < n and m <= k + 3 and lw[m] in _LINKING:
                m += 1
            end = _comparative_at(lw, m)
            return (i, end) if end is not None else None
        return None
    if w == "never":
        k = i + 1
        while k < n and k <= i + 5 and lw[k] in _NEVER_FILLERS:
            k += 1
        if k == i + 1 or "been" not in lw[i + 1 : k] and lw[i + 1] not in ("has", "have", "had", "was", "were"):
            return None  # "never more than 5 retries", "never better": no state of being is denied
        end = _comparative_at(lw, k)
        if end is None:
            return None
        if end + 1 < n and lw[end + 1] == "than":
            return None  # "has never been larger than 100": a bound
        return i, end
    return None


# Determiners a superlative of record may follow: "the largest", "their highest levels".
RECORD_DETERMINERS = frozenset({"the", "its", "their", "our", "his", "her"})
# What "in ... history" may hold: "in history", "in our history", "in the nation's history",
# "in recorded history", "in the history of".
_HISTORY_QUALIFIERS = frozenset({"the", "our", "its", "their", "recorded", "modern", "recent", "american", "human"})
# Nouns after "an all-time" that make it a record of the world: "an all-time high".
_RECORD_NOUNS = frozenset(
    "high highs low lows level levels number numbers year pace amount sum total figure peak".split()
)


def _is_year(w: str) -> bool:
    w = w.removesuffix("s").removesuffix("'")
    return len(w) == 4 and w.isdigit() and w[:2] in ("17", "18", "19", "20")


def _history_scope(lw, k: int) -> Optional[int]:
    """The last word of a historical scope starting at ``k``: "in history", "in our history",
    "since 1951", "since the 1930s", "ever", "ever recorded", "on record", "of all time"; else None."""
    n = len(lw)
    w = lw[k]
    if w == "ever":
        # "the greatest ever", "the highest ever recorded"; not "the largest value ever seen"
        # (what a program keeps), which the caller rules out by the word's place
        return k + 1 if k + 1 < n and lw[k + 1] in ("recorded", "measured") else k
    if w == "since" and k + 1 < n:
        if _is_year(lw[k + 1]):
            return k + 1
        if lw[k + 1] == "the" and k + 2 < n and _is_year(lw[k + 2]):
            return k + 2
        return None
    if w == "in":
        m = k + 1
        while m < n and m <= k + 3 and (lw[m] in _HISTORY_QUALIFIERS or lw[m].endswith("'s")):
            m += 1
        return m if m < n and lw[m] == "history" else None
    if w == "on" and k + 1 < n and lw[k + 1] == "record":
        return k + 1
    if w == "of" and lw[k + 1 : k + 3] == ["all", "time"]:
        return k + 2
    return None


def historical_record(lex, lw, i: int) -> Optional[tuple[int, int]]:
    """A superlative, or "first", ranked over all the years there have been: "at their highest
    levels in history", "the smallest budget since 1951", "for the first time in history", "an
    all-time record". The first and last words of the record (its determiner
    to the end of its scope: "the smallest budget since 1951"); None when no historical scope
    follows within its noun phrase ("the largest file", "for the first time you run it")."""
    n = len(lw)
    w = lw[i]
    if w == "all-time":
        # "an all-time record", "set an all-time high". Not "record" alone: "keeping interest
        # rates near zero -- and at record lows" (news-dev) reports a figure's level, no claim
        if i + 1 >= n or lw[i + 1] not in _RECORD_NOUNS | {"record", "records"}:
            return None
        return (i - 1 if i and lw[i - 1] in ("a", "an", "the") else i), i + 1
    if i == 0 or lw[i - 1] not in RECORD_DETERMINERS:
        if not (w == "first" and i >= 2 and lw[i - 1] == "the"):
            return None
    if w != "first" and w not in lex.superlative and w != "most":
        return None
    end = i + 1 if w == "most" else i
    if end >= n:
        return None
    # The scope may stand right after the word or after its noun (at most three words):
    # "the greatest since 1963", "the smallest budget since 1951", "their highest levels in history".
    for k in range(end + 1, min(n, end + 5)):
        if _history_scope(lw, k) is not None:
            if lw[k] == "ever" and k > end + 1 and k + 1 < n and lw[k + 1].isalpha() and lw[k + 1] not in ("recorded", "measured"):
                return None  # "the largest value ever seen": after the noun, "ever" must end the phrase
            if w == "first" and lw[end + 1] != "time":
                # "the first release since 2019": an order; "the first ever incompatible
                # release": a fact of a project's own history (fresh-docs marks it a trap)
                return None
            return i - 1, _history_scope(lw, k)  # the whole record: "the smallest budget since 1951"
        if not lw[k].replace("-", "").isalpha():
            return None
    return None
