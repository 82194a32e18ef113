#!/usr/bin/env python3
"""plain65's class measured in one process: SL101's findings with superlative_complement on and off
(``complement_ranking`` patched to find nothing), every set of crossval.SETS, both pairings, every
tier and the warning tier, pooled over the sets before pritchel and over the three newest apart;
``--list FILE`` writes each finding the class adds, labelled right / trap / none by the sentence."""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ablate  # noqa: E402
import crossval  # noqa: E402
import gates65  # noqa: E402
from prosecheck.checks import superlatives  # noqa: E402


def main(argv):
    p = argparse.ArgumentParser()
    p.add_argument("--sets", type=lambda v: v.split(","), default=list(crossval.SETS))
    p.add_argument("--list")
    crossval.add_data_options(p)
    a = p.parse_args(argv)
    sets = ablate.load_sets(a.sets, a.news_dev, dict(a.docs))
    on = {s["name"]: ablate.lint(s, ablate.SL) for s in sets}
    hc = {s["name"]: ablate.lint(s, ablate.HC) for s in sets}
    orig = superlatives.complement_ranking
    superlatives.complement_ranking = lambda *x, **k: None
    try:
        off = {s["name"]: ablate.lint(s, ablate.SL) for s in sets}
    finally:
        superlatives.complement_ranking = orig
    lst = open(a.list, "w") if a.list else None
    for pairing in ("line", "sentence"):
        for tier in ("all", "warning"):
            agg = {"old": Counter(), "new": Counter()}
            sets_right = {"old": set(), "new": set()}
            for s in sets:
                b, o = off[s["name"]] + hc[s["name"]], on[s["name"]] + hc[s["name"]]
                if tier == "warning":
                    b, o = ablate.warning_only(b), ablate.warning_only(o)
                cb, co = gates65.counts(b, s, pairing), gates65.counts(o, s, pairing)
                g = "new" if s["name"] in ablate.NEWEST else "old"
                for k, name in enumerate(("right", "trap", "none")):
                    agg[g][name] += co[k] - cb[k]
                if co[0] > cb[0]:
                    sets_right[g].add(s["name"])
                if lst and tier == "all" and pairing == "sentence":
                    for f, lab in gates65.label_new(s, b, o, pairing):
                        path = os.path.join(s["dir"], s["docs"][f["doc"]])
                        with open(path, encoding="utf-8") as fh:
                            ltxt = fh.read().splitlines()[f["line"] - 1]
                        lst.write("%s\t%s\t%s\t%s:%d:%d\t%s\t%s\n" % (lab, f["severity"], s["name"], f["doc"], f["line"], f["col"],
                                  ltxt[max(0, f["col"] - 61):max(0, f["col"] - 1)], ltxt[f["col"] - 1:f["col"] + 70]))
            print("%-8s %-7s 154: right %+d trap %+d none %+d (right in %d sets) | newest: right %+d trap %+d none %+d (%d sets)" % (
                pairing, tier, agg["old"]["right"], agg["old"]["trap"], agg["old"]["none"], len(sets_right["old"]),
                agg["new"]["right"], agg["new"]["trap"], agg["new"]["none"], len(sets_right["new"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
