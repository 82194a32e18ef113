"""The riddle-docs held-out set (eval/riddle-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "sword" and "html" kinds with a curation) in test_eval_extract.py.

riddle-docs was built blind in the sixty-sixth session, beside spile-docs and tedder-docs (each from
a pool of sources of its own), and was scored once, at that session's end, with its start and end
rules (README_SAYS pins the rows); it joins the tools' sets in the sixty-seventh session (until then
no tool names it: the "no tool yet" test below goes when it joins crossval). These tests never run
prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took, tools_naming)

SET, MANIFEST, GOLD = load("riddle-docs")

# every set on main when it was built (the 159 sets under eval/ at the sixty-sixth session's start;
# spile-docs and tedder-docs, built beside it, are on other branches and not read here)
OTHER_SETS = (
    'adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs',
    'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'bolster-docs', 'brace-docs',
    'brad-docs', 'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs',
    'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs',
    'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs',
    'crimp-docs', 'crowbar-docs', 'dado-docs', 'dibber-docs', 'dibble-docs', 'dolly-docs',
    'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drift-docs', 'drill-docs', 'ember-docs',
    'ferrule-docs', 'fid-docs', 'fillister-docs', 'flail-docs', 'flatter-docs', 'flute-docs',
    'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gad-docs', 'gauge-docs', 'gib-docs',
    'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hackle-docs', 'hacksaw-docs', 'hardy-docs',
    'hasp-docs', 'hatchet-docs', 'hearth-docs', 'hob-docs', 'hod-docs', 'hoe-docs', 'holdfast-docs',
    'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kevel-docs', 'kiln-docs', 'knurl-docs',
    'lathe-docs', 'loft-docs', 'lopper-docs', 'loy-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs',
    'mattock-docs', 'maul-docs', 'mell-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs',
    'nib-docs', 'nock-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs', 'pincer-docs',
    'plane-docs', 'pliers-docs', 'plumb-docs', 'pritchel-docs', 'punch-docs', 'quarry-docs',
    'quill-docs', 'quoin-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs',
    'real-docs', 'reamer-docs', 'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs',
    'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scutch-docs', 'scythe-docs',
    'sealed-docs', 'sett-docs', 'shank-docs', 'shim-docs', 'shive-docs', 'sickle-docs',
    'slane-docs', 'sledge-docs', 'slick-docs', 'snips-docs', 'spade-docs', 'spindle-docs',
    'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'sprue-docs', 'spudger-docs',
    'strop-docs', 'swage-docs', 'swarf-docs', 'swingle-docs', 'tamp-docs', 'tang-docs',
    'tenon-docs', 'tenter-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs',
    'trug-docs', 'twybil-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs',
    'wimble-docs', 'wrench-docs')

SCOFIELD = "sword-comm-scofield"
TDAVID = "sword-comm-tdavid"
ANARCHISM = "anarchism"
PACKAGES = {SCOFIELD, TDAVID, ANARCHISM}
LOPPER = "lopper-docs"


# --- integrity (no network) -------------------------------------------------------------------

def test_the_set_is_in_no_tool_that_scores_or_trains_yet():
    assert tools_naming("riddle-docs") == []


def test_the_packages_are_the_pool_s_and_none_is_above_60_percent_of_the_words():
    assert {_name(e) for e in MANIFEST} == PACKAGES
    for package in PACKAGES:
        assert sum(e["words"] for e in MANIFEST if _name(e) == package) * 100 <= 60 * WORDS, package
    # the FAQ at most a third of the set (the brief)
    assert sum(e["words"] for e in MANIFEST if _name(e) == ANARCHISM) * 3 <= WORDS


def test_no_window_is_above_15_percent_of_the_words_and_there_are_at_least_eight_units():
    assert max(e["words"] for e in MANIFEST) * 100 <= 15 * WORDS
    units = set()
    for e in MANIFEST:
        if _name(e) == ANARCHISM:
            units.add(e["member"])
        elif _name(e) == TDAVID:
            units.add(e["curation"]["start"])
        else:
            units.add(e["id"].split("-")[2])
    assert len(units) >= 8


def test_the_commentaries_are_sword_windows_and_the_faq_html_windows():
    for e in MANIFEST:
        if _name(e) == ANARCHISM:
            assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]
            assert e["member"].rsplit("/", 1)[1] in {"secC4.html", "secC10.html", "secI1.html", "secI2.html",
                                                     "secI5.html", "secI7.html"}, e["id"]
        else:
            assert e["kind"] == "sword" and e["format"] == "txt" and e["genre"] == "essay", e["id"]


def test_the_scofield_windows_are_of_the_new_testament_and_none_is_lopper_s():
    mine = [e for e in MANIFEST if _name(e) == SCOFIELD]
    assert len(mine) == 6
    assert {e["member"] for e in mine} == {"./usr/share/sword/modules/comments/zcom/scofield/nt.bzz"}
    lopper = [t for t in manifests_of((LOPPER,)) if _name(t) == SCOFIELD]
    # no book introduction lopper-docs started from, and none of its windows' starts
    assert not {e["curation"]["start"] for e in mine} & {t["curation"]["start"] for t in lopper}
    # the two windows that go on from lopper's start where its windows end
    ends = {t["curation"].get("end") for t in lopper}
    assert sum(1 for e in mine if e["curation"]["start"] in ends) == 1


def test_the_psalms_are_of_100_150_and_ones_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == TDAVID]
    psalms = {int(e["curation"]["start"].split()[1]) for e in mine}
    assert psalms == {114, 120, 121, 123, 124, 125, 149}
    theirs = {(t.get("curation") or {}).get("start") for t in manifests_of(OTHER_SETS) if _name(t) == TDAVID}
    assert not {e["curation"]["start"] for e in mine} & theirs
    for e in mine:
        assert e["curation"]["end"] == "EXPLANATORY NOTES AND QUAINT SAYINGS", e["id"]


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 22
IDS = [
    'deb-anarchism-faq-c101-free-market-selectivity', 'deb-anarchism-faq-c41-big-business-extent',
    'deb-anarchism-faq-i11-landlords-and-rothbard', 'deb-anarchism-faq-i2-no-blueprint',
    'deb-anarchism-faq-i512-public-services', 'deb-anarchism-faq-i52-confederation-mandates',
    'deb-anarchism-faq-i54-spain-self-government', 'deb-anarchism-faq-i72-noble-savage',
    'deb-anarchism-faq-i73-law-and-rights', 'deb-scofield-ephesians-notes',
    'deb-scofield-john-introduction-notes', 'deb-scofield-luke-introduction-notes',
    'deb-scofield-luke-prayer-to-hades', 'deb-scofield-matthew-parables-of-the-kingdom',
    'deb-scofield-matthew-pharisees-to-sermon', 'deb-tdavid-psalm-114-exposition',
    'deb-tdavid-psalm-120-exposition', 'deb-tdavid-psalm-121-exposition',
    'deb-tdavid-psalm-123-exposition', 'deb-tdavid-psalm-124-exposition',
    'deb-tdavid-psalm-125-exposition', 'deb-tdavid-psalm-149-exposition']
WORDS = 34755
DOCUMENTS_WITH_ITEMS = 22
COUNTS = {('superlative', 'negative'): 46, ('superlative', 'positive'): 71, ('hedge', 'positive'): 27, ('booster', 'negative'): 36, ('booster', 'positive'): 31, ('hedge', 'negative'): 15}
PER_PACKAGE = {('sword-comm-scofield', 'superlative'): 8, ('sword-comm-scofield', 'hedge'): 8, ('sword-comm-scofield', 'booster'): 3, ('sword-comm-tdavid', 'superlative'): 57, ('sword-comm-tdavid', 'booster'): 19, ('sword-comm-tdavid', 'hedge'): 8, ('anarchism', 'hedge'): 11, ('anarchism', 'superlative'): 6, ('anarchism', 'booster'): 9}
OVER_A_FIFTH = [('anarchism', 'booster', 9), ('anarchism', 'hedge', 11), ('sword-comm-scofield', 'hedge', 8), ('sword-comm-tdavid', 'booster', 19), ('sword-comm-tdavid', 'hedge', 8), ('sword-comm-tdavid', 'superlative', 57)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25
HEADLINE = "**22 documents** and 34,755 words, **129 positives (71 superlatives, 27 hedges, 31\nboosters) and 97 traps**"
ROWS = ("| superlative | 71 | 46 |", "| hedge | 27 | 15 |", "| booster | 31 | 36 |", "| all | 129 | 97 |")
PACKAGE_ROWS = ("| `anarchism` | 9 | 9,682 | 6 (8%) | 11 (41%) | 9 (29%) | 44 |",
                "| `sword-comm-scofield` | 6 | 8,787 | 8 (11%) | 8 (30%) | 3 (10%) | 38 |",
                "| `sword-comm-tdavid` | 7 | 16,286 | 57 (80%) | 8 (30%) | 19 (61%) | 15 |")
README_SAYS = ("**Hedges are the thin category (27)**", "**The 20% rule is not met, by construction**",
               "The old caps (45% from sources no set took much of; no source above a\nfifth of a category) are **not met**",
               "What this helper read beyond the brief's list")
README_SAYS += (
    "It was scored **once**, at the sixty-sixth session's end, by the lead, with that",
    "## Scored once, at the sixty-sixth session's end (03:00:51-03:01:03 UTC)",
    "| start (6297af38), every tier | **28% (36 of 129)** | **55% (36 of 65)** | 17 of 97 |",
    "| start (6297af38), warning tier alone | **24% (31 of 129)** | **58% (31 of 53)** | 12 of 97 |",
    "| end (639587c2), every tier | **28% (36 of 129)** | **59% (36 of 61)** | 14 of 97 |",
    "| end (639587c2), warning tier alone | **24% (31 of 129)** | **62% (31 of 50)** | 10 of 97 |",
    "**What moved between start and end: four wrong findings saved, all on Scofield's verse references\n(fe730e14); nothing found or lost.**",
    "The two executables report 337 and 328 findings of every code\non the 22 documents",
    "gives every tier 26% / 52%\nat the start (34 of 129; 34 of 65; 16 of 97 traps) and 26% / 56% at the end (34 of 61; 13 traps)",
    "superlatives 17 of 71 (24%), precision 74% (17 of 23) at the start and\n81% (17 of 21) at the end",
    "The info tier holds 12 findings at the start and 11\nat the end",
    "29 wrong findings at the start, 17 on traps and 12 on no\nitem; 25 at the end, 14 on traps and 11 on no item; on the warning tier alone 22 and 19",
    "What is missed (93 at start and end): superlatives (54)",
    "hedges (23)",
    "boosters (16)",
    "The sentence pairing misses two more (95)",
    "The warning tier alone misses five\nmore (98)",
    "by the sentence\npairing it misses 100.",
    "the warning tier alone finds the same 31 (24%) at 63% (31 of 49, 12\ntraps) at the start and 66% (31 of 47, 10 traps) at the end",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the sixty-sixth",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
CLAUSES_UP_TO = "W"
CITED = {'M4', 'M8', 'S1271', 'S1310', 'S1311', 'S1312', 'S1340', 'S250', 'S372', 'W4'}
OWN_CLAUSES = ("S1340", "S1341")


def test_figures():
    check_figures(sys.modules[__name__])


def test_readme():
    check_readme(sys.modules[__name__])


def test_clauses():
    check_clauses(sys.modules[__name__])


def test_phrases():
    check_phrases(sys.modules[__name__])
