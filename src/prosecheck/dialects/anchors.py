"""What the links check asks of a page's dialect: its extra anchors, the site's slug style, the
anchors and link definitions of the files it includes, and where a site URL leads on disk."""

from __future__ import annotations

import os
import re

from prosecheck.lazyre import lazy
import unicodedata
from functools import lru_cache
from typing import Optional

_PM_DROP = lazy(r"[^\w\s-]")
_PM_SEP = lazy(r"[-\s]+")


def python_markdown_slug(text: str, keep_unicode: bool = False) -> str:
    """Python-Markdown toc's default ``slugify`` (``keep_unicode``: pymdownx.slugs' variant)."""
    if not keep_unicode:
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = _PM_DROP.sub("", text).strip().lower()
    return _PM_SEP.sub("-", text)


def _unique_python_markdown(slugs) -> list:
    """toc's ``unique``: the second "usage" is "usage_1"."""
    seen: set = set()
    found = []
    for slug in slugs:
        base, n = slug, 0
        while slug in seen:
            n += 1
            slug = f"{base}_{n}"
        seen.add(slug)
        found.append(slug)
    return found


def extra_anchors(doc) -> Optional[set]:
    """Anchors the page has besides its GitHub-style heading slugs; None when it has anchors
    nobody can know from the source (mkdocstrings' ``::: module``)."""
    facts = getattr(doc, "dialect_facts", None)
    if facts is None:
        return set()
    if facts.opaque_anchors:
        return None
    found = {ident for ident, _ in facts.anchors}
    style = facts.site.slug_style
    if style in ("python-markdown", "unicode"):
        found.update(_unique_python_markdown(
            python_markdown_slug(h.text, style == "unicode") for h in doc.headings))
    for inc in facts.includes:
        included = _included(inc.path, facts.site.dialect)
        if included is not None:
            found.update(included[0])
    return found


def included_definitions(doc) -> set:
    """Normalised labels of the link definitions in the files the page includes."""
    facts = getattr(doc, "dialect_facts", None)
    found: set = set()
    if facts is None:
        return found
    for inc in facts.includes:
        included = _included(inc.path, facts.site.dialect)
        if included is not None:
            found.update(included[1])
    return found


def abbreviations(doc) -> frozenset:
    """The terms the page defines as abbreviations (``*[HTML]: ...``), itself or in a file it
    includes (a site's glossary appended to every page with snippets' ``auto_append``)."""
    facts = getattr(doc, "dialect_facts", None)
    if facts is None:
        return frozenset()
    found = set(facts.abbreviations)
    for inc in facts.includes:
        included = _included(inc.path, facts.site.dialect)
        if included is not None:
            found.update(included[2])
    return frozenset(found)


_AUTOREF_RE = lazy(r"[\w.:-]+")


def autoref(doc, label: str) -> bool:
    """True when an undefined reference label is an identifier mkdocs-autorefs resolves: on a
    site with autorefs, ``[title][package.module.Class]`` or ``[title][heading-id]`` links to any
    Python object or heading of the site (which a page alone cannot tell)."""
    facts = getattr(doc, "dialect_facts", None)
    if facts is None or not facts.site.autorefs:
        return False
    return _AUTOREF_RE.fullmatch(label.strip().strip("`")) is not None


# (path, dialect) -> ((mtime_ns, size), (anchors, definition keys, abbreviations)); _OPENING guards against a file that
# includes itself.
_CACHE: dict = {}
_OPENING: set = set()


def _included(path: Optional[str], dialect: Optional[str] = None):
    if not path or path in _OPENING:
        return None
    try:
        st = os.stat(path)
        hit = _CACHE.get((path, dialect))
        if hit is not None and hit[0] == (st.st_mtime_ns, st.st_size):
            return hit[1]
        if st.st_size > 4 << 20:
            return None
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return None
    from prosecheck.decoding import decode
    from prosecheck.document import parse

    text, _ = decode(data)
    if text is None:
        return None
    _OPENING.add(path)
    try:
        # An included file is read in the dialect of the page that includes it.
        included = parse(path, text, markdown=True, filename=path, dialect=dialect)
        extra = extra_anchors(included) or set()
        anchors = {h.anchor for h in included.headings} | {h.explicit_id for h in included.headings
                                                           if h.explicit_id} | included.html_ids | extra
        result = (frozenset(anchors), frozenset(included.references) | included_definitions(included),
                  abbreviations(included))
    except RecursionError:
        result = None
    finally:
        _OPENING.discard(path)
    if len(_CACHE) > 1024:
        _CACHE.clear()
    _CACHE[(path, dialect)] = ((st.st_mtime_ns, st.st_size), result)
    return result


