"""The ground of a booster's certainty shown at once after its sentence (HC102): "In fact:" before
the command that proves it, "Indeed, it lets you do:" before the example, "In fact, most decimal
numbers lack an exact binary64 equivalent. For example, ...", "In fact, it turned out to be a
single bit. The byte 0xc7 was corrupted to 0xc5." (issue 11, forty-fifth session, boostctx45).

RULES 5 and lathe-docs W4: a certainty word whose ground the text gives, in front of the reader,
states no unsupported claim. A sentence-local rule cannot see a ground that follows in the next
sentence or the next block; these tests read the sentence's neighbour in its own paragraph (a
turn opening the next paragraph answers that paragraph, not this one), from the Document's
sentences and words, never from Markdown.

* :func:`introduces_what_follows`: the sentence ends on a colon, so what it introduces (a code
  block, a list, a quotation, an example) is the next thing the reader sees;
* :func:`example_follows`: the next sentence of its paragraph opens on "For example", "For
  instance" or "e.g.";
* :func:`explained_after_colon`: a colon after the booster, in its own sentence, opens what
  explains or shows it ("obviously belonged to the dark side: he tried to systematically retrieve
  classified military information"). Read only for the booster classes already at ``info``: at
  a warning the colon as often opens the claim itself ("Make no mistake: this election isn't
  about the next four years", "This we do know: Our cause is just"). Not a colon after a verb of
  saying or a preposition, which completes the clause ("argued thusly: \"...\"", "influenced
  by: ..."): what follows is the words said or the object, not the ground (boostprec46);
* :func:`example_given`: the certainty adjective stands before the noun of an example the
  sentence itself goes on to give ("An obvious example is that of the higher layers of management
  within corporations", "To give an obvious example, if a firm has to decide between ..."): the
  instance is the ground, in front of the reader (boostprec51). Not the predicate "is an obvious
  example" (the claim that a thing is one);
* :func:`shown_by_named`: the booster vouches for a showing whose ground the sentence names at
  once: a word of showing or visibility after it, then "by", "in", "from", "through" or
  "because" ("is plainly indicated by the fact that in Great Britain ...", "are clearly evident
  in these data: ...", "was plainly visible because there the Saxons were an intrusive element",
  "was plainly indicated in my inaugural address"): the evidence is in front of the reader
  (pincer S726), and the booster says only how plainly it shows (boostprec52). Not a time after
  the preposition ("the bots have clearly shown by today that ...": what is shown is the claim);
* :func:`figures_follow`: the next sentence of its paragraph gives two figures or more ("In
  August, 1918, the draft age limits were broadened from 21-31 to 18-45"). Read only for the
  booster classes already at ``info``: a warning before figures is as often a claim the figures
  only illustrate ("We know right now that police who work the streets ... Look at the
  experience of Houston, where the crime rate dropped 17 percent").

Each test reads at most a few words of the sentence and of its neighbour, the sentence's clause
colons found once per sentence (:func:`_colons`), or a count of the neighbour's figures worked
out once per sentence and kept in a per-document index (:func:`_figure_counts`): a paragraph of
many boosters never re-reads a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from prosecheck.lazyre import lazy
from prosecheck.checks import sentence_memo

# How many characters after the sentence's last word may hold its closing colon ("to do:",
# 'the "Prayer for England":', "(see below):"); a closing quotation mark or bracket may stand
# before it.
_CLOSING_REACH = 8
_CLOSING_RE = lazy(r"[\"'\u201d\u2019)\]*_`]*\s*:\s*$")

_EXAMPLE_OPENERS = (("for", "example"), ("for", "instance"), ("e.g",), ("e.g.",), ("eg",))

# A figure: a word that starts with a digit ("21-31", "0xc7", "275,000", "6.2"). A year alone
# ("In August, 1918,") dates, it does not measure.
_YEAR_RE = lazy(r"(?:1[5-9]|20)\d\d(?:s|'s)?$")
# An ordinal ("the late 19th and early 20th centuries", "the 3rd") dates or ranks, as a year does:
# it measures nothing (boostrec47: tongs-docs' `In fact, if you'd visited Redonda even five years
# ago ...` before `For a half century in the late 19th and early 20th centuries, ...`, a claim the
# figures test hid; no trap of the hundred sets rests on an ordinal).
_ORDINAL_RE = lazy(r"\d+(?:st|nd|rd|th)$", re.I)
_FIGURES = 2


def _next_in_paragraph(doc, sentence):
    sentences = doc.sentences
    k = sentence.index + 1
    if k >= len(sentences) or sentences[k].block is not sentence.block:
        return None
    return sentences[k]


def introduces_what_follows(sentence) -> bool:
    """The sentence ends on a colon after its last word: "In fact, Git uses a file named
    `HEAD` ... to remember which branch is current:" before the command that shows it."""
    words = sentence.words
    if not len(words):
        return False
    last = words[len(words) - 1]
    prose = sentence.block.prose
    end = sentence.end
    if end - last.end > _CLOSING_REACH:
        return False
    return bool(_CLOSING_RE.match(prose, last.end, end))


