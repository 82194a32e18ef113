"""Sweeps of SL101 that are right only sometimes, reported at ``info`` (issue 11, thirty-sixth
session, prec36s): a comparison that grades a mind's certainty (:func:`compares_certainty`) and
everyone's future (:func:`nobody_will`); and since the thirty-seventh session (prec37s) what
nobody can know (:func:`nobody_can_know`).

A comparison over every time or every rival that grades a mind's certainty, not the world:

"I am, if possible, more than ever convinced of the incalculable benefits conferred by the
civil-service law" (Cleveland 1893), "We move toward the next century more confident than ever
that we have the will" (Bush 1991), "certain things become clearer than ever" (Biden 2024), "it
has never been more clear that the state of our Union depends on the state of the world"
(Carter 1980), "It seems to me that nothing is clearer than that the greater part of the burden
... falls upon" (Grant 1874): the comparative is the speaker's own certainty, how sure he is of
what follows, and nothing is ranked against the world's rivals. Such a sentence is at most a
booster, the writer insisting on what follows (RULES 5, HC102's), never a superlative or a record
an editor could source (RULES 3). Over the sixty-seven development sets and tine-, nib- and
cog-docs at the thirty-sixth session's start, six warning findings of SL101 held this shape, in
six sets (cog, cleat, punch, saw: traps, "scoped to the speaker's own conviction", "the speaker
ranking his own priorities", "a comparison scoped to the speaker's own life and view"; sledge,
spade: unlabelled), and none was right: the finding moves to ``info`` (shown with ``--picky``).

Only the adjective counts, said of a mind or of a proposition:

* *certain*, *sure*, *confident*, *convinced*, *persuaded* (and *surer*): how sure someone is
  ("more confident than ever that", "never been more certain");
* *clear*, *plain*, *obvious*, *evident*, *apparent* (and *clearer*, *plainer*) only when what is
  clear is a proposition: a "that" clause follows ("never been more clear that ...", "than that
  the greater part ..."), the subject is "it" or "nothing" ("nothing is clearer to the Congress
  than ..."), or the clause ends on the comparison ("things become clearer than ever.").

Not the adverb ("Most Americans realize more clearly than ever before that ...": a claim about
what a people knows, sickle-docs' positive), not an adjective before its noun ("There will be no
clearer test of the commitment ... than the legislation", kiln-docs' positive: a ranking of tests),
not a trait shown at a moment ("The vitality of William James was never more evident than in his
letters", anvil-docs' positive), and not another feeling ("more determined than ever", "never
been more urgent": resolve and need, which the sets mark as claims).

What nobody will do: "No one will ever forget the night the levee broke" (a tribute), "I promise
that no one will call you" (a promise, RULES-ADDENDUM A4), "Only the largest farms will pay the
new toll, and no one else will" (a policy's outcome), "out of work so long that no one will give
them a chance anymore" (a plight told), "trusting that nobody will find out about them" (a hope
reported): "nobody" or "no one" with "will" or "shall" forecasts or pledges, and the sets mark it
a claim once ("Nobody will trust somebody who is so clearly hiding their true character", lathe)
against six warning findings in five sets that are traps or on no item (bevel 2, awl, sledge,
gouge; dowel unlabelled): ``info``. The present and the past ("No one wants", "nobody has ever")
and "would" (a case supposed, right as often as not) stay warnings.

What nobody can know (thirty-seventh session): "Nobody can be absolutely certain of the answers",
"No one can tell the exact character of the emergencies we may meet", "how far distant no one could
venture to conjecture", "No one seems to know what distinguishes a bell from a whistle": "nobody"
or "no one" with "can" or "could" (or "seems to") and a verb of knowing, telling or foreseeing
admits a limit of what anyone knows. It is the writer conceding uncertainty, the opposite of a
claim that sweeps over everyone; the twenty-second session's "nobody knows what will happen" (left
unreported) is the same idiom in the present. Over the seventy-three development sets at the
thirty-seventh session's start six warning findings held this shape, in six sets, none right
(traps in anvil "Nobody can be absolutely certain", gimlet "No one can tell", gauge "no one could
venture to conjecture", ratchet "No one seems to know"; on no item in whet and bevel, "Nobody can
believe what they're watching", amazement told as disbelief): ``info``. Not "would" ("No one
would know more about it than Saban": a comparison with a rival), not a verb of doing or
perceiving ("no one can read every posting", "no one can hear"), not "doubt" or "deny" ("no one
can now doubt the word of America": a certainty claimed for everyone), and not "knows" alone
("Nobody really knows.", "no one knows who": the sets mark those claims as often as not).

All read the normalised words of one sentence (``lw``) around the finding, a fixed number of
them: no scan of the sentence.
"""

from __future__ import annotations

from typing import Callable, Optional

from prosecheck.checks.nobody_passive import after_nobody

