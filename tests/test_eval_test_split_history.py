"""eval/test_split_history.py: each session's test split as the sets' READMEs recorded their one
score (issue 11's figures on text the rules were not tuned on)."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import test_split_history as history  # noqa: E402


@pytest.mark.parametrize("word,n", [("first", 1), ("eleventh", 11), ("nineteenth", 19), ("twentieth", 20),
                                    ("twenty-first", 21), ("twenty-ninth", 29), ("thirtieth", 30),
                                    ("thirty-second", 32), ("fortieth", 40), ("forty-eighth", 48),
                                    ("fiftieth", 50), ("fifty-third", 53)])
def test_ordinal(word, n):
    assert history.ordinal(word) == n


def test_an_unknown_ordinal_is_refused():
    with pytest.raises(ValueError):
        history.ordinal("twenty-tenth")


def test_a_readme_table_is_read_row_by_row(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# x\n\n## Scored once, at the twenty-ninth session's end (2026-12-03 13:17 UTC)\n\n"
                      "| rules | recall | precision | traps |\n|---|---|---|---|\n"
                      "| start (bf3a6f3), every tier | **37% (34 of 93)** | **56% (34 of 61)** | 21 of 217 |\n"
                      "| end (8435e36), warning tier alone | **31% (29 of 93)** | **63% (29 of 46)** | 12 of 217 |\n",
                      encoding="utf-8")
    assert history.read_score(readme) == ((29, "end"), {("start", "every"): (34, 93, 34, 61, 21, 217),
                                                        ("end", "warning"): (29, 93, 29, 46, 12, 217)})


def test_a_readme_with_no_score_is_skipped(tmp_path):
    # a sealed set's README has no "Scored once" heading yet
    readme = tmp_path / "README.md"
    readme.write_text("# sealed\n\n| end (8435e36), every tier | **37% (34 of 93)** | **59% (34 of 58)** | 18 of 217 |\n",
                      encoding="utf-8")
    assert history.read_score(readme) is None


def test_the_twenty_ninth_sessions_test_split(capsys):
    # pooled over reamer-, spoke- and tenon-docs: the rows their READMEs pin
    assert history.main([]) == 0
    out = capsys.readouterr().out
    assert ("session 29's end: reamer-docs, spoke-docs, tenon-docs\n"
            "  start rules:  38% (133 of 350),  63% right (133 of 210), traps 11% (63 of 594)\n"
            "  end rules:    38% (132 of 350),  64% right (132 of 205), traps 10% (59 of 594)\n") in out
    assert ("session 30's end: dowel-docs, hatchet-docs, ratchet-docs\n"
            "  start rules:  32% (115 of 357),  57% right (115 of 202), traps 10% (70 of 691)\n"
            "  end rules:    32% (115 of 357),  58% right (115 of 200), traps 10% (69 of 691)\n") in out
    assert ("session 18's start: awl-docs\n"
            "  start rules:  40% (35 of 87),  67% right (35 of 52), traps 7% (9 of 128)\n") in out


def test_the_info_tier_is_every_tier_minus_the_warning_tier(capsys):
    # the thirtieth session's three sets (eval/README.md, "What the default output shows"); the pool
    # over every set grows with each session's sets, so it is not pinned here
    assert history.main(["--tier", "info"]) == 0
    out = capsys.readouterr().out
    assert ("session 30's end: dowel-docs, hatchet-docs, ratchet-docs\n"
            "  start rules:   5% (17 of 357),  34% right (17 of 50), traps 4% (30 of 691)\n"
            "  end rules:     5% (17 of 357),  35% right (17 of 49), traps 4% (29 of 691)\n") in out


def test_it_reads_no_gold_and_runs_nothing():
    source = (ROOT / "eval" / "test_split_history.py").read_text(encoding="utf-8")
    assert "gold.jsonl" not in source and "subprocess" not in source and "prosecheck" not in source.split('"""', 2)[2]
