"""The ``PC`` codes: problems prosecheck reports about itself, its plugins and unreadable input.

The runner emits them; this plugin declares them so they are listed, documented and selectable
like every other code.
"""

from __future__ import annotations

from prosecheck.check import Check, Code
from prosecheck.hookspecs import hookimpl


class Core(Check):
    name = "core"
    codes = {
        "PC001": Code("the file is not UTF-8 text (or is binary) and was not checked", "error"),
        "PC002": Code("a plugin could not be loaded", "error"),
        "PC003": Code("a check crashed on a file", "error"),
        "PC004": Code("a check returned a diagnostic that does not fit the file", "error"),
        "PC005": Code("a check took longer than its time limit on a file", "error"),
        "PC006": Code("a path could not be read", "error"),
    }


@hookimpl
def prosecheck_checks():
    return [Core()]
