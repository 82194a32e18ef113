"""The links check (LK101-LK106): fixture documents over a real folder tree, plus unit cases."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import prosecheck.document
from prosecheck.check import Context
from prosecheck.checks import links
from prosecheck.document import parse
from prosecheck.testing import assert_fixture, codes, fixture_paths, lines, lint, lint_documents

FIXTURES = Path(__file__).parent / "fixtures" / "links"
PLUGINS = [links]
DEFAULTS = {name: opt.default for name, opt in links.Links.options.items()}


@pytest.mark.parametrize("path", fixture_paths(FIXTURES), ids=lambda p: p.name)
def test_fixture(path):
    assert_fixture(path, plugins=PLUGINS)


def test_every_code_has_a_fixture_that_triggers_it():
    expected = "".join(Path(f"{p}.expected").read_text(encoding="utf-8") for p in fixture_paths(FIXTURES))
    for code in links.Links.codes:
        assert f" {code} " in expected, code


def test_clean_fixture_is_clean():
    assert Path(FIXTURES / "clean.md.expected").read_text(encoding="utf-8").strip() == ""


def test_nested_document_resolves_relative_to_its_own_folder():
    rel = "guide/nested/deep.md"
    found = lint_documents({rel: (FIXTURES / rel).read_text(encoding="utf-8")}, plugins=PLUGINS, root=str(FIXTURES))
    assert lines(found) == [
        '4:17: LK102 "../../../nowhere.md" points outside the project (to ../nowhere.md), where '
        "prosecheck does not look: fix the path, or pass --allow-outside-root",
        '4:52: LK103 "../setup.md#instal" names an anchor that setup.md does not have '
        '(did you mean "#install"?): fix the fragment or add the anchor',
        '5:68: LK102 "/guide/nested/deep.markdown" does not exist (looked for guide/nested/deep.markdown): '
        "fix the path or remove the link",
        '6:48: LK103 "./deep.md#nope" names an anchor that deep.md does not have: '
        "fix the fragment or add the anchor",
    ]


# --- LK101 --------------------------------------------------------------------------------------


def test_lk101_shapes_and_positions():
    text = "[a]() [b](<>) [c](#) ![d]() [e]( )\n"
    assert codes(lint(text, plugins=PLUGINS)) == [(1, 1, "LK101"), (1, 7, "LK101"), (1, 15, "LK101"),
                                                  (1, 22, "LK101"), (1, 29, "LK101")]


def test_lk101_message_shape_is_kept():
    assert lines(lint("[x]() ![y](#)\n", plugins=PLUGINS)) == [
        "1:1: LK101 this link points to nothing: add the address it should go to, or remove the link",
        '1:7: LK101 this image points to "#": add the address it should go to, or remove the image',
    ]


def test_empty_link_is_reported_once():
    # An empty destination is not also "not found" or "malformed".
    assert codes(lint("[x](<>)\n", plugins=PLUGINS, root=str(FIXTURES))) == [(1, 1, "LK101")]


# --- LK102 --------------------------------------------------------------------------------------


def test_lk102_message_names_destination_and_looked_for_path():
    found = lint_documents({"docs/index.md": "See [setup](guide/setup.md).\n"}, plugins=PLUGINS, root=str(FIXTURES))
    assert lines(found) == [
        '1:5: LK102 "guide/setup.md" does not exist (looked for docs/guide/setup.md): '
        "fix the path or remove the link"
    ]


def test_lk102_stdin_resolves_against_current_folder(monkeypatch):
    monkeypatch.chdir(FIXTURES)
    doc = parse("-", "[ok](guide/setup.md) [bad](guide/nope.md)\n")
    assert doc.filename is None
    found = list(links.Links().check(doc, DEFAULTS, Context(root=str(FIXTURES))))
    assert codes(found) == [(1, 22, "LK102")]


def test_lk102_root_relative_uses_project_root(tmp_path):
    (tmp_path / "top.md").write_text("# Top\n")
    (tmp_path / "sub").mkdir()
    text = "[top](/top.md) [up](../top.md) [here](/sub/top.md)\n"
    found = lint_documents({"sub/doc.md": text}, plugins=PLUGINS, root=str(tmp_path))
    assert codes(found) == [(1, 32, "LK102")]


def test_lk102_root_option_is_relative_to_project_root(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "a.md").write_text("# A\n")
    text = "[a](/a.md)\n"
    assert codes(lint(text, plugins=PLUGINS, root=str(tmp_path))) == [(1, 1, "LK102")]
    assert codes(lint(text, plugins=PLUGINS, root=str(tmp_path), options={"links": {"root": "site"}})) == []


def test_lk102_backslash_escape_and_entity_in_destination(tmp_path):
    (tmp_path / "a_b.md").write_text("# A\n")
    (tmp_path / "a&b.md").write_text("# A\n")
    text = "[x](a\\_b.md) [y](a&amp;b.md) [z](a\\_c.md)\n"
    assert codes(lint(text, plugins=PLUGINS, root=str(tmp_path))) == [(1, 30, "LK102")]


def test_external_destinations_never_touch_the_disk(tmp_path):
    text = "[a](https://x.org/none.md) [b](ftp://x.org/f) [c](mailto:a@b.org) [d](irc://x.org/c) [e](//x.org/y)\n"
    assert codes(lint(text, plugins=PLUGINS, root=str(tmp_path))) == []


# --- LK103 --------------------------------------------------------------------------------------


def test_lk103_same_document_duplicate_headings():
    text = "# Usage\n\n# Usage\n\n[a](#usage) [b](#usage-1) [c](#usage-2)\n"
    assert codes(lint(text, plugins=PLUGINS)) == [(5, 27, "LK103")]


def test_lk103_check_anchors_off():
    text = "[c](#nowhere)\n"
    assert codes(lint(text, plugins=PLUGINS)) == [(1, 1, "LK103")]
    assert codes(lint(text, plugins=PLUGINS, options={"links": {"check_anchors": False}})) == []


def test_lk103_gitlab_style_recomputes_slugs():
    text = "# A -- B\n\n[gh](#a----b) [gl](#a-b)\n"
    assert codes(lint(text, plugins=PLUGINS)) == [(3, 15, "LK103")]
    assert codes(lint(text, plugins=PLUGINS, options={"links": {"anchor_style": "gitlab"}})) == [(3, 1, "LK103")]


def test_lk103_bad_anchor_style_is_rejected():
    with pytest.raises(Exception):
        lint("[a](#b)\n", plugins=PLUGINS, options={"links": {"anchor_style": "bitbucket"}})


def test_lk103_target_is_parsed_once_per_process(tmp_path, monkeypatch):
    (tmp_path / "target.md").write_text("# Target\n\n## Part\n")
    calls = []
    real_parse = prosecheck.document.parse

    def counting_parse(path, *args, **kwargs):
        calls.append(path)
        return real_parse(path, *args, **kwargs)

    monkeypatch.setattr(prosecheck.document, "parse", counting_parse)
    docs = {f"doc{i}.md": "[a](target.md#part) [b](target.md#nope)\n" for i in range(5)}
    # lint_documents itself parses through prosecheck.testing's own import, not the patched name.
    found = lint_documents(docs, plugins=PLUGINS, root=str(tmp_path))
    assert codes(found) == [(1, 21, "LK103")] * 5
    assert [os.path.basename(p) for p in calls] == ["target.md"]


def test_lk103_target_cache_notices_a_changed_file(tmp_path):
    target = tmp_path / "t.md"
    target.write_text("# One\n")
    text = "[a](t.md#two)\n"
    assert codes(lint(text, plugins=PLUGINS, root=str(tmp_path))) == [(1, 1, "LK103")]
    target.write_text("# One\n\n# Two\n")
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 10**9))
    assert codes(lint(text, plugins=PLUGINS, root=str(tmp_path))) == []


def test_lk103_unreadable_target_is_not_flagged(tmp_path):
    (tmp_path / "bin.md").write_bytes(b"\x00\x01\x02")
    assert codes(lint("[a](bin.md#x)\n", plugins=PLUGINS, root=str(tmp_path))) == []


# --- LK104 --------------------------------------------------------------------------------------


def test_lk104_message():
    assert lines(lint("Read [the guide][guid].\n\n[guide]: a.md\n", plugins=PLUGINS)) == [
        '1:6: LK104 "[the guide][guid]" uses the label "guid", which no definition in this document '
        'has: add "[guid]: <address>" or fix the label',
        '3:1: LK105 the link definition "[guide]" is never used: link to it or remove it',
    ]


def test_lk104_not_for_indexing_or_code():
    assert codes(lint("x[0][1] and `[a][b]` and y)[a][b]\n", plugins=PLUGINS)) == []


# --- LK105 --------------------------------------------------------------------------------------


def test_lk105_shortcut_with_code_label_counts_as_use():
    # Document.Link.label holds the rendered text ("x") for shortcut links; the check reads the
    # label as written ("`x`") so the definition counts as used.
    text = "[`x`] and ![`y`][]\n\n[`x`]: a.md\n[`y`]: b.png\n[`z`]: c.md\n"
    assert codes(lint(text, plugins=PLUGINS, select=["LK105"])) == [(5, 1, "LK105")]


def test_lk105_comment_idioms_are_not_flagged():
    text = "Text.\n\n[//]: # (comment)\n[comment]: <> (hidden)\n[//]: # \"also hidden\"\n"
    assert codes(lint(text, plugins=PLUGINS)) == []


def test_lk105_duplicate_definition():
    text = "[a]\n\n[a]: x.md\n[A]: y.md\n"
    found = lint(text, plugins=PLUGINS, options={"links": {"ignore": [r"\.md$"]}})
    assert lines(found) == [
        '4:1: LK105 the link definition "[A]" repeats a label already defined on line 3, so Markdown '
        "ignores it: remove it or give it a label of its own"
    ]


# --- LK106 --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dest, fix",
    [
        ("htp://a.org", "http://a.org"),
        ("htps://a.org", "https://a.org"),
        ("htttp://a.org", "http://a.org"),
        ("hhtps://a.org", "https://a.org"),
        ("http:/a.org", "http://a.org"),
        ("https:a.org", "https://a.org"),
        ("http//a.org", "http://a.org"),
        ("www.a.org", "https://www.a.org"),
    ],
)
def test_lk106_suggests_the_fix(dest, fix, tmp_path):
    found = lint(f"[x]({dest})\n", plugins=PLUGINS, root=str(tmp_path))
    assert codes(found) == [(1, 1, "LK106")]
    assert f'write "{fix}"' in found[0].message


@pytest.mark.parametrize(
    "dest",
    ["https://a.org", "http://localhost:3000", "HTTP://A.ORG", "ssh://git@a.org/r.git", "hxxp://a.org",
     "localhost:3000", "data:,x", "javascript:void(0)", "mailto:a@b.org", "tel:+15550100", "http://[::1]/"],
)
def test_lk106_not_for_valid_addresses(dest, tmp_path):
    assert codes(lint(f"[x](<{dest}>)\n", plugins=PLUGINS, root=str(tmp_path))) == []


def test_lk106_domain_without_scheme_only_when_no_such_file(tmp_path):
    text = "[x](example.com)\n"
    assert codes(lint(text, plugins=PLUGINS, root=str(tmp_path))) == [(1, 1, "LK106")]
    (tmp_path / "example.com").write_text("")
    assert codes(lint(text, plugins=PLUGINS, root=str(tmp_path))) == []


def test_lk106_text_that_was_meant_as_a_link():
    text = "See <http://a.org/x y> or [it](http://a.org/my file.pdf) or ![img](https://a.org/a b.png).\n"
    assert codes(lint(text, plugins=PLUGINS)) == [(1, 5, "LK106"), (1, 27, "LK106"), (1, 61, "LK106")]


def test_ignore_option_applies_to_text_links_too():
    text = "See <http://a.org/x y>.\n"
    assert codes(lint(text, plugins=PLUGINS, options={"links": {"ignore": ["a\\.org"]}})) == []


# --- speed --------------------------------------------------------------------------------------


def _calls_to_check_links(tmp_path, n):
    """Python function calls made by the links check on a document of `n` lines of links.

    Counted by cProfile, so the figure is the same on a quiet and on a loaded machine: a wall-clock
    limit here failed whenever other jobs shared the cores (speed itself is measured in benchmarks/).
    """
    import cProfile
    import pstats

    body = "".join(f"## H{i}\n\n[l{i}](t.md#t) [e{i}](https://a.org/{i}) [s](#x{i}) [h](#h{i})\n\n" for i in range(n))
    doc = parse("d.md", "# X\n\n" + body, filename=str(tmp_path / "d.md"))
    profiler = cProfile.Profile()
    profiler.enable()
    context = Context(root=str(tmp_path))
    found = list(links.Links().check(doc, DEFAULTS, context))
    # As the superlatives and hedging checks do: is this claim's link broken? (once per link)
    broken = sum(links.is_broken(doc, link.destination, context) for link in doc.links)
    profiler.disable()
    assert (len(found), broken) == (n, n)  # every "#x<i>" is a broken anchor
    return pstats.Stats(profiler).total_calls


def test_many_links_cost_linear_work(tmp_path, monkeypatch):
    # Each link once against one anchor set: 4x the links is about 4x the calls. Rebuilding the
    # document's anchor set per link (as is_broken once did) makes it about 9x here.
    # A broken fragment's suggestions are compared with at most _SUGGESTION_LIMIT anchors; a small
    # limit keeps the profiled run quick (difflib per candidate is most of its calls).
    monkeypatch.setattr(links, "_SUGGESTION_LIMIT", 20)
    (tmp_path / "t.md").write_text("# T\n")
    small, large = _calls_to_check_links(tmp_path, 150), _calls_to_check_links(tmp_path, 600)
    assert large / small < 4.6, (small, large)


# --- corpus-driven cases ------------------------------------------------------------------------


def test_lk103_html_headings_have_anchors():
    text = '<h2 align="center">Premium Partners</h2>\n\n[p](#premium-partners) [q](#backers)\n'
    assert codes(lint(text, plugins=PLUGINS)) == [(3, 24, "LK103")]


def test_lk103_html_heading_inside_code_has_no_anchor():
    text = "```html\n<h2>Backers</h2>\n```\n\n[b](#backers)\n"
    assert codes(lint(text, plugins=PLUGINS)) == [(5, 1, "LK103")]


def test_lk103_github_keeps_combining_marks_in_anchors():
    # "⚙️" is U+2699 U+FE0F: github-slugger drops the symbol and keeps the variation selector (a mark).
    text = "# \u2699\ufe0f Usage\n\n[u](#%EF%B8%8F-usage)\n"
    assert codes(lint(text, plugins=PLUGINS)) == []


def test_lk104_not_for_regular_expressions_or_optional_arguments():
    text = "Match ([a-zA-Z_][a-zA-Z0-9_-]{0,31}) and call UAParser([user-agent][,extensions]).\n"
    assert codes(lint(text, plugins=PLUGINS)) == []


def test_lk104_shows_a_full_reference_whose_label_equals_its_text():
    found = lint("See the [v1.x][v1.x] branch.\n", plugins=PLUGINS)
    assert [d.message.split(" uses")[0] for d in found] == ['"[v1.x][v1.x]"']


def test_lk106_a_quoted_title_is_not_a_space_in_the_address():
    text = '[x](https://a.org/p "Returns "npm" paths.")\n'
    assert codes(lint(text, plugins=PLUGINS)) == []


def test_lk103_case_matters_for_gitlab_only():
    text = "# Usage {#MyId}\n\n[a](#Usage) [b](#myid) [c](#MyId) [d](#usage)\n"
    assert codes(lint(text, plugins=PLUGINS)) == []
    found = lint(text, plugins=PLUGINS, options={"links": {"anchor_style": "gitlab"}})
    assert codes(found) == [(3, 1, "LK103"), (3, 13, "LK103")]


# --- documentation pages --------------------------------------------------------------------------

import re  # noqa: E402

from prosecheck.codedocs import builtin_doc, section  # noqa: E402


@pytest.mark.parametrize("code", sorted(links.Links.codes))
def test_doc_page_shape_and_example(code, tmp_path):
    page = builtin_doc(code)
    assert page is not None, f"src/prosecheck/codedocs/{code}.md is missing"
    assert page.startswith(f"# {code}: {links.Links.codes[code].summary}\n")
    assert f"Severity: {links.Links.codes[code].severity}" in page
    for title in ("What it does", "Why is this bad?", "Example", "Use instead", "Options"):
        assert section(page, title), f"{code}: no '## {title}' section"
    for name in links.Links.options:
        assert f"`{name}`" in section(page, "Options")
    assert "[tool.prosecheck.links]" in section(page, "Options")
    example = section(page, "Example")
    snippet = re.search(r"```markdown\n(.*?)```", example, re.S).group(1)
    shown = re.search(r"```text\n(.*?)\n```", example, re.S).group(1)
    path = shown.split(":", 1)[0]
    found = lint_documents({path: snippet}, plugins=PLUGINS, root=str(tmp_path), select=[code])
    assert lines(found, with_path=True) == [shown]
    (tmp_path / "docs" / "guide").mkdir(parents=True)
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "setup.md").write_text("# Setup\n")
    fixed = re.search(r"```markdown\n(.*?)```", section(page, "Use instead"), re.S).group(1)
    assert lint_documents({path: fixed}, plugins=PLUGINS, root=str(tmp_path), select=[code]) == []


def test_invalid_ignore_pattern_is_named():
    found = lint("[a](b.md)\n", plugins=PLUGINS, options={"links": {"ignore": ["(unclosed"]}})
    assert [d.code for d in found] == ["PC003"]
    assert "'(unclosed' is not a valid regular expression" in found[0].message


def test_consulted_files_are_recorded_for_the_result_cache(tmp_path):
    (tmp_path / "there.md").write_text("# There\n")
    text = "[a](there.md#there) [b](missing.md) [c](example.com) [d](https://a.org/x.md) [e](#self)\n"
    doc = parse("doc.md", text, filename=str(tmp_path / "doc.md"))
    list(links.Links().check(doc, DEFAULTS, Context(root=str(tmp_path))))
    assert doc.dependencies == {str(tmp_path / "there.md"), str(tmp_path / "missing.md"), str(tmp_path / "example.com")}


def test_lk102_github_repository_pages_are_not_files(tmp_path):
    (tmp_path / "docs").mkdir()
    text = "[i](../../issues/new) [w](../../wiki) [x](../../nothing) [y](../issues)\n"
    assert codes(lint(text, plugins=PLUGINS, root=str(tmp_path))) == [(1, 39, "LK102"), (1, 58, "LK102")]
    nested = "[i](../../../issues) [p](../../pulls)\n"
    found = lint_documents({"docs/a.md": nested}, plugins=PLUGINS, root=str(tmp_path))
    assert codes(found) == [(1, 22, "LK102")]


def test_lk104_bold_reference_in_a_table_is_reported():
    text = "| **[minimatch][]** | x |\n|---|---|\n| **[glob][]** | y |\n\n[glob]: https://a.org\n"
    assert codes(lint(text, plugins=PLUGINS)) == [(1, 5, "LK104")]


def test_lk104_character_classes_are_not_references():
    text = "Use [\\w][\\d] or [0-9][a-f] here, but [step-by-step][guide] is a reference.\n"
    assert codes(lint(text, plugins=PLUGINS)) == [(1, 38, "LK104")]


def test_anchors_are_computed_once_per_document_and_suggestions_stay_bounded():
    from prosecheck.checks import links as links_module

    headings = "".join(f"## Section {i}\n\ntext\n\n" for i in range(400))
    body = "".join(f"[go](#section-{i}x)\n\n" for i in range(200))
    doc = parse("a.md", headings + body)
    calls = []
    real = links_module._anchors_of
    links_module._anchors_of = lambda d, s: calls.append(s) or real(d, s)
    try:
        found = [d for d in links_module.Links().check(doc, {"anchor_style": "github"}, Context()) if d.code == "LK103"]
        for _ in range(3):
            links_module.is_broken(doc, "#nowhere", Context())
    finally:
        links_module._anchors_of = real
    assert calls == ["github"]
    assert len(found) == 200
    assert found[0].line == 1601 and 'did you mean "#section-0"' in found[0].message
    assert len(links_module._suggestion_candidates("section-5x", doc._links_anchors["github"])) == 300


def test_realpath_from_the_folders_real_path_equals_os_realpath(tmp_path):
    # links._realpath keeps each folder's real path and resolves only a last part that is itself
    # a symbolic link: it must give what os.path.realpath gives, links anywhere in the path.
    root = tmp_path
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "f.md").write_text("x")
    os.symlink(root / "a" / "b", root / "to-b")  # a link to a folder
    os.symlink(root / "a" / "f.md", root / "a" / "b" / "to-f.md")  # a link to a file, as the last part
    os.symlink(root / "a", root / "a" / "b" / "up")  # a folder link that climbs back
    os.symlink(root / "loop", root / "loop")  # a link to itself
    paths = ["", "a", "a/f.md", "to-b", "to-b/x.md", "a/b/to-f.md", "to-b/to-f.md", "a/b/up/f.md",
             "a/b/up/b/up/b/to-f.md", "missing/x/y.md", "loop", "loop/x.md"]
    doc = parse("doc.md", "x\n")  # the folders are kept for one document
    for _ in range(2):  # the second time from the kept folders
        for p in paths:
            path = os.path.normpath(os.path.join(str(root), p))
            assert links._realpath(path, doc) == os.path.realpath(path), p
    assert links._REAL_FOLDERS  # (the second round did use them)
    assert links._realpath("/", doc) == "/"
    # A folder's link changed to point elsewhere after the first look: the last part is still
    # resolved, so a file link swapped in is followed.
    os.remove(root / "a" / "f.md")
    os.symlink("/", root / "a" / "f.md")
    assert links._realpath(str(root / "a" / "f.md"), doc) == "/"


def test_a_folder_replaced_by_a_link_outside_between_two_runs_is_not_read(tmp_path):
    # A long-lived process (the language server) lints a document, then the working tree changes
    # under it (a checkout replaces docs/ with a link to a folder outside the project). The
    # second lint must see the link: judged by docs/'s old real path, it would open the outside
    # file and print its headings in the message ("did you mean #secret-plans").
    project, outside = tmp_path / "project", tmp_path / "outside"
    (project / "docs").mkdir(parents=True)
    outside.mkdir()
    (project / "docs" / "x.md").write_text("# Public\n")
    (outside / "x.md").write_text("# Secret plans\n")
    text = "See [the page](docs/x.md#secret-plan).\n"
    first = lint(text, path=str(project / "index.md"), plugins=PLUGINS, root=str(project))
    assert lines(first) == [
        '1:5: LK103 "docs/x.md#secret-plan" names an anchor that x.md does not have: '
        "fix the fragment or add the anchor"]
    (project / "docs" / "x.md").unlink()
    (project / "docs").rmdir()
    os.symlink(outside, project / "docs")
    second = lint(text, path=str(project / "index.md"), plugins=PLUGINS, root=str(project))
    assert lines(second) == []  # through a link out of the project: not looked at, not reported


def test_a_well_formed_web_address_is_one_malformed_finds_nothing_in():
    """The fast path of _check_link (one match for "https://host.name:port/path") skips only
    addresses that _malformed passes and the scheme match calls external: checked on random
    addresses built around the cases it must leave alone (no host, "..", a space, "http:http:",
    "@", an IPv6 literal, a trailing dot, upper case)."""
    import random

    rng = random.Random(14)
    pieces = ["http", "https", "HTTP", "ftp", ":", "//", "/", "a", "Z", "0", "9", "-", ".", "..", "@",
              "[", "]", "?", "#", " ", "\t", "\u00a0", "%20", "~", "_", "\u00e9", "x.com", ":80", ":"]
    state = links._State(parse("doc.md", "x\n"), {}, Context())
    matched = 0
    for _ in range(20_000):
        url = rng.choice(["http://", "https://", "http:", "https:/", "HTTPS://", "http:///"]) + "".join(
            rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if links._PLAIN_WEB_RE.fullmatch(url):
            matched += 1
            assert links._malformed(url, url, state) is None, url
            assert links._SCHEME_RE.match(url), url
    assert matched > 500  # the random addresses reach the fast path often, not only its edges
    for url in ("https://example.com", "http://a-b.example.org:8080/x y", "https://x..y/", "https://x.y./p",
                "http://http:/x", "https://[::1]/", "https://user@host/", "https://", "https://:80/"):
        fast = links._PLAIN_WEB_RE.fullmatch(url) is not None
        assert fast == (url == "https://example.com"), url


def test_a_broken_fragment_is_compared_with_the_anchors_once_per_document(tmp_path, monkeypatch):
    # The links check and is_broken (asked by the language checks once per link) both want the
    # suggestions for "#instal": difflib runs once for the document, and each finding still
    # names the same close anchor at its own place.
    import difflib

    calls = []
    real = difflib.get_close_matches

    def counted(word, possibilities, n=3, cutoff=0.6):
        calls.append(word)
        return real(word, possibilities, n, cutoff)

    monkeypatch.setattr(difflib, "get_close_matches", counted)
    text = "# Install\n\nSee [one](#instal).\n\nSee [two](#instal) and [three](#instal).\n"
    doc = parse("d.md", text, filename=str(tmp_path / "d.md"))
    context = Context(root=str(tmp_path))
    found = list(links.Links().check(doc, DEFAULTS, context))
    assert [(d.code, d.line, d.col) for d in found] == [("LK103", 3, 5), ("LK103", 5, 5), ("LK103", 5, 24)]
    assert all('(did you mean "#install"?)' in d.message for d in found)
    assert all(links.is_broken(doc, link.destination, context) for link in doc.links)
    assert calls == ["instal"]
    # Another document with the same fragment and anchors works it out for itself.
    other = parse("e.md", text, filename=str(tmp_path / "e.md"))
    assert len(list(links.Links().check(other, DEFAULTS, context))) == 3
    assert calls == ["instal", "instal"]