def example_follows(doc, sentence) -> bool:
    """The next sentence of the paragraph opens on an example: "For example, ...", "For
    instance, ...", "E.g. ..."."""
    after = _next_in_paragraph(doc, sentence)
    if after is None:
        return False
    words = after.words
    first = tuple(w.text.lower() for w in words[: min(2, len(words))])
    return any(first[: len(opener)] == opener for opener in _EXAMPLE_OPENERS)


# The nouns of an instance given: "an obvious example", "an obvious instance".
_INSTANCES = frozenset("example examples instance instances illustration".split())
# Before "a"/"an": the noun phrase is what the sentence asserts ("is an obvious example this", a
# claim that a thing is one; drawknife's positive), as hedging._predicate_noun reads it.
_PREDICATE_BEFORE = frozenset("is are was were be been being it's that's as".split())


def example_given(lw, a: int, b: int) -> bool:
    """ "An obvious example is ...", "To use an obvious example, ...": a certainty adjective before
    the noun of an example that the sentence then gives. Issue 11, fifty-first session
    (boostprec51), over the one hundred and twelve sets before mattock, both pairings: 6 wrong
    findings (all info) in five sets (rivet twice, nib, spindle, burnisher, nailset), none right;
    drawknife's "is an obvious example this" (a warning, right) stays; none in mattock, billhook and
    sprig, none in the benchmark corpus."""
    if a != b or b + 1 >= len(lw) or lw[b + 1] not in _INSTANCES:
        return False
    return not (b >= 2 and lw[b - 1] in ("a", "an") and lw[b - 2] in _PREDICATE_BEFORE)


@sentence_memo.per_document
def _figure_counts(sentences) -> dict:
    """A document's index of figures per sentence, filled as sentences are asked about."""
    return {}


def _figures(sentence) -> int:
    return sum(1 for w in sentence.words
               if w.text[:1].isdigit() and not _YEAR_RE.match(w.text) and not _ORDINAL_RE.match(w.text))


def figures_follow(doc, sentence) -> bool:
    """The next sentence of the paragraph gives at least two figures: "The byte 0xc7 was
    corrupted to 0xc5.", "One B-17 costs $275,000, while now one B-36 costs $3 1/2 million."."""
    after = _next_in_paragraph(doc, sentence)
    if after is None:
        return False
    counts = _figure_counts(doc.sentences)
    n = counts.get(after.index)
    if n is None:
        n = counts[after.index] = _figures(after)
    return n >= _FIGURES


# A colon that opens a clause: followed by a space ("dark side: he tried"), not one inside a name
# ("Expenses:Auto:Gas", ":class:`Handler`", "ordsets:subtract/2").
_CLAUSE_COLON_RE = lazy(r":(?=\s)")

