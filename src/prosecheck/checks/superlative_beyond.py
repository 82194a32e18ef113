"""Comparisons with everything else (issue 11, forty-fourth session, slrec44).

A comparison whose standard is every rival there is claims what a superlative claims, with no
superlative form. ``superlative_frames`` reads most of them ("nothing is more important than",
"none brings greater promise than", "more than any other"); two shapes it passed over:

* **"none" outdone after a preposition or a stance adverb** (:func:`none_opens`): "interesting to
  other powers, and to none more so than to the United States", "needed by all classes; by none
  more than the holders of property", "in various instances, and in none more than in respect
  to", "and surely none more so than the United States", and "none" followed by its own verb
  wherever it stands ("in the halls of Congress none are of greater gravity than"). Only the
  opening of ``none_outdoes`` changes: "none", a comparative and "than" within nine words are
  still asked for. Not "in respect to none am I more inclined to do so than" (the speaker's own
  leaning), nor "I can think of none more important than" ("of": "none" is the object of
  the speaker's own view), nor Python's ``None`` after a preposition ("set to None").
  And "to no portion of it more so" (:func:`no_part_more_so`): a part of a whole denied after a
  preposition, then "more so".
* **praise no estimate can reach** (:func:`beyond_estimate`): "can not be overestimated", "cannot
  be overstated", "can not be estimated too highly", "It would be impossible to overstate": the
  thing is ranked above any measure of it. Not "This cannot be overstated: check the origin" (a
  bare "this": the writer's emphasis on the advice around it), "I can not too strongly urge upon
  you" (no "be": the speaker's own insistence), nor "are often exaggerated" (no modal: a view of
  others).

Each function reads the normalised words of one sentence (``lw``) around word ``i`` within a few
words: no scan of the sentence.
"""

from __future__ import annotations

from typing import Optional

#: Prepositions "none" may follow and still be outdone by the one named after "than": "to none
#: more so than to", "by none more than the holders", "in none more than in respect to". Not
#: "of" ("I can think of none more important than": the object of a view).
_PREPOSITIONS = frozenset({"to", "by", "in", "for", "with", "among", "amongst", "upon", "from", "on"})
#: Stance adverbs between a clause's opening and "none": "and surely none more so than".
_STANCE = frozenset({"surely", "certainly", "perhaps", "probably", "possibly", "doubtless", "assuredly"})
#: Verbs right after "none" that make it the subject of its clause wherever it stands: "none are
#: of greater gravity than", "none has done more".
_VERBS = frozenset("is are was were has have had can could will would does do did seems seem am".split())
#: Conditions before "none" and its verb: "if none is larger than the limit", a program's test.
_CONDITIONS = frozenset({"if", "when", "whether", "unless", "until", "where", "once"})
#: The speaker after an inverted verb: "in respect to none am I more inclined to do so than".
_SPEAKERS = frozenset({"i", "we"})


def none_opens(lw, i: int, opens_before, capitalised=None) -> bool:
    """``lw[i]`` is "none" after a preposition (not Python's ``None``: ``capitalised(i)``), after a
    stance adverb where a clause opens (``opens_before(k)``: a clause may open at word ``k``), or
    before its own verb: "none" may head the comparison of ``superlative_frames.none_outdoes``."""
    if i + 2 < len(lw) and lw[i + 1] in _VERBS and lw[i + 2] in _SPEAKERS:
        return False  # "in respect to none am I more inclined to do so than": the speaker's own leaning
    if i + 1 < len(lw) and lw[i + 1] in _VERBS:
        return not (i and lw[i - 1] in _CONDITIONS)  # "none are of greater gravity than"; not "if none is larger than the limit"
    if not i:
        return False
    prev = lw[i - 1]
    if prev in _PREPOSITIONS:
        return not (capitalised is not None and capitalised(i))  # "defaults to None", a value
    return prev in _STANCE and opens_before(i - 1)  # "and surely none more so than"


#: Words that may close the part of a whole after "no": "to no portion of it more so".
_WHOLE = frozenset({"it", "them", "these", "those", "this", "that"})


def no_part_more_so(lw, i: int) -> Optional[tuple[int, int]]:
    """``lw[i]`` is "no" after a preposition, then a noun (and "of it"), then "more so": "to no
    portion of it more so, in certain views, than to the United States", "and to no people more
    so". ``(first, last)`` from the preposition to "so", or None."""
    n = len(lw)
    if not i or lw[i - 1] not in _PREPOSITIONS or i + 3 >= n or not lw[i + 1].isalpha():
        return None
    k = i + 2
    if k + 1 < n and lw[k] == "of" and lw[k + 1] in _WHOLE:
        k += 2
    if k + 1 < n and lw[k] == "more" and lw[k + 1] == "so":
        return i - 1, k + 1
    return None


