"""Knowledge credited to every member of a class (HC102): "every farmer knows he cannot prosper
unless all America prospers", "every gardener knows it when his fingers touch such soil", "And
every parent already knows the key: good teachers and small classes", "Every Member in this
Chamber knows that spending on entitlement programs ... will ...", "But everyone realizes that
when it comes to welfare, government at all levels is ...".

"as every schoolboy knows" and "everyone knows" (the lexicon's entries) make a claim common
knowledge; so does any "every <noun> knows": the writer speaks for a whole class, counts none of
them, and shows nothing behind the claim. Issue 11, twenty-seventh session (boost27): five
positives in four sets (rake, chisel, punch, maul), missed until then; no trap and one
unlabelled line of the shape in the forty-three sets ("I ask every American who knows someone
without health insurance": a relative clause, left out), and none in the benchmark corpus but
"perfectly valid JS that every browser understands" (a relative clause again) and "not everyone
knows" (negated).

Not a finding: negated ("not every user knows", "hardly everyone realizes"), inside a relative
clause or a question ("that every browser understands", "who knows", "Does every reader
know ...?"), a skill or a thing named by a question word ("every driver knows how to brake",
"every user knows which key"), the verb more than three words after "every" ("Every Member in
this Chamber knows": a place of two or three words between).

Since the thirty-second session (boost32) also knowledge or agreement the speaker declares for his
whole audience: "All of us agree that we should simplify ...", "Most of us recognize that none of
these tools ...", "And all of us know that to advance the cause of freedom ...", "I think all of
us recognize that ..." (``all_of_us``). The speaker counts his hearers as one and vouches for what
they hold, as "we all know" (the lexicon's) does. Over the sixty-one sets it finds four positives
missed until then in three sets (trowel, tenon; shim twice) and one line of awl's whose item is
another booster ("Now, most of us agree that a plan to reduce the deficit must be part of our
agenda", unlabelled); the only trap of the shape is "I know that all of us recognize" (spade:
after "that", left out). Not after "as" ("as all of us know" is the lexicon's), nor after a word
of _NOT_AFTER, nor before a thing known ("all of us know how"). Certainty on what should be done
stays unreported, as for every booster ("All of us agree that we should simplify ...").
"""

from __future__ import annotations

from typing import Optional

#: The verbs read (hedging tests them and scans a sentence for them).
VERBS = frozenset("knows realizes realises recognizes recognises understands".split())
# The plural verbs after "all of us" (all_of_us), read as well.
PLURAL_VERBS = frozenset("know agree realize realise recognize recognise understand".split())
#: Every verb hedging scans a sentence for on this module's behalf.
ALL_VERBS = VERBS | PLURAL_VERBS
# "all of us", "most of us", "each of us" (not "some of us", "many of us": a part of the audience)
_WHOLE_OF = frozenset({"all", "most"})
# "everyone knows" / "everybody knows" are the lexicon's; these take the other verbs only.
_EVERYONE = frozenset({"everyone", "everybody"})
_ADVERBS = frozenset("already now well surely all".split())
# Before "every": a relative clause, a negation, a condition or a comparison.
_NOT_AFTER = frozenset("not hardly nearly almost that which who whom what if whether unless than does did do".split())
# Between the noun and the verb: "who knows" is a relative clause, not the claim.
_RELATIVE = frozenset("who that which whom whose".split())
# After the verb: a skill or a thing named, no claim ("how to", "which key", "who he is").
_NOT_CLAIM = frozenset("how which who whom whether if about of".split())
_BETWEEN = 3  # words at most between the class's noun and the verb ("in this Chamber")


