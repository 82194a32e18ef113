"""A C module built from an older version of its source is not used (prosecheck._native._load).

setup.py stamps each module with the digest of its .c file; an edit of the .c file that was not
rebuilt would otherwise run the old code silently, in tests too (the twenty-sixth session's note).
"""

import importlib.util

import pytest

from prosecheck import _native

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
    assert err == ("prosecheck: %s was edited after its C module was built; using the slower Python path. "
                   "Rebuild with: pip install -e .\n" % (tmp_path / (name + ".c")))


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
