#!/usr/bin/env python3
"""Score prosecheck's language checks against the tedder-docs annotations (gold.jsonl).

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

Matching (by line, nearest column first), the table per category and -v's lists are the same
for every set: ../real-docs/score.py documents them, ../scoring.py runs them.
The last line reads "tedder-docs: recall R% precision P%". The script always exits 0.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The scoring itself is shared with the other labelled sets: eval/scoring.py, beside this folder.
sys.path.insert(0, os.path.dirname(HERE))
import scoring  # noqa: E402

if __name__ == "__main__":
    sys.exit(scoring.run(sys.argv, HERE, "tedder-docs", ("test", "all"), "test", __doc__.strip().splitlines()[2]))
