"""prosecheck-urls against a real HTTP server on 127.0.0.1 (see conftest.py)."""

from __future__ import annotations

import json
import socket
import time

import pytest

import prosecheck_urls
from prosecheck.document import parse
from prosecheck.testing import lines, lint, lint_documents
from prosecheck_urls import fetch

PLUGINS = [prosecheck_urls]
# Reaching 127.0.0.1 needs allow_private; the default deny list holds "localhost"; no cache
# unless a test asks; short waits.
BASE = {"enabled": True, "allow_private": True, "deny_hosts": [], "cache_ttl": 0,
        "timeout": 2.0, "backoff": 0.05, "retries": 2}


def run(text, tmp_path, **options):
    opts = dict(BASE, **options)
    return lint(text, plugins=PLUGINS, options={"urls": opts}, root=str(tmp_path))


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv(prosecheck_urls.ENABLE_ENV, raising=False)


def timed(fn, limit):
    start = time.monotonic()
    result = fn()
    elapsed = time.monotonic() - start
    assert elapsed < limit, f"took {elapsed:.2f} s, more than {limit} s"
    return result, elapsed


# --- what is collected -------------------------------------------------------------------------
def test_external_urls_and_their_places():
    text = (
        "An [inline](https://a.dev/x#part) link and ![an image](http://b.dev/i.png).\n"
        "An autolink <https://c.dev/> and a bare https://d.dev/page. at the end.\n"
        "A [reference][r] and `https://code.dev/` and [local](docs/x.md) and [mail](mailto:a@b.c).\n"
        "\n"
        "[r]: https://e.dev/ref\n"
        "\n"
        "```\n"
        "https://fenced.dev/\n"
        "```\n"
    )
    doc = parse("doc.md", text)
    assert prosecheck_urls.external_urls(doc) == [
        ("https://a.dev/x#part", 1, 4),
        ("http://b.dev/i.png", 1, 44),
        ("https://c.dev/", 2, 13),
        ("https://e.dev/ref", 5, 1),
        ("https://d.dev/page", 2, 41),
    ]


def test_bare_urls_in_plain_text():
    doc = parse("notes.txt", "See https://a.dev/x, then (https://b.dev/y).\n")
    assert prosecheck_urls.external_urls(doc) == [("https://a.dev/x", 1, 5), ("https://b.dev/y", 1, 28)]


# --- opt-in ------------------------------------------------------------------------------------
def test_installed_but_not_enabled_makes_no_request(server, tmp_path):
    base, log = server
    found = lint(f"[x]({base}/missing)\n", plugins=PLUGINS, options={"urls": {"allow_private": True,
                                                                             "deny_hosts": []}})
    assert found == [] and log.requests == []


def test_enabled_from_the_environment(server, tmp_path, monkeypatch):
    base, log = server
    monkeypatch.setenv(prosecheck_urls.ENABLE_ENV, "1")
    opts = dict(BASE, enabled=False)
    found = lint(f"[x]({base}/missing)\n", plugins=PLUGINS, options={"urls": opts}, root=str(tmp_path))
    assert [d.code for d in found] == ["UR101"]


# --- answers -----------------------------------------------------------------------------------
def test_ok_broken_moved_and_temporary(server, tmp_path):
    base, log = server
    text = (
        f"[fine]({base}/ok) and [gone]({base}/missing).\n"
        f"[old]({base}/moved301) and [older]({base}/moved308).\n"
        f"[temporary]({base}/temp302) and [chain]({base}/chain) and [bad]({base}/moved-to-missing).\n"
    )
    found, _ = timed(lambda: run(text, tmp_path), 10)

    def col(line, needle):
        return text.splitlines()[line - 1].index(needle) + 1

    assert lines(found) == [
        f'1:{col(1, "[gone]")}: UR101 "{base}/missing" is broken: the server answered 404 Not Found; '
        "fix the address or remove the link",
        f'2:1: UR102 "{base}/moved301" has moved permanently to "{base}/ok": update the link',
        f'2:{col(2, "[older]")}: UR102 "{base}/moved308" has moved permanently to "{base}/ok/new": '
        "update the link",
        f'3:{col(3, "[chain]")}: UR102 "{base}/chain" has moved permanently to "{base}/temp302": '
        "update the link",
        f'3:{col(3, "[bad]")}: UR101 "{base}/moved-to-missing" is broken: the server answered 404 Not Found '
        f"(it redirects to {base}/missing); fix the address or remove the link",
    ]
    assert found[0].severity == "error" and found[1].severity == "warning"


