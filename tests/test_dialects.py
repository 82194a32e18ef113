"""Documentation-site dialects: the rewrite keeps every line's length, and the prose inside each
dialect's containers is checked at its exact position (prosecheck.dialects)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prosecheck import dialects
from prosecheck.dialects.site import read_mkdocs, site_for
from prosecheck.document import parse
from prosecheck.testing import codes, lines, lint

DOUBLE = "We read the the notes."  # SP102 at the second "the" (column 13 when unindented)


@pytest.fixture(autouse=True)
def _auto_dialect():
    dialects.configure("auto", None)
    yield
    dialects.configure("auto", None)


def _site(tmp_path: Path, kind: str, config: str = "") -> Path:
    """A project of ``kind`` in tmp_path; returns the folder pages go in."""
    if kind == "mkdocs":
        (tmp_path / "mkdocs.yml").write_text(config or "site_name: t\n", encoding="utf-8")
        docs = tmp_path / "docs"
    elif kind == "myst":
        (tmp_path / "conf.py").write_text('extensions = ["myst_parser"]\n', encoding="utf-8")
        docs = tmp_path
    elif kind == "docusaurus":
        (tmp_path / "docusaurus.config.js").write_text("module.exports = {};\n", encoding="utf-8")
        docs = tmp_path / "docs"
    else:
        docs = tmp_path
    docs.mkdir(exist_ok=True)
    return docs


def _lint(tmp_path, kind, text, name="page.md", config="", **kw):
    tmp_path.mkdir(exist_ok=True)
    docs = _site(tmp_path, kind, config)
    path = docs / name
    path.write_text(text, encoding="utf-8")
    return lint(text, str(path), root=str(tmp_path), **kw)


def _same_shape(a: str, b: str) -> bool:
    return [len(x) for x in a.split("\n")] == [len(x) for x in b.split("\n")]


# --- MkDocs ------------------------------------------------------------------------------------


def test_admonition_body_is_checked_at_its_position(tmp_path):
    text = f'# T\n\n!!! note "Read this"\n    {DOUBLE}\n'
    assert codes(_lint(tmp_path, "mkdocs", text, select=["SP102"])) == [(4, 17, "SP102")]


def test_same_text_as_commonmark_is_an_unchecked_code_block(tmp_path):
    text = f'# T\n\n!!! note "Read this"\n\n    {DOUBLE}\n'
    assert codes(_lint(tmp_path, "plain", text, select=["SP102"])) == []
    assert codes(_lint(tmp_path / "m", "mkdocs", text, select=["SP102"])) == [(5, 17, "SP102")]


def test_collapsible_tabs_and_nesting(tmp_path):
    text = (
        "# T\n\n"
        '???+ tip "Open"\n'
        f"    {DOUBLE}\n\n"
        '    !!! warning "Inner"\n'
        f"        {DOUBLE}\n\n"
        '=== "Tab one"\n\n'
        f"    {DOUBLE}\n"
    )
    assert codes(_lint(tmp_path, "mkdocs", text, select=["SP102"])) == [
        (4, 17, "SP102"), (7, 21, "SP102"), (11, 17, "SP102")]
    doc = parse("p.md", text, dialect="mkdocs")
    kinds = [(b.start_line, b.kind, b.containers, b.prose) for b in doc.blocks]
    assert kinds == [
        (1, "heading", (), "T"),
        (3, "heading", ("details",), "Open"),
        (4, "paragraph", ("details",), DOUBLE),
        (6, "heading", ("details", "admonition"), "Inner"),
        (7, "paragraph", ("details", "admonition"), DOUBLE),
        (9, "heading", ("tab",), "Tab one"),
        (11, "paragraph", ("tab",), DOUBLE),
    ]
    # Titles are heading-like but make no anchor.
    assert [h.anchor for h in doc.headings] == ["t"]


def test_tab_indented_bodies_are_checked(tmp_path):
    # Python-Markdown expands a tab to four columns: a tab indents a body as four spaces do.
    text = (
        '# T\n\n!!! note "Read this"\n'
        f"\t{DOUBLE}\n\n"
        "\t!!! tip\n"
        f"\t\t{DOUBLE}\n\n"
        '=== "Tab"\n\n'
        f"  \t{DOUBLE}\n\n"
        "\t```\n\tthe the\n\t```\n"
    )
    assert codes(_lint(tmp_path, "mkdocs", text, select=["SP102"])) == [
        (4, 14, "SP102"), (7, 15, "SP102"), (11, 16, "SP102")]
    doc = parse("p.md", text, dialect="mkdocs")
    assert [(b.start_line, b.containers) for b in doc.blocks if b.kind == "paragraph"] == [
        (4, ("admonition",)), (7, ("admonition", "admonition")), (11, ("tab",))]
    assert {13, 14, 15} <= doc.code_lines


def test_superlative_in_admonition_title_and_body(tmp_path):
    text = '!!! note "The best plugin"\n    It is the best tool in the world.\n'
    found = _lint(tmp_path, "mkdocs", text, select=["SL101"])
    # A container's title is a heading-like line, and SL101 does not judge headings (they echo
    # the section below): only the body's claim is reported.
    assert codes(found) == [(2, 11, "SL101")]


def test_code_inside_an_admonition_stays_code(tmp_path):
    text = '!!! example\n    ```python\n    x = "the the"\n\n    y = 2\n    ```\n    After the code.\n'
    doc = parse("p.md", text, dialect="mkdocs")
    assert [b.prose for b in doc.blocks] == ["After the code."]
    assert {2, 3, 5, 6} <= doc.code_lines
    assert codes(_lint(tmp_path, "mkdocs", text, select=["SP102"])) == []


def test_admonition_syntax_inside_a_fence_is_left_alone():
    text = "```md\n!!! note\n    the the\n```\n"
    out, facts = dialects.rewrite(text, "mkdocs")
    assert out == text and facts.containers == []


def test_attr_list_ids_are_anchors_and_not_prose(tmp_path):
    text = "# Setup { #setup .wide }\n\nSee **this**{ #this-id } and [a](#setup), [b](#this-id), [c](#nope).\n"
    found = _lint(tmp_path, "mkdocs", text, select=["LK103"])
    assert codes(found) == [(3, 58, "LK103")]
    doc = parse("p.md", text, dialect="mkdocs")
    assert doc.blocks[0].prose.rstrip() == "Setup"
    assert "#this-id" not in doc.blocks[1].prose


def test_python_markdown_slugs_and_duplicates(tmp_path):
    text = "## Usage\n\n## Usage\n\n## Ça va?\n\n[a](#usage_1) [b](#ca-va) [c](#usage-1)\n"
    # Python-Markdown names the second "usage_1" and drops accents; "#usage-1" is GitHub's
    # name, kept too since the page may also be read on GitHub.
    assert codes(_lint(tmp_path, "mkdocs", text, select=["LK103"])) == []


def test_abbreviations_are_recorded_and_blanked():
    text = "The HTML spec.\n\n*[HTML]: Hyper Text Markup Language\n"
    out, facts = dialects.rewrite(text, "mkdocs")
    assert facts.abbreviations == {"HTML": "Hyper Text Markup Language"}
    assert out.split("\n")[2].strip() == "" and _same_shape(out, text)


def test_abbreviations_are_known_words(tmp_path):
    # SP101 flags "grapql" as written; defined as an abbreviation (on the page, or in a glossary the
    # site appends to every page), it is a term the page explains.
    text = "We query it with grapql and wizzard.\n"
    assert codes(_lint(tmp_path / "a", "mkdocs", text, select=["SP101"])) == [(1, 18, "SP101"), (1, 29, "SP101")]
    assert codes(_lint(tmp_path / "b", "mkdocs", text + "\n*[grapql]: Graph Query Language X\n",
                       select=["SP101"])) == [(1, 29, "SP101")]
    config = ("site_name: t\nmarkdown_extensions:\n  - abbr\n  - pymdownx.snippets:\n"
              "      base_path: [includes]\n      auto_append: [glossary.md]\n")
    (tmp_path / "c" / "includes").mkdir(parents=True)
    (tmp_path / "c" / "includes" / "glossary.md").write_text("*[wizzard]: Wizard\n", encoding="utf-8")
    assert codes(_lint(tmp_path / "c", "mkdocs", text + "\n*[grapql]: Graph Query Language X\n",
                       config=config, select=["SP101"])) == []


def test_snippets_definitions_count_and_missing_file_is_lk102(tmp_path):
    config = "site_name: t\nmarkdown_extensions:\n  - pymdownx.snippets:\n      base_path: [snips]\n"
    (tmp_path / "snips").mkdir()
    (tmp_path / "snips" / "links.md").write_text("## Shared part\n\n[home]: https://example.com\n", encoding="utf-8")
    text = '--8<-- "links.md"\n\nGo [home][home], to [x](#shared-part).\n\n--8<-- "gone.md"\n'
    found = _lint(tmp_path, "mkdocs", text, config=config, select=["LK"])
    assert lines(found) == [
        '5:9: LK102 the included file "gone.md" does not exist (looked for snips/gone.md): '
        "fix the file name or remove the line"]


def test_snippets_auto_append_defines_references(tmp_path):
    config = ("site_name: t\nmarkdown_extensions:\n  - pymdownx.snippets:\n"
              "      base_path: [snips]\n      auto_append: [refs.md]\n")
    (tmp_path / "snips").mkdir()
    (tmp_path / "snips" / "refs.md").write_text("--8<--\nlinks.md\n--8<--\n", encoding="utf-8")
    (tmp_path / "snips" / "links.md").write_text("[pkg]: https://example.com\n", encoding="utf-8")
    assert codes(_lint(tmp_path, "mkdocs", "Use [the package][pkg].\n", config=config, select=["LK"])) == []


def test_autorefs_identifiers_need_no_definition(tmp_path):
    text = "See [`Page`][mkdocs.structure.Page], [the setup][setup] and [a typo][no such label].\n"
    with_autorefs = "site_name: t\nplugins:\n  - search\n  - autorefs\n"
    assert codes(_lint(tmp_path / "a", "mkdocs", text, config=with_autorefs, select=["LK104"])) == [(1, 61, "LK104")]
    assert codes(_lint(tmp_path / "b", "mkdocs", text, select=["LK104"])) == [
        (1, 5, "LK104"), (1, 38, "LK104"), (1, 61, "LK104")]


def test_directory_urls(tmp_path):
    docs = _site(tmp_path, "mkdocs")
    (docs / "guide").mkdir()
    (docs / "guide" / "index.md").write_text("# Guide\n\n## Start\n", encoding="utf-8")
    (docs / "api.md").write_text("# API\n", encoding="utf-8")
    text = "[a](../guide/) [b](../guide/#start) [c](../api/) [d](../gone/) [e](../guide/#nope)\n"
    found = _lint(tmp_path, "mkdocs", text, name="page.md", select=["LK"])
    assert codes(found) == [(1, 50, "LK102"), (1, 64, "LK103")]


def test_absolute_links_on_an_mkdocs_site(tmp_path):
    # A page of docs_dir at that URL is checked (fragment too); anything else is the server's
    # (a site served below a path, another version with mike): not reported.
    docs = _site(tmp_path, "mkdocs")
    (docs / "guide").mkdir()
    (docs / "guide" / "index.md").write_text("# Guide\n\n## Start\n", encoding="utf-8")
    text = "[a](/guide/#start) [b](/guide/#nope) [c](/dev/guide/) [d](../gone/)\n"
    found = _lint(tmp_path, "mkdocs", text, name="page.md", select=["LK"])
    assert codes(found) == [(1, 20, "LK103"), (1, 55, "LK102")]


def test_directory_urls_off(tmp_path):
    docs = _site(tmp_path, "mkdocs", "site_name: t\nuse_directory_urls: false\n")
    (docs / "api.md").write_text("# API\n", encoding="utf-8")
    found = _lint(tmp_path, "mkdocs", "[c](../api/)\n", config="site_name: t\nuse_directory_urls: false\n",
                  select=["LK"])
    assert codes(found) == [(1, 1, "LK102")]


def test_mkdocstrings_block_is_not_prose_and_anchors_are_unknowable(tmp_path):
    text = "# API\n\n::: package.module\n    options:\n      show_source: false\n\nSee [x](#package.module.func).\n"
    doc = parse("p.md", text, dialect="mkdocs")
    assert [b.prose for b in doc.blocks] == ["API", "See x."]
    assert codes(_lint(tmp_path, "mkdocs", text, select=["LK103"])) == []


def test_md_in_html(tmp_path):
    text = '<div class="grid" markdown id="cards">\nWe read the the notes.\n</div>\n\n[x](#cards)\n'
    found = _lint(tmp_path, "mkdocs", text, select=["SP102", "LK103"])
    assert codes(found) == [(2, 13, "SP102")]


def test_blocks_syntax(tmp_path):
    text = f"/// note | Heads up\n{DOUBLE}\n///\n"
    assert codes(_lint(tmp_path, "mkdocs", text, select=["SP102"])) == [(2, 13, "SP102")]
    doc = parse("p.md", text, dialect="mkdocs")
    assert [(b.kind, b.prose) for b in doc.blocks] == [("heading", "Heads up"), ("paragraph", DOUBLE)]


def test_readme_beside_mkdocs_yml_is_a_github_page(tmp_path):
    _site(tmp_path, "mkdocs")
    assert site_for(str(tmp_path / "README.md")).dialect == "gfm"
    assert site_for(str(tmp_path / "docs" / "a.md")).dialect == "mkdocs"


def test_mkdocs_yml_with_python_tags_and_hostile_content(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\ndocs_dir: src\nuse_directory_urls: false\nmarkdown_extensions:\n"
        "  - toc:\n      slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}\n"
        "  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "  - attr_list\nextra:\n  key: !ENV [HOME, x]\n", encoding="utf-8")
    site = read_mkdocs(str(tmp_path / "mkdocs.yml"))
    assert (site.docs_dir, site.use_directory_urls, site.slug_style, site.problems) == (
        str(tmp_path / "src"), False, "unicode", ())
    (tmp_path / "mkdocs.yml").write_text("a: [unclosed\n", encoding="utf-8")
    broken = read_mkdocs(str(tmp_path / "mkdocs.yml"))
    assert broken.docs_dir == str(tmp_path / "docs") and len(broken.problems) == 1


# --- MyST --------------------------------------------------------------------------------------


def test_myst_directives_targets_and_roles(tmp_path):
    text = (
        "(intro)=\n"
        "# Intro\n\n"
        "```{note} A title\n"
        ":class: tip\n"
        f"{DOUBLE}\n"
        "```\n\n"
        ":::{tip}\n"
        f"{DOUBLE}\n"
        ":::\n\n"
        "See {ref}`intro` and [x](#intro).\n\n"
        "```{code-block} python\n"
        "x = 'the the'\n"
        "```\n"
    )
    assert codes(_lint(tmp_path, "myst", text, select=["SP102", "LK103"])) == [
        (6, 13, "SP102"), (10, 13, "SP102")]
    doc = parse("p.md", text, dialect="myst")
    assert [(b.start_line, b.kind, b.prose, b.containers) for b in doc.blocks] == [
        (2, "heading", "Intro", ()), (4, "heading", "A title", ("directive",)),
        (6, "paragraph", DOUBLE, ("directive",)), (10, "paragraph", DOUBLE, ("directive",)),
        (13, "paragraph", "See      \x00 and x.", ())]
    assert doc.dialect_facts.anchors == [("intro", 0)]
    assert 16 in doc.code_lines


def test_myst_colon_fence_that_is_not_prose_is_code():
    text = ":::{code-block} text\nthe the\n:::\n"
    doc = parse("p.md", text, dialect="myst")
    assert doc.blocks == [] and doc.code_lines >= {1, 2, 3}


# --- Docusaurus --------------------------------------------------------------------------------


def test_docusaurus_admonitions_ids_and_jsx(tmp_path):
    text = (
        "import Tabs from '@theme/Tabs';\n"
        "import TabItem from '@theme/TabItem';\n\n"
        "## Install {#setup}\n\n"
        ":::tip[Good to know]\n"
        f"{DOUBLE}\n"
        ":::\n\n"
        "<Tabs>\n"
        '<TabItem value="a" label="A">\n\n'
        f"{DOUBLE}\n\n"
        "</TabItem>\n"
        "</Tabs>\n\n"
        "[x](#setup)\n"
    )
    assert codes(_lint(tmp_path, "docusaurus", text, select=["SP102", "LK103"])) == [
        (7, 13, "SP102"), (13, 13, "SP102")]
    doc = parse("p.md", text, dialect="docusaurus")
    assert [b.prose.rstrip() for b in doc.blocks if b.kind == "heading"] == ["Install", "Good to know"]
    assert {1, 2} <= doc.code_lines


# --- GitHub ------------------------------------------------------------------------------------


def test_github_alert_is_the_writers_note(tmp_path):
    text = f"> [!NOTE]\n> {DOUBLE}\n\n> Quoted words.\n"
    assert codes(_lint(tmp_path, "plain", text, select=["SP102"])) == [(2, 15, "SP102")]
    doc = parse("p.md", text)
    assert [(b.prose, b.containers) for b in doc.blocks] == [
        (DOUBLE, ("alert",)), ("Quoted words.", ("blockquote",))]


# --- the rewrite itself ------------------------------------------------------------------------


@pytest.mark.parametrize("dialect", ["mkdocs", "myst", "docusaurus", "gfm"])
def test_rewrite_keeps_every_line_length(dialect):
    text = (
        '!!! note "T"\n    body { #x }\n\n=== "A"\n    tab\n*[A]: b\n--8<-- "x.md"\n'
        "```{note} t\n:a: b\nx\n```\n(t)=\n:::tip\nx\n:::\nimport A from 'a';\n<A/>\n> [!TIP]\n> x\n"
    )
    out, _ = dialects.rewrite(text, dialect)
    assert _same_shape(out, text)


def test_configured_dialect_wins_over_detection(tmp_path):
    _site(tmp_path, "mkdocs")
    dialects.configure("commonmark", str(tmp_path))
    assert site_for(str(tmp_path / "docs" / "a.md")).dialect == "commonmark"


# --- hostile pages ---------------------------------------------------------------------------------


@pytest.mark.parametrize("dialect", ["mkdocs", "myst", "docusaurus", "gfm"])
@pytest.mark.parametrize("line", [
    ":::note " + "{" * 50_000,
    '!!! note "' + "a " * 50_000,
    "!!! " + "a " * 50_000 + "!",
    "/// note | " + " " * 50_000 + "x",
    "--8<-- " + " " * 50_000 + "x",
    "```{note} " + " " * 50_000 + "x",
    "{ #a" + " #b" * 30_000,
    "<Tab " + "a" * 50_000,
    "<button " + "a " * 50_000,
    "    " * 2_000 + "!!! note",
])
def test_rewrite_is_linear_on_hostile_lines(dialect, line):
    import time

    text = (line + "\n") * 3
    start = time.perf_counter()
    out, _ = dialects.rewrite(text, dialect)
    assert time.perf_counter() - start < 2.0
    assert _same_shape(out, text)


def test_deeply_nested_admonitions_parse(tmp_path):
    text = "".join("    " * i + f'!!! note "Level {i}"\n' for i in range(60)) + "    " * 60 + f"{DOUBLE}\n"
    doc = parse("p.md", text, dialect="mkdocs")
    assert doc.blocks[-1].prose == DOUBLE and doc.position(doc.words[-2].offset) == (61, 253)


# --- the setting --------------------------------------------------------------------------------


def _cli(cwd, *args):
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "prosecheck", "--no-cache", "--jobs", "1", "--select", "SP102", *args],
                          cwd=cwd, capture_output=True, text=True, timeout=120)


def test_dialect_from_configuration_and_command_line(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(f'!!! note "T"\n\n    {DOUBLE}\n', encoding="utf-8")
    (tmp_path / ".prosecheck.toml").write_text('dialect = "mkdocs"\n', encoding="utf-8")
    found = _cli(tmp_path, "page.md")
    assert (found.returncode, found.stdout) == (1, 'page.md:3:17: SP102 "the" is repeated: delete one\n')
    found = _cli(tmp_path, "--dialect", "gfm", "page.md")
    assert (found.returncode, found.stdout) == (0, "")


def test_bad_dialect_is_a_configuration_error(tmp_path):
    (tmp_path / ".prosecheck.toml").write_text('dialect = "hugo"\n', encoding="utf-8")
    (tmp_path / "page.md").write_text("Text.\n", encoding="utf-8")
    found = _cli(tmp_path, "page.md")
    assert found.returncode == 2 and "Traceback" not in found.stderr
    assert "'dialect' must be one of 'auto', 'commonmark', 'gfm', 'mkdocs', 'myst', 'docusaurus', not 'hugo'" in found.stderr


def test_cached_result_follows_mkdocs_yml(tmp_path):
    import subprocess
    import sys

    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text("[a](../api/)\n", encoding="utf-8")
    (tmp_path / "docs" / "api.md").write_text("# API\n", encoding="utf-8")
    (tmp_path / ".prosecheck.toml").write_text("", encoding="utf-8")

    def run():
        return subprocess.run([sys.executable, "-m", "prosecheck", "--jobs", "1", "--select", "LK102", "docs/page.md"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=120)

    assert run().returncode == 0
    (tmp_path / "mkdocs.yml").write_text("site_name: t\nuse_directory_urls: false\n", encoding="utf-8")
    assert run().returncode == 1


def test_titles_hold_inline_markdown_and_take_no_anchor(tmp_path):
    text = ('!!! tip "[Upgrade][up] with `pip` to [v2](#nope)"\n    Body.\n\n## Tip\n\n'
            "[up]: https://example.com\n\n[t](#tip)\n")
    doc = parse("p.md", text, dialect="mkdocs")
    assert [(b.start_line, b.kind, b.level, b.prose) for b in doc.blocks][:2] == [
        (1, "heading", 0, "Upgrade with \x00 to v2"), (2, "paragraph", 0, "Body.")]
    assert [(h.text, h.anchor) for h in doc.headings] == [("Tip", "tip")]
    assert [(link.destination, doc.position(link.offset)) for link in doc.links][:2] == [
        ("https://example.com", (1, 10)), ("#nope", (1, 38))]
    found = _lint(tmp_path, "mkdocs", text, select=["LK"])
    assert codes(found) == [(1, 38, "LK103")]


def test_one_line_md_in_html_is_parsed(tmp_path):
    text = '<figcaption markdown>Seen on [the site] with `code`</figcaption>\n\n[the site]: https://example.com\n'
    doc = parse("p.md", text, dialect="mkdocs")
    assert [(b.kind, b.prose, b.containers) for b in doc.blocks] == [("heading", "Seen on the site with \x00", ("html",))]
    assert codes(_lint(tmp_path, "mkdocs", text, select=["LK"])) == []


def test_the_setting_travels_with_the_run_settings(tmp_path):
    """A worker that was not forked from the main process (a Dask worker) gets the dialect from
    the run's Settings, which go with every file."""
    from prosecheck.check import Context
    from prosecheck.files import FileItem
    from prosecheck.runner import Settings, lint_item
    from prosecheck.selection import Selector
    from prosecheck.testing import registry

    page = tmp_path / "page.md"
    page.write_text(f'!!! note "T"\n\n    {DOUBLE}\n', encoding="utf-8")
    dialects.configure("gfm", str(tmp_path))  # what this process was left with
    reg = registry()
    from prosecheck import plugins

    before = plugins._REGISTRY
    plugins.set_registry(reg)
    try:
        values = {c.name: {n: o.default for n, o in c.options.items()} for c in reg.checks}
        settings = Settings(Selector(select=["SP102"]), values, Context(root=str(tmp_path), all_options=values),
                            root=str(tmp_path), dialect="mkdocs")
        result = lint_item(FileItem("page.md", str(page)), settings)
    finally:
        plugins.set_registry(before)  # leave the process as it was for the tests after this one
    assert codes(result.diagnostics) == [(3, 17, "SP102")]
