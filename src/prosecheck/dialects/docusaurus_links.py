"""Where a Docusaurus link written as a site URL leads on disk.

Docusaurus serves ``docs/tutorial/01-create-a-page.mdx`` at ``/docs/tutorial/create-a-page``:
number prefixes dropped, the suffix dropped, a front matter ``id:`` or ``slug:`` taking the file
name's place, and ``index``/``README`` (or a file named after its folder) served at the folder's
URL. Writers link to pages by those URLs, ``[x](./create-a-page)`` or ``[x](/docs/intro)``, and
to files by their own names (``./create-a-page.mdx``); the links check asks this module only when
no file has the name written.

docusaurus.config.js is a program: it is never run, only searched for ``routeBasePath``. Without
one, the docs are served at ``/docs/`` from the ``docs/`` folder beside the configuration; with
one, where the docs are served is not knowable from the source, and ``/...`` links to pages are not
reported. Blog posts (their URLs come from dates and front matter) are not reported either.
"""

from __future__ import annotations

import os
import posixpath
import re
from functools import lru_cache
from typing import Optional

_PAGE_SUFFIXES = (".md", ".mdx")
_REACT_PAGE_SUFFIXES = (".md", ".mdx", ".js", ".jsx", ".ts", ".tsx")
_NUMBER_PREFIX_RE = re.compile(r"^\d+\s*[-_.]+\s*(?=.)")
_FRONT_MATTER_KEY_RE = re.compile(r"^(id|slug)[ \t]*:[ \t]*(.+?)[ \t]*$", re.M)
_MAX_PAGES = 5000
_MAX_CONFIG_BYTES = 1 << 20


def target(doc, config_path: str, path: str) -> Optional[str]:
    """The file that serves ``path`` (a link's path, decoded, without its fragment) on the site
    configured at ``config_path``; "" when that cannot be known from the source (not reported);
    None when nothing serves it."""
    root = os.path.dirname(os.path.abspath(config_path))
    if path.startswith("/"):
        return _absolute(root, config_path, path)
    page = os.path.abspath(doc.filename) if doc.filename else None
    if page is None:
        return None
    found = _as_file(os.path.normpath(os.path.join(os.path.dirname(page), path)))
    if found:
        return found
    known = _docs_route(config_path)
    route = known or "docs"  # a relative link reads the same wherever the docs are served
    docs = os.path.join(root, "docs")
    if not page.startswith(docs + os.sep):
        return None
    urls, files = _docs_pages(docs)
    own = files.get(page)
    if own is None:
        return None
    # The browser resolves it from the page's URL, which has no trailing slash unless the
    # site adds one: accept either reading.
    base = "/" + "/".join(p for p in (route, own) if p)
    for start in (posixpath.dirname(base), base):
        url = posixpath.normpath(posixpath.join(start, path)) if start else path
        found = _doc_at(route, urls, url)
        if found:
            return found
        if known is None and not url.startswith(f"/{route}/"):
            return ""  # above the docs, on a site that serves them elsewhere: not knowable
    return None


def _absolute(root: str, config_path: str, path: str) -> Optional[str]:
    static = os.path.normpath(os.path.join(root, "static", path.lstrip("/")))
    if os.path.exists(static):  # Docusaurus serves its static/ folder at the site's root
        return static
    route = _docs_route(config_path)
    if route is None:
        return ""
    parts = [p for p in path.strip("/").split("/") if p]
    if parts[:1] == ["blog"] or os.path.isfile(os.path.join(root, "versions.json")):
        return ""  # blog posts' URLs come from their dates; versions from versioned_docs/
    if parts[:1] == [route]:
        if not os.path.isdir(os.path.join(root, "docs")):
            return ""
        urls, _ = _docs_pages(os.path.join(root, "docs"))
        return _doc_at(route, urls, "/" + "/".join(parts))
    pages = os.path.join(root, "src", "pages", *parts)
    for candidate in [pages + s for s in _REACT_PAGE_SUFFIXES] + [os.path.join(pages, "index" + s)
                                                                 for s in _REACT_PAGE_SUFFIXES]:
        if os.path.isfile(candidate):
            return candidate
    return None


def _doc_at(route: str, urls: dict, url: str) -> Optional[str]:
    prefix = f"/{route}"
    if url != prefix and not url.startswith(prefix + "/"):
        return None
    return urls.get(url[len(prefix):].strip("/"))


def _as_file(path: str) -> Optional[str]:
    """``page`` written without its suffix, or a folder served by its index page."""
    path = path.rstrip(os.sep)
    candidates = [path + s for s in _PAGE_SUFFIXES]
    for name in ("index", "README", os.path.basename(path)):
        candidates.extend(os.path.join(path, name + s) for s in _PAGE_SUFFIXES)
    for candidate in candidates:
        if os.path.isfile(candidate):
            return candidate
    return None


@lru_cache(maxsize=16)
def _docs_route(config_path: str) -> Optional[str]:
    """``docs`` (the default), or None when the configuration moves the docs (``routeBasePath``)
    or cannot be read."""
    try:
        with open(config_path, "rb") as f:
            data = f.read(_MAX_CONFIG_BYTES)
    except OSError:
        return None
    return None if b"routeBasePath" in data else "docs"


@lru_cache(maxsize=16)
def _docs_pages(docs: str) -> tuple:
    """``(url -> file, file -> url)`` for the pages under the docs folder, URLs relative to the
    docs' route (``tutorial/create-a-page``; the index page's is "")."""
    urls: dict = {}
    files: dict = {}
    seen = 0
    for folder, dirs, names in os.walk(docs):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        rel = os.path.relpath(folder, docs)
        parts = [] if rel == "." else [_NUMBER_PREFIX_RE.sub("", p) for p in rel.split(os.sep)]
        for name in sorted(names):
            stem, suffix = os.path.splitext(name)
            if suffix.lower() not in _PAGE_SUFFIXES or name.startswith("_"):
                continue  # _partial.mdx is imported, not served
            seen += 1
            if seen > _MAX_PAGES:
                return urls, files
            path = os.path.join(folder, name)
            keys = _front_matter(path)
            stem = keys.get("id") or _NUMBER_PREFIX_RE.sub("", stem)
            index_like = "id" not in keys and (stem.lower() in ("index", "readme") or (parts and stem == parts[-1]))
            url = "/".join(parts if index_like else parts + [stem])
            slug = keys.get("slug")
            if slug:
                url = slug.strip("/") if slug.startswith("/") else "/".join(parts + [slug.strip("/")])
            urls.setdefault(url, path)
            files[path] = url
    return urls, files


def _front_matter(path: str) -> dict:
    if not os.path.isfile(path):
        return {}  # a FIFO named page.md would block the read: the repository is untrusted
    try:
        with open(path, "rb") as f:
            head = f.read(4096).decode("utf-8", "replace")
    except OSError:
        return {}
    if not head.startswith("---"):
        return {}
    end = head.find("\n---", 3)
    found = {}
    for m in _FRONT_MATTER_KEY_RE.finditer(head[: end if end > 0 else len(head)]):
        found[m.group(1)] = m.group(2).strip("'\"")
    return found
