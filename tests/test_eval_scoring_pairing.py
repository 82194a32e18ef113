"""eval/scoring.py's two pairings: ``line`` (the default, every published figure) pairs a finding
with the nearest item of its category on its line; ``sentence`` (PROSECHECK_EVAL_PAIRING=sentence)
only with an item in the same sentence, for sets whose one line holds a whole news story."""
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("eval_scoring", ROOT / "eval" / "scoring.py")
scoring = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scoring)

LINE = 'Officials said it rained. "It is the best tool," she said. Experts say so!  End'


def test_sentence_span_is_the_sentence_holding_the_phrase():
    col = LINE.index("the best") + 1
    start, end = scoring.sentence_span(LINE, col, len("the best"))
    assert LINE[start - 1:end - 1] == '"It is the best tool," she said. '
    assert scoring.sentence_span(LINE, 1, len("Officials said")) == (1, LINE.index('"It') + 1)
    last = LINE.index("End") + 1
    assert scoring.sentence_span(LINE, last, 3) == (last, len(LINE) + 1)
    # a phrase across a sentence's end takes both sentences
    across = LINE.index("rained") + 1
    assert scoring.sentence_span(LINE, across, len('rained. "It')) == (1, LINE.index("Experts") + 1)


FAKE = """#!/usr/bin/env python3
import json, os, sys
docs = sys.argv[1]
print(json.dumps([
    {"path": os.path.join(docs, "d1.txt"), "line": 1, "col": 1, "code": "SL101", "message": "m"},
]))
sys.exit(1)
"""


def _run(tmp_path, mode):
    root = tmp_path / "set"
    (root / "docs").mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "eval" / "real-docs" / "score.py", root / "score.py")
    shutil.copy(ROOT / "eval" / "scoring.py", tmp_path / "scoring.py")
    shutil.copy(ROOT / "eval" / "gold_remarks.py", tmp_path / "gold_remarks.py")  # scoring.py imports it (the gold's overlay)
    (root / "docs" / "d1.txt").write_text(LINE + "\n", encoding="utf-8")
    (root / "manifest.jsonl").write_text(json.dumps({"id": "d1", "format": "txt", "split": "dev"}) + "\n")
    (root / "gold.jsonl").write_text(json.dumps({"doc": "d1", "line": 1, "category": "superlative",
                                                 "phrase": "the best", "sentence": "x", "label": "positive"}) + "\n")
    exe = tmp_path / "fake-prosecheck"
    exe.write_text(FAKE, encoding="utf-8")
    exe.chmod(0o755)
    env = dict(os.environ, PROSECHECK_EVAL_PAIRING=mode)
    return subprocess.run([sys.executable, str(root / "score.py"), str(exe)], capture_output=True, text=True, env=env)


def _score(tmp_path, mode):
    return _run(tmp_path, mode).stdout.splitlines()[-1]


def test_a_finding_in_another_sentence_of_the_line_is_credited_by_line_and_not_by_sentence(tmp_path):
    assert _score(tmp_path, "line") == "real-docs: recall 100% precision 100%"
    assert _score(tmp_path, "sentence") == "real-docs: recall 0% precision 0%"


def test_an_unknown_pairing_is_refused(tmp_path):
    # score.py turns an error into its usage and a zero score (the line score_all.py reads)
    out = _run(tmp_path, "word").stdout.splitlines()
    assert out[1:] == ["error: PROSECHECK_EVAL_PAIRING must be 'line' or 'sentence', not 'word'",
                       "usage: python3 score.py PROSECHECK [DOCS_DIR] [--split dev|test|all] [-v]",
                       "real-docs: recall 0% precision 0%"]
