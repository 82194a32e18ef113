"""The speaker's assurance before a claim (HC102): "I can assure the Congress of the necessity of
these programs", "I can further assure the Congress that the program as a whole is well within
our capacity", "but, I can assure you, it will yield no victory to the Communist cause", "I
assure you: He will not.", "I can say with confidence that the state of the Union is good", "we
can say with confidence that America will complete its mission", "a full employment bill which I
confidently anticipate", "We can be confident, however, that 100 years from now a freely elected
President will ...", "We can look with confidence to 1972 as the year when ...".

The speaker vouches for the claim on his own word, as "rest assured" and "you can be assured"
(the lexicon's entries) do, and the sentence shows nothing behind it. Issue 11, twenty-seventh
session (boost27): seven positives in five sets (rake, maul, bevel, plane, spade), all of them
State of the Union addresses, missed until then; no line of the benchmark corpus has the shape.

Not a finding: the assurance of the speaker's own act or intent, a promise and not a claim (brace
Z1, maul S114): "I can assure you, the bipartisan leadership of Congress, of my help", "I can
assure you that not only to present, but to stay within, a balanced budget", "I assure you I
intend to go on doing that", "when I assure you how much I value" (the negatives of wedge, spade,
maul and an unlabelled line of kiln): "I", "my", "to", "how" or "not" where the assured content
starts. Nor "I cannot assure", a question, or a third person's confidence ("the developers can
be confident that changes ...", clamp's unlabelled line: only "I", "we" and "you").

Also here, the other way round: "I am sure we will", "I am sure that I have avoided many
dangerous pitfalls", "I have no doubt that we can do it" (``own_side``): the speaker's
certainty about what he or his side has done or will do is resolve or modesty, not a claim an
editor checks (maul S114, brace's "I am sure I have failed"): the lexicon's "I am sure", "I'm
sure" and "no doubt" are not reported there.

In technical writing the writer's own "I'm sure" or "I am sure" is ``info`` (``writers_sure``;
issue 11, thirty-sixth session, prec36b): there it grants a point before the writer's own ("I'm
sure Java is fine for some stuff, as is C or whatever.", "I'm sure there was disagreement within
the Python community ... But niceties aside"), backs the writer's own proposal ("I'm sure, that
is a good idea to get teams for each language"), is modest about the writer's idea ("I'm sure
there's some other problem with this idea that I'm missing") or voices the reader's question in a
FAQ's heading: over the sixty-seven sets and tine-, nib- and cog-docs its warning findings there
were wrong 6 times in five sets (kiln, tongs twice, gauge, tine, cog: every one a trap) and
right none. As "I know" is read only outside technical writing (speakers_knowledge) and plain
"we know" is info there. Elsewhere (addresses, editorials, mail) it stays a warning: right 16
times of 19.
"""

from __future__ import annotations

from typing import Optional

#: The words hedging tests this module on (and scans a sentence for).
WORDS = frozenset({"assure", "confidence", "confidently"})
#: "We can be confident that" (``confident``).
CONFIDENT = "confident"

_MODALS = frozenset("can may must".split())
_AS_WELL = frozenset("further also again".split())
# Where the assured content starts, the speaker's own act: "of my help", "I intend", "to stay
# within", "how much I value", "not only to present".
_OWN_ACT = frozenset("i my to how not i'm i'll i've".split())
# Words that may end the addressee of "assure": the content follows.
_CONTENT = frozenset({"that", "of"})
_ADDRESSEE_WORDS = 6
_MARKS = (",", ";", ":", "\u2014", "--")
# "say with confidence that", "look with confidence to": a verb of saying or foreseeing.
_SAYING = frozenset("say state predict assert affirm look".split())
_DEGREE = frozenset("full complete great every".split())
# "I confidently anticipate", "we confidently predict"
_FORESEEING = frozenset("anticipate anticipates expect expects predict predicts say".split())
_SPEAKERS = frozenset({"i", "we", "you"})


