"""eval/gold_remarks.py: the reviewed re-marks of the gold (eval/RULINGS.md) as an overlay.

The first tests apply rows written here to a small gold and assert the exact items and each error;
the last check every row of eval/gold_remarks/ against the real sets when they are built under
/work/data (skipped otherwise, as the other eval tests do)."""
import csv
import importlib.util
import json
import os
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"


def _load(name):
    sys.path.insert(0, str(EVAL))
    spec = importlib.util.spec_from_file_location(name, EVAL / ("%s.py" % name))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gr = _load("gold_remarks")
HEADER = "\t".join(gr.HEADER) + "\n"
SETS = ("news-dev", "one-docs", "two-docs")

LINES = [
    "# Notes",                                                                   # 1
    "Marxists claim that the state withers away. Indeed, the rain fell.",        # 2
    "It is no coincidence that the rich rule.",                                  # 3
    "He knows that the economy is weak.",                                        # 4
]
GOLD = [
    dict(doc="d1", line=2, category="hedge", phrase="Marxists claim", label="positive",
         sentence="Marxists claim that the state withers away."),
    dict(doc="d1", line=2, category="booster", phrase="Indeed", label="negative", why="rabbet S563: a connective",
         sentence="Indeed, the rain fell."),
    dict(doc="d1", line=4, category="booster", phrase="He knows that", label="positive",
         sentence="He knows that the economy is weak."),
]


def write(folder, name, rows, header=HEADER):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(header + "".join("\t".join(str(x) for x in r) + "\n" for r in rows), encoding="utf-8")


def rows_of(tmp_path, *rows, sets=SETS):
    write(tmp_path / "remarks", "a.tsv", rows)
    return gr.read_rows(str(tmp_path / "remarks"), sets)


def lines_of(doc):
    return LINES if doc == "d1" else None


def apply(rows, env=None):
    return gr.apply("one-docs", [dict(g) for g in GOLD], lines_of, rows.get("one-docs", []), env=env or {})


def test_relabel_add_and_drop(tmp_path):
    rows = rows_of(tmp_path,
                   ("one-docs", "d1", 2, "hedge", "Marxists claim", "positive", "negative", "RULINGS 1",
                    "RULES 4: the whole school"),
                   ("one-docs", "d1", 2, "booster", "Indeed", "negative", "positive", "RULINGS 2", "connective"),
                   ("one-docs", "d1", 3, "booster", "It is no coincidence that", "none", "positive", "RULINGS 3",
                    "a link asserted as certain"),
                   ("one-docs", "d1", 4, "booster", "He knows that", "positive", "none", "RULINGS 6", "not a claim"))
    got = apply(rows)
    assert got == [
        dict(GOLD[0], label="negative", why="RULES 4: the whole school", remark="a.tsv:2 RULINGS 1"),
        dict(GOLD[1], label="positive", why="connective", remark="a.tsv:3 RULINGS 2"),
        dict(doc="d1", line=3, category="booster", phrase="It is no coincidence that",
             sentence="It is no coincidence that the rich rule.", label="positive",
             why="a link asserted as certain", remark="a.tsv:4 RULINGS 3"),
    ]
    # As built: the items untouched; an untouched set: the same list back.
    assert apply(rows, {"PROSECHECK_EVAL_GOLD": "as-built"}) == GOLD
    items = [dict(g) for g in GOLD]
    assert gr.apply("two-docs", items, lines_of, [], env={}) is items


def test_new_item_takes_the_scorers_sentence(tmp_path):
    # Two sentences on line 2: the new item's sentence is its own (scoring.sentence_span), and an
    # item of another category, or of this one elsewhere on the line, is no overlap.
    rows = rows_of(tmp_path, ("one-docs", "d1", 2, "booster", "the rain fell", "none", "negative", "RULINGS 2",
                              "W4: the ground is given"),
                   ("one-docs", "d1", 2, "hedge", "the state withers", "none", "positive", "RULINGS 1", "x"))
    got = apply(rows)
    assert [(g["phrase"], g["sentence"], g["label"]) for g in got[3:]] == [
        ("the rain fell", "Indeed, the rain fell.", "negative"),
        ("the state withers", "Marxists claim that the state withers away.", "positive")]
    # A document that is not built: the item is added with no sentence (the scorers leave it out).
    got = gr.apply("one-docs", [], lambda doc: None, rows["one-docs"][:1], env={})
    assert got[0]["sentence"] == ""


def test_overlap_and_missing_words_are_errors(tmp_path):
    rows = rows_of(tmp_path, ("one-docs", "d1", 2, "hedge", "Marxists claim that", "none", "positive", "RULINGS 1",
                              "x"))
    with pytest.raises(gr.RemarkError, match=r"a\.tsv:2: one-docs d1:2: the new hedge 'Marxists claim that' "
                                             r"overlaps the item 'Marxists claim'"):
        apply(rows)
    rows = rows_of(tmp_path, ("one-docs", "d1", 3, "booster", "no accident", "none", "positive", "RULINGS 3", "x"))
    with pytest.raises(gr.RemarkError, match="'no accident' is not on that line"):
        apply(rows)


