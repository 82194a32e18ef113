"""extract.py's "atom" kind: one entry of an Atom feed (a blog's export), its title and HTML content as Markdown."""
import io
import os
import sys
import tarfile

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))
import extract  # noqa: E402

FEED = ("<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        "<title type='text'>A blog</title>"
        "<entry><title type='text'>First\n      post</title>"
        "<content type='html'>&lt;p&gt;One paragraph.&lt;/p&gt;&lt;p&gt;Two &amp;amp; three.&lt;/p&gt;</content></entry>"
        "<entry><title type='text'>Second</title><content type='html'>&lt;p&gt;Other.&lt;/p&gt;</content></entry>"
        "</feed>")


def _archive(tmp_path):
    path = tmp_path / "pkg.tar.gz"
    data = FEED.encode("utf-8")
    with tarfile.open(str(path), "w:gz") as tar:
        info = tarfile.TarInfo("pkg/blog/full.xml")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return path


def _entry(**kw):
    entry = {"id": "t", "archive": "pkg.tar.gz", "member": "pkg/blog/full.xml", "kind": "atom", "index": 0}
    entry.update(kw)
    return entry


def test_atom_writes_the_entrys_title_and_its_paragraphs(tmp_path):
    _archive(tmp_path)
    text = extract.document_text(_entry(), str(tmp_path))
    lines = [l for l in text.split("\n") if l.strip()]
    assert lines[0].lstrip("# ") == "First post"
    assert "One paragraph." in lines[1]
    assert "Two & three." in text
    assert "Other." not in text


def test_atom_takes_the_entry_at_its_index(tmp_path):
    _archive(tmp_path)
    text = extract.document_text(_entry(index=1), str(tmp_path))
    assert "Other." in text and "One paragraph." not in text


def test_atom_refuses_an_index_past_the_feed(tmp_path):
    _archive(tmp_path)
    with pytest.raises(ValueError):
        extract.document_text(_entry(index=2), str(tmp_path))
