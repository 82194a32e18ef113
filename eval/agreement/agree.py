#!/usr/bin/env python3
"""How far do two annotators of a labelled set agree, and where does prosecheck stand between them?

usage: python3 eval/agreement/agree.py [DOCS_DIR] [--set SET] [--tool LABEL=EXE]... [--no-tools] [-v]

SET is the labelled set (default unseen-docs). A is eval/SET/gold.jsonl, B is
eval/agreement/SET-b.jsonl; only the documents B annotated are compared. DOCS_DIR holds the built
documents (default: eval/SET/docs; on the team's machine /work/data/SET). Run it from the
repository root.

B's order of work is eval/agreement/SET-b-order.txt when there is one (one id a line, drawn and
committed before B read a document), else the seeded shuffle unseen-docs' B drew. The classes of
the disagreements are in disagreements.tsv for unseen-docs and in SET-disagreements.tsv for any
other set.

prosecheck is run by default only on unseen-docs. On any other set it runs only when asked with
--tool: a set held out for one scoring at the end of a session must not be scored by measuring
its agreement.

Matching is eval/scoring.py's: two items match when they are in the same document, on the same
line and in the same category; each item matches at most one other, nearest column first (the
column of an item is where its phrase starts on its line). A line window of 2 is printed as well,
to show how much is lost to items put on neighbouring lines.

It prints, per category and overall:
  * agreement on positives: A's count, B's, matched pairs, the share of A matched by B, of B
    matched by A, and pairwise F1 (2 x pairs / (A + B));
  * category confusions: an unmatched positive of A and one of B whose phrases overlap on the
    same line, in different categories;
  * positives that the other annotator recorded as a trap (same line and category, as scoring.py
    flags traps);
  * the classes of the disagreements, from disagreements.tsv beside this file (every unmatched
    positive must have exactly one row there; rows left over are reported);
  * each tool (default on unseen-docs: .venv/bin/prosecheck and the warning tier
    eval/judged/warning_tier.py; on other sets none unless --tool names one)
    scored as eval/scoring.py scores it, against A, against B, against A-and-B (positives both
    marked: the uncontested claims) and against A-or-B, and its recall on the contested positives
    (A only, B only).
With -v it also lists every disagreement with the other annotator's items on the lines around it.
The output is deterministic for a given prosecheck. Exit 0, or 2 on bad input (a clear message).
"""
import argparse
import json
import os
import random
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
sys.path.insert(0, EVAL)
import scoring  # noqa: E402  (the team's scorer: its pairing and its prosecheck call)

CATEGORIES = scoring.CATEGORIES
DEFAULT_SET = "unseen-docs"
CLASSES = ("definition", "slip", "span/line")
SEED = 20261130
# Cue phrases that unseen-docs' README names in its one-line summary of A's D1-D7, which B read
# before annotating: positives holding one are left out of the "unprimed" agreement figure.
PRIMED_CUES = ("trust me", "i'm sure", "expected to leave", "linked with", "every ", "any other")
DEFAULT_TOOLS = (("prosecheck", ".venv/bin/prosecheck"), ("warning tier", "eval/judged/warning_tier.py"))


class InputError(Exception):
    """Bad input: reported as one plain line, exit 2."""


