"""Criticism said to be drawn with nobody drawing it (HC101): "attracted criticism", "She has
faced strong criticism for", "provoked consternation", "drew criticism for turning the comedy
into a tragedy", "has attracted considerable controversy".

The fixed phrases "faced criticism", "drawn criticism", "come under criticism" and "faced
scrutiny" are in ``data/weasel.tsv``; this finds the same claim with a modifier before the noun
("faced strong criticism", "attracted considerable controversy") and with the other verbs of
drawing a reaction ("attract", "provoke", "spark", "earn", "meet with"): the reader learns that
somebody objected, not who (issue 11, fifty-fifth session, unnamed55: riffler-docs' three
Al Jazeera columns, read as well in vise-docs' "This has provoked criticism from readers",
flute-docs' "drew criticism for turning the comedy into a tragedy" and arbor-docs' "this report
has attracted considerable controversy"). A link, a citation or a named source in the sentence
answers it, as for every HC101 finding.

Not a finding: a reaction foreseen or imagined ("would provoke outrage if", "is likely to draw
criticism"), the noun after a function word ("in the face of unfair criticism", "faced with
neoclassical criticism", "generates lots of criticism"), criticism whose critics are named after ``from`` or ``by`` ("faced criticism from
their employees", "drew criticism from Amnesty"), criticism owned by a possessive ("drew the
union's criticism", "faced their criticism"), "received" (documentation's "received complaints",
and plane-docs' trap "has received some criticism for including proprietary components"), "under
fire" and "scrutiny" with a modifier (idiom and news routine: "drawn public scrutiny", "came under
fire from activist tech workers", unlabelled in the sets), and "concern" (a FAQ's "Common
concerns").
"""

from __future__ import annotations

from typing import Optional

#: Nouns of a public reaction against something.
NOUNS = frozenset(
    "criticism criticisms condemnation controversy consternation backlash outrage censure derision "
    "ridicule opprobrium".split()
)
#: Verbs of drawing a reaction, any form; "meet"/"met" only with "with", "come" only with "under".
_DRAW = frozenset(
    """
    draw draws drew drawn drawing attract attracts attracted attracting face faces faced facing
    provoke provokes provoked provoking spark sparks sparked sparking earn earns earned earning
    invite invites invited inviting trigger triggers triggered triggering generate generates
    generated generating
    """.split()
)
_WITH = frozenset("meet meets met meeting".split())
_UNDER = frozenset("come comes came coming".split())
# Words that may stand between the verb and the noun: how much or how sharp ("strong", "a
# storm of"), never an owner ("their", "the union's").
_OWNERS = frozenset("his her their its our my your whose the this that these those".split())
_MAX_BETWEEN = 2
# Function words that make the noun something other than the verb's object: "in the face of
# unfair criticism" (forge-docs), "faced with neoclassical criticism" (burr-docs), "generates lots
# of criticism" (spindle-docs: the type of thing that often does).
_LINKS = frozenset("of with in on for to from by at and or as if than".split())
# A modal or "to" before the verb: a reaction foreseen or imagined ("activities that would
# provoke outrage if engaged in by rank-and-file members", ferrule-docs), not one reported.
_FORECAST = frozenset("would could might may will can should must shall to 'll 'd".split())
# After "from"/"by", a name or a determiner names the critics: "from their employees", "from
# Amnesty", "by the press"; a bare plural ("from readers") does not.
_NAMING = frozenset("his her their its our my your the this that these those a an".split())
# ... unless the noun after it is a time: "drew criticism from the start".
_TIMES = frozenset("start outset beginning first moment day get-go off".split())


def drawn_by_nobody(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """``(first, last)`` word indexes of "<verb of drawing> (<modifier>) <noun of reaction>" when
    ``lw[i]`` is the noun and nobody is named as its source; else None."""
    if lw[i] not in NOUNS:
        return None
    v = i - 1
    while v >= 0 and i - v <= _MAX_BETWEEN + 1:
        w = lw[v]
        if prose[words[v].end : words[v + 1].start].strip():
            return None  # a mark between: "drew, in the end, criticism" is not read
        if w in _DRAW or (w == "with" and v and lw[v - 1] in _WITH) or (w == "under" and v and lw[v - 1] in _UNDER):
            break
        if w in _OWNERS or w.endswith(("'s", "\u2019s")) or not w.replace("-", "").isalpha():
            return None  # "drew the union's criticism", "faced their criticism": owned
        if w in _LINKS:
            return None  # "in the face of unfair criticism", "faced with criticism", "generates lots of criticism"
        v -= 1
    else:
        return None
    if v < 0:
        return None
    first = v - 1 if lw[v] in ("with", "under") else v
    m = first - 1
    if m >= 0 and lw[m] in ("not", "never", "also", "surely", "certainly", "likely"):
        m -= 1
    if m >= 0 and lw[m] in _FORECAST:
        return None  # "would provoke outrage if", "is likely to draw criticism": a reaction foreseen, nobody's yet
    if first + 1 == i and (lw[first], lw[i]) in _WEASEL_PAIRS:
        return None  # "faced criticism": the weasel entry's own phrase
    if i + 2 < len(lw) and lw[i + 1] in ("from", "by"):
        nxt = words[i + 2].text
        time = i + 3 < len(lw) and lw[i + 3] in _TIMES
        if (lw[i + 2] in _NAMING and not time) or nxt[:1].isupper() or lw[i + 2].endswith(("'s", "\u2019s")):
            return None  # "faced criticism from their employees", "drew criticism from Amnesty"
    return first, i


# Verb and noun of the weasel entries ("faced criticism", "drawn criticism"): weasel.tsv reports
# them and hedging._weasel_excused excuses them ("come under criticism" is three words: the
# entry's match moves the scan past the noun).
_WEASEL_PAIRS = frozenset({("faced", "criticism"), ("drawn", "criticism"), ("faced", "scrutiny")})

