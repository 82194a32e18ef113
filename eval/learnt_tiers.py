#!/usr/bin/env python3
"""Tiers learnt from the annotated sets, scored leave-one-set-out against the hand tiers (issue 11).

  python3 eval/learnt_tiers.py                    # the per-set table, every set (about a minute)
  python3 eval/learnt_tiers.py --curve            # and the pooled warning tier at fixed thresholds
  python3 eval/learnt_tiers.py --objective recall # the threshold held to the hand tiers' recall
  python3 eval/learnt_tiers.py --sets real-docs,kiln-docs --mode demote --no-judged --smoothing 10
  python3 eval/learnt_tiers.py --key branch --labels /tmp/labels.json   # other keys; a cache of the run

The question: would a tier set per kind of finding from the annotated data be more precise on a
set it never saw than the hand tiers? Answer on the thirteen sets (eval/README.md, "Tiers learnt
from the sets"): no. On the one hundred and eighteen sets (fifty-second session): not with the plain
key, nor keyed by genre, kind or rule branch; yes, narrowly, demoting only kinds seen at least
``--min-count`` times (chosen inside the training sets), and that table ships:

  python3 eval/learnt_tiers.py --mode demote --objective recall --min-count auto \
      --write-table src/prosecheck/checks/data/learnt_tiers.tsv

rebuilds it (prosecheck.checks.learnt_tiers reads it; the rules run here with it off,
PROSECHECK_LEARNT_TIERS=off, so the keys carry the hand tiers).

Each language finding of SL101, HC101, HC102 and HC103 is keyed by what it is: its code, the tier
the hand rules gave it, and the head of the phrase its message quotes (``head``: "one of the
fastest" -> ``fastest``, "Analysts said" -> ``analyst``). On each set it is labelled right (it is
paired with a gold positive, exactly as eval/scoring.py pairs) or wrong (a false alarm, a flagged
trap among them). SL102 has no gold in any set: only the judged samples key it.

The judged corpus samples (``eval/judged/*-corpus*.tsv``: random draws from the benchmark corpus,
judged right or wrong one by one) are a fourteenth source, never left out: each distinct finding
(file:line:col) counts once, its verdicts averaged over the samples that judged it; it is keyed by
the code of its file name, the tier it had when drawn (an older commit's: the hand tiers have moved
a little since) and the head of its term. The other judged files (rulesN-*, recall-*) list trials'
new findings, not random draws, and are not used. ``--no-judged`` leaves them out.

Estimate: a key's precision is its right count plus ``M`` times its parent's estimate, over its
count plus ``M`` (parents: code and rule tier, then code, then 50%): a rare key leans on its
parent, a new key (a head no set has seen, a class another branch adds) takes its parent's. A key
is at warning when its estimate is at or above the threshold, else at info (``--mode demote``:
only a warning key may move, to info).

Leaving set S out: the estimates come from the other sets and the judged samples only. The
threshold is chosen on the other sets too, by leaving each of them out in turn inside them:
``target``, the lowest threshold whose pooled warning tier reaches ``--target`` precision there;
``recall``, the most precise one whose warning recall there stays within two points of the hand
tiers'. S is then scored twice, hand tiers and learnt tiers: the warning tier's recall and
precision (pairing only the warning findings, as eval/judged/warning_tier.py does) and the traps
it flags. Every tier is the same for both (only tiers change).
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import scoring  # noqa: E402

#: Stands for "any head" / "any rule tier" in the back-off keys.
ANY = "*"


def _shipped_module():
    """prosecheck.checks.learnt_tiers, loaded by its path (it imports nothing of prosecheck at its
    top, so any python3 reads it): ``head`` has one definition, the one the linter applies."""
    import importlib.util

    path = os.path.join(ROOT, "src", "prosecheck", "checks", "learnt_tiers.py")
    spec = importlib.util.spec_from_file_location("_prosecheck_learnt_tiers", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


head = _shipped_module().head
TABLE = os.path.join(ROOT, "src", "prosecheck", "checks", "data", "learnt_tiers.tsv")


def development_sets():
    """crossval.SETS (news-dev first, in the order the sets joined), read from its source: importing
    crossval imports prosecheck, and this script runs with any python3 (as eval/score_all.py does)."""
    import ast

    with open(os.path.join(HERE, "crossval.py"), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "SETS" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise RuntimeError("eval/crossval.py has no SETS")


SETS = development_sets()
CODES = ("SL101", "SL102", "HC101", "HC102", "HC103")
SCORED = ("SL101", "HC101", "HC102", "HC103")
#: The codes the shipped table may name (prosecheck.checks.learnt_tiers.CODES).
TABLE_CODES = ("SL101", "HC101", "HC102")
M = 3.0                      # smoothing: how many findings a parent's estimate counts for
#: A key with fewer findings of its own than this (in the training sets and judged samples) keeps
#: the rules' tier (0: every key moves by its estimate, its parents' for a key never seen).
MIN_COUNT = 0
TARGET = 0.85                # the warning tier's precision the threshold is chosen to reach
THRESHOLDS = [round(0.30 + 0.025 * i, 3) for i in range(25)]   # 0.30 .. 0.90
_PHRASE = re.compile(r'"(.*?)" (?:is a|is an|does not|insists|mixes)')


def set_paths(name):
    if name == "news-dev":
        return "/work/shared/eval/news-dev", "/work/data/news-dev-docs"
    return os.path.join(HERE, name), "/work/data/" + name


def run_rule_tiers(exe, docs_dir):
    """prosecheck's language findings on a folder, each with the tier its hand rules gave it (the
    learnt table off: PROSECHECK_LEARNT_TIERS=off). With --picky: since the thirty-first session
    the info tier is hidden by default (prosecheck.picky), and a run without it would see the
    warning tier only."""
    base = [exe, docs_dir, "--format", "json", "--no-cache", "--isolated", "--no-respect-gitignore",
            "--select", ",".join(CODES)]
    # the hand tiers: the learnt table shipped in the package (prosecheck.checks.learnt_tiers) off
    env = dict(os.environ, PROSECHECK_LEARNT_TIERS="off")
    proc = subprocess.run(base + ["--picky"], capture_output=True, text=True, env=env)
    if proc.returncode not in (0, 1) and "unrecognized arguments" in proc.stderr:
        proc = subprocess.run(base, capture_output=True, text=True, env=env)  # an older prosecheck shows every tier
    if proc.returncode not in (0, 1):
        raise SystemExit("prosecheck failed on %s: %s" % (docs_dir, proc.stderr[-500:]))
    return json.loads(proc.stdout)


#: What a finding's key holds besides its code, rule tier and head (``--key``):
#: ``plain`` (code, tier, head); ``genre`` (code, tier, head, genre): the document technical
#: writing or not, as prosecheck.genre reads it (Document.technical, which the rules read too);
#: ``kind`` (code, tier, kind, head): the kind of claim the message names ("an absolute claim",
#: "a superlative", "who is speaking", "who holds this view"). A key is smoothed towards its
#: prefixes, so the extra part refines the plain key (genre) or the rule tier (kind).
#: ``branch`` (code, tier, branch, head): the rule branch that decided the tier (the last line that
#: set the finding's severity in the check, and when that line called a tier function, the
#: ``return`` of it that answered: ``_tier``'s ``if q is None or scoped: return None`` is one branch,
#: its last ``return None`` another), read by tracing the rules in this process (branch_labels).
#: ``kindonly`` (code, tier, kind): the kind of claim alone, every head of it pooled (promote53);
#: ``branchonly`` (code, tier, branch): the rule branch alone, read from a ``--key branch`` labels file.
KEYS = ("plain", "genre", "kind", "branch", "kindonly", "branchonly")
KEY = "plain"
_KIND = re.compile(r'"(?:.*?)" ([^:]*)')


def message_kind(message):
    """The kind of claim a message names: its words after the quoted phrase, up to the colon."""
    m = _KIND.match(message)
    return m.group(1) if m else ""


def key_of(code, message_or_phrase, severity, is_message=True, genre=None):
    phrase = message_or_phrase
    if is_message:
        m = _PHRASE.match(message_or_phrase)
        phrase = m.group(1) if m else ""
    tier = severity or "warning"
    if KEY == "genre":
        return (code, tier, head(phrase), genre if genre is not None else ANY)
    if KEY == "kind":
        return (code, tier, message_kind(message_or_phrase) if is_message else ANY, head(phrase))
    if KEY == "branch":
        return (code, tier, genre if genre is not None else ANY, head(phrase))
    if KEY == "kindonly":
        return (code, tier, message_kind(message_or_phrase) if is_message else ANY)
    return (code, tier, head(phrase))


def branch_labels(docs_dir, files):
    """``{(file name, line, col, code): branch}``: each SL101/HC101/HC102/HC103 finding of the two
    checks run in this process (this tree's src: the venv's python), with the rule branch that
    decided its tier. A branch is ``function:line text`` of the statement, so the table reads."""
    sys.path.insert(0, os.path.join(ROOT, "src"))
    import linecache

    from prosecheck.check import Context
    from prosecheck.checks import hedging, superlatives
    from prosecheck.document import parse

    from prosecheck.checks import learnt_tiers as shipped

    table_before = shipped._TABLE
    shipped._TABLE = frozenset()  # the hand tiers (the learnt table off), put back at the end
    try:
        return _branch_labels(docs_dir, files, hedging, superlatives, parse, Context, linecache)
    finally:
        shipped._TABLE = table_before


def _branch_labels(docs_dir, files, hedging, superlatives, parse, Context, linecache):
    checks = [superlatives.Superlatives(), hedging.Hedging()]
    gens = {superlatives.Superlatives._rules.__code__, hedging.Hedging._rules.__code__}
    tiers = {superlatives._tier.__code__, hedging._booster_tier.__code__, hedging._hedge_tier.__code__}
    sev_lines = {c: _severity_lines(c) for c in gens}
    state = {}

    def local_gen(frame, event, arg):
        if event == "line" and frame.f_lineno in sev_lines[frame.f_code]:
            state["set"] = (frame.f_code.co_filename, frame.f_lineno)
            state.pop("ret", None)
        return local_gen

    def local_tier(frame, event, arg):
        if event == "return":
            state["ret"] = (frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name)
        return local_tier

    def tracer(frame, event, arg):
        if frame.f_code in gens:
            return local_gen
        if frame.f_code in tiers:
            return local_tier
        return None

    def text(fn, line):
        return linecache.getline(fn, line).strip()

    out = {}
    before = sys.gettrace()  # (a coverage tracer, say: put back after each finding)
    for f in files:
        path = os.path.join(docs_dir, f)
        with open(path, encoding="utf-8") as fh:
            doc = parse(path, fh.read())
        for c in checks:
            options = {k: o.default for k, o in c.options.items()}
            gen = c.check(doc, options, Context(root=docs_dir))
            while True:
                state.clear()
                sys.settrace(tracer)
                try:
                    d = next(gen)
                except StopIteration:
                    break
                finally:
                    sys.settrace(before)
                if d.code not in SCORED:
                    continue
                label = ANY
                if "set" in state:
                    fn, line = state["set"]
                    label = text(fn, line)
                    if "ret" in state:
                        rfn, rline, name = state["ret"]
                        label = "%s: %s | %s" % (name, _guard(rfn, rline), text(rfn, rline))
                out[(f, d.line, d.col or 0, d.code)] = label
    return out


def _severity_lines(code):
    """The lines of a check's generator that assign ``severity`` (alone or with ``kind``)."""
    import ast
    import inspect
    import textwrap

    lines, first = inspect.getsourcelines(code)
    tree = ast.parse(textwrap.dedent("".join(lines)))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            names = [n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
            if "severity" in names:
                out.add(node.lineno + first - 1)
    return out


_GUARDS = {}


def _guard(filename, line):
    """The test of the innermost ``if`` that holds the ``return`` at ``line``, or "end"."""
    import ast

    if filename not in _GUARDS:
        with open(filename, encoding="utf-8") as fh:
            tree = ast.parse(fh.read())
        g = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.If):
                for st in node.body:
                    for r in ast.walk(st):
                        if isinstance(r, ast.Return):
                            g[r.lineno] = ast.unparse(node.test)[:70]  # (walked outside in: the innermost wins)
        _GUARDS[filename] = g
    return _GUARDS[filename].get(line, "end")


