"""Which dialect a document is written in, and what its site generator's configuration says.

A document's dialect comes from the ``dialect`` setting, or, when that is ``auto``, from the
project around the document: the closest ``mkdocs.yml`` (MkDocs), ``docusaurus.config.*``
(Docusaurus) or ``conf.py`` that loads ``myst_parser`` (MyST), looked for from the document's
folder up to the project root. Anything else is GitHub Flavored Markdown.

mkdocs.yml is untrusted input: it is read with PyYAML's safe loader, extended only so that the
custom tags MkDocs sites use (``!!python/name:...``, ``!ENV``, ``!relative``) load as plain
values instead of failing; nothing named by a tag is ever imported or run.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

DIALECTS = ("commonmark", "gfm", "mkdocs", "myst", "docusaurus")
#: mkdocs.yml larger than this is not read (a site's configuration is a few kilobytes).
_MAX_CONFIG_BYTES = 1 << 20


@dataclass(frozen=True)
class Site:
    """What the rewrite and the links check need to know about the site a document belongs to."""

    dialect: str = "gfm"
    #: The configuration file the dialect was detected from (mkdocs.yml, ...), if any.
    config_path: Optional[str] = None
    #: MkDocs: the folder pages live in (absolute), and whether ``page.md`` is served as ``page/``.
    docs_dir: Optional[str] = None
    use_directory_urls: bool = True
    #: How headings become anchors: "github" or "python-markdown" (toc's default slugify), or
    #: "unicode" (pymdownx.slugs, which keeps non-ASCII letters).
    slug_style: str = "github"
    #: pymdownx.snippets: folders an included file is looked up in, and files added to every page.
    snippet_paths: tuple = ()
    auto_append: tuple = ()
    #: MkDocs with mkdocs-autorefs (or mkdocstrings, which brings it): ``[title][identifier]``
    #: links to any heading or Python object of the site, with no definition on the page.
    autorefs: bool = False
    #: Problems met reading the configuration (shown once, never fatal).
    problems: tuple = field(default=(), compare=False)


# --- the run's setting ------------------------------------------------------------------------------

_configured = {"dialect": "auto", "root": None}


def configure(dialect: Optional[str], root: Optional[str]) -> None:
    """Set the run's ``dialect`` setting ("auto" detects) and the project root detection stops at."""
    _configured["dialect"] = dialect or "auto"
    _configured["root"] = os.path.abspath(root) if root else None
    _site_of_folder.cache_clear()


def use(dialect: Optional[str], root: Optional[str]) -> None:
    """:func:`configure`, when the setting differs from this process's (a worker that was not
    forked from the main process, such as a Dask worker, gets it with each file's settings)."""
    wanted = (dialect or "auto", os.path.abspath(root) if root else None)
    if (_configured["dialect"], _configured["root"]) != wanted:
        configure(dialect, root)


def site_for(filename: Optional[str], dialect: Optional[str] = None) -> Site:
    """The site of the document at ``filename`` (None for stdin: the current folder)."""
    wanted = dialect or _configured["dialect"]
    folder = os.path.dirname(os.path.abspath(filename)) if filename else os.getcwd()
    detected = _site_of_folder(folder, _configured["root"])
    if wanted in ("auto", None):
        if detected.docs_dir and filename and not _inside(os.path.abspath(filename), detected.docs_dir):
            return Site("gfm")  # README.md beside mkdocs.yml is a GitHub page, not a site page
        return detected
    if wanted == detected.dialect:
        return detected
    if wanted == "mkdocs" and detected.config_path is None:
        return Site("mkdocs")
    return Site(wanted) if wanted != "mkdocs" else detected


@lru_cache(maxsize=1024)
def _site_of_folder(folder: str, root: Optional[str]) -> Site:
    here = folder
    for _ in range(64):  # a deep tree still ends
        found = _site_in(here)
        if found is not None:
            return found
        if root is not None and os.path.normcase(here) == os.path.normcase(root):
            break
        parent = os.path.dirname(here)
        if parent == here:
            break
        here = parent
    return Site("gfm")


def _site_in(folder: str) -> Optional[Site]:
    # zensical.yml: Zensical, Material for MkDocs' successor, reads the same settings.
    for name in ("mkdocs.yml", "mkdocs.yaml", "zensical.yml"):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            return read_mkdocs(path)
    for name in ("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs"):
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            return Site("docusaurus", config_path=path)
    path = os.path.join(folder, "conf.py")
    if os.path.isfile(path) and (_mentions(path, b"myst_parser") or _mentions(path, b"myst_nb")):
        return Site("myst", config_path=path)
    return None


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _mentions(path: str, needle: bytes) -> bool:
    try:
        with open(path, "rb") as f:
            return needle in f.read(_MAX_CONFIG_BYTES)
    except OSError:
        return False


