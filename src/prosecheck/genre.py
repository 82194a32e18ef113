"""Is a document technical writing (software documentation, a project's FAQ or essay) or other
prose (a speech, news, an essay on politics)? One signal per document, read from its prose.

Why: some booster shapes are right in speeches and news and mostly wrong in documentation,
where the same words concede a point or contrast how a thing looks with how it works (issue 11,
twentieth session, `eval/genre_boosters.py`). The signal is the share of everyday computing words
(``file``, ``version``, ``install``, ``kernel``, ``database`` ...) among the prose words: it works
on plain text as well as Markdown, where code blocks, inline code and headings say nothing about
a ``.txt`` page. At 15 or more per 1,000 words (and at least 3 of them) it calls technical 484 of
the 517 documents of the twenty-eight labelled sets that are documentation by their names (deb-*,
npm and PyPI package pages) and 42 of the 450 others (mostly weblogs and news about software), and
5,161 of the benchmark corpus's 6,497 files (most of the rest are READMEs with under 3 computing
words).

Checks read it as ``Document.technical`` (computed once, when first asked for).
"""

from __future__ import annotations

_COMPUTING = frozenset("""
file files version versions command commands install installed installation package packages library
libraries code source server servers database databases bug bugs patch patches kernel release releases
option options configuration config compile compiler program programs programming software system systems
api user users data directory module modules function functions application applications interface memory
disk network default script scripts syntax binary binaries debug debugging test tests testing developer
developers mailing git linux windows unix debian python perl sqlite query queries sql format formats byte
bytes implementation cpu thread threads process processes run running runs build builds compiled maintainer
maintainers tree branch merge commit
""".split())
_EDGES = ",.;:!?()\"'"
#: Computing words per 1,000 prose words at and above which a document is technical.
THRESHOLD = 15.0
#: ... and at least this many of them: one "code" in a short note is no evidence of genre.
MINIMUM = 3


def computing_words(blocks) -> tuple:
    """``(computing words, words)`` of the prose of ``blocks``."""
    words = hits = 0
    vocabulary = _COMPUTING
    for block in blocks:
        tokens = block.prose.lower().split()
        words += len(tokens)
        hits += sum(1 for t in tokens if t.strip(_EDGES) in vocabulary)
    return hits, words


def computing_rate(blocks) -> float:
    """Computing words per 1,000 words of the prose of ``blocks``."""
    hits, words = computing_words(blocks)
    return 1000.0 * hits / words if words else 0.0


def is_technical(blocks) -> bool:
    hits, words = computing_words(blocks)
    return hits >= MINIMUM and 1000.0 * hits >= THRESHOLD * words
