#!/usr/bin/env python3
"""review64: the lead's clarifications of review63's proposals (eval/RULINGS.md, "Clarifications
(sixty-fourth session)") applied to the overlay, and a reader's decisions on the rows the rulings
move in the six newest sets (slane, hackle, swingle, flail, dibble, mell), written blind to the tool.

Every decision is in eval/gold_review/review64-decisions.tsv (header below), one row per decision:

- ``re-mark``: a new re-mark, written to eval/gold_remarks/review64.tsv by this script;
- ``remove``: a row of review63.tsv or firm62.tsv that a clarification sends back to the gold as
  built (``source`` names the file and row). eval/review63.py leaves the review63.tsv ones out of
  what it writes; firm62.tsv's are deleted from that file. review63-decisions.tsv is unchanged: it
  stays the record of what review63 decided;
- ``stand``: an overlay row a clarification touches, re-read and left in place;
- ``keep``: an occurrence left as the gold marks it;
- ``firm``: gold_splits' firm row, applied in eval/gold_remarks/firm64.tsv.

usage: python3 eval/review64.py [--check]

It reads the decisions file only (no gold, no documents, nothing of prosecheck);
tests/test_eval_review64.py checks the rows against the gold and the built documents.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.join(HERE, "gold_remarks")
DECISIONS = os.path.join(HERE, "gold_review", "review64-decisions.tsv")
OUT = os.path.join(DIR, "review64.tsv")
FIRM = os.path.join(DIR, "firm64.tsv")
HEADER = ("set", "doc", "line", "category", "phrase", "now", "ruled", "ruling", "why")
DECISION_HEADER = ("set", "doc", "line", "shape", "category", "match", "now", "decision", "ruled", "phrase", "ruling",
                   "reason", "source")
DECISIONS_ALLOWED = ("re-mark", "remove", "stand", "keep", "firm")


def read_decisions(path=DECISIONS):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def removed(source_file, decisions=None):
    """{(set, doc, line, category, phrase)} of the rows of ``source_file`` (review63.tsv, firm62.tsv)
    that a clarification removes."""
    out = set()
    for d in decisions if decisions is not None else read_decisions():
        if d["decision"] == "remove" and d["source"].split(":")[0] == source_file:
            out.add((d["set"], d["doc"], d["line"], d["category"], d["phrase"]))
    return out


def remarks(decisions):
    return [(d["set"], d["doc"], d["line"], d["category"], d["phrase"], d["now"], d["ruled"], d["ruling"], d["reason"])
            for d in decisions if d["decision"] == "re-mark"]


def main(argv):
    rows = remarks(read_decisions())
    text = "\t".join(HEADER) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    if "--check" in argv:
        same = os.path.exists(OUT) and open(OUT, encoding="utf-8").read() == text
        print("review64.tsv is %s" % ("up to date" if same else "STALE"))
        return 0 if same else 1
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %s: %d re-marks" % (OUT, len(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
