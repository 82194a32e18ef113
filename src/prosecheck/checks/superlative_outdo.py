""""out-" and a verb outdoing every rival (issue 11, fifty-seventh session, history57).

"We can outproduce, outcompete, and outsell anybody, anywhere in the world", "we can out-compete
anyone, anywhere on Earth", "America's workers and farmers can out-work, out-produce anyone,
anytime, anywhere", "out-produce the rest of the world": a verb made with "out-" says its subject
does the thing better than the one it governs, and when that is everybody ("anyone", "anybody",
"everyone", "everybody", "the rest of the world") the subject is ranked first of all, a superlative
with no "-est" (as "better than anyone" is, which the comparison frames read).

The rival must be the verb's object, right after it (a comma may end a list of such verbs:
"outthink, out-dream, out-work and outproduce anybody"). Not a noun or an adjective that happens
to start with "out" (``_NOT_VERBS``: "outside anyone's control", "the output everyone sees",
"outstanding"), and not a rival of one ("outsold its rival", "outlasted everyone else in the
room" has "else": everyone but those just named), and not an aim or a forecast ("We need to
out-build the rest of the world", "we must outcompete everyone"). Reads the normalised words of one sentence
(``lw``) a fixed number of words back from the rival.
"""

from __future__ import annotations

from typing import Callable, Optional

#: Everybody as a rival: the trigger words.
TRIGGERS = frozenset({"anyone", "anybody", "everyone", "everybody", "rest"})
#: Words that start with "out" and are no verb of outdoing.
_NOT_VERBS = frozenset(
    "outside outsides output outputs outputted outputting outline outlines outlined outlining outcome "
    "outcomes outlook outlooks outset outreach outer outermost outright outstanding outlet outlets "
    "outbreak outbreaks outage outages outdated outgoing outfit outfits outfitted outlaw outlaws "
    "outlawed outlay outlays outpost outposts outward outwards outbound outdoor outdoors outskirts "
    "outrage outraged outrages outrageous outsource outsourced outsourcing outsider outsiders "
    "outing outings outcast outcasts outcry outfield outflow outflows outgrowth outhouse outlying "
    "outpatient outpouring outspoken outstretched outta outlive outlived outlives "
    "outlast outlasted outlasts outgrow outgrew outgrown outnumber outnumbered outnumbers".split()
)
#: Words right before the verbs that make them an aim or a forecast, not a standing claimed ("We
#: need to out-innovate, out-educate, and out-build the rest of the world"); "can" stays a claim
#: of what the subject is able to do ("we can outproduce anybody").
_AIMED = frozenset("to must should would will shall 'll \u2019ll".split())
#: How many verbs a list may hold before the rival ("outthink, out-dream, out-work and outproduce").
_LIST = 6


def _outdoes(w: str) -> bool:
    """``w`` is a verb of outdoing: "outproduce", "out-compete", "outsell", "outperforms"."""
    if not w.startswith("out") or w in _NOT_VERBS:
        return False
    rest = w[4:] if w[3:4] == "-" else w[3:]
    return len(rest) >= 3 and rest.isalpha()


def outdoes_everyone(lw, i: int, gap: Callable[[int], str]) -> Optional[tuple[int, int]]:
    """``(start, end)`` of "<out-verb> anyone" ("outproduce anybody", "out-produce the rest of the
    world") when ``lw[i]`` is the rival, else None: ``start`` the first verb of a list of them,
    ``end`` the rival (or "world"). ``gap(k)`` is the text between words ``k`` and ``k + 1``."""
    n = len(lw)
    w = lw[i]
    end = i
    p = i - 1
    if w == "rest":
        # "the rest of the world": the whole world but the subject
        if i + 3 >= n or lw[i + 1 : i + 4] != ["of", "the", "world"] or p < 0 or lw[p] != "the":
            return None
        end = i + 3
        p -= 1
    elif i + 1 < n and lw[i + 1] == "else":
        return None  # "outlasted everyone else": everyone but those just named
    if p < 0 or not _outdoes(lw[p]) or gap(p).strip():
        return None
    start = p
    # back over a list of such verbs: "outproduce, outcompete, and outsell anybody"
    q = p - 1
    for _ in range(_LIST):
        if q >= 0 and lw[q] in ("and", "or") and gap(q).strip() in ("", ","):
            q -= 1
        if q >= 0 and _outdoes(lw[q]) and gap(q).strip() in (",", ""):
            start = q
            q -= 1
            continue
        break
    if start and lw[start - 1] in _AIMED:
        return None  # "We need to out-innovate ... the rest of the world", "we must outbuild": an aim
    return start, end
