"""eval/extract.py's "sword" kind (bolster-docs, sixty-fourth session): a SWORD module's compressed
text (zText/zCom: ot.bzz with its block index ot.bzs, twelve bytes a block) read in block order and
its OSIS markup made plain text. Built here from a module the test writes itself; no network."""

import io
import struct
import sys
import tarfile
import zlib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))
import extract  # noqa: E402


def _module(tmp_path, blocks, name="ot.bzz"):
    data, index = b"", b""
    for text in blocks:
        raw = text.encode("utf-8")
        packed = zlib.compress(raw)
        index += struct.pack("<III", len(data), len(packed), len(raw))
        data += packed
    path = tmp_path / "mod.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        for member, body in ((name, data), (name[:-1] + "s", index)):
            info = tarfile.TarInfo(member)
            info.size = len(body)
            tar.addfile(info, io.BytesIO(body))
    return path


def test_blocks_are_read_in_order_and_the_markup_becomes_one_paragraph_a_line(tmp_path):
    _module(tmp_path, ['<div sID="a" type="x-p"/> First   paragraph, <hi type="italic">kept</hi>. <div eID="a" type="x-p"/>'
                       '<title type="x-s">Psalm 1 OVERVIEW</title>',
                       '<div sID="b" type="x-p"/>Second &amp; last<milestone type="x" n="1"/> line.<div eID="b" type="x-p"/>'
                       '<table><row><cell>A row.</cell><cell>(1-2)</cell></row></table>'])
    entry = {"archive": "mod.tar.gz", "member": "ot.bzz", "kind": "sword"}
    assert extract.document_text(entry, str(tmp_path)) == (
        "First paragraph, kept.\n\nPsalm 1 OVERVIEW\n\nSecond & last line.\n\nA row. (1-2)\n")


def test_a_curation_cuts_the_text_as_for_any_kind(tmp_path):
    _module(tmp_path, ['<title>Preface</title><div sID="a"/>Words.<div eID="a"/><title>Psalm 1 OVERVIEW</title>'], "ot.czz")
    entry = {"archive": "mod.tar.gz", "member": "ot.czz", "kind": "sword",
             "curation": {"start": "Preface", "end": "Psalm 1 OVERVIEW"}}
    assert extract.document_text(entry, str(tmp_path)) == "Preface\n\nWords.\n"


def test_a_member_that_is_not_a_module_text_or_a_wrong_block_size_is_refused(tmp_path):
    with pytest.raises(ValueError):
        extract.sword_index_member("ot.txt")
    raw = zlib.compress(b"abc")
    with pytest.raises(ValueError):
        extract.sword_blocks(struct.pack("<III", 0, len(raw), 4), raw, "ot.bzz")
    with pytest.raises(ValueError):
        extract.sword_blocks(b"\0" * 11, raw, "ot.bzz")
