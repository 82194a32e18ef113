"""MkDocs and Python-Markdown: admonitions, ``???`` details, content tabs, attr_list, abbreviations,
snippets, md_in_html and mkdocstrings, rewritten so a CommonMark parser reads their prose.

An admonition's or tab's body is indented by four spaces, which CommonMark reads as code. The
rewrite puts ``>   `` over those four columns (``>   >   `` when nested), so the body parses as a
block quote whose text keeps its columns; the Document then names that block quote after the
container. Marker lines are blanked and their title kept as a heading-like block. Fenced code
inside a body is blanked and recorded as code (a blank line inside it would end the block quote).
"""

from __future__ import annotations

import os
import re

from prosecheck.dialects.facts import Container, Facts, Include
from prosecheck.dialects.text import Fences, blank, in_code_span, indent_of, line_starts

_ADMONITION_RE = re.compile(
    r'(?P<marker>!!!|\?\?\?\+?)[ \t]+(?P<kind>[\w-]+(?:[ \t]+[\w-]+)*)?[ \t]*(?:"(?P<title>[^"]*)")?[ \t]*$'
)
_TAB_RE = re.compile(r'===[!+]?[ \t]+"(?P<title>[^"]*)"[ \t]*$')
# attr_list: { #id .class key=value }, {: #id }, with at least one attribute.
_ATTR_RE = re.compile(
    r"\{:?[ \t]*((?:[#.](?:\\.|[\w:.-])+|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s}\"']+))"
    r"(?:[ \t]+(?:[#.](?:\\.|[\w:.-])+|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s}\"']+)))*)[ \t]*\}"
)
_ID_RE = re.compile(r"(?:^|[ \t])#((?:\\.|[\w:.-])+)")  # a Markdown escape (\_) is allowed
_ABBR_RE = re.compile(r"\*\[([^\]\n]+)\]:[ \t]*(.*)$")
_SNIPPET_RE = re.compile(r"(-{1,}8<-{1,})(?:[ \t]+(['\"]?)([^'\"\s](?:[^'\"\n]*[^'\"\s])?)\2)?[ \t]*$")
_SNIPPET_SUFFIX_RE = re.compile(r"(?::-?\d*){1,2}$|:[\w-]+$")
_BLOCKS_RE = re.compile(r"(?P<fence>/{3,})(?:[ \t]+(?P<name>[\w-]+)(?:[ \t]*\|[ \t]*(?P<title>[^\n]*))?)?[ \t]*$")
_MKDOCSTRINGS_RE = re.compile(r":::[ \t]+[\w.:-]+[ \t]*$")
_MD_IN_HTML_RE = re.compile(r"<([A-Za-z][\w-]*)\b([^<>]*\bmarkdown(?:=[\"']?\w+[\"']?)?[^<>]*)>[ \t]*$")
_MD_IN_HTML_INLINE_RE = re.compile(r"<([A-Za-z][\w-]*)\b([^<>]*\bmarkdown(?:=[\"']?\w+[\"']?)?[^<>]*)>([^<>\n]*(?:<(?!/\1>)[^<>\n]*>[^<>\n]*)*)</\1>[ \t]*$")
_HTML_ID_RE = re.compile(r"""\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_SUMMARY_RE = re.compile(r"<summary\b[^>]*>(.*?)</summary>[ \t]*$")

TRIGGERS = re.compile(r"^[ \t]*(?:!!!|///|\?\?\?|===|-+8<-|\*\[|:::|<\w[^>]*markdown)|\{:?[ \t]*[#.\w]", re.M)


def rewrite(lines: list, facts: Facts) -> list:
    out = list(lines)
    starts = line_starts(lines)
    fences = Fences()
    stack: list = []  # open containers: (content indent, Container)
    html_stack: list = []  # open md_in_html tags
    skip_indented = False  # inside the option block under a mkdocstrings ":::"
    first = _after_front_matter(lines)
    last_text = 0
    fence_depth = 0
    blocks_open: list = []
    snippet_block = False
    for i in range(first, len(lines)):
        line = lines[i]
        stripped = line.lstrip(" \t")
        if not stripped.strip():
            continue
        indent = len(line) - len(stripped)  # where the text starts (a string index)
        # ... and its column: Python-Markdown expands a tab to the next multiple of four columns.
        col = len(line[:indent].expandtabs(4)) if "\t" in line[:indent] else indent
        while stack and col < stack[-1][0]:
            stack.pop()[1].end_line = last_text
            if fences.open and len(stack) < fence_depth:
                fences = Fences()  # the body ended, and the code block with it
        if skip_indented:
            if col >= 4:
                out[i] = blank(line)
                facts.code_lines.add(i + 1)
                continue
            skip_indented = False
        last_text = i + 1
        was_open = fences.open
        if fences.step(stripped):
            if not was_open:
                fence_depth = len(stack)
            if stack:  # code in a body: blanked (a blank line in it would end the quote)
                out[i] = blank(line)
                facts.code_lines.add(i + 1)
            continue
        if stack:
            out[i] = _quote_prefix(line, stack)
        body = out[i]
        m = _ADMONITION_RE.match(stripped) or _TAB_RE.match(stripped)
        if m is not None:
            kind = "tab" if stripped.startswith("===") else (
                "details" if stripped.startswith("???") else "admonition")
            title = m.group("title") or ""
            container = Container(kind, i + 1, i + 1, quoted=True, title=title)
            facts.containers.append(container)
            out[i] = blank(body, indent)
            if title.strip():
                at = line.index('"', indent) + 1
                out[i] = facts.add_title(body, indent, at, len(title), kind, starts[i])
            stack.append((col + 4, container))
            continue
        if stripped.startswith("///"):
            bm = _BLOCKS_RE.match(stripped)
            if bm is not None:  # pymdownx.blocks: "/// note | Title" ... "///"; the body is not indented
                title = (bm.group("title") or "").rstrip()
                out[i] = blank(body, indent)
                if bm.group("name"):
                    if title.strip():
                        at = line.index(title, indent + 3)
                        out[i] = facts.add_title(body, indent, at, len(title), "admonition", starts[i])
                    container = Container("admonition", i + 1, len(lines), title=title)
                    facts.containers.append(container)
                    blocks_open.append((bm.group("fence"), container))
                    skip_indented = True  # its options: indented YAML just below
                elif blocks_open and blocks_open[-1][0] == bm.group("fence"):
                    blocks_open.pop()[1].end_line = i + 1
                continue
        if indent == 0 and _MKDOCSTRINGS_RE.match(stripped):
            out[i] = blank(line)
            facts.code_lines.add(i + 1)
            facts.opaque_anchors = True
            skip_indented = True
            continue
        if snippet_block:  # between two "--8<--" lines: one file name a line
            if _SNIPPET_RE.match(stripped) and not _SNIPPET_RE.match(stripped).group(3):
                snippet_block = False
            elif not stripped.startswith(";"):
                _include(facts, stripped.strip(), starts[i] + indent)
            out[i] = blank(body, indent)
            continue
        if "8<" in stripped and not stripped.startswith(";"):
            sm = _SNIPPET_RE.match(stripped)
            if sm is not None:
                if sm.group(3):
                    name_at = line.index(sm.group(3), indent)
                    _include(facts, sm.group(3), starts[i] + name_at)
                else:
                    snippet_block = True
                out[i] = blank(body, indent)
                continue
        if stripped.startswith("*["):
            am = _ABBR_RE.match(stripped)
            if am is not None:
                facts.abbreviations[am.group(1)] = am.group(2).strip()
                out[i] = blank(body, indent)
                continue
        if stripped.startswith("<"):
            im = _MD_IN_HTML_INLINE_RE.match(stripped)
            if im is not None and im.group(3).strip():  # <figcaption markdown>Text [link]</figcaption>
                _html_ids(facts, im.group(2), starts[i] + indent)
                out[i] = facts.add_title(body, indent, indent + im.start(3), len(im.group(3)), "html", starts[i])
                continue
            hm = _MD_IN_HTML_RE.match(stripped)
            if hm is not None:
                _html_ids(facts, hm.group(2), starts[i] + indent)
                html_stack.append(hm.group(1).lower())
                out[i] = blank(body, indent)
                continue
            if html_stack and stripped.rstrip() == f"</{html_stack[-1]}>":
                html_stack.pop()
                out[i] = blank(body, indent)
                continue
            sm2 = _SUMMARY_RE.match(stripped) if html_stack else None
            if sm2 is not None:
                title = sm2.group(1)
                out[i] = blank(body, indent)
                if title.strip():
                    at = line.index(title, indent)
                    out[i] = facts.add_title(body, indent, at, len(title), "details", starts[i])
                continue
        if "{" in stripped:
            out[i] = _attr_lists(body, facts, starts[i])
    while stack:
        stack.pop()[1].end_line = last_text
    for name in facts.site.auto_append:
        _include(facts, name, -1)
    return out


def _after_front_matter(lines: list) -> int:
    if lines and lines[0].rstrip() == "---":
        for j in range(1, min(len(lines), 2000)):
            if lines[j].rstrip() in ("---", "..."):
                return j + 1
    return 0


def _quote_prefix(line: str, stack: list) -> str:
    """Put ``>   `` over the four columns of indentation each open container owns (a tab that
    fills those four columns becomes ``>``)."""
    chars = list(line)
    if "\t" in line[: len(line) - len(line.lstrip(" \t"))]:
        at_column = {}  # column -> index of the character that starts there
        col = 0
        for index, ch in enumerate(line):
            if ch not in " \t":
                break
            at_column[col] = index
            col = (col // 4 + 1) * 4 if ch == "\t" else col + 1
        for content_indent, _ in stack:
            index = at_column.get(content_indent - 4)
            if index is not None:
                chars[index] = ">"
        return "".join(chars)
    for content_indent, _ in stack:
        start = content_indent - 4
        if start >= 0 and content_indent <= len(chars):
            chars[start] = ">"
    return "".join(chars)


def _attr_lists(line: str, facts: Facts, base: int) -> str:
    for m in _ATTR_RE.finditer(line):
        if in_code_span(line, m.start()):
            continue
        for idm in _ID_RE.finditer(" " + m.group(1)):
            facts.anchors.append((re.sub(r"\\(.)", r"\1", idm.group(1)), base + m.start()))
        line = blank(line, m.start(), m.end())
    return line


def _html_ids(facts: Facts, attrs: str, offset: int) -> None:
    for m in _HTML_ID_RE.finditer(attrs):
        value = next(v for v in m.groups() if v is not None)
        facts.anchors.append((value, offset))


def _include(facts: Facts, written: str, offset: int) -> None:
    name = written.strip()
    if "://" in name:
        return  # a remote snippet: not looked up (prosecheck never fetches)
    plain = _SNIPPET_SUFFIX_RE.sub("", name) if ":" in name else name
    looked = []
    for base in facts.site.snippet_paths or (".",):
        if os.path.isfile(base):  # a base path may name a file, which then serves its own name
            if os.path.basename(base) == plain:
                looked.append(base)
        else:
            looked.append(os.path.normpath(os.path.join(base, plain)))
    looked = tuple(looked)
    found = next((p for p in looked if os.path.isfile(p)), None)
    facts.includes.append(Include(written, offset, found, looked))
