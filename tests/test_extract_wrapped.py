"""extract.py's kind "wrapped": a hard-wrapped plain text becomes one paragraph a line."""
import io
import os
import sys
import tarfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "eval"))
import extract  # noqa: E402

TEXT = ("\nIn the internal decoration, if not in the external\narchitecture, the English are supreme.\n"
        "The Yankees alone\nare preposterous.\n\n   \nHow this happens, it is not\r\ndifficult to see.\n\n\n"
        "Last  paragraph,\n\tone line.\n")


def _archive(tmp_path):
    data = TEXT.encode("utf-8")
    with tarfile.open(str(tmp_path / "pkg.tgz"), "w:gz") as tar:
        info = tarfile.TarInfo("package/poe/essay.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))


def _entry(**extra):
    return dict({"id": "t", "archive": "pkg.tgz", "member": "package/poe/essay.txt", "kind": "wrapped"}, **extra)


def test_each_paragraph_is_one_line(tmp_path):
    _archive(tmp_path)
    text = extract.document_text(_entry(), str(tmp_path))
    assert text == ("In the internal decoration, if not in the external architecture, the English are supreme. "
                    "The Yankees alone are preposterous.\n\nHow this happens, it is not difficult to see.\n\n"
                    "Last paragraph, one line.\n")


def test_a_curation_cuts_the_joined_lines(tmp_path):
    _archive(tmp_path)
    text = extract.document_text(_entry(curation={"start": "How this happens", "end": "Last paragraph"}),
                                 str(tmp_path))
    assert text == "How this happens, it is not difficult to see.\n"


def test_unwrap_keeps_no_blank_paragraph():
    assert extract.unwrap("a\nb\n\n\n\nc\n") == "a b\n\nc"
