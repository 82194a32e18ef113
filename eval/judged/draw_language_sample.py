"""Draws the corpus samples for SL101, SL102, HC101 and HC102: 40 findings of each code at random
(all of them if fewer), with a fixed seed, from prosecheck's JSON output.

Usage:
  prosecheck CORPUS --isolated --no-cache --no-respect-gitignore \
      --select SL101,SL102,HC101,HC102 --format json --exit-zero > findings.json
  python3 draw_language_sample.py findings.json        # prints TSV rows, one per drawn finding

Drawn once, after the findings were produced; the judged files are eval/judged/<CODE>-corpus.tsv.
"""
import json
import random
import sys

CODES = ("SL101", "SL102", "HC101", "HC102")
SEED = 20261130
SIZE = 40

findings = json.load(open(sys.argv[1], encoding="utf-8"))
for code in CODES:
    # Output order is path, line, col; a finding is named path:line:col, with the corpus folder cut off.
    rows = [f for f in findings if f["code"] == code]
    rng = random.Random(f"{SEED}-{code}")  # one stream per code, so codes do not shift each other
    drawn = rows if len(rows) <= SIZE else rng.sample(rows, SIZE)
    drawn.sort(key=lambda f: (f["path"], f["line"], f["col"]))
    print(f"# {code}: {len(rows)} findings, {len(drawn)} drawn", file=sys.stderr)
    for f in drawn:
        name = f["path"].rsplit("/", 1)[-1]
        print(f"{code}\t{name}:{f['line']}:{f['col']}\t{f['message']}")