def test_report_moved_off(server, tmp_path):
    base, _ = server
    assert run(f"[old]({base}/moved301)\n", tmp_path, report_moved=False) == []


def test_head_405_falls_back_to_get(server, tmp_path):
    base, log = server
    assert run(f"[x]({base}/nohead)\n", tmp_path) == []
    assert log.requests == [("HEAD", "/nohead"), ("GET", "/nohead")]


def test_429_then_200_honours_retry_after(server, tmp_path):
    base, log = server
    found, elapsed = timed(lambda: run(f"[x]({base}/busy429/1)\n", tmp_path), 5)
    assert found == []
    assert log.requests == [("HEAD", "/busy429/1"), ("HEAD", "/busy429/1")]
    assert elapsed >= 0.9  # waited the second Retry-After asked for, not the 0.05 s backoff


def test_retry_after_is_capped(server, tmp_path):
    base, log = server
    found, _ = timed(lambda: run(f"[x]({base}/busy429/600)\n", tmp_path, max_retry_after=0.1), 3)
    assert found == [] and len(log.requests) == 2


def test_429_every_time_is_reported_as_not_checked(server, tmp_path):
    base, log = server
    found, _ = timed(lambda: run(f"[x]({base}/busy-always)\n", tmp_path), 5)
    assert lines(found) == [
        f'1:1: UR101 "{base}/busy-always" could not be checked: the server answered 429 Too Many '
        "Requests each of 3 times; check it by hand; if it stays unreachable, fix or remove the link"
    ]
    assert len(log.requests) == 3


def test_500_then_200(server, tmp_path):
    base, log = server
    found, _ = timed(lambda: run(f"[x]({base}/flaky500/a)\n", tmp_path), 5)
    assert found == []
    # HEAD 500, then GET (HEAD may be what fails) 200.
    assert log.requests == [("HEAD", "/flaky500/a"), ("GET", "/flaky500/a")]


def test_5xx_every_time_after_retries(server, tmp_path):
    base, log = server
    found, _ = timed(lambda: run(f"[x]({base}/down)\n", tmp_path, retries=1), 5)
    assert lines(found) == [
        f'1:1: UR101 "{base}/down" is broken: the server answered 503 Service Unavailable each of 2 '
        "times; check it by hand; if it stays unreachable, fix or remove the link"
    ]
    assert log.requests == [("HEAD", "/down"), ("GET", "/down")] * 2


def test_slow_server_times_out(server, tmp_path):
    base, log = server
    found, _ = timed(lambda: run(f"[x]({base}/slow)\n", tmp_path, timeout=0.3), 3)
    assert lines(found) == [
        f'1:1: UR101 "{base}/slow" could not be reached: the server did not answer within 0.3 seconds; '
        "check it by hand; if it stays unreachable, fix or remove the link"
    ]
    assert log.requests == [("HEAD", "/slow")]  # no GET after a timeout: it would wait as long


def test_connection_refused(tmp_path):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    found, _ = timed(lambda: run(f"[x](http://127.0.0.1:{port}/)\n", tmp_path), 3)
    assert lines(found) == [
        f'1:1: UR101 "http://127.0.0.1:{port}/" could not be reached: the server refused the connection '
        "(nothing is listening there); check it by hand; if it stays unreachable, fix or remove the link"
    ]


