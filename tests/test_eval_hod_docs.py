"""The hod-docs held-out set (eval/hod-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "sword" and "html" kinds with a curation) in test_eval_extract.py.

hod-docs was built blind in the sixty-fifth session, beside trug-docs and lopper-docs, from eleven
psalms' expositions of Spurgeon's The Treasury of David (Debian sword-comm-tdavid) and sixteen
windows of An Anarchist FAQ's B, G and H (Debian anarchism), and was scored once, at that session's
end, with its start and end rules (README_SAYS pins the rows); it joined the tools' sets in the
sixty-sixth session (tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and need
no network.
"""

import re
import sys
from collections import Counter

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("hod-docs")

# every set on main when it was built (the 156 sets under eval/ with news-dev beside them;
# trug-docs and lopper-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'bolster-docs', 'brace-docs', 'brad-docs', 'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'crimp-docs', 'crowbar-docs', 'dado-docs', 'dibber-docs', 'dibble-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drift-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fid-docs', 'fillister-docs', 'flail-docs', 'flatter-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gad-docs', 'gauge-docs', 'gib-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hackle-docs', 'hacksaw-docs', 'hardy-docs', 'hasp-docs', 'hatchet-docs', 'hearth-docs', 'hob-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kevel-docs', 'kiln-docs', 'knurl-docs', 'lathe-docs', 'loft-docs', 'loy-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mell-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'nock-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'pritchel-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'quoin-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scutch-docs', 'scythe-docs', 'sealed-docs', 'sett-docs', 'shank-docs', 'shim-docs', 'shive-docs', 'sickle-docs', 'slane-docs', 'sledge-docs', 'slick-docs', 'snips-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'sprue-docs', 'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs', 'swingle-docs', 'tamp-docs', 'tang-docs', 'tenon-docs', 'tenter-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'twybil-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs', 'wrench-docs')

TDAVID = "sword-comm-tdavid"
ANARCHISM = "anarchism"
TDAVID_MEMBER = "./usr/share/sword/modules/comments/zcom/tdavid/ot.czz"
PSALMS = {1, 11, 15, 43, 53, 64, 70, 75, 117, 134, 150}


# --- integrity (no network) -------------------------------------------------------------------



def test_every_document_is_a_psalm_s_exposition_or_a_window_of_the_faq():
    assert {_name(e) for e in MANIFEST} == {TDAVID, ANARCHISM}
    for e in MANIFEST:
        assert e["registry"] == "debian" and e["split"] == "test", e["id"]
        if _name(e) == TDAVID:
            assert e["member"] == TDAVID_MEMBER and e["kind"] == "sword" and e["format"] == "txt", e["id"]
            assert e["curation"]["end"] == "EXPLANATORY NOTES AND QUAINT SAYINGS", e["id"]
            assert re.fullmatch(r"Psalm \d+ OVERVIEW", e["curation"]["start"]), e["id"]
        else:
            assert e["member"].startswith("./usr/share/doc/anarchism/html/sec"), e["id"]
            assert e["member"].rsplit("/", 1)[1][3] in "BGH", e["id"]
            assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]


def test_the_psalms_are_ones_no_other_set_took():
    mine = {int(e["curation"]["start"].split()[1]) for e in MANIFEST if _name(e) == TDAVID}
    assert mine == PSALMS
    theirs = {t["curation"]["start"] for t in manifests_of(OTHER_SETS) if _name(t) == TDAVID}
    assert theirs and not {"Psalm %d OVERVIEW" % n for n in mine} & theirs


def test_no_package_is_above_60_percent_and_no_document_above_15_percent_of_the_words():
    words = Counter()
    for e in MANIFEST:
        words[_name(e)] += e["words"]
        assert e["words"] * 100 <= 15 * WORDS, e["id"]
    assert max(words.values()) * 100 <= 60 * WORDS
    # the FAQ is over the third the brief allows (the README's "What is not met" says why)
    assert words[ANARCHISM] == 15703 and words[TDAVID] == 19072


def test_the_windows_come_from_at_least_eight_sections_or_psalms():
    sections = {e["id"].split("-")[3] for e in MANIFEST if _name(e) == ANARCHISM}
    assert len(sections) + len(PSALMS) >= 8
    assert len(sections) == 15


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 30
DOCUMENTS_WITH_ITEMS = 30
WORDS = 34775
IDS = sorted(e["id"] for e in MANIFEST)
COUNTS = {("superlative", "positive"): 60, ("superlative", "negative"): 48,
          ("hedge", "positive"): 18, ("hedge", "negative"): 26,
          ("booster", "positive"): 35, ("booster", "negative"): 45}
PER_PACKAGE = {(ANARCHISM, "superlative"): 10, (ANARCHISM, "hedge"): 9, (ANARCHISM, "booster"): 23,
               (TDAVID, "superlative"): 50, (TDAVID, "hedge"): 9, (TDAVID, "booster"): 12}