def assured(lw, i: int, words, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)`` of the speaker's assurance when ``lw[i]`` (one of WORDS) is its word,
    else None."""
    if prose[words[-1].end : words[-1].end + 1] == "?":
        return None
    w = lw[i]
    if w == "assure":
        return _assure(lw, i, words, prose)
    if w == "confidently":
        # "which I confidently anticipate", "we confidently predict"
        if i + 1 < len(lw) and lw[i + 1] in _FORESEEING and i and lw[i - 1] in ("i", "we"):
            return i - 1, i + 1
        return None
    # "confidence": "(I|we) (can) say with (full) confidence that", "We can look with confidence to"
    j = i - 1
    if j >= 0 and lw[j] in _DEGREE:
        j -= 1
    if j < 1 or lw[j] != "with" or lw[j - 1] not in _SAYING:
        return None
    after = lw[i + 1] if i + 1 < len(lw) else ""
    if after != ("to" if lw[j - 1] == "look" else "that"):
        return None
    s = _speaker_before(lw, j - 2)
    return None if s is None else (s, i)


def confident(lw, i: int) -> Optional[tuple[int, int]]:
    """ "We can be confident (, however,) that": ``(first, last)`` when ``lw[i]`` is "confident"
    after "I/we/you can be" and "that" follows within two words (an aside between)."""
    if i < 3 or lw[i - 1] != "be" or lw[i - 2] not in _MODALS or lw[i - 3] not in _SPEAKERS:
        return None
    if "that" not in lw[i + 1 : i + 3]:
        return None
    if i >= 4 and lw[i - 4] in ("not", "if", "whether"):
        return None
    return i - 3, i


def _speaker_before(lw, j: int) -> Optional[int]:
    """The index of "I"/"we" at ``j`` or before a modal at ``j``; None when neither."""
    if j >= 1 and lw[j] in _MODALS:
        j -= 1
    if j >= 0 and lw[j] in ("i", "we"):
        return j
    return None


def _assure(lw, i: int, words, prose: str) -> Optional[tuple[int, int]]:
    """ "I (can) (further) assure <addressee> that/of/, <claim>"."""
    j = i - 1
    if j >= 0 and lw[j] in _AS_WELL:
        j -= 1
    if j >= 1 and lw[j] == "to" and lw[j - 1] == "want":
        j -= 2
    elif j >= 0 and lw[j] in _MODALS:
        j -= 1
    if j < 0 or lw[j] != "i":
        return None
    if j and lw[j - 1] in ("if", "whether", "not", "cannot"):
        return None
    n = len(lw)
    # the addressee: "you", "the Congress", "you gentlemen", "you, the bipartisan leadership of
    # Congress," ends at "that", "of" or a mark; then the content starts
    k = i + 1
    while k < n and k - i <= _ADDRESSEE_WORDS:
        if lw[k] in _CONTENT:
            k += 1
            break
        if k > i + 1 and any(m in prose[words[k - 1].end : words[k].start] for m in _MARKS):
            break  # "I can assure you, it will yield no victory"
        if k == i + 2 and lw[i + 1] == "you" and lw[k].isalpha() and lw[k] in _OWN_ACT:
            break  # "I assure you I intend": the content right after "you"
        k += 1
    else:
        return None
    if k >= n or lw[k] in _OWN_ACT or not lw[k][:1].isalpha():
        return None
    for q in range(k, min(n - 1, k + _ADDRESSEE_WORDS + 2)):
        if lw[q] == "of" and lw[q + 1] in ("my", "our"):
            return None  # "I can assure you, the bipartisan leadership of Congress, of my help": a promise
    return j, i


def own_side(lw, a: int, b: int) -> bool:
    """The lexicon's "I am sure" / "I'm sure" / "(I have) no doubt" at ``a..b`` before "(that) we"
    or "(that) I": the speaker sure of his own side's doing (see the module's note)."""
    phrase = tuple(lw[a : b + 1])
    if phrase == ("no", "doubt"):
        if a < 2 or lw[a - 2] not in ("i", "we") or lw[a - 1] != "have":
            return False
    elif phrase not in (("i", "am", "sure"), ("i'm", "sure")):
        return False
    k = b + 1
    if k < len(lw) and lw[k] == "that":
        k += 1
    return k < len(lw) and lw[k] in _OWN_SIDE


_OWN_SIDE = frozenset("we i we'll we've we're i've i'll i'm".split())


_WRITERS_SURE = frozenset({("i", "am", "sure"), ("i'm", "sure")})


def writers_sure(lw, b: int, bend: int) -> bool:
    """The lexicon's "I am sure" / "I'm sure" at ``b..bend``: the writer's own certainty."""
    return tuple(lw[b : bend + 1]) in _WRITERS_SURE


def own_testimony(lw, a: int, b: int) -> bool:
    """ "I can honestly say" (the lexicon's "can honestly say" after "I"): the speaker's word on
    his own honesty, testimony of what he has seen or felt (Q5, "the writer's testimony of his own
    conviction", as spamassassin's "I honestly believe"), not certainty on a claim: "I can
    honestly say I had no idea whether 90 percent of them were ...", "I can honestly say that when
    it comes to his character ..., Barack Obama is still the same man", "I can honestly say it has
    done better than I could have imagined". Issue 11, fifty-fifth session (shown55): over the one
    hundred and twenty-seven sets its three findings stand on no item (trowel and strop at info,
    dibber's Everitt at warning), none right. Not "We can honestly say that the parser is faster"
    (a team vouching for its product, the lexicon's own example)."""
    return a > 0 and lw[a - 1] == "i" and tuple(lw[a : b + 1]) == ("can", "honestly", "say")
