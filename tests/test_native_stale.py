"""A C module built from an older version of its source is not used (prosecheck._native._load).

setup.py stamps each module with the digest of its .c file and of the headers it includes
(_native/digests.py); an edit of either that was not rebuilt would otherwise run the old code
silently, in tests too (the twenty-sixth session's note; headers since the thirtieth).
"""

import hashlib
import importlib.util
import shutil
from fnmatch import fnmatch
from pathlib import Path

import pytest

from prosecheck import _native
from prosecheck._native import digests

NAMES = ("_split", "_boiler", "_build", "_trigger", "_readability", "_spell")


def _built(name):
    return importlib.util.find_spec("prosecheck._native." + name) is not None


@pytest.mark.parametrize("name", NAMES)
def test_a_built_module_carries_the_digest_of_its_source(name):
    if not _built(name):
        pytest.skip("not built here (no C compiler): the Python path runs")
    module = importlib.import_module("prosecheck._native." + name)
    assert module.SOURCE_DIGEST == _native.source_digest(_native._HERE / (name + ".c"))
    assert len(module.SOURCE_DIGEST) == 16


@pytest.mark.parametrize("name", NAMES)
def test_a_module_older_than_its_source_is_left_and_stderr_says_how_to_rebuild(name, tmp_path, monkeypatch, capsys):
    if not _built(name):
        pytest.skip("not built here (no C compiler): the Python path runs")
    monkeypatch.delenv("PROSECHECK_PURE_PYTHON", raising=False)
    (tmp_path / (name + ".c")).write_text("/* edited after the build */\n")
    monkeypatch.setattr(_native, "_HERE", tmp_path)
    assert _native._load(name) is None
    err = capsys.readouterr().err
    assert err == ("prosecheck: %s (or a header it includes) was edited after its C module was built; using the "
                   "slower Python path. Rebuild with: pip install -e .\n" % (tmp_path / (name + ".c")))


@pytest.mark.parametrize("name", NAMES)
def test_a_module_without_its_source_beside_it_is_used(name, tmp_path, monkeypatch, capsys):
    # an installed wheel may ship no .c file: nothing to compare with
    if not _built(name):
        pytest.skip("not built here (no C compiler): the Python path runs")
    monkeypatch.delenv("PROSECHECK_PURE_PYTHON", raising=False)
    monkeypatch.setattr(_native, "_HERE", tmp_path)
    assert _native._load(name).__name__ == "prosecheck._native." + name
    assert capsys.readouterr().err == ""


def test_the_environment_variable_forces_the_python_path(monkeypatch):
    monkeypatch.setenv("PROSECHECK_PURE_PYTHON", "1")
    assert [_native._load(n) for n in NAMES] == [None] * len(NAMES)


# The modules that include a header of _native/ (ints.h, the integer-buffer reader: thirtieth session).
WITH_HEADERS = ("_boiler", "_trigger", "_spell")


def test_the_modules_that_read_integer_tables_include_the_one_reader():
    assert [n for n in NAMES if digests.included_headers(_native._HERE / (n + ".c"))] == list(WITH_HEADERS)
    for name in WITH_HEADERS:
        assert digests.included_headers(_native._HERE / (name + ".c")) == [_native._HERE / "ints.h"]


@pytest.mark.parametrize("name", WITH_HEADERS)
def test_an_edit_of_a_header_a_module_includes_makes_it_stale(name, tmp_path, monkeypatch, capsys):
    if not _built(name):
        pytest.skip("not built here (no C compiler): the Python path runs")
    monkeypatch.delenv("PROSECHECK_PURE_PYTHON", raising=False)
    for source in [name + ".c"] + [h.name for h in digests.included_headers(_native._HERE / (name + ".c"))]:
        shutil.copyfile(_native._HERE / source, tmp_path / source)
    monkeypatch.setattr(_native, "_HERE", tmp_path)
    # the copies are the sources it was built from: used
    assert _native._load(name).__name__ == "prosecheck._native." + name
    assert capsys.readouterr().err == ""
    # the .c untouched, a header edited: left, as after an edit of the .c
    with open(tmp_path / "ints.h", "a") as header:
        header.write("/* edited after the build */\n")
    assert _native._load(name) is None
    assert capsys.readouterr().err.startswith("prosecheck: %s (or a header it includes) was edited" % (tmp_path / (name + ".c")))


def test_a_source_without_headers_keeps_the_digest_of_its_bytes(tmp_path):
    # the modules that include none keep the digest they were stamped with before headers counted
    source = tmp_path / "m.c"
    source.write_bytes(b'#include <Python.h>\n#include <stdint.h>\n/* #include "in a comment, not at a line start" */\n')
    assert digests.included_headers(source) == []
    assert digests.source_digest(source) == hashlib.sha256(source.read_bytes()).hexdigest()[:16]


