"""eval/rules_over_time.py: past commits' rules scored on the same sets (issue 11: do the sessions'
rule changes add up on text none of them was tuned on?)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import rules_over_time  # noqa: E402


def test_pooled_sums_the_sets_rows():
    # rows as score_all.parse_all_row gives them: gold, found, alarms, false alarms, traps flagged, traps
    rows = [(93, 34, 58, 24, 18, 217), (120, 54, 83, 29, 27, 207), (137, 44, 64, 20, 14, 170)]
    assert rules_over_time.pooled(rows) == "37.7% (132 of 350)  64.4% right (132 of 205)  traps 9.9% (59 of 594)"


def test_an_archived_commit_runs_its_own_rules(tmp_path):
    exe = rules_over_time.exe_for("HEAD", str(tmp_path), [sys.executable])
    assert exe == str(tmp_path / "exe")
    doc = tmp_path / "d.md"
    doc.write_text("It is the fastest linter.\n", encoding="utf-8")
    out = subprocess.run([exe, "--no-cache", "--isolated", str(doc)], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 1
    assert out.stdout.startswith(f"{doc}:1:7: SL101 ")
    # the archive's own source, not the repository's, is what runs
    assert (tmp_path / "src" / "prosecheck" / "__init__.py").is_file()


def test_an_interpreter_that_cannot_run_the_commit_is_passed_over(tmp_path):
    no_python = tmp_path / "false-python"
    no_python.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")
    no_python.chmod(0o755)
    folder = tmp_path / "a"
    folder.mkdir()
    assert rules_over_time.exe_for("HEAD", str(folder), [str(no_python)]) is None
    folder = tmp_path / "b"
    folder.mkdir()
    exe = rules_over_time.exe_for("HEAD", str(folder), [str(no_python), sys.executable])
    assert sys.executable in Path(exe).read_text(encoding="utf-8")


def test_a_relative_interpreter_is_found_from_the_temporary_folder(tmp_path, monkeypatch):
    # the README's command passes `--python .venv/bin/python`; the executable runs elsewhere
    monkeypatch.chdir(tmp_path)
    assert rules_over_time.interpreters([".venv/bin/python", "python3"]) == [str(tmp_path / ".venv/bin/python"), "python3"]
    assert rules_over_time.interpreters(None) == [sys.executable]


def test_a_set_that_is_not_scored_is_refused(capsys):
    assert rules_over_time.main(["--sets", "no-such-docs", "HEAD"]) == 2
    assert capsys.readouterr().err == "error: no-such-docs is not a scored labelled set\n"
