"""Checking external URLs: the network side of prosecheck-urls (standard library only).

One :class:`Checker` checks many URLs concurrently (a thread pool) with at most ``per_host``
requests in flight per host. Each URL: resolve its host (and refuse private, loopback and
link-local addresses unless allowed, connecting only to the addresses vetted), ``HEAD``, then
``GET`` when ``HEAD`` fails, retries with backoff on 429 (honouring ``Retry-After``, capped) and
5xx, and redirects followed by hand so every hop is vetted and permanent ones are noticed.

Behind a proxy (``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` as curl and pip read
them, or the ``proxy`` option), ``http`` requests go to the proxy with the whole URL and ``https``
ones through a ``CONNECT`` tunnel; the proxy resolves host names, so only addresses written as
numbers can be vetted then.
"""

from __future__ import annotations

import base64
import email.utils
import http.client
import ipaddress
import json
import os
import socket
import ssl
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from typing import Callable, Iterable, Optional
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import getproxies_environment, proxy_bypass_environment

OK, BROKEN, MOVED, SKIPPED = "ok", "broken", "moved", "skipped"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
PERMANENT = frozenset({301, 308})
_BAD_HOST_CHARS = set("{}$<>%*\\|^`\"' ")


@dataclass
class Result:
    state: str  # OK, BROKEN, MOVED or SKIPPED
    detail: str = ""  # BROKEN: what went wrong, in plain words; SKIPPED: why
    location: str = ""  # MOVED: the address to use instead
    transient: bool = False  # may be different next time: never cached


@dataclass
class Settings:
    timeout: float = 10.0
    retries: int = 2
    backoff: float = 1.0
    max_retry_after: float = 30.0
    concurrency: int = 16
    per_host: int = 2
    max_redirects: int = 10
    allow_private: bool = False
    allow_hosts: tuple = ()
    deny_hosts: tuple = ()
    user_agent: str = "prosecheck-urls (+https://github.com/prosecheck/prosecheck)"
    #: "env": the proxy environment variables; "none": connect directly; else a proxy's URL.
    proxy: str = "env"


@dataclass(frozen=True)
class Proxy:
    host: str
    port: int
    authorization: str = ""  # Proxy-Authorization, from credentials written in the proxy's URL
    shown: str = ""  # its address without credentials, for messages


def parse_proxy(url: str) -> Proxy:
    """A proxy from ``[http://][user:password@]host[:port]``; ``ValueError`` in plain words."""
    raw = url.strip()
    parts = urlsplit(raw if "://" in raw else "http://" + raw)
    if parts.scheme.lower() != "http":
        raise ValueError(f"{url!r} is not an http:// proxy (https:// and SOCKS proxies are not supported)")
    try:
        port = parts.port or 80
    except ValueError:
        raise ValueError(f"{url!r} has a port number that is not valid") from None
    if not parts.hostname:
        raise ValueError(f"{url!r} names no proxy host")
    authorization = ""
    if parts.username is not None:
        pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        authorization = "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")
    return Proxy(parts.hostname, port, authorization, f"{parts.hostname}:{port}")


def proxy_for(setting: str, scheme: str, host: str, environ: Optional[dict] = None) -> Optional[Proxy]:
    """The proxy a request for ``scheme://host`` goes through, or None to connect directly.

    ``setting`` "env" reads ``<scheme>_PROXY`` then ``ALL_PROXY`` (either case) and skips hosts that
    ``NO_PROXY`` names; "none" (or empty) never uses one; anything else is the proxy for every host
    that ``NO_PROXY`` does not name.
    """
    setting = (setting or "none").strip()
    if setting.lower() == "none":
        return None
    proxies = getproxies_environment() if environ is None else environ
    if proxies.get("no") and proxy_bypass_environment(host, proxies):
        return None
    if setting.lower() == "env":
        url = proxies.get(scheme) or proxies.get("all")
        if not url:
            return None
        return parse_proxy(url)
    return parse_proxy(setting)