# A colon that completes its clause rather than opening what shows it (boostprec46): after a verb
# of saying, what follows is the words said, the very thing the booster vouches for ("Clearly, A.
# H. Simpson was wrong when he asserted that communist-anarchists argued thusly: \"Abolish private
# property ...\"", "In fact, He came into this world ... and said: \"I am the light of the
# world\""); after a preposition, what follows is its object ("clearly influenced by: Kraftwerk,
# Yello and ..."). Neither is the ground of the certainty. "thus", "thusly" or "as follows" may
# stand between the verb and the colon; a colon inside the words said is not the writer's either.
_SAYING = frozenset(
    """say says said saying assert asserts asserted argue argues argued write writes wrote
    declare declares declared state states stated proclaim proclaims proclaimed announce
    announces announced remark remarks remarked reply replies replied answer answers answered
    exclaim exclaims exclaimed preach preaches preached insist insists insisted""".split()
)
_MANNER = frozenset({"thus", "thusly", "so"})
_PREPOSITIONS = frozenset(
    """by of with to from for in on at into onto upon about like than between among including
    against over under through toward towards""".split()
)


def _said(lw, j: int) -> bool:
    """The colon after word ``j`` follows a verb of saying: "and said:", "argued thusly:"."""
    w = lw[j]
    if w in _SAYING:
        return True
    if w in _MANNER:
        return j > 0 and lw[j - 1] in _SAYING
    if w == "follows" and j > 1 and lw[j - 1] == "as":
        return lw[j - 2] in _SAYING
    return False


@sentence_memo.per_sentence
def _colons(lw, sentence) -> list:
    """The offsets in ``sentence.block.prose`` of the sentence's clause colons that may open a
    ground, found once (the words and the colons are walked together): not a colon after a
    preposition, and none from a verb of saying on (:func:`_said`): the rest of the sentence is the
    words said, whose own colons are not the writer's."""
    words = sentence.words
    n = len(words)
    k = 0  # the first word that starts at or after the colon
    out = []
    for m in _CLAUSE_COLON_RE.finditer(sentence.block.prose, sentence.start, sentence.end):
        at = m.start()
        while k < n and words[k].start < at:
            k += 1
        if k and lw[k - 1] in _PREPOSITIONS:
            continue  # "influenced by: ...": the object, not the ground
        if k and _said(lw, k - 1):
            break  # "and said: \"I am the light of the world: ...\"": the rest is the words said
        out.append(at)
    return out


def explained_after_colon(lw, sentence, end: int) -> bool:
    """A clause colon stands after ``end`` (the booster's last character) in the sentence."""
    colons = _colons(lw, sentence)
    return bisect_right(colons, end) < len(colons)


# Words of showing or visibility a booster may vouch for, when the sentence names the ground right
# after them: "plainly indicated by the fact that", "clearly evident in these data", "plainly
# visible because". Issue 11, fifty-second session (boostprec52): over the one hundred and fifteen
# sets before swage the warnings so placed were traps 5 times in four sets (pliers twice, reamer,
# scraper, dolly) and right once (nib's "clearly shown by today that", a time after "by").
_SHOWN = frozenset(
    """evident visible indicated shown demonstrated apparent illustrated reflected manifest manifested
    attested confirmed proved proven revealed seen""".split()
)
_GROUND_PREPOSITIONS = frozenset({"by", "in", "from", "through", "because"})
# A time after the preposition names no ground: "shown by today", "evident by now".
_TIMES = frozenset("today now then tomorrow yesterday".split())


def shown_by_named(lw, b: int) -> bool:
    """The booster ending at word ``b`` stands before a word of _SHOWN (one word between at most)
    and a preposition of _GROUND_PREPOSITIONS that does not open a time."""
    k = b + 1
    if k + 1 < len(lw) and lw[k] not in _SHOWN and lw[k + 1] in _SHOWN:
        k += 1  # "clearly not evident", "plainly enough visible"
    if k + 1 >= len(lw) or lw[k] not in _SHOWN or lw[k + 1] not in _GROUND_PREPOSITIONS:
        return False
    return not (k + 2 < len(lw) and lw[k + 2] in _TIMES)
