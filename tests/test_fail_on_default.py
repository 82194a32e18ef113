"""fail_on defaults to "warning": info findings (the less sure tier of the language checks, shown
with --picky since the thirty-first session; advice such as RD101) are reported but pass; --fail-on
info (or fail_on = "info") makes them fail, as before. tests/test_picky.py: what --picky shows."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

INFO_ONLY = "The cache entry will expire after a day, of course.\n"
WARNING = "The graph obviously needs to be global.\n"


def run(args, cwd):
    proc = subprocess.run([sys.executable, "-m", "prosecheck", *args], cwd=cwd, capture_output=True, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


@pytest.fixture
def project(tmp_path):
    (tmp_path / "info.md").write_text(INFO_ONLY, encoding="utf-8")
    (tmp_path / "warning.md").write_text(WARNING, encoding="utf-8")
    (tmp_path / "typo.md").write_text("We recieve the files every morning.\n", encoding="utf-8")
    return tmp_path


def test_an_info_finding_is_shown_but_passes_by_default(project):
    code, out, err = run(["info.md", "--isolated", "--select", "HC102", "--format", "json", "--picky"], project)
    assert (code, err) == (0, "")
    assert [(f["line"], f["col"], f["code"], f["severity"]) for f in json.loads(out)] == [(1, 42, "HC102", "info")]


def test_fail_on_info_restores_the_old_exit_code(project):
    code, out, _ = run(["info.md", "--isolated", "--select", "HC102", "--fail-on", "info", "--picky"], project)
    assert code == 1
    assert out.startswith("info.md:1:42: HC102 ")


def test_fail_on_info_in_the_configuration(project):
    (project / ".prosecheck.toml").write_text('select = ["HC102"]\nfail_on = "info"\npicky = true\n', encoding="utf-8")
    code, *_ = run(["info.md", "-qq"], project)
    assert code == 1


def test_a_warning_finding_still_fails(project):
    code, out, _ = run(["warning.md", "--isolated", "--select", "HC102"], project)
    assert code == 1
    assert out.startswith("warning.md:1:11: HC102 ")


def test_a_misspelling_fails_a_run_by_default(project):
    code, out, _ = run(["typo.md", "--isolated", "--select", "SP101", "--format", "json"], project)
    assert code == 1
    assert [(f["line"], f["col"], f["code"], f["severity"]) for f in json.loads(out)] == [(1, 4, "SP101", "warning")]


def test_the_text_format_says_which_findings_do_not_fail_the_run(project):
    (project / "both.md").write_text(INFO_ONLY + "\n" + WARNING, encoding="utf-8")
    code, out, err = run(["both.md", "--isolated", "--select", "HC102", "--picky"], project)
    assert code == 1
    assert [line.split(" ")[0:2] for line in out.splitlines()] == [["both.md:1:42:", "HC102"], ["both.md:3:11:", "HC102"]]
    assert err == ("prosecheck: 1 of these 2 findings is at info level (less sure, or advice) and does not fail "
                   "the run; --fail-on info counts it too\n")
    # Said only where it can surprise: not with -q, --exit-zero, --fail-on info or a machine format.
    for extra in (["-q"], ["--exit-zero"], ["--fail-on", "info"], ["--format", "json"], ["--output-file", "out.txt"]):
        assert run(["both.md", "--isolated", "--select", "HC102", "--picky", *extra], project)[2] == ""
    _, _, err = run(["info.md", "warning.md", "--isolated", "--select", "HC102", "--fail-on", "error", "--picky"],
                    project)
    assert err == ("prosecheck: 2 of these 2 findings are at warning or info level (less sure, or advice) and do not "
                   "fail the run; --fail-on info counts them too\n")
