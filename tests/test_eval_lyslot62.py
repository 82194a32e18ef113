"""eval/lyslot62.py: entries of the lexicon an -ly adverb inside them hides (tidy62)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import lyslot62  # noqa: E402

MATCHERS = lyslot62.matchers()


def _found(text):
    lw = text.lower().split()
    return [(code, entry, lw[j]) for _, code, entry, _, j in lyslot62.candidates(lw, MATCHERS)]


def test_an_adverb_inside_an_entry():
    assert ("HC102", "any fool can see", "plainly") in _found("any fool can plainly see that the weir is old")


def test_an_entry_already_matched_or_an_adverb_outside_it():
    assert _found("any fool can see that the weir is old") == []
    assert _found("plainly any fool can see that the weir is old") == []  # before the entry
    assert _found("the weir is plainly old") == []
    assert _found("any fool can half-heartedly see that") == []  # no -ly adverb to ly_adverb