def host_in(host: str, patterns: Iterable[str]) -> bool:
    """True when ``host`` is one of ``patterns`` or a subdomain of one (``docs.x.com`` in ``x.com``)."""
    host = host.lower().rstrip(".")
    for p in patterns:
        p = p.lower().strip().lstrip("*").strip(".")
        if p and (host == p or host.endswith("." + p)):
            return True
    return False


def is_public(address: str) -> bool:
    """False for private, loopback, link-local, shared, reserved, multicast and unspecified addresses."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return False


def resolve(host: str, port: int) -> list:
    """Every address ``host`` resolves to (``socket.gaierror`` when it does not)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in infos))


class _Pinned:
    """Connect to addresses already vetted instead of resolving the host again."""

    def connect(self):  # type: ignore[override]
        error: Optional[OSError] = None
        for address in self._addresses:
            try:
                sock = socket.create_connection((address, self.port), self.timeout)
                break
            except OSError as exc:
                error = exc
        else:
            raise error or OSError("no address to connect to")
        if isinstance(self, http.client.HTTPSConnection):
            sock = self._tls.wrap_socket(sock, server_hostname=self.host)
        self.sock = sock


class _HTTP(_Pinned, http.client.HTTPConnection):
    def __init__(self, host, port, addresses, timeout):
        super().__init__(host, port, timeout=timeout)
        self._addresses = addresses


class _HTTPS(_Pinned, http.client.HTTPSConnection):
    def __init__(self, host, port, addresses, timeout):
        self._tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self._tls)
        self._addresses = addresses


class _Failure(Exception):
    def __init__(self, detail: str, transient: bool, final: bool = False):
        super().__init__(detail)
        #: ``final``: a GET after this failed HEAD would fail the same way (timeout, refused).
        self.detail, self.transient, self.final = detail, transient, final


def _seconds(value: float) -> str:
    return f"{value:g} second" + ("" if value == 1 else "s")


def _status_words(status: int) -> str:
    reason = http.client.responses.get(status, "")
    return f"{status} {reason}".strip()


def retry_after(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date), else None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


