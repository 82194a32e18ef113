"""The hooks a prosecheck plugin can implement.

A plugin is a module (or object) registered under the ``prosecheck.plugins`` entry-point group::

    [project.entry-points."prosecheck.plugins"]
    house-style = "prosecheck_house_style"

and decorated with :data:`hookimpl`::

    from prosecheck import hookimpl

    @hookimpl
    def prosecheck_checks():
        return [HouseStyle()]

Every hook name starts with ``prosecheck_``. prosecheck's own checks use exactly these hooks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

import pluggy

if TYPE_CHECKING:  # pragma: no cover
    from prosecheck.check import Check
    from prosecheck.formatters.base import Formatter

PROJECT = "prosecheck"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def prosecheck_checks() -> "list[Check]":
    """Return the checks this plugin provides, as :class:`prosecheck.check.Check` instances.

    Called once per process, after every plugin is registered. Each check declares its codes (a
    family of two or more capital letters and three digits, such as ``HS101``) and its options;
    codes must not clash with another plugin's.
    """


@hookspec
def prosecheck_formatters() -> "Mapping[str, type[Formatter]]":
    """Return extra output formats, ``{"name": FormatterClass}``, selectable with ``--format``.

    A formatter subclasses :class:`prosecheck.formatters.base.Formatter`. Built-in names
    (``default``, ``pylint``, ``json``, ...) cannot be replaced.
    """
