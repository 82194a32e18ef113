"""The hacksaw-docs held-out set (eval/hacksaw-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "html" kinds with a curation) in test_eval_extract.py.

hacksaw-docs was built blind in the forty-sixth session, beside pincer-docs and spudger-docs, from
Copyright Does Not Exist's chapters no set took and from Angband's and Moria's histories, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the
tools read it since the forty-seventh session (tests/test_eval_development_sets.py). These tests
never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("hacksaw-docs")

# every set on main when it was built (pincer-docs and spudger-docs, built beside it, are on other
# branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'router-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

BOOK = "cfi-en"
# the argued writing in packages no manifest names (the pool's second part): two histories
NEW_SOURCES = {"angband-data", "moria"}
# every word is documentation Debian ships: the book (an essay shipped as documentation) and the
# histories
DOCUMENTATION = NEW_SOURCES | {BOOK}


# --- integrity (no network) -------------------------------------------------------------------



def test_the_book_s_parts_are_ones_no_set_took_and_its_share_is_as_the_readme_admits():
    mine = [e for e in MANIFEST if _name(e) == BOOK]
    assert len(mine) == 9
    members = {e["member"].rsplit("/", 1)[1] for e in mine}
    assert members == {"ch5web.htm", "ch7web.htm", "ch15web.htm", "ch17web.htm"}
    for e in mine:
        assert e["kind"] == "html" and e["format"] == "md" and e["archive"] == "cfi-en_3.0-10.2_all.deb", e["id"]
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == BOOK]
    # no set took chapter 5; of chapters 7, 15 and 17 others took other windows (checked below by start)
    assert not {t["member"] for t in theirs} & {"./usr/share/doc/cfi-en/html/ch5web.htm"}
    # the brief's cap is 40%: not met (the README says so); pinned at what it is
    assert sum(e["words"] for e in mine) == BOOK_WORDS
    assert BOOK_WORDS * 100 > 40 * WORDS


def test_the_new_sources_are_in_no_other_manifest_and_their_share_is_as_the_readme_admits():
    assert [t["id"] for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES] == []
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine == NEW_WORDS
    # the brief asks 45%: not met (the README says so)
    assert mine * 100 < 45 * WORDS


def test_every_word_is_documentation_debian_ships():
    assert {e["registry"] for e in MANIFEST} == {"debian"}
    assert sum(e["words"] for e in MANIFEST if _name(e) in DOCUMENTATION) == WORDS


def test_the_latin_1_member_says_so():
    assert [e["id"] for e in MANIFEST if e.get("encoding")] == ["deb-angband-data-version-history"]
    assert all(e["encoding"] == "latin-1" for e in MANIFEST if e.get("encoding"))


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 12
DOCUMENTS_WITH_ITEMS = 12
WORDS = 20103
BOOK_WORDS = 15439
NEW_WORDS = 4664
HEADLINE = '12 English documents (20,103 words)'
IDS = ['deb-angband-data-version-history', 'deb-cfi-en-ch15-cybernetic-society', 'deb-cfi-en-ch17-bartering-to-end', 'deb-cfi-en-ch17-literature', 'deb-cfi-en-ch5-art-of-the-demo', 'deb-cfi-en-ch5-attitudes', 'deb-cfi-en-ch5-mentality', 'deb-cfi-en-ch5-scene-origins', 'deb-cfi-en-ch7-clubs-and-raves', 'deb-cfi-en-ch7-music-culture', 'deb-moria-history-koeneke-wilson', 'deb-moria-history-wilson-1990-versions']
COUNTS = {('booster', 'negative'): 17, ('booster', 'positive'): 21, ('hedge', 'negative'): 20, ('hedge', 'positive'): 25, ('superlative', 'negative'): 25, ('superlative', 'positive'): 63}
ROWS = ('| superlative | 63 | 25 |', '| hedge | 25 | 20 |', '| booster | 21 | 17 |', '| all | 109 | 62 |')
PER_PACKAGE = {('angband-data', 'booster'): 1, ('angband-data', 'hedge'): 2, ('angband-data', 'superlative'): 6, ('cfi-en', 'booster'): 19, ('cfi-en', 'hedge'): 20, ('cfi-en', 'superlative'): 56, ('moria', 'booster'): 1, ('moria', 'hedge'): 3, ('moria', 'superlative'): 1}
PACKAGE_ROWS = ('| `angband-data` | 1 | 2,163 | 6 (10%) | 2 (8%) | 1 (5%) | 5 |', '| `cfi-en` | 9 | 15,439 | 56 (89%) | 20 (80%) | 19 (90%) | 44 |', '| `moria` | 2 | 2,501 | 1 (2%) | 3 (12%) | 1 (5%) | 13 |')
# as the README admits: the book gives more than a fifth of every category
OVER_A_FIFTH = [('cfi-en', 'booster', 19), ('cfi-en', 'hedge', 20), ('cfi-en', 'superlative', 56)]
README_SAYS = (
    "It was scored **once**, at the forty-sixth session's end, by the lead, with that\nsession's start and end rules",
    "## Scored once, at the forty-sixth session's end (17:02 UTC)",
    "| start (20d91fab), every tier | **34% (37 of 109)** | **77% (37 of 48)** | 8 of 62 |",
    "| start (20d91fab), warning tier alone | **28% (31 of 109)** | **82% (31 of 38)** | 4 of 62 |",
    "| end (173bf823), every tier | **34% (37 of 109)** | **77% (37 of 48)** | 8 of 62 |",
    "| end (173bf823), warning tier alone | **28% (31 of 109)** | **82% (31 of 38)** | 4 of 62 |",
    "**Nothing moved between start and end: no finding was found, lost or moved place or tier.**",
    "executables report 204 findings of every code on the 12 documents",
    "SL101, HC101 and HC102 give 48 of them (22, 12 and 14; no HC103)",
    "gives every tier 33% / 75%\nat start and end (36 of 109; 36 of 48; 7 of 62 traps), and the warning tier alone 28% / 79% (30 of\n109; 30 of 38; 4 traps)",
    "superlatives 20 of 63 (32%), precision 91% (20 of 22), 2\nof 25 traps; hedges 8 of 25 (32%), precision 67% (8 of 12), 1 of 20 traps; boosters 9 of 21 (43%),\nprecision 64% (9 of 14), 5 of 17 traps",
    "boosters 6 (29%) at 75% (6 of 8), 2 traps",
    "The info tier holds 10 findings at start and end",
    "What is wrong, by kind (the `-v` list, the same at start and end; 11 wrong findings, 8 of them on\ntraps, 3 on no item; on the warning tier alone 7, 4 on traps)",
    "boosters (5 HC102, 2 warnings, 3\ninfo)",
    "hedges (4 HC101, 3 warnings, 1\ninfo)",
    "superlatives (2 SL101, both warnings, on traps)",
    "one more is\nwrong (12)",
    "What is missed (72 at start and end): superlatives (43)",
    "hedges (17)",
    "boosters (12)",
    "misses one more (73)",
    "six more (78)",
    "by the sentence pairing it misses 79.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-sixth",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    'Reached: **12 documents** and 20,103 words, **109 positives (63 superlatives, 25 hedges, 21\nboosters) and 62 traps**',
    "**The 40% cap on *Copyright Does Not Exist* is not met**",
    "**The 45% from sources no set took much of is not met**",
    "**The 20% rule is not met**",
    "**Boosters**: 21, against 25 a category",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category): what the set has, pinned (boosters fall short)
POSITIVES_AT_LEAST = 109
PER_CATEGORY_AT_LEAST = 21
# the clauses its traps cite (its own S730-S734, S733 resting only positives; burnisher-docs' S700-S711)
CLAUSES_UP_TO = "Z"
CITED = {'S700', 'S702', 'S705', 'S707', 'S708', 'S710', 'S711', 'S730', 'S731', 'S732', 'S734'}
OWN_CLAUSES = ["S%d" % n for n in range(730, 735)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
