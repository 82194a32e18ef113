"""The GitHub Actions job summary that ``--format github`` appends when ``GITHUB_STEP_SUMMARY`` is set.

Annotations are capped: GitHub shows at most ``ANNOTATION_LIMIT`` of each level (error, warning,
notice) per step, and the rest only as lines of the log. The summary gives the whole picture on
the run's page: findings per code (with the code's one-line description), per file, the totals,
what a baseline or ``--changed-since`` left out, and, past the cap, a pointer to SARIF, which
code scanning keeps whole.

File names come from the repository being checked, which is untrusted: every character that
means something in Markdown or HTML is escaped, so a name cannot inject links, images or HTML
into the page.
"""

from __future__ import annotations

import sys
from collections import Counter

from prosecheck.formatters.github import COMMANDS

#: Annotations GitHub shows per level and step (docs: "Workflow commands for GitHub Actions").
ANNOTATION_LIMIT = 10

#: Files listed by name, most findings first: GitHub keeps at most 1 MiB of summary per step.
MAX_FILES = 100

_SPECIAL = set("\\`*_{}[]()<>#+-.!|~&\"'=:")


def escape(text: str) -> str:
    """Plain text for a Markdown table cell: special characters escaped, no line breaks."""
    out = []
    for ch in text:
        if ch in "\r\n\t":
            out.append(" ")
        elif ch in _SPECIAL:
            out.append("&#%d;" % ord(ch) if ch in "<>&|\"'" else "\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary_markdown(diagnostics: list, codes: dict, hidden: dict, files_checked: int) -> str:
    """The summary: ``codes`` is code -> its Code (for the description), ``hidden`` why -> count."""
    levels = Counter(COMMANDS.get(d.severity, "warning") for d in diagnostics)
    files = Counter(d.path for d in diagnostics)
    lines = ["## prosecheck", ""]
    if diagnostics:
        parts = ", ".join(_plural(levels[k], w) for k, w in (("error", "error"), ("warning", "warning"),
                                                               ("notice", "notice")) if levels[k])
        lines.append(f"{_plural(len(diagnostics), 'finding')} in {_plural(len(files), 'file')} "
                     f"({parts}); {_plural(files_checked, 'file')} checked.")
    else:
        lines.append(f"No findings; {_plural(files_checked, 'file')} checked.")
    for why, n in hidden.items():
        if n:
            lines.append(f"{_plural(n, 'finding')} {escape(why)} not shown.")
    over = {k: n for k, n in levels.items() if n > ANNOTATION_LIMIT}
    if over:
        words = " and ".join(f"{n - ANNOTATION_LIMIT} of the {_plural(n, k)}" for k, n in sorted(over.items()))
        lines += ["", f"> GitHub shows at most {ANNOTATION_LIMIT} annotations of each level per step, so "
                      f"{words} appear only in the log. To see every finding on the pull request, upload "
                      f"a SARIF report to code scanning (`--format sarif`; see prosecheck's docs/ci.md)."]
    if diagnostics:
        lines += ["", "| code | findings | what it reports |", "| --- | ---: | --- |"]
        for code, n in sorted(Counter(d.code for d in diagnostics).items()):
            spec = codes.get(code)
            lines.append(f"| {escape(code)} | {n} | {escape(spec.summary) if spec is not None else ''} |")
        lines += ["", "| file | findings |", "| --- | ---: |"]
        ranked = sorted(files.items(), key=lambda kv: (-kv[1], kv[0]))
        for path, n in ranked[:MAX_FILES]:
            lines.append(f"| {escape(path)} | {n} |")
        if len(ranked) > MAX_FILES:
            rest = ranked[MAX_FILES:]
            lines.append(f"| and {_plural(len(rest), 'more file')} | {sum(n for _, n in rest)} |")
    return "\n".join(lines) + "\n\n"


def append_summary(target: str, diagnostics: list, reg, hidden: dict, files_checked: int) -> None:
    """Append the summary to ``target`` (GitHub's ``GITHUB_STEP_SUMMARY`` file); a failure is a warning."""
    codes = {code: spec for code, (check, spec) in reg.codes.items()}
    text = summary_markdown(diagnostics, codes, hidden, files_checked)
    try:
        with open(target, "a", encoding="utf-8") as f:
            f.write(text)
    except OSError as exc:
        sys.stderr.write(f"prosecheck: warning: cannot write the job summary to {target}: "
                         f"{exc.strerror or exc}\n")
