"""SP101's findings on the development sets' documents: one JSON list, each finding with its set.

Names every set folder of ``crossval.SETS`` one by one (``/work/data/<set>``; news-dev's documents
are ``news-dev-docs``) and runs an executable on each with SP101 alone, as a user would. No set
outside crossval.SETS is read (the sealed sets are not in it).

    python3 eval/sp101_sets.py EXE [--data /work/data] > sp101-sets.json
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def _sets() -> tuple:
    # crossval's SETS without importing crossval (which puts its own tree's src first).
    import ast

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "crossval.py")
    for node in ast.parse(open(path, encoding="utf-8").read()).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "SETS" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise SystemExit("no SETS in crossval.py")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("exe")
    ap.add_argument("--data", default="/work/data")
    args = ap.parse_args(argv)
    out = []
    for name in _sets():
        folder = os.path.join(args.data, "news-dev-docs" if name == "news-dev" else name)
        if not os.path.isdir(folder):
            print(f"missing: {folder}", file=sys.stderr)
            continue
        run = subprocess.run([args.exe, folder, "--select", "SP101", "--isolated", "--no-cache",
                              "--format", "json", "--exit-zero", "--jobs", "1"],
                             capture_output=True, text=True, check=False)
        for f in json.loads(run.stdout or "[]"):
            f["set"] = name
            out.append(f)
    json.dump(out, sys.stdout, indent=0)
    print(f"{len(out)} findings over {len(_sets())} sets", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
