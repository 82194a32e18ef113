"""What around a superlative or a peacock word makes it something other than the writer's
unsupported praise of the product (issue 11, eleventh session, precision on the corpus).

Two classes, each a false alarm in both blind samples of the corpus's warning tier that judged it
(samples 6 and 7, ``eval/judged/*-s6.tsv``, ``*-s7.tsv``):

* a benchmark close by: the next sentence names one ("When I benchmarked it in 2017 I
  concluded:"), or the claim sits in a section headed as one ("## Performance / Benchmarks"):
  RULES-ADDENDUM A1 makes the ranking supported;
* praise of others' work: the sentence thanks or credits someone ("All credit to the jQuery
  authors for perfecting this amazing utility"), or points at others' things ("HTTPie uses these
  two amazing libraries:", in superlatives._demonstrated).

Fifteenth session (samples 7 to 9): figures of the ranked kind later in the claim's own paragraph,
a rival named as the yardstick ("in comparison to the fastest JS parser, Acorn"), and a ranking
among the adapters used with a product (info).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from prosecheck.lazyre import lazy
from prosecheck.checks.lexicon import norm
from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.sentence_memo import per_sentence

_BENCHMARK_NOUNS = frozenset({"benchmark", "benchmarks"})
#: Words before "benchmark(s)" that point at a particular one: "these benchmarks:", "our benchmark".
_POINTERS = frozenset({"these", "this", "our", "my", "following"})
#: Words of a section heading that say its text reports measurements ("Performance" alone does
#: not: a speed section states the claim as often as it measures it).
#: ("Performance Comparison" neither: real-docs marks the ranked list under one in npm-undici, "Based
#: on benchmarks, here's the typical performance hierarchy: ... Fastest", a positive.)
_MEASURED_SECTIONS = frozenset({"benchmark", "benchmarks", "benchmarking"})


def _section_heading(doc, sentence):
    """The heading of the section ``sentence`` is in (the last heading above it), or None."""
    headings = doc.headings
    if not headings:
        return None
    line = sentence.block.start_line
    k = bisect_left(_heading_lines(headings), line) - 1
    return headings[k] if k >= 0 else None


# The heading lines of the document _heading_lines last listed: one (doc.headings, lines) pair,
# read and replaced whole (a second thread costs a rescan, never a wrong answer). Listed once per
# finding, a page of thousands of headings, each over a claim, was quadratic.
_HEADING_LINES_OF: list = [(None, None)]


def _heading_lines(headings) -> list:
    seen, lines = _HEADING_LINES_OF[0]
    if seen is headings:
        return lines
    lines = [h.line for h in headings]
    _HEADING_LINES_OF[0] = (headings, lines)
    return lines


def _names_benchmark(lw) -> bool:
    """A measurement made ("When I benchmarked it in 2017") or a particular benchmark pointed at
    ("according to these benchmarks:"); not benchmarks in general ("Benchmarks can be extremely
    difficult to get right") nor a bare link's text ("see benchmarks")."""
    for k, w in enumerate(lw):
        if w in ("benchmarked", "benchmarking"):
            return True
        if w in _BENCHMARK_NOUNS and k and lw[k - 1] in _POINTERS:
            return True
    return False


def benchmarked_nearby(doc, sentence, support) -> bool:
    """The next sentence names a benchmark ("Moo is one of the fastest JS tokenizers around. When
    I benchmarked it in 2017 I concluded: ..."), or the sentence sits in a section headed
    "Benchmarks", whose figures follow: the ranking is the section's summary (A1), not a tagline
    that a benchmark further down cannot support."""
    if sentence.block.kind == "heading":
        return False
    after = support.next_sentence(sentence)
    if after is not None and after.block.kind != "heading":
        if _names_benchmark([norm(w.text) for w in after.words]):
            return True
    heading = _section_heading(doc, sentence)
    if heading is None:
        return False
    return any(norm(w) in _MEASURED_SECTIONS for w in heading.text.replace("/", " ").split())


#: Words that thank or credit someone: praise in such a sentence is for others' work.
_THANKS = frozenset("thanks thank thanked grateful gratitude kudos indebted".split())
#: "appreciate" thanks only when the writers do it ("we greatly appreciate the support"); "you'll
#: appreciate its blazing fast start-up" sells.
_APPRECIATE = frozenset({"appreciate", "appreciated"})
_CREDIT = frozenset({"credit", "credits"})


@per_sentence
def credits_others(lw) -> bool:
    """The sentence of a peacock word thanks or credits someone ("All credit to the jQuery authors
    for perfecting this amazing utility", "VError is an amazing library by Joyent and we are glad
    for all the hard work"): the praise is for others' work. An author alone ("an amazing library
    by Joyent") is not enough: a README names its own authors the same way."""
    for k, w in enumerate(lw):
        nxt = lw[k + 1] if k + 1 < len(lw) else ""
        if w in _THANKS and not (w == "thanks" and nxt == "to"):
            return True  # not "thanks to its cache, it is blazing fast": a cause, not thanks
        if (w in _CREDIT and nxt in ("to", "goes", "for")) or (w == "glad" and nxt == "for"):
            return True
        if w in _APPRECIATE and "we" in lw[max(0, k - 3) : k]:
            return True
    return False


#: "empowers maintainers to create ...": with an infinitive after its object, "empower" means
#: "let", the plain verb (samples 6 and 7: wrong both times).
_EMPOWER = frozenset({"empower", "empowers", "empowered", "empowering"})


def enabling_verb(lw, a: int) -> bool:
    """``lw[a]`` is "empower(s)" followed within four words by "to": "It also empowers project
    maintainers to create ... conventions" says what the tool lets them do."""
    return lw[a] in _EMPOWER and "to" in lw[a + 1 : a + 6]


#: Adjectives of fault: a peacock adverb before one intensifies a criticism ("the Error.stack
#: property is remarkably sloppy"), it praises nothing.
_FAULTS = frozenset(
    """
    sloppy slow bad poor hard difficult complex complicated confusing inconsistent fragile brittle
    buggy broken ugly painful tedious verbose expensive costly limited tricky awkward unreliable
    unstable error-prone clumsy cumbersome obscure wasteful inefficient insecure dangerous
    annoying frustrating messy
    """.split()
)


def intensified_fault(lw, a: int) -> bool:
    """A peacock adverb before an adjective of fault: "remarkably sloppy", "incredibly slow"."""
    return ly_adverb(lw[a], 0) and a + 1 < len(lw) and lw[a + 1] in _FAULTS


#: Verbs of making, after "you" in the past: a tutorial's story about the reader's own code.
_MADE = frozenset({"built", "created", "made", "written", "wrote", "developed", "designed"})


def readers_work(lw, a: int) -> bool:
    """The praise is for what the reader made in a tutorial's story: "You just built an amazing
    utility, but now you need ...", "you've created an amazing plugin"."""
    k = a - 1
    while k >= 0 and lw[k] in ("a", "an", "the", "this", "your", "really", "truly"):
        k -= 1
    if k < 1 or lw[k] not in _MADE:
        return False
    j = k - 1
    while j >= 0 and lw[j] in ("just", "have", "already", "now", "finally", "successfully"):
        j -= 1
    return j >= 0 and lw[j] in ("you", "you've")


def answers_readers_need(words, lw, prose: str, a: int) -> bool:
    """The claim answers a condition put to the reader at the start of its clause ("None of these
    are wrong, but if you want to persist the state across visits, cookies offer the best user
    experience") in a main clause whose subject is a common noun: advice among options
    (RULES-ADDENDUM A5). "If you need speed, Harbor is the fastest" keeps its named subject and
    stays a claim."""
    opening, commas = _conditions_to_reader(words, lw, prose)
    if opening < 0 or opening >= a - 2:
        return False
    c = bisect_left(commas, opening + 2)  # the clause's first comma after "if you"
    if c == len(commas) or commas[c] >= a:
        return False
    subject = words[commas[c] + 1].text
    return subject[:1].isalpha() and subject[:1].islower()


# The sentence _conditions_to_reader last indexed: one (sentence words, answer) pair, read and
# replaced whole (a second thread costs a rescan, never a wrong answer). Each claim of a sentence
# of thousands of words (a paragraph with no full stop) reading it from its start was quadratic.
_CONDITIONS_TO_READER_OF: list = [(None, None)]


def _conditions_to_reader(words, lw, prose: str) -> tuple:
    """Where the sentence's first "if you" opening a clause stands (-1: nowhere), and the words a
    comma follows, sorted (only when there is such an "if you")."""
    seen, found = _CONDITIONS_TO_READER_OF[0]
    if seen is lw:
        return found
    opening, commas = -1, []
    for i in range(len(lw) - 1):
        if lw[i] != "if" or lw[i + 1] != "you":
            continue
        if i and lw[i - 1] not in ("but", "and", "so") and "," not in prose[words[i - 1].end : words[i].start]:
            continue
        opening = i
        break
    if opening >= 0:
        ws = list(words)
        commas = [k for k in range(opening + 2, len(ws) - 1) if "," in prose[ws[k].end : ws[k + 1].start]]
    found = (opening, commas)
    _CONDITIONS_TO_READER_OF[0] = (lw, found)
    return found


# --- issue 11, fifteenth session: precision on the corpus (samples 7 to 9) --------------------------

#: Measurements of speed in a sentence's text: a time ("5ms"), a rate ("millions of inputs per
#: second", "ops/sec") or a multiple ("3x", "twice as fast", "several times faster"), or a
#: percentage. A bare number is not one: a version, a count of options or a year measures nothing.
_SPEED_RE = lazy(
    r"\d[\d.,]*\s*(?:%|x\b|\u00d7|ms\b|\u00b5s\b|ns\b|times\b)"
    r"|\bper\s+(?:second|sec|minute|call|request|op|operation)\b|\bops/s(?:ec)?\b"
    r"|\b(?:twice|thrice|(?:several|many|two|three|four|five|ten|\d+)\s+times)\s+(?:as|faster|slower|more|less)\b",
    re.IGNORECASE,
)
#: Measurements of size: "39 KB", "7KiB", "2,000 lines", "200 bytes".
_SIZE_RE = lazy(
    r"\d[\d.,]*\s*(?:[kmg]i?b\b|bytes?\b|lines\b|%)"
    r"|\d+(?:\s*(?:-|to)\s*\d+)?\s+(?:[\w-]+\s+)?(?:characters|chars|digits)\b",
    re.IGNORECASE,
)
#: The dimension a superlative ranks by, and the measurements that can back it: a speed claim is
#: not backed by a size ("Leaflet is the leading open-source JavaScript library ... Weighing just
#: about 39 KB": the figure says how small, not that it leads).
_SPEED_WORDS = frozenset("fast faster fastest quick quicker quickest speedy speediest performant performance".split())
_SIZE_WORDS = frozenset(
    "small smaller smallest tiny tiniest light lighter lightest lean leaner leanest compact short shorter shortest".split()
)
#: How far on a measurement still backs the claim: for a ranking (SL101), the next sentence of
#: its paragraph, as RULES-ADDENDUM A1 says ("its sentence, or the next one, gives the figures");
#: for a peacock word (SL102, moved to info only), two sentences on or into the list right below.
_RANKING_REACH = 1
_PEACOCK_REACH = 2


def _measure_of(ranked):
    """The pattern of the measurements that back a claim ranking by ``ranked``'s dimension."""
    if not _SPEED_WORDS.isdisjoint(ranked):
        return _SPEED_RE
    if not _SIZE_WORDS.isdisjoint(ranked):
        return _SIZE_RE
    return None


def measured_in_paragraph(sentence, support, ranked, reach: int = _RANKING_REACH) -> bool:
    """The next sentence of the claim's own paragraph (``reach`` sentences on at most) measures
    what the superlative ranks (``ranked``: its words and the two around them, normalised): a
    speed for "fastest", "faster than any other", "most performant"; a size for "smallest",
    "lightest". The claim and its figures stand together (RULES-ADDENDUM A1, RULES 3; the gold's
    "a product fact with its figure in the next sentence"). A figure of another kind, one in the
    next paragraph or a section further down does not count: a tagline is not supported by a
    benchmark further down (A1), and "See the Performance section below" is a pointer, not a
    figure."""
    pattern = _measure_of(ranked)
    if pattern is None:
        return False
    after = sentence
    for _ in range(reach):
        after = support.next_sentence(after)
        if after is None or after.block is not sentence.block:
            return False
        if pattern.search(after.text):
            return True
    return False


#: Words that make what follows the standard a thing is compared with: "in comparison to the
#: fastest JS parser, Acorn", "compared with the most popular library, X".
_COMPARED = (("comparison", "to"), ("comparison", "with"), ("compared", "to"), ("compared", "with"),
             ("than",), ("vs",), ("versus",), ("against",))


def rival_as_reference(words, lw, prose: str, a: int, b: int) -> bool:
    """The superlative names a rival as the yardstick the product is measured against ("Angular 1
    is parsed in 5ms, in comparison to the fastest JS parser, Acorn which takes over 100ms"): it
    praises another's work, and the claim for the product is the comparison. The rival must be
    named right after it, set off by a comma."""
    k = a - 1 if a and lw[a - 1] == "the" else a
    if not any(k >= len(p) and tuple(lw[k - len(p) : k]) == p for p in _COMPARED):
        return False
    for j in range(b + 1, min(len(words), b + 5)):
        if "," in prose[words[j - 1].end : words[j].start]:
            text = words[j].text
            return text[:1].isupper() and norm(text) not in ("it", "the", "this", "which")
    return False


#: "used with cacheable", "for use with X": the ranking is among the things that plug into the
#: product ("one of the most popular storage adapters used with `cacheable`"), its own parts.
def ranks_within_product(lw, b: int) -> bool:
    """Within five words after the superlative, "used with" or "for use with": a ranking inside
    one product's circle of adapters or plugins, which the reader is choosing among."""
    tail = lw[b + 1 : b + 7]
    for k in range(len(tail) - 1):
        if tail[k] == "used" and tail[k + 1] == "with":
            return True
        if tail[k] == "use" and tail[k + 1] == "with" and k and tail[k - 1] == "for":
            return True
    return False


def measured_below(sentence, support, ranked) -> bool:
    """For a peacock word (SL102): a measurement of its kind up to two sentences on in its
    paragraph, or in the first item of a list right after the paragraph ("ShortId creates
    amazingly short ... ids. Perfect for url shorteners ..." then "* By default 7-14 url-friendly
    characters"). Info, not gone: the figures give the fact the word stands for, but the list may
    be the product's feature list rather than its measurement."""
    pattern = _measure_of(ranked)
    if pattern is None:
        return False
    after = sentence
    for _ in range(_PEACOCK_REACH + 1):
        after = support.next_sentence(after)
        if after is None or after.block.kind == "heading":
            return False
        if after.block is not sentence.block:
            return "list_item" in after.block.containers and pattern.search(after.text) is not None
        if pattern.search(after.text):
            return True
    return False


#: Words that say a sentence heads what follows it: "Some of the most popular ... are listed below:".
_INTRODUCING = frozenset({"below", "following", "listed"})


def introduces_list(sentence, support) -> bool:
    """The sentence ends in a colon, says the items follow ("listed below", "the following") and a
    table or a list comes right after: the superlative picks the items shown ("Some of the most
    popular and actively maintained are listed below:", then a table of projects with their
    stars), a selection the reader can check, not a ranking claimed for the product."""
    if not sentence.text.rstrip().endswith(":"):
        return False
    if _INTRODUCING.isdisjoint(norm(w.text) for w in sentence.words):
        return False
    after = support.next_sentence(sentence)
    if after is None or after.block is sentence.block:
        return False
    return after.block.kind == "table_cell" or "list_item" in after.block.containers


_WHEN_TO_USE = lazy(r"^\W*(?:use|choose|prefer|pick)\s+(?:it|this|them|these|that)\b(?:\s+\w+){0,3}?\s+(?:when|if|for|to|only)\b",
                          re.IGNORECASE)


def advice_follows(sentence, support) -> bool:
    """The next sentence of the paragraph tells the reader when to choose it ("It is the easiest
    and the fastest way to calculate hashes. Use it when the input buffer is already in the
    memory."): the ranking is advice among the product's own ways of doing a thing (A5)."""
    after = support.next_sentence(sentence)
    return after is not None and after.block is sentence.block and _WHEN_TO_USE.search(after.text) is not None


_FREQUENCY = frozenset({"common", "frequent", "frequently", "asked", "popular"})
_QUESTIONS = frozenset({"question", "questions", "faq", "faqs"})


def ranks_questions(lw, a: int, b: int) -> bool:
    """A ranking by how often readers ask ("One of the most common attrs questions on Stack
    Overflow is how to ...", "the most frequently asked questions"): it opens a topic of the
    documentation, ranking nothing of the product's worth (the gold's E1 and A7 negatives:
    "the most common questions", "the most frequently asked questions")."""
    if _FREQUENCY.isdisjoint(lw[a : b + 2]):
        return False
    for k in range(b + 1, min(b + 4, len(lw))):
        if lw[k] in _QUESTIONS:
            return True
        if not lw[k][:1].isalpha() or lw[k] in ("of", "in", "is", "are", "was", "to", "that", "and"):
            return False
    return False


def in_conduct_section(doc, sentence) -> bool:
    """The sentence sits under a "Code of Conduct" heading: what the community hopes to be ("we
    work hard to build each other up and create amazing things together"), addressed to
    contributors, not praise of the product to its users."""
    heading = _section_heading(doc, sentence)
    return heading is not None and "conduct" in heading.text.lower().split()


#: The writer's own trials, named in the sentence: "all of our tests", "in my benchmarks".
_OWN = frozenset({"our", "my"})
_TRIALS = frozenset("tests benchmarks benchmark measurements trials experiments".split())


def own_trials(lw) -> bool:
    """The sentence names the writer's own tests or benchmarks as the ground of the ranking
    ("Cuid2 is the only solution that passed all of our tests", "the fastest in our
    benchmarks"): the benchmark that establishes it is named (RULES-ADDENDUM A1; the gold's "the
    writer's own tests ... establish it"). "Our test suite" is not a trial of rivals."""
    return any(w in _TRIALS and k and lw[k - 1] in _OWN for k, w in enumerate(lw))
