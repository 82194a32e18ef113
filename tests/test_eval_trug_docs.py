"""The trug-docs held-out set (eval/trug-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "sword" and "html" kinds with a curation) in test_eval_extract.py.

trug-docs was built blind in the sixty-fifth session, beside hod-docs and lopper-docs, from
Matthew Henry's Concise Commentary (Debian's sword-comm-mhcc) and two runs of An Anarchist FAQ, and
was scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); it
joined the tools' sets in the sixty-sixth session (tests/test_eval_development_sets.py).
These tests never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("trug-docs")

# every set on main when it was built (the sets under eval/ with news-dev beside them; hod-docs and
# lopper-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'bolster-docs', 'brace-docs', 'brad-docs', 'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'crimp-docs', 'crowbar-docs', 'dado-docs', 'dibber-docs', 'dibble-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drift-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fid-docs', 'fillister-docs', 'flail-docs', 'flatter-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gad-docs', 'gauge-docs', 'gib-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hackle-docs', 'hacksaw-docs', 'hardy-docs', 'hasp-docs', 'hatchet-docs', 'hearth-docs', 'hob-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kevel-docs', 'kiln-docs', 'knurl-docs', 'lathe-docs', 'loft-docs', 'loy-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mell-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'nock-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'pritchel-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'quoin-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scutch-docs', 'scythe-docs', 'sealed-docs', 'sett-docs', 'shank-docs', 'shim-docs', 'shive-docs', 'sickle-docs', 'slane-docs', 'sledge-docs', 'slick-docs', 'snips-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'sprue-docs', 'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs', 'swingle-docs', 'tamp-docs', 'tang-docs', 'tenon-docs', 'tenter-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'twybil-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs', 'wrench-docs')

HENRY = "sword-comm-mhcc"
ANARCHISM = "anarchism"

DOCUMENTS = 29
IDS = ['deb-anarchism-faq-d1-rarely-practised', 'deb-anarchism-faq-h313-false-dichotomy', 'deb-mhcc-1-corinthians-1', 'deb-mhcc-1-john-1', 'deb-mhcc-1-peter-1', 'deb-mhcc-1-samuel-1-2', 'deb-mhcc-2-corinthians-1', 'deb-mhcc-2-peter-1', 'deb-mhcc-2-thessalonians-1', 'deb-mhcc-2-timothy-1', 'deb-mhcc-acts-1', 'deb-mhcc-colossians-1', 'deb-mhcc-daniel-1-2', 'deb-mhcc-deuteronomy-1-2', 'deb-mhcc-ephesians-1', 'deb-mhcc-esther-1-3', 'deb-mhcc-exodus-1-2', 'deb-mhcc-ezekiel-1', 'deb-mhcc-galatians-1', 'deb-mhcc-isaiah-1', 'deb-mhcc-jeremiah-1-2', 'deb-mhcc-jude', 'deb-mhcc-judges-1-2', 'deb-mhcc-lamentations-1-2', 'deb-mhcc-malachi-1-2', 'deb-mhcc-mark-1', 'deb-mhcc-philemon', 'deb-mhcc-ruth-1-2', 'deb-mhcc-song-of-solomon-1']
WORDS = 32291
DOCUMENTS_WITH_ITEMS = 29
COUNTS = {('booster', 'positive'): 20, ('superlative', 'positive'): 104, ('superlative', 'negative'): 59, ('hedge', 'negative'): 22, ('booster', 'negative'): 26, ('hedge', 'positive'): 10}
PER_PACKAGE = {('sword-comm-mhcc', 'booster'): 18, ('sword-comm-mhcc', 'superlative'): 101, ('sword-comm-mhcc', 'hedge'): 9, ('anarchism', 'superlative'): 3, ('anarchism', 'booster'): 2, ('anarchism', 'hedge'): 1}
# the rule "no package above a fifth of a category's positives" is not met (the README says why)
OVER_A_FIFTH = [('sword-comm-mhcc', 'booster', 18), ('sword-comm-mhcc', 'hedge', 9), ('sword-comm-mhcc', 'superlative', 101)]
POSITIVES_AT_LEAST = 90
# hedges (10) and boosters (20) fall short of the 25 asked: the README says why
PER_CATEGORY_AT_LEAST = 10

CLAUSES_UP_TO = "Z"
CITED = {'B2', 'M4', 'M5', 'S1270', 'S1271', 'S1300', 'S1301', 'S1302', 'S1303', 'S250', 'S372', 'W4'}
OWN_CLAUSES = ("S1300", "S1301", "S1302", "S1303")

HEADLINE = "**134 positives (104 superlatives, 10 hedges, 20\nboosters) and 107 traps**"
ROWS = (
    "| superlative | 104 | 59 |",
    "| hedge | 10 | 22 |",
    "| booster | 20 | 26 |",
    "| all | 134 | 107 |",
)
PACKAGE_ROWS = (
    "| `anarchism` | 2 | 992 | 3 (3%) | 1 (10%) | 2 (10%) | 6 |",
    "| `sword-comm-mhcc` | 27 | 31,299 | 101 (97%) | 9 (90%) | 18 (90%) | 101 |",
)
README_SAYS = (
    "**Hedges and boosters fall short of 25** (10 and 20)",
    "`sword-comm-mhcc` is 96.9%",
    "**New source: none found.**",
    "**The pool's FAQ runs are spent.**",
    # the scored-once section (the sixty-fifth session's end; START 2bbb1011, END 36cff699)
    "It was scored **once**, at the sixty-fifth session's end, by the lead, with that",
    "joined the tools' sets, in the sixty-sixth session (crossval's one\nhundred and fifty-ninth).",
    "## Scored once, at the sixty-fifth session's end (23:47:15-23:47:28 UTC)",
    "| start (2bbb1011), every tier | **27% (36 of 134)** | **69% (36 of 52)** | 11 of 107 |",
    "| start (2bbb1011), warning tier alone | **23% (31 of 134)** | **70% (31 of 44)** | 9 of 107 |",
    "| end (36cff699), every tier | **28% (38 of 134)** | **69% (38 of 55)** | 12 of 107 |",
    "| end (36cff699), warning tier alone | **23% (31 of 134)** | **70% (31 of 44)** | 9 of 107 |",
    "**What moved: three info findings of SL101, all plain65's (f6cbf460); the warning tier did not\nmove.**",
    "The start reports 226 findings of every code on the 29 documents",
    "the end 229; SL101, HC101 and HC102 give 52 at the start (24, 9 and 19; no HC103",
    "and 55 at the end (SL101 27, 23 warnings and 4 info)",
    "the warning tier alone gives 22% (30 of 134) at 73% (30 of 41), 9 of\n107 traps",
    "gives every tier 25% / 63%\nat the start (33 of 134; 33 of 52; 13 of 107 traps) and 26% / 64% at the end (35 of 134; 35 of 55;\n14 traps), and the warning tier alone 22% / 66% at both (29 of 134; 29 of 44; 10 traps)",
    "superlatives 19 of 104 (18%) at 79% (19 of 24), 4 of 59 traps",
    "and 21 (20%) at 78% (21 of 27), 5 traps, at the end; hedges 5 of 10 (50%) at 56% (5 of 9), 2\nof 22 traps; boosters 12 of 20 (60%) at 63% (12 of 19), 5 of 26 traps",
    "The info tier\nholds 8 findings at the start and 11 at the end",
    "What is wrong, by kind (the `-v` list at the end; 17 wrong findings, 12 of them on traps, 5 on no\nitem; at the start 16, 11 on traps",
    "boosters (7 HC102, 4 warnings, 3 info)",
    "hedges (4 HC101, all warnings)",
    "superlatives (6 SL101, 5 warnings, 1 info)",
    "What is missed (98 at the start, 96 at the end): superlatives (85 and 83)",
    "hedges (5)",
    "boosters (8)",
    "The sentence pairing misses three more (101 and 99; above)",
    "by the sentence pairing it misses 105.",
    # the lead's disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the sixty-fifth",
)
README_NEVER_SAYS = ("Every bound of the brief is met", "It is to be scored", "**sealed**", "The lead scores it")


# --- integrity (no network) -------------------------------------------------------------------

def test_the_figures_are_the_ones_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_holds_the_rows_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_inside_its_sentence():
    check_phrases(sys.modules[__name__])


def test_the_documents_are_henry_s_commentary_and_two_faq_runs():
    assert {_name(e) for e in MANIFEST} == {HENRY, ANARCHISM}
    for e in MANIFEST:
        assert e["registry"] == "debian" and e["split"] == "test", e["id"]
        if _name(e) == HENRY:
            assert e["package"] == "sword-comm-mhcc=2.0-1" and e["kind"] == "sword" and e["format"] == "txt", e["id"]
            assert e["member"] in {"./usr/share/sword/modules/comments/zcom/mhcc/ot.bzz",
                                   "./usr/share/sword/modules/comments/zcom/mhcc/nt.bzz"}, e["id"]
            assert e["id"].startswith("deb-mhcc-") and e["genre"] == "essay", e["id"]
        else:
            assert e["package"] == "anarchism=15.3-3" and e["kind"] == "html" and e["format"] == "md", e["id"]
            assert e["member"] in {"./usr/share/doc/anarchism/html/secD1.html",
                                   "./usr/share/doc/anarchism/html/secH3.html"}, e["id"]


def test_no_window_of_the_commentary_is_above_15_percent_and_the_faq_is_a_third_at_most():
    for e in MANIFEST:
        assert e["words"] * 100 <= 15 * WORDS, e["id"]
    assert sum(e["words"] for e in MANIFEST if _name(e) == ANARCHISM) * 3 <= WORDS


def test_the_commentary_s_books_are_ones_bolster_docs_did_not_take():
    theirs = {t["curation"]["start"] for t in manifests_of(OTHER_SETS) if _name(t) == HENRY}
    mine = {e["curation"]["start"] for e in MANIFEST if _name(e) == HENRY}
    assert len(theirs) == 14 and not theirs & mine
    # every book's window is its introduction with the chapters after it, so no two windows overlap
    assert len(mine) == 27


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
