#!/usr/bin/env python3
"""Leave-one-set-out evaluation of the language checks: the rules, and the trained claim model.

usage: python3 eval/crossval.py [--sets news-dev,real-docs,...,chisel-docs] [--news-dev DIR]
                                [--docs NAME=DIR ...] [--embed sentence|window|both [--scale S] [--c C] [--pca K | --proto]
                                [--add-only] [--embedding-only]] [--filter-only] [--test NAME,...] [-v]

For each of the one hundred and sixty labelled sets, in turn held out: the claim model
(src/prosecheck/checks/claim_model.py) is trained on the other sets, its thresholds
chosen on those alone (each of them held out in turn inside the training sets, the
threshold that gives the best F1 on those inner predictions), and it is scored on the held-out
set. The rules as they are are scored on the same set. Both are scored with eval/scoring.py's
matching (same line, nearest column, one finding per item; HC103 counts for hedge and booster)
over every document of the set (split "all"); warning and info findings count alike, as in the
sets' score.py.

The rules were tuned on the sets themselves (news-dev, real-docs and fresh-docs; blind-docs, unseen-docs,
sealed-docs, vault-docs, cellar-docs, attic-docs, loft-docs, ember-docs, hearth-docs, kiln-docs, forge-docs, quarry-docs, anvil-docs, bellows-docs, tongs-docs and chisel-docs, each scored once while held out, are development sets now too), so
their figure on a "held-out" set is optimistic; the model's weights and thresholds never saw the
held-out set. A set that is still held out must not be added here before its one measurement.

--embed adds a third column: a model with a sentence embedding beside the same features
(eval/embedding.py, the [embed] extra; eval/README.md has the figures and variants).
Embeddings are cached in eval/.cache/embeddings.jsonl.
The same document is never in training and test (a fold is a whole set).

Where the data is: gold and manifest of news-dev in --news-dev (default: ../shared/eval/news-dev
beside the repository, or /work/shared/eval/news-dev), of the others in eval/<set>/; built
documents in /work/data/<set> (news-dev: /work/data/news-dev-docs), or eval/<set>/docs, or
--docs NAME=DIR. prosecheck is run in this process (the checks' check(), default options), not
through the command line, so the rules' figures equal score.py's only when the built documents
are the same. Deterministic: the same data gives the same table, byte for byte.
--filter-only scores, in place of the model, the model as a filter on the rules' findings: the
rules' findings kept when the model (trained on the rules' findings alone) scores them at or
above a threshold per category, nothing added, every tier the rules' own (eval/README.md).
--test NAME,... trains on every set of --sets and scores only the named sets (no leave-one-out):
the check of a set that is not a development set, once.
Needs scikit-learn: pip install -e '.[train]'.
"""

from __future__ import annotations

import argparse

import json
import os
import sys
from bisect import bisect_right
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "src"))

import scoring  # noqa: E402
import gold_remarks  # noqa: E402
from prosecheck.check import Context  # noqa: E402
from prosecheck.checks import claim_model, hedging, superlatives  # noqa: E402
from prosecheck.checks.support import Support  # noqa: E402
from prosecheck.checks.trigger_search import flagged_sentences  # noqa: E402
from prosecheck.checks.voice import writers_own  # noqa: E402
from prosecheck.document import parse  # noqa: E402

SETS = ("news-dev", "real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs", "attic-docs",
        "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
        "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs",
        "gouge-docs", "rasp-docs", "lathe-docs", "awl-docs", "vise-docs", "brace-docs",
        "clamp-docs", "plane-docs", "auger-docs", "adze-docs",
        "hone-docs", "whet-docs", "drill-docs", "saw-docs",
        "wedge-docs", "punch-docs", "plumb-docs",
        "trowel-docs", "sledge-docs", "spade-docs",
        "rake-docs", "maul-docs", "bevel-docs",
        "pick-docs", "hoe-docs", "scythe-docs",
        "sickle-docs", "froe-docs", "gimlet-docs",
        "reamer-docs", "spoke-docs", "tenon-docs",
        "dowel-docs", "ratchet-docs", "hatchet-docs",
        "rivet-docs", "spline-docs", "burin-docs", "kerf-docs", "shim-docs", "bodkin-docs",
        "jig-docs", "tang-docs", "pawl-docs",
        "lug-docs", "cleat-docs", "gauge-docs",
        "tine-docs", "nib-docs", "cog-docs",
        "burr-docs", "shank-docs", "flute-docs",
        "peg-docs", "quill-docs", "chock-docs",
        "scribe-docs", "mortise-docs", "mandrel-docs",
        "dado-docs", "ferrule-docs", "spindle-docs",
        "gusset-docs", "jointer-docs", "arbor-docs",
        "rabbet-docs", "holdfast-docs", "caliper-docs",
        "mitre-docs", "bradawl-docs", "drawknife-docs",
        "scraper-docs", "dovetail-docs", "spokeshave-docs",
        "trammel-docs", "scorp-docs", "fillister-docs",
        "chamfer-docs", "router-docs", "burnisher-docs",
        "pincer-docs", "hacksaw-docs", "spudger-docs",
        "coping-docs", "nailset-docs", "cramp-docs",
        "pliers-docs", "wrench-docs", "sander-docs",
        "chuck-docs", "collet-docs", "dolly-docs",
        "mattock-docs", "billhook-docs", "sprig-docs",
        "swage-docs", "fuller-docs", "crowbar-docs",
        "wimble-docs", "strop-docs", "brad-docs",
        "knurl-docs", "swarf-docs", "sprue-docs",
        "riffler-docs", "dibber-docs", "brayer-docs",
        "peen-docs", "hasp-docs", "fid-docs",
        "tamp-docs", "quoin-docs", "snips-docs",
        "hob-docs", "sett-docs", "drift-docs",
        "gad-docs", "nock-docs", "crimp-docs",
        "gib-docs", "tenter-docs", "shive-docs",
        "loy-docs", "slick-docs", "hardy-docs",
        "scutch-docs", "twybil-docs", "kevel-docs",
        "slane-docs", "hackle-docs", "swingle-docs",
        "flail-docs", "dibble-docs", "mell-docs",
        "pritchel-docs", "bolster-docs", "flatter-docs",
        "hod-docs", "trug-docs", "lopper-docs")
