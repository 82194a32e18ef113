"""Documentation-site dialects (MkDocs, MyST, Docusaurus, GitHub) as a source-level pass.

:func:`rewrite` turns a page written for a site generator into text any CommonMark parser reads
as the site does, with every line exactly as long as before, so every position the parser and the
checks compute is a position in the file as written. What the rewrite learns on the way (ids set
by attributes, containers and their titles, included files, abbreviations, lines of code) comes
back as :class:`Facts`, which the Document keeps (``doc.dialect_facts``) and the links check reads.
Nothing here parses Markdown: it works line by line, and leaves a page with no dialect idiom
untouched (a quick search decides that, so plain pages cost next to nothing).
"""

from __future__ import annotations

import os
from typing import Optional

from prosecheck.dialects.facts import Container, Facts, Include
from prosecheck.dialects.site import DIALECTS, Site, configure, site_for, use

__all__ = ["DIALECTS", "Container", "Facts", "Include", "Site", "configure", "dialect_pages", "rewrite",
           "rewrite_for_file", "site_for", "use"]


def dialect_pages(path: str) -> bool:
    """True for a file a folder's walk takes whatever the ``extensions`` setting says: the .mdx
    pages of a Docusaurus site (detected, or the run's dialect), which are its usual pages."""
    return path[-4:].lower() == ".mdx" and site_for(path).dialect == "docusaurus"


def rewrite(text: str, dialect: str, site: Optional[Site] = None, folder: str = ".") -> tuple:
    """``(text2, facts)``: text2 has the same lines as ``text``, each of the same length.

    ``site`` carries the dialect's configuration (defaults when None); ``folder`` is the page's
    folder, which MyST's ``include`` paths start from.
    """
    if site is None or site.dialect != dialect:
        site = Site(dialect)
    facts = Facts(site)
    if dialect == "commonmark":
        return text, facts
    lines = None
    if dialect == "mkdocs":
        from prosecheck.dialects import mkdocs

        if mkdocs.TRIGGERS.search(text) or site.auto_append:
            lines = mkdocs.rewrite(text.split("\n"), facts)
    elif dialect == "myst":
        from prosecheck.dialects import myst

        if myst.TRIGGERS.search(text):
            lines = myst.rewrite(text.split("\n"), facts, folder)
    elif dialect == "docusaurus":
        from prosecheck.dialects import docusaurus

        if docusaurus.TRIGGERS.search(text):
            lines = docusaurus.rewrite(text.split("\n"), facts)
    if "[!" in text:
        from prosecheck.dialects import github

        if github.TRIGGER.search(text):
            lines = github.rewrite(lines if lines is not None else text.split("\n"), facts)
    if lines is None:
        return text, facts
    return "\n".join(lines), facts


def rewrite_for_file(text: str, filename: Optional[str], dialect: Optional[str] = None) -> tuple:
    """:func:`rewrite` with the dialect and site of the page at ``filename`` (see ``site.py``)."""
    site = site_for(filename, dialect)
    folder = os.path.dirname(os.path.abspath(filename)) if filename else os.getcwd()
    return rewrite(text, site.dialect, site, folder)
