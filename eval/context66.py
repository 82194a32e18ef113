#!/usr/bin/env python3
"""Findings lost to their document's context (trace66, sixty-sixth session).

usage: python3 eval/context66.py [--sets a,b] [--list FILE] [--no-trace]

For every gold item (claims and traps) of the sets: is it found (a claim) or flagged (a trap)
when its sentence is checked alone, as a one-paragraph document of its document's suffix, but
not in its document? Such an item is a *context loss*: something outside its sentence (a gate
reading a neighbouring sentence or the paragraph, a block's voice, a heading or quotation state,
the Document's sentence split, a per-document signal) stops the finding. The checks are
superlatives.Superlatives and hedging.Hedging run in this process with default options, as
eval/crossval.py does (learnt tiers off); the document's findings are paired with the gold by
eval/scoring.py's rules (crossval.matches), by the line and by the sentence
(pooled_alarms.sentence_near). "Alone" counts any finding of the item's category in the lone
sentence.

The genre is a document's, not a sentence's: a lone sentence is never technical (three computing
words at least) nor plain prose (500 words at least), so the lone sentence is checked twice, once
as it is and once with its document's genre (``Document.technical`` and
superlative_subjects.plain_prose) lent to it. An item found alone as it is but not with its
document's genre is lost to the **genre**. An item found alone with the genre but not in its
document is then placed by where its context lives:

* **paragraph**: its paragraph alone (the block's own lines, markup kept, the document's genre
  lent) loses it too. Then the paragraph's sentences up to it (``before``: a gate reading the
  sentences before), else it and the paragraph's sentences after it (``after``), else
  ``paragraph`` (it takes both sides, or the paragraph's markup);
* **voice**: its paragraph alone finds it, and the document puts its block among
  voice.others_blocks (not the writer's words: a heading, a block quote, a transcript's guest's
  turn, verse, an interview's answer);
* **lowercase**: its paragraph alone finds it, but not with the words its document writes in
  lower case lent to it (superlatives._is_name: a capitalised word the document also writes in
  lower case is no name, so "It is probably the oldest of the Bible books" has a named subject
  alone and none in a document that writes "it");
* **document**: its paragraph alone finds it, its block is the writer's: another per-document
  state.

``shared`` is no context loss: the document finds something of the item's category in its
sentence, but the pairing (one finding per item, the nearest column on the line) credits it to
another item. ``(raw alone)`` counts the losses (not ``shared``) found on the sentence alone without the
genre lent, the strict reading of "found alone". ``split`` marks an item whose sentence in the document (Document.sentences) is not the gold's
sentence (the splitter cut it elsewhere). Unless ``--no-trace``, each context loss is traced to
its gate: the functions of prosecheck.checks that returned True when the loss's smallest context
was checked and not when the sentence was checked alone (the gate that stopped it is among them;
eval/README names the usual ones).

Counts per cause are right (a claim the context stops) / trap (a trap the context stops), every
tier and the warning tier, pooled over the sets before the three newest (ablate.NEWEST) and over
the three newest apart. Findings the context stops on no item are not counted (every sentence of
every document would have to be checked alone).

Figures (sixty-sixth session's start rules, the gold as ruled; right / trap, every tier, the
sentence pairing; the 157 sets before hod, then hod/trug/lopper): of 17,387 claims and 21,776
traps, context losses are genre 105 / 317, before 23 / 165, after 72 / 192, paragraph 25 / 98,
voice 2 / 11, lowercase 3 / 4, document 5 / 19 (235 claims for 806 traps, 234 / 798 of them found
on the sentence alone without the genre lent; shared, no loss, 199 / 255); hod/trug/lopper (340 claims, 328 traps): before 0 / 6, after 0 / 6, voice 1 / 2, lowercase
1 / 0. Warning tier, the 157: genre 136 / 237, before 18 / 130, after 72 / 157, paragraph 28 /
78, voice 2 / 8, lowercase 4 / 3, document 7 / 25. The gates (every tier, the 157):
booster_clauses.turn_opens_next 27 / 51, voice._runs_on_quotation 0 / 59,
booster_clauses.of_course_before_turn 20 / 43, works_cited._next_opens_cited 3 / 40,
works_cited.quotes_cited_next 16 / 29, works_cited.quotation_cited_next 2 / 34, hedging._answered
24 / 37, ground_shown.example_follows 12 / 13, ground_shown.figures_follow 3 / 14,
defined_by_saying.names_its_entry 0 / 5: every context gate stops at least as many traps as
claims. The one defect found, voice.others_blocks reading a reference work's field labels
(lopper's Scofield 1-3 John: ``WRITER:``, ``DATE:``, ``THEME:`` repeated in each book's
introduction) or a chronicle's month labels (dado's libcurl history: ``August:``, ``October:``)
as a transcript's speakers, so every block after the second label is a guest's turn, hides 3
claims and 4 traps (and one finding on no item): left, with its figures.
"""

