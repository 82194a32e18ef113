#!/usr/bin/env python3
"""Append B's hand-written items to <set>-b.jsonl, filling in `sentence` by script.

usage: python3 eval/agreement/fill.py [--set SET] DOCS_DIR < items.tsv

SET is the labelled set's name (unseen-docs by default): the items go to `SET-b.jsonl` here and
the documents' formats come from `../SET/manifest.jsonl`.

Each input line is tab-separated: doc, line, category, label, phrase[, why]. The phrase must be
on its line (exactly, as A's phrases are); `sentence` is cut from the line around the phrase (a
line is a paragraph in most documents, so the cut stops at the sentence ends on either side; for
wrapped text the line itself is used when no sentence end is found). Items are appended in the
order given, which is the order of work.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def paths(name):
    """B's file and the set's manifest for the set called `name`."""
    return (os.path.join(HERE, "%s-b.jsonl" % name),
            os.path.join(HERE, "..", name, "manifest.jsonl"))


def sentence_of(text, phrase):
    at = text.find(phrase)
    start = 0
    for m in re.finditer(r"[.!?][\"'\u201d\u2019)]*\s+", text[:at]):
        start = m.end()
    m = re.search(r"[.!?][\"'\u201d\u2019)]*(\s|$)", text[at + len(phrase):])
    end = at + len(phrase) + m.end() if m else len(text)
    return text[start:end].strip()


def main(docs_dir, name="unseen-docs"):
    out_path, manifest = paths(name)
    if not os.path.isfile(manifest):
        sys.exit("no labelled set called %r (no %s)" % (name, manifest))
    fmt = {}
    for raw in open(manifest, encoding="utf-8"):
        if raw.strip():
            e = json.loads(raw)
            fmt[e["id"]] = e.get("format", "md")
    out = []
    for n, raw in enumerate(sys.stdin, 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.rstrip("\n").split("\t")
        doc, line, cat, label, phrase = parts[:5]
        why = parts[5] if len(parts) > 5 else ""
        if doc not in fmt:
            sys.exit("input line %d: %s is not in the manifest" % (n, doc))
        lines = open(os.path.join(docs_dir, "%s.%s" % (doc, fmt[doc])), encoding="utf-8").read().split("\n")
        line = int(line)
        if 1 <= line <= len(lines) and phrase not in lines[line - 1]:
            # the hand-typed apostrophe may differ from the document's (' and \u2019)
            for alt in (phrase.replace("'", "\u2019"), phrase.replace("\u2019", "'")):
                if alt in lines[line - 1]:
                    phrase = alt
        if not 1 <= line <= len(lines) or phrase not in lines[line - 1]:
            sys.exit("input line %d: %r is not on %s:%d" % (n, phrase, doc, line))
        if cat not in ("superlative", "hedge", "booster") or label not in ("positive", "negative"):
            sys.exit("input line %d: bad category or label" % n)
        if label == "negative" and not why:
            sys.exit("input line %d: a negative needs its why" % n)
        item = {"doc": doc, "line": line, "category": cat, "phrase": phrase,
                "sentence": sentence_of(lines[line - 1], phrase), "label": label}
        if why:
            item["why"] = why
        out.append(item)
    with open(out_path, "a", encoding="utf-8") as fh:
        for item in out:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print("%d items appended" % len(out))


if __name__ == "__main__":
    args = sys.argv[1:]
    name = "unseen-docs"
    if args[:1] == ["--set"]:
        if len(args) < 2:
            sys.exit("usage: fill.py [--set SET] DOCS_DIR < items.tsv")
        name, args = args[1], args[2:]
    main(args[0] if args else "/work/data/%s" % name, name)
