"""The kevel-docs held-out set (eval/kevel-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "html" kind with a curation) in test_eval_extract.py.

kevel-docs was built blind in the sixty-first session, beside scutch-docs and twybil-docs, from
twenty-three windows of thirteen sections of An Anarchist FAQ (C.2.1, C.2.2, C.2.6-C.2.8, C.8's
opening, I.1.5, F.8's opening, J.1.3, J.2.2, J.2.10, J.3.4, J.5.11). The lead scores it once, at that session's end (the scored-once rows are added then).
These tests never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, load, package_name as _name,
                           parts_another_set_took, tools_naming)

SET, MANIFEST, GOLD = load("kevel-docs")

# every set on main when it was built (with news-dev beside them; scutch-docs and twybil-docs, built
# beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'brad-docs', 'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'crimp-docs', 'crowbar-docs', 'dado-docs', 'dibber-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drift-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fid-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gad-docs', 'gauge-docs', 'gib-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hardy-docs', 'hasp-docs', 'hatchet-docs', 'hearth-docs', 'hob-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'knurl-docs', 'lathe-docs', 'loft-docs', 'loy-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'nock-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'quoin-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'sett-docs', 'shank-docs', 'shim-docs', 'shive-docs', 'sickle-docs', 'sledge-docs', 'slick-docs', 'snips-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'sprue-docs', 'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs', 'tamp-docs', 'tang-docs', 'tenon-docs', 'tenter-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs', 'wrench-docs')

WORDS = sum(e["words"] for e in MANIFEST)
SECTIONS = {"c21", "c22", "c26", "c27", "c28", "c8", "i15", "f8", "j13", "j22", "j210", "j34", "j511"}


# --- integrity (no network) -------------------------------------------------------------------


def test_every_document_is_a_window_of_the_faq_in_the_test_split():
    assert len(MANIFEST) == 23
    for e in MANIFEST:
        assert _name(e) == "anarchism" and e["kind"] == "html" and e["format"] == "md", e["id"]
        assert e["split"] == "test", e["id"]


def test_windows_of_at_least_eight_sections_none_above_15_percent_and_within_the_words_asked():
    assert 25000 <= WORDS <= 35000
    words = {}
    for e in MANIFEST:
        sec = e["id"].split("-")[3]
        words[sec] = words.get(sec, 0) + e["words"]
    assert set(words) == SECTIONS
    for sec, n in words.items():
        assert n * 100 <= 15 * WORDS, sec


def test_positives_carry_no_why_and_traps_cite_a_clause():
    for g in GOLD:
        if g["label"] == "positive":
            assert "why" not in g
        else:
            assert g["why"].strip()


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])


def test_the_set_is_in_no_tool_that_scores_or_trains_yet():
    assert tools_naming("kevel-docs") == []
