"""What found a finding of hedging's (HC101, HC102, HC103): the fourth field of ``hedging._scan``'s
``(first, last, code, kind)``, which the tiers and the answers compare, apart from the words its
message prints (issue 11, sixty-third session, fix63).

Until the sixty-third session the field was the message's note itself ("holds this view",
"this person is"): a finder was told apart by the words of its message, so an "as" aside
("as is generally supposed", as_held) needed words of its own ("holds that view") to be read
apart from the impersonal passive's, and two finders that print the same words could not be.
A ``Kind`` carries its note for the message and is compared as an object.

Every note read from the data (the lexicon's third column, ``nobody_reported.VERBS``) and every
finder that shares a message with them has one kind per message (``noted``): "one constant per
message", so what is compared is what was compared before, and the output is the same. A finder
whose findings are read apart gets a ``Kind`` of its own (hedging.AS_HELD).
"""

from __future__ import annotations


class Kind:
    """A finding's kind: ``name`` for a reader, ``note`` for the message ("does not say who
    {note}"). Equal only to itself; ordered by its note, so that sorting a sentence's findings
    orders them as the notes did (``found.sort()``: findings with the same words, the same code and
    the same note keep the order they were found in)."""

    __slots__ = ("name", "note")

    def __init__(self, name: str, note: str) -> None:
        self.name = name
        self.note = note

    def __lt__(self, other: "Kind") -> bool:
        return self.note < other.note

    def __gt__(self, other: "Kind") -> bool:
        return self.note > other.note

    def __repr__(self) -> str:
        return f"Kind({self.name!r}, {self.note!r})"


_NOTED: dict = {}


def noted(note: str) -> Kind:
    """The one kind of every finding whose message prints ``note`` and has no kind of its own."""
    kind = _NOTED.get(note)
    if kind is None:
        kind = _NOTED[note] = Kind(note or "no note", note)
    return kind


#: HC102's and HC103's findings, whose messages print no note.
NO_NOTE = noted("")
#: "does not say who holds this view": the message of most of HC101's finders.
HOLDS_VIEW = noted("holds this view")
#: "does not say who among them holds this view, or how many do": a people or a group foreseen (peoples, foreseen_views).
HOLDS_AMONG = noted("among them holds this view, or how many do")
