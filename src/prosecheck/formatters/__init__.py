"""Output formats. Built-ins are listed here; plugins add more through ``prosecheck_formatters``."""

from __future__ import annotations

from prosecheck.formatters.base import Formatter
from prosecheck.formatters.text import DefaultFormatter, PylintFormatter, TemplateFormatter
from prosecheck.formatters.json import JsonFormatter

BUILTIN_FORMATTERS: dict[str, type[Formatter]] = {
    "default": DefaultFormatter,
    "pylint": PylintFormatter,
    "json": JsonFormatter,
}

__all__ = ["BUILTIN_FORMATTERS", "Formatter", "TemplateFormatter"]
