"""How sure is a language finding? Tests shared by SL101, SL102, HC101 and HC102.

Two kinds of answer:

* **not a claim at all** (the finding is dropped): a superlative or a booster inside a
  condition ("if something definitely has not changed", "even if you use the best PRNG in the
  world") states a hypothesis, not the writer's claim; one that a modal or an infinitive governs
  ("to provide the best developer experience", "would be the best") states an aim, a promise or
  a piece of advice (RULES-ADDENDUM A4, A5, A9).
* **a claim that is right only sometimes** (the finding is kept at ``info``): the classes each
  check lists beside its own findings. ``info`` does not fail a run unless ``--fail-on info``.

Everything here reads the words of one sentence (normalised, as the checks hold them) and the
Document's links; nothing parses Markdown.
"""

from __future__ import annotations

from bisect import bisect_left
from weakref import WeakKeyDictionary

from prosecheck.checks.sentence_memo import per_sentence

#: The severity of a finding whose class is right only sometimes.
INFO = "info"

# Words that open a condition: a claim inside one is a hypothesis.
_CONDITIONS = frozenset({"if", "unless", "whether", "when", "whenever"})
# Marks that end a clause: a condition before one of them does not reach past it ("If you need
# speed, Harbor is the fastest": the claim is in the main clause).
_CLAUSE_MARKS = (",", ";", ":", "(", ")", "\u2013", "\u2014", " - ")
# Words that make the next verb an infinitive or a modal construction: an aim, a promise, advice.
_AIM_MARKERS = frozenset({"to", "can", "could", "would", "should", "might", "may", "must"})


def hypothetical(words, lw, prose: str, a: int) -> bool:
    """Word ``a`` lies in a condition opened earlier in its clause: "when an instance is
    definitely in the tree", "unless the request clearly needs", "even if you use the best"."""
    # The nearest condition word before ``a`` opens a condition that reaches ``a`` unless a
    # clause mark stands after it (a mark right after the word itself ends it too).
    conditions, marks = _condition_marks(lw, words, prose)
    c = bisect_left(conditions, a)
    if c == 0:
        return False
    m = bisect_left(marks, a)
    return m == 0 or marks[m - 1] < conditions[c - 1]


# Once per sentence (sentence_memo.per_sentence): each trigger of a sentence of thousands of words
# with no clause mark (a paragraph with no full stop) looking back to the sentence's start for a
# condition made SL and HC quadratic.
@per_sentence
def _condition_marks(lw, words, prose: str) -> tuple:
    """The indexes of the sentence's condition words, and of the words a clause mark follows."""
    conditions = [k for k, w in enumerate(lw) if w in _CONDITIONS]
    marks = []
    if conditions:
        ws = list(words)
        marks = [k for k in range(len(ws) - 1)
                 if any(m in prose[ws[k].end : ws[k + 1].start] for m in _CLAUSE_MARKS)]
    return conditions, marks


def governed_by_aim(lw, a: int) -> bool:
    """The phrase at ``a`` is what a modal or an infinitive aims at: "aims to provide the best
    developer experience", "so it can provide the best", "would be the best", "in order to have
    the most reliable I/O", "to be blazing fast". Adverbs between are skipped ("to really be")."""
    p = a - 1
    if p >= 1 and lw[p] == "the" and lw[a] != "the":
        p -= 1  # "must be the best in the world": a phrase found after its article
    if p >= 1 and lw[p] == "of" and lw[p - 1] in ("one", "some", "many", "several", "few"):
        p -= 2  # "to be one of the best"
    elif p >= 0 and lw[p] == "among":
        p -= 1
    while p >= 0 and lw[p].endswith("ly") and len(lw[p]) > 3:
        p -= 1
    if p < 1 or not lw[p].isalpha():
        return False
    q = p - 1
    while q >= 0 and lw[q].endswith("ly") and len(lw[q]) > 3:
        q -= 1
    return q >= 0 and lw[q] in _AIM_MARKERS and lw[p] not in _AIM_MARKERS


_LINKS: "WeakKeyDictionary" = WeakKeyDictionary()


def _links_by_block(doc) -> dict:
    cached = _LINKS.get(doc)
    if cached is None:
        cached = {}
        for link in doc.links:
            if link.kind == "link" and link.block is not None:
                cached.setdefault(id(link.block), []).append((link.prose_start, link.destination))
        _LINKS[doc] = cached
    return cached


def broken_link(doc, sentence, support) -> bool:
    """The sentence carries a link, but none that counts as support (a missing local file, an
    undefined reference, an empty destination): the writer meant to cite something, the link
    check reports the breakage, and an editor may or may not want the claim queried as well."""
    links = _links_by_block(doc).get(id(sentence.block))
    if not links:
        return False
    inside = [d for s, d in links if sentence.start <= s < sentence.end]
    return bool(inside) and not any(support.link_is_support(d) for d in inside)


_LED: "WeakKeyDictionary" = WeakKeyDictionary()


def _led_by_link(doc, support) -> tuple:
    """(table lines whose row has a working link in a cell, ids of list-item paragraphs that open
    with a working link)."""
    cached = _LED.get(doc)
    if cached is None:
        rows, items = set(), set()
        lead: dict = {}  # id(block) -> where its first character other than " *_" stands
        for link in doc.links:
            block = link.block
            if link.kind != "link" or block is None or not support.link_is_support(link.destination):
                continue
            if block.kind == "table_cell":
                rows.add(block.start_line)
            elif "list_item" in block.containers:
                # Once per block, not a copy of the prose before each link: a list item of
                # thousands of links made the copies quadratic.
                first = lead.get(id(block))
                if first is None:
                    rest = block.prose.lstrip(" *_")  # none left: every link opens the item
                    first = lead[id(block)] = len(block.prose) - len(rest) if rest else float("inf")
                if link.prose_start <= first:
                    items.add(id(block))
        cached = _LED[doc] = (frozenset(rows), frozenset(items))
    return cached


def describes_linked(doc, sentence, support) -> bool:
    """The sentence describes what a link beside it names: a table row whose first cell links a
    project ("| [PixiJS](...) | The fastest 2D renderer |"), a list item that opens with a link
    ("- [Apollo Router](...) - ... The fastest way to ship"). The claim is, as often as not, that
    project's own tagline, and the link leads to it."""
    block = sentence.block
    rows, items = _led_by_link(doc, support)
    if block.kind == "table_cell":
        return block.start_line in rows
    return id(block) in items
