"""eval/finding_phrases.py: one code's findings whose phrase matches, labelled by the gold on their line."""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import finding_phrases  # noqa: E402

LINES = {
    "/d/a.txt": ['The herd was said to be a "drift" then.', "It is said to be the oldest mill."],
    "/d/b.md": ["We know the mill is old."],
}
GOLD = {
    ("a", 2): [{"category": "hedge", "label": "positive", "phrase": "is said to"}],
    ("b", 1): [{"category": "booster", "label": "negative", "phrase": "We know"}],
}


def _finding(path, line, col, code, phrase):
    return {"path": path, "line": line, "col": col, "code": code, "message": '"%s" does not say who' % phrase}


FINDINGS = [
    _finding("/d/a.txt", 1, 10, "HC101", "was said to"),
    _finding("/d/a.txt", 2, 4, "HC101", "is said to"),
    _finding("/d/b.md", 1, 1, "HC102", "We know"),
    _finding("/d/b.md", 1, 1, "SL101", "said to"),
]


def _args(**kw):
    base = dict(code="HC101", phrase="said to", category="hedge", after=None, before=None)
    base.update(kw)
    return argparse.Namespace(**base)


def test_labels_by_the_gold_of_the_category_on_the_finding_s_line():
    got = [(lab, f["line"]) for lab, f, _ in finding_phrases.count(FINDINGS, GOLD, LINES.__getitem__, _args())]
    assert got == [("other", 1), ("positive", 2)]
    got = [(lab, f["path"]) for lab, f, _ in
           finding_phrases.count(FINDINGS, GOLD, LINES.__getitem__, _args(code="HC102", phrase="know", category="booster"))]
    assert got == [("trap", "/d/b.md")]


def test_after_and_before_read_the_line_around_the_phrase():
    after = finding_phrases.count(FINDINGS, GOLD, LINES.__getitem__, _args(after=r"\s*be\s+a\s+\""))
    assert [(lab, f["line"], f["col"]) for lab, f, _ in after] == [("other", 1, 10)]
    before = finding_phrases.count(FINDINGS, GOLD, LINES.__getitem__, _args(before=r"herd\s*$"))
    assert [f["line"] for _, f, _ in before] == [1]


def test_a_bad_pattern_or_executable_is_a_usage_error(capsys):
    assert finding_phrases.main(["/nonexistent/exe", "--code", "HC101", "--phrase", "x", "--category", "hedge"]) == 2
    assert "is not an executable file" in capsys.readouterr().err
    assert finding_phrases.main([sys.executable, "--code", "HC101", "--phrase", "(", "--category", "hedge"]) == 2
    assert "not a regular expression" in capsys.readouterr().err
