"""The spile-docs held-out set (eval/spile-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "sword" and "html" kinds with a curation) in test_eval_extract.py.

spile-docs was built blind in the sixty-sixth session, beside tedder-docs and riddle-docs, from six
psalms of Spurgeon's Treasury of David, four windows of Henry's Concise Commentary (Ecclesiastes
3-9, Proverbs 3-4) and nine windows of An Anarchist FAQ's A, G and H, and was scored once, at that
session's end, with its start and end rules (README_SAYS pins the rows); it joins the tools' sets in
the sixty-seventh session, and until then no tool names it. These tests never run prosecheck on its
documents, never read them, and need no network.
"""

import re
import sys

from held_out_sets import (check_clauses, check_figures, check_no_document_of_another_set, check_phrases,
                           check_readme, check_starts_untaken, load, manifests_of, package_name as _name,
                           parts_another_set_took, tools_naming)

SET, MANIFEST, GOLD = load("spile-docs")

# every set on main when it was built (the 159 sets under eval/ at the sixty-sixth session's start,
# with news-dev beside them; tedder-docs and riddle-docs, built beside it, are on other branches and
# not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'bolster-docs', 'brace-docs', 'brad-docs', 'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'crimp-docs', 'crowbar-docs', 'dado-docs', 'dibber-docs', 'dibble-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drift-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fid-docs', 'fillister-docs', 'flail-docs', 'flatter-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gad-docs', 'gauge-docs', 'gib-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hackle-docs', 'hacksaw-docs', 'hardy-docs', 'hasp-docs', 'hatchet-docs', 'hearth-docs', 'hob-docs', 'hod-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kevel-docs', 'kiln-docs', 'knurl-docs', 'lathe-docs', 'loft-docs', 'lopper-docs', 'loy-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mell-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'nock-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'pritchel-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'quoin-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scutch-docs', 'scythe-docs', 'sealed-docs', 'sett-docs', 'shank-docs', 'shim-docs', 'shive-docs', 'sickle-docs', 'slane-docs', 'sledge-docs', 'slick-docs', 'snips-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'sprue-docs', 'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs', 'swingle-docs', 'tamp-docs', 'tang-docs', 'tenon-docs', 'tenter-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'trug-docs', 'twybil-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs', 'wrench-docs')

TDAVID = "sword-comm-tdavid"
MHCC = "sword-comm-mhcc"
ANARCHISM = "anarchism"

