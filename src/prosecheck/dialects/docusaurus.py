"""Docusaurus (MDX): ``:::note Title`` admonitions, ``import``/``export`` lines and JSX tags.

Admonition fence lines are blanked, so the content parses as paragraphs in place, and the title
kept as a heading-like block. ``import``/``export`` statements and lines that hold only a JSX tag
(``<Tabs>``, ``<TabItem value="a" label="A">``, ``</Tabs>``) or an MDX comment are blanked: they
are code, not prose, and the Markdown between JSX tags stays checked. ``{#custom-id}`` after a
heading is read by the Document itself.
"""

from __future__ import annotations

import re

from prosecheck.dialects.facts import Container, Facts
from prosecheck.dialects.text import Fences, blank, line_starts

# No lazy ".*?" before an optional tail: on a long hostile line that retries at every character.
_OPEN_RE = re.compile(r"(:{3,})([A-Za-z][\w-]*)(?:\[(?P<bracket>[^\]\n]*)\])?(?:[ \t]+(?P<title>[^\n]*))?$")
_TRAILING_ATTR_RE = re.compile(r"[ \t]*\{[^{}]*\}[ \t]*$")
_CLOSE_RE = re.compile(r":{3,}[ \t]*$")
_IMPORT_RE = re.compile(r"(?:import|export)[ \t{*]")
_JSX_LINE_RE = re.compile(r"</?[A-Z][\w.]*(?:[ \t][^<>]*)?/?>[ \t]*$|<>|</>")
_MDX_COMMENT_RE = re.compile(r"\{/\*.*\*/\}[ \t]*$")
_JSX_ATTR_RE = re.compile(r"^<[A-Za-z][\w.]*[ \t][^<>]*?\w=\{")
_INLINE_COMMENT_RE = re.compile(r"\{/\*.*?\*/\}")
_ID_RE = re.compile(r"""\bid\s*=\s*["']([^"']+)["']""")

TRIGGERS = re.compile(r"^[ \t]*(?::::|import[ \t{*]|export[ \t]|</?[A-Z]|<>|</>)|\{/\*|^<[a-z][^>\n]*=\{", re.M)


def rewrite(lines: list, facts: Facts) -> list:
    out = list(lines)
    starts = line_starts(lines)
    fences = Fences()
    stack: list = []
    statement = False  # inside a multi-line import/export
    for i, line in enumerate(lines):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if statement:
            out[i] = blank(line)
            facts.code_lines.add(i + 1)
            statement = bool(stripped.strip()) and not stripped.rstrip().endswith(";")
            continue
        if fences.step(stripped):
            continue
        if not stripped.strip():
            continue
        if stripped.startswith(":::"):
            if stack and _CLOSE_RE.match(stripped):
                stack.pop().end_line = i + 1
                out[i] = blank(line)
                continue
            m = _OPEN_RE.match(stripped)
            if m is not None:
                container = Container("admonition", i + 1, len(lines))
                title = m.group("bracket") or m.group("title") or ""
                if not m.group("bracket") and title:
                    title = title.rstrip()
                    cut = title.rfind("{")
                    if cut >= 0 and _TRAILING_ATTR_RE.fullmatch(title, cut):  # ":::note Title {#id}"
                        title = title[:cut].rstrip()
                out[i] = blank(line)
                if title.strip():
                    name = "bracket" if m.group("bracket") else "title"
                    out[i] = facts.add_title(line, indent, indent + m.start(name), len(title), "admonition", starts[i])
                container.title = title
                facts.containers.append(container)
                stack.append(container)
                continue
        if indent == 0 and _IMPORT_RE.match(stripped):
            out[i] = blank(line)
            facts.code_lines.add(i + 1)
            s = stripped.rstrip()
            # A statement spans lines until it closes: "import {\n  A,\n} from 'x';"
            statement = not (s.endswith(";") or re.search(r"""from[ \t]+['"][^'"]+['"]$""", s)
                             or s.endswith("'") or s.endswith('"'))
            continue
        if stripped[0] == "<" and _JSX_ATTR_RE.search(stripped):  # <button onClick={...}>: JSX code
            out[i] = blank(line)
            facts.code_lines.add(i + 1)
            continue
        if "{/*" in stripped:  # MDX comments, wherever they are
            out[i] = _INLINE_COMMENT_RE.sub(lambda m: " " * len(m.group()), out[i])
        if stripped[0] in "<{" and (_JSX_LINE_RE.match(stripped) or _MDX_COMMENT_RE.match(stripped)):
            for m in _ID_RE.finditer(stripped):
                facts.anchors.append((m.group(1), starts[i] + indent))
            out[i] = blank(line)
            continue
    return out
