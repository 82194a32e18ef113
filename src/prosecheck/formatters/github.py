"""``--format github``: GitHub Actions workflow commands, one annotation per finding.

    ::error file=docs/a.md,line=3,col=5,endLine=3,endColumn=9,title=prosecheck LK101::message

``error`` findings become ``::error``, ``warning`` ``::warning`` and ``info`` ``::notice``. Paths
are relative to the repository, as GitHub expects. Columns are 1-based and, as in GitHub's own
annotations, ``endColumn`` is the last column of the finding (inclusive) and defaults to ``col``.
GitHub accepts ``col``/``endColumn`` only when the finding starts and ends on one line, so a
finding that spans lines gives ``line`` and ``endLine`` alone. A finding with no file behind it
(a plugin that failed to load) gives an annotation without a position.

Escaping follows GitHub's runner (actions/toolkit ``escapeData``/``escapeProperty``): in the
message ``%`` -> ``%25``, CR -> ``%0D``, LF -> ``%0A``; in property values also ``:`` -> ``%3A``
and ``,`` -> ``%2C``.
"""

from __future__ import annotations

from prosecheck.formatters.base import Formatter
from prosecheck.formatters.sarif import is_pseudo_path, relative_path, repo_root

#: prosecheck severity -> workflow command.
COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(d, base: str) -> str:
    command = COMMANDS.get(d.severity, "warning")
    props: list[tuple[str, object]] = []
    if not is_pseudo_path(d.path):
        path = relative_path(d.path, base)
        if path is None:  # outside the repository: GitHub cannot place it, but keep the name
            path = d.path.replace("\\", "/")
        props.append(("file", path))
        end_line = d.end_line if d.end_line is not None and d.end_line >= d.line else d.line
        props.append(("line", d.line))
        if end_line == d.line:
            # Diagnostic.end_col is exclusive (the column after the finding); GitHub's is the last.
            end_col = d.end_col - 1 if d.end_col is not None and d.end_col > d.col else d.col
            props += [("col", d.col), ("endLine", end_line), ("endColumn", end_col)]
        else:
            props.append(("endLine", end_line))
    props.append(("title", f"prosecheck {d.code}"))
    joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in props)
    return f"::{command} {joined}::{escape_data(d.message)}"


class GithubFormatter(Formatter):
    name = "github"

    def write(self, diagnostics: list) -> None:
        base = repo_root(self.context.root)
        for d in diagnostics:
            self.stream.write(annotation(d, base) + "\n")
