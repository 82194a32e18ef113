"""The cramp-docs held-out set (eval/cramp-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "html" kinds with a curation) in test_eval_extract.py.

cramp-docs was built blind in the forty-seventh session, beside coping-docs and nailset-docs, and
was scored once, at that session's end, with its start and end rules (README_SAYS pins the rows);
the tools read it since the forty-eighth session (tests/test_eval_development_sets.py). These tests
never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("cramp-docs")

# every set on main when it was built (coping-docs and nailset-docs, built beside it, are on
# other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'router-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'spudger-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

ANARCHISM = "anarchism"
JARGON = "jargon-text"


# --- integrity (no network) -------------------------------------------------------------------


def test_the_faq_documents_are_appendix_pages_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 17
    for e in mine:
        assert e["member"].rsplit("/", 1)[1] in {'append1310.html', 'append43.html', 'append11.html', 'append32.html', 'append41.html', 'append139.html', 'append12.html', 'append44.html', 'append2.html', 'append1311.html'}, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "essay", e["id"]
        assert 600 <= e["words"] <= 3000, e["id"]
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM}
    assert not any(m.rsplit("/", 1)[1].startswith("append") for m in theirs)
    # as the README admits: the FAQ is far above the brief's 20% (the pool held nothing else argued)
    assert sum(e["words"] for e in mine) == 27332


def test_the_jargon_file_document_is_the_bibliography_no_other_set_starts_at():
    mine = [e for e in MANIFEST if _name(e) == JARGON]
    assert [e["curation"] for e in mine] == [{"start": "Bibliography", "nth": 11}]
    theirs = {(t.get("curation") or {}).get("start", "") for t in manifests_of(OTHER_SETS) if _name(t) == JARGON}
    assert "Bibliography" not in theirs
    assert sum(e["words"] for e in mine) * 10 <= WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 18
DOCUMENTS_WITH_ITEMS = 18
WORDS = 28612
HEADLINE = '18 English documents (28,612 words)'
IDS = ['deb-anarchism-faq-app-black-flag', 'deb-anarchism-faq-app-bolshevik-ideology-opening', 'deb-anarchism-faq-app-caplan-411-opening', 'deb-anarchism-faq-app-caplan-411-purely-negative', 'deb-anarchism-faq-app-caplan-52-individualists', 'deb-anarchism-faq-app-degeneration-objective-factors', 'deb-anarchism-faq-app-degeneration-opening', 'deb-anarchism-faq-app-iceland-communal', 'deb-anarchism-faq-app-iceland-wealth', 'deb-anarchism-faq-app-laissez-faire-stable', 'deb-anarchism-faq-app-natural-law-authoritarian', 'deb-anarchism-faq-app-natural-law-liberty', 'deb-anarchism-faq-app-natural-law-why', 'deb-anarchism-faq-app-russian-revolution-objections', 'deb-anarchism-faq-app-russian-revolution-unknown', 'deb-anarchism-faq-app-russian-revolution-vanguard', 'deb-anarchism-faq-app-spanish-primitive-rebels', 'deb-jargon-file-bibliography']
COUNTS = {('booster', 'negative'): 23, ('booster', 'positive'): 44, ('hedge', 'negative'): 24, ('hedge', 'positive'): 21, ('superlative', 'negative'): 30, ('superlative', 'positive'): 32}
ROWS = ('| superlative | 32 | 30 |', '| hedge | 21 | 24 |', '| booster | 44 | 23 |', '| all | 97 | 77 |')
PER_PACKAGE = {('anarchism', 'booster'): 44, ('anarchism', 'hedge'): 21, ('anarchism', 'superlative'): 27, ('jargon-text', 'superlative'): 5}
PACKAGE_ROWS = ('| `anarchism` | 17 | 27,332 | 27 (84%) | 21 (100%) | 44 (100%) | 74 |', '| `jargon-text` | 1 | 1,280 | 5 (16%) | 0 (0%) | 0 (0%) | 3 |')
# as the README admits: An Anarchist FAQ gives nearly every positive
OVER_A_FIFTH = [('anarchism', 'booster', 44), ('anarchism', 'hedge', 21), ('anarchism', 'superlative', 27)]
README_SAYS = (
    "It was scored **once**, at the forty-seventh session's end, by the lead, with that",
    "## Scored once, at the forty-seventh session's end (20:09:10-20:09:48 UTC)",
    "| start (6742c434), every tier | **47% (46 of 97)** | **52% (46 of 89)** | 12 of 77 |",
    "| start (6742c434), warning tier alone | **36% (35 of 97)** | **62% (35 of 56)** | 7 of 77 |",
    "| end (cc9835fc), every tier | **48% (47 of 97)** | **52% (47 of 91)** | 13 of 77 |",
    "| end (cc9835fc), warning tier alone | **37% (36 of 97)** | **61% (36 of 59)** | 8 of 77 |",
    "**Between start and end one positive was found and one wrong finding added (on a trap's line),\nboth by fact_declared, and one finding moved from info to warning.**",
    "The two executables report 461 and 463 findings of\nevery code on the 18 documents",
    "SL101, HC101 and HC102 give 89 of them at\nthe start (13, 23 and 53; no HC103)",
    "and 91 at the end (13, 23 and 55)",
    "gives every tier 44% / 48%\nat the start (43 of 97; 43 of 89; 13 of 77 traps) and 45% / 48% at the end (44 of 97; 44 of 91; 13\ntraps), and the warning tier alone 32% / 55% at the start (31 of 97; 31 of 56; 8 traps) and 34% /\n56% at the end (33 of 97; 33 of 59; 8 traps)",
    "superlatives 6 of 32 (19%), precision 46% (6 of 13), 3 of 30\ntraps; hedges 10 of 21 (48%), precision 43% (10 of 23), 4 of 24 traps; boosters 31 of 44 (70%),\nprecision 56% (31 of 55), 6 of 23 traps",
    "boosters 22\n(50%) at 81% (22 of 27), 2 traps",
    "The info\ntier holds 33 findings at the start (3 SL101, 2 HC101, 28 HC102) and 32 at the end (3, 1, 28)",
    "What is wrong, by kind (the `-v` list at the end; 44 wrong findings, 13 of them on traps, 31 on no\nitem; at the start 43, 12 on traps; on the warning tier alone 23 at the end, 8 on traps, and 21 at\nthe start, 7 on traps)",
    "boosters (24 HC102, 5 warnings, 19 info)",
    "hedges (13 HC101, all warnings)",
    "superlatives (7 SL101, 5 warnings, 2 info)",
    "three more are wrong (47 at the end, 46 at the start)",
    "What is missed (50 at the end, 51 at the start,",
    "superlatives (26)",
    "hedges (11)",
    "boosters (13)",
    "misses three more (53 at the end, 54 at the start)",
    "eleven more\n(61)",
    "by the sentence pairing it misses 64 at the end (66 at the start).",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-seventh",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    'Reached: **18 documents** and 28,612 words, **97 positives (32 superlatives, 21 hedges, 44\nboosters) and 77 traps**',
    "**The 20% rule is not met, by construction**",
    "(**95.5%**, against a cap of 20%)",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category) are not met: what the set has, pinned
POSITIVES_AT_LEAST = 97
PER_CATEGORY_AT_LEAST = 21
CLAUSES_UP_TO = "Z"
CITED = {'S775', 'S773', 'S772', 'S776', 'S774', 'S777', 'S372', 'S771', 'S770'}
OWN_CLAUSES = ['S770', 'S771', 'S772', 'S773', 'S774', 'S775', 'S776', 'S777']


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
