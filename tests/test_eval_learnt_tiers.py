"""eval/learnt_tiers.py (issue 11): a language finding keyed by its code, its rule tier and the
head of its phrase; smoothed estimates with back-off for kinds not seen; the threshold chosen on
the training sets alone; the warning tier scored as eval/judged/warning_tier.py would."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import learnt_tiers as trainer  # noqa: E402
from learnt_tiers import head  # noqa: E402


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
    assert trainer.learnt_tier(est, ("HC103", "warning", "almost"), 0.6) == "info"  # the prior, 50%


def test_demote_moves_only_warning_keys(monkeypatch):
    est = trainer.estimates({("HC102", "info", "indeed"): [7.0, 7.0], ("HC102", "warning", "surely"): [0.0, 5.0]})
    assert trainer.learnt_tier(est, ("HC102", "info", "indeed"), 0.6) == "warning"
    monkeypatch.setattr(trainer, "MODE", "demote")
    assert trainer.learnt_tier(est, ("HC102", "info", "indeed"), 0.6) == "info"
    assert trainer.learnt_tier(est, ("HC102", "warning", "surely"), 0.6) == "info"


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


def test_recall_objective_keeps_the_hand_tiers_recall(monkeypatch):
    """Demoting "best" (right 2 times in 3) reaches the target precision but halves recall: the
    target objective demotes it, the recall objective keeps it at warning and demotes "only"."""
    good, best, only = ("SL101", "warning", "fastest"), ("SL101", "warning", "best"), ("SL101", "warning", "only")
    sets = [_set(n, [(good, 1), (good, 1), (best, 1), (best, 1), (best, 0), (only, 0)]) for n in "abc"]
    est = trainer.estimates(trainer.counts(sets[1:], []))
    assert est[only] < est[best] < est[good]
    t, precision = trainer.choose_threshold(sets, [])
    assert est[best] < t <= est[good] and precision == 1.0
    monkeypatch.setattr(trainer, "OBJECTIVE", "recall")
    t, precision = trainer.choose_threshold(sets, [])
    assert est[only] < t <= est[best]
    assert precision == pytest.approx(4 / 5)


def test_judged_rows_pool_the_samples_of_one_finding():
    rows = trainer.judged_rows()
    assert rows, "the judged samples are read"
    code, tier, hd, verdicts = rows[("SL101", "npm___apollo__utils.keyvaluecache__lru-cache__README.md:753:57")]
    assert (code, tier, hd) == ("SL101", "warning", "most")
    assert set(verdicts) <= {0.0, 1.0} and len(verdicts) >= 1
    assert all(r[0] in trainer.CODES for r in rows.values())