def test_redirect_loop(server, tmp_path):
    base, _ = server
    found, _ = timed(lambda: run(f"[x]({base}/loop)\n", tmp_path), 5)
    assert [d.message for d in found] == [
        f'"{base}/loop" is broken: it redirects more than 10 times; fix the address or remove the link'
    ]


# --- one request per URL, across files ---------------------------------------------------------
def test_each_url_is_requested_once_and_reported_everywhere(server, tmp_path):
    base, log = server
    docs = {
        "a.md": f"[x]({base}/missing#top)\n",
        "b.md": f"Two: [y]({base}/missing) and again {base}/missing\n",
    }
    found = lint_documents(docs, plugins=PLUGINS, options={"urls": BASE}, root=str(tmp_path))
    assert [(d.path, d.line, d.col) for d in found] == [("a.md", 1, 1), ("b.md", 1, 6), ("b.md", 1, docs["b.md"].rindex("http") + 1)]
    assert found[0].message.startswith(f'"{base}/missing#top" is broken')
    assert log.requests == [("HEAD", "/missing"), ("GET", "/missing")]


def test_per_host_limit(server, tmp_path):
    base, log = server
    text = "".join(f"[w{i}]({base}/wait/{i})\n" for i in range(6))
    found, _ = timed(lambda: run(text, tmp_path, per_host=2, concurrency=8), 5)
    assert found == [] and len(log.requests) == 6
    assert log.max_in_flight == 2


# --- the cache ---------------------------------------------------------------------------------
def test_cache_second_run_makes_no_request(server, tmp_path):
    base, log = server
    text = f"[a]({base}/ok) [b]({base}/missing) [c]({base}/moved301) [d]({base}/flaky500/c)\n"
    first = run(text, tmp_path, cache_ttl=3600)
    assert sorted(log.requests) == sorted([
        ("HEAD", "/ok"), ("HEAD", "/missing"), ("GET", "/missing"), ("HEAD", "/moved301"), ("HEAD", "/ok"),
        ("HEAD", "/flaky500/c"), ("GET", "/flaky500/c"),
    ])
    cache = json.loads((tmp_path / ".prosecheck_cache" / "urls.json").read_text())
    assert sorted(cache["urls"]) == sorted(f"{base}{p}" for p in ("/ok", "/missing", "/moved301", "/flaky500/c"))
    assert cache["urls"][f"{base}/missing"]["state"] == "broken"
    assert [p.name for p in (tmp_path / ".prosecheck_cache").iterdir()] == ["urls.json"]  # no temp file left
    log.clear()
    second = run(text, tmp_path, cache_ttl=3600)
    assert log.requests == []
    assert lines(second) == lines(first)


def test_cache_entries_expire_and_transient_failures_are_not_cached(server, tmp_path):
    base, log = server
    folder = tmp_path / ".prosecheck_cache"
    folder.mkdir()
    old = {"version": 1, "urls": {f"{base}/ok": {"checked": time.time() - 7200, "state": "broken",
                                                  "detail": "is broken: stale"}}}
    (folder / "urls.json").write_text(json.dumps(old))
    text = f"[a]({base}/ok) [b]({base}/down)\n"
    found = run(text, tmp_path, cache_ttl=3600, retries=0)
    assert [d.message.split(": ")[0] for d in found] == [f'"{base}/down" is broken']
    assert sorted(log.requests) == [("GET", "/down"), ("HEAD", "/down"), ("HEAD", "/ok")]
    cache = json.loads((folder / "urls.json").read_text())
    assert list(cache["urls"]) == [f"{base}/ok"] and cache["urls"][f"{base}/ok"]["state"] == "ok"


def test_a_cache_that_cannot_be_written_does_not_fail_the_run(server, tmp_path):
    base, _ = server
    (tmp_path / "blocked").write_text("a file where the folder should be")
    found = run(f"[b]({base}/missing)\n", tmp_path, cache_ttl=60, cache_dir="blocked")
    assert [d.code for d in found] == ["UR101"]


