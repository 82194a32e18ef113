#!/usr/bin/env python3
"""Which SL101 branch hides what, by the shape of the finding (issue 11, thirty-fifth session).

eval/ablate.py switches each exemption off alone, and "sl.superlative_gates" switches every gate
of superlatives._superlative off at once. This script does the first for every SL exemption
(hide and tier kinds) and splits the second by gate: with the gates off (ablate._ungated), each
call of the original _superlative is traced and the line of its ``return None`` recorded, so a
finding that appears is credited to ``gate@<line>`` (the line numbers are the source's, so read
them against the commit run). Each finding that appears with a branch off is a claim (a gold
positive found only then), a trap or another false alarm, and is put in a shape by where its
first word stands in its sentence: ``subject-head`` (only conjunctions and hedges before it),
``one-of`` ("one of the" + superlative elsewhere), ``most-obj`` ("the most" + adjective
elsewhere), ``other``.

usage: PYTHONPATH=src python3 eval/trace_gates.py OUT.tsv [--sets a,b]
Output: one row per finding: tier, branch, set, doc, line, col, claim|trap|false, shape, gold
phrase, six words from the finding, the sentence. Deterministic; a few minutes over every set.
"""
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ablate  # noqa: E402
import crossval  # noqa: E402
from prosecheck.checks import superlatives  # noqa: E402

SL = ablate.SL
OPENERS = {"but", "and", "so", "yet", "however", "perhaps", "probably", "arguably", "possibly", "maybe",
           "now", "today", "still", "indeed", "also", "thus", "hence", "then", "certainly", "easily",
           "undoubtedly", "by", "far", "in", "fact", "of", "course", "clearly", "surely"}
RANKERS = {"most", "least", "best", "worst", "greatest", "biggest", "largest"}


def shape_of(lw, k):
    """subject-head: the superlative opens its sentence/clause as the head of a subject
    (openers, "one of", "some of", "among" before it); one-of: "one of the" + superlative
    elsewhere; most-obj: "the most" + adj lower case elsewhere; other."""
    j = k
    if j < len(lw) and lw[j] in ("one", "some", "many", "among"):
        pass
    # walk back over openers and "one of"
    p = k - 1
    while p >= 0 and (lw[p] in OPENERS or lw[p] in (",", "—", "-", "(") or not lw[p][:1].isalnum()):
        p -= 1
    head = p < 0
    one_of = (k + 2 < len(lw) and lw[k] in ("one", "some") and lw[k + 1] == "of") or (k >= 2 and lw[k - 1] == "of" and lw[k - 2] in ("one", "some"))
    if head:
        return "subject-head"
    if one_of:
        return "one-of"
    if k < len(lw) and lw[k] == "the" and k + 1 < len(lw) and lw[k + 1] == "most":
        return "most-obj"
    return "other"


