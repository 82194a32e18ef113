"""A side the text has named before, voicing its view (HC101): "capitalism is less wonderful than
its supporters claim", "the growth machine its supporters assert", "what the critics claim it
does".

A noun of a stance ("supporters", "critics", "opponents": data/weasel.tsv's group entries noted
"stance") after "its", "the", "these" or "those" is the side of a thing the text has just named
(capitalism's supporters, the critics the passage is answering), not a crowd nobody can find:
the writer reports that side's view to answer it (RULES 4's group the text is about; snips
S1040's views handed to the other side). hedging's group forms already left "the critics" and
"these users" alone (``_REFERRING``); the weasel entries ("critics claim", "critics argue") and
the possessive "its" did not.

Issue 11, fifty-ninth session (party59): the FAQ's sections on capitalism and on Bakunin, one
wrong finding each in brayer-, burr-, sprue- and cramp-docs ("its supporters have asserted",
"its supporters claim", "its supporters assert", "its supporters argue for", no item on any of
them in the sentence) and two traps (spokeshave-docs' "what the critics claim it does",
cleat-docs' "when the critics argue that"); no positive. Not "his critics", "her critics",
"their critics": a person's critics are people the text does not name (forge-docs' positive "his
critics told him he had gone way too far"). Not the dispositions ("the pundits have pointed out",
hone-docs' positive: "the" before a temper refers to nobody, see hedging's ``_DISPOSITIONS``).

One look at the word before the noun: no scan.
"""

from __future__ import annotations

from prosecheck.checks.lexicon import load

#: Nouns of a side for or against something (data/weasel.tsv: group, "stance").
STANCES = frozenset(e for e, cat, note in load("weasel.tsv") if cat == "group" and note == "stance")
#: Words before the noun that point to a side the text has named: the thing it is for or against
#: ("its supporters"), or the side itself ("the critics").
POINTERS = frozenset({"its", "the", "these", "those"})


def named_side(lw, i: int) -> bool:
    """``lw[i]`` is a stance noun after a word pointing back to what the text named."""
    return 0 < i < len(lw) and lw[i] in STANCES and lw[i - 1] in POINTERS


EXAMPLES = (
    ("Capitalism is less wonderful than its supporters claim.", None),
    ("Even if the phrase means what the critics claim it does, it refutes nothing.", None),
    ("Critics claim that the plant closed too early.", "HC101"),
    ("His critics told him he had gone too far.", "HC101"),
)
