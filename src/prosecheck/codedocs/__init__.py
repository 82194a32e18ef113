"""Documentation of every built-in code, one Markdown page each (``CODE.md`` beside this file).

``docs/codes`` in the repository points here, so the pages ship with the package and
``prosecheck --explain CODE`` and the SARIF rules read the same text a reader browses.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from typing import Optional


@lru_cache(maxsize=None)
def builtin_doc(code: str) -> Optional[str]:
    try:
        return (files(__package__) / f"{code}.md").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None


def code_doc(code: str, check=None) -> Optional[str]:
    """The page for ``code``: the built-in page, else what the plugin declared in ``Code.docs``."""
    text = builtin_doc(code)
    if text:
        return text
    if check is not None:
        spec = check.codes.get(code)
        if spec is not None and spec.docs:
            return spec.docs
    return None


def section(doc: str, title: str) -> str:
    """The text under a ``## title`` heading of a code page (empty when absent)."""
    m = re.search(rf"^##\s+{re.escape(title)}\s*$(.*?)(?=^##\s|\Z)", doc, re.M | re.S)
    return m.group(1).strip() if m else ""