def doc_genres(docs_dir, files):
    """``{file name: "technical" or "other"}``, as prosecheck.genre reads each document (this tree's
    src, imported: run with the venv's python)."""
    sys.path.insert(0, os.path.join(ROOT, "src"))
    from prosecheck.document import parse

    out = {}
    for f in files:
        path = os.path.join(docs_dir, f)
        with open(path, encoding="utf-8") as fh:
            out[f] = "technical" if parse(path, fh.read()).technical else "other"
    return out


def label_set(name, exe):
    """The set's scored findings: dicts doc, line, col, code, key, right (0/1), trap (0/1); the
    gold positives and traps (for warning-tier scoring)."""
    here, docs_dir = set_paths(name)
    docs, items = scoring.load(here, "all", docs_dir)
    present = {d for d in docs if os.path.exists(os.path.join(docs_dir, docs[d]))}
    if len(present) < len(docs):
        print("warning: %s: %d of %d documents missing" % (name, len(docs) - len(present), len(docs)))
    items = [g for g in items if g["doc"] in present]
    sentence = scoring.pairing_mode() == "sentence"
    texts = {}
    for g in items:
        if g["doc"] not in texts:
            with open(os.path.join(docs_dir, docs[g["doc"]]), encoding="utf-8") as fh:
                texts[g["doc"]] = fh.read().split("\n")
        lines = texts[g["doc"]]
        g["_col"] = (lines[g["line"] - 1].find(g["phrase"]) + 1) if g["line"] <= len(lines) else 0
        g["_span"] = (scoring.sentence_span(lines[g["line"] - 1], g["_col"], len(g["phrase"]))
                      if g["_col"] and sentence else (0, 1 << 30))
    files = [docs[d] for d in sorted(present)]
    genres = doc_genres(docs_dir, files) if KEY == "genre" else {}
    branches = branch_labels(docs_dir, files) if KEY == "branch" else None
    found = []
    for f in run_rule_tiers(exe, docs_dir):
        base = os.path.basename(f.get("path", ""))
        doc = os.path.splitext(base)[0]
        if f.get("code") in SCORED and doc in present:
            extra = genres.get(base)
            if branches is not None:
                extra = branches.get((base, f["line"], f.get("col") or 0, f["code"]))
                if extra is None:
                    print("warning: %s: no branch for %s:%d:%d %s" % (name, base, f["line"], f.get("col") or 0, f["code"]))
            found.append(dict(doc=doc, line=f["line"], col=f.get("col") or 0, code=f["code"],
                              key=key_of(f["code"], f["message"], f.get("severity"), genre=extra),
                              message=f["message"], severity=f.get("severity")))
    pos = [g for g in items if g.get("label", "positive") == "positive"]
    neg = [g for g in items if g.get("label") == "negative"]
    hits, traps = match(found, pos, neg)
    for i, f in enumerate(found):
        f["right"] = int(i in hits)
        f["trap"] = int(i in traps)
    return dict(name=name, findings=found, pos=pos, neg=neg)