CATEGORIES = claim_model.CATEGORIES
LANG_CODES = ("SL101", "HC101", "HC102", "HC103")
# Probabilities tried as thresholds.
GRID = tuple(round(0.05 * k, 2) for k in range(1, 20))
#: Words either side of a candidate's trigger in its "window" (embedded in the window variant).
WINDOW = 5
#: The precision a class must reach on the training sets' inner predictions to be a warning.
WARNING_PRECISION = 0.8


# --- the sets --------------------------------------------------------------------------------

def gold_dir(name: str, news_dev: str | None) -> str:
    if name != "news-dev":
        return os.path.join(HERE, name)
    for d in (news_dev, os.environ.get("NEWS_DEV"), os.path.join(os.path.dirname(ROOT), "shared", "eval", "news-dev"),
              "/work/shared/eval/news-dev"):
        if d and os.path.exists(os.path.join(d, "gold.jsonl")):
            return d
    raise SystemExit("error: news-dev's gold.jsonl was not found: pass --news-dev DIR")


def docs_dir(name: str, given: dict, gdir: str) -> str:
    data = "/work/data/news-dev-docs" if name == "news-dev" else os.path.join("/work/data", name)
    for d in (given.get(name), data, os.path.join(gdir, "docs")):
        if d and os.path.isdir(d):
            return d
    raise SystemExit(f"error: the built documents of {name} were not found: pass --docs {name}=DIR")


def read_set(name: str, gdir: str, ddir: str) -> dict:
    """The set's documents (id -> file name) and items, each item with ``_col`` as scoring.py sets it."""
    docs = {}
    for line in open(os.path.join(gdir, "manifest.jsonl"), encoding="utf-8"):
        if line.strip():
            e = json.loads(line)
            docs[e["id"]] = "%s.%s" % (e["id"], e.get("format", "md"))
    docs = {d: f for d, f in docs.items() if os.path.exists(os.path.join(ddir, f))}
    # As ruled: the overlay of eval/gold_remarks/ (PROSECHECK_EVAL_GOLD=as-built: as annotated).
    items = gold_remarks.load_items(gdir, ddir, name)
    items = [g for g in items if g["doc"] in docs]
    lines = {}
    for g in items:
        if g["doc"] not in lines:
            with open(os.path.join(ddir, docs[g["doc"]]), encoding="utf-8") as fh:
                lines[g["doc"]] = fh.read().split("\n")
        ls = lines[g["doc"]]
        g["_col"] = (ls[g["line"] - 1].find(g["phrase"]) + 1) if g["line"] <= len(ls) else 0
    return {"name": name, "dir": ddir, "docs": docs, "items": items}


