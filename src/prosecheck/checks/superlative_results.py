"""A ranking of the results its own section has just measured (issue 11, twenty-third session).

SQLite's speed comparison gives, under each test's heading, each engine's time on a line of its
own ("PostgreSQL: 3.629", "MySQL: 2.760", "SQLite 2.7.6: 2.494"), then sums the figures up: "But
SQLite is still the fastest", "The synchronous version of SQLite is the slowest of the group in
this test". The ranking is what the figures just above it establish (RULES 3: "rankings ... that
figures in the text establish"; hone-docs marks all three as traps), in a section no "Benchmarks"
heading names (``superlative_context.benchmarked_nearby``) and with no figure in the next sentence
(``measured_in_paragraph``).

The evidence: at least two result blocks between the section's heading and the claim's own
paragraph. A result block is a paragraph or a table cell of at most twelve words holding a
figure: a decimal number ("2.494"; not a version, "2.7.6") or a measurement of the kind ranked
("5 ms", "39 KB"). One stray figure is not a table of results. Figures below the claim, or in
another section, or in a document with no headings, do not count: a tagline is not backed by a
benchmark further down (RULES-ADDENDUM A1). Only rankings by speed or size: "the most reliable"
after a table of timings is not what the timings measure.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from prosecheck.lazyre import lazy
from prosecheck.checks.sentence_memo import per_document
from prosecheck.checks.superlative_context import _SIZE_RE, _SIZE_WORDS, _SPEED_RE, _SPEED_WORDS, _section_heading

#: Rankings by speed, both ways ("the slowest of the group in this test").
_SPEED = _SPEED_WORDS | frozenset("slow slower slowest".split())
#: A decimal figure that is not part of a version or an address: "2.494", "0.114", "1,234.5".
_DECIMAL_RE = lazy(r"(?<![\w.])\d[\d,]*\.\d+(?![\w.])")
#: A result block is short: a line of a table of timings, not a paragraph that mentions a figure.
_RESULT_WORDS = 12
#: Result blocks needed above the claim: a table or a list of results, not one figure.
_RESULTS = 2


@per_document
def _result_lines(blocks) -> tuple:
    """``(speed, size)``: the first lines of the document's result blocks whose figure is a
    decimal or a speed (a size) measurement, each sorted. Read once per document: read once per
    finding, a page of thousands of timings, each summed up by a ranking, was quadratic."""
    speed, size = [], []
    for block in blocks:
        if block.kind == "heading":
            continue
        prose = block.prose
        if len(prose.split()) > _RESULT_WORDS:
            continue
        decimal = _DECIMAL_RE.search(prose) is not None
        if decimal or _SPEED_RE.search(prose):
            speed.append(block.start_line)
        if decimal or _SIZE_RE.search(prose):
            size.append(block.start_line)
    return speed, size


def ranks_results_above(doc, sentence, ranked) -> bool:
    """The superlative ranks by speed or size (``ranked``: its words and the two around them,
    normalised) and its section holds, above the claim's paragraph, at least two result blocks
    with figures of that kind: the ranking sums up the section's own measurements."""
    if not _SPEED.isdisjoint(ranked):
        kind = 0
    elif not _SIZE_WORDS.isdisjoint(ranked):
        kind = 1
    else:
        return False
    heading = _section_heading(doc, sentence)
    if heading is None:
        return False
    lines = _result_lines(doc.blocks)[kind]
    first = bisect_right(lines, heading.line)
    last = bisect_left(lines, sentence.block.start_line)
    return last - first >= _RESULTS
