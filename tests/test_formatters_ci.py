"""The CI output formats (sarif, github, json), --output-file and --fail-on.

The SARIF output is validated against the SARIF 2.1.0 JSON schema in tests/data/sarif-schema-2.1.0.json.
That file is ``lib/schemas/sarif-2.1.0-rtm.5.json`` from the npm package ``@microsoft/jest-sarif``
1.0.0-beta.0 (MIT; repository microsoft/sarif-js-sdk), byte for byte (sha256 2d99159a...4de4f8).
The schema itself is the OASIS SARIF TC's 2.1.0 schema (rtm.5, the revision the 2.1.0 standard was
published with; the errata's ``sarif-schema-2.1.0.json`` differs in its ids and descriptions), a
JSON Schema draft-04 document. No network is needed to run these tests.

End-to-end tests run the installed ``prosecheck`` console script in a subprocess with plugin
autoloading off and only the plugins they name (``-p``), so other checks cannot change the output.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest

from prosecheck.check import Code
from prosecheck.diagnostics import Diagnostic
from prosecheck.formatters import BUILTIN_FORMATTERS
from prosecheck.formatters import sarif as sarif_module
from prosecheck.formatters.base import FormatContext
from prosecheck.formatters.github import GithubFormatter, escape_data, escape_property
from prosecheck.formatters.sarif import SarifFormatter

HERE = Path(__file__).parent
SCHEMA_PATH = HERE / "data" / "sarif-schema-2.1.0.json"
DOCS = HERE.parent / "docs" / "output-formats.md"
PROSECHECK = str(Path(sys.executable).parent / "prosecheck")
LK101_MESSAGE = "this link points to nothing: add the address it should go to, or remove the link"

TODO_DOCS = """\
# TD001: TODO left in the text

Severity: warning

## What it does

Finds the word TODO in prose,
which marks unfinished text.

A second paragraph that is not the full description.

## Why is this bad?