def test_the_digest_covers_headers_and_theirs_each_once(tmp_path):
    (tmp_path / "m.c").write_text('#include <Python.h>\n#include "a.h"\n  #  include "b.h"\n#include "a.h"\n')
    (tmp_path / "a.h").write_text('#include "c.h"\n#include "b.h"\n')
    (tmp_path / "b.h").write_text('#include "a.h"\n')  # a cycle, as include guards allow
    (tmp_path / "c.h").write_text("int c;\n")
    source = tmp_path / "m.c"
    assert digests.included_headers(source) == [tmp_path / "a.h", tmp_path / "b.h", tmp_path / "c.h"]
    before = digests.source_digest(source)
    assert len(before) == 16
    (tmp_path / "c.h").write_text("int c2;\n")  # a header included by a header
    assert digests.source_digest(source) != before


def test_a_missing_header_raises_and_the_module_is_used(tmp_path, monkeypatch, capsys):
    # unreadable sources leave nothing to compare with: as with no source, the module is used
    (tmp_path / "m.c").write_text('#include "gone.h"\n')
    with pytest.raises(OSError):
        digests.source_digest(tmp_path / "m.c")
    name = WITH_HEADERS[0]
    if not _built(name):
        pytest.skip("not built here (no C compiler): the Python path runs")
    monkeypatch.delenv("PROSECHECK_PURE_PYTHON", raising=False)
    shutil.copyfile(_native._HERE / (name + ".c"), tmp_path / (name + ".c"))
    monkeypatch.setattr(_native, "_HERE", tmp_path)
    assert _native._load(name).__name__ == "prosecheck._native." + name
    assert capsys.readouterr().err == ""


def test_the_sdist_ships_every_header():
    # setuptools puts an Extension's sources in the sdist, not its depends: MANIFEST.in names the headers
    root = Path(__file__).resolve().parents[1]
    patterns = [line.split()[1] for line in (root / "MANIFEST.in").read_text().splitlines()
                if line.startswith("include ")]
    headers = sorted((root / "src" / "prosecheck" / "_native").glob("*.h"))
    assert headers
    for header in headers:
        assert any(fnmatch(header.relative_to(root).as_posix(), p) for p in patterns), header


def _pathlib_digest(source):
    # the digest as source_digest computed it before the sixty-third session: hashlib, pathlib
    digest = hashlib.sha256(source.read_bytes())
    for header in digests.included_headers(source):
        digest.update(b"\0" + header.name.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(header.read_bytes())
    return digest.hexdigest()[:16]


@pytest.mark.parametrize("name", NAMES)
def test_the_digest_by_strings_is_the_digest_by_pathlib(name):
    # a run follows the sources as strings (no pathlib, no OpenSSL at start-up): the same digest
    source = _native._HERE / (name + ".c")
    assert digests.source_digest(str(source)) == digests.source_digest(source) == _pathlib_digest(source)


def test_a_header_named_with_a_folder_or_the_file_itself_takes_the_pathlib_route(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "m.c").write_text('#include "sub/a.h"\n#include "./b.h"\n')
    (tmp_path / "sub" / "a.h").write_text('#include "../b.h"\n')
    (tmp_path / "b.h").write_text("int b;\n")
    (tmp_path / "n.c").write_text('#include "b.h"\n#include "n.c"\n')
    for name in ("m.c", "n.c"):
        source = tmp_path / name
        assert digests._plain_headers(str(source)) is None
        assert digests.source_digest(str(source)) == _pathlib_digest(source)
    assert digests.included_headers(tmp_path / "m.c") == [tmp_path / "sub" / "a.h", tmp_path / "b.h",
                                                           tmp_path / "sub" / ".." / "b.h"]


def test_a_run_imports_neither_pathlib_nor_hashlib_for_the_check():
    import subprocess
    import sys

    code = "import sys, prosecheck._native; print(sorted({'pathlib', 'hashlib'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_an_include_counts_only_at_the_start_of_its_line(tmp_path):
    # the names _included_names finds are those of the line-anchored pattern
    import re

    anchored = re.compile(rb'^[ \t]*#[ \t]*include[ \t]*"([^"\n]+)"', re.M)
    text = (b'#include "a.h"\n \t# include\t"b.h" /* x */\nint x; #include "c.h"\n#include "d.h" #include "e.h"\n'
            b'/* #include "f.h" */\n#include <g.h>\n#  include "h.h"\r\n\t#include "i.h"')
    assert digests._included_names(text) == anchored.findall(text) == [b"a.h", b"b.h", b"d.h", b"h.h", b"i.h"]
    for name in NAMES + ("ints",):
        data = (_native._HERE / (name + (".h" if name == "ints" else ".c"))).read_bytes()
        assert digests._included_names(data) == anchored.findall(data)
