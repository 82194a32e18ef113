"""Readability (``RD``): sentences too long to follow, paragraphs that read above a school grade.

RD101 counts the words of each sentence the Document found (abbreviations such as "e.g." do not end
a sentence there), cut again where a full stop precedes a lower-case word or inline code. RD102
scores each paragraph with one of textstat's grade-level formulas. Both read paragraphs only (not
headings or table cells) and skip quotations, text in capitals, legal text (licence sections and
paragraphs) and "sentences" that are lists, tables or rows of links written on one line.

Cost: nothing at import; per document, one pass over its sentences, and the slower parts (list and
link tests, syllables, the formula, the legal-section scan) only for the few paragraphs long enough
to be reported.

The formulas are textstat's (same coefficients, same definitions of difficult and polysyllabic
words; ``tests/test_check_readability.py`` compares every one with textstat itself), but they are
fed the Document's own sentences and words rather than textstat's regular expressions, and syllables
come from :mod:`prosecheck.checks.syllables`. So this check never imports textstat or NLTK: nothing
can be downloaded at run time, start-up costs nothing, and no textstat cache grows with the corpus.
Only the Dale-Chall and Gunning fog formulas need textstat's list of easy words, which is read from
the textstat package's data folder without importing it.
"""

from __future__ import annotations

import math
import os
import re
from functools import cached_property
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress, repeat
from operator import ge, gt, ne, sub
from typing import Optional

from prosecheck import _native
from prosecheck.lazyre import lazy
from prosecheck.check import Check, Code, Option
from prosecheck.hookspecs import hookimpl
from prosecheck.prose_words import WordSpan
from prosecheck.sentences import SENTENCE_END_RE

#: metric option value -> the name the message shows.
METRICS = {
    "flesch_kincaid_grade": "Flesch-Kincaid",
    "gunning_fog": "Gunning fog",
    "smog_index": "SMOG",
    "coleman_liau_index": "Coleman-Liau",
    "automated_readability_index": "automated readability index",
    "linsear_write_formula": "Linsear Write",
    "dale_chall_readability_score": "Dale-Chall",
}

# A "sentence" whose words are mostly link text is a row of links or badges, not a sentence.
_MAX_LINKED_SHARE = 0.5
# Separators of a list written inline ("a, b, c", "a | b | c", "❯ a ❯ b", "✅ a ✅ b"): one per
# this many words at most, more and the sentence is a list or a table jammed into one line, not a
# sentence to split. Arrows, geometric shapes, dingbats and emoji serve as bullets.
_WORDS_PER_SEPARATOR = 3
_SEPARATOR_RE = lazy(
    "[,;|\u00b7\u2022\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\U0001f000-\U0001faff]"
    "|\\s[-\u2013]\\s"
)
# The same character class as pairs (first, last), for the C path's one pass (_native.readability
# .separators; tests/test_native_readability.py holds the two equal on every code point).
_SEPARATOR_RANGES = ",,;;||\u00b7\u00b7\u2022\u2022\u2190\u21ff\u25a0\u25ff\u2600\u27bf\U0001f000\U0001faff"

# Sections whose heading says they hold legal text (licence, copyright, warranty): their wording
# is fixed by lawyers, not by the document's author.
_LEGAL_HEADING_RE = lazy(
    r"\b(?:licen[cs]es?|licensing|copyright|warranty|disclaimers?|legal|certificate of origin)\b", re.I
)
# Paragraphs that open like a licence: skipped wherever they are. A copyright line makes the rest
# of its section legal text too (the licence usually follows it).
_LEGAL_OPENING_RE = lazy(
    r"[\s\"'(*_#>\x00]*(?:(?P<copyright>copyright\b|\(c\)\s*\d|\u00a9)|"
    r"(?:permission is hereby granted|permission to use, copy, modify|the software is provided"
    r"|this software is provided|the above copyright notice|redistribution and use in source"
    r"|redistributions (?:of source code|in binary form)|neither the name of|licensed under the"
    r"|this (?:program|library) is free software|in no event shall|unless required by applicable law))",
    re.I,
)
# Where a sentence may end: the Document's own boundaries, plus those it leaves alone because the
# next word starts with a lower-case letter or inline code ("...in core. podium is", "See it. `x`
# does"). RD101 and RD102 split there too, so they never blame one sentence for two.
_END_RE = SENTENCE_END_RE  # the Document's own, citation markers ("1990.[3] The") included
_INITIALISM_RE = lazy(r"(?:[a-z]\.){2,}$")
_NON_WORD_RE = lazy(r"\W+")
_LOWER_RE = lazy(r"[^\W\d_A-Z\u00c0-\u00de]")  # a lower-case (or caseless) letter