# --- mkdocs.yml -------------------------------------------------------------------------------------


def _yaml_loader():
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML has it: 20x faster

    class Loader(base):
        """The safe loader, plus: any tag loads as the plain value under it (never as an object)."""

    def plain(loader, suffix, node):
        if isinstance(node, yaml.MappingNode):  # the tag is kept as a key: it names the function
            return {"!tag": node.tag, **loader.construct_mapping(node, deep=True)}
        if isinstance(node, yaml.SequenceNode):
            return loader.construct_sequence(node, deep=True)
        return f"{node.tag}{' ' if node.value else ''}{node.value}"

    Loader.add_multi_constructor("!", plain)
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", plain)
    return yaml, Loader


def read_mkdocs(path: str) -> Site:
    """The parts of mkdocs.yml prosecheck uses; a broken file gives the defaults and a problem."""
    try:
        st = os.stat(path)
        stamp = (st.st_mtime_ns, st.st_size)
    except OSError:
        stamp = None
    return _read_mkdocs(os.path.abspath(path), stamp)


@lru_cache(maxsize=16)
def _read_mkdocs(path: str, stamp) -> Site:
    folder = os.path.dirname(os.path.abspath(path))
    data: dict = {}
    problems = []
    try:
        with open(path, "rb") as f:
            raw = f.read(_MAX_CONFIG_BYTES + 1)
        if len(raw) > _MAX_CONFIG_BYTES:
            raise ValueError("it is larger than 1 MB")
        yaml, loader = _yaml_loader()
        loaded = yaml.load(raw.decode("utf-8", "replace"), Loader=loader)  # noqa: S506 (safe subclass)
        data = loaded if isinstance(loaded, dict) else {}
    except Exception as exc:  # a broken or hostile file: fall back to MkDocs' defaults
        problems.append(f"{path}: could not be read ({type(exc).__name__}), MkDocs' defaults are used")
    docs_dir = data.get("docs_dir") if isinstance(data.get("docs_dir"), str) else "docs"
    directory_urls = data.get("use_directory_urls", True)
    extensions = _extensions(data.get("markdown_extensions"))
    slug_style = "python-markdown"
    toc = extensions.get("toc") or {}
    slugify = toc.get("slugify") if isinstance(toc, dict) else None
    if "pymdownx.slugs" in repr(slugify):
        slug_style = "unicode"
    snippets = extensions.get("pymdownx.snippets")
    snippet_paths: tuple = ()
    auto_append: tuple = ()
    if snippets is not None:
        opts = snippets if isinstance(snippets, dict) else {}
        base = opts.get("base_path", ["."])
        base = [base] if isinstance(base, str) else [b for b in base if isinstance(b, str)] if isinstance(base, list) else ["."]
        # MkDocs runs in the folder of mkdocs.yml, so relative base paths start there.
        snippet_paths = tuple(os.path.normpath(os.path.join(folder, b)) for b in base)
        append = opts.get("auto_append", [])
        append = [append] if isinstance(append, str) else append if isinstance(append, list) else []
        auto_append = tuple(a for a in append if isinstance(a, str))
    # mkdocstrings turns autorefs on by itself.
    autorefs = bool({"autorefs", "mkdocstrings"} & set(_extensions(data.get("plugins"))))
    return Site(
        "mkdocs",
        config_path=os.path.abspath(path),
        docs_dir=os.path.normpath(os.path.join(folder, docs_dir)),
        use_directory_urls=directory_urls is not False,
        slug_style=slug_style,
        snippet_paths=snippet_paths,
        auto_append=auto_append,
        autorefs=autorefs,
        problems=tuple(problems),
    )


def _extensions(value) -> dict:
    """markdown_extensions (or plugins) as ``name -> options``: a list of names or one-key tables,
    or a table."""
    found: dict = {}
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list):
        items = []
        for item in value:
            if isinstance(item, str):
                items.append((item, {}))
            elif isinstance(item, dict):
                items.extend(item.items())
    else:
        return found
    for name, options in items:
        if isinstance(name, str):
            found[name] = options if isinstance(options, dict) else {}
    return found
