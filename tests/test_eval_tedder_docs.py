"""The tedder-docs held-out set (eval/tedder-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "sword" and "html" kinds with a curation) in test_eval_extract.py.

tedder-docs was built blind in the sixty-sixth session, beside spile-docs and riddle-docs, from two
public-domain commentaries on Scripture Debian ships as SWORD modules (Henry's Concise Commentary,
Scofield's 1917 reference notes) and a page of the Biblestudy HowTo, and was scored once, at that
session's end, with its start and end rules (README_SAYS pins the rows); it joins the tools' sets in the
sixty-seventh session, and until then no tool names it (the last test). These tests never run prosecheck on its documents, never read them, and need no
network.
"""

import sys

from held_out_sets import (check_clauses, check_figures, check_no_document_of_another_set, check_phrases,
                           check_readme, check_starts_untaken, load, manifests_of, package_name as _name,
                           parts_another_set_took, tools_naming)

SET, MANIFEST, GOLD = load("tedder-docs")

# every set on main when it was built (the one hundred and fifty-nine sets under eval/ with news-dev
# beside them; spile-docs and riddle-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ("adze-docs", "anvil-docs", "arbor-docs", "attic-docs", "auger-docs", "awl-docs", "bellows-docs", "bevel-docs", "billhook-docs", "blind-docs", "bodkin-docs", "bolster-docs", "brace-docs", "brad-docs", "bradawl-docs", "brayer-docs", "burin-docs", "burnisher-docs", "burr-docs", "caliper-docs", "cellar-docs", "chamfer-docs", "chisel-docs", "chock-docs", "chuck-docs", "clamp-docs", "cleat-docs", "cog-docs", "collet-docs", "coping-docs", "cramp-docs", "crimp-docs", "crowbar-docs", "dado-docs", "dibber-docs", "dibble-docs", "dolly-docs", "dovetail-docs", "dowel-docs", "drawknife-docs", "drift-docs", "drill-docs", "ember-docs", "ferrule-docs", "fid-docs", "fillister-docs", "flail-docs", "flatter-docs", "flute-docs", "forge-docs", "fresh-docs", "froe-docs", "fuller-docs", "gad-docs", "gauge-docs", "gib-docs", "gimlet-docs", "gouge-docs", "gusset-docs", "hackle-docs", "hacksaw-docs", "hardy-docs", "hasp-docs", "hatchet-docs", "hearth-docs", "hob-docs", "hod-docs", "hoe-docs", "holdfast-docs", "hone-docs", "jig-docs", "jointer-docs", "kerf-docs", "kevel-docs", "kiln-docs", "knurl-docs", "lathe-docs", "loft-docs", "lopper-docs", "loy-docs", "lug-docs", "mallet-docs", "mandrel-docs", "mattock-docs", "maul-docs", "mell-docs", "mitre-docs", "mortise-docs", "nailset-docs", "nib-docs", "nock-docs", "pawl-docs", "peen-docs", "peg-docs", "pick-docs", "pincer-docs", "plane-docs", "pliers-docs", "plumb-docs", "pritchel-docs", "punch-docs", "quarry-docs", "quill-docs", "quoin-docs", "rabbet-docs", "rake-docs", "rasp-docs", "ratchet-docs", "real-docs", "reamer-docs", "riffler-docs", "rivet-docs", "router-docs", "sander-docs", "saw-docs", "scorp-docs", "scraper-docs", "scribe-docs", "scutch-docs", "scythe-docs", "sealed-docs", "sett-docs", "shank-docs", "shim-docs", "shive-docs", "sickle-docs", "slane-docs", "sledge-docs", "slick-docs", "snips-docs", "spade-docs", "spindle-docs", "spline-docs", "spoke-docs", "spokeshave-docs", "sprig-docs", "sprue-docs", "spudger-docs", "strop-docs", "swage-docs", "swarf-docs", "swingle-docs", "tamp-docs", "tang-docs", "tenon-docs", "tenter-docs", "tine-docs", "tongs-docs", "trammel-docs", "trowel-docs", "trug-docs", "twybil-docs", "unseen-docs", "vault-docs", "vise-docs", "wedge-docs", "whet-docs", "wimble-docs", "wrench-docs")

