"""A real HTTP server on 127.0.0.1 for the tests, started once, with a log of every request."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


class Log:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests = []  # (method, path)
        self.counts = {}  # path -> requests so far
        self.in_flight = 0
        self.max_in_flight = 0

    def clear(self):
        with self.lock:
            self.requests.clear()
            self.counts.clear()
            self.in_flight = self.max_in_flight = 0


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    log: Log

    def log_message(self, *args):  # keep the test output quiet
        pass

    def _answer(self, status, headers=(), body=b""):
        # The request stops counting as in flight before its answer goes out: once the client
        # has the answer it may send the next request, which must not find this one still
        # counted (that race made test_per_host_limit see 3 in flight under load).
        self._done()
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _route(self):
        log = self.log
        path = self.path
        with log.lock:
            log.requests.append((self.command, path))
            n = log.counts[path] = log.counts.get(path, 0) + 1
            log.in_flight += 1
            log.max_in_flight = max(log.max_in_flight, log.in_flight)
        self._counted = True
        try:
            self._serve(path, n)
        finally:
            self._done()

    def _done(self):
        if getattr(self, "_counted", False):
            self._counted = False
            with self.log.lock:
                self.log.in_flight -= 1

    def _serve(self, path, n):
        port = self.server.server_address[1]
        if path.startswith("/ok"):
            return self._answer(200, body=b"fine")
        if path == "/missing":
            return self._answer(404)
        if path == "/moved301":
            return self._answer(301, [("Location", "/ok")])
        if path == "/moved308":
            return self._answer(308, [("Location", f"http://127.0.0.1:{port}/ok/new")])
        if path == "/temp302":
            return self._answer(302, [("Location", "/ok")])
        if path == "/chain":  # permanent, then temporary: the link should point at /temp302
            return self._answer(301, [("Location", "/temp302")])
        if path == "/moved-to-missing":
            return self._answer(301, [("Location", "/missing")])
        if path == "/to-private":
            return self._answer(301, [("Location", f"http://back.dev:{port}/ok")])
        if path == "/loop":
            return self._answer(302, [("Location", "/loop")])
        if path.startswith("/busy429"):
            return self._answer(429, [("Retry-After", path.rsplit("/", 1)[1])]) if n == 1 else self._answer(200)
        if path.startswith("/busy-always"):
            return self._answer(429, [("Retry-After", "0")])
        if path.startswith("/flaky500"):
            return self._answer(500) if n == 1 else self._answer(200)
        if path.startswith("/down"):
            return self._answer(503)
        if path.startswith("/slow"):
            time.sleep(1.5)
            return self._answer(200)
        if path == "/nohead":
            return self._answer(405 if self.command == "HEAD" else 200)
        if path.startswith("/wait"):
            time.sleep(0.2)
            return self._answer(200)
        return self._answer(404)

    do_HEAD = do_GET = _route


@contextmanager
def _serving(handler_class, log):
    """A ThreadingHTTPServer on 127.0.0.1 (a free port) whose handlers share ``log``."""
    handler = type(f"Bound{handler_class.__name__}", (handler_class,), {"log": log})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def http_server():
    log = Log()
    with _serving(Handler, log) as server:
        yield server, log


@pytest.fixture
def server(http_server):
    """``(base URL, log)``; the log starts empty in every test."""
    srv, log = http_server
    log.clear()
    return f"http://127.0.0.1:{srv.server_address[1]}", log


PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def _no_proxy_from_the_shell(monkeypatch):
    """Tests set the proxy variables they need; the developer's own must not leak in."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


class ProxyLog:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests = []  # (method, target, Proxy-Authorization or None)

    def clear(self):
        with self.lock:
            self.requests.clear()


class ProxyHandler(BaseHTTPRequestHandler):
    """A forward proxy: absolute-URL GET/HEAD relayed to the origin; CONNECT tunnelled, or refused
    with 403 for hosts named ``blocked.*``."""

    protocol_version = "HTTP/1.1"
    log: ProxyLog

    def log_message(self, *args):
        pass

    def _record(self):
        with self.log.lock:
            self.log.requests.append((self.command, self.path, self.headers.get("Proxy-Authorization")))

    def _relay(self):
        import http.client
        from urllib.parse import urlsplit

        self._record()
        parts = urlsplit(self.path)
        upstream = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=5)
        try:
            upstream.request(self.command, parts.path + (f"?{parts.query}" if parts.query else ""),
                             headers={"Host": parts.netloc, "Connection": "close"})
            answer = upstream.getresponse()
            body = answer.read()
            self.send_response(answer.status)
            for k, v in answer.getheaders():
                if k.lower() not in ("connection", "content-length", "transfer-encoding"):
                    self.send_header(k, v)
        except OSError:
            self.send_response(502)
            body = b""
        finally:
            upstream.close()
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_CONNECT(self):
        import select
        import socket

        self._record()
        host, _, port = self.path.rpartition(":")
        if host.startswith("blocked."):
            self.send_response(403)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        try:
            upstream = socket.create_connection((host, int(port)), timeout=5)
        except OSError:
            self.send_response(502)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        sockets = [self.connection, upstream]
        try:
            while True:
                ready, _, _ = select.select(sockets, [], [], 5)
                if not ready:
                    break
                for sock in ready:
                    data = sock.recv(65536)
                    if not data:
                        return
                    (upstream if sock is self.connection else self.connection).sendall(data)
        finally:
            upstream.close()
            self.close_connection = True

    do_GET = do_HEAD = _relay


@pytest.fixture(scope="session")
def proxy_server():
    log = ProxyLog()
    with _serving(ProxyHandler, log) as server:
        yield server, log


@pytest.fixture
def proxy(proxy_server):
    """``(proxy URL, log)``: a real forward proxy on 127.0.0.1; the log starts empty in every test."""
    srv, log = proxy_server
    log.clear()
    return f"http://127.0.0.1:{srv.server_address[1]}", log