from __future__ import annotations

import argparse
import os
import sys
from bisect import bisect_right
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import crossval  # noqa: E402  (puts this tree's src first)
import pooled_alarms  # noqa: E402
import scoring  # noqa: E402
from prosecheck.check import Context  # noqa: E402
from prosecheck.checks import hedging, superlatives, voice  # noqa: E402
from prosecheck.document import parse  # noqa: E402

NEWEST = ("hod-docs", "trug-docs", "lopper-docs")
CHECKS = (superlatives.Superlatives(), hedging.Hedging())
OPTIONS = [{k: o.default for k, o in c.options.items()} for c in CHECKS]
CC = scoring.CODE_CATEGORIES

# The genre lent to a lone sentence: id(doc) -> plain_prose of its document.
_LENT: dict = {}
_PLAIN = superlatives.plain_prose


def _plain_prose(doc):
    lent = _LENT.get(id(doc))
    return _PLAIN(doc) if lent is None else lent


superlatives.plain_prose = _plain_prose

# The words a document writes in lower case (superlatives._is_name: a capitalised word the
# document also writes in lower case is no name), lent to a paragraph checked alone.
_LENT_LOWER: dict = {}
_LOWER_INIT = superlatives._LowerCaseWords.__init__


def _lower_init(self, doc):
    _LOWER_INIT(self, doc)
    lent = _LENT_LOWER.get(id(doc))
    if lent is not None:
        self._words = lent


superlatives._LowerCaseWords.__init__ = _lower_init


def run(doc, root):
    out = []
    for c, o in zip(CHECKS, OPTIONS):
        for d in c.check(doc, o, Context(root=root)):
            if d.code in CC:
                out.append(d)
    return out


def lint_text(text, suffix, genre=None, root="/tmp", lower=None):
    """Findings of ``text`` as a document ``x<suffix>``; ``genre`` = (technical, plain) to lend,
    ``lower`` the lower-case words of a document to lend."""
    doc = parse("x" + suffix, text)
    if genre is not None:
        doc._technical = genre[0]
        _LENT[id(doc)] = genre[1]
    if lower is not None:
        _LENT_LOWER[id(doc)] = lower
    try:
        return doc, run(doc, root)
    finally:
        _LENT.pop(id(doc), None)
        _LENT_LOWER.pop(id(doc), None)


def in_sentence(doc, diags, offset, category, warning):
    """Any finding of ``category`` in the sentence of ``doc`` holding ``offset``."""
    starts = [s.offset for s in doc.sentences]
    k = max(0, bisect_right(starts, offset) - 1)
    for d in diags:
        if category not in CC[d.code] or (warning and (d.severity or "warning") != "warning"):
            continue
        o = doc.line_offset(d.line) + d.col - 1
        if max(0, bisect_right(starts, o) - 1) == k:
            return True
    return False


def any_finding(diags, category, warning):
    return any(category in CC[d.code] and not (warning and (d.severity or "warning") != "warning") for d in diags)


# --- tracing the gate -----------------------------------------------------------------------

_SKIP_FILES = ("lexicon.py", "trigger_search.py", "sentence_memo.py", "word_gaps.py")


def true_gates(text, suffix, genre):
    """(module, function) of prosecheck.checks that returned True while ``text`` was checked."""
    seen = set()

    def local(frame, event, arg):
        if event == "return" and arg is True:
            fn = frame.f_code.co_filename
            name = frame.f_code.co_name
            if not name.startswith("<") and not fn.endswith(_SKIP_FILES):
                seen.add("%s.%s" % (os.path.basename(fn)[:-3], name))
        return local

    def glob(frame, event, arg):
        return local if "prosecheck/checks" in frame.f_code.co_filename else None

    sys.settrace(glob)
    try:
        lint_text(text, suffix, genre)
    finally:
        sys.settrace(None)
    return seen


def _block_of(doc, line):
    for b in doc.blocks:
        if b.start_line <= line <= b.end_line:
            return b
    return None


