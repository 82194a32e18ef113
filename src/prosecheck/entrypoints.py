"""Entry points and versions, read straight from the installed packages' metadata.

``importlib.metadata`` takes about 45 ms to import (it brings in email, zipfile, csv and more):
a fifth of a one-file pre-commit run. What prosecheck needs from it is small and simple: each
``<name>-<version>.dist-info`` (or ``.egg-info``) folder on ``sys.path``, and the INI-style
``entry_points.txt`` inside. As ``importlib.metadata`` does, the first distribution of a name on
``sys.path`` wins. A test holds the result equal to ``importlib.metadata.entry_points``.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from dataclasses import dataclass
from typing import Any, Iterator, Optional

_NORMALIZE = re.compile(r"[-_.]+")


def _normalize(name: str) -> str:
    return _NORMALIZE.sub("-", name).lower()


@dataclass(frozen=True)
class EntryPoint:
    name: str
    value: str  # "package.module" or "package.module:attribute"
    group: str
    dist_name: str
    version: str

    def load(self) -> Any:
        module, _, attr = self.value.partition(":")
        obj = importlib.import_module(module.strip())
        for part in filter(None, attr.strip().split(".")):
            obj = getattr(obj, part)
        return obj


def _distributions() -> Iterator[tuple[str, str, str]]:
    """``(metadata folder, name, version)`` of each distribution on ``sys.path``, first wins."""
    seen: set = set()
    for entry in sys.path:
        folder = entry or "."
        try:
            names = sorted(os.listdir(folder))
        except (OSError, TypeError):
            continue
        for fn in names:
            if not fn.endswith((".dist-info", ".egg-info")):
                continue
            stem = fn.rsplit(".", 1)[0]
            name, _, version = stem.partition("-")
            key = _normalize(name)
            if key in seen:
                continue
            path = os.path.join(folder, fn)
            if not version:
                version = _version_from_pkg_info(path)
            seen.add(key)
            yield path, name, version or "unknown"


def _version_from_pkg_info(path: str) -> Optional[str]:
    for meta in ("PKG-INFO", "METADATA"):
        try:
            with open(os.path.join(path, meta), encoding="utf-8") as f:
                for line in f:
                    if line.startswith("Version:"):
                        return line.split(":", 1)[1].strip()
                    if not line.strip():
                        break
        except OSError:
            continue
    return None


def entry_points(group: str) -> list[EntryPoint]:
    """Every entry point of ``group`` from every distribution on ``sys.path``."""
    found = []
    for path, dist_name, version in _distributions():
        try:
            with open(os.path.join(path, "entry_points.txt"), encoding="utf-8") as f:
                text = f.read()
        except OSError:
            continue
        section = None
        for raw in text.splitlines():
            line = raw.strip()
            if not line or line.startswith(("#", ";")):
                continue
            if line.startswith("[") and line.endswith("]"):
                section = line[1:-1].strip()
                continue
            if section == group and "=" in line:
                name, _, value = line.partition("=")
                found.append(EntryPoint(name.strip(), value.strip(), group, dist_name, version))
    return found


def version(dist_name: str) -> Optional[str]:
    """The installed version of a distribution, or None."""
    key = _normalize(dist_name)
    for _, name, ver in _distributions():
        if _normalize(name) == key:
            return ver
    return None