# two packages: the fifth-of-a-category rule cannot hold (the README says so)
OVER_A_FIFTH = [(ANARCHISM, "booster", 23), (ANARCHISM, "hedge", 9), (TDAVID, "booster", 12),
                (TDAVID, "hedge", 9), (TDAVID, "superlative", 50)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 18   # hedges fell short of 25 (the README says why)

HEADLINE = ("Reached: **30 documents** and 34,775 words, **113 positives (60 superlatives, 18 hedges, 35\n"
            "boosters) and 119 traps**.")
ROWS = ("| superlative | 60 | 48 |", "| hedge | 18 | 26 |", "| booster | 35 | 45 |", "| all | 113 | 119 |")
PACKAGE_ROWS = ("| `anarchism` | 19 | 15,703 | 10 (17%) | 9 (50%) | 23 (66%) | 69 |",
                "| `sword-comm-tdavid` | 11 | 19,072 | 50 (83%) | 9 (50%) | 12 (34%) | 50 |")
README_SAYS = ("**Hedges fell short: 18, not 25.**",
               "**The FAQ is 45.2% of the words, over the third the brief allows.**",
               "*The Treasury of David* (Debian `sword-comm-tdavid`) 19,072 words (54.8%",
               "What this helper read beyond the brief's list: the first 27 lines of bolster-docs' `build.sh`",
               # the one score, at the sixty-fifth session's end
               "It was scored **once**, at the sixty-fifth session's end, by the lead, with that",
               "After that score it joined the tools' sets, in the sixty-sixth session (crossval's one\nhundred and fifty-eighth",
               "## Scored once, at the sixty-fifth session's end (23:47:15-23:47:28 UTC)",
               "| start (2bbb1011), every tier | **35% (39 of 113)** | **71% (39 of 55)** | 10 of 119 |",
               "| start (2bbb1011), warning tier alone | **32% (36 of 113)** | **75% (36 of 48)** | 6 of 119 |",
               "| end (36cff699), every tier | **35% (39 of 113)** | **68% (39 of 57)** | 11 of 119 |",
               "| end (36cff699), warning tier alone | **32% (36 of 113)** | **73% (36 of 49)** | 7 of 119 |",
               "**Two findings were added between start and end, both wrong; nothing was found, lost or moved tier\notherwise.**",
               "The two executables report 340 and 342 findings of every code on the 30 documents",
               "SL101, HC101, HC102 and HC103 give 55 of them at the start (11, 12, 31 and 1",
               "and 57 at the end (SL101\none more at info, HC102 one more warning)",
               "e0b99cba (HC102 'should go without saying' in boosters.tsv, warning) **adds one wrong\n  finding**",
               "f6cbf460 (SL101 a plain superlative as the complement of is/are/was/were outside\n  documentation, info, superlative_complement.py) **adds one wrong finding**",
               "tier alone gives 32% / 77% at the start (36 of 113; 36 of 47; 6 traps) and 32% / 75% at the end (36\nof 48; 7 traps)",
               "gives every tier 30% / 62%\nat the start (34 of 113; 34 of 55; 11 of 119 traps) and 30% / 60% at the end (34 of 57; 12 traps)",
               "the warning tier alone 27% / 62% at the start (30 of 113; 30 of 48; 8 traps) and 27% / 61% at the end\n(30 of 49; 9 traps)",
               "superlatives 9 of 60 (15%), precision 82% (9 of 11) at the start and 75%\n(9 of 12) at the end, 1 of 48 traps",
               "hedges 8 of 18 (44%), precision 62% (8 of 13), 0 of 26 traps",
               "boosters 22 of 35 (63%), precision 69% (22 of 32) and 9 of 45 traps at the start, 67% (22\nof 33) and 10 traps at the end",
               "The info tier holds 7 findings at the start (all HC102) and 8 at\nthe end",
               "FAQ*** (nineteen windows; 15,703 words, 42 positives) 20 of 42 (48%) at 80% (20 of 25), 4 of 69\ntraps",
               "David*** (eleven psalms; 19,072 words, 71 positives) 19 of 71 (27%) at 63% (19 of 30), 6 of 50 traps",
               "What is wrong, by kind (the `-v` list; 16 wrong findings at the start, 10 of them on traps, 6 on no\nitem; 18 at the end, 11 on traps, 7 on no item",
               "What is missed (74 at start and end): superlatives (51)",
               "hedges (10)",
               "boosters (13)",
               "The\nsentence pairing misses five more (79: above)",
               "three more (77; the three info boosters of the FAQ); by the sentence pairing it misses 83.",
               # the lead's disclosure of the session's rule work
               "The lead's disclosures of the session's rule work: the rules scored here are the sixty-fifth",
               "## What was searched (so that the next set need not look again)")
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")

CLAUSES_UP_TO = "Z"
CITED = {"M4", "M5", "M8", "N4", "S1270", "S1271", "S1290", "S1291", "S1292", "S1294", "S250", "S261",
         "S297", "S372", "W4"}
OWN_CLAUSES = ("S1290", "S1291", "S1292", "S1293", "S1294")


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_clause_cited_is_written_down():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