#: Participles of a measure overshot: "can not be overestimated", "cannot be overstated".
_OVER = frozenset(
    "overestimated over-estimated overstated over-stated overrated over-rated exaggerated overemphasized "
    "overemphasised over-emphasized over-emphasised".split()
)
#: Their infinitives after "impossible to" or "hard to": "It would be impossible to overstate".
_OVER_VERBS = frozenset("overestimate over-estimate overstate over-state exaggerate overemphasize overemphasise overrate".split())
#: Participles of a measure that "too highly" overshoots: "can not be estimated too highly".
_MEASURED = frozenset(
    "estimated valued prized praised rated appreciated esteemed commended emphasized emphasised stressed "
    "honored honoured".split()
)
_TOO = frozenset({"highly", "much", "strongly", "greatly"})
#: A modal denied before "be": "cannot be", "can not be", "can hardly be", "could never be".
_DENIED_MODALS = frozenset({"cannot", "can't", "couldn't"})
_DENIALS = frozenset({"not", "hardly", "scarcely", "never"})
_MODALS = frozenset({"can", "could"})
#: What may stand before "to overstate": "impossible to", "hard to", "difficult to".
_CANNOT_ADJECTIVES = frozenset({"impossible", "hard", "difficult"})

#: The words beyond_estimate starts from.
TRIGGERS = _OVER | _OVER_VERBS | {"too"}


def _denied_be(lw, k: int) -> Optional[int]:
    """``lw[k]`` is "be" after a denied modal ("cannot be", "can not be", "can hardly be"): the
    index of the modal, or None."""
    if k < 1 or lw[k] != "be":
        return None
    if lw[k - 1] in _DENIED_MODALS:
        return k - 1
    if k >= 2 and lw[k - 1] in _DENIALS and lw[k - 2] in _MODALS:
        return k - 2
    return None


def _points_back(lw, m: int) -> bool:
    """The modal at ``m`` has "this" or "that" alone as its subject: "This cannot be overstated:
    failure to check the origin enables ...", the writer's emphasis on the advice around it, not a
    thing ranked above any measure."""
    return m >= 1 and lw[m - 1] in ("this", "that") and (m == 1 or not lw[m - 2].isalpha() or lw[m - 2] in ("and", "but"))


def beyond_estimate(lw, i: int) -> Optional[tuple[int, int]]:
    """``lw[i]`` is an over-participle, an over-infinitive or "too": ``(first, last)`` of "can not
    be overestimated", "can not be estimated too highly" or "impossible to overstate", or None."""
    w = lw[i]
    if w in _OVER:
        m = _denied_be(lw, i - 1)
        return (m, i) if m is not None and not _points_back(lw, m) else None
    if w in _OVER_VERBS:
        if i >= 2 and lw[i - 1] == "to" and lw[i - 2] in _CANNOT_ADJECTIVES:
            return i - 2, i  # "It would be impossible to overstate"
        return None
    if w == "too" and i + 1 < len(lw) and lw[i + 1] in _TOO and i >= 2 and lw[i - 1] in _MEASURED:
        m = _denied_be(lw, i - 2)
        return (m, i + 1) if m is not None and not _points_back(lw, m) else None  # "can not be estimated too highly"
    return None


# --- "on a scale unmatched by any other nation" -------------------------------------------------

#: What "unmatched" may be followed by when it stands after its noun or a relative, a claim with
#: its rivals or its scope: "unmatched by any other nation", "unmatched in the history of
#: freedom", "abundance unmatched on this globe", "unmatched anywhere", "unmatched today in manned
#: bombers". Not before a noun ("unmatched brackets": the lexicon's predicate test reads that).
_UNMATCHED_AFTER = frozenset({"by", "in", "on", "anywhere", "today", "among", "since"})


def unmatched_by(lw, i: int) -> Optional[tuple[int, int]]:
    """``lw[i]`` is "unmatched" followed by a preposition of its rivals or scope (not denied, and
    not "unmatched by <a determiner> ..." naming one matcher, "unmatched by the router"): ``(i, i +
    1)``, or None. The caller reports it outside technical writing only, where "brackets left
    unmatched in the input" is a program's state."""
    n = len(lw)
    if i + 2 >= n or lw[i + 1] not in _UNMATCHED_AFTER or (i and lw[i - 1] in ("not", "n't", "never")):
        return None
    if lw[i + 1] == "by" and lw[i + 2] not in ("any", "anyone", "anybody", "anything", "those", "peoples", "people", "that"):
        return None  # "unmatched by the router": one matcher named
    return i, i + 1
