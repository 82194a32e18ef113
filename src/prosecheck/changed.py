"""``--changed-since REF``: the lines added or modified since a git revision, read through git.

In a pull request, reviewers want what the change did, not what the file already held. The
comparison is against the merge base of REF and HEAD (for ``origin/main`` in a branch, the commit
the branch started from, as GitHub's own "Files changed" view does), and covers the work tree, so
uncommitted edits count; files git does not track yet (and does not ignore) count as wholly new.

git is run with the options that keep the repository's own settings from changing the diff or
running anything: no external diff drivers, no textconv filters, fixed ``a/``/``b/`` prefixes,
unquoted paths, no colour.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from typing import Optional, Sequence

_HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_GIT = ("git", "-c", "core.quotePath=false", "-c", "core.fsmonitor=false", "-c", "diff.noprefix=false")


class ChangedError(Exception):
    """git is missing, this is not a repository, or REF is unknown; the message says which."""


@dataclass
class Changes:
    top: str  # the work tree's top folder
    base: str  # the commit compared against
    #: path relative to ``top`` with "/" -> set of line numbers added or modified; None: the whole file.
    lines: dict = field(default_factory=dict)

    def _rel(self, path: str) -> Optional[str]:
        try:
            # The folder resolved (git's top is), the file itself not: a symbolic link is its own entry.
            full = os.path.join(os.path.realpath(os.path.dirname(os.path.abspath(path))), os.path.basename(path))
            rel = os.path.relpath(full, self.top).replace(os.sep, "/")
        except ValueError:
            return None
        return None if rel.startswith("../") else rel

    def file_changed(self, path: str) -> bool:
        return self._rel(path) in self.lines

    def line_changed(self, path: str, line: int, end_line: Optional[int] = None) -> bool:
        rel = self._rel(path)
        if rel not in self.lines:
            return False
        changed = self.lines[rel]
        if changed is None:
            return True
        last = end_line if end_line is not None and end_line >= line else line
        return any(n in changed for n in range(line, last + 1))


def _git(args: Sequence[str], cwd: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run([*_GIT, *args], cwd=cwd, capture_output=True, timeout=300)
    except FileNotFoundError:
        raise ChangedError("--changed-since needs git, and no 'git' program was found: install git "
                           "or run without --changed-since") from None
    except subprocess.TimeoutExpired:
        raise ChangedError("git took more than 300 s to compare the revisions") from None


def _message(proc: subprocess.CompletedProcess) -> str:
    lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    fatal = [ln for ln in lines if ln.startswith(("fatal:", "error:"))]
    return (fatal or lines or [f"exit code {proc.returncode}"])[0]


def _unquote(name: bytes) -> bytes:
    """git writes a name holding '"', a backslash or a control character C-quoted: undo that."""
    if len(name) >= 2 and name.startswith(b'"') and name.endswith(b'"'):
        return name[1:-1].decode("unicode_escape").encode("latin-1")
    return name


def parse_diff(diff: bytes) -> dict:
    """``{path: {line numbers}}`` of the lines a ``git diff -U0`` adds or modifies."""
    out: dict = {}
    current: Optional[set] = None
    header = False  # between "diff --git" and the first hunk: an added line "++ x" reads "+++ x"
    for raw in diff.split(b"\n"):
        if raw.startswith(b"diff --git "):
            header, current = True, None
        elif header and raw.startswith(b"+++ "):
            name = _unquote(raw[4:])
            if name == b"/dev/null":  # a deleted file: no lines in the new version
                current = None
                continue
            if name.startswith(b"b/"):
                name = name[2:]
            current = out.setdefault(name.decode("utf-8", "surrogateescape"), set())
        elif raw.startswith(b"@@") and (header or current is not None):
            header = False
            m = _HUNK.match(raw)
            if current is None:
                continue
            if m:
                start = int(m.group(1))
                count = int(m.group(2)) if m.group(2) is not None else 1
                current.update(range(start, start + count))  # count 0: only deletions here
    return out


def changes_since(ref: str, cwd: str) -> Changes:
    """What changed between the merge base of ``ref`` and HEAD, and the work tree."""
    if ref.startswith("-"):
        raise ChangedError(f"--changed-since expects a git revision, not {ref!r}")
    proc = _git(["rev-parse", "--show-toplevel"], cwd)
    if proc.returncode != 0:
        said = _message(proc)
        if "not a git repository" in said:
            raise ChangedError(f"--changed-since needs a git repository, and {os.path.abspath(cwd)} is not in one")
        # "detected dubious ownership" (a checkout owned by another user, common in containers) and the like
        raise ChangedError(f"--changed-since: git cannot read the repository at {os.path.abspath(cwd)}: {said}")
    top = os.path.realpath(proc.stdout.decode("utf-8", "surrogateescape").strip())
    proc = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"], top)
    if proc.returncode != 0:
        raise ChangedError(f"--changed-since {ref}: git knows no revision of that name (in CI, fetch it "
                           f"first, e.g. 'git fetch origin main', or check out with fetch-depth: 0)")
    target = proc.stdout.decode().strip()
    proc = _git(["merge-base", target, "HEAD"], top)
    # No common ancestor (unrelated histories, or a shallow clone): compare against REF itself.
    base = proc.stdout.decode().strip() if proc.returncode == 0 and proc.stdout.strip() else target
    proc = _git(["diff", "-U0", "--no-color", "--no-ext-diff", "--no-textconv", "-M",
                 "--src-prefix=a/", "--dst-prefix=b/", base, "--"], top)
    if proc.returncode != 0:
        raise ChangedError(f"git could not compare the work tree with {ref}: {_message(proc)}")
    lines: dict = parse_diff(proc.stdout)
    proc = _git(["ls-files", "-z", "--others", "--exclude-standard"], top)
    if proc.returncode == 0:
        for name in proc.stdout.split(b"\0"):
            if name:
                lines[name.decode("utf-8", "surrogateescape")] = None  # untracked: every line is new
    return Changes(top, base, lines)
