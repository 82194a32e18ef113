"""The settings for one document, found from its folder exactly as the command line finds them.

The closest ``.prosecheck.toml`` or ``pyproject.toml`` with ``[tool.prosecheck]`` is looked up on
every lint (a few ``stat`` calls); what it yields is kept while the file's modification time and
size stay the same, so an edit to the configuration applies on the next lint without a restart.
The client's settings (``select``, ``ignore``) go on top, as the command line's options do.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

from prosecheck.check import Context
from prosecheck.config import ConfigError, FileConfig, find_config, load_config
from prosecheck.files import git_root
from prosecheck.plugins import Registry
from prosecheck.runner import Settings
from prosecheck.selection import Selector


@dataclass(frozen=True)
class ClientSettings:
    """What the editor's settings may change: ``select`` and ``ignore`` lists of codes, and
    ``picky`` (show the language checks' less-sure findings too)."""

    select: Optional[tuple] = None
    ignore: Optional[tuple] = None
    picky: Optional[bool] = None

    @property
    def says_anything(self) -> bool:
        return self.select is not None or self.ignore is not None or self.picky is not None

    @classmethod
    def from_json(cls, value) -> "ClientSettings":
        if not isinstance(value, dict):
            return cls()
        if isinstance(value.get("prosecheck"), dict):  # {"prosecheck": {...}} or the section itself
            value = value["prosecheck"]

        def codes(key):
            v = value.get(key)
            if isinstance(v, str):
                v = [c for c in (p.strip() for p in v.split(",")) if c]
            if isinstance(v, list) and all(isinstance(c, str) for c in v):
                return tuple(v)
            return None

        picky = value.get("picky")
        return cls(codes("select"), codes("ignore"), picky if isinstance(picky, bool) else None)


@dataclass
class Project:
    """Settings for the documents under one configuration (or one folder without any)."""

    root: str
    config_path: Optional[str]
    settings: Optional[Settings]
    #: The configuration's problem in plain words, when it has one (then ``settings`` is None).
    error: Optional[str] = None
    #: Show the language checks' less-sure findings too (prosecheck/picky.py).
    picky: bool = False


def _stamp(path: Optional[str]) -> tuple:
    if path is None:
        return ()
    try:
        st = os.stat(path)
    except OSError:
        return (path,)
    return (path, st.st_mtime_ns, st.st_size)


class Projects:
    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._cache: dict[tuple, Project] = {}

    def for_file(self, path: str, workspace_root: Optional[str], client: ClientSettings) -> Project:
        folder = os.path.dirname(os.path.abspath(path))
        config_path = find_config(folder)
        key = (_stamp(config_path), workspace_root, client)
        found = self._cache.get(key)
        if found is None:
            found = self._build(config_path, folder, workspace_root, client)
            if len(self._cache) > 64:
                self._cache.clear()
            self._cache[key] = found
        return found

    def forget(self) -> None:
        """Drop every cached project (a configuration file changed)."""
        self._cache.clear()

    def _build(self, config_path, folder, workspace_root, client: ClientSettings) -> Project:
        from prosecheck.cli import _check_options  # the command line's own validation

        try:
            cfg = load_config(config_path) if config_path else FileConfig()
            root = cfg.root or workspace_root or git_root(folder) or folder
            options = _check_options(self.registry, cfg)
            selector = Selector(
                select=list(client.select) if client.select is not None else cfg.core.get("select"),
                ignore=list(client.ignore) if client.ignore is not None else cfg.core.get("ignore", []),
                extend_select=cfg.core.get("extend_select", []),
                extend_ignore=cfg.core.get("extend_ignore", []),
                per_file_ignores=cfg.core.get("per_file_ignores", {}),
            )
        except ConfigError as exc:
            return Project(workspace_root or folder, config_path, None, str(exc))
        selected = frozenset(code for code in self.registry.codes if selector.is_selected(code))
        context = Context(root=root, all_options=options, selected=selected)
        timeout = cfg.core.get("timeout", 60.0)
        picky = client.picky if client.picky is not None else bool(cfg.core.get("picky", False))
        return Project(root, config_path, Settings(selector, options, context, root=root, timeout=timeout),
                       picky=picky)
