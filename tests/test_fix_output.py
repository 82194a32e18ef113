"""Fixes in the machine-readable formats: ``--format json`` (``fix``: edits and applicability) and
``--format sarif`` (``fixes[]`` with ``artifactChanges``/``replacements``, SARIF 2.1.0 section 3.55).

The end-to-end tests run the installed console script on a file with a byte-order mark, CRLF line
endings and a non-ASCII letter before a fix on the same line (columns count characters, not
bytes), with a fix that crosses a line end. Applying the SARIF replacements with an applier
written here from the SARIF specification gives the very bytes ``--fix --unsafe-fixes`` writes.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from prosecheck.diagnostics import Diagnostic
from prosecheck.fixes import SAFE, UNSAFE, Edit, Fix
from prosecheck.formatters.base import FormatContext
from prosecheck.formatters.json import JsonFormatter
from prosecheck.formatters.sarif import SarifFormatter

HERE = Path(__file__).parent
PROSECHECK = str(Path(sys.executable).parent / "prosecheck")
SCHEMA_PATH = HERE / "data" / "sarif-schema-2.1.0.json"
DOCS = HERE.parent / "docs" / "output-formats.md"

# "Café" puts a two-byte letter before the LK103 fix; "the\r\nthe" is a doubled word across a line
# end, whose fix deletes the line end and the second "the".
DOCUMENT = "\ufeff# Title\r\n\r\nCafé [menu](#titel): we recieve the\r\nthe end.\r\n".encode("utf-8")
FIXED = "\ufeff# Title\r\n\r\nCafé [menu](#title): we receive the end.\r\n".encode("utf-8")
PLUGINS = ["-p", "prosecheck.checks.links", "-p", "prosecheck.checks.spelling"]

EXPECTED_JSON = """\
[
  {
    "path": "d.md",
    "line": 3,
    "col": 6,
    "end_line": null,
    "end_col": null,
    "code": "LK103",
    "severity": "error",
    "message": "\\"#titel\\" matches no heading or anchor in this document (did you mean \\"#title\\"?): fix the fragment or add the anchor",
    "plugin": "prosecheck.checks.links",
    "fix": {
      "applicability": "safe",
      "title": "Change \\"#titel\\" to \\"#title\\"",
      "edits": [
        {
          "line": 3,
          "col": 13,
          "end_line": 3,
          "end_col": 19,
          "text": "#title"
        }
      ]
    }
  },
  {
    "path": "d.md",
    "line": 3,
    "col": 25,
    "end_line": 3,
    "end_col": 32,
    "code": "SP101",
    "severity": "warning",
    "message": "\\"recieve\\" is not in the dictionary: did you mean \\"receive\\" or \\"relieve\\"? If it is spelled as you want, add it to the project word list",
    "plugin": "prosecheck.checks.spelling",
    "fix": {
      "applicability": "unsafe",
      "title": "Change \\"recieve\\" to \\"receive\\"",
      "edits": [
        {
          "line": 3,
          "col": 25,
          "end_line": 3,
          "end_col": 32,
          "text": "receive"
        }
      ]
    }
  },
  {
    "path": "d.md",
    "line": 4,
    "col": 1,
    "end_line": 4,
    "end_col": 4,
    "code": "SP102",
    "severity": "warning",
    "message": "\\"the\\" is repeated: delete one",
    "plugin": "prosecheck.checks.spelling",
    "fix": {
      "applicability": "safe",
      "title": "Delete the repeated \\"the\\"",
      "edits": [
        {
          "line": 3,
          "col": 36,
          "end_line": 4,
          "end_col": 4,
          "text": ""
        }
      ]
    }
  }
]
"""


def run_cli(args, cwd) -> subprocess.CompletedProcess:
    env = dict(os.environ, PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="1", NO_COLOR="1")
    proc = subprocess.run([PROSECHECK, "--isolated", "-j", "1", *PLUGINS, *args], cwd=cwd, env=env,
                          capture_output=True, timeout=120)
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    return proc


@pytest.fixture
def project(tmp_path):
    (tmp_path / ".git").mkdir()  # SARIF paths are relative to the repository
    (tmp_path / "d.md").write_bytes(DOCUMENT)
    return tmp_path


@pytest.fixture(scope="module")
def sarif_schema():
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        return json.load(f)


def documented_json_schema() -> dict:
    blocks = re.findall(r"```json\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    return [json.loads(b) for b in blocks if '"$schema"' in b][0]


# --- SARIF replacements applied as the specification reads ----------------------------------------


def apply_sarif_replacements(data: bytes, replacements: list) -> bytes:
    """The file's bytes after ``replacements`` (SARIF 3.57), with ``columnKind``
    ``unicodeCodePoints``: a region's lines and columns name characters of the file as written, a
    line ends at CR, LF or CRLF, ``endColumn`` is exclusive and an empty region is an insertion
    point. Written from the specification, independently of prosecheck.fixes."""
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    text = data[len(bom):].decode("utf-8")
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]

    def offset(line, col):
        return starts[line - 1] + col - 1

    spans = []
    for r in replacements:
        region = r["deletedRegion"]
        a = offset(region["startLine"], region["startColumn"])
        b = offset(region["endLine"], region["endColumn"])
        spans.append((a, b, r.get("insertedContent", {}).get("text", "")))
    for a, b, new in sorted(spans, reverse=True):
        text = text[:a] + new + text[b:]
    return bom + text.encode("utf-8")


# --- end to end -----------------------------------------------------------------------------------


def test_json_output_carries_each_fix_byte_for_byte(project):
    proc = run_cli(["--format", "json", "d.md"], project)
    assert proc.stdout == EXPECTED_JSON.encode("utf-8")
    validator = jsonschema.Draft202012Validator(documented_json_schema())
    assert not list(validator.iter_errors(json.loads(proc.stdout)))


def test_json_edits_applied_give_what_fix_writes(project):
    findings = json.loads(run_cli(["--format", "json", "d.md"], project).stdout)
    replacements = [{"deletedRegion": {"startLine": e["line"], "startColumn": e["col"],
                                       "endLine": e["end_line"], "endColumn": e["end_col"]},
                     "insertedContent": {"text": e["text"]}}
                    for f in findings for e in f["fix"]["edits"]]
    assert apply_sarif_replacements(DOCUMENT, replacements) == FIXED


def test_sarif_fixes_are_valid_and_exact(project, sarif_schema):
    log = json.loads(run_cli(["--format", "sarif", "d.md"], project).stdout)
    errors = list(jsonschema.Draft4Validator(sarif_schema).iter_errors(log))
    assert not errors, [e.message for e in errors]
    location = {"uri": "d.md", "uriBaseId": "%SRCROOT%"}
    assert [(r["ruleId"], r["fixes"]) for r in log["runs"][0]["results"]] == [
        ("LK103", [{
            "description": {"text": 'Change "#titel" to "#title"'},
            "artifactChanges": [{"artifactLocation": location, "replacements": [{
                "deletedRegion": {"startLine": 3, "startColumn": 13, "endLine": 3, "endColumn": 19},
                "insertedContent": {"text": "#title"}}]}],
            "properties": {"applicability": "safe"}}]),
        ("SP101", [{
            "description": {"text": 'Change "recieve" to "receive"'},
            "artifactChanges": [{"artifactLocation": location, "replacements": [{
                "deletedRegion": {"startLine": 3, "startColumn": 25, "endLine": 3, "endColumn": 32},
                "insertedContent": {"text": "receive"}}]}],
            "properties": {"applicability": "unsafe"}}]),
        ("SP102", [{
            "description": {"text": 'Delete the repeated "the"'},
            "artifactChanges": [{"artifactLocation": location, "replacements": [{
                # a deletion has no insertedContent (SARIF 3.57.4)
                "deletedRegion": {"startLine": 3, "startColumn": 36, "endLine": 4, "endColumn": 4}}]}],
            "properties": {"applicability": "safe"}}]),
    ]


def test_sarif_replacements_applied_give_what_fix_writes(project, tmp_path):
    log = json.loads(run_cli(["--format", "sarif", "d.md"], project).stdout)
    replacements = [rep for r in log["runs"][0]["results"] for fix in r["fixes"]
                    for change in fix["artifactChanges"] for rep in change["replacements"]]
    from_sarif = apply_sarif_replacements(DOCUMENT, replacements)

    fixed = tmp_path / "fixed"
    shutil.copytree(project, fixed)
    proc = subprocess.run([PROSECHECK, "--isolated", "-j", "1", *PLUGINS, "--fix", "--unsafe-fixes", "d.md"],
                          cwd=fixed, env=dict(os.environ, PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="1"),
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert (fixed / "d.md").read_bytes() == FIXED
    assert from_sarif == FIXED


def test_findings_without_a_fix(project):
    (project / "e.md").write_text("# Title\n\nSee [the guide]() first.\n", encoding="utf-8")
    data = json.loads(run_cli(["--format", "json", "e.md"], project).stdout)
    assert [(d["code"], d["fix"]) for d in data] == [("LK101", None)]
    log = json.loads(run_cli(["--format", "sarif", "e.md"], project).stdout)
    assert [("fixes" in r) for r in log["runs"][0]["results"]] == [False]


# --- unit: what no built-in check makes yet -------------------------------------------------------


def diagnostic(fix):
    return Diagnostic("/nowhere/a.md", 2, 3, "TD001", "m", "warning", 2, 5, plugin="todo", fix=fix)


def test_sarif_insertion_is_an_empty_region_and_edits_stay_one_fix(tmp_path, sarif_schema):
    fix = Fix((Edit(2, 3, 2, 3, "not "), Edit(4, 1, 5, 1, "")), UNSAFE, "Insert \u202e\n")
    out = io.StringIO()
    SarifFormatter(out, FormatContext(root=str(tmp_path))).write(
        [Diagnostic(str(tmp_path / "a.md"), 2, 3, "TD001", "m", "warning", 2, 5, fix=fix)])
    log = json.loads(out.getvalue())
    assert not list(jsonschema.Draft4Validator(sarif_schema).iter_errors(log))
    assert log["runs"][0]["results"][0]["fixes"] == [{
        "description": {"text": "Insert \\u202e\\n"},  # the title quotes the document: escaped
        "artifactChanges": [{"artifactLocation": {"uri": "a.md", "uriBaseId": "%SRCROOT%"}, "replacements": [
            {"deletedRegion": {"startLine": 2, "startColumn": 3, "endLine": 2, "endColumn": 3},
             "insertedContent": {"text": "not "}},
            {"deletedRegion": {"startLine": 4, "startColumn": 1, "endLine": 5, "endColumn": 1}},
        ]}],
        "properties": {"applicability": "unsafe"},
    }]


def test_json_fix_text_is_kept_exactly_and_title_escaped():
    fix = Fix((Edit(2, 3, 2, 5, "a\u202eb\n"),), SAFE, "Put \x1b[31m")
    out = io.StringIO()
    JsonFormatter(out, FormatContext()).write([diagnostic(fix)])
    data = json.loads(out.getvalue())
    assert data[0]["fix"] == {"applicability": "safe", "title": "Put \\x1b[31m",
                              "edits": [{"line": 2, "col": 3, "end_line": 2, "end_col": 5, "text": "a\u202eb\n"}]}
    assert "\x1b" not in out.getvalue() and "\\n" in out.getvalue()  # JSON escapes the newline