#: How sure a mind is: always the speaker's (or a hearer's) certainty when compared.
MIND = frozenset({"certain", "sure", "confident", "convinced", "persuaded"})
#: Clarity: a mind's certainty only when what is clear is a proposition (see the module's text).
CLARITY = frozenset({"clear", "plain", "obvious", "evident", "apparent"})
#: Comparatives in -er of the two lists.
_ER = {"surer": "sure", "clearer": "clear", "plainer": "plain"}
#: Subjects that make "clear" a proposition's: "it has never been more clear that", "nothing is clearer".
_PROPOSITION_SUBJECTS = frozenset({"it", "nothing"})
#: Marks that end the clause a comparison closes: "things become clearer than ever."
_CLAUSE_END = frozenset(".;:!?")


#: The words that may stand between "nobody" or "no one" and "will".
_BETWEEN = frozenset({"else", "ever", "really"})
_FUTURE = frozenset({"will", "shall"})


def nobody_will(lw, a: int) -> bool:
    """The finding at ``lw[a]`` is "nobody" or "no one" (and "else") before "will" or "shall":
    what nobody will do, a forecast or a pledge."""
    n = len(lw)
    k = after_nobody(lw, a)
    if k is None:
        return False
    while k < n and k < a + 4 and lw[k] in _BETWEEN:
        k += 1
    return k < n and lw[k] in _FUTURE


#: Verbs of knowing, telling and foreseeing after "nobody can": a limit of knowledge admitted.
KNOWING = frozenset(
    "know tell say predict foresee forecast conjecture guess estimate determine believe imagine".split()
)
#: "be certain", "be sure": the same limit said with an adjective.
_SURE = frozenset({"certain", "sure"})
#: Words that may stand between the modal and the verb: "can really tell", "could venture to
#: conjecture", "can be absolutely certain".
_HEDGE_GAP = frozenset({"really", "truly", "yet", "ever", "quite", "venture", "to", "be", "absolutely", "fully", "entirely"})


def nobody_can_know(lw, a: int) -> bool:
    """The finding at ``lw[a]`` is "nobody" or "no one" before "can", "could" or "seems to" and a
    verb of knowing (``KNOWING``) or "be certain": what nobody can know, a limit admitted."""
    n = len(lw)
    k = after_nobody(lw, a)
    if k is None:
        return False
    if k + 1 < n and lw[k] in ("seems", "seemed") and lw[k + 1] == "to":
        k += 2
    elif k < n and lw[k] in ("can", "could"):
        k += 1
    else:
        return False
    end = min(n, k + 4)
    be = False
    while k < end and lw[k] in _HEDGE_GAP:
        be = be or lw[k] == "be"
        k += 1
    return k < n and (lw[k] in KNOWING or (be and lw[k] in _SURE))


def _base(lw, k: int) -> Optional[str]:
    """The certainty adjective at ``k`` as a comparative ("clearer", or "more clear" with "more"
    before it), by its base form; None if there is none."""
    if k < 0 or k >= len(lw):
        return None
    w = lw[k]
    if w in _ER:
        return _ER[w]
    if (w in MIND or w in CLARITY) and k >= 1 and lw[k - 1] in ("more", "less"):
        return w
    return None


def compares_certainty(lw, a: int, b: int, gap: Callable[[int], str]) -> bool:
    """The finding ``lw[a..b]`` ("than ever", "never been more clear", "nothing is clearer")
    compares a mind's certainty with every other time or rival. ``gap(k)``: the text between
    words ``k`` and ``k + 1``."""
    n = len(lw)
    adj = None  # the index of the certainty adjective
    if lw[a] == "than":
        # "clearer than ever", "more confident than ever"
        if _base(lw, a - 1):
            adj = a - 1
        # "more than ever convinced": the comparative "more" before "than", the adjective after
        elif a >= 1 and lw[a - 1] == "more" and b + 1 < n and (lw[b + 1] in MIND or lw[b + 1] in CLARITY):
            adj = b + 1
    elif _base(lw, b):
        adj = b  # the frames' "never been more clear", "nothing is clearer", "never been surer"
    if adj is None:
        return False
    base = _ER.get(lw[adj], lw[adj])
    if base in MIND:
        return True
    # Clarity: what is clear must be a proposition.
    after = adj + 1
    if lw[a] == "than":
        after = max(after, b + 1)  # past "than ever (before)"
    if after < n and lw[after] == "that":
        return True  # "never been more clear that ..."
    if after + 1 < n and lw[after] == "than" and lw[after + 1] == "that":
        return True  # "nothing is clearer than that the greater part ..."
    if any(lw[k] in _PROPOSITION_SUBJECTS for k in range(max(0, a - 3), a + 1)):
        return True  # "it has never been more clear", "nothing is clearer to the Congress than"
    if after >= n:
        return True  # the sentence ends on the comparison
    return not _CLAUSE_END.isdisjoint(gap(after - 1) or "")  # "things become clearer than ever."
