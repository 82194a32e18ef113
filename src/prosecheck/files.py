"""Which files a run looks at: paths, folders, globs, and stdin.

Folders are walked recursively for the configured suffixes, skipping hidden folders, ``.git`` and
``node_modules``, whatever ``exclude``/``extend-exclude`` name (gitignore syntax, matched
against the path relative to the project root), and what git ignores (``.gitignore`` files and
``.git/info/exclude``, see gitignore.py; ``respect_gitignore=False`` turns that off). Symbolic links to folders are not followed, so a
link loop cannot trap the walk. Files named explicitly are checked whatever their suffix, unless
excluded.

The repository is untrusted input (docs/security.md): only regular files are read. A FIFO, device
or socket met in a folder is skipped with a note; named explicitly, it is an error (PC006). A
symbolic link whose target lies outside the project root is not followed (a note says so), so a
committed link to ``/etc/passwd`` or ``/dev/zero`` neither leaks nor hangs. A folder that cannot
be listed (no permission, a path longer than the system allows) is an error, never skipped
silently.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Optional, Sequence

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
    #: False for a note (a path skipped on purpose: printed on stderr, the exit code unchanged).
    fatal: bool = True


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def inside(path: str, root: str) -> bool:
    """Whether ``path`` (already resolved) lies in ``root`` (resolved) or is it."""
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def refusal(path: str, root: str) -> Optional[PathError]:
    """Why ``path`` must not be read (a symlink leading outside ``root``, not a regular file), or None.

    Costs one ``lstat`` for a plain file; a symbolic link is resolved and checked against the root.
    """
    try:
        st = os.lstat(path)
    except OSError:
        return None  # reading reports it
    if stat.S_ISLNK(st.st_mode):
        target = os.path.realpath(path)
        real_root = os.path.realpath(root)
        if not inside(target, real_root):
            return PathError(path, "skipped: a symbolic link to a file outside the project "
                                   f"({_quoted(target)}); prosecheck does not follow those", fatal=False)
        try:
            st = os.stat(path)
        except OSError:
            return None
    if not stat.S_ISREG(st.st_mode):
        return PathError(path, f"this is {_kind(st.st_mode)}: prosecheck reads regular files only")
    return None


def _quoted(text: str) -> str:
    from prosecheck.escaping import quote_path

    return quote_path(text)


def relative_path(path: str, root: str) -> str:
    """``path`` relative to ``root`` with ``/``: what exclude and per-file-ignores patterns match."""
    cwd = _working_folder() if os.sep == "/" and root else None
    if cwd is not None:
        # The usual case, a path under the root, without os.path.relpath (which makes both paths
        # absolute again and compares them part by part): this runs for every file, in the walk
        # and in each worker. Both are absolute and normalised, so the text after the root's
        # "/" is what relpath returns.
        here = os.path.abspath(path)
        top = _absolute_root(root, cwd)
        if here.startswith(top) and here[len(top):len(top) + 1] == "/" and top != "/":
            return here[len(top) + 1:]
        return os.path.relpath(here, top)  # the same as below: both are absolute already
    try:
        rel = os.path.relpath(os.path.abspath(path), root)
    except ValueError:  # another drive on Windows
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


def _working_folder() -> Optional[str]:
    try:
        return os.getcwd()
    except OSError:  # removed while the run goes on: the way below, as before
        return None


@lru_cache(maxsize=8)
def _absolute_root(root: str, cwd: str) -> str:
    return os.path.abspath(root)  # cwd: the key, as a relative root depends on it


def _glob():
    """The glob module, imported for a path that does not exist (glob and fnmatch are about 2 M
    instructions of a start that names an existing file or folder)."""
    import glob

    return glob


def discover(
    paths: Sequence[str],
    *,
    root: str,
    extensions: Sequence[str],
    exclude: Optional[Sequence[str]] = None,
    extend_exclude: Sequence[str] = (),
    respect_gitignore: bool = True,
    also: Optional[Callable[[str], bool]] = None,
) -> tuple[list[FileItem], list[PathError]]:
    """The files to check among ``paths``: files named, and in folders those with one of the
    ``extensions`` (or that ``also`` accepts: a dialect's own pages, such as Docusaurus' .mdx)."""
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
    # Per folder as named (a walk's files come folder by folder): whether the default exclusions
    # exclude its files, and its work tree top. Worked out per file, the paths made absolute and
    # relative again were most of a walk's time (relative_path alone about half), before any
    # worker starts.
    folder_excluded: dict = {}
    named_tops: dict = {}

    def walk_excluded(path: str, is_dir: bool) -> bool:
        """Excluded, or ignored by git: for files found by walking a folder or by a glob."""
        if is_dir or spec is not None:
            if excluded(path, is_dir):
                return True
            named = path if is_dir else os.path.dirname(path) or "."
        else:
            # Without exclude patterns a file is excluded by its folders alone (the default
            # exclusions test a file's folders, never its name), so by its folder's answer.
            named = os.path.dirname(path) or "."
            out = folder_excluded.get(named)
            if out is None:
                out = folder_excluded[named] = excluded(os.path.join(named, "f"), False)
            if out:
                return True
        if not respect_gitignore:
            return False
        top = named_tops.get(named, tops)  # (tops: not worked out yet)
        if top is tops:
            folder = os.path.abspath(named)
            if folder not in tops:
                tops[folder] = git_root(folder)
            top = named_tops[named] = tops[folder]
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
        glob = None if os.path.exists(given) else _glob()
        if glob is not None and glob.has_magic(given):
            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                errors.append(PathError(given, "no file matches this pattern"))
                continue
        named = matches == [given]  # a file named explicitly is checked even if git ignores it
        for path in matches:
            if os.path.isdir(path):  # a link to a folder named explicitly is walked: the user's choice
                _walk(path, suffixes, walk_excluded, add, root, errors, also)
            elif os.path.exists(path):
                if not (excluded(path, False) if named else walk_excluded(path, False)):
                    problem = refusal(path, root)
                    if problem is None:
                        add(path)
                        language = _other_markup(path) if named else None
                        if language is not None:
                            errors.append(PathError(path, f"this is {language}, which prosecheck does not "
                                                          "parse: it is checked as Markdown, so its own markup "
                                                          "may be reported as prose", fatal=False))
                    else:
                        errors.append(problem)
            elif os.path.islink(path):
                errors.append(PathError(path, "this is a broken symbolic link"))
            else:
                errors.append(PathError(path, "no such file or folder"))
    return items, errors


#: Markup languages a documentation site is written in that prosecheck reads as Markdown when a
#: file of theirs is named: Sphinx's reStructuredText roles and directives (":func:`x`", ".. note::")
#: and AsciiDoc's attributes come out as prose, so the writer is told why such findings appear.
_OTHER_MARKUP = {".rst": "reStructuredText", ".rest": "reStructuredText", ".adoc": "AsciiDoc",
                 ".asciidoc": "AsciiDoc", ".org": "Org", ".tex": "LaTeX"}


def _other_markup(path: str) -> Optional[str]:
    return _OTHER_MARKUP.get(os.path.splitext(path)[1].lower())


def _walk(top: str, suffixes: tuple, excluded, add, root: str = ".", errors: Optional[list] = None,
          also: Optional[Callable[[str], bool]] = None) -> None:
    found: list[str] = []
    problems: list[PathError] = []
    # "prosecheck ." reports "docs/a.md", not "./docs/a.md"; any other folder keeps its spelling.
    strip = len(top) + 1 if top in (".", "./") else 0

    def unlistable(exc: OSError) -> None:
        name = exc.filename if isinstance(exc.filename, str) else top
        problems.append(PathError(name[strip:] if strip and name.startswith(top) else name,
                                  f"cannot read this folder: {exc.strerror or exc}; its files were not checked"))

    for folder, dirs, files in os.walk(top, followlinks=False, onerror=unlistable):
        dirs[:] = sorted(d for d in dirs if not excluded(os.path.join(folder, d), True))
        for name in files:
            if name.lower().endswith(suffixes) or (also is not None and also(os.path.join(folder, name))):
                path = os.path.join(folder, name)
                if not excluded(path, False):
                    shown = path[strip:] if strip else path
                    problem = refusal(path, root)
                    if problem is None:
                        found.append(shown)
                    elif problem.fatal:  # a FIFO or device met while walking: a note, not an error
                        problems.append(PathError(shown, "skipped: " + problem.message, fatal=False))
                    else:
                        problems.append(PathError(shown, problem.message, fatal=False))
    for path in sorted(found):
        add(path)
    if errors is not None:
        errors.extend(sorted(problems, key=lambda e: e.path))
