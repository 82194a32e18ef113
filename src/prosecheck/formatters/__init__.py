"""Output formats. Built-ins are listed here; plugins add more through ``prosecheck_formatters``."""

from __future__ import annotations

from prosecheck.formatters.base import Formatter
from prosecheck.formatters.text import DefaultFormatter, PylintFormatter, TemplateFormatter
from prosecheck.formatters.json import JsonFormatter
from prosecheck.formatters.sarif import SarifFormatter
from prosecheck.formatters.github import GithubFormatter

BUILTIN_FORMATTERS: dict[str, type[Formatter]] = {
    "default": DefaultFormatter,
    "pylint": PylintFormatter,
    "json": JsonFormatter,
    "sarif": SarifFormatter,
    "github": GithubFormatter,
}

__all__ = ["BUILTIN_FORMATTERS", "Formatter", "TemplateFormatter"]
