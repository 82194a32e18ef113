"""MyST (Sphinx): directives whose content is prose, targets ``(label)=``, roles, comments.

A prose directive's fence lines (```` ```{note} ````, ``:::{tip}``) and its ``:option:`` lines are
blanked, so its content parses as ordinary paragraphs in place; its argument, when it has one, is
its title. Directives whose content is not prose (``code-block``, ``math``, ``toctree``...) stay
code: a backtick fence already is, and a colon fence is blanked and recorded as code.
"""

from __future__ import annotations

import os
import re

from prosecheck.dialects.facts import Container, Facts, Include
from prosecheck.dialects.text import Fences, blank, in_code_span, line_starts

_DIRECTIVE_RE = re.compile(r"(`{3,}|~{3,}|:{3,})\{([\w:.-]+)\}[ \t]*([^\n]*)$")
_OPTION_RE = re.compile(r":[\w-]+:")
_TARGET_RE = re.compile(r"\(([^()\s][^()]*)\)=[ \t]*$")
_ROLE_RE = re.compile(r"\{[\w:.+-]+\}(?=`)")
# {doc}`name` or {doc}`text <name>`: the name is a document, relative to the page unless it starts with /.
_DOC_ROLE_RE = re.compile(r"\{(?:std:)?doc\}`(?:[^`<]*<([^`<>]+)>|([^`<>]+))`")
_HEADING_ATTR_LINE_RE = re.compile(r"\{[ \t]*(?:[#.][\w:.-]+[ \t]*)+\}[ \t]*$")
#: Directives whose content is prose the writer wrote.
PROSE = frozenset({
    "note", "tip", "hint", "important", "warning", "caution", "attention", "danger", "error",
    "seealso", "admonition", "todo", "versionadded", "versionchanged", "deprecated", "topic",
    "sidebar", "margin", "dropdown", "tab-item", "tab-set", "card", "grid", "grid-item",
    "grid-item-card", "div", "epigraph", "pull-quote", "highlights", "container", "only",
    "rubric", "figure", "table", "glossary", "tab", "tabs", "versionremoved", "centered",
})
#: Prose directives whose argument is not a title (a path, a condition).
_NO_TITLE = frozenset({"figure", "only", "tab-set", "grid", "table", "div", "container"})

TRIGGERS = re.compile(r"^[ \t]*(?:`{3,}\{|~{3,}\{|:{3,}\{|\(|%|\+\+\+)|\{[\w:.+-]+\}`|\{[ \t]*#", re.M)


def rewrite(lines: list, facts: Facts, folder: str) -> list:
    out = list(lines)
    starts = line_starts(lines)
    fences = Fences()
    stack: list = []  # open prose directives: (fence text, Container)
    code_fence = ""  # an open colon-fenced directive that is not prose
    options = False  # just after a directive's opening line: its :option: lines
    for i, line in enumerate(lines):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if code_fence:
            out[i] = blank(line)
            facts.code_lines.add(i + 1)
            if stripped.rstrip() and stripped.rstrip().strip(code_fence[0]) == "" and len(stripped.rstrip()) >= len(code_fence):
                code_fence = ""
            continue
        if fences.open:
            fences.step(stripped)
            continue
        if options:
            if _OPTION_RE.match(stripped):
                out[i] = blank(line)
                continue
            options = False
        if stack and stripped.rstrip() == stack[-1][0]:
            stack.pop()[1].end_line = i + 1
            out[i] = blank(line)
            continue
        m = _DIRECTIVE_RE.match(stripped)
        if m is not None:
            fence, name, argument = m.group(1), m.group(2).lower(), m.group(3).rstrip()
            name = name.rsplit(":", 1)[-1]
            if name == "include" or name == "literalinclude":
                target = os.path.normpath(os.path.join(folder, argument)) if argument else None
                if name == "include" and argument:
                    facts.includes.append(Include(argument, starts[i] + line.index(argument, indent),
                                                  target if os.path.isfile(target) else None, (target,)))
            if name in PROSE:
                container = Container("directive", i + 1, len(lines), title=argument)
                facts.containers.append(container)
                out[i] = blank(line)
                if argument and name not in _NO_TITLE:
                    at = line.index(argument, indent + len(m.group(1)))
                    out[i] = facts.add_title(line, indent, at, len(argument), "directive", starts[i])
                stack.append((fence, container))
                options = True
                continue
            if fence[0] == ":":
                code_fence = fence
                out[i] = blank(line)
                facts.code_lines.add(i + 1)
                continue
        if fences.step(stripped):
            continue
        if not stripped:
            continue
        if stripped[0] == "(" and _TARGET_RE.match(stripped):
            facts.anchors.append((_TARGET_RE.match(stripped).group(1), starts[i] + indent))
            out[i] = blank(line)
            continue
        if stripped[0] == "%" or stripped.rstrip() == "+++" or stripped.startswith("+++ "):
            out[i] = blank(line)
            continue
        if stripped[0] == "{" and _HEADING_ATTR_LINE_RE.match(stripped):
            for ident in re.findall(r"#([\w:.-]+)", stripped):
                facts.anchors.append((ident, starts[i] + indent))
            out[i] = blank(line)
            continue
        if "}`" in stripped:
            if "doc}`" in stripped:
                for dm in _DOC_ROLE_RE.finditer(line):
                    if not in_code_span(line, dm.start()):
                        group = 1 if dm.group(1) is not None else 2
                        facts.doc_roles.append((dm.group(group).strip(), starts[i] + dm.start(group)))
            out[i] = _ROLE_RE.sub(lambda r: r.group() if in_code_span(line, r.start()) else " " * len(r.group()), out[i])
    for _, container in stack:
        container.end_line = len(lines)
    return out
