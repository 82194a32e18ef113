"""The speaker's own belief put in the impersonal passive (``HC101``'s warning tier; issue 11,
thirty-seventh session, prec37h).

"It is believed that ..." names no believer. In news it passes on what unnamed people hold ("It is
thought the Australian arrested in Afghanistan is from Adelaide", a reporter's lead), and that is
the weasel HC101 reports. In an address, a report or an essay, a writer who speaks for an office or
a side puts his own belief in the passive: "It is believed that the measures taken in pursuance of
existing laws ... will be entirely successful if Congress ... renders their continued enforcement
possible", "Our system of public accounts is extremely complicated, and it is believed may be much
improved", "The situation of this District, it is thought, requires the attention of Congress". The
sets' rules since ratchet-docs read that as the speaker's own belief (S230, cellar-docs' H4: the
project's own expectation put in the passive), not a view handed to somebody unnamed; the older
sets' annotators often flagged it. So the shape is right only sometimes, and a finding moves to
``info`` (shown with ``--picky``):

* the impersonal ``it`` with the present ``is`` (or ``it's``) and ``believed`` or ``thought``, at
  most one adverb of how the believer holds it between (``confidently``, ``firmly``, ``also``,
  ``now``, ``still``): "it is confidently believed that". Not an adverb of how many hold it
  ("it is widely believed", "generally", "commonly": a crowd, the weasel proper), not the past or
  the perfect ("It was thought", "it has been believed": a report of what was held), and not the
  other verbs ("it is estimated", "it is said", "it is understood": a figure or a saying somebody
  gave, right as often as not in the same addresses);
* outside documentation (``news_passives.outside_documentation``): in technical writing and
  pages with code the phrase is read as before;
* not a sentence that opens on the phrase with no ``that`` after it ("It is thought the cooler
  temperatures may lead to ...", "It is believed the plant closed": a news lead's shape, the
  report proper).

Over the seventy-three sets (news-dev included) at the session's start rules, the warning tier's
findings of this shape were wrong 21 times in nine sets (burr, shank; ratchet, rivet, spline, spoke,
tine, lug, gauge) and right 10 times in eight (bodkin, cleat, hatchet, kerf 2, rivet, shim, tang;
tongs-docs' and burin-docs' descriptions). The findings stay on every tier.

A second shape, ``overtaken_expectation``, reads a past forecast in a relative clause: "the
advantages to the Government and country that were expected to result from the present bank",
"from what they were expected to produce, owing to the general panic", "except such as were
expected to arise from the great extent of our country". The text sets what happened against
what was foreseen then (hearth-docs' J3: a past belief the text reports as overtaken); nobody's
forecast is passed on as standing. ``info``. Not the present ("eight yachts, which are expected
to give last year's winner a run": a forecast still open, right in auger- and lathe-docs), not a
main clause ("Neither was expected to make it.", right in bevel-docs). Over the seventy-three sets
its three warnings were all wrong, on no item (jig-, nib- and tine-docs), none right.

Reads the phrase's own words and the two before it: no scan of the sentence.
"""

from __future__ import annotations

from prosecheck.checks import reputation
from prosecheck.checks.news_passives import outside_documentation

# The believing participles: what someone holds, not a figure or a saying somebody gave.
_BELIEF = frozenset({"believed", "thought"})
# Adverbs of how the believer holds the belief (not of how many hold it: "widely", "generally").
_MANNER = frozenset({"confidently", "firmly", "also", "now", "still"})
_IT = frozenset({"it", "it's"})

# Rules as data, with their examples (tests/test_check_hedging.py reads them): (sentence, is the
# phrase the speaker's own belief put in the passive?)
EXAMPLES = (
    ("It is believed that the new schedule will save the department a great deal.", True),
    ("Our accounts are complicated, and it is believed may be much improved.", True),
    ("The situation of the harbour, it is thought, requires the attention of the council.", True),
    ("It is confidently believed that the policy will succeed.", True),
    ("It is widely believed that the policy will succeed.", False),
    ("It was thought that the policy would succeed.", False),
    ("It is thought the injured man is from the northern suburbs.", False),
)
OVERTAKEN_EXAMPLES = (
    ("The revenue fell short of what it was expected to produce.", True),
    ("It kept none of the savings that were expected to result from the plan.", True),
    ("No delays arose except such as were expected to arise from the distance.", True),
    ("Eight yachts, which are expected to finish today, are still at sea.", False),
    ("Neither was expected to make it.", False),
)


