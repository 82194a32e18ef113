"""``--format sarif``: a SARIF 2.1.0 log that GitHub code scanning accepts.

One run, whose ``tool.driver`` describes prosecheck and, in ``rules``, every code that appears
in the results: its summary (``shortDescription``), the first paragraph of "What it does" on its
documentation page (``fullDescription``), the whole page (``help``) and, for built-in codes, a
link to the page in the repository (``helpUri``). Results point at repository-relative URIs under
the ``%SRCROOT%`` base; columns count Unicode code points, as prosecheck's columns do.

Findings that have no file behind them (a plugin that failed to load, reported at ``<plugins>``)
are not results but tool execution notifications of the run's invocation, which is where SARIF
keeps a tool's own failures; ``executionSuccessful`` is false when prosecheck or a plugin failed.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Optional
from urllib.parse import quote

from prosecheck.codedocs import builtin_doc, section
from prosecheck.escaping import clean_message
from prosecheck.files import git_root
from prosecheck.formatters.base import Formatter
from prosecheck.runner import FAILURE_CODES

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/prosecheck/prosecheck"
HELP_URI = "https://github.com/prosecheck/prosecheck/blob/main/docs/codes/{code}.md"
SRCROOT = "%SRCROOT%"

#: prosecheck severity -> SARIF level.
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def sarif_level(severity: str) -> str:
    return LEVELS.get(severity, "warning")


def repo_root(root: str) -> str:
    """The top of the git work tree holding ``root``, else ``root`` itself.

    GitHub reads result paths relative to the repository, which is not ``root`` when the
    configuration file that fixed ``root`` lives in a sub-folder.
    """
    return git_root(root) or os.path.abspath(root)


def relative_path(path: str, base: str) -> Optional[str]:
    """``path`` relative to ``base`` with forward slashes, or None when it lies outside."""
    try:
        rel = os.path.relpath(os.path.abspath(path), base)
    except ValueError:  # another drive on Windows
        return None
    rel = rel.replace(os.sep, "/")
    if rel == ".." or rel.startswith("../"):
        return None
    return rel


def is_pseudo_path(path: str) -> bool:
    """``<plugins>`` and the like: a finding about prosecheck itself, not about a file."""
    return path.startswith("<") and path.endswith(">")


def artifact_location(path: str, base: str) -> dict:
    """A SARIF artifactLocation: a percent-encoded relative reference under %SRCROOT%, or an
    absolute ``file:`` URI for a file outside the repository."""
    rel = relative_path(path, base)
    if rel is None:
        return {"uri": Path(os.path.abspath(path)).as_uri()}
    # quote() leaves only letters, digits, "_.-~" and "/" alone: "%", "#", "?", spaces, ":"
    # (which would otherwise read as a URI scheme) and non-ASCII characters (as UTF-8) are encoded.
    return {"uri": quote(rel, safe="/"), "uriBaseId": SRCROOT}


def region(d) -> dict:
    """Start and end of a finding; columns are 1-based and ``endColumn`` is exclusive.

    A diagnostic without an end covers the one character at its start.
    """
    out = {"startLine": d.line, "startColumn": d.col}
    end_line, end_col = d.end_line, d.end_col
    if end_line is None or end_line < d.line or (end_line == d.line and end_col is not None and end_col <= d.col):
        out["endLine"] = d.line
        out["endColumn"] = d.col + 1
    else:
        out["endLine"] = end_line
        if end_col is not None:
            out["endColumn"] = end_col
    return out


def sarif_fixes(fix, where: dict) -> list:
    """A finding's fix as SARIF ``fixes`` (3.55): one fix, one artifactChange on the finding's own
    file, one replacement per edit. ``deletedRegion`` is exact (an empty one is an insertion point,
    which ``region`` never gives); a deletion has no ``insertedContent``. SARIF has no word for
    ruff's applicability, so it goes in the fix's ``properties``."""
    if fix is None or not fix.edits:
        return []
    replacements = []
    for e in fix.edits:
        replacement: dict = {"deletedRegion": {"startLine": e.line, "startColumn": e.col,
                                               "endLine": e.end_line, "endColumn": e.end_col}}
        if e.text:
            replacement["insertedContent"] = {"text": e.text}
        replacements.append(replacement)
    out: dict = {}
    if fix.title:
        out["description"] = {"text": clean_message(fix.title)}  # it quotes the document
    out["artifactChanges"] = [{"artifactLocation": dict(where), "replacements": replacements}]
    out["properties"] = {"applicability": fix.applicability}
    return [out]


def first_paragraph(text: str) -> str:
    """The first paragraph of a Markdown section, its lines joined by spaces."""
    lines = []
    for line in text.strip().splitlines():
        if not line.strip():
            if lines:
                break
            continue
        lines.append(line.strip())
    return " ".join(lines)


def rule_name(code: str, summary: str) -> str:
    """A readable identifier for a rule, from its summary: ``empty-link-destination``."""
    words = re.findall(r"[A-Za-z0-9]+", summary.lower())
    return "-".join(words) or code


def rule_descriptor(code: str, spec, plugin: str) -> dict:
    """A SARIF reportingDescriptor for ``code`` (``spec`` is its Code, or None if unknown)."""
    summary = spec.summary if spec is not None else code
    builtin = builtin_doc(code)
    page = builtin or (spec.docs if spec is not None else "") or ""
    full = first_paragraph(section(page, "What it does")) if page else ""
    rule: dict = {
        "id": code,
        "name": rule_name(code, summary),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full or summary},
    }
    if full:
        rule["fullDescription"]["markdown"] = full
    if page:
        rule["help"] = {"text": page.strip(), "markdown": page.strip()}
    if builtin:
        rule["helpUri"] = HELP_URI.format(code=code)
    severity = spec.severity if spec is not None else "warning"
    rule["defaultConfiguration"] = {"level": sarif_level(severity)}
    if plugin:
        rule["properties"] = {"plugin": plugin}
    return rule


def _summary(ctx, code: str) -> str:
    """Stands in for an empty message: SARIF readers (GitHub) want some text."""
    spec = ctx.codes.get(code)
    return spec.summary if spec is not None else code


class SarifFormatter(Formatter):
    name = "sarif"

    def log(self, diagnostics: list) -> dict:
        """The SARIF log as a dict (``write`` dumps it as JSON)."""
        ctx = self.context
        base = repo_root(ctx.root)
        file_findings = [d for d in diagnostics if not is_pseudo_path(d.path)]
        other_findings = [d for d in diagnostics if is_pseudo_path(d.path)]

        codes = sorted({d.code for d in file_findings})
        index = {code: i for i, code in enumerate(codes)}
        rules = [rule_descriptor(code, ctx.codes.get(code), ctx.code_plugins.get(code, "")) for code in codes]

        locations: dict = {}  # path -> artifactLocation, computed once per file
        results = []
        for d in file_findings:
            where = locations.get(d.path)
            if where is None:
                where = locations[d.path] = artifact_location(d.path, base)
            result = {
                "ruleId": d.code,
                "ruleIndex": index[d.code],
                "level": sarif_level(d.severity),
                "message": {"text": d.message or _summary(ctx, d.code)},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": dict(where),
                        "region": region(d),
                    },
                }],
            }
            fixes = sarif_fixes(d.fix, where)
            if fixes:
                result["fixes"] = fixes
            results.append(result)

        invocation: dict = {
            "executionSuccessful": not any(d.code in FAILURE_CODES for d in diagnostics),
        }
        if other_findings:
            invocation["toolExecutionNotifications"] = [
                {
                    "descriptor": {"id": d.code},
                    "level": sarif_level(d.severity),
                    "message": {"text": d.message or _summary(ctx, d.code)},
                }
                for d in other_findings
            ]

        driver: dict = {"name": "prosecheck"}
        if ctx.version:
            driver["version"] = ctx.version
        driver["informationUri"] = INFORMATION_URI
        driver["rules"] = rules
        run = {
            "tool": {"driver": driver},
            "invocations": [invocation],
            "originalUriBaseIds": {SRCROOT: {"uri": Path(base).as_uri().rstrip("/") + "/"}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }
        return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}

    def write(self, diagnostics: list) -> None:
        # Compact, in one write: json's C encoder is five times faster than its indenting one,
        # which matters for logs of thousands of results; pipe it through `python -m json.tool`
        # to read it.
        self.stream.write(json.dumps(self.log(diagnostics), ensure_ascii=False) + "\n")
