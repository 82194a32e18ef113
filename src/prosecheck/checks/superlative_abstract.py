"""A kind of thing, capitalised, that "has always" or "has never" done something (SL101, issue 11,
sixty-fourth session, sweep64).

``superlative_absolutes.held_always`` and ``held_never`` read "<subject> has always/has never ..."
as a state held or denied over all of history when the subject is a common noun, and pass a
capitalised subject as a name ("Guile has always", "Saxes has always": a program's or a person's
own story). A capitalised abstract noun is no name: "Anarchism has always been anti-capitalist",
"Industrialisation has always been associated with ...", "Centralism has always killed a
revolution", "Violence has always been seen as the last option" open their sentences, and the
older addresses capitalise "our Nation has never been aroused", "this Government has never
interfered". Its ending says it names a kind, a doctrine or a state of things, not a person or a
program: -ism, -tion/-sion, -ity, -ence/-ance, -ment, -ness, -ship, -ology, -acy, -dom.

Over the one hundred and fifty-one sets before flail, these subjects were the writers' own, outside
technical writing, and read by no SL101 finding: 12 sentences, 12 right (superlative positives) in
eleven sets, no trap and none unlabelled (``eval/sweep64.py``; 11 of them in the places :func:`capitalised_kind` reads); nothing in flail,
dibble or mell.
The word must open the sentence (where a common noun takes a capital by its place) or follow a
determiner or a possessive (`the Nation`, `this Government`, `our own Government`): a capitalised
word elsewhere is more often a name, and given names end so too (`Lawrence`, `Constance`).
Technical writing is left out by the caller ("Documentation has always been generated from the
docstrings": a project's own history).
"""

from __future__ import annotations

# Endings of an abstract noun or a noun of a kind (a doctrine, a state, a body): not a person's
# name, a place's or a program's.
ABSTRACT_ENDINGS = ("ism", "tion", "sion", "ity", "ence", "ance", "ment", "ness", "ship", "ology", "acy", "dom")


def abstract_subject(text: str) -> bool:
    """``text`` (the subject's word as written) is a capitalised abstract noun: a capital, the rest
    lower case, at least six letters, ending as :data:`ABSTRACT_ENDINGS` ("Anarchism", "Violence",
    "Government", "Nation"); not an acronym ("ISM") nor a short name ("Dom", "Vance")."""
    return (len(text) >= 6 and text.isalpha() and text[:1].isupper() and text[1:].islower()
            and text.lower().endswith(ABSTRACT_ENDINGS))


# What may stand before the capitalised kind: "the Nation", "this Government", "our own Government".
_BEFORE = frozenset("the this that our their its his her my your own".split())


def capitalised_kind(lw, words, s: int) -> bool:
    """The subject ``words[s]`` is a capitalised abstract noun (:func:`abstract_subject`) that opens
    the sentence or follows a determiner or a possessive."""
    return abstract_subject(words[s].text) and (s == 0 or lw[s - 1] in _BEFORE)
