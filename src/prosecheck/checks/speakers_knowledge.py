"""The speaker's own knowledge before a claim about others (HC102): "And I know this Chamber
agrees that few Americans give more to their country than our diplomats", "I know that some
people question if America is really in a war at all", "But I also know this problem is not
going away", "because I know there is simply nothing beyond our capacity".

In an address or an essay "I know" vouches for a claim about the listeners, a people or the
state of things on the speaker's word alone, as plain "we know" does (shared_knowledge): the
claim is put beyond doubt and offered no support. Issue 11, twenty-fourth session (drill-docs'
and saw-docs' misses): the sixteenth session found `I know` 4 positives against 16 negatives
and left it; the negatives are shapes this module leaves out, each read from the sets' gold:

* sympathy or a joke aimed at the listeners, "I know you're tired", "I know you can't wait",
  "I know that you know this" (RULES-ADDENDUM T1, T2): the reader or listener after "know";
* the speaker's own pledge or a concession before a turn, "I know we can", "I know it will be
  difficult to tackle welfare reform" (then "But let me point out ..."), "I know it would take
  a long, hard struggle" (N5, M8): a pronoun and a modal right after "know", or a turn later in
  the sentence or opening the next one (the turn is hedging's, it needs the next sentence);
* acquaintance or a thing known, "I know the American story", "I know many of you well", "I
  know what works", "I know the Members of this Congress are concerned" (N4; the clause test of
  shared_knowledge: "that", or a finite verb within five words before any preposition or mark);
* the ground given in the sentence, "I know that Donald is that athlete because I have watched
  him" (D6): "because" after "know";
* inside another clause ("something I know I want", "what I know will help"): the clause must
  open at the sentence's head, after "and", "but", "yet", "for", "because", "since" or a mark;
* a hardship or a disagreement granted (twenty-fifth session, boost25; RULES-ADDENDUM T2, M8,
  S29): "I know that tonight, in some regions of our country, people are in genuine economic
  distress", "I know the last 5 months have been gut-wrenching", "I know there are differences
  among us", "I know there is opposition to more comprehensive trade agreements". The speaker
  acknowledges the listeners' trouble or their dissent before answering it; the answer may come
  two sentences on or not at all ("I have listened carefully, and I believe that ..."), so the
  turn test does not reach it. Read from the words after "know" (a noun of dissent or a word
  of hardship anywhere after it, from the sentence's memo; "hard times" in the view window).

Technical writing is left out (hedging reads this only when ``Document.technical`` is false):
there "I know" is the writer's reasoning about the code in front of him ("Now I know
'master^2~4'"). Reported at info, like plain "we know".
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks import booster_clauses, shared_knowledge
from prosecheck.checks.lexicon import norm_words
from prosecheck.checks.sentence_memo import any_from

#: The verb this module reads (hedging calls it on "know").
KNOW = frozenset({"know"})
# Adverbs between "I" and "know": "But I also know this problem is not going away".
_ADVERBS = frozenset("also now do still already".split())
# A subject pronoun and a modal right after "know": the speaker's pledge or a concession ("I
# know we can", "I know it will be difficult", "I know I may not look like it").
_PRONOUNS = frozenset("i we it this that they he she".split())
_MODALS = frozenset(
    "can could will would may might shall should must can't cannot won't wouldn't couldn't".split()
)
# Contracted pronoun and modal: "I know we'll get there".
_PLEDGES = frozenset("we'll i'll it'll they'll we'd it'd".split())
# The listeners or the reader after "know": "I know you're tired", "I know you feel it".
_LISTENERS = frozenset("you you're you've you'll you'd your".split())
_REASON = frozenset({"because"})
# A verb of saying or holding a view in the clause after "know": the speaker brings in other
# people's view ("I know there are people here who say there's no health care crisis", "I know
# that some in my own party will argue that ...", "I know there have been questions about ...",
# "I also know Speaker Ryan has talked about his interest", RULES-ADDENDUM B10, N4): that view
# is the item, not a claim the speaker vouches for. (lathe-docs' "I know that some people
# question if America is really in a war at all" is marked a booster and is lost to this.)
_VIEWS = frozenset(
    """say says said argue argues argued disagree disagrees question questions questioned doubt
    doubts claim claims claimed believe believes think thinks talked spoken told wonder""".split()
)
_VIEW_WINDOW = 8  # words after "know" read for it (a bounded look, not the rest of the sentence)
# What the speaker grants after "know" (the sentence's memo; "hard" + noun in the view window): others' dissent
# ("there are differences among us", "there is opposition to ...", "we have great
# disagreements") or a hardship felt ("people are in genuine economic distress", "the last 5
# months have been gut-wrenching", "we're in hard times", "this is not going to be easy"). Over
# the thirty-seven sets every "I know" clause holding one of these is a negative (T2, M8, S29:
# punch, saw, plumb, mallet, drill, whet); none of the positives holds one. "hard" alone is left
# out ("I know that hard work pays"): only "hard times" and "hard struggle" grant a hardship.
_GRANTED = frozenset(
    """differences disagreement disagreements opposition objections reservations concerns
    distress hardship hardships suffering hurting struggling struggle gut-wrenching painful
    difficult difficulty difficulties easy easier tough""".split()
)
_HARD = frozenset({"times", "struggle"})
# The listeners, or the speaker with them, as the clause's subject: "each of you", "all of us".
_SHARE = frozenset("each all many some most every".split())
_US = frozenset({"you", "us"})


def speaker_knows(lw, k: int, words, prose: str) -> Optional[int]:
    """The index of "I" when "know" at ``k`` is the speaker's own knowledge opening a clause
    before a claim, else None (see the module's note)."""
    n = len(lw)
    s = k - 1
    while s >= 0 and lw[s] in _ADVERBS and s > k - 3:
        s -= 1
    if s < 0 or lw[s] != "i" or k + 1 >= n:
        return None
    if no_claim_after(lw, k):
        return None
    if not shared_knowledge.plain_knower(lw, s, k, words, prose):
        return None  # inside a clause, a concession ("..., but ..."), a question
    return s


# Knowledge announced before a colon (issue 11, twenty-fifth session, boost25): "But I also know
# this: Because of the progress we've made, ... we are moving forward safely", "And I know this
# about the American people: We welcome competition.", "This we do know: Our cause is just; our
# cause is moral; our cause is right." The speaker names what he knows as "this" and gives it
# after the colon, a claim on his word alone, as "I know that ..." is. Not when what follows
# the colon is the speaker's own choice or pledge ("But I know one thing: I certainly wouldn't
# implement a new version control tool in Python 3", "But I know something else: This will not
# stand.", RULES-ADDENDUM N5): "I" opening it, or a pronoun and a modal, as after "I know".
# Over the thirty-seven sets: 3 positives (mallet, plumb, punch) and those 2 negatives.
_ANNOUNCED = (["this"], ["this", "much"], ["one", "thing"], ["something"], ["something", "else"])
_KNOWERS = frozenset({"i", "we"})
_OPENERS = frozenset("and but yet so now".split())
_ABOUT_WORDS = 6  # "this about the American people:": the words "about" may take before the colon
_OWN = frozenset("i i'm i'll i've i'd".split())


def _colon_after(words, prose: str, j: int) -> bool:
    return j + 1 < len(words) and ":" in prose[words[j].end : words[j + 1].start]


def announced(lw, k: int, words, prose: str) -> Optional[int]:
    """The index of the knower when "know" at ``k`` announces, before a colon, what the speaker
    knows ("I also know this:", "This we do know:"), else None (see the note above)."""
    n = len(lw)
    s = k - 1
    while s >= 0 and lw[s] in _ADVERBS and s > k - 3:
        s -= 1
    if s < 0 or lw[s] not in _KNOWERS:
        return None
    head = s - 1
    if head >= 0 and lw[head] == "this" and _colon_after(words, prose, k):
        end = k  # "This we do know:" (the thing known fronted)
        head -= 1
    else:
        end = None
        for form in _ANNOUNCED:
            j = k + len(form)
            if lw[k + 1 : j + 1] == form:
                if _colon_after(words, prose, j):
                    end = j
                elif j + 1 < n and lw[j + 1] == "about":
                    for m in range(j + 2, min(n - 1, j + 2 + _ABOUT_WORDS)):
                        if _colon_after(words, prose, m):
                            end = m
                            break
        if end is None:
            return None
    if head >= 0 and lw[head] not in _OPENERS:
        return None  # inside another clause
    after = lw[end + 1] if end + 1 < n else ""
    nxt = lw[end + 2] if end + 2 < n else ""
    if after in _OWN or after in _PRONOUNS and nxt in _MODALS:
        return None  # "But I know one thing: I certainly wouldn't ...", "... something else: This will not stand."
    if _grants(lw, k):
        return None  # "I know this about the farmers: they are in distress", sympathy as after "I know"
    return s


def no_claim_after(lw, k: int) -> bool:
    """What follows "know" at ``k`` is no claim the knower vouches for: the listeners, a pledge,
    others' view, a reason given, a hardship or a dissent granted (see the module's note). Also
    read after "you know" (hedging, twenty-fifth session): "You know that I could hold right here
    in my hand ...", "All of you know I believe we were right", "You know they're Americans
    because ..."."""
    n = len(lw)
    after = lw[k + 1]
    if after == "that" and k + 2 < n:
        after = lw[k + 2]  # "I know that you know this": the listener after "that"
        nxt = lw[k + 3] if k + 3 < n else ""
    else:
        nxt = lw[k + 2] if k + 2 < n else ""
    if after in _LISTENERS or after in _PLEDGES or after in _PRONOUNS and nxt in _MODALS:
        return True
    j = k + 2 if lw[k + 1] == "that" else k + 1
    if j + 2 < n and lw[j] in _SHARE and lw[j + 1] == "of" and lw[j + 2] in _US:
        return True  # "I know that each of you will appreciate that", "that all of us love this country"
    for m in range(k + 1, min(n, k + 1 + _VIEW_WINDOW)):
        if lw[m] in _VIEWS:
            return True  # "I know there are people here who say ...": others' view brought in
    if any_from(lw, _REASON, k + 1):
        return True  # "I know that Donald is that athlete because I have watched him"
    return _grants(lw, k)  # "I know there are differences among us", "... in genuine economic distress"


def _grants(lw, k: int) -> bool:
    """A hardship or a dissent after "know" at ``k``: a word of _GRANTED anywhere after it (the
    sentence's memo), or "hard times" / "hard struggle" in the view window."""
    if any_from(lw, _GRANTED, k + 1):
        return True
    for m in range(k + 1, min(len(lw) - 1, k + 1 + _VIEW_WINDOW)):
        if lw[m] == "hard" and lw[m + 1] in _HARD:
            return True  # "I know we're in hard times"
    return False


def conceded(support, sentence) -> bool:
    """The speaker's knowledge grants a point before a turn: the next sentence opens with "But",
    "Yet", "However" ..., or goes on granting with "I know" and the one after it turns ("I know
    that debate will be difficult. I know it will take time. But tonight, let's agree ...":
    RULES-ADDENDUM M8). Two sentences read at most."""
    if booster_clauses.turn_opens_next(support, sentence):
        return True
    after = support.next_sentence(sentence)
    if after is None:
        return False
    lw = norm_words(after.words)[:3]
    opens = lw[1:2] == ["know"] and lw[0] == "i" or lw[:1] == ["and"] and lw[1:3] == ["i", "know"]
    return opens and booster_clauses.turn_opens_next(support, after)
