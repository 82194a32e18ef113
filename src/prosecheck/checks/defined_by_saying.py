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

Two more shapes name or hedge without reporting anyone (thirty-first session, hedge31,
``own_saying``): **a modal before "be said to"**, the writer's own licence to describe a thing so,
as "one may say" ("A nation may be said to consist of its territory, its people, and its laws",
"break break may be said to interrupt a conversation", "tumbling, which might be said to start
with a somersault", "our relations with other countries can be said to have improved": the traps
of hatchet-, ratchet- and spoke-docs and chisel-docs' unlabelled line, RULES 4's writer's own
plain hedge and B4's definitions); and **a quoted word after "said to"**, the term being named
as "known as" names it ("they are sometimes said to “dogpile”", "A computer may also be said to
‘say’ things": ratchet- and tenon-docs' traps). "is said to have improved" with no modal and an
unquoted verb is a report and stays a finding. Since the fifty-second session (hedge52) the quoted
term may follow "be" or "have" and an article: "Such an animal was said to be “mealynosed”", "a
large number ... was said to be a “drift”", "This dictionary is said to be the “root” of the
database", "Its plural is said to be _We_" (plain text's emphasis): the word is named, as "called"
names it. A quotation further on ("said to be a drift of “strays”") is not the term's.

A third (thirty-fifth session, prec35, ``names_its_entry``): **"said to" before the term its
entry defines**. A lexicon's entry gives the term's use in the passive: "Such letters are said to
have been depeditated" under ":depeditate:", "the computer system is said to have been
squirrelcided" under ":squirrelcide:", "An open-source software project is said to have forked"
under ":forked:", "Discarded, lost, or destroyed data is said to have gone to the bit bucket"
(the traps of spoke-, spline-, tenon-, reamer-, shim- and pawl-docs, B4 and S52: the definition
of the term's use, not hearsay). When every longer word of the entry's term (its heading, or a
lexicon's one-line headword ":term: n.") stands in the few words after "said to", the sentence
names the term, as "known as" would. A report under its entry keeps its finding: "The 2.x
versions were said to have improved" (under ":OS/2:"), "Their upper limit ... is said to be two
bananas" (under ":one-banana problem:": "problem" is not there).

Each function reads the normalised words of one sentence (``lw``) in a window of at most
``_REACH`` words before the verb: no scan of the sentence.
"""

from __future__ import annotations


from prosecheck.lazyre import lazy
from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.sentence_memo import per_document

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
# The modals of the writer's own licence ("may be said to"); not "will" or "would", a forecast of
# what others will say. An adverb may stand between ("may also be said to"). modal_licence.py reads
# them too.
OWN_MODALS = frozenset("may might can could".split())
# What opens a quoted term after "said to" (a space between).
_QUOTES = frozenset("\"“‘'`")
# Plain text's emphasis marks, kept on the word ("said to be _We_"; Markdown strips them).
_EMPHASIS = frozenset("_*")
# The quoted term may follow "be" or "have" and an article: "Such an animal was said to be
# “mealynosed”", "This dictionary is said to be the “root” of the database", "he is said to have
# “stood by the union”" (hedge52: the range words of swage-docs' cowhand, peg-, ratchet- and
# sprig-docs' traps and unlabelled line; no right finding over the one hundred and fifteen sets
# before swage). The term is named or its words quoted, as after "known as" or "called".
_LINKS = frozenset({"be", "have"})
_ARTICLES = frozenset({"a", "an", "the"})

EXAMPLES = [
    # (sentence, the hedge phrase, is it read so?) for tests/test_check_hedging.py
    ("A nation may be said to consist of its land, its people and its laws.", "be said to", True),
    ("The release can also be said to have improved the parser.", "be said to", True),
    ("Such posters are sometimes said to “dogpile” a newcomer.", "are sometimes said to", True),
    ("The release is said to have improved the parser.", "is said to", False),
    ("The release will be said to have failed.", "be said to", False),
    ("Such a herd was said to be a “drift”.", "was said to", True),
    ("This table is said to be the “root” of the database.", "is said to", True),
    ("The herd was said to be a drift of strays.", "was said to", False),
    ("The herd was said to be a drift of “strays”.", "was said to", False),
]
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


def own_saying(lw, words, prose: str, a: int, b: int) -> bool:
    """Is the "be said to" at ``a``..``b`` (``lw[b]`` its "to") the writer's own: a modal before
    its "be" ("may be said to consist of"), or a quoted word after it ("said to “dogpile”")?"""
    if lw[b] != "to" or lw[b - 1] != "said":
        return False
    if lw[a] == "be" and a >= 1:
        m = a - 1
        if m >= 1 and lw[m] not in OWN_MODALS and (lw[m] in ("also", "well", "thus", "therefore", "fairly", "now") or ly_adverb(lw[m], 0)):
            m -= 1  # "may also be said to", "can fairly be said to"
        if lw[m] in OWN_MODALS:
            return True
    k = b + 1
    if k < len(lw) and lw[k] in _LINKS and not _quoted_at(lw, words, prose, k):
        k += 1  # "was said to be a “drift”", "is said to be the “root”" (hedge52)
        if k < len(lw) and lw[k] in _ARTICLES and not _quoted_at(lw, words, prose, k):
            k += 1
    return k < len(lw) and _quoted_at(lw, words, prose, k)


def _quoted_at(lw, words, prose: str, k: int) -> bool:
    """Word ``k`` opens a quoted or emphasised term: a quotation mark before it, or the
    underscore or asterisk of plain text's emphasis on the word itself (``_We_``)."""
    gap = prose[words[k - 1].end : words[k].start]
    return any(q in gap for q in _QUOTES) or lw[k][:1] in _EMPHASIS


# A lexicon's headword line, a paragraph of one line: ":squirrelcide: n.", ":bit bucket: n.".
_HEADWORD_RE = lazy(r"\s*:([^:\n]{1,60}):")
# A term of more words than this names a section, not a term ("## Notes on the release").
_TERM_WORDS = 4
# How many words after "said to" may hold the term: "said to have succumbed to the ‘drool-proof
# paper syndrome’".
_TERM_REACH = 8
_LETTERS_RE = lazy(r"[a-z]+")


def _stems(text: str) -> frozenset:
    """The first five letters of each word of four letters or more ("bit bucket" -> {"bucke"})."""
    return frozenset(w[:5] for w in _LETTERS_RE.findall(text.lower()) if len(w) >= 4)


@per_document
def _entries(blocks) -> dict:
    """Each block (by identity) -> the stems of the term of the entry it stands in: the last
    heading or lexicon headword line before it (one pass over the document's blocks)."""
    out: dict = {}
    current: frozenset = frozenset()
    for block in blocks:
        term = None
        if block.kind == "heading":
            term = block.prose
        elif block.kind == "paragraph" and block.start_line == block.end_line:
            m = _HEADWORD_RE.match(block.prose)
            if m:
                term = m.group(1)
        if term is not None:
            current = _stems(term) if len(term.split()) <= _TERM_WORDS else frozenset()
        else:
            out[id(block)] = current
    return out


def names_its_entry(doc, sentence, lw, b: int) -> bool:
    """Is the "said to" ending at ``b`` (``lw[b]`` its "to") followed, within a few words, by
    every longer word of the term its entry defines ("Such letters are said to have been
    depeditated" under ":depeditate: n.")?"""
    if lw[b] != "to" or b < 1 or lw[b - 1] != "said":
        return False
    return names_entry_after(doc, sentence, lw, b)


def names_entry_after(doc, sentence, lw, b: int) -> bool:
    """Do the few words after word ``b`` hold every longer word of the term the sentence's entry
    defines? "said to" before it (``names_its_entry``), or a crowd's "call it" ("Many hackers
    call it laser chicken" under ":laser chicken: n.": the lexicon gives the term's use, not a
    verdict; crowd_naming, next60)."""
    if doc is None:
        return False
    stems = _entries(doc.blocks).get(id(sentence.block))
    if not stems:
        return False
    after = set()
    prose = sentence.block.prose
    words = sentence.words
    for k in range(b + 1, min(len(lw), b + 1 + _TERM_REACH)):
        if any(m in prose[words[k - 1].end : words[k].start] for m in ",;:()"):
            break  # "is said to have originated there, and WAITS alumni": the term's clause ends
        after |= _stems(lw[k])
    return stems <= after