def lint_set(s: dict) -> None:
    """Run the rules on every document; keep their findings and the model's candidates."""
    checks = {"superlative": superlatives.Superlatives(), "hedging": hedging.Hedging()}
    options = {c.name: {k: o.default for k, o in c.options.items()} for c in checks.values()}
    positives = defaultdict(list)
    for g in s["items"]:
        if g.get("label", "positive") == "positive":
            positives[(g["doc"], g["category"], g["line"])].append(g)
    s["rules"], s["candidates"], s["sentences"] = [], [], {}
    items_of = defaultdict(list)
    for g in s["items"]:
        items_of[g["doc"]].append(g)
    for doc_id in sorted(s["docs"]):
        path = os.path.join(s["dir"], s["docs"][doc_id])
        with open(path, encoding="utf-8") as fh:
            doc = parse(path, fh.read())
        context = Context(root=s["dir"])
        diags = []
        for c in checks.values():
            diags.extend(c.check(doc, options[c.name], context))
        sentences = doc.sentences
        starts = [x.offset for x in sentences]
        at = lambda offset: max(0, bisect_right(starts, offset) - 1)  # noqa: E731 (the sentence holding it)
        for x in sentences:
            s["sentences"][(doc_id, x.index)] = x.text
        for d in diags:
            if d.code in LANG_CODES:
                s["rules"].append(dict(doc=doc_id, line=d.line, col=d.col, code=d.code, severity=d.severity or "warning",
                                       sentence=at(doc.line_offset(d.line) + d.col - 1)))
        for g in items_of.get(doc_id, ()):
            g["_sentence"] = at(doc.line_offset(g["line"]) + max(g["_col"], 1) - 1) if sentences else -1
        for cand in document_candidates(doc, context, diags):
            cand["doc"] = doc_id
            cand["label"] = label(positives.get((doc_id, cand["category"], cand["line"]), ()), cand["col"], cand["rule"])
            s["candidates"].append(cand)


def document_candidates(doc, context, diags: list) -> list:
    """The claim model's candidates of ``doc`` (dicts, in the checks' order), given the rules'
    diagnostics ``diags`` of it. Also used by eval/finetuned_exe.py, on documents without gold."""
    out = []
    support = Support.for_context(doc, context)
    own = lambda sentence: writers_own(doc, sentence)  # noqa: E731
    scanned = {
        "superlative": flagged_sentences(doc, superlatives.lexicon().triggers),
        "hedge": flagged_sentences(doc, hedging.lexicon().triggers),
    }
    scanned["booster"] = scanned["hedge"]
    for cat in CATEGORIES:
        code = claim_model.CODES[cat]
        ruled = [(doc.line_offset(d.line) + d.col - 1, d) for d in diags if d.code == code]
        for cand in claim_model.candidates(doc, cat, scanned[cat], ruled, support, own):
            line, col = doc.position(cand.offset)
            words = cand.sentence.words
            first, last = words[max(0, cand.index - WINDOW)], words[min(len(words) - 1, cand.index + WINDOW)]
            out.append(dict(
                category=cat, line=line, col=col, sentence=cand.sentence.index,
                window=cand.sentence.block.prose[first.start : last.end],
                # the trigger word's characters in the sentence's text (the fine-tuned model reads there)
                span=(words[cand.index].start - cand.sentence.start, words[cand.index].end - cand.sentence.start),
                text=cand.sentence.text, rule=cand.rule is not None, features=cand.features,
            ))
    return out


def label(items: list, col: int, ruled: bool) -> int:
    """1 when an annotator marked a claim of the candidate's category here. A rule's finding is
    right when an item is on its line (the scorer's test); a trigger word the rules passed over
    only when it lies in the item's phrase ("many" is no claim in a line whose item is "hailed
    as"), or on its line when the phrase is not found on the line as written."""
    for g in items:
        if ruled or g["_col"] <= 0 or g["_col"] <= col < g["_col"] + len(g["phrase"]):
            return 1
    return 0


# --- the embeddings (the experiment of issue 11: eval/README.md) ----------------------------

CACHE = os.path.join(HERE, ".cache", "embeddings.jsonl")


def attach_embeddings(sets: list, cache: str = CACHE) -> None:
    """Give every candidate ``vec``: the embedding of its sentence and of its window
    (claim_model_embed), read from ``cache`` when embedded before (keyed by the text's hash and
    the model's name), the rest embedded now and added to it."""
    import hashlib

    import embedding as claim_model_embed

    def key(text: str) -> str:
        return hashlib.sha1((claim_model_embed.MODEL_NAME + "\0" + text).encode("utf-8")).hexdigest()

    known = {}
    if os.path.exists(cache):
        for line in open(cache, encoding="utf-8"):
            e = json.loads(line)
            known[e["key"]] = tuple(e["v"])
    texts = set()
    for s in sets:
        for c in s["candidates"]:
            texts.add(s["sentences"][(c["doc"], c["sentence"])])
            texts.add(c["window"])
    todo = sorted(t for t in texts if key(t) not in known)
    if todo:
        print("embedding %d texts (%d cached)" % (len(todo), len(texts) - len(todo)), file=sys.stderr)
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        with open(cache, "a", encoding="utf-8") as fh:
            for start in range(0, len(todo), 256):
                chunk = todo[start : start + 256]
                for t, v in zip(chunk, claim_model_embed.embed(chunk)):
                    known[key(t)] = v
                    fh.write(json.dumps({"key": key(t), "v": v}) + "\n")
    for s in sets:
        for c in s["candidates"]:
            c["vec"] = {"sentence": known[key(s["sentences"][(c["doc"], c["sentence"])])], "window": known[key(c["window"])]}


# --- scoring, as eval/scoring.py does it -----------------------------------------------------