HENRY = "sword-comm-mhcc"
SCOFIELD = "sword-comm-scofield"
HOWTO = "bibletime-data"

DOCUMENTS = 30
IDS = sorted(e["id"] for e in MANIFEST)
WORDS = 34100
DOCUMENTS_WITH_ITEMS = 30
COUNTS = {("superlative", "positive"): 85, ("superlative", "negative"): 36,
          ("hedge", "positive"): 10, ("hedge", "negative"): 23,
          ("booster", "positive"): 15, ("booster", "negative"): 20}
PER_PACKAGE = {(HENRY, "superlative"): 71, (HENRY, "hedge"): 3, (HENRY, "booster"): 13,
               (SCOFIELD, "superlative"): 13, (SCOFIELD, "hedge"): 7, (SCOFIELD, "booster"): 2,
               (HOWTO, "superlative"): 1}
# the brief's "no package above a fifth of a category" is not met (the README says so)
OVER_A_FIFTH = [(HENRY, "booster", 13), (HENRY, "hedge", 3), (HENRY, "superlative", 71), (SCOFIELD, "hedge", 7)]
POSITIVES_AT_LEAST = 90
# hedges and boosters fall short of 25 (the commentaries name whom they quote): the README says so
PER_CATEGORY_AT_LEAST = 10

HEADLINE = ("Reached: **30 documents** and 34,100 words, **110 positives (85 superlatives, 10 hedges, 15\n"
            "boosters) and 79 traps**.")
ROWS = ("| superlative | 85 | 36 |", "| hedge | 10 | 23 |", "| booster | 15 | 20 |", "| all | 110 | 79 |")
PACKAGE_ROWS = ("| `bibletime-data` | 1 | 92 | 1 (1%) | 0 (0%) | 0 (0%) | 0 |",
                "| `sword-comm-mhcc` | 18 | 19,934 | 71 (84%) | 3 (30%) | 13 (87%) | 42 |",
                "| `sword-comm-scofield` | 11 | 14,074 | 13 (15%) | 7 (70%) | 2 (13%) | 37 |")
README_SAYS = ("**Henry's commentary is 58.5% of the words**", "**What is not met**",
               "**Hedges (10) and boosters (15) are short of 25.**", "## What was searched",
               "## How it is held out", "What this helper read beyond the brief's list",
               # scored once, at the sixty-sixth session's end
               "It was scored **once**, at the sixty-sixth session's end, by the lead, with that session's",
               "it joins the tools' sets, in the sixty-seventh session",
               "## Scored once, at the sixty-sixth session's end (03:00:51-03:01:03 UTC)",
               "| start (6297af38), every tier | **16% (18 of 110)** | **55% (18 of 33)** | 6 of 79 |",
               "| start (6297af38), warning tier alone | **15% (17 of 110)** | **55% (17 of 31)** | 6 of 79 |",
               "| end (639587c2), every tier | **15% (17 of 110)** | **63% (17 of 27)** | 2 of 79 |",
               "| end (639587c2), warning tier alone | **15% (17 of 110)** | **65% (17 of 26)** | 2 of 79 |",
               "report 199 and 191 findings of every code on the 30 documents",
               "SL101,\nHC101 and HC102 give 33 of them at the start (14, 7 and 12; no HC103)",
               "and 27 at the end (9, 7 and 11)",
               "gives every tier 15% / 48%\nat start (16 of 110; 16 of 33; 7 of 79 traps) and 15% / 59% at the end (16 of 110; 16 of 27; 3\ntraps)",
               "the warning tier alone 15% / 52% at start (16 of 31; 7 traps) and 15% / 62% at the end\n(16 of 26; 3 traps)",
               "at start superlatives 10 of 85 (12%), precision 71% (10 of 14), 3 of 36\ntraps; at the end 9 (11%), precision 100% (9 of 9), no trap",
               "What is wrong, by kind (the `-v` list; 10 wrong findings at the end, 2 on traps and 8 on no item;\n15 at the start, 6 on traps; on the warning tier alone 9 at the end, 14 at the start)",
               "What is missed (93 at the end, 92 at the start): superlatives (76)",
               "hedges (8)", "boosters\n(9)",
               "16 of 23; 1 trap)",
               # the lead replaces this line with its disclosure of the session's rule work
               "The lead's disclosures of the session's rule work: the rules scored here are the sixty-sixth")
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")

