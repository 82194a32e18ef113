"""The real-docs evaluation set (eval/real-docs/): integrity of its files, its scorer and its build.

Everything here runs without the network except the build test, which is marked slow and runs
only when REAL_DOCS_BUILD=1 is set (it downloads about 230 MB of pinned packages).
"""
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

import pytest

SET = Path(__file__).resolve().parent.parent / "eval" / "real-docs"
CATEGORIES = {"superlative", "hedge", "booster"}


def _jsonl(name):
    return [json.loads(line) for line in (SET / name).read_text(encoding="utf-8").splitlines() if line.strip()]


MANIFEST = _jsonl("manifest.jsonl")
GOLD = _jsonl("gold.jsonl")


def _extract_module():
    sys.path.insert(0, str(SET.parent))
    try:
        import extract
    finally:
        sys.path.pop(0)
    return extract


# --- integrity (no network) -------------------------------------------------------------------

def test_manifest_ids_are_unique_and_entries_complete():
    ids = [e["id"] for e in MANIFEST]
    assert len(ids) == len(set(ids))
    for e in MANIFEST:
        for key in ("id", "registry", "package", "archive", "archive_sha256", "member", "kind", "format",
                    "genre", "licence", "sha256", "words", "split"):
            assert key in e, (e["id"], key)
        assert e["registry"] in ("npm", "pypi", "debian"), e["id"]
        assert e["kind"] in ("file", "description"), e["id"]
        assert e["format"] in ("md", "txt"), e["id"]
        assert len(e["sha256"]) == 64 and len(e["archive_sha256"]) == 64, e["id"]
        assert e["words"] > 0, e["id"]


def test_every_document_has_the_split_its_id_hash_gives():
    for e in MANIFEST:
        expected = "dev" if int(hashlib.sha256(e["id"].encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"
        assert e["split"] == expected, e["id"]


def test_one_archive_has_one_digest_and_one_package():
    seen = {}
    for e in MANIFEST:
        assert seen.setdefault(e["archive"], (e["archive_sha256"], e["package"])) == (e["archive_sha256"], e["package"])


def test_gold_items_refer_to_manifest_documents_and_have_valid_labels():
    docs = {e["id"] for e in MANIFEST}
    keys = set()
    for g in GOLD:
        assert g["doc"] in docs, g
        assert isinstance(g["line"], int) and g["line"] >= 1, g
        assert g["category"] in CATEGORIES, g
        assert g["label"] in ("positive", "negative"), g
        assert g["phrase"].strip() and g["phrase"].strip() in g["sentence"], g
        if g["label"] == "negative":
            assert g.get("why"), g
        else:
            assert "why" not in g, g
        key = (g["doc"], g["line"], g["phrase"])
        assert key not in keys, key
        keys.add(key)


def test_each_split_has_positives_and_traps_in_every_category():
    split = {e["id"]: e["split"] for e in MANIFEST}
    counts = Counter((split[g["doc"]], g["category"], g["label"]) for g in GOLD)
    for s in ("dev", "test"):
        for cat in CATEGORIES:
            assert counts[(s, cat, "positive")] >= 2, (s, cat)
            assert counts[(s, cat, "negative")] >= 5, (s, cat)


# --- extract.py on archives it makes itself (no network) ---------------------------------------

def _tar_gz(path, name, data):
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))