# Words that open a relative or a comparison before its "be": "that were expected to", "such as
# were expected to", "than was expected to"; "what" two words before ("what they were expected to").
_RELATIVE = frozenset({"that", "which", "who", "as", "than"})
_PAST_BE = frozenset({"was", "were"})


def overtaken_expectation(lw, a: int, b: int) -> bool:
    """Is the HC101 phrase ``a``..``b`` a past "was/were expected to" opening a relative clause or
    a comparison ("that were expected to result from", "what they were expected to produce")?"""
    if lw[b] != "to" or lw[b - 1] != "expected" or lw[a] not in _PAST_BE:
        return False
    return (a >= 1 and lw[a - 1] in _RELATIVE) or (a >= 2 and lw[a - 2] == "what")


DUTY_EXAMPLES = (
    ("In these common tasks each nation is expected to contribute what it can.", True),
    ("Each new teacher to whom the pupil goes is expected to study the record.", True),
    ("Anyone past the first year is expected to have outgrown the habit.", True),
    ("The new teacher is expected to arrive on Monday.", False),
    ("Each year, the harbour is expected to handle more ships.", False),
)


# Words that make a subject distributive: a duty laid on each member of a kind.
_EACH = frozenset("each every anyone anybody everyone everybody".split())
# How far back from "is expected to" the subject may open ("Each new teacher to whom the pupil
# goes is expected to"): a window, never the sentence.
_DUTY_REACH = 10
# Clause marks that end the search back: the subject does not reach past them.
_DUTY_STOPS = frozenset(",;:()")


def duty_of_each(lw, words, prose: str, a: int, b: int) -> bool:
    """Is the HC101 phrase ``a``..``b`` "expected to" (after any form of "be") whose subject a distributive word
    opens ("each nation is expected to contribute what it can", "Each new teacher to whom the
    pupil goes is expected to study the record", "anyone past the larval stage is expected to have
    outgrown it")? Then the expectation is a duty laid on every member of a kind, a norm, and
    nobody's forecast is reported (hedge52: over the one hundred and fifteen sets before swage
    three wrong warnings, trowel, billhook and rivet, and no right one). Only within a few words
    before the verb and not past a clause mark."""
    if lw[b] != "to" or lw[b - 1] != "expected" or a < 1:
        return False
    for k in range(a - 1, max(-1, a - 1 - _DUTY_REACH), -1):
        if lw[k] in _EACH:
            return True
        if any(c in _DUTY_STOPS for c in prose[words[k].end : words[k + 1].start]):
            return False
    return False


OBEY_EXAMPLES = (
    ("Power lies at the top and those at the base are expected to obey.", True),
    ("The crews were expected to simply obey their officers.", True),
    ("The members are expected to follow the decisions of the board.", True),
    ("Tenants are expected to play by the rules the landlord sets.", True),
    ("Clerks are expected to comply with every instruction.", True),
    ("Other banks are expected to follow suit.", False),
    ("The new rules are expected to take effect in May.", False),
    ("The judge is expected to rule on the appeal today.", False),
)

# Verbs of obedience: what a subordinate is told to do, never a forecast of an event.
_OBEY = frozenset("obey comply conform submit abide adhere defer".split())
# Verbs that obey only with a noun of command after them ("follow orders", "play by the rules",
# "toe the line"; not "follow suit", a forecast of what others will do).
_FOLLOW = frozenset("follow play toe keep carry".split())
_COMMANDS = frozenset(
    "orders order rules rule instructions instruction decisions decision commands command directives line dictates".split()
)
# Words between "to" and the verb ("to simply obey") and between the verb and its noun ("follow
# the decisions", "play by the rules", "follow their orders").
_OBEY_REACH = 3


