#!/usr/bin/env python3
"""Score prosecheck's language checks against the unseen-docs annotations (gold.jsonl).

usage: python3 score.py PROSECHECK [DOCS_DIR] [--split test|all] [-v]

PROSECHECK is the path of a prosecheck executable; DOCS_DIR defaults to docs/ beside this
file. Every document of this set is in the "test" split: the set is held out, annotated blind
and scored once; --split is kept only so that the command line reads like real-docs' scorer
("test" and "all" pick the same documents). When documents of manifest.jsonl are missing from
docs/, build.sh is run once first. A document is docs/<id>.md or docs/<id>.txt, as its
"format" says.
The script runs `PROSECHECK DOCS_DIR --format json --no-cache --isolated --no-respect-gitignore` and keeps the
findings of SL101, HC101, HC102 and HC103 in the documents of manifest.jsonl (every one of
them is annotated; a document may have no items at all). Codes map to categories:

    superlative <- SL101      hedge <- HC101, HC103      booster <- HC102, HC103

Matching is by line. A finding matches a positive item when its code maps to the item's
category and it is on the same line of the same document; each finding matches at most one
item and each item at most one finding (nearest column first; HC101/HC102 are paired before
HC103). Findings left over are false alarms. A left-over finding on the line of a negative
item (a trap) of a category it maps to marks that trap as wrongly flagged.

For each category it prints: gold positives, found, recall, alarms, false alarms,
precision, and traps flagged (of the traps in that category). An HC103 finding counts as an
alarm in both the hedge and the booster rows; in the "all" row every finding counts once.
With -v it lists the missed items, the false alarms and the flagged traps.
The last line reads "unseen-docs: recall R% precision P%". The script always exits 0.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The scoring itself is shared with the other labelled sets: eval/scoring.py, beside this folder.
sys.path.insert(0, os.path.dirname(HERE))
import scoring  # noqa: E402

if __name__ == "__main__":
    sys.exit(scoring.run(sys.argv, HERE, "unseen-docs", ("test", "all"), "test", __doc__.strip().splitlines()[2]))
