#!/usr/bin/env python3
"""Would a document's genre let an exemption hold in documentation and not in running prose?
(issue 11, eleventh session: measured, not shipped).

usage: python3 eval/genre_gates.py [-v]

The superlative exemptions were tuned for precision on the benchmark corpus (READMEs and
reference pages: "the simplest way to install", "the most common option"), while the held-out
sets that score lowest are essays, news, FAQs and announcements. This script asks whether a
signal computed once per document, from what the Document already holds, separates the claims
an exemption hides from the false alarms it saves.

Per document of the nine development sets (crossval.SETS) it computes six signals:

* ``code``: the share of the document's lines that are code (``Document.code_lines``);
* ``lists``: the share of prose words in list items and table cells;
* ``heads``: headings per 1,000 prose words;
* ``links``: links per 1,000 prose words;
* ``first``: first-person words (I, we, my, our...) per 1,000 prose words;
* ``para``: the mean length of a paragraph outside lists and tables, in words.

Then it runs eval/ablate.py (every SL exemption, -v) and joins each claim, trap and other false
alarm an exemption hides to its document's signals. For every exemption, signal, threshold and
side (``>=`` or ``<``) it counts the claims P and false alarms F hidden in the documents on that
side, and reports the split where relaxing the exemption on that side only would pass the
admission test's first two parts: P > F, positives in three sets or more, two of them among
vault-docs, cellar-docs and attic-docs. A split found this way is dredged from a few hundred
tries, so it would still need the corpus judgement and, above all, unseen text.

It also prints, for a fixed genre rule ("docs-like": code > 5% of lines, or over 10 links or 8
headings per 1,000 words, or over 30% of the words in lists and tables; else "prose"), how many
documents of each set and of the benchmark corpus fall on each side, and the claims and false
alarms each exemption hides in each.

Plain-text documents (.txt: most of vault-, cellar- and attic-docs) have no code lines, lists,
headings or links by construction, so for them only ``first`` and ``para`` say anything.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import crossval  # noqa: E402
from prosecheck.document import parse  # noqa: E402

NEWEST = ("vault-docs", "cellar-docs", "attic-docs")
FIRST_PERSON = frozenset("i we my our me us i'm i've we're we've i'd we'd mine ours".split())
SIGNALS = ("code", "lists", "heads", "links", "first", "para")
CORPUS = "/work/data/bench/corpus"


def signals(path: str) -> dict:
    """The six genre signals of one document."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        text = fh.read()
    doc = parse(path, text)
    words = listed = first = 0
    paragraphs = []
    for b in doc.blocks:
        toks = b.prose.split()
        words += len(toks)
        if b.kind == "heading":
            pass
        elif b.kind == "table_cell" or "list_item" in b.containers or "table" in b.containers:
            listed += len(toks)
        else:
            paragraphs.append(len(toks))
        first += sum(1 for t in toks if t.strip(",.;:!?()\"'").lower() in FIRST_PERSON)
    words = max(words, 1)
    return {
        "code": len(doc.code_lines) / max(1, len(doc.lines)),
        "lists": listed / words,
        "heads": 1000 * len(doc.headings) / words,
        "links": 1000 * len(doc.links) / words,
        "first": 1000 * first / words,
        "para": sum(paragraphs) / max(1, len(paragraphs)),
    }


def docs_like(s: dict) -> bool:
    return s["code"] > 0.05 or s["links"] > 10 or s["heads"] > 8 or s["lists"] > 0.3


def set_signals() -> dict:
    out = {}
    for name in crossval.SETS:
        gdir = crossval.gold_dir(name, None)
        ddir = crossval.docs_dir(name, {}, gdir)
        for doc, f in crossval.read_set(name, gdir, ddir)["docs"].items():
            out[(name, doc)] = signals(os.path.join(ddir, f))
    return out


def hidden_items() -> list:
    """(exemption, claim|trap|false, set, doc) for every item an SL exemption hides (every tier)."""
    names = re.findall(r'^\s+"(sl\.[a-z0-9_.]+)"', open(os.path.join(HERE, "ablate.py"), encoding="utf-8").read(), re.M)
    out = subprocess.run([sys.executable, os.path.join(HERE, "ablate.py"), "--only", ",".join(names), "-v"],
                         capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines():
        m = re.match(r"\s+(sl\.\S+)\s+(claim|trap|false)\s+(\S+)\s+([^:\s]+):", line)
        if m:
            rows.append(m.groups())
    return rows


def best_split(rows: list, sig: dict, feature: str):
    best = None
    for t in sorted({sig[(s, d)][feature] for _, _, s, d in rows}):
        for side in (">=", "<"):
            sel = [r for r in rows if (sig[(r[2], r[3])][feature] >= t) == (side == ">=")]
            p = sum(1 for r in sel if r[1] == "claim")
            f = len(sel) - p
            sets = {r[2] for r in sel if r[1] == "claim"}
            admits = p > f and len(sets) >= 3 and len(sets & set(NEWEST)) >= 2
            key = (admits, p - f)
            if best is None or key > best[0]:
                best = (key, side, t, p, f, sorted(sets))
    return best


def corpus_share() -> tuple:
    like = prose = 0
    for root, _, files in os.walk(CORPUS):
        for f in files:
            if f.endswith((".md", ".markdown", ".txt")):
                if docs_like(signals(os.path.join(root, f))):
                    like += 1
                else:
                    prose += 1
    return like, prose


def main(argv: list) -> int:
    parser = argparse.ArgumentParser(prog="genre_gates.py")
    parser.add_argument("-v", action="store_true", help="list every hidden item with its genre")
    parser.add_argument("--no-corpus", action="store_true", help="skip the corpus's genre shares")
    args = parser.parse_args(argv)
    sig = set_signals()
    rows = [r for r in hidden_items() if (r[2], r[3]) in sig]
    print("documents by genre (docs-like / prose):")
    per = Counter((s, docs_like(v)) for (s, _), v in sig.items())
    for name in crossval.SETS:
        print(f"  {name:12} {per[(name, True)]:4} / {per[(name, False)]:4}")
    if not args.no_corpus and os.path.isdir(CORPUS):
        like, prose = corpus_share()
        print(f"  {'corpus':12} {like:4} / {prose:4}")
    print("\nper exemption, hidden claims P / false alarms F (traps + other), by genre, then the best split of each signal")
    print("(admits = P > F, claims in 3+ sets, 2+ of them among vault/cellar/attic):")
    by_ex = defaultdict(list)
    for r in rows:
        by_ex[r[0]].append(r)
    for ex, rs in sorted(by_ex.items()):
        c = Counter((docs_like(sig[(r[2], r[3])]), r[1] == "claim") for r in rs)
        print(f"{ex:24} docs-like P/F {c[(True, True)]}/{c[(True, False)]}  prose P/F {c[(False, True)]}/{c[(False, False)]}")
        for feature in SIGNALS:
            (admits, _), side, t, p, f, sets = best_split(rs, sig, feature)
            print(f"    {feature:6} {side} {t:8.3f}: P {p} F {f} in {len(sets)} sets{'  ADMITS' if admits else ''}")
        if args.v:
            for r in rs:
                v = sig[(r[2], r[3])]
                print(f"      {r[1]:5} {r[2]} {r[3]} {'docs-like' if docs_like(v) else 'prose'} "
                      + " ".join(f"{k}={v[k]:.2f}" for k in SIGNALS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
