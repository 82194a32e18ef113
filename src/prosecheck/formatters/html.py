"""``--format html``: a page an editor reads, with each document's text and its findings marked.

One self-contained page: the CSS, the JavaScript and the charts (SVG) are inline and nothing is
fetched, so it works offline, as a CI artifact and attached to an e-mail. With ``--output-dir``
(or when one page would pass ``SPLIT_BYTES``) the report is an index page plus one page per
document, so a run over thousands of files still opens quickly.

What is on the page:
- a summary: findings per check family, per code (with its one-line description and a filter
  box), per file; totals; the run's settings;
- each document with findings, shown as its text with line numbers; each finding is a
  ``<mark>`` over its exact range, coloured by family, carrying ``data-code``, ``data-line`` and
  ``data-col``; hovering or focusing it shows the message and the code's "Use instead" advice;
  ``j``/``k`` (or ``n``/``p``) move from one finding to the next;
- per document, readability per section and sentence length along the text (html_charts.py).

Everything that comes from a document or a file name is escaped: a document holding ``<script>``
shows as text. Control characters are shown as visible escapes, as the text formats do.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from html import escape
from typing import Optional

from prosecheck.formatters.base import Formatter

#: A single page past this size (estimated from the documents' text) is split into pages.
SPLIT_BYTES = 8_000_000
#: Charts are drawn for documents up to this many characters (a chart of 50,000 sentences helps
#: no one, and parsing a huge file a second time costs seconds).
CHART_MAX_CHARS = 2_000_000

_ASSETS = os.path.join(os.path.dirname(__file__), "assets")
_WORD = re.compile(r"[\w’'\-]*")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _asset(name: str) -> str:
    with open(os.path.join(_ASSETS, name), encoding="utf-8") as f:
        return f.read()


def _text(value: str) -> str:
    """HTML-escaped, with control characters shown as ``\\xNN`` instead of passed through."""
    return escape(_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", value))


def _json(value) -> str:
    """JSON safe to put inside a <script> element (no ``</script>`` can close it early)."""
    return json.dumps(value, ensure_ascii=True, sort_keys=True).replace("<", "\\u003c").replace(">", "\\u003e")


def family_of(code: str) -> str:
    """The letters of a code: ``SL101`` -> ``SL``. Colours and the family table use them."""
    return re.match(r"[A-Za-z]*", code).group() or code


class _Page:
    """Builds one HTML page from parts."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.parts: list = []

    def html(self, codes_json: str) -> str:
        return (
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta name=\"generator\" content=\"prosecheck\">\n"
            f"<title>{_text(self.title)}</title>\n<style>\n{_asset('report.css')}</style>\n</head>\n<body>\n"
            + "".join(self.parts)
            + '<div id="tip" role="tooltip" hidden></div>\n'
            f'<script type="application/json" id="codes">{codes_json}</script>\n'
            f"<script>\n{_asset('report.js')}</script>\n</body>\n</html>\n"
        )


