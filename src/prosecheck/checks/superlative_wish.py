"""A ranking inside what the speaker wishes, is set on or has pledged (issue 11, forty-sixth session,
slprec46; the sets' rules M4, S83, N5 and S566: a goal, a pledge or a hope is not a claim about
what is).

``aims`` passes a superlative an infinitive or a modal governs ("aims to provide the best
experience", "would be the best"). A wish names its own verb, and the ranking it holds can sit
one clause down, past a "that", an object or a future:

* "I want people to come into our country in the largest numbers ever";
* "I'm determined that the United States will remain the strongest of all nations";
* "And I have pledged that as long as I am President, they will remain the best equipped ...";
* "I hope it will be better history than ever has been made before";
* "We don't want to be scary, we want to be nice and fun, and then casually be the best choice
  around";
* "Now it is time we became the healthiest nation in the world";
* "Hopefully, they know more about computer security than anyone else in Sweden";
* "America's families deserve the world's best medical care" (what ought to be, right after the
  verb).

The wish must be the speaker's: "I" or "we" before the verb (past a few adverbs), the opening
"Hopefully", "it is time we". Another's wish is reported (``reported_view``), and "They want to
cheat" is no wish of the speaker's. Not a ranking a relative clause or a clause of reason holds
below the wish ("I want to thank his wife, Janet, who, more than any other American citizen,
...", "I hope that 1972 will be a year in which we resolve one of the most critical questions":
the writer's own claim inside the wish), nor one the wish only frames, past a verb of knowing or
telling ("I hope you know that the harbor is the best in the world", "I want to tell you that
..."), nor one past a semicolon, a colon or a dash, nor one in an aside after the wish's end ("that
is exactly what I intend to do and, considering more people have bought my book than any other
nonfiction book ..."). "promise" and "intend" are left out: "just as I promised ..., we enacted
the biggest tax cuts" asserts what was done.

Each call reads at most :data:`REACH` words before the ranking: linear in the sentence.

Measured over the ninety-seven development sets before chamfer-docs (start rules /tmp/e46s/exe):
9 wrong warnings out in seven sets (bevel, dovetail, froe, mallet, plumb 2, rabbet, sledge 2: 8
traps, the goals, pledges and hopes of M4, S83, N5 and S566, and plumb's "it's time we rediscovered
a home truth the American people have never forgotten" on no item), no right finding lost, by the
line and the sentence pairing; nothing in chamfer-, router- or burnisher-docs; no finding of the
benchmark corpus moves.
"""

from __future__ import annotations

#: How far back the wish's verb may stand from the ranking ("I have pledged that as long as I am
#: President, they will remain the best" is fourteen words).
REACH = 16

#: Verbs of wishing whose subject is the speaker ("I want", "we hope").
_WISHING = frozenset({"want", "hope", "wish"})
#: Words that may stand between the speaker and the verb ("I also want", "we all hope", "We don't
#: want ... we want").
_BETWEEN = frozenset({"also", "all", "only", "still", "really", "particularly", "sincerely", "earnestly", "truly",
                      "so", "do", "just", "certainly", "now"})
_SPEAKER = frozenset({"i", "we"})
#: "I'm determined", "we are determined": the speaker set on an end.
_SPEAKER_BE = frozenset({"i'm", "i\u2019m", "we're", "we\u2019re"})
_BE = {"i": "am", "we": "are"}
#: Words that open a clause of its own below the wish: what it says is the writer's claim again.
_CLAUSE_OPENERS = frozenset({"who", "whom", "whose", "which", "where", "whereby", "because", "since", "although",
                             "though", "while", "whereas"})
#: Verbs that make what follows the speaker's assertion again, the wish only framing it: "I hope you
#: know that ...", "I want to tell you that ...", "I want to thank ..., who ...".
_ASSERTING = frozenset("""know knows see remember realize realise understand agree recognize recognise learn hear
    notice appreciate acknowledge say tell report assure remind stress emphasize emphasise point announce repeat
    mention note thank congratulate salute honor honour praise commend share""".split())
#: What a framing verb of :data:`_ASSERTING` takes: a "that" clause, a hearer, a thing named ("they
#: know more about security than anyone" is the wished state itself, not a frame).
_ASSERTED = frozenset("that you us them him her this these those the our everyone all how what why".split())
_MARKS = (";", ":", "\u2014", "\u2013", "--", "(", ")")


def _speaker_before(lw, m: int) -> bool:
    """A first-person subject right before ``lw[m]``, past :data:`_BETWEEN`."""
    j = m - 1
    while j >= 0 and m - j <= 3 and lw[j] in _BETWEEN:
        j -= 1
    return j >= 0 and lw[j] in _SPEAKER


def _wish_at(lw, m: int) -> bool:
    """Does ``lw[m]`` open a wish, a resolve or a pledge of the speaker?"""
    w = lw[m]
    if w in _WISHING:
        return _speaker_before(lw, m)
    if w == "determined":
        if m >= 1 and lw[m - 1] in _SPEAKER_BE:
            return True
        return m >= 2 and lw[m - 1] in ("am", "are") and _BE.get(lw[m - 2]) == lw[m - 1]
    if w in ("pledge", "pledged"):
        if w == "pledged" and m >= 1 and lw[m - 1] in ("have", "had"):
            return _speaker_before(lw, m - 1)
        return w == "pledge" and _speaker_before(lw, m)
    if w == "hopefully":
        return m == 0
    if w == "time":
        # "it is time we became", "It's time that we ..."
        return (m >= 1 and (lw[m - 1] in ("it's", "it\u2019s") or (m >= 2 and lw[m - 2:m] == ["it", "is"]))
                and m + 1 < len(lw) and (lw[m + 1] == "we" or lw[m + 1:m + 3] == ["that", "we"]))
    return False


def wished_for(lw, a: int, gaps=None) -> bool:
    """The ranking at ``lw[a]`` stands inside the speaker's wish, resolve or pledge (module
    docstring). ``gaps(k)``: the text between words ``k`` and ``k + 1``."""
    if a >= 1 and lw[a - 1] in ("deserve", "deserves"):
        return True  # "America's families deserve the world's best medical care": what ought to be
    for m in range(a - 1, max(-1, a - 1 - REACH), -1):
        if gaps is not None and any(mark in (gaps(m) or "") for mark in _MARKS):
            return False  # "...; what's more, innovation has always thrived best": another clause
        if lw[m] in _CLAUSE_OPENERS or (lw[m] in _ASSERTING and lw[m + 1] in _ASSERTED):
            return False
        if lw[m] in ("and", "but") and gaps is not None and "," in (gaps(m) or ""):
            return False  # "what I intend to do and, considering more people have bought my book than any other ...": an aside
        if _wish_at(lw, m):
            return True
    return False
