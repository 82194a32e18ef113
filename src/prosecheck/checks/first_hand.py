"""Certainty that lands on what the speaker saw, lived or is, or on one named person's mind (HC102).

Three shapes the labelled sets mark as no claim an editor would ask "why so sure?" of (the
fifty-sixth session, tell56; figures on HC102's code page):

- ``in fact`` or ``indeed`` in a sentence that names the speaker as ``me``, ``my`` or ``myself``
  outside quotation marks (``In fact, as we spoke, he joined me and started helping``, ``In fact,
  my most powerful memory came before ...``, ``From my present location, I can report that there
  are, in fact, ...``, ``let me reiterate that it is, in fact, quite good``): the connective adds a
  fact of the speaker's own life or a first-hand report, which the speaker is the only source for
  (shim S297, hasp S1001). ``I`` alone is not enough: ``In fact, the child tax credit I passed cut
  child poverty in half`` is a claim about the world, with the speaker in a relative clause.
- the listener's ``you know`` (past ``that``) before ``I`` or ``my`` (``you know that I'm not
  afraid to speak my mind``, ``you know that my plan is unveiled in a political season``): the
  speaker tells the listeners about himself, the speaker's own account (S297), as ``You know that
  I could hold ...`` already was not reported. Not ``we`` (``you know we are stewards of a great
  inheritance``: the nation).
- a certainty adjective before ``to`` and one person or body named by ``the``, ``my``, ``his``,
  ``her`` or ``their`` and a noun (``It was obvious to the Committee that ...``, ``It is clear to
  my apprehension that ...``, ``it is apparent to the therapist that ...``): the sentence hands the
  certainty to that mind (RULES 1), as ``regards as self-evident`` does. Not everyone (``obvious to
  all``, ``apparent to anyone who ...``, ``clear to us``, ``clear to many members``: the speaker
  vouches that any hearer sees it) nor the reader or the world (``obvious to the reader``,
  ``clear to the whole world``, ``plain to the naked eye``).

Each test reads a few words around the booster, and the first one the sentence's word places
(``sentence_memo.places``, once per sentence): no scan per finding.
"""

from __future__ import annotations

from prosecheck.checks.sentence_memo import places

_CONNECTIVES = frozenset({("in", "fact"), ("indeed",)})
_SPEAKER_OWN = ("me", "my", "myself")
_SPEAKER_AFTER_KNOW = frozenset({"i", "i'm", "i\u2019m", "i've", "i\u2019ve", "i'd", "i\u2019d", "i'll", "i\u2019ll", "my"})
_ADJECTIVES = frozenset({"obvious", "clear", "apparent", "evident", "plain"})
_ONE_MIND = frozenset({"the", "my", "his", "her", "their"})
# after "to the": the reader, the world or anyone at all, not one mind
_EVERYONE = frozenset(
    """
    reader readers world whole public naked eye eyes observer observers most least casual
    average ordinary meanest dullest simplest
    """.split()
)


def told_first_hand(lw, b: int, bend: int, quoted) -> bool:
    """``in fact`` or ``indeed`` at ``lw[b : bend + 1]`` in a sentence that names the speaker as
    ``me``, ``my`` or ``myself`` outside quotation marks."""
    if tuple(lw[b : bend + 1]) not in _CONNECTIVES:
        return False
    at = places(lw)
    for w in _SPEAKER_OWN:
        span = at.get(w)
        if span is not None and not (quoted[span[0]] and quoted[span[1]]):
            return True
    return False


def about_the_speaker(lw, k: int) -> bool:
    """The listener's "know" at ``k`` before "I" or "my" (past "that"): the speaker's own account."""
    j = k + 1
    if j < len(lw) and lw[j] == "that":
        j += 1
    return j < len(lw) and lw[j] in _SPEAKER_AFTER_KNOW


def one_mind(lw, b: int, bend: int) -> bool:
    """The certainty adjective at ``bend`` before "to" and one person or body ("obvious to the
    Committee", "clear to my apprehension")."""
    j = bend + 1
    if lw[bend] not in _ADJECTIVES or j + 2 >= len(lw):
        return False
    return lw[j] == "to" and lw[j + 1] in _ONE_MIND and lw[j + 2] not in _EVERYONE
