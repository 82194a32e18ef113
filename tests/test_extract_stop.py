"""extract.py's curation "stop": the text is cut where a string first occurs, inside a line too."""
import io
import os
import sys
import zipfile

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))
import extract  # noqa: E402

CSV = 'title,text\nA,"One claim here. Its writer is a journalist. The views expressed are her own."\n'


def _archive(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("News.csv", CSV)
    outer = io.BytesIO()
    import tarfile
    with tarfile.open(str(tmp_path / "pkg.tar.gz"), "w:gz") as tar:
        data = inner.getvalue()
        info = tarfile.TarInfo("pkg/data/News.zip")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))


def _entry(**cur):
    return {"id": "t", "archive": "pkg.tar.gz", "member": "pkg/data/News.zip", "inner": "News.csv",
            "kind": "csv", "index": 0, "field": "text", "curation": dict({"start": "One claim"}, **cur)}


def test_stop_cuts_inside_the_line(tmp_path):
    _archive(tmp_path)
    text = extract.document_text(_entry(stop="Its writer is"), str(tmp_path))
    assert text == "One claim here.\n"


def test_without_stop_the_line_is_whole(tmp_path):
    _archive(tmp_path)
    text = extract.document_text(_entry(), str(tmp_path))
    assert text.endswith("are her own.\n")


def test_a_stop_not_in_the_text_is_an_error(tmp_path):
    _archive(tmp_path)
    with pytest.raises(ValueError):
        extract.document_text(_entry(stop="nowhere"), str(tmp_path))