def load_jsonl(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return [json.loads(raw) for raw in fh if raw.strip()]
    except OSError as e:
        raise InputError("cannot read %s: %s" % (path, e.strerror))
    except ValueError as e:
        raise InputError("%s is not JSON lines: %s" % (path, e))


def doc_files(manifest_path):
    """{id: file name} of the set's documents."""
    return {e["id"]: "%s.%s" % (e["id"], e.get("format", "md")) for e in load_jsonl(manifest_path)}


def set_paths(name):
    """Default files for the set called `name`: A, B, manifest, classes, B's order of work."""
    classes = "disagreements.tsv" if name == DEFAULT_SET else "%s-disagreements.tsv" % name
    return {"a": os.path.join(EVAL, name, "gold.jsonl"), "b": os.path.join(HERE, "%s-b.jsonl" % name),
            "manifest": os.path.join(EVAL, name, "manifest.jsonl"), "classes": os.path.join(HERE, classes),
            "order": os.path.join(HERE, "%s-b-order.txt" % name)}


def drawn_order(ids, seed=SEED):
    """B's order of work, drawn before reading (README): a seeded shuffle of the sorted ids."""
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    return order


def read_order(path, ids):
    """B's committed order of work (one id a line), or None when there is no such file."""
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as fh:
        order = [raw.strip() for raw in fh if raw.strip()]
    if sorted(order) != sorted(ids):
        raise InputError("%s does not list the manifest's documents once each" % path)
    return order


def annotated_docs(ids, docs_with_items, order=None):
    """The documents B annotated: the order of work up to the last document that has one of B's
    items (a document with no item before it was read and found empty, as twisted-vision was)."""
    order = order or drawn_order(ids)
    last = max((order.index(d) for d in docs_with_items if d in order), default=-1)
    return set(order[:last + 1])


def read_lines(docs_dir, files, docs, name=DEFAULT_SET):
    texts = {}
    for d in sorted(docs):
        path = os.path.join(docs_dir, files[d])
        try:
            with open(path, encoding="utf-8") as fh:
                texts[d] = fh.read().split("\n")
        except OSError:
            raise InputError("document %s is missing: build the set first (bash eval/%s/build.sh DIR) "
                             "and pass DIR" % (path, name))
    return texts


def with_columns(items, texts):
    """A copy of each item with `_col`, where its phrase starts on its line (1-based; 0 if absent)."""
    out = []
    for it in items:
        lines = texts.get(it["doc"], [])
        line = lines[it["line"] - 1] if 1 <= it["line"] <= len(lines) else ""
        out.append(dict(it, _col=line.find(it["phrase"]) + 1))
    return out


def positives(items):
    return [it for it in items if it.get("label", "positive") == "positive"]


def negatives(items):
    return [it for it in items if it.get("label") == "negative"]


def pair_items(xs, ys, window=0, same_category=True):
    """Greedy one-to-one pairing of items xs with items ys: {x index: y index}.

    A pair is in one document, at most `window` lines apart and (by default) in one category.
    xs are taken in document, line, column order; each takes the free y nearest in lines, then in
    columns. With window 0 this is eval/scoring.py's rule for a finding and a gold item."""
    by_doc = defaultdict(list)
    for yi, y in enumerate(ys):
        by_doc[y["doc"]].append(yi)
    order = sorted(range(len(xs)), key=lambda i: (xs[i]["doc"], xs[i]["line"], xs[i]["_col"], xs[i]["category"]))
    taken, pairs = set(), {}
    for xi in order:
        x = xs[xi]
        cands = [yi for yi in by_doc.get(x["doc"], []) if yi not in taken
                 and abs(ys[yi]["line"] - x["line"]) <= window
                 and (not same_category or ys[yi]["category"] == x["category"])]
        if cands:
            yi = min(cands, key=lambda c: (abs(ys[c]["line"] - x["line"]), abs(ys[c]["_col"] - x["_col"]), c))
            pairs[xi] = yi
            taken.add(yi)
    return pairs


def pct(a, b):
    return scoring.pct(a, b)


def agreement_rows(a_pos, b_pos, pairs):
    """Per category and overall: (name, n_a, n_b, matched, share of A, share of B, F1)."""
    rows = []
    for cat in CATEGORIES + ("all",):
        n_a = sum(1 for g in a_pos if cat in ("all", g["category"]))
        n_b = sum(1 for g in b_pos if cat in ("all", g["category"]))
        m = sum(1 for ai in pairs if cat in ("all", a_pos[ai]["category"]))
        rows.append((cat, n_a, n_b, m, pct(m, n_a), pct(m, n_b), pct(2 * m, n_a + n_b)))
    return rows


def overlaps(x, y):
    """Same document and line, and the phrases' spans on the line overlap."""
    if x["doc"] != y["doc"] or x["line"] != y["line"] or not x["_col"] or not y["_col"]:
        return False
    return x["_col"] < y["_col"] + len(y["phrase"]) and y["_col"] < x["_col"] + len(x["phrase"])


def confusions(a_pos, b_pos, pairs):
    """Unmatched positives of A and B with overlapping spans in different categories: [(ai, bi)]."""
    a_free = [i for i in range(len(a_pos)) if i not in pairs]
    b_taken = set(pairs.values())
    b_free = [i for i in range(len(b_pos)) if i not in b_taken]
    out, used = [], set()
    for ai in a_free:
        for bi in b_free:
            if bi not in used and a_pos[ai]["category"] != b_pos[bi]["category"] and overlaps(a_pos[ai], b_pos[bi]):
                out.append((ai, bi))
                used.add(bi)
                break
    return out


def trap_conflicts(pos, pos_pairs_keys, other_neg):
    """Unmatched positives that the other annotator recorded as a trap: {pos index: trap index}."""
    free = [i for i in range(len(pos)) if i not in pos_pairs_keys]
    sub = [pos[i] for i in free]
    hits = pair_items(sub, other_neg)
    return {free[si]: ni for si, ni in hits.items()}


def load_classes(path):
    """disagreements.tsv: annotator, doc, line, category, phrase, class, rule, note."""
    rows = {}
    if not os.path.exists(path):
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip() or raw.startswith("#"):
                continue
            parts = raw.rstrip("\n").split("\t")
            if len(parts) < 7:
                raise InputError("%s line %d: expected annotator, doc, line, category, phrase, class, rule"
                                 " and a note, tab-separated" % (os.path.basename(path), n))
            who, doc, line, cat, phrase, cls, rule = parts[:7]
            note = parts[7] if len(parts) > 7 else ""
            if cls not in CLASSES:
                raise InputError("%s line %d: class must be one of %s, not %r"
                                 % (os.path.basename(path), n, ", ".join(CLASSES), cls))
            rows[(who, doc, int(line), cat, phrase)] = (cls, rule, note)
    return rows


def key_of(who, it):
    return (who, it["doc"], it["line"], it["category"], it["phrase"])


def lang_findings(findings, present):
    out = []
    for f in findings:
        doc = os.path.splitext(os.path.basename(f.get("path", "")))[0]
        if f.get("code") in scoring.CODE_CATEGORIES and doc in present:
            out.append(dict(doc=doc, line=f.get("line"), col=f.get("col") or 0, code=f["code"]))
    out.sort(key=lambda f: (f["doc"], f["line"], f["col"], f["code"]))
    return out


def score_tool(lang, pos, neg):
    """eval/scoring.py's scoring of findings against positives and traps.

    Returns per category and overall: (name, gold, found, findings, correct, traps, traps flagged)
    and the set of positive indexes found."""
    by_line, neg_by_line = scoring.by_doc_line(pos), scoring.by_doc_line(neg)
    hits = scoring.pair(lang, lambda f: [(gi, pos[gi]["_col"]) for gi in by_line.get((f["doc"], f["line"]), [])
                                         if pos[gi]["category"] in scoring.CODE_CATEGORIES[f["code"]]])
    rest = [i for i in range(len(lang)) if i not in hits]
    sub = [lang[i] for i in rest]
    traps = scoring.pair(sub, lambda f: [(ni, neg[ni]["_col"]) for ni in neg_by_line.get((f["doc"], f["line"]), [])
                                         if neg[ni]["category"] in scoring.CODE_CATEGORIES[f["code"]]])
    flagged = set(traps.values())
    rows = []
    for cat in CATEGORIES:
        alarms = [i for i, f in enumerate(lang) if cat in scoring.CODE_CATEGORIES[f["code"]]]
        rows.append((cat, sum(1 for g in pos if g["category"] == cat),
                     sum(1 for gi in hits.values() if pos[gi]["category"] == cat),
                     len(alarms), sum(1 for i in alarms if i in hits and pos[hits[i]]["category"] == cat),
                     sum(1 for g in neg if g["category"] == cat),
                     sum(1 for ni in flagged if neg[ni]["category"] == cat)))
    rows.append(("all", len(pos), len(hits), len(lang), len(hits), len(neg), len(flagged)))
    return rows, set(hits.values())


def gold_sets(a_pos, b_pos, a_neg, b_neg, pairs, neg_pairs):
    """The four golds: name -> (positives, traps)."""
    b_matched = set(pairs.values())
    both = [a_pos[ai] for ai in sorted(pairs)]
    either = a_pos + [b_pos[bi] for bi in range(len(b_pos)) if bi not in b_matched]
    both_neg = [a_neg[ai] for ai in sorted(neg_pairs)]
    nb_matched = set(neg_pairs.values())
    either_neg = a_neg + [b_neg[bi] for bi in range(len(b_neg)) if bi not in nb_matched]
    return [("A", a_pos, a_neg), ("B", b_pos, b_neg), ("A and B", both, both_neg), ("A or B", either, either_neg)]


def main(argv):
    ap = argparse.ArgumentParser(prog="agree.py", description=__doc__.split("\n")[0])
    ap.add_argument("docs_dir", nargs="?")
    ap.add_argument("--set", default=DEFAULT_SET, help="the labelled set (default: %(default)s)")
    ap.add_argument("--tool", action="append", default=[], metavar="LABEL=EXE",
                    help="a prosecheck to score (repeatable); default on unseen-docs: prosecheck and its "
                         "warning tier, on other sets: none")
    ap.add_argument("--no-tools", action="store_true", help="agreement only, no prosecheck run")
    ap.add_argument("-v", action="store_true", help="list every disagreement")
    for opt in ("a", "b", "manifest", "classes", "order"):
        ap.add_argument("--" + opt, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if "/" in args.set or args.set.startswith("."):
        raise InputError("--set takes a set's name, such as unseen-docs, not a path")
    for opt, path in set_paths(args.set).items():
        if getattr(args, opt) is None:
            setattr(args, opt, path)
    if not os.path.exists(args.manifest):
        raise InputError("no labelled set called %r (no %s)" % (args.set, args.manifest))
    if args.docs_dir is None:
        args.docs_dir = os.path.join(EVAL, args.set, "docs")
    tools = []
    for t in args.tool:
        if "=" not in t:
            raise InputError("--tool takes LABEL=EXE, for example --tool 'prosecheck=.venv/bin/prosecheck'")
        tools.append(tuple(t.split("=", 1)))
    # only unseen-docs is scored by default: another set may be held out for one scoring
    if not args.tool and not args.no_tools and args.set == DEFAULT_SET:
        tools = list(DEFAULT_TOOLS)

    files = doc_files(args.manifest)
    a_all, b_all = load_jsonl(args.a), load_jsonl(args.b)
    unknown = sorted({it["doc"] for it in b_all} - set(files))
    if unknown:
        raise InputError("B names documents that are not in the manifest: %s" % ", ".join(unknown))
    order = read_order(args.order, sorted(files))
    docs = annotated_docs(sorted(files), {it["doc"] for it in b_all}, order)
    texts = read_lines(args.docs_dir, files, docs, args.set)
    a = with_columns([it for it in a_all if it["doc"] in docs], texts)
    b = with_columns(b_all, texts)
    a_pos, b_pos, a_neg, b_neg = positives(a), positives(b), negatives(a), negatives(b)

    pairs = pair_items(a_pos, b_pos)
    pairs2 = pair_items(a_pos, b_pos, window=2)
    print("agreement of A (eval/%s/gold.jsonl) and B (eval/agreement/%s-b.jsonl) "
          "on %d documents" % (args.set, args.set, len(docs)))
    print("positives: A %d, B %d; traps: A %d, B %d" % (len(a_pos), len(b_pos), len(a_neg), len(b_neg)))
    print()
    print("## positives matched (same line and category, eval/scoring.py's rule)")
    fmt = "%-12s %4s %4s %8s %14s %14s %9s"
    print(fmt % ("category", "A", "B", "matched", "A found by B", "B found by A", "F1"))
    for row in agreement_rows(a_pos, b_pos, pairs):
        print(fmt % row)
    m2 = len(pairs2)
    print("within 2 lines: %d matched, A found by B %s, B found by A %s, F1 %s"
          % (m2, pct(m2, len(a_pos)), pct(m2, len(b_pos)), pct(2 * m2, len(a_pos) + len(b_pos))))
    def primed(it):
        return any(c in it["phrase"].lower().replace("\u2019", "'") for c in PRIMED_CUES)
    if args.set == DEFAULT_SET:     # only unseen-docs' B read a summary of A's addendum first
        a_un, b_un = [g for g in a_pos if not primed(g)], [g for g in b_pos if not primed(g)]
        m_un = len(pair_items(a_un, b_un))
        print("without the positives whose cue unseen-docs' README named before B annotated (%s): A %d, B %d, "
              "%d matched, F1 %s" % (", ".join(c.strip() for c in PRIMED_CUES), len(a_un), len(b_un), m_un,
                                     pct(2 * m_un, len(a_un) + len(b_un))))
    neg_pairs = pair_items(a_neg, b_neg)
    print("traps both recorded: %d (A %d, B %d)" % (len(neg_pairs), len(a_neg), len(b_neg)))
    any_a = pair_items(a, b)
    print("items recorded by both on the same line and category, whatever their label: %d of A's %d, of B's %d"
          % (len(any_a), len(a), len(b)))
    print()

    conf = confusions(a_pos, b_pos, pairs)
    print("## category confusions (same span, different category): %d" % len(conf))
    for ai, bi in conf:
        print("  %s:%d A %s %r / B %s %r" % (a_pos[ai]["doc"], a_pos[ai]["line"], a_pos[ai]["category"],
                                             a_pos[ai]["phrase"], b_pos[bi]["category"], b_pos[bi]["phrase"]))
    a_trap = trap_conflicts(a_pos, pairs.keys(), b_neg)
    b_trap = trap_conflicts(b_pos, set(pairs.values()), a_neg)
    print()
    print("## positives the other annotator recorded as a trap: A's %d, B's %d" % (len(a_trap), len(b_trap)))
    for who, pos, hits, neg in (("A", a_pos, a_trap, b_neg), ("B", b_pos, b_trap, a_neg)):
        for pi in sorted(hits, key=lambda i: (pos[i]["doc"], pos[i]["line"])):
            p, n = pos[pi], neg[hits[pi]]
            print("  %s positive %s:%d %s %r; trap %r (%s)" % (who, p["doc"], p["line"], p["category"], p["phrase"],
                                                              n["phrase"], n.get("why", "")))
    print()

    # the disagreements: every unmatched positive, with its class
    classes = load_classes(args.classes)
    b_matched = set(pairs.values())
    dis = [("A", a_pos[i]) for i in range(len(a_pos)) if i not in pairs] + \
          [("B", b_pos[i]) for i in range(len(b_pos)) if i not in b_matched]
    counts, missing = Counter(), []
    seen = set()
    for who, it in dis:
        k = key_of(who, it)
        seen.add(k)
        if k in classes:
            counts[(classes[k][0], it["category"])] += 1
            counts[(classes[k][0], "all")] += 1
        else:
            missing.append((who, it))
    stale = sorted(set(classes) - seen)
    print("## disagreements: %d positives only one annotator marked (A only %d, B only %d)"
          % (len(dis), len(a_pos) - len(pairs), len(b_pos) - len(pairs)))
    fmt3 = "%-12s" + " %12s" * 4
    print(fmt3 % (("class",) + CATEGORIES + ("all",)))
    for cls in CLASSES:
        print(fmt3 % ((cls,) + tuple(counts[(cls, c)] for c in CATEGORIES + ("all",))))
    if missing:
        print("not yet classified: %d" % len(missing))
    if stale:
        print("rows of %s that match no disagreement: %d, first %r"
              % (os.path.basename(args.classes), len(stale), stale[0]))
    if args.v:
        for who, it in sorted(dis, key=lambda d: (d[1]["doc"], d[1]["line"], d[0])):
            other = b if who == "A" else a
            near = [o for o in other if o["doc"] == it["doc"] and abs(o["line"] - it["line"]) <= 2]
            cls = classes.get(key_of(who, it), ("?", "", ""))
            print("  %s only  %s:%d %s %r  [%s %s]" % (who, it["doc"], it["line"], it["category"], it["phrase"],
                                                      cls[0], cls[1]))
            for o in near:
                print("      other: %d %s %s %r" % (o["line"], o.get("label", "positive"), o["category"], o["phrase"]))
    print()

    if not tools:
        if not args.no_tools:
            print("prosecheck not run on %s (only unseen-docs is scored by default; --tool LABEL=EXE scores one)"
                  % args.set)
        return 0
    golds = gold_sets(a_pos, b_pos, a_neg, b_neg, pairs, neg_pairs)
    a_only = [a_pos[i] for i in range(len(a_pos)) if i not in pairs]
    b_only = [b_pos[i] for i in range(len(b_pos)) if i not in b_matched]
    for label, exe in tools:
        # prosecheck runs on the folder of documents, as the set's score.py runs it
        findings, _ = scoring.run_prosecheck(exe, args.docs_dir)
        if findings is None:
            raise InputError("%s (%s) did not print JSON findings" % (label, exe))
        lang = lang_findings(findings, docs)
        print("## %s (%s): %d language findings" % (label, exe, len(lang)))
        fmt4 = "%-9s %-12s %5s %6s %7s %9s %8s %10s %14s"
        print(fmt4 % ("gold", "category", "gold", "found", "recall", "findings", "correct", "precision",
                      "traps flagged"))
        for name, pos, neg in golds:
            rows, _ = score_tool(lang, pos, neg)
            for cat, n_gold, found, n_find, correct, n_traps, t_hit in rows:
                print(fmt4 % (name, cat, n_gold, found, pct(found, n_gold), n_find, correct, pct(correct, n_find),
                              "%d/%d" % (t_hit, n_traps)))
        for name, pos in (("A only", a_only), ("B only", b_only)):
            _, found = score_tool(lang, pos, [])
            print("contested, %s: %d of %d found (%s)" % (name, len(found), len(pos), pct(len(found), len(pos))))
        print()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except InputError as e:
        print("error: %s" % e, file=sys.stderr)
        sys.exit(2)
    except BrokenPipeError:        # the reader (head, less) stopped reading: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