DOCUMENTS = 24
IDS = ['deb-anarchism-faq-a55-italy-after-occupations', 'deb-anarchism-faq-g1-marx-and-tucker', 'deb-anarchism-faq-g13-wage-labour-opening', 'deb-anarchism-faq-g13-wage-labour-state-boss', 'deb-anarchism-faq-h1-marx-replied', 'deb-anarchism-faq-h1-proudhon-two-way', 'deb-anarchism-faq-h4-anarchist-conception-of-liberty', 'deb-anarchism-faq-h45-engels-playing-with-words', 'deb-anarchism-faq-h63-actual-experience', 'deb-mhcc-ecclesiastes-3-4', 'deb-mhcc-ecclesiastes-5-6', 'deb-mhcc-ecclesiastes-7-9', 'deb-mhcc-proverbs-3-4', 'deb-tdavid-psalm-12-title-to-verse-4', 'deb-tdavid-psalm-12-verses-5-8', 'deb-tdavid-psalm-2-title-to-verse-6', 'deb-tdavid-psalm-2-verses-7-12', 'deb-tdavid-psalm-3-title-to-verse-2', 'deb-tdavid-psalm-3-verses-3-8', 'deb-tdavid-psalm-54-exposition', 'deb-tdavid-psalm-58-title-to-verse-5', 'deb-tdavid-psalm-58-verses-6-11', 'deb-tdavid-psalm-67-title-to-verse-3', 'deb-tdavid-psalm-67-verses-4-7']
WORDS = 26141
DOCUMENTS_WITH_ITEMS = 24
COUNTS = {('booster', 'negative'): 39, ('booster', 'positive'): 38, ('hedge', 'negative'): 15, ('hedge', 'positive'): 29, ('superlative', 'negative'): 34, ('superlative', 'positive'): 75}
PER_PACKAGE = {('anarchism', 'booster'): 6, ('anarchism', 'hedge'): 15, ('anarchism', 'superlative'): 4, ('sword-comm-mhcc', 'booster'): 7, ('sword-comm-mhcc', 'hedge'): 1, ('sword-comm-mhcc', 'superlative'): 23, ('sword-comm-tdavid', 'booster'): 25, ('sword-comm-tdavid', 'hedge'): 13, ('sword-comm-tdavid', 'superlative'): 48}
# the old rule (no package above a fifth of a category's positives) is not met: the README says so
OVER_A_FIFTH = [('anarchism', 'hedge', 15), ('sword-comm-mhcc', 'superlative', 23), ('sword-comm-tdavid', 'booster', 25), ('sword-comm-tdavid', 'hedge', 13), ('sword-comm-tdavid', 'superlative', 48)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25

CLAUSES_UP_TO = "Z"
CITED = {'B2', 'M4', 'M8', 'N4', 'S1270', 'S1271', 'S1290', 'S1291', 'S1292', 'S1293', 'S1321', 'S1322', 'S1323', 'S250', 'S297', 'S372', 'W4'}
OWN_CLAUSES = ("S1320", "S1321", "S1322", "S1323")

HEADLINE = "**24 documents** and 26,141 words, **142 positives (75 superlatives, 29 hedges, 38\nboosters) and 88 traps**"
ROWS = ("| superlative | 75 | 34 |", "| hedge | 29 | 15 |", "| booster | 38 | 39 |", "| all | 142 | 88 |")
PACKAGE_ROWS = (
    "| `anarchism` | 9 | 7,151 | 4 (5%) | 15 (52%) | 6 (16%) | 30 |",
    "| `sword-comm-mhcc` | 4 | 5,267 | 23 (31%) | 1 (3%) | 7 (18%) | 12 |",
    "| `sword-comm-tdavid` | 11 | 13,723 | 48 (64%) | 13 (45%) | 25 (66%) | 46 |",
)
README_SAYS = (
    "no package above 60% (the Treasury 52.5%), the FAQ under a third (27.4%)",
    "**The old caps** (45% from sources no set took much of; no package above a fifth of a category's\n  positives) are not met",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    # scored once, at the sixty-sixth session's end
    "It was scored **once**, at the sixty-sixth session's end, by the lead, with that",
    "After that score it joins the tools' sets, in the sixty-seventh session; until then no\ntool names it.",
    "## Scored once, at the sixty-sixth session's end (03:00:51-03:01:03 UTC)",
    "| start (6297af38), every tier | **27% (38 of 142)** | **76% (38 of 50)** | 9 of 88 |",
    "| start (6297af38), warning tier alone | **24% (34 of 142)** | **81% (34 of 42)** | 6 of 88 |",
    "| end (639587c2), every tier | **27% (38 of 142)** | **78% (38 of 49)** | 8 of 88 |",
    "| end (639587c2), warning tier alone | **24% (34 of 142)** | **83% (34 of 41)** | 5 of 88 |",
    "**One finding moved between start and end: a wrong SL101 warning on a superlative trap was saved\n(fe730e14); nothing was found or lost on a positive.**",
    "The two executables report 242 and 240\nfindings of every code on the 24 documents",
    "SL101, HC101, HC102 and HC103\ngive 50 of them at the start (14, 9, 26 and 1",
    "gives every tier 23% / 66%\nat the start (33 of 142; 33 of 50; 12 of 88 traps) and 23% / 67% at the end (33 of 142; 33 of 49; 11\ntraps), and the warning tier alone 20% / 69% at the start (29 of 142; 29 of 42; 9 traps) and 20% /\n71% at the end (29 of 142; 29 of 41; 8 traps)",
    "superlatives 13 of 75 (17%), precision 100% (13 of 13), 0 of\n34 traps (at the start 93%, 13 of 14, 1 trap); hedges 6 of 29 (21%), precision 60% (6 of 10), 1 of 15\ntraps; boosters 19 of 38 (50%), precision 70% (19 of 27), 7 of 39 traps",
    "The\ninfo tier holds 8 findings at start and end (2 SL101, 1 HC101, 5 HC102)",
    "23 of 86 (27%) at 85% (23 of\n27), 3 of 46 traps",
    "9 of 31 (29%) at 82% (9 of 11), 1 of 12 traps",
    "6 of 25 (24%) at 55% (6 of 11), 4 of 30 traps",
    "What is wrong, by kind (the `-v` list at the end; 11 wrong findings, 8 of them on traps, 3 on no\nitem; on the warning tier alone 7, 5 on traps",
    "What is missed (104 at start and end): superlatives (62)",
    "hedges\n(23)",
    "boosters (19)",
    "The sentence pairing misses five more\n(109; above). The warning tier alone misses, at start and end, four more (108)",
    "by the sentence pairing it misses 113.",
    "the warning tier alone gives 23% / 85% at the start (33 of 142; 33 of 39; 5 of 88 traps)",
    "24% / 87% at the end (34 of\n142; 34 of 39; 4 traps)",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the sixty-sixth",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")

PSALM = re.compile(r"^Psalm (\d+) OVERVIEW$")


def _psalms(entries):
    """The psalms the Treasury's entries hold, read off their ids (deb-tdavid-psalm-N-...) or starts."""
    found = set()
    for e in entries:
        if _name(e) != TDAVID:
            continue
        m = re.match(r"deb-tdavid-psalm-(\d+)-", e["id"])
        start = PSALM.match(e["curation"]["start"])
        if m:
            found.add(int(m.group(1)))
        elif start:
            found.add(int(start.group(1)))
    return found


# --- integrity (no network) -------------------------------------------------------------------


# scored once at the sixty-sixth session's end; it joins crossval.SETS in the sixty-seventh (this test goes then)
def test_the_set_is_in_no_tool_that_scores_or_trains_yet():
    assert tools_naming("spile-docs") == []


def test_the_figures_are_the_files_figures():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_and_the_set_s_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_in_its_sentence():
    check_phrases(sys.modules[__name__])


def test_the_packages_are_the_pool_s_three_pinned_debian_archives():
    assert {(_name(e), e["archive"], e["kind"]) for e in MANIFEST} == {
        (TDAVID, "sword-comm-tdavid_2.1-1_all.deb", "sword"),
        (MHCC, "sword-comm-mhcc_2.0-1_all.deb", "sword"),
        (ANARCHISM, "anarchism_15.3-3_all.deb", "html"),
    }
    assert all(e["registry"] == "debian" and e["split"] == "test" for e in MANIFEST)


def test_the_psalms_are_of_1_to_99_and_ones_no_other_set_took():
    mine = _psalms(MANIFEST)
    assert mine == {2, 3, 12, 54, 58, 67}
    assert not mine & _psalms(manifests_of(OTHER_SETS))
    # every window of the Treasury ends before the quoted notes and the hints to preachers
    for e in MANIFEST:
        if _name(e) == TDAVID:
            assert e["curation"]["end"].startswith(("EXPLANATORY NOTES", "Verse ")), e["id"]


def test_henry_s_chapters_are_ecclesiastes_3_to_9_and_proverbs_3_4():
    mine = sorted(e["id"] for e in MANIFEST if _name(e) == MHCC)
    assert mine == ["deb-mhcc-ecclesiastes-3-4", "deb-mhcc-ecclesiastes-5-6", "deb-mhcc-ecclesiastes-7-9",
                    "deb-mhcc-proverbs-3-4"]
    theirs = {t["curation"]["start"] for t in manifests_of(OTHER_SETS) if _name(t) == MHCC}
    assert not theirs & {e["curation"]["start"] for e in MANIFEST if _name(e) == MHCC}


def test_the_faq_windows_are_of_a_g_and_h_and_under_a_third_of_the_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 9
    pages = {e["member"].rsplit("/", 1)[1] for e in mine}
    assert pages == {"secA5.html", "secG1.html", "secH1.html", "secH4.html", "secH6.html"}
    assert all(e["format"] == "md" and e["genre"] == "faq" for e in mine)
    assert sum(e["words"] for e in mine) * 3 <= WORDS


def test_no_package_is_above_60_percent_and_no_window_above_15_percent():
    for package in (TDAVID, MHCC, ANARCHISM):
        assert sum(e["words"] for e in MANIFEST if _name(e) == package) * 100 <= 60 * WORDS, package
    for e in MANIFEST:
        assert e["words"] * 100 <= 15 * WORDS, e["id"]
    # a psalm cut in two is one section: both its windows together stay under 15% too
    for psalm in _psalms(MANIFEST):
        words = sum(e["words"] for e in MANIFEST if e["id"].startswith("deb-tdavid-psalm-%d-" % psalm))
        assert words * 100 <= 15 * WORDS, psalm


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
