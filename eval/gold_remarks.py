"""The reviewed re-marks of the gold (eval/RULINGS.md), applied as an overlay on each set's
gold.jsonl: the gold files stay the record of the blind annotation, and every scorer reads the
gold *as ruled* through :func:`apply` (or :func:`load_items`).

The overlay is the folder ``eval/gold_remarks/``: TSV files read in sorted order, each with the
header ``set doc line category phrase now ruled ruling why`` (tab-separated):

- ``set``: a set of crossval.SETS other than news-dev (its gold is not in the repository);
- ``doc``, ``line``: as in gold.jsonl;
- ``category``: superlative, hedge or booster;
- ``phrase``: the existing item's exact phrase (``now`` positive or negative), or the exact words
  on that line of the built document (``now`` none: a new item);
- ``now``: positive, negative or none (the item's label in gold.jsonl; none: no item);
- ``ruled``: positive, negative or none (none drops the item);
- ``ruling``: ``RULINGS 1`` .. ``RULINGS 6``;
- ``why``: a short reason (for ``ruled`` negative, the clause, as the gold's traps carry).

An existing item re-labelled keeps its sentence and takes its ``why`` from the row; a new item
takes its ``sentence`` from the built document by the scorers' own split
(``scoring.sentence_span``); a dropped item goes. Every item the overlay touches carries
``remark`` (``<file>:<row> RULINGS n``). A row that matches no item or more than one, a new item
whose words are not on its line or that an item of its category already overlaps, a set outside
crossval.SETS (or news-dev), and two rows on the same item that disagree are errors
(:class:`RemarkError`), never skipped.

``PROSECHECK_EVAL_GOLD=as-built`` gives the gold as annotated (the figures the sets' READMEs
record as scored once were computed on it); ``ruled`` (the default) gives the gold as ruled.
This module imports nothing of prosecheck.
"""
from __future__ import annotations

import ast
import csv
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = os.path.join(HERE, "gold_remarks")
ENV = "PROSECHECK_EVAL_GOLD"
MODES = ("ruled", "as-built")
HEADER = ("set", "doc", "line", "category", "phrase", "now", "ruled", "ruling", "why")
CATEGORIES = ("superlative", "hedge", "booster")
LABELS = ("positive", "negative", "none")
_RULING = re.compile(r"RULINGS [1-6]")


class RemarkError(ValueError):
    """A row of the overlay that cannot be applied (the message names its file and row)."""


def mode(env=None) -> str:
    """``ruled`` (default) or ``as-built``, from PROSECHECK_EVAL_GOLD."""
    value = (os.environ if env is None else env).get(ENV, "ruled") or "ruled"
    if value not in MODES:
        raise SystemExit("error: %s must be 'ruled' or 'as-built', not %r" % (ENV, value))
    return value


