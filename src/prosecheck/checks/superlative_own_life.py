"""A universal over the speaker's own life, and a ranking of a priority (issue 11, fifty-seventh
session, prec57).

Two shapes in which the ranking or the sweep stays inside what the speaker alone can tell:

* **a universal whose event happens to the speaker** (:func:`about_speakers_life`): "I had never
  before been in a similar situation", "I had never before known an Englishman who ...", "my
  father has always been there for me", "They listened to me as no one else has", "nobody would
  benefit from me dying from stress". ``never``, ``always``, ``nobody``, ``no one``
  or ``ever`` sweeps over the speaker's own experience: the speaker is the subject ``I`` right
  before it (auxiliaries between) or ``me`` is its verb's object within three words on either
  side, in one clause. The gold reads it as the speaker's own story, small and plain (RULES 3,
  S1025's first-hand experience), not a claim about the world. Not ``than me`` or ``as ... as I``
  ("Nobody knows the system better than me": a boast that ranks the speaker over everyone), not
  ``we`` ("in ways we have never before": the nation's record), not ``I think`` before it (a view,
  not an experience). "Nobody believes me", "Nobody could make me clean out the tank" (``me`` the
  very object of nobody's verb), at info since the forty-ninth session (superlative_reader), are
  out since the fifty-eighth (narr58): 5 info findings over the sets (whet, sander's three, sett's
  "no one would judge me"), none right; ``my`` ("no one can take my vote") and the reader
  (``you``) stay superlative_reader's, at info.
* **a ranking of a priority** (:func:`ranks_priority`): "There can be no higher priority than
  prompt enactment of ...", "I have no higher priority than the safety of the people of my
  state", "perhaps the most important priority I'd like to address tonight". A priority is what
  its holder chooses to do first: ranking it states the speaker's own agenda (S1044), not a
  standing among the world's rivals. Not when a third party's possessive stands before the
  ranking or inside it ("China's highest priority", "their top priority": another's agenda reported
  as fact).

Both read a few words either side of the finding (``gap(k)``: the text between word ``k`` and the
next; a mark there ends the clause): no scan of the sentence.
"""

from __future__ import annotations

from typing import Callable, Optional

from prosecheck.checks.superlative_reader import done_to_reader, done_to_writer

#: The words of a universal: the finding must hold one.
_UNIVERSAL = frozenset({"never", "always", "nobody", "nobody's", "no-one", "ever", "one"})
#: Auxiliaries that may stand between the subject "I" and the universal ("I had never before").
_AUX = frozenset("had have has was would will could can did do does am might should must".split())
_I = frozenset({"i", "i've", "i'd", "i'll", "i'm"})
_ME = frozenset({"me", "myself"})
#: Words that open another clause or a comparison: "me" past them is not the universal's.
_STOP = frozenset("than that which who whom and but because while when where if or though although".split())
#: How far "me" may stand from the universal: "could make me", "been there for me", "to me as".
_REACH = 3

_PRIORITY = frozenset({"priority", "priorities"})
#: Possessives of a third party before the ranking: another's agenda, reported.
_THIRD = frozenset({"his", "her", "its", "their"})


def _universal(lw, a: int, b: int) -> bool:
    for k in range(a, b + 1):
        w = lw[k]
        if w in _UNIVERSAL and (w != "one" or (k > a and lw[k - 1] == "no")):
            return True
    return False


def about_speakers_life(lw, a: int, b: int, gap: Optional[Callable[[int], str]] = None) -> bool:
    """The universal from ``a`` to ``b`` sweeps over the speaker's own experience: "I" (and
    auxiliaries) right before it, or "me" within _REACH words of it in its clause."""
    if not _universal(lw, a, b):
        return False
    if done_to_reader(lw, a):
        # "Nobody believes me", "Nobody could make me ...": the teller's own story, out (narr58);
        # "nobody will read your data", "no one can take my vote": superlative_reader's, at info
        return done_to_writer(lw, a)
    marked = (lambda k: bool(gap(k).strip())) if gap is not None else (lambda k: False)
    k = a - 1
    while k >= 0 and lw[k] in _AUX and not marked(k):
        k -= 1
    if k >= 0 and lw[k] in _I and not marked(k):
        return True
    n = len(lw)
    for k in range(b + 1, min(n, b + 1 + _REACH)):
        if marked(k - 1) or lw[k] in _STOP:
            break
        if lw[k] in _ME:
            return True
    for k in range(a - 1, max(-1, a - 1 - _REACH), -1):
        if marked(k) or lw[k] in _STOP:
            break
        if lw[k] in _ME:
            return True
    return False


def ranks_priority(lw, a: int, b: int, gap: Optional[Callable[[int], str]] = None) -> bool:
    """The ranking from ``a`` to ``b`` ranks a priority: "priority" ends it or follows it within
    two words of its clause, and no third party's possessive stands right before it."""
    for k in range(max(0, a - 1), b + 1):
        if lw[k] in _THIRD or lw[k].endswith(("'s", "’s")):
            return False  # "China's highest priority", "their top priority": another's agenda
    if lw[b] in _PRIORITY:
        return True
    for k in range(b + 1, min(len(lw), b + 3)):
        if gap is not None and gap(k - 1).strip():
            return False
        if lw[k] in _PRIORITY:
            return True
        if not lw[k].isalpha():
            return False
    return False


EXAMPLES = (
    # (sentence, the finding's first word, its last word, function, expected)
    ("I had never before been in a similar situation.", "never", "before", "life", True),
    ("Nobody would benefit from me dying from stress.", "nobody", "would", "life", True),
    ("Nobody believes me, but I did not name it.", "nobody", "believes", "life", True),
    ("No one can take my vote away.", "no", "one", "life", False),
    ("Nobody will ever read your data.", "nobody", "will", "life", False),
    ("My father has always been there for me.", "has", "been", "life", True),
    ("They listened to me as no one else has.", "no", "else", "life", True),
    ("Nobody knows the system better than me.", "nobody", "knows", "life", False),
    ("America is working with India in ways we have never before.", "never", "before", "life", False),
    ("I think nothing has ever been so clear.", "ever", "ever", "life", False),
    ("There can be no higher priority than prompt enactment.", "no", "priority", "priority", True),
    ("It is perhaps the most important priority I'd like to address tonight.", "the", "important", "priority", True),
    ("It is China's highest priority.", "china's", "highest", "priority", False),
    ("Their highest priority is growth.", "highest", "highest", "priority", False),
    ("It is the most important election of our lifetime.", "the", "important", "priority", False),
)