def classify(doc, g, gtext, suffix, genre, category, warning, trace):
    """(cause, gates) of a context loss."""
    block = _block_of(doc, g["line"])
    if block is None:
        return "unplaced", ()
    src = "\n".join(doc.lines[block.start_line - 1 : block.end_line]) + "\n"
    pdoc, pd = lint_text(src, suffix, genre)
    off = pdoc.line_offset(g["line"] - block.start_line + 1) + max(g["_col"], 1) - 1
    small = None
    if in_sentence(pdoc, pd, off, category, warning):
        if id(block) in voice.others_blocks(doc):
            cause = "voice"
        else:
            ldoc, ld = lint_text(src, suffix, genre, lower=doc.words.lower_case_texts)
            cause = "document" if in_sentence(ldoc, ld, off, category, warning) else "lowercase"
            if cause == "document" and trace:
                where, size, gates = bisect_document(doc, g, suffix, genre, category, warning)
                return cause, ((("block " + where),) if where else ("blocks %d" % size,)) + gates
    else:
        sents = [s for s in doc.sentences if s.block is block]
        offs = doc.line_offset(g["line"]) + max(g["_col"], 1) - 1
        starts = [s.offset for s in sents]
        k = max(0, bisect_right(starts, offs) - 1)
        cause = "paragraph"
        if sents:
            me = sents[k].text
            if k > 0:
                t = " ".join(x.text for x in sents[: k + 1]) + "\n"
                _, d2 = lint_text(t, suffix, genre)
                if not any_finding(d2, category, warning):
                    cause, small = "before", t
            if cause == "paragraph" and k + 1 < len(sents):
                t = " ".join(x.text for x in sents[k:]) + "\n"
                _, d2 = lint_text(t, suffix, genre)
                if not any_finding(d2, category, warning):
                    cause, small = "after", t
        if small is None:
            small = src
    gates = ()
    if trace and small is not None:
        gates = tuple(sorted(true_gates(small, suffix, genre) - true_gates(gtext + "\n", suffix, genre)))
    return cause, gates


def _assemble(doc, blocks, target):
    """The source lines of ``blocks`` (in order, one blank line between) and the first line of
    ``target`` in that text."""
    parts, line, at = [], 1, 0
    for b in blocks:
        if b is target:
            at = line
        chunk = doc.lines[b.start_line - 1 : b.end_line]
        parts.append("\n".join(chunk))
        line += len(chunk) + 1
    return "\n\n".join(parts) + "\n", at


def bisect_document(doc, g, suffix, genre, category, warning):
    """The one other block of ``doc`` that, beside the item's own, stops the finding (halving the
    other blocks while one half alone still stops it), and the gates that block opens; or
    (None, size of the smallest set found, ())."""
    target = _block_of(doc, g["line"])
    others = [b for b in doc.blocks if b is not target]

    def lost(keep):
        ks = set(map(id, keep)) | {id(target)}
        text, at = _assemble(doc, [b for b in doc.blocks if id(b) in ks], target)
        d2, f2 = lint_text(text, suffix, genre)
        off = d2.line_offset(at + g["line"] - target.start_line) + max(g["_col"], 1) - 1
        return not in_sentence(d2, f2, off, category, warning)

    if not lost(others):
        return None, -1, ()
    while len(others) > 1:
        half = len(others) // 2
        a, b = others[:half], others[half:]
        if lost(a):
            others = a
        elif lost(b):
            others = b
        else:
            return None, len(others), ()
    blk = others[0]
    pair = [b for b in doc.blocks if b is blk or b is target]
    text, _ = _assemble(doc, pair, target)
    alone, _ = _assemble(doc, [target], target)
    gates = tuple(sorted(true_gates(text, suffix, genre) - true_gates(alone, suffix, genre)))
    where = "%s %s" % ("before" if blk.start_line < target.start_line else "after", blk.kind)
    return where, 1, gates


