"""eval/judged/draw_language_sample.py on a findings file the test writes itself: the defaults draw
the four language codes only, --codes draws HC103 and SP101 (each from its own random stream), and
--dedupe keeps the first copy of a repeated source line."""

import json
import random
import subprocess
import sys
from pathlib import Path

DRAW = Path(__file__).resolve().parents[1] / "eval" / "judged" / "draw_language_sample.py"


def _finding(path, line, col, code, severity="warning", word="x"):
    return {"path": str(path), "line": line, "col": col, "code": code, "severity": severity,
            "message": f'"{word}" message'}


def _draw(findings_file, *args):
    done = subprocess.run([sys.executable, str(DRAW), str(findings_file), *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines(), done.stderr.splitlines()


def _corpus(tmp_path):
    a = tmp_path / "a.md"
    a.write_text("The fastest tool.\nIt is obviously right.\nThe fastest tool.\nTeh end.\n", encoding="utf-8")
    b = tmp_path / "b.md"
    b.write_text("Almost certainly so.\n", encoding="utf-8")
    findings = [
        _finding(a, 1, 5, "SL101", word="fastest"),
        _finding(a, 2, 7, "HC102", word="obviously"),
        _finding(a, 3, 5, "SL101", word="fastest"),  # same source line as a.md:1
        _finding(a, 4, 1, "SP101", word="Teh"),
        _finding(b, 1, 1, "HC103", word="Almost certainly"),
    ]
    out = tmp_path / "findings.json"
    out.write_text(json.dumps(findings), encoding="utf-8")
    return out


def test_defaults_draw_the_four_language_codes_only(tmp_path):
    rows, err = _draw(_corpus(tmp_path))
    assert rows == ['SL101\ta.md:1:5\twarning\t"fastest" message',
                    'SL101\ta.md:3:5\twarning\t"fastest" message',
                    'HC102\ta.md:2:7\twarning\t"obviously" message']
    assert err == ["# SL101: 2 findings, 2 after de-duplication, 2 drawn",
                   "# SL102: 0 findings, 0 after de-duplication, 0 drawn",
                   "# HC101: 0 findings, 0 after de-duplication, 0 drawn",
                   "# HC102: 1 findings, 1 after de-duplication, 1 drawn"]


def test_codes_draws_hc103_and_sp101_and_dedupe_keeps_the_first_copy(tmp_path):
    rows, err = _draw(_corpus(tmp_path), "--dedupe", "--codes", "sp101, HC103,SL101")
    assert rows == ['SP101\ta.md:4:1\twarning\t"Teh" message',
                    'HC103\tb.md:1:1\twarning\t"Almost certainly" message',
                    'SL101\ta.md:1:5\twarning\t"fastest" message']
    assert err[2] == "# SL101: 2 findings, 1 after de-duplication, 1 drawn"


def test_each_code_samples_from_its_own_seeded_stream(tmp_path):
    a = tmp_path / "a.md"
    a.write_text("".join(f"line {k}\n" for k in range(1, 11)), encoding="utf-8")
    findings = [_finding(a, k, 1, "SP101") for k in range(1, 11)]
    out = tmp_path / "findings.json"
    out.write_text(json.dumps(findings), encoding="utf-8")
    rows, _ = _draw(out, "--seed", "7", "--size", "3", "--codes", "SP101")
    expected = sorted(random.Random("7-SP101").sample(range(1, 11), 3))
    assert [int(r.split("\t")[1].split(":")[1]) for r in rows] == expected
    assert len(expected) == 3
