"""Fixes: --fix rewrites files byte for byte as expected (CRLF, CR, BOM, UTF-16 kept), --diff shows
the same changes and writes nothing, --unsafe-fixes opts in to guesses; and fixes.apply itself."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from prosecheck.fixes import SAFE, Edit, Fix, apply, fix_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "fixes"
CASES = ["lf", "crlf", "cr", "bom-crlf", "utf16-bom", "no-final-newline"]
REMAINS = "LK101 this link points to nothing: add the address it should go to, or remove the link"


def run(args, cwd, stdin=None):
    proc = subprocess.run([sys.executable, "-m", "prosecheck", "--no-cache", *args], cwd=cwd, input=stdin,
                          capture_output=True, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


@pytest.fixture
def project(tmp_path):
    for f in FIXTURES.iterdir():
        shutil.copy(f, tmp_path / f.name)
    return tmp_path


@pytest.mark.parametrize("case", CASES)
def test_fix_rewrites_the_file_byte_for_byte(project, case):
    code, out, err = run(["--fix", f"{case}.md"], project)
    assert (project / f"{case}.md").read_bytes() == (FIXTURES / f"{case}.fixed").read_bytes()
    # What no fix removes is still reported, at its place in the fixed file; the exit code says so.
    assert (code, out, err) == (1, f"{case}.md:4:26: {REMAINS}\n", "prosecheck: fixed 4 findings in 1 file\n")


def test_fix_keeps_permissions_and_follows_symbolic_links(project):
    os.chmod(project / "lf.md", 0o640)
    os.symlink("lf.md", project / "link.md")
    code, _, _ = run(["--fix", "link.md"], project)
    assert code == 1
    assert (project / "link.md").is_symlink()
    assert (project / "lf.md").read_bytes() == (FIXTURES / "lf.fixed").read_bytes()
    assert stat.S_IMODE(os.stat(project / "lf.md").st_mode) == 0o640


def test_fix_leaves_no_temporary_file(project):
    run(["--fix", "crlf.md"], project)
    assert sorted(p.name for p in project.iterdir() if p.name.endswith(".tmp")) == []


def test_diff_prints_the_changes_and_writes_nothing(project):
    before = (project / "crlf.md").read_bytes()
    code, out, err = run(["--diff", "crlf.md"], project)
    assert (project / "crlf.md").read_bytes() == before
    assert code == 1
    assert err == "prosecheck: 4 findings would change 1 file\n"
    assert out == (
        "--- a/crlf.md\n+++ b/crlf.md\n@@ -1,8 +1,8 @@\n # Getting started\r\n \r\n"
        "-See [the start](#getting-startd) and the the cat.\r\n"
        "-Caf\u00e9 prosechek is ours, [home](<>) stays.\r\n"
        "+See [the start](#getting-started) and the cat.\r\n"
        "+Caf\u00e9 prosecheck is ours, [home](<>) stays.\r\n"
        " \r\n"
        "-[r]: other.md#getting-startd\r\n"
        "+[r]: other.md#getting-started\r\n"
        " \r\n Use [x][r].\r\n"
    )


def test_diff_of_a_clean_file_is_empty_and_exits_0(project):
    (project / "clean.md").write_bytes(b"# Clean\n\nNothing here.\n")
    assert run(["--diff", "clean.md"], project) == (0, "", "")


def test_diff_reads_stdin_but_fix_refuses_it(project):
    data = b"# T\n\nThe the end.\n"
    code, out, _ = run(["--diff", "--stdin-filename", "x.md", "-"], project, stdin=data)
    assert (code, out) == (1, "--- a/x.md\n+++ b/x.md\n@@ -1,3 +1,3 @@\n # T\n \n-The the end.\n+The end.\n")
    code, out, err = run(["--fix", "-"], project, stdin=data)
    assert (code, out) == (2, "")
    assert err.startswith("prosecheck: error: --fix cannot change text read from stdin; use --diff")


def test_unsafe_fixes_only_when_asked(project):
    (project / "guess.md").write_bytes(b"# Notes\n\nThe pacakge is here.\n")
    code, out, _ = run(["--fix", "--select", "SP101", "guess.md"], project)
    assert (project / "guess.md").read_bytes() == b"# Notes\n\nThe pacakge is here.\n"
    assert code == 1 and out.startswith("guess.md:3:5: SP101 ")
    code, out, err = run(["--fix", "--unsafe-fixes", "--select", "SP101", "guess.md"], project)
    assert (project / "guess.md").read_bytes() == b"# Notes\n\nThe package is here.\n"
    assert (code, out, err) == (0, "", "prosecheck: fixed 1 finding in 1 file\n")


def test_doubled_word_across_markup_is_reported_but_not_fixed(project):
    (project / "m.md").write_bytes(b"# T\n\nThe *the* end and **a** a cat.\n")
    code, out, _ = run(["--diff", "--select", "SP102", "m.md"], project)
    assert (code, out) == (0, "")
    code, out, _ = run(["--select", "SP102", "m.md"], project)
    assert out == 'm.md:3:6: SP102 "the" is repeated: delete one\nm.md:3:25: SP102 "a" is repeated: delete one\n'


def test_fragment_with_two_close_anchors_gets_no_fix(project):
    (project / "t.md").write_bytes(b"# Install one\n\n# Install two\n\nSee [it](#install-on).\n")
    code, out, _ = run(["--diff", "--select", "LK103", "t.md"], project)
    assert (code, out) == (0, "")


def test_two_words_close_to_the_house_list_is_unsafe(project):
    (project / "words.txt").write_text("prosecheck\nprosechex\n")
    (project / "h.md").write_bytes(b"# T\n\nThe prosechek tool.\n")
    assert run(["--diff", "--select", "SP101", "h.md"], project)[:2] == (0, "")


# --- fixes.apply --------------------------------------------------------------------------------


def _fix(line, col, end_col, text):
    return Fix((Edit(line, col, line, end_col, text),), SAFE, "t")


def test_overlapping_fix_waits_for_the_next_pass():
    text = "abc def\r\nghi\r\n"
    out, n = apply(text, [_fix(1, 5, 8, "X"), _fix(1, 1, 6, "Y"), _fix(2, 1, 4, "Z")])
    assert (out, n) == ("Yef\r\nZ\r\n", 2)


def test_fix_outside_the_text_is_not_applied():
    assert apply("ab\n", [_fix(1, 2, 9, ""), _fix(3, 1, 1, "x")]) == ("ab\n", 0)
    assert apply("ab\n", [_fix(2, 1, 1, "x")]) == ("ab\nx", 1)


def test_fix_bytes_keeps_big_endian_utf16():
    data = b"\xfe\xff" + "the the\r\n".encode("utf-16-be")
    assert fix_bytes(data, [_fix(1, 4, 8, "")]) == (b"\xfe\xff" + "the\r\n".encode("utf-16-be"), 1)
