"""What nobody does to the reader, reported at ``info`` (issue 11, forty-second session, precsl42):
"no one is going to bite your head off for committing something", "You have no users, and nobody
ever visits your server", "a country ... where no one can steal your purse on Main Street",
"Nobody can beat you, fire you, or repress you if you decide to be insolent".

``nobody`` or ``no one`` opening a clause sweeps over everyone, and as the subject of what people
think, want or do in the world it is a claim (`No one wants to maintain multiple hundred-line
style configuration files`, `nobody cared either`). With the reader as the object of its verb
(``you``, ``your``), the sentence tells the reader what will not happen to them: a reassurance, a
scene the reader is put in, or the condition a text describes for them, and the sweep is over the
people around that reader, not a ranking of the world an editor could source. Over the eighty-
eight development sets at the forty-second session's start such findings were warnings wrong 4
times of 4, in four sets (a trap in spindle; on no item in dado, peg and forge); none on the
benchmark corpus. Info, not out: "Nobody will ever read your data" said of a
product is its maker's promise (``nobody_will`` already lowers the future tense).

Not this shape: a clause about the reader after the verb (`No one cares what you look like`,
`no one can see what you're doing`: what nobody minds or sees, which the sets read both ways), and
``you`` inside what is told (`no one dared tell Americans, you didn't build that`).

The writer as the object is the same shape (issue 11, forty-ninth session, slprec49): "Nobody
could make me clean out the rotten chicken tank anymore", "Nobody believes me, but I did not name
it": what nobody does to the one telling the story is a scene of that story or a joke, not a sweep
over the world an editor could source (whet-docs' trap, a joke; sander-docs' memoir of a job). Not
``us`` or ``our``: in the addresses "no one can take our freedom" is the nation's claim. A mail's
soft line break (``=``) between "nobody" and its verb is passed over as the words around it are.
Since the fifty-eighth session (narr58) ``me`` or ``myself`` as that object is out, not info
(superlative_own_life asks :func:`done_to_writer`): 5 info findings over the sets, all wrong (whet,
sander's three, sett's "I knew that no one would judge me"); ``my`` stays here, at info.

Reads at most ``_REACH`` words after the finding's first word: no scan of the sentence.
"""

from __future__ import annotations

_READER = frozenset("you your yours yourself yourselves".split())
#: The writer, first person singular: "Nobody could make me ...", "nobody believes me".
_WRITER = frozenset("me my myself".split())
#: Auxiliaries, modals and adverbs between "nobody" and its verb: "is going to bite", "can ever".
_BETWEEN = frozenset(
    "can could will would shall should may might must is are was were has have had does do did "
    "going to ever really even quite actually =".split()
)
_REACH = 6


def done_to_reader(lw, a: int) -> bool:
    """The finding opens at "nobody"/"no one" (``lw[a]``), and the first word after its verb,
    past auxiliaries and adverbs, is the reader (``you``, ``your``) or the writer (``me``, ``my``)."""
    w = _object_of_nobody(lw, a)
    return w is not None and (w in _READER or w in _WRITER)


#: The writer as the very object ("Nobody believes me"): the teller's own story, out (narr58).
_WRITER_HIMSELF = frozenset({"me", "myself"})


def done_to_writer(lw, a: int) -> bool:
    """As :func:`done_to_reader`, the object being ``me`` or ``myself`` ("Nobody believes me",
    "Nobody could make me clean out the tank"): not ``my`` ("no one can take my vote": a thing of
    the writer's the world might take, left at info)."""
    return _object_of_nobody(lw, a) in _WRITER_HIMSELF


def _object_of_nobody(lw, a: int):
    """The word right after the verb of the "nobody"/"no one" at ``a``, or None."""
    n = len(lw)
    if lw[a] in ("nobody", "no-one"):
        k = a + 1
    elif lw[a] == "no" and a + 1 < n and lw[a + 1] == "one":
        k = a + 2
    else:
        return None
    stop = min(n, k + _REACH)
    while k < stop and lw[k] in _BETWEEN:
        k += 1
    # k: the verb; the reader (or the writer) must be its object, the very next word
    if k + 1 < n and k < stop and lw[k].isalpha():
        return lw[k + 1]
    return None
