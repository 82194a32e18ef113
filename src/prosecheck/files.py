"""Which files a run looks at: paths, folders, globs, and stdin.

Folders are walked recursively for the configured suffixes, skipping hidden folders, ``.git`` and
``node_modules``, whatever ``exclude``/``extend-exclude`` name (gitignore syntax, matched
against the path relative to the project root), and what git ignores (``.gitignore`` files and
``.git/info/exclude``, see gitignore.py; ``respect_gitignore=False`` turns that off). Symbolic links to folders are not followed, so a
link loop cannot trap the walk. Files named explicitly are checked whatever their suffix, unless
excluded.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

DEFAULT_EXCLUDE = (".*/", "node_modules/", "__pycache__/", "site-packages/")
_DEFAULT_EXCLUDED_DIRS = frozenset({"node_modules", "__pycache__", "site-packages"})


def _default_excluded(rel: str, is_dir: bool) -> bool:
    """DEFAULT_EXCLUDE without pathspec (a one-file run should not pay for importing it)."""
    parts = rel.split("/")
    folders = parts if is_dir else parts[:-1]
    return any((p.startswith(".") and p not in (".", "..")) or p in _DEFAULT_EXCLUDED_DIRS for p in folders)


def git_root(start: str) -> Optional[str]:
    """The top of the git work tree holding ``start``, or None."""
    folder = os.path.abspath(start)
    while True:
        if os.path.exists(os.path.join(folder, ".git")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


@dataclass(frozen=True)
class FileItem:
    display: str  # the path as the user named it (or the --stdin-filename)
    real: Optional[str]  # the path to read; None for stdin


@dataclass(frozen=True)
class PathError:
    path: str
    message: str


def relative_path(path: str, root: str) -> str:
    """``path`` relative to ``root`` with ``/``: what exclude and per-file-ignores patterns match."""
    try:
        rel = os.path.relpath(os.path.abspath(path), root)
    except ValueError:  # another drive on Windows
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


def discover(
    paths: Sequence[str],
    *,
    root: str,
    extensions: Sequence[str],
    exclude: Optional[Sequence[str]] = None,
    extend_exclude: Sequence[str] = (),
    respect_gitignore: bool = True,
) -> tuple[list[FileItem], list[PathError]]:
    spec = None
    if exclude is not None or extend_exclude:
        import pathspec

        patterns = list(DEFAULT_EXCLUDE if exclude is None else exclude) + list(extend_exclude)
        spec = pathspec.GitIgnoreSpec.from_lines(patterns)
    suffixes = tuple(e.lower() if e.startswith(".") else "." + e.lower() for e in extensions)
    items: list[FileItem] = []
    errors: list[PathError] = []
    seen: set[str] = set()

    def excluded(path: str, is_dir: bool) -> bool:
        rel = relative_path(path, root)
        if rel.startswith("../"):
            rel = os.path.basename(os.path.abspath(path))
        if rel == ".":
            return False
        if spec is None:
            return _default_excluded(rel, is_dir)
        return spec.match_file(rel + "/" if is_dir else rel)

    gitignores: dict = {}  # work tree top -> GitIgnore
    tops: dict = {}  # folder -> its work tree top, or None

    def walk_excluded(path: str, is_dir: bool) -> bool:
        """Excluded, or ignored by git: for files found by walking a folder or by a glob."""
        if excluded(path, is_dir):
            return True
        if not respect_gitignore:
            return False
        folder = os.path.abspath(path if is_dir else os.path.dirname(path) or ".")
        if folder not in tops:
            tops[folder] = git_root(folder)
        top = tops[folder]
        if top is None:
            return False
        if top not in gitignores:
            from prosecheck.gitignore import GitIgnore

            gitignores[top] = GitIgnore(top)
        return gitignores[top].ignored(path, is_dir)

    def add(display: str) -> None:
        key = os.path.normcase(os.path.abspath(display))
        if key not in seen:
            seen.add(key)
            items.append(FileItem(display, display))

    for given in paths:
        if given == "-":
            items.append(FileItem("-", None))
            continue
        matches: Iterable[str] = [given]
        if not os.path.exists(given) and glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                errors.append(PathError(given, "no file matches this pattern"))
                continue
        named = matches == [given]  # a file named explicitly is checked even if git ignores it
        for path in matches:
            if os.path.isdir(path):
                _walk(path, suffixes, walk_excluded, add)
            elif os.path.exists(path):
                if not (excluded(path, False) if named else walk_excluded(path, False)):
                    add(path)
            elif os.path.islink(path):
                errors.append(PathError(path, "this is a broken symbolic link"))
            else:
                errors.append(PathError(path, "no such file or folder"))
    return items, errors


def _walk(top: str, suffixes: tuple, excluded, add) -> None:
    found: list[str] = []
    # "prosecheck ." reports "docs/a.md", not "./docs/a.md"; any other folder keeps its spelling.
    strip = len(top) + 1 if top in (".", "./") else 0
    for folder, dirs, files in os.walk(top, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not excluded(os.path.join(folder, d), True))
        for name in files:
            if name.lower().endswith(suffixes):
                path = os.path.join(folder, name)
                if not excluded(path, False):
                    found.append(path[strip:] if strip else path)
    for path in sorted(found):
        add(path)