Readers see the note.
"""

# A small third-party-style plugin for the end-to-end runs: a warning with an end position and an
# info finding, so every severity and the end columns are exercised.
PLUGIN_SOURCE = '''
from prosecheck.check import Check, Code
from prosecheck.hookspecs import hookimpl

__version__ = "9.8.7"


class Todo(Check):
    name = "todo"
    codes = {
        "TD001": Code("TODO left in the text", "warning", docs=%r),
        "TD002": Code("FYI note in the text", "info"),
    }

    def check(self, doc, options, context):
        for word in doc.words:
            if word.text == "TODO":
                yield doc.diagnostic("TD001", "finish this part, then remove TODO", word.offset,
                                     end_offset=word.offset + 4)
            elif word.text == "FYI":
                yield doc.diagnostic("TD002", "an FYI note: say it plainly or drop it", word.offset)


@hookimpl
def prosecheck_checks():
    return [Todo()]
''' % TODO_DOCS


@pytest.fixture(scope="module")
def sarif_schema():
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft4Validator.check_schema(schema)
    return schema


def validate_sarif(log: dict, schema: dict) -> None:
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)
    # jsonschema checks the "uri" formats only when rfc3987 is installed: check ours by hand.
    for run in log["runs"]:
        for result in run["results"]:
            uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            assert re.fullmatch(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})+", uri), uri


def fmt(formatter_cls, diagnostics, **context) -> str:
    out = io.StringIO()
    formatter_cls(out, FormatContext(**context)).write(diagnostics)
    return out.getvalue()


def test_builtin_formats_are_registered():
    assert BUILTIN_FORMATTERS["sarif"] is SarifFormatter
    assert BUILTIN_FORMATTERS["github"] is GithubFormatter


# --- SARIF: unit ----------------------------------------------------------------------------------


def _sarif_context(root: str) -> dict:
    return dict(
        root=root,
        version="1.2.3",
        codes={"LK101": Code("link or image with an empty destination", "error"),
               "TD001": Code("TODO left in the text", "warning", docs=TODO_DOCS),
               "TD002": Code("FYI note in the text", "info")},
        code_plugins={"LK101": "links", "TD001": "todo", "TD002": "todo"},
        plugin_versions={"links": "1.2.3", "todo": "9.8.7"},
    )


def test_sarif_log_shape(tmp_path, sarif_schema, monkeypatch):
    monkeypatch.setattr(sarif_module, "builtin_doc", lambda code: None)
    root = str(tmp_path)
    diags = [
        Diagnostic(str(tmp_path / "docs" / "a b%#?:é.md"), 3, 5, "TD001", "finish it", "warning",
                   end_line=3, end_col=9, plugin="todo"),
        Diagnostic(str(tmp_path / "docs" / "guide.md"), 1, 1, "TD002", "an FYI", "info", plugin="todo"),
        Diagnostic(str(tmp_path / "docs" / "guide.md"), 2, 7, "TD001", "spans lines", "warning",
                   end_line=4, end_col=2, plugin="todo"),
    ]
    log = json.loads(fmt(SarifFormatter, diags, **_sarif_context(root)))
    validate_sarif(log, sarif_schema)

    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    run, = log["runs"]
    assert run["tool"]["driver"] == {
        "name": "prosecheck",
        "version": "1.2.3",
        "informationUri": "https://github.com/prosecheck/prosecheck",
        "rules": [
            {
                "id": "TD001",
                "name": "todo-left-in-the-text",
                "shortDescription": {"text": "TODO left in the text"},
                "fullDescription": {"text": "Finds the word TODO in prose, which marks unfinished text.",
                                    "markdown": "Finds the word TODO in prose, which marks unfinished text."},
                "help": {"text": TODO_DOCS.strip(), "markdown": TODO_DOCS.strip()},
                "defaultConfiguration": {"level": "warning"},
                "properties": {"plugin": "todo"},
            },
            {
                "id": "TD002",
                "name": "fyi-note-in-the-text",
                "shortDescription": {"text": "FYI note in the text"},
                "fullDescription": {"text": "FYI note in the text"},
                "defaultConfiguration": {"level": "note"},
                "properties": {"plugin": "todo"},
            },
        ],
    }
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": tmp_path.as_uri() + "/"}}
    assert run["invocations"] == [{"executionSuccessful": True}]
    assert run["results"] == [
        {
            "ruleId": "TD001", "ruleIndex": 0, "level": "warning", "message": {"text": "finish it"},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": "docs/a%20b%25%23%3F%3A%C3%A9.md", "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 9},
            }}],
        },
        {
            "ruleId": "TD002", "ruleIndex": 1, "level": "note", "message": {"text": "an FYI"},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": "docs/guide.md", "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 2},
            }}],
        },
        {
            "ruleId": "TD001", "ruleIndex": 0, "level": "warning", "message": {"text": "spans lines"},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": "docs/guide.md", "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": 2, "startColumn": 7, "endLine": 4, "endColumn": 2},
            }}],
        },
    ]
    uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert unquote(uri) == "docs/a b%#?:é.md"


def test_sarif_builtin_code_reads_its_page_and_links_it(tmp_path, sarif_schema, monkeypatch):
    page = ("# LK101: link or image with an empty destination\n\nSeverity: error\n\n"
            "## What it does\n\nFinds links and images that point nowhere.\n\n## Why is this bad?\n\nDead ends.\n")
    monkeypatch.setattr(sarif_module, "builtin_doc", lambda code: page if code == "LK101" else None)
    diags = [Diagnostic(str(tmp_path / "a.md"), 1, 1, "LK101", LK101_MESSAGE, "error", plugin="links")]
    log = json.loads(fmt(SarifFormatter, diags, **_sarif_context(str(tmp_path))))
    validate_sarif(log, sarif_schema)
    rule, = log["runs"][0]["tool"]["driver"]["rules"]
    assert rule == {
        "id": "LK101",
        "name": "link-or-image-with-an-empty-destination",
        "shortDescription": {"text": "link or image with an empty destination"},
        "fullDescription": {"text": "Finds links and images that point nowhere.",
                            "markdown": "Finds links and images that point nowhere."},
        "help": {"text": page.strip(), "markdown": page.strip()},
        "helpUri": "https://github.com/prosecheck/prosecheck/blob/main/docs/codes/LK101.md",
        "defaultConfiguration": {"level": "error"},
        "properties": {"plugin": "links"},
    }


def test_sarif_unknown_code_outside_file_and_plugin_failure(tmp_path, sarif_schema, monkeypatch):
    monkeypatch.setattr(sarif_module, "builtin_doc", lambda code: None)
    inside = tmp_path / "repo"
    (inside / ".git").mkdir(parents=True)
    (inside / "sub").mkdir()
    outside = tmp_path / "elsewhere" / "x y.md"
    diags = [
        Diagnostic("<plugins>", 1, 1, "PC002", "plugin 'nope' could not be loaded", "error", plugin="nope"),
        Diagnostic(str(outside), 2, 3, "ZZ999", "from nowhere", "weird"),
        Diagnostic(str(inside / "sub" / "b.md"), 1, 4, "TD001", "finish it", "warning", end_line=1, end_col=2),
    ]
    # root is a sub-folder of the git work tree (a configuration file there): paths stay repo-relative.
    log = json.loads(fmt(SarifFormatter, diags, **_sarif_context(str(inside / "sub"))))
    validate_sarif(log, sarif_schema)
    run, = log["runs"]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["TD001", "ZZ999"]
    assert run["tool"]["driver"]["rules"][1] == {
        "id": "ZZ999", "name": "zz999", "shortDescription": {"text": "ZZ999"},
        "fullDescription": {"text": "ZZ999"}, "defaultConfiguration": {"level": "warning"},
    }
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": inside.as_uri() + "/"}}
    assert [(r["ruleId"], r["ruleIndex"], r["level"], r["locations"][0]["physicalLocation"]) for r in run["results"]] == [
        ("ZZ999", 1, "warning", {"artifactLocation": {"uri": outside.as_uri()},
                                 "region": {"startLine": 2, "startColumn": 3, "endLine": 2, "endColumn": 4}}),
        # an end before the start is ignored: one character
        ("TD001", 0, "warning", {"artifactLocation": {"uri": "sub/b.md", "uriBaseId": "%SRCROOT%"},
                                 "region": {"startLine": 1, "startColumn": 4, "endLine": 1, "endColumn": 5}}),
    ]
    assert outside.as_uri().endswith("/elsewhere/x%20y.md")
    assert run["invocations"] == [{
        "executionSuccessful": False,
        "toolExecutionNotifications": [{"descriptor": {"id": "PC002"}, "level": "error",
                                        "message": {"text": "plugin 'nope' could not be loaded"}}],
    }]


def test_sarif_empty_message_gets_the_summary(tmp_path):
    log = json.loads(fmt(SarifFormatter, [Diagnostic("a.md", 1, 1, "TD002", "", "info")], **_sarif_context(".")))
    assert log["runs"][0]["results"][0]["message"] == {"text": "FYI note in the text"}


def test_sarif_empty_run_is_valid(sarif_schema):
    log = json.loads(fmt(SarifFormatter, [], root=".", version="0.1.0"))
    validate_sarif(log, sarif_schema)
    assert log["runs"][0]["results"] == [] and log["runs"][0]["tool"]["driver"]["rules"] == []


def test_sarif_schema_rejects_a_broken_log(sarif_schema):
    """The validation is real: a result without a message, or a wrong level, is refused."""
    log = json.loads(fmt(SarifFormatter, [Diagnostic("a.md", 1, 1, "TD001", "m", "warning")], root="."))
    del log["runs"][0]["results"][0]["message"]
    with pytest.raises(AssertionError):
        validate_sarif(log, sarif_schema)
    log = json.loads(fmt(SarifFormatter, [Diagnostic("a.md", 1, 1, "TD001", "m", "warning")], root="."))
    log["runs"][0]["results"][0]["level"] = "info"
    with pytest.raises(AssertionError):
        validate_sarif(log, sarif_schema)


# --- GitHub workflow commands ---------------------------------------------------------------------


def test_github_escaping_functions():
    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_property("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext%3A a%2C b"
    assert escape_data("%0A") == "%250A"  # "%" first, so an escape is never escaped twice or decoded


def test_github_annotations_exact(tmp_path):
    (tmp_path / ".git").mkdir()
    weird = str(tmp_path / "docs" / "50%, done: yes.md")
    diags = [
        Diagnostic(weird, 3, 5, "LK101", "100% broken: see a, b\nand line two\r", "error", plugin="links"),
        Diagnostic(str(tmp_path / "a.md"), 7, 2, "TD001", "finish this part, then remove TODO", "warning",
                   end_line=7, end_col=6),
        Diagnostic(str(tmp_path / "a.md"), 8, 1, "TD002", "an FYI note", "info"),
        Diagnostic(str(tmp_path / "a.md"), 9, 4, "TD001", "spans lines", "warning", end_line=11, end_col=3),
        Diagnostic("<plugins>", 1, 1, "PC002", "plugin 'x' could not be loaded: ImportError: no, really", "error"),
    ]
    assert fmt(GithubFormatter, diags, root=str(tmp_path / "docs")).splitlines() == [
        "::error file=docs/50%25%2C done%3A yes.md,line=3,col=5,endLine=3,endColumn=5,title=prosecheck LK101::"
        "100%25 broken: see a, b%0Aand line two%0D",
        "::warning file=a.md,line=7,col=2,endLine=7,endColumn=5,title=prosecheck TD001::"
        "finish this part, then remove TODO",
        "::notice file=a.md,line=8,col=1,endLine=8,endColumn=1,title=prosecheck TD002::an FYI note",
        "::warning file=a.md,line=9,endLine=11,title=prosecheck TD001::spans lines",
        "::error title=prosecheck PC002::plugin 'x' could not be loaded: ImportError: no, really",
    ]


def test_github_every_line_is_one_command(tmp_path):
    """A message with line breaks never spills onto a second output line."""
    out = fmt(GithubFormatter, [Diagnostic(str(tmp_path / "a.md"), 1, 1, "TD001", "a\nb\rc\r\n", "warning")],
              root=str(tmp_path))
    assert out.count("\n") == 1 and "\r" not in out


# --- JSON: the documented schema ------------------------------------------------------------------


def documented_json_schema() -> dict:
    text = DOCS.read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", text, re.S)
    schemas = [json.loads(b) for b in blocks if '"$schema"' in b]
    assert len(schemas) == 1, "docs/output-formats.md must hold exactly one JSON Schema block"
    return schemas[0]


def test_json_output_matches_documented_schema_and_example(tmp_path):
    schema = documented_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    d = Diagnostic("a.md", 1, 2, "TD001", "m", "warning", end_line=1, end_col=5, plugin="todo")
    out = io.StringIO()
    BUILTIN_FORMATTERS["json"](out, FormatContext()).write([d, Diagnostic("b.md", 1, 1, "LK101", "x", "error")])
    data = json.loads(out.getvalue())
    assert not list(validator.iter_errors(data))
    assert list(data[0]) == ["path", "line", "col", "end_line", "end_col", "code", "severity", "message", "plugin",
                             "fix"]
    assert list(validator.iter_errors([dict(data[0], extra=1)])), "a new key must be a documented change"
    assert list(validator.iter_errors([dict(data[0], severity="note")]))

    # The example in the docs is what prosecheck prints for it.
    (tmp_path / "README.md").write_text("# Title\n\nSee [the guide]() first.\n", encoding="utf-8")
    proc = run_cli(["--format", "json", "-p", "prosecheck.checks.links", "README.md"], tmp_path)
    example = re.findall(r"```json\n(\[.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    assert len(example) == 1
    expected = json.loads(example[0])
    expected[0]["plugin"] = "prosecheck.checks.links"  # loaded with -p, not through its entry point
    assert json.loads(proc.stdout) == expected
    assert not list(validator.iter_errors(json.loads(proc.stdout)))


def test_template_fields_are_the_documented_ones(tmp_path):
    (tmp_path / "a.md").write_text("Some TODO here.\n", encoding="utf-8")
    (tmp_path / "todo_plugin.py").write_text(PLUGIN_SOURCE, encoding="utf-8")
    template = "%(path)s|%(row)d|%(col)d|%(end_row)d|%(end_col)d|%(code)s|%(severity)s|%(plugin)s|%(text)s|%%"
    proc = run_cli(["--format", template, "-p", "todo_plugin", "a.md"], tmp_path)
    assert proc.stdout == "a.md|1|6|1|10|TD001|warning|todo_plugin|finish this part, then remove TODO|%\n"
    table = DOCS.read_text(encoding="utf-8").split("## Custom templates", 1)[1]
    assert re.findall(r"^\| `(\w+)` \| `[sd]` \|", table, re.M) == [
        "path", "row", "col", "end_row", "end_col", "code", "text", "severity", "plugin"]


# --- end to end through the console script ------------------------------------------------------


def run_cli(args, cwd, ok=(0, 1)) -> subprocess.CompletedProcess:
    env = dict(os.environ, PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="1", PYTHONPATH=str(cwd), NO_COLOR="1")
    proc = subprocess.run([PROSECHECK, "--isolated", "-j", "1", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode in ok, (proc.returncode, proc.stdout, proc.stderr)
    return proc


@pytest.fixture
def project(tmp_path):
    """A git work tree with one error (LK101), one warning and one info finding."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "todo_plugin.py").write_text(PLUGIN_SOURCE, encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a, b: 100%.md").write_text(textwrap.dedent("""\
        # Guide

        Read [the guide]() first.

        Some TODO here.
        FYI it is short.
        """), encoding="utf-8")
    (docs / "warn.md").write_text("# Notes\n\nOne TODO left.\n", encoding="utf-8")
    return tmp_path


