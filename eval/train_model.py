#!/usr/bin/env python3
"""Rebuild the claim model shipped in the package: src/prosecheck/checks/data/claim_model.json.

usage: python3 eval/train_model.py [--out FILE] [--news-dev DIR] [--docs NAME=DIR ...]

Trains on every candidate of the one hundred and sixty labelled sets (news-dev, real-docs, fresh-docs,
blind-docs, unseen-docs, sealed-docs, vault-docs, cellar-docs, attic-docs, loft-docs, ember-docs, hearth-docs, kiln-docs, forge-docs, quarry-docs, anvil-docs, bellows-docs, tongs-docs, chisel-docs, mallet-docs, gouge-docs, rasp-docs, lathe-docs, awl-docs, vise-docs, brace-docs, clamp-docs, plane-docs, auger-docs, adze-docs, hone-docs, whet-docs, drill-docs, saw-docs, wedge-docs, punch-docs, plumb-docs, trowel-docs, sledge-docs, spade-docs, rake-docs, maul-docs, bevel-docs, pick-docs, hoe-docs, scythe-docs, sickle-docs, froe-docs, gimlet-docs, reamer-docs, spoke-docs, tenon-docs, dowel-docs, ratchet-docs, hatchet-docs, rivet-docs, spline-docs, burin-docs, kerf-docs, shim-docs, bodkin-docs, jig-docs, tang-docs, pawl-docs, lug-docs, cleat-docs, gauge-docs, tine-docs, nib-docs, cog-docs, burr-docs, shank-docs, flute-docs, peg-docs, quill-docs, chock-docs, scribe-docs, mortise-docs, mandrel-docs, dado-docs, ferrule-docs, spindle-docs, gusset-docs, jointer-docs, arbor-docs, rabbet-docs, holdfast-docs, caliper-docs, mitre-docs, bradawl-docs, drawknife-docs, scraper-docs, dovetail-docs, spokeshave-docs, trammel-docs, scorp-docs, fillister-docs, chamfer-docs, router-docs, burnisher-docs, pincer-docs, hacksaw-docs, spudger-docs, coping-docs, nailset-docs, cramp-docs, pliers-docs, wrench-docs, sander-docs, chuck-docs, collet-docs, dolly-docs, mattock-docs, billhook-docs, sprig-docs, swage-docs, fuller-docs, crowbar-docs, wimble-docs, strop-docs, brad-docs, knurl-docs, swarf-docs, sprue-docs, riffler-docs, dibber-docs, brayer-docs, peen-docs, hasp-docs, fid-docs, tamp-docs, quoin-docs, snips-docs, hob-docs, sett-docs, drift-docs, gad-docs, nock-docs, crimp-docs, gib-docs, tenter-docs, shive-docs, loy-docs, slick-docs, hardy-docs, scutch-docs, twybil-docs, kevel-docs, slane-docs, hackle-docs, swingle-docs, flail-docs, dibble-docs, mell-docs, pritchel-docs, bolster-docs, flatter-docs, hod-docs, trug-docs, lopper-docs; where each is found: see eval/crossval.py), one logistic regression per
category (superlative, hedge, booster), and chooses each category's thresholds on the same sets
held out in turn (eval/crossval.py's choose_thresholds: a model trained on one hundred and fifty-nine sets predicts
the hundred and sixtieth). Never reads a set that is still held out. Deterministic: the same sets and the same
rules give the same file, byte for byte. Needs scikit-learn: pip install -e '.[train]'.

The model is used only where a configuration turns it on (claim_model = true in the
superlatives and hedging sections): on the leave-one-set-out evaluation it does not beat the
rules yet (eval/README.md).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import crossval  # noqa: E402
from prosecheck.checks.claim_model import CATEGORIES, parse_model  # noqa: E402
from prosecheck.checks.claim_model_train import C, MIN_COUNT, to_json  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "src", "prosecheck", "checks", "data", "claim_model.json")


def main(argv: list) -> int:
    parser = argparse.ArgumentParser(prog="train_model.py", usage=__doc__.strip().splitlines()[2].removeprefix("usage: "))
    parser.add_argument("--out", metavar="FILE", default=OUT)
    crossval.add_data_options(parser)
    args = parser.parse_args(argv)
    out, news_dev, given = args.out, args.news_dev, dict(args.docs)
    sets = []
    for name in crossval.SETS:
        g = crossval.gold_dir(name, news_dev)
        s = crossval.read_set(name, g, crossval.docs_dir(name, given, g))
        crossval.lint_set(s)
        sets.append(s)
    weights = crossval.train(sets)
    thresholds = crossval.choose_thresholds(sets)
    notes = {
        "trained on": {s["name"]: {"documents": len(s["docs"]), "candidates": len(s["candidates"]),
                                   "positive candidates": sum(c["label"] for c in s["candidates"])} for s in sets},
        "C": C, "min_count": MIN_COUNT,
        "rebuild": "python3 eval/train_model.py",
    }
    body = to_json(weights, thresholds, "", notes)
    version = "1-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]
    text = to_json(weights, thresholds, version, notes)
    parse_model(text)  # what the linter will read
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote %s (version %s): %s" % (out, version, ", ".join(
        "%s %d weights, warning >= %.2f, info >= %.2f" % (c, len(weights[c]), *thresholds[c]) for c in CATEGORIES)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
