"""review63: a reader's decisions on the `review` rows of eval/gold_splits_remarks.tsv.

eval/gold_remarks/review63.tsv holds only the rows the reader re-marks (remark63's loader reads it);
eval/gold_review/review63-decisions.tsv holds every review row with its decision. These tests
check, on the real sets when they are built under /work/data (skipped otherwise), that each
re-mark names an existing gold item (now positive/negative) or words on that line of the built
document that no item of its category overlaps (now none), and that the re-marks are a subset of
the review rows. Nothing here runs prosecheck."""
import csv
import importlib.util
import os
from pathlib import Path

import pytest

from gold_remark_rows import check_row

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
DATA = Path("/work/data")


def _load(name):
    spec = importlib.util.spec_from_file_location(name, EVAL / ("%s.py" % name))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


rv = _load("review63")

RULINGS = {"RULINGS %d" % i for i in range(1, 7)}
SHAPE_RULING = {"school": "RULINGS 1", "indeed": "RULINGS 2", "coincidence": "RULINGS 3", "apparently": "RULINGS 4",
                "surprise": "RULINGS 5", "knows": "RULINGS 6"}


def remark_rows():
    with open(rv.OUT, encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        rows = [l.rstrip("\n").split("\t") for l in fh if l.strip()]
    return header, rows


def test_format():
    header, rows = remark_rows()
    assert tuple(header) == rv.HEADER
    assert rows
    for r in rows:
        assert len(r) == len(rv.HEADER), r
        d = dict(zip(rv.HEADER, r))
        assert d["set"] != "news-dev" and d["set"].endswith("-docs"), d
        assert d["line"].isdigit()
        assert d["category"] in ("superlative", "hedge", "booster")
        assert d["now"] in ("positive", "negative", "none") and d["ruled"] in ("positive", "negative", "none")
        assert d["now"] != d["ruled"], d
        assert d["ruling"] in RULINGS
        assert d["phrase"] and d["why"]
    assert len({tuple(r[:5]) for r in rows}) == len(rows), "a row twice"


def test_tsv_is_generated_from_the_decisions():
    assert rv.main(["--check"]) == 0


def test_decisions_cover_every_review_row_once():
    review = rv.review_rows()
    decisions = rv.read_decisions()
    key = lambda r: (r["set"], r["doc"], r["line"], r["shape"], r["match"])
    assert sorted(key(r) for r in review) == sorted(key(d) for d in decisions)
    for d in decisions:
        assert d["decision"] in ("re-mark", "keep"), d
        assert d["ruling"] == SHAPE_RULING[d["shape"]], d
        assert d["reason"].strip(), d
        if d["decision"] == "keep":
            assert d["ruled"] == d["now"]


def test_remarks_are_review_rows():
    review = rv.review_rows()
    by_place = {}
    for r in review:
        by_place.setdefault((r["set"], r["doc"], r["line"]), []).append(r)
    _, rows = remark_rows()
    for r in rows:
        d = dict(zip(rv.HEADER, r))
        cands = [x for x in by_place.get((d["set"], d["doc"], d["line"]), ())
                 if rv.CATEGORY[x["shape"]] == d["category"] and rv.now_of(x["now"]) == d["now"]]
        assert cands, "not a review row: %r" % (d,)
        if d["now"] != "none":
            assert any(x["item phrase"] == d["phrase"] for x in cands), d
        else:
            assert any(x["match"] in d["phrase"] or d["phrase"] in x["match"] for x in cands), d


@pytest.mark.skipif(not DATA.is_dir(), reason="the sets are not built under /work/data")
def test_remarks_name_items_or_free_words():
    _, rows = remark_rows()
    for r in rows:
        d = dict(zip(rv.HEADER, r))
        if not (DATA / d["set"]).is_dir():
            pytest.skip("%s is not built" % d["set"])
        check_row(d)
