"""ly_adverbs.ly_adverb: the one test of a word in -ly read as an adverb (tidy61, tidy62).

The checks once wrote the test out each in its own way (``endswith("ly")`` with or without a
length, with or without ``isalpha``): a hyphenated or dotted word ("half-heartedly", "bit.ly")
was an adverb to some and not to others. The sixty-second session (tidy62) moved the last of
them onto the helper: the JSON output of the 148 development sets, news-dev and the corpus moved
by one finding (plane-docs' "the most business-friendly state", right). The guard below keeps a
new copy from coming back unnoticed.
"""

from __future__ import annotations

import pathlib
import re

import pytest

from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.testing import codes, lint

CHECKS = pathlib.Path(__file__).resolve().parent.parent / "src" / "prosecheck" / "checks"


@pytest.mark.parametrize(
    "word, shortest, expected",
    [
        ("widely", 5, True),
        ("generally", 5, True),
        ("duly", 5, False),  # four letters: under the default
        ("duly", 4, True),
        ("only", 4, True),
        ("only", 5, False),
        ("fly", 0, True),
        ("half-heartedly", 0, False),  # not letters alone
        ("bit.ly", 0, False),
        ("o'reilly", 0, False),
        ("likely", 5, True),  # a check that reads "likely" otherwise lists it itself
        ("widen", 0, False),
    ],
)
def test_ly_adverb(word, shortest, expected):
    assert ly_adverb(word, shortest) is expected


# A check's own test of a word ending in "ly" that is not ly_adverb: each left here is a test of
# another thing (the subject of a habit: a hyphenated word in -ly is no subject either, and
# ly_adverb would let "half-heartedly" through as one).
_LEFT = {
    ("superlative_absolutes.py", 's.endswith("ly")'),
}
_OWN_TEST = re.compile(r"""[\w\].]+\.endswith\(\s*["']ly["']\s*\)""")


def test_no_check_writes_its_own_ly_test():
    found = set()
    for path in sorted(CHECKS.glob("*.py")):
        if path.name == "ly_adverbs.py":
            continue
        for m in _OWN_TEST.finditer(path.read_text(encoding="utf-8")):
            found.add((path.name, m.group(0)))
    assert found == _LEFT


# Shapes the moved sites read, pinned with their places: an adverb between a participle and "by"
# (public_voice), before "the ultimate" (superlative_ultimate), grading a participle after "the
# most" (superlatives), between a modal and "only be" (superlative_only), inside an "as" aside
# (as_held); a hyphenated word in -ly is no adverb to any of them now.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bridge was hailed warmly by the press as a triumph.\n", [(1, 16, "HC101")]),
        ("The bridge was hailed half-heartedly by the press as a triumph.\n", []),
        ("The new bridge is surely the ultimate crossing of the river.\n", [(1, 19, "HC102"), (1, 26, "SL101")]),
        ("It is the most heavily guarded bridge in the world.\n", [(1, 7, "SL101")]),
        ("The ferry can clearly only be reached by boat.\n", [(1, 11, "SL101")]),
        ("The ferry can half-heartedly only be reached by boat.\n", []),
        ("The tolls were, as is commonly supposed, the cause of the decline.\n", [(1, 17, "HC101")]),
        ("The tolls were, as is half-heartedly supposed, the cause of the decline.\n", []),
    ],
)
def test_sites_read_ly_adverb(text, expected):
    assert codes(lint(text, select=["HC", "SL"])) == expected


def test_a_hyphenated_adjective_in_ly_is_graded_after_most():
    """ "the most business-friendly state" (plane-docs' Kaine speech): "business-friendly" is an
    adjective no list names, graded by "most" (superlative_prose.graded_quality), not an adverb
    as "heavily" is in "the most heavily guarded" (tidy62: the one finding the move added over
    the 148 sets, news-dev and the corpus, a right one)."""
    from prosecheck.checks.superlative_prose import graded_quality
    from prosecheck.checks.superlatives import Lexicon

    lex = Lexicon((), ())
    assert graded_quality(lex, "business-friendly")
    assert not graded_quality(lex, "heavily")
