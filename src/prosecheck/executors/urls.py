"""Paths as fsspec URLs (``s3://bucket/docs/``, ``http://host/docs/a.md``) for ``--executor dask``.

The client lists what a URL names (a file, or every file below a folder, with the run's
extensions and default excludes); each Dask worker reads its files itself through fsspec, so the
documents never pass through the client. fsspec and the file system's own package (``s3fs``,
``gcsfs``, ``aiohttp`` for ``http://``...) are needed on the client and on every worker; this
module imports fsspec only when a URL is given, and a local run never imports it.

The untrusted-input rules of a local run hold: only what the user named is read. A listed file
whose URL is not below the URL the user gave (a link on an HTTP index page to another folder or
host, say) is dropped, and so are symbolic links a file system reports. ``file://`` URLs are
local paths: they are checked as such (with the local run's rules on links that leave the
project), not through fsspec.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from typing import Optional, Sequence

from prosecheck.files import FileItem, PathError, _default_excluded

MAX_DEPTH = 64  # folders below a URL that are listed

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(path: str) -> bool:
    """A URL, not a local path: ``scheme://...``, and no local file or folder of that name."""
    return bool(_URL.match(path)) and not os.path.lexists(path)


def local_path(url: str) -> Optional[str]:
    """The local path of a ``file://`` URL, else None."""
    if url.lower().startswith("file://"):
        return url[len("file://"):] or "/"
    return None


@dataclass(frozen=True)
class UrlItem(FileItem):
    """A file read through fsspec: ``display`` and ``real`` are its URL. ``runner.read_bytes``
    calls :meth:`read_remote` for it, on the worker that lints it."""

    def read_remote(self, limit: int) -> tuple[Optional[bytes], Optional[str]]:
        """``(bytes, None)``, or ``(None, why not)`` in words for the writer."""
        try:
            fs, path = _url_to_fs(self.real)
            info = fs.info(path)
            if info.get("type") != "file" or info.get("islink"):
                return None, "this URL is not a file: prosecheck reads files only"
            size = info.get("size")
            if size is not None and size > limit:
                return None, _too_large(size, limit)
            with fs.open(path, "rb") as f:
                data = f.read(limit + 1)
        except ImportError as exc:
            return None, f"cannot read this URL: its file system is not installed on this worker ({exc})"
        except Exception as exc:  # the file system's own errors: network, permissions, ...
            elsewhere = _refused_redirect(exc)
            if elsewhere:
                return None, _redirected(elsewhere)
            if isinstance(exc, FileNotFoundError):
                return None, "cannot read this URL: there is no file there (any more)"
            return None, f"cannot read this URL: {type(exc).__name__}: {exc}"
        if len(data) > limit:
            return None, _too_large(len(data), limit)
        return data, None


def _url_to_fs(url: str):
    """fsspec's file system and path for ``url``; over HTTP(S), one that follows redirects only
    on the server named (see http_origin.py)."""
    import fsspec

    if url.split("://", 1)[0].lower() in ("http", "https"):
        from prosecheck.executors.http_origin import get_client

        return fsspec.core.url_to_fs(url, get_client=get_client)
    return fsspec.core.url_to_fs(url)


def _refused_redirect(exc: BaseException) -> Optional[str]:
    if "prosecheck.executors.http_origin" not in sys.modules:  # no HTTP URL was read
        return None
    return sys.modules["prosecheck.executors.http_origin"].refused_redirect(exc)


def _redirected(target: str) -> str:
    return (f"cannot read this URL: its server sends it on to another server ({target}); "
            f"prosecheck reads only from the server you named: name that URL instead if you trust it")


def _too_large(size: int, limit: int) -> str:
    return (f"this file is {size:,} bytes, more than max-file-size ({limit:,} bytes); it was not "
            f"checked (raise max-file-size on the command line to check it)")


def discover_urls(urls: Sequence[str], extensions: Sequence[str]) -> tuple[list, list]:
    """``(items, errors)`` for the URLs given on the command line (``file://`` ones excluded:
    the caller walks them as local paths)."""
    suffixes = tuple(e.lower() if e.startswith(".") else "." + e.lower() for e in extensions)
    items: list = []
    errors: list = []
    seen: set = set()
    for url in urls:
        try:
            fs, root = _url_to_fs(url)
            found = _files_below(fs, root, url)
        except ImportError as exc:
            errors.append(PathError(url, f"cannot list this URL: its file system is not installed here ({exc}); "
                                         f"install it here and on every Dask worker"))
            continue
        except ValueError as exc:  # an unknown protocol, a malformed URL
            errors.append(PathError(url, f"cannot list this URL: {exc}"))
            continue
        except Exception as exc:
            elsewhere = _refused_redirect(exc)
            if elsewhere:
                errors.append(PathError(url, _redirected(elsewhere)[len("cannot read this URL: "):]))
            elif isinstance(exc, FileNotFoundError):
                errors.append(PathError(url, "no such file or folder"))
            else:
                errors.append(PathError(url, f"cannot list this URL: {type(exc).__name__}: {exc}"))
            continue
        if found is None:
            errors.append(PathError(url, "no such file or folder"))
            continue
        named = len(found) == 1 and found[0][0] == root.rstrip("/")
        for path, rel in found:
            if not named and not path.lower().endswith(suffixes):
                continue
            full = fs.unstrip_protocol(path)  # what workers read; shown as the user wrote it
            if full not in seen:
                seen.add(full)
                items.append(UrlItem(url if named else url.rstrip("/") + "/" + rel, full))
    return items, errors


def _files_below(fs, root: str, url: str) -> Optional[list]:
    """``[(path, path relative to root)]``: the file ``root`` names, or the files below it, sorted;
    None when there is nothing there."""
    folder = url.endswith("/")  # over HTTP, an index page is a file too: the slash says which
    root = root.rstrip("/") or root
    info = fs.info(root)
    if info.get("islink"):
        return None
    if not folder and info.get("type") != "directory":
        return [(root, os.path.basename(root))]
    prefix = root + "/"
    out = []
    # A bounded depth: over HTTP a folder is whatever a page links to, and a server may link
    # folders without end (a page linking to "more/" from every page).
    for folder, dirs, files in fs.walk(root, maxdepth=MAX_DEPTH, detail=True, topdown=True):
        # Only what the user named: an index page may link anywhere, a symbolic link point
        # anywhere. Excluded folders (.git, node_modules...) are not even listed.
        for name, detail in list(dirs.items()):
            path = detail["name"].rstrip("/")
            if (not _below(path, prefix) or detail.get("islink")
                    or _default_excluded(path[len(prefix):], True)):
                del dirs[name]
        for detail in files.values():
            path = detail["name"].rstrip("/")
            if _below(path, prefix) and not detail.get("islink") and detail.get("type") == "file":
                out.append((path, path[len(prefix):]))
    return sorted(out)


def _below(path: str, prefix: str) -> bool:
    """``path`` is below the folder ``prefix`` names, by its spelling: ``docs/../other`` is not."""
    return path.startswith(prefix) and not {".", "..", ""} & set(path[len(prefix):].split("/"))
