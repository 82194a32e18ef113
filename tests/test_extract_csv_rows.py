"""extract.py's "csv-rows" kind: rows first..last of a CSV transcript, one "<label>: <field>" a line."""
import io
import json
import os
import sys
import tarfile

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))
import extract  # noqa: E402

CSV = ('speaker,statement,debate\n'
       'HOLT,"Good evening.\nWelcome.",1st\n'
       'CLINTON,"Thank you,   Lester.",1st\n'
       'TRUMP,"Thank you. Our jobs are leaving.\n",1st\n'
       'HOLT,"Next question.",1st\n')


def _archive(tmp_path):
    path = tmp_path / "pkg.tar.gz"
    data = CSV.encode("utf-8")
    with tarfile.open(str(path), "w:gz") as tar:
        info = tarfile.TarInfo("pkg/data/debates.csv")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    return path


def _entry(**kw):
    entry = {"id": "t", "archive": "pkg.tar.gz", "member": "pkg/data/debates.csv", "kind": "csv-rows",
             "label": "speaker", "field": "statement", "index": 1, "last": 2}
    entry.update(kw)
    return entry


def test_csv_rows_writes_one_turn_a_line_with_its_speaker(tmp_path):
    _archive(tmp_path)
    text = extract.document_text(_entry(), str(tmp_path))
    assert text == "CLINTON: Thank you, Lester.\nTRUMP: Thank you. Our jobs are leaving.\n"


def test_csv_rows_joins_a_statements_own_line_breaks(tmp_path):
    _archive(tmp_path)
    text = extract.document_text(_entry(index=0, last=0), str(tmp_path))
    assert text == "HOLT: Good evening. Welcome.\n"


def test_csv_rows_rejects_rows_out_of_range(tmp_path):
    _archive(tmp_path)
    with pytest.raises(ValueError):
        extract.document_text(_entry(index=2, last=9), str(tmp_path))


def test_csv_rows_takes_a_curation_inside_the_rows(tmp_path):
    _archive(tmp_path)
    text = extract.document_text(_entry(index=0, last=3, curation={"start": "CLINTON:", "end": "HOLT: Next"}),
                                 str(tmp_path))
    assert text.splitlines() == ["CLINTON: Thank you, Lester.", "TRUMP: Thank you. Our jobs are leaving."]
