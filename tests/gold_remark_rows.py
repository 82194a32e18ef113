"""The check every reviewed re-mark row of eval/gold_remarks/ must pass against its set's gold and
built document (tests/test_eval_review63.py, tests/test_eval_review64.py): a row re-marking an
existing item names exactly one item of that category and label on its line, whose phrase is on
the line; a row adding an item (``now`` none) names words that stand once on the line and overlap
no item of that category. The document's lines are read as eval/gold_remarks.py reads them."""
import importlib.util
import json
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent / "eval"
DATA = Path("/work/data")

_spec = importlib.util.spec_from_file_location("gold_remarks", EVAL / "gold_remarks.py")
gold_remarks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gold_remarks)

_ITEMS, _LINES = {}, {}


def _items(name):
    if name not in _ITEMS:
        with open(EVAL / name / "gold.jsonl", encoding="utf-8") as fh:
            _ITEMS[name] = [json.loads(l) for l in fh if l.strip()]
    return _ITEMS[name]


def _line(name, doc, n):
    if name not in _LINES:
        _LINES[name] = gold_remarks.doc_lines(str(DATA / name), str(EVAL / name))
    return _LINES[name](doc)[n - 1]


def check_row(d):
    """Assert the row ``d`` (a dict of the overlay's header) against its set; the set is built."""
    n = int(d["line"])
    items = [g for g in _items(d["set"]) if g["doc"] == d["doc"] and g["line"] == n]
    line = _line(d["set"], d["doc"], n)
    if d["now"] != "none":
        same = [g for g in items if g["category"] == d["category"] and g["phrase"] == d["phrase"]
                and g.get("label", "positive") == d["now"]]
        assert len(same) == 1, d
        assert d["phrase"] in line, d
        return
    col = line.find(d["phrase"])
    assert col >= 0, "words not on the line: %r" % (d,)
    # a loader finds an item's column by its phrase's first occurrence: keep it unique
    assert line.count(d["phrase"]) == 1, "words twice on the line: %r" % (d,)
    end = col + len(d["phrase"])
    for g in items:
        if g["category"] != d["category"]:
            continue
        gc = line.find(g["phrase"])
        assert not (gc >= 0 and gc < end and gc + len(g["phrase"]) > col), (d, g)
