"""Draws the corpus samples of the language checks (SL101, SL102, HC101 and HC102 by default; any code with
--codes): 40 findings of each code at random (all of them if fewer), with a fixed seed, from prosecheck's JSON output.

Usage:
  prosecheck CORPUS --isolated --no-cache --no-respect-gitignore \
      --select SL101,SL102,HC101,HC102 --format json --exit-zero > findings.json
  python3 draw_language_sample.py findings.json        # prints TSV rows, one per drawn finding
  python3 draw_language_sample.py findings.json --seed 20261201 --dedupe --severity warning --size 40
  python3 draw_language_sample.py findings.json --seed 20261206 --dedupe --size 40 --codes SP101

--dedupe keeps one finding per (code, text of the finding's source line): the corpus holds many
vendored copies of the same README, and a sample should not judge one sentence five times (the
first copy in output order is kept). --severity keeps the findings of one tier only (warning or
info). --codes draws other codes (any code in the JSON, such as HC103 or SP101; comma-separated),
each from its own random stream, so adding a code does not change another code's draw. The defaults
(seed 20261130, no de-duplication, both tiers, 40, SL101,SL102,HC101,HC102) reproduce the samples
drawn at commit 739a567.

Drawn once, after the findings were produced; the judged files are eval/judged/<CODE>-*.tsv.
"""
import argparse
import json
import random
import sys

CODES = ("SL101", "SL102", "HC101", "HC102")


def source_line(path: str, line: int) -> str:
    with open(path, encoding="utf-8", errors="replace") as f:
        for k, text in enumerate(f, 1):
            if k == line:
                return " ".join(text.split())
    return ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("findings")
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--size", type=int, default=40)
    ap.add_argument("--dedupe", action="store_true")
    ap.add_argument("--severity", choices=("warning", "info"))
    ap.add_argument("--codes", default=",".join(CODES), help="comma-separated codes to draw, in this order")
    args = ap.parse_args()
    findings = json.load(open(args.findings, encoding="utf-8"))
    codes = [c.strip().upper() for c in args.codes.split(",") if c.strip()]
    for code in codes:
        # Output order is path, line, col; a finding is named path:line:col, with the corpus folder cut off.
        rows = [f for f in findings if f["code"] == code]
        if args.severity:
            rows = [f for f in rows if f["severity"] == args.severity]
        total = len(rows)
        if args.dedupe:
            seen, kept = set(), []
            for f in rows:
                key = source_line(f["path"], f["line"])
                if key not in seen:
                    seen.add(key)
                    kept.append(f)
            rows = kept
        rng = random.Random(f"{args.seed}-{code}")  # one stream per code, so codes do not shift each other
        drawn = rows if len(rows) <= args.size else rng.sample(rows, args.size)
        drawn.sort(key=lambda f: (f["path"], f["line"], f["col"]))
        print(f"# {code}: {total} findings, {len(rows)} after de-duplication, {len(drawn)} drawn", file=sys.stderr)
        for f in drawn:
            name = f["path"].rsplit("/", 1)[-1]
            print(f"{code}\t{name}:{f['line']}:{f['col']}\t{f['severity']}\t{f['message']}")


if __name__ == "__main__":
    main()
