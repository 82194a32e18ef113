#!/usr/bin/env python3
"""The rules of several past commits, scored on the same sets: do sessions of rule work add up on
text none of them was tuned on? (issue 11)

usage: python3 eval/rules_over_time.py --sets NAME,... [--data DIR] [--python PY ...] [--warning] COMMIT ...

Each set's one score (eval/test_split_history.py) compares a session's start and end rules on new
text, so it shows what one session added. This answers the other question: the sets scored most
recently were written after every commit named here, and none of those commits' rules were tuned
on them, so the same sets scored by the rules of many sessions show how much the sessions'
accumulated rule work moved text it never saw. Name only sets that were still unseen at every
commit given (a set joins the development sets the session after its one score; tuning on it
starts then).

For each COMMIT, ``git archive COMMIT src`` is unpacked in a temporary folder and run with the first
PY that can run it (``--python`` again for each; default: this interpreter; the repository's .venv
has every dependency of today's code, and commits before the parser became pyromark (9ff6a73)
need markdown-it-py: a venv of the first release has it); its C modules are not built, so it runs
the pure-Python path, with the same output. Each set is scored by its own
score.py (every tier; ``--warning`` for the warning tier alone) through eval/score_all.py, and the
sets are pooled: gold claims found, findings right, traps flagged. A sealed set is refused, as in
score_all.py. The gold is the gold as annotated (``PROSECHECK_EVAL_GOLD=as-built``, the figures
eval/README's series were computed on) unless ``--gold ruled`` asks for eval/gold_remarks/'s
re-marks. Exit status 0, or 2 when a commit cannot be archived or no set is built.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import score_all  # noqa: E402


def exe_for(commit: str, folder: str, pythons) -> str | None:
    """An executable that runs COMMIT's prosecheck from ``folder`` (its src unpacked there) with the
    first of ``pythons`` that can import it, or None."""
    archive = subprocess.run(["git", "-C", ROOT, "archive", commit, "src"], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
    exe = os.path.join(folder, "exe")
    sample = os.path.join(folder, "sample.md")
    with open(sample, "w", encoding="utf-8") as f:
        f.write("# A heading\n\nThe best tool ever.\n")
    for python in pythons:
        with open(exe, "w", encoding="utf-8") as f:
            f.write('#!/bin/sh\nPYTHONPATH=%s exec %s -m prosecheck "$@"\n' % (os.path.join(folder, "src"), python))
        os.chmod(exe, 0o755)
        # it ran when it reports the superlative (an early release exits 1 on a missing dependency too)
        if b"SL101" in subprocess.run([exe, "--no-cache", sample], capture_output=True, cwd=folder).stdout:
            return exe
    return None


def interpreters(given) -> list:
    """The --python interpreters as the executable will find them: it runs in a temporary folder, so
    a path such as `.venv/bin/python` is made absolute (a bare name is looked up on PATH, as given);
    this interpreter when none is given."""
    return [os.path.abspath(p) if os.sep in p else p for p in given] if given else [sys.executable]


def pooled(rows) -> str:
    gold = sum(r[0] for r in rows)
    found = sum(r[1] for r in rows)
    alarms = sum(r[2] for r in rows)
    right = alarms - sum(r[3] for r in rows)
    flagged, traps = sum(r[4] for r in rows), sum(r[5] for r in rows)
    pct = lambda a, b: "%.1f%%" % (100.0 * a / b) if b else "n/a"  # noqa: E731
    return "%s (%d of %d)  %s right (%d of %d)  traps %s (%d of %d)" % (
        pct(found, gold), found, gold, pct(right, alarms), right, alarms, pct(flagged, traps), flagged, traps)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("commits", nargs="+")
    ap.add_argument("--sets", required=True, help="comma-separated names")
    ap.add_argument("--data", default="/work/data")
    ap.add_argument("--python", action="append", help="an interpreter to run the commits with (again for more)")
    ap.add_argument("--warning", action="store_true", help="the warning tier alone")
    # A series of past figures: scored on the gold as annotated unless asked, so that a row of
    # eval/README's tables means what it meant when it was written (eval/gold_remarks.py).
    ap.add_argument("--gold", choices=("as-built", "ruled"), default="as-built",
                    help="the gold as annotated (default: the series' figures) or as ruled (eval/gold_remarks/)")
    args = ap.parse_args(argv)
    before = os.environ.get("PROSECHECK_EVAL_GOLD")
    os.environ["PROSECHECK_EVAL_GOLD"] = args.gold   # read by each set's score.py (score_all passes the environment)
    try:
        return _run(args)
    finally:
        if before is None:
            os.environ.pop("PROSECHECK_EVAL_GOLD", None)
        else:
            os.environ["PROSECHECK_EVAL_GOLD"] = before


def _run(args) -> int:
    names = args.sets.split(",")
    for name in names:
        if score_all.is_sealed(name) or not os.path.isfile(os.path.join(HERE, name, "score.py")):
            print("error: %s is not a scored labelled set" % name, file=sys.stderr)
            return 2
        if not os.path.isdir(os.path.join(args.data, name)):
            print("error: %s is not built in %s (run its build.sh)" % (name, args.data), file=sys.stderr)
            return 2
    print("pooled over %s, %s, the gold %s" % (", ".join(names), "warning tier alone" if args.warning else "every tier",
                                               "as annotated" if args.gold == "as-built" else "as ruled"))
    for commit in args.commits:
        with tempfile.TemporaryDirectory(prefix="rules-over-time-") as folder:
            try:
                exe = exe_for(commit, folder, interpreters(args.python))
            except subprocess.CalledProcessError:
                print("error: cannot archive %s's src" % commit, file=sys.stderr)
                return 2
            if exe is None:
                print("error: no --python given can run %s's prosecheck" % commit, file=sys.stderr)
                return 2
            rows = []
            for name in names:
                row = score_all.parse_all_row(score_all.score(name, os.path.join(args.data, name), exe, args.warning))
                if row is None:
                    print("error: %s gave no score with %s's rules" % (name, commit), file=sys.stderr)
                    return 2
                rows.append(row)
            date = subprocess.run(["git", "-C", ROOT, "log", "-1", "--format=%ad", "--date=format:%m-%d %H:%M", commit],
                                  capture_output=True, text=True).stdout.strip()
            print("%s %s  %s" % (commit[:7], date, pooled(rows)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