_easy_words: Optional[frozenset] = None


def easy_words() -> frozenset:
    """textstat's Dale-Chall list of easy English words, read without importing textstat."""
    global _easy_words
    if _easy_words is None:
        import importlib.util

        words: frozenset = frozenset()
        spec = importlib.util.find_spec("textstat")
        for folder in (spec.submodule_search_locations or []) if spec else []:
            path = os.path.join(folder, "resources", "en", "easy_words.txt")
            if os.path.isfile(path):
                with open(path, encoding="utf-8") as f:
                    words = frozenset(line.strip().lower() for line in f if line.strip())
                break
        _easy_words = words
    return _easy_words


class Stats:
    """Counts over a paragraph's sentences, as textstat's formulas use them (each computed once,
    when a formula first asks for it)."""

    def __init__(self, pieces: list) -> None:
        """``pieces``: one list of :class:`~prosecheck.document.Word` per sentence."""
        self.pieces = pieces
        self.sentences = len(pieces)
        word_list: list = []
        for piece in pieces:
            # A whole sentence is a WordSpan: its texts are read from the arrays, no Word made.
            word_list.extend(piece.texts() if isinstance(piece, WordSpan) else [w.text for w in piece])
        self.word_list = word_list
        self.words = len(word_list)

    @cached_property
    def syllable_list(self) -> list:
        from prosecheck.checks.syllables import counts

        return counts(self.word_list)

    @cached_property
    def syllables(self) -> int:
        return sum(self.syllable_list)

    @cached_property
    def polysyllables(self) -> int:
        return sum(1 for n in self.syllable_list if n >= 3)

    @cached_property
    def letters(self) -> int:
        """Word characters (textstat: all but white space and punctuation)."""
        return len(_NON_WORD_RE.sub("", "".join(self.word_list)))

    @cached_property
    def chars(self) -> int:
        """Characters but white space (textstat counts sentence punctuation: one mark each here)."""
        return sum(map(len, self.word_list)) + self.sentences

    def difficult(self, min_syllables: int) -> int:
        """Words not on the Dale-Chall list of easy words, of at least ``min_syllables``."""
        easy = easy_words()
        return sum(
            1
            for w, n in zip(self.word_list, self.syllable_list)
            if n >= min_syllables and w.lower() not in easy
        )

    # --- textstat's formulas ---------------------------------------------------------------
    def flesch_kincaid_grade(self) -> float:
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59

    def gunning_fog(self) -> float:
        return 0.4 * (self.words / self.sentences + 100 * self.difficult(3) / self.words)

    def smog_index(self) -> float:
        return 1.043 * math.sqrt(30 * self.polysyllables / self.sentences) + 3.1291

    def coleman_liau_index(self) -> float:
        return 0.058 * (100 * self.letters / self.words) - 0.296 * (100 * self.sentences / self.words) - 15.8

    def automated_readability_index(self) -> float:
        return 4.71 * self.chars / self.words + 0.5 * self.words / self.sentences - 21.43

    def linsear_write_formula(self) -> float:
        first_100 = self.syllable_list[:100]  # Linsear Write reads the first 100 words only
        hard = sum(1 for n in first_100 if n >= 3)
        easy = len(first_100) - hard
        seen = sentences = 0
        for piece in self.pieces:
            if seen >= 100:
                break
            sentences += 1
            seen += len(piece)
        number = (easy + 3 * hard) / max(1, sentences)
        if number <= 20:
            number -= 2
        return number / 2

    def dale_chall_readability_score(self) -> float:
        percent = 100 * self.difficult(0) / self.words
        score = 0.1579 * percent + 0.0496 * self.words / self.sentences
        return score + 3.6365 if percent > 5 else score


def dale_chall_grade(score: float) -> float:
    """The school grade a Dale-Chall score stands for (the top of its band in Chall's table)."""
    for limit, grade in ((5.0, 4), (6.0, 6), (7.0, 8), (8.0, 10), (9.0, 12), (10.0, 15)):
        if score < limit:
            return float(grade)
    return 16.0