def matches(findings: list, items: list, near=None) -> tuple:
    """``(positives, traps, hits, flagged)``: hits maps a finding's index to the positive it
    found, flagged a finding's index to the trap it flagged (scoring.py's rules). ``near(item,
    finding)``, when given, narrows an item's line to the findings it may pair with (the sentence
    pairing: ``pooled_alarms.sentence_near``)."""
    if near is None:
        def near(g, f):
            return True
    pos = [g for g in items if g.get("label", "positive") == "positive"]
    neg = [g for g in items if g.get("label") == "negative"]
    by_line, neg_by_line = defaultdict(list), defaultdict(list)
    for gi, g in enumerate(pos):
        by_line[(g["doc"], g["line"])].append(gi)
    for ni, g in enumerate(neg):
        neg_by_line[(g["doc"], g["line"])].append(ni)
    cc = scoring.CODE_CATEGORIES
    hits = scoring.pair(findings, lambda f: [(gi, pos[gi]["_col"]) for gi in by_line.get((f["doc"], f["line"]), [])
                                             if pos[gi]["category"] in cc[f["code"]] and near(pos[gi], f)])
    rest = [i for i in range(len(findings)) if i not in hits]
    sub = [findings[i] for i in rest]
    trap_pairs = scoring.pair(sub, lambda f: [(ni, neg[ni]["_col"]) for ni in neg_by_line.get((f["doc"], f["line"]), [])
                                              if neg[ni]["category"] in cc[f["code"]] and near(neg[ni], f)])
    flagged = {rest[si]: ni for si, ni in trap_pairs.items()}
    return pos, neg, hits, flagged


def tally(findings: list, items: list) -> dict:
    """Per category and "all": gold, found, alarms, correct, traps, traps flagged (scoring.py's rules)."""
    pos, neg, hits, flagged = matches(findings, items)
    cc = scoring.CODE_CATEGORIES
    out = {}
    for cat in CATEGORIES:
        alarms = [i for i, f in enumerate(findings) if cat in cc[f["code"]]]
        out[cat] = dict(
            gold=sum(1 for g in pos if g["category"] == cat),
            found=sum(1 for gi in hits.values() if pos[gi]["category"] == cat),
            alarms=len(alarms),
            correct=sum(1 for i in alarms if i in hits and pos[hits[i]]["category"] == cat),
            traps=sum(1 for g in neg if g["category"] == cat),
            flagged=sum(1 for ni in flagged.values() if neg[ni]["category"] == cat),
        )
    out["all"] = dict(gold=len(pos), found=len(hits), alarms=len(findings), correct=len(hits),
                      traps=len(neg), flagged=len(flagged))
    return out


def f1(t: dict) -> float:
    r = t["found"] / t["gold"] if t["gold"] else 0.0
    p = t["correct"] / t["alarms"] if t["alarms"] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


# --- the model on candidates -----------------------------------------------------------------

def model_findings(cands: list, probs: list, thresholds: dict) -> list:
    """Findings (scorer dicts) of the model at ``thresholds`` (category -> (warning, info)),
    chosen as claim_model.decide chooses them: every kept rule finding, one added per sentence."""
    out, best = [], {}
    for c, p in zip(cands, probs):
        warning, info = thresholds[c["category"]]
        if p < info:
            continue
        sev = "warning" if p >= warning else "info"
        f = dict(doc=c["doc"], line=c["line"], col=c["col"], code=claim_model.CODES[c["category"]], severity=sev)
        if c["rule"]:
            out.append(f)
            continue
        key = (c["doc"], c["category"], c["sentence"])
        if key not in best or p > best[key][0]:
            best[key] = (p, f)
    out.extend(f for _, f in best.values())
    return out


def ranking(cands: list, probs: list) -> str:
    """How well a model ranks the candidates the rules passed over (where the diagnosis says a
    classifier could gain): the claims among its 10, 25 and 50 likeliest, of how many claims."""
    scored = sorted(((-p, i) for i, (c, p) in enumerate(zip(cands, probs)) if not c["rule"]))
    labels = [cands[i]["label"] for _, i in scored]
    return "%d/%d/%d of %d" % (sum(labels[:10]), sum(labels[:25]), sum(labels[:50]), sum(labels))


def hc103(rules: list) -> list:
    """The rules' HC103 findings: the model leaves the mixed-signal check as it is."""
    return [f for f in rules if f["code"] == "HC103"]


