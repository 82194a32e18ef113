"""A group's own feeling, not a view credited to it.

"a lot of Americans feel anxious", "Too many Americans feel powerless against the influence of
private lobbying", "many of our fellow citizens have felt excluded from the promise of our
country", "Too many Americans feel that way right now": the writer tells what the people the text
is about feel. Nobody is made the source of a claim about the world, so there is no source to
name (the labelled sets' rules B9 and N3; issue 11, seventeenth session: every such "group + feel"
of the twenty-two sets' gold is a negative, mallet-docs twice, gouge-docs, and kiln-docs' 1979
address leaves its one unmarked; the sixteenth session saw two sets of it, gouge-docs is the third).

Still a view: "feel that ...", "feel the economy is weak", "others here feel quite certain that the
percentage would be less than ten" (bellows-docs' positive): a clause or a certainty follows.
Words are the sentence's normalised words (``norm_words``).
"""

from __future__ import annotations

_FEEL = frozenset({"feel", "feels", "felt"})
# Degree words between the verb and the state ("feel so powerless", "felt increasingly excluded").
_DEGREE = frozenset("so very too quite rather really deeply increasingly more less a little bit somewhat".split())
# States of feeling that end in none of the suffixes below.
_STATES = frozenset(
    """anxious afraid unable alone angry sad safe unsafe lost left insecure uneasy helpless hopeless
    powerless ashamed proud guilty betrayed ignored abandoned trapped excluded unwelcome welcome
    uncertain unsure vulnerable overwhelmed stuck pessimistic optimistic nervous worried scared""".split()
)
_SUFFIXES = ("less", "ous", "ful", "ed", "ive")
# Certainty after the verb makes it a view of the world: "feel quite certain that".
_CERTAIN = frozenset("certain sure confident convinced positive".split())


def a_feeling(lw, v: int) -> bool:
    """The verb at ``v`` ("feel", "feels", "felt") tells a state of feeling: an adjective of
    feeling after it, or "that way" / "the same way" ("Too many Americans feel that way")."""
    if lw[v] not in _FEEL:
        return False
    k = v + 1
    while k < len(lw) and lw[k] in _DEGREE:
        k += 1
    if k >= len(lw):
        return False
    w = lw[k]
    if w in _CERTAIN:
        return False
    if lw[k : k + 2] in (["that", "way"], ["this", "way"]) or lw[k : k + 3] == ["the", "same", "way"]:
        return True
    return w in _STATES or (w.isalpha() and len(w) > 4 and w.endswith(_SUFFIXES))