def test_a_row_must_match_exactly_one_item(tmp_path):
    rows = rows_of(tmp_path, ("one-docs", "d1", 2, "hedge", "Marxists claim", "negative", "positive", "RULINGS 1",
                              "x"))
    with pytest.raises(gr.RemarkError, match=r"a\.tsv:2: one-docs d1:2 negative hedge 'Marxists claim' matches no item"):
        apply(rows)
    twice = [dict(g) for g in GOLD] + [dict(GOLD[0])]
    rows = rows_of(tmp_path, ("one-docs", "d1", 2, "hedge", "Marxists claim", "positive", "negative", "RULINGS 1",
                              "RULES 4"))
    with pytest.raises(gr.RemarkError, match="matches 2 items"):
        gr.apply("one-docs", twice, lines_of, rows["one-docs"], env={})


def test_sets_outside_crossval_and_news_dev_are_refused(tmp_path):
    for name in ("sealed-x-docs", "news-dev"):
        with pytest.raises(gr.RemarkError, match="is not a development set"):
            rows_of(tmp_path, (name, "d1", 2, "hedge", "Marxists claim", "positive", "negative", "RULINGS 1", "x"))


def test_conflicting_rows_are_errors(tmp_path):
    row = ("one-docs", "d1", 2, "hedge", "Marxists claim", "positive", "negative", "RULINGS 1", "RULES 4")
    write(tmp_path / "remarks", "a.tsv", [row])
    write(tmp_path / "remarks", "b.tsv", [row[:6] + ("none",) + row[7:]])
    with pytest.raises(gr.RemarkError, match=r"a\.tsv:2 and b\.tsv:2: conflicting rows on d1:2 hedge 'Marxists claim'"):
        gr.read_rows(str(tmp_path / "remarks"), SETS)
    # The same row twice (two reviewers agreeing) is one row.
    write(tmp_path / "remarks", "b.tsv", [row])
    assert len(gr.read_rows(str(tmp_path / "remarks"), SETS)["one-docs"]) == 1


@pytest.mark.parametrize("row, message", [
    (("one-docs", "d1", "x", "hedge", "p", "positive", "negative", "RULINGS 1", "w"), "is not a line number"),
    (("one-docs", "d1", 2, "claim", "p", "positive", "negative", "RULINGS 1", "w"), "category"),
    (("one-docs", "d1", 2, "hedge", "p", "trap", "positive", "RULINGS 1", "w"), "now/ruled"),
    (("one-docs", "d1", 2, "hedge", "p", "positive", "positive", "RULINGS 1", "w"), "changes nothing"),
    (("one-docs", "d1", 2, "hedge", "p", "none", "none", "RULINGS 1", "w"), "changes nothing"),
    (("one-docs", "d1", 2, "hedge", "p", "positive", "negative", "RULINGS 7", "w"), "RULINGS 1..RULINGS 6"),
    (("one-docs", "d1", 2, "hedge", "p", "positive", "negative", "RULINGS 1", ""), "gives the clause"),
    (("one-docs", "d1", 2, "hedge", "p", "positive", "negative", "RULINGS 1"), "8 fields, not 9"),
])
def test_malformed_rows_are_errors(tmp_path, row, message):
    with pytest.raises(gr.RemarkError, match=message):
        rows_of(tmp_path, row)


def test_header_is_exact(tmp_path):
    write(tmp_path / "remarks", "a.tsv", [], header="set\tdoc\tline\n")
    with pytest.raises(gr.RemarkError, match="header"):
        gr.read_rows(str(tmp_path / "remarks"), SETS)
    assert gr.read_rows(str(tmp_path / "empty"), SETS) == {}


def test_mode_is_checked():
    assert gr.mode({}) == "ruled" and gr.mode({"PROSECHECK_EVAL_GOLD": "as-built"}) == "as-built"
    with pytest.raises(SystemExit):
        gr.mode({"PROSECHECK_EVAL_GOLD": "asbuilt"})


def test_scoring_load_reads_the_gold_as_ruled(tmp_path, monkeypatch):
    """eval/scoring.py's ``load`` (every set's score.py) goes through the overlay."""
    scoring = _load("scoring")
    gdir = tmp_path / "eval" / "one-docs"
    gdir.mkdir(parents=True)
    (gdir / "manifest.jsonl").write_text(json.dumps({"id": "d1", "split": "test"}) + "\n")
    (gdir / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in GOLD))
    (gdir / "docs").mkdir()
    (gdir / "docs" / "d1.md").write_text("\n".join(LINES) + "\n")
    write(tmp_path / "remarks", "a.tsv", [("one-docs", "d1", 2, "booster", "Indeed", "negative", "positive",
                                           "RULINGS 2", "connective")])
    mod = sys.modules["gold_remarks"]  # the module scoring imported
    monkeypatch.setattr(mod, "FOLDER", str(tmp_path / "remarks"))
    monkeypatch.setattr(mod, "development_sets", lambda *a: SETS)
    monkeypatch.setattr(mod, "_ROWS_CACHE", {})
    monkeypatch.delenv("PROSECHECK_EVAL_GOLD", raising=False)
    assert [g["label"] for g in scoring.load(str(gdir), "all")[1]] == ["positive", "positive", "positive"]
    monkeypatch.setenv("PROSECHECK_EVAL_GOLD", "as-built")
    assert [g["label"] for g in scoring.load(str(gdir), "all")[1]] == ["positive", "negative", "positive"]


