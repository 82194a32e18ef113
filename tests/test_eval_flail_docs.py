"""The flail-docs held-out set (eval/flail-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "html" kind with a curation) in test_eval_extract.py.

flail-docs was built blind in the sixty-third session, beside dibble-docs and mell-docs, from the
pool the brief gave it (An Anarchist FAQ's sections A, B and G left after the sixty-second session),
and was scored once, at that session's end, with its start and end rules (README_SAYS pins the rows);
it joined the tools' sets in the sixty-fourth session (tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them,
and need no network.
"""

import sys
from collections import Counter

from held_out_sets import (check_clauses, check_figures, check_no_document_of_another_set, check_phrases,
                           check_readme, check_starts_untaken, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("flail-docs")

# every set on main when it was built (the 150 sets under eval/ with news-dev beside them;
# dibble-docs and mell-docs, built beside it, are on other branches and not read here)
OTHER_SETS = (
    'adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs',
    'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs',
    'brad-docs', 'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs',
    'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs',
    'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs',
    'crimp-docs', 'crowbar-docs', 'dado-docs', 'dibber-docs', 'dolly-docs', 'dovetail-docs',
    'dowel-docs', 'drawknife-docs', 'drift-docs', 'drill-docs', 'ember-docs', 'ferrule-docs',
    'fid-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs',
    'fuller-docs', 'gad-docs', 'gauge-docs', 'gib-docs', 'gimlet-docs', 'gouge-docs',
    'gusset-docs', 'hackle-docs', 'hacksaw-docs', 'hardy-docs', 'hasp-docs', 'hatchet-docs',
    'hearth-docs', 'hob-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs',
    'jointer-docs', 'kerf-docs', 'kevel-docs', 'kiln-docs', 'knurl-docs', 'lathe-docs',
    'loft-docs', 'loy-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs',
    'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'nock-docs',
    'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs',
    'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'quoin-docs', 'rabbet-docs',
    'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'riffler-docs',
    'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs',
    'scribe-docs', 'scutch-docs', 'scythe-docs', 'sealed-docs', 'sett-docs', 'shank-docs',
    'shim-docs', 'shive-docs', 'sickle-docs', 'slane-docs', 'sledge-docs', 'slick-docs',
    'snips-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs',
    'sprig-docs', 'sprue-docs', 'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs',
    'swingle-docs', 'tamp-docs', 'tang-docs', 'tenon-docs', 'tenter-docs', 'tine-docs',
    'tongs-docs', 'trammel-docs', 'trowel-docs', 'twybil-docs', 'unseen-docs', 'vault-docs',
    'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs', 'wrench-docs',
)

ANARCHISM = "anarchism"
# the FAQ's pages this set's windows come from (its pool: sections A, B and G)
PAGES = {"secA3.html", "secA4.html", "secA5.html", "secB2.html", "secB3.html", "secG6.html", "secG7.html"}

DOCUMENTS = 25
DOCUMENTS_WITH_ITEMS = 25
WORDS = 34937
IDS = [
    'deb-anarchism-faq-a3-types-of-anarchism', 'deb-anarchism-faq-a32-collectivists-communists',
    'deb-anarchism-faq-a33-green-anarchism', 'deb-anarchism-faq-a35-anarcha-feminism',
    'deb-anarchism-faq-a36-cultural-anarchism', 'deb-anarchism-faq-a37-religious-anarchists',
    'deb-anarchism-faq-a39-primitivism-vision', 'deb-anarchism-faq-a41-thinkers-close',
    'deb-anarchism-faq-a43-socialist-thinkers', 'deb-anarchism-faq-a44-marxist-thinkers',
    'deb-anarchism-faq-a5-anarchy-in-action', 'deb-anarchism-faq-a52-haymarket',
    'deb-anarchism-faq-a54-february-to-october',
    'deb-anarchism-faq-a54-russian-revolution-opening', 'deb-anarchism-faq-a56-spanish-revolution',
    'deb-anarchism-faq-b2-state-hierarchy', 'deb-anarchism-faq-b2-state-interests',
    'deb-anarchism-faq-b22-subsidiary-functions', 'deb-anarchism-faq-b23-wealth-barrier',
    'deb-anarchism-faq-b25-centralisation', 'deb-anarchism-faq-b32-state-action',
    'deb-anarchism-faq-b34-nozick-self-ownership', 'deb-anarchism-faq-g6-stirner-competition',
    'deb-anarchism-faq-g6-stirner-socialising-property', 'deb-anarchism-faq-g7-spooner-wealth',
]
COUNTS = {('booster', 'negative'): 49, ('booster', 'positive'): 39, ('hedge', 'negative'): 11, ('hedge', 'positive'): 21, ('superlative', 'negative'): 42, ('superlative', 'positive'): 34}
PER_PACKAGE = {("anarchism", "superlative"): 34, ("anarchism", "hedge"): 21, ("anarchism", "booster"): 39}
# the fifth-of-a-category rule is not met by construction (one package gives every positive: the
# README says so)
OVER_A_FIFTH = [("anarchism", "booster", 39), ("anarchism", "hedge", 21), ("anarchism", "superlative", 34)]
# asked: 90 positives, 25 a category; reached 94, but 21 hedges (the README's "What is not met")
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 21

HEADLINE = "**25 documents** and 34,937 words, **94 positives (34 superlatives, 21 hedges, 39\nboosters) and 102 traps**"
ROWS = ("| superlative | 34 | 42 |", "| hedge | 21 | 11 |", "| booster | 39 | 49 |", "| all | 94 | 102 |")
PACKAGE_ROWS = ("| `anarchism` | 25 | 34,937 | 34 (100%) | 21 (100%) | 39 (100%) | 102 |",)
README_SAYS = (
    "**Hedges: 21, not 25**", "**The old caps are not met, by construction**",
    "## What was searched (so that the next set need not look again)", "## How it is held out",
    "## What was read beyond the brief",
    # scored once, at the sixty-third session's end
    "It was scored **once**, at the sixty-third session's end, by the lead, with that",
    "It joined the tools' sets in the sixty-fourth session (crossval's one hundred and\nfifty-second",
    "## Scored once, at the sixty-third session's end (18:31:19-18:31:33 UTC)",
    "| start (03ce9665), every tier | **39% (37 of 94)** | **62% (37 of 60)** | 15 of 102 |",
    "| start (03ce9665), warning tier alone | **34% (32 of 94)** | **65% (32 of 49)** | 9 of 102 |",
    "| end (f5aae6e5), every tier | **39% (37 of 94)** | **62% (37 of 60)** | 15 of 102 |",
    "| end (f5aae6e5), warning tier alone | **34% (32 of 94)** | **65% (32 of 49)** | 9 of 102 |",
    "**Nothing moved between start and end: no finding was found, lost or moved place or tier.**",
    "executables report 477 findings of every code on the 25 documents",
    "SL101, HC101, HC102 and HC103 give 60 of them (16, 13, 30 and 1)",
    "gives every tier 34% / 53%\nat start and end (32 of 94; 32 of 60; 19 of 102 traps), and the warning tier alone 29% / 55% (27\nof 94; 27 of 49; 14 traps)",
    "superlatives 9 of 34 (26%), precision 56% (9 of 16), 6\nof 42 traps; hedges 6 of 21 (29%), precision 43% (6 of 14), 3 of 11 traps; boosters 22 of 39 (56%),\nprecision 71% (22 of 31), 6 of 49 traps",
    "boosters 17\n(44%) at 74% (17 of 23), 3 traps",
    "The info tier holds 11\nfindings at start and end (1 SL101, 2 HC101, 8 HC102)",
    "What is wrong, by kind (the `-v` list, the same at start and end; 23 wrong findings, 15 of them on\ntraps, 8 on no item; on the warning tier alone 17, 9 on traps)",
    "boosters (8 HC102, 5 warnings, 3\ninfo)",
    "hedges (8\nHC101, 6 warnings, 2 info)",
    "superlatives (7 SL101, 6 warnings, 1 info)",
    "five more are wrong (28)",
    "What is missed (57 at start and end): superlatives (25)",
    "hedges (15)",
    "boosters (17)",
    "misses five more (62)",
    "by the sentence pairing it misses 67.",
    "The warning tier alone falls at the start to 26% / 60% (24 of\n94; 24 of 40; 8 traps)",
    "At\nthe end it gives 34% / 68% (32 of 94; 32 of 47; 9 traps)",
)
README_NEVER_SAYS = ("It is to be scored", "the scored figures are not here yet", "**sealed**")

CLAUSES_UP_TO = "W"
CITED = {'S262', 'S1233', 'S270', 'S80', 'M5', 'S770', 'S1237', 'S1202', 'S250', 'W4', 'S1170'}
OWN_CLAUSES = ("S1230", "S1231", "S1232", "S1233", "S1234", "S1235", "S1236", "S1237")


# --- integrity (no network) -------------------------------------------------------------------


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_holds_its_rows_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_inside_its_sentence():
    check_phrases(sys.modules[__name__])


def test_the_windows_are_html_pages_of_the_faq_s_a_b_and_g():
    for e in MANIFEST:
        assert _name(e) == ANARCHISM and e["package"] == "anarchism=15.3-3", e["id"]
        assert e["member"].rsplit("/", 1)[1] in PAGES, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]
        assert e["id"].startswith("deb-anarchism-faq-"), e["id"]
        assert e["curation"]["start"] and e["curation"]["end"], e["id"]


def test_no_section_is_above_15_percent_and_windows_come_from_at_least_eight_sections():
    # the mix rewritten at the fifty-ninth session's end; a window's section is named in its source
    per_section = Counter()
    for e in MANIFEST:
        section = e["source"].split(": ", 1)[1].split(",", 1)[0]
        per_section[section] += e["words"]
    assert len(per_section) >= 8
    assert max(per_section.values()) * 100 <= 15 * WORDS
    assert 25000 <= WORDS <= 35000 and 20 <= DOCUMENTS <= 30


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_no_other_set_on_main_is_named_here_as_taking_this_set_s_windows():
    # the other sets' anarchism entries of these pages start nowhere this set's windows start
    theirs = {(t["member"], t["curation"]["start"]) for t in manifests_of(OTHER_SETS)
              if _name(t) == ANARCHISM and t.get("curation")}
    assert not {(e["member"], e["curation"]["start"]) for e in MANIFEST} & theirs