def split_pieces(sentence) -> list:
    """The sentence's words, cut where a sentence may end though the Document did not cut.

    The Document keeps "done. podium is" and "done. `x` is" together (a lower-case word or
    code after a full stop may follow an abbreviation); here only known abbreviations ("e.g.",
    "etc." before a lower-case word) and initialisms ("U.S.") hold a sentence together.
    """
    words = sentence.words
    prose = sentence.block.prose
    end = sentence.end
    m = _END_RE.search(prose, sentence.start, end)
    if m is None or m.end() >= end:
        return [words]
    from prosecheck.sentences import ABBREVIATIONS

    cuts = []
    for m in _END_RE.finditer(prose, sentence.start, end):
        stop = m.end()
        if stop >= end:
            break
        if prose[m.start()] == ".":
            i = m.start()
            while i > sentence.start and not prose[i - 1].isspace():
                i -= 1
            token = prose[i : m.start() + 1].lstrip("\"'(\u201c\u2018[").lower()
            if token in ABBREVIATIONS and (token != "etc." or prose[stop].islower()):
                continue
            if _INITIALISM_RE.search(token):
                continue
        cuts.append(stop)
    if not cuts:
        return [words]
    pieces = []
    current: list = []
    k = 0
    for w in words:
        while k < len(cuts) and w.start >= cuts[k]:
            if current:
                pieces.append(current)
            current = []
            k += 1
        current.append(w)
    if current:
        pieces.append(current)
    return pieces


def _linked_share(words, block, links_by_block: dict) -> float:
    """The share of ``words`` that lie inside link or image text."""
    spans = links_by_block.get(id(block))
    if not spans:
        return 0.0
    # The words' starts (in order) counted by bisection in each range of the spans' union.
    if isinstance(words, WordSpan):
        starts = words.table.starts[words.start : words.stop]
    else:
        starts = [w.start for w in words]
    inside = 0
    low = high = None
    for a, b in sorted(spans):
        if b <= a:
            continue  # holds no start
        if high is not None and a <= high:
            high = max(high, b)
            continue
        if high is not None:
            inside += bisect_left(starts, high) - bisect_left(starts, low)
        low, high = a, b
    if high is not None:
        inside += bisect_left(starts, high) - bisect_left(starts, low)
    return inside / len(words)


def _bounds(words) -> tuple:
    """Where ``words`` (not empty) start and end in their block's prose: a sentence's words are
    read from the arrays, without making its first and last Word."""
    if words.__class__ is WordSpan:
        table = words.table
        last = words.stop - 1
        return table.starts[words.start], table.starts[last] + len(table.vocabulary[table.text_ids[last]])
    return words[0].start, words[-1].end


def is_list_like(words, block, links_by_block: dict) -> bool:
    """A row of links, or a list or table written as one long line: not a sentence to judge."""
    start, end = _bounds(words)
    native = _native.readability
    if native is not None:  # the same count in one pass in C, where the pattern tries every space
        separators = native.separators(block.prose, start, end, _SEPARATOR_RANGES)
    else:
        separators = len(_SEPARATOR_RE.findall(block.prose, start, end))
    if separators * _WORDS_PER_SEPARATOR >= len(words):
        return True
    return _linked_share(words, block, links_by_block) > _MAX_LINKED_SHARE


def is_shouted(words, block) -> bool:
    """Written in capitals throughout (a warranty disclaimer): not prose to edit."""
    return len(words) >= 5 and _LOWER_RE.search(block.prose, *_bounds(words)) is None


def legal_blocks(doc) -> set:
    """ids of the blocks that hold legal text: in a section about a licence, copyright or warranty,
    after a copyright line in the same section, or opening like a licence."""
    legal: set = set()
    stack: list = []  # (level, is_legal) of the headings above the current block
    heading_blocks = {id(h.block): h for h in doc.headings}
    in_legal = after_copyright = False
    for block in doc.blocks:
        h = heading_blocks.get(id(block))
        if h is not None:
            while stack and stack[-1][0] >= h.level:
                stack.pop()
            stack.append((h.level, bool(_LEGAL_HEADING_RE.search(h.text))))
            in_legal = any(flag for _, flag in stack)
            after_copyright = False
            continue
        if in_legal or after_copyright:
            legal.add(id(block))
            continue
        m = _LEGAL_OPENING_RE.match(block.prose)
        if m is not None:
            legal.add(id(block))
            after_copyright = m.lastgroup == "copyright"
    return legal


