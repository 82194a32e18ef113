"""Tests of the house-style check with prosecheck's test kit."""

from pathlib import Path

import pytest

import prosecheck_house_style
from prosecheck.testing import assert_fixture, codes, fixture_paths, lines, lint

FIXTURES = Path(__file__).parent / "fixtures"
PLUGINS = [prosecheck_house_style]


def opts(**values):
    return {"house-style": values}


@pytest.mark.parametrize("path", fixture_paths(FIXTURES), ids=lambda p: p.name)
def test_fixture(path):
    assert_fixture(path, plugins=PLUGINS)


def test_fixtures_are_found():
    assert [p.name for p in fixture_paths(FIXTURES)] == ["avoid.md", "names.md", "prefer.md"]


def test_nothing_configured_reports_nothing():
    assert lint("Utilize the Github e-mail.\n", plugins=PLUGINS) == []


def test_prefer_message_and_position():
    found = lint("We utilize it.\n", plugins=PLUGINS, options=opts(prefer=["utilize -> use"]))
    assert lines(found) == ['1:4: HS101 write "use" instead of "utilize" (house style)']


def test_capitalised_term_matches_only_as_written():
    found = lint("Node and node.\n", plugins=PLUGINS, options=opts(prefer=["Node -> Node.js"]))
    assert lines(found) == ['1:1: HS101 write "Node.js" instead of "Node" (house style)']


def test_multi_word_term_across_a_line_break_but_not_punctuation():
    text = "Do it in order\nto win. In order, to lose.\n"
    found = lint(text, plugins=PLUGINS, options=opts(prefer=["in order to -> to"]))
    assert codes(found) == [(1, 7, "HS101")]
    assert found[0].message == 'write "to" instead of "in order to" (house style)'


def test_avoid_without_reason():
    found = lint("Leverage it.\n", plugins=PLUGINS, options=opts(avoid=["leverage"]))
    assert lines(found) == ['1:1: HS102 avoid "Leverage" (house style): rephrase without it']


def test_names_possessive_and_hyphen_parts():
    text = "Github's runners are Github-hosted; GitHub's are not.\n"
    found = lint(text, plugins=PLUGINS, options=opts(names=["GitHub"]))
    assert codes(found) == [(1, 1, "HS103"), (1, 22, "HS103")]


def test_quoted_words_are_checked_when_asked():
    text = 'He wrote "Github" here.\n'
    assert lint(text, plugins=PLUGINS, options=opts(names=["GitHub"])) == []
    found = lint(text, plugins=PLUGINS, options=opts(names=["GitHub"], ignore_quoted=False))
    assert codes(found) == [(1, 11, "HS103")]


def test_plain_text_document():
    found = lint("Use e-mail.\n", path="notes.txt", plugins=PLUGINS, options=opts(prefer=["e-mail -> email"]))
    assert codes(found) == [(1, 5, "HS101")]


@pytest.mark.parametrize(
    "option, entry",
    [("prefer", "utilize"), ("prefer", "utilize ->"), ("avoid", ": no term"), ("names", "--")],
)
def test_bad_entries_are_reported_by_name(option, entry):
    found = lint("Text.\n", plugins=PLUGINS, options=opts(**{option: [entry]}))
    assert [d.code for d in found] == ["PC003"]
    assert f"'{option}' entry {entry!r}" in found[0].message


def test_every_code_has_docs_in_ruff_shape():
    check = prosecheck_house_style.HouseStyle()
    for code, spec in check.codes.items():
        assert spec.docs.startswith(f"# {code}: {spec.summary}\n")
        for heading in ("## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Options"):
            assert heading in spec.docs, (code, heading)


@pytest.mark.parametrize("code", ["HS101", "HS102", "HS103"])
def test_doc_example_gives_the_diagnostics_it_shows(code):
    """The page's example, linted with the options the page names, gives the lines it shows."""
    import re

    doc = prosecheck_house_style.HouseStyle.codes[code].docs
    option, value = re.search(r"^With `(\w+) = (\[.*\])`:$", doc, re.M).groups()
    snippet = re.search(r"```markdown\n(.*?)```", doc, re.S).group(1)
    shown = re.search(r"```text\n(.*?)```", doc, re.S).group(1).splitlines()
    import json

    found = lint(snippet, plugins=PLUGINS, options=opts(**{option: json.loads(value)}))
    assert lines(found, with_path=True) == shown


def test_lower_case_compounds_and_paths_are_names_of_other_things():
    text = "Use conventional-github-releaser and github/user, not Github/GitLab.\n"
    found = lint(text, plugins=PLUGINS, options=opts(names=["GitHub"]))
    assert codes(found) == [(1, 55, "HS103")]