# --- hosts -------------------------------------------------------------------------------------
def test_private_addresses_are_skipped_silently_without_allow_private(server, tmp_path):
    base, log = server
    assert run(f"[x]({base}/missing) http://localhost:1/x\n", tmp_path, allow_private=False) == []
    assert log.requests == []


def test_a_name_that_resolves_to_a_private_address_is_not_requested(server):
    base, log = server
    port = base.rsplit(":", 1)[1]
    checker = fetch.Checker(fetch.Settings(timeout=1), resolver=lambda host, p: ["127.0.0.1"])
    result = checker.check(f"http://docs.public.dev:{port}/missing")
    assert result.state == fetch.SKIPPED and "private or local address (127.0.0.1)" in result.detail
    assert log.requests == []


def test_a_redirect_to_a_private_address_is_not_followed(server, monkeypatch):
    base, log = server
    port = base.rsplit(":", 1)[1]
    # front.dev "resolves" to the test server, taken as public; back.dev to a private address.
    names = {"front.dev": ["127.0.0.1"], "back.dev": ["127.0.0.2"]}
    monkeypatch.setattr(fetch, "is_public", lambda address: address == "127.0.0.1")
    checker = fetch.Checker(fetch.Settings(timeout=1), resolver=lambda host, p: names[host])
    result = checker.check(f"http://front.dev:{port}/to-private")
    assert result.state == fetch.SKIPPED and "back.dev is a private or local address (127.0.0.2)" in result.detail
    assert log.requests == [("HEAD", "/to-private")]


def test_dns_failure(tmp_path):
    def no_such_host(host, port):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    checker = fetch.Checker(fetch.Settings(), resolver=no_such_host)
    result = checker.check("https://no-such-host.dev/page")
    assert (result.state, result.detail, result.transient) == (
        fetch.BROKEN, 'could not be reached: the host name "no-such-host.dev" does not exist (the DNS lookup failed)',
        False)


def test_deny_and_allow_lists(server, tmp_path):
    base, log = server
    port = base.rsplit(":", 1)[1]
    text = f"[a](http://127.0.0.1:{port}/missing) [b](http://localhost:{port}/missing)\n"
    assert run(text, tmp_path, deny_hosts=["127.0.0.1", "localhost"]) == []
    assert log.requests == []
    found = run(text, tmp_path, allow_hosts=["localhost"])
    assert [d.message.split(" is")[0] for d in found] == [f'"http://localhost:{port}/missing"']
    assert log.requests == [("HEAD", "/missing"), ("GET", "/missing")]


def test_default_deny_list_skips_documentation_hosts(tmp_path, monkeypatch):
    opts = {k: v for k, v in BASE.items() if k != "deny_hosts"}
    text = "[a](https://example.com/x) [b](https://docs.example.org/) [c](http://my.test/) [d](https://x.invalid/)\n"
    looked_up = []
    monkeypatch.setattr(fetch, "resolve", lambda host, port: looked_up.append(host) or ["127.0.0.1"])
    found = lint(text, plugins=PLUGINS, options={"urls": opts}, root=str(tmp_path))
    assert found == [] and looked_up == []


@pytest.mark.parametrize("url", ["https://{host}/api", "http://<your-server>/x", "https:///path"])
def test_placeholder_hosts_are_skipped(url):
    assert fetch.Checker(fetch.Settings()).check(url).state == fetch.SKIPPED


# --- small parts -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "address, public",
    [("8.8.8.8", True), ("2606:4700::1111", True), ("10.1.2.3", False), ("172.16.0.1", False),
     ("192.168.1.1", False), ("127.0.0.1", False), ("169.254.169.254", False), ("100.64.0.1", False),
     ("0.0.0.0", False), ("::1", False), ("fe80::1", False), ("fd00::1", False),
     ("::ffff:127.0.0.1", False), ("224.0.0.1", False)],
)
def test_is_public(address, public):
    assert fetch.is_public(address) is public


