"""Output formats. Built-ins are listed here; plugins add more through ``prosecheck_formatters``.

The built-ins are imported when asked for, not at start-up: a pre-commit run that prints three
lines should not pay for the SARIF writer.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping

from prosecheck.formatters.base import Formatter
from prosecheck.formatters.text import TemplateFormatter

_WHERE = {
    "default": ("text", "DefaultFormatter"),
    "pylint": ("text", "PylintFormatter"),
    "json": ("json", "JsonFormatter"),
    "sarif": ("sarif", "SarifFormatter"),
    "github": ("github", "GithubFormatter"),
    "html": ("html", "HtmlFormatter"),
}


class _BuiltinFormatters(Mapping):
    def __getitem__(self, name: str) -> type[Formatter]:
        module, cls = _WHERE[name]
        return getattr(importlib.import_module(f"prosecheck.formatters.{module}"), cls)

    def __iter__(self):
        return iter(_WHERE)

    def __len__(self) -> int:
        return len(_WHERE)


BUILTIN_FORMATTERS: Mapping[str, type[Formatter]] = _BuiltinFormatters()

__all__ = ["BUILTIN_FORMATTERS", "Formatter", "TemplateFormatter"]
