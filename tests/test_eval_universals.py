"""eval/universals.py: the sweeping universals' rows, their features and the threshold chosen inside
the training sets (sweep56's measurement; nothing of it ships)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import universals  # noqa: E402


def _row(text, **kw):
    words = text.rstrip(".?!").split()
    lw = [w.lower() for w in words]
    at = universals.universals(lw)
    row = dict(set="x-docs", doc="d", sentence=0, line=1, col=1, text=text, lw=lw,
               caps=[w[:1].isupper() for w in words], at=at, quoted=[False] * len(at), own=True,
               named=False, cited=False, kind="paragraph", containers=[], technical=False, genre="speech",
               group="speech", ruled=[], label=0, positives=[], traps=[])
    row.update(kw)
    return row


def test_universals_are_found_among_the_words():
    lw = "no one has ever said that nobody always wins only here".split()
    assert universals.universals(lw) == [0, 6, 7, 9]
    assert universals.universals("no cat ever won".split()) == []


def test_features_read_subject_tense_and_question():
    f = set(universals.features(_row("We have never been defeated.")))
    assert {"u=never", "never+subj=we", "never+perfect", "person=we", "at=early"} <= f
    f = set(universals.features(_row("Will nobody ever stop them?"), vocab=frozenset({"ever"})))
    assert {"u=nobody", "question", "nobody+modal", "nobody+n1=ever", "modal"} <= f
    assert "group=speech" in f and "group=speech" not in universals.features(_row("All is well."), genre=False)


def test_no_one_is_one_universal_and_its_next_word_follows_one():
    f = set(universals.features(_row("No one doubts it."), vocab=frozenset({"doubts"})))
    assert {"u=no-one", "no-one+n1=doubts", "no-one+at=opens"} <= f


def test_threshold_is_the_lowest_reaching_the_precision():
    rows = [({"label": 1}, 0.9), ({"label": 0}, 0.8), ({"label": 1}, 0.7), ({"label": 0}, 0.3)]
    assert universals.lowest_reaching(rows, 0.6) == 0.35  # 0.7 and up: 2 right of 3
    assert universals.lowest_reaching(rows, 0.7) == 0.85
    assert universals.lowest_reaching(rows, 1.01) is None