def _near(g, f):
    """The finding lies in the item's sentence (PROSECHECK_EVAL_PAIRING=sentence), or anywhere on
    its line (the default): eval/scoring.py's pairing."""
    span = g.get("_span", (0, 1 << 30))
    return span[0] <= f["col"] < span[1]


def match(found, pos, neg):
    """(indices of findings paired with a positive, indices paired with a trap): eval/scoring.py."""
    by_line, neg_by_line = scoring.by_doc_line(pos), scoring.by_doc_line(neg)
    cats = scoring.CODE_CATEGORIES
    hits = scoring.pair(found, lambda f: [(gi, pos[gi]["_col"]) for gi in by_line.get((f["doc"], f["line"]), [])
                                          if pos[gi]["category"] in cats[f["code"]] and _near(pos[gi], f)])
    rest = [i for i in range(len(found)) if i not in hits]
    sub = [found[i] for i in rest]
    trap_pairs = scoring.pair(sub, lambda f: [(ni, neg[ni]["_col"]) for ni in neg_by_line.get((f["doc"], f["line"]), [])
                                              if neg[ni]["category"] in cats[f["code"]] and _near(neg[ni], f)])
    return set(hits), {rest[si] for si in trap_pairs}


def sample_number(path) -> int:
    """The order of the judged sample a file holds: ``-s64`` in its name; the unnumbered files are
    older than sample 6: ``CODE-corpus.tsv`` the first draw (0), ``-info``/``-warning`` the next (1)."""
    name = os.path.basename(path)
    m = re.search(r"-s(\d+)\.tsv$", name)
    if m:
        return int(m.group(1))
    return 0 if name.endswith("-corpus.tsv") else 1


def judged_rows():
    """The judged corpus samples: ``{finding: [code, tier, head, [verdicts]]}``.

    A finding judged in several samples keeps every verdict and takes its tier from the newest
    sample that judged it (the rules have moved tiers since the older ones); files are read oldest
    sample first, so the name order (``-info-s64`` sorts before ``-s38``) decides nothing."""
    rows = {}
    paths = glob.glob(os.path.join(HERE, "judged", "*-corpus*.tsv"))
    for path in sorted(paths, key=lambda p: (sample_number(p), os.path.basename(p))):
        code = os.path.basename(path).split("-")[0]
        if code not in CODES:
            continue
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or line.startswith("finding\t") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4 or parts[3] not in ("right", "wrong"):
                continue
            severity = parts[1] if parts[1] in ("warning", "info") else "warning"
            entry = rows.setdefault((code, parts[0]), [code, severity, head(parts[2]), []])
            entry[1] = severity
            entry[3].append(1.0 if parts[3] == "right" else 0.0)
    return rows


def judged_key(code, tier, hd):
    """A judged row's key under KEY: the corpus samples know no genre or kind, so they stand at the
    prefix they fill (the rest ``*``): a parent of the keys that refine it."""
    if KEY == "genre":
        return (code, tier, hd, ANY)
    if KEY in ("kind", "branch"):
        return (code, tier, ANY, ANY)
    if KEY in ("kindonly", "branchonly"):
        return (code, tier, ANY)
    return (code, tier, hd)


