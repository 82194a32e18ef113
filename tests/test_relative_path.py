"""files.relative_path: its quick way for a path under the root gives what os.path.relpath gives."""

from __future__ import annotations

import os

import pytest

from prosecheck.files import relative_path


def _relpath(path: str, root: str) -> str:
    try:
        rel = os.path.relpath(os.path.abspath(path), root)
    except ValueError:
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


@pytest.mark.parametrize("root", [".", "", "/", "docs", "./docs/", "docs/../docs", "/tmp", "/tmp/", "..", "do"])
@pytest.mark.parametrize("path", ["a.md", "./a.md", "docs/a.md", "docs//x/../b.md", "docsx/a.md", "doc", "docs",
                                  "/tmp/a.md", "/tmpx/a.md", "/", "..", "../a.md", ""])
def test_relative_path_is_relpath(tmp_path, monkeypatch, root, path):
    (tmp_path / "w" / "docs").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "w")
    assert relative_path(path, root) == _relpath(path, root)


def test_relative_path_exact_values(tmp_path, monkeypatch):
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path)
    assert relative_path("docs/guide/a.md", ".") == "docs/guide/a.md"
    assert relative_path("docs/guide/a.md", "docs") == "guide/a.md"
    assert relative_path("docsx/a.md", "docs") == "../docsx/a.md"  # a common prefix of letters is not a folder
    assert relative_path("docs", "docs") == "."
    assert relative_path(str(tmp_path / "a.md"), "/") == str(tmp_path / "a.md")[1:]
    # The root is kept per working folder: the same relative root after a chdir is another folder.
    monkeypatch.chdir(tmp_path / "docs")
    assert relative_path("a.md", ".") == "a.md"
    assert relative_path(str(tmp_path / "b.md"), ".") == "../b.md"
