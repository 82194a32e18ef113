#!/usr/bin/env python3
"""Findings inside questions and scare quotes, labelled by the sentence (SL101, HC101, HC102; issue
11, sixty-second session, ask62).

usage: python3 eval/questions62.py extract EXE [--sets a,b,...] [--out FILE]
       python3 eval/questions62.py table [--rows FILE] [--list SHAPE] [--code CODE]

burr S410 lists irony and questions among the kinds the scored sets call wrong most. ``extract``
runs EXE (every tier: ``--picky``) on each development set and keeps every SL101, HC101 and HC102
finding, with its tier, the text of its sentence and of the next, and two labels: by the sentence
(``right``: a positive of the code's category lies in the finding's sentence; ``trap``: a trap
does and no positive; ``none``: no item of the category) and by the line (the scorers' default
pairing). Each finding gets its shapes: the kind of question its sentence is (``yesno``: opens on an
auxiliary; ``wh``: opens on a question word; ``tag``: ends on ``, isn't it?``; ``denied``: any
question the next sentence answers with a denial, ``No.``, ``Of course not.``; ``otherq``: another
sentence ending in ``?``), and whether a word of its phrase or the word after it stands in a short
quotation (``scare``: at most four words, no verb of saying beside it) the Document reads.
``table`` counts each shape per code and tier, right / trap / none, with the number of sets that
hold a right and a wrong one, on the sets before scutch and on scutch, twybil and kevel apart.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from bisect import bisect_right
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import crossval  # noqa: E402

OUT = "/tmp/ask62/rows.jsonl"
NEWEST = ("scutch-docs", "twybil-docs", "kevel-docs")
CATEGORY = {"SL101": "superlative", "HC101": "hedge", "HC102": "booster"}
_PHRASE = re.compile(r'"([^"]+)"')
AUX = frozenset("""is are was were am do does did have has had can could will would should shall may might
must isn't aren't wasn't weren't don't doesn't didn't haven't hasn't hadn't can't cannot couldn't won't
wouldn't shouldn't mustn't""".split())
WH = frozenset("who what when where why how which whose whom".split())
LEADS = frozenset("and but so or then yet now well".split())
PRON = frozenset("i you he she it we they there this that one".split())
DENIALS = ("no.", "no,", "no!", "of course not", "not at all", "certainly not", "hardly", "surely not",
           "obviously not", "not really", "nope", "never.", "far from it", "absolutely not", "no way")
SAY = frozenset("say says said call calls called so-called term termed dub dubbed name named".split())


def question_kind(sentence_text: str, lw: list, next_text: str) -> str:
    t = sentence_text.rstrip().rstrip("*_`\"')\u201d\u2019 ")
    if not t.endswith("?"):
        return "statement"
    if next_text.strip().lstrip("*_\"'\u201c").lower().startswith(DENIALS):
        return "denied"
    k = 0
    while k < len(lw) - 1 and lw[k] in LEADS:
        k += 1
    if len(lw) >= 3 and (lw[-1] in PRON) and (lw[-2] in AUX or lw[-2].endswith("n't")):
        return "tag"
    if lw and lw[k] in AUX:
        return "yesno"
    if lw and lw[k] in WH:
        return "wh"
    return "otherq"


def scare(words, prose: str, quotations, a: int, b: int) -> bool:
    """A word of ``a``..``b`` or the word after stands in a quotation of at most four words with
    no verb of saying right before it."""
    if not quotations:
        return False
    n = len(words)
    for k in range(a, min(b + 2, n)):
        s = words[k].start
        for qs, qe in quotations:
            if qs <= s < qe:
                inner = [j for j in range(n) if qs <= words[j].start < qe]
                if len(inner) > 4:
                    continue
                before = inner[0] - 1 if inner else -1
                if before >= 0 and words[before].text.lower() in SAY:
                    continue
                return True
    return False


