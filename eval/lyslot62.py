"""What an optional -ly adverb inside a lexicon entry would find (tidy62, sixty-second session).

usage: python3 eval/lyslot62.py --findings DIR [--sets a,b] [--corpus DIR] [-v]

The lexicon matches an entry's words one after the other, so rivet's "Any fool can plainly see"
is missed though "any fool can see" is an entry. This counts, over the sets, every place where
one word in -ly (``ly_adverbs.ly_adverb``, five letters or more) between two words of a
multi-word entry of the hedging lexicon (weasel: HC101, booster/emphatic: HC102, hedge: counted
for HC103/HC104) or of the superlatives' phrases (SL101) hides an entry that the words without it would match, and labels
each by the gold: a positive of the entry's category on its line (by the line) or in its sentence
(by the sentence), a trap, or nothing. ``--findings DIR`` holds the rules' JSON output per set
(``<set>.json``, ``--format json --picky``): a candidate whose line (or sentence) already has a
finding of its code gains no item there. Every entry is taken (the "every multi-word entry"
reading); the candidates' entries are listed, so a per-entry mark can be read off them.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from bisect import bisect_right
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import crossval  # noqa: E402  (puts this tree's src first)
from prosecheck.checks.hedging import Lexicon as HLex  # noqa: E402
from prosecheck.checks.lexicon import norm_words  # noqa: E402
from prosecheck.checks.ly_adverbs import ly_adverb  # noqa: E402
from prosecheck.checks.superlatives import Lexicon as SLex  # noqa: E402
from prosecheck.document import parse  # noqa: E402

def matchers():
    h = HLex((), ())
    s = SLex((), ()) if _takes_args(SLex) else SLex()
    return [("booster", h.boosters, "HC102"), ("hedge", h.weasel, "HC101"), ("hedge", h.hedges, "HC103"),
            ("superlative", s.phrases, "SL101")]


def _takes_args(cls) -> bool:
    import inspect
    return len(inspect.signature(cls.__init__).parameters) > 1


def candidates(lw, mats):
    """(category, code, entry, first word, adverb word) for each entry an -ly adverb inside hides."""
    out = []
    plain = [{(s, s + ln) for s, ln, *_ in mat.finditer(lw)} for _, mat, _ in mats]
    for j, w in enumerate(lw):
        if not ly_adverb(w) or j == 0 or j == len(lw) - 1:
            continue
        cut = lw[:j] + lw[j + 1:]
        for (cat, mat, code), spans in zip(mats, plain):
            for a in range(max(0, j - 6), j):
                if cut[a] not in mat.table:
                    continue
                m = mat.match_at(cut, a)
                if not m or m[0] < 2 or not a < j < a + m[0]:
                    continue  # the adverb stands inside the entry, between two of its words
                if any(x <= a < y for x, y in spans):
                    continue  # the words already start or hold a match
                out.append((cat, code, m[3], a, j))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--findings", required=True)
    ap.add_argument("--sets", default=",".join(crossval.SETS))
    ap.add_argument("--corpus")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args(argv)
    mats = matchers()
    newest = set(crossval.SETS[-3:])
    tally = defaultdict(Counter)  # (group, code) -> (pairing, label, already found) -> count
    entries = Counter()
    sets_of = defaultdict(set)
    for name in args.sets.split(","):
        gdir = crossval.gold_dir(name, None)
        ddir = crossval.docs_dir(name, {}, gdir)
        s = crossval.read_set(name, gdir, ddir)
        found = defaultdict(set)
        fpath = os.path.join(args.findings, name + ".json")
        for d in json.load(open(fpath)):
            found[(os.path.basename(d["path"]), d["code"])].add((d["line"], d["col"]))
        gold = defaultdict(list)
        for g in s["items"]:
            gold[g["doc"]].append(g)
        group = "newest" if name in newest else "older"
        for doc_id, fname in sorted(s["docs"].items()):
            path = os.path.join(ddir, fname)
            with open(path, encoding="utf-8") as fh:
                doc = parse(path, fh.read())
            sents = doc.sentences
            starts = [x.offset for x in sents]
            at = lambda off: max(0, bisect_right(starts, off) - 1)  # noqa: E731
            for x in sents:
                words = x.words
                lw = norm_words(words)
                for cat, code, entry, a, j in candidates(lw, mats):
                    line, col = doc.position(words[a].offset)
                    f_line = any(fl == line for fl, _ in found[(fname, code)])
                    f_sent = any(at(doc.line_offset(fl) + fc - 1) == x.index for fl, fc in found[(fname, code)])
                    by_line = [g for g in gold[doc_id] if g["category"] == cat and g["line"] == line]
                    by_sent = [g for g in gold[doc_id] if g["category"] == cat
                               and at(doc.line_offset(g["line"]) + max(g["_col"], 1) - 1) == x.index]
                    lab_l = ("right" if any(g.get("label", "positive") == "positive" for g in by_line)
                             else "trap" if by_line else "none")
                    lab_s = ("right" if any(g.get("label", "positive") == "positive" for g in by_sent)
                             else "trap" if by_sent else "none")
                    tally[(group, code)][("line", lab_l, f_line)] += 1
                    tally[(group, code)][("sentence", lab_s, f_sent)] += 1
                    entries[(code, entry)] += 1
                    sets_of[(code, lab_l, f_line)].add(name)
                    if args.v:
                        print(f"{name}\t{doc_id}:{line}\t{code}\t{entry!r} + {lw[j]!r}\tline={lab_l}{'(found)' if f_line else ''}"
                              f"\tsentence={lab_s}{'(found)' if f_sent else ''}\t{x.text[:160]!r}")
    for (group, code), t in sorted(tally.items()):
        for pairing in ("line", "sentence"):
            row = {lab: (t[(pairing, lab, False)], t[(pairing, lab, True)]) for lab in ("right", "trap", "none")}
            print(f"{group} {code} by the {pairing}: " + ", ".join(f"{lab} {new} new + {old} already found" for lab, (new, old) in row.items()))
        print(f"  sets with a new right one (line): {sorted(sets_of[(code, 'right', False)])}")
    print("entries:", entries.most_common())
    if args.corpus:
        n = 0
        for root, _, files in os.walk(args.corpus):
            for f in sorted(files):
                if not f.endswith((".md", ".markdown", ".txt", ".rst")):
                    continue
                path = os.path.join(root, f)
                try:
                    doc = parse(path, open(path, encoding="utf-8", errors="replace").read())
                except Exception:
                    continue
                for x in doc.sentences:
                    lw = norm_words(x.words)
                    for cat, code, entry, a, j in candidates(lw, mats):
                        n += 1
                        print(f"corpus\t{f}:{doc.position(x.words[a].offset)[0]}\t{code}\t{entry!r} + {lw[j]!r}\t{x.text[:200]!r}")
        print("corpus candidates:", n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
