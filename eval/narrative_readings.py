#!/usr/bin/env python3
"""Would a reading of first-hand narrative take out right or wrong findings? (issue 11, narr58)

usage: PYTHONPATH=SRC python3 eval/narrative_readings.py EXE [--code HC102] [--sets a,b]
                                                          [--findings DIR] [--data DIR] [-v]

The fifty-seventh session's newest trio gave most of its wrong boosters in first-hand accounts
(sett-docs' Erowid reports, S1060: "The wait was definitely on the long side", "She was obviously
farther along than I", "Of course this was going to be a difficult task"). The checks read the
speaker's ``I`` and ``me`` sentence by sentence (first_hand, superlative_own_life); this asks
whether a reading of the paragraph or the document as a first-person narrative would tell such
findings from the right ones, before anything is built. It runs EXE (every tier, ``--picky``,
``--select CODE``) on each development set (``crossval.SETS``; a sealed set is skipped), or reads
``DIR/<set>.json`` when ``--findings DIR`` holds it (and writes it there when not), parses each
document that has a finding with the ``prosecheck`` on the import path (PYTHONPATH: the Document
every check sees), marks each sentence as

- *first person*: it names the writer (``I``, ``me``, ``my``, ``myself``, ``I'm`` ...);
- *first-person past*: ``I`` then (past one adverb) a past verb (``was``, ``had``, ``felt``, a word
  in ``-ed`` ...): the narrator recounting what he did or went through;

and counts the findings of CODE under each reading below, labelled by the gold of the code's
category on the finding's line (positive, else trap, else other: ``finding_phrases.label``) and,
apart, in the finding's sentence (``scoring.sentence_span``: the scorers' sentence pairing), on
every tier and on the warning tier, for the newest trio (``ablate.NEWEST``) and for the other
sets apart, with the number of sets each label comes from. ``-v`` prints every finding taken.

Readings (a finding is taken when its paragraph, document or sentence is so):

- ``paragraph-past``: two or more first-person-past sentences, at least 30% of the paragraph's;
- ``paragraph-first``: three or more first-person sentences, at least 60% of the paragraph's;
- ``document-first``: ten or more sentences, at least 40% of them first person;
- ``sentence-past+paragraph``: the finding's own sentence first-person past, in a paragraph whose
  sentences are at least half first person (two or more);
- ``adverb-past+paragraph``: a certainty adverb (``definitely``, ``obviously``, ``of course`` ...)
  beside a past verb (two words before it, four after, no modal there), in such a paragraph.

Exit status 0, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ablate import NEWEST  # noqa: E402
from finding_phrases import NEWS_DEV_GOLD, label, load_gold  # noqa: E402
from score_all import development_sets, is_sealed  # noqa: E402
from scoring import sentence_span  # noqa: E402

CATEGORY = {"HC101": "hedge", "HC102": "booster", "HC103": "booster", "SL101": "superlative"}
_PHRASE = re.compile(r'"([^"]+)"')
_FIRST = frozenset("i me my myself i'm i've i'd i'll i\u2019m i\u2019ve i\u2019d i\u2019ll".split())
_PAST_IRREGULAR = frozenset(
    """was were had did knew felt saw went thought took got came said told began found left made heard
    became ran sat stood fell kept held brought bought gave met lost spent sent woke awoke ate drank
    slept led wrote spoke grew chose drove rode understood forgot wasn't didn't hadn't couldn't
    wasn\u2019t didn\u2019t hadn\u2019t couldn\u2019t""".split()
)
_ADVERBS_BETWEEN = frozenset("just then finally also never really still suddenly soon actually already even first".split())
_MODALS = frozenset("would could will can may might should must shall".split())
_CERTAINTY_ADVERBS = frozenset(
    """definitely certainly clearly obviously surely undoubtedly naturally evidently plainly indeed
    doubtless unquestionably""".split()
)


def past(w: str) -> bool:
    return w in _PAST_IRREGULAR or (len(w) > 4 and w.endswith("ed") and w.isalpha())


def first_person_past(lw) -> bool:
    """``I`` then, past one adverb, a past verb: "I took", "I then realized", "I was"."""
    n = len(lw)
    for k, w in enumerate(lw):
        if w == "i":
            j = k + 1
            if j < n and lw[j] in _ADVERBS_BETWEEN:
                j += 1
            if j < n and past(lw[j]):
                return True
    return False


def adverb_past(lw, k: int, phrase: str) -> bool:
    """The finding at word ``k`` is a certainty adverb beside a past verb, no modal near."""
    p = phrase.lower()
    if p not in _CERTAINTY_ADVERBS and p not in ("of course", "in fact"):
        return False
    m = len(p.split())
    near = lw[max(0, k - 2):k] + lw[k + m:k + m + 4]
    return not any(w in _MODALS for w in near) and any(past(w) for w in near)


READINGS = (
    ("paragraph-past", lambda r: r["p_past"] >= 2 and r["p_past"] >= 0.3 * r["p_n"]),
    ("paragraph-first", lambda r: r["p_first"] >= 3 and r["p_first"] >= 0.6 * r["p_n"]),
    ("document-first", lambda r: r["d_n"] >= 10 and r["d_first"] >= 0.4 * r["d_n"]),
    ("sentence-past+paragraph", lambda r: r["s_past"] and r["p_first"] >= 2 and r["p_first"] >= 0.5 * r["p_n"]),
    ("adverb-past+paragraph", lambda r: r["adv_past"] and r["p_first"] >= 2 and r["p_first"] >= 0.5 * r["p_n"]),
)


def findings_of(exe: str, code: str, name: str, docs: str, cache_dir):
    path = os.path.join(cache_dir, name + ".json") if cache_dir else None
    if path and os.path.isfile(path):
        with open(path, encoding="utf-8") as f:
            return [x for x in json.load(f) if x["code"] == code]
    run = subprocess.run([exe, "--picky", "--isolated", "--no-cache", "--no-respect-gitignore", "--format", "json",
                          "--select", code, docs], capture_output=True, text=True)
    found = json.loads(run.stdout or "[]")
    if path:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(found, f)
    return found


def rows_of(findings, gold: dict, category: str) -> list:
    """One row per finding: its labels and the narrative counts of its sentence, paragraph and
    document (the document parsed once, every sentence read once)."""
    from prosecheck.document import parse

    by_path = defaultdict(list)
    for f in findings:
        by_path[f["path"]].append(f)
    rows = []
    for path, fs in by_path.items():
        with open(path, encoding="utf-8", errors="replace") as fh:
            text = fh.read()
        doc = parse(path, text)
        starts, marks, paragraph = [], [], defaultdict(lambda: [0, 0, 0])
        d_n = d_first = 0
        for s in doc.sentences:
            lw = [w.text.lower() for w in s.words]
            first, fpast = not _FIRST.isdisjoint(lw), first_person_past(lw)
            counts = paragraph[id(s.block)]
            counts[0] += 1
            counts[1] += first
            counts[2] += fpast
            d_n += 1
            d_first += first
            starts.append(s.offset)
            marks.append((id(s.block), fpast, lw, [w.offset for w in s.words]))
        lines = text.split("\n")
        name = os.path.splitext(os.path.basename(path))[0]
        for f in fs:
            m = _PHRASE.match(f["message"])
            phrase = m.group(1) if m else ""
            at = doc.line_offset(f["line"]) + (f["col"] or 1) - 1
            i = bisect.bisect_right(starts, at) - 1
            if i < 0:
                continue
            block, fpast, lw, offsets = marks[i]
            k = bisect.bisect_left(offsets, at)
            items = gold.get((name, f["line"]), [])
            line = lines[f["line"] - 1] if 0 < f["line"] <= len(lines) else ""
            a, z = sentence_span(line, f["col"] or 1, len(phrase))
            in_sentence = [g for g in items if a <= line.lower().find(g["phrase"].lower()) + 1 < z]
            p_n, p_first, p_past = paragraph[block]
            rows.append({
                "finding": f, "phrase": phrase, "line_label": label(items, category),
                "sentence_label": label(in_sentence, category), "p_n": p_n, "p_first": p_first,
                "p_past": p_past, "d_n": d_n, "d_first": d_first, "s_past": fpast,
                "adv_past": adverb_past(lw, k, phrase), "words": lw,
            })
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("exe")
    ap.add_argument("--code", default="HC102", choices=sorted(CATEGORY))
    ap.add_argument("--sets", default=None, help="comma-separated names (default: crossval.SETS)")
    ap.add_argument("--findings", default=None, help="a folder of <set>.json findings, read or written")
    ap.add_argument("--data", default="/work/data")
    ap.add_argument("-v", action="store_true", help="print every finding a reading takes")
    args = ap.parse_args(argv)
    if not (os.path.isfile(args.exe) and os.access(args.exe, os.X_OK)):
        print("error: %s is not an executable file" % args.exe, file=sys.stderr)
        return 2
    if args.findings:
        os.makedirs(args.findings, exist_ok=True)
    category = CATEGORY[args.code]
    rows = []
    for name in (args.sets.split(",") if args.sets else development_sets()):
        gold_path = NEWS_DEV_GOLD if name == "news-dev" else os.path.join(HERE, name, "gold.jsonl")
        docs = os.path.join(args.data, "news-dev-docs" if name == "news-dev" else name)
        if is_sealed(name) or not os.path.isfile(gold_path) or not os.path.isdir(docs):
            print("%-14s skipped (sealed, not a labelled set, or not built)" % name)
            continue
        for r in rows_of(findings_of(args.exe, args.code, name, docs, args.findings), load_gold(gold_path, docs), category):
            r["set"] = name
            rows.append(r)
    for reading, taken in READINGS:
        print("%s (%s)" % (reading, args.code))
        for part, inside in (("newest trio", lambda s: s in NEWEST), ("the other sets", lambda s: s not in NEWEST)):
            for pairing in ("line", "sentence"):
                for tier in ("every tier", "warning"):
                    counts, sets_of = Counter(), defaultdict(set)
                    for r in rows:
                        if inside(r["set"]) and taken(r) and (tier == "every tier" or r["finding"]["severity"] == "warning"):
                            lab = r[pairing + "_label"]
                            counts[lab] += 1
                            sets_of[lab].add(r["set"])
                    print("  %-15s %-8s %-10s  right %3d (%d sets), traps %3d (%d), other %3d (%d)" % (
                        part, pairing, tier, counts["positive"], len(sets_of["positive"]), counts["trap"],
                        len(sets_of["trap"]), counts["other"], len(sets_of["other"])))
        if args.v:
            for r in rows:
                if taken(r):
                    f = r["finding"]
                    print("    %-8s %-8s %s %s:%d:%d %r  %s" % (
                        r["line_label"], r["sentence_label"], f["severity"], os.path.basename(f["path"]), f["line"],
                        f["col"], r["phrase"], " ".join(r["words"])[:120]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
