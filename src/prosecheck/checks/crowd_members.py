"""A view credited to every member of a kind, or to the writer's unnamed friends (HC101): "Almost
every lawyer says you don't release your returns", "Every command-line-loving geek will tell you
that", "a friend of mine who builds plants said it's the eighth wonder", "A friend of mine in New
Mexico said", "a lot of friends of mine that know my business say".

Issue 11, fifty-third session (crowd53): the views the newest sets (strop-docs' debates) hand to
unnamed crowds and friends. ``hedging._group_claim`` reads "everyone says" and a counted group
("many lawyers say"); "every" with a singular noun is neither, and a friend "of mine" is no group
of its lexicon nor ``informant``'s teller (who tells the writer: "told me"). Both name nobody the
reader could ask: the view stands on how many hold it, or on the writer's acquaintance.

"every" heads its clause (the sentence's start, a mark, or a conjunction before it), one or two
words of its noun after it, then a verb of saying or believing ("says", "thinks", "will tell
you"); not "what each faction has said" (a relative: the view is told, not credited), not "every
man who believes that" (a relative clause describes the man), not "every gardener knows it" (what
the text takes as known: HC102's ground), not "every reason to believe" (no noun of a holder).
A friend "of mine" or "of ours" is followed, within eight words and no mark, by the verb of
saying; a place or a relative clause may stand between ("in New Mexico", "who builds plants").
Not "a friend of mine beat it" (a deed), not a friend named ("my friend Tom said": no "of mine").

One function reading at most twelve words from the head: no scan.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.word_gaps import between

#: Words at which the check starts (hedging's _scan tests them).
HEADS = frozenset({"every", "friend", "friends"})
#: Degree words that may stand before "every" ("Almost every lawyer says").
_DEGREE = frozenset({"almost", "nearly", "virtually", "practically"})
#: Conjunctions after which "every" may head a clause.
_CLAUSE_OPENERS = frozenset({"and", "but", "so", "because", "as", "while", "since", "yet", "that", "now"})
#: Verbs of saying or believing whose subject is "every" + its noun; "knows" is left to the
#: boosters (what the text takes as known), "agrees" needs "that".
_EVERY_VERBS = frozenset(
    "says said thinks thought believes believed claims claimed insists insisted argues argued "
    "maintains maintained swears swore".split()
)
#: Modal forms of telling: "will tell you", "would tell you", "will say", "would say", "would agree".
_MODALS = frozenset({"will", "would", "can", "could"})
_MODAL_VERBS = frozenset({"tell", "say", "agree", "argue", "insist", "swear"})
#: What may stand before "friend(s) of mine": an article or a quantity.
_FRIEND_ARTICLES = frozenset({"a", "one", "another"})
_FRIEND_QUANTITIES = ("a lot of", "lots of", "many", "some", "several", "a few", "a couple of", "two", "three")
_FRIEND_ADJECTIVES = frozenset({"good", "close", "old", "dear", "wealthy", "smart", "young"})
_OWNERS = frozenset({"mine", "ours"})
#: Verbs of saying a friend "of mine" may have.
_FRIEND_VERBS = frozenset(
    "say says said tell tells told think thinks thought believe believes believed claim claims "
    "claimed swear swears swore insist insists insisted".split()
)
#: Words that end the friend's phrase before a verb: a clause joined, no longer the friend's.
_FRIEND_STOPS = frozenset({"and", "but", "or", "so", "because", "i", "we", "you", "he", "she", "they"})


def member_view(lw, words, i: int, prose: str) -> Optional[tuple]:
    """``(start, end)`` of "every <noun> says" or "a friend of mine ... said" with its head at
    ``i``, or None."""
    if not words or not prose:
        return None
    if lw[i] == "every":
        return _every(lw, words, i, prose)
    return _friend(lw, words, i, prose)


def _every(lw, words, i: int, prose: str) -> Optional[tuple]:
    start = i - 1 if i and lw[i - 1] in _DEGREE and between(words, prose, i - 1, i) == " " else i
    if start and not (between(words, prose, start - 1, start).strip() or lw[start - 1] in _CLAUSE_OPENERS):
        return None  # "in what each faction has said", "to every man": not the clause's subject
    n = len(lw)
    for v in range(i + 2, min(n, i + 4)):
        if between(words, prose, v - 1, v) != " " or not words[v - 1].text.replace("-", "").isalpha():
            return None
        if not words[v - 1].text.replace("-", "").islower() or lw[v - 1] in ("who", "that", "which", "reason"):
            return None  # "every man who believes", "every reason to believe"
        if lw[v] in _EVERY_VERBS:
            if v + 1 < n and lw[v + 1] == "to":
                return None  # "every teacher says to the class": an instruction given
            return (start, v)
        if lw[v] in _MODALS and v + 1 < n and lw[v + 1] in _MODAL_VERBS:
            if lw[v + 1] == "tell" and not (v + 2 < n and lw[v + 2] in ("you", "us")):
                return None
            return (start, v + 2 if lw[v + 1] == "tell" else v + 1)
    return None


def _friend(lw, words, i: int, prose: str) -> Optional[tuple]:
    n = len(lw)
    if not (i + 2 < n and lw[i + 1] == "of" and lw[i + 2] in _OWNERS):
        return None
    start = i
    if start and lw[start - 1] in _FRIEND_ADJECTIVES:
        start -= 1
    if lw[i] == "friend":
        if not (start and lw[start - 1] in _FRIEND_ARTICLES):
            return None
        start -= 1
    else:
        for q in _FRIEND_QUANTITIES:
            qw = q.split()
            if start >= len(qw) and lw[start - len(qw) : start] == qw:
                start -= len(qw)
                break
        else:
            return None
    for v in range(i + 3, min(n, i + 11)):
        if between(words, prose, v - 1, v) != " ":
            return None  # a mark ends the friend's phrase
        if lw[v] in _FRIEND_STOPS and v > i + 3:
            return None
        if lw[v] in _FRIEND_VERBS:
            return (start, v)
    return None


#: The verbs that bring a sentence in (hedging's triggers): no other list holds "swears" or "told".
VERBS = _EVERY_VERBS | _MODAL_VERBS | _FRIEND_VERBS

#: The rule's own examples (tests/test_check_hedging.py runs them through the check): the
#: sentence, and the code it gives or None.
EXAMPLES = (
    ("Almost every farmer says the rain will come late.", "HC101"),
    ("Every seasoned sailor will tell you that the reef moves.", "HC101"),
    ("A friend of mine who keeps bees said the winter was the worst yet.", "HC101"),
    ("Some old friends of mine believe the mill will close.", "HC101"),
    ("In what each faction has said, nothing is new.", None),
    ("Every sailor knows the reef.", "HC102"),
    ("A friend of mine fixed the roof.", None),
    ("We have every reason to believe the mill will stay.", None),
    ("Every sailor who says the reef moves is right.", None),
)
