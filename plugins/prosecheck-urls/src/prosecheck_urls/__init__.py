"""prosecheck-urls: external ``http(s)`` link checking (codes ``UR``), opt-in.

Installing the package is not enough: the check makes no request until it is enabled, with
``enabled = true`` in ``[tool.prosecheck.urls]`` or ``PROSECHECK_URLS=1`` in the environment, so a
CI run does not reach the network by accident.

It is a cross-file check: ``collect`` gathers each document's external URLs with their positions,
and ``finish`` checks every distinct URL once for the whole run (see :mod:`prosecheck_urls.fetch`),
then reports each place a bad URL is written.
"""

from __future__ import annotations

import os
import re
import time
from importlib.resources import files

from prosecheck import hookimpl
from prosecheck.check import Check, Code, Option
from prosecheck.diagnostics import Diagnostic
from prosecheck.sentences import PLACEHOLDER

from prosecheck_urls import fetch

try:
    from importlib.metadata import PackageNotFoundError, version

    __version__ = version("prosecheck-urls")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

BROKEN, MOVED = "UR101", "UR102"
ENABLE_ENV = "PROSECHECK_URLS"
CACHE_FILE = "urls.json"
_URL_RE = re.compile(r"https?://[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]]", re.I)


def _doc(code: str) -> str:
    return (files(__package__) / "codedocs" / f"{code}.md").read_text(encoding="utf-8")


def enabled(options) -> bool:
    return bool(options["enabled"]) or os.environ.get(ENABLE_ENV, "") not in ("", "0")


def external_urls(doc) -> list:
    """``[(url, line, col), ...]``: every http(s) address the document links to or writes bare.

    Inline links, images and autolinks are reported where they start; links through a reference
    where the reference is defined (the one place to fix); bare URLs where they are written.
    """
    found = {}

    def add(url: str, offset: int) -> None:
        url = url.strip()
        if _URL_RE.match(url):
            line, col = doc.position(offset)
            found.setdefault((url, line, col), None)

    for link in doc.links:
        if link.style in ("inline", "autolink"):
            add(link.destination, link.offset)
    for ref in doc.references.values():
        add(ref.destination, ref.offset)
    text = doc.text
    for block in doc.blocks:
        prose = block.prose
        if PLACEHOLDER not in prose:
            continue
        i = prose.find(PLACEHOLDER)
        while i >= 0:
            src = block.source_offset(i)
            if not (src and text[src - 1] == "<"):  # <https://...> is an autolink, seen above
                m = _URL_RE.match(text, src)
                if m:
                    add(m.group(), src)
            i = prose.find(PLACEHOLDER, i + 1)
    return list(found)


def settings_from(options) -> fetch.Settings:
    return fetch.Settings(
        timeout=options["timeout"],
        retries=max(0, options["retries"]),
        backoff=max(0.0, options["backoff"]),
        max_retry_after=max(0.0, options["max_retry_after"]),
        concurrency=max(1, options["concurrency"]),
        per_host=max(1, options["per_host"]),
        allow_private=options["allow_private"],
        allow_hosts=tuple(options["allow_hosts"]),
        deny_hosts=tuple(options["deny_hosts"]),
        user_agent=options["user_agent"],
        proxy=options["proxy"],
    )


class Urls(Check):
    name = "urls"
    cross_file = True
    codes = {
        BROKEN: Code("an external link is broken or cannot be reached", "error", _doc(BROKEN)),
        MOVED: Code("an external link has moved permanently", "warning", _doc(MOVED)),
    }
    options = {
        "enabled": Option("bool", False, f"check external links (or set {ENABLE_ENV}=1); off by default"),
        "timeout": Option("float", 10.0, "seconds to wait for a server to answer one request"),
        "retries": Option("int", 2, "extra tries after a 429 or 5xx answer"),
        "backoff": Option("float", 1.0, "seconds before the first retry; doubled each time"),
        "max_retry_after": Option("float", 30.0, "longest wait a server's Retry-After can ask for, in seconds"),
        "concurrency": Option("int", 16, "requests in flight at once, over all hosts"),
        "per_host": Option("int", 2, "requests in flight at once to one host"),
        "cache_ttl": Option("int", 86400, "seconds a result is reused from the cache; 0: no cache"),
        "cache_dir": Option("str", ".prosecheck_cache", "folder of the cache file, relative to the project root"),
        "allow_hosts": Option("list[str]", [], "check only these hosts and their subdomains (empty: all)"),
        "deny_hosts": Option("list[str]", ["example.com", "example.org", "example.net", "example",
                                           "test", "invalid", "localhost"],
                             "never check these hosts and their subdomains"),
        "allow_private": Option("bool", False, "also check hosts on private, loopback and link-local addresses"),
        "report_moved": Option("bool", True, "report permanent redirects (UR102)"),
        "user_agent": Option("str", "prosecheck-urls (+https://github.com/prosecheck/prosecheck)",
                             "the User-Agent header sent"),
        "proxy": Option("str", "env", '"env": HTTP(S)_PROXY, ALL_PROXY and NO_PROXY from the environment; '
                                      '"none": connect directly; or a proxy URL, http://[user:password@]host:port'),
    }

    def validate_options(self, options):
        setting = str(options.get("proxy", "env")).strip()
        if setting.lower() in ("env", "none", ""):
            return ()
        try:
            fetch.parse_proxy(setting)
        except ValueError as exc:
            return [f"option 'proxy': {exc}"]
        return ()

    def collect(self, doc, options, context):
        if not enabled(options):
            return None
        return external_urls(doc)

    def finish(self, summaries, options, context):
        if not enabled(options):
            return
        where: dict = {}
        for path, found in summaries:
            for url, line, col in found or ():
                where.setdefault(url.split("#", 1)[0], []).append((path, line, col, url))
        if not where:
            return
        results = self._results(list(where), options, context)
        for key, places in where.items():
            result = results.get(key)
            if result is None:
                continue
            for path, line, col, url in places:
                if result.state == fetch.BROKEN:
                    advice = ("check it by hand; if it stays unreachable, fix or remove the link"
                              if result.transient else "fix the address or remove the link")
                    yield Diagnostic(path, line, col, BROKEN, f'"{url}" {result.detail}; {advice}', "error")
                elif result.state == fetch.MOVED and options["report_moved"]:
                    yield Diagnostic(path, line, col, MOVED,
                                     f'"{url}" has moved permanently to "{result.location}": update the link',
                                     "warning")

    def _results(self, urls: list, options, context) -> dict:
        ttl = options["cache_ttl"]
        path = os.path.join(context.root, options["cache_dir"], CACHE_FILE)
        cached = fetch.load_cache(path, ttl) if ttl > 0 else {}
        todo = [u for u in urls if u not in cached]
        checked = fetch.Checker(settings_from(options)).check_all(todo)
        results = {u: r for u, (_, r) in cached.items()}
        results.update(checked)
        if ttl > 0 and checked:
            now = time.time()
            keep = dict(cached)
            keep.update({u: (now, r) for u, r in checked.items() if r.state != fetch.SKIPPED and not r.transient})
            try:
                fetch.save_cache(path, keep)
            except OSError:
                pass  # a read-only checkout: the results are still reported
        return results


@hookimpl
def prosecheck_checks():
    return [Urls()]
