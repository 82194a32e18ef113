"""The tenter-docs held-out set (eval/tenter-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "html" kind with a curation) in test_eval_extract.py.

tenter-docs was built blind in the fifty-ninth session, beside gib-docs and shive-docs, from
twenty-three windows of An Anarchist FAQ's answers to objections (sections I.1, I.4, I.5 and F no
other set took), and was scored once, at that session's end, with its start and end rules
(README_SAYS pins the rows); it joined the tools' sets in the sixtieth session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them,
and need no network.
"""

import sys

from held_out_sets import (check_clauses, check_documentation_share, check_figures, check_no_document_of_another_set,
                           check_phrases, check_readme, check_starts_untaken, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("tenter-docs")

# every set on main when it was built (crossval.SETS' 138 sets under eval/, with news-dev beside
# them; gib-docs and shive-docs, built beside it, are on other branches and not read here)
OTHER_SETS = (
    'adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs',
    'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs',
    'brad-docs', 'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs',
    'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs',
    'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs',
    'crimp-docs', 'crowbar-docs', 'dado-docs', 'dibber-docs', 'dolly-docs', 'dovetail-docs',
    'dowel-docs', 'drawknife-docs', 'drift-docs', 'drill-docs', 'ember-docs', 'ferrule-docs',
    'fid-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs',
    'fuller-docs', 'gad-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs',
    'hacksaw-docs', 'hasp-docs', 'hatchet-docs', 'hearth-docs', 'hob-docs', 'hoe-docs',
    'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs',
    'knurl-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs',
    'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs',
    'nock-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs', 'pincer-docs',
    'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs',
    'quoin-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs',
    'reamer-docs', 'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs',
    'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'sett-docs',
    'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'snips-docs', 'spade-docs',
    'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'sprue-docs',
    'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs', 'tamp-docs', 'tang-docs',
    'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs',
    'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs', 'wrench-docs',
)

ANARCHISM = "anarchism"
SOTU = "sotu"
SOTU_WORDS = 0
# An Anarchist FAQ is every word (the README says the mix's caps are not met, and why)
DOCUMENTATION = {ANARCHISM}
# the FAQ's pages and the sections this set takes from them (none another set's manifest names)
PAGES = {"secI1.html", "secI4.html", "secI5.html", "secF2.html", "secF6.html", "secF7.html"}
SECTIONS = ("I.1.3", "I.1.5", "I.4.5", "I.4.6", "I.4.9", "I.4.13", "I.5.6", "I.5.7", "I.5.10", "I.5.11", "F.2.2",
            "F.6.1", "F.6.2", "F.7.2", "F.7.3")

DOCUMENTS = 23
IDS = [
    'deb-anarchism-faq-f22-slavery-a', 'deb-anarchism-faq-f22-slavery-b',
    'deb-anarchism-faq-f61-market-justice-a', 'deb-anarchism-faq-f61-market-justice-b',
    'deb-anarchism-faq-f62-social-consequences', 'deb-anarchism-faq-f72-government-a',
    'deb-anarchism-faq-f72-government-b', 'deb-anarchism-faq-f73-right-wing',
    'deb-anarchism-faq-i13-markets-a', 'deb-anarchism-faq-i13-markets-b',
    'deb-anarchism-faq-i15-efficient-allocation', 'deb-anarchism-faq-i413-dirty-work-a',
    'deb-anarchism-faq-i413-dirty-work-b', 'deb-anarchism-faq-i45-supply-demand',
    'deb-anarchism-faq-i46-consumerism', 'deb-anarchism-faq-i49-technology-transformed',
    'deb-anarchism-faq-i510-parties-professions-a', 'deb-anarchism-faq-i510-parties-professions-b',
    'deb-anarchism-faq-i511-defence-a', 'deb-anarchism-faq-i511-defence-b',
    'deb-anarchism-faq-i56-tyranny-majority-a', 'deb-anarchism-faq-i56-tyranny-majority-b',
    'deb-anarchism-faq-i57-join-commune',
]
WORDS = 34822
DOCUMENTS_WITH_ITEMS = 23
COUNTS = {('booster', 'negative'): 82, ('booster', 'positive'): 62, ('hedge', 'negative'): 35, ('hedge', 'positive'): 28, ('superlative', 'negative'): 44, ('superlative', 'positive'): 40}
PER_PACKAGE = {("anarchism", 'booster'): 62, ("anarchism", 'hedge'): 28, ("anarchism", 'superlative'): 40}
# the 20% rule is broken by construction: one package holds every positive (the README says so)
OVER_A_FIFTH = [("anarchism", 'booster', 62), ("anarchism", 'hedge', 28), ("anarchism", 'superlative', 40)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25

CLAUSES_UP_TO = "Z"
CITED = {'M8', 'M9', 'S1073', 'S1120', 'S1122', 'S1123', 'S230', 'S250', 'S297', 'S372', 'S410', 'S770', 'S772', 'W4'}
OWN_CLAUSES = ("S1120", "S1121", "S1122", "S1123")

HEADLINE = "**23 documents** and 34,822 words, **130 positives (40 superlatives, 28 hedges, 62\nboosters) and 161 traps**"
ROWS = (
    "| superlative | 40 | 44 |",
    "| hedge | 28 | 35 |",
    "| booster | 62 | 82 |",
    "| all | 130 | 161 |",
)
PACKAGE_ROWS = ("| `anarchism` | 23 | 34,822 | 40 (100%) | 28 (100%) | 62 (100%) | 161 |",)
README_SAYS = (
    "It was scored **once**, at the fifty-ninth session's end, by the lead, with that\nsession's start and end rules",
    "After that score it joined the tools' sets in the sixtieth session (crossval's one hundred and\nforty-first",
    "## Scored once, at the fifty-ninth session's end (06:45:09-06:45:27 UTC)",
    "| start (f9a5a990), every tier | **49% (64 of 130)** | **55% (64 of 116)** | 38 of 161 |",
    "| start (f9a5a990), warning tier alone | **38% (50 of 130)** | **60% (50 of 83)** | 23 of 161 |",
    "| end (4a7df678), every tier | **49% (64 of 130)** | **55% (64 of 116)** | 38 of 161 |",
    "| end (4a7df678), warning tier alone | **38% (50 of 130)** | **60% (50 of 83)** | 23 of 161 |",
    "**Nothing moved between start and end: no finding was found, lost or moved place or tier.**",
    "executables report 521 findings of every code on the 23 documents",
    "SL101, HC101 and HC102 give 116 of them (17, 19 and\n80; no HC103)",
    "gives every tier 45% / 51%\nat start and end (59 of 130; 59 of 116; 39 of 161 traps), and the warning tier alone 35% / 55% (46\nof 130; 46 of 83; 24 traps)",
    "superlatives 11 of 40 (28%), precision 65% (11 of 17),\n4 of 44 traps; hedges 9 of 28 (32%), precision 47% (9 of 19), 3 of 35 traps; boosters 44 of 62\n(71%), precision 55% (44 of 80), 31 of 82 traps",
    "boosters\n31 (50%) at 63% (31 of 49), 17 traps",
    "The info tier holds 33 findings at start and\nend (2 SL101, 31 HC102)",
    "28 of 64 (44%) at 70% (28 of 40), 10 of 52 traps",
    "36 of 66 (55%) at 47% (36 of\n76), 28 of 109 traps",
    "What is wrong, by kind (the `-v` list, the same at start and end; 52 wrong findings, 38 of them on\ntraps, 14 on no item; on the warning tier alone 33, 23 on traps)",
    "boosters (36 HC102, 21 warnings,\n15 info)",
    "hedges (10 HC101, all warnings)",
    "superlatives (6 SL101, all warnings)",
    "By the sentence pairing 57 are wrong, 39 on traps and 18 on no item",
    "What is missed (66 at start and end): superlatives (29)",
    "hedges (19)",
    "boosters (18)",
    "misses five more (71; above)",
    "fourteen more (80)",
    "by\nthe sentence pairing it misses 84.",
    "the warning tier alone falls to 37% / 62% (48 of 130; 48 of 78; 23 traps",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the fifty-ninth",
    "**The mix is not met, as in the sessions before this one.**",
    "**The 20% rule is broken by construction**",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")


# --- integrity (no network) -------------------------------------------------------------------

def test_the_figures_are_the_files():
    check_figures(sys.modules[__name__])


def test_the_cited_clauses_are_written_down():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_inside_its_sentence():
    check_phrases(sys.modules[__name__])


def test_the_readme_reports_the_figures_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_the_documents_are_windows_of_the_faq_between_900_and_2000_words():
    assert {_name(e) for e in MANIFEST} == {ANARCHISM}
    for e in MANIFEST:
        assert e["member"].rsplit("/", 1)[1] in PAGES, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "essay", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
        assert any(" %s," % s in e["source"] for s in SECTIONS), e["id"]


def test_no_other_set_starts_a_window_at_a_heading_of_these_sections():
    # another set's window may end at one of these headings (F.2.1's ends at F.2.2's): that stops
    # before the section; one that starts at it would take it (the builder's coverage script, which
    # read the pages, found no other window inside these sections either)
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM]
    assert len(theirs) > 250
    for t in theirs:
        start = (t.get("curation") or {}).get("start") or ""
        for s in SECTIONS:
            assert not start.startswith(("## %s " % s, "# %s " % s)), (t["id"], s)


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])