def duty_to_obey(lw, a: int, b: int) -> bool:
    """Is the HC101 phrase ``a``..``b`` "expected to" before a verb of obedience ("are expected to
    obey", "were expected to simply obey", "are expected to comply with"), or before "follow",
    "play", "toe" with a noun of command within a few words ("expected to follow orders", "to
    follow their decisions", "to play by the rules")? The expectation is a duty laid on the
    subject by whoever commands it, and nobody's forecast is passed on (prec63: over the one
    hundred and forty-eight sets before slane, six warnings of the shape, all on no item, in
    gusset, kevel (2), scutch (2) and slick; none right). Reads at most a few words after the
    phrase."""
    n = len(lw)
    if lw[b] != "to" or lw[b - 1] != "expected":
        return False
    k = b + 1
    if k < n and lw[k] not in _OBEY and lw[k] not in _FOLLOW and reputation.one_adverb(lw[k]):
        k += 1  # "to simply obey"
    if k >= n:
        return False
    if lw[k] in _OBEY:
        return True
    if lw[k] in _FOLLOW:
        return any(w in _COMMANDS for w in lw[k + 1 : k + 1 + _OBEY_REACH])
    return False


def speakers_belief(doc, lw, a: int, b: int) -> bool:
    """Is the HC101 phrase of words ``a``..``b`` the impersonal present passive of believing
    ("it is believed", "it is confidently believed", "it's thought") outside documentation, and
    not a sentence's opening lead with no "that" after it?"""
    if lw[a] not in _IT or lw[b] not in _BELIEF:
        return False
    middle = lw[a + 1 : b]
    if lw[a] == "it":
        if not middle or middle[0] != "is":
            return False
        middle = middle[1:]
    if len(middle) > 1 or (middle and middle[0] not in _MANNER):
        return False
    if a == 0 and (b + 1 >= len(lw) or lw[b + 1] != "that"):
        return False  # "It is thought the cooler temperatures may lead to ...": a news lead
    return outside_documentation(doc)


# The speaker's own forecast put in the passive estimate: "It is estimated that customs receipts
# for the present fiscal year will exceed $615,000,000", "it is estimated that further payments
# ... will be required", "It is estimated that such a tax credit would reduce Federal revenue by
# $3.2 billion". In an address the office that makes the budget estimates what its own revenue,
# payments and programs will come to (ratchet S230, scythe S153: the Government's own estimate),
# not a figure handed to somebody unnamed. A figure of what is or was ("It is estimated that 90 per
# cent of these deposits represent the savings of wage earners", "that not less than 800 persons
# were killed") stays a warning: the speaker passes on somebody's count. So only the present
# impersonal "it is estimated that" (one adverb of _MANNER between: "It is also estimated"), a
# clause with "will", "would" or "shall" within _FORECAST_REACH words after "that", outside
# documentation. Issue 11, forty-first session (prechc41).
_ESTIMATED = "estimated"
_FORECAST_MODALS = frozenset({"will", "would", "shall"})
_FORECAST_REACH = 14  # words after "that": "that further payments to the railroads ... will"


def speakers_forecast(doc, lw, a: int, b: int) -> bool:
    """Is the HC101 phrase of words ``a``..``b`` "it is (also) estimated" before "that" and a
    clause whose verb is "will", "would" or "shall", outside documentation?"""
    if lw[a] != "it" or lw[b] != _ESTIMATED or b + 1 >= len(lw) or lw[b + 1] != "that":
        return False
    middle = lw[a + 1 : b]
    if not middle or middle[0] != "is" or len(middle) > 2 or (len(middle) == 2 and middle[1] not in _MANNER):
        return False
    if _FORECAST_MODALS.isdisjoint(lw[b + 2 : b + 2 + _FORECAST_REACH]):
        return False
    return outside_documentation(doc)
