"""Certainty that lands on what the speaker saw, lived or is, or on one named person's mind (HC102);
and hearsay that is the speaker's own story (HC101).

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

And one HC101 shape (the fifty-seventh session, story57; figures on HC101's code page): a past
report whose words are about the speaker, ``I`` opening what was said (``I've been told I was too
young``, ``When I was told I couldn't just change the way``, ``A caring nurse practitioner told me
she thought I had endometriosis``, ``I agree with those who said that I have the best job``), or,
quoted without marks, about the one who said it (``we've all heard people say, I'm just too busy
to think about politics``): a scene of the speaker's own life, whose only source is the speaker,
not a view of the world handed to nobody. Only in the past (``was told``, ``said``, ``heard people
say``): ``Critics may say I'm just a well-to-do supporter``, ``some people would say I came in
through the backdoor`` are views of the speaker the speech answers, and the sets' gold counts them.
Not ``my`` (``I'm told my predecessor called Members of Congress``, ``some in this Hall thought my
tax relief plan was too small``: a claim about the speaker's predecessor or plan).

Each test reads a few words around the booster, and the first one the sentence's word places
(``sentence_memo.places``, once per sentence): no scan per finding.
"""

from __future__ import annotations

from prosecheck.checks.sentence_memo import places
from prosecheck.checks.word_gaps import between

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


# Past verbs of telling, saying and hearing that end an HC101 finding ("I was told", "a guy told",
# "those who said"); "say" after "heard" ("we've all heard people say").
_TOLD_PAST = frozenset("told said heard wrote warned assured informed reminded".split())
_HEARD = "heard"
_SAY_NOW = frozenset({"say", "says"})
_TOLD_WHOM = frozenset({"me", "us"})
# "told me she thought I had ...": the teller's own view of the speaker
_TELLER = frozenset({"he", "she", "they"})
_TELLER_VIEW = frozenset("thought felt believed said knew".split())
_SPEAKER_SAID = _SPEAKER_AFTER_KNOW - {"my"}
# "said, I think, that": the speaker's aside inside someone else's report
_ASIDE = frozenset("think believe suppose guess recall remember understand gather fear imagine expect hear".split())


def told_about_the_speaker(lw, words, prose: str, a: int, b: int) -> bool:
    """The HC101 finding at ``a``..``b`` reports in the past what someone said to or of the
    speaker, and what was said opens on ``I`` ("I've been told I was too young", "a nurse told me
    she thought I had ..."; "heard people say, I'm just too busy"): the speaker's own story."""
    n = len(lw)
    if not (lw[b] in _TOLD_PAST or (lw[b] in _SAY_NOW and a and lw[a - 1] == _HEARD)):
        return False
    j = b + 1
    if j < n and lw[j] in _TOLD_WHOM:
        j += 1
    elif j + 1 < n and lw[j] == "to" and lw[j + 1] in _TOLD_WHOM:
        j += 2
    if j < n and lw[j] == "that":
        j += 1
    if j + 1 < n and lw[j] in _TELLER and lw[j + 1] in _TELLER_VIEW:
        j += 2
        if j < n and lw[j] == "that":
            j += 1
    if j >= n or lw[j] not in _SPEAKER_SAID:
        return False
    # "Some said, I think, that ...", "I, for one": "I" in an aside is no report's subject
    if j + 1 < n and "," in between(words, prose, j, j + 1):
        return False
    return not (j + 2 < n and lw[j + 1] in _ASIDE and "," in between(words, prose, j + 1, j + 2))


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
