"""The hackle-docs held-out set (eval/hackle-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "html" kind with a curation) in test_eval_extract.py.

hackle-docs was built blind in the sixty-second session, beside slane-docs and swingle-docs, from
its own pool (An Anarchist FAQ's H.3 and D and E left after twybil-docs); the lead scores it once,
at that session's end, and adds the scored-once rows here. These tests never run prosecheck on its
documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_clauses, check_figures, check_no_document_of_another_set, check_phrases,
                           check_readme, check_starts_untaken, load, manifests_of, package_name as _name,
                           parts_another_set_took, tools_naming)

SET, MANIFEST, GOLD = load("hackle-docs")

# every set on main when it was built (the hundred and forty-seven sets under eval/ at the session's
# start, with news-dev beside them: a hundred and forty-eight); slane-docs and swingle-docs, built
# beside it, are on other branches and not read here
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'brad-docs', 'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'crimp-docs', 'crowbar-docs', 'dado-docs', 'dibber-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drift-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fid-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gad-docs', 'gauge-docs', 'gib-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hardy-docs', 'hasp-docs', 'hatchet-docs', 'hearth-docs', 'hob-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kevel-docs', 'kiln-docs', 'knurl-docs', 'lathe-docs', 'loft-docs', 'loy-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'nock-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'quoin-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scutch-docs', 'scythe-docs', 'sealed-docs', 'sett-docs', 'shank-docs', 'shim-docs', 'shive-docs', 'sickle-docs', 'sledge-docs', 'slick-docs', 'snips-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'sprue-docs', 'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs', 'tamp-docs', 'tang-docs', 'tenon-docs', 'tenter-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'twybil-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs', 'wrench-docs')

ANARCHISM = "anarchism"
FAQ_PAGES = {"secD3.html", "secD5.html", "secD10.html", "secE3.html", "secH3.html"}

DOCUMENTS = 24
IDS = ['deb-anarchism-faq-d10-luddites', 'deb-anarchism-faq-d3-media-opening', 'deb-anarchism-faq-d31-d32-structure-advertising', 'deb-anarchism-faq-d35-anticommunism', 'deb-anarchism-faq-d36-conspiracy', 'deb-anarchism-faq-d37-adversarial', 'deb-anarchism-faq-d5-imperialism-functions', 'deb-anarchism-faq-d5-imperialism-roots', 'deb-anarchism-faq-d51-indirect-imperialism', 'deb-anarchism-faq-d52-soviet-bloc-myths', 'deb-anarchism-faq-d52-state-capitalist-imperialism', 'deb-anarchism-faq-d53-globalisation-finance', 'deb-anarchism-faq-d53-globalisation-history', 'deb-anarchism-faq-e31-practicalities', 'deb-anarchism-faq-e31-privatising-nature', 'deb-anarchism-faq-e32-capital-mobility', 'deb-anarchism-faq-e32-inequality-contracts', 'deb-anarchism-faq-e32-slapps-and-subsidies', 'deb-anarchism-faq-h310-orthodox-position', 'deb-anarchism-faq-h311-party-before-soviets', 'deb-anarchism-faq-h32-contradiction', 'deb-anarchism-faq-h32-marxist-inheritance', 'deb-anarchism-faq-h33-one-expert', 'deb-anarchism-faq-h39-engels-state']
WORDS = 32700
DOCUMENTS_WITH_ITEMS = 24
COUNTS = {("superlative", "positive"): 35, ("superlative", "negative"): 47, ("hedge", "positive"): 18,
          ("hedge", "negative"): 17, ("booster", "positive"): 74, ("booster", "negative"): 56}
PER_PACKAGE = {("anarchism", "superlative"): 35, ("anarchism", "hedge"): 18, ("anarchism", "booster"): 74}
# one package, by construction (the brief's rewritten mix: the FAQ only, no section above 15%)
OVER_A_FIFTH = [("anarchism", "booster", 74), ("anarchism", "hedge", 18), ("anarchism", "superlative", 35)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 18   # hedges: the pool's text names its sources (README, "What is not met")

CLAUSES_UP_TO = "Z"
CITED = {"S1103", "S1132", "S1133", "S1181", "S1183", "S1210", "S1211", "S250", "S262", "S371", "S410", "W4", "Z5"}
OWN_CLAUSES = ("S1210", "S1211")

HEADLINE = "24 English documents (32,700 words), every one in the test split."
ROWS = (
    "| superlative | 35 | 47 |",
    "| hedge | 18 | 17 |",
    "| booster | 74 | 56 |",
    "| all | 127 | 120 |",
)
PACKAGE_ROWS = ("| `anarchism` | 24 | 32,700 | 35 (100%) | 18 (100%) | 74 (100%) | 120 |",)
README_SAYS = (
    "Reached: **24 documents** and 32,700 words, **127 positives (35 superlatives, 18 hedges, 74\nboosters) and 120 traps**.",
    "no section above 15% of the words",
    "**Hedges are short of 25**",
)
README_NEVER_SAYS = ("## Scored once",)


# --- integrity (no network) -------------------------------------------------------------------

def test_the_figures_are_the_files():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_the_clauses_are_written_down():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_in_its_sentence():
    check_phrases(sys.modules[__name__])


def test_the_documents_are_windows_of_the_faq_s_d_e3_and_h3_no_section_above_15_percent():
    assert {_name(e) for e in MANIFEST} == {ANARCHISM}
    per_section = {}
    for e in MANIFEST:
        assert e["member"].rsplit("/", 1)[1] in FAQ_PAGES, e["id"]
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]
        assert e["split"] == "test" and 600 <= e["words"] <= 2200, e["id"]
        section = e["source"].split(": section ", 1)[1].split(", from ", 1)[0].rsplit("?, ", 1)[1]
        per_section[section] = per_section.get(section, 0) + e["words"]
    assert len(per_section) >= 8
    assert max(per_section.values()) * 100 <= 15 * WORDS
    assert 25000 <= WORDS <= 35000 and 20 <= DOCUMENTS <= 30


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_set_is_in_no_tool_that_scores_or_trains_yet():
    assert tools_naming("hackle-docs") == []