class Readability(Check):
    name = "readability"
    codes = {
        "RD101": Code("sentence longer than the word limit", "info"),
        "RD102": Code("paragraph reads above the grade limit", "info"),
    }
    options = {
        "max_sentence_words": Option("int", 35, "RD101: longest sentence allowed, in words"),
        "min_words": Option("int", 40, "RD102: paragraphs shorter than this many words are not scored"),
        "metric": Option(
            "str",
            "flesch_kincaid_grade",
            "RD102: the textstat grade-level formula to score paragraphs with",
            choices=tuple(METRICS),
        ),
        "max_grade": Option("float", 14.0, "RD102: highest school grade a paragraph may read at"),
    }

    def prepare(self, options, context):
        if context.is_selected("RD102"):
            from prosecheck.checks import syllables

            lexicon = syllables.load_lexicon()  # once, before workers fork
            if hasattr(lexicon, "sorted_keys"):
                # A big run: the keys sorted here, so workers share them and bisect them in C.
                # Not the dict: it took 35 ms of the run's serial start (the other core idle),
                # where each worker looks up a few thousand distinct words once each.
                lexicon.sorted_keys()
            syllables.load_fallback()  # the hyphenation patterns, for words the lexicon lacks

    def check(self, doc, options, context):
        max_words = options["max_sentence_words"]
        min_words = max(1, options["min_words"])
        state: dict = {}  # links by block and legal blocks, computed on the first finding only
        # Each block's sentences (consecutive) and their word counts, read from the sentence
        # arrays: a WordSpan per sentence to take its len() was most of this loop.
        # The runs of consecutive sentences of one block, their word totals by a running sum, and
        # the runs holding a sentence over the limit (few), all mapped in C: a Python step per
        # block or per sentence here was a tenth of the check.
        table = doc.sentence_table
        n = len(table)
        if not n:
            return
        block_indexes = table.block_indexes
        lens = list(map(sub, table.word_ends, table.word_starts))
        running = list(accumulate(lens, initial=0))
        firsts = [0]
        firsts.extend(compress(range(1, n), map(ne, block_indexes[1:], block_indexes[:-1])))
        stops = firsts[1:]
        stops.append(n)
        totals = map(sub, map(running.__getitem__, stops), map(running.__getitem__, firsts))
        runs = set(compress(range(len(firsts)), map(ge, totals, repeat(min_words))))
        runs.update(bisect_right(firsts, i) - 1 for i in compress(range(n), map(gt, lens, repeat(max_words))))
        sentences = doc.sentences
        blocks = doc.blocks
        for r in sorted(runs):
            a = firsts[r]
            if blocks[block_indexes[a]].kind != "paragraph":
                continue  # _block reports paragraphs only
            yield from self._block(doc, sentences[a : stops[r]], options, state)

    def _block(self, doc, sentences, options, state):
        """RD101 and RD102 for the sentences of one block, when it is a paragraph of prose."""
        block = sentences[0].block
        if block.kind != "paragraph":
            return
        max_words = options["max_sentence_words"]
        pieces = []
        for sentence in sentences:
            if sentence.words and not sentence.quoted:
                pieces.extend(split_pieces(sentence))
        if not pieces:
            return
        links = state.get("links_by_block")
        if links is None:
            links = state["links_by_block"] = {}
            for link in doc.links:
                if link.block is not None:
                    links.setdefault(id(link.block), []).append((link.prose_start, link.prose_end))
        # Each piece is tested once (a long piece was tested for RD102 and again for RD101).
        if sum(map(len, pieces)) >= options["min_words"]:
            judged = [not (is_list_like(p, block, links) or is_shouted(p, block)) for p in pieces]
            scored = list(compress(pieces, judged))
            long_pieces = [p for p in scored if len(p) > max_words]
        else:
            scored = None
            long_pieces = [p for p in pieces if len(p) > max_words
                           and not (is_list_like(p, block, links) or is_shouted(p, block))]
        found = [
            doc.diagnostic(
                "RD101",
                f"this sentence has {len(p)} words: split it in two or more (aim for {max_words} or fewer)",
                p[0].offset,
            )
            for p in long_pieces
        ]
        # a paragraph of one sentence already reported as too long is not reported again
        if scored and not (found and len(scored) == 1):
            grade = self._grade(doc, sentences, scored, options)
            if grade is not None:
                found.insert(0, grade)
        if found:
            legal = state.get("legal")
            if legal is None:
                legal = state["legal"] = legal_blocks(doc)
            if id(block) not in legal:
                yield from found

    def _grade(self, doc, sentences, scored, options):
        """RD102 for one paragraph, or None."""
        metric = options["metric"]
        max_grade = options["max_grade"]
        if sum(map(len, scored)) < max(1, options["min_words"]):
            return None
        stats = Stats(scored)
        score = getattr(stats, metric)()
        dale_chall = metric == "dale_chall_readability_score"
        grade = dale_chall_grade(score) if dale_chall else score
        if round(grade, 1) <= max_grade:
            return None
        first = next(s for s in sentences if s.words).words[0]  # the paragraph's first word
        if dale_chall:
            shown = f"grade {grade:g} (Dale-Chall score {score:.1f})"
        else:
            shown = f"grade {grade:.1f} ({METRICS[metric]})"
        return doc.diagnostic(
            "RD102",
            f"this paragraph reads at {shown}: shorter sentences and plainer words "
            f"would bring it under {max_grade:g}",
            first.offset,
        )


@hookimpl
def prosecheck_checks():
    return [Readability()]
