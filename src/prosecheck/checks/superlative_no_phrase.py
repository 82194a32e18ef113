"""A rival denied to a whole noun phrase (issue 11, forty-fifth session, slrec45).

superlative_frames.comparative_absolute reads "no" and one noun before a linking verb and a
comparative ("no issue is more important", "no people are better placed") and "no" right before a
comparative ("no greater threat"). The addresses, essays and reviews deny every rival with a longer
phrase, which it passes over:

* the noun grown by adjectives, a prepositional phrase or a participle before the linking verb:
  "No domestic challenge is more crucial", "no piece of unfinished business is more important",
  "No question growing out of our rapid and complex industrial development is more important",
  "Nothing just now is more important than ...";
* after an existential "there <be>", the comparative standing after the noun, as
  an adjective does after "no one" or "nothing": "There can be no crime more serious than
  bribery", "There is no class in the community more interested", "there is no section of the
  nation more ardent than the South", "There is nothing in the whole range of human experience
  more widely known"; not "I know of no strategy more likely" (the speaker's knowledge).

What nothing else matches is a claim a superlative makes (RULES 3: comparisons with everything
else). Outside technical writing only (the check drops kind "frame:nophrase" there: "there
are no known attacks significantly better than brute force" is a fact of the field). Not a bound
("no file in the folder is larger than 4 MB": a figure after "than"), a count or a limit ("no more than", "no longer", "no matter"; superlative_frames' lists), a modal of what
could be ("nothing can be more ..." is the sweeping statements' concern; here the linking words
may hold one, as comparative_absolute's do), nor a phrase that runs past a mark, a relative
pronoun or a conjunction (a clause of its own). Each call reads at most a dozen words from its
"no": linear in the sentence.

Measured over the ninety-four development sets before trammel-docs (start rules /tmp/e45s/exe):
10 claims found in ten sets (bellows, sledge, maul, ratchet, bodkin, nib, burr, flute, mortise,
dado), 2 traps flagged (hoe's "there is nothing of greater importance in all our foreign policy",
spindle's "No pecuniary consideration is more urgent than the regular redemption ... of the public
debt": kerf S280, the speaker ranking the tasks of his own programme, a reading the shape cannot
tell from Kennedy's "no piece of unfinished business is more important"), the same by the line and
the sentence pairing, every tier and the warning tier; nothing in trammel-, scorp- or fillister-docs.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.superlative_frames import (
    BE,
    LIMIT_NOUNS,
    LINKING,
    NOT_HEAD_NOUNS,
    comparative_at,
)

#: How many words the denied phrase may hold after "no" ("no question growing out of our rapid
#: and complex industrial development" is ten).
REACH = 11

#: Words that end the noun phrase: a relative or a subordinate clause of its own ("no town that
#: ..."), a negation, a comparison with one named thing ("no better than", "no such ... as").
_PHRASE_ENDS = frozenset(
    """that which who whom whose where when if unless because but than as so such
    not nor until while whether although though""".split()
)
#: Existential openers before "no" whose noun the comparative may follow directly ("there is no
#: crime more serious"): forms of "be" after "there" (past an adverb or a modal).
_THERE_FILLERS = BE | frozenset({"has", "have", "had", "can", "could", "will", "would", "may", "might", "perhaps", "surely", "certainly", "'s", "s"})


def _existential(lw, i: int) -> bool:
    """"there is no", "There can be no", "there's been no", "There is perhaps no". Not "I know of
    no strategy more likely": the speaker's own knowledge, a view (rake- and maul-docs' traps)."""
    j = i - 1
    steps = 0
    while j >= 0 and steps < 3 and lw[j] in _THERE_FILLERS:
        j -= 1
        steps += 1
    if steps and j >= 0 and lw[j] in ("there", "there's", "there\u2019s"):
        return True
    if not steps and j >= 0 and lw[j] in ("there's", "there\u2019s"):
        return True
    return False


def _figure_after_than(lw, end: int) -> bool:
    """"larger than 4 MB", "more important than ten": a bound, not a rival."""
    n = len(lw)
    if end + 1 < n and lw[end + 1] == "than":
        rival = lw[end + 2] if end + 2 < n else ""
        return not rival or rival[:1].isdigit() or rival in ("a", "an", "one", "two", "three", "ten", "twice")
    return False


def no_phrase_comparative(lw, i: int, gaps=None) -> Optional[tuple[int, int]]:
    """``lw[i]`` is "no" or "nothing": the first and last words of a rival denied to the phrase it
    heads (module docstring), or None. ``gaps(k)``: the text between words ``k`` and ``k + 1``."""
    n = len(lw)
    if lw[i] == "no":
        k = i + 1
        if k >= n or not lw[k].isalpha() or lw[k] in LIMIT_NOUNS or lw[k] in NOT_HEAD_NOUNS:
            return None
        if lw[k] in ("more", "less", "longer", "matter", "doubt"):
            return None
    elif lw[i] != "nothing":
        return None
    existential = _existential(lw, i)
    for m in range(i + 1, min(n, i + 1 + REACH)):
        if gaps is not None and (gaps(m - 1) or "").strip():
            return None  # a comma, a dash or a parenthesis: another phrase
        w = lw[m]
        if w in LINKING:
            if m == i + 1:
                return None  # "nothing is more ...": comparative_absolute's own
            k = m
            while k < n and k <= m + 3 and lw[k] in LINKING:
                k += 1
            if not any(lw[t] in BE for t in range(m, k)):
                return None  # "no X has occupied more time": a verb of doing, not of being
            end = comparative_at(lw, k)
            if end is None or _figure_after_than(lw, end):
                return None
            return i, end
        if existential and (m >= i + 2 or lw[i] == "nothing"):
            end = comparative_at(lw, m)
            if end is not None:
                return None if _figure_after_than(lw, end) else (i, end)
        if not w.replace("-", "").replace("'", "").replace("\u2019", "").isalpha() or w in _PHRASE_ENDS or w in ("more", "less"):
            return None
        if w in ("and", "or") and m + 1 < n and lw[m + 1] in LINKING:
            return None  # "brings no advantage and may be more costly": a second predicate
    return None
