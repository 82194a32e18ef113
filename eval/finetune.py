#!/usr/bin/env python3
"""Leave-one-set-out evaluation of a fine-tuned transformer on the claim model's candidates
(issue 11), beside the rules and the claim model; and the final model trained on all sets.

usage: python3 eval/finetune.py [--final] [--out DIR] [--epochs N] [--lr LR] [--no-prior] [--news-dev DIR] [--docs NAME=DIR ...]

The model is eval/finetune_model.py (all-MiniLM-L6-v2, its last layer
fine-tuned at the trigger word, a head per category; needs torch==2.13.0 and the [finetune]
extra). The folds, the matching, the candidates and their labels are eval/crossval.py's: each of
the seven sets held out in turn, a whole set per fold, so a document is never in training and
test. Thresholds are chosen inside the training sets only, as crossval.choose_thresholds does
(each training set predicted by a model trained on the other training sets): the model trained
without sets j and k predicts j for fold k's thresholds and k for fold j's, so the nested
leave-one-set-out takes 21 + 7 trainings.

--final also trains one model on all seven sets, its thresholds chosen on the seven held-out
predictions of the table's models (as eval/train_model.py does), and writes it to
DIR/claim_finetuned.pt (default /work/data/finetune, or $FINETUNE_DIR): outside git, rebuilt by
this command, the same bytes on every run. eval/finetuned_exe.py scores a set with it.
The frozen layers' outputs are cached in DIR/cache. Deterministic: the same data, the same table.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import crossval  # noqa: E402
import finetune_model as ft  # noqa: E402

OUT = os.environ.get("FINETUNE_DIR", "/work/data/finetune")
MODEL_FILE = "claim_finetuned.pt"
CATEGORIES = crossval.CATEGORIES


def rule_tier(features) -> str:
    for f in features:
        if f.startswith("rule="):
            return f[len("rule="):]
    return "none"


def example(c: dict) -> ft.Example:
    return ft.Example(c["text"], tuple(c["span"]), c["category"], rule_tier(c["features"]), ft.finder_state(c["features"]))


def log(msg: str) -> None:
    print("[%s] %s" % (time.strftime("%H:%M:%S"), msg), file=sys.stderr, flush=True)


def main(argv: list) -> int:
    parser = argparse.ArgumentParser(prog="finetune.py", usage=__doc__.strip().splitlines()[3].removeprefix("usage: "))
    parser.add_argument("--final", action="store_true", help="also train the final model on all seven sets")
    parser.add_argument("--out", metavar="DIR", default=OUT)
    parser.add_argument("--epochs", type=int, default=ft.Settings().epochs)
    parser.add_argument("--lr", type=float, default=ft.Settings().lr)
    parser.add_argument("--no-prior", action="store_true", help="every condition's bias starts at 0 (the first run)")
    parser.add_argument("--sets", type=lambda v: v.split(","), default=list(crossval.SETS))
    crossval.add_data_options(parser)
    args = parser.parse_args(argv)
    settings = ft.Settings(epochs=args.epochs, lr=args.lr, prior=not args.no_prior)
    t0 = time.time()
    sets = []
    for n in args.sets:
        g = crossval.gold_dir(n, args.news_dev)
        s = crossval.read_set(n, g, crossval.docs_dir(n, dict(args.docs), g))
        crossval.lint_set(s)
        sets.append(s)
        print("%s: %d documents, %d items, %d rule findings, %d candidates (%d positive)" % (
            n, len(s["docs"]), len(s["items"]), len(s["rules"]), len(s["candidates"]),
            sum(c["label"] for c in s["candidates"])))
    log("linted the sets")
    # every candidate of every set, in one encoded table; ranges[k] are set k's rows
    everything, ranges = [], []
    for s in sets:
        ranges.append(range(len(everything), len(everything) + len(s["candidates"])))
        everything.extend(s["candidates"])
    enc = ft.encode([example(c) for c in everything], cache_dir=os.path.join(args.out, "cache"))
    labels = [c["label"] for c in everything]
    log("frozen layers done: %d candidates, %d distinct inputs" % (len(everything), enc.keys.shape[0]))

    def fit_predict(without: tuple, predict_sets: tuple) -> dict:
        rows = [i for k, r in enumerate(ranges) if k not in without for i in r]
        top = ft.train(ft.subset(enc, rows), [labels[i] for i in rows], settings)
        return {k: ft.predict(top, ft.subset(enc, list(ranges[k]))) for k in predict_sets}

    n = len(sets)
    inner = {}  # (held, inner set) -> probabilities of the inner set's candidates
    for j, k in itertools.combinations(range(n), 2):
        p = fit_predict((j, k), (j, k))
        inner[(k, j)], inner[(j, k)] = p[j], p[k]
        log("trained without %s and %s" % (sets[j]["name"], sets[k]["name"]))
    outer = {}
    for k in range(n):
        outer[k] = fit_predict((k,), (k,))[k]
        log("trained without %s" % sets[k]["name"])

    whos = ("rules", "model", "tuned")
    head = "%-26s %4s %5s %6s %6s %7s %9s" % ("held out / category", "gold", "found", "recall", "alarms", "precis", "traps")
    print()
    print("Leave one set out. rules: as they are (tuned on these sets: optimistic). model: the claim model")
    print("(logistic regression over the rules' features). tuned: the fine-tuned transformer (%d epochs, lr %g, %s)." % (
        settings.epochs, settings.lr, "biases start at the rules' log-odds" if settings.prior else "biases start at 0"))
    print("Both trained, and their thresholds chosen, on the other sets only.")
    print()
    totals = {w: {} for w in whos}
    warn_totals = {w: {} for w in whos}
    macro = {w: [] for w in whos}
    macro_warn = {w: [] for w in whos}
    results = {}
    for k, held in enumerate(sets):
        train_sets = [s for j, s in enumerate(sets) if j != k]
        rules = [f for f in held["rules"] if f["code"] in crossval.LANG_CODES]
        weights = crossval.train(train_sets)
        th = {"model": crossval.choose_thresholds(train_sets)}
        probs = {"model": crossval.predict(weights, held["candidates"])}
        cands_in, probs_in, items_in, rules_in = [], [], [], []
        for j, s in enumerate(sets):
            if j != k:
                cands_in.extend(s["candidates"])
                probs_in.extend(inner[(k, j)])
                items_in.extend(s["items"])
                rules_in.extend(crossval.hc103(s["rules"]))
        th["tuned"] = crossval.thresholds_from(cands_in, probs_in, items_in, rules_in)
        probs["tuned"] = outer[k]
        found = {"rules": rules}
        for who in ("model", "tuned"):
            found[who] = crossval.model_findings(held["candidates"], probs[who], th[who]) + crossval.hc103(held["rules"])
        tallies = {w: crossval.tally(found[w], held["items"]) for w in whos}
        print(head)
        print("%s  (thresholds warning/info: %s)" % (held["name"], "; ".join(
            "%s %s" % (w, ", ".join("%s %.2f/%.2f" % (c, *t[c]) for c in CATEGORIES)) for w, t in th.items())))
        for cat in CATEGORIES + ("all",):
            for w in whos:
                print(crossval.row("  %-6s %s" % (w, cat), tallies[w][cat]))
        warn = {}
        for w in whos:
            warn[w] = crossval.tally([f for f in found[w] if f["severity"] == "warning"], held["items"])
            print(crossval.row("  %-6s warning tier" % w, warn[w]["all"]))
        print("  words the rules passed over, claims among the 10/25/50 likeliest: model %s; tuned %s" % (
            crossval.ranking(held["candidates"], probs["model"]), crossval.ranking(held["candidates"], probs["tuned"])))
        print()
        results[held["name"]] = {w: {"all": tallies[w], "warning": warn[w]["all"]} for w in whos}
        for w in whos:
            for cat in CATEGORIES + ("all",):
                totals[w][cat] = crossval.add(totals[w].get(cat, {}), tallies[w][cat])
                warn_totals[w][cat] = crossval.add(warn_totals[w].get(cat, {}), warn[w][cat])
            for t, m in ((tallies[w]["all"], macro[w]), (warn[w]["all"], macro_warn[w])):
                m.append((t["found"] / t["gold"] if t["gold"] else 0.0, t["correct"] / t["alarms"] if t["alarms"] else 0.0))
    print(head)
    print("all held-out sets pooled")
    for cat in CATEGORIES + ("all",):
        for w in whos:
            print(crossval.row("  %-6s %s" % (w, cat), totals[w][cat]))
    for w in whos:
        print(crossval.row("  %-6s warning tier" % w, warn_totals[w]["all"]))
    print()
    means = {}
    for label, m in (("all tiers", macro), ("warning tier", macro_warn)):
        for w in whos:
            r = sum(x for x, _ in m[w]) / len(m[w])
            p = sum(y for _, y in m[w]) / len(m[w])
            f = 2 * r * p / (r + p) if r + p else 0.0
            means[(label, w)] = (r, p, f)
            print("mean over the %d held-out sets, %s, %s: recall %.1f%% precision %.1f%% F1 %.1f%%" % (
                len(sets), label, w, 100 * r, 100 * p, 100 * f))
    r0, p0, f0 = means[("all tiers", "rules")]
    r1, p1, f1 = means[("all tiers", "tuned")]
    wins = (r1 > r0 and p1 >= p0) or (f1 > f0 and p1 >= p0 - 0.03)
    print("decision (all tiers, against the rules): the fine-tuned model %s" % (
        "WINS" if wins else "does not win (needs recall up at equal-or-better precision, or F1 up with precision at most 3 points down)"))
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "loso.json"), "w", encoding="utf-8") as fh:
        json.dump({"settings": settings._asdict(), "results": results}, fh, indent=1)
    log("LOSO done in %.0f s" % (time.time() - t0))

    if args.final:
        cands = [c for s in sets for c in s["candidates"]]
        probs = [p for k in range(n) for p in outer[k]]
        items = [g for s in sets for g in s["items"]]
        thresholds = crossval.thresholds_from(cands, probs, items, [f for s in sets for f in crossval.hc103(s["rules"])])
        top = ft.train(enc, labels, settings)
        notes = {"trained on": {s["name"]: {"documents": len(s["docs"]), "candidates": len(s["candidates"]),
                                            "positive candidates": sum(c["label"] for c in s["candidates"])} for s in sets},
                 "settings": settings._asdict(), "rebuild": "python3 eval/finetune.py --final"}
        path = os.path.join(args.out, MODEL_FILE)
        ft.save(top, thresholds, path, notes)
        log("wrote %s (%d bytes), thresholds %s" % (path, os.path.getsize(path), thresholds))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
