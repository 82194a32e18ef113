"""An objection foretold from nobody: "It will be objected that", "Perhaps it will be objected
that", "it will be pointed out that", '"But shouldn't he be punished?" it will be asked.', "It
will be alleged the company allowed the trip" (issue 11, forty-sixth session, hcrec46): ``HC101``,
at ``info``.

The writer answers an objection before anyone has raised it, in the impersonal passive of the
future: who will object, who will ask? Nobody is named, and the objection is put into the mouths
of unnamed opponents (RULES 4, the impersonal passive of saying, as "it is argued that"). The
present and perfect forms ("It is objected that", "it has been argued that") are
``reputation.impersonal_passive``'s; the future was read by none of the shapes.

Only "will" and "shall": after "may", "might", "could" or "can" ("it may be said that", "it could
be argued that") the writer mostly offers his own way of putting it, and over the ninety-seven sets
before chamfer-docs those were right 4 times against 21 traps and unmarked occurrences. Not a
request made of the subject ("it will be asked to compare two groups": the benchmark corpus, a
callback's contract), nor with the sayers named after "by".

Counted over the ninety-seven sets before chamfer-docs (``eval/pooled_misses.py --hcrec46``), then
scored (both pairings): right in five sets (saw, shim, quill, dado, drawknife), wrong twice, on no
item (a President's hope that "at least it will be said that we tried", spade; one of the
Anarchist FAQ's own objections left unmarked, bodkin): at info. None in chamfer-, router- or
burnisher-docs, none in the benchmark corpus but the callback's request above.

One function reading at most eight words after "it": no scan.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.ly_adverbs import ly_adverb

#: The finding's note ("does not say who will say it").
NOTE = "will say it"
#: The modals of a foretold objection.
_MODALS = frozenset({"will", "shall"})
#: Words that may stand between the modal and "be" ("it will doubtless be said", "it will no
#: doubt be urged", "it will also be asked").
_BEFORE_BE = frozenset("perhaps doubtless no doubt also still again now naturally probably certainly surely".split())
#: Participles of objecting, asking or asserting (each already a trigger of the hedging scan).
VERBS = frozenset(
    "objected asked said alleged argued urged claimed contended maintained pointed insisted suggested "
    "charged complained asserted stated denied questioned".split()
)
#: After the participle: a request of the subject ("asked to compare"), the sayers named ("by").
_NOT_AFTER = frozenset({"to", "by"})
_REACH = 2


def foretold(lw, i: int) -> Optional[int]:
    """The index of the participle when ``lw[i]`` ("it") opens "it will be objected that", "it
    will no doubt be urged", "it will be pointed out that"; else None."""
    n = len(lw)
    k = i + 1
    if k >= n or lw[k] not in _MODALS:
        return None
    k += 1
    start = k
    while k < n and k - start < _REACH and lw[k] in _BEFORE_BE:
        k += 1
    if k >= n or lw[k] != "be":
        return None
    k += 1
    if k < n and (lw[k] in ("also", "again") or ly_adverb(lw[k], 0)):
        k += 1  # "it will be confidently asserted"
    if k >= n or lw[k] not in VERBS:
        return None
    if lw[k] == "pointed":
        if k + 1 >= n or lw[k + 1] != "out":
            return None
        k += 1
    if k + 1 < n and lw[k + 1] in _NOT_AFTER:
        return None
    return k


# Rules as data, with their examples (tests/test_check_hedging.py reads them): (sentence, code
# reported on the phrase or None).
EXAMPLES = (
    ("It will be objected that the tolls were never paid.", "HC101"),
    ("Perhaps it will be objected that the plan is too costly.", "HC101"),
    ("Again, it will be pointed out that the canal needs a keeper.", "HC101"),
    ("It will also be urged that the harbour is too small.", "HC101"),
    ("It may be said that the harbour is too small.", None),
    ("When the hook runs, it will be asked to compare two rows.", None),
    ("It will be argued by the keepers that the gate is safe.", None),
)
