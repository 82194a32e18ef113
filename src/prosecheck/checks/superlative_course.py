"""A course ranked best as the complement of "to be" (issue 11, fifty-sixth session, rank56).

"Working together is the best way to solve our problems", "private health insurance is the best
way to meet their needs", "National service is the most democratic way to wage a war", "weakness
is the surest path to conflict": a speaker's or writer's policy ranked above every other course,
the predicate form of "The best way to reduce spending is ..." (superlative_subjects.
ranked_course, which reads it heading the subject). The advice gate of the superlative reader
(``advice_noun``: "the best way to install it") lets these pass unless a name is the subject;
here the subject is any noun phrase, the caller keeps the finding outside technical writing only
(in documentation "a cross-merge is the best way to resolve them" is advice to the reader).

Read: "the", the superlative (or "most" and its adjective), a course noun (``COURSE_NOUNS``), then
"to" or "of" and not a verb of the writer's own telling ("the best way to put it"); before "the",
at most two adverbs ("is often the easiest way", "is still the best way") and a present or past
"is"/"are"/"was"/"were"/"remains", after a subject word that is not a pronoun, a demonstrative or
a word of time ("it is the best way", "this is the best way", "now is the best time": the
subject is what the sentence around it said, or a moment). Not after a modal or a denial in the
three words before the verb ("may be the easiest way", "is not the best way"), not past a mark.
Reads the normalised words of one sentence (``lw``) at one trigger, a fixed number of words
forward and back.
"""

from __future__ import annotations

from typing import Callable, Optional

#: The courses a speaker ranks: "the best way to", "the surest path to", "the best means of".
COURSE_NOUNS = frozenset({"way", "means", "path", "method", "approach", "strategy"})
#: The same courses counted among the first: "is one of the best ways to do that" (rank58).
_PLURAL_COURSES = frozenset({"ways", "means", "paths", "methods", "approaches", "strategies"})
_VERBS = frozenset({"is", "are", "was", "were", "remains", "remain", "remained"})
#: Subjects that name nothing of their own: a pronoun, a demonstrative, a moment.
_NOT_SUBJECTS = frozenset(
    "it this that these those there here which what who whom he she they we you i one now today then "
    "tomorrow yesterday so".split()
)
#: A demonstrative that points at the policy just named: "because that is one of the best ways to
#: keep our people healthy" (with "one of" only: "this is the best way" is a guide's advice too).
_POINTING = frozenset({"this", "that"})
#: Before the verb: a modal weighs the course, a denial refuses it.
_NOT_RANKED = frozenset("would could might may must should can will shall not never".split())
#: Verbs of the writer's own telling after "to": "the best way to put it".
_TELLING = frozenset("describe say put explain summarize summarise".split())
#: Adverbs that may stand between the verb and "the": "is often the easiest way".
_ADVERBS = frozenset("still often usually always simply really clearly surely certainly truly probably perhaps also".split())


def course_said(lw, i: int, superlative: frozenset, gap: Callable[[int], str]) -> Optional[tuple[int, int]]:
    """``(the, noun)`` of "<subject> is the best way to <verb>" when ``lw[i]`` is a superlative of
    ``superlative`` (or the "most" of "the most democratic"), else None."""
    n = len(lw)
    w = lw[i]
    if i < 3 or lw[i - 1] != "the":
        return None
    if w == "most":
        end = i + 1
        if end >= n or not lw[end].isalpha() or gap(i).strip():
            return None
    elif w in superlative:
        end = i
    else:
        return None
    noun = end + 1
    j = i - 1  # "the"
    one_of = j >= 2 and lw[j - 1] == "of" and lw[j - 2] == "one"
    nouns = _PLURAL_COURSES if one_of else COURSE_NOUNS
    if noun + 2 >= n or lw[noun] not in nouns or gap(end).strip() or gap(noun).strip():
        return None
    if lw[noun + 1] not in ("to", "of") or lw[noun + 2] in _TELLING:
        return None
    if one_of:
        if any(gap(k).strip() for k in range(j - 2, j)):
            return None
        j -= 2  # "is one of the best ways to ...": the course ranked among the first of all (rank58)
    p = j - 1
    while p >= 0 and lw[p] in _ADVERBS:
        p -= 1
    if p < 1 or lw[p] not in _VERBS or any(gap(k).strip() for k in range(p, j)):
        return None
    subject = lw[p - 1]
    if (subject in _NOT_SUBJECTS and not (one_of and subject in _POINTING)) or not subject.replace("-", "").isalpha() or gap(p - 1).strip():
        return None
    if any(x in _NOT_RANKED or x.endswith("n't") for x in lw[max(0, p - 3) : p]):
        return None
    return j, noun
