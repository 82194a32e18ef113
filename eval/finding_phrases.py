#!/usr/bin/env python3
"""One code's findings whose phrase matches a pattern, labelled by the gold on their line (issue 11).

usage: python3 eval/finding_phrases.py EXE --code CODE --phrase REGEX --category CATEGORY
                                       [--after REGEX] [--before REGEX] [--sets a,b] [--data DIR] [-v]

A question a session asks before it builds an exemption: of the findings a shape would take out,
how many are right? This runs EXE (every tier: ``--picky``) on each development set
(``crossval.SETS``, news-dev first; a sealed set is skipped), keeps the findings of CODE whose
quoted phrase (the message's first ``"..."``) matches ``--phrase`` (searched, case-insensitive),
whose text right after the phrase on its line matches ``--after`` and whose text before it matches
``--before`` (``re.search`` on the forty characters before; both optional), and labels each by the
gold items of CATEGORY on the same line: a positive there is ``positive``, else a trap there is
``trap``, else ``other`` (no item of the category on the line: wrong by the annotation rules). The
line pairing, as the scorers' default: read a class off these counts with the scorers' sentence
pairing too (``PROSECHECK_EVAL_PAIRING=sentence``) before building it. Prints the counts, the sets
that hold each label, and with ``-v`` every finding. Exit status 0, 2 on a usage error.

    python3 eval/finding_phrases.py /tmp/e51e/exe --code HC101 --phrase "said to" --category hedge \\
        --after "^\\s*(be|mean)?\\s*((a|an|the)\\s+)?[\\"'_*]"        # 6 findings, all "other"
    python3 eval/finding_phrases.py /tmp/e51e/exe --code HC102 --phrase know --category booster
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from score_all import development_sets, is_sealed  # noqa: E402
import gold_remarks  # noqa: E402

NEWS_DEV_GOLD = os.path.join(HERE, "..", "..", "shared", "eval", "news-dev", "gold.jsonl")
_PHRASE = re.compile(r'"([^"]+)"')
_BEFORE = 40  # characters before the phrase that --before reads


def load_gold(path: str, docs_dir: str | None = None) -> dict:
    """``(document name without extension, line) -> [gold item]``, the gold as ruled (the overlay
    of eval/gold_remarks/; PROSECHECK_EVAL_GOLD=as-built for the gold as annotated). ``docs_dir``
    holds the built documents (a new item's sentence)."""
    out = defaultdict(list)
    for g in gold_remarks.load_items(os.path.dirname(os.path.abspath(path)), docs_dir):
        out[(os.path.splitext(g["doc"])[0], g["line"])].append(g)
    return out


def label(items, category: str) -> str:
    """``positive`` when an item of ``category`` on the line is a positive, else ``trap`` when one
    is a trap, else ``other``."""
    labels = [g["label"] for g in items if g["category"] == category]
    if "positive" in labels:
        return "positive"
    return "trap" if labels else "other"


def matching(findings, lines_of, code: str, phrase: str, after: str | None, before: str | None):
    """The findings of ``code`` whose phrase matches, each with the text of its line around it.
    ``lines_of(path)`` gives a document's lines."""
    phrase_re = re.compile(phrase, re.I)
    after_re = re.compile(after) if after else None
    before_re = re.compile(before) if before else None
    for f in findings:
        m = _PHRASE.match(f["message"])
        if f["code"] != code or not m or not phrase_re.search(m.group(1)):
            continue
        lines = lines_of(f["path"])
        text = lines[f["line"] - 1] if 0 < f["line"] <= len(lines) else ""
        start = max(0, (f["col"] or 1) - 1)
        end = start + len(m.group(1))
        if after_re and not after_re.match(text[end:]):
            continue
        if before_re and not before_re.search(text[max(0, start - _BEFORE):start]):
            continue
        yield f, text


def count(findings, gold: dict, lines_of, args) -> list:
    """``[(label, finding, line text)]`` for the findings that match, labelled by ``gold``."""
    out = []
    for f, text in matching(findings, lines_of, args.code, args.phrase, args.after, args.before):
        doc = os.path.splitext(os.path.basename(f["path"]))[0]
        out.append((label(gold.get((doc, f["line"]), []), args.category), f, text))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("exe")
    ap.add_argument("--code", required=True)
    ap.add_argument("--phrase", required=True, help="regular expression searched in the finding's phrase")
    ap.add_argument("--category", required=True, choices=("superlative", "hedge", "booster"))
    ap.add_argument("--after", default=None, help="regular expression matched right after the phrase")
    ap.add_argument("--before", default=None, help="regular expression searched in the 40 characters before")
    ap.add_argument("--sets", default=None, help="comma-separated names (default: crossval.SETS)")
    ap.add_argument("--data", default="/work/data")
    ap.add_argument("-v", action="store_true", help="print every finding")
    args = ap.parse_args(argv)
    if not (os.path.isfile(args.exe) and os.access(args.exe, os.X_OK)):
        print("error: %s is not an executable file" % args.exe, file=sys.stderr)
        return 2
    try:
        for pattern in (args.phrase, args.after, args.before):
            re.compile(pattern or "")
    except re.error as e:
        print("error: not a regular expression: %s" % e, file=sys.stderr)
        return 2
    totals, sets_of, rows = Counter(), defaultdict(set), []
    for name in (args.sets.split(",") if args.sets else development_sets()):
        gold_path = NEWS_DEV_GOLD if name == "news-dev" else os.path.join(HERE, name, "gold.jsonl")
        docs = os.path.join(args.data, "news-dev-docs" if name == "news-dev" else name)
        if is_sealed(name) or not os.path.isfile(gold_path) or not os.path.isdir(docs):
            print("%-14s skipped (sealed, not a labelled set, or not built)" % name)
            continue
        run = subprocess.run([args.exe, "--picky", "--isolated", "--no-cache", "--format", "json",
                              "--select", args.code, docs], capture_output=True, text=True)
        try:
            findings = json.loads(run.stdout or "[]")
        except ValueError:
            print("%-14s no JSON from %s" % (name, args.exe))
            continue
        cache = {}

        def lines_of(path, cache=cache):
            if path not in cache:
                with open(path, encoding="utf-8", errors="replace") as f:
                    cache[path] = f.read().split("\n")
            return cache[path]

        for lab, f, text in count(findings, load_gold(gold_path, docs), lines_of, args):
            totals[lab] += 1
            sets_of[lab].add(name)
            rows.append((name, lab, f, text))
    print("%s findings whose phrase matches %r: positive %d, trap %d, other %d" % (
        args.code, args.phrase, totals["positive"], totals["trap"], totals["other"]))
    for lab in ("positive", "trap", "other"):
        print("  %-8s in %d sets: %s" % (lab, len(sets_of[lab]), ", ".join(sorted(sets_of[lab]))))
    if args.v:
        for name, lab, f, text in rows:
            print("%s\t%s\t%s:%d:%d\t%s" % (name, lab, os.path.basename(f["path"]), f["line"], f["col"], text.strip()[:160]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
