"""Line-per-finding formats: flake8's default, pylint's, and custom %-templates."""

from __future__ import annotations

from prosecheck.escaping import clean_message
from prosecheck.formatters.base import FormatContext, Formatter

_BOLD, _RED, _CYAN, _RESET = "\033[1m", "\033[31m", "\033[36m", "\033[m"


class TemplateFormatter(Formatter):
    """A flake8-style ``%(path)s:%(row)d:%(col)d: %(code)s %(text)s`` template."""

    template = "%(path)s:%(row)d:%(col)d: %(code)s %(text)s"
    colored_template = (
        f"{_BOLD}%(path)s{_RESET}{_CYAN}:{_RESET}%(row)d{_CYAN}:{_RESET}%(col)d{_CYAN}:{_RESET} "
        f"{_BOLD}{_RED}%(code)s{_RESET} %(text)s"
    )

    def __init__(self, stream, context: FormatContext, template: str | None = None) -> None:
        super().__init__(stream, context)
        if template is not None:
            self.template = self.colored_template = template

    def line(self, d) -> str:
        fields = {
            "path": d.path, "row": d.line, "col": d.col, "code": d.code, "text": d.message,
            "severity": d.severity, "plugin": d.plugin,
            "end_row": d.end_line or d.line, "end_col": d.end_col or d.col,
        }
        return (self.colored_template if self.context.color else self.template) % fields

    def write(self, diagnostics: list) -> None:
        out = self.stream
        for d in diagnostics:
            out.write(self.line(d) + "\n")
            if self.context.show_source:
                out.write(source_excerpt(self.context.lines_of(d.path), d.line, d.col))


class DefaultFormatter(TemplateFormatter):
    name = "default"


class PylintFormatter(TemplateFormatter):
    name = "pylint"
    template = colored_template = "%(path)s:%(row)d: [%(code)s] %(text)s"


def source_excerpt(lines, line: int, col: int) -> str:
    """The line and a caret under column ``col``; tabs kept so the caret lines up.

    The line comes from the document: its control characters are shown escaped (they would
    reach the terminal), and the caret counts the escapes' width."""
    if not lines or not (1 <= line <= len(lines)):
        return ""
    text = lines[line - 1]
    pad = "".join(c if c == "\t" else " " for c in _shown(text[: col - 1]))
    return f"{_shown(text)}\n{pad}^\n"


def _shown(text: str) -> str:
    return "\t".join(clean_message(part) for part in text.split("\t"))


def is_template(fmt: str) -> bool:
    return "%(" in fmt