class HtmlFormatter(Formatter):
    name = "html"

    def write(self, diagnostics: list) -> None:
        ctx = self.context
        by_path: dict = defaultdict(list)
        for number, d in enumerate(diagnostics):
            by_path[d.path].append((number, d))
        texts = {path: ctx.lines_of(path) for path in by_path}
        size = sum(sum(len(line) + 1 for line in lines) for lines in texts.values() if lines)
        out_dir = getattr(ctx, "output_dir", None)
        split = bool(out_dir) or (size > SPLIT_BYTES and bool(getattr(ctx, "output_file", None)))
        # --output-dir: the index and the pages side by side. Split because of size: the pages go
        # to "<report>_files/" beside the report file, as a browser saves a complete page.
        prefix, back = "", "index.html"
        if split and not out_dir:
            target = ctx.output_file
            out_dir = os.path.splitext(target)[0] + "_files"
            prefix, back = os.path.basename(out_dir) + "/", "../" + os.path.basename(target)
        families = self._families(diagnostics)
        codes_json = _json(self._code_info(diagnostics))

        index = _Page("prosecheck report")
        index.parts.append(self._header(diagnostics, by_path))
        index.parts.append(self._summary(diagnostics, by_path, families, pages=prefix if split else None))
        if split:
            os.makedirs(out_dir, exist_ok=True)
            for i, path in enumerate(by_path):
                page = _Page(f"{path}: prosecheck report")
                page.parts.append(f'<p class="back"><a href="{_text(back)}">back to the summary</a></p>\n')
                page.parts.append(self._document(i, path, texts[path], by_path[path], families))
                _write_page(os.path.join(out_dir, _page_name(i)), page.html(codes_json))
        else:
            for i, path in enumerate(by_path):
                index.parts.append(self._document(i, path, texts[path], by_path[path], families))
        self.stream.write(index.html(codes_json))

    # -- the summary --------------------------------------------------------------------------

    def _families(self, diagnostics: list) -> dict:
        """Family letters -> colour slot (0-7), in order of first appearance by name."""
        names = sorted({family_of(d.code) for d in diagnostics})
        return {name: i % 8 for i, name in enumerate(names)}

    def _code_info(self, diagnostics: list) -> dict:
        from prosecheck.codedocs import code_doc, section

        info = {}
        for code in sorted({d.code for d in diagnostics}):
            spec = self.context.codes.get(code)
            doc = code_doc(code) or (spec.docs if spec is not None else "") or ""
            advice = section(doc, "Use instead") if doc else ""
            # the page's Markdown shown as plain text: the fences add nothing to a tooltip
            advice = "\n".join(line for line in advice.splitlines() if not line.startswith("```"))
            info[code] = {"summary": spec.summary if spec is not None else "", "advice": advice}
        return info

    def _header(self, diagnostics: list, by_path: dict) -> str:
        sev = Counter(d.severity or "warning" for d in diagnostics)
        counts = ", ".join(f"{sev[s]} {s}" for s in ("error", "warning", "info") if sev[s])
        files = len(by_path)
        total = len(diagnostics)
        line = (f"{total} finding{'s' if total != 1 else ''} in {files} file{'s' if files != 1 else ''}"
                + (f" ({counts})" if counts else "")) if total else "No findings."
        return (
            '<header>\n<h1>prosecheck report</h1>\n'
            f'<p class="totals" data-findings="{total}" data-files="{files}">{_text(line)}</p>\n'
            '<p class="keys">Move between findings with <kbd>j</kbd> and <kbd>k</kbd> '
            "(or <kbd>n</kbd> and <kbd>p</kbd>, or <kbd>Tab</kbd>); hover or focus a marked word "
            "to read what is wrong and what to write instead.</p>\n</header>\n"
        )

    def _summary(self, diagnostics: list, by_path: dict, families: dict, pages: Optional[str]) -> str:
        ctx = self.context
        out = ['<section id="summary">\n<h2>Summary</h2>\n']
        per_family = Counter(family_of(d.code) for d in diagnostics)
        if per_family:
            out.append('<table class="families"><caption>Findings per check family</caption>'
                       "<thead><tr><th>family</th><th>check</th><th>findings</th></tr></thead><tbody>")
            for fam, n in sorted(per_family.items()):
                checks = sorted({ctx.code_plugins.get(d.code, "") for d in diagnostics if family_of(d.code) == fam} - {""})
                out.append(f'<tr><td><span class="swatch fam-{families[fam]}"></span>{_text(fam)}</td>'
                           f"<td>{_text(', '.join(checks))}</td><td class=\"n\">{n}</td></tr>")
            out.append("</tbody></table>\n")
            per_code = Counter(d.code for d in diagnostics)
            out.append('<table class="codes"><caption>Findings per code (untick a code to hide it)</caption>'
                       "<thead><tr><th>show</th><th>code</th><th>what it means</th><th>findings</th></tr></thead><tbody>")
            for code, n in sorted(per_code.items()):
                spec = ctx.codes.get(code)
                summary = spec.summary if spec is not None else ""
                out.append(
                    f'<tr><td><input type="checkbox" class="filter" data-code="{_text(code)}" checked '
                    f'aria-label="show {_text(code)}"></td><td><span class="swatch fam-{families[family_of(code)]}">'
                    f"</span>{_text(code)}</td><td>{_text(summary)}</td><td class=\"n\">{n}</td></tr>")
            out.append("</tbody></table>\n")
            out.append('<table class="files"><caption>Findings per file</caption>'
                       "<thead><tr><th>file</th><th>findings</th></tr></thead><tbody>")
            for i, (path, items) in enumerate(by_path.items()):
                href = f"{pages}{_page_name(i)}" if pages is not None else f"#doc-{i}"
                out.append(f'<tr><td><a href="{_text(href)}">{_text(path)}</a></td>'
                           f'<td class="n">{len(items)}</td></tr>')
            out.append("</tbody></table>\n")
        settings = dict(getattr(ctx, "settings", None) or {})
        settings.setdefault("prosecheck", ctx.version)
        settings.setdefault("project root", ctx.root)
        out.append('<details class="settings"><summary>Settings of this run</summary><dl>')
        for key, value in settings.items():
            shown = ", ".join(map(str, value)) if isinstance(value, (list, tuple)) else str(value)
            out.append(f"<dt>{_text(str(key))}</dt><dd>{_text(shown)}</dd>")
        out.append("</dl></details>\n</section>\n")
        return "".join(out)

    # -- one document -------------------------------------------------------------------------

    def _document(self, i: int, path: str, lines: Optional[list], items: list, families: dict) -> str:
        out = [f'<section class="doc" id="doc-{i}" data-path="{_text(path)}">\n'
               f'<h2>{_text(path)} <span class="count">{len(items)} finding{"s" if len(items) != 1 else ""}</span></h2>\n']
        out.append(self._charts(path, lines))
        spans_by_line: dict = defaultdict(list)
        placeless = []
        for number, d in items:
            span = _span(d, lines)
            if span is None:
                placeless.append((number, d))
            else:
                spans_by_line[d.line].append((span[0], span[1], number, d))
        if placeless:
            out.append('<ul class="placeless">')
            for number, d in placeless:
                out.append(f"<li>{_text(d.path)}:{d.line}:{d.col}: {self._mark(number, d, families, _text(d.code))}"
                           f" {_text(d.message)}</li>")
            out.append("</ul>\n")
        if lines:
            out.append('<div class="src">')
            for no, raw in enumerate(lines, 1):
                text = raw[:-1] if raw.endswith("\r") else raw
                body = _render_line(text, spans_by_line.get(no, ()), lambda n, d: self._mark(n, d, families, None))
                out.append(f'<div class="ln" id="doc-{i}-L{no}"><span class="no">{no}</span>'
                           f'<span class="tx">{body}</span></div>')
            out.append("</div>\n")
        elif lines is None:
            out.append('<p class="unreadable">The text of this file could not be read for the report.</p>\n')
        out.append("</section>\n")
        return "".join(out)

    def _mark(self, number: int, d, families: dict, content: Optional[str]) -> str:
        """The opening tag of a finding's highlight, or a whole element when ``content`` is given."""
        tag = (f'<mark class="f fam-{families[family_of(d.code)]} sev-{_text(d.severity or "warning")}" '
               f'id="f-{number}" tabindex="0" data-code="{_text(d.code)}" data-line="{d.line}" '
               f'data-col="{d.col}" data-msg="{_text(d.message)}" title="{_text(d.code)}: {_text(d.message)}">')
        return tag if content is None else f"{tag}{content}</mark>"

    def _charts(self, path: str, lines: Optional[list]) -> str:
        if not lines:
            return ""
        text = "\n".join(lines)
        if len(text) > CHART_MAX_CHARS:
            return ""
        from prosecheck.formatters.html_charts import document_figures, grade_chart, length_chart

        try:
            markdown = not path.lower().endswith(".txt")
            figures = document_figures(path, text, self._readability_options()) if markdown else None
        except Exception:  # a picture is a bonus: never lose the report for it
            return ""
        if figures is None:
            return ""
        return f'<div class="charts">{grade_chart(figures)}{length_chart(figures)}</div>\n'

    def _readability_options(self) -> dict:
        options = getattr(self.context, "options", None) or {}
        return dict(options.get("readability", {}))