CLAUSES_UP_TO = "Z"
CITED = {"B2", "S1271", "S1330", "S1331", "S1332", "S372", "W4"}
OWN_CLAUSES = ("S1330", "S1331", "S1332")


# --- integrity (no network) -------------------------------------------------------------------


def test_the_figures_are_the_files():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_the_figures_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_and_the_set_s_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_inside_its_sentence():
    check_phrases(sys.modules[__name__])


def test_the_documents_are_three_debian_packages_read_as_the_brief_says():
    assert {_name(e) for e in MANIFEST} == {HENRY, SCOFIELD, HOWTO}
    for e in MANIFEST:
        assert e["registry"] == "debian" and e["split"] == "test", e["id"]
        if _name(e) == HOWTO:
            assert e["kind"] == "html" and e["format"] == "md", e["id"]
            assert e["member"].startswith("./usr/share/doc/bibletime-data/howto/html/en/h2-"), e["id"]
        else:
            assert e["kind"] == "sword" and e["format"] == "txt" and e["genre"] == "essay", e["id"]
    # Scofield's notes on the Old Testament only (the New Testament's are riddle-docs' pool)
    assert {e["member"] for e in MANIFEST if _name(e) == SCOFIELD} == {"./usr/share/sword/modules/comments/zcom/scofield/ot.bzz"}


def test_no_package_is_above_60_percent_and_no_window_above_15_percent():
    per_package = {}
    for e in MANIFEST:
        per_package[_name(e)] = per_package.get(_name(e), 0) + e["words"]
        assert e["words"] * 100 <= 15 * WORDS, e["id"]
    assert max(per_package.values()) * 100 <= 60 * WORDS
    assert per_package[HENRY] == 19934 and per_package[SCOFIELD] == 14074


def test_the_books_are_the_pool_s_and_no_other_set_took_them():
    henry = sorted(e["id"] for e in MANIFEST if _name(e) == HENRY)
    assert henry == sorted("deb-mhcc-" + b for b in (
        "leviticus-1-2", "joshua-1-2", "2samuel-1-2", "1kings-1-2", "ezra-1-2", "nehemiah-1-2", "joel-1-2",
        "amos-1-2", "micah-1-2", "nahum-1-2", "zephaniah-1-2", "haggai-1", "habakkuk-1-2", "philippians-1-2",
        "1thessalonians-1-3", "1timothy-1-2", "titus", "2john-3john"))
    scofield = sorted(e["id"] for e in MANIFEST if _name(e) == SCOFIELD)
    assert scofield == sorted("deb-scofield-%s-notes" % b for b in (
        "exodus", "numbers", "judges", "2samuel", "1kings", "psalms", "ecclesiastes-song", "isaiah",
        "jeremiah", "ezekiel", "habakkuk"))
    # no other set's entry starts a window of the same member where one of these starts, and none
    # took the HowTo's page taken here
    theirs = {(t["member"], (t.get("curation") or {}).get("start")) for t in manifests_of(OTHER_SETS)
              if _name(t) in {HENRY, SCOFIELD, HOWTO}}
    assert not {(e["member"], e["curation"]["start"]) for e in MANIFEST} & theirs
    taken_pages = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == HOWTO}
    assert not {e["member"] for e in MANIFEST if _name(e) == HOWTO} & taken_pages


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_set_is_in_no_tool_that_scores_or_trains_yet():
    # until the sixty-seventh session, when it joins crossval.SETS (this test goes then)
    assert tools_naming("tedder-docs") == []