def test_host_in():
    assert fetch.host_in("docs.example.com", ["example.com"])
    assert fetch.host_in("example.com.", ["*.example.com"])
    assert not fetch.host_in("notexample.com", ["example.com"])


def test_retry_after_forms():
    assert fetch.retry_after("3") == 3.0
    assert fetch.retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert fetch.retry_after("soon") is None and fetch.retry_after(None) is None


def test_every_code_has_docs_in_ruff_shape():
    for code, spec in prosecheck_urls.Urls.codes.items():
        assert spec.docs.startswith(f"# {code}: {spec.summary}\n")
        for heading in ("## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Options"):
            assert heading in spec.docs, (code, heading)


# --- proxies ---------------------------------------------------------------------------------------


def test_http_goes_through_the_proxy_named_in_the_environment(server, proxy, tmp_path, monkeypatch):
    base, origin = server
    proxy_url, through = proxy
    monkeypatch.setenv("HTTP_PROXY", proxy_url)
    found = run(f"[a]({base}/ok) [b]({base}/missing) [c]({base}/moved301)\n", tmp_path)
    assert lines(found) == [
        f'1:{len(f"[a]({base}/ok) ") + 1}: UR101 "{base}/missing" is broken: the server answered 404 Not Found; '
        "fix the address or remove the link",
        f'1:{len(f"[a]({base}/ok) [b]({base}/missing) ") + 1}: UR102 "{base}/moved301" has moved permanently '
        f'to "{base}/ok": update the link',
    ]
    # The proxy received the whole URL of every request and relayed each to the server.
    assert sorted((m, t) for m, t, _ in through.requests) == sorted((m, base + p) for m, p in origin.requests)
    assert {t for _, t, _ in through.requests} == {f"{base}/ok", f"{base}/missing", f"{base}/moved301"}


def test_no_proxy_and_proxy_none_connect_directly(server, proxy, tmp_path, monkeypatch):
    base, origin = server
    proxy_url, through = proxy
    monkeypatch.setenv("http_proxy", proxy_url)
    monkeypatch.setenv("no_proxy", "localhost,127.0.0.1")
    assert run(f"[a]({base}/ok)\n", tmp_path) == []
    monkeypatch.delenv("no_proxy")
    assert run(f"[a]({base}/ok)\n", tmp_path, proxy="none") == []
    assert through.requests == [] and origin.requests == [("HEAD", "/ok"), ("HEAD", "/ok")]


def test_proxy_option_with_credentials(server, proxy, tmp_path):
    base, _ = server
    proxy_url, through = proxy
    with_user = proxy_url.replace("http://", "http://ann:s%40cret@")
    assert run(f"[a]({base}/ok)\n", tmp_path, proxy=with_user) == []
    assert through.requests == [("HEAD", f"{base}/ok", "Basic YW5uOnNAY3JldA==")]  # ann:s@cret


def test_https_goes_through_a_connect_tunnel(server, proxy, tmp_path, monkeypatch):
    base, _ = server
    proxy_url, through = proxy
    port = base.rsplit(":", 1)[1]
    monkeypatch.setenv("HTTPS_PROXY", proxy_url)
    # The tunnel reaches the plain-HTTP test server, so the TLS handshake then fails: what matters
    # here is that the proxy was asked for a tunnel to the host, never for the page.
    found = run(f"[a](https://127.0.0.1:{port}/ok)\n", tmp_path, retries=0)
    assert [d.code for d in found] == ["UR101"]
    assert "could not be reached: the connection failed" in found[0].message
    assert {(m, t) for m, t, _ in through.requests} == {("CONNECT", f"127.0.0.1:{port}")}