def train(sets: list, variant: dict | None = None) -> dict:
    """category -> weights, trained on every candidate of ``sets``. ``variant`` (None: the
    shipped model's features alone): a model with an embedding beside them, see :func:`vector`."""
    from prosecheck.checks.claim_model_train import fit, fit_mixed

    out = {}
    for cat in CATEGORIES:
        cands = [c for s in sets for c in s["candidates"] if c["category"] == cat
                 and not (variant and variant.get("add_only") and c["rule"])
                 and not (variant and variant.get("filter_only") and not c["rule"])]
        rows = [(c["features"], c["label"]) for c in cands]
        if variant is None or "dense" not in variant:
            out[cat] = fit(rows)
            continue
        vectors = [vector(c, variant) for c in cands]
        transform = reducer(vectors, [y for _, y in rows], variant)
        if transform is not None:
            vectors = reduce(transform, vectors)
        out[cat] = fit_mixed(rows, vectors, c=variant.get("c", 0.5),
                             scale=variant.get("scale", 1.0), sparse=variant.get("sparse", True))
        out[cat]["@reduce"] = transform
    return out


def reducer(vectors: list, labels: list, variant: dict):
    """A projection of the embedding learnt on the training candidates alone, or None (the
    embedding as it is): ``pca=K``, its K principal directions; ``proto``, the one direction
    from the mean non-claim to the mean claim. Each direction is scaled to unit variance."""
    import numpy as np

    x = np.asarray(vectors, dtype=np.float64)
    mean = x.mean(axis=0)
    if variant.get("pca"):
        _u, _s, vt = np.linalg.svd(x - mean, full_matrices=False)
        m = vt[: variant["pca"]]
        m = m * np.sign(m[:, :1] + 1e-12)  # one sign per direction, whatever the solver returns
    elif variant.get("proto"):
        y = np.asarray(labels)
        if y.min() == y.max():
            return None
        m = (x[y == 1].mean(axis=0) - x[y == 0].mean(axis=0))[None, :]
    else:
        return None
    std = ((x - mean) @ m.T).std(axis=0) + 1e-9
    return mean, m, std


def reduce(transform, vectors: list) -> list:
    import numpy as np

    mean, m, std = transform
    return [tuple(v) for v in (((np.asarray(vectors, dtype=np.float64) - mean) @ m.T) / std).round(6)]


def vector(cand: dict, variant: dict) -> tuple:
    """The dense part of a candidate for ``variant["dense"]``: the embedding of its sentence
    ("sentence"), of the words around its trigger ("window"), or both one after the other."""
    kind = variant["dense"]
    if kind == "both":
        return cand["vec"]["sentence"] + cand["vec"]["window"]
    return cand["vec"][kind]


def predict(weights: dict, cands: list, variant: dict | None = None) -> list:
    if variant is None or "dense" not in variant:
        return [claim_model.probability(weights[c["category"]], c["features"]) for c in cands]
    from prosecheck.checks.claim_model_train import mixed_probability

    vectors = [vector(c, variant) for c in cands]
    for cat in CATEGORIES:  # projected all at once: one matrix product per category
        transform = weights[cat].get("@reduce")
        idx = [i for i, c in enumerate(cands) if c["category"] == cat]
        if transform is not None and idx:
            for i, v in zip(idx, reduce(transform, [vectors[i] for i in idx])):
                vectors[i] = v
    out = []
    for c, v in zip(cands, vectors):
        if c["rule"] and variant.get("add_only"):
            out.append(1.0)  # the rules' findings stay as they are
            continue
        out.append(mixed_probability(weights[c["category"]], c["features"], v))
    return out


def choose_thresholds(sets: list, variant: dict | None = None) -> dict:
    """category -> (warning, info), chosen on ``sets`` alone: each held out in turn, the model
    trained on the others predicts it; the info threshold gives the best F1 over those
    predictions, the warning threshold is the lowest at or above it whose findings are right
    at least WARNING_PRECISION of the time (1.0, no warning at all, if none is)."""
    cands, probs, items, rules = [], [], [], []
    for k, held in enumerate(sets):
        others = [s for j, s in enumerate(sets) if j != k]
        weights = train(others, variant)
        cands.extend(held["candidates"])
        probs.extend(predict(weights, held["candidates"], variant))
        items.extend(held["items"])
        rules.extend(hc103(held["rules"]))
    return thresholds_from(cands, probs, items, rules)


def thresholds_from(cands: list, probs: list, items: list, rules: list) -> dict:
    """category -> (warning, info) chosen on out-of-set predictions ``probs`` of ``cands``
    (``items`` their sets' gold, ``rules`` their HC103 findings): see :func:`choose_thresholds`."""
    chosen = {}
    for cat in CATEGORIES:
        idx = [i for i, c in enumerate(cands) if c["category"] == cat]
        sub_c, sub_p = [cands[i] for i in idx], [probs[i] for i in idx]
        scores = {}
        for t in GRID:
            found = model_findings(sub_c, sub_p, {cat: (t, t)})
            scores[t] = tally(found + rules, items)[cat]
        info = max(GRID, key=lambda t: (round(f1(scores[t]), 6), -t))
        warning = 1.0
        for t in GRID:
            sc = scores[t]
            if t >= info and sc["alarms"] and sc["correct"] / sc["alarms"] >= WARNING_PRECISION:
                warning = t
                break
        chosen[cat] = (warning, info)
    return chosen