def every_knower(lw, k: int, words, prose: str) -> Optional[int]:
    """The index where the knower starts ("every", "everyone") when ``lw[k]`` (one of VERBS) is
    knowledge credited to every member of a class, else None."""
    n = len(lw)
    if k + 1 >= n or prose[words[-1].end : words[-1].end + 1] == "?":
        return None
    if lw[k + 1] in _NOT_CLAIM or not lw[k + 1][:1].isalpha():
        return None
    j = k - 1
    while j >= 0 and lw[j] in _ADVERBS:
        j -= 1
    if j < 0:
        return None
    if lw[j] in _EVERYONE:
        if lw[k] == "knows":
            return None  # the lexicon's "everyone knows"
        start = j
    else:
        start = None
        for s in range(j, max(-1, j - _BETWEEN - 2), -1):
            if lw[s] in _RELATIVE or not lw[s][:1].isalpha():
                return None
            if lw[s] == "every":
                start = s
                break
        if start is None or start + 1 > j or lw[start + 1] in ("one", "body", "time", "day", "year", "week"):
            return None
    if start and lw[start - 1] in _NOT_AFTER:
        return None
    return start


def all_of_us(lw, k: int, words, prose: str) -> Optional[int]:
    """The index of "all" or "most" when ``lw[k]`` (one of PLURAL_VERBS) ends "all of us" or
    "most of us" (an adverb between: "all of us now recognize") before a claim, else None."""
    n = len(lw)
    if lw[k] not in PLURAL_VERBS or k + 1 >= n or prose[words[-1].end : words[-1].end + 1] == "?":
        return None
    if lw[k + 1] in _NOT_CLAIM or not lw[k + 1][:1].isalpha() or lw[k + 1] in ("to", "with", "on", "upon"):
        return None  # "all of us know how", "all of us agree to", "all of us agree with"
    j = k - 1
    while j >= 0 and j > k - 3 and lw[j] in _ADVERBS:
        j -= 1  # at most two ("all of us already now know"): a run of them is read once per verb
    if j < 2 or lw[j] != "us" or lw[j - 1] != "of" or lw[j - 2] not in _WHOLE_OF:
        return None
    start = j - 2
    if start and (lw[start - 1] in _NOT_AFTER or lw[start - 1] == "as"):
        return None  # "that all of us recognize", "as all of us know" (the lexicon's)
    if any(m in prose[words[start].end : words[k].start] for m in (",", ";", ":", "(")):
        return None  # "all of us, I think, agree": an aside between
    return start


# Knowledge credited to anyone with an experience (issue 11, fifty-eighth session, know58): "Anyone
# who has spent time in Siberia knows that its inhabitants are a breed apart", "Anyone who's seen a
# roleplaying game knows that it is ...", "anybody who knew Charlie Parker knows that he felt much
# the same way", "as everyone who's studied introductory management knows, [it] is aimed at ...".
# The relative clause names a class by what its members did, and the writer vouches for what all of
# them know, as "every <noun> knows" does: RULES 5's "everyone knows" with a qualification that
# gives no ground. Over the 133 sets before hob six positives missed until then in six sets
# (sander, mitre, pincer, burnisher, kiln, forge) and no trap of the shape. The relative clause must hold a word
# of its own between "who" and the verb ("everyone who knows" is the relative's verb), at most
# _RELATIVE_WORDS words, no clause mark inside; the verb as in every_knower, not before a thing known.
_ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody"})
_WHO = frozenset({"who", "who's", "who've", "that"})
_RELATIVE_WORDS = 8


def anyone_who(lw, k: int, words, prose: str) -> Optional[int]:
    """The index of "anyone" (or "anybody", "everyone", "everybody") when ``lw[k]`` (one of VERBS)
    ends "anyone who <relative clause> knows" before a claim, else None. At most _RELATIVE_WORDS
    words back."""
    n = len(lw)
    if k + 1 >= n or prose[words[-1].end : words[-1].end + 1] == "?":
        return None
    if lw[k + 1] in _NOT_CLAIM or not (lw[k + 1][:1].isalpha() or prose[words[k].end : words[k + 1].start].strip() == ","):
        return None
    for w in range(k - 2, max(0, k - 2 - _RELATIVE_WORDS), -1):
        if any(m in prose[words[w].end : words[w + 1].start] for m in (",", ";", ":", "(", ")", "\u2014")):
            return None
        if lw[w] in _WHO and lw[w - 1] in _ANYONE:
            start = w - 1
            if start and lw[start - 1] in _NOT_AFTER:
                return None  # "not everyone who ...", "if anyone who ..."
            return start
    return None
