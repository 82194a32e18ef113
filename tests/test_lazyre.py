"""prosecheck.lazyre: patterns compiled on first use, or all at once before workers fork."""

from __future__ import annotations

import re

from prosecheck import lazyre


def test_a_lazy_pattern_matches_as_the_compiled_one_and_compiles_once():
    p = lazyre.lazy(r"b+", re.I)
    assert "match" not in p.__dict__
    assert p.search("aBBc").span() == (1, 3)
    assert p.flags == re.compile(r"b+", re.I).flags
    first = p.__dict__["search"]
    p.findall("bb")
    assert p.__dict__["search"] is first


def test_compile_all_compiles_prosecheck_patterns_and_leaves_a_plugins_alone():
    ours = lazyre.lazy(r"ours-[0-9]+")  # made here, in a test module: not one of prosecheck's
    namespace = {"__name__": "prosecheck.checks.example", "lazy": lazyre.lazy}
    exec("made = lazy(r'theirs-[a-z]+')", namespace)  # noqa: S102 - as a prosecheck module would
    made = namespace["made"]
    assert "match" not in made.__dict__
    lazyre.compile_all()
    assert "match" in made.__dict__
    assert made.match("theirs-x") is not None
    assert "match" not in ours.__dict__  # a plugin's pattern compiles where it is used
    assert ours.match("ours-1") is not None


def test_compile_all_passes_over_a_bad_pattern():
    namespace = {"__name__": "prosecheck.checks.example", "lazy": lazyre.lazy}
    exec("bad = lazy(r'(unclosed')", namespace)  # noqa: S102
    lazyre.compile_all()  # no error here: it is reported where the pattern is used
    try:
        namespace["bad"].match("x")
    except re.error:
        pass
    else:
        raise AssertionError("a bad pattern compiled")
    lazyre._MADE.remove(namespace["bad"])
