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
"""

from __future__ import annotations

from typing import Optional

#: The verbs read (hedging tests them and scans a sentence for them).
VERBS = frozenset("knows realizes realises recognizes recognises understands".split())
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
