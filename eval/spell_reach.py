"""SP101's reach: real misspellings two slips from the word meant, or two words run together.

The rows eval/spell_suggest.py does not score, from the same source (codespell's list of common
misspellings, ``codespell_lib/data/dictionary.txt``; an evaluation source only, GPL-2.0, its
dictionary CC BY-SA, never a dependency, none of it committed; fetch it as spell_suggest.py says,
e.g. into /work/data/spell66-work):

* ``two``: a single correction, a dictionary word two edits away (optimal string alignment:
  inserted, deleted, replaced letters and swapped neighbours): "lastet" -> "latest";
* ``split``: a correction of two dictionary words, the misspelling being them without the space
  (or one edit from that): "eachother" -> "each other";
* ``one``: spell_suggest.py's rows (one edit away), scored again so that a change for the others
  shows what it costs them.

Only rows SP101 reports are scored (a misspelling at least ``min_length`` letters, no dictionary
word, with a dictionary word one edit away that keeps its first letter): SP101 suggests nothing
for a word it does not report. Halves by spell_suggest.half (sha1 of the misspelling): ``dev`` to
tune on, ``test`` scored once at the end.

Reported per kind: rows, flagged (reported by SP101), top-1, top-3 (of the flagged), fixes
offered and right. The suggestions are the finding's (``Speller.reach`` where the tree has it,
else ``Speller.suggest`` and ``fix_allowed``).

    python3 eval/spell_reach.py --codespell /work/data/spell66-work/codespell_lib/data/dictionary.txt \
        --src src --half dev
"""

from __future__ import annotations

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spell_suggest import _one_edit, half  # noqa: E402


def osa(a: str, b: str) -> int:
    """Optimal string alignment distance (Damerau-Levenshtein without repeated edits)."""
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def rows(path: str, speller, min_length: int):
    """``(kind, misspelling, correction)`` for every usable row."""
    seen = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if "->" not in line:
                continue
            wrong, right = line.split("->", 1)
            wrong = wrong.strip()
            parts = [p.strip() for p in right.split(",") if p.strip()]
            if len(parts) != 1 or wrong in seen:
                continue
            right = parts[0]
            if not (wrong.isalpha() and wrong.isascii() and wrong.islower()):
                continue
            if len(wrong) < min_length or speller.known(wrong):
                continue
            kind = None
            if right.isalpha() and right.islower() and speller.known(right):
                kind = "one" if _one_edit(wrong, right) else "two" if osa(wrong, right) == 2 else None
            elif right.count(" ") == 1 and all(p.isalpha() and p.islower() and speller.known(p)
                                               for p in right.split()):
                kind = "split" if osa(wrong, right.replace(" ", "")) <= 1 else None
            if kind:
                seen.add(wrong)
                yield kind, wrong, right


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--codespell", required=True)
    ap.add_argument("--src", default="src")
    ap.add_argument("--half", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--min-length", type=int, default=6)
    ap.add_argument("--set", action="append", default=[],
                    help="NAME=VALUE: set a constant of spelling_reach (tuning on dev)")
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, os.path.abspath(args.src))
    from prosecheck.checks import spelling

    try:
        from prosecheck.checks import spelling_reach
    except ImportError:
        spelling_reach = None
    for item in args.set:
        name, value = item.split("=", 1)
        setattr(spelling_reach, name, eval(value))  # noqa: S307 (a tuning knob on the command line)
    options = {k: o.default for k, o in spelling.Spelling.options.items()}
    speller = spelling._speller(options, ".")
    reach = getattr(speller, "reach", None)
    stats = {}
    misses = []
    for kind, wrong, right in rows(args.codespell, speller, args.min_length):
        if args.half != "all" and half(wrong) != args.half:
            continue
        s = stats.setdefault(kind, dict.fromkeys(("rows", "flagged", "top1", "top3", "fix_offered", "fix_right"), 0))
        s["rows"] += 1
        if not speller.suggest(wrong):
            continue  # not reported: nothing suggested
        if speller.in_use(wrong):
            continue  # not reported: a word in use
        s["flagged"] += 1
        if reach is not None:
            got, fix = reach(wrong)
        else:
            got, fix = speller.suggest(wrong), speller.fix_allowed(wrong)
        s["top1"] += got[0] == right
        s["top3"] += right in got
        if fix:
            s["fix_offered"] += 1
            s["fix_right"] += got[0] == right
        if got[0] != right and len(misses) < args.misses and kind != "one":
            misses.append((kind, wrong, right, got, fix))
    for s in stats.values():
        f = s["flagged"] or 1
        s["top1_pct"] = round(100 * s["top1"] / f, 1)
        s["top3_pct"] = round(100 * s["top3"] / f, 1)
        s["fix_precision_pct"] = round(100 * s["fix_right"] / s["fix_offered"], 1) if s["fix_offered"] else None
    if args.json:
        print(json.dumps({"src": args.src, "half": args.half, **stats}))
    else:
        for kind, s in stats.items():
            print(kind, " ".join(f"{k}={v}" for k, v in s.items()))
        for m in misses:
            print("miss", *m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
