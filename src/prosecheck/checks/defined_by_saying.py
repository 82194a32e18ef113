"""A term defined by what a kind of thing "is said to" be or do (``HC101``'s precision; issue 11,
twenty-ninth session, hedge29).

A lexicon or a manual names a term by the things that earn it: "Someone who keeps changing his
mind ... is said to be thrashing", "An electronic mail message that is undeliverable ... is said
to bounce", "Employees who have gotten too much attention from their esteemed founder are said to
have 'lithium lick'", "Devices that are especially obtrusive ... are said to have a high batman
factor", "a web page or web site with high placement in the results ... is said to have 'a lot of
google juice'", "Now any project shut down at Apple ... may be said to have gotten steved" (the
traps of hoe-, pick-, rake-, sickle-docs and froe-docs' unlabelled line: RULES-ADDENDUM S52, the
lexicon's definitions). "is said to" there means "is called": nobody's report is passed on. What
marks the shape is the subject: a kind of thing, not one thing the text is about, opening the
clause ("someone", "any", an article or a bare plural) and narrowed by what qualifies it ("who",
"that", "which", "with", a participle with its complement) before the verb.

A report keeps its subject: one thing named or known ("Caltech professor James Kajiya is said to
have been the founder", "The 2.x versions were said to have improved", "Their upper limit ... is
said to be two bananas"), a subject with no qualifier ("A 31-year-old woman is said to be
responding well"), and the relative pronoun as the subject ("what is said to have happened when",
"on which something is said to depend"). An article or a bare plural is read as a kind only in
technical writing (``Document.technical``): in news "A man who was arrested on Friday is said to
have fled" reports; "someone", "anyone" and "any" are kinds in every genre.

Each function reads the normalised words of one sentence (``lw``) in a window of at most
``_REACH`` words before the verb: no scan of the sentence.
"""

from __future__ import annotations

# Openers of a kind in every genre, and in technical writing only (an article: "An electronic
# mail message that ...").
KIND_ANY = frozenset("someone somebody anyone anybody any".split())
KIND_TECHNICAL = frozenset("a an".split())
# What narrows the kind before the verb: a relative, "with", or a participle with its complement.
_RELATIVE = frozenset("who that which whose with".split())
_PARTICIPLE_NEXT = frozenset("by at in down up out with from on for into to".split())
_IRREGULAR = frozenset("shut run made kept held left set put found sent built written known given taken done seen".split())
# A sentence adverb before the kind at the clause's start: "Now any project shut down at Apple".
_LEAD = frozenset("now so thus then hence".split())
_MODALS = frozenset("may might can could will would must should shall".split())
_REACH = 30
# Words between the kind's opener and its qualifier ("a web page or web site with").
_QUALIFIER_REACH = 6


def _opens_clause(lw, words, g: int, prose: str) -> bool:
    """``lw[g]`` opens the sentence or a clause after a mark (", a web page", "] An electronic
    mail message"), or follows a sentence adverb that opens it ("Now any project")."""
    if g == 0:
        return True
    gap = prose[words[g - 1].end : words[g].start]
    if any(c in gap for c in ",;:])"):
        return True
    return g == 1 and lw[0] in _LEAD


def _qualified(lw, g: int, end: int) -> bool:
    """A qualifier of the kind stands after ``g`` and before ``end`` (within a few words)."""
    for r in range(g + 1, min(end, g + 1 + _QUALIFIER_REACH)):
        w = lw[r]
        if w in _RELATIVE:
            # not "an alleged incident in which engineering students are said to have welded":
            # after a preposition the relative clause has a subject of its own, the verb's
            return r < end - 1 and lw[r - 1] not in _PARTICIPLE_NEXT
        if r >= g + 2 and r + 1 < end and lw[r + 1] in _PARTICIPLE_NEXT and (
            (w.endswith("ed") and len(w) > 4) or w in _IRREGULAR
        ):
            return True
    return False


def defines(lw, words, be: int, prose: str, technical) -> bool:
    """Is "is said to" at ``be`` (the index of its "is", "are" or "be") a term's definition: its
    subject a kind of thing opening the clause and narrowed before the verb? ``technical``: a
    callable, asked only for an article or a bare plural (the document's genre)."""
    end = be - 1 if be >= 1 and lw[be] == "be" and lw[be - 1] in _MODALS else be
    if end < 2 or lw[end - 1] in ("and", "but", "or", "what", "which", "who", "that"):
        return False  # "which do not exist but are said to", "what is said to have happened"
    start = max(0, end - _REACH)
    for g in range(start, end - 1):
        w = lw[g]
        plural = g == 0 and w.isalpha() and w.endswith("s") and not w.endswith("ss")
        if w in KIND_ANY or w in KIND_TECHNICAL or plural:
            if _opens_clause(lw, words, g, prose) and _qualified(lw, g, end) and (w in KIND_ANY or technical()):
                return True
    return False
