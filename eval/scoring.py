"""The scorer shared by the team's labelled sets (real-docs, fresh-docs): each set's score.py
holds its own documentation and calls :func:`run` with its folder, its name and its splits.
What is scored and how is the same for every set; read real-docs/score.py for the whole story.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_remarks  # noqa: E402  (the reviewed re-marks of the gold; imports nothing of prosecheck)

CATEGORIES = ("superlative", "hedge", "booster")
CODE_CATEGORIES = {"SL101": ("superlative",), "HC101": ("hedge",), "HC102": ("booster",),
                   "HC103": ("hedge", "booster")}


def pct(a, b):
    return "n/a" if b == 0 else "%.0f%%" % (100.0 * a / b)


def load(here, split, docs_dir=None):
    """The documents of the split ({id: file name}) and all the items, as ruled: the overlay of
    eval/gold_remarks/ applied (eval/gold_remarks.py; PROSECHECK_EVAL_GOLD=as-built for the gold as
    annotated). ``docs_dir`` (default docs/ beside the set) gives a new item its sentence."""
    docs = {}
    for line in open(os.path.join(here, "manifest.jsonl"), encoding="utf-8"):
        if line.strip():
            e = json.loads(line)
            if split == "all" or e["split"] == split:
                docs[e["id"]] = "%s.%s" % (e["id"], e.get("format", "md"))
    items = gold_remarks.load_items(here, docs_dir or os.path.join(here, "docs"))
    return docs, items


def ensure_docs(here, docs_dir, docs):
    missing = [d for d in docs if not os.path.exists(os.path.join(docs_dir, docs[d]))]
    if missing and os.path.abspath(docs_dir) == os.path.join(here, "docs"):
        print("%d documents are missing: running build.sh to extract them" % len(missing))
        sys.stdout.flush()
        subprocess.call(["bash", os.path.join(here, "build.sh")], cwd=here)
        missing = [d for d in docs if not os.path.exists(os.path.join(docs_dir, docs[d]))]
    if missing:
        print("warning: %d documents are still missing and are left out: %s" % (len(missing), " ".join(missing)))
    return [d for d in docs if d not in missing]


def run_prosecheck(exe, docs_dir):
    t0 = time.time()
    base = [exe, docs_dir, "--format", "json", "--no-cache"]
    # docs/ is in each set's .gitignore (the text is not ours to commit), and prosecheck skips
    # ignored files when it walks a folder: --no-respect-gitignore, else an older prosecheck's way.
    # --picky: every tier is scored, as before the less-sure findings were hidden by default (the
    # warning tier alone is eval/judged/warning_tier.py's filter); an older prosecheck shows them all.
    for extra in (["--isolated", "--no-respect-gitignore", "--picky"], ["--isolated", "--no-respect-gitignore"],
                  ["--isolated"], []):
        proc = subprocess.run(base + extra, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if proc.returncode in (0, 1) or "unrecognized arguments" not in proc.stderr:
            break
    elapsed = time.time() - t0
    try:
        # prosecheck's JSON is at least "[]": an empty stdout is a program that failed (exit 1
        # from a traceback would otherwise score as "no findings").
        findings = json.loads(proc.stdout)
    except ValueError:
        print("error: prosecheck did not print JSON (exit %d): %s" % (proc.returncode, proc.stderr.strip()[:500]))
        return None, elapsed
    if proc.returncode not in (0, 1):
        print("warning: prosecheck exited %d: %s" % (proc.returncode, proc.stderr.strip()[:300]))
    return findings, elapsed


def pair(findings, candidates_of):
    """Greedy one-to-one pairing: findings (HC103 last) take the nearest free candidate on their line."""
    order = sorted(range(len(findings)), key=lambda i: (findings[i]["code"] == "HC103", findings[i]["doc"],
                                                         findings[i]["line"], findings[i]["col"]))
    taken, pairs = set(), {}
    for fi in order:
        f = findings[fi]
        cands = [c for c in candidates_of(f) if c[0] not in taken]
        if cands:
            ci, col = min(cands, key=lambda c: abs(c[1] - f["col"]))
            pairs[fi] = ci
            taken.add(ci)
    return pairs


def parse_args(argv, default_split):
    verbose, split, args = False, default_split, []
    rest = list(argv[1:])
    while rest:
        a = rest.pop(0)
        if a == "-v":
            verbose = True
        elif a == "--split" and rest:
            split = rest.pop(0)
        elif a.startswith("--split="):
            split = a.split("=", 1)[1]
        elif a.startswith("-"):
            # "--bogus" must not be taken for the executable (that started a download build)
            raise SystemExit("error: unknown option %r" % a)
        else:
            args.append(a)
    return verbose, split, args


# A sentence's end on a line: ". ", "? ", "!\" " and the like (a rough split: it only has to keep a
# finding from pairing with an item of another sentence on a long line).
_SENTENCE_END = re.compile(r'[.!?]["\'\u201d\u2019)\]]*\s+')


def sentence_span(line, col, length):
    """The 1-based columns ``[start, end)`` of the sentence(s) of ``line`` that hold the phrase at
    1-based ``col`` of ``length`` characters."""
    start, end = 1, len(line) + 1
    for m in _SENTENCE_END.finditer(line):
        if m.end() + 1 <= col:
            start = m.end() + 1
        elif m.start() + 1 >= col + length - 1:
            end = m.end() + 1
            break
    return start, end


def pairing_mode():
    """``line`` (the default, every figure published so far): a finding pairs with the nearest item
    of its category on its line. ``sentence`` (``PROSECHECK_EVAL_PAIRING=sentence``): only with an
    item in the same sentence of that line, which matters where one line holds a whole news story
    (auger-docs and the Lee news sets after it: RULES-ADDENDUM S11): a finding anywhere in the story would otherwise be
    credited to a positive elsewhere in it."""
    mode = os.environ.get("PROSECHECK_EVAL_PAIRING", "line")
    if mode not in ("line", "sentence"):
        raise SystemExit("error: PROSECHECK_EVAL_PAIRING must be 'line' or 'sentence', not %r" % mode)
    return mode


def by_doc_line(items):
    """``(doc, line) -> [index of each item on that line]``: the candidates a finding is paired with."""
    out = defaultdict(list)
    for i, g in enumerate(items):
        out[(g["doc"], g["line"])].append(i)
    return out


def main(argv, here, name, splits, default_split, usage):
    """Score the set in folder ``here`` (its manifest.jsonl, gold.jsonl, docs/, build.sh)."""
    verbose, split, args = parse_args(argv, default_split)
    if not args or split not in splits:
        if split not in splits:
            print("error: --split must be one of %s, not %r" % (", ".join(splits), split))
        print(usage)
        print("%s: recall 0%% precision 0%%" % name)
        return
    exe = args[0]
    if shutil.which(exe) is None:
        # Checked before build.sh downloads anything for it.
        print("error: %r is not a prosecheck executable (give the path of one, e.g. .venv/bin/prosecheck)" % exe)
        print(usage)
        print("%s: recall 0%% precision 0%%" % name)
        return
    docs_dir = args[1] if len(args) > 1 else os.path.join(here, "docs")
    docs, items = load(here, split, docs_dir)
    present = set(ensure_docs(here, docs_dir, docs))
    items = [g for g in items if g["doc"] in present]
    findings, elapsed = run_prosecheck(exe, docs_dir)
    if findings is None:
        print("%s: recall 0%% precision 0%%" % name)
        return
    print("split %s: prosecheck: %d findings in %.1f s on %d documents" % (split, len(findings), elapsed, len(present)))
    crashes = [f for f in findings if str(f.get("code", "")).startswith("PC")]
    if crashes:
        print("warning: %d core findings (crash, timeout, unreadable file), first: %s"
              % (len(crashes), crashes[0].get("message", "")[:200]))

    # the language findings in the annotated documents
    lang = []
    for f in findings:
        doc = os.path.splitext(os.path.basename(f.get("path", "")))[0]
        if f.get("code") in CODE_CATEGORIES and doc in present:
            lang.append(dict(doc=doc, line=f.get("line"), col=f.get("col") or 0, code=f["code"],
                             message=f.get("message", "")))
    # the column of each item's phrase, to pair a finding with the nearest item of its line
    texts = {}
    for g in items:
        if g["doc"] not in texts:
            with open(os.path.join(docs_dir, docs[g["doc"]]), encoding="utf-8") as fh:
                texts[g["doc"]] = fh.read().split("\n")
        lines = texts[g["doc"]]
        g["_col"] = (lines[g["line"] - 1].find(g["phrase"]) + 1) if g["line"] <= len(lines) else 0
        g["_span"] = (sentence_span(lines[g["line"] - 1], g["_col"], len(g["phrase"]))
                      if g["_col"] and pairing_mode() == "sentence" else (0, 1 << 30))
    pos = [g for g in items if g.get("label", "positive") == "positive"]
    neg = [g for g in items if g.get("label") == "negative"]
    by_line, neg_by_line = by_doc_line(pos), by_doc_line(neg)

    def near(g, f):
        return g["_span"][0] <= f["col"] < g["_span"][1]

    hits = pair(lang, lambda f: [(gi, pos[gi]["_col"]) for gi in by_line.get((f["doc"], f["line"]), [])
                                 if pos[gi]["category"] in CODE_CATEGORIES[f["code"]] and near(pos[gi], f)])
    rest = [i for i in range(len(lang)) if i not in hits]
    sub = [lang[i] for i in rest]
    trap_pairs = pair(sub, lambda f: [(ni, neg[ni]["_col"]) for ni in neg_by_line.get((f["doc"], f["line"]), [])
                                      if neg[ni]["category"] in CODE_CATEGORIES[f["code"]] and near(neg[ni], f)])
    flagged = {rest[si]: ni for si, ni in trap_pairs.items()}       # finding index -> trap index

    head = ("category", "gold", "found", "recall", "alarms", "false alarms", "precision", "traps flagged")
    fmt = "%-12s %5s %6s %7s %7s %13s %10s %14s"
    print(fmt % head)
    tot_gold = tot_found = 0
    for cat in CATEGORIES:
        n_gold = sum(1 for g in pos if g["category"] == cat)
        n_found = sum(1 for gi in hits.values() if pos[gi]["category"] == cat)
        alarms = [i for i, f in enumerate(lang) if cat in CODE_CATEGORIES[f["code"]]]
        correct = sum(1 for i in alarms if i in hits and pos[hits[i]]["category"] == cat)
        n_traps = sum(1 for g in neg if g["category"] == cat)
        t_hit = sum(1 for ni in flagged.values() if neg[ni]["category"] == cat)
        print(fmt % (cat, n_gold, n_found, pct(n_found, n_gold), len(alarms), len(alarms) - correct,
                     pct(correct, len(alarms)), "%d/%d" % (t_hit, n_traps)))
        tot_gold += n_gold
        tot_found += n_found
    n_alarms, n_true = len(lang), len(hits)
    print(fmt % ("all", tot_gold, tot_found, pct(tot_found, tot_gold), n_alarms, n_alarms - n_true,
                 pct(n_true, n_alarms), "%d/%d" % (len(flagged), len(neg))))
    if verbose:
        found = set(hits.values())
        for gi, g in enumerate(pos):
            if gi not in found:
                print("  missed   %s:%d %s %r" % (g["doc"], g["line"], g["category"], g["phrase"]))
        for i, f in enumerate(lang):
            if i not in hits:
                trap = " (trap: %r)" % neg[flagged[i]]["phrase"] if i in flagged else ""
                print("  false    %s:%d:%d %s %s%s" % (f["doc"], f["line"], f["col"], f["code"], f["message"][:80], trap))
    print("%s: recall %s precision %s" % (name, pct(tot_found, tot_gold).replace("n/a", "0%"),
                                                 pct(n_true, n_alarms).replace("n/a", "0%")))



def run(argv, here, name, splits, default_split, usage):
    """The scorers' entry point: never fails the caller; on any error it reports and prints the
    summary line, so a pipeline reading the last line always finds one."""
    try:
        main(argv, here, name, splits, default_split, usage)
    except SystemExit as e:
        print(e)
        print(usage)
        print("%s: recall 0%% precision 0%%" % name)
    except Exception as e:
        print("error: %r" % (e,))
        print("%s: recall 0%% precision 0%%" % name)
    return 0