def test_no_scoring_tool_reads_gold_jsonl_itself():
    """Every eval tool that scores or trains reads the gold through gold_remarks (crossval.read_set,
    scoring.load, finding_phrases.load_gold, gold_remarks.load_items). Left as built on purpose:
    agreement/agree.py (two blind annotations compared) and ablate_unseen.py (git history)."""
    opened = re.compile(r"open\([^)\n]*gold(?:\.jsonl|\b)|json\.loads\(\w+\) for \w+ in open\(\w*gold")
    readers = []
    for path in sorted(EVAL.glob("*.py")):
        if path.name == "gold_remarks.py":
            continue
        text = path.read_text(encoding="utf-8")
        if opened.search(text) or re.search(r"open\(os\.path\.join\(\w+, \"gold\.jsonl\"\)", text):
            readers.append(path.name)
    assert readers == []


# --- the real sets ---------------------------------------------------------------------------------

def _built(names):
    return all(os.path.isdir(os.path.join("/work/data", n)) for n in names)


def _real_rows():
    return gr.read_rows()


def test_the_overlay_names_only_development_sets():
    sets = set(gr.development_sets())
    rows = _real_rows()
    assert set(rows) <= sets - {"news-dev"}
    for path in sorted((EVAL / "gold_remarks").glob("*.tsv")):
        assert path.read_text(encoding="utf-8").split("\n", 1)[0] == "\t".join(gr.HEADER)


def test_every_row_matches_exactly_one_item_of_the_real_sets():
    rows = _real_rows()
    if not _built(rows):
        pytest.skip("the sets are not built under /work/data (bash eval/build_sets.sh /work/data)")
    for name, mine in sorted(rows.items()):
        gdir = str(EVAL / name)
        built = gr.load_items(gdir, env={"PROSECHECK_EVAL_GOLD": "as-built"})
        ruled = gr.load_items(gdir, os.path.join("/work/data", name), env={})   # raises on any bad row
        touched = [g for g in ruled if "remark" in g]
        dropped = sum(1 for r in mine if r["ruled"] == "none")
        assert len(touched) + dropped == len(mine), name
        assert len(ruled) == len(built) - dropped + sum(1 for r in mine if r["now"] == "none"), name
        lines_of = gr.doc_lines(os.path.join("/work/data", name), gdir)
        for r in mine:
            if r["now"] == "none":
                assert r["phrase"] in lines_of(r["doc"])[r["line"] - 1], r["where"]


def test_firm62_is_the_firm_rows_of_gold_splits_remarks():
    with open(EVAL / "gold_splits_remarks.tsv", encoding="utf-8", newline="") as fh:
        src = [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if r["how"] == "firm"]
    ruling = {"school": "RULINGS 1", "indeed": "RULINGS 2", "coincidence": "RULINGS 3", "apparently": "RULINGS 4",
              "surprise": "RULINGS 5", "knows": "RULINGS 6"}

    def label(marking):
        return "none" if marking == "unmarked" else ("positive" if marking.startswith("positive") else "negative")

    want = sorted((r["set"], r["doc"], int(r["line"]), (r["ruled"] + r["now"]).split(":")[-1],
                   r["item phrase"] or r["match"], label(r["now"]), label(r["ruled"]), ruling[r["shape"]])
                  for r in src)
    assert len(want) == 35
    # The sixty-fourth session's clarifications 1 and 5 (RULINGS.md) sent 3 of the 35 back to the
    # gold as built; each removal is recorded in eval/gold_review/review64-decisions.tsv.
    with open(EVAL / "gold_review" / "review64-decisions.tsv", encoding="utf-8", newline="") as fh:
        removed = {(d["set"], d["doc"], int(d["line"]), d["category"], d["phrase"])
                   for d in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                   if d["decision"] == "remove" and d["source"].startswith("firm62.tsv:")}
    assert len(removed) == 3 and removed <= {w[:5] for w in want}
    want = [w for w in want if w[:5] not in removed]
    rows = gr.read_rows(sets=gr.development_sets())
    got = sorted((r["set"], r["doc"], r["line"], r["category"], r["phrase"], r["now"], r["ruled"], r["ruling"])
                 for mine in rows.values() for r in mine if r["where"].startswith("firm62.tsv:"))
    assert len(want) == 32 and got == want