def test_a_proxy_that_refuses_the_tunnel(proxy, tmp_path, monkeypatch):
    proxy_url, through = proxy
    monkeypatch.setenv("ALL_PROXY", proxy_url)
    found = run("[a](https://blocked.example.dev/page)\n", tmp_path, retries=0)
    shown = proxy_url.removeprefix("http://")
    assert lines(found) == [
        f'1:1: UR101 "https://blocked.example.dev/page" could not be reached: the proxy {shown} would not '
        "open a connection to it (it answered 403 Forbidden); check it by hand; if it stays unreachable, "
        "fix or remove the link"
    ]
    assert [(m, t) for m, t, _ in through.requests] == [("CONNECT", "blocked.example.dev:443")]


def test_a_proxy_that_is_down(tmp_path, monkeypatch):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    monkeypatch.setenv("HTTP_PROXY", f"127.0.0.1:{port}")  # no scheme: http:// is assumed, as curl does
    found = run("[a](http://docs.example.dev/)\n", tmp_path)
    assert lines(found) == [
        f'1:1: UR101 "http://docs.example.dev/" could not be reached: the proxy 127.0.0.1:{port} refused '
        "the connection (nothing is listening there); check it by hand; if it stays unreachable, fix or "
        "remove the link"
    ]


def test_through_a_proxy_numeric_private_addresses_are_still_skipped(server, proxy, tmp_path, monkeypatch):
    base, origin = server
    proxy_url, through = proxy
    monkeypatch.setenv("HTTP_PROXY", proxy_url)
    assert run(f"[a]({base}/ok)\n", tmp_path, allow_private=False) == []
    assert through.requests == [] and origin.requests == []


def test_an_unsupported_proxy_is_a_configuration_error(tmp_path, monkeypatch, capsys):
    from prosecheck.cli import run as cli_run

    (tmp_path / "pyproject.toml").write_text(
        '[tool.prosecheck.urls]\nenabled = true\nproxy = "socks5://127.0.0.1:1080"\n', encoding="utf-8")
    (tmp_path / "doc.md").write_text("[a](http://docs.example.dev/)\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli_run(["doc.md"]) == 2
    err = capsys.readouterr().err
    assert "option 'proxy': 'socks5://127.0.0.1:1080' is not an http:// proxy" in err


def test_an_unsupported_proxy_in_the_environment_is_reported_per_link(tmp_path, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", "socks5://127.0.0.1:1080")
    found = run("[a](https://docs.example.dev/)\n", tmp_path)
    assert lines(found) == [
        '1:1: UR101 "https://docs.example.dev/" could not be checked: the proxy (HTTP(S)_PROXY or ALL_PROXY) '
        "'socks5://127.0.0.1:1080' is not an http:// proxy (https:// and SOCKS proxies are not supported); "
        "fix the address or remove the link"
    ]


def test_proxy_for():
    env = {"http": "http://p:3128", "https": "http://s:3129", "no": "internal.dev,.corp"}
    assert fetch.proxy_for("env", "http", "docs.python.org", env) == fetch.Proxy("p", 3128, "", "p:3128")
    assert fetch.proxy_for("env", "https", "docs.python.org", env) == fetch.Proxy("s", 3129, "", "s:3129")
    assert fetch.proxy_for("env", "http", "wiki.internal.dev", env) is None
    assert fetch.proxy_for("env", "http", "git.corp", env) is None
    assert fetch.proxy_for("env", "https", "x.org", {"all": "proxy.lan:8080"}) == fetch.Proxy(
        "proxy.lan", 8080, "", "proxy.lan:8080")
    assert fetch.proxy_for("env", "https", "x.org", {}) is None
    assert fetch.proxy_for("none", "https", "x.org", env) is None
    assert fetch.proxy_for("http://q:1", "https", "x.org", {}) == fetch.Proxy("q", 1, "", "q:1")
    assert fetch.proxy_for("http://q:1", "https", "git.corp", env) is None