def _page_name(i: int) -> str:
    return f"doc-{i}.html"


def _write_page(path: str, html: str) -> None:
    """One page of a split report, whole or not at all, readable as the user's umask allows (a
    CI artifact or a folder served to editors, not a private temporary file)."""
    from prosecheck.atomicfile import replace_file

    problem = replace_file(path, html.encode("utf-8"))
    if problem:
        raise OSError(f"cannot write {path}: {problem}")


def _span(d, lines: Optional[list]) -> Optional[tuple]:
    """The 0-based [start, end) columns a finding covers on its line, or None if it has no place."""
    if not lines or d.line < 1 or d.line > len(lines):
        return None
    text = lines[d.line - 1]
    if text.endswith("\r"):
        text = text[:-1]
    start = min(max(d.col - 1, 0), len(text))
    if d.end_line is not None and d.end_col is not None and (d.end_line, d.end_col) > (d.line, d.col):
        end = len(text) if d.end_line > d.line else min(d.end_col - 1, len(text))
    elif text.startswith("[", start):
        end = _closing_bracket(text, start)  # a link: mark its text, not only the bracket
    else:
        end = start + len(_WORD.match(text, start).group())
        if end == start and start < len(text) and not text[start].isspace():
            end = start + 1
    return start, max(start, end)


def _closing_bracket(text: str, start: int) -> int:
    """The column after the ``]`` that closes the ``[`` at ``start`` on this line, else start + 1."""
    depth = 0
    i = start
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2  # an escaped bracket does not open or close
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return start + 1


def _render_line(text: str, spans, open_tag) -> str:
    """``text`` escaped with a ``<mark>`` per span. Spans that cross are nested (the later one is
    cut to end inside the earlier), so every finding keeps exactly one element."""
    if not spans:
        return _text(text)
    out = []
    pos = 0
    stack: list = []  # end columns of the open marks, innermost last
    for start, end, number, d in sorted(spans, key=lambda s: (s[0], -s[1], s[2])):
        while stack and stack[-1] <= start:
            close = stack.pop()
            out.append(_text(text[pos:close]))
            out.append("</mark>")
            pos = close
        out.append(_text(text[pos:start]))
        pos = start
        if stack:
            end = min(end, stack[-1])
        out.append(open_tag(number, d))
        stack.append(end)
    while stack:
        close = stack.pop()
        out.append(_text(text[pos:close]))
        out.append("</mark>")
        pos = close
    out.append(_text(text[pos:]))
    return "".join(out)