# --- the model as a filter on the rules' findings (--filter-only) ------------------------------

#: Thresholds tried by the filter: 0.0 keeps every rule finding (the rules as they are).
FILTER_GRID = (0.0,) + GRID
#: The precision the "filt85" column's thresholds must reach on the training sets' inner
#: predictions (issue 11's target).
FILTER_PRECISION = 0.85
CATEGORY_OF = {code: cat for cat, code in claim_model.CODES.items()}


def filter_findings(rules: list, cands: list, probs: list, thresholds: dict) -> list:
    """The rules' findings (scorer dicts, HC103 aside: the caller adds it back) that the filter
    keeps at ``thresholds`` (category -> probability): a finding is dropped when the model scores
    its word below its category's threshold; a finding the model has no candidate for (its word
    is not where the model looks) is kept. Nothing is added and every tier stays the rules'."""
    prob = {(c["doc"], c["line"], c["col"], claim_model.CODES[c["category"]]): p
            for c, p in zip(cands, probs) if c["rule"]}
    out = []
    for f in rules:
        if f["code"] not in CATEGORY_OF:
            continue
        p = prob.get((f["doc"], f["line"], f["col"], f["code"]))
        if p is None or p >= thresholds[CATEGORY_OF[f["code"]]]:
            out.append(f)
    return out


def _tagged(name: str, rows: list) -> list:
    """``rows`` with the set's name before each document id: pooled sets may share ids."""
    return [dict(r, doc="%s/%s" % (name, r["doc"])) for r in rows]


def choose_filter_thresholds(sets: list, variant: dict) -> dict:
    """``{"filter": {category: t}, "filt85": {category: t}}``, chosen on ``sets`` alone (each
    held out in turn, the model trained on the others scores its rule findings): "filter" the
    threshold of the best F1 over those inner predictions (ties: the lower, keeping more);
    "filt85" the lowest whose findings are right at least FILTER_PRECISION of the time (none
    does: the one of the highest precision)."""
    cands, probs, items, rules = [], [], [], []
    for k, held in enumerate(sets):
        weights = train([s for j, s in enumerate(sets) if j != k], variant)
        ruled = [c for c in held["candidates"] if c["rule"]]
        cands.extend(_tagged(held["name"], ruled))
        probs.extend(predict(weights, ruled, variant))
        items.extend(_tagged(held["name"], held["items"]))
        rules.extend(_tagged(held["name"], [f for f in held["rules"] if f["code"] in LANG_CODES]))
    return filter_thresholds_from(cands, probs, items, rules)


def filter_thresholds_from(cands: list, probs: list, items: list, rules: list) -> dict:
    """See :func:`choose_filter_thresholds`."""
    out = {"filter": {}, "filt85": {}}
    for cat in CATEGORIES:
        scores = {}
        for t in FILTER_GRID:
            kept = filter_findings(rules, cands, probs, {c: (t if c == cat else 0.0) for c in CATEGORIES})
            scores[t] = tally(kept + hc103(rules), items)[cat]
        prec = lambda t: scores[t]["correct"] / scores[t]["alarms"] if scores[t]["alarms"] else 0.0  # noqa: E731
        out["filter"][cat] = max(FILTER_GRID, key=lambda t: (round(f1(scores[t]), 6), -t))
        reach = [t for t in FILTER_GRID if scores[t]["alarms"] and prec(t) >= FILTER_PRECISION]
        out["filt85"][cat] = reach[0] if reach else max(FILTER_GRID, key=lambda t: (round(prec(t), 6), -t))
    return out


# --- the table -------------------------------------------------------------------------------

def pct(a, b):
    return "  n/a" if not b else "%4.0f%%" % (100.0 * a / b)


def row(label: str, t: dict) -> str:
    return "%-26s %4d %5d %6s %6d %7s %9s" % (
        label, t["gold"], t["found"], pct(t["found"], t["gold"]), t["alarms"], pct(t["correct"], t["alarms"]),
        "%d/%d" % (t["flagged"], t["traps"]))


def _threshold(t) -> str:
    """A model's (warning, info) thresholds, or a filter's one."""
    return "%.2f/%.2f" % t if isinstance(t, tuple) else "%.2f" % t


def add(a: dict, b: dict) -> dict:
    return {k: a.get(k, 0) + b[k] for k in b}


def _name_dir(value: str) -> tuple:
    if "=" not in value:
        raise argparse.ArgumentTypeError("give NAME=DIR, e.g. real-docs=/work/data/real-docs")
    name, folder = value.split("=", 1)
    return name, folder


def add_data_options(parser: argparse.ArgumentParser) -> None:
    """Where the sets are: the options crossval.py and train_model.py share."""
    parser.add_argument("--news-dev", metavar="DIR", help="news-dev's folder (with gold.jsonl)")
    parser.add_argument("--docs", metavar="NAME=DIR", action="append", type=_name_dir, default=[],
                        help="where a set's built documents are (repeatable)")


