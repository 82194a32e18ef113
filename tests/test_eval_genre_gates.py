"""eval/genre_gates.py, the genre of a document measured against what each SL exemption hides
(issue 11, eleventh session): the six signals of a document, the genre rule, and the split test."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import genre_gates  # noqa: E402

REFERENCE = """# Harbor

Install it with pip.

```sh
pip install harbor
```

- [Docs](https://example.org/docs)
- [Changelog](https://example.org/changes)
"""

ESSAY = """We wrote Harbor because our routers kept failing at night, and we could not see why.

I think the old design was wrong from the start: it trusted the network too much.
"""


def signals_of(tmp_path, text, name="d.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return genre_gates.signals(str(path))


def test_signals_of_a_reference_page(tmp_path):
    s = signals_of(tmp_path, REFERENCE)
    # 11 lines as Document.lines counts them (the text ends with a newline), 3 of them the fence
    # and its command; 7 prose words: "Harbor", 4 in the paragraph, 2 link texts in list items
    assert s["code"] == pytest.approx(3 / 11)
    assert s["lists"] == pytest.approx(2 / 7)
    assert s["heads"] == pytest.approx(1000 / 7)
    assert s["links"] == pytest.approx(2000 / 7)
    assert s["first"] == 0
    assert s["para"] == pytest.approx(4.0)
    assert genre_gates.docs_like(s)


def test_signals_of_an_essay(tmp_path):
    s = signals_of(tmp_path, ESSAY)
    assert s["code"] == 0 and s["lists"] == 0 and s["heads"] == 0 and s["links"] == 0
    # "We", "our", "we" in the first paragraph (16 words), "I" in the second (16 words)
    assert s["first"] == pytest.approx(1000 * 4 / 32)
    assert s["para"] == pytest.approx(16.0)
    assert not genre_gates.docs_like(s)


def test_best_split_admits_only_three_sets_two_of_them_newest():
    sig = {("vault-docs", "a"): {"para": 50}, ("cellar-docs", "b"): {"para": 60}, ("fresh-docs", "c"): {"para": 70},
           ("real-docs", "d"): {"para": 10}}
    rows = [("x", "claim", "vault-docs", "a"), ("x", "claim", "cellar-docs", "b"), ("x", "claim", "fresh-docs", "c"),
            ("x", "trap", "real-docs", "d"), ("x", "false", "real-docs", "d")]
    (admits, margin), side, t, p, f, sets = genre_gates.best_split(rows, sig, "para")
    assert (admits, margin, side, t, p, f, sets) == (True, 3, ">=", 50, 3, 0, ["cellar-docs", "fresh-docs", "vault-docs"])
    rows = [r for r in rows if r[2] != "cellar-docs"]
    (admits, margin), *_ = genre_gates.best_split(rows, sig, "para")
    assert not admits