def counts(sets, judged):
    """``{key: [right, n]}`` over the findings of ``sets`` and the judged rows."""
    c = defaultdict(lambda: [0.0, 0.0])
    for s in sets:
        for f in s["findings"]:
            c[f["key"]][0] += f["right"]
            c[f["key"]][1] += 1
    for code, tier, hd, verdicts in judged:
        k = judged_key(code, tier, hd)
        c[k][0] += sum(verdicts) / len(verdicts)
        c[k][1] += 1
    return c


def nodes_of(key):
    """The key's prefixes, shortest first, each padded with ``*``: (code, *, *), (code, tier, *),
    (code, tier, head). A key with ``*`` at its end (a judged row that knows no more) stops there."""
    out = []
    for k in range(1, len(key) + 1):
        if key[k - 1] == ANY:
            break
        out.append(tuple(key[:k]) + (ANY,) * (len(key) - k))
    return out


def node_counts(c):
    """``{node: [right, n]}``: each key's counts added to each of its prefixes."""
    up = defaultdict(lambda: [0.0, 0.0])
    for key, (r, n) in c.items():
        for node in nodes_of(key):
            up[node][0] += r
            up[node][1] += n
    return up


def estimates(c):
    """``{node: estimate}`` for every key and prefix of ``c``: a node's right count plus M times its
    parent's estimate, over its count plus M; a code's own parent is the prior, 50%."""
    up = node_counts(c)
    width = max((len(k) for k in c), default=3)
    est = {}
    for code in CODES:
        r, n = up.get((code,) + (ANY,) * (width - 1), (0.0, 0.0))
        est[(code,) + (ANY,) * (width - 1)] = (r + M * 0.5) / (n + M)
    for node in sorted(up, key=lambda k: sum(1 for x in k if x != ANY)):
        depth = sum(1 for x in node if x != ANY)
        if depth > 1:
            parent = node[: depth - 1] + (ANY,) * (len(node) - depth + 1)
            r, n = up[node]
            est[node] = (r + M * est[parent]) / (n + M)
        elif node not in est:
            r, n = up[node]
            est[node] = (r + M * 0.5) / (n + M)
    return est


def estimate(est, key):
    for node in reversed(nodes_of(key)):
        if node in est:
            return est[node]
    return None


class Pool:
    """Node counts per set and of the judged rows, to estimate a key from every source but some
    sets (``exclude``: the set left out, and the inner one) without recounting: the same figures as
    ``estimates(counts(others, judged))``, in time per key, not per finding of every set."""

    def __init__(self, sets, judged):
        self.per = {s["name"]: node_counts(counts([s], [])) for s in sets}
        self.total = node_counts(counts(sets, judged))
        self.memo = {}

    def raw(self, key, exclude):
        """(estimate, the key's own count) from every source but the sets ``exclude``."""
        m = self.memo.get((key, exclude))
        if m is not None:
            return m
        p = 0.5
        own = 0.0
        nodes = nodes_of(key)
        for i, node in enumerate(nodes):
            r, n = self.total.get(node, (0.0, 0.0))
            for name in exclude:
                sr, sn = self.per[name].get(node, (0.0, 0.0))
                r, n = r - sr, n - sn
            if n < 0.5:  # no finding of this node left: its parent's estimate
                break
            p = (r + M * p) / (n + M)
            if i == len(key) - 1:
                own = n
        self.memo[(key, exclude)] = (p, own)
        return p, own

    def estimate(self, key, exclude, min_count=None):
        """The key's estimate from every source but the sets ``exclude``; None (the rules' tier
        stands) when the key itself has fewer than ``min_count`` (MIN_COUNT) findings there."""
        p, own = self.raw(key, exclude)
        mc = MIN_COUNT if min_count is None else min_count
        return None if mc and own < mc - 0.5 else p


#: "full": a key goes to warning or info by its estimate alone; "demote": only a warning key can
#: move (to info), an info key keeps the rules' tier.
MODES = ("full", "demote")
MODE = "full"


def tier_at(p, key, threshold):
    if p is None or (MODE == "demote" and key[1] != "warning"):
        return key[1]
    return "warning" if p >= threshold else "info"


def learnt_tier(est, key, threshold):
    return tier_at(estimate(est, key), key, threshold)


def warning_score(s, tiers):
    """(right, warning findings, gold positives, traps flagged) of set ``s``'s warning tier, pairing
    only its warning findings (as eval/judged/warning_tier.py would)."""
    warn = [f for f, t in zip(s["findings"], tiers) if t == "warning"]
    hits, traps = match(warn, s["pos"], s["neg"])
    return len(hits), len(warn), len(s["pos"]), len(traps)


_SCORES = {}


def warning_score_cached(s, tiers):
    """warning_score, remembered per set and warning mask (the inner loops meet the same few)."""
    k = (s["name"], id(s), tuple(t == "warning" for t in tiers))
    if k not in _SCORES:
        _SCORES[k] = warning_score(s, tiers)
    return _SCORES[k]


#: How the threshold is chosen on the training sets: "target" (the lowest whose warning tier
#: reaches TARGET precision) or "recall" (the most precise whose warning recall stays within
#: RECALL_SLACK of the hand tiers' recall there).
OBJECTIVES = ("target", "recall")
OBJECTIVE = "target"
RECALL_SLACK = 0.02


#: The minimum counts tried when ``--min-count auto``: chosen with the threshold on the training sets.
MIN_COUNTS = (0, 5, 10, 20, 40)
AUTO_MIN = False