def site_target(doc, path: str) -> Optional[str]:
    """Where a link written as a site URL leads on disk. Docusaurus: ``/img/a.png`` in its static
    folder, a page by its URL (``./create-a-page``, ``/docs/intro``: see docusaurus_links.py). MkDocs with ``use_directory_urls``: the page a link written as a site URL (``../page/``,
    ``../page/#part``) leads to, resolved as the browser does from the page's own URL; None when
    the page is not on such a site or no file serves that URL. MyST: "" when Sphinx resolves the
    name itself (a document without its suffix, a label, a Python object): nothing to look at."""
    facts = getattr(doc, "dialect_facts", None)
    if facts is not None and facts.site.dialect == "myst" and facts.site.config_path:
        found = document_file(doc, path)
        if found:
            return found
        return "" if _sphinx_resolves(doc, facts.site.config_path, path) else None
    if facts is not None and facts.site.dialect == "docusaurus" and facts.site.config_path:
        from prosecheck.dialects import docusaurus_links

        return docusaurus_links.target(doc, facts.site.config_path, path)
    if facts is None or facts.site.dialect != "mkdocs" or not doc.filename:
        return None
    docs_dir = facts.site.docs_dir
    if path.startswith("/"):
        # MkDocs leaves an absolute link to the server, and a site is often served below a path
        # or a version ("/dev/page/" with mike): a page of docs_dir at that URL, or not knowable.
        if not docs_dir:
            return ""
        url = os.path.normpath(os.path.join(docs_dir, path.strip("/")))
        return next((c for c in (url + ".md", os.path.join(url, "index.md"), url)
                     if c.startswith(docs_dir) and os.path.isfile(c)), "")
    if not facts.site.use_directory_urls:
        return None
    source = os.path.abspath(doc.filename)
    stem, _ = os.path.splitext(source)
    # page.md is served at page/, so its links start one folder deeper; index.md and README.md
    # are served at their folder.
    page_url = os.path.dirname(source) if os.path.basename(stem).lower() in ("index", "readme") else stem
    url = os.path.normpath(os.path.join(page_url, path))
    candidates = [url + ".md", os.path.join(url, "index.md"), os.path.join(url, "README.md"), url]
    for candidate in candidates:
        if docs_dir and not candidate.startswith(docs_dir):
            continue
        if os.path.isfile(candidate):
            return candidate
    return None


# --- MyST: what Sphinx resolves --------------------------------------------------------------------

_SPHINX_PAGES = frozenset({"genindex", "modindex", "py-modindex", "search"})
_PY_OBJECT_RE = lazy(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")
# "name.png" is a missing file, not a Python object.
_FILE_SUFFIXES = frozenset({".md", ".rst", ".txt", ".html", ".htm", ".png", ".jpg", ".jpeg", ".gif", ".svg",
                            ".pdf", ".py", ".ipynb", ".json", ".yml", ".yaml", ".toml", ".csv", ".zip"})
_LABEL_RE = lazy(r"^[ \t]*(?:\(([^()\s]+)\)=|\.\. _([^:\n]+):)[ \t]*$", re.M)
_MAX_SOURCES = 5000


#: What Sphinx projects write their documents in (a docname is a source file without its suffix).
_SOURCE_SUFFIXES = (".md", ".rst", ".ipynb", ".txt", ".myst")


def document_file(doc, name: str) -> Optional[str]:
    """The source file of the Sphinx document ``name`` (``{doc}`name```, or ``[text](name)`` in
    MyST): as Sphinx joins docnames, relative to the page's folder, or to the folder of conf.py
    when it starts with ``/``; the name may carry its suffix. None when no such file exists."""
    facts = getattr(doc, "dialect_facts", None)
    name = name.strip()
    if facts is None or not facts.site.config_path or not name.strip("/"):
        return None
    if name.startswith("/"):
        folder = os.path.dirname(facts.site.config_path)
    else:
        folder = os.path.dirname(os.path.abspath(doc.filename)) if doc.filename else os.getcwd()
    base = os.path.normpath(os.path.join(folder, name.strip("/")))
    for candidate in (base, *(base + suffix for suffix in _SOURCE_SUFFIXES)):
        if os.path.isfile(candidate):
            return candidate
    return None


def project_url(doc, url: str) -> str:
    """MyST's ``<project:path#part>`` and ``[text](project:path)`` name a file of the project:
    the link's path, checked like any local link. Any other URL as it is."""
    if url[:8].lower() != "project:":
        return url
    facts = getattr(doc, "dialect_facts", None)
    if facts is None or facts.site.dialect != "myst":
        return url
    return url[8:]


def _sphinx_resolves(doc, config_path: str, path: str) -> bool:
    """MyST reads ``[text](name)`` that is no file as a Sphinx cross-reference: a document named
    without its suffix (see :func:`document_file`), a label (``(name)=``, ``.. _name:``), an
    index page or a Python object (documented by autodoc, or in another project through
    intersphinx: not knowable here)."""
    if not path:
        return False
    if path in _SPHINX_PAGES:
        return True
    if (not path.startswith((".", "/")) and os.path.splitext(path)[1].lower() not in _FILE_SUFFIXES
            and _uses_intersphinx(config_path)):
        return True  # a label or document of another project, through intersphinx: not knowable
    if ("/" not in path and _PY_OBJECT_RE.fullmatch(path)
            and os.path.splitext(path)[1].lower() not in _FILE_SUFFIXES):
        return True
    return path.lower() in _site_labels(os.path.dirname(config_path))  # "(contributing/style)=" too


@lru_cache(maxsize=8)
def _uses_intersphinx(config_path: str) -> bool:
    from prosecheck.dialects.site import _mentions

    return _mentions(config_path, b"intersphinx_mapping")


@lru_cache(maxsize=8)
def _site_labels(root: str) -> frozenset:
    """Every label the Sphinx project under ``root`` defines, lower-cased as Sphinx keeps them."""
    found = set()
    seen = 0
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith((".", "_build"))]
        for name in files:
            if not name.endswith((".md", ".rst")):
                continue
            seen += 1
            if seen > _MAX_SOURCES:
                return frozenset(found)
            if not os.path.isfile(os.path.join(folder, name)):
                continue  # a FIFO would block the read: the repository is untrusted
            try:
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    text = f.read(4 << 20)
            except OSError:
                continue
            for m in _LABEL_RE.finditer(text):
                found.add((m.group(1) or m.group(2)).strip().lower())
    return frozenset(found)