def development_sets(crossval_path=os.path.join(HERE, "crossval.py")) -> tuple:
    """crossval.SETS, read from the file's text (importing crossval loads prosecheck)."""
    with open(crossval_path, encoding="utf-8") as fh:
        tree = ast.parse(fh.read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "SETS" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise RuntimeError("%s has no SETS" % crossval_path)


def read_rows(folder=FOLDER, sets=None) -> dict:
    """``{set: [row]}`` of every TSV file of ``folder`` (sorted by name). Each row is a dict of
    HEADER's fields (``line`` an int) plus ``where`` (``file:row``). Checks every field, and that
    no two rows on one item disagree (an identical row twice is kept once)."""
    paths = sorted(glob.glob(os.path.join(folder, "*.tsv")))
    if not paths:
        return {}
    allowed = set(development_sets() if sets is None else sets) - {"news-dev"}
    out, seen = {}, {}
    for path in paths:
        base = os.path.basename(path)
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            head = next(reader, None)
            if tuple(head or ()) != HEADER:
                raise RemarkError("%s: the header must be %s" % (base, "\t".join(HEADER)))
            for n, fields in enumerate(reader, 2):
                where = "%s:%d" % (base, n)
                if not any(f.strip() for f in fields):
                    continue
                if len(fields) != len(HEADER):
                    raise RemarkError("%s: %d fields, not %d" % (where, len(fields), len(HEADER)))
                r = dict(zip(HEADER, fields))
                if r["set"] not in allowed:
                    raise RemarkError("%s: %s is not a development set of crossval.SETS whose gold is in the "
                                      "repository (news-dev and sealed sets are refused)" % (where, r["set"]))
                if not r["line"].isdigit() or int(r["line"]) < 1:
                    raise RemarkError("%s: line %r is not a line number" % (where, r["line"]))
                r["line"] = int(r["line"])
                if r["category"] not in CATEGORIES:
                    raise RemarkError("%s: category %r" % (where, r["category"]))
                if r["now"] not in LABELS or r["ruled"] not in LABELS:
                    raise RemarkError("%s: now/ruled must be one of %s" % (where, ", ".join(LABELS)))
                if r["now"] == r["ruled"]:
                    raise RemarkError("%s: now and ruled are both %s: the row changes nothing" % (where, r["now"]))
                if not _RULING.fullmatch(r["ruling"]):
                    raise RemarkError("%s: ruling %r is not RULINGS 1..RULINGS 6" % (where, r["ruling"]))
                if not r["phrase"].strip():
                    raise RemarkError("%s: empty phrase" % where)
                if r["ruled"] == "negative" and not r["why"].strip():
                    raise RemarkError("%s: a row ruled negative gives the clause in why" % where)
                r["where"] = where
                key = (r["set"], r["doc"], r["line"], r["category"], r["phrase"])
                if key in seen:
                    other = seen[key]
                    if any(other[f] != r[f] for f in HEADER):
                        raise RemarkError("%s and %s: conflicting rows on %s:%d %s %r"
                                          % (other["where"], where, r["doc"], r["line"], r["category"], r["phrase"]))
                    continue
                seen[key] = r
                out.setdefault(r["set"], []).append(r)
    return out


_ROWS_CACHE = {}


def rows_for(name: str, folder=None) -> list:
    """The overlay's rows of set ``name`` (the folder, default FOLDER, read once per process)."""
    folder = folder or FOLDER
    if folder not in _ROWS_CACHE:
        _ROWS_CACHE[folder] = read_rows(folder)
    return _ROWS_CACHE[folder].get(name, [])


def _sentence(scoring_split, line: str, col: int, length: int) -> str:
    s, e = scoring_split(line, col, length)
    return line[s - 1:e - 1].strip()


def apply(name: str, items: list, lines_of=None, rows=None, env=None) -> list:
    """The items of set ``name`` as ruled: a new list (items the overlay does not touch are the same
    objects; re-labelled ones are copies). ``lines_of(doc)`` gives the built document's lines (or
    None when it is not built: a new item on it then gets an empty sentence, unchecked); ``rows``
    defaults to the overlay's rows of ``name``. With PROSECHECK_EVAL_GOLD=as-built, ``items``
    unchanged."""
    if mode(env) == "as-built":
        return items
    rows = rows_for(name) if rows is None else rows
    if not rows:
        return items
    from scoring import sentence_span  # the scorers' split (scoring imports this module lazily)

    out = list(items)
    drop = set()
    added = []
    for r in rows:
        ruling = "%s %s" % (r["where"], r["ruling"])
        if r["now"] != "none":
            hits = [i for i, g in enumerate(items)
                    if g["doc"] == r["doc"] and g["line"] == r["line"] and g["category"] == r["category"]
                    and g["phrase"] == r["phrase"] and g.get("label", "positive") == r["now"]]
            if len(hits) != 1:
                raise RemarkError("%s: %s %s:%d %s %s %r matches %s" % (
                    r["where"], name, r["doc"], r["line"], r["now"], r["category"], r["phrase"],
                    "no item" if not hits else "%d items" % len(hits)))
            i = hits[0]
            if r["ruled"] == "none":
                drop.add(i)
            else:
                g = dict(items[i])
                g["label"], g["why"], g["remark"] = r["ruled"], r["why"], ruling
                out[i] = g
            continue
        lines = lines_of(r["doc"]) if lines_of else None
        sentence = ""
        if lines is not None:
            text = lines[r["line"] - 1] if r["line"] <= len(lines) else ""
            col = text.find(r["phrase"])
            if col < 0:
                raise RemarkError("%s: %s %s:%d: %r is not on that line of the built document"
                                  % (r["where"], name, r["doc"], r["line"], r["phrase"]))
            end = col + len(r["phrase"])
            for g in list(items) + added:
                if g["doc"] == r["doc"] and g["line"] == r["line"] and g["category"] == r["category"]:
                    gc = text.find(g["phrase"])
                    if gc >= 0 and gc < end and gc + len(g["phrase"]) > col:
                        raise RemarkError("%s: %s %s:%d: the new %s %r overlaps the item %r: re-label it instead"
                                          % (r["where"], name, r["doc"], r["line"], r["category"], r["phrase"],
                                             g["phrase"]))
            sentence = _sentence(sentence_span, text, col + 1, len(r["phrase"]))
        g = {"doc": r["doc"], "line": r["line"], "category": r["category"], "phrase": r["phrase"],
             "sentence": sentence, "label": r["ruled"], "why": r["why"], "remark": ruling}
        added.append(g)
    return [g for i, g in enumerate(out) if i not in drop] + added


def doc_lines(docs_dir: str, manifest_dir: str):
    """``lines_of`` for :func:`apply`: the lines of ``docs_dir/<id>.<format>`` (format from
    ``manifest_dir/manifest.jsonl``), None when the document is not built; each file read once."""
    formats, cache = {}, {}
    path = os.path.join(manifest_dir, "manifest.jsonl")
    if os.path.exists(path):
        for raw in open(path, encoding="utf-8"):
            if raw.strip():
                e = json.loads(raw)
                formats[e["id"]] = e.get("format", "md")

    def lines_of(doc):
        if doc not in cache:
            p = os.path.join(docs_dir, "%s.%s" % (doc, formats.get(doc, "md")))
            if os.path.exists(p):
                with open(p, encoding="utf-8") as fh:
                    cache[doc] = fh.read().split("\n")
            else:
                cache[doc] = None
        return cache[doc]
    return lines_of


def set_name(gold_dir: str) -> str:
    """The set a gold folder holds (``eval/<set>``; news-dev's folder is ``.../news-dev``)."""
    return os.path.basename(os.path.normpath(gold_dir))


def load_items(gold_dir: str, docs_dir=None, name=None, env=None) -> list:
    """The items of ``gold_dir/gold.jsonl`` as ruled (as built with PROSECHECK_EVAL_GOLD=as-built);
    ``docs_dir`` holds the built documents (default /work/data/<set>) for new items' sentences."""
    name = name or set_name(gold_dir)
    with open(os.path.join(gold_dir, "gold.jsonl"), encoding="utf-8") as fh:
        items = [json.loads(l) for l in fh if l.strip()]
    if mode(env) == "as-built" or not rows_for(name):
        return items
    if docs_dir is None:
        docs_dir = os.path.join("/work/data", "news-dev-docs" if name == "news-dev" else name)
    return apply(name, items, doc_lines(docs_dir, gold_dir), env=env)
