"""eval/narrative_readings.py: findings under readings of first-hand narrative, labelled by the gold."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import narrative_readings  # noqa: E402


def _words(text):
    return text.lower().replace(",", "").replace(".", "").split()


def test_first_person_past_is_i_then_a_past_verb():
    assert narrative_readings.first_person_past(_words("After an hour I finally felt it."))
    assert narrative_readings.first_person_past(_words("Then I walked to the mill."))
    assert not narrative_readings.first_person_past(_words("I think the mill is old."))
    assert not narrative_readings.first_person_past(_words("We walked to the mill."))


def test_a_certainty_adverb_beside_a_past_verb_and_no_modal():
    lw = _words("The wait was definitely on the long side.")
    assert narrative_readings.adverb_past(lw, lw.index("definitely"), "definitely")
    lw = _words("It would definitely have worked.")
    assert not narrative_readings.adverb_past(lw, lw.index("definitely"), "definitely")
    lw = _words("The mill is definitely old.")
    assert not narrative_readings.adverb_past(lw, lw.index("definitely"), "definitely")


def test_rows_label_by_line_and_by_sentence(tmp_path):
    doc = tmp_path / "walk.txt"
    doc.write_text("I walked to the mill. I was tired. The wait was definitely long. The mill is surely the oldest.\n")
    findings = [
        {"path": str(doc), "line": 1, "col": 49, "code": "HC102", "severity": "warning",
         "message": '"definitely" insists on certainty'},
        {"path": str(doc), "line": 1, "col": 78, "code": "HC102", "severity": "warning",
         "message": '"surely" insists on certainty'},
    ]
    gold = {("walk", 1): [{"category": "booster", "label": "negative", "phrase": "definitely"}]}
    rows = narrative_readings.rows_of(findings, gold, "booster")
    assert [(r["phrase"], r["line_label"], r["sentence_label"]) for r in rows] == [
        ("definitely", "trap", "trap"), ("surely", "trap", "other")]
    first = rows[0]
    assert (first["p_n"], first["p_first"], first["p_past"], first["adv_past"]) == (4, 2, 2, True)
    assert [name for name, taken in narrative_readings.READINGS if taken(first)] == [
        "paragraph-past", "adverb-past+paragraph"]


def test_a_missing_executable_is_a_usage_error(capsys):
    assert narrative_readings.main(["/nonexistent/exe"]) == 2
    assert "is not an executable file" in capsys.readouterr().err