def extract_set(name: str, exe: str) -> list:
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    g = crossval.gold_dir(name, None)
    s = crossval.read_set(name, g, crossval.docs_dir(name, {}, g))
    run = subprocess.run([exe, "--picky", "--isolated", "--no-cache", "--format", "json",
                          "--select", "SL101,HC101,HC102", s["dir"]], capture_output=True, text=True)
    findings = json.loads(run.stdout or "[]")
    by_doc = defaultdict(list)
    for f in findings:
        by_doc[os.path.splitext(os.path.basename(f["path"]))[0]].append(f)
    items_of = defaultdict(list)
    for it in s["items"]:
        items_of[it["doc"]].append(it)
    rows = []
    for doc_id, fs in sorted(by_doc.items()):
        if doc_id not in s["docs"]:
            continue
        path = os.path.join(s["dir"], s["docs"][doc_id])
        with open(path, encoding="utf-8") as fh:
            doc = parse(path, fh.read())
        sentences = doc.sentences
        if not sentences:
            continue
        starts = [x.offset for x in sentences]
        at = lambda offset: max(0, bisect_right(starts, offset) - 1)  # noqa: E731
        by_sent, by_line = defaultdict(list), defaultdict(list)
        for it in items_of.get(doc_id, ()):
            k = at(doc.line_offset(it["line"]) + max(it["_col"], 1) - 1)
            lab = it.get("label", "positive")
            by_sent[(k, it["category"])].append(lab)
            by_line[(it["line"], it["category"])].append(lab)

        def lab(labels):
            if "positive" in labels:
                return "right"
            return "trap" if labels else "none"

        for f in fs:
            m = _PHRASE.match(f["message"])
            phrase = m.group(1) if m else ""
            off = doc.line_offset(f["line"]) + max(f["col"] or 1, 1) - 1
            k = at(off)
            x = sentences[k]
            words = x.words
            lw = norm_words(words)
            wo = [w.offset for w in words]
            a = max(0, bisect_right(wo, off) - 1) if wo else 0
            b = max(a, bisect_right(wo, off + max(len(phrase), 1) - 1) - 1) if wo else 0
            nxt = sentences[k + 1] if k + 1 < len(sentences) and sentences[k + 1].block is x.block else None
            next_text = nxt.text if nxt is not None else ""
            cat = CATEGORY[f["code"]]
            rows.append(dict(
                set=name, doc=doc_id, line=f["line"], col=f["col"], code=f["code"],
                tier=f.get("severity") or "warning", phrase=phrase, text=x.text, next=next_text[:160],
                q=question_kind(x.text, lw, next_text),
                scare=bool(words) and scare(words, x.block.prose, x.block.quotations, a, b),
                quotemark=any(c in x.block.prose[max(0, words[a].start - 1): words[b].end + 1] for c in "\"\u201c\u201d'\u2018\u2019") if words else False,
                sent=lab(by_sent.get((k, cat), [])), line_label=lab(by_line.get((f["line"], cat), []))))
    return rows


def extract(args) -> int:
    names = args.sets.split(",") if args.sets else list(crossval.SETS)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        for name in names:
            rows = extract_set(name, args.exe)
            for r in rows:
                out.write(json.dumps(r) + "\n")
            print("%-16s %d findings" % (name, len(rows)), flush=True)
    return 0


def table(args) -> int:
    rows = [json.loads(l) for l in open(args.rows, encoding="utf-8") if l.strip()]
    if args.code:
        rows = [r for r in rows if r["code"] == args.code]
    if args.list:
        for r in rows:
            if args.list in (r["q"], "scare" if r["scare"] else "", "quotemark" if r["quotemark"] else ""):
                print("%s\t%s\t%s\t%s/%s\t%s:%d\t[%s]\t%s ||| %s" % (r["set"], r["code"], r["tier"], r["sent"], r["line_label"],
                      r["doc"][-30:], r["line"], r["phrase"], r["text"][:220], r["next"][:60]))
        return 0
    shapes = ("yesno", "wh", "tag", "denied", "otherq", "scare", "quotemark", "anyq", "anyq+scare")

    def has(r, shape):
        if shape == "scare":
            return r["scare"]
        if shape == "quotemark":
            return r["quotemark"]
        if shape == "anyq":
            return r["q"] != "statement"
        if shape == "anyq+scare":
            return r["q"] != "statement" and r["scare"]
        return r["q"] == shape

    for pairing in ("sent", "line_label"):
        print("== pairing: %s" % ("sentence" if pairing == "sent" else "line"))
        for group, members in (("145 before scutch", lambda r: r["set"] not in NEWEST), ("scutch/twybil/kevel", lambda r: r["set"] in NEWEST)):
            print("-- %s" % group)
            print("%-11s %-6s %-7s %5s %5s %5s   %s" % ("shape", "code", "tier", "right", "trap", "none", "sets right / sets wrong"))
            for shape in shapes:
                for code in ("SL101", "HC101", "HC102"):
                    for tier in ("warning", "all"):
                        sel = [r for r in rows if members(r) and r["code"] == code and has(r, shape)
                               and (tier == "all" or r["tier"] == "warning")]
                        if not sel:
                            continue
                        c = Counter(r[pairing] for r in sel)
                        sr = {r["set"] for r in sel if r[pairing] == "right"}
                        sw = {r["set"] for r in sel if r[pairing] != "right"}
                        print("%-11s %-6s %-7s %5d %5d %5d   %d / %d" % (shape, code, tier, c["right"], c["trap"], c["none"], len(sr), len(sw)))
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("extract")
    e.add_argument("exe")
    e.add_argument("--sets", default=None)
    e.add_argument("--out", default=OUT)
    t = sub.add_parser("table")
    t.add_argument("--rows", default=OUT)
    t.add_argument("--list", default=None)
    t.add_argument("--code", default=None)
    args = ap.parse_args(argv)
    return extract(args) if args.cmd == "extract" else table(args)


if __name__ == "__main__":
    sys.exit(main())
