#!/usr/bin/env python3
"""Findings and gold items inside block-quote callouts (trace66, sixty-sixth session).

usage: python3 eval/callouts66.py [--sets a,b] [--corpus DIR] [--list FILE]

voice.py reads a block quote that opens as a callout (``> [!NOTE]``, ``> **Note**:``, ``> Note``:
voice._admonition) as the writer's own words, so SL101/HC101/HC102 judge it; eval/real-docs'
RULES-ADDENDUM A2 says GitHub alert boxes (``> [!TIP]``, ``> [!WARNING]``) are not the writer's
words and holds no positive in them. This counts, per kind of callout (``alert``: ``[!X]``; ``admonition``: MkDocs'
``!!! note``; ``label``: a block quote opening with a bold label or a bare Note/Tip/Warning word), the sets' gold items on a callout's lines
(claims and traps) and the findings there of superlatives.Superlatives and hedging.Hedging
(in this process, default options, learnt tiers off, as eval/crossval.py runs them): right (on a
claim of its category, by the line), trap, or none (no item of its category on the line), every
tier and the warning tier, pooled over the sets before the three newest and the three newest
apart. With ``--corpus DIR`` it lists every finding inside a callout in the corpus's files (only
files with a ``>`` line opening a callout are read), for judging by hand.

Figures (sixty-sixth session's start rules): the 160 sets hold 14 documents with a callout (real-docs
6, fresh, blind, unseen, vise, cleat, froe, flute, drawknife one each; none in hod/trug/lopper):
26 lines of GitHub alerts with one gold item (real-docs' gradio ``It is best to install``, a trap,
not flagged) and 25 unmarked, 8 lines of ``> **Note**``-style callouts, all unmarked; no finding
inside any. The corpus: 156 files with an alert, 387 with a label callout, three findings inside
(an alert's SL101 warning ``still the most used``, an alert's HC102 info ``In fact, since it
operates ...``, a label's SL101 info ``This is the easiest migration path because ...``).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import crossval  # noqa: E402  (puts this tree's src first)
import scoring  # noqa: E402
from prosecheck.check import Context  # noqa: E402
from prosecheck.checks import hedging, superlatives, voice  # noqa: E402
from prosecheck.document import parse  # noqa: E402

NEWEST = ("hod-docs", "trug-docs", "lopper-docs")
CHECKS = (superlatives.Superlatives(), hedging.Hedging())
OPTIONS = [{k: o.default for k, o in c.options.items()} for c in CHECKS]
CC = scoring.CODE_CATEGORIES

_OPENS = re.compile(r"^\s*(?:>\s*(?:\[!|[*_]{2}|(?:Note|Tip|Warning|Important|Caution|Info)\b)|[!?]{3})", re.M)


def callout_lines(doc) -> dict:
    """line -> kind for every line of a block inside a callout: "alert" (a GitHub alert, which
    dialects/github.py makes an ``alert`` container, not a block quote), "admonition" (an MkDocs
    ``!!! note``, dialects/mkdocs.py), "label" (a block quote voice._admonition reads as a callout:
    "> **Note**:", "> Note")."""
    out = {}
    for b in doc.blocks:
        cs = b.containers or ()
        kind = None
        if "alert" in cs:
            kind = "alert"
        elif "admonition" in cs:
            kind = "admonition"
        elif "blockquote" in cs and voice._admonition(doc, b):
            kind = "label"
        if kind:
            for ln in range(b.start_line, b.end_line + 1):
                out[ln] = kind
    return out


def findings(doc, root):
    out = []
    for c, o in zip(CHECKS, OPTIONS):
        out.extend(d for d in c.check(doc, o, Context(root=root)) if d.code in CC)
    return out


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", type=lambda v: v.split(","), default=list(crossval.SETS))
    ap.add_argument("--corpus")
    ap.add_argument("--list")
    args = ap.parse_args(argv)
    items = defaultdict(Counter)  # (group, kind) -> label counts
    found = defaultdict(Counter)  # (group, kind, tier) -> right/trap/none
    docs_with = defaultdict(set)
    rows = []
    for name in args.sets:
        gdir = crossval.gold_dir(name, None)
        ddir = crossval.docs_dir(name, {}, gdir)
        s = crossval.read_set(name, gdir, ddir)
        group = "newest" if name in NEWEST else "before"
        by_doc = defaultdict(list)
        for g in s["items"]:
            by_doc[g["doc"]].append(g)
        for doc_id, fname in sorted(s["docs"].items()):
            path = os.path.join(ddir, fname)
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
            if not _OPENS.search(text):
                continue
            doc = parse(path, text)
            lines = callout_lines(doc)
            if not lines:
                continue
            docs_with[group].add((name, doc_id))
            marked = {g["line"] for g in by_doc.get(doc_id, ())}
            for ln, kind in lines.items():
                if doc.lines[ln - 1].strip().strip(">").strip():
                    items[(group, kind)]["lines"] += 1
                    if ln not in marked:
                        items[(group, kind)]["unmarked"] += 1
            for g in by_doc.get(doc_id, ()):
                if g["line"] in lines:
                    label = "claim" if g.get("label", "positive") == "positive" else "trap"
                    items[(group, lines[g["line"]])][label] += 1
                    rows.append("\t".join(map(str, ("item", name, doc_id, g["line"], lines[g["line"]], label,
                                                    g["category"], g["phrase"]))))
            for d in findings(doc, ddir):
                if d.line not in lines:
                    continue
                on = [g for g in by_doc.get(doc_id, ()) if g["line"] == d.line and g["category"] in CC[d.code]]
                label = ("right" if any(g.get("label", "positive") == "positive" for g in on)
                         else "trap" if on else "none")
                for tier in ("every", "warning"):
                    if tier == "warning" and (d.severity or "warning") != "warning":
                        continue
                    found[(group, lines[d.line], tier)][label] += 1
                rows.append("\t".join(map(str, ("finding", name, doc_id, d.line, lines[d.line], label, d.code,
                                                d.severity or "warning", d.message[:90]))))
    for group in ("before", "newest"):
        print("%s: %d documents with a callout" % ("sets before hod" if group == "before" else "hod/trug/lopper",
                                                   len(docs_with[group])))
        for kind in ("alert", "admonition", "label"):
            it = items[(group, kind)]
            print("  %-5s gold items inside: %d claims, %d traps; %d lines with text, %d of them unmarked" % (
                kind, it["claim"], it["trap"], it["lines"], it["unmarked"]))
            for tier in ("every", "warning"):
                f = found[(group, kind, tier)]
                print("  %-5s findings inside, %-7s tier: %d right, %d trap, %d none" % (
                    kind, tier, f["right"], f["trap"], f["none"]))
    if args.corpus:
        cf = defaultdict(Counter)
        nfiles = Counter()
        for fn in sorted(os.listdir(args.corpus)):
            path = os.path.join(args.corpus, fn)
            if not os.path.isfile(path):
                continue
            try:
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
            except (UnicodeDecodeError, OSError):
                continue
            if not _OPENS.search(text):
                continue
            doc = parse(path, text)
            lines = callout_lines(doc)
            if not lines:
                continue
            for k in set(lines.values()):
                nfiles[k] += 1
            for ln, k in lines.items():
                if doc.lines[ln - 1].strip().strip(">").strip():
                    nfiles[k + " lines"] += 1
            for d in findings(doc, args.corpus):
                if d.line in lines:
                    sev = d.severity or "warning"
                    cf[lines[d.line]][(d.code, sev)] += 1
                    rows.append("\t".join(map(str, ("corpus", fn, d.line, d.col, lines[d.line], d.code, sev,
                                                    doc.lines[d.line - 1].strip()[:300]))))
        print("corpus %s: files with a callout: %s" % (args.corpus, dict(nfiles)))
        for kind in ("alert", "admonition", "label"):
            print("  %-5s findings inside: %s" % (kind, dict(sorted(cf[kind].items()))))
    if args.list:
        with open(args.list, "w", encoding="utf-8") as fh:
            fh.write("\n".join(rows) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
