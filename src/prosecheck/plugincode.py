"""A signature of the code of every loaded plugin, for the result cache's key.

A plugin's version says little while its author edits it (an editable install keeps "0.1.0"
through every change), so the cache key also covers the plugin's files: the size and modification
time of every file of the package each plugin and each check class comes from (its modules and its
data). Editing any of them makes every cached result stale. Stat, not hash: a hundred files cost
about a millisecond.
"""

from __future__ import annotations

import os
import sys
import types
from typing import Iterable

MAX_FILES = 5000  # per package: a plugin living inside something huge is not walked forever


def _top_package(module_name: str):
    return sys.modules.get((module_name or "").split(".")[0])


def _package_files(module) -> Iterable[str]:
    paths = list(getattr(module, "__path__", None) or ())
    if not paths:
        file = getattr(module, "__file__", None)
        return [file] if file else []
    found = []
    for top in paths:
        for folder, dirs, files in os.walk(top):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
            found += [os.path.join(folder, f) for f in sorted(files) if not f.endswith((".pyc", ".pyo"))]
            if len(found) > MAX_FILES:
                return found[:MAX_FILES]
    return found


def code_signature(reg) -> dict:
    """``{package name: ((file, size, mtime_ns), ...)}`` for every package a loaded plugin or check is in."""
    names = set()
    for _, plugin in reg.pm.list_name_plugin():
        names.add(plugin.__name__ if isinstance(plugin, types.ModuleType) else type(plugin).__module__)
    names.update(type(check).__module__ for check in reg.checks)
    out = {}
    for name in sorted(names):
        package = _top_package(name)
        if package is None or package.__name__ in out:
            continue
        signature = []
        for path in _package_files(package):
            try:
                st = os.stat(path)
            except OSError:
                continue
            signature.append((path, st.st_size, st.st_mtime_ns))
        out[package.__name__] = tuple(signature)
    return out
