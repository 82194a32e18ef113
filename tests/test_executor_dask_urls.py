"""Paths as fsspec URLs with ``--executor dask``: the workers read the files, the client lists them.

File systems exercised: ``http://`` (a real HTTP server on 127.0.0.1, worker processes of a
LocalCluster reading through fsspec's HTTPFileSystem and aiohttp) and ``memory://`` (fsspec's
in-memory store, which only threads of this process see: a LocalCluster without processes).
``file://`` URLs are local paths. No cloud store (s3, gcs, azure) was exercised.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from prosecheck import cli
from test_executor_dask import BIN, _corpus, _prosecheck, cluster, site  # noqa: F401 (fixtures)


@pytest.fixture
def http_site(tmp_path):
    """A real HTTP server on 127.0.0.1 over ``tmp_path/www``, recording every path asked for."""
    www = tmp_path / "www"
    www.mkdir()
    asked: list = []

    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            asked.append(self.path)

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(www)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield www, f"http://127.0.0.1:{server.server_address[1]}", asked
    finally:
        server.shutdown()
        server.server_close()


def test_a_folder_url_over_http_prints_what_a_local_run_prints(http_site, cluster):
    www, base, asked = http_site
    docs = www / "docs"
    docs.mkdir()
    _corpus(docs)
    (docs / "sub").mkdir()
    shutil.move(docs / "doc03.md", docs / "sub" / "doc03.md")
    (docs / "node_modules").mkdir()
    (docs / "node_modules" / "dep.md").write_text("It is the the best.\n")  # excluded as locally
    (docs / "notes.py").write_text("the the\n")  # not a Markdown file
    (www / "other").mkdir()
    (www / "other" / "secret.md").write_text("It is the the best.\n")  # not named: never read
    (www / ".prosecheck.toml").write_text("[boilerplate]\nmin_files = 2\n")
    args = ["--config", ".prosecheck.toml", "--select", "SP102,BP102,HC", "--fail-on", "info"]
    local = _prosecheck(www, *args, "docs")
    remote = _prosecheck(www, *args, "--executor", "dask", "--scheduler", cluster, f"{base}/docs/")
    assert local.returncode == remote.returncode == 1, remote.stderr
    assert remote.stderr == ""
    assert remote.stdout == local.stdout.replace("docs/", f"{base}/docs/")
    assert "BP102" in local.stdout and f"{base}/docs/sub/doc03.md:" in remote.stdout
    assert not [p for p in asked if not p.startswith("/docs")], asked
    assert not [p for p in asked if "node_modules" in p or "notes.py" in p], asked  # listed, not read


def test_an_index_page_linking_elsewhere_reads_only_below_the_url_named(http_site, cluster):
    """Over HTTP a folder is what its index page links to: links to another folder or host are
    dropped, never read."""
    www, base, asked = http_site
    (www / "docs").mkdir()
    (www / "docs" / "a.md").write_text("It is the the best.\n")
    (www / "other").mkdir()
    (www / "other" / "secret.md").write_text("It is the the best.\n")
    (www / "docs" / "index.html").write_text(
        '<a href="a.md">a</a> <a href="/other/secret.md">b</a> <a href="../other/secret.md">c</a> '
        f'<a href="http://127.0.0.2:{base.rsplit(":", 1)[1]}/docs/a.md">d</a>')
    remote = _prosecheck(www, "--select", "SP102", "--executor", "dask", "--scheduler", cluster, f"{base}/docs/")
    assert (remote.returncode, remote.stdout, remote.stderr) == (
        1, f'{base}/docs/a.md:1:11: SP102 "the" is repeated: delete one\n', "")
    assert "/other/secret.md" not in asked


@pytest.fixture
def redirecting_site(http_site):
    """``http_site``, whose paths in ``redirects`` answer 302 to a Location; and a second server
    (another port: another origin) that records what it is asked."""
    www, base, asked = http_site
    other_asked: list = []

    class Other(SimpleHTTPRequestHandler):
        def do_GET(self):
            other_asked.append(self.path)
            body = b"The internal secret is the the password.\n"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_HEAD = do_GET

        def log_message(self, *args):
            pass

    other = ThreadingHTTPServer(("127.0.0.1", 0), Other)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        yield www, base, f"http://127.0.0.1:{other.server_address[1]}", other_asked
    finally:
        other.shutdown()
        other.server_close()


def test_a_redirect_to_another_server_is_not_followed(redirecting_site, cluster, monkeypatch):
    """A server the user named cannot send the workers (or the client) to another host: its text
    would end up in the findings. A redirect on the same server is followed."""
    www, base, elsewhere, other_asked = redirecting_site
    (www / "docs").mkdir()
    (www / "docs" / "moved").mkdir()
    (www / "docs" / "moved" / "b.md").write_text("It is the the best.\n")
    (www / "docs" / "index.html").write_text('<a href="a.md">a</a> <a href="b.md">b</a>')
    redirects = {"/docs/a.md": f"{elsewhere}/secret.md", "/docs/b.md": "/docs/moved/b.md"}
    import http.server

    original = http.server.SimpleHTTPRequestHandler.send_head

    def send_head(handler):
        if handler.path in redirects:
            handler.send_response(302)
            handler.send_header("Location", redirects[handler.path])
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return None
        return original(handler)

    monkeypatch.setattr(http.server.SimpleHTTPRequestHandler, "send_head", send_head)
    refused = (f"cannot read this URL: its server sends it on to another server ({elsewhere}/secret.md); "
               f"prosecheck reads only from the server you named: name that URL instead if you trust it")
    folder = _prosecheck(www, "--select", "SP102", "--executor", "dask", "--scheduler", cluster, f"{base}/docs/")
    named = _prosecheck(www, "--select", "SP102", "--executor", "dask", "--scheduler", cluster, f"{base}/docs/a.md")
    assert (folder.returncode, folder.stderr) == (2, "")
    assert folder.stdout.splitlines() == [
        f"{base}/docs/a.md:1:1: PC006 {refused}",
        f'{base}/docs/b.md:1:11: SP102 "the" is repeated: delete one',
    ]
    assert (named.returncode, named.stderr) == (2, "")
    assert named.stdout.splitlines() == [f"{base}/docs/a.md:1:1: PC006 {refused[len('cannot read this URL: '):]}"]
    assert other_asked == []


def test_a_file_url_and_a_missing_one(http_site, cluster):
    www, base, _ = http_site
    (www / "a.md").write_text("It is the the best.\n")
    remote = _prosecheck(www, "--select", "SP102", "--executor", "dask", "--scheduler", cluster,
                         f"{base}/a.md", f"{base}/gone.md")
    assert remote.returncode == 2, remote.stderr
    assert remote.stdout.splitlines() == [
        f'{base}/a.md:1:11: SP102 "the" is repeated: delete one',
        f"{base}/gone.md:1:1: PC006 no such file or folder",
    ]


def test_a_memory_url_read_by_threads_of_this_process(capsys):
    """fsspec's memory store, seen by the workers of an in-process cluster (threads): a folder, a
    file named, one larger than max-file-size, and an unknown protocol."""
    import fsspec
    from distributed import LocalCluster

    fs = fsspec.filesystem("memory")
    fs.pipe("/pc-urls/docs/a.md", b"It is the the best.\n\nSee [the guide](guide.md) and [here](#nowhere).\n")
    fs.pipe("/pc-urls/docs/big.md", b"It is the the best. " * 100)
    fs.pipe("/pc-urls/docs/skip.txt.bak", b"the the\n")
    fs.pipe("/pc-urls/elsewhere.md", b"the the\n")
    try:
        with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, silence_logs=logging.ERROR,
                          dashboard_address="127.0.0.1:0") as c:
            code = cli.run(["--isolated", "--no-cache", "--select", "SP102,LK", "--max-file-size", "1000",
                            "--executor", "dask", "--scheduler", c.scheduler_address,
                            "memory://pc-urls/docs/", "memory://pc-urls/docs/skip.txt.bak", "nosuch://x.md"])
    finally:
        fs.rm("/pc-urls", recursive=True)
    out = capsys.readouterr().out.splitlines()
    assert code == 2
    assert out[:-1] == [
        'memory://pc-urls/docs/a.md:1:11: SP102 "the" is repeated: delete one',
        # A relative link is not looked up on the worker's disk (its neighbours are in the store);
        # a fragment of the document itself is still checked.
        'memory://pc-urls/docs/a.md:3:31: LK103 "#nowhere" matches no heading or anchor in this document: '
        'fix the fragment or add the anchor',
        "memory://pc-urls/docs/big.md:1:1: PC006 this file is 2,000 bytes, more than max-file-size (1,000 "
        "bytes); it was not checked (raise max-file-size on the command line to check it)",
        'memory://pc-urls/docs/skip.txt.bak:1:5: SP102 "the" is repeated: delete one',  # named: checked
    ]
    assert out[-1] == "nosuch://x.md:1:1: PC006 cannot list this URL: Protocol not known: nosuch"


def test_a_url_needs_the_dask_executor_and_file_urls_are_local_paths(tmp_path):
    (tmp_path / "a.md").write_text("It is the the best.\n")
    result = _prosecheck(tmp_path, "--select", "SP102", "http://127.0.0.1:9/docs/")
    assert (result.returncode, result.stdout, result.stderr) == (
        2, "", 'prosecheck: error: http://127.0.0.1:9/docs/ is a URL: URLs are read by Dask workers, so add '
               '--executor dask (pip install "prosecheck[dask]")\nTry \'prosecheck --help\'.\n')
    result = _prosecheck(tmp_path, "--select", "SP102", f"file://{tmp_path}/a.md")
    assert (result.returncode, result.stdout) == (1, f'{tmp_path}/a.md:1:11: SP102 "the" is repeated: delete one\n')


def test_a_local_run_never_imports_fsspec(tmp_path):
    (tmp_path / "a.md").write_text("It is the the best.\n")
    code = ("import sys; from prosecheck.cli import run; run(['--isolated', '--no-cache', 'a.md']); "
            "print(sorted(m for m in ('fsspec', 'dask', 'distributed') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True).stdout
    assert out.splitlines()[-1] == "[]"
