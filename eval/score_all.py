#!/usr/bin/env python3
"""Score one prosecheck (or two, side by side) on every development set: news-dev and each set of
crossval.SETS, every tier and the warning tier alone, in one table.

usage: python3 eval/score_all.py EXE [AFTER_EXE] [--data DIR] [--sets NAME,...] [--news-dev DIR] [--sealed]

EXE is a prosecheck executable; with AFTER_EXE as well, the two are printed side by side, EXE as
"before" and AFTER_EXE as "after". Each set is scored by
its own score.py on /work/data/<set> (``--data`` changes the folder; news-dev's documents are in
/work/data/news-dev-docs, ``--news-dev`` changes that). The warning tier is scored the way every
set's README says: eval/judged/warning_tier.py stands in for the executable, with PROSECHECK set.
Every tier is scored with --picky (the sets' scorers pass it; for news-dev's, eval/judged/every_tier.py
stands in), since prosecheck hides the less-sure findings by default; an older prosecheck shows them all.
A set whose documents are not built is named and left out (build it with its build.sh); nothing is
downloaded. Sealed sets are in no tool until they are scored once, so they are not in the default
list either, and a set whose README says it is SEALED is refused even when named, unless
``--sealed`` says this run is its one score. Each row: recall and precision, found of gold, alarms, traps flagged. Exit status 0,
or 2 when no set could be scored or an executable is missing.

After the sets, "pooled" rows sum every scored set per tier (the closing notes' development
figures), then the same sums without the sets named by ``--apart`` and over them alone: by default
the last three of crossval.SETS, the newest, which a session reports apart since they were read
when they joined (none when ``--sets`` names the sets; ``--apart ''`` for none).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# news-dev lives beside the repository (../shared); a worktree elsewhere finds it on this machine
NEWS_DEV_SCORE = next((p for p in (os.path.join(ROOT, "..", "shared", "eval", "news-dev", "score.py"),
                                   "/work/shared/eval/news-dev/score.py") if os.path.isfile(p)),
                      os.path.join(ROOT, "..", "shared", "eval", "news-dev", "score.py"))
WARNING_TIER = os.path.join(HERE, "judged", "warning_tier.py")
# news-dev's score.py (in ../shared) does not pass --picky: this stand-in does (the sets' scorers pass it)
EVERY_TIER = os.path.join(HERE, "judged", "every_tier.py")
# the "all" row of every score.py: category gold found recall alarms false precision traps
_ALL_ROW = re.compile(r"^all\s+(\d+)\s+(\d+)\s+\S+\s+(\d+)\s+(\d+)\s+\S+\s+(\d+)/(\d+)\s*$")


def development_sets() -> tuple:
    """crossval.SETS, the development sets in order (news-dev first), read from its source: importing
    crossval imports prosecheck, and this script runs with any python3."""
    import ast

    with open(os.path.join(HERE, "crossval.py"), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "SETS" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise RuntimeError("eval/crossval.py has no SETS")


def is_sealed(name: str) -> bool:
    """Whether the set's README says it is sealed (held out, never scored)."""
    readme = os.path.join(HERE, name, "README.md")
    if not os.path.isfile(readme):
        return False
    with open(readme, encoding="utf-8") as f:
        return "SEALED" in f.readline()


def parse_all_row(output: str):
    """``(gold, found, alarms, false alarms, traps flagged, traps)`` from a score.py output, or None."""
    for line in output.splitlines():
        m = _ALL_ROW.match(line.strip())
        if m:
            return tuple(int(g) for g in m.groups())
    return None


def cell(row) -> str:
    if row is None:
        return "(no score)"
    gold, found, alarms, false, flagged, traps = row
    right = alarms - false
    recall = "%.0f%%" % (100.0 * found / gold) if gold else "n/a"
    precision = "%.0f%%" % (100.0 * right / alarms) if alarms else "n/a"
    return "%s / %s  %d of %d, %d alarms, %d of %d traps" % (recall, precision, found, gold, alarms, flagged, traps)


