"""A hedge inside a story the sentence has already called lore (``HC101``'s precision; issue 11,
thirty-first session, hedge31).

When the writer names a story a legend, a myth or folklore before telling it, the hedges inside
the telling ("are said to", "supposedly", "is reputed to", "it is observed") describe the lore,
not a claim the writer hands to somebody unnamed (RULES-ADDENDUM fresh-docs B6 "legends told as
legends", hatchet-docs S183): "Perhaps the best known of these is the legend of the infamous
trolley-car hack, an alleged incident in which engineering students are said to have welded a
trolley car to its tracks", "there was a mainstream variant of this myth involving a 'Trunk Line
Monitor', which supposedly used speech recognition", "Mythically, Guido's most important
attribute ... is Guido's time machine, a device he is reputed to possess", "In mainstream folklore
it is observed that trying to drink from a firehose can be a good way to rip your lips off" (the
traps of fresh-, sickle-, gimlet- and hatchet-docs, five findings, none right over the
fifty-five sets).

The lore word must stand before the hedge: a sentence that tells a claim and only then calls
something a myth ("a gourmand and notorious flake case who originated numerous food myths",
"though some Swedish speakers have since said ...; this part of the story may be apocryphal":
rake- and pick-docs' positives) or a belief the writer reports and then refutes ("it has been
widely believed that ..., this is a myth") keeps its finding. "legendary" and "mythical" are
words of fame or fiction, not a story's frame, and do not count.

The sentence's first lore word is found once per sentence (``sentence_memo.per_sentence``).
"""

from __future__ import annotations

from prosecheck.checks.sentence_memo import per_sentence

# Nouns (and the one adverb) that name a story as lore.
LORE = frozenset("legend legends myth myths mythology folklore mythically".split())

EXAMPLES = [
    # (sentence, the hedge phrase, is it read so?) for tests/test_check_hedging.py
    ("The legend of the haunted lab tells of students who are said to have welded a door shut.", "are said to", True),
    ("In campus folklore it is observed that the third floor never sleeps.", "it is observed", True),
    ("Mythically, the founder is reputed to own a time machine.", "is reputed to", True),
    ("The founder is reputed to own a time machine, a myth the archive refutes.", "is reputed to", False),
    ("The legendary founder is reputed to own a time machine.", "is reputed to", False),
]


@per_sentence
def _first_lore(lw) -> int:
    """The index of the sentence's first lore word, or -1."""
    for k, w in enumerate(lw):
        if w in LORE:
            return k
    return -1


def inside_lore(lw, a: int) -> bool:
    """Does a lore word ("legend", "myth", "folklore", "Mythically") stand before the hedge that
    starts at word ``a``?"""
    k = _first_lore(lw)
    return 0 <= k < a