class Checker:
    """Check URLs with the limits of ``settings``; ``resolver`` and ``sleep`` are replaceable in tests."""

    def __init__(self, settings: Settings, resolver: Callable = None, sleep: Callable = time.sleep):
        self.s = settings
        self.resolver = resolver or resolve
        self.sleep = sleep
        self._lock = threading.Lock()
        self._hosts: dict = {}

    # --- many URLs ---------------------------------------------------------------------------
    def check_all(self, urls: Iterable[str]) -> dict:
        """``{url: Result}`` for every distinct URL, checked concurrently."""
        urls = list(dict.fromkeys(urls))
        if not urls:
            return {}
        workers = max(1, min(self.s.concurrency, len(urls)))
        with ThreadPoolExecutor(workers, thread_name_prefix="prosecheck-urls") as pool:
            return dict(zip(urls, pool.map(self.check, urls)))

    def _host_slot(self, host: str) -> threading.Semaphore:
        with self._lock:
            slot = self._hosts.get(host)
            if slot is None:
                slot = self._hosts[host] = threading.Semaphore(max(1, self.s.per_host))
            return slot

    # --- one URL -----------------------------------------------------------------------------
    def check(self, url: str) -> Result:
        try:
            return self._check(url)
        except _Failure as exc:
            return Result(BROKEN, exc.detail, transient=exc.transient)
        except Exception as exc:  # never let one odd URL take the run down
            return Result(BROKEN, f"could not be checked: {type(exc).__name__}: {exc}", transient=True)

    def _check(self, url: str) -> Result:
        s = self.s
        current = url.split("#", 1)[0]
        moved_to = ""
        still_permanent = True
        for hop in range(s.max_redirects + 1):
            parts = urlsplit(current)
            if parts.scheme.lower() not in ("http", "https"):
                return Result(MOVED, location=moved_to) if moved_to else Result(OK)
            host = (parts.hostname or "").lower()
            if not host or _BAD_HOST_CHARS.intersection(host):
                if hop == 0:
                    return Result(SKIPPED, "no host name that could be looked up (a placeholder?)")
                raise _Failure(f"is broken: it redirects to {current!r}, which has no host name", False)
            if hop == 0:
                if s.deny_hosts and host_in(host, s.deny_hosts):
                    return Result(SKIPPED, f"{host} is in deny_hosts")
                if s.allow_hosts and not host_in(host, s.allow_hosts):
                    return Result(SKIPPED, f"{host} is not in allow_hosts")
            try:
                port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
            except ValueError:
                raise _Failure("is broken: its port number is not valid", False) from None
            try:
                proxy = proxy_for(s.proxy, parts.scheme.lower(), host)
            except ValueError as exc:
                where = "HTTP(S)_PROXY or ALL_PROXY" if s.proxy.strip().lower() == "env" else "option 'proxy'"
                raise _Failure(f"could not be checked: the proxy ({where}) {exc}", False) from None
            if proxy is None:
                addresses = self._addresses(host, port)
            else:  # the proxy resolves the name; an address written as numbers is still vetted
                addresses = [host] if _is_address(host) else []
            if not s.allow_private:
                private = [a for a in addresses if not is_public(a)]
                if private:
                    return Result(SKIPPED, f"{host} is a private or local address ({private[0]}); "
                                           f"set allow_private = true to check it")
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            status, location = self._request(parts.scheme.lower(), host, port, addresses, path, proxy)
            if status in REDIRECTS and location:
                target = urljoin(current, location)
                if still_permanent and status in PERMANENT:
                    moved_to = target
                else:
                    still_permanent = False
                current = target
                continue
            if status < 400:
                return Result(MOVED, location=moved_to) if moved_to else Result(OK)
            via = f" (it redirects to {current})" if current != url.split("#", 1)[0] else ""
            transient = status == 429 or status >= 500
            verb = "could not be checked" if status == 429 else "is broken"
            tries = f" each of {s.retries + 1} times" if transient and s.retries else ""
            raise _Failure(f"{verb}: the server answered {_status_words(status)}{tries}{via}", transient)
        raise _Failure(f"is broken: it redirects more than {s.max_redirects} times", False)

    def _addresses(self, host: str, port: int) -> list:
        if _is_address(host):
            return [host]
        try:
            found = self.resolver(host, port)
        except socket.gaierror as exc:
            transient = exc.errno == getattr(socket, "EAI_AGAIN", None)
            raise _Failure(f'could not be reached: the host name "{host}" does not exist '
                           f"(the DNS lookup failed)", transient) from None
        if not found:
            raise _Failure(f'could not be reached: the host name "{host}" has no address', True)
        return found

    def _request(self, scheme: str, host: str, port: int, addresses: list, path: str,
                 proxy: Optional[Proxy] = None) -> tuple:
        """``(status, Location)`` after retries: 429 and 5xx are retried with backoff."""
        s = self.s
        attempt = 0
        while True:
            with self._host_slot(host):
                status, headers = self._head_then_get(scheme, host, port, addresses, path, proxy)
                if attempt < s.retries and (status == 429 or status >= 500):
                    wait = s.backoff * (2 ** attempt)
                    if status == 429:
                        asked = retry_after(headers.get("Retry-After"))
                        wait = asked if asked is not None else wait
                    self.sleep(min(wait, s.max_retry_after))
                    attempt += 1
                    continue
            return status, headers.get("Location", "")

    def _head_then_get(self, scheme, host, port, addresses, path, proxy=None) -> tuple:
        try:
            status, headers = self._once("HEAD", scheme, host, port, addresses, path, proxy)
        except _Failure as exc:
            if exc.final:
                raise  # a timeout or a refused connection: GET would fare no better
            status, headers = 0, {}
        if status >= 400 and status != 429 or status == 0:
            # 405/501, and servers that answer HEAD wrongly (403, 404, 500 or a dropped
            # connection) while GET works: GET decides.
            status, headers = self._once("GET", scheme, host, port, addresses, path, proxy)
        return status, headers

    def _once(self, method, scheme, host, port, addresses, path, proxy=None) -> tuple:
        headers = {"User-Agent": self.s.user_agent, "Accept": "*/*", "Connection": "close"}
        target = path
        if proxy is None:
            conn = (_HTTPS if scheme == "https" else _HTTP)(host, port, addresses, self.s.timeout)
        elif scheme == "https":  # a CONNECT tunnel: the proxy sees the host, not the page
            conn = http.client.HTTPSConnection(proxy.host, proxy.port, timeout=self.s.timeout,
                                               context=ssl.create_default_context())
            conn.set_tunnel(host, port, headers={"Proxy-Authorization": proxy.authorization}
                            if proxy.authorization else None)
        else:  # plain http: the whole URL goes to the proxy
            conn = http.client.HTTPConnection(proxy.host, proxy.port, timeout=self.s.timeout)
            shown_host = f"[{host}]" if ":" in host else host
            target = f"http://{shown_host}{'' if port == 80 else f':{port}'}{path}"
            if proxy.authorization:
                headers["Proxy-Authorization"] = proxy.authorization
        server = "the server" if proxy is None else f"the proxy {proxy.shown}"
        try:
            conn.request(method, target, headers=headers)
            response = conn.getresponse()
            return response.status, {k.title(): v for k, v in response.getheaders()}
        except (socket.timeout, TimeoutError):
            raise _Failure(f"could not be reached: {server} did not answer within "
                           f"{_seconds(self.s.timeout)}", True, final=True) from None
        except ConnectionRefusedError:
            raise _Failure(f"could not be reached: {server} refused the connection "
                           "(nothing is listening there)", True, final=True) from None
        except ssl.SSLCertVerificationError as exc:
            raise _Failure(f"could not be reached safely: its certificate is not valid "
                           f"({exc.verify_message or exc.reason})", False, final=True) from None
        except (OSError, http.client.HTTPException) as exc:
            if proxy is not None and str(exc).startswith("Tunnel connection failed"):
                answer = str(exc).partition(":")[2].strip()  # http.client: "Tunnel connection failed: 403 Forbidden"
                raise _Failure(f"could not be reached: the proxy {proxy.shown} would not open a "
                               f"connection to it (it answered {answer})", True, final=True) from None
            words = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            raise _Failure(f"could not be reached: the connection failed ({words})", True) from None
        finally:
            conn.close()


# --- the cache ---------------------------------------------------------------------------------
CACHE_VERSION = 1


def load_cache(path: str, ttl: float, now: Optional[float] = None) -> dict:
    """``{url: Result}`` checked less than ``ttl`` seconds ago (empty when there is no cache)."""
    now = time.time() if now is None else now
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
        return {}
    fresh = {}
    for url, entry in (data.get("urls") or {}).items():
        try:
            if now - float(entry["checked"]) < ttl:
                fresh[url] = (float(entry["checked"]), Result(entry["state"], entry.get("detail", ""),
                                                              entry.get("location", "")))
        except (KeyError, TypeError, ValueError):
            continue
    return fresh


def save_cache(path: str, entries: dict) -> None:
    """Write ``{url: (checked, Result)}`` atomically: a temporary file, then a rename."""
    folder = os.path.dirname(path) or "."
    os.makedirs(folder, exist_ok=True)
    data = {
        "version": CACHE_VERSION,
        "urls": {
            url: {"checked": checked, **{k: v for k, v in asdict(r).items() if k != "transient" and v}}
            for url, (checked, r) in sorted(entries.items())
        },
    }
    fd, tmp = tempfile.mkstemp(prefix=".urls-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
