"""Links the way each documentation site resolves them (prosecheck.dialects.anchors): MyST's
``{doc}`` roles, ``project:`` links and documents named without their suffix; Docusaurus' links to
pages without their suffix and ``/docs/...`` site links. Exact findings, on real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from prosecheck import dialects
from prosecheck.testing import codes, lines, lint

LINKS = ["LK102", "LK103"]


@pytest.fixture(autouse=True)
def _auto_dialect():
    dialects.configure("auto", None)
    yield
    dialects.configure("auto", None)


def _write(root: Path, files: dict) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _lint_page(root: Path, name: str, **kw):
    path = root / name
    return lint(path.read_text(encoding="utf-8"), str(path), root=str(root), select=kw.pop("select", LINKS), **kw)


# --- MyST --------------------------------------------------------------------------------------


def _myst(tmp_path: Path, page: str, conf: str = 'extensions = ["myst_parser"]\n') -> Path:
    _write(tmp_path, {
        "docs/conf.py": conf,
        "docs/guide/page.md": page,
        "docs/guide/other.md": "# Other\n\n(guide/a-label)=\n## Part two\n",
        "docs/api.rst": "API\n===\n",
        "docs/index.md": "# Home\n",
    })
    return tmp_path


def test_myst_doc_role_names_a_document(tmp_path):
    page = (
        "# Page\n\n"
        "See {doc}`other`, {doc}`the API <../api>`, {doc}`/index` and {doc}`other.md`.\n"
        "Missing: {doc}`gone` and {doc}`the home page </home>`.\n"
        "Not a role: `{doc}`gone``.\n"
    )
    found = _lint_page(_myst(tmp_path, page), "docs/guide/page.md")
    assert lines(found) == [
        '4:16: LK102 {doc}`gone` names a document that does not exist (looked for docs/guide/gone.md, '
        ".rst or .ipynb): fix the name",
        '4:47: LK102 {doc}`/home` names a document that does not exist (looked for docs/home.md, '
        ".rst or .ipynb): fix the name",
    ]


def test_myst_project_links_are_local_paths_with_checked_fragments(tmp_path):
    page = (
        "# Page\n\n"
        "<project:other.md#part-two> and [x](project:other.md#part-three).\n\n"
        "[y](project:gone.md) and <project:#page> and <project:#nowhere>.\n"
    )
    found = codes(_lint_page(_myst(tmp_path, page), "docs/guide/page.md"))
    assert found == [(3, 33, "LK103"), (5, 1, "LK102"), (5, 46, "LK103")]


def test_project_scheme_is_a_url_outside_myst(tmp_path):
    _write(tmp_path, {"page.md": "# Page\n\n<project:gone.md>\n"})
    assert codes(_lint_page(tmp_path, "page.md")) == []


def test_myst_documents_named_without_suffix_relative_to_the_page(tmp_path):
    page = (
        "# Page\n\n"
        "[a](./other) [b](../index) [c](/guide/other#part-two) [d](./other#nope)\n\n"
        "[e](./gone) [f](../guide/gone) [g](guide/a-label) [h](guide/no-label)\n"
    )
    found = codes(_lint_page(_myst(tmp_path, page), "docs/guide/page.md"))
    assert found == [(3, 55, "LK103"), (5, 1, "LK102"), (5, 13, "LK102"), (5, 51, "LK102")]


def test_myst_with_intersphinx_bare_names_may_be_another_projects(tmp_path):
    page = "# Page\n\n[a](icon-links) [b](contribute/testing) [c](./gone) [d](gone.png)\n"
    conf = 'extensions = ["myst_parser", "sphinx.ext.intersphinx"]\nintersphinx_mapping = {}\n'
    found = codes(_lint_page(_myst(tmp_path, page, conf), "docs/guide/page.md"))
    assert found == [(3, 41, "LK102"), (3, 53, "LK102")]
    without = codes(_lint_page(_myst(tmp_path / "plain", page), "docs/guide/page.md"))
    assert without == [(3, 1, "LK102"), (3, 17, "LK102"), (3, 41, "LK102"), (3, 53, "LK102")]


# --- Docusaurus --------------------------------------------------------------------------------


def _docusaurus(tmp_path: Path, page: str, config: str = "module.exports = {};\n") -> Path:
    _write(tmp_path, {
        "docusaurus.config.js": config,
        "docs/intro.mdx": "# Intro\n",
        "docs/tutorial/01-create-a-page.mdx": "# Create a page\n\n## Steps\n",
        "docs/tutorial/renamed.md": "---\nid: by-id\n---\n# By id\n",
        "docs/tutorial/slugged.md": "---\nslug: /elsewhere\n---\n# Slugged\n",
        "docs/tutorial/index.md": "# Tutorial\n",
        "docs/tutorial/_partial.mdx": "Shared text.\n",
        "docs/tutorial/page.md": page,
        "src/pages/about.js": "export default function About() {}\n",
        "static/img/logo.png": "",
    })
    return tmp_path


def test_docusaurus_pages_linked_by_their_urls(tmp_path):
    page = (
        "# Page\n\n"
        "[a](./create-a-page) [b](create-a-page#steps) [c](./by-id) [d](/docs/elsewhere) [e](../intro/)\n\n"
        "[f](/docs/tutorial/create-a-page) [g](/docs/tutorial) [h](/about) [i](/img/logo.png)\n\n"
        "[j](./create-a-post) [k](/docs/gone) [l](./create-a-page#nope) [m](/nowhere) [n](./partial)\n\n"
        "[o](/blog/2021/08/26/welcome)\n"
    )
    found = codes(_lint_page(_docusaurus(tmp_path, page), "docs/tutorial/page.md"))
    assert found == [(7, 1, "LK102"), (7, 22, "LK102"), (7, 38, "LK103"), (7, 64, "LK102"), (7, 78, "LK102")]


def test_docusaurus_site_that_moves_its_docs_leaves_absolute_page_links_alone(tmp_path):
    page = "# Page\n\n[a](/guide/intro) [b](./create-a-page) [c](./gone)\n"
    config = "module.exports = {presets: [['classic', {docs: {routeBasePath: 'guide'}}]]};\n"
    found = codes(_lint_page(_docusaurus(tmp_path, page, config), "docs/tutorial/page.md"))
    assert found == [(3, 40, "LK102")]


def test_docusaurus_mdx_pages_are_checked_by_default(tmp_path):
    import subprocess
    import sys

    _write(tmp_path, {
        "site/docusaurus.config.js": "module.exports = {};\n",
        "site/docs/a.mdx": "We read the the notes.\n",
        "site/docs/b.md": "We read the the notes.\n",
        "other/c.mdx": "We read the the notes.\n",
    })

    def run(*extra):
        proc = subprocess.run([sys.executable, "-m", "prosecheck", "--no-cache", "--select", "SP102", *extra, "."],
                              cwd=tmp_path, capture_output=True, text=True, timeout=120)
        return proc.returncode, proc.stdout.splitlines()

    rc, out = run()
    assert rc == 1 and [line.split(" ")[0] for line in out] == ["site/docs/a.mdx:1:13:", "site/docs/b.md:1:13:"]
    rc, out = run("--dialect", "gfm")
    assert [line.split(" ")[0] for line in out] == ["site/docs/b.md:1:13:"]
    rc, out = run("--dialect", "docusaurus")
    assert [line.split(" ")[0] for line in out] == [
        "other/c.mdx:1:13:", "site/docs/a.mdx:1:13:", "site/docs/b.md:1:13:"]


def test_a_fifo_among_the_pages_is_never_opened(tmp_path):
    # The repository is untrusted: a FIFO named like a page would block a read for ever.
    import os
    import subprocess
    import sys

    _docusaurus(tmp_path, "# Page\n\n[a](./create-a-page) [b](./gone)\n")
    _write(tmp_path, {"sphinx/conf.py": 'extensions = ["myst_parser"]\n', "sphinx/p.md": "[c](no-label)\n"})
    os.mkfifo(tmp_path / "docs" / "tutorial" / "stuck.md")
    os.mkfifo(tmp_path / "sphinx" / "stuck.md")
    proc = subprocess.run([sys.executable, "-m", "prosecheck", "--no-cache", "--select", "LK102", "docs", "sphinx"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.stdout.splitlines() == [
        'docs/tutorial/page.md:3:22: LK102 "./gone" does not exist (looked for docs/tutorial/gone): '
        "fix the path or remove the link",
        'sphinx/p.md:1:1: LK102 "no-label" does not exist (looked for sphinx/no-label): '
        "fix the path or remove the link",
    ]