def norm_ws(t):
    return " ".join(t.split())


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", type=lambda v: v.split(","), default=list(crossval.SETS))
    ap.add_argument("--list", help="write every context loss, one a line")
    ap.add_argument("--no-trace", action="store_true")
    args = ap.parse_args(argv)
    # tallies[(group, tier, pairing)][cause][label] += 1
    tallies = defaultdict(lambda: defaultdict(Counter))
    totals = defaultdict(Counter)
    gate_tally = defaultdict(Counter)
    rows = []
    for name in args.sets:
        gdir = crossval.gold_dir(name, None)
        ddir = crossval.docs_dir(name, {}, gdir)
        s = crossval.read_set(name, gdir, ddir)
        group = "newest" if name in NEWEST else "before"
        items_of = defaultdict(list)
        for g in s["items"]:
            items_of[g["doc"]].append(g)
        findings = []
        docs, doc_diags = {}, {}
        for doc_id in sorted(s["docs"]):
            if doc_id not in items_of:
                continue
            path = os.path.join(ddir, s["docs"][doc_id])
            with open(path, encoding="utf-8") as fh:
                doc = parse(path, fh.read())
            diags = run(doc, ddir)
            docs[doc_id] = doc
            doc_diags[doc_id] = diags
            for d in diags:
                findings.append(dict(doc=doc_id, line=d.line, col=d.col, code=d.code,
                                     severity=d.severity or "warning"))
        pooled_alarms.sentence_spans(s)
        found = {}
        for warning in (False, True):
            fs = [f for f in findings if not warning or f["severity"] == "warning"]
            for pairing in ("line", "sentence"):
                near = pooled_alarms.sentence_near if pairing == "sentence" else None
                pos, neg, hits, flagged = crossval.matches(fs, s["items"], near)
                got = {id(pos[gi]) for gi in hits.values()} | {id(neg[ni]) for ni in flagged.values()}
                found[(warning, pairing)] = got
        for g in s["items"]:
            if not g["_col"] or g["doc"] not in docs:
                continue
            doc = docs[g["doc"]]
            suffix = os.path.splitext(s["docs"][g["doc"]])[1]
            label = "right" if g.get("label", "positive") == "positive" else "trap"
            genre = (doc.technical, _PLAIN(doc))
            gtext = g.get("sentence") or ""
            if not gtext:
                continue
            _, raw = lint_text(gtext + "\n", suffix)
            _, lent = lint_text(gtext + "\n", suffix, genre)
            offs = doc.line_offset(g["line"]) + g["_col"] - 1
            starts = [x.offset for x in doc.sentences]
            k = max(0, bisect_right(starts, offs) - 1)
            split = bool(doc.sentences) and norm_ws(doc.sentences[k].text) != norm_ws(gtext)
            for warning in (False, True):
                tier = "warning" if warning else "every"
                a_raw = any_finding(raw, g["category"], warning)
                a_lent = any_finding(lent, g["category"], warning)
                cause_cache = None
                for pairing in ("line", "sentence"):
                    key = (group, tier, pairing)
                    totals[key][label] += 1
                    if id(g) in found[(warning, pairing)]:
                        continue
                    if (a_raw or a_lent) and in_sentence(doc, doc_diags[g["doc"]], offs, g["category"], warning):
                        cause, gates = "shared", ()  # found in its sentence, credited to another item
                    elif a_raw and not a_lent:
                        cause, gates = "genre", ()
                    elif a_lent:
                        if cause_cache is None:
                            cause_cache = classify(doc, g, gtext, suffix, genre, g["category"], warning,
                                                   not args.no_trace)
                        cause, gates = cause_cache
                    else:
                        continue
                    tallies[key][cause][label] += 1
                    if a_raw and cause != "shared":
                        tallies[key]["(raw alone)"][label] += 1
                    if split:
                        tallies[key]["(split)"][label] += 1
                    for gt in gates:
                        gate_tally[key + (cause, gt)][label] += 1
                    rows.append("\t".join(map(str, (name, tier, pairing, label, cause, ("split" if split else "") + (" raw" if a_raw else ""),
                                                    g["doc"], g["line"], g["category"], g["phrase"],
                                                    ",".join(gates), gtext[:200]))))
        print(name, "done", file=sys.stderr, flush=True)
    causes = ("shared", "genre", "before", "after", "paragraph", "voice", "lowercase", "document", "unplaced", "(split)",
              "(raw alone)")
    for group in ("before", "newest"):
        for tier in ("every", "warning"):
            for pairing in ("line", "sentence"):
                key = (group, tier, pairing)
                t = totals[key]
                print("\n%s sets, %s tier, %s pairing: %d claims, %d traps" % (
                    "the sets before hod" if group == "before" else "hod/trug/lopper", tier, pairing,
                    t["right"], t["trap"]))
                print("  %-10s %6s %6s" % ("cause", "right", "trap"))
                for c in causes:
                    r = tallies[key][c]
                    if r:
                        print("  %-10s %6d %6d" % (c, r["right"], r["trap"]))
    print("\ngates (functions returning True in the loss's smallest context and not alone), sentence pairing, every tier:")
    for group in ("before", "newest"):
        rowsg = [(k, v) for k, v in gate_tally.items() if k[0] == group and k[1] == "every" and k[2] == "sentence"]
        rowsg.sort(key=lambda kv: -(kv[1]["right"] + kv[1]["trap"]))
        print(" ", group)
        for k, v in rowsg[:40]:
            print("    %-10s %-55s %4d right %4d trap" % (k[3], k[4], v["right"], v["trap"]))
    if args.list:
        with open(args.list, "w", encoding="utf-8") as fh:
            fh.write("set\ttier\tpairing\tlabel\tcause\tsplit\tdoc\tline\tcategory\tphrase\tgates\tsentence\n")
            fh.write("\n".join(rows) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