def main():
    out_path = sys.argv[1]
    sets_arg = list(crossval.SETS)
    if "--sets" in sys.argv:
        sets_arg = sys.argv[sys.argv.index("--sets") + 1].split(",")
    names = [n for n, v in ablate.EXEMPTIONS.items() if v[0] == SL and n not in ("sl.superlative_gates", "sl.tier")]
    sets = ablate.load_sets(sets_arg, None, {})
    # word offset -> (normalised words, index) per document
    index = {}
    for s in sets:
        for doc_id, doc in s["parsed"]:
            for sentence in doc.sentences:
                words = sentence.words
                lw = superlatives.norm_words(words)
                for k in range(len(words)):
                    line, col = doc.position(words[k].offset)
                    index[(s["name"], doc_id, line, col)] = (lw, k, sentence.text if hasattr(sentence, "text") else " ".join(w.text for w in words))
    base = {s["name"]: ablate.lint(s, SL) for s in sets}
    rows = []

    def delta(name, off_of, tier, branch_of=None):
        for s in sets:
            b_f, o_f = base[s["name"]], off_of(s)
            if tier == "warning":
                b_f, o_f = ablate.warning_only(b_f), ablate.warning_only(o_f)
            pos, neg, hits, flagged = crossval.matches(b_f, s["items"])
            bpos = {id(pos[g]) for g in hits.values()}
            bneg = {id(neg[g]) for g in flagged.values()}
            bkeys = {(f["doc"], f["line"], f["col"]) for f in b_f}
            pos, neg, hits, flagged = crossval.matches(o_f, s["items"])
            for i, f in enumerate(o_f):
                key = (f["doc"], f["line"], f["col"])
                if i in hits:
                    g = pos[hits[i]]
                    if id(g) in bpos:
                        continue
                    what, phrase = "claim", g["phrase"]
                elif i in flagged:
                    g = neg[flagged[i]]
                    if id(g) in bneg:
                        continue
                    what, phrase = "trap", g["phrase"]
                else:
                    if key in bkeys:
                        continue
                    what, phrase = "false", ""
                lw, k, text = index.get((s["name"],) + key, ([], 0, ""))
                shape = shape_of(lw, k) if lw else "?"
                br = name if branch_of is None else branch_of.get((s["name"],) + key, name + ":?")
                rows.append((tier, br, s["name"], f["doc"], f["line"], f["col"], what, shape, phrase, " ".join(lw[k:k + 6]), text.replace("\t", " ").replace("\n", " ")[:300]))

    for name in names:
        kind = ablate.EXEMPTIONS[name][1]
        with ablate.switched_off(name):
            off = {s["name"]: ablate.lint(s, SL) for s in sets}
        for tier in ("all", "warning"):
            if tier == "all" and kind == "tier":
                continue
            delta(name, lambda s: off[s["name"]], tier)
        print(name, file=sys.stderr)

    # the gates apart: trace the line each call of the original _superlative returns at
    original = superlatives._superlative
    code = original.__code__
    returned = {}
    current = {"doc": None}

    def traced(lex, lw, words, i, prose, lowercase=frozenset(), said_rank=None):
        ret_line = [None]

        def local(frame, event, arg):
            if event == "return":
                ret_line[0] = frame.f_lineno
            return local

        def glob(frame, event, arg):
            if frame.f_code is code:
                return local
            return None
        old = sys.gettrace()
        sys.settrace(glob)
        try:
            hit = original(lex, lw, words, i, prose, lowercase, said_rank)
        finally:
            sys.settrace(old)
        if hit is None:
            returned[(id(words), words[i].offset)] = ret_line[0]
        return hit

    ungated = ablate._ungated(traced)

    def wrapper(lex, lw, words, i, prose, lowercase=frozenset(), said_rank=None):
        hit = ungated(lex, lw, words, i, prose, lowercase, said_rank)
        if hit is not None:
            line = returned.get((id(words), words[i].offset))
            if line is not None:
                a = hit[0]
                doc = current["doc"]
                current["map"][doc.position(words[a].offset)] = line
        return hit

    branch_of = {}
    superlatives._superlative = wrapper
    try:
        off = {}
        for s in sets:
            out = []
            c = ablate.CHECKS[SL]
            from prosecheck.check import Context
            for doc_id, doc in s["parsed"]:
                current["doc"] = doc
                current["map"] = {}
                for d in c.check(doc, ablate.OPTIONS[SL], Context(root=s["dir"])):
                    if d.code in crossval.LANG_CODES:
                        out.append(dict(doc=doc_id, line=d.line, col=d.col, code=d.code, severity=d.severity or "warning"))
                for (line, col), ln in current["map"].items():
                    branch_of[(s["name"], doc_id, line, col)] = "gate@%d" % ln
            off[s["name"]] = out
    finally:
        superlatives._superlative = original
    for tier in ("all", "warning"):
        delta("gate", lambda s: off[s["name"]], tier, branch_of)
    with open(out_path, "w") as fh:
        for r in rows:
            fh.write("\t".join(map(str, r)) + "\n")


if __name__ == "__main__":
    main()
