"""The one record every check produces: a finding at a place in a document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # pragma: no cover
    from prosecheck.fixes import Fix

#: Severities, from most to least serious. Formats map them (SARIF "error"/"warning"/"note", ...).
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, order=True)
class Diagnostic:
    """A finding. ``line`` and ``col`` are 1-based; ``col`` counts characters, not bytes.

    Sorting a list of diagnostics orders it by path, line, column, code and message: the order
    prosecheck prints them in.
    """

    path: str
    line: int
    col: int
    code: str
    message: str
    #: "" means "the severity declared for the code", filled in by the runner.
    severity: str = field(default="", compare=False)
    end_line: Optional[int] = field(default=None, compare=False)
    end_col: Optional[int] = field(default=None, compare=False)
    #: Name of the plugin that produced it (filled in by the runner).
    plugin: str = field(default="", compare=False)
    #: A :class:`prosecheck.fixes.Fix` that removes the finding, when the check knows one.
    fix: Optional["Fix"] = field(default=None, compare=False)

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "end_line": self.end_line,
            "end_col": self.end_col,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
            "plugin": self.plugin,
        }