def _deb(path, name, data):
    """A minimal Debian package: an ar archive holding data.tar.xz with one gzipped file."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:xz") as tar:
        gz = gzip.compress(data)
        info = tarfile.TarInfo(name)
        info.size = len(gz)
        tar.addfile(info, io.BytesIO(gz))
    members = [("debian-binary", b"2.0\n"), ("data.tar.xz", buf.getvalue())]
    with open(path, "wb") as fh:
        fh.write(b"!<arch>\n")
        for mname, body in members:
            fh.write(("%-16s%-12s%-6s%-6s%-8s%-10d`\n" % (mname, 0, 0, 0, 100644, len(body))).encode("ascii"))
            fh.write(body)
            if len(body) % 2:
                fh.write(b"\n")


def test_extract_writes_curated_documents_from_tarballs_wheels_and_debian_packages(tmp_path):
    arch = tmp_path / "arch"
    arch.mkdir()
    _tar_gz(arch / "pkg-1.0.tgz", "package/README.md", b"# Title\r\nintro\r\n## Why\r\nthe fastest\r\n## Install\r\nnpm i\r\n")
    with zipfile.ZipFile(arch / "w-1.0-py3-none-any.whl", "w") as zf:
        zf.writestr("w-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: w\n\n# W\n\nBody line.\n")
    _deb(arch / "d_1.0_all.deb", "./usr/share/doc/d/essay.txt.gz", b"Plain text essay.\n\n\n")
    docs = [
        {"id": "a", "kind": "file", "format": "md", "archive": "pkg-1.0.tgz", "member": "package/README.md",
         "curation": {"start": "## Why", "end": "## Install"}},
        {"id": "b", "kind": "description", "format": "md", "archive": "w-1.0-py3-none-any.whl",
         "member": "w-1.0.dist-info/METADATA"},
        {"id": "c", "kind": "file", "format": "txt", "archive": "d_1.0_all.deb", "member": "./usr/share/doc/d/essay.txt.gz"},
    ]
    expected = {"a.md": b"## Why\nthe fastest\n", "b.md": b"# W\n\nBody line.\n", "c.txt": b"Plain text essay.\n"}
    for d in docs:
        d["sha256"] = hashlib.sha256(expected["%s.%s" % (d["id"], d["format"])]).hexdigest()
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, str(SET.parent / "extract.py"), str(manifest), str(arch), str(out), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == expected

    docs[0]["sha256"] = "0" * 64
    manifest.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    proc = subprocess.run([sys.executable, str(SET.parent / "extract.py"), str(manifest), str(arch), str(out), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.startswith("extract.py: sha256 mismatch for a: ")


# --- score.py against a fake prosecheck on a small set it is given (no network) -----------------

FAKE_PROSECHECK = """#!/usr/bin/env python3
import json, os, sys
docs = sys.argv[1]
print(json.dumps([
    {"path": os.path.join(docs, "d1.md"), "line": 1, "col": 5, "code": "SL101", "message": "m"},
    {"path": os.path.join(docs, "d1.md"), "line": 2, "col": 1, "code": "HC101", "message": "m"},
    {"path": os.path.join(docs, "d2.txt"), "line": 1, "col": 1, "code": "SL101", "message": "m"},
    {"path": os.path.join(docs, "d2.txt"), "line": 2, "col": 1, "code": "HC102", "message": "m"},
]))
sys.exit(1)
"""


def _mini_set(tmp_path):
    root = tmp_path / "set"
    (root / "docs").mkdir(parents=True)
    shutil.copy(SET / "score.py", root / "score.py")
    shutil.copy(SET.parent / "scoring.py", tmp_path / "scoring.py")  # score.py imports it from its parent
    shutil.copy(SET.parent / "gold_remarks.py", tmp_path / "gold_remarks.py")  # scoring.py imports it (the gold's overlay)
    (root / "docs" / "d1.md").write_text("The best tool.\nExperts say so.\n", encoding="utf-8")
    (root / "docs" / "d2.txt").write_text("The fastest one.\nIt is clearly true.\n", encoding="utf-8")
    manifest = [{"id": "d1", "format": "md", "split": "dev"}, {"id": "d2", "format": "txt", "split": "test"}]
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


def test_score_counts_only_the_chosen_split(tmp_path):
    root, exe = _mini_set(tmp_path)
    dev = _score(root, exe)                       # dev is the default
    assert dev[1:] == [
        "category      gold  found  recall  alarms  false alarms  precision  traps flagged",
        "superlative      1      1    100%       1             0       100%            0/0",
        "hedge            0      0     n/a       1             1         0%            1/1",
        "booster          0      0     n/a       0             0        n/a            0/0",
        "all              1      1    100%       2             1        50%            1/1",
        "real-docs: recall 100% precision 50%",
    ]
    assert dev[0].startswith("split dev: prosecheck: 4 findings in ")
    test = _score(root, exe, "--split", "test", "-v")
    assert test[1:] == [
        "category      gold  found  recall  alarms  false alarms  precision  traps flagged",
        "superlative      1      1    100%       1             0       100%            0/0",
        "hedge            0      0     n/a       0             0        n/a            0/0",
        "booster          1      1    100%       1             0       100%            0/0",
        "all              2      2    100%       2             0       100%            0/0",
        "real-docs: recall 100% precision 100%",
    ]


def test_score_rejects_an_unknown_split(tmp_path):
    root, exe = _mini_set(tmp_path)
    out = _score(root, exe, "--split", "train")
    assert out == ["error: --split must be one of dev, test, all, not 'train'",
                   "usage: python3 score.py PROSECHECK [DOCS_DIR] [--split dev|test|all] [-v]",
                   "real-docs: recall 0% precision 0%"]


# --- the real build (network; opt in) -----------------------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("REAL_DOCS_BUILD") != "1", reason="set REAL_DOCS_BUILD=1 to download and build the set")
def test_build_writes_every_document_and_every_phrase_is_on_its_line(tmp_path):
    out = tmp_path / "docs"
    env = dict(os.environ, REAL_DOCS_WORK=os.environ.get("REAL_DOCS_WORK", str(tmp_path / "work")))
    proc = subprocess.run(["bash", str(SET / "build.sh"), str(out)], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted("%s.%s" % (e["id"], e["format"]) for e in MANIFEST)
    files = {e["id"]: out / ("%s.%s" % (e["id"], e["format"])) for e in MANIFEST}
    for g in GOLD:
        lines = files[g["doc"]].read_text(encoding="utf-8").split("\n")
        assert g["phrase"] in lines[g["line"] - 1], g
