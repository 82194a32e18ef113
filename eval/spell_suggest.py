"""How often SP101's first suggestion (and any of its three) is the word a writer meant.

Scored on real misspellings nobody here wrote: codespell's list of common misspellings and their
corrections (``codespell_lib/data/dictionary.txt``, rows ``misspelling->correction``). codespell is
an evaluation source only (GPL-2.0, its dictionary CC BY-SA): it is no dependency of prosecheck and
none of its data is committed. Fetch it beside the other work files, then run this script:

    pip download codespell --no-deps -d /work/data/spell65-work
    cd /work/data/spell65-work && unzip -o codespell-*.whl 'codespell_lib/data/*'
    python3 eval/spell_suggest.py --codespell /work/data/spell65-work/codespell_lib/data/dictionary.txt \
        --src src --half dev

Kept: rows with a single correction, letters only, whose misspelling SP101 would flag (at least
``min_length`` letters, not a dictionary word) and whose correction is a dictionary word one edit
away (an inserted, deleted, replaced letter or two neighbours swapped): the only slips SP101 ever
offers a correction for. A stable hash (sha1 of the misspelling) splits them in halves: ``dev`` to
tune the ranking on, ``test`` scored once at the end. ``--src`` picks the rules' source tree (a
before tree, or this one), so before and after are the same script.

Reported: rows, top-1 (the first suggestion, what ``--fix --unsafe-fixes`` writes), top-3 (among
the three in the message), and, for the fix, how many rows get one and how many of those are right.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys


def _one_edit(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


def half(word: str) -> str:
    return "dev" if hashlib.sha1(word.encode()).digest()[0] % 2 == 0 else "test"


def rows(path: str, speller, min_length: int):
    seen = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if "->" not in line:
                continue
            wrong, right = line.split("->", 1)
            wrong = wrong.strip()
            parts = [p.strip() for p in right.split(",") if p.strip()]
            if len(parts) != 1:
                continue  # several corrections (or a reason): no single word meant
            right = parts[0]
            if not (wrong.isalpha() and right.isalpha() and wrong.isascii() and wrong.islower()
                    and right.islower()):
                continue
            if len(wrong) < min_length or speller.known(wrong) or not speller.known(right):
                continue
            if not _one_edit(wrong, right) or wrong in seen:
                continue
            seen.add(wrong)
            yield wrong, right


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--codespell", required=True, help="codespell_lib/data/dictionary.txt")
    ap.add_argument("--src", default="src", help="the rules' source tree")
    ap.add_argument("--half", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--min-length", type=int, default=6)
    ap.add_argument("--misses", type=int, default=0, help="print this many top-1 misses")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, os.path.abspath(args.src))
    from prosecheck.checks import spelling

    options = {k: o.default for k, o in spelling.Spelling.options.items()}
    speller = spelling._speller(options, ".")
    fixes = getattr(speller, "fix_allowed", None)
    reach = getattr(speller, "reach", None)
    n = top1 = top3 = first_letter = fixed = fixed_right = 0
    misses = []
    for wrong, right in rows(args.codespell, speller, args.min_length):
        if args.half != "all" and half(wrong) != args.half:
            continue
        n += 1
        first_letter += wrong[0] == right[0]
        got = speller.suggest(wrong)
        sure = fixes is None or fixes(wrong)
        if got and reach is not None:
            got, sure = reach(wrong)  # a finding's suggestions and fix (spelling_reach.py)
        top1 += bool(got) and got[0] == right
        top3 += right in got
        if got and sure:
            fixed += 1
            fixed_right += got[0] == right
        if got and got[0] != right and len(misses) < args.misses:
            misses.append((wrong, right, got))
    out = {
        "src": args.src, "half": args.half, "rows": n, "same_first_letter": first_letter,
        "top1": top1, "top1_pct": round(100 * top1 / n, 1), "top3": top3,
        "top3_pct": round(100 * top3 / n, 1), "fix_offered": fixed, "fix_right": fixed_right,
        "fix_precision_pct": round(100 * fixed_right / fixed, 1) if fixed else None,
    }
    if args.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k}\t{v}")
        for wrong, right, got in misses:
            print(f"miss\t{wrong}\t{right}\t{' '.join(got)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