def choose_threshold(train, judged, pool=None, outer=()):
    """The threshold, chosen on ``train`` alone, each of its sets left out in turn (estimates
    from the rest, never from ``outer``, the set left out outside): see OBJECTIVE. Returns
    (threshold, pooled inner precision); with AUTO_MIN, ((min count, threshold), precision)."""
    if pool is None:
        pool = Pool(train, judged)
    outer = tuple(outer)
    grid = [(mc, t) for mc in (MIN_COUNTS if AUTO_MIN else (MIN_COUNT,)) for t in THRESHOLDS]
    per = {g: [0, 0, 0] for g in grid}
    hand = [0, 0]
    for s in train:
        excl = outer + (s["name"],)
        r, _, g, _ = warning_score_cached(s, [f["key"][1] for f in s["findings"]])
        hand[0] += r
        hand[1] += g
        raws = [pool.raw(f["key"], excl) for f in s["findings"]]
        for mc, t in grid:
            tiers = [tier_at(None if mc and own < mc - 0.5 else p, f["key"], t) for (p, own), f in zip(raws, s["findings"])]
            r, n, g, _ = warning_score_cached(s, tiers)
            per[(mc, t)][0] += r
            per[(mc, t)][1] += n
            per[(mc, t)][2] += g
    prec = {k: (r / n if n else 0.0) for k, (r, n, g) in per.items()}
    if OBJECTIVE == "recall":
        floor = (hand[0] / hand[1] if hand[1] else 0.0) - RECALL_SLACK
        ok = [k for k, (r, n, g) in per.items() if g and r / g >= floor]
        if ok:
            best = max(ok, key=lambda k: (round(prec[k], 9), -k[1], -k[0]))
            return (best if AUTO_MIN else best[1]), prec[best]
    else:
        for k in grid:
            if prec[k] >= TARGET:
                return (k if AUTO_MIN else k[1]), prec[k]
    best = max(grid, key=lambda k: (round(prec[k], 9), -k[1], -k[0]))
    return (best if AUTO_MIN else best[1]), prec[best]


#: Promotions (promote53): info -> warning, the recall side, learnt on top of the demotion table.
#: In each fold the demotion is learnt as the shipped command learns it (demote, objective recall,
#: min count auto, chosen inside the training sets), then the promotion's threshold and minimum
#: count are chosen inside the same training sets with that demotion applied: the most recall whose
#: pooled inner precision stays within PROMOTE_SLACK of the demoted baseline's and whose traps
#: flagged stay within PROMOTE_TRAPS of its. Only a key of a code the shipped table may name
#: (prosecheck.checks.learnt_tiers.CODES) is promoted.
PROMOTABLE = ("SL101", "HC101", "HC102")
PROMOTE_THRESHOLDS = [round(0.50 + 0.025 * i, 3) for i in range(19)]   # 0.50 .. 0.95
PROMOTE_MIN_COUNTS = (5, 10, 20, 40)
PROMOTE_SLACK = 0.0025
PROMOTE_TRAPS = 1.03


def combined_tiers(s, pool, excl, dem, pro):
    """Set ``s``'s tiers with the demotion ``dem`` = (min count, threshold), keyed by the plain key
    as it ships (``f["dkey"]``, estimates from ``DEMOTION_POOL``), and the promotion ``pro`` (the
    same, or None) keyed by KEY (estimates from ``pool``), both from every source but ``excl``."""
    mc_d, t_d = dem
    out = []
    for f in s["findings"]:
        k = f["key"]
        if k[1] == "warning":
            p, own = DEMOTION_POOL.raw(f["dkey"], excl)
            out.append("info" if (not mc_d or own >= mc_d - 0.5) and p < t_d else "warning")
        elif pro is not None and k[1] == "info" and k[0] in PROMOTABLE:
            p, own = pool.raw(k, excl)
            out.append("warning" if (not pro[0] or own >= pro[0] - 0.5) and p >= pro[1] else "info")
        else:
            out.append(k[1])
    return out


DEMOTION_POOL = None


def plain_view(sets, judged):
    """The sets keyed by the plain key (the shipped demotion's), each finding's ``dkey`` set to it,
    and their Pool: the demotion is learnt so whatever KEY the promotion uses."""
    global KEY
    saved = KEY
    KEY = "plain"
    try:
        view = []
        for s in sets:
            for f in s["findings"]:
                f["dkey"] = key_of(f["code"], f["message"], f.get("severity"))
            view.append(dict(s, findings=[dict(f, key=f["dkey"]) for f in s["findings"]]))
        return view, Pool(view, judged)
    finally:
        KEY = saved


def choose_demotion(train, judged, pool, outer):
    """The shipped demotion's (min count, threshold), chosen on ``train`` (the plain view) as the
    shipped command does."""
    global MODE, OBJECTIVE, AUTO_MIN, KEY
    saved = MODE, OBJECTIVE, AUTO_MIN, KEY
    MODE, OBJECTIVE, AUTO_MIN, KEY = "demote", "recall", True, "plain"
    try:
        (mc, t), _ = choose_threshold(train, judged, pool, outer=outer)
    finally:
        MODE, OBJECTIVE, AUTO_MIN, KEY = saved
    return mc, t


def choose_promotion(train, pool, outer, dem):
    """The promotion's (min count, threshold) chosen on ``train`` alone, each of its sets left out in
    turn with the demotion ``dem`` applied; None when no grid point keeps precision and traps."""
    grid = [(mc, t) for mc in PROMOTE_MIN_COUNTS for t in PROMOTE_THRESHOLDS]
    base = [0, 0, 0, 0]
    per = {g: [0, 0, 0, 0] for g in grid}
    outer = tuple(outer)
    for s in train:
        excl = outer + (s["name"],)
        tiers = combined_tiers(s, pool, excl, dem, None)
        b = warning_score_cached(s, tiers)
        base = [x + y for x, y in zip(base, b)]
        cands = [(i,) + pool.raw(f["key"], excl) for i, f in enumerate(s["findings"])
                 if f["key"][1] == "info" and f["key"][0] in PROMOTABLE]
        for g in grid:
            up = [i for i, p, own in cands if (not g[0] or own >= g[0] - 0.5) and p >= g[1]]
            if not up:
                v = b
            else:
                t2 = list(tiers)
                for i in up:
                    t2[i] = "warning"
                v = warning_score_cached(s, t2)
            per[g] = [x + y for x, y in zip(per[g], v)]
    bp = base[0] / base[1] if base[1] else 0.0
    ok = [g for g, (r, n, _, tr) in per.items()
          if n and r / n >= bp - PROMOTE_SLACK and tr <= base[3] * PROMOTE_TRAPS and r > base[0]]
    if not ok:
        return None
    return max(ok, key=lambda g: (per[g][0], g[1], g[0]))


