#!/usr/bin/env python3
"""Can a small learnt reading tell the sweeping universals that are claims from the rest? (SL101, issue 11,
fifty-sixth session, sweep56)

usage: python3 eval/universals.py extract [--sets a,b,...] [--cache DIR]
       python3 eval/universals.py evaluate [--cache DIR] [--no-genre] [--c C] [--inner K] [--vocab-min N]
                                           [--trigrams] [--strict-train] [--all-rows] [--by-genre] [--gbm] [-v]

The sweeping universals in the speaker's or the writer's own voice (``always``, ``never``,
``every``, ``all``, ``only``, ``no one``/``nobody``, ``nothing``, ``everyone``/``everybody``) are
the newest sets' largest class of SL101 misses, and no hand-written reading of them was right
more often than wrong over the older sets (docs/codes/SL101.md: absolute52, sweep55 and before).
This script measures whether a logistic regression over what the Document gives can separate them.

``extract`` parses every document of every set of ``crossval.SETS``, runs the superlatives check
(the rules as they are, every tier), and writes one row per sentence that holds one of the words
(the Document's words, normalised; a word inside quotation marks counts, with its ``quoted`` fact)
to ``DIR/<set>.jsonl``: the sentence's normalised words, where the universals are, the facts the
features read (the writer's own voice, a named source, a citation, the block's kind and
containers, technical writing, the manifest's genre), whether an SL101 finding of the rules lies
in the sentence, and the label: 1 when a superlative positive of the gold lies in the sentence
(its item put in a sentence as ``crossval.lint_set`` puts it), 0 otherwise (a trap or nothing),
with ``trap`` when a superlative trap does.

``evaluate`` builds the features (:func:`features`) and scores the rows the rules left (no SL101
finding in the sentence: where a learnt reading would add a finding) leaving one set out: for each
held-out set the model is trained (``claim_model_train.fit``, C 0.5, features seen three times) on
the other sets' rows; a threshold is chosen inside those training sets alone (their own
out-of-fold predictions, ``--inner`` folds of whole sets: the lowest threshold whose findings are
right at least 60% of the time, and the lowest at 70%), and applied to the held-out set. A finding
is one per sentence, so the figures are those of the sentence pairing (PROSECHECK_EVAL_PAIRING=sentence):
a finding is right when a superlative positive lies in its sentence. Printed: the curve of the
pooled held-out probabilities at fixed thresholds (descriptive), on the 127 sets before peen and on
peen, hasp and fid apart; and the thresholds chosen inside the training sets, held out.

``--no-genre`` leaves out the manifest's genre (a linter never sees it; ``technical``, the
Document's own reading, stays). ``--inner 0`` skips the thresholds (the curve alone, six times
faster). ``--gbm``: gradient-boosted trees over the same features, ten folds of whole sets, a
check that the features and not the regression's linearity set the limit. ``-v`` lists the eighty
likeliest rows held out. The figures of the fifty-sixth session: eval/README.md, "A learnt reading
of the sweeping universals" (no threshold reaches 60% held out; not shipped). Needs scikit-learn
(the [train] extra).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from bisect import bisect_right
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "src"))

import crossval  # noqa: E402
from pooled_misses import genre_group  # noqa: E402

CACHE = "/tmp/sweep56/universals"
NEWEST = ("peen-docs", "hasp-docs", "fid-docs")
#: The universals, as the Document's normalised words; ``no one`` is ``no`` before ``one``.
WORDS = frozenset("always never every all only nobody nothing everyone everybody".split())
PRECISIONS = (0.6, 0.7)


# --- extract ---------------------------------------------------------------------------------

def universals(lw: list) -> list:
    """Indices of the universals in normalised words ``lw`` (``no one`` at ``no``)."""
    out = []
    for i, w in enumerate(lw):
        if w in WORDS or (w == "no" and i + 1 < len(lw) and lw[i + 1] in ("one", "one's")):
            out.append(i)
    return out


def extract_set(name: str, out_dir: str) -> dict:
    from prosecheck.check import Context
    from prosecheck.checks import superlatives
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.checks.support import Support
    from prosecheck.checks.voice import writers_own
    from prosecheck.document import parse

    g = crossval.gold_dir(name, None)
    s = crossval.read_set(name, g, crossval.docs_dir(name, {}, g))
    genres = {}
    for line in open(os.path.join(g, "manifest.jsonl"), encoding="utf-8"):
        if line.strip():
            e = json.loads(line)
            genres[e["id"]] = e.get("genre", "news" if name == "news-dev" else None)
    check = superlatives.Superlatives()
    options = {k: o.default for k, o in check.options.items()}
    items_of = defaultdict(list)
    for it in s["items"]:
        items_of[it["doc"]].append(it)
    rows = []
    for doc_id in sorted(s["docs"]):
        path = os.path.join(s["dir"], s["docs"][doc_id])
        with open(path, encoding="utf-8") as fh:
            doc = parse(path, fh.read())
        context = Context(root=s["dir"])
        diags = [d for d in check.check(doc, options, context) if d.code == "SL101"]
        sentences = doc.sentences
        if not sentences:
            continue
        starts = [x.offset for x in sentences]
        at = lambda offset: max(0, bisect_right(starts, offset) - 1)  # noqa: E731
        ruled = defaultdict(list)
        for d in diags:
            ruled[at(doc.line_offset(d.line) + d.col - 1)].append(d.severity or "warning")
        pos, trap = defaultdict(list), defaultdict(list)
        for it in items_of.get(doc_id, ()):
            if it["category"] != "superlative":
                continue
            k = at(doc.line_offset(it["line"]) + max(it["_col"], 1) - 1)
            (pos if it.get("label", "positive") == "positive" else trap)[k].append(it["phrase"])
        support = Support.for_context(doc, context)
        genre = genres.get(doc_id)
        technical = bool(doc.technical)
        for x in sentences:
            words = x.words
            if not words:
                continue
            lw = norm_words(words)
            at_u = universals(lw)
            if not at_u:
                continue
            line, col = doc.position(words[at_u[0]].offset)
            rows.append(dict(
                set=name, doc=doc_id, sentence=x.index, line=line, col=col, text=x.text,
                lw=lw, caps=[w.text[:1].isupper() for w in words], at=at_u,
                quoted=[bool(x.quoted or words[i].quoted) for i in at_u],
                own=bool(writers_own(doc, x)), named=bool(support.named(x)), cited=bool(support.cited(x)),
                kind=x.block.kind, containers=list(x.block.containers), technical=technical,
                genre=genre, group=genre_group(genre, technical),
                ruled=ruled.get(x.index, []), label=int(bool(pos.get(x.index))),
                positives=pos.get(x.index, []), traps=trap.get(x.index, []),
            ))
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, name + ".jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r) + "\n")
    # every superlative positive of the set, and those the rules' findings leave unfound by sentence
    return dict(rows=len(rows), positive=sum(r["label"] for r in rows),
                unruled_positive=sum(r["label"] for r in rows if not r["ruled"]))


# --- features --------------------------------------------------------------------------------

_MODALS = frozenset("will would can could should must may might shall won't can't cannot couldn't wouldn't "
                    "shouldn't 'll".split())
_PAST = frozenset("was were had did wasn't weren't hadn't didn't".split())
_PRESENT_BE = frozenset("is are am 's 're isn't aren't".split())
_PERFECT = frozenset("has have 've hasn't haven't".split())
_NEG = frozenset("not n't no never nor isn't aren't wasn't weren't don't doesn't didn't won't can't cannot "
                 "haven't hasn't hadn't shouldn't wouldn't couldn't".split())
_CONDITION = frozenset("if unless whether whenever once until".split())
_SPEECH = frozenset("said says say told tell tells claim claims claimed believe believes believed think "
                    "thinks thought argue argues argued according wrote writes insist insists".split())
_SUBJECTS = {"i": "i", "we": "we", "you": "you", "he": "3sg", "she": "3sg", "it": "it", "they": "they",
             "this": "it", "that": "it", "there": "there", "people": "people", "who": "rel", "which": "rel",
             "one": "one", "man": "man", "men": "man", "government": "polity", "nation": "polity",
             "country": "polity", "america": "polity", "americans": "polity"}
_FIRST_SG = frozenset("i me my mine i'm i've i'd i'll myself".split())
_FIRST_PL = frozenset("we us our ours we're we've we'd we'll ourselves".split())
_SECOND = frozenset("you your yours you're you've you'd you'll yourself".split())
_COMPARE = frozenset("more less than better worse greater".split())
_TIME = frozenset("ever before history again since forever".split())
_DETERMINERS = frozenset("the a an this that these those my our your his her their its".split())
_CONTRACTIONS = ("'s", "'re", "'ve", "'ll", "'d", "'m")


def _shape(w: str, cap: bool) -> str:
    if w[:1].isdigit():
        return "num"
    if w in _MODALS:
        return "modal"
    if w in _PAST:
        return "past"
    if w in _PRESENT_BE:
        return "be"
    if w in _PERFECT:
        return "perfect"
    if w.endswith("ed"):
        return "ed"
    if w.endswith("ing"):
        return "ing"
    if cap:
        return "cap"
    if w.endswith("s") and not w.endswith("ss"):
        return "s"
    return "word"


# A sentence feature for each word list the sentence shares a word with.
_WORD_FEATURES = (
    ("person=I", _FIRST_SG), ("person=we", _FIRST_PL), ("person=you", _SECOND), ("modal", _MODALS),
    ("past", _PAST), ("condition", _CONDITION), ("speech-verb", _SPEECH), ("compare", _COMPARE),
    ("time", _TIME),
)


def features(r: dict, genre: bool = True, vocab: frozenset = frozenset(), trigrams: bool = False) -> tuple:
    """The named features of a row (a sentence holding universals): the universals' words, where
    they stand and what stands around them, and the sentence's person, tense, modality, negation,
    question, quotation, reported speech, condition, figures, named source and genre."""
    lw, caps = r["lw"], r["caps"]
    n = len(lw)
    out = {"bias", "kind=" + r["kind"], "length=" + crossval.claim_model._bucket(n)}
    if genre:
        out.add("group=" + r["group"])
    if r["technical"]:
        out.add("technical")
    for c in r["containers"]:
        out.add("in=" + c)
    if not r["own"]:
        out.add("not-own")
    if r["named"]:
        out.add("named-source")
    if r["cited"]:
        out.add("cited")
    if r["ruled"]:
        out.add("ruled")
    text = r["text"].rstrip()
    if text.endswith("?"):
        out.add("question")
    if text.endswith("!"):
        out.add("exclamation")
    if any(w[:1].isdigit() for w in lw):
        out.add("figure")
    sl = set(lw)
    out.update(name for name, words in _WORD_FEATURES if sl & words)
    if any(w.endswith("est") and len(w) > 5 for w in lw) or "most" in sl:
        out.add("superlative-form")
    out.add("universals=%d" % min(len(r["at"]), 3))
    for i, q in zip(r["at"], r["quoted"]):
        u = "no-one" if lw[i] == "no" else lw[i]
        j = i + 2 if lw[i] == "no" else i + 1  # the word after the universal
        p1 = lw[i - 1] if i >= 1 else "<s>"
        n1 = lw[j] if j < n else "</s>"
        out.add("u=" + u)
        if q:
            out.add("quoted")
            out.add(u + "+quoted")
        place = "opens" if i == 0 else "early" if i <= 3 else "late" if i >= n - 4 else "mid"
        out.add("at=" + place)
        out.add(u + "+at=" + place)
        out.add(u + "+p1=" + (p1 if p1 in vocab else _shape(p1, i >= 1 and caps[i - 1])))
        out.add(u + "+n1=" + (n1 if n1 in vocab else _shape(n1, j < n and caps[j])))
        # the clause's subject: the nearest pronoun or determiner-led word before the universal
        subj = "none"
        for k in range(i - 1, max(-1, i - 5), -1):
            w = lw[k]
            base = w.split("'")[0] if "'" in w else w
            if base in _SUBJECTS:
                subj = _SUBJECTS[base]
                break
            if caps[k] and k > 0:
                subj = "name"
                break
        out.add(u + "+subj=" + subj)
        if trigrams:
            out.add("%s+%s+%s" % (p1, u, n1))
            if r["group"] != "doc" or not genre:
                out.add(u + "+subj=" + subj + "+n1=" + _shape(n1, j < n and caps[j]))
        out.add("subj=" + subj)
        # tense and modality of the universal's own clause: the words just around it
        near = lw[max(0, i - 3) : j + 3]
        for w in near:
            if w in _MODALS:
                out.add(u + "+modal")
            elif w in _PAST:
                out.add(u + "+past")
            elif w in _PERFECT:
                out.add(u + "+perfect")
            elif w in _PRESENT_BE:
                out.add(u + "+be")
        if any(w in _NEG for k, w in enumerate(lw[max(0, i - 3) : j + 3]) if w != lw[i]):
            out.add(u + "+negation")
        if n1 in _DETERMINERS:
            out.add(u + "+det-after")
        if i >= 1 and lw[i - 1] in _CONDITION:
            out.add(u + "+condition-before")
    return tuple(sorted(out))


# --- evaluate --------------------------------------------------------------------------------

def load(cache: str) -> list:
    sets = []
    for name in crossval.SETS:
        path = os.path.join(cache, name + ".jsonl")
        if not os.path.exists(path):
            raise SystemExit("error: %s is missing: run `extract` first" % path)
        sets.append((name, [json.loads(l) for l in open(path, encoding="utf-8")]))
    return sets


STRICT = False  # --strict-train: a row is trained as a claim only when a positive's phrase holds its universal


def strict_label(r: dict) -> int:
    words = {("no one" if r["lw"][i] == "no" else r["lw"][i]) for i in r["at"]}
    return int(any(w in p.lower().replace("\u2019", "'") for p in r["positives"] for w in words))


def fit(rows: list, feats: dict, c: float) -> dict:
    from prosecheck.checks.claim_model_train import fit as lr_fit

    return lr_fit([(feats[id(r)], strict_label(r) if STRICT else r["label"]) for r in rows], c=c)


def prob(weights: dict, f: tuple) -> float:
    return crossval.claim_model.probability(weights, f)


GRID = tuple(round(0.05 * k, 2) for k in range(1, 20))


def lowest_reaching(rows_probs: list, precision: float):
    """The lowest threshold of GRID whose findings (rows at or above it) are right at least
    ``precision`` of the time, or None."""
    for t in GRID:
        sel = [r["label"] for r, p in rows_probs if p >= t]
        if sel and sum(sel) / len(sel) >= precision:
            return t
    return None


def curve_line(label: str, rows_probs: list, t: float, gold: int) -> str:
    sel = [(r, p) for r, p in rows_probs if p >= t]
    right = sum(r["label"] for r, _ in sel)
    traps = sum(1 for r, _ in sel if r["traps"] and not r["label"])
    sets = len({r["set"] for r, _ in sel if r["label"]})
    return "%-12s %5.2f %6d %6d %7s %7s %6d %5d" % (label, t, len(sel), right, crossval.pct(right, len(sel)),
                                                    crossval.pct(right, gold), traps, sets)


def groups_of(names: list, args) -> list:
    """The groups a curve is printed for: ``(label, sets[, genre group])``."""
    old = [n for n in names if n not in NEWEST]
    groups = [("127", old)] + [(n.replace("-docs", ""), [n]) for n in NEWEST] + [("trio", list(NEWEST))]
    if args.by_genre:  # the 127 sets' rows by the manifest's genre group (speech, essay, documentation)
        groups.extend(("127:" + g, old, g) for g in ("speech", "essay", "doc"))
    return groups


def gbm(names: list, open_rows: dict, train_rows: dict, feats: dict, groups: list, folds: int = 10) -> int:
    """A check on the features, not a candidate to ship: gradient-boosted trees (interactions the
    logistic regression cannot weigh) over the same features seen twenty times, ``folds`` folds of
    whole sets; the same curve."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    counts = Counter(f for n in names for r in train_rows[n] for f in feats[id(r)])
    index = {f: j for j, f in enumerate(sorted(f for f, k in counts.items() if k >= 20))}

    def matrix(rows):
        x = np.zeros((len(rows), len(index)), dtype=np.float32)
        for i, r in enumerate(rows):
            for f in feats[id(r)]:
                if f in index:
                    x[i, index[f]] = 1.0
        return x

    held = {}
    for f in range(folds):
        out = [n for j, n in enumerate(names) if j % folds == f]
        tr = [r for j, n in enumerate(names) if j % folds != f for r in train_rows[n]]
        model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=15,
                                               random_state=0)
        model.fit(matrix(tr), [r["label"] for r in tr])
        for n in out:
            p = model.predict_proba(matrix(open_rows[n]))[:, 1] if open_rows[n] else []
            held[n] = list(zip(open_rows[n], [float(v) for v in p]))
    print("gradient-boosted trees, %d folds of whole sets, %d features" % (folds, len(index)))
    print("%-12s %5s %6s %6s %7s %7s %6s %5s" % ("sets", "t", "finds", "right", "precis", "recall", "traps", "sets+"))
    for label, ns, *g in groups:
        rp = [x for n in ns for x in held[n] if not g or x[0]["group"] == g[0]]
        gold = sum(r["label"] for r, _ in rp)
        for t in GRID:
            if t >= 0.2:
                print(curve_line(label, rp, t, gold))
        print()
    return 0


