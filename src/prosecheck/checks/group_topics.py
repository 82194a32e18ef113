"""What a group thought or said *about* something, not a view credited to it.

"other developers have thought about the problem", "Fixing these issues inspired some thought about
cpyext", "how other people think of you, well or ill", "they simply repeat what other Marxists have
claimed about anarchism": the verb of thinking or saying names the topic the people turned to, and
no claim follows it. Nobody is made the source of a claim about the world, so HC101 has no source
to ask for (RULES 4: the people the text is about; issue 11, twenty-fourth session, task docs24:
4 false alarms over the thirty-four sets, one each in loft-docs, awl-docs, anvil-docs and
brace-docs, and no right finding so shaped; "Americans believe in the God-given dignity", a
belief in something, is not among these verbs).

Still a view: "think of SQLite as a toy" (what the group holds it to be) and "said of the plan that
it would fail" (the claim follows): "as" or "that" within a few words after the preposition.
Words are the sentence's normalised words (``norm_words``).
"""

from __future__ import annotations

# Verbs of thinking and saying that, before "about" or "of", name a topic. Not "warn about" nor
# "complain about" (a danger or a fault is claimed), nor "agree about" (a consensus).
_VERBS = frozenset(
    "think thinks thought say says said claim claims claimed argue argues argued speculate "
    "speculated".split()
)
_TOPIC = frozenset({"about", "of"})
# A view after the topic: "think of it as a toy", "said of the plan that it would fail".
_VIEW = frozenset({"as", "that"})
#: How many words after the preposition are looked at for a view.
WINDOW = 6


def a_topic(lw, v: int) -> bool:
    """The verb at ``v`` (the last word of a group's claim) is followed by "about" or "of" and
    no "as" or "that" follows within WINDOW words: a topic, not a view."""
    if lw[v] not in _VERBS or v + 1 >= len(lw) or lw[v + 1] not in _TOPIC:
        return False
    # "think about that": "that" right after the preposition is the topic itself
    return _VIEW.isdisjoint(lw[v + 3 : v + 2 + WINDOW])
