"""The tiers learnt from the annotated sets (prosecheck.checks.learnt_tiers, issue 11, fifty-second
session): with PROSECHECK_LEARNT_TIERS=on (off by default since the fifty-third session), a warning
of SL101, HC101 or HC102 whose phrase turns on a word of data/learnt_tiers.tsv is shown at info;
nothing else moves, and the table is what eval/learnt_tiers.py writes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from prosecheck.checks import hedging, learnt_tiers, superlatives
from prosecheck.checks.packaged import read_text
from prosecheck.testing import lint

ROOT = Path(__file__).resolve().parent.parent

# the table on (tests/conftest.py switches it off for every other test)
pytestmark = pytest.mark.learnt_tiers

TEXT = (
    "# Notes\n\n"
    "The harbour board met on Tuesday. The new pier will plainly bring more ships to the town.\n\n"
    "Most experts say the new pier will double the trade of the town.\n\n"
    "The new pier is the longest pier in the world.\n"
)


def _tiers(table=None, monkeypatch=None):
    if table is not None:
        monkeypatch.setattr(learnt_tiers, "_TABLE", table)
    else:
        monkeypatch.setattr(learnt_tiers, "_TABLE", None)  # read from the shipped file
    return [(d.line, d.col, d.code, d.severity or "warning")
            for d in lint(TEXT, plugins=[superlatives, hedging]) if d.code in ("SL101", "HC101", "HC102")]


def test_the_table_moves_its_kinds_to_info(monkeypatch):
    monkeypatch.setenv("PROSECHECK_LEARNT_TIERS", "on")
    assert _tiers(None, monkeypatch) == [
        (3, 53, "HC102", "info"),  # "plainly": right 14 times of 23 over the sets
        (5, 1, "HC101", "info"),  # "Most experts say": right 36 times of 64
        (7, 17, "SL101", "warning"),  # "the longest": no row, the rules' tier
    ]


def test_off_the_hand_tiers_stand(monkeypatch):
    assert _tiers(frozenset(), monkeypatch) == [
        (3, 53, "HC102", "warning"),
        (5, 1, "HC101", "warning"),
        (7, 17, "SL101", "warning"),
    ]



def test_the_command_line_shows_the_hand_tiers_by_default(tmp_path):
    """What a user sees with nothing set: the table is off, the rules' own tiers stand."""
    (tmp_path / "notes.md").write_text(TEXT, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PROSECHECK_LEARNT_TIERS"}
    env["PYTHONPATH"] = str(ROOT / "src")
    out = subprocess.run([sys.executable, "-m", "prosecheck", "--isolated", "--no-cache", "notes.md"],
                         cwd=tmp_path, env=env, capture_output=True, text=True)
    assert out.returncode == 1
    assert [line.split(" ")[0:2] for line in out.stdout.splitlines()] == [
        ["notes.md:3:53:", "HC102"], ["notes.md:5:1:", "HC101"], ["notes.md:7:17:", "SL101"]]
    assert "not shown" not in out.stderr


def test_the_command_line_shows_the_learnt_tiers_when_asked(tmp_path):
    """With PROSECHECK_LEARNT_TIERS=on the default output holds back the table's kinds with the rest
    of the info tier and says so on stderr; --picky shows them. A real prosecheck process."""
    (tmp_path / "notes.md").write_text(TEXT, encoding="utf-8")
    env = dict(os.environ, PROSECHECK_LEARNT_TIERS="on")
    env["PYTHONPATH"] = str(ROOT / "src")

    def run(*flags):
        return subprocess.run([sys.executable, "-m", "prosecheck", "--isolated", "--no-cache", *flags, "notes.md"],
                              cwd=tmp_path, env=env, capture_output=True, text=True)

    default = run()
    assert default.returncode == 1
    assert default.stdout == ('notes.md:7:17: SL101 "the longest" is a superlative with no source in this sentence: '
                              "cite one, or state the measurable fact\n")
    assert "2 less-sure findings of the language checks are not shown" in default.stderr
    picky = run("--picky")
    assert [line.split(" ")[0:2] for line in picky.stdout.splitlines()] == [
        ["notes.md:3:53:", "HC102"], ["notes.md:5:1:", "HC101"], ["notes.md:7:17:", "SL101"]]

def test_the_switch_for_eval(monkeypatch):
    """PROSECHECK_LEARNT_TIERS=on turns the table on, =off (eval/learnt_tiers.py, which learns from
    the hand tiers) and unset leave it off."""
    monkeypatch.setattr(learnt_tiers, "_TABLE", None)
    monkeypatch.setenv("PROSECHECK_LEARNT_TIERS", "off")
    assert learnt_tiers.table() == frozenset()
    monkeypatch.setattr(learnt_tiers, "_TABLE", None)
    monkeypatch.setenv("PROSECHECK_LEARNT_TIERS", "on")
    assert ("HC102", "plainly") in learnt_tiers.table()
    # off by default since the fifty-third session
    monkeypatch.setattr(learnt_tiers, "_TABLE", None)
    monkeypatch.delenv("PROSECHECK_LEARNT_TIERS")
    assert learnt_tiers.table() == frozenset()


def test_the_shipped_table_reads(monkeypatch):
    monkeypatch.setenv("PROSECHECK_LEARNT_TIERS", "on")
    monkeypatch.setattr(learnt_tiers, "_TABLE", None)
    rows = learnt_tiers.parse_table(read_text("learnt_tiers.tsv"))
    assert rows and all(code in learnt_tiers.CODES for code, _ in rows)
    assert learnt_tiers.demoted("HC102", "plainly") and learnt_tiers.demoted("HC101", "Most experts say")
    assert not learnt_tiers.demoted("HC103", "obviously")  # a code no row may name
    assert not learnt_tiers.demoted("SL101", "the longest")
    with pytest.raises(ValueError):
        learnt_tiers.parse_table("HC102\tinfo\tobviously\t1\t2\t0.5\n")  # it never raises a tier


def test_head_is_the_one_eval_keys_by():
    sys.path.insert(0, str(ROOT / "eval"))
    import learnt_tiers as trainer

    assert trainer.head is not learnt_tiers.head  # loaded by path ...
    for phrase in ("one of the fastest", "Analysts said", "is believed to", "Nobody knows", "Obviously"):
        assert trainer.head(phrase) == learnt_tiers.head(phrase)  # ... the same definition


def _all_sets_built() -> bool:
    sys.path.insert(0, str(ROOT / "eval"))
    import learnt_tiers as trainer

    return all(os.path.isdir(trainer.set_paths(n)[1]) and os.listdir(trainer.set_paths(n)[1]) for n in trainer.SETS)


@pytest.mark.slow
@pytest.mark.skipif(not _all_sets_built(), reason="the development sets are not built on this machine")
def test_the_table_is_rebuilt_byte_for_byte(tmp_path):
    """The command the table's header and eval/README.md give writes the shipped file again, from the
    sets and this tree's rules (a few minutes): a rule change that moves the hand tiers shows here."""
    exe = tmp_path / "exe"
    exe.write_text('#!/bin/sh\nPYTHONPATH="%s" exec "%s" -m prosecheck "$@"\n' % (ROOT / "src", sys.executable))
    exe.chmod(0o755)
    out = tmp_path / "learnt_tiers.tsv"
    subprocess.run([sys.executable, str(ROOT / "eval" / "learnt_tiers.py"), "--exe", str(exe), "--mode", "demote",
                    "--objective", "recall", "--min-count", "auto", "--write-table", str(out)],
                   check=True, capture_output=True, cwd=ROOT)
    assert out.read_bytes() == (ROOT / "src" / "prosecheck" / "checks" / "data" / "learnt_tiers.tsv").read_bytes()
