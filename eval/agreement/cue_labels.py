#!/usr/bin/env python3
"""How A and B labelled the same cue words: for one category (boosters by default), every item
that A or B recorded, positive or trap, paired across the two annotations and counted as
A positive / trap / unjudged against B positive / trap / unjudged, per group of documents.

usage: python3 eval/agreement/cue_labels.py DOCS_DIR --set SET [--category booster]
                                             [--group NAME=PREFIX,PREFIX ...] [-v]

agree.py counts agreement on positives; this counts agreement on the labels themselves, so that
the team can see whether one annotator's traps (a cue word judged no claim) are a reading the
other shares. Pairing: same document, line and category; phrases that overlap on the line pair
first, then the nearest column (agree.py's rule), one to one. An item with no partner is
"unjudged" on the other side: the other annotator left the cue unrecorded. Documents outside
every --group prefix fall in "rest". Reads A and B as agree.py does; runs no tool.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import agree  # noqa: E402

LABELS = ("positive", "negative", None)
NAMES = {"positive": "positive", "negative": "trap", None: "unjudged"}


def span(it):
    return (it["_col"], it["_col"] + len(it["phrase"]))


def pair_labels(a, b):
    """[(A item or None, B item or None)]: overlapping phrases first, then nearest column."""
    pairs, used_a, used_b = [], set(), set()
    for ai, x in enumerate(a):
        for bi, y in enumerate(b):
            if bi in used_b or (x["doc"], x["line"], x["category"]) != (y["doc"], y["line"], y["category"]):
                continue
            (s1, e1), (s2, e2) = span(x), span(y)
            if s1 and s2 and s1 < e2 and s2 < e1:
                pairs.append((x, y))
                used_a.add(ai)
                used_b.add(bi)
                break
    rest_a = [x for i, x in enumerate(a) if i not in used_a]
    rest_b = [y for i, y in enumerate(b) if i not in used_b]
    near = agree.pair_items(rest_a, rest_b)
    pairs += [(rest_a[i], rest_b[j]) for i, j in near.items()]
    pairs += [(x, None) for i, x in enumerate(rest_a) if i not in near]
    taken = set(near.values())
    pairs += [(None, y) for j, y in enumerate(rest_b) if j not in taken]
    return pairs


def group_of(doc, groups):
    for name, prefixes in groups:
        if any(doc.startswith(p) for p in prefixes):
            return name
    return "rest"


def table(pairs):
    """{(A label, B label): count}, labels in LABELS."""
    out = {(la, lb): 0 for la in LABELS for lb in LABELS}
    for x, y in pairs:
        out[(x["label"] if x else None, y["label"] if y else None)] += 1
    return out


def render(name, pairs):
    t = table(pairs)
    lines = ["%s: %d cues judged by A or B" % (name, len(pairs)),
             "%-14s %12s %12s %12s %8s" % ("", "B positive", "B trap", "B unjudged", "all")]
    for la in LABELS:
        row = [t[(la, lb)] for lb in LABELS]
        if la is None:
            row[2] = ""
        lines.append("%-14s %12s %12s %12s %8d" % (("A " + NAMES[la],) + tuple(row) + (sum(r or 0 for r in row),)))
    both = t[("positive", "positive")] + t[("negative", "negative")]
    judged = sum(t[(la, lb)] for la in LABELS[:2] for lb in LABELS[:2])
    lines.append("judged by both: %d, same label: %d; A's traps that B also judged a trap: %d of %d"
                 % (judged, both, t[("negative", "negative")], sum(t[("negative", lb)] for lb in LABELS)))
    return lines


def main(argv):
    ap = argparse.ArgumentParser(prog="cue_labels.py", description=__doc__.split("\n")[0])
    ap.add_argument("docs_dir")
    ap.add_argument("--set", required=True)
    ap.add_argument("--category", default="booster", choices=agree.CATEGORIES)
    ap.add_argument("--group", action="append", default=[], metavar="NAME=PREFIX,PREFIX",
                    help="a group of documents by id prefix (repeatable); the others are 'rest'")
    ap.add_argument("-v", action="store_true", help="list every pair")
    args = ap.parse_args(argv)
    groups = []
    for g in args.group:
        if "=" not in g:
            raise agree.InputError("--group takes NAME=PREFIX,PREFIX")
        name, prefixes = g.split("=", 1)
        groups.append((name, tuple(p for p in prefixes.split(",") if p)))
    paths = agree.set_paths(args.set)
    if not os.path.exists(paths["manifest"]):
        raise agree.InputError("no labelled set called %r" % args.set)
    files = agree.doc_files(paths["manifest"])
    a_all, b_all = agree.load_jsonl(paths["a"]), agree.load_jsonl(paths["b"])
    order = agree.read_order(paths["order"], sorted(files))
    docs = agree.annotated_docs(sorted(files), {it["doc"] for it in b_all}, order)
    texts = agree.read_lines(args.docs_dir, files, docs, args.set)
    a = agree.with_columns([it for it in a_all if it["doc"] in docs and it["category"] == args.category], texts)
    b = agree.with_columns([it for it in b_all if it["category"] == args.category], texts)
    pairs = pair_labels(a, b)
    names = [n for n, _ in groups] + ["rest"]
    out = ["%s labels of A (%s) and B (%s) on %d documents"
           % (args.category, os.path.relpath(paths["a"], agree.EVAL), os.path.relpath(paths["b"], agree.EVAL),
              len(docs))]
    for name in names:
        sub = [p for p in pairs if group_of((p[0] or p[1])["doc"], groups) == name]
        out += [""] + render(name, sub)
        if args.v:
            for x, y in sorted(sub, key=lambda p: ((p[0] or p[1])["doc"], (p[0] or p[1])["line"])):
                it = x or y
                out.append("  %s:%d A %-8s B %-8s A %r / B %r" % (
                    it["doc"], it["line"], NAMES[x["label"] if x else None], NAMES[y["label"] if y else None],
                    x["phrase"] if x else "", y["phrase"] if y else ""))
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except agree.InputError as e:
        print("cue_labels.py: %s" % e, file=sys.stderr)
        sys.exit(2)
