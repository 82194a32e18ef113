"""``--fix`` and ``--diff``: the fixes of a run's diagnostics, applied to files or shown as a diff.

A file is rewritten whole or not at all (a temporary file in its folder, then a rename), with its
permissions, encoding, byte-order mark and line endings kept: only the characters a fix replaces
change. A symbolic link is followed, so the file it points to is rewritten and the link stays.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Iterable, Optional

from prosecheck import atomicfile
from prosecheck.fixes import chosen, fix_bytes


@dataclass
class FixOutcome:
    #: display path -> (old bytes, new bytes) of every file a fix changes.
    changed: dict = field(default_factory=dict)
    applied: int = 0
    #: display path -> why it could not be written.
    errors: dict = field(default_factory=dict)


def plan(diagnostics: Iterable, items: list, unsafe: bool, stdin_bytes: Optional[bytes] = None) -> FixOutcome:
    """What fixing would change, file by file; nothing is written."""
    by_path: dict = {}
    for d in chosen(diagnostics, unsafe):
        by_path.setdefault(d.path, []).append(d.fix)
    outcome = FixOutcome()
    for item in items:
        fixes = by_path.get(item.display)
        if not fixes:
            continue
        if item.real is None:
            data = stdin_bytes
        else:
            try:
                with open(item.real, "rb") as f:
                    data = f.read()
            except OSError as exc:
                outcome.errors[item.display] = exc.strerror or str(exc)
                continue
        if data is None:
            continue
        new, applied = fix_bytes(data, fixes)
        if applied and new != data:
            outcome.changed[item.display] = (data, new)
            outcome.applied += applied
    return outcome


def write(outcome: FixOutcome, items: list) -> None:
    """Rewrite each changed file in place, atomically; failures go to ``outcome.errors``."""
    real = {it.display: it.real for it in items}
    for display, (_, new) in list(outcome.changed.items()):
        path = real.get(display)
        if path is None:
            continue
        problem = replace_file(os.path.realpath(path), new)
        if problem:
            outcome.errors[display] = problem
            del outcome.changed[display]


def already_written(outcome: FixOutcome, items: list) -> list:
    """The files of ``outcome`` that hold their fixed bytes now (after an interrupted ``write``:
    each file is the old one or the new one, never a mix; the disk says which)."""
    real = {it.display: it.real for it in items}
    found = []
    for display, (_, new) in outcome.changed.items():
        path = real.get(display)
        if path is None:
            continue
        try:
            with open(os.path.realpath(path), "rb") as f:
                if f.read() == new:
                    found.append(display)
        except OSError:
            pass
    return found


def replace_file(path: str, data: bytes) -> Optional[str]:
    """Write ``data`` over ``path`` whole or not at all, keeping its permission bits."""
    try:
        mode = os.stat(path).st_mode & 0o7777
    except OSError as exc:
        return exc.strerror or str(exc)
    return atomicfile.replace_file(path, data, mode)


def unified_diff(outcome: FixOutcome) -> str:
    """A unified diff of every change, lines compared as text (``\\r`` kept, so CRLF shows)."""
    import difflib

    out = []
    for display, (old, new) in sorted(outcome.changed.items()):
        a = _lines(old)
        b = _lines(new)
        for line in difflib.unified_diff(a, b, f"a/{display}", f"b/{display}"):
            out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def _lines(data: bytes) -> list:
    from prosecheck.fixes import Source

    source = Source.from_bytes(data)
    text = source.text if source is not None else data.decode("utf-8", "replace")
    return text.splitlines(keepends=True)
