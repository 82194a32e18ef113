"""The scutch-docs held-out set (eval/scutch-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "html" kind with a curation) in test_eval_extract.py.

scutch-docs was built blind in the sixty-first session, beside twybil-docs and kevel-docs, from
twenty-three windows of fifteen sections of An Anarchist FAQ (A.2, B.1, B.4, B.7 and G.1's end).
It was scored once, at that session's end, by the lead, with its start and end rules (README_SAYS
pins the rows); it joined the tools' sets in the sixty-second session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and
need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("scutch-docs")

# every set on main when it was built (the one hundred and forty-four sets under eval/, with
# news-dev beside them; twybil-docs and kevel-docs, built beside it, are on other branches and not
# read here)
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
    'gusset-docs', 'hacksaw-docs', 'hardy-docs', 'hasp-docs', 'hatchet-docs', 'hearth-docs',
    'hob-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs',
    'kiln-docs', 'knurl-docs', 'lathe-docs', 'loft-docs', 'loy-docs', 'lug-docs', 'mallet-docs',
    'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs',
    'nib-docs', 'nock-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs', 'pincer-docs',
    'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs',
    'quoin-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs',
    'reamer-docs', 'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs',
    'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'sett-docs',
    'shank-docs', 'shim-docs', 'shive-docs', 'sickle-docs', 'sledge-docs', 'slick-docs',
    'snips-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs',
    'sprig-docs', 'sprue-docs', 'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs',
    'tamp-docs', 'tang-docs', 'tenon-docs', 'tenter-docs', 'tine-docs', 'tongs-docs',
    'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs',
    'whet-docs', 'wimble-docs', 'wrench-docs',
)

ANARCHISM = "anarchism"
SECTIONS = {"A.2.7", "A.2.8", "A.2.9", "A.2.13", "A.2.14", "A.2.15", "A.2.19", "A.2.20", "B.1.4", "B.1.5",
            "B.4.1", "B.4.2", "B.7.1", "B.7.2", "G.1"}

DOCUMENTS = 23
IDS = [
    'deb-anarchism-faq-a213-individualists-collectivists', 'deb-anarchism-faq-a214-voluntarism',
    'deb-anarchism-faq-a215-human-nature-environment',
    'deb-anarchism-faq-a215-human-nature-sociobiology', 'deb-anarchism-faq-a219-ethics-empathy',
    'deb-anarchism-faq-a219-ethics-sources', 'deb-anarchism-faq-a220-atheism',
    'deb-anarchism-faq-a27-self-liberation', 'deb-anarchism-faq-a28-hierarchy',
    'deb-anarchism-faq-a29-society', 'deb-anarchism-faq-b14-bigotry-costs',
    'deb-anarchism-faq-b14-racism', 'deb-anarchism-faq-b14-sexism-homophobia',
    'deb-anarchism-faq-b15-family-nationalism', 'deb-anarchism-faq-b15-reich-patriarchy',
    'deb-anarchism-faq-b41-freedom', 'deb-anarchism-faq-b42-self-ownership-locke',
    'deb-anarchism-faq-b42-self-ownership-paradox',
    'deb-anarchism-faq-b42-self-ownership-rothbard', 'deb-anarchism-faq-b71-classes-income',
    'deb-anarchism-faq-b71-classes-wealth', 'deb-anarchism-faq-b72-social-mobility',
    'deb-anarchism-faq-g1-unions-state',
]
WORDS = 33493
DOCUMENTS_WITH_ITEMS = 23
COUNTS = {('booster', 'negative'): 64, ('booster', 'positive'): 31, ('hedge', 'negative'): 31, ('hedge', 'positive'): 27, ('superlative', 'negative'): 49, ('superlative', 'positive'): 64}
PER_PACKAGE = {('anarchism', 'booster'): 31, ('anarchism', 'hedge'): 27, ('anarchism', 'superlative'): 64}
# every positive is the FAQ's, so each category's positives are all one package's (the README says
# the rule is not met)
OVER_A_FIFTH = [("anarchism", "booster", 31), ("anarchism", "hedge", 27), ("anarchism", "superlative", 64)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25

HEADLINE = "**122 positives (64 superlatives, 27 hedges, 31 boosters) and 144 traps**"
ROWS = (
    "| superlative | 64 | 49 |",
    "| hedge | 27 | 31 |",
    "| booster | 31 | 64 |",
    "| all | 122 | 144 |",
)
PACKAGE_ROWS = ("| `anarchism` | 23 | 33,493 | 64 (100%) | 27 (100%) | 31 (100%) | 144 |",)
README_SAYS = (
    "**The old caps are not met**",
    "no one section above 15%",
    "## What was searched",
    "## How it is held out",
    "## What was read beyond the brief",
    # scored once, at the sixty-first session's end (start cff78455, end f2ffc3e2)
    "It was scored **once**, at the\nsixty-first session's end, by the lead",
    "After that score it joined the\ntools' sets in the sixty-second session (crossval's one hundred and forty-sixth",
    "## Scored once, at the sixty-first session's end (12:43:26-12:43:39 UTC)",
    '| start (cff78455), every tier | **36% (44 of 122)** | **52% (44 of 84)** | 25 of 144 |',
    '| start (cff78455), warning tier alone | **30% (37 of 122)** | **59% (37 of 63)** | 14 of 144 |',
    '| end (f2ffc3e2), every tier | **36% (44 of 122)** | **52% (44 of 84)** | 25 of 144 |',
    '| end (f2ffc3e2), warning tier alone | **30% (37 of 122)** | **59% (37 of 63)** | 14 of 144 |',
    '**Nothing moved between start and end: no finding was found, lost or moved place or tier.**',
    'executables report 431 findings of every code on the 23 documents',
    'SL101, HC101 and HC102 give 84 of them (25, 24 and 35; no\nHC103): SL101 21 warnings and 4 info, HC101 23 and 1, HC102 19 and 16',
    'gives every tier 34% / 49%\nat start and end (41 of 122; 41 of 84; 25 of 144 traps), and the warning tier alone 29% / 56% (35\nof 122; 35 of 63; 13 traps)',
    'superlatives 17 of 64 (27%), precision 68% (17 of 25), 4\nof 49 traps; hedges 12 of 27 (44%), precision 50% (12 of 24), 4 of 31 traps; boosters 15 of 31\n(48%), precision 43% (15 of 35), 17 of 64 traps',
    'boosters 12 (39%) at 63% (12\nof 19), 7 traps',
    'The info tier holds 21 of the 84 at start and end (4\nSL101, 1 HC101, 16 HC102)',
    "What is wrong, by kind (the line pairing's `-v` list, the same at start and end: 40 wrong findings,\n25 on traps, 15 on no item; on the warning tier alone 26, 14 on traps; by the sentence pairing 43,\n25 on traps, and on the warning tier 28, 13 on traps)",
    'boosters (20 HC102, 9 warnings, 11 info)',
    'hedges (12 HC101, all warnings)',
    'superlatives (8 SL101, 7 warnings,\n1 info)',
    'three more are wrong\n(43)',
    'What is missed (78 at start and end): superlatives (47)',
    'hedges (15)',
    'boosters (16)',
    'misses three more (81)',
    'seven more (85)',
    'by the sentence pairing it misses 87.',
    'falls at both to 26% / 59% (32 of 122, 54 alarms, 12 of 144 traps)',
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the sixty-first",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")

CLAUSES_UP_TO = "W"
CITED = {'S1073', 'S1140', 'S1143', 'S1170', 'S1171', 'S250', 'S262', 'S263', 'S282', 'S372', 'S770', 'W4'}
OWN_CLAUSES = ("S1170", "S1171", "S1172", "S1173", "S1174")


# --- integrity (no network) -------------------------------------------------------------------



def test_the_figures_are_the_ones_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_in_its_sentence():
    check_phrases(sys.modules[__name__])


def test_every_document_is_a_window_of_a_pool_section_of_the_faq():
    for e in MANIFEST:
        assert _name(e) == ANARCHISM and e["package"] == "anarchism=15.3-3", e["id"]
        assert e["member"].rsplit("/", 1)[1] in {"secA2.html", "secB1.html", "secB4.html", "secB7.html", "secG1.html"}, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]
        assert 900 <= e["words"] <= 2200, e["id"]
        assert e["source"].split("section ", 1)[1].split(",", 1)[0] in SECTIONS, e["id"]


def test_no_section_is_above_15_percent_and_there_are_at_least_eight():
    per_section = {}
    for e in MANIFEST:
        section = e["source"].split("section ", 1)[1].split(",", 1)[0]
        per_section[section] = per_section.get(section, 0) + e["words"]
    assert set(per_section) == SECTIONS and len(per_section) >= 8
    assert max(per_section.values()) * 100 <= 15 * WORDS


def test_no_other_set_took_a_window_of_these_sections():
    # other sets took other sections of the same pages (A.2.5, A.2.10, A.2.16-A.2.18, B.1's opening,
    # B.1.3, B.1.6, B.4.3-B.4.5, B.7's opening, B.7.3, G.1's opening, G.1.1, G.1.2, G.1.4): none starts
    # at or inside a heading this set reads, which the starts below check with the parts
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM
              and t["member"] in {e["member"] for e in MANIFEST}]
    assert len(theirs) > 10
    mine = {(e["member"], e["curation"]["start"]) for e in MANIFEST}
    assert not mine & {(t["member"], (t.get("curation") or {}).get("start")) for t in theirs}


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
