#!/usr/bin/env python3
"""Knowledge put on minds, and claims called beyond saying (HC102, sixty-fifth session, mind65):
every occurrence of the shapes below over the development sets, with how the gold (as ruled by
default: eval/gold_remarks/) marks it and what HC102 does on it now (both tiers) under one or two
executables.

usage: python3 eval/mind65.py [--sets a,b] [--exe BEFORE [--exe AFTER]] [--list] [--only KEY,...]

The shapes are found by regular expressions over each document's lines (eval/gold_splits.py's
reading: the same sentence split as the scorers' sentence pairing, an occurrence marked by a gold
item whose phrase overlaps it). Each occurrence is read for its subject (the word before the verb,
past an adverb or an auxiliary): ``first`` (I, we, you), ``modal`` (to, must, will, do: a duty, a
future or an infinitive, no vouching), ``relative`` (who, that, which), ``he/she/they`` or ``noun``
(a name, a group, a plural); and for its frame: ``question`` (the sentence ends with "?"),
``condition`` (if, when, unless, once, until, whether among the three words before the subject),
``as-frame`` ("as X is well aware").

A finding "on" the occurrence is an HC102 finding on its line whose column falls in its sentence;
``HC102 now`` prints its tier (warning/info) or ``-``.
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter, OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gold_splits  # noqa: E402
import scoring  # noqa: E402

ADV = r"(?:(?:well|fully|keenly|acutely|very|perfectly|painfully|all\s+too|only\s+too|also|now|already|still|" \
      r"clearly|surely|certainly|obviously|too|increasingly|quickly|soon|rightly|correctly|instinctively)\s+)*"
PRES = OrderedDict([
    ("aware", r"\b(?:is|are|'s|'re|\u2019s|\u2019re)\s+" + ADV + r"aware\s+(?:that|of\s+the\s+fact)\b"),
    ("recognise", r"\brecogni[sz]es?\s+that\b"),
    ("realise", r"\breali[sz]es?\s+that\b"),
    ("understand", r"\bunderstands?\s+that\b"),
    ("see", r"\bsees?\s+that\b"),
    ("as-aware", r"\b[Aa]s\s+(?:[\w-]+\s+){1,5}(?:is|are)\s+" + ADV + r"aware\b(?!\s+(?:that|of))"),
])
PAST = OrderedDict([
    ("aware-past", r"\b(?:was|were)\s+" + ADV + r"aware\s+(?:that|of\s+the\s+fact)\b"),
    ("recognise-past", r"\brecogni[sz]ed\s+that\b"),
    ("realise-past", r"\breali[sz]ed\s+that\b"),
    ("understand-past", r"\bunderstood\s+that\b"),
    ("see-past", r"\bsaw\s+that\b"),
    ("knew", r"\bknew\s+(?:(?:full|perfectly|very)\s+well\s+)?that\b"),
    ("as-aware-past", r"\b[Aa]s\s+(?:[\w-]+\s+){1,5}(?:was|were)\s+" + ADV + r"aware\b(?!\s+(?:that|of))"),
])
SAYING = OrderedDict([
    ("go-without-saying", r"\b(?:should|must|ought\s+to|would|will)\s+go\s+without\s+saying\b"),
    ("goes-without-saying", r"\b(?:goes|went)\s+without\s+saying\b"),
    ("should-be-obvious", r"\b(?:should|must|ought\s+to)\s+(?:now\s+|already\s+|by\s+now\s+)?be\s+(?:obvious|evident|"
                          r"apparent|clear|self-evident|plain)\b"),
    ("needless-to-add", r"\b[Nn]eedless\s+to\s+(?:add|mention|point\s+out|remark|state|stress|emphasi[sz]e|repeat)\b"),
    ("hardly-needs", r"\b(?:hardly|scarcely|barely)\s+(?:needs|need)\s+(?:to\s+be\s+)?(?:saying|said|stating|stated|"
                     r"pointing\s+out|pointed\s+out|emphasi[sz]ing|emphasi[sz]ed|repeating|arguing|argued|proof|proving|proved)\b"),
    ("needs-no", r"\b(?:needs|need|requires)\s+no\s+(?:proof|argument|comment|emphasis|explanation|elaboration|"
                 r"demonstration|saying)\b"),
])
SHAPES = OrderedDict()
for group, d in (("present", PRES), ("past", PAST), ("saying", SAYING)):
    for k, v in d.items():
        SHAPES[k] = (group, "booster", v, 0)

FIRST = {"i", "we", "you", "us", "me", "one"}
MODAL = {"to", "must", "should", "will", "would", "can", "could", "may", "might", "shall", "do", "does", "did", "not",
         "cannot", "never", "don't", "doesn't", "didn't", "won't", "let", "please", "and"}
RELATIVE = {"who", "that", "which", "whom"}
PRON3 = {"he", "she", "they", "it"}
SKIP = {"well", "fully", "keenly", "acutely", "very", "perfectly", "painfully", "also", "now", "already", "still",
        "clearly", "surely", "certainly", "obviously", "too", "increasingly", "quickly", "soon", "rightly", "correctly",
        "instinctively", "all", "only", "is", "are", "was", "were", "'s", "'re", "both", "themselves", "himself",
        "herself", "itself", "generally", "usually", "often", "always", "immediately", "finally", "eventually", "even"}
CONDITION = {"if", "when", "whenever", "unless", "once", "until", "whether", "before", "after", "till"}


def subject(o):
    """(kind, word) of the subject before the verb."""
    before = o["before"]
    words = re.findall(r"[\w'\u2019-]+|[^\w\s]", before)
    m = re.match(r"[\w'\u2019-]+", o["match"])
    head = m.group(0).lower() if m else ""
    if head in ("is", "are", "was", "were", "'s", "'re"):
        pass
    j = len(words) - 1
    while j >= 0 and words[j].lower().replace("\u2019", "'") in SKIP:
        j -= 1
    if j < 0 or not re.search(r"\w", words[j]):
        return "none", words[j] if j >= 0 else ""
    w = words[j].lower().replace("\u2019", "'")
    if w in FIRST:
        kind = "first"
    elif w in MODAL:
        kind = "modal"
    elif w in RELATIVE:
        kind = "relative"
    elif w in PRON3:
        kind = w if w != "it" else "it"
    else:
        kind = "noun"
    near = [x.lower() for x in words[max(0, j - 4):j]]
    if kind not in ("first", "modal") and any(x in CONDITION for x in near):
        kind = "condition"
    return kind, words[j]


def frame(o):
    s = o["sentence"].rstrip()
    if s.endswith("?") or s.endswith("?\"") or s.endswith("?\u201d"):
        return "question"
    return ""


def run(exe, paths):
    """{(path, line): [(col, severity)]} of HC102 findings."""
    out = defaultdict(list)
    for i in range(0, len(paths), 400):
        chunk = paths[i:i + 400]
        proc = subprocess.run([exe] + chunk + ["--format", "json", "--no-cache", "--isolated", "--no-respect-gitignore",
                                               "--picky"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for f in json.loads(proc.stdout):
            if f["code"] == "HC102":
                out[(os.path.abspath(f["path"]), f["line"])].append((f["col"], f["severity"]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets")
    ap.add_argument("--exe", action="append", default=[])
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--only")
    ap.add_argument("--json")
    a = ap.parse_args()
    gold_splits.SHAPES.clear()
    gold_splits.SHAPES.update(SHAPES)
    names = a.sets.split(",") if a.sets else list(gold_splits.development_sets())
    keys = a.only.split(",") if a.only else list(SHAPES)
    occs = gold_splits.scan(names, keys=keys)
    paths = {}
    for o in occs:
        gdir, ddir = gold_splits.set_dirs(o["set"])
        fmt = "md"
        for ext in ("md", "txt", "rst"):
            p = os.path.join(ddir, "%s.%s" % (o["doc"], ext))
            if os.path.exists(p):
                fmt = ext
                break
        o["path"] = os.path.abspath(os.path.join(ddir, "%s.%s" % (o["doc"], fmt)))
        o["subject"], o["subject_word"] = subject(o)
        o["frame"] = frame(o)
        paths[o["path"]] = 1
    for n, exe in enumerate(a.exe):
        found = run(exe, sorted(paths))
        for o in occs:
            line = gold_splits_line(o)
            s, e = scoring.sentence_span(line, o["start"] + 1, o["end"] - o["start"])
            tiers = [sev for col, sev in found.get((o["path"], o["line"]), ()) if s <= col < e]
            o["hc102_%d" % n] = "warning" if "warning" in tiers else ("info" if tiers else "-")
    for o in occs:
        o.pop("item", None)
    if a.json:
        with open(a.json, "w") as fh:
            json.dump(occs, fh)
    if a.list:
        for o in occs:
            print("\t".join([o["shape"], o["set"], "%s:%d" % (o["doc"], o["line"]), o["marking"], o["subject"] + ":" +
                             o["subject_word"], o["frame"] or "-"] + [o.get("hc102_%d" % n, "") for n in range(len(a.exe))] +
                            [o["sentence"][:220]]))


_LINES = {}


def gold_splits_line(o):
    if o["path"] not in _LINES:
        with open(o["path"], encoding="utf-8") as fh:
            _LINES[o["path"]] = fh.read().split("\n")
    return _LINES[o["path"]][o["line"] - 1]


if __name__ == "__main__":
    main()
