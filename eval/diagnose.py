#!/usr/bin/env python3
"""Why the rules miss what they miss, and which trigger families their false alarms come from.

usage: python3 eval/diagnose.py [--sets news-dev,...] [--news-dev DIR] [--docs NAME=DIR ...] [-v]

Over the labelled sets (eval/crossval.py's, the rules as they are, every tier), every gold
positive the rules do not find is put in one class:

* (c) found, but matched badly: a finding of the item's category (HC103 counts for hedge and
  booster) is in the item's sentence or on its line, and the scorer did not credit it (it is on
  another line of the sentence, or another item of the line took it); "other category": only a
  finding of another category is there (HC101 where a booster was marked);
* (b) a candidate is there and the rules reject it: the sentence holds a trigger word of the
  item's category (a word of the checks' own lists, as the claim model's candidates are made:
  claim_model.candidates), and no finding;
* (a) no candidate: the sentence holds no trigger of the item's category; "other-category
  trigger" when it holds one of another category, "none" when it holds none of any.

Class (a) is what no classifier over the current candidates can gain; (b) is what a better
classifier could; (c) is the matching (where the finding is put). The false alarms (findings
no positive credits) are counted per code and trigger family (the candidate's ``family``
feature), with how many of them flagged a trap. -v lists each missed item with its class.
Deterministic; needs what eval/crossval.py needs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import crossval  # noqa: E402
import scoring  # noqa: E402

CLASSES = ("found", "c: other line/item", "c: other category", "b: trigger in phrase",
           "b: trigger elsewhere", "a: other-category trigger", "a: no trigger")


def classify(s: dict) -> tuple:
    """``(missed, alarms)``: per positive its class (``CLASSES``), and per false alarm its
    ``(code, family, flagged a trap)``."""
    rules = s["rules"]
    pos, _neg, hits, flagged = crossval.matches(rules, s["items"])
    found = set(hits.values())
    cc = scoring.CODE_CATEGORIES
    by_sentence, by_line = defaultdict(list), defaultdict(list)
    for f in rules:
        by_sentence[(f["doc"], f["sentence"])].append(f)
        by_line[(f["doc"], f["line"])].append(f)
    cand_cats = defaultdict(set)
    family = {}
    in_phrase = defaultdict(list)  # (doc, category, line) -> columns of its candidates
    for c in s["candidates"]:
        cand_cats[(c["doc"], c["sentence"])].add(c["category"])
        in_phrase[(c["doc"], c["category"], c["line"])].append(c["col"])
        if c["rule"]:
            family[(c["doc"], c["line"], c["col"], crossval.claim_model.CODES[c["category"]])] = next(
                f[len("family="):] for f in c["features"] if f.startswith("family="))
    classes = []
    for gi, g in enumerate(pos):
        cat, key = g["category"], (g["doc"], g["_sentence"])
        near = by_sentence.get(key, []) + by_line.get((g["doc"], g["line"]), [])
        if gi in found:
            k = "found"
        elif any(cat in cc[f["code"]] for f in near):
            k = "c: other line/item"
        elif near:
            k = "c: other category"
        elif any(0 < g["_col"] <= col < g["_col"] + len(g["phrase"]) for col in in_phrase.get((g["doc"], cat, g["line"]), ())):
            k = "b: trigger in phrase"
        elif cat in cand_cats.get(key, ()):
            k = "b: trigger elsewhere"
        elif cand_cats.get(key):
            k = "a: other-category trigger"
        else:
            k = "a: no trigger"
        classes.append((g, k))
    alarms = []
    for i, f in enumerate(rules):
        if i in hits:
            continue
        fam = family.get((f["doc"], f["line"], f["col"], f["code"]), "HC103" if f["code"] == "HC103" else "?")
        alarms.append((f["code"], fam, i in flagged))
    return classes, alarms


def main(argv: list) -> int:
    parser = argparse.ArgumentParser(prog="diagnose.py")
    parser.add_argument("-v", dest="verbose", action="store_true", help="list every missed item with its class")
    parser.add_argument("--sets", type=lambda v: v.split(","), default=list(crossval.SETS))
    crossval.add_data_options(parser)
    args = parser.parse_args(argv)
    given = dict(args.docs)
    per_set, all_alarms = {}, Counter()
    for name in args.sets:
        g = crossval.gold_dir(name, args.news_dev)
        s = crossval.read_set(name, g, crossval.docs_dir(name, given, g))
        crossval.lint_set(s)
        classes, alarms = classify(s)
        per_set[name] = Counter((g["category"], k) for g, k in classes)
        for code, fam, trap in alarms:
            all_alarms[(code, fam, "trap" if trap else "other")] += 1
        if args.verbose:
            for g, k in classes:
                if k != "found":
                    print("%s  %s:%d  %-11s %-26s %s" % (name, g["doc"], g["line"], g["category"], k, g["phrase"]))
    print()
    print("%-22s %6s %6s %6s %6s %6s %6s %6s %6s" % ("set / category", "gold", "found", "c-line", "c-cat", "b-in", "b-else",
                                                    "a-oth", "a-none"))
    total = Counter()
    for name, counts in per_set.items():
        for cat in crossval.CATEGORIES:
            row = [counts[(cat, k)] for k in CLASSES]
            total.update({(cat, k): counts[(cat, k)] for k in CLASSES})
            print("%-22s %6d" % (name + " " + cat, sum(row)) + "".join(" %6d" % n for n in row))
    print()
    for cat in crossval.CATEGORIES + ("all",):
        row = [sum(total[(c, k)] for c in crossval.CATEGORIES) if cat == "all" else total[(cat, k)] for k in CLASSES]
        missed = sum(row) - row[0]
        print("%-22s %6d" % ("all sets " + cat, sum(row)) + "".join(" %6d" % n for n in row)
              + "   missed %d: c %d, b %d, a %d" % (missed, row[1] + row[2], row[3] + row[4], row[5] + row[6]))
    print()
    print("false alarms (findings no positive credits) by code and trigger family: all, of them traps")
    fams = sorted({(c, f) for c, f, _ in all_alarms}, key=lambda cf: (cf[0], -sum(all_alarms[(cf[0], cf[1], t)] for t in ("trap", "other")), cf[1]))
    for code, fam in fams:
        n_trap, n_other = all_alarms[(code, fam, "trap")], all_alarms[(code, fam, "other")]
        print("  %-6s %-24s %4d %4d" % (code, fam, n_trap + n_other, n_trap))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
