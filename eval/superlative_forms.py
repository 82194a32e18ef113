#!/usr/bin/env python3
"""Which superlative forms the labelled sets hold and whether SL101's lexicon knows them (issue 11).

usage: python3 eval/superlative_forms.py BEFORE_EXE [--sets a,b] [--docs]

For every development set (crossval.SETS) it reads the gold superlative items, positives and
negatives, and lists each superlative FORM in their phrases: an ``-est`` word whose stem is a word
with an ``-er`` comparative (est_forms.py decides), an irregular (best,
worst, foremost, utmost, ...) or ``most``/``least`` + a word. Each form is marked known (in the
lexicon's trigger words) or not. BEFORE_EXE's misses (score.py -v) give the positives missed that
hold an unknown form: the count by form is what a larger lexicon could win at most. ``--docs`` also
counts the unknown forms in the sets' documents (what a new form could add, right or wrong).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from score_all import NEWS_DEV_SCORE, development_sets  # noqa: E402
import gold_remarks  # noqa: E402

IRREGULAR = {"best", "worst", "foremost", "utmost", "uttermost", "innermost", "outermost", "topmost",
             "uppermost", "farthest", "furthest", "least", "most", "hindmost", "southernmost",
             "northernmost", "easternmost", "westernmost"}
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


def est_words():
    from est_forms import est_superlatives

    return est_superlatives()


def forms_in(text: str, est: frozenset) -> list:
    words = WORD.findall(text)
    out = []
    for i, w in enumerate(words):
        lw = w.lower().strip("'")
        if lw in ("most", "least"):
            if i + 1 < len(words):
                out.append(f"{lw} {words[i + 1].lower()}")
            continue
        for part in lw.split("-"):  # "second-largest", "surest-footed"
            if part in IRREGULAR or part in est:
                out.append(part)
    return out


def known(form: str, lex) -> bool:
    if " " in form:
        return form.split()[1] not in lex.most_never
    return form in lex.superlative or form in lex.starts


def missed_lines(exe: str, name: str, data: str) -> set:
    score = NEWS_DEV_SCORE if name == "news-dev" else os.path.join(HERE, name, "score.py")
    docs = "/work/data/news-dev-docs" if name == "news-dev" else os.path.join(data, name)
    out = subprocess.run([sys.executable, score, exe, docs, "-v"], capture_output=True, text=True).stdout
    miss = set()
    for line in out.splitlines():
        m = re.match(r"\s+missed\s+(\S+):(\d+) superlative ", line)
        if m:
            miss.add((m.group(1), int(m.group(2))))
    return miss


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("exe")
    ap.add_argument("--sets", type=lambda v: v.split(","), default=None)
    ap.add_argument("--data", default="/work/data")
    ap.add_argument("--docs", action="store_true")
    a = ap.parse_args()
    from prosecheck.checks.superlatives import lexicon

    lex, est = lexicon(), est_words()
    table = collections.Counter()  # (form, known, label) -> n
    missed_by = collections.Counter()
    missed_items = []
    doc_forms = collections.Counter()
    for name in a.sets or development_sets():
        gold = "/work/shared/eval/news-dev/gold.jsonl" if name == "news-dev" else os.path.join(HERE, name, "gold.jsonl")
        # as ruled (eval/gold_remarks/; PROSECHECK_EVAL_GOLD=as-built for the gold as annotated)
        items = gold_remarks.load_items(os.path.dirname(gold), os.path.join(
            a.data, "news-dev-docs" if name == "news-dev" else name), name)
        miss = missed_lines(a.exe, name, a.data)
        for it in items:
            if it.get("category") != "superlative":
                continue
            label = it.get("label")
            for f in forms_in(it.get("phrase", ""), est):
                k = known(f, lex)
                table[(f, k, label)] += 1
                if label == "positive" and not k and " " not in f and (it["doc"], it["line"]) in miss:
                    missed_by[f] += 1
                    missed_items.append((name, it["doc"], it["line"], f, it["phrase"]))
        if a.docs:
            docs = "/work/data/news-dev-docs" if name == "news-dev" else os.path.join(a.data, name)
            for root, _, files in os.walk(docs):
                for fn in files:
                    if fn.endswith((".md", ".txt", ".markdown")):
                        text = open(os.path.join(root, fn), encoding="utf-8", errors="replace").read()
                        for f in forms_in(text, est):
                            if " " not in f and not known(f, lex):
                                doc_forms[(name, f)] += 1
    print("form\tknown\tpositive\tnegative")
    forms = sorted({f for f, _, _ in table}, key=lambda f: -sum(v for (g, _, _), v in table.items() if g == f))
    for f in forms:
        k = known(f, lex)
        print(f"{f}\t{'yes' if k else 'NO'}\t{table[(f, k, 'positive')]}\t{table[(f, k, 'negative')]}")
    print("\npositives missed that hold a form the lexicon does not know:", sum(missed_by.values()))
    for f, n in missed_by.most_common():
        print(f"  {f}\t{n}")
    for row in missed_items:
        print("  ", *row, sep="  ")
    if a.docs:
        print("\nunknown forms in the documents, by form (all sets):")
        by = collections.Counter()
        for (_, f), n in doc_forms.items():
            by[f] += n
        print("  " + ", ".join(f"{f} {n}" for f, n in by.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