def main(argv: list) -> int:
    parser = argparse.ArgumentParser(prog="crossval.py", usage=__doc__.strip().splitlines()[2].removeprefix("usage: "))
    parser.add_argument("-v", dest="verbose", action="store_true", help="list what the model drops and adds")
    parser.add_argument("--sets", type=lambda v: v.split(","), default=list(SETS))
    parser.add_argument("--embed", choices=("sentence", "window", "both"),
                        help="also score a model with this embedding beside the features (needs the [embed] extra)")
    parser.add_argument("--scale", type=float, default=1.0, help="the embedding's scale against the L2 penalty")
    parser.add_argument("--c", type=float, default=0.5, help="the embedding model's C (inverse L2 strength)")
    parser.add_argument("--embedding-only", action="store_true", help="the embedding model without the named features")
    parser.add_argument("--pca", type=int, default=0, help="the embedding's K principal directions (learnt in training) in its place")
    parser.add_argument("--add-only", action="store_true",
                        help="the embedding model keeps every rule finding and judges only the words the rules passed over")
    parser.add_argument("--proto", action="store_true", help="one direction in place of the embedding: mean non-claim to mean claim")
    parser.add_argument("--filter-only", action="store_true",
                        help="in place of the model: the model as a filter on the rules' findings (keeps or drops them, adds none)")
    parser.add_argument("--test", type=lambda v: v.split(","), default=[],
                        help="train on every set of --sets and score only these sets (not development sets)")
    add_data_options(parser)
    args = parser.parse_args(argv)
    verbose, names, news_dev, given = args.verbose, args.sets, args.news_dev, dict(args.docs)
    unknown = [n for n in names if n not in SETS]
    if unknown or len(names) < 3:
        print("error: --sets takes three or more of %s" % ", ".join(SETS))
        return 2
    if set(args.test) & set(names):
        print("error: a --test set must not be among the training sets")
        return 2
    sets, tests = [], []
    for n in names + args.test:
        g = gold_dir(n, news_dev)
        s = read_set(n, g, docs_dir(n, given, g))
        lint_set(s)
        (tests if n in args.test else sets).append(s)
        print("%s: %d documents, %d items, %d rule findings, %d candidates (%d positive)" % (
            n, len(s["docs"]), len(s["items"]), len(s["rules"]), len(s["candidates"]),
            sum(c["label"] for c in s["candidates"])))
    print()
    print("Leave one set out. Rules: as they are. They were tuned on the sets themselves (news-dev, real-docs and")
    print("fresh-docs; blind-docs to chisel-docs are development sets now too), so their figure on a held-out set is optimistic.")
    print("Model: trained, and its thresholds chosen, on the other sets only; it never saw the held-out set.")
    print()
    head = "%-26s %4s %5s %6s %6s %7s %9s" % ("held out / category", "gold", "found", "recall", "alarms", "precis", "traps")
    models = {"model": None}
    if args.filter_only:
        models = {"filter": dict(filter_only=True), "filt85": dict(filter_only=True)}
        print("Filter: the rules' findings kept when the model (trained on the rules' findings of the training sets")
        print("alone) scores them at or above a threshold per category, chosen on the training sets' inner folds:")
        print("filter, the best F1; filt85, the lowest reaching %d%% precision. Nothing added; tiers the rules' own." % (
            100 * FILTER_PRECISION))
        print()
    elif args.embed:
        from embedding import EmbeddingUnavailable

        try:
            attach_embeddings(sets)
        except EmbeddingUnavailable as e:
            print("error: %s" % e, file=sys.stderr)
            return 2
        models["embed"] = dict(dense=args.embed, scale=args.scale, c=args.c, sparse=not args.embedding_only,
                               pca=args.pca, proto=args.proto, add_only=args.add_only)
        print("Embed: the model's features and the %s embedding (all-MiniLM-L6-v2) beside them, scale %g, C %g%s%s%s." % (
            args.embed, args.scale, args.c, ", the embedding alone" if args.embedding_only else "",
            ", its %d principal directions" % args.pca if args.pca else "",
            ", one direction (mean non-claim to mean claim)" if args.proto else "")
              + (" It keeps the rules' findings and judges only the words they passed over." if args.add_only else ""))
        print()
    whos = ("rules",) + tuple(models)
    totals = {who: {} for who in whos}
    macro = {}  # "rules", "rules warning tier", "rules superlative", ...: (recall, precision) per fold
    folds = [(held, sets) for held in tests] if tests else [
        (held, [s for j, s in enumerate(sets) if j != k]) for k, held in enumerate(sets)]
    sweep = []
    for held, train_sets in folds:
        rules = [f for f in held["rules"] if f["code"] in LANG_CODES]
        found, thresholds, tallies = {"rules": rules}, {}, {"rules": tally(rules, held["items"])}
        ranked = []
        if args.filter_only:
            variant = models["filter"]
            weights = train(train_sets, variant)
            probs = predict(weights, held["candidates"], variant)
            chosen = choose_filter_thresholds(train_sets, variant)
            sweep.append((held, probs))
            for who in models:
                thresholds[who] = chosen[who]
                found[who] = filter_findings(rules, held["candidates"], probs, chosen[who]) + hc103(held["rules"])
                tallies[who] = tally(found[who], held["items"])
        for who, variant in ({} if args.filter_only else models).items():
            weights = train(train_sets, variant)
            thresholds[who] = choose_thresholds(train_sets, variant)
            probs = predict(weights, held["candidates"], variant)
            ranked.append("%s %s" % (who, ranking(held["candidates"], probs)))
            found[who] = model_findings(held["candidates"], probs, thresholds[who]) + hc103(held["rules"])
            tallies[who] = tally(found[who], held["items"])
        print(head)
        print("%s  (thresholds warning/info: %s)" % (held["name"], "; ".join(
            "%s %s" % (who, ", ".join("%s %s" % (c, _threshold(t[c])) for c in CATEGORIES)) for who, t in thresholds.items())))
        for cat in CATEGORIES + ("all",):
            for who in whos:
                print(row("  %-6s %s" % (who, cat), tallies[who][cat]))
        for who in whos:
            warn = [f for f in found[who] if f["severity"] == "warning"]
            print(row("  %-6s warning tier" % who, tally(warn, held["items"])["all"]))
        if ranked:
            print("  words the rules passed over, claims among the 10/25/50 likeliest: " + "; ".join(ranked))
        print()
        for who in whos:
            t = tallies[who]
            for cat in CATEGORIES + ("all",):
                totals[who][cat] = add(totals[who].get(cat, {}), t[cat])
            w = tally([f for f in found[who] if f["severity"] == "warning"], held["items"])["all"]
            totals[who]["warning tier"] = add(totals[who].get("warning tier", {}), w)
            for part, a in [("", t["all"]), (" warning tier", w)] + [(" " + cat, t[cat]) for cat in CATEGORIES]:
                macro.setdefault(who + part, []).append(
                    (a["found"] / a["gold"] if a["gold"] else 0.0, a["correct"] / a["alarms"] if a["alarms"] else 0.0))
        if verbose:
            for who in models:
                print("  %s:" % who)
                show_differences(held, rules, found[who])
    print(head)
    print("all held-out sets pooled")
    for cat in CATEGORIES + ("all", "warning tier"):
        for who in whos:
            print(row("  %-6s %s" % (who, cat), totals[who][cat]))
    print()
    for who in [w + part for part in ("", " warning tier") + tuple(" " + c for c in CATEGORIES) for w in whos]:
        r = sum(x for x, _ in macro[who]) / len(macro[who])
        p = sum(y for _, y in macro[who]) / len(macro[who])
        print("mean over the %d held-out sets, %s: recall %.1f%% precision %.1f%% F1 %.1f%%" % (
            len(folds), who, 100 * r, 100 * p, 200 * r * p / (r + p) if r + p else 0.0))
    if sweep:
        print()
        show_sweep(sweep)
    return 0