def main(argv: list) -> int:
    ap = argparse.ArgumentParser(prog="universals.py")
    ap.add_argument("command", choices=("extract", "evaluate"))
    ap.add_argument("--sets", type=lambda v: v.split(","), default=list(crossval.SETS))
    ap.add_argument("--cache", default=CACHE)
    ap.add_argument("--no-genre", action="store_true")
    ap.add_argument("--c", type=float, default=0.5)
    ap.add_argument("--inner", type=int, default=5)
    ap.add_argument("--vocab-min", type=int, default=30, help="a neighbour word seen this often is named")
    ap.add_argument("--trigrams", action="store_true", help="also the universal with both neighbours")
    ap.add_argument("--strict-train", action="store_true",
                    help="train a row as a claim only when a positive's phrase holds its universal (scored as before)")
    ap.add_argument("--by-genre", action="store_true", help="also the 127 sets' curve by genre group")
    ap.add_argument("--gbm", action="store_true", help="gradient-boosted trees in place of the regression "
                    "(a check on the features; 10 folds of whole sets)")
    ap.add_argument("--all-rows", action="store_true", help="train on the rows the rules flag too")
    ap.add_argument("-v", dest="verbose", action="store_true")
    args = ap.parse_args(argv)
    global STRICT
    STRICT = args.strict_train
    if args.command == "extract":
        for name in args.sets:
            if name not in crossval.SETS:
                raise SystemExit("error: %s is not a development set" % name)
            print(name, extract_set(name, args.cache), flush=True)
        return 0
    sets = load(args.cache)
    rows = [r for _, rs in sets for r in rs]
    # frequent neighbour words are named; the rest go by their shape (vocab chosen on word counts
    # alone, no label: the same for every fold)
    counts = Counter()
    for r in rows:
        for i in r["at"]:
            j = i + 2 if r["lw"][i] == "no" else i + 1
            counts[r["lw"][i - 1] if i else "<s>"] += 1
            counts[r["lw"][j] if j < len(r["lw"]) else "</s>"] += 1
    vocab = frozenset(w for w, k in counts.items() if k >= args.vocab_min)
    feats = {id(r): features(r, genre=not args.no_genre, vocab=vocab, trigrams=args.trigrams) for r in rows}
    open_rows = {name: [r for r in rs if not r["ruled"]] for name, rs in sets}
    train_rows = {name: (rs if args.all_rows else open_rows[name]) for name, rs in sets}
    names = [n for n, _ in sets]
    print("rows (sentences holding a universal): %d; no SL101 finding in them: %d, of which a superlative positive "
          "lies in %d, a trap alone in %d" % (
              len(rows), sum(len(v) for v in open_rows.values()), sum(r["label"] for v in open_rows.values() for r in v),
              sum(1 for v in open_rows.values() for r in v if r["traps"] and not r["label"])))
    if args.gbm:
        return gbm(names, open_rows, train_rows, feats, groups_of(names, args))
    held = {}  # name -> [(row, probability)]
    chosen = {}
    for k, name in enumerate(names):
        others = [n for n in names if n != name]
        w = fit([r for n in others for r in train_rows[n]], feats, args.c)
        held[name] = [(r, prob(w, feats[id(r)])) for r in open_rows[name]]
        # thresholds chosen inside the training sets: their out-of-fold predictions, folds of whole sets
        inner = []
        for f in range(args.inner if args.inner > 1 else 0):
            out = [n for j, n in enumerate(others) if j % args.inner == f]
            keep = [n for j, n in enumerate(others) if j % args.inner != f]
            wi = fit([r for n in keep for r in train_rows[n]], feats, args.c)
            inner.extend((r, prob(wi, feats[id(r)])) for n in out for r in open_rows[n])
        chosen[name] = {p: lowest_reaching(inner, p) if inner else None for p in PRECISIONS}
        if args.verbose:
            print(name, chosen[name], flush=True)
    groups = groups_of(names, args)
    print()
    print("The curve: held-out probabilities pooled, one fixed threshold (descriptive; sentence pairing).")
    print("gold: superlative positives in the sentences the rules leave (the most a finding per sentence can reach).")
    print("%-12s %5s %6s %6s %7s %7s %6s %5s" % ("sets", "t", "finds", "right", "precis", "recall", "traps", "sets+"))
    for label, ns, *g in groups:
        rp = [x for n in ns for x in held[n] if not g or x[0]["group"] == g[0]]
        gold = sum(r["label"] for r, _ in rp)
        for t in GRID:
            if t >= 0.2:
                print(curve_line(label, rp, t, gold))
        print()
    print("Held out: each set's threshold chosen inside its training sets (the lowest reaching the precision).")
    for p in (PRECISIONS if args.inner > 1 else ()):
        for label, ns, *g in groups:
            if g:
                continue
            sel = [(r, q) for n in ns for r, q in held[n] if chosen[n][p] is not None and q >= chosen[n][p]]
            gold = sum(r["label"] for n in ns for r, _ in held[n])
            right = sum(r["label"] for r, _ in sel)
            traps = sum(1 for r, _ in sel if r["traps"] and not r["label"])
            sets_right = sorted({r["set"] for r, _ in sel if r["label"]})
            ts = Counter(chosen[n][p] for n in ns)
            print("target %d%% %-5s finds %4d right %4d (%s) recall %s of %d, traps %d, sets with a right find %d; "
                  "thresholds %s" % (100 * p, label, len(sel), right, crossval.pct(right, len(sel)),
                                     crossval.pct(right, gold), gold, traps, len(sets_right),
                                     ", ".join("%s x%d" % kv for kv in sorted(ts.items(), key=str))))
    if args.verbose:
        print()
        top = sorted((x for n in names for x in held[n]), key=lambda x: -x[1])[:80]
        for r, q in top:
            print("%.2f %s %s %s:%d %s | %s" % (q, "RIGHT" if r["label"] else ("trap " if r["traps"] else "wrong"),
                                                r["set"], r["doc"][:30], r["line"], r["text"][:160].replace("\n", " "),
                                                "; ".join(r["positives"] or r["traps"])[:80]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