def pool(rows):
    """The sum of ``parse_all_row`` rows (None rows left out), or None when there is none."""
    rows = [r for r in rows if r is not None]
    return tuple(sum(col) for col in zip(*rows)) if rows else None


def score(name: str, docs: str, exe: str, warning: bool) -> str:
    script = NEWS_DEV_SCORE if name == "news-dev" else os.path.join(HERE, name, "score.py")
    env = dict(os.environ)
    argv = [sys.executable, script, exe, docs]
    if warning:
        env["PROSECHECK"] = exe
        argv[2] = WARNING_TIER
    elif name == "news-dev":
        env["PROSECHECK"] = exe
        argv[2] = EVERY_TIER
    return subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT).stdout


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("exe")
    ap.add_argument("after", nargs="?")
    ap.add_argument("--data", default="/work/data")
    ap.add_argument("--news-dev", default=None, help="news-dev's documents (default DATA/news-dev-docs)")
    ap.add_argument("--sets", default=None, help="comma-separated names (default: news-dev and crossval.SETS)")
    ap.add_argument("--sealed", action="store_true", help="score a sealed set named in --sets: its one score")
    ap.add_argument("--apart", default=None,
                    help="comma-separated sets pooled apart (default: the last three of crossval.SETS, "
                         "none with --sets)")
    args = ap.parse_args(argv)
    names = args.sets.split(",") if args.sets else list(development_sets())
    apart = set(filter(None, (args.apart if args.apart is not None
                              else "" if args.sets else ",".join(names[-3:])).split(",")))
    exes = [("before", args.exe), ("after", args.after)] if args.after else [("", args.exe)]
    for _, exe in exes:
        if not (os.path.isfile(exe) and os.access(exe, os.X_OK)):
            print("error: %s is not an executable file" % exe, file=sys.stderr)
            return 2
    scored = 0
    rows = {}  # (name, tier) -> one parse_all_row per executable
    print("%-12s %-8s %s" % ("set", "tier", "   |   ".join(label or "every figure" for label, _ in exes)))
    for name in names:
        docs = (args.news_dev or os.path.join(args.data, "news-dev-docs")) if name == "news-dev" \
            else os.path.join(args.data, name)
        script = NEWS_DEV_SCORE if name == "news-dev" else os.path.join(HERE, name, "score.py")
        if not os.path.isfile(script):
            print("%-12s not a labelled set (no %s)" % (name, os.path.relpath(script, ROOT)))
            continue
        if is_sealed(name) and not args.sealed:
            print("%-12s sealed: it is scored once, by the lead, with --sealed; not now" % name)
            continue
        if not os.path.isdir(docs) or not os.listdir(docs):
            print("%-12s not built: no documents in %s (run its build.sh)" % (name, docs))
            continue
        for tier, warning in (("every", False), ("warning", True)):
            rows[name, tier] = [parse_all_row(score(name, docs, exe, warning)) for _, exe in exes]
            print("%-12s %-8s %s" % (name, tier, "   |   ".join(cell(r) for r in rows[name, tier])))
        scored += 1
    names_scored = list(dict.fromkeys(name for name, _ in rows))
    groups = [("pooled", names_scored)]
    if apart & set(names_scored) and set(names_scored) - apart:
        groups += [("pooled-rest", [n for n in names_scored if n not in apart]),
                   ("pooled-apart", [n for n in names_scored if n in apart])]
    for label, members in groups:
        for tier in ("every", "warning"):
            cells = [cell(pool(rows[n, tier][i] for n in members)) for i in range(len(exes))]
            print("%-12s %-8s %s" % (label, tier, "   |   ".join(cells)))
    if len(groups) > 1:
        print("(pooled-apart: %s; pooled-rest: the other %d)" % (", ".join(groups[2][1]), len(groups[1][1])))
    return 0 if scored else 2


if __name__ == "__main__":
    sys.exit(main())
