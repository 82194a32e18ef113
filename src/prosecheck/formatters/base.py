"""What an output format is."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, ClassVar, Optional, TextIO


@dataclass
class FormatContext:
    """What a formatter may use besides the diagnostics."""

    #: The source lines of a path (for --show-source), or None when unreadable.
    lines_of: Callable[[str], Optional[list]] = lambda path: None
    show_source: bool = False
    color: bool = False
    #: code -> prosecheck.check.Code, for formats that describe their rules (SARIF).
    codes: dict = field(default_factory=dict)
    #: code -> plugin name.
    code_plugins: dict = field(default_factory=dict)
    #: plugin name -> version.
    plugin_versions: dict = field(default_factory=dict)
    root: str = "."
    version: str = ""
    #: Options of every check, by check name (the HTML report draws RD101/RD102's limits).
    options: dict = field(default_factory=dict)
    #: The run's settings as a reader would want them listed (name -> value).
    settings: dict = field(default_factory=dict)
    #: Where the report goes: --output-file, and --output-dir for formats written as several files.
    output_file: Optional[str] = None
    output_dir: Optional[str] = None


class Formatter:
    """Writes a run's diagnostics (already sorted) to a stream."""

    name: ClassVar[str] = ""

    def __init__(self, stream: TextIO, context: FormatContext) -> None:
        self.stream = stream
        self.context = context

    def write(self, diagnostics: list) -> None:
        raise NotImplementedError
