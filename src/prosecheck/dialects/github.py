"""GitHub alerts: ``> [!NOTE]`` opens a block quote that is the writer's own note."""

from __future__ import annotations

import re

from prosecheck.dialects.facts import Container, Facts
from prosecheck.dialects.text import Fences, blank

_ALERT_RE = re.compile(r"((?:[ \t]*>)+[ \t]*)\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*$", re.I)
#: Whether a text may hold an alert at all: most "[!" are badges ("[![build](...)](...)"), and a
#: text without an alert's marker is left as it is without a walk over its lines.
TRIGGER = re.compile(r"\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]", re.I)


def rewrite(lines: list, facts: Facts) -> list:
    out = list(lines)
    fences = Fences()
    open_alert = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(" ")
        if open_alert is not None:
            if stripped.strip():
                open_alert.end_line = i + 1
            else:
                open_alert = None  # a blank line ends the block quote
        if fences.step(stripped):
            continue
        if "[!" in line:
            m = _ALERT_RE.match(line)
            if m is not None:
                out[i] = blank(line, m.end(1))
                open_alert = Container("alert", i + 1, i + 1, quoted=True, title=m.group(2).upper())
                facts.containers.append(open_alert)
    return out
