"""Data files shipped in the package (word lists, ``data/*.tsv``), read by path.

Importing ``importlib.resources`` costs about 5 ms, a twentieth of a one-file pre-commit run. pip
installs a package as files on disk, where the data file sits beside this module; only an install
that Python reads from a zip archive falls back to ``importlib.resources``.
"""

from __future__ import annotations

import os

_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


def read_text(name: str) -> str:
    """The text of ``data/<name>`` (UTF-8)."""
    try:
        with open(os.path.join(_DATA, name), encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        from importlib.resources import files

        return (files("prosecheck.checks") / "data" / name).read_text(encoding="utf-8")