def promote_main(sets, judged, write_table_path=None):
    """Leave each set out: hand tiers, hand + demotion (what ships), hand + demotion + promotion."""
    global DEMOTION_POOL
    pool = Pool(sets, judged)
    view, DEMOTION_POOL = plain_view(sets, judged)
    plain_of = {s["name"]: v for s, v in zip(sets, view)}
    print("%-16s %-13s | %-22s | %-22s | %-22s" % ("set", "dem / pro", "hand: R / P / traps",
                                                  "+demote: R / P / traps", "+promote: R / P / traps"))
    rows = {}
    for s in sets:
        train = [o for o in sets if o is not s]
        outer = (s["name"],)
        dem = choose_demotion([plain_of[o["name"]] for o in train], judged, DEMOTION_POOL, outer)
        pro = choose_promotion(train, pool, outer, dem)
        h = warning_score(s, [f["key"][1] for f in s["findings"]])
        d = warning_score(s, combined_tiers(s, pool, outer, dem, None))
        c = warning_score(s, combined_tiers(s, pool, outer, dem, pro))
        rows[s["name"]] = (dem, pro, h, d, c, len(s["neg"]))
        print("%-16s %2d %.3f %s | %s %s %4d | %s %s %4d | %s %s %4d" % (
            s["name"], dem[0], dem[1], "none    " if pro is None else "%2d %.3f" % pro,
            pct(h[0], h[2]), pct(h[0], h[1]), h[3], pct(d[0], d[2]), pct(d[0], d[1]), d[3],
            pct(c[0], c[2]), pct(c[0], c[1]), c[3]))
        sys.stdout.flush()
    names = [s["name"] for s in sets]
    for label, members in (("pooled", names), ("newest trio", [n for n in ("hod-docs", "trug-docs", "lopper-docs")
                                                               if n in names]),
                           ("news-dev", [n for n in names if n == "news-dev"])):
        if not members:
            continue
        tot = [[0, 0, 0, 0] for _ in range(3)]
        wins = losses = 0
        for n in members:
            _, _, h, d, c, _ = rows[n]
            for i, v in enumerate((h, d, c)):
                tot[i] = [x + y for x, y in zip(tot[i], v)]
            dp = d[0] / d[1] if d[1] else None
            cp = c[0] / c[1] if c[1] else None
            if cp is not None and dp is not None and cp > dp + 1e-12:
                wins += 1
            elif cp is not None and dp is not None and cp < dp - 1e-12:
                losses += 1
        h, d, c = tot
        print("%-16s | hand %s %s %4d | +demote %s %s %4d | +promote %s %s %4d (R %+.2f pt, P %+.2f pt, "
              "traps %+d = %+.1f%%; promote more precise on %d sets, less on %d)" % (
                  label, pct1(h[0], h[2]), pct1(h[0], h[1]), h[3], pct1(d[0], d[2]), pct1(d[0], d[1]), d[3],
                  pct1(c[0], c[2]), pct1(c[0], c[1]), c[3],
                  100.0 * (c[0] / c[2] - d[0] / d[2]) if c[2] else 0.0,
                  100.0 * (c[0] / c[1] - d[0] / d[1]) if c[1] and d[1] else 0.0,
                  c[3] - d[3], 100.0 * (c[3] - d[3]) / d[3] if d[3] else 0.0, wins, losses))
    pros = [r[1] for r in rows.values()]
    print("promotion chosen: none x%d; %s" % (sum(1 for p in pros if p is None),
          ", ".join("%d/%.3f x%d" % (g[0], g[1], pros.count(g)) for g in sorted({p for p in pros if p}))))
    # in sample: the rows a table from every set would hold, at the medians chosen
    dems = sorted(r[0] for r in rows.values())
    dem = dems[len(dems) // 2]
    chosen = sorted(p for p in pros if p)
    if len(chosen) * 2 <= len(pros):
        print("no promotion in most folds: no promotion rows")
        return
    pro = (sorted(p[0] for p in chosen)[len(chosen) // 2], sorted(p[1] for p in chosen)[len(chosen) // 2])
    seen = defaultdict(lambda: [0, 0, 0, set()])
    for s in sets:
        for f in s["findings"]:
            v = seen[f["key"]]
            v[0] += f["right"]; v[1] += 1; v[2] += f["trap"]; v[3].add(s["name"])
    keys = []
    for k in seen:
        if k[1] == "info" and k[0] in PROMOTABLE:
            p, own = pool.raw(k, ())
            if own >= pro[0] - 0.5 and p >= pro[1]:
                keys.append(k)
    print("promotion rows at min count %d, threshold %.3f (every set): %d" % (pro[0], pro[1], len(keys)))
    for k in sorted(keys):
        r, c, t, where = seen[k]
        print("  %s info -> warning  est %.3f  right %d of %d, %d traps, %d sets  %s"
              % (k[0], pool.raw(k, ())[0], r, c, t, len(where), " / ".join(k[2:])[:90]))


def pct(a, b):
    return "  n/a" if not b else "%4.0f%%" % (100.0 * a / b)


def pct1(a, b):
    return "   n/a" if not b else "%5.1f%%" % (100.0 * a / b)


#: Groups of sets pooled apart in the table: the three that joined last (the nearest thing to
#: text none of the rules saw) and the last nine to join.
def groups(names):
    return (("newest three", [n for n in SETS[-3:] if n in names]),
            ("mattock..crowbar", [n for n in SETS[SETS.index("mattock-docs"):SETS.index("crowbar-docs") + 1]
                                  if n in names]),
            ("last nine", [n for n in SETS[-9:] if n in names]))


def main():
    global MODE, TARGET, M, OBJECTIVE, KEY, MIN_COUNT, AUTO_MIN, PROMOTE_SLACK, PROMOTE_TRAPS
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--exe", default=os.path.join(ROOT, ".venv", "bin", "prosecheck"))
    ap.add_argument("--sets", default=None, help="comma-separated names (default: crossval.SETS, each one built)")
    ap.add_argument("--no-judged", action="store_true", help="leave the judged corpus samples out")
    ap.add_argument("--curve", action="store_true", help="also print the in-sample ceiling per threshold")
    ap.add_argument("--mode", choices=MODES, default=MODE, help="full (default) or demote (warning -> info only)")
    ap.add_argument("--objective", choices=OBJECTIVES, default=OBJECTIVE, help="how the threshold is chosen")
    ap.add_argument("--target", type=float, default=TARGET, help="warning precision the threshold aims at")
    ap.add_argument("--smoothing", type=float, default=M, help="M: findings a parent's estimate counts for")
    ap.add_argument("--min-count", default=str(MIN_COUNT),
                    help="a key with fewer findings of its own keeps the rules' tier (default 0: none); "
                         "auto: chosen with the threshold on the training sets, from %s" % (MIN_COUNTS,))
    ap.add_argument("--key", choices=KEYS, default=KEY, help="what a key holds (plain: code, tier, head)")
    ap.add_argument("--write-table", default=None, metavar="FILE",
                    help="write the keys moved (estimates from every set) as a TSV table")
    ap.add_argument("--labels", default=None, help="a JSON file of the sets' labelled findings: read when it "
                                                   "exists, else written (the rules' run is the slow part)")
    ap.add_argument("--promote", action="store_true",
                    help="promote53: learn promotions (info -> warning) on top of the demotion learnt the "
                         "shipped way in each fold, and score the two combined leaving each set out")
    ap.add_argument("--promote-slack", type=float, default=PROMOTE_SLACK,
                    help="inner precision a promotion may cost (default %(default)s)")
    ap.add_argument("--promote-traps", type=float, default=PROMOTE_TRAPS,
                    help="inner traps flagged a promotion may reach, times the baseline's (default %(default)s)")
    args = ap.parse_args()
    MODE, TARGET, M, OBJECTIVE, KEY = args.mode, args.target, args.smoothing, args.objective, args.key
    AUTO_MIN = args.min_count == "auto"
    MIN_COUNT = 0 if AUTO_MIN else int(args.min_count)
    names = [n for n in args.sets.split(",") if n] if args.sets else list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        raise SystemExit("error: unknown set(s): %s (known: crossval.SETS)" % ", ".join(unknown))
    unbuilt = [n for n in names if not os.path.isdir(set_paths(n)[1]) or not os.listdir(set_paths(n)[1])]
    if unbuilt:
        print("not built, left out: %s" % ", ".join(unbuilt))
        names = [n for n in names if n not in unbuilt]
    judged = [] if args.no_judged else list(judged_rows().values())
    sets = load_labels(args.labels, names, args.exe)
    print("findings per set (scored codes): " + ", ".join("%s %d" % (s["name"], len(s["findings"])) for s in sets))
    if args.promote:
        PROMOTE_SLACK, PROMOTE_TRAPS = args.promote_slack, args.promote_traps
        print("promote53: key %s, M %g, judged %d, promotion slack %.4f, traps x%.2f"
              % (KEY, M, len(judged), PROMOTE_SLACK, PROMOTE_TRAPS))
        promote_main(sets, judged)
        return
    print("judged corpus findings used: %d; key %s, mode %s, objective %s, target %.2f, M %g, min count %s"
          % (len(judged), KEY, MODE, OBJECTIVE, TARGET, M, "auto" if AUTO_MIN else MIN_COUNT))
    head_row = "%-16s %5s | %-24s | %-24s | %s" % ("set", "thr", "hand: warn R / P / traps", "learnt: warn R / P / traps",
                                                    "every tier R / P")
    print(head_row)
    pool = Pool(sets, judged)
    rows = {}
    for s in sets:
        train = [o for o in sets if o is not s]
        t, inner = choose_threshold(train, judged, pool, outer=(s["name"],))
        mc, t = t if AUTO_MIN else (MIN_COUNT, t)
        hand = [f["key"][1] for f in s["findings"]]
        learnt = [tier_at(pool.estimate(f["key"], (s["name"],), mc), f["key"], t) for f in s["findings"]]
        h, l = warning_score(s, hand), warning_score(s, learnt)
        allr = sum(f["right"] for f in s["findings"])
        rows[s["name"]] = (t, h, l, (allr, len(s["findings"]), len(s["pos"])), len(s["neg"]), mc)
        print("%-16s %5.3f | %s %s %4d/%-4d | %s %s %4d/%-4d | %s %s" % (
            s["name"], t, pct(h[0], h[2]), pct(h[0], h[1]), h[3], len(s["neg"]), pct(l[0], l[2]), pct(l[0], l[1]),
            l[3], len(s["neg"]), pct(allr, len(s["pos"])), pct(allr, len(s["findings"]))))
    for label, members in (("pooled", [s["name"] for s in sets]),) + groups({s["name"] for s in sets}):
        if members:
            pooled_row(label, [rows[n] for n in members])
    if AUTO_MIN:
        print("min counts chosen: %s" % ", ".join("%d x%d" % (m, sum(1 for r in rows.values() if r[5] == m))
                                                  for m in sorted({r[5] for r in rows.values()})))
    MIN_COUNT = sorted(r[5] for r in rows.values())[len(rows) // 2]
    threshold = sorted(r[0] for r in rows.values())[len(rows) // 2]
    keys = moved(sets, judged, threshold)
    if args.write_table:
        write_table(args.write_table, keys, sets, judged, threshold)
    if args.curve:
        curve(sets, judged)
        sweep(sets, judged, pool)


def write_table(path, keys, sets, judged, threshold):
    """The table a shipped demotion would read: one key a line (code, rule tier, the rest of the
    key), its counts over every set and the judged samples, its estimate; sorted, so the same sets
    and rules give the same bytes."""
    c = counts(sets, judged)
    pool = Pool(sets, judged)
    lines = ["# Tiers learnt from the annotated sets (eval/learnt_tiers.py): findings of these keys move from the",
             "# rules' tier to the other. %d sets, %d judged corpus findings; key %s, mode %s, objective %s, M %g,"
             % (len(sets), len(judged), KEY, MODE, OBJECTIVE, M),
             "# threshold %.3f and min count %d (the medians of those chosen leaving each set out)." % (threshold, MIN_COUNT),
             "\t".join(("code", "tier", "key", "right", "findings", "estimate"))]
    # HC103 is learnt from (its findings are scored) but the shipped module reads no row of it
    # (prosecheck.checks.learnt_tiers.CODES): a row of it would make every check that loads the
    # table fail, as the sixty-third session's first rebuild did.
    for k in sorted(k for k in keys if k[0] in TABLE_CODES):
        r, n = c[k]
        lines.append("\t".join((k[0], k[1], " / ".join(k[2:]), "%g" % r, "%g" % n, "%.3f" % pool.estimate(k, ()))))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


def moved(sets, judged, threshold, limit=40):
    """The keys the learnt tiers would move with estimates from every set (in sample) at the median
    of the thresholds chosen leaving each set out: what a table shipped from these sets would hold."""
    pool = Pool(sets, judged)
    seen = defaultdict(lambda: [0, 0, 0, set()])
    for s in sets:
        for f in s["findings"]:
            v = seen[f["key"]]
            v[0] += f["right"]
            v[1] += 1
            v[2] += f["trap"]
            v[3].add(s["name"])
    keys = [k for k in seen if tier_at(pool.estimate(k, ()), k, threshold) != k[1]]
    keys.sort(key=lambda k: (k[1], -(seen[k][1] - seen[k][0]), k))
    n = [sum(seen[k][i] for k in keys) for i in range(3)]
    print("keys moved at %.3f, min count %d (estimates from every set): %d, holding %d findings, %d right, %d traps"
          % (threshold, MIN_COUNT, len(keys), n[1], n[0], n[2]))
    for k in keys[:limit]:
        r, c, t, where = seen[k]
        print("  %s %s -> %s  est %.2f  right %d of %d, %d traps, %d sets  %s"
              % (k[0], k[1], tier_at(pool.estimate(k, ()), k, threshold), pool.estimate(k, ()), r, c, t, len(where),
                 " / ".join(k[2:])[:90]))
    return keys


def pooled_row(label, rows):
    """A group's pooled row, and on how many of its sets the learnt warning tier is more precise
    (less precise, the same) than the hand tier."""
    h, l, a = [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0]
    wins = losses = 0
    for _t, hv, lv, av, _n, _mc in rows:
        h = [x + y for x, y in zip(h, hv)]
        l = [x + y for x, y in zip(l, lv)]
        a = [x + y for x, y in zip(a, av)]
        hp = hv[0] / hv[1] if hv[1] else None
        lp = lv[0] / lv[1] if lv[1] else None
        if lp is not None and (hp is None or lp > hp + 1e-12):
            wins += 1
        elif hp is not None and (lp is None or lp < hp - 1e-12):
            losses += 1
    print("%-16s %5s | %s %s %4d    | %s %s %4d    | %s %s   (learnt more precise on %d of %d sets, less on %d)" % (
        label, "", pct1(h[0], h[2]), pct1(h[0], h[1]), h[3], pct1(l[0], l[2]), pct1(l[0], l[1]), l[3],
        pct(a[0], a[2]), pct(a[0], a[1]), wins, len(rows), losses))


def load_labels(path, names, exe):
    """The sets labelled (label_set), read from ``path`` when it holds them all under this KEY and
    pairing, else run and written there."""
    stamp = dict(key=KEY, pairing=scoring.pairing_mode(), exe=exe)
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            saved = json.load(fh)
        have = {s["name"]: s for s in saved["sets"]}
        same = saved.get("stamp") == stamp
        # a key read off the message alone (plain, kind, kindonly) is re-derived from the saved
        # message: one run of the rules serves them all
        rekey = (not same and KEY in ("plain", "kind", "kindonly")
                 and dict(saved.get("stamp", {}), key=KEY) == stamp
                 and all("message" in f for n in names if n in have for f in have[n]["findings"]))
        cut = (KEY == "branchonly" and dict(saved.get("stamp", {}), key=KEY) == stamp
               and saved["stamp"].get("key") == "branch")
        if cut and all(n in have for n in names):
            out = [have[n] for n in names]
            for s in out:
                for f in s["findings"]:
                    f["key"] = tuple(f["key"][:3])
            return out
        if (same or rekey) and all(n in have for n in names):
            out = [have[n] for n in names]
            for s in out:
                for f in s["findings"]:
                    f["key"] = (key_of(f["code"], f["message"], f.get("severity")) if rekey
                                else tuple(f["key"]))
            return out
    sets = []
    for n in names:
        sets.append(label_set(n, exe))
        sys.stdout.flush()
    if path:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(dict(stamp=stamp, sets=sets), fh)
    return sets


def sweep(sets, judged, pool=None):
    """Leave one set out at each fixed threshold (none chosen): the pooled warning tier the learnt
    keys can reach on sets they never saw, to set beside the hand tiers' one point."""
    pool = pool or Pool(sets, judged)
    print("leave-one-set-out at fixed thresholds (%s), pooled:" % MODE)
    for t in THRESHOLDS[::2]:
        v = [0, 0, 0, 0]
        for s in sets:
            got = warning_score(s, [tier_at(pool.estimate(f["key"], (s["name"],)), f["key"], t) for f in s["findings"]])
            v = [a + b for a, b in zip(v, got)]
        print("  threshold %.3f: warn R %s P %s traps %d" % (t, pct1(v[0], v[2]), pct1(v[0], v[1]), v[3]))


def curve(sets, judged):
    """The ceiling: estimates from every set (in-sample, the sets scored are the ones trained on),
    the pooled warning tier at each threshold. If even this barely beats the hand tiers, no
    threshold chosen on other sets will."""
    pool = Pool(sets, judged)
    h = [sum(warning_score(s, [f["key"][1] for f in s["findings"]])[i] for s in sets) for i in range(4)]
    print("in-sample ceiling (%s): hand tiers warn R %s P %s traps %d" % (MODE, pct1(h[0], h[2]), pct1(h[0], h[1]), h[3]))
    for t in THRESHOLDS[::2]:
        v = [0, 0, 0, 0]
        for s in sets:
            got = warning_score(s, [tier_at(pool.estimate(f["key"], ()), f["key"], t) for f in s["findings"]])
            v = [a + b for a, b in zip(v, got)]
        print("  threshold %.3f: warn R %s P %s traps %d" % (t, pct1(v[0], v[2]), pct1(v[0], v[1]), v[3]))


if __name__ == "__main__":
    main()
