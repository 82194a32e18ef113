"""Which paths git ignores: ``.gitignore`` files at every level and ``.git/info/exclude``.

Used when walking folders, so a bare ``prosecheck`` skips ``build/``, virtualenvs and whatever else
the repository tells git to ignore. The rules are git's, through pathspec's ``GitIgnoreSpec``:
a pattern is relative to the folder of the ``.gitignore`` that holds it; a deeper file overrides a
shallower one, and any ``.gitignore`` overrides ``.git/info/exclude``; within one file the last
matching pattern wins, so ``!keep.md`` re-includes. An ignored folder is never entered, so (as in
git) nothing below it can be re-included. In a linked work tree or a submodule (``.git`` is a
file), ``info/exclude`` is read from the repository's common git directory. The user's global excludes file (``core.excludesFile``)
is not read: what a run checks should not depend on who runs it.

The repository is untrusted: only regular files are read, at most ``MAX_BYTES`` of each, and bytes
that are not UTF-8 are replaced rather than stopping the run.
"""

from __future__ import annotations

import os
from typing import Optional

MAX_BYTES = 1 << 20  # a .gitignore larger than 1 MB is cut there


def _read_patterns(path: str) -> Optional[list]:
    if not os.path.isfile(path):  # not a FIFO, device or folder: those could block or mislead
        return None
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES)
    except OSError:
        return None
    return data.decode("utf-8", "replace").splitlines()


def _common_git_dir(top: str) -> str:
    """Where ``info/exclude`` lives: ``.git``, or for a linked work tree or a submodule (where
    ``.git`` is a file saying ``gitdir: ...``) that directory's common directory."""
    dot_git = os.path.join(top, ".git")
    if not os.path.isfile(dot_git):
        return dot_git
    lines = _read_patterns(dot_git) or [""]
    if not lines[0].startswith("gitdir:"):
        return dot_git
    gitdir = os.path.join(top, lines[0][len("gitdir:"):].strip())
    common = _read_patterns(os.path.join(gitdir, "commondir"))
    return os.path.normpath(os.path.join(gitdir, common[0].strip())) if common else gitdir


class GitIgnore:
    """The ignore rules of the git work tree whose top folder is ``top``."""

    def __init__(self, top: str) -> None:
        import pathspec

        self._pathspec = pathspec
        self.top = os.path.abspath(top)
        self._specs: dict = {}  # folder relative to top ("" for top) -> GitIgnoreSpec or None
        exclude = _read_patterns(os.path.join(_common_git_dir(self.top), "info", "exclude"))
        self._exclude = pathspec.GitIgnoreSpec.from_lines(exclude) if exclude else None

    def _spec(self, folder: str):
        if folder not in self._specs:
            lines = _read_patterns(os.path.join(self.top, folder, ".gitignore"))
            self._specs[folder] = self._pathspec.GitIgnoreSpec.from_lines(lines) if lines else None
        return self._specs[folder]

    def ignored(self, path: str, is_dir: bool) -> bool:
        """True when git ignores ``path`` (any path; one outside the work tree is never ignored)."""
        try:
            rel = os.path.relpath(os.path.abspath(path), self.top).replace(os.sep, "/")
        except ValueError:  # another drive on Windows
            return False
        if rel == "." or rel == ".." or rel.startswith("../"):
            return False
        parts = rel.split("/")
        suffix = "/" if is_dir else ""
        for depth in range(len(parts) - 1, -1, -1):  # the deepest .gitignore decides first
            spec = self._spec("/".join(parts[:depth]))
            if spec is None:
                continue
            found = spec.check_file("/".join(parts[depth:]) + suffix).include
            if found is not None:
                return found
        if self._exclude is not None:
            return bool(self._exclude.check_file(rel + suffix).include)
        return False
