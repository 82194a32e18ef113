#!/usr/bin/env python3
"""review63: a reader's decisions on the 227 `review` rows of eval/gold_splits_remarks.tsv
(eval/RULINGS.md), written blind to the tool.

The decisions are kept in eval/gold_review/review63-decisions.tsv (every review row, with
``decision`` re-mark or keep and a reason). This script writes eval/gold_remarks/review63.tsv,
the re-marks only, in the format remark63's loader reads (less the rows the sixty-fourth
session's clarifications remove: eval/gold_review/review64-decisions.tsv, decision ``remove``):

    set doc line category phrase now ruled ruling why

usage: python3 eval/review63.py [--check]

It reads gold_splits_remarks.tsv and the decisions file only (no gold, no documents, nothing of
prosecheck); tests/test_eval_review63.py checks the re-marks against the gold and the built
documents.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REMARKS = os.path.join(HERE, "gold_splits_remarks.tsv")
DIR = os.path.join(HERE, "gold_remarks")
DECISIONS = os.path.join(HERE, "gold_review", "review63-decisions.tsv")
OUT = os.path.join(DIR, "review63.tsv")
HEADER = ("set", "doc", "line", "category", "phrase", "now", "ruled", "ruling", "why")
DECISION_HEADER = ("set", "doc", "line", "shape", "match", "now", "decision", "ruled", "phrase", "ruling", "reason")
CATEGORY = {"school": "hedge", "apparently": "hedge", "indeed": "booster", "coincidence": "booster",
            "surprise": "booster", "knows": "booster"}


def review_rows(path=REMARKS):
    return [r for r in csv.DictReader(open(path, encoding="utf-8"), delimiter="\t") if r["how"] == "review"]


def read_decisions(path=DECISIONS):
    return list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))


def now_of(marking):
    """gold_splits' marking (positive:hedge, trap:booster, unmarked) -> positive|negative|none."""
    return {"positive": "positive", "trap": "negative", "unmarked": "none"}[marking.split(":")[0]]


def removed_by_review64():
    """Rows of review63.tsv that the sixty-fourth session's clarifications send back to the gold as
    built (eval/gold_review/review64-decisions.tsv, decision ``remove``, source review63.tsv). The
    decisions file above is not edited: it stays the record of what review63 decided."""
    path = os.path.join(HERE, "gold_review", "review64-decisions.tsv")
    if not os.path.exists(path):
        return set()
    with open(path, encoding="utf-8", newline="") as fh:
        return {(d["set"], d["doc"], d["line"], d["category"], d["phrase"])
                for d in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                if d["decision"] == "remove" and d["source"].split(":")[0] == "review63.tsv"}


def remarks(decisions, drop=None):
    drop = removed_by_review64() if drop is None else drop
    out = []
    for d in decisions:
        if d["decision"] != "re-mark":
            continue
        if (d["set"], d["doc"], d["line"], CATEGORY[d["shape"]], d["phrase"]) in drop:
            continue
        out.append((d["set"], d["doc"], d["line"], CATEGORY[d["shape"]], d["phrase"], d["now"], d["ruled"],
                    d["ruling"], d["reason"]))
    return out


def main(argv):
    rows = remarks(read_decisions())
    text = "\t".join(HEADER) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    if "--check" in argv:
        same = os.path.exists(OUT) and open(OUT, encoding="utf-8").read() == text
        print("review63.tsv is %s" % ("up to date" if same else "STALE"))
        return 0 if same else 1
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %s: %d re-marks" % (OUT, len(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
