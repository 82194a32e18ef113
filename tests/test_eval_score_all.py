"""eval/score_all.py: every development set in one table (the closing notes' figures)."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import score_all  # noqa: E402

OUTPUT = """split test: prosecheck: 311 findings in 1.5 s on 26 documents
category      gold  found  recall  alarms  false alarms  precision  traps flagged
superlative     60      6     10%       9             3        67%           3/41
hedge           55     14     25%      17             3        82%           2/18
booster         47     28     60%      43            15        65%          12/36
all            162     48     30%      69            21        70%          17/95
quarry-docs: recall 30% precision 70%
"""


def test_the_all_row_and_its_cell():
    row = score_all.parse_all_row(OUTPUT)
    assert row == (162, 48, 69, 21, 17, 95)
    assert score_all.cell(row) == "30% / 70%  48 of 162, 69 alarms, 17 of 95 traps"
    assert score_all.parse_all_row("usage: score.py PROSECHECK") is None
    assert score_all.cell(None) == "(no score)"


def test_the_default_sets_are_the_development_sets():
    sets = score_all.development_sets()
    assert sets[0] == "news-dev" and "quarry-docs" in sets
    assert not any(score_all.is_sealed(name) for name in sets)


def _fake_set(tmp_path, first_line):
    here = tmp_path / "eval"
    (here / "x-docs").mkdir(parents=True)
    (here / "x-docs" / "README.md").write_text(first_line + "\n\nmore\n")
    (here / "x-docs" / "score.py").write_text("print('all 10 5 50% 5 1 80% 1/4')\n")
    (tmp_path / "data" / "x-docs").mkdir(parents=True)
    (tmp_path / "data" / "x-docs" / "a.txt").write_text("text\n")
    exe = tmp_path / "prosecheck"
    exe.write_text("#!/bin/sh\necho '[]'\n")
    exe.chmod(0o755)
    return here, exe


def test_a_sealed_set_is_refused_unless_this_is_its_one_score(tmp_path, monkeypatch, capsys):
    here, exe = _fake_set(tmp_path, "# x-docs: a set, annotated blind, SEALED")
    monkeypatch.setattr(score_all, "HERE", str(here))
    argv = [str(exe), "--sets", "x-docs", "--data", str(tmp_path / "data")]
    assert score_all.main(argv) == 2
    assert "x-docs       sealed: it is scored once, by the lead, with --sealed; not now" in capsys.readouterr().out
    assert score_all.main(argv + ["--sealed"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == ["x-docs       every    50% / 80%  5 of 10, 5 alarms, 1 of 4 traps",
                       "x-docs       warning  50% / 80%  5 of 10, 5 alarms, 1 of 4 traps",
                       "pooled       every    50% / 80%  5 of 10, 5 alarms, 1 of 4 traps",
                       "pooled       warning  50% / 80%  5 of 10, 5 alarms, 1 of 4 traps"]


def test_pooled_rows_sum_the_sets_and_keep_the_newest_apart(tmp_path, monkeypatch, capsys):
    # two fake sets; y-docs is pooled apart, as the newest three are by default
    here, exe = _fake_set(tmp_path, "# x-docs: a set, scored once")
    (here / "y-docs").mkdir()
    (here / "y-docs" / "README.md").write_text("# y-docs\n")
    (here / "y-docs" / "score.py").write_text("print('all 20 4 20% 8 6 25% 3/9')\n")
    (tmp_path / "data" / "y-docs").mkdir()
    (tmp_path / "data" / "y-docs" / "b.txt").write_text("text\n")
    monkeypatch.setattr(score_all, "HERE", str(here))
    argv = [str(exe), str(exe), "--sets", "x-docs,y-docs", "--data", str(tmp_path / "data"), "--apart", "y-docs"]
    assert score_all.main(argv) == 0
    out = capsys.readouterr().out.splitlines()
    both = "30% / 46%  9 of 30, 13 alarms, 4 of 13 traps"
    assert out[5:] == ["pooled       every    %s   |   %s" % (both, both),
                       "pooled       warning  %s   |   %s" % (both, both),
                       "pooled-rest  every    50% / 80%  5 of 10, 5 alarms, 1 of 4 traps   |   "
                       "50% / 80%  5 of 10, 5 alarms, 1 of 4 traps",
                       "pooled-rest  warning  50% / 80%  5 of 10, 5 alarms, 1 of 4 traps   |   "
                       "50% / 80%  5 of 10, 5 alarms, 1 of 4 traps",
                       "pooled-apart every    20% / 25%  4 of 20, 8 alarms, 3 of 9 traps   |   "
                       "20% / 25%  4 of 20, 8 alarms, 3 of 9 traps",
                       "pooled-apart warning  20% / 25%  4 of 20, 8 alarms, 3 of 9 traps   |   "
                       "20% / 25%  4 of 20, 8 alarms, 3 of 9 traps",
                       "(pooled-apart: y-docs; pooled-rest: the other 1)"]
    assert score_all.pool([None, (1, 2, 3, 4, 5, 6), (1, 1, 1, 1, 1, 1)]) == (2, 3, 4, 5, 6, 7)
    assert score_all.pool([None]) is None


def test_a_set_not_built_and_a_missing_executable(tmp_path, monkeypatch, capsys):
    here, exe = _fake_set(tmp_path, "# x-docs: a set, scored once")
    monkeypatch.setattr(score_all, "HERE", str(here))
    os.remove(tmp_path / "data" / "x-docs" / "a.txt")
    assert score_all.main([str(exe), "--sets", "x-docs", "--data", str(tmp_path / "data")]) == 2
    assert "x-docs       not built: no documents in %s (run its build.sh)" % (tmp_path / "data" / "x-docs") \
        in capsys.readouterr().out
    assert score_all.main([str(tmp_path / "nowhere"), "--sets", "x-docs"]) == 2
    assert capsys.readouterr().err == "error: %s is not an executable file\n" % (tmp_path / "nowhere")


EVERY_TIER = ROOT / "eval" / "judged" / "every_tier.py"


def _run_every_tier(exe, *args):
    import subprocess

    env = dict(os.environ, PROSECHECK=str(exe))
    return subprocess.run([sys.executable, str(EVERY_TIER), *args], capture_output=True, text=True, env=env, timeout=60)


def test_every_tier_adds_picky_once_and_an_older_prosecheck_runs_without_it(tmp_path):
    # a prosecheck that prints its arguments; the older one refuses --picky as argparse does
    new = tmp_path / "new"
    new.write_text('#!/bin/sh\necho "$@"\n')
    old = tmp_path / "old"
    old.write_text('#!/bin/sh\nfor a in "$@"; do [ "$a" = --picky ] && { echo "prosecheck: error: unrecognized '
                   'arguments: --picky" >&2; exit 2; }; done\necho "$@"\n')
    for exe in (new, old):
        exe.chmod(0o755)
    proc = _run_every_tier(new, "docs", "--format", "json", "--picky")
    assert (proc.returncode, proc.stdout) == (0, "docs --format json --picky\n")
    proc = _run_every_tier(old, "docs", "--format", "json")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "docs --format json\n", "")


def test_news_dev_is_scored_through_every_tier_and_the_warning_tier_through_its_filter(monkeypatch):
    seen = []
    monkeypatch.setattr(score_all.subprocess, "run",
                        lambda argv, **kw: seen.append((argv[2], kw["env"].get("PROSECHECK"))) or
                        type("P", (), {"stdout": ""})())
    score_all.score("news-dev", "/d", "/x/exe", warning=False)
    score_all.score("news-dev", "/d", "/x/exe", warning=True)
    score_all.score("real-docs", "/d", "/x/exe", warning=False)
    assert seen[0] == (score_all.EVERY_TIER, "/x/exe")
    assert seen[1] == (score_all.WARNING_TIER, "/x/exe")
    assert seen[2][0] == "/x/exe"  # the sets' own scorers pass --picky (eval/scoring.py)


def test_the_sets_scorer_asks_for_every_tier_and_falls_back_for_an_older_prosecheck(tmp_path):
    import scoring

    log = tmp_path / "args.txt"
    old = tmp_path / "old"
    old.write_text('#!/bin/sh\necho "$@" >> %s\nfor a in "$@"; do [ "$a" = --picky ] && { echo "error: unrecognized '
                   'arguments: --picky" >&2; exit 2; }; done\necho "[]"\n' % log)
    old.chmod(0o755)
    findings, _ = scoring.run_prosecheck(str(old), "docs")
    assert findings == []
    assert log.read_text().splitlines() == [
        "docs --format json --no-cache --isolated --no-respect-gitignore --picky",
        "docs --format json --no-cache --isolated --no-respect-gitignore"]
