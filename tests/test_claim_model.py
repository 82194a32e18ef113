"""The claim model (checks/claim_model.py): inference through the checks' ``claim_model``
option, the shipped file, and deterministic training (checks/claim_model_train.py, eval/).

Inference is tested with a small hand-written model, so the expected findings do not move when
the shipped weights are retrained; the shipped file is tested for what it must always be (it
loads, its version is the hash of its content). The sentences are ours: regression tests, not
accuracy figures (those are eval/crossval.py's, on real text).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys

import pytest

from prosecheck.checks import claim_model, hedging, superlatives
from prosecheck.checks.packaged import read_text
from prosecheck.testing import lint

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "eval"))

TEXT = (
    "Acme is the fastest vendor in Europe.\n"
    "\n"
    "This page lists the most renowned museums.\n"
    "\n"
    "Clearly the plan works. Many experts believe the plan works, and it is obviously cheap.\n"
)
RULES_ONLY = [
    (1, 9, "SL101", "warning", '"the fastest"'),
    (3, 26, "SL102", "warning", '"renowned"'),
    (5, 1, "HC102", "info", '"Clearly"'),
    (5, 25, "HC101", "warning", '"Many experts believe"'),
    (5, 72, "HC102", "warning", '"obviously"'),
]
HAND_MODEL = claim_model.Model(
    "test",
    {
        # a rule's warning is kept as a warning; "most" without a rule finding is added, at info
        "superlative": {"bias": -4.0, "rule=warning": 6.0, "w=most": 4.5},
        # nothing here is sure enough: the rules' "Many experts believe" is dropped
        "hedge": {"bias": -4.0, "w=many": 3.0},
        # "clearly" raised from info to warning, "obviously" dropped
        "booster": {"bias": 0.0, "w=clearly": 3.0, "w=obviously": -3.0},
    },
    {"superlative": (0.8, 0.4), "hedge": (0.9, 0.5), "booster": (0.9, 0.5)},
)


def run(text, model_on: bool):
    options = {"superlatives": {"claim_model": model_on}, "hedging": {"claim_model": model_on}}
    return [
        (d.line, d.col, d.code, d.severity, d.message[: d.message.index('"', 1) + 1])
        for d in lint(text, plugins=[superlatives, hedging], options=options, select=["SL", "HC"])
    ]


def test_off_by_default_the_rules_decide():
    assert run(TEXT, model_on=False) == RULES_ONLY


def test_the_model_keeps_raises_drops_and_adds_with_exact_positions_and_tiers(monkeypatch):
    monkeypatch.setattr(claim_model, "shipped", lambda: HAND_MODEL)
    assert run(TEXT, model_on=True) == [
        (1, 9, "SL101", "warning", '"the fastest"'),
        (3, 21, "SL101", "info", '"most renowned"'),  # added: the rules made no SL101 here
        (3, 26, "SL102", "warning", '"renowned"'),  # a code the model leaves alone
        (5, 1, "HC102", "warning", '"Clearly"'),
    ]


def test_an_added_finding_has_the_checks_own_message(monkeypatch):
    monkeypatch.setattr(claim_model, "shipped", lambda: HAND_MODEL)
    found = lint(TEXT, plugins=[superlatives], options={"superlatives": {"claim_model": True}}, select=["SL101"])
    assert [(d.line, d.col, d.message) for d in found] == [
        (1, 9, '"the fastest" is a superlative with no source in this sentence: cite one, or state the measurable fact'),
        (3, 21, '"most renowned" is a superlative with no source in this sentence: cite one, or state the measurable fact'),
    ]


def test_at_most_one_added_finding_per_sentence(monkeypatch):
    model = HAND_MODEL._replace(weights={**HAND_MODEL.weights, "superlative": {"bias": 4.0}})
    monkeypatch.setattr(claim_model, "shipped", lambda: model)
    text = "Keep the largest file and the oldest file.\n"
    assert lint(text, plugins=[superlatives], select=["SL101"]) == []
    found = lint(text, plugins=[superlatives], options={"superlatives": {"claim_model": True}}, select=["SL101"])
    assert [(d.line, d.col, d.severity, d.message[:11]) for d in found] == [(1, 10, "warning", '"largest" i')]


def test_probability_and_tiers():
    assert claim_model.probability({"bias": 0.0}, ("bias",)) == 0.5
    assert claim_model.probability({"a": 800.0}, ("a",)) == 1.0
    assert claim_model.probability({"a": -800.0}, ("a",)) == 0.0
    assert [claim_model.tier(HAND_MODEL, "superlative", p) for p in (0.8, 0.79, 0.4, 0.39)] == [
        "warning", "info", "info", None]


def test_the_shipped_file_loads_and_is_versioned_by_its_content():
    model = claim_model.shipped()
    assert set(model.weights) == set(claim_model.CATEGORIES)
    for cat in claim_model.CATEGORIES:
        warning, info = model.thresholds[cat]
        assert 0.0 < info <= warning <= 1.0
        assert "bias" in model.weights[cat]
    data = json.loads(read_text(claim_model.MODEL_FILE))
    assert data["format"] == claim_model.FORMAT
    from prosecheck.checks.claim_model_train import to_json

    thresholds = {c: (v["warning"], v["info"]) for c, v in data["categories"].items()}
    weights = {c: v["weights"] for c, v in data["categories"].items()}
    body = to_json(weights, thresholds, "", data["notes"])
    assert model.version == "1-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]
    assert to_json(weights, thresholds, model.version, data["notes"]) == read_text(claim_model.MODEL_FILE)


@pytest.mark.parametrize(
    "text, message",
    [
        ("{", "the claim model is not valid JSON"),
        ('{"format": 99}', "the claim model's format is 99, this prosecheck reads format 1"),
        ('{"format": 1, "categories": {}}', "the claim model has no weights for 'superlative'"),
    ],
)
def test_a_model_file_of_another_format_is_refused_with_a_clear_message(text, message):
    with pytest.raises(claim_model.ModelFileError, match="^" + message.replace("(", r"\(")):
        claim_model.parse_model(text)


# --- training ----------------------------------------------------------------------------------

ROWS = (
    [(("bias", "w=fastest", "rule=warning"), 1)] * 6
    + [(("bias", "w=fastest", "rule=none"), 0)] * 2
    + [(("bias", "w=latest", "rule=none"), 0)] * 8
    + [(("bias", "w=only", "rule=none"), 1), (("bias", "w=only", "rule=none"), 0)] * 2
    + [(("bias", "w=once"), 1)]  # seen once: below the minimum count, no weight
)


def test_training_is_deterministic_and_learns_the_direction():
    from prosecheck.checks.claim_model_train import fit

    first, second = fit(ROWS), fit(list(ROWS))
    assert first == second
    assert set(first) == {"bias", "w=fastest", "w=latest", "w=only", "rule=warning", "rule=none"}
    assert first["rule=warning"] > 0 > first["w=latest"]
    assert all(round(w, 4) == w for w in first.values())


def test_training_on_one_class_gives_a_bias_only_model():
    from prosecheck.checks.claim_model_train import fit

    assert fit([(("bias", "x"), 0)] * 3) == {"bias": -5.0}
    assert fit([(("bias", "x"), 1)] * 3) == {"bias": 5.0}
    assert fit([]) == {"bias": -5.0}


def _set(name, cands, items):
    return {"name": name, "candidates": cands, "items": items, "rules": []}


def _cand(doc, line, col, feats, label, cat="superlative"):
    return dict(doc=doc, category=cat, line=line, col=col, sentence=line, rule=False, features=feats, label=label)


def _item(doc, line, col, label="positive", cat="superlative"):
    return dict(doc=doc, line=line, category=cat, phrase="x", label=label, _col=col)


def test_thresholds_are_chosen_on_the_training_sets_alone_deterministically():
    import crossval

    sets = []
    for k in range(3):
        cands, items = [], []
        for j in range(6):
            doc = f"s{k}d{j}"
            cands.append(_cand(doc, 1, 1, ("bias", "w=best"), 1))
            cands.append(_cand(doc, 2, 1, ("bias", "w=latest"), 0))
            items.append(_item(doc, 1, 1))
            items.append(_item(doc, 2, 1, label="negative"))
        sets.append(_set(f"set{k}", cands, items))
    for cat in ("hedge", "booster"):
        sets[0]["candidates"].append(_cand("s0d0", 3, 1, ("bias",), 0, cat))
    first = crossval.choose_thresholds(sets)
    assert first == crossval.choose_thresholds(sets)
    warning, info = first["superlative"]
    # every "best" is a claim and no "latest" is: the threshold separates them exactly
    weights = crossval.train(sets)["superlative"]
    p_best = claim_model.probability(weights, ("bias", "w=best"))
    p_latest = claim_model.probability(weights, ("bias", "w=latest"))
    assert p_latest < info <= p_best and info <= warning <= p_best


def test_tally_matches_items_as_the_scorers_do():
    import crossval

    items = [_item("d", 1, 5), _item("d", 1, 20), _item("d", 2, 1, label="negative"),
             _item("d", 3, 1, cat="hedge")]
    findings = [
        dict(doc="d", line=1, col=19, code="SL101"),   # nearest to the item at column 20
        dict(doc="d", line=2, col=1, code="SL101"),    # flags the trap
        dict(doc="d", line=3, col=1, code="HC103"),    # counts for hedge
        dict(doc="d", line=4, col=1, code="HC102"),    # a false alarm
    ]
    t = crossval.tally(findings, items)
    assert t["superlative"] == dict(gold=2, found=1, alarms=2, correct=1, traps=1, flagged=1)
    assert t["hedge"] == dict(gold=1, found=1, alarms=1, correct=1, traps=0, flagged=0)
    assert t["booster"] == dict(gold=0, found=0, alarms=2, correct=0, traps=0, flagged=0)
    assert t["all"] == dict(gold=3, found=2, alarms=4, correct=2, traps=1, flagged=1)


def test_a_candidate_the_rules_passed_over_is_positive_only_inside_the_phrase():
    import crossval

    item = dict(_item("d", 1, 10), phrase="hailed as")
    assert [crossval.label([item], col, False) for col in (9, 10, 18, 19)] == [0, 1, 1, 0]
    assert crossval.label([item], 1, True) == 1  # a rule's finding: the line decides, as scoring does
    assert crossval.label([dict(item, _col=0)], 1, False) == 1  # the phrase is not on the line as written
    assert crossval.label([], 1, True) == 0


def test_the_filter_keeps_or_drops_the_rules_findings_and_adds_none():
    import crossval

    rules = [dict(doc="d", line=1, col=3, code="SL101", severity="warning"),
             dict(doc="d", line=2, col=1, code="HC101", severity="info"),
             dict(doc="d", line=3, col=7, code="HC102", severity="warning"),   # no candidate: kept
             dict(doc="d", line=4, col=1, code="HC103", severity="warning")]   # left to the caller
    cands = [dict(_cand("d", 1, 3, (), 1), rule=True), dict(_cand("d", 2, 1, (), 0, "hedge"), rule=True),
             _cand("d", 5, 1, (), 1)]                                          # a word the rules passed over
    thresholds = {"superlative": 0.5, "hedge": 0.5, "booster": 0.5}
    kept = crossval.filter_findings(rules, cands, [0.6, 0.4, 0.9], thresholds)
    assert kept == [rules[0], rules[2]]  # the tiers stay the rules' own
    assert crossval.filter_findings(rules, cands, [0.6, 0.4, 0.9], dict(thresholds, hedge=0.0)) == rules[:3]


def test_filter_thresholds_are_chosen_on_the_training_sets_alone():
    import crossval

    sets = []
    for k in range(3):
        cands, items, rules = [], [], []
        for j in range(6):
            doc = f"d{j}"  # the same ids in every set: the pooled inner folds must keep them apart
            for line, word, claim in ((1, "w=best", 1), (2, "w=latest", 0)):
                cands.append(dict(_cand(doc, line, 1, ("bias", word), claim), rule=True))
                rules.append(dict(doc=doc, line=line, col=1, code="SL101", severity="warning"))
            items.append(_item(doc, 1, 1))
            items.append(_item(doc, 2, 1, label="negative"))
        sets.append(dict(_set(f"set{k}", cands, items), rules=rules))
    chosen = crossval.choose_filter_thresholds(sets, dict(filter_only=True))
    assert chosen == crossval.choose_filter_thresholds(sets, dict(filter_only=True))
    weights = crossval.train(sets, dict(filter_only=True))["superlative"]
    p_best = claim_model.probability(weights, ("bias", "w=best"))
    p_latest = claim_model.probability(weights, ("bias", "w=latest"))
    for who in ("filter", "filt85"):
        assert p_latest < chosen[who]["superlative"] <= p_best
    assert chosen["filter"]["hedge"] == 0.0  # no finding to judge: keep them all