PLUGINS = ["-p", "prosecheck.checks.links", "-p", "todo_plugin"]


def test_e2e_sarif_is_valid_and_complete(project, sarif_schema):
    proc = run_cli(["--format", "sarif", *PLUGINS, "docs"], project)
    assert proc.returncode == 1 and proc.stderr == ""
    log = json.loads(proc.stdout)
    validate_sarif(log, sarif_schema)
    run, = log["runs"]
    assert run["tool"]["driver"]["version"] and run["tool"]["driver"]["name"] == "prosecheck"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["LK101", "TD001", "TD002"]
    assert run["tool"]["driver"]["rules"][1]["fullDescription"]["text"] == (
        "Finds the word TODO in prose, which marks unfinished text.")
    assert [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
             r["locations"][0]["physicalLocation"]["region"]) for r in run["results"]] == [
        ("LK101", "error", "docs/a%2C%20b%3A%20100%25.md", {"startLine": 3, "startColumn": 6, "endLine": 3, "endColumn": 7}),
        ("TD001", "warning", "docs/a%2C%20b%3A%20100%25.md", {"startLine": 5, "startColumn": 6, "endLine": 5, "endColumn": 10}),
        ("TD002", "note", "docs/a%2C%20b%3A%20100%25.md", {"startLine": 6, "startColumn": 1, "endLine": 6, "endColumn": 2}),
        ("TD001", "warning", "docs/warn.md", {"startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 9}),
    ]
    assert run["results"][0]["message"]["text"] == LK101_MESSAGE


def test_e2e_sarif_reports_a_plugin_that_failed_to_load(project, sarif_schema):
    proc = run_cli(["--format", "sarif", *PLUGINS, "-p", "no_such_plugin_module", "docs/warn.md"], project, ok=(2,))
    log = json.loads(proc.stdout)
    validate_sarif(log, sarif_schema)
    invocation, = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    note, = invocation["toolExecutionNotifications"]
    assert note["descriptor"] == {"id": "PC002"} and note["level"] == "error"
    assert note["message"]["text"].startswith("plugin 'no_such_plugin_module' could not be loaded: ")
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["TD001"]


def test_e2e_github(project):
    proc = run_cli(["--format", "github", *PLUGINS, "docs"], project)
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [
        f"::error file=docs/a%2C b%3A 100%25.md,line=3,col=6,endLine=3,endColumn=6,title=prosecheck LK101::{LK101_MESSAGE}",
        "::warning file=docs/a%2C b%3A 100%25.md,line=5,col=6,endLine=5,endColumn=9,title=prosecheck TD001::"
        "finish this part, then remove TODO",
        "::notice file=docs/a%2C b%3A 100%25.md,line=6,col=1,endLine=6,endColumn=1,title=prosecheck TD002::"
        "an FYI note: say it plainly or drop it",
        "::warning file=docs/warn.md,line=3,col=5,endLine=3,endColumn=8,title=prosecheck TD001::"
        "finish this part, then remove TODO",
    ]


@pytest.mark.parametrize("fmt_name", ["default", "json", "sarif", "github"])
def test_e2e_output_file(project, fmt_name):
    out = project / "reports" / "out.txt"
    out.parent.mkdir()
    proc = run_cli(["--format", fmt_name, "--output-file", str(out), *PLUGINS, "docs"], project)
    assert proc.returncode == 1
    assert proc.stdout == "" and proc.stderr == ""
    written = out.read_text(encoding="utf-8")
    same = run_cli(["--format", fmt_name, *PLUGINS, "docs"], project).stdout
    assert written == same and written.strip()
    assert sorted(p.name for p in out.parent.iterdir()) == ["out.txt"]  # no temporary file left


def test_e2e_output_file_when_clean(project):
    out = project / "out.sarif"
    (project / "clean.md").write_text("# Clean\n\nNothing to see.\n", encoding="utf-8")
    proc = run_cli(["--format", "sarif", "--output-file", str(out), *PLUGINS, "clean.md"], project)
    assert proc.returncode == 0 and proc.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"] == []


@pytest.mark.parametrize(
    ("fail_on", "target", "code"),
    [
        ("error", "docs/warn.md", 0),     # only a warning: not failing at "error"
        ("warning", "docs/warn.md", 1),
        ("info", "docs/warn.md", 1),
        (None, "docs/warn.md", 1),        # default: any finding fails
        ("error", "docs", 1),             # LK101 is an error
    ],
)
def test_e2e_fail_on(project, fail_on, target, code):
    args = (["--fail-on", fail_on] if fail_on else []) + ["--format", "github", *PLUGINS, target]
    proc = run_cli(args, project)
    assert proc.returncode == code
    assert "title=prosecheck TD001::" in proc.stdout  # the findings are still reported


def test_e2e_fail_on_info_only(project):
    (project / "fyi.md").write_text("FYI nothing else.\n", encoding="utf-8")
    assert run_cli(["--fail-on", "warning", *PLUGINS, "fyi.md"], project).returncode == 0
    proc = run_cli(["--fail-on", "info", *PLUGINS, "fyi.md"], project)
    assert proc.returncode == 1
    assert proc.stdout == "fyi.md:1:1: TD002 an FYI note: say it plainly or drop it\n"
