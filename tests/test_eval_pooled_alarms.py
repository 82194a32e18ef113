"""eval/pooled_alarms.py pairs findings with the gold as the scorers do: by line (the default) or,
with ``--pairing sentence`` (the scorers' PROSECHECK_EVAL_PAIRING=sentence), only with an item in
the finding's own sentence of that line, so a finding on a trap in a long paragraph-line is not
credited to a positive elsewhere on it."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import pooled_alarms  # noqa: E402

LINE = "Harbor is perhaps the best router we have. Some say the port is slow."


def one_line_set(tmp_path):
    (tmp_path / "d.txt").write_text(LINE + "\n", encoding="utf-8")
    items = [
        # a positive in the second sentence, a trap in the first, both hedges
        {"doc": "d", "line": 1, "category": "hedge", "phrase": "Some say", "label": "positive"},
        {"doc": "d", "line": 1, "category": "hedge", "phrase": "perhaps", "label": "negative", "why": "test"},
    ]
    for g in items:
        g["_col"] = LINE.find(g["phrase"]) + 1
    return {"name": "t", "dir": str(tmp_path), "docs": {"d": "d.txt"}, "items": items}


def finding(col):
    return dict(doc="d", line=1, col=col, code="HC101", severity="warning", message='"perhaps"', technical=False,
                kind="other", block="paragraph", sentence="")


@pytest.mark.parametrize("pairing, expected", [
    # by line, the finding on the trap ("perhaps", column 11) takes the positive's credit
    ("line", []),
    # by sentence, it is a finding on the trap, and the positive is missed
    ("sentence", [("trap", 11)]),
])
def test_pairing_by_line_or_sentence(tmp_path, pairing, expected):
    s = one_line_set(tmp_path)
    rows = pooled_alarms.rows_of(s, [finding(LINE.find("perhaps") + 1)], pairing)
    assert [(r["label"], r["col"]) for r in rows] == expected


@pytest.mark.parametrize("pairing", ["line", "sentence"])
def test_a_finding_in_the_positives_sentence_is_right_either_way(tmp_path, pairing):
    s = one_line_set(tmp_path)
    assert pooled_alarms.rows_of(s, [finding(LINE.find("Some say") + 1)], pairing) == []


def test_pairing_option_defaults_to_the_scorers_setting(monkeypatch):
    monkeypatch.setenv("PROSECHECK_EVAL_PAIRING", "sentence")
    seen = {}
    monkeypatch.setattr(pooled_alarms.crossval, "gold_dir", lambda name, nd: seen.setdefault("name", name))
    monkeypatch.setattr(pooled_alarms.crossval, "docs_dir", lambda name, given, gdir: "")
    monkeypatch.setattr(pooled_alarms.crossval, "read_set", lambda name, gdir, ddir: {"name": name})
    monkeypatch.setattr(pooled_alarms, "lint", lambda s: [])
    monkeypatch.setattr(pooled_alarms, "rows_of", lambda s, findings, pairing: seen.update(pairing=pairing) or [])
    assert pooled_alarms.main(["--sets", "x"]) == 0
    assert seen == {"name": "x", "pairing": "sentence"}


def test_right_findings_kept_for_boostprec48(tmp_path):
    # --boostprec48 keeps the right findings too, labelled "right", with the sentences either side
    s = one_line_set(tmp_path)
    rows = pooled_alarms.rows_of(s, [finding(LINE.find("Some say") + 1)], "line", right=True)
    assert [(r["label"], r["col"], r["before"], r["after"]) for r in rows] == [("right", LINE.find("Some say") + 1, "", "")]
