"""The learnt tiers (issue 11): a language finding's tier looked up by its code, its rule tier and
the head of its phrase, with back-off for kinds the table has not seen; and eval/learnt_tiers.py's
estimates and threshold."""

import sys
from pathlib import Path

import pytest

from prosecheck.checks import hedging, learnt_tiers, superlatives
from prosecheck.checks.learnt_tiers import head, parse_table, tier
from prosecheck.checks.packaged import read_text
from prosecheck.testing import lint

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import learnt_tiers as trainer  # noqa: E402


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("one of the fastest", "fastest"),
        ("the world's largest", "world"),
        ("The richest", "richest"),
        ("by far the best", "best"),
        ("some of the most", "most"),
        ("Surely", "surely"),
        ("of course", "course"),
        ("In fact", "in"),
        ("many Americans feel", "many"),
        ("Analysts said", "analyst"),
        ("is believed to", "believed"),
        ("It has been plausibly suggested", "plausibly"),
        ("\u201cunprecedented\u201d", "unprecedented"),
        ("the", "the"),  # a lone leading word is its own head
        ("#1", "1"),
        ("world\u2019s", "world"),
        ("stories", "story"),
        ("less", "less"),
        ("", ""),
    ],
)
def test_head(phrase, expected):
    assert head(phrase) == expected


TABLE = parse_table(
    "# a comment\n"
    "SL101\twarning\tbest\tinfo\t0.40\t2\t5\n"
    "SL101\twarning\t*\twarning\t0.80\t40\t50\n"
    "SL101\tinfo\tfastest\twarning\t0.90\t9\t10\n"
    "HC102\t*\t*\tinfo\t0.50\t5\t10\n"
    "HC103\twarning\talmost\tbogus\n"
    "short\trow\n"
)


def test_parse_table_keeps_only_tiers():
    assert TABLE == {
        ("SL101", "warning", "best"): "info",
        ("SL101", "warning", "*"): "warning",
        ("SL101", "info", "fastest"): "warning",
        ("HC102", "*", "*"): "info",
    }


@pytest.mark.parametrize(
    "code, phrase, rule_tier, expected",
    [
        ("SL101", "the best", None, "info"),  # its own row
        ("SL101", "one of the fastest", "info", None),  # promoted: None is the code's warning
        ("SL101", "the greatest", None, None),  # a head not seen: the code and rule tier's row
        ("SL101", "the greatest", "info", "info"),  # nothing for (SL101, info, *): the rules' tier
        ("HC102", "clearly", None, "info"),  # only the code's row
        ("HC103", "almost certainly", None, None),  # no row at all: the rules' tier
        ("HC101", "reportedly", "info", "info"),
    ],
)
def test_tier_backs_off(code, phrase, rule_tier, expected):
    assert tier(code, phrase, rule_tier, TABLE) == expected


def test_shipped_table_parses():
    text = read_text(learnt_tiers.TABLE_FILE)
    table = parse_table(text)
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert len(table) == len(rows) > 0
    assert set(table.values()) <= {"warning", "info"}


def test_estimates_back_off_and_smooth():
    c = {("SL101", "warning", "best"): [1.0, 4.0], ("SL101", "warning", "fastest"): [5.0, 5.0],
         ("HC102", "info", "clearly"): [0.0, 2.0]}
    est = trainer.estimates(c)
    m = trainer.M
    code = (6.0 + m * 0.5) / (9.0 + m)
    assert est[("SL101", "*", "*")] == pytest.approx(code)
    ct = (6.0 + m * code) / (9.0 + m)
    assert est[("SL101", "warning", "*")] == pytest.approx(ct)
    assert est[("SL101", "warning", "best")] == pytest.approx((1.0 + m * ct) / (4.0 + m))
    assert est[("SL102", "*", "*")] == pytest.approx(0.5)  # no data: the prior
    assert trainer.estimate(est, ("SL101", "warning", "greatest")) == pytest.approx(ct)
    assert trainer.estimate(est, ("SL101", "info", "greatest")) == pytest.approx(code)
    assert trainer.learnt_tier(est, ("SL101", "warning", "best"), 0.6) == "info"
    assert trainer.learnt_tier(est, ("SL101", "warning", "fastest"), 0.6) == "warning"


def _set(name, rows):
    """A set whose findings each stand on a line of their own, right ones paired with a positive."""
    findings, pos = [], []
    for i, (key, right) in enumerate(rows):
        findings.append(dict(doc="d", line=i + 1, col=1, code=key[0], key=key, right=right, trap=0))
        if right:
            pos.append(dict(doc="d", line=i + 1, _col=1, category="superlative"))
    return dict(name=name, findings=findings, pos=pos, neg=[])


def test_warning_score_pairs_only_warning_findings():
    good, bad = ("SL101", "warning", "best"), ("SL101", "warning", "only")
    s = _set("a", [(good, 1), (bad, 0), (good, 1)])
    assert trainer.warning_score(s, ["warning", "warning", "warning"]) == (2, 3, 2, 0)
    assert trainer.warning_score(s, ["warning", "info", "info"]) == (1, 1, 2, 0)


def test_threshold_is_chosen_inside_the_training_sets():
    good, bad = ("SL101", "warning", "best"), ("SL101", "warning", "only")
    sets = [_set(n, [(good, 1), (good, 1), (bad, 0), (bad, 0)]) for n in "abc"]
    t, precision = trainer.choose_threshold(sets, [])
    # "only" is wrong on every set: the lowest threshold that puts it at info gives 100%
    assert precision == 1.0
    est = trainer.estimates(trainer.counts(sets[1:], []))
    assert est[bad] < t <= est[good]
    assert t == min(x for x in trainer.THRESHOLDS if x > est[bad])


def _both(text, plugin, name):
    on = [(d.line, d.col, d.code, d.severity) for d in lint(text, plugins=[plugin])]
    off = [(d.line, d.col, d.code, d.severity)
           for d in lint(text, plugins=[plugin], options={name: {"learnt_tiers": False}})]
    return on, off
