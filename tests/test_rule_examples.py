"""Every rule's own examples, run through the real check (as LanguageTool's rule tests do).

The word lists in ``prosecheck/checks/data/`` and the pattern rules in ``data/patterns.tsv`` carry
``#flag`` and ``#pass`` lines under each entry (see :mod:`prosecheck.checks.rule_examples`). Each
``#flag`` sentence is parsed into a Document and linted by its check: it must give exactly one
finding, with the example's code, on the line and column where ``[[`` opens and ending where
``]]`` closes (the phrase the message quotes). Each ``#pass`` sentence must give no finding of its
check. An entry of a category that flags must carry a ``#flag`` example, and every entry at least
one example: a word added without one fails here, so the list stays documented.

These sentences were written by the team: they are regression tests, never accuracy figures.
"""

from __future__ import annotations

import re

import pytest

from prosecheck.checks import hedging, lexicon, superlatives
from prosecheck.checks.rule_examples import (
    LISTS,
    PATTERNS,
    Example,
    ExampleError,
    examples_for_code,
    parse_example,
    read_rules,
)
from prosecheck.testing import lint, registry

MODULES = {"superlatives": superlatives, "hedging": hedging}
PREFIX = {"superlatives": "SL", "hedging": "HC"}
REGISTRIES = {name: registry([module]) for name, module in MODULES.items()}
_QUOTED = re.compile(r'^"(.*?)" ')

ALL_LISTS = list(LISTS) + [PATTERNS]
RULES = {name: read_rules(name) for name in ALL_LISTS}


def _cases():
    for name, rules in RULES.items():
        for rule in rules:
            for ex in rule.examples:
                marks = [pytest.mark.xfail(reason=ex.xfail, strict=True)] if ex.xfail else []
                yield pytest.param(rule, ex, id=f"{ex.source}:{ex.kind}:{rule.entry}", marks=marks)


def findings(check: str, text: str) -> list[tuple[str, int, int, int, str]]:
    """``(code, line, col, end col, quoted phrase)`` of each finding of ``check`` in ``text``."""
    out = []
    for d in lint(text + "\n", reg=REGISTRIES[check], select=[PREFIX[check]]):
        m = _QUOTED.match(d.message)
        phrase = m.group(1) if m else ""
        out.append((d.code, d.line, d.col, d.col + len(phrase), phrase))
    return out


def expected(ex: Example) -> tuple[str, int, int, int, str]:
    line = ex.text.count("\n", 0, ex.start) + 1
    col = ex.start - (ex.text.rfind("\n", 0, ex.start) + 1) + 1
    return (ex.code, line, col, col + (ex.end - ex.start), ex.span)


@pytest.mark.parametrize("rule, ex", list(_cases()))
def test_example(rule, ex):
    got = findings(rule.check, ex.text)
    if ex.kind == "flag":
        assert got == [expected(ex)], f"{ex.source}: {ex.text!r}"
    else:
        assert got == [], f"{ex.source}: {ex.text!r}"


@pytest.mark.parametrize("name", ALL_LISTS)
def test_every_entry_carries_its_examples(name):
    missing = []
    for rule in RULES[name]:
        if rule.code and not rule.flags:
            missing.append(f"{name}:{rule.line} {rule.entry!r} ({rule.category}) has no #flag example")
        elif not rule.examples:
            missing.append(f"{name}:{rule.line} {rule.entry!r} ({rule.category}) has no example")
    assert missing == []


@pytest.mark.parametrize("name", list(LISTS))
def test_each_example_holds_its_entry(name):
    """An example documents the entry above it: the entry's words occur in it (so an example
    pasted under the wrong word is caught)."""
    strays = []
    for rule in RULES[name]:
        words = rule.entry.split()
        for ex in rule.examples:
            text = " ".join(lexicon.norm(ex.text).replace("\u2019", "'").split())
            if " ".join(words) not in text:
                strays.append(f"{ex.source}: {rule.entry!r} does not occur in {ex.text!r}")
    assert strays == []


@pytest.mark.parametrize("name", list(LISTS))
def test_lexicon_reads_entries_and_skips_examples(name):
    """The run-time loader sees the same entries, in the same order, and none of the examples."""
    loaded = [(entry, category) for entry, category, _ in lexicon.load(name)]
    documented = [(lexicon.norm(r.entry), r.category) for r in RULES[name]]
    assert loaded == documented


def test_no_entry_is_listed_twice_in_one_category():
    twice = []
    for name in LISTS:
        seen = set()
        for rule in RULES[name]:
            key = (lexicon.norm(rule.entry), rule.category)
            if key in seen:
                twice.append(f"{name}:{rule.line} {rule.entry!r} ({rule.category})")
            seen.add(key)
    assert twice == []


def test_flag_example_marks_its_span():
    ex = parse_example("#flag: Acme is [[the best]] vendor.", "SL101", "x.tsv:3")
    assert (ex.text, ex.start, ex.end, ex.span, ex.code, ex.xfail) == (
        "Acme is the best vendor.", 8, 16, "the best", "SL101", "")


def test_code_and_xfail_are_read():
    ex = parse_example("#flag HC103 (xfail: not matched yet): It is [[almost sure]].", "", "x.tsv:1")
    assert (ex.code, ex.xfail, ex.span) == ("HC103", "not matched yet", "almost sure")
    ex = parse_example("#pass: First line.\\n> quoted line", "", "x.tsv:1")
    assert (ex.kind, ex.text, ex.start) == ("pass", "First line.\n> quoted line", None)


@pytest.mark.parametrize(
    "line, message",
    [
        ("#flag: no span here", "x.tsv:9: a #flag example marks exactly one span with [[ ]] (found 0)"),
        ("#flag: [[two]] [[spans]]", "x.tsv:9: a #flag example marks exactly one span with [[ ]] (found 2)"),
        ("#pass: a [[span]]", "x.tsv:9: a #pass example marks nothing: remove the [[ ]]"),
        ("#flag: a [[span]]", "x.tsv:9: this category flags nothing on its own: write the code (#flag HC103: ...)"),
    ],
)
def test_a_malformed_example_is_named(line, message):
    with pytest.raises(ExampleError) as err:
        parse_example(line, "", "x.tsv:9")
    assert str(err.value) == message


def test_explain_examples_come_from_the_lists():
    found = examples_for_code("SL102", limit=2)
    assert [e.span for e in found] == ["world-class", "cutting-edge"]


def _explain(code: str) -> tuple[int, str]:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "prosecheck", "--explain", code], capture_output=True, text=True, timeout=120
    )
    return proc.returncode, proc.stdout


def test_explain_ends_with_examples_the_check_flags():
    code, out = _explain("SL102")
    assert code == 0
    section = out[out.index("## Examples from the rules") :].splitlines()
    assert section[:4] == [
        "## Examples from the rules",
        "",
        "Flagged (the words reported between [[ and ]]):",
        "",
    ]
    flagged = section[4 : section.index("", 4)]
    assert len(flagged) == 6 and flagged[0] == "    Harbor is a [[world-class]] router."
    for line in flagged:  # what --explain shows is what the check reports
        ex = parse_example("#flag: " + line.strip(), "SL102", "explain")
        assert findings("superlatives", ex.text) == [expected(ex)]
    assert section[-1] == "Every entry of the word lists carries examples like these: see docs/rules.md."


def test_explain_of_a_code_without_rule_examples_has_no_section():
    code, out = _explain("HC104")
    assert code == 0 and "## Examples from the rules" not in out
