"""A crowd that calls something by a name of its judgement (HC101): "some call Donald Trump a
populist", "Others call it a lost decade", "Some people call us utopians", "what some would call
cynicism", "that others call ugly", "what many analysts call a resurgence" ("called" only when
another word brings the sentence into the scan: ``TRIGGERS``).

The name is the crowd's verdict, handed to nobody named, as "some say he is a populist" is
(issue 11, sixtieth session, next60: the fifty-eighth session's crowd58 measured plain ``call``
after a quantity at 5 right / 3 other in the older sets and left it as the next candidate).
``hedging._group_claim`` reads the crowd (a quantity, a group noun, a quantity and a plural of
people; not one named before, "the critics", nor after a preposition); this module reads what
follows the verb, since "call" is documentation's verb for a deed ("most programs call the
function", "some plugins call it directly", "Others call into the library").

A naming has two parts after the verb, the thing and its name, or, when the thing stands before
the crowd ("what some call", "that others call"), the name alone:

* the thing after the verb is a personal pronoun ("call it", "call us", "call them") or a
  capitalised name ("call Donald Trump"), then its name: a word that is no particle,
  preposition, conjunction or adverb in "ly" ("call it a decade", "call us utopians"; not "call
  it directly", "call them from the hook", "call it with two arguments", "call it.");
* the thing before the crowd: ``what``, ``that``, ``which`` or ``whom`` right before it, and a
  name right after the verb under the same test ("what some call the lost decade"; not "the
  function that most plugins call first" ... "first" is on the list below, nor "which some call
  directly").

Not a reflexive ("capitalists call themselves anarchists": what a party calls itself is a fact of
its usage), not "this"/"that"/"the" + a noun as the thing ("some call the function twice": no
telling where the thing ends), not "as some call it" with nothing after it (a name the text just
used, credited in passing), not an office ("officials call it Operation Dawn": a body's own name
for its act; hedging leaves offices out).

One function reading at most six words after the verb: no scan.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.word_gaps import between

#: The verbs of naming (present plural and past: after a plural crowd "calls" is a noun, "most
#: function calls").
VERBS = frozenset({"call", "called"})
#: The verb that brings a sentence into hedging's scan. Not "called": every "is called", "what is
#: called" and "so-called" of every genre would be scanned, and other readings woken there
#: ("The last is called by some casuists the refusal assentive", a dictionary's naming, a trap in
#: crowbar-docs; vague_agent leaves "called" out of its triggers for the same reason). "Some have
#: called it the worst plan" is read when another word brings its sentence in, as foreseen_views
#: reads "would call".
TRIGGERS = frozenset({"call"})
#: A thing named after the verb: a personal pronoun (not a reflexive, not "this"/"that").
_PRONOUNS = frozenset({"it", "them", "him", "her", "us", "you", "me"})
#: Words before the crowd that make the thing named stand before it ("what some call").
RELATIVES = frozenset({"what", "that", "which", "whom"})
#: Words that cannot open a name: particles, prepositions, conjunctions, adverbs of time and
#: order, pronouns ("call it up", "call it with", "call them and", "call it first", "call it
#: again").
_NOT_NAME = frozenset(
    """
    up out in on off back down over into onto upon for from with by at to of about through via
    and or but nor so if when while because than as then that which who whom whose where
    again first last twice once now later soon early here there too also yet still just even
    it them him her us you me this these those we they i he she
    is are was were be been being do does did will would can could may might must should
    not no
    """.split()
)
#: Articles and degree words a name may open with ("a populist", "the lost decade", "very
#: ugly"); "so" and "too" are in ``_NOT_NAME``.
_OPENING = frozenset({"a", "an", "the", "very", "quite", "rather"})
#: Words of rank after "the" that make a definite name a verdict ("call it the slowest recovery",
#: "the most dangerous man"), as a superlative in "est" does.
_RANKS = frozenset({"most", "least", "best", "worst", "greatest", "only", "last", "first"})
_NAME_REACH = 3  # words of a capitalised name as the thing ("Donald J. Trump")


def _name_at(lw, words, k: int, prose: str) -> bool:
    """A name opens at word ``k``: a word (or a quoted word) that is no particle, preposition,
    conjunction, pronoun or adverb in "ly", after at most one article or degree word."""
    n = len(lw)
    definite = k < n and lw[k] == "the"
    if k < n and lw[k] in _OPENING:
        if k + 1 >= n or between(words, prose, k, k + 1).strip(" \"'\u201c\u201d\u2018\u2019*_"):
            return False
        k += 1
    if k >= n:
        return False
    w = lw[k]
    if w in _NOT_NAME or not w[:1].isalpha():
        return False
    if definite and not (w in _RANKS or w.endswith("est")):
        return False  # "what some call the lost decade": a nickname, one thing's name (X2), not a verdict
    if words[k].text[:1].isupper():
        return False  # "Some called their ideas Mutualism", "what some call Paris' 9/11": a proper name
    if ly_adverb(w) and not words[k].quoted:
        return False  # "call it directly", "which some call internally"
    return True


def named(lw, words, i: int, v: int, prose: str) -> Optional[int]:
    """The index of the naming's last word to report (the verb) when the crowd starting at ``i``
    calls a thing by a name with its verb at ``v`` (``lw[v]`` in ``VERBS``); else None."""
    n = len(lw)
    if v + 1 >= n or between(words, prose, v, v + 1).strip(" \"'\u201c\u201d\u2018\u2019*_"):
        return None  # "as some comrades call it)": nothing, or a mark, after the verb
    if i > 0 and lw[i - 1] in RELATIVES and lw[v + 1] not in _PRONOUNS:
        # "what some would call cynicism": the thing before the crowd, the name after the verb
        return v if _name_at(lw, words, v + 1, prose) else None
    k = v + 1
    if lw[k] in _PRONOUNS:
        k += 1
    elif words[k].text[:1].isupper() and words[k].text[:1].isalpha() and lw[k] not in _NOT_NAME:
        start = k
        while k < n and k - start < _NAME_REACH and words[k].text[:1].isupper() and not between(
            words, prose, k - 1, k
        ).strip(" ."):
            k += 1
    else:
        return None  # "some call the function twice": where the thing ends is not told
    if k >= n or between(words, prose, k - 1, k).strip(" \"'\u201c\u201d\u2018\u2019*_"):
        return None  # "Others call it." / "Some call it, rightly,": no name after the thing
    return v if _name_at(lw, words, k, prose) else None


EXAMPLES = (
    ("Some call the mayor's plan a gamble.", None),
    ("Some call it the slowest recovery in decades.", "HC101"),
    ("Others call it a lost decade.", "HC101"),
    ("Some people call us utopians.", "HC101"),
    ("That is what some would call cynicism.", "HC101"),
    ("Many programs call it directly.", None),
    ("The anarcho-capitalists call themselves anarchists.", None),
    ("It is not the FAQ, as some comrades call it.", None),
)
