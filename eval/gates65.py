#!/usr/bin/env python3
"""What each gate of superlatives._superlative (each ``return None``) hides, gate by gate (plain65).

usage: python3 eval/gates65.py [--sets a,b] [--min N] [--list FILE]

eval/ablate.py's ``sl.superlative_gates`` switches every gate of ``_superlative`` off at once. This
splits it: each call of ``_superlative`` is traced once to learn which ``return None`` (by its
line in superlatives.py) rejected it, and then, for each such line in turn, only the candidates
that line rejects are let through (as ablate's ``_ungated`` finds them: the superlative's form
after "the", a possessive or a place) and go on through the rest of the check (its exemptions and
tiers). Scored with eval/scoring.py's matching, every tier and the warning tier, both pairings,
pooled over the sets before the three newest and over the three newest apart. ``--list`` writes
every finding a gate hides, labelled right / trap / none, with the words it starts at.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ablate  # noqa: E402
import pooled_alarms  # noqa: E402
import crossval  # noqa: E402
from prosecheck.checks import superlatives  # noqa: E402

ORIG = superlatives._superlative
UNGATED = ablate._ungated(lambda *a, **k: None)
CODE = ORIG.__code__


def traced(lex, lw, words, i, prose, lowercase=frozenset(), said_rank=None):
    """(result, line of the return that gave it)."""
    seen = []

    def local(frame, event, arg):
        if event == "return" and frame.f_code is CODE:
            seen.append(frame.f_lineno)
        return local

    def glob(frame, event, arg):
        return local if frame.f_code is CODE else None

    sys.settrace(glob)
    try:
        r = ORIG(lex, lw, words, i, prose, lowercase, said_rank)
    finally:
        sys.settrace(None)
    return r, (seen[-1] if seen else None)


def releasing(gate, census=None):
    def sup(lex, lw, words, i, prose, lowercase=frozenset(), said_rank=None):
        r, line = traced(lex, lw, words, i, prose, lowercase, said_rank)
        if r is not None:
            return r
        u = UNGATED(lex, lw, words, i, prose, lowercase, said_rank)
        if u is None:
            return None
        if census is not None:
            census[line] += 1
        return u if line == gate else None
    return sup


def near_of(s, pairing):
    if pairing == "sentence":
        pooled_alarms.sentence_spans(s)
        return pooled_alarms.sentence_near
    return None


def counts(findings, s, pairing):
    pos, neg, hits, flagged = crossval.matches(findings, s["items"], near_of(s, pairing))
    return len(hits), len(flagged), len(findings) - len(hits) - len(flagged)


def label_new(s, base, after, pairing):
    """Per finding of ``after`` not in ``base``: right / trap / none (scorer's matching)."""
    bkeys = {(f["doc"], f["line"], f["col"], f["code"], f["severity"]) for f in base}
    pos, neg, hits, flagged = crossval.matches(after, s["items"], near_of(s, pairing))
    out = []
    for k, f in enumerate(after):
        if (f["doc"], f["line"], f["col"], f["code"], f["severity"]) in bkeys or f["code"] not in ("SL101", "SL102"):
            continue
        lab = "right" if k in hits else "trap" if k in flagged else "none"
        out.append((f, lab))
    return out


def main(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--sets", type=lambda v: v.split(","), default=list(crossval.SETS))
    p.add_argument("--min", type=int, default=3)
    p.add_argument("--list")
    p.add_argument("--gates", type=lambda v: [int(x) for x in v.split(",")])
    crossval.add_data_options(p)
    a = p.parse_args(argv)
    sets = ablate.load_sets(a.sets, a.news_dev, dict(a.docs))
    SL, HC = ablate.SL, ablate.HC
    base = {s["name"]: (ablate.lint(s, SL), ablate.lint(s, HC)) for s in sets}
    census = Counter()
    superlatives._superlative = releasing(-1, census)
    try:
        for s in sets:
            ablate.lint(s, SL)
    finally:
        superlatives._superlative = ORIG
    gates = a.gates or [g for g, c in census.most_common() if c >= a.min]
    lines = open(superlatives.__file__).read().splitlines()
    lst = open(a.list, "w") if a.list else None
    print("candidates each gate rejects (census over %d sets): %s" % (len(sets), dict(census.most_common())))
    for g in gates:
        superlatives._superlative = releasing(g)
        try:
            off = {s["name"]: ablate.lint(s, SL) for s in sets}
        finally:
            superlatives._superlative = ORIG
        print("\n== gate line %d: %s" % (g, lines[g - 1].strip()[:90]))
        for pairing in ("line", "sentence"):
            for tier in ("all", "warning"):
                agg = {"old": [0, 0, 0, set()], "new": [0, 0, 0, set()]}
                for s in sets:
                    b = base[s["name"]][0] + base[s["name"]][1]
                    o = off[s["name"]] + base[s["name"]][1]
                    if tier == "warning":
                        b, o = ablate.warning_only(b), ablate.warning_only(o)
                    cb, co = counts(b, s, pairing), counts(o, s, pairing)
                    d = (co[0] - cb[0], co[1] - cb[1], co[2] - cb[2])
                    grp = "new" if s["name"] in ablate.NEWEST else "old"
                    for k in range(3):
                        agg[grp][k] += d[k]
                    if d[0] > 0:
                        agg[grp][3].add(s["name"])
                    if lst and tier == "all":
                        for f, lab in label_new(s, b, o, pairing):
                            doc_path = os.path.join(s["dir"], s["docs"][f["doc"]])
                            with open(doc_path, encoding="utf-8") as fh:
                                ltxt = fh.read().splitlines()[f["line"] - 1]
                            lst.write("%d\t%s\t%s\t%s\t%s\t%s:%d:%d\t%s\t%s\n" % (
                                g, pairing, lab, f["severity"], s["name"], f["doc"], f["line"], f["col"],
                                ltxt[max(0, f["col"] - 1):f["col"] + 70], ltxt[max(0, f["col"] - 61):max(0, f["col"] - 1)]))
                print("  %-8s %-7s  154: right %3d trap %3d none %3d (right in %2d sets)   newest: %2d / %2d / %2d (%d sets)" % (
                    pairing, tier, *agg["old"][:3], len(agg["old"][3]), *agg["new"][:3], len(agg["new"][3])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
