"""A baseline: today's findings, recorded so that a run reports only new ones.

Adopting a linter in a repository that already holds thousands of findings: record them once
(``--write-baseline FILE``), commit the file, and run with ``--baseline FILE`` (or ``baseline =
"FILE"`` in configuration) from then on. A finding is recognised by its fingerprint, never by its
line number, so lines inserted or removed elsewhere in the file do not turn old findings into new
ones:

- the file, relative to the project root with ``/``;
- the code;
- the text the finding flags, whitespace collapsed (the characters from its column to its end
  column; for a finding without an end, the rest of its line);
- its occurrence: the how-manyth finding of that code on that text in that file (0, 1, ...), so
  a second, new copy of an old finding is still reported.

The file is JSON, sorted and indented, one finding per object, so that it diffs well in review.
Writing it again records only what is found now, which drops the findings fixed since. Failures of
prosecheck itself (PC002-PC006) are never recorded and never hidden.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Optional

from prosecheck.atomicfile import replace_file
from prosecheck.diagnostics import Diagnostic
from prosecheck.runner import FAILURE_CODES

FORMAT = 1
MAX_TEXT = 200  # characters of flagged text kept in a fingerprint

_SPACES = re.compile(r"\s+")

#: A function from a diagnostic's path to its source lines (or None when unreadable).
LinesOf = Callable[[str], Optional[list]]


class BaselineError(Exception):
    """The baseline file cannot be read or is not a baseline; the message says which and why."""


@dataclass(frozen=True, order=True)
class Fingerprint:
    path: str
    code: str
    text: str
    occurrence: int


def flagged_text(d: Diagnostic, lines: Optional[list]) -> str:
    """What the finding points at, whitespace collapsed; "" when the file cannot be read."""
    if not lines or not 1 <= d.line <= len(lines):
        return ""
    start = d.col - 1
    if d.end_line is None or d.end_line < d.line:
        text = lines[d.line - 1][start:]
    elif d.end_line == d.line:
        end = d.end_col - 1 if d.end_col is not None and d.end_col > d.col else None
        text = lines[d.line - 1][start:end]
    else:
        last = min(d.end_line, len(lines))
        parts = [lines[d.line - 1][start:]] + lines[d.line:last - 1]
        end = (d.end_col - 1) if d.end_col is not None else None
        parts.append(lines[last - 1][:end])
        text = " ".join(parts)
    return _SPACES.sub(" ", text).strip()[:MAX_TEXT]


def _project_path(path: str, root: str) -> str:
    if path.startswith("<") or path == "-":
        return path
    try:
        rel = os.path.relpath(os.path.abspath(path), root)
    except ValueError:  # another drive on Windows
        return path.replace(os.sep, "/")
    return rel.replace(os.sep, "/")


def fingerprints(diagnostics: Iterable[Diagnostic], lines_of: LinesOf, root: str) -> list:
    """``(diagnostic, Fingerprint)`` for each diagnostic prosecheck may hide, in the given order.

    Occurrences count in the order of the diagnostics, which the caller sorts by line.
    """
    seen: Counter = Counter()
    out = []
    for d in diagnostics:
        if d.code in FAILURE_CODES:
            continue
        key = (_project_path(d.path, root), d.code, flagged_text(d, lines_of(d.path)))
        out.append((d, Fingerprint(*key, seen[key])))
        seen[key] += 1
    return out


def write(path: str, diagnostics: Iterable[Diagnostic], lines_of: LinesOf, root: str) -> int:
    """Record every finding prosecheck may hide in ``path``; return how many."""
    prints = sorted(fp for _, fp in fingerprints(diagnostics, lines_of, root))
    data = {
        "prosecheck-baseline": FORMAT,
        "findings": [
            {"path": fp.path, "code": fp.code, "text": fp.text, "occurrence": fp.occurrence}
            for fp in prints
        ],
    }
    text = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    # Whole or not at all; an ordinary file (mode from the umask): it is meant to be committed.
    problem = replace_file(path, text.encode("utf-8"))
    if problem:
        raise BaselineError(f"cannot write the baseline {path}: {problem}")
    return len(prints)


def read(path: str) -> frozenset:
    """The fingerprints a baseline file records."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        raise BaselineError(f"the baseline {path} does not exist: create it with "
                            f"'prosecheck --write-baseline {path}'") from None
    except OSError as exc:
        raise BaselineError(f"cannot read the baseline {path}: {exc.strerror or exc}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BaselineError(f"the baseline {path} is not valid JSON ({exc}): write it again with "
                            f"'prosecheck --write-baseline {path}'") from None
    findings = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(data, dict) or data.get("prosecheck-baseline") != FORMAT or not isinstance(findings, list):
        raise BaselineError(f"{path} is not a prosecheck baseline (version {FORMAT}): write it again with "
                            f"'prosecheck --write-baseline {path}'")
    out = set()
    for i, item in enumerate(findings):
        try:
            fp = Fingerprint(str(item["path"]), str(item["code"]), str(item["text"]), int(item["occurrence"]))
        except (KeyError, TypeError, ValueError):
            raise BaselineError(f"the baseline {path} has a broken entry (number {i + 1}: {item!r}): write "
                                f"it again with 'prosecheck --write-baseline {path}'") from None
        out.add(fp)
    return frozenset(out)


def apply(diagnostics: list, known: frozenset, lines_of: LinesOf, root: str,
          checked: Iterable[str] = ()) -> tuple[list, int, int]:
    """``(new diagnostics, how many were hidden, how many baseline entries are fixed)``.

    ``diagnostics`` must be sorted (path, line, column): occurrences count in that order.
    """
    hidden_ids = set()
    matched = set()
    for d, fp in fingerprints(diagnostics, lines_of, root):
        if fp in known:
            hidden_ids.add(id(d))
            matched.add(fp)
    kept = [d for d in diagnostics if id(d) not in hidden_ids]
    # Only entries of the files this run checked (``checked``: their paths) can be known fixed.
    looked_at = {_project_path(p, root) for p in checked}
    fixed = sum(1 for fp in known - matched if fp.path in looked_at)
    return kept, len(hidden_ids), fixed
