"""``--format html``: the page editors read.

The page is checked twice: as HTML text (parsed with the standard library: every finding is one
``<mark>`` with its code, line and column; document text is escaped), and in a real browser
(Debian's Chromium, headless, driven by Playwright; ``scripts/test`` installs Chromium): the page
loads with no console error, the marks the browser sees equal the findings, the keyboard moves
from one finding to the next, the tooltip shows the message, the filter hides a code. A
screenshot is kept in ``.test-output/`` for a person to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from prosecheck.diagnostics import Diagnostic
from prosecheck.formatters.html import _render_line

HERE = Path(__file__).parent
PROSECHECK = str(Path(sys.executable).parent / "prosecheck")
OUTPUT = HERE.parent / ".test-output"

DOC = """\
# Release notes

Harbor is the fastest database in the world.
We fixed the the bug and a recieve typo.

<script>alert("x")</script>

See [the guide](missing.md) for more.
"""

OTHER = """\
# Other

The release will definitely ship the the update.
"""


class Marks(HTMLParser):
    """Collects the attributes of every ``<mark>`` and the page's scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self.marks.append(dict(attrs))
        elif tag == "script":
            self.scripts += 1


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PROSECHECK_DISABLE_PLUGIN_AUTOLOAD="")
    return subprocess.run([PROSECHECK, "--isolated", "--no-cache", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "notes.md").write_text(DOC, encoding="utf-8")
    (tmp_path / "other.md").write_text(OTHER, encoding="utf-8")
    return tmp_path


def _findings(project: Path) -> list:
    out = _run(project, "--format", "json", ".")
    return [(d["path"], d["code"], d["line"], d["col"]) for d in json.loads(out.stdout)]


def _marks(html: str) -> Marks:
    parser = Marks()
    parser.feed(html)
    return parser


def test_every_finding_is_one_mark_with_its_code_line_and_column(project):
    findings = _findings(project)
    assert ("notes.md", "SP102", 4, 14) in [(p, c, ln, col) for p, c, ln, col in findings]
    result = _run(project, "--format", "html", "--output-file", "report.html", ".")
    assert result.returncode == 1, result.stderr
    html = (project / "report.html").read_text(encoding="utf-8")
    marks = _marks(html)
    got = sorted((m["data-code"], int(m["data-line"]), int(m["data-col"])) for m in marks.marks)
    assert got == sorted((c, ln, col) for _, c, ln, col in findings)
    assert f'data-findings="{len(findings)}"' in html
    # the document's own <script> is shown as text, never run: the page has exactly its 2 scripts
    assert marks.scripts == 2
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert '<script>alert("x")' not in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")  # nothing fetched


def test_the_doubled_word_mark_covers_the_word(project):
    _run(project, "--format", "html", "--output-file", "report.html", ".")
    html = (project / "report.html").read_text(encoding="utf-8")
    start = html.index('<mark class="f fam-3 sev-warning" id="f-1" ')
    tag_end = html.index(">", start) + 1
    assert 'data-code="SP102" data-line="4" data-col="14"' in html[start:tag_end]
    assert html[tag_end:html.index("</mark>", tag_end)] == "the"


def test_summary_lists_codes_with_descriptions_and_settings(project):
    _run(project, "--format", "html", "--output-file", "report.html", "--select", "SP,SL", ".")
    html = (project / "report.html").read_text(encoding="utf-8")
    assert 'class="filter" data-code="SP102"' in html
    assert "<td>word repeated by mistake</td>" in html  # SP102's one-line description
    assert "<dt>select</dt><dd>SP, SL</dd>" in html
    assert "Readability grade per section" in html and "Sentence length along the document" in html


def test_output_dir_writes_an_index_and_a_page_per_file(project):
    findings = _findings(project)
    result = _run(project, "--format", "html", "--output-dir", "site", ".")
    assert result.returncode == 1, result.stderr
    site = project / "site"
    assert sorted(p.name for p in site.iterdir()) == ["doc-0.html", "doc-1.html", "index.html"]
    umask = os.umask(0)
    os.umask(umask)
    assert (site / "doc-0.html").stat().st_mode & 0o777 == 0o666 & ~umask
    index = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="doc-0.html"' in index
    assert '<a href="index.html">back to the summary</a>' in (site / "doc-1.html").read_text(encoding="utf-8")
    total = sum(len(_marks((site / n).read_text(encoding="utf-8")).marks) for n in ("doc-0.html", "doc-1.html"))
    assert total == len(findings)
    assert _marks(index).marks == []


def test_output_dir_needs_the_html_format(project):
    result = _run(project, "--format", "json", "--output-dir", "site", ".")
    assert result.returncode == 2
    assert result.stderr == ("prosecheck: error: --output-dir works with --format html only "
                             "(use --output-file for other formats)\nTry 'prosecheck --help'.\n")
    assert not (project / "site").exists()


def test_crossing_findings_nest_and_keep_one_mark_each():
    d1 = Diagnostic("a.md", 1, 1, "XX001", "m1")
    d2 = Diagnostic("a.md", 1, 3, "XX002", "m2")
    html = _render_line("abcdef<", [(0, 4, 0, d1), (2, 6, 1, d2), (6, 6, 2, d1)],
                        lambda n, d: f"<m{n}>")
    assert html == "<m0>ab<m1>cd</mark></mark>ef<m2></mark>&lt;"


def test_control_characters_in_names_and_text_are_shown_escaped(tmp_path):
    name = "we\x1bird.md"
    (tmp_path / name).write_text("# T\n\nWe saw the the \x1b[31mred.\n", encoding="utf-8")
    result = _run(tmp_path, "--format", "html", "--output-file", "r.html", name)
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert result.returncode == 1, result.stderr
    assert "\x1b" not in html
    assert "we\\x1bird.md" in html and "\\x1b[31mred." in html


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    assert path, "Chromium is not installed: ./scripts/test installs Debian's chromium package"
    return path


def test_the_page_works_in_a_real_browser(project):
    from playwright.sync_api import sync_playwright

    findings = _findings(project)
    _run(project, "--format", "html", "--output-file", "report.html", ".")
    errors: list = []
    OUTPUT.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=_chromium(),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--no-first-run", "--disable-sync"],
        )
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("console", lambda m: errors.append(f"{m.type}: {m.text}") if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(f"pageerror: {e}"))
            page.on("request", lambda r: errors.append(f"fetched {r.url}") if not r.url.startswith("file:") else None)
            page.goto((project / "report.html").as_uri())
            assert page.locator("mark.f").count() == len(findings)
            assert page.locator("mark.f[data-code='SP102'][data-line='4'][data-col='14']").count() == 1
            page.keyboard.press("j")
            first = page.evaluate("document.activeElement.id")
            assert first == "f-0"
            assert page.is_visible("#tip")
            tip = page.inner_text("#tip")
            code = page.evaluate("document.activeElement.getAttribute('data-code')")
            assert tip.startswith(code)
            page.keyboard.press("j")
            assert page.evaluate("document.activeElement.id") == "f-1"
            page.keyboard.press("k")
            assert page.evaluate("document.activeElement.id") == "f-0"
            page.uncheck("input.filter[data-code='SP102']")
            assert page.locator("mark.f.off").count() == sum(1 for f in findings if f[1] == "SP102")
            page.check("input.filter[data-code='SP102']")
            page.focus("mark.f[data-code='SP102']")
            page.screenshot(path=str(OUTPUT / "html-report.png"), full_page=False)
            assert page.evaluate("document.scripts.length") == 2
        finally:
            browser.close()
    assert errors == []
    assert (OUTPUT / "html-report.png").stat().st_size > 10_000


def test_a_report_past_the_size_limit_is_split_beside_the_output_file(project, monkeypatch):
    from prosecheck import cli
    from prosecheck.formatters import html as html_format

    monkeypatch.setattr(html_format, "SPLIT_BYTES", 10)
    monkeypatch.chdir(project)
    monkeypatch.setenv("PROSECHECK_DISABLE_PLUGIN_AUTOLOAD", "")
    assert cli.run(["--isolated", "--no-cache", "--format", "html", "--output-file", "report.html", "."]) == 1
    assert sorted(p.name for p in (project / "report_files").iterdir()) == ["doc-0.html", "doc-1.html"]
    index = (project / "report.html").read_text(encoding="utf-8")
    assert 'href="report_files/doc-0.html"' in index
    page = (project / "report_files" / "doc-0.html").read_text(encoding="utf-8")
    assert '<a href="../report.html">back to the summary</a>' in page
