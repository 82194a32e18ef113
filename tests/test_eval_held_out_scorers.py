"""The scorer and the network build of the whole-test held-out sets, fresh-docs, blind-docs,
unseen-docs, sealed-docs, vault-docs, cellar-docs, attic-docs, loft-docs, ember-docs, hearth-docs, kiln-docs, forge-docs, quarry-docs, anvil-docs, bellows-docs, tongs-docs, chisel-docs, mallet-docs, gouge-docs, rasp-docs, lathe-docs, awl-docs, vise-docs, brace-docs, clamp-docs, plane-docs, auger-docs, adze-docs, hone-docs, whet-docs, drill-docs, saw-docs, wedge-docs, punch-docs, plumb-docs, trowel-docs, sledge-docs, spade-docs, maul-docs, bevel-docs, rake-docs, scythe-docs, pick-docs, hoe-docs, froe-docs, gimlet-docs, sickle-docs, tenon-docs, spoke-docs, reamer-docs, dowel-docs, ratchet-docs, hatchet-docs, rivet-docs, spline-docs, burin-docs, kerf-docs, shim-docs, bodkin-docs, jig-docs, tang-docs, pawl-docs, lug-docs, cleat-docs, gauge-docs, tine-docs, nib-docs, cog-docs, shank-docs, flute-docs, burr-docs, peg-docs, quill-docs, chock-docs, scribe-docs, mortise-docs, mandrel-docs, dado-docs, ferrule-docs, spindle-docs, gusset-docs, jointer-docs, arbor-docs, holdfast-docs, caliper-docs, rabbet-docs, bradawl-docs, mitre-docs, drawknife-docs, scraper-docs, dovetail-docs, spokeshave-docs, trammel-docs, scorp-docs, fillister-docs, chamfer-docs, router-docs, burnisher-docs, pincer-docs, spudger-docs, hacksaw-docs, nailset-docs, coping-docs, cramp-docs, sander-docs, wrench-docs, pliers-docs, chuck-docs, dolly-docs, collet-docs, mattock-docs, billhook-docs, sprig-docs, swage-docs, crowbar-docs, fuller-docs, strop-docs, brad-docs, wimble-docs, knurl-docs, swarf-docs, sprue-docs, riffler-docs, dibber-docs, brayer-docs, fid-docs, peen-docs, hasp-docs, tamp-docs, snips-docs, quoin-docs, drift-docs, hob-docs, sett-docs, crimp-docs, nock-docs, gad-docs, shive-docs, gib-docs, tenter-docs, slick-docs, hardy-docs, loy-docs, scutch-docs, kevel-docs, twybil-docs, swingle-docs, slane-docs, hackle-docs, mell-docs, dibble-docs, flail-docs, bolster-docs, pritchel-docs, flatter-docs, hod-docs, trug-docs, lopper-docs, riddle-docs, spile-docs and tedder-docs: the same score.py (eval/scoring.py with the set's name) and the same build.sh
shape, gold format and manifest rules (one split, one digest per archive, archives named as apt-get
and pip download write them), so the same tests,
once per set. Each set's own integrity tests (counts, packages, manifest fields) stay in its own file."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETS = ("fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs", "attic-docs",
        "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs", "anvil-docs",
        "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
        "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
        "adze-docs", "hone-docs", "whet-docs", "drill-docs", "saw-docs", "wedge-docs", "punch-docs", "plumb-docs",
        "trowel-docs", "sledge-docs", "spade-docs", "maul-docs", "bevel-docs", "rake-docs", "scythe-docs",
        "pick-docs", "hoe-docs", "froe-docs", "gimlet-docs", "sickle-docs", "tenon-docs", "spoke-docs", "reamer-docs",
        "dowel-docs", "ratchet-docs", "hatchet-docs", "rivet-docs", "spline-docs", "burin-docs", "kerf-docs", "shim-docs", "bodkin-docs",
        "jig-docs", "tang-docs", "pawl-docs", "lug-docs", "cleat-docs", "gauge-docs", "tine-docs", "nib-docs", "cog-docs",
        "shank-docs", "flute-docs", "burr-docs", "peg-docs", "quill-docs", "chock-docs", "scribe-docs", "mortise-docs",
        "mandrel-docs", "dado-docs", "ferrule-docs", "spindle-docs", "gusset-docs", "jointer-docs", "arbor-docs",
        "holdfast-docs", "caliper-docs", "rabbet-docs", "bradawl-docs", "mitre-docs", "drawknife-docs",
        "scraper-docs", "dovetail-docs", "spokeshave-docs", "trammel-docs", "scorp-docs", "fillister-docs",
        "chamfer-docs", "router-docs", "burnisher-docs", "pincer-docs", "spudger-docs", "hacksaw-docs",
        "nailset-docs",
        "coping-docs",
        "cramp-docs",
        "sander-docs",
        "wrench-docs",
        "pliers-docs",
        "chuck-docs",
        "dolly-docs",
        "collet-docs",
        "mattock-docs",
        "billhook-docs",
        "sprig-docs",
        "swage-docs",
        "crowbar-docs",
        "fuller-docs",
        "strop-docs",
        "brad-docs",
        "wimble-docs",
        "knurl-docs",
        "swarf-docs",
        "sprue-docs",
        "riffler-docs",
        "dibber-docs",
        "brayer-docs",
        "fid-docs",
        "peen-docs",
        "hasp-docs",
        "tamp-docs",
        "snips-docs",
        "quoin-docs",
        "drift-docs",
        "hob-docs",
        "sett-docs", "crimp-docs", "nock-docs", "gad-docs", "shive-docs", "gib-docs", "tenter-docs", "slick-docs", "hardy-docs", "loy-docs", "scutch-docs", "kevel-docs", "twybil-docs", "swingle-docs", "slane-docs", "hackle-docs", "mell-docs", "dibble-docs", "flail-docs", "bolster-docs", "pritchel-docs", "flatter-docs", "hod-docs", "trug-docs", "lopper-docs", "riddle-docs", "spile-docs", "tedder-docs")


def _jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# --- the gold's shape (no network) -----------------------------------------------------------------


@pytest.mark.parametrize("name", SETS)
def test_every_document_is_in_the_test_split(name):
    # the whole set is held out: there is no dev part to tune on
    assert {e["split"] for e in _jsonl(ROOT / "eval" / name / "manifest.jsonl")} == {"test"}


@pytest.mark.parametrize("name", SETS)
def test_one_archive_has_one_digest_and_one_package(name):
    seen = {}
    for e in _jsonl(ROOT / "eval" / name / "manifest.jsonl"):
        assert seen.setdefault(e["archive"], (e["archive_sha256"], e["package"])) == (e["archive_sha256"], e["package"])


@pytest.mark.parametrize("name", SETS)
def test_gold_items_refer_to_manifest_documents_and_have_valid_labels(name):
    docs = {e["id"] for e in _jsonl(ROOT / "eval" / name / "manifest.jsonl")}
    keys = set()
    for g in _jsonl(ROOT / "eval" / name / "gold.jsonl"):
        assert set(g) <= {"doc", "line", "category", "phrase", "sentence", "label", "why"}, g
        assert g["doc"] in docs, g
        assert isinstance(g["line"], int) and g["line"] >= 1, g
        assert g["category"] in {"superlative", "hedge", "booster"}, g
        assert g["label"] in ("positive", "negative"), g
        assert g["phrase"].strip() and g["phrase"] in g["sentence"], g
        if g["label"] == "negative":
            assert g.get("why"), g
        else:
            assert "why" not in g, g
        key = (g["doc"], g["line"], g["phrase"])
        assert key not in keys, key
        keys.add(key)


@pytest.mark.parametrize("name", ("vault-docs", "cellar-docs", "attic-docs", "loft-docs", "ember-docs",
                                  "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
                                  "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs",
                                  "gouge-docs", "rasp-docs", "lathe-docs", "awl-docs", "vise-docs", "brace-docs",
                                  "clamp-docs", "plane-docs", "auger-docs", "adze-docs",
                                  "hone-docs", "whet-docs", "drill-docs", "saw-docs", "wedge-docs", "punch-docs",
                                  "plumb-docs", "trowel-docs", "sledge-docs", "spade-docs", "maul-docs", "bevel-docs", "rake-docs",
                                  "scythe-docs", "pick-docs", "hoe-docs", "froe-docs", "gimlet-docs", "sickle-docs", "spoke-docs",
                                  "reamer-docs", "ratchet-docs", "dowel-docs", "hatchet-docs", "rivet-docs", "spline-docs", "burin-docs", "kerf-docs", "shim-docs", "bodkin-docs",
                                  "jig-docs", "tang-docs", "pawl-docs", "lug-docs", "cleat-docs", "gauge-docs", "tine-docs", "nib-docs", "cog-docs", "shank-docs", "flute-docs", "burr-docs", "peg-docs", "quill-docs", "chock-docs", "scribe-docs", "mortise-docs", "mandrel-docs", "dado-docs", "ferrule-docs", "spindle-docs", "gusset-docs", "jointer-docs", "arbor-docs", "holdfast-docs", "caliper-docs", "rabbet-docs", "bradawl-docs", "mitre-docs", "drawknife-docs", "scraper-docs", "dovetail-docs", "spokeshave-docs", "trammel-docs", "scorp-docs", "fillister-docs", "chamfer-docs", "router-docs", "burnisher-docs", "pincer-docs", "spudger-docs", "hacksaw-docs", "nailset-docs", "coping-docs", "cramp-docs", "sander-docs", "wrench-docs", "pliers-docs", "chuck-docs", "dolly-docs", "collet-docs", "mattock-docs", "billhook-docs", "sprig-docs", "swage-docs", "crowbar-docs", "fuller-docs", "strop-docs", "brad-docs", "wimble-docs", "tamp-docs", "snips-docs", "quoin-docs", "drift-docs", "hob-docs", "sett-docs", "crimp-docs", "nock-docs", "gad-docs", "shive-docs", "gib-docs", "tenter-docs", "slick-docs", "hardy-docs", "loy-docs", "scutch-docs", "kevel-docs", "twybil-docs", "swingle-docs", "slane-docs", "hackle-docs", "mell-docs", "dibble-docs", "flail-docs", "bolster-docs", "pritchel-docs", "flatter-docs", "hod-docs", "trug-docs", "lopper-docs", "riddle-docs", "spile-docs", "tedder-docs"))
def test_every_negative_cites_a_rule_or_says_what_the_text_is(name):
    # a trap's "why" names the clause it rests on (RULES n, the addenda's letters) or is a sentence
    # of its own; an empty or one-word reason would not let a reviewer check the call (the sets
    # annotated since the eighth session; sealed-docs has two-word reasons such as "A5: advice")
    for g in _jsonl(ROOT / "eval" / name / "gold.jsonl"):
        if g["label"] == "negative":
            assert len(g["why"].split()) >= 3, g


@pytest.mark.parametrize("name", SETS)
def test_manifest_entries_are_complete(name):
    for e in _jsonl(ROOT / "eval" / name / "manifest.jsonl"):
        keys = {"id", "registry", "package", "archive", "archive_sha256", "member", "kind", "format",
                "genre", "licence", "sha256", "words", "split"} | ({"source"} if name != "fresh-docs" else set())
        assert keys <= set(e), (e["id"], keys - set(e))
        assert e["registry"] in ("npm", "pypi", "debian"), e["id"]
        assert e["id"].startswith({"npm": "npm-", "pypi": "pypi-", "debian": "deb-"}[e["registry"]]), e["id"]
        assert e["kind"] in ("file", "description", "html", "json", "snippets", "csv", "csv-rows", "tagged", "info", "pickle",
                             "dictzip", "atom", "wrapped", "sword"), e["id"]
        if e["kind"] == "sword":  # a SWORD module's compressed text (bolster-docs): its blocks, in order
            assert e["member"].endswith(("zz",)) and e["format"] == "txt", e["id"]
        if e["kind"] == "json":  # one record of a JSON sample file (ember-docs): which one, which field
            # without "index" the member is one record (kiln-docs: one e-mail a file)
            assert ("index" not in e or isinstance(e["index"], int) and e["index"] >= 0) and e["field"], e["id"]
        if e["kind"] == "pickle":  # one string of a pickle, found by its opcodes (peen-docs): which one
            assert isinstance(e["index"], int) and e["index"] >= 0, e["id"]
        if e["kind"] == "snippets":  # one group of a sentence file (hearth-docs): which group
            assert isinstance(e["group"], int) and e["group"] >= 1, e["id"]
        if e["kind"] == "csv":  # one row of a CSV sample file (forge-docs): which row, which column
            assert isinstance(e["index"], int) and e["index"] >= 0 and e["field"], e["id"]
        if e["kind"] == "csv-rows":  # rows of a CSV transcript (strop-docs): which rows, which columns
            assert isinstance(e["index"], int) and 0 <= e["index"] <= e["last"] and e["label"] and e["field"], e["id"]
        assert e["format"] in ("md", "txt"), e["id"]
        assert len(e["sha256"]) == 64 and len(e["archive_sha256"]) == 64, e["id"]
        assert e["words"] > 0, e["id"]
        assert e["licence"] and "?" not in e["licence"] and "\n" not in e["licence"], e["id"]


@pytest.mark.parametrize("name", SETS)
def test_debian_archives_are_named_as_apt_get_download_writes_them(name):
    # apt-get download PKG=VERSION writes PKG_VERSION_ARCH.deb with the epoch's ":" as "%3a"
    for e in _jsonl(ROOT / "eval" / name / "manifest.jsonl"):
        if e["registry"] == "debian":
            package, version = e["package"].split("=")
            assert e["archive"].startswith("%s_%s_" % (package, version.replace(":", "%3a"))), e["id"]
            assert e["archive"].endswith(("_all.deb", "_amd64.deb")), e["id"]


@pytest.mark.parametrize("name", [s for s in SETS if s != "fresh-docs"])  # fresh-docs took some wheels
def test_pypi_archives_are_the_sdists_pip_download_writes(name):
    for e in _jsonl(ROOT / "eval" / name / "manifest.jsonl"):
        # tine-docs reads pygame's documentation from its wheel (the sdist's metadata does not build
        # on the builder's machine; the wheel ships the pages as HTML): build.sh fetches it as
        # fetch_set.sh's "wheel"
        if name == "tine-docs" and e["archive"].endswith(".whl"):
            assert e["package"] == "pygame==2.6.1", e["id"]
            continue
        if e["registry"] == "pypi":
            package, version = e["package"].split("==")
            # pip download writes a new sdist's name with "_" for "-" (tahoe-lafs -> tahoe_lafs)
            assert e["archive"] in ("%s-%s.tar.gz" % (p, version) for p in (package, package.replace("-", "_"))), e["id"]
            assert e["member"].startswith(e["archive"][:-len(".tar.gz")] + "/"), e["id"]


# --- score.py against a fake prosecheck on a small set it is given (no network) -----------------

FAKE_PROSECHECK = """#!/usr/bin/env python3
import json, os, sys
docs = sys.argv[1]
print(json.dumps([
    {"path": os.path.join(docs, "d1.md"), "line": 1, "col": 5, "code": "SL101", "message": "m"},
    {"path": os.path.join(docs, "d1.md"), "line": 2, "col": 1, "code": "HC101", "message": "m"},
    {"path": os.path.join(docs, "d2.txt"), "line": 2, "col": 7, "code": "HC103", "message": "m"},
    {"path": os.path.join(docs, "other.md"), "line": 1, "col": 1, "code": "SL101", "message": "m"},
]))
sys.exit(1)
"""


def _mini_set(tmp_path, name):
    SET = ROOT / "eval" / name
    root = tmp_path / "set"
    (root / "docs").mkdir(parents=True)
    shutil.copy(SET / "score.py", root / "score.py")
    shutil.copy(SET.parent / "scoring.py", tmp_path / "scoring.py")  # score.py imports it from its parent
    shutil.copy(SET.parent / "gold_remarks.py", tmp_path / "gold_remarks.py")  # scoring.py imports it (the gold's overlay)
    (root / "docs" / "d1.md").write_text("The best tool.\nExperts say so.\n", encoding="utf-8")
    (root / "docs" / "d2.txt").write_text("The fastest one.\nIt is clearly true.\n", encoding="utf-8")
    (root / "docs" / "other.md").write_text("Not in the manifest: the best.\n", encoding="utf-8")
    manifest = [{"id": "d1", "format": "md", "split": "test"}, {"id": "d2", "format": "txt", "split": "test"}]
    gold = [
        {"doc": "d1", "line": 1, "category": "superlative", "phrase": "The best", "sentence": "The best tool.", "label": "positive"},
        {"doc": "d1", "line": 2, "category": "hedge", "phrase": "Experts say", "sentence": "Experts say so.", "label": "negative", "why": "w"},
        {"doc": "d2", "line": 1, "category": "superlative", "phrase": "The fastest", "sentence": "The fastest one.", "label": "positive"},
        {"doc": "d2", "line": 2, "category": "booster", "phrase": "clearly", "sentence": "It is clearly true.", "label": "positive"},
    ]
    (root / "manifest.jsonl").write_text("".join(json.dumps(e) + "\n" for e in manifest), encoding="utf-8")
    (root / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    exe = tmp_path / "fake-prosecheck"
    exe.write_text(FAKE_PROSECHECK, encoding="utf-8")
    exe.chmod(0o755)
    return root, exe


def _score(root, exe, *args):
    proc = subprocess.run([sys.executable, str(root / "score.py"), str(exe), *args], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


@pytest.mark.parametrize("name", SETS)
def test_score_prints_real_docs_table_and_its_own_last_line(tmp_path, name):
    root, exe = _mini_set(tmp_path, name)
    for args in ((), ("--split", "all"), ("--split=test", "-v")):
        out = _score(root, exe, *args)
        assert out[0].startswith("split %s: prosecheck: 4 findings in " % ("all" if "all" in args else "test"))
        assert out[0].endswith(" s on 2 documents")
        assert out[1:6] == [
            "category      gold  found  recall  alarms  false alarms  precision  traps flagged",
            "superlative      2      1     50%       1             0       100%            0/0",
            "hedge            0      0     n/a       2             2         0%            1/1",
            "booster          1      1    100%       1             0       100%            0/0",
            "all              3      2     67%       3             1        67%            1/1",
        ]
        assert out[-1] == f"{name}: recall 67% precision 67%"
    assert _score(root, exe, "-v")[6:-1] == [
        "  missed   d2:1 superlative 'The fastest'",
        "  false    d1:2:1 HC101 m (trap: 'Experts say')",
    ]


@pytest.mark.parametrize("name", SETS)
def test_score_rejects_the_dev_split_that_this_set_does_not_have(tmp_path, name):
    root, exe = _mini_set(tmp_path, name)
    assert _score(root, exe, "--split", "dev") == [
        "error: --split must be one of test, all, not 'dev'",
        "usage: python3 score.py PROSECHECK [DOCS_DIR] [--split test|all] [-v]",
        f"{name}: recall 0% precision 0%",
    ]


@pytest.mark.parametrize("name", SETS)
def test_score_refuses_an_unknown_option_or_a_missing_executable_before_building(tmp_path, name):
    root, exe = _mini_set(tmp_path, name)
    shutil.rmtree(root / "docs")  # a build would start here if the first argument were taken for the executable
    usage = "usage: python3 score.py PROSECHECK [DOCS_DIR] [--split test|all] [-v]"
    proc = subprocess.run([sys.executable, str(root / "score.py"), "--bogus"], capture_output=True, text=True)
    assert (proc.returncode, proc.stdout.splitlines()) == (
        0, ["error: unknown option '--bogus'", usage, f"{name}: recall 0% precision 0%"])
    missing = str(tmp_path / "no-such-prosecheck")
    proc = subprocess.run([sys.executable, str(root / "score.py"), missing], capture_output=True, text=True)
    assert (proc.returncode, proc.stdout.splitlines()) == (0, [
        f"error: {missing!r} is not a prosecheck executable (give the path of one, e.g. .venv/bin/prosecheck)",
        usage, f"{name}: recall 0% precision 0%"])
    assert not (root / "docs").exists()


@pytest.mark.parametrize("name", SETS)
def test_score_reports_a_program_that_printed_nothing_instead_of_scoring_it_as_no_findings(tmp_path, name):
    # A stand-in for the executable (eval/finetuned_exe.py) that dies of an ImportError exits 1
    # with nothing on stdout: that is a failed run, never "prosecheck found nothing".
    root, exe = _mini_set(tmp_path, name)
    exe.write_text("#!/usr/bin/env python3\nimport sys\nsys.stderr.write('ModuleNotFoundError: no torch\\n')\n"
                   "sys.exit(1)\n", encoding="utf-8")
    assert _score(root, exe) == [
        "error: prosecheck did not print JSON (exit 1): ModuleNotFoundError: no torch",
        f"{name}: recall 0% precision 0%",
    ]


# --- the real build (network; opt in) -----------------------------------------------------------

def _build_param(name):
    flag = name.upper().replace("-", "_") + "_BUILD"
    return pytest.param(name, marks=pytest.mark.skipif(
        os.environ.get(flag) != "1", reason=f"set {flag}=1 to download and build the set"))


@pytest.mark.slow
@pytest.mark.parametrize("name", [_build_param(name) for name in SETS])
def test_build_writes_every_document_and_every_phrase_is_on_its_line(tmp_path, name):
    SET = ROOT / "eval" / name
    MANIFEST, GOLD = _jsonl(SET / "manifest.jsonl"), _jsonl(SET / "gold.jsonl")
    work = name.upper().replace("-", "_") + "_WORK"
    out = tmp_path / "docs"
    env = dict(os.environ, **{work: os.environ.get(work, str(tmp_path / "work"))})
    proc = subprocess.run(["bash", str(SET / "build.sh"), str(out)], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted("%s.%s" % (e["id"], e["format"]) for e in MANIFEST)
    files = {e["id"]: out / ("%s.%s" % (e["id"], e["format"])) for e in MANIFEST}
    for e in MANIFEST:
        text = files[e["id"]].read_text(encoding="utf-8")
        assert len(text.split()) == e["words"], e["id"]
    for g in GOLD:
        lines = files[g["doc"]].read_text(encoding="utf-8").split("\n")
        assert g["phrase"] in lines[g["line"] - 1], g


def test_a_pinned_count_row_is_checked_against_the_gold():
    # chuck-docs' README said "| all | 158 | 137 |" over a gold of 138 traps and its test passed,
    # because a pinned row was only looked for in the README (forty-ninth session)
    from held_out_sets import rows_against_gold

    gold = ([{"category": "hedge", "label": "positive"}] * 2 + [{"category": "hedge", "label": "negative"}]
            + [{"category": "booster", "label": "negative"}])
    rows = ("| hedge | 2 | 1 |", "| booster | 0 | 1 |", "| superlative | 0 | 0 |", "| all | 2 | 2 |",
            "| all | 2 | 1 |", "| hedge | 1 | 1 |", "| `pkg` | 3 | 40 |")
    assert rows_against_gold(rows, gold) == ["| all | 2 | 1 |", "| hedge | 1 | 1 |"]
