"""HTTP(S) reads that stay on the server the user named.

fsspec's HTTP file system follows redirects wherever they point, so a server the user named could
send a worker on to another host (an internal address, a cloud metadata service) and have that
host's text printed in findings. A redirect is followed only to the same scheme, host and port
(or from http:// to https:// on the same host's default ports); any other is refused, and the
file is reported as unreadable with the place it pointed to.

Imported only when a URL is read (it needs aiohttp, which fsspec's HTTP file system needs too).
"""

from __future__ import annotations

from typing import Optional

import aiohttp
from yarl import URL

_DEFAULT_PORTS = {"http": 80, "https": 443}


class OffOriginRedirect(Exception):
    """A redirect to another server than the one named: not followed."""

    def __init__(self, target: str) -> None:
        super().__init__(f"redirected to another server ({target})")
        self.target = target


def same_origin(source: URL, target: URL) -> bool:
    """``target`` is on the server ``source`` is on (an upgrade to HTTPS on the same host counts)."""
    if source.host != target.host:
        return False
    if (source.scheme, source.port) == (target.scheme, target.port):
        return True
    return (source.scheme, target.scheme) == ("http", "https") and (source.port, target.port) == (80, 443)


async def _on_redirect(session, context, params) -> None:
    location = params.response.headers.get("Location", "")
    target = params.response.url.join(URL(location))
    if not same_origin(params.response.url, target):
        raise OffOriginRedirect(str(target))


async def get_client(**kwargs) -> aiohttp.ClientSession:
    """What fsspec's ``HTTPFileSystem(get_client=...)`` calls: its usual session, with the
    redirect check added to whatever trace configs it was given."""
    trace = aiohttp.TraceConfig()
    trace.on_request_redirect.append(_on_redirect)
    kwargs["trace_configs"] = list(kwargs.get("trace_configs") or ()) + [trace]
    return aiohttp.ClientSession(**kwargs)


def refused_redirect(exc: BaseException) -> Optional[str]:
    """The target of a refused redirect behind ``exc`` (fsspec wraps it in its own errors)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, OffOriginRedirect):
            return exc.target
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None