def show_sweep(folds: list) -> None:
    """The filter at one fixed threshold for every category, pooled over the held-out sets'
    predictions ``folds`` ((set, probabilities of its candidates) pairs). Descriptive: a
    threshold read off this curve was chosen after seeing the held-out sets."""
    cands, probs, items, rules = [], [], [], []
    for held, p in folds:
        cands.extend(_tagged(held["name"], held["candidates"]))
        probs.extend(p)
        items.extend(_tagged(held["name"], held["items"]))
        rules.extend(_tagged(held["name"], [f for f in held["rules"] if f["code"] in LANG_CODES]))
    print("one fixed threshold for every category, pooled over the held-out predictions (descriptive, not held out):")
    print("%-9s %6s %7s %6s %9s %7s %7s" % ("threshold", "found", "recall", "alarms", "precision", "F1", "traps"))
    for t in FILTER_GRID:
        a = tally(filter_findings(rules, cands, probs, dict.fromkeys(CATEGORIES, t)) + hc103(rules), items)["all"]
        print("%-9.2f %6d %7s %6d %9s %6.1f%% %7s" % (t, a["found"], pct(a["found"], a["gold"]), a["alarms"],
                                                     pct(a["correct"], a["alarms"]), 100 * f1(a), "%d/%d" % (a["flagged"], a["traps"])))


def show_differences(held: dict, rules: list, found: list) -> None:
    key = lambda f: (f["doc"], f["line"], f["col"], f["code"])  # noqa: E731
    r, m = {key(f) for f in rules}, {key(f) for f in found}
    for f in sorted(r - m):
        print("  model drops  %s:%d:%d %s" % f)
    for f in sorted(m - r):
        print("  model adds   %s:%d:%d %s" % f)
    print()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
