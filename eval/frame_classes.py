#!/usr/bin/env python3
"""Superlatives that stand outside SL101's frames (issue 11, twelfth session): what each class
finds on the labelled sets and adds on the benchmark corpus.

usage: python3 eval/frame_classes.py [--sets news-dev,...] [--corpus DIR [--tsv FILE]] [-v]

Three grammatical classes of the superlatives the rules miss:

* ``evaluative``: an evaluative superlative noun phrase outside the accepted frames ("can solve
  the greatest problem", "pales before the most tragic loss"): measured here only, never
  shipped (:func:`evaluative_anywhere` below);
* ``comparative``: comparative absolutes ("nothing is more important than", "no clearer test",
  "Never has there been a more exciting time"): ``superlative_frames.comparative_absolute``;
* ``history``: a superlative or "first time" with a historical scope ("in history", "since
  1951", "an all-time record"): ``superlative_frames.historical_record``.

Issue 11's fourteenth session added the absolutes about people of ``checks/superlative_absolutes.py``
(``habit``: "Northerners never think"; ``alone``: "they and they alone"; ``everyone``: "Practically
everybody"; ``ofall``: "the most unfortunate of all"; ``onlyinv``: "Only then can employers hire",
at info). Two more were measured at commit cdc498c and left out: "every <person>" and "no one"
with a verb of mind (SL101's code page has the figures).

Per set: the gold superlative positives the rules (all classes off) miss, put in a class by
the shape of the marked phrase (``missed_class``: a regular expression, a rough count); then,
with each class on alone and all shipped classes on, the SL101 findings it adds, each put by
its column inside a gold item's phrase on its line (a positive, a trap, or neither: "other"),
per tier, and the set's score as score.py counts it (found, false alarms, traps flagged).
score.py pairs a finding with the nearest item of its line, so on a document written on one
line (kiln-docs' speeches) any new finding there is credited: the span count is the honest one.

``--corpus DIR``: the findings each class adds over every Markdown file under DIR, per tier;
``--tsv FILE`` writes them (path, line, column, class, tier, message, sentence) for judging.
Deterministic; reads the sets as eval/crossval.py does.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import crossval  # noqa: E402
from prosecheck.checks import superlative_absolutes as absolutes, superlative_frames as frames, superlatives  # noqa: E402
from prosecheck.testing import lint_documents, registry  # noqa: E402

SETS = crossval.SETS + tuple(s for s in ("kiln-docs", "forge-docs", "quarry-docs") if s not in crossval.SETS)
CLASSES = ("evaluative", "comparative", "history", "rival", "record", "possessive", "habit", "alone", "everyone", "ofall", "onlyinv")
SHIPPED = ("comparative", "history", "rival", "record", "habit", "alone", "everyone", "ofall", "onlyinv")
TRIED = list(CLASSES)  # --classes narrows it

# --- the class measured and left out -----------------------------------------------------

_JUDGING = frozenset({"best", "greatest", "worst", "finest"})
_MOST_JUDGING = frozenset(
    "tragic significant important fundamental damaging devastating serious urgent critical crucial "
    "precious remarkable extraordinary terrible brilliant wonderful destructive shameful".split()
)
_MEASURE_NOUNS = frozenset("fit match case score effort compression quality accuracy".split())
_NOT_NOUNS = frozenset("than of in on at to for by from with and or as".split())


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our", "my"})


def possessive_evaluative(lex, lw, i: int):
    """Issue 11, thirteenth session (measured, not shipped): the evaluative superlative after a
    possessive ("the United Nations' most controversial leader", "one of his greatest triumphs",
    "his greatest service", "America's greatest asset"), heading a noun, wherever it stands."""
    if i == 0:
        return None
    prev = lw[i - 1]
    if not (prev in _POSSESSIVE_PRONOUNS or prev.endswith(("'s", "\u2019s", "s'"))):
        return None
    return evaluative_anywhere(lex, lw, i, possessive=True)


def evaluative_anywhere(lex, lw, i: int, possessive=False):
    """"the greatest problem", "the most tragic loss" after "the", heading a noun, wherever it
    stands; not advice ("the best way"), a measure ("the best match") nor "the best of"."""
    n = len(lw)
    if i == 0 or (lw[i - 1] != "the" and not possessive):
        return None
    w = lw[i]
    if w == "most":
        if i + 1 >= n or not (lw[i + 1] in lex.most_evaluative or lw[i + 1] in _MOST_JUDGING):
            return None
        end = i + 1
        if end + 2 < n and lw[end + 1] in ("and", "or") and lw[end + 2].isalpha():
            end += 2  # "the most damaging and devastating thing"
    elif w in _JUDGING:
        end = i
    else:
        return None
    noun = lw[end + 1] if end + 1 < n else ""
    if not noun.isalpha() or noun in _NOT_NOUNS or noun in lex.advice_noun or noun in _MEASURE_NOUNS:
        return None
    return i - 1, end


# --- switching the classes ---------------------------------------------------------------

_HISTORY, _COMPARATIVE, _FRAME_CLAIM = frames.historical_record, frames.comparative_absolute, superlatives._frame_claim
_RIVAL, _RECORD, _NO_OTHER, _NOBODY_BETTER = frames.every_rival, frames.record_adjective, frames.no_other_people, frames.nobody_better
_LED = frames.led_the_field
_HABIT, _ALONE, _EVERYONE, _OFALL = absolutes.group_habit, absolutes.alone_claim, absolutes.nearly_everyone, absolutes.of_all
_ONLYINV = absolutes.only_inverted
# The record over the years that superlatives._superlative reads since the sixteenth session (a
# figure does not establish it; a span of years; a longer noun phrase): part of "history".
_RECORD_OVER_TIME = superlatives._record_over_time


def switch(on) -> None:
    """Turn the classes in ``on`` on and the others off (module attributes the check reads)."""
    frames.historical_record = _HISTORY if "history" in on else (lambda *a, **k: None)
    superlatives._record_over_time = _RECORD_OVER_TIME if "history" in on else (lambda *a, **k: False)
    frames.comparative_absolute = _COMPARATIVE if "comparative" in on else (lambda *a, **k: None)
    frames.every_rival = _RIVAL if "rival" in on else (lambda *a, **k: None)
    frames.record_adjective = _RECORD if "record" in on else (lambda *a, **k: None)
    frames.no_other_people = _NO_OTHER if "rival" in on else (lambda *a, **k: None)
    frames.nobody_better = _NOBODY_BETTER if "rival" in on else (lambda *a, **k: None)
    frames.led_the_field = _LED if "rival" in on else (lambda *a, **k: None)
    absolutes.group_habit = _HABIT if "habit" in on else (lambda *a, **k: None)
    absolutes.alone_claim = _ALONE if "alone" in on else (lambda *a, **k: None)
    absolutes.nearly_everyone = _EVERYONE if "everyone" in on else (lambda *a, **k: None)
    absolutes.of_all = _OFALL if "ofall" in on else (lambda *a, **k: None)
    absolutes.only_inverted = _ONLYINV if "onlyinv" in on else (lambda *a, **k: None)

    def frame_claim(lex, lw, i, gaps=None, caps=None):
        hit = _FRAME_CLAIM(lex, lw, i, gaps, caps)
        if hit is None and "evaluative" in on:
            span = evaluative_anywhere(lex, lw, i)
            if span:
                return span[0], span[1], "SL101", "frame:evaluative"
        if hit is None and "possessive" in on:
            span = possessive_evaluative(lex, lw, i)
            if span:
                return span[0], span[1], "SL101", "frame:evaluative"
        return hit

    superlatives._FRAME_KINDS.setdefault("frame:evaluative", ("info", "superlative"))
    superlatives._frame_claim = frame_claim


REG = registry([superlatives])


def lint(texts: dict, on) -> list:
    """SL101 findings of every document (``{name: text}``) with the classes ``on``."""
    switch(on)
    out = []
    for name, text in texts.items():
        for d in lint_documents({name: text}, reg=REG, select=["SL101"]):
            out.append(dict(doc=os.path.splitext(name)[0], path=name, line=d.line, col=d.col, code=d.code,
                            tier=d.severity or "warning", message=d.message))
    return out


# --- the gold ----------------------------------------------------------------------------

_B = re.compile(r"\b(no|nothing|nobody|no one|none|never|neither)\b[^.;]{0,60}?\b(more|less|better|greater|worse|clearer|\w{3,}er)\b", re.I)
_C = re.compile(r"\b(in (\w+ ){0,2}history|ever|all-time|since (the )?\d{4}s?|on record|of all time|record (high|low|level)s?|a record)\b", re.I)
_SUP = re.compile(r"\b(\w+est|most|least|best|worst|first|record|all-time)\b", re.I)
_R = re.compile(r"\bthan (in |at |with )?(any|anyone|anybody|anywhere)\b|\bas \w+ly( and \w+ly)? as any(one|body)\b|\bno other\b", re.I)
_D = re.compile(r"\brecord\b(?! (high|low)s?\b)", re.I)
_A = re.compile(r"\b(the|its|their|our|his|her|my|your|this|that)\s+(most|least|\w+est|best|worst)\s+[a-z]", re.I)


def missed_class(g: dict) -> str:
    """The grammatical class of a marked phrase (with 40 characters of its sentence after it):
    comparative, history, rival, record, evaluative, or "other"."""
    ph, s = g["phrase"], g.get("sentence", "")
    k = s.find(ph)
    after = s[k : k + len(ph) + 40] if k >= 0 else ph
    if _B.search(ph) or (re.match(r"(no|nothing|never)\b", ph, re.I) and _B.search(after)):
        return "comparative"
    if _SUP.search(ph) and _C.search(after):
        return "history"
    if _R.search(ph):
        return "rival"
    if _D.search(ph):
        return "record"
    if _A.search(ph):
        return "evaluative"
    return "other"


def read(name: str, news_dev) -> tuple:
    s = crossval.read_set(name, crossval.gold_dir(name, news_dev), crossval.docs_dir(name, {}, crossval.gold_dir(name, news_dev)))
    texts = {}
    for f in s["docs"].values():
        with open(os.path.join(s["dir"], f), encoding="utf-8") as fh:
            texts[f] = fh.read()
    items = [g for g in s["items"] if g["category"] == "superlative"]
    return texts, items


def span_of(f: dict, pos: list, neg: list) -> str:
    def inside(g):
        return g["doc"] == f["doc"] and g["line"] == f["line"] and g["_col"] - 3 <= f["col"] < g["_col"] + len(g["phrase"])
    return "positive" if any(inside(g) for g in pos) else "trap" if any(inside(g) for g in neg) else "other"


def score(findings: list, items: list) -> tuple:
    _pos, _neg, hits, flagged = crossval.matches(findings, items)
    return len(set(hits.values())), len(findings) - len(hits), len(flagged), set(hits.values())


def one_set(name: str, news_dev, verbose: bool, total: Counter) -> None:
    texts, items = read(name, news_dev)
    pos = [g for g in items if g.get("label", "positive") == "positive"]
    neg = [g for g in items if g.get("label") == "negative"]
    base = lint(texts, ())
    found, false, traps, hit = score(base, items)
    missed = Counter(missed_class(g) for gi, g in enumerate(pos) if gi not in hit)
    print("%s: %d superlative positives, %d traps; rules found %d, %d false alarms, %d traps flagged; missed by class: %s"
          % (name, len(pos), len(neg), found, false, traps, ", ".join("%s %d" % (c, missed[c]) for c in CLASSES + ("other",))))
    for c in CLASSES:
        total[("missed", c)] += missed[c]
    keys = {(f["doc"], f["line"], f["col"]) for f in base}
    for label, on in [(c, (c,)) for c in TRIED] + [("shipped", SHIPPED)]:
        fs = lint(texts, on)
        new = [f for f in fs if (f["doc"], f["line"], f["col"]) not in keys]
        kinds = Counter((span_of(f, pos, neg), f["tier"]) for f in new)
        found2, false2, traps2, _ = score(fs, items)
        print("  %-11s adds %2d: %-60s score: found %d -> %d, false %d -> %d, traps %d -> %d"
              % (label, len(new), ", ".join("%s %s %d" % (k[0], k[1], v) for k, v in sorted(kinds.items())) or "-",
                 found, found2, false, false2, traps, traps2))
        for k, v in kinds.items():
            total[(label,) + k] += v
        if verbose:
            for f in new:
                print("    %s %s:%d:%d %s %s" % (span_of(f, pos, neg), f["doc"], f["line"], f["col"], f["tier"], f["message"][:80]))
    switch(SHIPPED)


def corpus(folder: str, tsv) -> None:
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.lower().endswith(".md"))
    texts = {}
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as fh:
            texts[os.path.relpath(p, folder)] = fh.read()
    base = lint(texts, ())
    keys = {(f["path"], f["line"], f["col"]) for f in base}
    rows = []
    for c in TRIED:
        new = [f for f in lint(texts, (c,)) if (f["path"], f["line"], f["col"]) not in keys]
        print("corpus (%d files, %d SL101 findings with the classes off): %-11s adds %s"
              % (len(texts), len(base), c, dict(Counter(f["tier"] for f in new)) or 0))
        for f in new:
            line = texts[f["path"]].split("\n")[f["line"] - 1].strip()
            rows.append((f["path"], f["line"], f["col"], c, f["tier"], f["message"], line[:300]))
    switch(SHIPPED)
    if tsv:
        with open(tsv, "w", encoding="utf-8") as fh:
            fh.write("path\tline\tcol\tclass\ttier\tmessage\tline_text\n")
            for r in rows:
                fh.write("\t".join(str(x).replace("\t", " ") for x in r) + "\n")


def main(argv: list) -> int:
    parser = argparse.ArgumentParser(prog="frame_classes.py")
    parser.add_argument("-v", dest="verbose", action="store_true", help="list every finding a class adds")
    parser.add_argument("--sets", type=lambda v: v.split(","), default=None,
                        help="default: every set, unless --corpus is given alone")
    parser.add_argument("--news-dev", default=None)
    parser.add_argument("--corpus", default=None, help="a folder of Markdown files (the benchmark corpus)")
    parser.add_argument("--tsv", default=None, help="with --corpus: write the added findings here")
    parser.add_argument("--classes", type=lambda v: v.split(","), default=None, help="the classes to try (default: all)")
    args = parser.parse_args(argv)
    if args.classes:
        TRIED[:] = args.classes
    total: Counter = Counter()
    if args.sets or not args.corpus:
        for name in args.sets or SETS:
            one_set(name, args.news_dev, args.verbose, total)
        print()
        print("all sets: missed by class: " + ", ".join("%s %d" % (c, total[("missed", c)]) for c in CLASSES))
        for label in tuple(TRIED) + ("shipped",):
            print("  %-11s adds: %s" % (label, ", ".join("%s %s %d" % (k[1], k[2], v) for k, v in sorted(total.items())
                                                        if k[0] == label) or "-"))
    if args.corpus:
        corpus(args.corpus, args.tsv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
