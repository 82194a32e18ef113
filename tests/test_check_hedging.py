"""The hedging check: HC101 weasel attribution, HC102 booster, HC103 mixed, HC104 balance."""

from __future__ import annotations

from pathlib import Path

import pytest

from prosecheck.checks import public_voice
from prosecheck.checks import crowd_members
from prosecheck.checks import unowned_view
from prosecheck.checks import side_named
from prosecheck.checks import crowd_naming
from prosecheck.checks import as_held, offered_view, belief_passive, fact_declared, objections_foretold, own_government, crowd_clause, crowd_opening, doubt_denied, evident_judgement, general_assent, hedging, plain_to_all
from prosecheck.checks.lexicon import load
from prosecheck.testing import assert_fixture, codes, fixture_paths, lines, lint

FIXTURES = Path(__file__).parent / "fixtures" / "hedging"


def run(text, **kwargs):
    return lint(text, plugins=[hedging], **kwargs)


@pytest.mark.parametrize("path", fixture_paths(FIXTURES), ids=lambda p: p.name)
def test_fixture(path):
    assert_fixture(path, plugins=[hedging])


def test_messages():
    found = lines(run("Reportedly, it works. Clearly, it works. It may almost certainly work.\n"))
    assert found == [
        '1:1: HC101 "Reportedly" does not say who reported it: name the source, '
        "or state it as fact if you can support it",
        '1:23: HC102 "Clearly" insists on certainty but nothing in this sentence supports it: '
        "show the evidence or cite a source, or drop the word",
        '1:45: HC103 "may almost certainly" mixes a hedge and a booster: decide how sure you are '
        "and say it once",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister allegedly took bribes.\n", [(1, 14, "HC101")]),
        ("It is believed that the fire began upstairs.\n", [(1, 1, "HC101")]),
        ("The painting is widely believed to be fake.\n", [(1, 14, "HC101")]),
        ("Some say the old API was easier.\n", [(1, 1, "HC101")]),
        ("Critics claim the app leaks data.\n", [(1, 1, "HC101")]),
        ("It has been suggested that the effect is noise.\n", [(1, 1, "HC101")]),
        ("There is no doubt that it failed.\n", [(1, 1, "HC102")]),
        ("Everyone knows that tabs win.\n", [(1, 1, "HC102")]),
        ("It's quite clear that prices rose.\n", [(1, 1, "HC102")]),
        ("The effect is probably obvious.\n", [(1, 15, "HC103")]),
        ("This clearly might break.\n", [(1, 6, "HC103")]),
    ],
)
def test_flags(text, expected):
    assert codes(run(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "You may need to restart. It might time out. The cache could be stale.\n",
        "Of course, you can also use yarn. You can of course pass a logger.\n",
        "Explain the steps clearly. Each field is clearly documented.\n",
        "Each task was clearly assigned to one maintainer (March 1995).\n",
        "Certain options need Linux. Make sure the cache is clear.\n",
        "The tests may clear the cache. Sometimes, certain files are skipped.\n",
        "Reportedly, the deal was signed, according to Reuters.\n",
        "Critics claim it leaks data (Lee and Park, 2021).\n",
        "The results clearly show it works [4].\n",
        "Obviously it is slower, as the [benchmark](https://example.org/b) shows.\n",
        'He wrote that "everyone knows the plan failed".\n',
        "The critics said the film was long, the paper reported.\n",
        "Users report bugs on the tracker. Many users run it in CI.\n",
        "It is suggested to run the migrations first.\n",
    ],
)
def test_not_flagged(text):
    assert run(text) == []


def test_balance_thresholds_are_options():
    text = "# Notes\n\n" + (
        "The cache probably helps with repeated runs of the tool on large inputs. "
        "The output is a list of files with their sizes and dates, sorted by name. "
    ) * 12
    assert codes(run(text)) == []
    strict = {"hedging": {"overhedge_hedges_per_1000": 20.0}}
    found = run(text, options=strict)
    assert codes(found) == [(1, 1, "HC104")]
    assert "(336 words) has 0.0 boosters and 35.7 hedges per 1,000 words" in found[0].message
    short = {"hedging": {"overhedge_hedges_per_1000": 20.0, "min_section_words": 500}}
    assert run(text, options=short) == []


def test_balance_needs_three_plain_hedges_or_two_strong_boosters_in_the_document():
    # The document's counts are tested first (no section counted below them): at the thresholds
    # a section is reported, one short of them none is.
    options = {"hedging": {"min_section_words": 10, "overhedge_hedges_per_1000": 1.0, "overclaim_boosters_per_1000": 1.0}}
    hedged = "# Notes\n\nThe cache probably helps. It perhaps runs. The file is possibly large. Done.\n"
    assert [f.code for f in run(hedged, options=options)] == ["HC104"]
    assert run(hedged.replace("possibly ", ""), options=options) == []
    boosted = "# Notes\n\nIt works, definitely with the cache. It is undoubtedly large here. Done now.\n"
    assert [f.code for f in run(boosted, options=options) if f.code == "HC104"] == ["HC104"]
    assert [f.code for f in run(boosted.replace("undoubtedly ", ""), options=options) if f.code == "HC104"] == []


def test_balance_before_the_first_heading_is_reported_at_its_first_sentence():
    text = "Intro.\n\n" + "Clearly it works. Obviously it is fast. It ships with docs and tests included. " * 12
    found = run(text, options={"hedging": {"min_section_words": 100}})
    assert found[0].code == "HC104" and (found[0].line, found[0].col) == (1, 1)
    assert found[0].message.startswith("the text before the first heading (")


def test_balance_leaves_out_quotations_and_headings():
    # Counted from the sentence and word arrays: a quoted sentence ("It will probably rain..."),
    # quoted words ("we might win it all") and the headings' own words are not counted, and the
    # first section is reported at its first counted sentence (line 3, not the quotation on 1).
    text = ('"It will probably rain all week."\n\nIt probably helps, he said: "we might win it all". '
            'Perhaps it fails. It probably works.\n\n## Notes\n\n'
            + "The cache probably helps with runs. " * 3 + '"Perhaps it fails," she wrote.\n')
    options = {"hedging": {"min_section_words": 5, "overhedge_hedges_per_1000": 20.0}}
    found = [(d.line, d.col, d.code, d.message.split(": it")[0]) for d in run(text, options=options)]
    assert found == [
        (3, 1, "HC104", "the text before the first heading (11 words) has 0.0 boosters and 272.7 hedges per 1,000 words"),
        (5, 1, "HC104", 'section "Notes" (20 words) has 0.0 boosters and 150.0 hedges per 1,000 words'),
    ]


def test_section_counts_from_arrays_match_the_sentence_by_sentence_count():
    from prosecheck.document import parse

    doc = parse("x.md", '# One\n\nA "quoted pair" and more. "All of it quoted."\n\n## Two {#two}\n\n'
                        'Words here. More words here.\n\n# Three\n\nLast one.\n')
    headings = sorted(doc.headings, key=lambda h: h.offset)
    hedges = {i: (i + 1, i) for i in range(len(doc.sentences))}
    boosters = {i: (2 * i, 1) for i in hedges}
    fast, fast_first = hedging._section_counts(doc, headings, hedges, boosters)
    slow, slow_first = hedging._section_counts_in_order(doc, headings, hedges, boosters)
    assert fast == slow == [[0, 0, 0, 0, 0], [3, 2, 1, 2, 1], [5, 11, 9, 18, 2], [2, 8, 7, 14, 1]]
    assert fast_first() == slow_first() == 0


def test_data_files_have_categories():
    for name in ("hedges.tsv", "boosters.tsv", "weasel.tsv"):
        entries = load(name)
        assert len(entries) > 20
        assert all(cat for _, cat, _ in entries), name


def test_confidence_tiers_of_the_fixture():
    """The classes right only sometimes are reported at info; the sure ones at warning."""
    text = (FIXTURES / "confidence.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (37, 19, "HC101", "info"),  # "an apparently valid header": seemingly
        (39, 1, "HC101", "info"),  # users: often the people the text is about
        # line 41, "The entry expires, of course, after an hour": "of course" inside the sentence
        # (info elsewhere; a conceding one is no finding); in technical writing such as this
        # fixture not reported since the twenty-sixth session (booster_clauses.of_course_inside),
        # as at the sentence's edge since the twenty-second (of_course_at_edge)
        (43, 1, "HC102", "info"),  # sentence-opening "In fact"
        (45, 15, "HC102", "info"),  # "obviously X but Y": a concession
        (47, 7, "HC102", "info"),  # "While there is no doubt ...": a concession
        (51, 1, "HC101", "warning"),
        (53, 6, "HC101", "warning"),
        (55, 1, "HC101", "warning"),
        (57, 11, "HC102", "warning"),
        (59, 23, "HC102", "warning"),
        # line 63, "It was obvious we were going to wrap the parser": recounting a decision, info
        # elsewhere; in technical writing (this fixture) the writers' own work, not reported
        # (booster_scope.writer_after, issue 11, twenty-first session)
        # lines 65, 81 and 83, "Obviously X can still be", "Undoubtedly, ..." opening the
        # sentence and "..., obviously." closing it: a sentence adverb at the sentence's edge,
        # info elsewhere; in technical writing (this fixture) not reported since the twenty-
        # fourth session (hedging._disjunct_at_edge)
        # (75, 23) the adverb "clearly" (info) inside its clause: not reported in technical writing
        # such as this fixture since the twenty-sixth session (docs26)
        (79, 1, "HC101", "warning"),  # "Some people": the classic weasel group stays sure
        (85, 15, "HC102", "warning"),  # the same adverb inside the clause stays sure
    ]


def test_tiers_of_granting_and_insisting_boosters():
    """A conceding "of course" is no finding; the insisting forms of "in fact" and "indeed" are
    info (right only sometimes), except "in fact" set off by commas inside its clause ("Harbor is,
    in fact, a thin layer": warning since the seventeenth session); the "contrary to ..." weasels
    warnings."""
    text = (FIXTURES / "granting.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        # line 11, "The build was frustrating, of course, because ...": "of course" inside the
        # sentence, not reported in technical writing (this fixture) since the twenty-sixth session
        (13, 12, "HC102", "warning"), (17, 26, "HC102", "info"),
        (19, 42, "HC102", "info"), (21, 27, "HC102", "info"),
        (23, 1, "HC101", "warning"), (25, 1, "HC101", "warning"),
        (31, 16, "HC102", "info"),  # "has proven fast"; not "so obviously wrong", "has proven to be"
    ]


def test_rules3_classes_and_their_tiers():
    """Issue 11, rules3: the impersonal passive and a person considered are warnings; "it's clear"
    without "that" and a certainty adjective before its noun are info (0 of 2 and 0 of 4 right on
    the corpus); their near misses are no finding. An impersonal passive broken over two lines is
    reported on the verb's line, where an editor marks it."""
    text = (
        "It has been\n"
        "plausibly suggested that the plant closed early.\n"
        "\n"
        "The mayor, who was considered a reformer, resigned.\n"
        "\n"
        "It's clear the plan failed.\n"
        "\n"
        "Despite their obvious appeal, the plans were shelved.\n"
        "\n"
        "It is suggested that you pin the version. Files there are considered routes.\n"
        "It's clear from the test what the output is. Look in the obvious places.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (2, 1, "HC101", "warning"),
        (4, 16, "HC101", "warning"),
        (6, 1, "HC102", "info"),
        (8, 15, "HC102", "info"),
    ]


def test_rules5_asides_and_arguably():
    """Issue 11, rules5: "of course", "in fact" or "indeed" opening a parenthesis is an aside, no
    finding (the same words outside it still are); "arguably" in the writer's voice is HC101, but
    before a word of certainty it stays the hedge of a mixed signal (HC103), and in a quotation or
    a sentence with a citation it is no finding."""
    text = (
        "The tool keeps no state (of course, none is needed) and starts fast.\n"
        "\n"
        "We rewrote the parser (indeed, if we started again we would keep it).\n"
        "\n"
        "The plugin system matters ( In fact, more than the speed).\n"
        "\n"
        "Of course, the new parser is faster than the old one.\n"
        "\n"
        "The new parser is arguably the safer choice for most teams.\n"
        "\n"
        "Arguably, the plugin system matters more than the speed.\n"
        "\n"
        "It is arguably clear that the plan will fail.\n"
        "\n"
        'The brochure said: "The new parser is arguably the safer choice."\n'
        "\n"
        "The new parser is arguably the safer choice ([2025 review](https://example.org/review)).\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (7, 1, "HC102", "info"),
        (9, 19, "HC101", "info"),  # the writer's own softened view since hcprec45 (test below)
        (11, 1, "HC101", "info"),
        (13, 7, "HC103", "warning"),
    ]
    messages = [d.message for d in run(text) if d.code == "HC101"]
    assert messages[0] == (
        '"arguably" does not say who argues it: name the source, or state it as fact if you can support it'
    )


def test_hcprec45_arguably_is_the_writers_own_softened_view():
    """Issue 11, forty-fifth session (hcprec45, scraper S622): "arguably" imagines nobody else who
    argues it, so it is the writer's own softened view: info (shown with --picky). A frame that
    imagines an arguer ("One might argue that", "It could be argued that") stays a warning, and
    "arguably" before a word of certainty stays HC103's mixed signal."""
    text = (
        "The harbour plan is, arguably, easier to fund.\n"
        "\n"
        "Arguably, the ferry matters more than the bridge.\n"
        "\n"
        "One might argue that the ferry matters more than the bridge.\n"
        "\n"
        "It could be argued that the bridge came too late.\n"
        "\n"
        "The bridge is arguably clearly better.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 22, "HC101", "info"),
        (3, 1, "HC101", "info"),
        (5, 1, "HC101", "warning"),
        (7, 1, "HC101", "warning"),
        (9, 15, "HC103", "warning"),
    ]


def test_hcprec45_people_familiar_with_a_field_are_readers():
    """Issue 11, forty-fifth session (hcprec45): "people familiar with" a field ("other
    languages", "harbour charts") are the readers the text addresses: info. Familiar with a
    particular matter ("the matter", "his plans") they are an unnamed source: a warning."""
    text = (
        "People familiar with harbour charts will find the map plain.\n"
        "\n"
        "People familiar with the matter said the harbour closed.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC101", "info"),
        (3, 1, "HC101", "warning"),
    ]


def test_hcrec46_history_called_to_witness():
    """Issue 11, forty-sixth session (hcrec46): history as the evidence ("History has shown that",
    "As history shows", "the history of every canal proves") names nobody who read the past so:
    HC101 (at info until the forty-seventh session, hcrec47, a warning since), read only opening a clause ("the commit history shows" is a log; "theory and
    history shows" joins two nouns). A pronoun object ending the clause ("proves this point.")
    confirms the claim the text has just made."""
    text = (
        "History has shown that such schemes fail.\n"  # 1
        "\n"
        "Tolls rose, and as history shows, the trade moved away.\n"  # 3
        "\n"
        "The history of every canal proves that tolls are needed.\n"  # 5
        "\n"
        "The commit history shows that the bug came in with version 2.\n"  # 7
        "\n"
        "The history of the harbour proves this point.\n"  # 9
        "\n"
        "Experience shows this.\n"  # 11
        "\n"
        "History has shown this to be true for the port.\n"  # 13
        "\n"
        "A glance at their theory and history shows that the guild never stopped.\n"  # 15
        "\n"
        "The guild grew, and history has shown that to be hard.\n"  # 17
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC101", "warning"),
        (3, 20, "HC101", "warning"),
        (5, 1, "HC101", "warning"),
        (13, 1, "HC101", "warning"),
        (17, 21, "HC101", "warning"),
    ]


def test_show58_the_past_called_to_witness():
    """Issue 11, fifty-eighth session (show58): the past as the evidence in more shapes. A name
    after "of" is the event, not a named study ("The experience of the Hanseatic League confirms");
    a name elsewhere in the sentence is who was proved right, not who read the past so; the past
    tense "proved"; "teach" and "validate" with history or experience as subject; an adverb
    before the verb ("has only confirmed"); and the passive with the past as its agent ("proved
    right by history", "confirmed by the experience of"). Not "taught me" with no clause, not a
    participle with no auxiliary, not "the data validates" (a schema's word)."""
    text = (
        "The experience of the Hanseatic League also confirms that tolls kill trade.\n"  # 1
        "\n"
        "History proved Smith right about the tolls.\n"  # 3
        "\n"
        "Past experience has taught us that low tolls bring ships.\n"  # 5
        "\n"
        "Later experience has only confirmed that view of the port.\n"  # 7
        "\n"
        "The guild was proved right by history within a decade.\n"  # 9
        "\n"
        "This is confirmed by the experience of several ports, where trade fell.\n"  # 11
        "\n"
        "That experience taught me patience.\n"  # 13
        "\n"
        "The errors shown by experience were small.\n"  # 15
        "\n"
        "The data validates against the schema.\n"  # 17
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC101", "warning"),
        (3, 1, "HC101", "warning"),
        (5, 1, "HC101", "warning"),
        (7, 7, "HC101", "warning"),
        (9, 15, "HC101", "warning"),
        (11, 9, "HC101", "warning"),
    ]


def test_hcrec48_one_unnamed_person_as_the_agent():
    """Issue 11, forty-eighth session (hcrec48): a passive of describing, naming, quoting or
    judging whose agent is one person the text does not name ("dubbed by one of its critics",
    "described by a small-town boy", "pointed out by a colleague"): HC101 at warning, the note of
    one person known by role. Not the person named after a comma, not a kind picked out by a
    relative clause ("as described by a hacker who prefers the keyboard"), not a thing ("described
    by one word"), not an act ("seen by a vet", "attacked by a bold army"), not a definite agent."""
    text = (
        "The scheme was dubbed by one of its critics a folly.\n"  # 1
        "\n"
        "This may explain a habit described by a small-town boy.\n"  # 3
        "\n"
        "It was pointed out by a colleague that the name was taken.\n"  # 5
        "\n"
        "The deal is best summed up by an insider's boast in a memo.\n"  # 7
        "\n"
        "Their case, described by a marriage counselor, is typical.\n"  # 9
        "\n"
        "The plan was hailed by a local leader, Dr. Ann Moss, as a success.\n"  # 11
        "\n"
        "The screen, as described by a hacker who prefers the keyboard, is clutter.\n"  # 13
        "\n"
        "The town is best described by one word, busy.\n"  # 15
        "\n"
        "The horse must be seen by a vet before it leaves.\n"  # 17
        "\n"
        "The phrase was described by the critic as a folly.\n"  # 19
        "\n"
        "The mill was attacked by a bold army.\n"  # 21
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 16, "HC101", "warning"),
        (3, 26, "HC101", "warning"),
        (5, 8, "HC101", "warning"),
        (7, 18, "HC101", "warning"),
        (9, 13, "HC101", "warning"),
    ]
    assert "does not say who this person is" in [d for d in run(text) if d.line == 1][0].message


def test_hcrec49_a_plural_unnamed_group_as_the_agent():
    """Issue 11, forty-ninth session (hcrec49, vague_agent.plural_agent_at): a passive of judging,
    describing or saying whose agent is a group of people the text does not name, read by the
    form of the noun ("some historians", "many Marxists", "witnesses", "other scholars", "a few
    economists"): HC101 at warning, the note of a view nobody is credited with. Not a definite
    group, not a capitalised plural alone (a party named), nor with no quantity a plural of a
    creed's adherents ("anarchists") or a role in a project ("reviewers"), not people at a named
    place or named after "such as", not an act ("used by historians"), not with a citation in the sentence. And
    one unnamed person with a capitalised place among the words before the noun ("cited by a
    Pittsburgh psychologist"): the place is no source named; a source named elsewhere in the
    sentence still answers it."""
    text = (
        "The treaty was believed by some historians to be a forgery.\n"  # 1
        "\n"
        "This slogan was repeated by many Marxists over the decades.\n"  # 3
        "\n"
        "The scene was described by witnesses as chaotic.\n"  # 5
        "\n"
        "The poem is noted by other scholars as his finest work.\n"  # 7
        "\n"
        "The idea was accepted by a few economists at first.\n"  # 9
        "\n"
        "The tools are used by historians every day.\n"  # 11
        "\n"
        "The view was criticised by Democrats in the House.\n"  # 13
        "\n"
        "The claim was disputed by economists at the Federal Reserve.\n"  # 15
        "\n"
        "The claim was disputed by historians such as Gibbon.\n"  # 17
        "\n"
        "The claim was described by the historians of the period as false.\n"  # 19
        "\n"
        "The treaty was believed by some historians ([Smith 2001](https://example.org/smith)) to be forged.\n"  # 21
        "\n"
        "The case was cited by a Pittsburgh psychologist, said Reuters.\n"  # 23
        "\n"
        "The case was cited by a Pittsburgh psychologist as typical.\n"  # 25
        "\n"
        "The plan has been questioned by anarchists from the start.\n"  # 27
        "\n"
        "Do not agree with every change suggested by reviewers.\n"  # 29
        "\n"
        "The crop grew by half, as estimated by statisticians.\n"  # 31
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 16, "HC101", "warning"),
        (3, 17, "HC101", "warning"),
        (5, 15, "HC101", "warning"),
        (7, 13, "HC101", "warning"),
        (9, 14, "HC101", "warning"),
        (25, 14, "HC101", "warning"),
        (31, 27, "HC101", "warning"),
    ]
    assert "does not say who holds this view" in [d for d in run(text) if d.line == 1 and d.code == "HC101"][0].message


def test_hcrec46_an_objection_foretold_from_nobody_at_info():
    """Issue 11, forty-sixth session (hcrec46, objections_foretold): "it will be objected that",
    "it will be pointed out that", '"..." it will be asked.' put an objection into the mouths of
    unnamed opponents: HC101 at info, on "it". Not after "may" (the writer's own way of putting
    it), not a request of the subject ("it will be asked to compare"), not with the sayers named."""
    text = (
        "It will be objected that the tolls were never paid.\n"  # 1
        "\n"
        "Perhaps it will be objected that the plan is too costly.\n"  # 3
        "\n"
        "\"But should the boy not be punished?\" it will be asked.\n"  # 5
        "\n"
        "It may be said that the harbour is too small.\n"  # 7
        "\n"
        "When the hook runs, it will be asked to compare two rows.\n"  # 9
        "\n"
        "It will be argued by the keepers that the gate is safe.\n"  # 11
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC101", "info"),
        (3, 9, "HC101", "info"),
        (5, 39, "HC101", "info"),
    ]


@pytest.mark.parametrize("sentence,code", objections_foretold.EXAMPLES)
def test_hcrec46_objections_foretold_examples(sentence, code):
    got = [d.code for d in run("# Notes\n\n" + sentence + "\n") if d.code in ("HC101", "HC102")]
    assert got == ([code] if code else [])


def test_passive61_a_view_in_an_as_aside_with_nobody_behind_it():
    """Issue 11, sixty-first session (passive61, as_held): "as is generally supposed", "as it is
    sometimes suggested", "as has been often said": a view put in an "as" aside whose holders are
    left out, HC101 on "as" at the hand tier (a warning). Not the holders named after the verb,
    not an obligation ("as it is supposed to"), not the second "as" of a comparison, not a verb
    that takes its own clause ("as it is believed it will be")."""
    text = (
        "The tolls were, as is generally supposed, the cause of the decline.\n"  # 1
        "\n"
        "If, as it is sometimes suggested, the canal is too narrow, the barges stop.\n"  # 3
        "\n"
        "This is an age of canals, as is commonly said.\n"  # 5
        "\n"
        "The canal was closed, as is suggested by the harbour master.\n"  # 7
        "\n"
        "The lock works as it is supposed to work.\n"  # 9
        "\n"
        "The rule is not nearly as strict as was once thought.\n"  # 11
        "\n"
        "The mill was, as has been often said, the oldest in the county.\n"  # 13
        "\n"
        "If it is found, as it is believed it will be, that the toll is too high, it will fall.\n"  # 15
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 17, "HC101", "warning"),
        (3, 5, "HC101", "warning"),
        (5, 27, "HC101", "warning"),
        (13, 15, "HC101", "warning"),
        (15, 20, "HC101", "info"),  # "it is believed": the impersonal passive's, as before
    ]


@pytest.mark.parametrize("sentence,code", as_held.EXAMPLES)
def test_passive61_as_held_examples(sentence, code):
    got = [d.code for d in run("# Notes\n\n" + sentence + "\n") if d.code in ("HC101", "HC102")]
    assert got == ([code] if code else [])


def test_passive61_an_argument_offered_in_the_modal_passive():
    """Issue 11, sixty-first session (passive61, offered_view): "it could be claimed that", "it
    could be maintained that", "It could, possibly, be argued that", "It might be contended, of
    course, that": the lexicon's "it could be argued" with another verb of arguing or an adverb or
    an aside inside, HC101 on "it" at the hand tier. Not "said" (the writer's own wording), not
    denied, not without "that"."""
    text = (
        "It could be claimed that the canal was built too late.\n"  # 1
        "\n"
        "It could, possibly, be argued that the canal was built too late.\n"  # 3
        "\n"
        "At best, it could be maintained that the owners deserve less.\n"  # 5
        "\n"
        "It may be said that the canal was built too late.\n"  # 7
        "\n"
        "It can scarcely be claimed that the canal was built too late.\n"  # 9
        "\n"
        "It could be claimed as a loss on the return.\n"  # 11
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC101", "warning"),
        (3, 1, "HC101", "warning"),
        (5, 10, "HC101", "warning"),
    ]


@pytest.mark.parametrize("sentence,code", offered_view.EXAMPLES)
def test_passive61_offered_view_examples(sentence, code):
    got = [d.code for d in run("# Notes\n\n" + sentence + "\n") if d.code in ("HC101", "HC102")]
    assert got == ([code] if code else [])


def test_passive61_an_event_called_to_witness():
    """Issue 11, sixty-first session (passive61, evidence.EVENTS): a revolution, a war, an uprising
    as the subject of a verb of showing ("As the Russian Revolution proved,", "The war has proved
    that", "every revolution has confirmed") is the past called to witness, as history is: HC101,
    the event's name no source. Not a named work ("State and Revolution indicates"), not an event
    inside another noun phrase ("The example of the rent rebellion shows": the text's example),
    not with a link or a section of the text pointed to in the sentence (its account of the
    event)."""
    text = (
        "As the Great Revolution proved, there can be no trade without a harbour.\n"  # 1
        "\n"
        "The war has proved moreover that our canals can carry an army.\n"  # 3
        "\n"
        "If State and Revolution indicates the features of a guild, the mill has none.\n"  # 5
        "\n"
        "It should also be noted that every revolution has confirmed the guild's analysis.\n"  # 7
        "\n"
        "The example of the rent rebellion in the port shows the power of a strike.\n"  # 9
        "\n"
        "As the harbour revolt proves, the tolls were too high (see [the appendix](append42.html)).\n"  # 11
        "\n"
        "As we discuss in section H.5, the Great Revolution amply proves the guild's point.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code not in ("HC104", "LK102")]
    assert got == [
        (1, 1, "HC101", "warning"),
        (3, 1, "HC101", "warning"),
        (7, 30, "HC101", "warning"),
    ]


def test_boostrec47_a_claim_declared_a_fact():
    """Issue 11, forty-seventh session (boostrec47): "it is a fact" (or "it's", "it was", with
    "also" and at most one adjective between) before "that", a mark or a short "of"/"in" phrase
    is a booster (HC102), like the lexicon's "the fact is"; not after "if", "whether", "that" or
    "so" (a condition, a reported clause, a consequence drawn), not negated, and not "a fact
    sheet"."""
    text = (
        "It is a fact that the harbour froze every winter.\n"
        "\n"
        "The ferry ran late, and it was also a remarkable fact in our town that the bridge held.\n"
        "\n"
        "It is a fact of life that ferries run late.\n"
        "\n"
        "If it is a fact that the harbour froze, the ferry ran late.\n"
        "\n"
        "So it is a fact that the ferry ran late.\n"
        "\n"
        "It is not a fact that the harbour froze.\n"
        "\n"
        "It is a fact sheet for the harbour's visitors.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [
        (1, 1, "HC102", "warning"),
        (3, 25, "HC102", "warning"),
        (5, 1, "HC102", "warning"),
    ]


def test_boostrec47_an_ordinal_is_no_figure_of_the_ground_shown():
    """Issue 11, forty-seventh session (boostrec47): ground_shown's figures in the next sentence
    (which keep an info booster out) count no ordinal, as they count no year: "the late 19th and
    early 20th centuries" dates, it measures nothing. Amounts still show the ground."""
    text = (
        "In fact, the harbour was nearly empty five years ago. For a half century in the late 19th "
        "and early 20th centuries, the harbour bustled.\n"
        "\n"
        "In fact, the ferry was nearly empty last winter. Some 120 fishermen and 40 boats worked there.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    # an opening "In fact" outside technical writing: a warning since the fiftieth session (fact_opening, boostrec50)
    assert got == [(1, 1, "HC102", "warning")]


@pytest.mark.parametrize("sentence,phrase", fact_declared.EXAMPLES)
def test_boostrec47_fact_declared_examples(sentence, phrase):
    got = [d for d in run("# Notes\n\n" + sentence + "\n") if d.code == "HC102"]
    if phrase is None:
        assert got == []
    else:
        assert [d.message.split('"')[1] for d in got] == [phrase]


def test_hcprec45_claims_that_need_not_be_said():
    """Issue 11, forty-fifth session (hcprec45): "needless to say" in a clause of its own, a
    subject with "need not" (or "hardly", "scarcely") and a verb of saying before "that", is a
    booster (HC102); not before "how" or "what" (the speaker's own state of mind, a thing told),
    not without "that", and not "no need to add that" without a hearer (advice: "that" may point
    at a thing)."""
    text = (
        "It need not be added that the harbour grew.\n"
        "\n"
        "I need not remind you that the bridge is the town's pride.\n"
        "\n"
        "The ferry ran late, nor is there need to add that the harbour froze.\n"
        "\n"
        "I need not say how earnestly I hope for the bridge.\n"
        "\n"
        "The figures are in the report and need not be repeated here.\n"
        "\n"
        "There is no need to add that file to the list.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC102", "warning"),
        (3, 1, "HC102", "warning"),
        (5, 28, "HC102", "warning"),
    ]


def test_hcprec45_hard_facts_in_more_shapes():
    """Issue 11, forty-fifth session (hcprec45): "the bitter fact that", "the simple truth is that"
    (certainty_frames.named_fact) also with two adjectives ("The cold, hard fact is that", "the
    depressing and undeniable fact that"), after the conjunction "for" when the frame has its own
    verb ("For the sad truth is that"), and after "there is" ("there is the undeniable fact
    that": the fact set out, not a thing whose being the booster grants). A preposition before
    the frame without its verb still makes it a premise ("for the simple fact that")."""
    text = (
        "The cold, hard fact is that the harbour froze.\n"
        "\n"
        "Against it stands the depressing and undeniable fact that the bridge fell.\n"
        "\n"
        "For the sad truth is that the ferry ran late.\n"
        "\n"
        "Finally, there is the undeniable fact that the town grew.\n"
        "\n"
        "We built it for the simple fact that the town grew.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC102", "warning"),
        (3, 19, "HC102", "warning"),
        (5, 5, "HC102", "warning"),
        (7, 19, "HC102", "warning"),
    ]


def test_rules5_the_readers_need():
    """Issue 11, rules5: certainty about what the reader needs to do is advice or reassurance, no
    finding; the same booster on a claim about the tool is still reported."""
    text = (
        "You certainly don't need to be a wizard to write a plugin.\n"
        "\n"
        "Of course, in the end, you need to make this call yourself.\n"
        "\n"
        "The new parser certainly needs less memory than the old one.\n"
        "\n"
        "You certainly need no wizardry: the new parser is obviously faster.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (5, 16, "HC102", "warning"),
        (7, 5, "HC102", "warning"),
        (7, 51, "HC102", "warning"),
    ]


def test_rules5_arguably_beside_a_booster_is_a_mixed_signal():
    """ "arguably" that HC103 pairs with a booster is reported once, as the mixed signal."""
    got = [(d.line, d.col, d.code) for d in run("The fix is arguably clearly better.\n") if d.code != "HC104"]
    assert got == [(1, 12, "HC103")]


def test_tenth_session_possibility_without_a_modal_at_info():
    """Issue 11, tenth session: a booster before a possibility stated without a modal ("certainly
    possible", "obviously cannot") is info, as before "can"/"could"/"may"/"might"; the same
    boosters on a plain claim stay warnings. (A booster after "there is" is no finding; one
    before "there" is reported, at info because it opens the sentence: a sentence adverb at the
    sentence's edge. This text is technical writing, where since the twenty-fourth session a
    sentence adverb at the edge is not reported: lines 3 and 7.)"""
    text = (
        "It's certainly possible to write your own cache.\n"
        "\n"
        "Obviously you cannot run the new syntax on the old release.\n"
        "\n"
        "The new parser is certainly faster than the old one.\n"
        "\n"
        "Undoubtedly there are more ways to do it.\n"
        "\n"
        "We moved there, and it was certainly the right decision.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 6, "HC102", "info"),
        (5, 19, "HC102", "warning"),
        (9, 28, "HC102", "warning"),
    ]


def test_tenth_session_impersonal_passive_accepted_and_its_been():
    """Issue 11, tenth session: "it is accepted that" and "It's been found that" credit a view or
    a finding to nobody, like "it was found that" (HC101, warning, reported at "it"); a link in
    the sentence answers them, and "accepted" as a plain verb is no finding."""
    text = (
        "Most of the time it is accepted that large plugins slow the editor down.\n"
        "\n"
        "It's been found that short reviews catch more bugs.\n"
        "\n"
        "It's been found that short reviews catch more bugs ([2024 study](https://example.org/s)).\n"
        "\n"
        "The server accepted that request without a token.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 18, "HC101", "warning"), (3, 1, "HC101", "warning")]
    assert [d.message for d in run(text) if d.code == "HC101"][1] == (
        "\"It's been found\" does not say who holds this view: name the source, "
        "or state it as fact if you can support it"
    )


def test_twelfth_session_evidence_and_reality_tiers():
    """Issue 11, twelfth session: unsourced evidence and "the reality is" are warnings; "in
    reality" and "in truth" opening a clause are info, like "in fact" (they contrast as often as
    they insist in documentation); a source in the sentence answers the evidence. Since the
    thirty-second session opening the sentence they are warnings (the clause after a comma stays
    info: line 3, after "but")."""
    text = (
        "Recent studies of large code bases have shown a modest effect.\n"
        "\n"
        "It looks slow, but in reality, the new parser is faster than the old one.\n"
        "\n"
        "The reality is that most readers skim.\n"
        "\n"
        "Experience shows that a second parser rarely stays in step ([2024 review](https://example.org/r)).\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC101", "warning"),
        (3, 20, "HC102", "info"),
        (5, 1, "HC102", "warning"),
    ]


def test_thirteenth_session_one_finding_per_claim():
    """Issue 11, thirteenth session: a second booster in the same clause insists on the claim the
    first insists on (one finding); after "but", a colon or a semicolon it is another claim."""
    text = (
        "The new parser would certainly help, and definitely for the better.\n"
        "\n"
        "We all know, we all know that the old parser is slow.\n"
        "\n"
        "The old parser is definitely slow, but the new one is obviously worse.\n"
        "\n"
        "The old parser certainly works; the new one is obviously faster.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 22, "HC102", "warning"),
        (3, 1, "HC102", "warning"),
        (5, 19, "HC102", "info"),
        (5, 55, "HC102", "warning"),
        (7, 16, "HC102", "warning"),
        (7, 48, "HC102", "warning"),
    ]


def test_thirteenth_session_condition_manner_and_appeals():
    """A booster set off just after "unless" or "if" is inside the condition; "make ... clear"
    is manner; "believe me" / "trust me" are boosters only as the writer's appeal."""
    text = (
        "The old parser is enough, unless, of course, you need streaming.\n"
        "\n"
        "We made the upgrade guide crystal clear.\n"
        "\n"
        "Believe me, the new parser is faster.\n"
        "\n"
        "And trust me, nobody misses the old parser.\n"
        "\n"
        "Don't believe me? Time the two parsers.\n"
        "\n"
        "The old parser asks you to trust me on every release.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(5, 1, "HC102", "warning"), (7, 5, "HC102", "warning")]


def test_thirteenth_session_certainty_predicates():
    """ "one thing is clear", "It is quite evident that": a predicate that vouches for a claim;
    "it became clear that" is no frame of these (recounting in technical writing), but outside
    technical writing a warning since the thirty-ninth session (grown_clear, hc39), as this text
    is; not a subject of clarity ("the message is clear"),
    not negated, not a question. "undeniable" after any noun; "clear" only after a noun of a
    claim, a view or a choice."""
    text = (
        "One thing is clear: the old parser has to go.\n"
        "\n"
        "The answer was all too obvious.\n"
        "\n"
        "It is quite evident that the old parser is slower.\n"
        "\n"
        "And it becomes clear why the cache matters.\n"
        "\n"
        "After a year it became clear that the cache mattered.\n"
        "\n"
        "The error message is clear.\n"
        "\n"
        "The answer is not clear.\n"
        "\n"
        "Is the answer clear?\n"
        "\n"
        "One thing is certain ([2025 report](https://example.org/report)): the old parser is slower.\n"
        "\n"
        "The gain from the rewrite was undeniable.\n"
        "\n"
        "The gain from the rewrite was clear.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC102", "warning"),
        (3, 5, "HC102", "warning"),
        (5, 1, "HC102", "warning"),
        (7, 5, "HC102", "warning"),
        (9, 14, "HC102", "warning"),
        (19, 15, "HC102", "warning"),
    ]
    message = [d.message for d in run(text) if d.code == "HC102"][0]
    assert message.startswith('"One thing is clear" insists on certainty')


def test_thirteenth_session_in_fact_set_off_and_named_facts():
    """ "in fact" set off by commas after an auxiliary or a pronoun subject insists, like "is,
    in fact,"; "the bitter fact that" presents a claim as a hard fact (a warning since the
    eighteenth session), not after a
    preposition (a premise: "By the simple fact that ...")."""
    text = (
        "The old parser had, in fact, been slower all along.\n"
        "\n"
        "And they, in fact, rewrote the parser twice.\n"
        "\n"
        "Nobody faced the bitter fact that the old parser was slow.\n"
        "\n"
        "By the simple fact that it is shipped, the parser is trusted.\n"
        "\n"
        "The fact that the parser is new matters little.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 21, "HC102", "warning"), (3, 11, "HC102", "warning"), (5, 14, "HC102", "warning")]


def test_seventeenth_session_in_fact_set_off_inside_its_clause_is_a_warning():
    """ "in fact" set off by commas inside the clause it insists on (after "to be", an auxiliary
    or a pronoun subject) is a warning: the claim itself insisted on, not an elaboration; inside
    a parenthesis it is an aside and stays info, like "In fact," at a sentence's head; since the
    twenty-first session "(it is, in fact, an abbreviation of ...)" is not reported at all: a name
    explained (booster_scope.names_a_word)."""
    text = (
        "This, in fact, is the fastest parser we know of.\n"
        "\n"
        "Good examples are the helpers (it is, in fact, an abbreviation of Parser Helper).\n"
        "\n"
        "In fact, the new parser is faster than the old one.\n"
        "\n"
        "The old parser was slow, and, in fact, the new parser is faster.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    # line 7, ", and, in fact,": a warning since the fortieth session (hedging._and_of_course)
    # an opening "In fact" outside technical writing: a warning since the fiftieth session (fact_opening, boostrec50)
    assert got == [(1, 7, "HC102", "warning"), (5, 1, "HC102", "warning"), (7, 31, "HC102", "warning")]


def test_thirteenth_session_concession_before_a_turn():
    """A sentence that opens on a booster and is answered by a turn in the next sentence
    concedes (info); so does a booster before a later "nevertheless". A booster inside the
    sentence before a "But" is still a warning (but "certainly" and "obviously" there are info since
    the fifty-ninth session: test_fifty_ninth_session_certainly_or_obviously_before_a_turn)."""
    text = (
        "Unquestionably the old parser did some things well. But the price was high.\n"
        "\n"
        "There is no doubt that the old parser is small. However, it is slow.\n"
        "\n"
        "The old parser is undeniably small, nevertheless.\n"
        "\n"
        "The old parser undoubtedly looked fine. But nobody measured it.\n"
        "\n"
        "There is no doubt that the old parser is small. It is also slow.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC102", "info"),
        (3, 1, "HC102", "info"),
        (5, 19, "HC102", "info"),
        (7, 16, "HC102", "warning"),
        (9, 1, "HC102", "warning"),
    ]


def test_lines_quoted_in_a_plain_text_mail_are_not_the_writers():
    """A plain-text e-mail quotes the message it answers with "> " or "# " before each line: those
    lines are someone else's words; the reply around them, even with no blank line between, is
    the writer's. The same words in a .txt without the marks are judged."""
    text = (
        "Robert Harley:\n"
        "> Obviously the old parser is faster.\n"
        ">> Surely nobody reads the manual.\n"
        "# It is perfectly obvious that it works.\n"
        "#\n"
        "Clearly the new parser is slower.\n"
        "\n"
        "Obviously the old parser is faster.\n"
    )
    assert codes(run(text, path="mail.txt")) == [(6, 1, "HC102"), (8, 1, "HC102")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The statement was also made that undoubtedly the railroad had received a benefit.\n", []),
        ("She wrote that the results are clearly wrong.\n", []),
        ("Undoubtedly the railroad had received a benefit.\n", [(1, 1, "HC102")]),
        ("Others said, the railroad had undoubtedly received a benefit.\n", [(1, 1, "HC101"), (1, 31, "HC102")]),
    ],
)
def test_a_sentence_opening_with_one_persons_report_is_theirs(text, expected):
    assert codes(run(text)) == expected


def test_fourteenth_session_unnamed_informants():
    """Issue 11, fourteenth session: one unnamed person who told the writer something, known by
    the verb (a hearer, "recounted how", "As a ... pointed out"), not by a list of roles; not a
    thing that "tells" with no hearer, nor one the text's own study asked, nor a person named
    just before ("Jane Doe, a retired teacher, tells me")."""
    text = (
        "Last spring a neighbour told me the mill would close.\n"
        "\n"
        "A retired teacher in the village sadly acknowledged to us that the school was empty.\n"
        "\n"
        "As a historian in the audience pointed out, the bridge is older than the town.\n"
        "\n"
        "Someone has remarked that the square is the heart of the town.\n"
        "\n"
        "The bridge was rebuilt in 1902 and again in 1950.\n"
        "\n"
        "A comment in the source code told the compiler to skip it.\n"
        "\n"
        "Most people use the tool daily, as a participant said: \"it is quick.\"\n"
        "\n"
        "A retired teacher told me the school was empty ([interview](https://example.org/a)).\n"
        "\n"
        "\"It is quick,\" Jane Doe, a retired teacher in the village tells me.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 13, "HC101", "warning"),
        (3, 1, "HC101", "warning"),
        (5, 1, "HC101", "warning"),
        (7, 1, "HC101", "warning"),
    ]
    assert 'does not say who this person is' in run("A neighbour told me the mill would close.\n")[0].message


def test_fourteenth_session_groups_of_no_list():
    """Issue 11, fourteenth session: a quantity before a plural noun of no list, or a part of a
    group ("Some of my neighbours"), with a verb of saying or believing that only people do; a
    people in "-men"; not a thing's verb ("some tests assume"), a participle ("thought to be"),
    "insist on", a mark before the verb, nor a study's respondents."""
    text = (
        "Most farmers find that the spring came early.\n"
        "\n"
        "Some of my neighbours in rural Ohio say the mill will close.\n"
        "\n"
        "In the north, some Frenchmen claim that the wine is better.\n"
        "\n"
        "Some local bakers boast that they bake at dawn.\n"
        "\n"
        "Some tests assume that the server is running.\n"
        "\n"
        "Some maps thought to be old turned out to be copies.\n"
        "\n"
        "Some callbacks insist on a return value.\n"
        "\n"
        "If you need some special options, fear not, the tool has them.\n"
        "\n"
        "Most respondents said they would use it.\n"
        "\n"
        "Some functions find the file by name.\n"
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 1, "HC101"), (3, 1, "HC101"), (5, 15, "HC101"), (7, 1, "HC101")]


def test_fourteenth_session_evidence_and_impersonal_passives():
    """Issue 11, fourteenth session: evidence with an aside set off by commas before its verb,
    "revealed", "disclosed", "found that", a field of study opening a clause; the impersonal
    passive with "felt", "observed", "bruited". Not "git history shows", not "the analysis found
    no errors", not a study named in the aside, not the writers' own survey, not the project's
    own decision ("It has been decided that we ...": loft-docs' negative)."""
    text = (
        "Research, on the other hand, has shown that the bridge is safe.\n"
        "\n"
        "A study of local records revealed that the mill closed in 1902.\n"
        "\n"
        "Repeated polls have disclosed that most voters agree.\n"
        "\n"
        "Modern psychology has shown that fear is learned.\n"
        "\n"
        "In those years it was felt that the town needed a bridge.\n"
        "\n"
        "The git history shows that the file moved.\n"
        "\n"
        "Our analysis found no errors in the build.\n"
        "\n"
        "A new study, published today in Nature, reveals that the bridge is safe.\n"
        "\n"
        "Our survey found that most readers want shorter pages.\n"
        "\n"
        "It has been decided that we will add features slowly.\n"
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 1, "HC101"), (3, 1, "HC101"), (5, 1, "HC101"), (7, 1, "HC101"), (9, 16, "HC101")]


def test_fourteenth_session_told_to_the_writer_and_a_modal_after_a_group():
    """Issue 11, fourteenth session: the writer told by nobody named ("we are informed on every
    hand that", "we are even assured that", "we are given assurance that", "I was assured in
    Moscow"); not "informed about them", not the reader ("you are told"). A modal between a
    one-word group and its verb ("Critics may say", "Many will attest", "some would have us
    believe"); not "Some users may find that" nor "some people might consider": documentation's
    concessions to its readers."""
    text = (
        "In town we are informed on every hand that the mill will close.\n"
        "\n"
        "We are even assured that the bridge is safe.\n"
        "\n"
        "Frequently we are given assurance that the river is clean.\n"
        "\n"
        "The mayor, I was assured in Springfield, is honest.\n"
        "\n"
        "We fixed the bugs when we were informed about them.\n"
        "\n"
        "You are told that the build failed.\n"
        "\n"
        "Critics may say the bridge is too narrow.\n"
        "\n"
        "Many will attest that the river is clean.\n"
        "\n"
        "Despite what some would have us believe, the mill is open.\n"
        "\n"
        "Some users may find that the page is slow.\n"
        "\n"
        "Which some people might consider a drawback.\n"
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 9, "HC101"), (3, 1, "HC101"), (5, 12, "HC101"), (7, 12, "HC101"),
        (13, 1, "HC101"), (15, 1, "HC101"), (17, 14, "HC101"),
    ]
    assert "does not say who told you this" in run("We are even assured that the bridge is safe.\n")[0].message


def test_fourteenth_session_a_group_that_tells_us():
    """Issue 11, fourteenth session: a vague group that tells the writer something in the
    present, with "the" or without; not the past of one telling ("The doctors later told us"),
    not a thing ("The results tell us"), not inside another clause ("what the experts tell us")."""
    text = (
        "The doctors later told us that she was ill.\n"
        "\n"
        "The authorities tell us the river is clean.\n"
        "\n"
        "Everywhere I go, people tell me that the mill is closing.\n"
        "\n"
        "The results tell us that the cache works.\n"
        "\n"
        "This is what the experts tell us about it.\n"
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code != "HC104"]
    assert got == [(3, 1, "HC101"), (5, 18, "HC101")]


def test_fourteenth_session_a_quantity_alone_as_the_agent():
    """Issue 11, fourteenth session: a participle of judging or saying with a quantity alone as
    its agent ("accepted by many", "advanced by some in our own party"); not a quantity before a
    noun phrase or in brackets, not a verb of doing."""
    text = (
        "The plan has been accepted by many, but it failed.\n"
        "\n"
        "The idea being advanced by some in the council is that the mill must close.\n"
        "\n"
        "The option is required by some of the plugins.\n"
        "\n"
        "The format is accepted by (most) browsers.\n"
        "\n"
        "The version is supported by most widely used libraries.\n"
        "\n"
        "The library is used by many.\n"
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 19, "HC101"), (3, 16, "HC101")]


def test_fourteenth_session_indeed_and_inevitably_in_the_verb():
    """Issue 11, fourteenth session: "indeed" right after "to be" insists (info, like every
    "indeed"); not after "there", not before "possible", not in a clause of doubt or checking.
    "inevitably" inside a finite verb presents a consequence as certain (warning); not before a
    participle that qualifies a noun, not after "to", not opening the sentence. After "would"
    since the forty-fourth session (boost44, below), but not in someone's belief."""
    text = (
        "The old parser was indeed slower than the new one.\n"
        "\n"
        "There are indeed other parsers.\n"
        "\n"
        "It is indeed possible to keep the old parser.\n"
        "\n"
        "Check that the output is indeed the same.\n"
        "\n"
        "The old parser inevitably becomes the bottleneck.\n"
        "\n"
        "Such projects are inevitably led to a rewrite.\n"
        "\n"
        "Their inevitably limited budget ran out.\n"
        "\n"
        "They feared a cost they believed would inevitably attach to the old parser.\n"
        "\n"
        "Inevitably, the old parser was dropped.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 20, "HC102", "warning"),  # info until the fortieth session (hedging._indeed_after_copula)
        (9, 16, "HC102", "warning"),
        (11, 19, "HC102", "warning"),
    ]


def test_fourteenth_session_manner_pairs_held_views_and_evidently():
    """A booster joined to an adverb of manner says how ("gradually but definitely"); a
    certainty adjective after "regards as" reports someone's view; "evidently" passes on what
    others hold (HC101, like "apparently"), it is no booster."""
    text = (
        "The new parser will gradually but definitely replace the old one.\n"
        "\n"
        "The old school regards as self-evident that the parser is faster.\n"
        "\n"
        "The old parser is evidently slower.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(5, 19, "HC101", "warning")]


def test_fourteenth_session_facts_that_stand():
    """ "the fact remains that", "the stubborn fact remains" closing its clause present a claim
    as a standing fact (warning); not "the fact remains unchanged". "the distressing fact that"
    joins "the bitter fact that" (info until the eighteenth session, a warning since). "This fact
    is unassailable" is a certainty predicate."""
    text = (
        "Yet the fact remains that the old parser is slow.\n"
        "\n"
        "But the stubborn fact remains: the old parser is slow.\n"
        "\n"
        "The fact remains unchanged by the new parser.\n"
        "\n"
        "Nobody faced the distressing fact that the old parser was slow.\n"
        "\n"
        "This fact is unassailable.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 5, "HC102", "warning"),
        (3, 5, "HC102", "warning"),
        (7, 14, "HC102", "warning"),
        (9, 6, "HC102", "warning"),
    ]


def test_fourteenth_session_common_knowledge_set_off():
    """ "As we know," and "as every schoolboy knows" set off from the claim make it common
    knowledge (warning); not "as far as we know", "as you know", "as we know it"; "Not only"
    before it denies nothing."""
    text = (
        "As we know, the old parser is slow.\n"
        "\n"
        "The old parser is slow, as every schoolboy knows.\n"
        "\n"
        "As far as we know, the old parser is slow.\n"
        "\n"
        "As you know, the old parser is free.\n"
        "\n"
        "This is the end of the parser as we know it.\n"
        "\n"
        "Not only, as we know, did the old parser fail.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC102", "warning"),
        (3, 25, "HC102", "warning"),
        (11, 11, "HC102", "warning"),
    ]


def test_fourteenth_session_demonstrably():
    """ "demonstrably" vouches that a proof exists (warning); after a verb of becoming it says
    how a state shows ("becomes demonstrably riled")."""
    text = (
        "One of the two claims was demonstrably false.\n"
        "\n"
        "He becomes demonstrably riled when the parser fails.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 27, "HC102", "warning")]


def test_fourteenth_session_surely_opening_a_sentence():
    """ "Surely" opening a sentence appeals to the reader to grant the claim: a warning, unlike
    "Obviously," there (info); before a modal of possibility it stays info."""
    text = (
        "Surely no parser has been slower than the old one.\n"
        "\n"
        "Obviously, the old parser is slower.\n"
        "\n"
        "Surely they can rewrite the old parser.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    # boost32: warnings outside technical writing: plain "we know", "I know", an opening
    # sentence adverb, "surely" before a modal, an opening "In truth" / "In reality"
    assert got == [(1, 1, "HC102", "warning"), (3, 1, "HC102", "warning"), (5, 1, "HC102", "warning")]


def test_fourteenth_session_of_course_before_a_framing_phrase():
    """ "Of course," opening a sentence before a framing phrase ("in order to", "after",
    "due to") qualifies what came before: no finding; before the claim itself it stays info."""
    text = (
        "Of course, in order to use the new features, you need the new parser.\n"
        "\n"
        "Of course, after the first release, the old parser was dropped.\n"
        "\n"
        "Of course, the old parser is slower.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(5, 1, "HC102", "info")]


def test_fourteenth_session_in_fact_on_the_writers_own_doing():
    """ "In fact, we don't add much", "we do in fact already use": the emphasis lands on what
    the writer does; no finding. "In truth, I find ..." is still a claim (info)."""
    text = (
        "In fact, we don't add much to the old parser.\n"
        "\n"
        "And we do in fact already use the new parser.\n"
        "\n"
        "In truth, I find the old parser slower.\n"
        "\n"
        "In fact, the old parser is slower.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    # boost32: warnings outside technical writing: plain "we know", "I know", an opening
    # sentence adverb, "surely" before a modal, an opening "In truth" / "In reality"
    # an opening "In fact" outside technical writing: a warning since the fiftieth session (fact_opening, boostrec50)
    assert got == [(5, 1, "HC102", "warning"), (7, 1, "HC102", "warning")]


def test_fourteenth_session_too_grants_only_after_of_course():
    """ "Of course ... too" grants a point; "I am sure that ..., too" still insists."""
    text = (
        "Of course there are other parsers that matter too.\n"
        "\n"
        "I am sure that the old parser was slow, too.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(3, 1, "HC102", "warning")]


def test_certainty_predicates_and_verbs_of_knowing_are_disjoint():
    # _scan tries certainty_frames.predicate for an adjective and common_knowledge for "know"
    # in one if/elif: a word in both sets would be tried as an adjective only
    from prosecheck.checks import certainty_frames

    assert certainty_frames.ADJECTIVES.isdisjoint(certainty_frames.KNOW)
    assert {"clear", "evident"} <= certainty_frames.ADJECTIVES and certainty_frames.KNOW == {"know", "knows"}


def test_fifteenth_session_of_course_before_a_condition_a_there_or_the_writer():
    """ "of course" before a condition, before "there is" or before the writer as subject, and
    after "and" before a list's last item, grants or recounts: no finding. Before the claim
    itself it stays info ("And, of course, ..." a warning since the fortieth session: _and_of_course)."""
    text = (
        "Of course, if the cache is cold, the old parser is slower.\n"
        "\n"
        "All of this would be wasted, of course, if the parser failed.\n"
        "\n"
        "Then, of course, there are those of us who keep the old parser.\n"
        "\n"
        "So of course I was thrilled to start work on the new parser.\n"
        "\n"
        "We thank our users for their reports, their patches and, of course, for their patience.\n"
        "\n"
        "And, of course, the old parser is slower.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(11, 6, "HC102", "warning")]


def test_fifteenth_session_most_certainly_and_the_writers_choice():
    """ "most certainly" insists all the more (a warning), unlike "most obviously" (most
    notably), also on the reader's future ("you will most certainly enjoy", a promise); not an
    elliptical reply ("It most definitely was."), not the writer's own choice ("I certainly
    wouldn't")."""
    text = (
        "The maintainers would most certainly disagree.\n"
        "\n"
        "The old parser is most obviously slower.\n"
        "\n"
        "Was the old parser slower? It most definitely was.\n"
        "\n"
        "In this case you will most certainly enjoy the new parser.\n"
        "\n"
        "I certainly wouldn't write a new parser in Perl.\n"
        "\n"
        "The old parser most definitely stands alone.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 28, "HC102", "warning"), (7, 28, "HC102", "warning"), (11, 21, "HC102", "warning")]


def test_fifteenth_session_in_fact_after_a_contrast_or_a_semicolon():
    """ "in fact" after "yet" or "while" (a mask set against the truth) or opening the clause
    after a semicolon is read as at a sentence's head (info); not before the writer as subject
    ("Indeed, I'm in wine country", "in fact, we're very ordinary")."""
    text = (
        "The old parser looks simple, yet in fact is slower than the new one.\n"
        "\n"
        "It keeps the old name while in fact running the new parser.\n"
        "\n"
        "The old parser is no simpler; in fact it is slower.\n"
        "\n"
        "Indeed, I'm in parser country now.\n"
        "\n"
        "Our parser is not special; in fact, we're very ordinary.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 34, "HC102", "info"), (3, 29, "HC102", "info"), (5, 31, "HC102", "info")]


def test_fifteenth_session_you_know_before_a_claim():
    """ "you know" before a claim makes it the reader's knowledge, as "as we know" makes it
    common knowledge (a warning; after a condition too since the thirty-eighth session). Not a condition, a question, the
    interjection, an indirect question, a relative clause, the idiom "know and love", the
    writer's own views or a restatement after "that is"."""
    text = (
        "Ladies and gentlemen, you know the old parser is slower.\n"
        "\n"
        "If you have used the old parser, you already know about its speed.\n"
        "\n"
        "If you know that the input is small, use the old parser.\n"
        "\n"
        "You know, if you want speed, use the new parser.\n"
        "\n"
        "Do you know the old parser is slower?\n"
        "\n"
        "You know how to run the old parser.\n"
        "\n"
        "Keep the files that you know are parsed.\n"
        "\n"
        "It keeps the parser you already know and love.\n"
        "\n"
        "You know my views on the old parser.\n"
        "\n"
        "Tools assume that you know the input - that is, you know all of it.\n"
        "\n"
        "The parser is done before you know it.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 23, "HC102", "warning"), (3, 34, "HC102", "warning")]


def test_fifteenth_session_the_writers_own_doing_after_i_or_we():
    """A booster adverb right after "I", "we", "I've" or "we have" lands on what the writer does
    or did: no finding; a verb of witness after it vouches for a claim ("we have definitely
    seen"), and "I have no doubt that" is still a booster."""
    text = (
        "I've certainly come looking for a faster parser.\n"
        "\n"
        "We have definitely seen the old parser fail.\n"
        "\n"
        "I have no doubt that the old parser is slower.\n"
        "\n"
        "We will definitely ship the new parser.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(3, 9, "HC102", "warning"), (5, 8, "HC102", "warning")]
def test_fifteenth_session_estimates_nobody_made():
    """Issue 11, fifteenth session: "an estimated" or "the estimated" before a figure, its
    estimator left out; not a quantity's name, not the estimate of a reported clause, and the
    figure after "estimated" is no named source (support)."""
    text = (
        "An estimated 100,000 people came to the festival.\n"
        "\n"
        "The collection is worth an estimated $430 million.\n"
        "\n"
        "Plastic now makes up an estimated 10% of the total.\n"
        "\n"
        "The page shows the estimated time of arrival.\n"
        "\n"
        "More than 11,000 orders, affecting an estimated 13,000 buildings, are pending, the report said.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 1, "HC101", "warning"), (3, 25, "HC101", "warning"), (5, 22, "HC101", "warning")]
    assert "who made the estimate" in [d for d in run(text) if d.code == "HC101"][0].message


def test_fifteenth_session_tales_and_regard():
    """Issue 11, fifteenth session: "the story goes" (not "the story goes on"), "highly regarded"
    and "generally regarded" (not "most highly regarded": a comparison, SL101's)."""
    text = (
        "As the story goes, the founder came from the mill.\n"
        "\n"
        "And the story goes on from there.\n"
        "\n"
        "The highly regarded rifle also appeared.\n"
        "\n"
        "It has the most highly regarded department in the state.\n"
        "\n"
        "The bass is an instrument generally regarded as symphonic.\n"
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 4, "HC101"), (5, 5, "HC101"), (9, 27, "HC101")]


def test_fifteenth_session_named_studies_critics_and_purposes():
    """Issue 11, fifteenth session: "NLRDA studies show" (an acronym names the body), "faced
    criticism from their employees" (the critics said), "enough data to confirm that" (a
    purpose), "it is thought of" (considered): no finding."""
    text = (
        "Lumber ships on flat cars, and NLRDA studies show that they unload cheaply.\n"
        "\n"
        "They have faced criticism from their employees for doing too little.\n"
        "\n"
        "I took enough data to confirm that the carrier was throttling video.\n"
        "\n"
        "Too often it is thought of at the last moment.\n"
    )
    assert [d for d in run(text) if d.code == "HC101"] == []


def test_fifteenth_session_one_set_extensions():
    """Issue 11, fifteenth session, forms each found in one set only (tongs-docs, chisel-docs):
    "media reported", "considered overkill", "as one engineer says" (the present only after
    "one": not "As a rule says"), "according to one major producer", "it was stated that",
    "purported to", "there is every indication", "Others reported" + a noun, "disclosed there
    are"."""
    text = (
        "A while ago, media reported that the mill had closed.\n"
        "\n"
        "The scheme was considered overkill for a small site.\n"
        "\n"
        "It is, as one engineer says, a hard thing to learn.\n"
        "\n"
        "According to one major producer, signs cost less.\n"
        "\n"
        "At the convention it was stated that the class is a success.\n"
        "\n"
        "New discs, purported to be perfect copies, appeared.\n"
        "\n"
        "There is every indication the trend will continue.\n"
        "\n"
        "As a rule says, the tool is slow.\n"
        "\n"
        "Others reported supervisors demanding credit for their work.\n"
        "\n"
        "A recent survey disclosed there are about 4,000 marinas in the state.\n"
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [
        (1, 14, "HC101"), (3, 12, "HC101"), (5, 8, "HC101"), (7, 1, "HC101"), (9, 19, "HC101"),
        (11, 12, "HC101"), (13, 1, "HC101"), (17, 1, "HC101"), (19, 1, "HC101"),
    ]


def test_fifteenth_session_they_say_in_a_frame_of_time():
    """Issue 11, fifteenth session: "when they say", "then they say": the people the text speaks
    of, not hearsay; "Life, they say, ..." still is."""
    text = (
        "Romney and Ryan are correct when they say that each of us is responsible.\n"
        "\n"
        "The firm billed us twice, and then they say the bill is correct.\n"
        "\n"
        "Life, they say, should be regarded as sacred.\n"
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(5, 7, "HC101")]


def test_the_sentence_indexes_answer_as_the_whole_sentence_scans_did():
    # _places / _turns index a sentence once for all its boosters (a sentence of thousands of
    # words made the scans quadratic); they must answer exactly as the scans they replace
    import random

    from prosecheck.checks.hedging import _GRANTING, _LATER_TURNS, _WHILE, _any_after, _any_before, _turns

    vocabulary = ["but", "while", "though", "although", "even", "(", "yet", "still", "it", "is", "fast"]
    rng = random.Random(20261215)
    for _ in range(300):
        lw = [rng.choice(vocabulary) for _ in range(rng.randint(1, 12))]
        for k in range(-1, len(lw) + 1):
            assert _any_after(lw, _LATER_TURNS, k) == (not _LATER_TURNS.isdisjoint(lw[k + 1 :]))
            assert _any_after(lw, _GRANTING, k) == (not _GRANTING.isdisjoint(lw[k + 1 :]))
            assert _any_before(lw, _WHILE, max(k, 0)) == (not _WHILE.isdisjoint(lw[: max(k, 0)]))
        # "although" anywhere, "though" first or after "even" / "(": the first such index
        scan = [k for k in range(len(lw)) if lw[k] == "although"
                or (lw[k] == "though" and (k == 0 or lw[k - 1] in ("even", "(")))]
        text = " ".join(lw)
        words, at = [], 0
        for w in lw:
            at = text.index(w, at)
            words.append(type("W", (), {"start": at, "end": at + len(w)})())
            at += len(w)
        assert _turns(lw, words, text)[1] == (scan[0] if scan else 1 << 30)


def test_a_sentence_of_thousands_of_words_is_checked_in_linear_time_in_effect():
    # a paragraph with no full stop (the abbreviation "ms." never ends a sentence): every booster
    # of it is still judged, and each the same as in a short sentence
    one = "Acme is fast, and of course it is clearly the best; compared to the rival 3 ms. "
    short = codes(lint(one, plugins=[hedging]))
    long = codes(lint(one * 400, plugins=[hedging]))
    assert [c for _, _, c in short] == ["HC102"]
    # each booster where it stands, 80 characters apart, and the section's one HC104 (too many)
    assert [(line, col) for line, col, c in long if c == "HC102"] == [(1, 19 + 80 * k) for k in range(400)]
    assert [c for _, _, c in long if c != "HC102"] == ["HC104"]


def test_sixteenth_session_shared_knowledge():
    """Knowledge credited to everyone before a claim (issue 11, sixteenth session): "we" with
    "now", "already", "do" or "still" before "know", a whole people or the whole world as the
    knower, then "that" or a clause. Not a condition or a purpose, not a thing known, not a part
    of a people, not a question; plain "we know" only at info (eighteenth session)."""
    text = (
        "But we do know that the old parser is slow.\n"
        "\n"
        "In short, we now know the old parser was slow.\n"
        "\n"
        "And the whole world now knows that the old parser is slow.\n"
        "\n"
        "Frankly, the American people know the old parser is slow.\n"
        "\n"
        "It keeps the tools we already know are fast.\n"
        "\n"
        "We know that the old parser is slow.\n"
        "\n"
        "Once we already know the parser is slow, we replace it.\n"
        "\n"
        "Pass the act so Americans know who is funding the parser.\n"
        "\n"
        "Both Democrats and Republicans know the importance of senior citizens.\n"
        "\n"
        "Millions of Americans know that feeling of walking into a new home.\n"
        "\n"
        "Do we now know that the old parser is slow?\n"
        "\n"
        "We now know of no parser that is slower.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    # boost32: warnings outside technical writing: plain "we know", "I know", an opening
    # sentence adverb, "surely" before a modal, an opening "In truth" / "In reality"
    assert got == [
        (1, 5, "HC102", "warning"),
        (3, 11, "HC102", "warning"),
        (5, 5, "HC102", "warning"),
        (7, 10, "HC102", "warning"),
        (9, 20, "HC102", "warning"),
        (11, 1, "HC102", "warning"),  # plain "we know" opening the sentence: eighteenth session, info
    ]


def test_eighteenth_session_plain_we_know():
    """Plain "we know" opening a clause before a claim, at info (issue 11, eighteenth session):
    at the sentence's head, after a conjunction or after a mark, before "that", a clause, "too,
    that" or "from ... experience that". Not inside a clause, not a concession ("Yes, we know",
    "..., but"), not about the reader, not a premise for a decision ("..., so we ..."), not "know
    from" a named source, not "they know"."""
    text = (
        "We know our economy is stronger when we reward work.\n"
        "\n"
        "In America, we know that faith and family are the center of life.\n"
        "\n"
        "Because we know government has failed to keep us safe.\n"
        "\n"
        "We know, too, that even as technology develops, it restricts our freedoms.\n"
        "\n"
        "We know from long experience that the old parser is slow.\n"
        "\n"
        "We know from issue #1 that the old parser is slow.\n"
        "\n"
        "Yes, we know there are many ways to write a parser.\n"
        "\n"
        "We know everyone is human and we all fail at times, but we try.\n"
        "\n"
        "We know Karma is used widely in Angular, so Angular is added.\n"
        "\n"
        "We welcome feedback, we know you're using the parser.\n"
        "\n"
        "These are the parsers which we know are slow.\n"
        "\n"
        "They know that broad-based growth requires a balanced approach.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    # boost32: warnings outside technical writing: plain "we know", "I know", an opening
    # sentence adverb, "surely" before a modal, an opening "In truth" / "In reality"
    assert got == [
        (1, 1, "HC102", "warning"),
        (3, 13, "HC102", "warning"),
        (5, 9, "HC102", "warning"),
        (7, 1, "HC102", "warning"),
        (9, 1, "HC102", "warning"),
    ]


def test_eighteenth_session_truth_of_the_matter_and_fact_before_colon():
    """The truth frame with "of the matter" (or "situation", "case"), any tense, and a hard fact
    named just before a colon (issue 11, eighteenth session; the hard fact a warning since
    w-t18's tier move); not "the reality of the
    danger" (no copula), not "a fundamental truth:" (no adjective of a hard fact), not "a basic
    fact of electricity that" (no colon), not "after the fact is" (the idiom of time)."""
    text = (
        "The truth of the matter is that the old parser is slow.\n"
        "\n"
        "The sad truth of the matter is (1) parsers are slow, (2) tests are few.\n"
        "\n"
        "The reality of the situation was different; the parser was slow.\n"
        "\n"
        "It's a simple fact: The more tests you write, the fewer bugs you ship.\n"
        "\n"
        "Let me start with the parser and a basic fact: it is the slowest part.\n"
        "\n"
        "They accept the reality of the danger that confronts them.\n"
        "\n"
        "And let us reaffirm a fundamental truth: All parsers are equal.\n"
        "\n"
        "It's a basic fact of electricity that a switch needs two wires.\n"
        "\n"
        "Retrofitting locking after the fact is a rather more difficult task.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC102", "warning"),
        (3, 1, "HC102", "warning"),
        (5, 1, "HC102", "warning"),
        (7, 6, "HC102", "warning"),
        (9, 34, "HC102", "warning"),
    ]


def test_eighteenth_session_perfect_passive_proof_and_inverted_sure():
    """ "has been proven to" / "have been proven correct" (proof claimed; info like "has proven"
    until the forty-third session, a warning like "is proven" since, tier43), not closing its
    clause ("once they have been proven."); "Sure it does." as a whole sentence (the colloquial
    "it sure does"), not "Sure, you can." or "Sure." (issue 11, eighteenth session)."""
    text = (
        "This process has been proven to create the most robust kernel ever.\n"
        "\n"
        "The thrust of these areas has been proven correct.\n"
        "\n"
        "We merge changes into the stable tree only once they have been proven.\n"
        "\n"
        "But does it all work? Sure it does. You can revert a merge.\n"
        "\n"
        "Can I use it? Sure, you can.\n"
        "\n"
        "Can I use it? Sure.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 14, "HC102", "warning"),
        (3, 27, "HC102", "warning"),
        (7, 23, "HC102", "warning"),
    ]


def test_sixteenth_session_colloquial_sure_negated():
    """The colloquial "sure" before a negated verb ("we sure don't need", "It's sure not the
    average family"), after a contraction too; not "be sure not to", "we're sure not to"."""
    text = (
        "We sure don't need the old parser.\n"
        "\n"
        "It's sure not the old parser that is fast.\n"
        "\n"
        "The old users sure didn't like it.\n"
        "\n"
        "Be sure not to remove the old parser.\n"
        "\n"
        "We're sure not to remove the old parser.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 4, "HC102", "warning"),
        (3, 6, "HC102", "warning"),
        (5, 15, "HC102", "warning"),
    ]


def test_sixteenth_session_emphatic_reply():
    """Certainty given as an answer (issue 11, sixteenth session, w-b16): a sentence that is only
    a certainty adverb, with "Yes" before it or a word of agreement after it, closed by "!" or
    ".", and "Yes" with such an adverb opening a sentence. Not the bare word of a list, not a
    reply of a booster and an auxiliary, not a denial, not permission, not quoted."""
    text = (
        "Should I still learn the new parser? Definitely!\n"
        "\n"
        "Can I use it with the old parser? Yes, absolutely!\n"
        "\n"
        "The old parser was slow. Absolutely correct.\n"
        "\n"
        "Yes indeed, we too can see the old parser is slow.\n"
        "\n"
        "- Obviously\n"
        "- Definitely\n"
        "\n"
        "Was it slow? It most definitely was.\n"
        "\n"
        "Definitely not in production.\n"
        "\n"
        "Yes, of course you can use the old parser.\n"
        "\n"
        'He said: "Definitely!"\n'
        "\n"
        "Could you do it without the new parser? Absolutely. But the new parser makes it easy.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 38, "HC102", "warning"),
        (3, 35, "HC102", "warning"),
        (5, 26, "HC102", "warning"),
        (7, 1, "HC102", "warning"),  # "we" before "can": a warning since the thirty-ninth session (_our_ability)
    ]


def test_sixteenth_session_proof_with_adverb():
    """Proof with an adverb inside the verb ("have already proven that", "is scientifically
    proven to"): the proof entries' class, at their tiers ("have proven" is info); not negated,
    not "has proven to be" (a record), not "proved"."""
    text = (
        "We have already proven that the new parser is faster.\n"
        "\n"
        "The new parser is scientifically proven to save time.\n"
        "\n"
        "The new parser is clinically proven.\n"
        "\n"
        "The new parser is not already proven.\n"
        "\n"
        "The new parser has proven to be a source of ideas.\n"
        "\n"
        "The new parser has already proved useful.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 4, "HC102", "info"),
        (3, 16, "HC102", "warning"),
        (5, 16, "HC102", "warning"),
    ]


def test_seventeenth_session_colloquial_sure_forms():
    """The colloquial "sure" in two more forms (issue 11, seventeenth session: rasp-docs' "those
    balance sheets sure look funny", gouge-docs' "they sure as hell don't want"); not "make sure"."""
    text = (
        "Those old benchmarks sure look slow next to the new parser.\n"
        "\n"
        "The old parser sure as hell wasn't fast.\n"
        "\n"
        "Make sure look-ups stay fast in the new parser.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 22, "HC102", "warning"),
        (3, 16, "HC102", "warning"),
    ]


def test_seventeenth_session_attributive_across_a_line_break():
    """A certainty adjective before its noun is read across a wrapped line ("This is an obvious
    \\nrule.", rasp-docs' plain-text weblog), as on one line; a mark between still breaks it."""
    text = (
        "The new parser keeps each rule apart. This is an obvious\n"
        "rule of the new parser.\n"
        "\n"
        "The old parser missed the obvious: the cache.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 50, "HC102", "warning")]


def test_seventeenth_session_speech_word_as_a_noun():
    """A word of the named-source verbs used as a noun before its own verb ("the Debian ranks is
    expected to know", gouge-docs) names no source, so the booster is reported; "Gartner reports
    that" still does."""
    text = (
        "Each candidate joining the Debian ranks is expected to solve the problems they will doubtless encounter.\n"
        "\n"
        "Gartner reports that the new parser is clearly faster.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 85, "HC102", "warning")]


def test_seventeenth_session_claim_declared_a_given():
    """A claim declared a given, one that needs no showing ("It is plain that", "It's a given
    that", "... goes without saying", "known by all", "for obvious reasons"; issue 11,
    seventeenth session); not with a link, not negated, not "as you know"."""
    text = (
        "It is plain that the new parser is faster than the old one.\n"
        "\n"
        "It's a given that the new parser is faster than the old one.\n"
        "\n"
        "That the old parser is slow goes without saying.\n"
        "\n"
        "The speed of the new parser is known by all.\n"
        "\n"
        "Most teams moved to the new parser for obvious reasons.\n"
        "\n"
        "The speed of the new parser is not known by all.\n"
        "\n"
        "It is plain that the new parser is faster ([report](https://example.org/report)).\n"
        "\n"
        "As you know, the new parser is free.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC102", "warning"),
        (3, 1, "HC102", "warning"),
        (5, 29, "HC102", "warning"),
        (7, 32, "HC102", "warning"),
        (9, 36, "HC102", "warning"),
    ]


def test_seventeenth_session_hard_truth_frame_and_unarguably():
    """"The simple truth is that ...": the entries "the truth is", "the fact is" with an adjective
    that makes the claim a hard fact, when "that" or a mark follows the verb (rasp-docs); not "The
    hard truth is hard to swallow", not after a preposition. "unarguably" beside "inarguably"."""
    text = (
        "The simple truth is that the old parser is slow.\n"
        "\n"
        "The sad fact is, the old parser is slow.\n"
        "\n"
        "The hard truth is hard to swallow.\n"
        "\n"
        "The daily reality is quite different.\n"
        "\n"
        "The new parser is unarguably faster than the old one.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC102", "warning"),
        (3, 1, "HC102", "warning"),
        (9, 19, "HC102", "warning"),
    ]


def test_seventeenth_session_attributive_pure_certainty():
    """The attributive class (info) takes every adjective that means nothing but certainty:
    "an incontestable witness" (gouge-docs), as "an undeniable" and "their obvious" do."""
    text = (
        "The size of the community is an incontestable witness to the new parser's speed.\n"
        "\n"
        "This is an irrefutable sign that the old parser is slow.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 33, "HC102", "warning"), (3, 12, "HC102", "warning")]


def test_seventeenth_session_reality_here():
    """"The reality here is that" beside "the reality is" (tongs-docs)."""
    text = "The reality here is that the old parser cannot be fixed.\n"
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 1, "HC102", "warning")]


def test_seventeenth_session_people_credited_with_a_view():
    """A whole people in the plural credited with a view ("because Canadians believe in",
    "Europeans broadly agree", "the British people expect it to"): peoples.credited; not after
    "of" or a quantity, not "understand" without "that", not "recognize" (a fact)."""
    text = (
        "The aid goes on because Canadians believe in it.\n"
        "\n"
        "There are some questions on which Europeans broadly agree.\n"
        "\n"
        "Australians understand that the drought will return.\n"
        "\n"
        "The law is old, but the British people expect it to be kept.\n"
        "\n"
        "A majority of Canadians agree with the plan.\n"
        "\n"
        "We must make sure the British people understand exactly what is at stake.\n"
        "\n"
        "Australians recognize the risk of drought.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 25, "HC101", "warning"),
        (3, 35, "HC101", "warning"),
        (5, 1, "HC101", "warning"),
        (7, 21, "HC101", "warning"),
    ]


def test_seventeenth_session_writers_hearsay():
    """The writer passes on what nobody named told him: a time adverb inside "I was later told
    that", the cleft "is what I have been told.", "I've heard it argued that", an insider known
    by place after a quotation ('"...," a person close to the board tells me'); not "told that
    by" someone, who is the teller."""
    text = (
        "After the vote I was later told that the hall had been full.\n"
        "\n"
        '"Money," is what I have been told.\n'
        "\n"
        "I've heard it argued that the fee will fall.\n"
        "\n"
        '"Not this year, Mike," a person close to the board tells me.\n'
        "\n"
        "I was told that by the man who owns the mill.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 16, "HC101", "warning"),
        (3, 13, "HC101", "warning"),
        (5, 1, "HC101", "warning"),
        (7, 24, "HC101", "warning"),
    ]


def test_seventeenth_session_impersonal_announced_revealed_expected():
    """The impersonal passive with "announced", "revealed", and "expected" in the past only:
    documentation states its contracts in the present ("It is expected that the callback
    returns a promise"); a link answers it as before."""
    text = (
        "In May it was announced that the mill would close.\n"
        "\n"
        "It had been expected that the new route would save time.\n"
        "\n"
        "It is expected that the callback returns a promise.\n"
        "\n"
        "Last year it was revealed that [the mill had closed](https://example.org/mill).\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 8, "HC101", "warning"),
        (3, 1, "HC101", "warning"),
    ]


def test_eighteenth_session_reputation_with_an_adverb_of_how_many():
    """A verb of description or opinion in the passive with an adverb of how many or how widely,
    then "as": a reputation whose holders are left out. Not the bare present (a definition),
    not after a modal (the writer's framing), not "as follows", not with the judge named."""
    text = (
        "The harbor is often described as the heart of the town.\n"
        "\n"
        "It bemuses the mayor that the film has widely been described as raunchy.\n"
        "\n"
        "While the bridge is often thought of as the work of one man, many built it.\n"
        "\n"
        "The port is increasingly considered as a model for the region.\n"
        "\n"
        "The field is described as a string.\n"
        "\n"
        "Strings that can be commonly considered as booleans are converted.\n"
        "\n"
        "The format is usually described as follows.\n"
        "\n"
        "The plan is often described as a failure by the Harbor Times.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 12, "HC101", "warning"),
        (3, 36, "HC101", "warning"),
        (5, 18, "HC101", "warning"),
        (7, 10, "HC101", "warning"),
    ]


def test_eighteenth_session_talk_the_writer_hears():
    """"We hear claims that": talk the writer hears from nobody named, with a noun of saying or
    doubting and its clause or subject; not the reader's hearing, not tales of the people a
    speech honours, not when the speakers follow."""
    text = (
        "We hear claims that the mill will close.\n"
        "\n"
        "Tonight we also hear doubts that the bridge is safe.\n"
        "\n"
        "I have heard countless stories of teams that gave up on the tool.\n"
        "\n"
        "If you heard some rumors about a new album, keep waiting.\n"
        "\n"
        "We heard tales of farmers like Ann Lee, who is here tonight.\n"
        "\n"
        "We heard from students that the block hurt.\n"
        "\n"
        "We hear the claims of the union that wages fell.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 4, "HC101", "warning"),
        (3, 17, "HC101", "warning"),
        (5, 3, "HC101", "warning"),
    ]


def test_eighteenth_session_everyone_holds_a_view():
    """"everyone" or "everybody" with a verb of saying or believing: a view credited to all,
    none named; not a deed, not the writer told ("says to me"), not after
    a preposition."""
    text = (
        "Everybody thinks managers make decisions.\n"
        "\n"
        "We stopped the attack that everybody thought preordained.\n"
        "\n"
        "They built the bridge that almost everyone said was impossible.\n"
        "\n"
        "Everyone says to me it will be good to get back to work.\n"
        "\n"
        "Thanks to everyone who reported bugs.\n"
        "\n"
        "Everyone found the bug within a day.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC101", "warning"),
        (3, 28, "HC101", "warning"),
        (5, 35, "HC101", "warning"),
    ]


def test_eighteenth_session_talk_nobody_voices():
    """A noun of blame, complaint or praise after an adjective of how often or how widely it is
    voiced; not with an owner, not with a named voice after it, not a program's calls."""
    text = (
        "One of the biggest recurring complaints about the tool is its speed.\n"
        "\n"
        "There are regular complaints from the disgruntled about the service.\n"
        "\n"
        "The all-too-common praise for these projects is faint.\n"
        "\n"
        "Their frequent complaints were heard.\n"
        "\n"
        "There were regular complaints from Microsoft about the port.\n"
        "\n"
        "The library makes frequent calls to the linker.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 20, "HC101", "warning"),
        (3, 11, "HC101", "warning"),
        (5, 5, "HC101", "warning"),
    ]


@pytest.mark.parametrize("text, expected", [
    # "supposedly" grading an adjective after an article or a possessive: "seemingly", info
    ("The tubes were applied to the supposedly diseased portions of her body.\n", [(1, 31, "HC101", "info")]),
    ("It costs as much as I would gain from your supposedly more productive setup.\n",
     [(1, 44, "HC101", "info")]),
    # before a verb it passes on what others suppose: a warning
    ("The feeling has supposedly existed the longest in the west.\n", [(1, 17, "HC101", "warning")]),
])
def test_supposedly_as_seemingly_is_info(text, expected):
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == expected


def test_nineteenth_session_most_set_off_by_a_comma():
    """ "most" set off by a comma before a booster is the subject, not "most obviously" (most
    notably): the booster is an aside on the claim, and reported."""
    text = (
        "Most, of course, will simply grumble at the old parser.\n"
        "\n"
        "Few know the old parser (most, I am sure, have never heard of it).\n"
        "\n"
        "The old parser is most obviously slower.\n"
        "\n"
        "Most certainly, the old parser is slower.\n"
        "\n"
        "We want to, of course, keep the old parser.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 7, "HC102", "info"),
        (3, 32, "HC102", "warning"),
        (7, 6, "HC102", "warning"),
    ]


def test_nineteenth_session_verbs_of_doubting_after_a_group():
    """Issue 11, nineteenth session: verbs of doubting, disputing and proposing after a group
    ("many people suspect", "Few people dispute that", "some people question if", "Some dismiss
    that goal", "Some may object to", "some in Congress have proposed"); not the nouns after a
    bare quantity ("some question whether", "some dispute arises"), not a participle before a
    noun ("Some proposed changes"), not officials' own stance ("Officials dismiss")."""
    text = (
        "The mill is older than many people suspect.\n"  # 1
        "\n"
        "Few people dispute that the bridge is too narrow.\n"  # 3
        "\n"
        "Some dismiss the plan as a dream.\n"  # 5
        "\n"
        "Some may object to the length of the report.\n"  # 7
        "\n"
        "Now some in Congress have proposed closing the mill.\n"  # 9
        "\n"
        "There is even some question whether the mill will reopen.\n"  # 11
        "\n"
        "When some dispute arises, the board decides.\n"  # 13
        "\n"
        "Some proposed changes were made to the mill.\n"  # 15
        "\n"
        "Officials dismiss the problem as trivial.\n"  # 17
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 24, "HC101"), (3, 1, "HC101"), (5, 1, "HC101"), (7, 1, "HC101"), (9, 5, "HC101")]


def test_nineteenth_session_the_perfect_of_saying_after_a_group():
    """Issue 11, nineteenth session: an adverb between "have" and the verb of saying
    ("economists have already said", "several people have already noted"), and the perfect of
    saying after a plural of no list ("As many plumbers have noted"); not a deed in the perfect
    ("Several plugins have been written")."""
    text = (
        "Mayors, and economists have already said that the mill must close.\n"  # 1
        "\n"
        "As many plumbers have noted, the bridge is too narrow.\n"  # 3
        "\n"
        "Several people have already noted that the mill is closed.\n"  # 5
        "\n"
        "Several plugins have been written for the editor.\n"  # 7
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 13, "HC101"), (3, 4, "HC101"), (5, 1, "HC101")]


def test_twentieth_session_they_know_a_people_named_before():
    """Issue 11, twentieth session: "they know" before a claim when "they" stands for a whole
    people named in its sentence or in the paragraph's sentences just before, read back while
    each speaks of "they" (or opens on "Some", "Many": a part of the same people); not when the
    chain breaks at a sentence about someone else, not named men, not "know what to do"."""
    text = (
        "For these Americans, change has not come fast enough. Some are angry. "
        "They're tired of the shouting. They know the old parser is slow.\n"  # 1
        "\n"
        "There are Americans watching now. But they're searching because they know that "
        "the old parser is slow.\n"  # 3
        "\n"
        "Mitt Romney and Paul Ryan understand this. Our parser is linked. They know that "
        "the old parser is slow.\n"  # 5
        "\n"
        "The Americans left early. The parser was slow. They know that the old parser is slow.\n"  # 7
        "\n"
        "No nation attacks us directly, because they know that's the path to ruin.\n"  # 9
        "\n"
        "Most Americans understand that. They know what to do.\n"  # 11
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 102, "HC102", "warning"), (3, 65, "HC102", "warning")]


def test_twentieth_session_we_know_before_a_question_word_or_a_contraction():
    """Issue 11, twentieth session: plain "we know" (info) before "what" or "where" and a clause,
    or "how" and a degree ("how far"), and before a subject with its auxiliary in one word
    ("we've got") or "it" before its verb ("we know it was never inevitable"); not "know it
    well", "know what to do", "know how to", "know how they got" (a manner), not
    "which" ("we now know which tree points to it"), not inside a clause."""
    text = (
        "Well, we know what backwards looks like.\n"  # 1
        "\n"
        "And we know how far we've come.\n"  # 3
        "\n"
        "The road is uneven, yet we know where it leads.\n"  # 5
        "\n"
        "But we know we've got more to do.\n"  # 7
        "\n"
        "We know how to write a parser.\n"  # 9
        "\n"
        "We know what to do.\n"  # 11
        "\n"
        "We know how they got there.\n"  # 13
        "\n"
        "In particular, we now know which tree points to it.\n"  # 15
        "\n"
        "Make sure that we know what happened.\n"  # 17
        "\n"
        "But we know it was never inevitable.\n"  # 19
        "\n"
        "We know it well.\n"  # 21
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    # boost32: warnings outside technical writing: plain "we know", "I know", an opening
    # sentence adverb, "surely" before a modal, an opening "In truth" / "In reality"
    assert got == [
        (1, 7, "HC102", "warning"),
        (3, 5, "HC102", "warning"),
        (5, 25, "HC102", "warning"),
        (7, 5, "HC102", "warning"),
        (19, 5, "HC102", "warning"),
    ]


def test_twentieth_session_the_certainty_adjective_before_a_quality():
    """Issue 11, twentieth session: "the" before a certainty adjective (now with "undoubted") and
    a noun of a quality or a relation the sentence asserts, at info like "their obvious
    importance"; not before a noun that only points to what anyone would pick ("the obvious
    ones", "the obvious question"), nor "the obvious fact" (the fact frame's). And "you can be
    assured that" beside "rest assured"."""
    text = (
        "It is best to state clearly the obvious stupidity of such a parser.\n"  # 1
        "\n"
        "As far as parsers go, the undoubted \"pope\" was the old one.\n"  # 3
        "\n"
        "There are many parsers; the obvious ones are optparse and argparse.\n"  # 5
        "\n"
        "So the obvious question becomes one of why we parse at all.\n"  # 7
        "\n"
        "Save for the obvious fact that both parse, they differ.\n"  # 9
        "\n"
        "You can be assured that the new parser is faster than the old one.\n"  # 11
        "\n"
        "Protection can be assured to guarantee adequate pay.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 33, "HC102", "info"), (3, 27, "HC102", "info"), (11, 1, "HC102", "warning")]


def test_twentieth_session_a_group_the_writer_joins():
    """Issue 11, twentieth session: "Like most Canadians, I believe", "because like most people,
    I refuse": the writer speaks for a group nobody counted (peoples.like_most); a group of
    users or developers at info, as for every group of the audience. Not "Like many of you, I"
    (the audience), "Like many others, he" (a third person), "Like most Canadians, our" (a
    comparison of lives), "I like most people" (the verb)."""
    text = (
        "Like most Canadians, I believe the mill should stay open.\n"  # 1
        "\n"
        "We came because like most people, I refuse to give up.\n"  # 3
        "\n"
        "Like many developers, we use the old parser.\n"  # 5
        "\n"
        "Like many of you, I watched the vote.\n"  # 7
        "\n"
        "Like many others, he had to work long hours.\n"  # 9
        "\n"
        "Like most Canadians, our life changed that year.\n"  # 11
        "\n"
        "I like most people, I think.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 1, "HC101", "warning"), (3, 17, "HC101", "warning"), (5, 1, "HC101", "info")]


def test_twentieth_session_perception_in_the_perfect_with_its_adverb_before_been():
    """Issue 11, twentieth session: "has long been seen as lacking" holds its adverb of how many
    between "has" and "been" (as "is long seen as" holds it after "is"); "has been seen as
    lacking" without one stays unflagged (a perception verb needs the adverb, or "as" + an
    article)."""
    text = (
        "Office software has long been seen as lacking.\n"  # 1
        "\n"
        "The mill has often been regarded as too small.\n"  # 3
        "\n"
        "Office software has been seen as lacking.\n"  # 5
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 17, "HC101"), (3, 10, "HC101")]


def test_twentieth_session_sources_known_by_their_standing():
    """Issue 11, twentieth session: a word of standing others grant, before a noun of expertise
    or leadership ("Learn from the recognised experts", "Top business leaders support the plan",
    "statements by well-known scientists"): reputation.reputed_experts. Not inside a ranking
    ("one of the most respected leaders", "the world leading experts": SL101's), not with the
    name right after ("the leading expert Jane Roe"), not "distinguished" (an address's
    courtesy); "Top experts say" stays the group claim it was."""
    text = (
        "Learn from the recognised experts in milling.\n"  # 1
        "\n"
        "Top business leaders support the plan.\n"  # 3
        "\n"
        "Recent statements by well-known scientists alarmed the town.\n"  # 5
        "\n"
        "We welcome one of the most respected leaders of the guild.\n"  # 7
        "\n"
        "We are the world leading experts in milling.\n"  # 9
        "\n"
        "The mill hired the leading expert Jane Roe.\n"  # 11
        "\n"
        "I thank our distinguished guest speakers.\n"  # 13
        "\n"
        "Top experts say the plan works.\n"  # 15
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 16, "HC101"), (3, 1, "HC101"), (5, 22, "HC101"), (15, 1, "HC101")]
    assert [d.message.split('"')[1] for d in run(text) if d.code == "HC101"] == [
        "recognised experts", "Top business leaders", "well-known scientists", "Top experts say",
    ]


def test_twentieth_session_sources_are_never_a_name():
    """Issue 11, twentieth session: "sources" hide who speaks whatever body stands before them
    ("Harbor police sources tell", "Industry sources are now estimating") and when they are the
    writer's own ("Our sources say", not answered by a name the sentence reports on); with "tell",
    "estimate", and "provided", "leaked", "gave" a document (attribution.find). Not a verb further
    on, a passive, "the source provided" (a program's input), nor sources with no verb."""
    text = (
        "Our sources say Dana Reyes closed the mill.\n"  # 1
        "\n"
        "Harbor police sources tell the Gazette the mill closed.\n"  # 3
        "\n"
        "Industry sources are now estimating that half the mills will close.\n"  # 5
        "\n"
        "A union source provided to Reuters a memo about the mill.\n"  # 7
        "\n"
        "Without portable sources of power everything I am about to tell you fails.\n"  # 9
        "\n"
        "Sources are estimated at startup.\n"  # 11
        "\n"
        "The parser returns the content for the source provided.\n"  # 13
        "\n"
        "Our sources are on GitHub.\n"  # 15
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC101", "warning"),
        (3, 1, "HC101", "warning"),
        (5, 1, "HC101", "warning"),
        (7, 1, "HC101", "warning"),
    ]


def test_twentieth_session_technical_writing_drops_two_booster_shapes():
    """Issue 11, twentieth session: in technical writing (``Document.technical``, computing words
    in the prose) "in reality" contrasts how a thing looks with how it works, and a sentence that
    opens on a booster answered by a turn in the next one concedes: neither is reported. The same
    sentences in other prose stay info; other boosters in technical writing are untouched."""
    prose = (
        "In reality, the cache is rebuilt on every start.\n"
        "\n"
        "Unquestionably the old parser did some things well. But the price was high.\n"
        "\n"
        "The new parser is certainly faster than the old one.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(prose) if d.code != "HC104"]
    # boost32: warnings outside technical writing: plain "we know", "I know", an opening
    # sentence adverb, "surely" before a modal, an opening "In truth" / "In reality"
    assert got == [(1, 1, "HC102", "warning"), (3, 1, "HC102", "info"), (5, 19, "HC102", "warning")]
    technical = "Install the package, then edit the configuration file before the first run.\n\n" + prose
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code != "HC104"]
    assert got == [(7, 19, "HC102", "warning")]


def test_twenty_first_session_writers_own_work_in_technical_writing():
    """Issue 11, twenty-first session: in technical writing an info booster followed, in its
    clause, by the writers themselves ("we", "I", "our", "let's") vouches for their own work,
    plans or feelings (the sets' D4, G1, Z1): not reported. Not past a comma and "and" (another
    clause), not "us" (an object: "lets us do"), not a warning ("is certainly faster"); in other
    prose the same sentences stay info."""
    prose = (
        "Obviously, that was something we really liked.\n"
        "\n"
        "In fact, let's do that.\n"
        "\n"
        "In fact, the parser is rebuilt on every start, and we do not want to change that.\n"
        "\n"
        "In fact, the parser lets us do unsafe things.\n"
        "\n"
        "The new parser is certainly faster than the one we had.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(prose) if d.code != "HC104"]
    # boost32: warnings outside technical writing: plain "we know", "I know", an opening
    # sentence adverb, "surely" before a modal, an opening "In truth" / "In reality"
    # an opening "In fact" outside technical writing: a warning since the fiftieth session (fact_opening, boostrec50)
    assert got == [
        (1, 1, "HC102", "warning"),
        (3, 1, "HC102", "warning"),
        (5, 1, "HC102", "warning"),
        (7, 1, "HC102", "warning"),
        (9, 19, "HC102", "warning"),
    ]
    technical = "Install the package, then edit the configuration file before the first run.\n\n" + prose
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code != "HC104"]
    assert got == [(7, 1, "HC102", "info"), (9, 1, "HC102", "info"), (11, 19, "HC102", "warning")]


def test_twenty_first_session_booster_on_a_name_explained():
    """Issue 11, twenty-first session: a booster whose clause goes on to say what a word or a
    name means or stands for certifies a definition, not a claim: not reported, in any prose.
    Not when the naming is in another clause (past a semicolon), nor "would later be called"
    (no form of "be" right before "called": a claim about what followed)."""
    text = (
        "The tool is, in fact, an abbreviation of Debian Package.\n"
        "\n"
        "It follows of course that in bisect parlance, such commits are called bad.\n"
        "\n"
        "Indeed, this is the reason for the naming of the modules.\n"
        "\n"
        "Needless to say, what is commonly called a cache is not a cache at all.\n"
        "\n"
        "The tool is certainly slow; its name stands for nothing.\n"
        "\n"
        "In fact, many of his ideas are what would later be called syndicalism.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    # line 11 opened on "Indeed," until the sixtieth session, which stopped reporting that
    # opener at info (connective_indeed); "In fact" keeps the line a finding
    assert got == [(9, 13, "HC102", "warning"), (11, 1, "HC102", "info")]


def test_twenty_first_session_a_side_is_no_body():
    """Issue 11, twenty-first session: a side, a nation or the government in power known by its
    adjective or initials names no body speaking through its office ("Palestinian officials said",
    "Local Afghan commanders say", "US officials say", "Administration officials said": RULES 4,
    auger-docs' S13), and witnesses, eyewitnesses, investigators and medics are unnamed sources
    like officials (attribution.find). Not a named body ("Pentagon officials", "Jenin hospital
    officials"), not a side's own position ("claim") or plan ("will"), nor a side's sources
    answered by a name the sentence reports on ("US and Israeli sources said" is not)."""
    text = (
        "The mill closed on Monday, Palestinian officials said.\n"  # 1
        "\n"
        "Local Afghan commanders say the militants have left the valley.\n"  # 3
        "\n"
        "US officials say they are still unsure whether the mill closed.\n"  # 5
        "\n"
        "Administration officials said the plan was floated and rejected.\n"  # 7
        "\n"
        "Some children were hurt when the roof gave way, witnesses said.\n"  # 9
        "\n"
        "Eyewitnesses report seeing the roof fall.\n"  # 11
        "\n"
        "Investigators say the fire began in the kitchen.\n"  # 13
        "\n"
        "Dana Reyes has told the union she will stay, US and Israeli sources said.\n"  # 15
        "\n"
        "The mill closed on Monday, Pentagon officials said.\n"  # 17
        "\n"
        "According to Jenin hospital officials, the mill closed on Monday.\n"  # 19
        "\n"
        "Israeli officials claim the mill is illegal.\n"  # 21
        "\n"
        "The mill will close in August, Russian and Iranian officials said.\n"  # 23
        "\n"
        "Two witnesses and a lawyer waited outside.\n"  # 25
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 28, "HC101", "warning"),
        (3, 1, "HC101", "warning"),
        (5, 1, "HC101", "warning"),
        (7, 1, "HC101", "warning"),
        (9, 49, "HC101", "warning"),
        (11, 1, "HC101", "warning"),
        (13, 1, "HC101", "warning"),
        (15, 53, "HC101", "warning"),
    ]


def test_twenty_first_session_builders_report():
    """Issue 11, twenty-first session: the people who build with a program report a fact nobody
    names, as users do ("Developers report that ...", "Systems designers report success"); not
    filing a report, nor under a condition."""
    text = (
        "Developers report that Harbor is often faster than the old parser.\n"  # 1
        "\n"
        "Systems designers report success using Harbor on servers.\n"  # 3
        "\n"
        "Developers report bugs on GitHub.\n"  # 5
        "\n"
        "If developers report a crash, we fix it first.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 1, "HC101", "warning"), (3, 9, "HC101", "warning")]


def test_twenty_first_session_the_next_speaker_is_no_source():
    """Issue 11, twenty-first session (task "answered"): a lead stays unresolved when the next
    sentence's speaker is a person the lead itself names (they answer the claim), or a quoted
    person given no role or affiliation there or earlier in the story (a person in the story); a
    speaker with a role, an affiliation, or one introduced with a role before, still resolves it."""
    text = (
        "Officials say that the new barriers will keep the crowd safe. \"We came all the way from Ohio,\" said Jose Ramirez, who was in town with his family.\n"  # 1
        "\n"
        "The film ignores Lee's past, and the omission has drawn widespread condemnation. \"I was a young man,\" said Lee.\n"  # 3
        "\n"
        "The board has come under criticism since Senator Ann Moss suggested it was biased. Moss later said she had not meant it.\n"  # 5
        "\n"
        "Analysts said the mill will close in May. \"The owners have run out of money,\" said Dana Reyes of Acme Research.\n"  # 7
        "\n"
        "Some experts believe the mill is doomed. \"Nobody expects it to last,\" said Sam Ortiz, a labour law expert.\n"  # 9
        "\n"
        "Paul Green, a senior fellow at Acme, spoke first. Some analysts say the mill will close. \"Both sides want calm,\" Green said.\n"  # 11
        "\n"
        "The mill has reportedly closed. A spokesman told Radio North that it shut on Monday.\n"  # 13
        "\n"
        "The town has grown tense, according to analysts and activists. \"We are rats in a lab,\" says Azza, over a cup of tea.\n"  # 15
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 1, "HC101", "warning"),
        (3, 57, "HC101", "warning"),
        (5, 15, "HC101", "warning"),
        (15, 27, "HC101", "warning"),
    ]


def test_twenty_second_session_of_course_at_the_edge_in_technical_writing():
    """Issue 11, twenty-second session: in technical writing "of course" opening a sentence, or
    closing it after a comma, grants a caveat, a drawback or another way: not reported. Not "And,
    of course," (an item the writer adds and insists on), not inside the clause (not reported
    either since the twenty-sixth session: of_course_inside), not a short
    answer ("Of course it works!", three words or fewer after it), not a closing "of course" with
    no comma; in other prose every one of them stays info."""
    prose = (
        "Of course, this switches off every warning, even the useful ones.\n"  # 1
        "\n"
        "There are many ways to lay out a project, of course.\n"  # 3
        "\n"
        "And, of course, dynamic maps go out of date more slowly.\n"  # 5
        "\n"
        "The simplest request is, of course, a plain address.\n"  # 7
        "\n"
        "Of course it works!\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(prose) if d.code != "HC104"]
    # "And, of course," and "is, of course," are warnings since the fortieth session (tier40:
    # hedging._and_of_course, _set_off_of_course)
    assert got == [
        (1, 1, "HC102", "info"),
        (3, 43, "HC102", "info"),
        (5, 6, "HC102", "warning"),
        (7, 26, "HC102", "warning"),
        (9, 1, "HC102", "info"),
    ]
    technical = "Install the package, then edit the configuration file before the first run.\n\n" + prose
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code != "HC104"]
    # line 9, "The simplest request is, of course, a plain address": "of course" inside the
    # sentence, not reported there since the twenty-sixth session (of_course_inside)
    assert got == [(7, 6, "HC102", "warning"), (11, 1, "HC102", "info")]


def test_twenty_second_session_and_in_fact_inside_the_sentence_in_technical_writing():
    """Issue 11, twenty-second session: in technical writing "and in fact" joining a second clause
    inside the sentence goes on from the ground the clause before gives: not reported. Not "And in
    fact" opening the sentence; in other prose it stays info. "and indeed" was info here until the
    fortieth session, and is not reported since in any prose (booster_clauses.indeed_adds)."""
    prose = (
        "It is easy to pair the parser with a cache, and in fact the default build does this.\n"  # 1
        "\n"
        "And in fact, the parser is rebuilt on every start.\n"  # 3
        "\n"
        "The parser is small, and indeed it starts at once.\n"  # 5
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(prose) if d.code != "HC104"]
    assert got == [(1, 49, "HC102", "info"), (3, 5, "HC102", "info")]
    technical = "Install the package, then edit the configuration file before the first run.\n\n" + prose
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code != "HC104"]
    assert got == [(5, 5, "HC102", "info")]


def test_twenty_sixth_session_indeed_inside_and_bare_clearly_in_technical_writing():
    """Issue 11, twenty-sixth session (boost26): in technical writing "indeed" inside the sentence
    (adding a point, confirming what the text told, raising a degree) and the bare adverb
    "clearly" inside it are the writer's emphasis on the ground around them: not reported
    (booster_clauses.indeed_inside, and docs26's clearly_inside). "indeed" closing its clause after the noun it
    stresses ("little comfort indeed."), "and indeed" (test above), "Clearly" opening
    the sentence and "It is clear that" stay ("Indeed," opening it is not reported at info since
    the sixtieth session: connective_indeed); in other prose every one stays as it was ("is clearly
    the wrong place" a warning there since the thirty-eighth session: clearly_predicated)."""
    prose = (
        "The garden is small; indeed, it fits in one yard.\n"  # 1
        "\n"
        "The old bridge is indeed the longest one here.\n"  # 3
        "\n"
        "That is little comfort indeed.\n"  # 5
        "\n"
        "Indeed, the bridge is painted every spring.\n"  # 7
        "\n"
        "The bridge is clearly the wrong place for a market.\n"  # 9
        "\n"
        "Clearly, the fair can be moved for one summer.\n"  # 11
        "\n"
        "It is clear that the bridge is the wrong place.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(prose) if d.code != "HC104"]
    assert got == [
        (1, 22, "HC102", "info"),
        (3, 19, "HC102", "warning"),  # "is indeed": a warning since the fortieth session (_indeed_after_copula)
        (5, 24, "HC102", "info"),
        (9, 15, "HC102", "warning"),
        (11, 1, "HC102", "info"),
        (13, 1, "HC102", "warning"),
    ]
    technical = "Install the package, then edit the configuration file before the first run.\n\n" + prose
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code != "HC104"]
    # line 11, "clearly" inside the sentence with no ranking after it: not reported either
    # (docs26's clearly_inside); line 13, "Clearly" opening it: still info
    assert got == [(7, 24, "HC102", "info"), (13, 1, "HC102", "info"), (15, 1, "HC102", "warning")]


def test_twenty_sixth_session_of_course_inside_the_sentence_in_technical_writing():
    """Issue 11, twenty-sixth session (boost26): in technical writing "of course" past the
    sentence's first word and not after "and" marks what the reader is taken to know from the text,
    a punchline or an exception granted: not reported (booster_clauses.of_course_inside). "And of
    course" opening the sentence and "and of course" adding a list's last item stay; in other
    prose every one stays at info."""
    prose = (
        "The other half of the table was of course the low half.\n"  # 1
        "\n"
        "The bells were, of course, made of tin.\n"  # 3
        "\n"
        "Except, of course, for the last one.\n"  # 5
        "\n"
        "And of course the fair is open to everyone.\n"  # 7
        "\n"
        "The town has a bakery, a mill and of course a fine market.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(prose) if d.code != "HC104"]
    assert got == [
        (1, 33, "HC102", "info"),
        (3, 17, "HC102", "warning"),  # "were, of course,": a warning since the fortieth session (_set_off_of_course)
        (5, 9, "HC102", "info"),
        (7, 5, "HC102", "warning"),  # "And of course" opening: a warning since the fifty-sixth session (_and_of_course_opening)
        (9, 35, "HC102", "info"),
    ]
    technical = "Install the package, then edit the configuration file before the first run.\n\n" + prose
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code != "HC104"]
    assert got == [(9, 5, "HC102", "warning"), (11, 35, "HC102", "info")]


def test_twenty_second_session_news_passives():
    """Issue 11, twenty-second session: outside technical writing a report in the passive with
    nobody reporting is found before "to be" and anything after it ("is said to be at a meeting",
    "is now thought to be in Rome"), and in its reduced form after a comma ("fighters, believed
    to be still at large"): news_passives. Not inside a quotation, not when the sentence names
    its source, not after "it"."""
    text = (
        "The mayor is said to be at a meeting in the capital.\n"  # 1
        "\n"
        "He is now thought to be in Rome.\n"  # 3
        "\n"
        "One of the injured was said to be in serious condition.\n"  # 5
        "\n"
        "Some 500 fighters, believed to be still at large, are sought.\n"  # 7
        "\n"
        "The attackers, understood to be former soldiers, fired at the guards.\n"  # 9
        "\n"
        "The storm hit the town, and it, thought to be the worst in years, passed.\n"  # 11
        "\n"
        "The mayor is said to be in Rome, the Harbor Times reported.\n"  # 13
        "\n"
        '"The driver, believed to be a local man, fled," the mayor said.\n'  # 15
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 11, "HC101", "warning"),
        (3, 4, "HC101", "warning"),
        (5, 20, "HC101", "warning"),
        (7, 20, "HC101", "warning"),
        (9, 16, "HC101", "warning"),
    ]


def test_twenty_second_session_news_passives_not_in_documentation():
    """In technical writing "is said to be in heap order" defines a term (the benchmark corpus's
    "is said to be in the tab ring"): news_passives reads the genre (Document.technical) and
    leaves it, as reputation.said_to does."""
    text = (
        "A tree is said to be in heap order when each parent is smaller than its children. "
        "The function reads the file, and the module's install command runs the package's test "
        "code on the server; the version of the library, believed to be stable, is the default.\n"
    )
    assert [d for d in run(text) if d.code == "HC101"] == []


def test_twenty_third_session_news_forecasts_and_perceptions():
    """Issue 11, twenty-third session (news23): outside technical writing a forecast credited to
    nobody ("is expected to", one adverb on either side of it) and a perception in the passive with
    no adverb of how many ("is regarded as crucial") are found: news_passives. Not the subject's
    own obligation ("We were expected to"), not after a modal, not with the judges named after
    "by", not when the sentence names its source, not inside a quotation."""
    text = (
        "The inquiry is expected to be finished by the end of next year.\n"  # 1
        "\n"
        "The talks are not expected to again stall before the vote.\n"  # 3
        "\n"
        "The vote is regarded as crucial for the coalition.\n"  # 5
        "\n"
        "We were expected to fill old shoes.\n"  # 7
        "\n"
        "The vote will be regarded as a test of the coalition.\n"  # 9
        "\n"
        "The vote is regarded as a test by Harbor Times editors.\n"  # 11
        "\n"
        "The inquiry is expected to close in June, the Harbor Times reported.\n"  # 13
        "\n"
        '"The inquiry is expected to close in June," the mayor said.\n'  # 15
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 13, "HC101", "warning"),
        (3, 11, "HC101", "warning"),
        (5, 10, "HC101", "warning"),
    ]
    assert "does not say who expects it" in [d.message for d in run(text)][0]


def test_twenty_third_session_news_forecasts_not_in_documentation():
    """In technical writing "is expected to return" states an interface's contract and "are
    regarded as a path" how a tool reads its input: news_passives reads the genre
    (Document.technical) and leaves both."""
    text = (
        "The callback is expected to return a promise, and the module's install command runs the "
        "package's test code on the server. Arguments after the flag are regarded as file names "
        "by the parser, and the function reads the configuration file.\n"
    )
    assert [d for d in run(text) if d.code == "HC101"] == []


def test_twenty_second_session_booster_after_a_pointer_to_the_ground_just_given():
    """Issue 11, twenty-second session (w-docprec22b): a sentence that opens by pointing at the
    ground the text has just given ("In other words", "From the above diagram", "This means")
    rests its certainty on that ground: the booster in the clause it opens is not reported, in any
    genre. Not after a turn or a semicolon inside the sentence, not "So" (a conclusion drawn,
    right as often as wrong), not "From" and a ground outside the text."""
    prose = (
        "The worker reads the queue once.\n"  # 1
        "\n"
        "In other words, the cache is definitely not shared between workers.\n"  # 3
        "\n"
        "From the above diagram and discussion, it is obvious that the parser is slow.\n"  # 5
        "\n"
        "And this means the parser is certainly the slow part.\n"  # 7
        "\n"
        "In other words, the cache is small, but it is definitely the fastest part.\n"  # 9
        "\n"
        "In other words, the cache is small; it is definitely the fastest part.\n"  # 11
        "\n"
        "So the cache is definitely not shared between workers.\n"  # 13
        "\n"
        "From the early adoption figures it is obvious that the parser is slow.\n"  # 15
    )
    got = [(d.line, d.col, d.code) for d in run(prose) if d.code == "HC102"]
    assert got == [(9, 47, "HC102"), (11, 43, "HC102"), (13, 17, "HC102"), (15, 33, "HC102")]


def test_twenty_third_session_surely_calling_on_us():
    """Issue 11, twenty-third session (addr23; hone-docs' S20): "surely" + "we" (or "those of us")
    + a modal of ability or duty + a verb of doing or feeling calls on the speaker and the
    listeners, and is not reported. Assent and perception ("agree", "see") take a claim and stay
    findings, as does any verb before "that"; so do a forecast ("will") and another subject."""
    text = (
        "We differ on the budget. But surely we can understand a father who fears for his son.\n"  # 1
        "\n"
        "Surely those of us who stay at home should be glad to help the volunteers.\n"  # 3
        "\n"
        "Surely we can try harder to fix the roads.\n"  # 5
        "\n"
        "But surely we can agree that the right to vote is sacred.\n"  # 7
        "\n"
        "And surely we can all see something of ourselves in the young student.\n"  # 9
        "\n"
        "Surely we can understand that the old roads are failing.\n"  # 11
        "\n"
        "Surely we will win the vote on the roads.\n"  # 13
        "\n"
        "Surely they can repair the roads by spring.\n"  # 15
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(7, 5, "HC102"), (9, 5, "HC102"), (11, 1, "HC102"), (13, 1, "HC102"), (15, 1, "HC102")]


def test_twenty_third_session_knowledge_declared_certain():
    """Issue 11, twenty-third session (addr23): "know with (absolute) certainty" and "know (this)
    to be true" in the speaker's voice or everyone's (certain_knowledge). Not negated, not after a
    modal or "to", not a third person's knowledge, not a question, not "know for sure"."""
    text = (
        "We know with certainty that the attacks were only the beginning.\n"  # 1
        "\n"
        "Everyone in this room knows this to be true, yet nobody acts.\n"  # 3
        "\n"
        "The town still holds what we still know to be true: that we are one people.\n"  # 5
        "\n"
        "The one thing I know with absolute certainty is that a crisis will come.\n"  # 7
        "\n"
        "We do not know with certainty where the blocks begin.\n"  # 9
        "\n"
        "No one can know with certainty what comes next.\n"  # 11
        "\n"
        "It is hard to know with certainty which parser is faster.\n"  # 13
        "\n"
        "He knows this to be true.\n"  # 15
        "\n"
        "Do we know with certainty that the parser is faster?\n"  # 17
        "\n"
        "Not everyone knows this to be true.\n"  # 19
        "\n"
        "But we do know for sure that we can choose what we do.\n"  # 21
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 4, "HC102"), (3, 23, "HC102"), (5, 36, "HC102"), (7, 17, "HC102")]
    quoted = [d.message.split('"')[1] for d in run(text) if d.code == "HC102"]
    assert quoted == ["know with certainty", "knows this to be true", "know to be true", "know with absolute certainty"]


def test_twenty_third_session_there_is_no_question():
    """Issue 11, twenty-third session (addr23): "there is no question" (and "there's", "there
    was", "there can be") before its claim is a booster, beside "beyond question"; not the plain
    noun ("no question mark", "no question to answer", "no question left")."""
    text = (
        "There's no question that some of the old rules are outdated.\n"  # 1
        "\n"
        "He left at once, and there was no question that he was talking about the bullets.\n"  # 3
        "\n"
        "There is no question as to just what is available.\n"  # 5
        "\n"
        "There is no question mark after the title of a section.\n"  # 7
        "\n"
        "When there is no question to answer, the bot closes the issue.\n"  # 9
        "\n"
        "There was no question left in the tracker after the release.\n"  # 11
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 1, "HC102"), (3, 22, "HC102"), (5, 1, "HC102")]


def test_twenty_third_session_a_peoples_part_wants_or_supports():
    """A counted part of a people that wants or backs something ("most Canadians support the
    plan", "some Republicans want the fee to lapse", "some of my Republican friends want"):
    peoples.wishes; not after a plural that is no people ("Some projects want", "Most
    browsers support"), nor a project's users ("Some Debian users want")."""
    text = (
        "The mayor and, I believe, most Canadians support the plan.\n"
        "\n"
        "That's what most Americans want: a bridge that stays open.\n"
        "\n"
        "Instead, some Republicans want the fee to lapse.\n"
        "\n"
        "Some of my Republican friends want to close the mill.\n"
        "\n"
        "Some projects want to keep a linear history.\n"
        "\n"
        "Most browsers support WebP.\n"
        "\n"
        "Some Debian users want a newer kernel.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 27, "HC101", "warning"),
        (3, 13, "HC101", "warning"),
        (5, 10, "HC101", "warning"),
        (7, 1, "HC101", "warning"),
    ]


def test_twenty_fourth_session_speakers_knowledge():
    """Issue 11, twenty-fourth session (boost24; speakers_knowledge): "I know" opening a clause
    before a claim about others, at info, outside technical writing. Not sympathy or a jibe at
    the listeners ("I know you're tired", "each of you"), not a pledge or a concession (a pronoun
    and a modal after "know", a turn in the next sentence or the one after a second "I know"),
    not acquaintance or a thing known, not others' view brought in ("people here who say"), not
    with its ground ("because"), not inside another clause."""
    text = (
        "And I know that the people of this city are not interested in old quarrels.\n"  # 1
        "\n"
        "The roads are old, because I know there is simply nothing beyond our reach.\n"  # 3
        "\n"
        "I also know this problem is not going away.\n"  # 5
        "\n"
        "I know you're tired and angry.\n"  # 7
        "\n"
        "I know that each of you will welcome the news.\n"  # 9
        "\n"
        "I know we can.\n"  # 11
        "\n"
        "I know it will be difficult to mend the roads this year.\n"  # 13
        "\n"
        "I know the story of this town.\n"  # 15
        "\n"
        "I know there are people here who say the roads are fine.\n"  # 17
        "\n"
        "I know that the mayor is honest because I have watched him for years.\n"  # 19
        "\n"
        "That is the town I know.\n"  # 21
        "\n"
        "I know that the vote will be close. I know it will take time. But let us begin.\n"  # 23
        "\n"
        "Do you think I know that the vote is lost?\n"  # 25
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    # boost32: warnings outside technical writing: plain "we know", "I know", an opening
    # sentence adverb, "surely" before a modal, an opening "In truth" / "In reality"
    assert got == [(1, 5, "HC102", "warning"), (3, 28, "HC102", "warning"), (5, 1, "HC102", "warning")]
    quoted = [d.message.split('"')[1] for d in run(text) if d.code == "HC102"]
    assert quoted == ["I know", "I know", "I also know"]


def test_twenty_fifth_session_speakers_knowledge_grants_a_hardship_or_dissent():
    """Issue 11, twenty-fifth session (boost25; speakers_knowledge): "I know" before a hardship
    felt or a dissent granted is sympathy or a concession, whether or not a turn follows in the
    next sentence ("distress" past the view window, "differences", "opposition", "hard times");
    a claim with neither is still reported, and "hard" alone grants nothing."""
    text = (
        "I know that tonight, in some towns of our state, families are in real economic distress. And I hear them.\n"  # 1
        "\n"
        "I know there are differences among us about the new tax. So tonight I ask for a study.\n"  # 3
        "\n"
        "I know there is opposition to the new bridge. I have listened carefully.\n"  # 5
        "\n"
        "And I know we're in hard times. We will come through them.\n"  # 7
        "\n"
        "I know the past year has been gut-wrenching for the farmers.\n"  # 9
        "\n"
        "I know that the council is eager to pass the bill.\n"  # 11
        "\n"
        "I know that hard work pays off in this town.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    # boost32: warnings outside technical writing: plain "we know", "I know", an opening
    # sentence adverb, "surely" before a modal, an opening "In truth" / "In reality"
    assert got == [(11, 1, "HC102", "warning"), (13, 1, "HC102", "warning")]


def test_twenty_fifth_session_of_course_before_a_turn():
    """Issue 11, twenty-fifth session (boost25; booster_clauses.of_course_before_turn): "of
    course" anywhere in a sentence whose next sentence in the paragraph opens on a turn grants a
    point before answering it: not reported, in any genre. A turn opening the next paragraph
    answers that paragraph; another booster before a turn stays info."""
    text = (
        "The cost of the new road is important, of course. But the safety of our children matters more.\n"  # 1
        "\n"
        "Not every town, of course, has a road to the coast. But for those which do, trade grows.\n"  # 3
        "\n"
        "The old mill will, of course, close this winter.\n"  # 5
        "\n"
        "But the new one opens in spring.\n"  # 7
        "\n"
        "Obviously the bridge is old. But it still carries the trains.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(5, 20, "HC102", "info"), (9, 1, "HC102", "info")]


def test_twenty_fifth_session_booster_set_off_inside_a_condition():
    """Issue 11, twenty-fifth session (boost25; booster_clauses.set_off_in_verb): a booster set
    off by commas right after an auxiliary interrupts the verb of its clause, so a condition
    that opened the clause still holds it: not reported. Set off after a pronoun the booster
    opens the main clause and is; outside a condition it is reported as before."""
    text = (
        "Thank you all for coming tonight to this hall and to this meeting of ours.\n"  # 1
        "\n"
        "If they had, in fact, invested in the mill, the town would be richer.\n"  # 3
        "\n"
        "If you build it, of course, they will come to the fair.\n"  # 5
        "\n"
        "The plan is, in fact, sound.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(5, 18, "HC102", "info"), (7, 14, "HC102", "warning")]


def test_twenty_fifth_session_nor_negates_a_booster():
    """Issue 11, twenty-fifth session (boost25; hedging._nor_inverted): "nor" and an inverted
    auxiliary before a booster negate it as "not" does: not reported."""
    text = (
        "Thank you all for coming tonight to this hall and to this meeting of ours.\n"  # 1
        "\n"
        "The old rules are not fun to read, nor do we all know how the other councils behave.\n"  # 3
        "\n"
        "The old rules are dull, and we all know that the council ignores them.\n"  # 5
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(5, 29, "HC102", "warning")]


def test_twenty_fifth_session_knowledge_announced_before_a_colon():
    """Issue 11, twenty-fifth session (boost25; speakers_knowledge.announced): the speaker names
    what he knows as "this" (or "one thing", "something") and gives it after a colon, a claim on
    his word alone; "This we do know:" with the thing known fronted. Not when the speaker's own
    choice or pledge follows the colon ("I" opening it, a pronoun and a modal)."""
    text = (
        "Thank you all for coming tonight to this hall and to this meeting of ours.\n"  # 1
        "\n"
        "But I also know this: Because of the work we have done, the town is moving forward.\n"  # 3
        "\n"
        "And I know this about the people of this town: We welcome competition.\n"  # 5
        "\n"
        "This we do know: Our cause is just.\n"  # 7
        "\n"
        "But I know one thing: I would never build the bridge in wood.\n"  # 9
        "\n"
        "But I know something else: This will not stand.\n"  # 11
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    # boost32: warnings outside technical writing: plain "we know", "I know", an opening
    # sentence adverb, "surely" before a modal, an opening "In truth" / "In reality"
    assert got == [(3, 5, "HC102", "warning"), (5, 5, "HC102", "warning"), (7, 6, "HC102", "warning")]


def test_twenty_fifth_session_readers_knowledge_with_no_claim_after():
    """Issue 11, twenty-fifth session (boost25; speakers_knowledge.no_claim_after read after
    "you know"): the clause tests of the speaker's "I know" apply to "you know": the speaker's
    own ability or pledge (a pronoun and a modal), a view ("I believe"), a reason given
    ("because"), the reader's own state ("you're"). A claim after "you know" is still reported."""
    text = (
        "Thank you all for coming tonight to this hall and to this meeting of ours.\n"  # 1
        "\n"
        "You know that I could hold the whole plan in my hand.\n"  # 3
        "\n"
        "All of you know I believe we were right to build it.\n"  # 5
        "\n"
        "You know they're farmers because their hands are rough.\n"  # 7
        "\n"
        "Shop only at times you know you're at your strongest.\n"  # 9
        "\n"
        "You know the new bridge will carry the trains for a century.\n"  # 11
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(11, 1, "HC102")]


def test_twenty_fourth_session_speakers_knowledge_not_in_technical_writing():
    """In technical writing "I know" is the writer's reasoning about what is in front of him."""
    text = (
        "Install the package and run the command on the file.\n"
        "\n"
        "I know that the cache is stale when the version changes.\n"
        "\n"
        "The code reads the database and the config file for each user.\n"
    )
    assert [d for d in run(text) if d.code == "HC102"] == []


def test_twenty_fourth_session_indeed_raising_a_degree():
    """Issue 11, twenty-fourth session (boost24): a postposed "indeed" after an adjective that a
    degree adverb or a linking verb marks ("very hard indeed", "seemed feeble indeed") raises the
    degree and is not reported; after a noun it insists on the judgement and is, at info."""
    text = (
        "Saying that you were wrong is sometimes very hard indeed.\n"  # 1
        "\n"
        "Beside the big papers, our first issues seemed feeble indeed.\n"  # 3
        "\n"
        "Thus, the river plays a very important role indeed.\n"  # 5
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(5, 45, "HC102", "info")]


def test_twenty_fourth_session_as_you_all_know():
    """Issue 11, twenty-fourth session (boost24): "as you all know" set off from the claim makes
    it the whole audience's knowledge (warning), like "as we all know"; plain "as you know" stays
    a nod to the reader."""
    text = (
        "The plant closed in March, as you all know.\n"  # 1
        "\n"
        "And, friends, as you all know, we used to be first in the world in bridges.\n"  # 3
        "\n"
        "As you know, the old bridge is free to cross.\n"  # 5
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 28, "HC102", "warning"), (3, 15, "HC102", "warning")]


def test_twenty_fourth_session_a_sentence_adverb_at_the_edge_in_technical_writing():
    """Issue 11, twenty-fourth session (task docs24): in technical writing a sentence adverb
    (``obviously``, ``undoubtedly``, ``without doubt`` ...) opening or closing the sentence signposts
    an inference from what the text has just given, concedes, or speaks of the writers' own work:
    not reported. Not an emphatic reply ("Definitely!" answering a question), not the adverb
    inside the clause; in other prose the edge stays info."""
    prose = (
        "Obviously, the parser needs more memory for this.\n"  # 1
        "\n"
        "Undoubtedly there are more ways to do it.\n"  # 3
        "\n"
        "The cache will grow with every entry, obviously.\n"  # 5
        "\n"
        "Does the parser keep comments? Definitely!\n"  # 7
        "\n"
        "The parser is certainly the slowest part.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(prose) if d.code != "HC104"]
    # boost32: warnings outside technical writing: plain "we know", "I know", an opening
    # sentence adverb, "surely" before a modal, an opening "In truth" / "In reality"
    assert got == [
        (1, 1, "HC102", "warning"),
        (3, 1, "HC102", "warning"),
        (5, 39, "HC102", "info"),
        (7, 32, "HC102", "warning"),
        (9, 15, "HC102", "warning"),
    ]
    technical = "Install the package, then edit the configuration file before the first run.\n\n" + prose
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code != "HC104"]
    assert got == [(9, 32, "HC102", "warning"), (11, 15, "HC102", "warning")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a group thought or said about something: a topic, no view (checks/group_topics.py)
        ("Other developers have thought about the problem; they may have ideas.\n", []),
        ("Fixing these issues inspired some thought about the parser in general.\n", []),
        ("Prestige is a measure of how other people think of you, well or ill.\n", []),
        ("They repeat what other developers have claimed about the format.\n", []),
        ("Many people think about that every day.\n", []),
        # a view follows: "as", "that", or no preposition at all
        ("Many developers think of the format as a toy.\n", [(1, 1)]),
        ("Some people think about it that the format is a toy.\n", [(1, 1)]),
        ("Some people say the format is a toy.\n", [(1, 1)]),
        ("Some critics warned about the format.\n", [(1, 1)]),
    ],
)
def test_twenty_fourth_session_a_groups_topic_is_no_view(text, expected):
    assert [(d.line, d.col) for d in run(text) if d.code == "HC101"] == expected


def test_twenty_fourth_session_a_crowds_view_foretold():
    """Issue 11, twenty-fourth session (hedge24): a counted part of a crowd, or anyone of a kind,
    whose view the writer foretells with a modal ("Most Canadians would call that common sense",
    "some in my own party will argue", "as any parent will tell you"): foreseen_views, outside
    documentation. Not "find" (a reader's possible experience), not "few" (a denial), not a
    deed ("will only accept payment"), not a crowd inside another phrase ("than some of his
    friends would"), not in a page with a block of code."""
    text = (
        "Most Canadians would call that common sense.\n"  # 1
        "\n"
        "Now, some in my own party will argue that we cannot pay.\n"  # 3
        "\n"
        "Prices rose, as any parent will tell you.\n"  # 5
        "\n"
        "Some voters may find that the plan is slow.\n"  # 7
        "\n"
        "Few serious thinkers would call it a plan.\n"  # 9
        "\n"
        "Most farmers will only accept payment in cash.\n"  # 11
        "\n"
        "It cost more than some of his friends would like.\n"  # 13
        "\n"
        "Most voters would probably say that it failed.\n"  # 15
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 1, "HC101", "warning"), (3, 6, "HC101", "warning"), (5, 17, "HC101", "warning"), (15, 1, "HC101", "warning")]
    docs = "Most Canadians would call that common sense.\n\n```sh\nmake\n```\n"
    assert [d for d in run(docs) if d.code == "HC101"] == []


def test_twenty_fourth_session_hearsay_from_a_crowd():
    """Issue 11, twenty-fourth session (hedge24): the writer passes on what a counted crowd says
    ("I heard from some folks", "I've heard some folks try to", "what I hear all the time from
    small-business owners"): informant.heard_from. Not "we hear from students" (the speakers
    follow, no quantity), not the stories heard from the people the text speaks for, not a word
    heard from one person."""
    text = (
        "That's what I heard from some folks.\n"  # 1
        "\n"
        "I also hear from many shop owners who want to hire.\n"  # 3
        "\n"
        "I've heard some folks try to dodge the evidence.\n"  # 5
        "\n"
        "You know what I hear all the time from small-business owners?\n"  # 7
        "\n"
        "We hear from students that the block hurt.\n"  # 9
        "\n"
        "These are the stories I've heard from farmers with sick herds.\n"  # 11
        "\n"
        "I heard one unkind word from his coach.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 13, "HC101", "warning"), (3, 1, "HC101", "warning"), (5, 1, "HC101", "warning"), (7, 10, "HC101", "warning")]


def test_twenty_fifth_session_views_held_by_those_who():
    """Issue 11, twenty-fifth session (hedge25): a view held by people known only by it ("those
    who say", "There are some who say", "there are people here who say", "there have been those
    who told us", "those of you who say", "those who worry that"), outside documentation, once a
    sentence (the two sides of one debate are one view left unsourced). Not
    "among those who" (a named person is one of them), not "believe" or "think" (the faithful,
    the surprised), not "told" without the writer or the reader as hearer, not a deed."""
    text = (
        "# The address\n"
        "\n"
        "We are past the debate between those who say the plan is dead and those who say it lives.\n"  # 3: once
        "\n"
        "There are some who say that growth must wait for the budget.\n"  # 5
        "\n"
        "I know there are people here who say there is no crisis.\n"  # 7
        "\n"
        "Each time, there have been those who told us to fear the future.\n"  # 9
        "\n"
        "To those of you who say the tax is fair, look at the bill.\n"  # 11
        "\n"
        "And to those who worry that we have lost our way, listen.\n"  # 13
        "\n"
        "We will not be fooled by those who now proclaim that the cuts hurt.\n"  # 15
        "\n"
        "Jane Roe is among those who say the cut will not be the last.\n"  # 17
        "\n"
        "He gives his peace to those who believe in his name.\n"  # 19
        "\n"
        "There are those in the town who would close the mill.\n"  # 21
        "\n"
        "The clerk thanked those who told him the way.\n"  # 23
        "\n"
        "Those who worry about money should read the report.\n"  # 25
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 32, "HC101"), (5, 1, "HC101"), (7, 8, "HC101"), (9, 12, "HC101"), (11, 4, "HC101"),
                   (13, 8, "HC101"), (15, 26, "HC101")]
    assert "does not say who holds this view" in next(d.message for d in run(text) if d.code == "HC101")


def test_forty_second_session_holders_as_a_party_of_the_sentence_are_info():
    """Issue 11, forty-second session (tier42, unnamed_holders.held_by_a_party): "those who" with no
    preposition before it is a party of the sentence, its subject or its verb's object ("Those who
    say this do not know America", "he corrected those who said"): info. After a preposition the
    speaker turns to the holders or answers them ("To those who say", "fooled by those who
    proclaim"), and "there are those who", "those of you who" stay warnings."""
    text = (
        "# The address\n"
        "\n"
        "Those who say this do not know the town.\n"  # 3: subject
        "\n"
        "The clerk corrected those who said the ferry was late.\n"  # 5: object
        "\n"
        "On the other hand, those who advocate a toll want the bridge closed.\n"  # 7
        "\n"
        "To those who say the toll is fair, look at the bill.\n"  # 9: after a preposition
        "\n"
        "There are those who say that the old spirit is dead.\n"  # 11
        "\n"
        "I tell you, those of you who say the plan is slow are wrong.\n"  # 13: the listeners
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 1, "HC101", "info"), (5, 21, "HC101", "info"), (7, 20, "HC101", "info"),
                   (9, 4, "HC101", "warning"), (11, 1, "HC101", "warning"), (13, 13, "HC101", "warning")]


def test_forty_third_session_they_say_heading_a_clause_is_info():
    """Issue 11, forty-third session (tier43, pronoun_sayers.heads_clause): "they say" with no mark
    after it heads the clause it reports, and "they" is most often the people just named ("Police
    say ... They say he had claimed", "though they say crucial areas ...", "a man they say is
    responsible"): info. Set off as an aside ("Life, they say, should be") it is the old weasel,
    a view handed to people at large: a warning."""
    text = (
        "The report came out.\n"
        "\n"
        "Police say the man was arrested. They say he had claimed the plant was closed.\n"  # 3
        "\n"
        "The bankers welcomed it, though they say crucial areas remain protected.\n"  # 5
        "\n"
        "Life, they say, should be regarded as sacred.\n"  # 7: an aside
        "\n"
        "How ironic, they say, that the town is more divided than ever.\n"  # 9: an aside
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 34, "HC101", "info"), (5, 33, "HC101", "info"),
                   (7, 7, "HC101", "warning"), (9, 13, "HC101", "warning")]


def test_twenty_fifth_session_no_holders_in_documentation():
    """A page with a block of code is documentation: "for those who say X, see Y" points the
    reader at a section, and is not read (news_passives.outside_documentation)."""
    text = (
        "# Install\n"
        "\n"
        "```sh\n"
        "pip install harbor\n"
        "```\n"
        "\n"
        "There are some who say that tabs are better; see the style section.\n"
    )
    assert [d for d in run(text) if d.code == "HC101"] == []


_CONTRACTIONS = ("won't", "can't", "didn't", "doesn't", "isn't", "wouldn't", "shouldn't", "hasn't", "mustn't", "couldn't")


@pytest.mark.parametrize("contraction", _CONTRACTIONS)
def test_a_curly_apostrophe_reads_as_a_straight_one(contraction):
    """hedge25: a curly apostrophe (U+2019) in the reported clause reads as the straight one, in
    every place of the hedging area that reads a contraction ("says the plant won’t close" is a
    reported clause, not an inverted speaker "the plant"): the same findings, in the same places,
    for a lead with an unnamed person, a vague group, a weasel answered or not by the next
    sentence, and a booster."""
    text = (
        f"A church leader says the plant {contraction} close.\n"
        "\n"
        f"The plant has reportedly shifted. A spokesman says the plant {contraction} close.\n"
        "\n"
        f"Two helicopters landed, an AFP journalist said. A church leader says the plant {contraction} close.\n"
        "\n"
        f"Of course the plant {contraction} close, says the minister.\n"
        "\n"
        f"Critics claim the mill {contraction} open, says the plant.\n"
    )
    straight = [(d.line, d.col, d.code) for d in run(text)]
    curly = [(d.line, d.col, d.code) for d in run(text.replace("'", "\u2019"))]
    assert curly == straight
    assert (1, 1, "HC101") in curly


def test_a_church_leader_with_a_curly_apostrophe():
    """The known case of the brief, both spellings: one finding on the unnamed person."""
    for text in ("A church leader says the plant won't close.\n", "A church leader says the plant won\u2019t close.\n"):
        assert [(d.line, d.col, d.code) for d in run(text) if d.code.startswith("HC")] == [(1, 1, "HC101")]


def test_twenty_fifth_session_nouns_of_a_doubting_disposition():
    """Issue 11, twenty-fifth session (hedge25): "pessimists", "doubters", "cynics", "naysayers"
    name a stance, nobody the reader could find, and speak as "critics" do; with "the" too ("the
    pundits have pointed out": not a party named before). And "would have us" or "would have you"
    with any verb after a one-word group ("The doubters would have us turn back the clock", "as
    some would have you believe"). Not without a verb of saying ("The cynics were wrong"), not a
    named person ("Jane Roe would have us roll back the rules"), not the writer ("We would have
    you know")."""
    text = (
        "Over the years, the pundits have pointed out that the plan was late.\n"  # 1
        "\n"
        "The doubters would have us turn back the clock.\n"  # 3
        "\n"
        "Every time we acted, pessimists have told us it would hurt the economy.\n"  # 5
        "\n"
        "The banks are not as weak as some would have you believe.\n"  # 7
        "\n"
        "The cynics were wrong about the plan.\n"  # 9
        "\n"
        "Jane Roe would have us roll back the rules.\n"  # 11
        "\n"
        "We would have you know that the shop is open.\n"  # 13
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 21, "HC101"), (3, 5, "HC101"), (5, 22, "HC101"), (7, 30, "HC101")]


def test_twenty_fourth_session_more_roles_of_one_unnamed_person():
    """Issue 11, twenty-fourth session (hedge24): "journalist", "leader", "partner", "academic"
    are roles of one person the text does not name ("an AFP journalist said", "One former
    business partner said"), as "member" and "owner" were; "An academic year" is the adjective."""
    text = (
        "Two helicopters landed near the town, an AFP journalist said. The rain went on.\n"  # 1
        "\n"
        "A high profile church leader says the governor misled the public. The rain went on.\n"  # 3
        "\n"
        "One former business partner said they came forward after the sale. The rain went on.\n"  # 5
        "\n"
        "One academic told the authors how she had been given the contract. The rain went on.\n"  # 7
        "\n"
        "An academic year starts in September.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [(1, 39, "HC101", "warning"), (3, 1, "HC101", "warning"), (5, 1, "HC101", "warning"), (7, 1, "HC101", "warning")]


def test_turn_opening_the_next_paragraph_answers_no_concession():
    """fix24: the turn that makes a booster's sentence a concession ("Unquestionably X. But Y.")
    is read only in the same paragraph (``booster_clauses.turn_opens_next``): a "But" opening the
    next paragraph answers that paragraph, not the booster's sentence."""
    technical = (
        "Install the package, then edit the configuration file before the first run.\n"
        "\n"
        "Unquestionably the old parser did some things well.\n"
        "\n"
        "But the price was high.\n"
        "\n"
        "Unquestionably the new parser did some things well. But the price was high.\n"
    )
    got = [(d.line, d.col, d.code) for d in run(technical) if d.code != "HC104"]
    assert got == [(3, 1, "HC102")]


def test_a_modal_in_the_reported_clause_is_no_inverted_speaker():
    """fix24: "says the plant must close" reports what was said; a modal or a negated auxiliary
    after "says the NOUN" (support._VERBS_AFTER) shows the reported clause, as "will" did, so
    "the plant" is not read as an inverted speaker ("said the minister") naming the source."""
    text = (
        "The plant will close, says the minister.\n"
        "\n"
        "A church leader says the plant must close.\n"
        "\n"
        "A church leader says the plant won't close.\n"
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 1, "HC101"), (5, 1, "HC101")]
    # The same misreading made such a sentence a named source answering the lead before it: the
    # journalist's line was hidden by the church leader's unnamed one.
    text = (
        "Two helicopters landed near the town, an AFP journalist said.\n"
        "\n"
        "A high profile church leader says the plant must close.\n"
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 39, "HC101"), (3, 1, "HC101")]


def test_another_unnamed_person_does_not_answer_a_role_lead():
    """fix24: a lead whose speaker is one person known by role ("an AFP journalist said") is not
    answered by a next sentence that opens on another such person, even one who names an outlet
    ("A church leader told Army Radio ..."): that is someone else. A weasel with no speaker
    ("reportedly") is still answered by it, as before."""
    text = (
        "Two helicopters landed near the town, an AFP journalist said.\n"
        "\n"
        "A church leader told Army Radio the plant will close.\n"
        "\n"
        "The plant has reportedly shifted.\n"
        "\n"
        "A spokesman told Army Radio the plant will close.\n"
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 39, "HC101")]


def test_twenty_fifth_session_booster_after_an_opening_condition_in_technical_writing():
    """Issue 11, twenty-fifth session (docs25): in technical writing a booster in what follows
    from a condition that opens its clause, once the condition has closed with a comma, draws its
    certainty from that premise: not reported (booster_clauses.after_opening_condition). Also a
    clause after a semicolon. Not across a turn ("but certainly"), not a booster that opens its
    own sentence, not "Once again," (no condition); in other prose the shape stays a finding."""
    prose = (
        "If the table holds many rows and few match, this is clearly a slow method.\n"  # 1
        "\n"
        "The parser is small; if you start from the middle, of course, you read nothing.\n"  # 3
        "\n"
        "When the cache is cold, the first run is slow (but certainly it warms up).\n"  # 5
        "\n"
        "Clearly the parser is slow.\n"  # 7
        "\n"
        "Once again, the parser is clearly slow.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(prose) if d.code != "HC104"]
    # "this is clearly a slow method", "the parser is clearly slow": "clearly" right after "be" is
    # a warning outside technical writing since the thirty-eighth session (clearly_predicated)
    assert got == [(1, 53, "HC102", "warning"), (3, 52, "HC102", "info"), (5, 52, "HC102", "warning"), (7, 1, "HC102", "info"),
                   (9, 27, "HC102", "warning")]
    technical = "Install the package, then edit the configuration file before the first run.\n\n" + prose
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code != "HC104"]
    # line 11 ("Once again, ... is clearly slow"): no condition, but plain "clearly" inside its
    # clause is not reported in technical writing since the twenty-sixth session (docs26)
    assert got == [(7, 52, "HC102", "warning"), (9, 1, "HC102", "info")]


def test_twenty_fifth_session_officials_of_a_body_the_story_names():
    """Issue 11, twenty-fifth session (hcp25): officials or authorities known by the lower-case
    kind of the body they speak for ("zoo officials report", "according to a company official",
    "health authorities maintain", "fire authorities says") state the body's own position, not an
    unnamed source's (RULES 4, agreement E4; body_officials). Still flagged: a nation's bodies of
    that kind ("Palestinian hospital officials said"), bare officials, and the kinds whose unnamed
    official is the anonymous source ("Government officials", "police officials")."""
    text = (
        "The panda is healthy, zoo officials report.\n"  # 1
        "\n"
        "The plant is hiring again, according to a company official.\n"  # 3
        "\n"
        "New South Wales health authorities maintain the ward was warned.\n"  # 5
        "\n"
        "Few details are known, but fire authorities says the road is closed.\n"  # 7
        "\n"
        "Two people were hurt, Palestinian hospital officials said.\n"  # 9
        "\n"
        "The road is closed, officials said.\n"  # 11
        "\n"
        "The road is closed, government officials said.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (9, 23, "HC101", "warning"),
        (11, 21, "HC101", "warning"),
        (13, 21, "HC101", "warning"),
    ]


def test_twenty_fifth_session_apparently_from_evidence_the_sentence_gives():
    """Issue 11, twenty-fifth session (hcp25): "apparently" or "evidently" drawn from evidence its
    own sentence gives is the writer's inference, not hearsay (inferred_here): after an evidential
    verb and its "that", before a colon that opens the evidence, or before "because". Still
    flagged: plain "apparently", a colon before it (a label), "because" before it."""
    text = (
        "A records search showed that he had apparently moved to Leeds.\n"  # 1
        "\n"
        "Voters apparently agree: of the 80 percent polled, most want the bridge.\n"  # 3
        "\n"
        "The cache is evidently too small, because the same query runs faster twice.\n"  # 5
        "\n"
        "The mayor apparently left the town in May.\n"  # 7
        "\n"
        "Note: the mayor apparently left the town in May.\n"  # 9
        "\n"
        "Because the road flooded, the mayor apparently left the town.\n"  # 11
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (7, 11, "HC101", "warning"),
        (9, 17, "HC101", "warning"),
        (11, 37, "HC101", "warning"),
    ]


def test_twenty_fifth_session_a_role_or_stance_in_the_perfect_of_saying():
    """Issue 11, twenty-fifth session (hedge25b): a bare plural of a role or a stance credited with
    a view in the perfect. A capital before a noun of stance names what the group is for or
    against, not a body ("Brexit detractors have repeatedly claimed"); "leaders" speak as a group in
    the perfect only ("business leaders have declared that"); a phrase of where the group is from
    may come before "have" ("leaders in both parties have already suggested"); "concluded" and
    "declared" are verdicts before their clause; "the vast majority of" counts a group. Not a body
    named ("Pentagon leaders have said", "Researchers at Acme have said"), not the present ("Team
    leaders review the plan"), not an office's act ("Officials have declared a state of
    emergency"), not a part of people named before ("Some of them have said")."""
    text = (
        "Brexit detractors have repeatedly claimed that the plan would fail.\n"  # 1
        "\n"
        "Over the years, business leaders have declared that the plan is sound.\n"  # 3
        "\n"
        "We should do what leaders in both parties have already suggested and cut the fees.\n"  # 5
        "\n"
        "The vast majority of economists have concluded unequivocally that the tax is too high.\n"  # 7
        "\n"
        "Then Pentagon leaders have said that the plan is sound.\n"  # 9
        "\n"
        "Team leaders review the plan every week.\n"  # 11
        "\n"
        "Officials have declared a state of emergency.\n"  # 13
        "\n"
        "The meeting came. Some of them have said that the plan is sound.\n"  # 15
        "\n"
        "Researchers at Acme have said that the plan is sound.\n"  # 17
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 8, "HC101"), (3, 26, "HC101"), (5, 19, "HC101"), (7, 1, "HC101")]


def test_said_to_broken_after_the_participle_is_reported_on_the_participle():
    """A passive "said to" broken over two lines is reported on the line of its participle, with
    the participle in the message: before, "is said\\nto" walked on to the next line and quoted a
    lone "to" (trowel-docs' Jargon File, twenty-fifth session). "is\\nsaid to" stays on "said"."""
    text = (
        "The program is said\n"
        "to have been written in a weekend.\n"
        "\n"
        "The editor is\n"
        "said to have been written in a night.\n"
    )
    got = [(d.line, d.col, d.code, d.message.split('"')[1]) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 16, "HC101", "said to"), (5, 1, "HC101", "said to")]


def test_twenty_sixth_session_a_group_noun_opening_the_sentence_is_no_name():
    """Issue 11, twenty-sixth session: a group noun of the weasel list opening its sentence takes a
    capital, which made it look like a named source ("Economists have said that ..." credited to
    someone called Economists, so the finding was dropped as answered). A name there still
    answers ("Smith said ..."), and the same group later in a sentence was found before."""
    text = (
        "Economists have said that the plan will fail.\n"  # 1
        "\n"
        "Diplomats have said that the plan will fail.\n"  # 3
        "\n"
        "Smith has said that the plan will fail.\n"  # 5
        "\n"
        "The plan will fail, economists have said.\n"  # 7
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 1, "HC101"), (3, 1, "HC101"), (7, 21, "HC101")]


def test_a_reputation_for_something_names_no_source():
    """ "infamous for" and "notorious for" give a reputation nobody is credited with, as "famous
    for" does (weasel.tsv, twenty-sixth session); a link answers them."""
    text = (
        "He became infamous for his lack of social grace.\n"  # 1
        "\n"
        "The old parser is notorious for its slowness.\n"  # 3
        "\n"
        "The valley is notorious for its wine ([guide](https://example.org/guide)).\n"  # 5
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 11, "HC101"), (3, 19, "HC101")]


def test_viewed_with_an_adverb_of_how_long_is_scanned():
    """ "have been long viewed as" is passive_judgement's (a perception verb with an adverb of
    how many or how long), but no entry brought a sentence holding only "viewed" and "long" to
    the scan before the twenty-sixth session; "is viewed as HTML" (no adverb) stays unreported."""
    text = (
        "Our courts have been long viewed as a model of fairness.\n"
        "\n"
        "The page is viewed as plain text.\n"
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 12, "HC101")]


def test_twenty_sixth_session_plain_clearly_in_technical_writing():
    """Issue 11, twenty-sixth session (docs26): plain "clearly" inside its clause (info everywhere)
    is not reported in technical writing, where it marks what follows from the ground at hand: the
    sentence's own reason, a definition just given, the writers' own rule. "Clearly" opening the
    sentence stays info there; outside technical writing both stay info; "it is clear that" is
    another entry and keeps its tier."""
    prose = (
        "This scheme is clearly not perfect; stale entries are found in the cache every week.\n"  # 1
        "\n"
        "Clearly, the suffix can be left out for a single file.\n"  # 3
        "\n"
        "It is clear that the old format was a mistake.\n"  # 5
        "\n"
        "Skip the step early on, as it is clearly a premature optimization.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(prose) if d.code != "HC104"]
    # lines 1 and 7 ("is clearly not perfect", "it is clearly a premature optimization"): a warning
    # outside technical writing since the thirty-eighth session (clearly_predicated)
    assert got == [(1, 16, "HC102", "warning"), (3, 1, "HC102", "info"), (5, 1, "HC102", "warning"),
                   (7, 34, "HC102", "warning")]
    technical = "Install the package, then edit the configuration file before the first run.\n\n" + prose
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code != "HC104"]
    assert got == [(5, 1, "HC102", "info"), (7, 1, "HC102", "warning")]
    # a ranking right after it: "clearly" vouches for the ranking, reported still (lead's narrowing);
    # right after "is", a warning since the thirty-eighth session (clearly_predicated)
    ranked = technical + "\nThe cache is clearly the fastest option for this API.\n"  # 11
    got = [(d.line, d.col, d.code, d.severity) for d in run(ranked) if d.code == "HC102"]
    assert got == [(5, 1, "HC102", "info"), (7, 1, "HC102", "warning"), (11, 14, "HC102", "warning")]


def test_twenty_seventh_session_the_speakers_assurance():
    """Issue 11, twenty-seventh session (boost27): the speaker's assurance before a claim, "I
    (can) (further) assure <addressee> that/of/, ...", "(I|we) (can) say with confidence that",
    "I confidently anticipate", "we can be confident that", "we can look with confidence to"
    (assurances). Not the assurance of the speaker's own act or intent ("of my help", "I intend",
    "to stay within", "how much I value"), a long addressee, a question, a third person's
    confidence, nor "cannot assure"."""
    text = (
        "I can assure the committee that the new parser is faster than the old one.\n"  # 1
        "\n"
        "The plan is sound, and I can further assure you, the old parser will not return.\n"  # 3
        "\n"
        "I assure you: the old parser will not return.\n"  # 5
        "\n"
        "We can say with confidence that the new parser is faster.\n"  # 7
        "\n"
        "The release, which I confidently anticipate for the spring, will close the gap.\n"  # 9
        "\n"
        "We can be confident, however, that the parser will be fast.\n"  # 11
        "\n"
        "We can look with confidence to next year as the year of the new parser.\n"  # 13
        "\n"
        "I can assure you, the members of the committee, of my help in this work.\n"  # 15
        "\n"
        "I assure you I intend to keep working on the parser.\n"  # 17
        "\n"
        "I can assure you that not only to write, but to keep, a faster parser is our aim.\n"  # 19
        "\n"
        "I assure you and all the people who wrote to us last year that the parser is fast.\n"  # 21
        "\n"
        "Can I assure you that the parser is fast?\n"  # 23
        "\n"
        "The developers can be confident that changes in one part do not break another.\n"  # 25
        "\n"
        "I cannot assure you that the parser is fast.\n"  # 27
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 1, "HC102"), (3, 24, "HC102"), (5, 1, "HC102"), (7, 1, "HC102"), (9, 20, "HC102"),
                   (11, 1, "HC102"), (13, 1, "HC102")]


def test_twenty_seventh_session_every_knower():
    """Issue 11, twenty-seventh session (boost27): knowledge credited to every member of a class,
    "every <noun> (in <place>) (already) knows", "everyone realizes that" (every_knower). Not
    negated, not in a relative clause or a question, not a skill ("knows how to")."""
    text = (
        "Every maintainer knows the old parser cannot keep up.\n"  # 1
        "\n"
        "And every user already knows the answer: a faster parser.\n"  # 3
        "\n"
        "Every member of this team knows that the old parser is slow.\n"  # 5
        "\n"
        "But everyone realizes that the old parser is slow.\n"  # 7
        "\n"
        "Not every user knows that the old parser is slow.\n"  # 9
        "\n"
        "The format is valid JSON that every parser understands.\n"  # 11
        "\n"
        "We thank every maintainer who knows the old parser well.\n"  # 13
        "\n"
        "Every driver knows how to change a tyre.\n"  # 15
        "\n"
        "Does every user know that the old parser is slow?\n"  # 17
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 1, "HC102"), (3, 5, "HC102"), (5, 1, "HC102"), (7, 5, "HC102")]


def test_fifty_eighth_session_anyone_who_knows():
    """Issue 11, fifty-eighth session (know58): "anyone"/"anybody"/"everyone"/"everybody", a
    relative clause of its own words, then "knows" before a claim (every_knower.anyone_who): a
    whole class named by what its members did, vouched for. Not the relative's own verb
    ("everyone who knows"), not a thing known ("knows how"), not negated, not a question, not past
    a mark inside the relative."""
    text = (
        "Anyone who has run the old parser knows that it is slow.\n"  # 1
        "\n"
        "The parser, as everybody who has read its code knows, is slow.\n"  # 3
        "\n"
        "But anybody that tried it knows the old parser cannot keep up.\n"  # 5
        "\n"
        "Anyone who knows the parser knows how to speed it up.\n"  # 7
        "\n"
        "Not everyone who has run the parser knows that it is slow.\n"  # 9
        "\n"
        "Everyone who knows it likes the old parser.\n"  # 11
        "\n"
        "Does anyone who has run it know that it is slow?\n"  # 13
        "\n"
        "Anyone who, like me, has run the parser knows that it is slow.\n"  # 15
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 1, "HC102"), (3, 16, "HC102"), (5, 5, "HC102")]


def test_twenty_seventh_session_sure_of_our_own_doing():
    """Issue 11, twenty-seventh session (boost27): "I am sure", "I'm sure" and "I have no doubt"
    before "(that) we" or "(that) I" are the speaker's resolve or modesty about his own side
    (assurances.own_side), not a claim; before anyone else they stay boosters."""
    text = (
        "We will finish the parser, and I am sure we will.\n"  # 1
        "\n"
        "I am sure that I have missed some of the bugs.\n"  # 3
        "\n"
        "I have no doubt that we can do it.\n"  # 5
        "\n"
        "I'm sure we'll ship it on time.\n"  # 7
        "\n"
        "I am sure the new parser is faster than the old one.\n"  # 9
        "\n"
        "I have no doubt that the old parser will be retired.\n"  # 11
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(9, 1, "HC102"), (11, 8, "HC102")]


def test_twenty_seventh_session_peoples_named_by_place():
    """Issue 11, twenty-seventh session (boost27): knowledge declared for a whole people named by
    its place, "The peoples of Asia now know that", "The men and women of this hemisphere know
    that", "The free nations of Asia know that", "the North Vietnamese know that", and "They know
    that" in the next sentence (shared_knowledge._peoples_of). Not a single person's or a
    people's part ("millions of the peoples of Asia"), nor "know how"."""
    text = (
        "The peoples of Asia now know that the door is not going to be shut. They know that the choice is theirs.\n"  # 1
        "\n"
        "The men and women of this hemisphere know that the alliance cannot fail.\n"  # 3
        "\n"
        "The free nations of Asia know that help will come.\n"  # 5
        "\n"
        "The North Vietnamese know that they cannot win by force.\n"  # 7
        "\n"
        "The peoples of Asia know how to build their own future.\n"  # 9
        "\n"
        "Then millions of the peoples of Asia know that the door is open.\n"  # 11
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 1, "HC102"), (1, 69, "HC102"), (3, 1, "HC102"), (5, 1, "HC102"), (7, 1, "HC102")]


def test_twenty_seventh_session_graded_attribute():
    """Issue 11, twenty-seventh session (boost27): a certainty adverb grading one quality after
    "and", "though", "even" or "something" describes (booster_scope.graded_attribute); not when a
    clause or a mark follows it, nor after "but"."""
    text = (
        "They hired careful and obviously skilled engineers to port it.\n"  # 1
        "\n"
        "The parser, though obviously slow, was never replaced.\n"  # 3
        "\n"
        "I hoped to notice something obviously wrong with the output.\n"  # 5
        "\n"
        "The tool is fast, and definitely worth a try.\n"  # 7
        "\n"
        "The rewrite is fast, and obviously it is the better parser.\n"  # 9
        "\n"
        "It keeps every change (but obviously in reverse) in one commit.\n"  # 11
        "\n"
        "The old parser was slow. And certainly, the new parser is faster than the old one.\n"  # 13
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(9, 26, "HC102"), (11, 28, "HC102"), (13, 30, "HC102")]


def test_a_fame_said_as_an_attribute_names_no_source():
    """ "legendary", "now-legendary", "notorious", "infamous" before a noun or after "be" give a
    reputation nobody is credited with (weasel.tsv, twenty-seventh session); not before a name
    ("the legendary Joe Frazier": the standing of a person named), not graded ("The most notorious
    of the three", "particularly notorious"), not beside "famous" (a gloss), and a link answers
    them."""
    text = (
        "The old parser had a legendary appetite for memory.\n"  # 1
        "\n"
        "A now-legendary device shipped in 1987.\n"  # 3
        "\n"
        "The cache is a notorious source of bugs, and the bug came from an infamous comment.\n"  # 5
        "\n"
        "The pinot noir of the valley is legendary.\n"  # 7
        "\n"
        "He fought the legendary Joe Frazier three times.\n"  # 9
        "\n"
        "The most notorious of the three parsers is the oldest one.\n"  # 11
        "\n"
        "Groups were named after particularly notorious posters.\n"  # 13
        "\n"
        "A big-name fan is someone famous or notorious.\n"  # 15
        "\n"
        "The cache is a notorious source of bugs ([report](https://example.org/report)).\n"  # 17
        "\n"
        "They were sent to the really infamous prison by the river.\n"  # 19 (graded as "very")
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 22, "HC101"), (3, 3, "HC101"), (5, 16, "HC101"), (5, 67, "HC101"), (7, 33, "HC101")]


def test_a_verdict_of_taste_after_considered_names_no_source():
    """ "is considered mildly silly", "are considered abuse of", "was considered substandard", "is
    considered a humorous thing": a community's verdict with its holders left out (reputation.
    VERDICTS, twenty-seventh session), the finding on "considered"; without a "be" only after an
    adverb of how many ("that's usually considered an abuse"). Not a word an interface uses of its
    parts ("is considered unsafe", "considered canonical"), not when "by" names the judges."""
    text = (
        "This term is considered mildly silly.\n"  # 1
        "\n"
        "All three behaviors are considered abuse of the forum.\n"  # 3
        "\n"
        "Support for printers was considered substandard at best.\n"  # 5
        "\n"
        "That phrase is considered a humorous thing to say.\n"  # 7
        "\n"
        "You cannot jump into a loop, but that's usually considered an abuse of goto anyway.\n"  # 9
        "\n"
        "The function is considered unsafe.\n"  # 11
        "\n"
        "The set considered canonical is the first one.\n"  # 13
        "\n"
        "The plan is considered silly by most reviewers.\n"  # 15
        "\n"
        "Readers laughed, and a joke considered silly stayed in the book.\n"  # 17
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 14, "HC101"), (3, 25, "HC101"), (5, 26, "HC101"), (7, 16, "HC101"), (9, 49, "HC101")]


def test_a_usage_reported_with_no_reporter_names_no_source():
    """ "The variant 'blat' has been reported.", "The term gnoll is also reported", "reported as
    live usage": a lexicon's usage on nobody's word (usage_reports.py, twenty-seventh session).
    Not the report of a bug or a tool's answer ("The bug has been reported", "is reported as
    unavailable"), nor with its reporter ("by several readers")."""
    text = (
        "The variant 'blat' has been reported.\n"  # 1
        "\n"
        "The term gnoll (from a game) is also reported.\n"  # 3
        "\n"
        "The term optical diff has also been reported, and is sometimes used for the act.\n"  # 5
        "\n"
        "This has since been reported as live usage.\n"  # 7
        "\n"
        "The bug has been reported.\n"  # 9
        "\n"
        "The word `ch-alk` is reported as unavailable.\n"  # 11
        "\n"
        "The term has been reported by several readers.\n"  # 13
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 20, "HC101"), (3, 30, "HC101"), (5, 23, "HC101"), (7, 6, "HC101")]


def test_twenty_eighth_session_spoken_manner():
    """Issue 11, twenty-eighth session (boost28): how plainly a thing is said is manner, not
    certainty (spoken_manner): "plainly" beside a verb of saying ("To speak plainly", "say
    plainly", "speak about plainly", "plainly describe"), an adverb before "clear" after "make"
    ("made it unmistakably clear"), and the speaker announcing his own words ("let me be crystal
    clear"). "plainly" governing no verb of saying and "crystal clear" on a claim stay findings."""
    text = (
        "To speak plainly, the old parser has failed us.\n"  # 1
        "\n"
        "It is necessary to say plainly what the new parser is for.\n"  # 3
        "\n"
        "There is one shortcoming I want to speak about plainly.\n"  # 5
        "\n"
        "Patches which plainly describe the change are easier to review.\n"  # 7
        "\n"
        "The maintainers have made it unmistakably clear that the old parser stays.\n"  # 9
        "\n"
        "And let me be crystal clear.\n"  # 11
        "\n"
        "The new parser is plainly faster than the old one.\n"  # 13
        "\n"
        "It is crystal clear that the new parser is faster than the old one.\n"  # 15
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(13, 19, "HC102"), (15, 7, "HC102")]


def test_twenty_eighth_session_likeness_named():
    """Issue 11, twenty-eighth session (boost28): "obvious" on a likeness whose sides the sentence
    names ("from the obvious analogy with biological viruses", "The obvious antonym to read-only
    memory") vouches for nothing the reader cannot see (booster_scope.likeness_named); "an obvious
    backronym" names no likeness and stays a finding."""
    text = (
        "The name comes from the obvious analogy with biological viruses.\n"  # 1
        "\n"
        "The obvious antonym to read-only memory.\n"  # 3
        "\n"
        "The name was an obvious backronym.\n"  # 5
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(5, 17, "HC102")]


def test_twenty_eighth_session_speakers_pledge():
    """Issue 11, twenty-eighth session (boost28): a booster opening the sentence before the
    speaker's own pledge, "I will" or "we shall" and a verb of doing, announces a promise, not a
    claim (speakers_pledge). Another subject, a forecast ("we will win"), a booster inside the
    sentence, and "I shall" in a relative clause stay findings."""
    text = (
        "Make no mistake about it: if the vendor ships the old parser again, I will veto it.\n"  # 1
        "\n"
        "But one thing is certain: I will never merge that patch.\n"  # 3
        "\n"
        "Most certainly we shall not settle for less.\n"  # 5
        "\n"
        "Make no mistake about it: if the vendor does not act, the community will.\n"  # 7
        "\n"
        "Make no mistake: we will win this fight.\n"  # 9
        "\n"
        "In fact, under the plan that I shall submit, the old parser can be retired.\n"  # 11
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(7, 1, "HC102"), (9, 1, "HC102"), (11, 1, "HC102")]


def test_twenty_eighth_session_clearly_after_stress_grasp_hear():
    """Issue 11, twenty-eighth session (boost28): "clearly" right after a verb of stressing,
    grasping or hearing ("emphasized clearly what was lost", "understand clearly that", "hear
    clearly partisan tones") says how well, not how sure (hedging._MANNER_BEFORE); "clearly
    allows", before the verb, stays a finding."""
    text = (
        "The new town hall only emphasized clearly what was lost.\n"  # 1
        "\n"
        "The world has come to understand clearly that it is our firm policy to keep the bridge.\n"  # 3
        "\n"
        "If you know the mayor, you can hear clearly partisan tones.\n"  # 5
        "\n"
        "The new budget clearly allows it.\n"  # 7
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(7, 16, "HC102")]


def test_a_report_in_the_perfect_passive_names_no_reporter():
    """ "have also been reported", "has also been observed in", "It has been estimated, ...,
    that", "have been reported increasing": a report, an observation, a suggestion or an estimate
    handed to nobody (nobody_reported.py, twenty-eighth session). Not a tracker's record ("The
    crash has been reported"), an absence ("no incident has been reported"), nor with its agent,
    its destination or a role ("by the maintainers", "to the list", "as a fix"), nor a plain
    sighting, a project's own record ("This has been observed in version 4.0")."""
    text = (
        "Several variants of the unit have also been reported.\n"  # 1
        "\n"
        "The effect (which has also been observed in other clubs) was never explained.\n"  # 3
        "\n"
        "It has been observed since 1990 that the files tend to grow.\n"  # 5
        "\n"
        "Quoting the value has also been suggested, but it reads badly.\n"  # 7
        "\n"
        "Rebels recently have been reported moving north.\n"  # 9
        "\n"
        "It has been estimated, for example, that the town needs more houses.\n"  # 11
        "\n"
        "In a year, no incident has been reported from the valley.\n"  # 13
        "\n"
        "The fix has been suggested by the maintainers.\n"  # 15
        "\n"
        "The patch has been reported to the list.\n"  # 17
        "\n"
        "Quoting has been suggested as a fix.\n"  # 19
        "\n"
        "The crash has been reported in the tracker.\n"  # 21
        "\n"
        "This has been observed in version 4.0 of the server.\n"  # 23
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 30, "HC101"), (3, 19, "HC101"), (5, 4, "HC101"), (7, 19, "HC101"), (9, 17, "HC101"), (11, 4, "HC101")]


def test_a_term_defined_by_what_a_kind_is_said_to_be_is_no_report():
    """ "Someone who keeps changing the plan is said to be dithering", "any project shut down at
    the firm may be said to have gotten canned", "A packet that is undeliverable ... is said to
    bounce" (in technical writing): a lexicon's or a manual's definition, "is said to" meaning "is
    called" (defined_by_saying.py, twenty-ninth session). A report keeps its finding: one thing
    named ("The mayor is said to have been the founder"), a kind with no qualifier ("A tall woman
    is said to be recovering"), the relative pronoun as subject ("what is said to have
    happened"), an article's kind outside technical writing ("A man who was arrested on Friday
    is said to have fled"), and a relative clause after a preposition, which has a subject of its
    own ("Any town in which farmers are said to prosper")."""
    text = (
        "Someone who keeps changing the plan is said to be dithering.\n"  # 1
        "\n"
        "Now any project shut down at the firm may be said to have gotten canned.\n"  # 3
        "\n"
        "The mayor is said to have been the founder.\n"  # 5
        "\n"
        "A tall woman is said to be recovering well.\n"  # 7
        "\n"
        "The town remembers what is said to have happened when the dam broke.\n"  # 9
        "\n"
        "A man who was arrested on Friday is said to have fled the town.\n"  # 11
        "\n"
        "Any town in which farmers are said to prosper draws settlers.\n"  # 13
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(5, 11, "HC101"), (7, 14, "HC101"), (9, 25, "HC101"), (11, 34, "HC101"), (13, 27, "HC101")]
    technical = (
        "A packet that is undeliverable and returns an error to the sender is said to bounce.\n"  # 1
        "\n"
        "The old compiler is said to crash on this input.\n"  # 3
        "\n"
        "Install the package with `pip install foo` and run the server.\n"
        "\n"
        "```\nfoo --help\n```\n"
    )
    got = [(d.line, d.col, d.code) for d in run(technical) if d.code == "HC101"]
    assert got == [(3, 18, "HC101")]


def test_twenty_ninth_session_indeed_widening_a_span():
    """Issue 11, twenty-ninth session (boost29): "indeed" inside the sentence, after "and" or set
    off by a comma or a dash, before a preposition, means "and even" (kiln M5): the phrase after
    it widens the clause's own span, no claim is put beyond doubt (booster_clauses.indeed_widens).
    "indeed" before a clause, and "indeed" inside the verb, stay findings."""
    text = (
        "The storm was a hard blow to the harbor towns and indeed to every village on the coast.\n"  # 1
        "\n"
        "We looked for the answer in the old maps, and, indeed, in every chart of the region.\n"  # 3
        "\n"
        "After the first meeting -- indeed, after every meeting that spring -- the council voted.\n"  # 5
        "\n"
        "The tax was unpopular; indeed, it was the main issue of the election.\n"  # 7
        "\n"
        "The bridge is indeed in danger today.\n"  # 9
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(7, 24, "HC102"), (9, 15, "HC102")]


def test_twenty_ninth_session_we_know_of_ourselves():
    """Issue 11, twenty-ninth session (boost29): plain "we know" whose clause opens on "we" again
    is the speaker's side on its own task, means or limits (maul S114, S29, brace Z1), not a claim
    (shared_knowledge.on_ourselves). "we know" on another subject, and "we now know", stay
    findings."""
    text = (
        "We know that we cannot finish the road in a single year.\n"  # 1
        "\n"
        "But we know we still have a long way to go.\n"  # 3
        "\n"
        "We know that the old road cannot carry the new traffic.\n"  # 5
        "\n"
        "We now know that we were wrong about the river.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    # boost32: warnings outside technical writing: plain "we know", "I know", an opening
    # sentence adverb, "surely" before a modal, an opening "In truth" / "In reality"
    assert got == [(5, 1, "HC102", "warning"), (7, 1, "HC102", "warning")]


def test_twenty_ninth_session_certainty_about_advice():
    """Issue 11, twenty-ninth session (boost29): a booster that vouches for a judgement of need or
    advisability close after it ("obviously a good idea", "will definitely be necessary", "would
    clearly be unwise") is certainty about what ought to be (real A9), not a claim
    (booster_clauses.vouches_for_advice). A verb of need ("Clearly something needs to be done")
    and a plain comparison stay findings."""
    text = (
        "It is obviously a good idea to keep every commit buildable.\n"  # 1
        "\n"
        "A second bridge will definitely be necessary within ten years.\n"  # 3
        "\n"
        "It would clearly be unwise to move the archive before the audit.\n"  # 5
        "\n"
        "Clearly something needs to be done about the old bridge.\n"  # 7
        "\n"
        "The new bridge is obviously safer than the old one.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(7, 1, "HC102", "info"), (9, 19, "HC102", "warning")]


def test_twenty_ninth_session_certainty_recounted_in_the_past():
    """Issue 11, twenty-ninth session (boost29): "it was clear that", "it was obvious that", "it was
    abundantly clear that" recount what was seen at the time of the story (lathe W4, brace Z1):
    not reported (booster_clauses.realised_then). "It is clear that" stays a warning, and the
    thatless "It was obvious we were going to ..." stays at info."""
    text = (
        "At that point it was clear that the old parser had become too slow.\n"  # 1
        "\n"
        "After the first week, it was obvious that the schedule would slip.\n"  # 3
        "\n"
        "In the talks, it was abundantly clear that both towns wanted the bridge.\n"  # 5
        "\n"
        "It is clear that the old parser is slower.\n"  # 7
        "\n"
        "It was obvious we were going to rewrite the parser.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(7, 1, "HC102", "warning"), (9, 1, "HC102", "info")]


def test_a_speech_verb_that_opens_a_bracket_is_not_the_groups():
    """ "still common in program comments (compare the confusion)": "compare" opens an aside, the
    comments say nothing (the twenty-ninth session: a finding quoted "comments (compare" on the
    Jargon File); the group and its verb with only a space between are still reported."""
    text = (
        "The spelling is still common in program comments (compare the confusion over it).\n"
        "\n"
        "Comments say the plant closed last year.\n"
        "\n"
        "The notes left in the comments [compare the two versions] help.\n"
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 1, "HC101")]


def test_thirtieth_session_a_booster_inside_a_title_or_a_capitalised_term():
    """Issue 11, thirtieth session (boost30): a booster capitalised inside its sentence before a
    capitalised word is a title or a coined term ("his book Surely You're Joking, Mr. Feynman!",
    "things that are Definitely Not Safe"): a name, not the writer's certainty
    (booster_names.in_title). The booster opening the sentence, after a comma before a lowercase
    word, or before "I" stays a finding."""
    text = (
        "His memoir Surely You're Joking, Mr. Smith! sold well.\n"  # 1
        "\n"
        "Some of these tricks are Definitely Not Safe for production.\n"  # 3
        "\n"
        "The bridge is surely the best in the county.\n"  # 5
        "\n"
        "Surely You're Joking was his second book.\n"  # 7
        "\n"
        "After the vote, Surely the council will act.\n"  # 9
        "\n"
        "And, Surely I know that bridge.\n"  # 11
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(5, 15, "HC102", "warning"), (7, 1, "HC102", "warning"), (9, 17, "HC102", "warning"),
                   (11, 6, "HC102", "warning")]


def test_thirtieth_session_you_know_as_what_the_text_just_told():
    """Issue 11, thirtieth session (boost30): "you know" after a causative verb ("made you know"),
    a comparison ("more than any of you know"), "now" or "at least" is the listener made to know or
    told by the text just now, not a claim vouched for as common knowledge
    (certainty_frames.readers_knowledge). "And you know that ..." and "You know ..." opening the
    sentence stay findings."""
    text = (
        "He raised an eyebrow in a way that made you know he disliked the plan.\n"  # 1
        "\n"
        "The board cares more than any of you know that the bridge is late.\n"  # 3
        "\n"
        "And now you know the rest of the story.\n"  # 5
        "\n"
        "The list is empty, but at least you know that the build is running.\n"  # 7
        "\n"
        "And you know that the bridge is the oldest in the county.\n"  # 9
        "\n"
        "You know the old bridge will not last another winter.\n"  # 11
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(9, 5, "HC102", "warning"), (11, 1, "HC102", "warning")]


def test_thirtieth_session_certainty_whose_ground_its_clause_names():
    """Issue 11, thirtieth session (boost30): an opening "In fact" or "Indeed" whose clause names
    its source ("defined", "according to", "has been reported", "has shown that"), and "it is
    clear from" a ground, are supported in words (RULES 2 and 5; booster_sources). A plain "In
    fact", "shows no signs" (no "that"), "clear from the outset" (a time) and "It is clear that"
    stay findings."""
    text = (
        "Indeed, the town's first dictionary defined the word as a kind of bridge.\n"  # 1
        "\n"
        "In fact, according to the inventors, it was coined after they realized (in the wee hours"
        " after hours of discussion) that the type of an argument could be figured out in advance.\n"  # 3
        "\n"
        "Indeed, the same fault has been reported in other bridges of the county.\n"  # 5
        "\n"
        "In fact, long experience has shown that wooden bridges rot within forty years.\n"  # 7
        "\n"
        "In fact, the bridge is the oldest in the county.\n"  # 9
        "\n"
        "In fact, the speed of the work shows no signs of slowing.\n"  # 11 ("Indeed," until open60)
        "\n"
        "It is clear from the council's minutes that the bridge was approved twice.\n"  # 13
        "\n"
        "It is clear from the outset that the bridge will be late.\n"  # 15
        "\n"
        "It is clear that the bridge was approved twice.\n"  # 17
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    # an opening "In fact" outside technical writing: a warning since the fiftieth session (fact_opening, boostrec50)
    assert got == [(9, 1, "HC102", "warning"), (11, 1, "HC102", "warning"), (15, 1, "HC102", "info"),
                   (17, 1, "HC102", "warning")]


def test_thirtieth_session_in_fact_before_a_possibility():
    """Issue 11, thirtieth session (boost30): "may" or "might" within three words after "In fact" or
    "Indeed" makes the clause a possibility the opener cannot put beyond doubt ("Indeed it might be
    a better venue"); "can" (ability insisted on) and the month after "in" stay findings."""
    text = (
        "Indeed it might be a better venue than the old hall.\n"  # 1
        "\n"
        "In fact, some maintainers may want to keep the old branch.\n"  # 3
        "\n"
        "In fact, you can keep using your old notebooks with the new engine.\n"  # 5
        "\n"
        "In fact, in May the bridge was the busiest in the county.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(5, 1, "HC102", "info"), (7, 1, "HC102", "info")]


def test_thirtieth_session_a_hedge_in_words_that_assert_nothing():
    """Issue 11, thirtieth session (hedge30, unasserted.py): a hedge in the premise of a condition
    that opens the sentence ("If they are believed to be rarely used, ..."), "one might say" before
    a quoted example utterance, and a hedge in the relative clause of the kind a lexicon's sense
    line says a word is used of ("Used ... of a patch that is thought to be harmless") report
    nobody's view. Findings stay for a hedge after the premise or in an aside set off by commas
    ("If, as officials said, ..."), a "when" clause after the main one or in the past ("When
    critics claimed the plant would close"), "one might say that" with a clause, a partitive or
    a "because" clause in a sense line, and "Used" as an adjective."""
    text = (
        "If they are believed to be rarely used, the functions are removed.\n"  # 1
        "\n"
        "When a level of high inflation is expected to continue, companies raise prices.\n"  # 3
        "\n"
        "If a developer tells you otherwise, ask the tracker.\n"  # 5
        "\n"
        "If, as officials said, the plant closes, prices will rise.\n"  # 7
        "\n"
        "If the cache is cold, the tool is reportedly slow.\n"  # 9
        "\n"
        "The bug was found on July 12, when researchers found that it leaked memory.\n"  # 11
        "\n"
        'One might say "I got moofed" after a crash.\n'  # 13
        "\n"
        'In giving directions, one might say: "Go north on the main road."\n'  # 15
        "\n"
        "One might say that the project has stalled.\n"  # 17
        "\n"
        "Used (often sarcastically) of a patch that is thought to be harmless until it breaks the build.\n"  # 19
        "\n"
        "Used humorously of a setting on which the result is said to depend.\n"  # 21
        "\n"
        "Used of old tools, many of which are believed to be unmaintained.\n"  # 23
        "\n"
        "Used of tools that nobody reads because it is thought they are obsolete.\n"  # 25
        "\n"
        "Used cars that are believed to be stolen were seized.\n"  # 27
        "\n"
        "When critics claimed the plant would close, the workers protested.\n"  # 29
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(7, 8, "HC101"), (9, 35, "HC101"), (11, 36, "HC101"), (17, 1, "HC101"),
                   (23, 34, "HC101"), (25, 41, "HC101"), (27, 16, "HC101"), (29, 6, "HC101")]


def test_thirtieth_session_unasserted_examples():
    """unasserted.EXAMPLES: each sentence's hedge phrase is or is not read as a premise or a sense
    line's kind, as listed (the module's own examples, checked on its functions alone)."""
    from prosecheck.checks import unasserted
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    for shape, rows in unasserted.EXAMPLES.items():
        for sentence, phrase, expected in rows:
            doc = parse("x.md", sentence + "\n")
            (s,) = doc.sentences
            lw = norm_words(s.words)
            target = phrase.split()
            a = next(i for i in range(len(lw)) if lw[i : i + len(target)] == target)
            b = a + len(target) - 1
            if shape == "premise":
                got = unasserted.in_premise(lw, s.words, s.block.prose, a, b)
            elif shape == "quoted":
                got = unasserted.quoted_speech(lw, s.words, s.block.prose, a, b)
            elif shape == "inner":
                got = unasserted.in_inner_premise(lw, s.words, s.block.prose, a, b)
            else:
                got = unasserted.in_sense_definition(lw, s.words, s.block.prose, a)
            assert got == expected, (shape, sentence)


def test_thirty_first_session_a_booster_on_a_bound_of_a_figure():
    """Issue 11, thirty-first session (boost31): a booster that governs a bound on a figure
    ("certainly more than 1,000,000 square miles", "in fact, nearly a million", "certainly over a
    short 4 week job") or a figure graded by a weaker alternative ("certainly five, possibly even
    ten years", "certainly not now and possibly never") says how far an estimate can be trusted, not
    that a claim is beyond doubt (booster_figures.bounds_a_figure). A multiplier ("certainly three times as great"), a bound
    with no figure ("more than enough"), a figure the booster does not govern and two claims of
    different kinds ("will certainly help and possibly save") stay findings."""
    text = (
        "The county covers a third of the state, certainly more than 1,000,000 acres.\n"  # 1
        "\n"
        "There are, in fact, nearly a million people living along the river.\n"  # 3
        "\n"
        "The plan must reach far ahead, certainly five, possibly even ten years.\n"  # 5
        "\n"
        "I would beat him, certainly over a short 4 week job.\n"  # 7
        "\n"
        "The demand is certainly three times as great as the supply.\n"  # 9
        "\n"
        "The reasons to rebuild the bridge are certainly more than enough.\n"  # 11
        "\n"
        "The bridge is certainly the oldest of the 12 bridges in the county.\n"  # 13
        "\n"
        "'Soon' means certainly not now and possibly never.\n"  # 15
        "\n"
        "The new bridge will certainly help and possibly save the town money.\n"  # 17
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC102", "HC103")]
    assert got == [(9, 15, "HC102", "warning"), (11, 39, "HC102", "warning"), (13, 15, "HC102", "warning"),
                   (17, 21, "HC102", "warning")]


def test_thirty_first_session_an_opener_before_advice_in_the_passive():
    """Issue 11, thirty-first session (boost31): an opening "In fact" or "Indeed" before advice put
    in the passive ("the user is encouraged", "you're expected to") or by comparison ("it's easier
    to") stresses what the reader is advised to do, as "In fact, you should" does
    (booster_clauses.opener_before_advice). A relative clause ("users who were encouraged by"), a
    genitive ("the project's invited speakers") and "easier than" stay findings."""
    text = (
        "In fact, the user is encouraged, and expected to, tune the settings.\n"  # 1
        "\n"
        "Indeed you're encouraged to send patches.\n"  # 3
        "\n"
        "In fact, it's easier to not use the tool on its own at all.\n"  # 5
        "\n"
        "In fact, users who were encouraged by the results stayed on.\n"  # 7
        "\n"
        "In fact, the project's invited speakers were the best of the year.\n"  # 9 ("Indeed," until open60)
        "\n"
        "In fact, it is easier than ever to ship the bridge.\n"  # 11
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(7, 1, "HC102", "info"), (9, 1, "HC102", "info"), (11, 1, "HC102", "info")]


def test_thirty_first_session_course_the_noun_after_of():
    """Issue 11, thirty-first session (boost31): "course" the noun governed by "of" after a noun of
    a direction or a routine ("a change of course", "as a matter of course", "a reversal of
    course") is no booster (booster_clauses.course_as_noun); "line of course" (no such head) and
    the adverb set off by a comma stay findings."""
    text = (
        "The town needs a change of course which will put people back to work.\n"  # 1
        "\n"
        "The bridge is inspected as a matter of course every spring.\n"  # 3
        "\n"
        "The ship made a sudden reversal of course after the storm.\n"  # 5
        "\n"
        "The river changed its line of course over the centuries.\n"  # 7
        "\n"
        "The plan needs a change, of course, before the vote.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(7, 28, "HC102", "info"), (9, 26, "HC102", "info")]


def test_thirty_first_session_a_booster_in_a_clause_of_limit():
    """Issue 11, thirty-first session (boost31): a booster opening a clause of "until" or "where"
    ("until it is certain that", "in a context where it is clear that", "until clearly
    established") is the case at which something holds, as in a condition
    (booster_clauses.in_limit_clause). A clause mark between ("Until last year, it was clearly
    ...") or a booster more than three words into a long "where" clause stays a finding."""
    text = (
        "It would be unwise to act until it is certain that the bridge cannot be saved.\n"  # 1
        "\n"
        "Keywords can be names in a context where it is clear that they are names.\n"  # 3
        "\n"
        "The town will not rest until clearly told by the council.\n"  # 5
        "\n"
        "Until last year, it was clearly the busiest bridge in the county.\n"  # 7
        "\n"
        "We reached a point where we could stop and watch the abuses which certainly did exist.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    # line 7: "it was clearly the busiest": a warning since the thirty-eighth session (clearly_predicated)
    assert got == [(7, 25, "HC102", "warning"), (9, 67, "HC102", "warning")]


def test_thirty_first_session_shapes_that_credit_nobody():
    """Issue 11, thirty-first session (hedge31): "best known for" (a degree picks out which of
    someone's works identifies him) and "have known for some time" (the verb "know") credit no
    reputation (known_for.py); a modal before "be said to" ("A nation may be said to consist of")
    and a quoted term after "said to" are the writer's own naming (defined_by_saying.own_saying);
    "They say" before a quotation gives the words of a party named before
    (unasserted.quoted_speech); "legend has it" tells lore as lore and is no longer a weasel entry,
    and a hedge after "legend", "myth" or "folklore" in its sentence is inside lore (told_as_lore).
    Findings stay for "well known for", "has been known for", "is said to have improved" with no
    modal, "will be said to", "They say" before a clause, a vague group before a quotation,
    "the story goes", and a hedge before the word "myth"."""
    text = (
        "The engineer, best known for the bridge, retired in May.\n"  # 1
        "\n"
        "We have known for some time that the bridge is unsafe.\n"  # 3
        "\n"
        "The mayor, who I've known for years, resigned.\n"  # 5
        "\n"
        "Perl is well known for its regular expressions.\n"  # 7
        "\n"
        "The plant has been known for its noise since 1990.\n"  # 9
        "\n"
        "A nation may be said to consist of its land, its people and its laws.\n"  # 11
        "\n"
        "Such posters are sometimes said to \u201cdogpile\u201d a newcomer.\n"  # 13
        "\n"
        "Its stock was said to have fallen after the merger.\n"  # 15
        "\n"
        "The business leaders met the mayor. They say, \"Hire more teachers.\"\n"  # 17
        "\n"
        "The business leaders met the mayor. They say it helps them hire.\n"  # 19
        "\n"
        'Many people said, "We do not need them."\n'  # 21
        "\n"
        "Legend has it that the plant closed in a single night.\n"  # 23
        "\n"
        "The story goes that the plant closed in a single night.\n"  # 25
        "\n"
        "The legend of the haunted lab tells of students who are said to have welded a door shut.\n"  # 27
        "\n"
        "The founder is reputed to own a time machine, a myth the archive refutes.\n"  # 29
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(7, 6, "HC101"), (9, 20, "HC101"), (15, 11, "HC101"), (19, 37, "HC101"),
                   (21, 1, "HC101"), (25, 1, "HC101"), (29, 13, "HC101")]


def test_thirty_first_session_examples():
    """known_for.EXAMPLES, defined_by_saying.EXAMPLES and told_as_lore.EXAMPLES: each sentence is
    or is not read as its shape, as listed (the modules' own examples, checked on their functions
    alone)."""
    from prosecheck.checks import defined_by_saying, known_for, told_as_lore
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    def one(sentence):
        (s,) = parse("x.md", sentence + "\n").sentences
        return s, norm_words(s.words)

    for sentence, a, expected in known_for.EXAMPLES:
        s, lw = one(sentence)
        assert known_for.credits_no_reputation(lw, a) == expected, sentence
    for sentence, phrase, expected in defined_by_saying.EXAMPLES:
        s, lw = one(sentence)
        target = phrase.split()
        a = next(i for i in range(len(lw)) if lw[i : i + len(target)] == target)
        b = a + len(target) - 1
        assert defined_by_saying.own_saying(lw, s.words, s.block.prose, a, b) == expected, sentence
    for sentence, phrase, expected in told_as_lore.EXAMPLES:
        s, lw = one(sentence)
        target = phrase.split()
        a = next(i for i in range(len(lw)) if lw[i : i + len(target)] == target)
        assert told_as_lore.inside_lore(lw, a) == expected, sentence


def test_thirty_second_session_named_sources():
    """Issue 11, thirty-second session (hedge32): a capitalised word ending in "ly" inside a
    sentence is a name, not an adverb ("Wired Italy reports that", support._name_at), and one
    person speaking for a body the words before the noun name is a named source ("A Du Pont
    spokesman said", support._OFFICE_VOICES), so each answers a lead in the sentence before; a
    spokesman of no body named, or of a side ("An Israeli spokesman"), or one who asked not to be
    named, does not, and a capitalised adverb opening a sentence is still no name."""
    text = (
        "The deal was reportedly signed. Wired Italy reports that the firms agreed on a price.\n"  # 1
        "\n"
        "The plant has reportedly closed. A Du Pont spokesman said it would not reopen.\n"  # 3
        "\n"
        "The plant has reportedly closed. A government spokesman said it would not reopen.\n"  # 5
        "\n"
        "The plant has reportedly closed. An Israeli spokesman said it would not reopen.\n"  # 7
        "\n"
        "The plant has reportedly closed. A spokesman, who asked not to be named, said so.\n"  # 9
        "\n"
        "Clearly shows that the plant has reportedly closed.\n"  # 11
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(5, 15, "HC101"), (7, 15, "HC101"), (9, 15, "HC101"), (9, 51, "HC101"),
                   (11, 1, "HC102"), (11, 34, "HC101")]


def test_thirty_second_session_notoriously_is_a_reputation():
    """Issue 11, thirty-second session (hedge32): "notoriously" gives a bad name nobody is credited
    with, HC101's as "notorious" is (it was HC102's booster); a source in the sentence answers it."""
    text = (
        "The old parser is notoriously slow. It was written in 1990.\n"  # 1
        "\n"
        "The new cache is notoriously small, according to the 2024 Acme survey. It was added in 2020.\n"  # 3
        "\n"
        'The brochure said: "The build is notoriously fragile."\n'  # 5
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(1, 19, "HC101")]


def test_thirty_second_session_a_report_the_writers_received_from_nobody_named():
    """Issue 11, thirty-second session (hedge32): "We have a report that", "We had another report
    from a Linux user", "We've also had a report that", "We have received reports that" and "We've
    had sporadic reports of" pass on what nobody named told the writers (reputation.received_report,
    which needed an adjective such as "varying" before); on the noun's line when the phrase is
    wrapped. Not a tool ("a report generator"), the writers' own ("a report on the build"), a
    reporter named after "from" (in a bracket too), nor a bare "we have a report.\""""
    text = (
        "We have a report that the build fails on AIX.\n"  # 1
        "\n"
        "We have one report (from toby@eskimo.com) that a flag solves it.\n"  # 3
        "\n"
        "We had another report from a Linux user who solved it by relinking.\n"  # 5
        "\n"
        "We've also had a report that the mailer trashes the MIME type.\n"  # 7
        "\n"
        "We have received reports that several providers restored access.\n"  # 9
        "\n"
        "We have a report generator in the tools folder.\n"  # 11
        "\n"
        "We have a report on the build in the wiki.\n"  # 13
        "\n"
        "We have one report from Dana Reyes that the build fails.\n"  # 15
        "\n"
        "We've had sporadic reports of problems with the mail servers.\n"  # 17
        "\n"
        "Several tests pass, and we have one\n"  # 19
        "report from a reader that the build fails.\n"  # 20
        "\n"
        "We have a report. It lists the failures.\n"  # 22
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 1, "HC101"), (5, 1, "HC101"), (7, 1, "HC101"), (9, 1, "HC101"), (17, 1, "HC101"),
                   (20, 1, "HC101")]


def test_thirty_second_session_those_who_with_no_view_given():
    """Issue 11, thirty-second session (hedge32): "those who" and a verb of saying stay reported
    with the view they hold ("those who say the plan will fail"), not when the verb gives none: a
    pronoun for a view given before ("those who argue it", "those who tell me otherwise"), a cause
    argued "for" or "against", or a possessive before what they proclaim of themselves
    (unnamed_holders._NO_VIEW_AFTER)."""
    text = (
        "We reject the plan. But those who say the plan will fail are wrong.\n"  # 1
        "\n"
        "We reject the plan. The claim backfires on those who argue it.\n"  # 3
        "\n"
        "We reject the plan. I pay little heed to those who tell me otherwise.\n"  # 5
        "\n"
        "We reject the plan. Those who argue for the plan ignore its cost.\n"  # 7
        "\n"
        "We reject the plan. We must not depend on those who proclaim their hostility to it.\n"  # 9
        "\n"
        "The town waited, and those who say it fell were wrong.\n"  # 11
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 25, "HC101"), (11, 22, "HC101")]


def test_thirty_second_session_there_are_people_who_is_info():
    """Issue 11, thirty-second session (hedge32): the lexicon's "there are people who" is reported
    at info (people the text describes as often as a view), "there are those who say" at warning."""
    text = (
        "There are people who travel far to see the plant.\n"  # 1
        "\n"
        "There are those who say the plant will close.\n"  # 3
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 1, "HC101", "info"), (3, 1, "HC101", "warning")]

def test_thirty_second_session_tier_moves():
    """Issue 11, thirty-second session (boost32): outside technical writing, plain "we know" and
    the speaker's "I know", a sentence adverb opening the sentence ("Certainly ..."), "surely"
    before a possibility and "In truth" / "In reality" opening the sentence are warnings; a
    sentence adverb closing it, a booster before a possibility and "in reality" inside the
    sentence stay info. In technical writing "we know" stays info."""
    text = (
        "We know our farms are stronger when the rivers are clean.\n"  # 1
        "\n"
        "And I know that the harbour will be finished by spring.\n"  # 3
        "\n"
        "Certainly the nation has a high stake in the harbour.\n"  # 5
        "\n"
        "The harbour was dredged in a single season, obviously.\n"  # 7
        "\n"
        "Surely they can share the harbour in peace.\n"  # 9
        "\n"
        "Obviously the harbour can still be useful.\n"  # 11
        "\n"
        "In truth, the harbour was never deep enough.\n"  # 13
        "\n"
        "Both legally and in reality, the harbour belongs to the town.\n"  # 15
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    # boost32: warnings outside technical writing: plain "we know", "I know", an opening
    # sentence adverb, "surely" before a modal, an opening "In truth" / "In reality"
    assert got == [(1, 1, "HC102", "warning"), (3, 5, "HC102", "warning"), (5, 1, "HC102", "warning"),
                   (7, 45, "HC102", "info"), (9, 1, "HC102", "warning"), (11, 1, "HC102", "info"),
                   (13, 1, "HC102", "warning"), (15, 18, "HC102", "info")]
    technical = (
        "Install the package, then run the test script against the database server.\n"  # 1
        "\n"
        "We know the parser is faster when the cache is warm.\n"  # 3
        "\n"
        "Each command writes its log file to the build directory.\n"  # 5
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code == "HC102"]
    assert got == [(3, 1, "HC102", "info")]


def test_thirty_second_session_certainty_declared_for_the_audience_and_doubt_denied():
    """Issue 11, thirty-second session (boost32): "All of us agree that", "Most of us recognize
    that" (every_knower.all_of_us) and "It is not doubted that", "It can not be doubted that"
    (the lexicon's) are boosters. Not a part of the audience ("Some of us agree"), not after "that"
    or "as", not before a thing known or an agreement to terms, not a question."""
    text = (
        "All of us agree that the harbour is too shallow.\n"  # 1
        "\n"
        "And most of us now recognize that the old pier is unsafe.\n"  # 3
        "\n"
        "Some of us agree that the harbour is too shallow.\n"  # 5
        "\n"
        "I said that all of us recognize the danger.\n"  # 7
        "\n"
        "All of us agree to the terms of the lease.\n"  # 9
        "\n"
        "All of us know how to swim.\n"  # 11
        "\n"
        "Do all of us agree that the harbour is too shallow?\n"  # 13
        "\n"
        "It is not doubted that the harbour will be finished by spring.\n"  # 15
        "\n"
        "The pier was repaired, and it can not be doubted that the town will use it.\n"  # 17
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 1, "HC102"), (3, 5, "HC102"), (15, 1, "HC102"), (17, 28, "HC102")]


def test_a_fact_known_to_nobody_names_no_knower():
    """ "is known to cause", "were known to hang", "It is now known that", "It has long been known
    that": a fact credited to no one by "known" (known_to.py, thirty-fourth session), on the
    participle's line when "is" ends the line before. Not "known to" a person or a group, nor a
    knower after "by", nor negated, asked or inside a condition, nor the idiom "has been known to"
    (sometimes does) nor "is well known to" (a property), nor in a relative clause whose subject is
    the pronoun ("builds that are known to work"), nor "it was known that" (what was known then,
    recounted), nor with a citation in the sentence."""
    text = (
        "The drug is known to cause nausea.\n"  # 1
        "\n"
        "Such loops were known to hang.\n"  # 3
        "\n"
        "It is now known that the leak came from the valve.\n"  # 5
        "\n"
        "It has long been known that the pump fails in the cold.\n"  # 7
        "\n"
        "The old parser is\n"  # 9
        "known to drop the last line.\n"  # 10
        "\n"
        "The suspect is known to the police.\n"  # 12
        "\n"
        "The tool is known by engineers to hang.\n"  # 14
        "\n"
        "The parser is not known to leak.\n"  # 16
        "\n"
        "Which versions are known to work?\n"  # 18
        "\n"
        "If the input is known to be sorted, skip the check.\n"  # 20
        "\n"
        "The pump has been known to misbehave.\n"  # 22
        "\n"
        "Writing to the disk is well known to add latency.\n"  # 24
        "\n"
        "The drug is known to cause nausea (Smith, 2019).\n"  # 26
        "\n"
        "The limits are known to readers of the first volume.\n"  # 28
        "\n"
        "The builds that are known to work are listed below.\n"  # 30
        "\n"
        "A reader who posts rarely but is known to read every thread.\n"  # 32
        "\n"
        "Whilst it was known that the orders would stand, the town waited.\n"  # 34
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 10, "HC101"), (3, 12, "HC101"), (5, 1, "HC101"), (7, 1, "HC101"), (10, 1, "HC101")]
    assert all(d.severity == "warning" for d in run(text) if d.code == "HC101")


def test_a_known_fact_in_a_condition_is_read_by_confidence_hypothetical():
    """known_to asks confidence.hypothetical (thirty-fifth session, mend35) whether a condition
    holds "is known to": one opened anywhere earlier in the clause ("check if ... what the vendor
    is known to ship", ten words back), also by "once", "provided", "where"; not a "when" clause
    that tells a time (its first verb past), nor a condition a clause mark ended."""
    text = (
        "Check if the processes on the host match what the vendor is known to ship.\n"  # 1
        "\n"
        "Once the input is known to be sorted, skip the check.\n"  # 3
        "\n"
        "Provided the host is known to be trusted, skip the check.\n"  # 5
        "\n"
        "Keep a list of the hosts where the cache is known to fail.\n"  # 7
        "\n"
        "When the mill opened the valve was known to leak.\n"  # 9
        "\n"
        "If the input is large, the parser is known to stall.\n"  # 11
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(9, 32, "HC101"), (11, 35, "HC101")]


def test_reports_said_to_exist_name_no_reporter():
    """ "There are reports that", "There have been several reports of", "there have also been
    reports of": reports said to exist with no one credited (nobody_reported.reports_exist,
    thirty-fourth session). Not denied, not a tracker's or a tool's reports (a noun before
    "reports", a relative clause after "that"), not with the reporter after "reports"."""
    text = (
        "There are reports that the valve leaks.\n"  # 1
        "\n"
        "In winter there have been several reports of crashes on start-up.\n"  # 3
        "\n"
        "There have also been reports of looting in the town.\n"  # 5
        "\n"
        "There are no reports of crashes.\n"  # 7
        "\n"
        "There are bug reports of crashes.\n"  # 9
        "\n"
        "There are reports that can be exported as CSV.\n"  # 11
        "\n"
        "There are reports from the town council that the mill is closed.\n"  # 13
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 1, "HC101"), (3, 11, "HC101"), (5, 1, "HC101")]
    assert all(d.severity == "warning" for d in run(text) if d.code == "HC101")


def test_rumours_said_to_exist_name_no_teller():
    """ "There were rumours that", "there is a rumour that", "There have been rumors of", and the
    rumour as a complement ("rumours were that"): hearsay said to exist, its tellers left out
    (nobody_reported.rumours_exist, forty-seventh session, hcrec47). Not a relative clause on the
    rumours, not their own story ("the rumours of ... spread"), not the reader's, not whose rumours
    the text names."""
    text = (
        "There were rumours that the mill would close.\n"  # 1
        "\n"
        "In May there was a rumor that the ferry had sunk.\n"  # 3
        "\n"
        "The town was quiet (rumours were that the mayor had left).\n"  # 5
        "\n"
        "There have been rumors of a sale.\n"  # 7
        "\n"
        "There were rumours that were denied the next day.\n"  # 9
        "\n"
        "The rumours of a sale spread quickly.\n"  # 11
        "\n"
        "If you heard rumours about a sale, ignore them.\n"  # 13
        "\n"
        "His rumours were that the mayor had left.\n"  # 15
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 1, "HC101"), (3, 8, "HC101"), (5, 21, "HC101"), (7, 1, "HC101")]
    assert all(d.severity == "warning" for d in run(text) if d.code == "HC101")


def test_prevailing_view_examples():
    """prevailing_view.EXAMPLES: each sentence is or is not read as a view credited to a crowd by
    its adjective, as listed (the module's own examples, checked on its function alone)."""
    from prosecheck.checks import prevailing_view
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    for sentence, expected in prevailing_view.EXAMPLES:
        (s,) = parse("x.md", sentence + "\n").sentences
        lw = norm_words(s.words)
        found = [prevailing_view.held_view(lw, s.words, i) for i, w in enumerate(lw) if w in prevailing_view.ADJECTIVES]
        assert any(f is not None for f in found) == expected, sentence


def test_prevailing_view_names_no_holder():
    """ "the prevailing view", "the popular view that", "The prevalent opinion", "in the accepted
    wisdom": a view credited to a crowd by the adjective of how widely it is held (forty-seventh
    session, hcrec47), at warning. Not "general", not a bare "popular opinion", not a capitalised
    label, not with a source in the sentence."""
    text = (
        "On the prevailing view, the riots were planned.\n"  # 1
        "\n"
        "This has led to the popular view that all engineers hate hackers.\n"  # 3
        "\n"
        "The prevalent opinion which we met denied the conflict.\n"  # 5
        "\n"
        "Nationalism is, in the accepted wisdom, the mark of the modern world.\n"  # 7
        "\n"
        "Everyone asked what the general opinion was.\n"  # 9
        "\n"
        "Popular opinion is at war with a small minority.\n"  # 11
        "\n"
        "Open the Popular view to see the top packages.\n"  # 13
        "\n"
        "The accepted wisdom ([2024 survey](https://example.org/survey)) is that mills close.\n"  # 15
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 4, "HC101", "warning"), (3, 17, "HC101", "warning"), (5, 1, "HC101", "warning"), (7, 20, "HC101", "warning")]


def test_known_to_examples():
    """known_to.EXAMPLES: each sentence is or is not read as a fact known to nobody, as listed
    (the module's own examples, checked on its functions alone)."""
    from prosecheck.checks import known_to
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    for sentence, expected in known_to.EXAMPLES:
        (s,) = parse("x.md", sentence + "\n").sentences
        lw, prose = norm_words(s.words), s.block.prose
        found = [known_to.known_to(lw, s.words, i, prose) for i, w in enumerate(lw) if w == known_to.KNOWN]
        found += [known_to.known_that(lw, s.words, i, prose) for i, w in enumerate(lw) if w in known_to.IMPERSONAL]
        assert any(f is not None for f in found) == expected, sentence


def test_thirty_fourth_session_a_booster_in_a_when_that_tells_a_time():
    """Issue 11, thirty-fourth session (miss34, confidence.tells_time): a booster in a "when"
    clause that tells a time (a past verb, a year or a noun of time before "when") is asserted;
    in a present "when" clause it stays inside a condition."""
    text = (
        "The plant closed in 1990, when demand had clearly collapsed.\n"  # 1
        "\n"
        "The pier was rebuilt when the storm had obviously ruined it.\n"  # 3
        "\n"
        "The town grew in the decade when Acme is clearly ahead.\n"  # 5
        "\n"
        "Revert the commit when the build is clearly broken.\n"  # 7
        "\n"
        "When the cache is obviously stale, the tool rebuilds it.\n"  # 9
        "\n"
        "Whenever the ferry was clearly overloaded, the captain turned back.\n"  # 11
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 43, "HC102"), (3, 41, "HC102"), (5, 42, "HC102")]


def test_thirty_fourth_session_an_evident_adverb_inside_a_sentence_of_technical_writing():
    """Issue 11, thirty-fourth session (warn34): in technical writing (``Document.technical``)
    "obviously", "plainly", "patently", "self-evidently" and "unmistakably" inside a sentence mostly
    explain what the text has just given ("this is obviously slower because ..."): info. Not one
    opening the sentence ("Plainly, ..." stays a warning), not another booster inside ("certainly"),
    and in other prose all of them stay warnings. Like every info booster in technical writing, one
    followed in its clause by the writers is not reported (booster_scope.writer_after)."""
    prose = (
        "The second road is obviously slower because it climbs every hill.\n"  # 1
        "\n"
        "The old rule is plainly wrong for a harbour.\n"  # 3
        "\n"
        "Such a fence is patently unsafe for a large herd.\n"  # 5
        "\n"
        "The new law is self-evidently stricter than the old one.\n"  # 7
        "\n"
        "The new map is unmistakably easier to read.\n"  # 9
        "\n"
        "Plainly, the old rule is wrong for a harbour.\n"  # 11
        "\n"
        "The second road is certainly slower than the first.\n"  # 13
        "\n"
        "The rewrite was obviously the thing we needed.\n"  # 15
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(prose) if d.code == "HC102"]
    assert got == [
        (1, 20, "HC102", "warning"), (3, 17, "HC102", "warning"), (5, 17, "HC102", "warning"),
        (7, 16, "HC102", "warning"), (9, 16, "HC102", "warning"), (11, 1, "HC102", "warning"),
        (13, 20, "HC102", "warning"), (15, 17, "HC102", "warning"),
    ]
    technical = "Install the package, then edit the configuration file before the first run.\n\n" + prose
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code == "HC102"]
    assert got == [
        (3, 20, "HC102", "info"), (5, 17, "HC102", "info"), (7, 17, "HC102", "info"),
        (9, 16, "HC102", "info"), (11, 16, "HC102", "info"),
        (13, 1, "HC102", "warning"),  # "Plainly," opening the sentence
        (15, 20, "HC102", "warning"),  # "certainly" is no word of the class
        # line 17, "The rewrite was obviously the thing we needed": info, then the writers' own work
    ]


def test_thirty_fifth_session_apparently_after_a_preposition_or_an_ordinal_is_info():
    """Issue 11, thirty-fifth session (prec35): "apparently" or "supposedly" after a preposition
    or an ordinal grades the words after it (no clause can start there), as after an article: info.
    Before a gerund ("by apparently ignoring") and after "to" (a split infinitive) it reports an
    act, and stays a warning, as a clause's "apparently" does."""
    text = (
        "Some readers stumble over apparently invalid markup.\n"  # 1
        "\n"
        "The tool has a fondness for apparently harmless defaults.\n"  # 3
        "\n"
        "The first apparently stable release came in May.\n"  # 5
        "\n"
        "The team angered users by apparently ignoring the report.\n"  # 7
        "\n"
        "The team was able to apparently fix the leak.\n"  # 9
        "\n"
        "The team apparently fixed the leak.\n"  # 11
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 27, "HC101", "info"), (3, 29, "HC101", "info"), (5, 11, "HC101", "info"),
                   (7, 27, "HC101", "warning"), (9, 22, "HC101", "warning"), (11, 10, "HC101", "warning")]


def test_thirty_fifth_session_said_to_before_the_entry_term_is_no_report():
    """Issue 11, thirty-fifth session (prec35, defined_by_saying.names_its_entry): "said to"
    followed, in its clause, by every longer word of the term its entry defines (a heading, or a
    lexicon's one-line headword ":term: n.") gives the term's use, not hearsay. A report under its
    entry keeps its finding: the term not there, the term past a comma, or only part of a term of
    two long words."""
    text = (
        ":frobnicate: v.\n"  # 1
        "\n"
        "To tweak a knob at random. Such a knob is said to have been frobnicated.\n"  # 3
        "\n"
        "The early tools are said to have improved since, and frobnicate less.\n"  # 5
        "\n"
        "## Bit bucket\n"  # 7
        "\n"
        "Lost data is said to have gone to the bit bucket.\n"  # 9
        "\n"
        "## Flame war\n"  # 11
        "\n"
        "The list is said to have hosted a war.\n"  # 13
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(5, 17, "HC101"), (13, 10, "HC101")]


def test_thirty_fifth_session_holders_known_by_their_stance():
    """Issue 11, thirty-fifth session (crowd35): "those who" with a verb of a stance taken on a
    view or a proposal (question, object, advocate, doubt, denounce; "assume" with "that" only),
    and "there are" with a plural of people (men, persons, skeptics, cynics, critics, folks) before
    "who say": the holders are known only by the view. Not "deny" (a deed: "those who deny them
    work"), not "assume" without "that" ("those who assume office"), not "men who say" without
    "there are" (a relative clause of any sentence), and not in documentation, as before."""
    text = (
        "# The address\n"
        "\n"
        "And for those who question the quality of our ships, look at the record.\n"  # 3
        "\n"
        "Those who object to the new rule should read it first.\n"  # 5
        "\n"
        "We must still the voices of those who advocate a wider war.\n"  # 7
        "\n"
        "There are skeptics who say it cannot be done.\n"  # 9
        "\n"
        "There are persons who advocate peace at any price.\n"  # 11
        "\n"
        "Those who assume that the war is over are mistaken.\n"  # 13
        "\n"
        "The villains are those who deny work to these youngsters.\n"  # 15
        "\n"
        "Those who assume office in June will serve two years.\n"  # 17
        "\n"
        "The men who say grace sat at the head of the table.\n"  # 19
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    # lines 5 and 13: "Those who" heading the sentence, info since the forty-second session (tier42)
    assert got == [(3, 9, "HC101", "warning"), (5, 1, "HC101", "info"), (7, 29, "HC101", "warning"),
                   (9, 1, "HC101", "warning"), (11, 1, "HC101", "warning"), (13, 1, "HC101", "info")]


def test_thirty_fifth_session_holders_by_stance_not_in_documentation():
    """crowd35: the stance verbs are read outside documentation only, as "those who say" is."""
    text = (
        "# Install\n"
        "\n"
        "```sh\n"
        "pip install harbor\n"
        "```\n"
        "\n"
        "For those who question the defaults, see the configuration section.\n"
    )
    assert [d for d in run(text) if d.code == "HC101"] == []


def test_thirty_fifth_session_a_quantity_alone_as_the_agent_before_its_view():
    """Issue 11, thirty-fifth session (crowd35): a quantity alone as the agent of a participle of
    judging or saying, then "as", "that" or "to" opening the view it holds ("seen by many as",
    "claimed by some that", "thought by some to be"). Not a verb of doing ("used by many to build
    sites"), not a quantity before a noun phrase ("claimed by some of the plugins")."""
    text = (
        "The agency is now seen by many as a captive of narrow interests.\n"  # 1
        "\n"
        "It is even claimed by some that the two tools are one.\n"  # 3
        "\n"
        "The bill is thought by some to be unwise.\n"  # 5
        "\n"
        "The library is used by many to build sites.\n"  # 7
        "\n"
        "The port is claimed by some of the plugins that start first.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 19, "HC101", "warning"), (3, 12, "HC101", "warning"), (5, 13, "HC101", "warning")]


def test_thirty_sixth_session_a_hedge_in_a_premise_inside_the_sentence():
    """Issue 11, thirty-sixth session (prec36b, unasserted.in_inner_premise): a hedge in a
    condition or a time still to come that opens inside the sentence ("until it is understood
    that", "the moment it is known that", "only when the people say") is supposed, not reported:
    info. A past in the clause narrates an event ("when it apparently struck an object", "when
    researchers reported it"), and a hedge past a comma is the main clause's: warnings, as
    before."""
    text = (
        "# The address\n"
        "\n"
        "Peace will not come until it is understood that such governments will not be recognized.\n"  # 3
        "\n"
        "The treaty fails the moment it is known that the fleet has sailed.\n"  # 5
        "\n"
        "We shall regard the war as won only when the people say to us that they are ready.\n"  # 7
        "\n"
        "The boat got into trouble when it apparently struck an object.\n"  # 9
        "\n"
        "The bug was found on July 12, when researchers reported it.\n"  # 11
        "\n"
        "Prices will stay high until next year, it is said.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 27, "HC101", "info"), (5, 29, "HC101", "info"), (7, 46, "HC101", "info"),
                   (9, 35, "HC101", "warning"), (11, 36, "HC101", "warning"), (13, 40, "HC101", "warning")]


def test_thirty_sixth_session_the_writers_own_sure_in_technical_writing():
    """Issue 11, thirty-sixth session (prec36b, assurances.writers_sure): in technical writing the
    writer's own "I'm sure" or "I am sure" grants a point or is modest: info, and not reported
    before the writer's own work (booster_scope.writer_after, as for every info booster there).
    Outside technical writing it stays a warning."""
    technical = (
        "# Notes on the build\n"
        "\n"
        "Install the package and run the server; the database and the kernel module are built by the compiler from the source code.\n"
        "\n"
        "I'm sure the old compiler is fine for some programs, as is the new one.\n"  # 5
        "\n"
        "I am sure there is a bug in the release that I'm missing.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code == "HC102"]
    assert got == [(5, 1, "HC102", "info")]
    address = "# The address\n\nI am sure that the people would welcome a chance to listen to the leaders.\n"
    got = [(d.line, d.col, d.code, d.severity) for d in run(address) if d.code == "HC102"]
    assert got == [(3, 1, "HC102", "warning")]


def test_thirty_sixth_session_a_denial_in_an_aside():
    """Issue 11, thirty-sixth session (prec36b, booster_clauses.denial_aside): a booster and "not"
    opening an aside after a dash or an opening parenthesis rule a reading of the clause before
    out ("-- certainly not the friends you need", "(certainly not useful)"): info. Not "no"
    before a noun ("--certainly no unnecessary delay--"), not a booster and "not" inside the
    clause ("It is certainly not a free service"): warnings, as before."""
    text = (
        "# The address\n"
        "\n"
        "This conduct will not gain you friends -- certainly not the friends you need.\n"  # 3
        "\n"
        "The effects on the farms will be unpredictable (certainly not useful) this year.\n"  # 5
        "\n"
        "There should be no delay--certainly no unnecessary delay--in fixing the rate.\n"  # 7
        "\n"
        "It is certainly not a free service for the towns.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(3, 43, "HC102", "info"), (5, 49, "HC102", "info"), (7, 27, "HC102", "warning"),
                   (9, 7, "HC102", "warning")]


def test_thirty_seventh_session_the_speakers_own_belief_in_the_impersonal_passive():
    """Issue 11, thirty-seventh session (prec37h, belief_passive.speakers_belief): outside
    documentation the impersonal present "it is believed" or "it is thought" (at most an adverb of
    how it is held) is the speaker's own belief put in the passive as often as a view handed to
    nobody: info. An adverb of how many hold it ("widely"), the past ("It was thought") and a
    sentence that opens on the phrase with no "that" (a news lead) stay warnings, and so does the
    phrase in documentation."""
    text = (
        "# The address\n"
        "\n"
        "It is believed that the new schedule will save the department a great deal.\n"  # 3
        "\n"
        "Our accounts are complicated, and it is believed may be much improved.\n"  # 5
        "\n"
        "The situation of the harbour, it is thought, requires the attention of the council.\n"  # 7
        "\n"
        "It is confidently believed that the policy will succeed.\n"  # 9
        "\n"
        "It is widely believed that the policy will succeed.\n"  # 11
        "\n"
        "It was thought that the policy would succeed.\n"  # 13
        "\n"
        "It is thought the injured man is from the northern suburbs.\n"  # 15
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 1, "HC101", "info"), (5, 35, "HC101", "info"), (7, 31, "HC101", "info"),
                   (9, 1, "HC101", "info"), (11, 1, "HC101", "warning"), (13, 1, "HC101", "warning"),
                   (15, 1, "HC101", "warning")]
    code = "```sh\nmake install\n```\n\nIt is believed that the parser handles every file.\n"
    got = [(d.line, d.col, d.code, d.severity) for d in run(code) if d.code == "HC101"]
    assert got == [(5, 1, "HC101", "warning")]


@pytest.mark.parametrize("sentence,own", belief_passive.EXAMPLES)
def test_belief_passive_examples(sentence, own):
    from prosecheck.document import parse
    from prosecheck.checks.lexicon import norm_words

    doc = parse("address.md", "# The address\n\n" + sentence + "\n")
    s = doc.sentences[-1]
    lw = norm_words(s.words)
    a = lw.index("it")
    b = next(k for k in range(a, len(lw)) if lw[k] in ("believed", "thought"))
    assert belief_passive.speakers_belief(doc, lw, a, b) is own


def test_forty_fourth_session_the_governments_own_belief_in_the_personal_passive():
    """Issue 11, forty-fourth session (hcprec44, own_government.government_belief): in a document
    whose writer speaks for a government (own_government.speaks_for_government: "Congress" and
    "this Government", "the Executive" ... capitalised), "is/was believed/thought/understood to" is that
    Government's own judgement put in the passive as often as a report handed to nobody (ratchet
    S230): info. The same words in a document without both forms stay warnings, and so does "is
    said to"."""
    body = (
        "Legislative provision is thought to be particularly urgent.\n"  # +0
        "\n"
        "The new system of accounts is believed to be more economical.\n"  # +2
        "\n"
        "The date of the grant was understood to be posterior to the article.\n"  # +4
        "\n"
        "The old treaty is said to have conveyed all the lands.\n"  # +6
    )
    address = (
        "# The message\n"
        "\n"
        "I transmit to the Congress the reports of the departments of this Government.\n"
        "\n"
    ) + body
    got = [(d.line, d.col, d.code, d.severity) for d in run(address) if d.code == "HC101"]
    assert got == [(5, 23, "HC101", "info"), (7, 28, "HC101", "info"), (9, 23, "HC101", "info"),
                   (11, 16, "HC101", "warning")]
    news = "# The report\n\nThe Congress met today.\n\n" + body
    got = [(d.line, d.col, d.code, d.severity) for d in run(news) if d.code == "HC101"]
    assert got == [(5, 23, "HC101", "warning"), (7, 28, "HC101", "warning"), (9, 23, "HC101", "warning"),
                   (11, 16, "HC101", "warning")]


@pytest.mark.parametrize("sentence,own", own_government.EXAMPLES)
def test_own_government_examples(sentence, own):
    from prosecheck.document import parse
    from prosecheck.checks.lexicon import norm_words

    address = "# The message\n\nI recommend to the Congress the views of this Government.\n\n"
    doc = parse("address.md", address + sentence + "\n")
    assert own_government.speaks_for_government(doc)
    s = doc.sentences[-1]
    lw = norm_words(s.words)
    b = next((k for k in range(1, len(lw)) if lw[k] == "to" and lw[k - 1] in ("believed", "thought", "understood", "expected", "said")), None)
    if b is None:
        b = lw.index("believed")
    a = max(0, b - 3)
    assert own_government.government_belief(doc, lw, a, b) is own


def test_own_government_needs_the_legislature_and_the_government_capitalised():
    from prosecheck.document import parse

    def speaks(text):
        return own_government.speaks_for_government(parse("doc.md", "# Doc\n\n" + text + "\n"))

    assert speaks("Congress met. The views of this Government are known.") is True
    assert speaks("Fellow-Citizens: the General Government has done its part.") is True
    assert speaks("I laid the papers before the Congress, as the Executive must.") is True
    assert speaks("Congress met. Our government should act.") is False  # lower case: news, an essay
    assert speaks("The Congress party won the vote in the state.") is False  # no Government
    assert speaks("The views of this Government are known.") is False  # no legislature
    assert speaks("I recommend the cache. I submit it for your attention.") is False


def test_forty_first_session_the_speakers_own_forecast_in_the_passive_estimate():
    """Issue 11, forty-first session (prechc41, belief_passive.speakers_forecast): outside
    documentation "it is estimated that" before a clause with "will", "would" or "shall" is the
    speaker's office forecasting its own revenue, payments or programs (ratchet S230, scythe
    S153): info. An estimate of what is or was, the past ("It was estimated") and the phrase in
    documentation stay warnings."""
    text = (
        "# The address\n"
        "\n"
        "It is estimated that the harbour dues for the present year will exceed the estimate.\n"  # 3
        "\n"
        "It is also estimated that the bridge loan will be paid off during the next year.\n"  # 5
        "\n"
        "It is estimated that such a credit would reduce the revenue of the town.\n"  # 7
        "\n"
        "It is estimated that most of these deposits are the savings of fishermen.\n"  # 9
        "\n"
        "It was estimated that the bridge loan would be paid off in a year.\n"  # 11
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 1, "HC101", "info"), (5, 1, "HC101", "info"), (7, 1, "HC101", "info"),
                   (9, 1, "HC101", "warning"), (11, 1, "HC101", "warning")]
    code = "```sh\nmake install\n```\n\nIt is estimated that the build will take an hour.\n"
    got = [(d.line, d.col, d.code, d.severity) for d in run(code) if d.code == "HC101"]
    assert got == [(5, 1, "HC101", "warning")]


def test_forty_first_session_a_modal_before_a_booster_of_manner_is_no_mixed_signal():
    """Issue 11, forty-first session (prechc41, hedging._modal_graded): "could", "may" or "might"
    right before a booster that grades a verb of perceiving ("could clearly see") or a passive
    ("could surely be translated") says how well or that the act can be done: no mixed signal
    (HC103), and no booster either (a booster after a modal of possibility insists on nothing).
    "could clearly fail", "may certainly be faster" stay HC103."""
    text = (
        "# Notes\n"
        "\n"
        "The layer is hidden so that you could clearly see the changes.\n"  # 3
        "\n"
        "The people may clearly understand the need for the new quay.\n"  # 5
        "\n"
        "The manual could surely be translated, too.\n"  # 7
        "\n"
        "The old crane could clearly fail in winter.\n"  # 9
        "\n"
        "The new crane may certainly be faster in some cases.\n"  # 11
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code in ("HC102", "HC103")]
    assert got == [(9, 15, "HC103"), (11, 15, "HC103")]


def test_forty_first_session_suggested_in_a_relative_clause_names_proposals():
    """Issue 11, forty-first session (prechc41, nobody_reported.PROPOSED): "which have been
    suggested" picks out the proposals the noun before names (the suggested points): nothing is
    claimed as true, not reported. The main clause ("many plans have been suggested", "has also
    been suggested") is still reported."""
    text = (
        "# Notes\n"
        "\n"
        "Some future possibilities which have been suggested are listed below.\n"  # 3
        "\n"
        "The council will weigh the points that have been suggested for the quay.\n"  # 5
        "\n"
        "To pay for the quay many plans have been suggested, most of them costly.\n"  # 7
        "\n"
        "Putting the crane on the old quay has also been suggested.\n"  # 9
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(7, 32, "HC101"), (9, 35, "HC101")]


def test_thirty_seventh_session_surely_of_manner():
    """Issue 11, thirty-seventh session (prec37h, booster_clauses.surely_of_manner): "surely"
    saying how a thing is done is no booster: between "be" and a participle, in a list of adverbs
    set off by commas, and "as surely as" after the clause's verb. "as surely as" opening its
    clause (a correlative asserting the next one) and a plain "will surely" stay findings."""
    text = (
        "# Notes\n"
        "\n"
        "Only in this way can evasions of the law be surely detected.\n"  # 3
        "\n"
        "The plan will reduce the deficit steadily, surely, and in time, completely.\n"  # 5
        "\n"
        "We are dealing with them just as surely as we dealt with the old regime.\n"  # 7
        "\n"
        "But as surely as the old spirit made us strong, the same spirit is opening a new front.\n"  # 9
        "\n"
        "The town will surely grow.\n"  # 11
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(9, 8, "HC102"), (11, 15, "HC102")]


def test_thirty_seventh_session_a_past_expectation_overtaken():
    """Issue 11, thirty-seventh session (prec37h, belief_passive.overtaken_expectation): outside
    documentation a past "was/were expected to" opening a relative clause or a comparison sets
    what happened against what was foreseen: info. The present ("which are expected to finish
    today": a forecast still open) and a main clause ("Neither was expected to make it.") stay
    warnings."""
    text = (
        "# Notes\n"
        "\n"
        "The revenue fell short of what it was expected to produce.\n"  # 3
        "\n"
        "It kept none of the savings that were expected to result from the plan.\n"  # 5
        "\n"
        "Eight yachts, which are expected to finish today, are still at sea.\n"  # 7
        "\n"
        "Neither was expected to make it.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 35, "HC101", "info"), (5, 34, "HC101", "info"), (7, 21, "HC101", "warning"),
                   (9, 9, "HC101", "warning")]


@pytest.mark.parametrize("sentence,overtaken", belief_passive.OVERTAKEN_EXAMPLES)
def test_overtaken_expectation_examples(sentence, overtaken):
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    doc = parse("notes.md", "# Notes\n\n" + sentence + "\n")
    lw = norm_words(doc.sentences[-1].words)
    b = lw.index("expected") + 1
    a = b - 2
    assert belief_passive.overtaken_expectation(lw, a, b) is overtaken


def test_thirty_seventh_session_a_knower_before_a_possibility_is_a_warning():
    """Issue 11, thirty-seventh session (tier37): a booster before a modal of possibility is info
    (granting it: "Obviously the harbour can still be useful", "certainly possible"), but not a
    knower's "know": there the possibility is what is claimed as known ("Americans know good jobs
    can vanish", "Everyone knows the river may flood"), a warning like the same knower before a
    plain claim. Its info findings were right 5 times of 5 on the sets built after the branch
    (eval/ablate_unseen.py)."""
    text = (
        "Americans know good jobs can vanish overnight.\n"  # 1
        "\n"
        "The farmers grow wheat on the river plain.\n"
        "\n"
        "Obviously the harbour can still be useful.\n"  # 5
        "\n"
        "It is certainly possible to rebuild the old bridge.\n"  # 7
        "\n"
        "Everyone knows the river may flood in spring.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 1, "HC102", "warning"), (5, 1, "HC102", "info"), (7, 7, "HC102", "info"),
                   (9, 1, "HC102", "warning")]


def test_thirty_eighth_session_assent_credited_to_a_crowd_or_to_everyone():
    """Issue 11, thirty-eighth session (hc38): a view granted or pressed by nobody named. The
    impersonal passive of granting and pressing in the present or the perfect ("It is generally
    conceded that", "It has been urged that": reputation.impersonal_passive) and the personal
    passive graded by how many grant it ("is generally admitted", "is generally conceded":
    general_assent.crowd_assent) are HC101; everyone's assent ("is admitted on all hands", "is now
    universally acknowledged") and the impersonal denial that anyone could doubt ("It can scarcely
    be doubted that", "It is not denied that": general_assent.undeniable) are HC102. Not the past
    "It was urged that" (one side's argument in an exchange told), not with the grantors named
    ("by the towns"), not a definition by condition ("considered idle if"), not after "can" (the
    writer's framing), and not "may be doubted whether" (a doubt)."""
    text = (
        "# The address\n"
        "\n"
        "It is generally conceded that the harbour must be dredged.\n"  # 3
        "\n"
        "It has been urged that the council should sell the mill.\n"  # 5
        "\n"
        "It was urged that the council should sell the mill.\n"  # 7
        "\n"
        "The old charter is generally admitted to be a failure.\n"  # 9
        "\n"
        "That the toll road failed is generally conceded.\n"  # 11
        "\n"
        "The duty of economy is admitted on all hands.\n"  # 13
        "\n"
        "The value of the schools is now universally acknowledged.\n"  # 15
        "\n"
        "The principle was generally admitted by the towns to whom it was put.\n"  # 17
        "\n"
        "A farm is generally considered idle if nothing is planted for a year.\n"  # 19
        "\n"
        "Strings that can be commonly considered as flags are converted.\n"  # 21
        "\n"
        "It can scarcely be doubted that the canal will pay.\n"  # 23
        "\n"
        "It is not denied that the banks stopped payment.\n"  # 25
        "\n"
        "It may be doubted whether the canal will pay.\n"  # 27
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 1, "HC101", "warning"), (5, 1, "HC101", "warning"), (9, 17, "HC101", "warning"),
                   (11, 27, "HC101", "warning"), (13, 21, "HC102", "warning"), (15, 26, "HC102", "warning"),
                   (23, 1, "HC102", "warning"), (25, 1, "HC102", "warning")]
    # across a line break the finding stands on the participle's line, where its phrase is; the
    # holders named in a parenthesis answer it
    text = (
        "# Notes\n"
        "\n"
        "A memory whose registers are\n"
        "generally considered clumsy.\n"  # 4
        "\n"
        "The self-taught hacker is often\n"
        "considered (at least by other hackers) to be quick.\n"  # 7
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(4, 1, "HC101")]


def test_forty_fifth_session_views_of_a_crowd_in_the_passive_of_opinion():
    """Issue 11, forty-fifth session (hcrec45, general_assent.crowd_assent): a passive of holding a
    view graded by how many hold it, its holders unnamed: "regarded as", "understood to", "taken to
    mean", "taken for granted" after an adverb of how many ("popularly", "normally", "universally"
    among them), the adverb before "been" in the perfect ("has generally been supposed") and "most"
    before the adverb ("has been most generally considered"). Not "as is generally supposed" (the
    writer sets a common belief aside), not "usually supposed to" (an interface's rule), not "taken
    as" (a default), not "understood by" (the holders named) nor after "should"."""
    text = (
        "# Notes\n"
        "\n"
        "The old bridge is popularly regarded as Roman work.\n"  # 3
        "\n"
        "The mill has been most generally considered the finest in the county.\n"  # 5
        "\n"
        "The harbour is far older than has generally been supposed.\n"  # 7
        "\n"
        "Nowadays the guild is generally understood to mean the carpenters.\n"  # 9
        "\n"
        "The terms are generally taken for granted by the great majority of writers.\n"  # 11
        "\n"
        "Weaving is normally considered a village craft.\n"  # 13
        "\n"
        "Anarchy is not disorder, as is generally supposed.\n"  # 15
        "\n"
        "The callback is usually supposed to return a list.\n"  # 17
        "\n"
        "The value is usually taken as the default.\n"  # 19
        "\n"
        "The flag is commonly understood by most parsers.\n"  # 21
        "\n"
        "The guild should be universally regarded as a model.\n"  # 23
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 16, "HC101", "warning"), (5, 14, "HC101", "warning"), (7, 31, "HC101", "warning"),
                   (9, 20, "HC101", "warning"), (13, 9, "HC101", "warning")]


@pytest.mark.parametrize("sentence,code", general_assent.EXAMPLES)
def test_general_assent_examples(sentence, code):
    got = [d.code for d in run("# Notes\n\n" + sentence + "\n") if d.code in ("HC101", "HC102")]
    assert got == ([code] if code else [])


def test_thirty_eighth_session_a_booster_on_the_addressees_own_mind():
    """Issue 11, thirty-eighth session (hc38, booster_clauses.of_the_addressee): "doubtless" or "no
    doubt" right after "you" (at most one auxiliary between) presumes on the reader's or the
    audience's own mind or act, and vouches for no claim: not reported. Another subject ("The town
    will doubtless grow"), "You know" before a claim and "surely" after "you" (a promise of what a
    product does for the reader) stay findings; a sentence ending on "it was" is read without
    error."""
    text = (
        "# Notes\n"
        "\n"
        "You will doubtless amend it in that particular.\n"  # 3
        "\n"
        "You're doubtless familiar with how calls work.\n"  # 5
        "\n"
        "The town will doubtless grow.\n"  # 7
        "\n"
        "You know the town will certainly grow.\n"  # 9
        "\n"
        "That is how it was.\n"  # 11
        "\n"
        "You will surely love the new harbour.\n"  # 13
        "\n"
        "You are no doubt aware of the new harbour.\n"  # 15
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(7, 15, "HC102"), (9, 1, "HC102"), (13, 10, "HC102")]


def test_thirty_eighth_session_clearly_in_the_predicate_is_a_warning():
    """Issue 11, thirty-eighth session (tier38): "clearly" right after a form of "be" (or one
    contracted onto a pronoun) or after "has"/"have"/"had"/"will"/"would" puts the predicate
    beyond doubt: a warning (clearly_predicated). "clearly" before a verb, opening the sentence,
    or before a past participle after "be" (the passive, manner) stays info; inside the sentence
    in technical writing it is still not reported."""
    text = (
        "The new ferry is clearly superior to the old one.\n"  # 1
        "\n"
        "The time for talk has clearly passed.\n"  # 3
        "\n"
        "You're clearly not the audience for this ferry.\n"  # 5
        "\n"
        "The new ferry clearly outperforms the old one.\n"  # 7
        "\n"
        "The fares were clearly justified by the storm.\n"  # 9
        "\n"
        "The crew would clearly need more boats.\n"  # 11
        "\n"
        "Clearly, the crew needs more boats.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 18, "HC102", "warning"), (3, 23, "HC102", "warning"), (5, 8, "HC102", "warning"),
                   (7, 15, "HC102", "info"), (9, 16, "HC102", "info"), (11, 16, "HC102", "warning"),
                   (13, 1, "HC102", "info")]
    # in technical writing only "clearly" before a ranking ("is clearly superior") and opening the
    # sentence are reported (booster_clauses.clearly_inside)
    technical = "Install the package, then edit the configuration file before the first run.\n\n" + text
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code == "HC102"]
    assert got == [(3, 18, "HC102", "warning"), (15, 1, "HC102", "info")]


def test_thirty_eighth_session_the_readers_knowledge_after_a_condition_is_a_warning():
    """Issue 11, thirty-eighth session (tier38): "If you've sailed on any ferry, you already know
    ...": the reader's knowledge after a condition is a warning like plain "you know" (it was info:
    right 3 times of 3 over the seventy-six sets); after "then" (a deduction the reader draws) it
    is still not reported (readers_condition)."""
    text = (
        "If you have sailed on any ferry, you already know about the noise.\n"  # 1
        "\n"
        "If you read the papers, you know there has been a rise in fares.\n"  # 3
        "\n"
        "If you have sailed on any ferry, then you already know that it is loud.\n"  # 5
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 34, "HC102", "warning"), (3, 25, "HC102", "warning")]


def test_thirty_eighth_session_a_later_turn_without_a_mark_outside_technical_writing():
    """Issue 11, thirty-eighth session (tier38): outside technical writing a booster before a later
    "but", "nevertheless" or "nonetheless" is info only when the turn opens a clause after a mark
    (", but", "; but", ", nevertheless": a concession as often as a claim); a "but" with no mark
    joins words ("would not help but destroy", "take the long route but might stop"), and the
    booster is a warning. In technical writing every later turn lowers, as before. "While" before
    the booster stays info everywhere."""
    text = (
        "The harbour definitely grew, but the town stayed small.\n"  # 1
        "\n"
        "It is obvious that the tariff would not help but destroy the trade.\n"  # 3
        "\n"
        "The ferry will doubtless take the long route but might stop early.\n"  # 5
        "\n"
        "While the harbour is definitely busy, the town is quiet.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 13, "HC102", "info"), (3, 1, "HC102", "warning"), (5, 16, "HC102", "warning"),
                   (7, 22, "HC102", "info")]
    technical = "Install the package, then edit the configuration file before the first run.\n\n" + text
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code == "HC102"]
    # (line 5's "It is obvious that ... but" is an impersonal frame, a warning since tier41)
    assert [g for g in got if g[0] in (3, 5, 7)] == [(3, 13, "HC102", "info"), (5, 1, "HC102", "warning"), (7, 16, "HC102", "info")]


def test_thirty_ninth_session_a_booster_past_the_while_clause_is_a_warning():
    """Issue 11, thirty-ninth session (tier39): "while" lowers a booster to info only inside the
    clause it opens (no clause mark between them: the concession itself). Past a mark the booster
    stands in the main clause that answers the concession, and is a warning; "for a while" is the
    noun, no concession; the booster's own commas ("have, undoubtedly, praised") end no clause."""
    text = (
        "While the harbour is definitely busy, the town is quiet.\n"  # 1
        "\n"
        "While the old quay was often praised, the truth is that it flooded every spring.\n"  # 3
        "\n"
        "While the fares rose, the ferry was certainly the faster way across.\n"  # 5
        "\n"
        "We waited for a while and the ferry certainly came late.\n"  # 7
        "\n"
        "While some sailors have, undoubtedly, praised the quay, the town is quiet.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 22, "HC102", "info"), (3, 39, "HC102", "warning"), (5, 37, "HC102", "warning"),
                   (7, 37, "HC102", "warning"), (9, 26, "HC102", "info")]


def test_thirty_ninth_session_apparently_after_be_before_a_participle_is_a_warning():
    """Issue 11, thirty-ninth session (tier39): "apparently" or "supposedly" after a form of "be"
    and before a past participle, an article or "not" reports the predicate as heard ("was
    apparently built in 1820", "is apparently the old ferry house"): a warning. Before an
    adjective ("is apparently sturdy") or after an article ("the apparently sturdy quay") it
    means "seemingly" and stays info."""
    text = (
        "The quay was apparently built in 1820 by the first settlers.\n"  # 1
        "\n"
        "The origin of the name is apparently the old ferry house.\n"  # 3
        "\n"
        "The new quay is apparently sturdy enough for the storms.\n"  # 5
        "\n"
        "They praised the apparently sturdy quay at the meeting.\n"  # 7
        "\n"
        "The ferry was apparently not designed for the winter.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 14, "HC101", "warning"), (3, 27, "HC101", "warning"), (5, 17, "HC101", "info"),
                   (7, 18, "HC101", "info"), (9, 15, "HC101", "warning")]


def test_thirty_ninth_session_our_side_before_a_modal_and_a_knower_before_a_turn():
    """Issue 11, thirty-ninth session (tier39): outside technical writing a booster before "we" or
    "all" and a modal ("In truth, we can say that", "Certainly all can applaud") appeals to common
    ground and is a warning, where a possibility granted ("Obviously the ferry can still sink")
    stays info; in technical writing "we can" is not raised. A knower opening a sentence that the next
    one answers with "But" ("We know the harbour is busier when ... But ...") is a warning: the
    knowing is claimed; "Unquestionably ... But ..." still concedes (info)."""
    text = (
        "In truth, we can say that the new harbour saved the town.\n"  # 1
        "\n"
        "Certainly all can applaud the new harbour.\n"  # 3
        "\n"
        "Obviously the ferry can still sink in a storm.\n"  # 5
        "\n"
        "We know the harbour is busier when the fares are low. But the town wants more.\n"  # 7
        "\n"
        "Unquestionably the old mayor did some good things. But the price was high.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 1, "HC102", "warning"), (3, 1, "HC102", "warning"), (5, 1, "HC102", "info"),
                   (7, 1, "HC102", "warning"), (9, 1, "HC102", "info")]
    technical = "Install the package, then edit the configuration file before the first run.\n\n" + text
    # (in technical writing a booster opening the sentence is not reported at all: _disjunct_at_edge)
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code == "HC102" and d.line in (3, 5, 7)]
    assert got == []


def test_thirty_ninth_session_certainty_come_about():
    """Issue 11, thirty-ninth session (hc39, grown_clear): the past and the perfect of coming to be
    clear, with "that" after the adjective ("it became clear that", "it has become increasingly
    evident that", "it soon became apparent that", "it speedily grew evident that") are HC102, a
    warning, outside technical writing (inside it the writers recounting a change of plan).
    Not in a condition ("If it became clear that"), not "when it has become evident that" (a
    limit), not without "that" ("it became clear to me"), and not "as will become clear"."""
    text = (
        "# The address\n"
        "\n"
        "In spite of our wish for peace, it has become clear that the treaty has failed.\n"  # 3
        "\n"
        "By last summer it soon became apparent that prices were rising.\n"  # 5
        "\n"
        "The revolt grew, and it speedily grew evident that the province was lost.\n"  # 7
        "\n"
        "If it became evident that the banks would close, the towns would suffer.\n"  # 9
        "\n"
        "We shall act only when it has become evident that every other means has failed.\n"  # 11
        "\n"
        "It became clear to me at once.\n"  # 13
        "\n"
        "As will become clear, the harbour is deep.\n"  # 15
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 33, "HC102", "warning"), (5, 16, "HC102", "warning"), (7, 22, "HC102", "warning")]


def test_thirty_ninth_session_certainty_come_about_is_not_read_in_technical_writing():
    """hc39: in technical writing "it became clear that" mostly recounts how the writers changed
    their plan ("By 1996, it became clear that the name would not last"): not reported there."""
    text = (
        "# History\n"
        "\n"
        "Install the package with `pip install acme` and run `acme --init` in the project folder.\n"
        "\n"
        "```python\n"
        "import acme\n"
        "acme.run()\n"
        "```\n"
        "\n"
        "By 1996, it became clear that the name of the library would not last.\n"  # 10
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == []


def test_thirty_ninth_session_a_claim_made_by_nobody():
    """Issue 11, thirty-ninth session (hc39, claims_made): a noun of a claim made, urged or
    advanced in the present or the perfect passive with "that" after it ("the argument is often
    made that", "The suggestion has been made that", "The complaint is made of the statute that")
    is HC101: who makes it? Not in the past ("The statement was also made that": one statement
    told), not after a modal ("a good case can be made that": the writer's own), not with its maker
    ("is made by the mayor that"), and not a proposal with no "that" ("Proposals have been made to
    extend the loan")."""
    text = (
        "# The address\n"
        "\n"
        "Yet the argument is often made that the canal will never pay.\n"  # 3
        "\n"
        "The suggestion has been made that the towns should sell the mill.\n"  # 5
        "\n"
        "The complaint is made of the statute that it is vague.\n"  # 7
        "\n"
        "The statement was also made that the railway had been paid.\n"  # 9
        "\n"
        "A good case can be made that the mill should be sold.\n"  # 11
        "\n"
        "The argument is made by the mayor that the mill should be sold.\n"  # 13
        "\n"
        "Proposals have been made to extend the loan over ten years.\n"  # 15
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 5, "HC101", "warning"), (5, 1, "HC101", "warning"), (7, 1, "HC101", "warning")]


def test_fortieth_session_a_booster_after_an_aside_inside_the_while_clause_is_info():
    """Issue 11, fortieth session (prec40): commas that enclose an aside opened by a participle or
    a relative pronoun inside a "while" clause do not end it. "While the duties, representing
    ..., undoubtedly represent ..., it is" keeps the booster in the concession (info), as the
    thirty-ninth session's branch did for a booster with no mark before it. After the aside a new
    subject ("obviously we worried") opens the main clause, which insists (a warning)."""
    text = (
        "While the tolls on the small ferry, representing only a tenth of the fares, undoubtedly pay for the quay, "
        "they do not pay for the boats.\n"  # 1
        "\n"
        "While the quay, which was built in 1820, certainly needs repair, the town has no money for it.\n"  # 3
        "\n"
        "While we waited, hoping for news, obviously we worried about the ferry.\n"  # 5
        "\n"
        "While the fares rose, the ferry was certainly the faster way across.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 77, "HC102", "info"), (3, 42, "HC102", "info"), (5, 35, "HC102", "warning"),
                   (7, 37, "HC102", "warning")]


def test_fortieth_session_indeed_after_and_adds_a_point():
    """Issue 11, fortieth session (prec40): "indeed" right after "and", "but" or "or" inside the
    sentence means "and even" (RULES-ADDENDUM kiln M5): it takes the clause before further and
    puts nothing beyond doubt, so it is not reported. "And indeed" opening a sentence still is
    (info); "Indeed," opening one is not reported at info since the sixtieth session
    (connective_indeed)."""
    text = (
        "The checks are also done by the old tool (and, indeed, the old tool does them better).\n"  # 1
        "\n"
        "Standing in elections does not build such bodies and, indeed, hinders them.\n"  # 3
        "\n"
        "This term is not rude and indeed is casually used by everyone.\n"  # 5
        "\n"
        "And indeed that is something you see throughout the library.\n"  # 7
        "\n"
        "Indeed, the ferry was late.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(7, 5, "HC102", "info")]


def test_fortieth_session_a_concessive_booster_before_a_turn_in_its_sentence():
    """Issue 11, fortieth session (prec40): "certainly", "obviously", "surely", "undoubtedly" or
    "no doubt" with "but" or "yet" opening a later clause of the same sentence grants a point in
    order to turn from it (kiln M8): not reported (info until then). "clearly" and "definitely"
    before such a turn stay info; a "but" with no mark before it joins words, and the booster
    stays a warning."""
    text = (
        "The old output is certainly readable, but a close look shows many errors.\n"  # 1
        "\n"
        "Obviously, the ferry is still useful, yet the bridge is faster.\n"  # 3
        "\n"
        "The quay is clearly old, but it still holds.\n"  # 5
        "\n"
        "The ferry is certainly not slow but fast.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(5, 13, "HC102", "info"), (7, 14, "HC102", "warning")]


@pytest.mark.parametrize("sentence,code", plain_to_all.EXAMPLES + evident_judgement.EXAMPLES + crowd_opening.EXAMPLES)
def test_fortieth_session_examples(sentence, code):
    got = [d.code for d in run("# Notes\n\n" + sentence + "\n") if d.code in ("HC101", "HC102")]
    assert got == ([code] if code else [])


def test_fortieth_session_nobody_can_deny_it():
    """Issue 11, fortieth session (hc40, general_assent.denied_by_nobody, nobody_denies): nobody
    could deny it, with the subject before "can not be doubted" or a pronoun of nobody before
    "can deny", "will deny", "can doubt" (HC102, a warning). Not "will not be denied" (a resolve),
    not before "to" (a right withheld), not in technical writing (a permission refused)."""
    text = (
        "# The address\n"
        "\n"
        "That the old scheme failed can not be doubted.\n"  # 3
        "\n"
        "Our power to punish them can not now be questioned, and we wait.\n"  # 5
        "\n"
        "That we are making sacrifices to that end none can deny.\n"  # 7
        "\n"
        "None will deny that the banks were to blame.\n"  # 9
        "\n"
        "Our struggle cannot and will not be denied.\n"  # 11
        "\n"
        "The vote can not be denied to any citizen.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 28, "HC102", "warning"), (5, 26, "HC102", "warning"), (7, 43, "HC102", "warning"),
                   (9, 1, "HC102", "warning")]


def test_fortieth_session_certainty_credited_to_every_witness():
    """hc40 (plain_to_all): an adjective of a thing seen, "to", then all who look ("apparent to
    all", "plain to all thoughtful citizens", "clear to any observer") is HC102; not after "made"
    (telling them) nor after "not" or "probably"."""
    text = (
        "# The address\n"
        "\n"
        "The faults of the old scheme are becoming apparent to all.\n"  # 3
        "\n"
        "We face a fact that is plain to all thoughtful citizens.\n"  # 5
        "\n"
        "It should be made clear to all the world that we will not yield.\n"  # 7
        "\n"
        "It is probably not obvious to everybody that the port is closed.\n"  # 9
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 43, "HC102"), (5, 24, "HC102")]


def test_fortieth_session_evidently_grading_a_verdict():
    """hc40 (evident_judgement): "evidently" after a form of "be" before what is not a participle
    ("it is evidently better", "has been evidently the policy") or in "must evidently be" is the
    speaker's certainty, HC102; before a participle or a verb, or after "there is", it stays
    HC101's evidential ("were evidently relieved", "which evidently rests upon")."""
    text = (
        "# The address\n"
        "\n"
        "It has been evidently the policy of the other side to delay.\n"  # 3
        "\n"
        "Training must evidently be the essence of this reform.\n"  # 5
        "\n"
        "The citizens were evidently relieved of their duties.\n"  # 7
        "\n"
        "The law evidently rests upon the old rule.\n"  # 9
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 13, "HC102"), (5, 15, "HC102"), (7, 19, "HC101"), (9, 9, "HC101")]


def test_fortieth_session_assumed_or_proposed_in_the_perfect():
    """hc40 (reputation.impersonal_passive): "it has been assumed that", "it has been proposed
    that" credit a standing view or proposal to nobody (HC101); the present "it is assumed that"
    (documentation's premise) and "it is proposed that" (the speaker's own proposal) are not
    reported."""
    text = (
        "# The address\n"
        "\n"
        "It has been erroneously assumed that the act guarantees earnings.\n"  # 3
        "\n"
        "In the cities it has been proposed that a commission be created.\n"  # 5
        "\n"
        "It is assumed that the reader knows the tariff.\n"  # 7
        "\n"
        "It is proposed that we build two ships.\n"  # 9
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 1, "HC101"), (5, 15, "HC101")]


def test_fortieth_session_views_held_in_some_quarters():
    """hc40 (weasel.tsv): "in some quarters", "in certain quarters" after the words they qualify
    credit a view to nobody named (HC101); opening the sentence they are places."""
    text = (
        "# The address\n"
        "\n"
        "There is a disposition in some quarters to deny the need for a tariff.\n"  # 3
        "\n"
        "In some quarters our trade is vexed with hard problems.\n"  # 5
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 24, "HC101")]


def test_fortieth_session_a_bare_crowd_opening_the_sentence():
    """hc40 (crowd_opening): "Many", "Some" or "Others" opening the sentence, at most three
    adverbs or auxiliaries, then a verb of holding a view or picturing ("Many believed America's
    time was up", "Some will also say", "Others imagine") credit the view to nobody (HC101); not
    "Few", not "Most often said of" (a usage note), not a verb of doing."""
    text = (
        "# The address\n"
        "\n"
        "Many believed the town's time was up.\n"  # 3
        "\n"
        "Some will also say our towns are not up to the challenge.\n"  # 5
        "\n"
        "Few hold the position that the dam is needed.\n"  # 7
        "\n"
        "Some have even embraced the mayor as a hero.\n"  # 9
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 1, "HC101"), (5, 1, "HC101")]


def test_fortieth_session_of_course_and_indeed_confirming_the_predicate_are_warnings():
    """Issue 11, fortieth session (tier40): "of course" set off by commas after a verb "to be", an
    auxiliary or a pronoun subject, or between the subject and its "is", puts the predicate beyond
    question, and is a warning, as "is, in fact," is; so is ", and, of course," (or ", and, in
    fact,") adding the point that crowns a list, and "indeed" right after "is"/"was" before what
    it confirms; ", and, indeed," widens ("and even") and is not reported (prec40's
    booster_clauses.indeed_adds). "Of course,"
    opening the sentence, after an existential "there" or after "This" before a verb that draws
    what follows from the point just made ("suggests", "implies", "means"), and inside a
    parenthesis stays info ("This, of course," opening the sentence before another verb is a
    warning since the fifty-sixth session: test_fifty_sixth_session_...)."""
    text = (
        "The old harbour is, of course, the busiest in the region.\n"  # 1
        "\n"
        "The ferrymen, of course, are proud of their boats.\n"  # 3
        "\n"
        "The fishermen rebuilt the quay, the sheds and, of course, the old lighthouse.\n"  # 5
        "\n"
        "There has, of course, been a decline in the catch.\n"  # 7
        "\n"
        "This, of course, suggests that the town will grow.\n"  # 9
        "\n"
        "Of course, the ferry is late in winter.\n"  # 11
        "\n"
        "The harbour was indeed the first on the coast.\n"  # 13
        "\n"
        "The harbour (the quay is, of course, older) has a new crane.\n"  # 15
        "\n"
        "The old quay is no worse and, in fact, it is busier than the new one.\n"  # 17
        "\n"
        "The quay is busy and, indeed, the whole town is.\n"  # 19
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 21, "HC102", "warning"), (3, 15, "HC102", "warning"), (5, 48, "HC102", "warning"),
                   (7, 12, "HC102", "info"), (9, 7, "HC102", "info"), (11, 1, "HC102", "info"),
                   (13, 17, "HC102", "warning"), (15, 27, "HC102", "info"), (17, 31, "HC102", "warning")]


def test_forty_first_session_an_impersonal_frame_before_a_later_turn_is_a_warning():
    """Issue 11, forty-first session (tier41, hedging._impersonal_frame): a certainty frame opening
    on an impersonal "it" or "there" ("It is quite obvious that ..., but", "There can be no doubt
    that ..., but") puts the clause it governs beyond doubt, turn and all: a warning. A sentence
    adverb before the turn ("definitely X, but Y") stays info, and so does an "it" or "there" that
    opens no clause ("The trade there is unmistakable, but ...": a place), or that follows a
    condition ("If the fares rise, it is certain that": drawn from the premise)."""
    text = (
        "It is quite obvious that the tariff raised the price of bread, but not of salt.\n"  # 1
        "\n"
        "There can be no doubt that the quarrel has grown tiresome, but the harbour is open.\n"  # 3
        "\n"
        "The harbour definitely grew, but the town stayed small.\n"  # 5
        "\n"
        "The trade there is unmistakable, but it is not yet secure.\n"  # 7
        "\n"
        "The fares rose, and it is certain that the ferry lost riders, but it still sails.\n"  # 9
        "\n"
        "If the fares rise, it is certain that the ferry will lose riders, but it will sail.\n"  # 11
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 1, "HC102", "warning"), (3, 1, "HC102", "warning"), (5, 13, "HC102", "info"),
                   (7, 11, "HC102", "info"), (9, 21, "HC102", "warning"), (11, 20, "HC102", "info")]


def test_forty_second_session_works_cited_examples():
    """works_cited.EXAMPLES (prechc42): a page in brackets, a numbered section or a book by its
    author cited after the hedge or the booster answers it; not a bracket that opens the sentence,
    a lexicon's cross-reference or a date and pages in parentheses."""
    from prosecheck.checks import works_cited
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    for sentence, cue, expected in works_cited.EXAMPLES:
        doc = parse("x.md", sentence + "\n")
        (s,) = doc.sentences
        lw = norm_words(s.words)
        target = cue.lower().split()
        a = next(i for i in range(len(lw)) if lw[i : i + len(target)] == target)
        b = a + len(target) - 1
        assert works_cited.cited_after(lw, s, s.words[b].end) is expected, sentence


def test_forty_second_session_works_cited_after_the_claim():
    """prechc42 (works_cited): HC101 and HC102 are answered by a work cited after them in their
    sentence; a citation that opens the sentence (the quotation's before it) answers nothing."""
    text = (
        "# The argument\n"
        "\n"
        "The reform obviously failed, as the miners found [The Coal Question, p. 41].\n"  # 3
        "\n"
        "As several studies have shown, rewards lower creativity (see section I.4.11).\n"  # 5
        "\n"
        "There is substantial evidence that this is underway (see Friendly Fascism by Bertram Gross).\n"  # 7
        "\n"
        "[Red Emma Speaks, pp. 76-7] Obviously, acting for yourself is governing yourself.\n"  # 9
        "\n"
        "The reform obviously failed (see the notes by the way).\n"  # 11
        "\n"
        "As several studies have shown, rewards lower creativity.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(9, 29, "HC102", "warning"), (11, 12, "HC102", "warning"), (13, 4, "HC101", "warning")]


def test_forty_second_session_quotation_cited_next_examples():
    """works_cited.QUOTED_EXAMPLES (prechc42): a sentence that ends on a quotation opened after the
    hedge or the booster, whose work the next sentence opens by citing in brackets."""
    from prosecheck.checks import works_cited
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    for text, cue, expected in works_cited.QUOTED_EXAMPLES:
        doc = parse("x.md", text + "\n")
        s, after = doc.sentences[0], doc.sentences[1]
        lw = norm_words(s.words)
        target = cue.lower().split()
        a = next(i for i in range(len(lw)) if lw[i : i + len(target)] == target)
        b = a + len(target) - 1
        assert works_cited.quotation_cited_next(lw, s, s.words[b].end, after) is expected, text


def test_forty_second_session_quotation_cited_next_not_reported():
    """prechc42 (works_cited.quotation_cited_next): a hedge or a booster before a quotation that
    ends its sentence, the quoted work cited in brackets at once (the splitter leaves the citation
    in the next sentence), was reported at info from the forty-second session and is not reported
    since the sixtieth (source60: the citation is the sentence's own, RULES 2); still reported
    when the quotation opens before the cue."""
    text = (
        "# The argument\n"
        "\n"
        'For, obviously, "if most of the workshops are foul, the workers count for nothing." '
        "[The Conquest of Bread, p. 121]\n"  # 3
        "\n"
        'It is argued that "the principles of anarchism had their origin in deeds." [Op. Cit., p. 4]\n'  # 5
        "\n"
        '"The workshops are foul," he wrote, and obviously they are. [Bread, p. 121]\n'  # 7
        "\n"
        'It follows that obviously "the workshops are foul and the workers count for nothing." '
        "[The Conquest of Bread, p. 121]\n"  # 9 ("The workers know that obviously" is their view since boostprec50)
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    # line 3 is not reported since the forty-sixth session: "For, obviously," leads straight into
    # the quotation (quoted_claim, boostprec46); lines 5 and 9 were info until the sixtieth
    assert got == [(7, 41, "HC102", "warning")]


def test_sixty_first_session_quoted_then_cited_next_examples():
    """works_cited.QUOTED_INSIDE_EXAMPLES (named61): a quotation after the hedge or the booster
    anywhere in its sentence, the next sentence of the paragraph opening on the work's citation."""
    from prosecheck.checks import works_cited
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    for text, cue, expected in works_cited.QUOTED_INSIDE_EXAMPLES:
        doc = parse("x.md", text + "\n")
        s, after = doc.sentences[0], doc.sentences[1]
        lw = norm_words(s.words)
        target = cue.lower().split()
        a = next(i for i in range(len(lw)) if lw[i : i + len(target)] == target)
        b = a + len(target) - 1
        assert works_cited.quoted_then_cited_next(lw, s, s.words[b].end, after) is expected, text


def test_sixty_first_session_a_quotation_cited_at_once_answers_its_source():
    """named61 (works_cited): a hedge or a booster before a quotation whose work is cited at once
    in brackets is answered (RULES 2) when the quotation stands inside its sentence and the
    citation opens the next ("the owners "count for nothing" in the valley. [The Mill Book, p.
    12]"), when the splitter cut the citation after "[quoted by Lee, Op.", and when the citation
    runs long after its first page (an article's pages, then the volume, its editors and the
    page). Still reported: the citation a sentence later, a quotation before the cue alone, and
    no quotation at all."""
    text = (
        "# The mill\n"
        "\n"
        'As one miller put it, the owners "count for nothing" in the valley. [The Mill Book, p. 12] The weir is old.\n'  # 3
        "\n"
        'It is obvious that his "workshops are foul" is just nonsense. [The Conquest of Bread, p. 121] So much for that.\n'  # 5
        "\n"
        'The weir, according to a local survey, is "older than the town." [quoted by Lee, Op. Cit., p. 4]\n'  # 7
        "\n"
        'As one commentator noted, the weir "was built by monks" in the valley. [Jane Roe, "The Weir and Its Builders", '
        "pp. 212-221, Mills and Rivers of the North, Smith, Jones and Brown (eds.), p. 212]\n"  # 9
        "\n"
        'As one miller put it, the owners "count for nothing" in the valley. The weir is old. [The Mill Book, p. 12]\n'  # 11
        "\n"
        '"The workshops are foul," he wrote, and obviously they are right. [Bread, p. 121]\n'  # 13
        "\n"
        "As one miller put it, the owners count for nothing in the valley. [The Mill Book, p. 12]\n"  # 15
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(11, 1, "HC101", "warning"), (13, 41, "HC102", "warning"), (15, 1, "HC101", "warning")]


def test_sixty_first_session_block_quotation_cited_examples():
    """works_cited.BLOCK_QUOTED_EXAMPLES (named61): a lead ending its paragraph on a colon before
    a block quotation closed by the bracketed citation of the work quoted."""
    from prosecheck.checks import works_cited
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    for text, cue, expected in works_cited.BLOCK_QUOTED_EXAMPLES:
        doc = parse("x.md", text + "\n")
        s = doc.sentences[0]
        lw = norm_words(s.words)
        assert " ".join(lw).startswith(cue), text
        assert works_cited.block_quotation_cited(lw, doc, s) is expected, text


def test_sixty_first_session_a_lead_to_a_cited_block_quotation():
    """named61 (works_cited.block_quotation_cited): a person known by role who introduces a block
    quotation after a colon is named by the quotation's citation at the block's end (RULES 2 and
    4); still reported when the block quote has no citation, when the quotation stands in a plain
    paragraph, and when the lead does not end on the colon."""
    text = (
        "# The mill\n"
        "\n"
        "As one miller put it:\n"  # 3
        "\n"
        '> "The owners count for nothing in the valley." [The Mill Book, p. 12]\n'
        "\n"
        "As one miller put it:\n"  # 7
        "\n"
        '> "The owners count for nothing in the valley."\n'
        "\n"
        "As one miller put it:\n"  # 11
        "\n"
        '"The owners count for nothing in the valley." [The Mill Book, p. 12]\n'
        "\n"
        "As one miller put it, the owners count for nothing.\n"  # 15
        "\n"
        '> "The weir is old." [The Mill Book, p. 12]\n'
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(7, 1, "HC101", "warning"), (11, 1, "HC101", "warning"), (15, 1, "HC101", "warning")]


def test_sixty_second_session_a_cited_block_quotation_needs_its_writer_in_the_lead():
    """fix62 (works_cited.block_quotation_cited): the lead's hedge is answered by the block
    quotation's citation only when the lead hands the quotation to its writer (a verb of saying or
    writing, no first person). An allegation in an aside before the writers' own "we find this"
    is nobody's: the citation names the work quoted, not who alleges it (twybil H.3.1)."""
    text = (
        "# The mill\n"
        "\n"
        "As one miller put it:\n"  # 3: answered
        "\n"
        '> "The owners count for nothing in the valley." [The Mill Book, p. 12]\n'
        "\n"
        "In the charter, allegedly the guild's finest text, we find this view of the weir:\n"  # 7
        "\n"
        '> "The weir is old." [The Mill Book, p. 12]\n'
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(7, 17, "HC101")]


def test_sixty_second_session_a_capitalised_speech_verb_is_no_verb():
    """fix62 (support.names_a_source): a speech verb capitalised inside the sentence is a noun
    ("the loyal States", "the slaveholding States which"), so it names no source that answers the
    hedge; a lower-case "the minister states" still does."""
    text = (
        "# The mill\n"
        "\n"
        "Trade is said to be failing, the minister states.\n"  # 3: answered
        "\n"
        "Trade is said to be failing in the northern States of the union.\n"  # 5
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(5, 7, "HC101")]


@pytest.mark.parametrize("sentence,code", crowd_clause.EXAMPLES)
def test_forty_second_session_crowd_clause_examples(sentence, code):
    got = [d.code for d in run("# Notes\n\n" + sentence + "\n") if d.code in ("HC101", "HC102")]
    assert got == ([code] if code else [])


def test_forty_second_session_a_crowd_heading_a_clause():
    """crowd42 (crowd_clause): "many", "some" or "others" heading a clause (the sentence's start,
    a mark, a conjunction or a relative before it), a part of the crowd placed ("in the valley"),
    adverbs or auxiliaries, then a verb of holding a view that neither _group_claim nor
    crowd_opening reads ("view", "hold", "fear", "proclaim") credit the view to nobody: HC101 (at
    info until the forty-seventh session, a warning since). Not a party named before ("many of them"), not literal seeing, not a verb of deed ("feared
    for"), not naming ("Some called their boats")."""
    text = (
        "# The essay\n"
        "\n"
        "Many view the harbour as a public library.\n"  # 3
        "\n"
        "Where others fear the flood, we see a chance.\n"  # 5
        "\n"
        "Before the war, many in the valley believed that the dam would hold.\n"  # 7
        "\n"
        "Some, however, insist that the recipe is too mechanical.\n"  # 9
        "\n"
        "Many of them believe that the dam will hold.\n"  # 11
        "\n"
        "Some feared for their lives.\n"  # 13
        "\n"
        "That way, others can see what is happening.\n"  # 15
        "\n"
        "Some called their boats by the names of saints.\n"  # 17
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    # warnings since the forty-seventh session (hcrec47): 17 claims against 3 wrong by the sentence pairing
    assert got == [(3, 1, "HC101", "warning"), (5, 7, "HC101", "warning"), (7, 17, "HC101", "warning"), (9, 1, "HC101", "warning")]


def test_forty_third_session_quantity_role_examples():
    """quantity_role.EXAMPLES (prechc43): a quantity right after a verb of having, giving or
    needing is its object ("gave some thought"), and "most" right after a subject grades the verb
    ("we most fear"); neither credits a crowd with a view."""
    from prosecheck.checks import quantity_role
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    for shape, rows in quantity_role.EXAMPLES.items():
        for sentence, first, expected in rows:
            doc = parse("x.md", sentence + "\n")
            (s,) = doc.sentences
            lw = norm_words(s.words)
            a = lw.index(first)
            assert quantity_role.holds_no_view(lw, s.words, s.block.prose, a) is expected, (shape, sentence)


def test_forty_third_session_a_quantity_that_holds_no_view():
    """prechc43 (quantity_role): HC101 reports no crowd for a quantity that is the object of a verb
    of having or giving, nor for "most" grading the verb after its subject; a crowd that is the
    subject of its verb of view stays a finding."""
    text = (
        "# Notes\n"
        "\n"
        "I gave some thought to this idea lately.\n"  # 3
        "\n"
        "The code base has many assert() statements.\n"  # 5
        "\n"
        "That is the risk we most fear.\n"  # 7
        "\n"
        "Let me most earnestly say that this is no attack.\n"  # 9
        "\n"
        "Some say the plan will fail.\n"  # 11
        "\n"
        "Most Americans think their taxes are high enough.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(11, 1, "HC101", "warning"), (13, 1, "HC101", "warning")]


def test_a_crowd_after_its_own_inverted_auxiliary_stays_a_finding():
    """fixes44 (quantity_role): after "as", "than", "so", "nor" and "neither" English puts the
    auxiliary before its subject, so "as had many predicted" is "as many had predicted", a view
    credited to an unnamed crowd, not a quantity that is "had"'s object; "has many observers
    worried" (no inversion) stays exempt."""
    text = (
        "# Notes\n"
        "\n"
        "The market fell, just as had many predicted it would.\n"  # 3
        "\n"
        "The vote failed, as had some said it might.\n"  # 5
        "\n"
        "The speed of the process has many observers worried.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 30, "HC101", "warning"), (5, 25, "HC101", "warning")]


def test_a_booster_in_the_consequence_of_an_inverted_condition_is_not_reported():
    # "Had X been made, Y would doubtless have ...", "We should be most unwise, indeed, were we to":
    # the consequence of a case supposed by inversion (fixes43); the same words alone are a claim.
    text = (
        "Had any such attempt been made, the courts would doubtless have given a remedy.\n\n"
        "The courts would doubtless have given a remedy.\n\n"
        "We should be most unwise, indeed, were we to cast away these blessings.\n"
    )
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"] == [(3, 18, "HC102")]


@pytest.mark.parametrize("sentence,code", doubt_denied.EXAMPLES)
def test_forty_fourth_session_doubt_denied_examples(sentence, code):
    got = [d.code for d in run("# Notes\n\n" + sentence + "\n") if d.code in ("HC101", "HC102")]
    assert got == ([code] if code else [])


def test_forty_fourth_session_doubt_denied():
    """Issue 11, forty-fourth session (boost44, doubt_denied): a doubt nobody could have, in the
    writer's own voice: "there is no reason to doubt", "there is no cause of doubt", "there can
    be no denying that", "it is not denied" as an aside, "beyond all doubt" (HC102, warnings). Not
    someone else's state of mind ("Our rivals can have no reason to doubt"), not a reason for
    anything but doubting ("no reason to use")."""
    text = (
        "# The address\n"
        "\n"
        "There is no reason to doubt that the treaty will be kept.\n"  # 3
        "\n"
        "In that event there is no cause of doubt.\n"  # 5
        "\n"
        "There can be no denying that the old scheme failed.\n"  # 7
        "\n"
        "The envoy, who, it is not denied, kept to his instructions, came home.\n"  # 9
        "\n"
        "The war has shown beyond all doubt that the union holds.\n"  # 11
        "\n"
        "Our rivals can have no reason to doubt our resolve.\n"  # 13
        "\n"
        "There is no reason to use the old scheme.\n"  # 15
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (3, 1, "HC102", "warning"),
        (5, 15, "HC102", "warning"),
        (7, 1, "HC102", "warning"),
        (9, 17, "HC102", "warning"),
        (11, 1, "HC101", "warning"),  # "The war has shown": an event called to witness (passive61)
        (11, 19, "HC102", "warning"),
    ]


def test_forty_fourth_session_foretold_inevitably_and_manifestly():
    """Issue 11, forty-fourth session (boost44, certainty_adverbs): "inevitably" after "will",
    "would", "must" or "shall" foretells a consequence as bound to follow (HC102); not in someone's
    belief, not without a verb after it. "manifestly" inside a present "to be" puts the predicate
    beyond question (HC102); not in the past or the conditional, not opening the sentence."""
    text = (
        "# The address\n"
        "\n"
        "Such an attack would inevitably cause a violent reaction.\n"  # 3
        "\n"
        "The discontent must inevitably arise from an unequal tax.\n"  # 5
        "\n"
        "They feared a stigma they believed would inevitably attach to him. There will inevitably be conflicts.\n"  # 7
        "\n"
        "It is manifestly the first duty of the state.\n"  # 9
        "\n"
        "It was manifestly the duty of the nations to help.\n"  # 11
        "\n"
        "Manifestly, we have need to begin on plans.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (3, 22, "HC102", "warning"),
        (5, 21, "HC102", "warning"),
        (9, 7, "HC102", "warning"),
    ]


def test_forty_fourth_session_foretold_inevitably_not_in_technical_writing():
    """Issue 11, forty-fourth session (boost44): in technical writing "will inevitably fail" follows
    from the mechanism just described (the corpus's one such sentence), and is not reported."""
    text = (
        "# Types\n"
        "\n"
        "Install the package with `pip install parser` and import the module in your code.\n"
        "\n"
        "Attributes that only carry a class annotation have no default, so calling a method on one will inevitably fail.\n"
    )
    got = [(d.line, d.code) for d in run(text) if d.code == "HC102"]
    assert got == []


def test_a_phrase_across_pod_markup_is_quoted_with_single_spaces():
    # POD read as plain text keeps every character's place, so "L<" is blanked, not removed: the
    # message quotes the words as a reader sees them, one space between (forty-fifth session).
    found = lines(run("=head1 T\n\nThe whole of it is now L<considered experimental|perlfunc>, so it is unclear.\n",
                      path="a.pod"))
    assert found == ['3:17: HC101 "is now considered" does not say who holds this view: name the source, '
                     "or state it as fact if you can support it"]


def test_forty_fifth_session_ground_shown_after_the_booster():
    """Issue 11, forty-fifth session (boostctx45, ground_shown): a booster whose sentence ends on a
    colon (what it introduces follows: a command, a list, an example), or whose next sentence in
    the paragraph opens on "For example", rests on the ground shown there: not reported. A booster
    at info whose next sentence gives two figures or more is not reported either; a warning stays,
    and so does a booster before figures that open the next paragraph."""
    text = (
        "# The mill\n"
        "\n"
        "In fact, the mill keeps its ledger in a plain file:\n"  # 3: a colon, the block follows
        "\n"
        "    cat ledger.txt\n"
        "\n"
        "The old wheel is obviously too slow for the new stones. For example, it turns twice a minute.\n"  # 7
        "\n"
        "In fact, the wheel turned out to be a single gear short. The gear 12 was cut to 11 teeth.\n"  # 9: info, figures next
        "\n"
        "In fact, the wheel turned out to be a single gear short. The gear was cut too short.\n"  # 11: info, no figures
        "\n"
        "The old wheel is obviously too slow for the new stones. It turns 2 times a minute, not 6.\n"  # 13: a warning stays
        "\n"
        "In fact, the wheel turned out to be a single gear short.\n"  # 15: figures in the next paragraph
        "\n"
        "The gear 12 was cut to 11 teeth.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    # an opening "In fact" outside technical writing: a warning since the fiftieth session (fact_opening, boostrec50)
    assert got == [
        (11, 1, "HC102", "warning"),
        (13, 18, "HC102", "warning"),
        (15, 1, "HC102", "warning"),
    ]


def test_forty_fifth_session_colon_inside_the_sentence():
    """A colon after a booster at info, inside its sentence, opens what shows its ground ("In fact
    the mill has a gate for this: the sluice."): not reported. At a warning the colon as often
    opens the claim itself ("Make no mistake: this is ..."): still reported. A colon inside a name
    ("Expenses:Auto:Gas") opens nothing."""
    text = (
        "# The mill\n"
        "\n"
        "Make no mistake: this mill is the heart of the town.\n"  # 3: a warning
        "\n"
        "In fact the mill has a gate for this: the sluice.\n"  # 5: info, explained after the colon
        "\n"
        "In fact the mill books it under Expenses:Mill:Gate in the ledger.\n"  # 7: info, no clause colon
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    # an opening "In fact" outside technical writing: a warning since the fiftieth session (fact_opening, boostrec50)
    assert got == [(3, 1, "HC102", "warning"), (7, 1, "HC102", "warning")]


def test_forty_sixth_session_colon_that_completes_the_clause():
    """Issue 11, forty-sixth session (boostprec46, ground_shown): a colon after a verb of saying
    opens the words said, and one after a preposition opens its object: neither shows the ground
    of a booster before it, which stays reported at info. A colon inside the words said is not the
    writer's either; a colon after a noun still opens the ground."""
    text = (
        "# The mill\n"
        "\n"
        "Clearly, the old miller knew it well and said: \"The wheel has turned for a hundred years.\"\n"  # 3
        "\n"
        "Clearly, the miller was wrong when he argued thusly: \"Grind the grain once, and the flour will keep.\"\n"  # 5
        "\n"
        "In fact, he said: \"The wheel is old: it turns slowly.\"\n"  # 7: the second colon is inside the words said
        "\n"
        "The new wheel is clearly influenced by: the old mill, the river and the weather.\n"  # 9
        "\n"
        "In fact the mill has a gate for this: the sluice.\n"  # 11: after a noun, the ground: not reported
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    # an opening "In fact" outside technical writing: a warning since the fiftieth session (fact_opening, boostrec50)
    assert got == [
        (3, 1, "HC102", "info"),
        (5, 1, "HC102", "info"),
        (7, 1, "HC102", "warning"),
        (9, 18, "HC102", "info"),
    ]


def test_forty_sixth_session_booster_leading_into_a_quotation():
    """Issue 11, forty-sixth session (boostprec46, quoted_claim): a booster that opens the sentence
    (or follows a lead word) and leads straight into a quotation of a clause states the quoted
    writer's claim, not its own: not reported. Scare quotes around a term, and a quotation after
    other words, stay findings."""
    text = (
        "# The mill\n"
        "\n"
        "Indeed, \"the weight of the grain always breaks the old wheel in the end.\"\n"  # 3: not reported
        "\n"
        "For, obviously, \"if the mill is idle, it is because the river is low.\"\n"  # 5: after a lead word
        "\n"
        "Of course, \"water\"-power has its limits at the mill.\n"  # 7: scare quotes, reported
        "\n"
        "For example, obviously \"the wheel turns the stones and the stones grind the grain\" here.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(7, 1, "HC102", "info"), (9, 14, "HC102", "warning")]


def test_forty_seventh_session_certainty_adverb_granting_a_limit():
    """Issue 11, forty-seventh session (boostprec47, admitted_limits): a certainty adverb opening
    the sentence, right before "we", "I", "you" or "one" and a "cannot" of ability, grants a limit
    (of the writers' own text or work, or of anyone's reach): not reported. What others cannot do,
    what the writers can do, and the adverb inside the sentence stay findings."""
    text = (
        "# The mill\n"
        "\n"
        "The mill has two wheels.\n"
        "Obviously we cannot describe every wheel of the valley here.\n"  # 4: not reported (info before)
        "Clearly, you can't grind wet grain at the old mill.\n"  # 5: not reported (info before)
        "But surely we simply can not wait for the river.\n"  # 6: after a lead word, not reported (a warning before)
        "Obviously, the millers cannot grind wet grain.\n"  # 7: others' limit, reported
        "Obviously we can grind more grain in the spring.\n"  # 8: what the writers can do, reported
        "The mill obviously cannot grind wet grain.\n"  # 9: inside the sentence, reported
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(7, 1, "HC102", "info"), (8, 1, "HC102", "warning"), (9, 10, "HC102", "info")]


def test_forty_eighth_session_connective_before_a_hedged_claim():
    """Issue 11, forty-eighth session (boostprec48, hedged_opener): "Indeed" or "In fact" opening a
    sentence whose clause hedges its own claim (a modal of possibility or obligation, "seems",
    "it is probable that") is a connective adding a point, not certainty: not reported. A stated
    claim, a forecast or conclusion ("would"), ability ("can"), a modal inside a relative clause
    and a modal that says something is impossible ("could not") stay findings."""
    text = (
        "# The mill\n"
        "\n"
        "The mill has two wheels.\n"
        "Indeed, the new wheel may well have saved the village.\n"  # 4: not reported (info before)
        "In fact, it is probable that the river will rise again.\n"  # 5: not reported (info before)
        "In fact the old wheel seems to turn faster in the spring.\n"  # 6: not reported (info before)
        "And in fact, the old millers might have built it higher.\n"  # 7: after a lead word, not reported
        "In fact, the new wheel would be hard to replace.\n"  # 8: "would", reported
        "In fact, the mill is one of the few buildings that could survive a flood.\n"  # 9: relative clause, reported
        "In fact, the new wheel can grind twice the grain.\n"  # 10: ability, reported
        "In fact, the old wheel could not turn in the frost.\n"  # 11: an impossibility, reported
        "In fact, the new wheel turns faster.\n"  # 12: a stated claim, reported
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    # an opening "In fact" outside technical writing: a warning since the fiftieth session (fact_opening, boostrec50)
    # (lines 8, 11 and 12 opened on "Indeed," at info until the sixtieth session, which stopped
    # reporting that opener at info: connective_indeed; "In fact" is a warning here)
    assert got == [(8, 1, "HC102", "warning"), (9, 1, "HC102", "warning"), (10, 1, "HC102", "warning"),
                   (11, 1, "HC102", "warning"), (12, 1, "HC102", "warning")]


def test_mend48_prevailing_view_credited_in_its_sentence():
    """Issue 11, forty-eighth session (mend48): "the prevailing view" is not reported when its
    sentence credits it to a party it picks out: a participle of holding or voicing a view with
    "by" and an article, an owner or a name ("was summed up in 1912 by a group of millers"), or
    "according to" such a party. A crowd after "by" ("held by many") and a "by" that names the
    doer of something else ("built by the Romans") credit nothing."""
    text = (
        "The prevailing view in the trade was summed up in 1912 by a group of millers who wrote to the council.\n"  # 1
        "\n"
        "The prevailing view, shared by Alice Brown, is that mills close.\n"  # 3
        "\n"
        "The prevailing view, held by many, is that mills close.\n"  # 5
        "\n"
        "The prevailing view is that the mill was built by the Romans.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(5, 1, "HC101", "warning"), (7, 1, "HC101", "warning")]


def test_mend48_prevailing_view_credited_examples():
    """prevailing_view.CREDITED: each view is or is not credited in its sentence, as listed."""
    from prosecheck.checks import prevailing_view
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    for sentence, expected in prevailing_view.CREDITED:
        (s,) = parse("x.md", sentence + "\n").sentences
        lw = norm_words(s.words)
        (view,) = [r for r in (prevailing_view.held_view(lw, s.words, i) for i in range(len(lw))) if r]
        assert prevailing_view.credited(lw, s.words, view[1]) == expected, sentence


def test_mend48_a_fact_of_a_kind_needs_that():
    """Issue 11, forty-eighth session (mend48): "it is a social fact, a creation of society"
    classifies (an adjective of kind, fact_declared.KINDS) and is no certainty frame; with "that"
    after it the frame vouches for a claim again, and a bare "It is a fact," needs no "that"."""
    text = (
        "Rather, it is a social fact, a creation of the town's habits.\n"  # 1
        "\n"
        "It is a historical fact that the bridge fell in 1907.\n"  # 3
        "\n"
        "It is a fact, plain and simple.\n"  # 5
        "\n"
        "It is a legal fact of the harbour.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(3, 1, "HC102", "warning"), (5, 1, "HC102", "warning")]


def test_mend48_a_rumour_about_the_next_speaker():
    """Issue 11, forty-eighth session (mend48): a named speaker in the next sentence does not
    answer a lead that speaks of a person as "he" or "she" whom the sentence before names: the
    rumour is about that person, not from them. Without the pronoun, or with the speaker not
    named before, the next sentence's speaker still answers it."""
    text = (
        "The town's best miller, Tom Baker, was hated by the guild. Rumor has it that he still sells "
        "flour at night. Baker says that he has retired.\n"  # 1
        "\n"
        "The mill reportedly closed last week. Tom Baker says that it will reopen.\n"  # 3
        "\n"
        "Tom Baker sold the mill. Rumor has it that the buyer is a bank. Baker says that he never met the buyer.\n"  # 5
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 60, "HC101", "warning")]


def test_hcrep49_recognized_by_nobody():
    """Issue 11, forty-ninth session (hcrep49): the present or perfect passive of "recognize"
    holding a view of its subject with nobody recognizing it (impersonal with "that" or "how",
    an adverb of how many or how well, an infinitive, "has become", or "as" before a ranking or a
    merit): HC101 at warning. Not the past, not after a modal or "has to", not negated, not with
    the recognizers after "by", not "as" a plain part, not a parser's rule ("is also recognized"),
    not a kind defined, and not with a link in the sentence."""
    text = (
        "Often it is recognized that the old mill is unsafe.\n"  # 1
        "\n"
        "The lack of price competition is well recognized in the trade.\n"  # 3
        "\n"
        "The northern plan has become recognized as perhaps the most practical.\n"  # 5
        "\n"
        "Such posters are recognized as a lower form of life on the net.\n"  # 7
        "\n"
        "These services are recognized to have very high returns.\n"  # 9
        "\n"
        "It has long been recognized that the bridge is weak.\n"  # 11
        "\n"
        "This should be universally recognized as a failure.\n"  # 13
        "\n"
        "It has to be recognized that the bridge is weak.\n"  # 15
        "\n"
        "The value of the old names had long been recognized.\n"  # 17
        "\n"
        "The Pascal not-equals, <>, is also recognized.\n"  # 19
        "\n"
        "The option is no longer recognized.\n"  # 21
        "\n"
        "The islands are recognized as a part of the republic.\n"  # 23
        "\n"
        "The mill was recognized, in April, as a ruin.\n"  # 25
        "\n"
        "It means that a given person is generally recognised as competent.\n"  # 27
        "\n"
        "It is recognized that the bridge is weak ([report](https://example.org/r)).\n"  # 29
        "\n"
        "The plan is well recognized by the board.\n"  # 31
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code != "HC104"]
    assert got == [
        (1, 7, "HC101", "warning"),
        (3, 31, "HC101", "warning"),
        (5, 19, "HC101", "warning"),
        (7, 14, "HC101", "warning"),
        (9, 16, "HC101", "warning"),
        (11, 1, "HC101", "warning"),
    ]


def test_forty_ninth_session_a_conclusion_marked_by_its_connective():
    """Issue 11, forty-ninth session (boostprec49, inference_marked): a booster in a sentence the
    writer marks as a conclusion drawn, "Therefore", "Thus", "Hence", "Consequently" or
    "Accordingly" opening it (after "And" too) or "therefore", "thus", "hence" or "then" set off
    right after a booster that opens it, is at info, not warning: the certainty is drawn from what
    the text has just given. Not "So", not "Then" opening the sentence (a time), not "Thus far",
    not a booster past a turn or a semicolon after the connective."""
    text = (
        "# The mill\n"
        "\n"
        "The river rose twice this spring.\n"
        "It is evident, therefore, that the old wheel cannot last.\n"  # 4: set off after the frame, info
        "Therefore, it is plain that the old wheel cannot last.\n"  # 5: opening connective, info
        "Thus, it is clear, that the millers need a new wheel.\n"  # 6: info
        "It is clear, then, that the millers need a new wheel.\n"  # 7: info
        "And hence the new wheel will certainly turn faster.\n"  # 8: after "And", info
        "It is clear that the old wheel cannot last.\n"  # 9: no connective, warning
        "So it is clear that the old wheel cannot last.\n"  # 10: "So", warning
        "Then it is clear that the old wheel cannot last.\n"  # 11: "Then" opening, warning
        "Thus far it is clear that the old wheel cannot last.\n"  # 12: "Thus far", warning
        "Thus the river rose; it is clear that the old wheel cannot last.\n"  # 13: past a semicolon, warning
        "Thus the river rose, but it is clear that the old wheel cannot last.\n"  # 14: past a turn, warning
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(4, 1, "HC102", "info"), (5, 12, "HC102", "info"), (6, 7, "HC102", "info"),
                   (7, 1, "HC102", "info"), (8, 30, "HC102", "info"), (9, 1, "HC102", "warning"),
                   (10, 4, "HC102", "warning"), (11, 6, "HC102", "warning"), (12, 10, "HC102", "warning"),
                   (13, 22, "HC102", "warning"), (14, 26, "HC102", "warning")]


def test_forty_ninth_session_a_consequence_drawn_from_an_opening_when():
    """Issue 11, forty-ninth session (boostprec49, inference_marked.drawn_from_premise): outside
    technical writing a booster in the main clause after an opening "When", "Whenever" or "Once"
    clause closed by a comma is at info: the consequence is drawn from the premise the sentence
    sets up. "If" stays a warning (an argument as often as a consequence), as do "When it comes
    to" (a topic), "Once again" and a booster inside the opening clause."""
    text = (
        "# The mill\n"
        "\n"
        "The river rose twice this spring.\n"
        "When we consider the floods of the last ten years, it is obvious that the old wheel cannot last.\n"  # 4: info
        "Once the gates are mended, it becomes clear that the wheel turns faster.\n"  # 5: info
        "And when the river rises, the millers will surely close the gates.\n"  # 6: after "And", info
        "If the river rises, the millers will surely close the gates.\n"  # 7: "If", warning
        "When it comes to floods, the millers will surely close the gates.\n"  # 8: a topic, warning
        "Once again, it is obvious that the old wheel cannot last.\n"  # 9: "Once again", warning
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(4, 52, "HC102", "info"), (5, 28, "HC102", "info"), (6, 44, "HC102", "info"),
                   (7, 38, "HC102", "warning"), (8, 43, "HC102", "warning"), (9, 13, "HC102", "warning")]


def test_fiftieth_session_a_booster_inside_a_reported_view():
    """Issue 11, fiftieth session (boostprec50, booster_reported.in_reported_view): a booster inside
    the "that" clause of a verb of saying, thinking or knowing whose subject is a third party is
    that party's certainty, not the writer's (RULES 1), and is not reported. The writer's own "we
    know that", an impersonal "It has been observed that", and a booster past the reporting clause
    (a semicolon, ", but", the comma closing an opening "While ... argue that") stay findings."""
    text = (
        "# The mill\n"
        "\n"
        "The river rose twice this spring.\n"
        "Someone has remarked that the wheel is certainly the oldest part.\n"  # 4: not reported
        "The millers all hastened to add that certainly less water was needed.\n"  # 5: not reported
        "He knows that he certainly does not want the gates closed.\n"  # 6: not reported
        "The millers feel that the old wheel is certainly broken.\n"  # 7: not reported
        "We know that the wheel is certainly the oldest part.\n"  # 8: the writers' own
        "It has been observed that the wheel is clearly the oldest part.\n"  # 9: impersonal
        "The millers argued that the gates were cheap; the old wheel is certainly broken.\n"  # 10: past the semicolon
        "They argued that the gates were cheap, but they were certainly not.\n"  # 11: past the turn
        "While some argue that the wheel is new, the truth is that it is old.\n"  # 12: the writer's answer
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(8, 1, "HC102"), (9, 40, "HC102"), (10, 64, "HC102"), (11, 54, "HC102"), (12, 41, "HC102")]


def test_fiftieth_session_examples():
    """booster_reported.EXAMPLES: each sentence's booster is or is not read as inside a reported
    view, as listed (the module's own examples, checked on its function alone)."""
    from prosecheck.checks import booster_reported
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    for sentence, word, expected in booster_reported.EXAMPLES:
        (s,) = parse("x.md", sentence + "\n").sentences
        lw = norm_words(s.words)
        assert booster_reported.in_reported_view(lw, lw.index(word), s.words, s.block.prose) == expected, sentence


def test_fiftieth_session_a_section_referred_to():
    """Issue 11, fiftieth session (boostprec50, works_cited.refers_to_section): a booster in a
    sentence that points the reader to a section or a chapter of the text ("as we argue in section
    H.4", "As we noted in section B.4.1") is not reported, before the booster as after it: the
    text's own cross-reference is a link (RULES 2). A section named as a thing and "section" as a
    plain noun stay findings."""
    text = (
        "# The mill\n"
        "\n"
        "The river rose twice this spring.\n"
        "In fact, as we argue in section H.4, the mill is the oldest building.\n"  # 4: not reported
        "As we noted in section B.4.1, the owners avoid the obvious fact that the wheel is broken.\n"  # 5: not reported
        "The wheel is certainly broken (see Section 3 for the details).\n"  # 6: a work cited after (prechc42)
        "This explains why section H.2 has so many quotes, to show what is obvious to anyone.\n"  # 7: named, a finding
        "The wheel is certainly broken in this section of the river.\n"  # 8: a plain noun, a finding
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(7, 67, "HC102"), (8, 14, "HC102")]


def test_fiftieth_session_section_examples():
    """works_cited.SECTION_EXAMPLES: each sentence does or does not refer the reader to a section,
    as listed (checked on works_cited.refers_to_section alone)."""
    from prosecheck.checks import works_cited
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    for sentence, _booster, expected in works_cited.SECTION_EXAMPLES:
        (s,) = parse("x.md", sentence + "\n").sentences
        assert works_cited.refers_to_section(norm_words(s.words), s) == expected, sentence


@pytest.mark.parametrize("sentence,code", public_voice.EXAMPLES)
def test_fiftieth_session_public_voice_examples(sentence, code):
    got = [d.code for d in run("# Notes\n\n" + sentence + "\n") if d.code in ("HC101", "HC102")]
    assert got == ([code] if code else [])


def test_fiftieth_session_a_view_handed_to_the_public_at_large():
    """hcrec50 (public_voice): a singular collective of the public at large ("the world",
    "society", "the public", "the press", "the media", "the newspapers") heading a clause before a
    verb of holding or voicing a view, "would have you", or a report in the progressive or before
    "that"; or the agent after "by" of a passive of judging, naming or receiving. Not "knows" or
    "saw" (the world as an actor), not a report of named facts, not a reception with no "as", not
    a name ("the World Bank"), not a condition, not a command ("Press Enter")."""
    text = (
        "# The mill\n"
        "\n"
        "The world thinks of the valley as a quiet place.\n"  # 3
        "Society would have you believe that milling is simple.\n"  # 4
        "The flour is not as coarse as media would have it appear.\n"  # 5
        "Up north, the newspapers were reporting a wave of closures.\n"  # 6
        "The millers are hailed by the nation's press as heroes.\n"  # 7
        "The new loaf was received by the press as a triumph.\n"  # 8
        "The whole world knows the costs of a flood.\n"  # 9: the world as an actor
        "The press reported the closures at the time.\n"  # 10: a report of facts, no "that"
        "The loaf was so well received by the public that the bakery doubled its order.\n"  # 11
        "The plan was welcomed by the World Bank as a step forward.\n"  # 12: a body named
        "If the world thinks so, the mill will close.\n"  # 13: a condition
        "Press Enter; the public API holds two methods.\n"  # 14
        "Our society, however, regards the mill as a relic.\n"  # 15: an aside between, no finding
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 1, "HC101", "warning"), (4, 1, "HC101", "warning"), (5, 31, "HC101", "warning"),
                   (6, 11, "HC101", "warning"), (7, 17, "HC101", "warning"), (8, 18, "HC101", "warning")]


def test_fiftieth_session_the_impersonal_perfect_with_an_adverb_before_been():
    """hcrec50 (reputation.impersonal_passive): "It has also been noted that", "it had long been
    argued that": the impersonal perfect with one adverb between "has"/"had" and "been" credits the
    view to nobody, as "it has been noted that" does. Not "never" (a denial), not a verb of no
    view ("it has also been built"), not "that" missing."""
    text = (
        "# The mill\n"
        "\n"
        "It has also been noted that the mill is older than the church.\n"  # 3
        "By then it had long been argued that the wheel was Roman.\n"  # 4
        "It has never been said that the mill is old.\n"  # 5
        "It has also been built of stone.\n"  # 6
        "It has also been noted in the minutes.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 1, "HC101", "warning"), (4, 9, "HC101", "warning")]


def test_fiftieth_session_in_fact_opening_a_sentence_outside_technical_writing():
    """Issue 11, fiftieth session (boostrec50, fact_opening): outside technical writing an "In
    fact" that opens the sentence is a warning, not info: the writer sets what follows beyond
    dispute with no ground given. After "And" (and inside the sentence) it stays info ("is, in fact,"
    set off after the verb is a warning since the seventeenth session); a figure or an
    explanation after a colon still hides it (ground_shown); in technical writing it stays info."""
    text = (
        "# The mill\n"
        "\n"
        "The river rose twice this spring.\n"
        "In fact, the old wheel was never going to last.\n"  # 4: opening, warning
        "In fact the millers have always feared the river.\n"  # 5: opening without a comma, warning
        "And in fact the millers feared the river.\n"  # 6: after "And", info
        "In fact, the wheel turned: the millers had mended every paddle.\n"  # 7: explained after a colon, none
        "In fact.\n"  # 8: alone, a fragment that governs nothing: info
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(4, 1, "HC102", "warning"), (5, 1, "HC102", "warning"), (6, 5, "HC102", "info"),
                   (8, 1, "HC102", "info")]
    technical = (
        "# The installer\n"
        "\n"
        "The installer copies each file of the package into the directory you give it.\n"
        "In fact, the installer never writes outside that directory.\n"  # 4: technical writing, info
        "Run the install command again after an upgrade of the package or the server.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(technical) if d.code == "HC102"]
    assert got == [(4, 1, "HC102", "info")]


def test_fifty_first_session_indeed_set_off_inside_its_clause():
    """Issue 11, fifty-first session (boostprec51, booster_clauses.indeed_set_off): "indeed" set
    off by commas inside its clause, after a noun, a pronoun, an adverb or a modal, is the old
    connective ("it is true", "and even"), not the stress a postposed "indeed" closing its clause
    gives: not reported. After a form of "be", "do" or "have" it confirms the predicate and stays
    a warning; closing its clause after a noun, and after a lead word at the sentence's head, it
    stays info."""
    text = (
        "In some towns, indeed, alarms were raised, until the river fell.\n"  # 1
        "\n"
        "The fund may partly, indeed, be spent on the bridge.\n"  # 3
        "\n"
        "Each of us has a duty, indeed, a moral obligation, to help.\n"  # 5
        "\n"
        "This, indeed, has been the aim of the whole plan.\n"  # 7
        "\n"
        "The new bridge was, indeed, a handsome one.\n"  # 9
        "\n"
        "That was a bad bargain indeed, as the town soon found.\n"  # 11
        "\n"
        "And, indeed, nothing worse could happen to the town.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(9, 21, "HC102", "warning"), (11, 24, "HC102", "info"), (13, 6, "HC102", "info")]


def test_fifty_first_session_an_obvious_example_the_sentence_gives():
    """Issue 11, fifty-first session (boostprec51, ground_shown.example_given): a certainty
    adjective before the noun of an example that the sentence goes on to give ("An obvious example
    is ...", "To give an obvious example, ...") has its ground in front of the reader: not
    reported. The predicate "is an obvious example" (the claim that a thing is one) stays a
    warning, and "an obvious improvement" stays info."""
    text = (
        "An obvious example is the ferry, which runs twice a day.\n"  # 1
        "\n"
        "To give an obvious example, the ferry runs twice a day.\n"  # 3
        "\n"
        "The ferry is an obvious example of this.\n"  # 5
        "\n"
        "The new bridge brought an obvious improvement to the town.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(5, 17, "HC102", "warning"), (7, 27, "HC102", "info")]


def test_fifty_first_session_in_fact_however_corrects():
    """Issue 11, fifty-first session (boostprec51, booster_clauses.fact_turned): "In fact",
    "In reality", "In truth" or "Indeed" with "however" or "though" right after it sets how things
    are against what the text has just supposed: a correction, not reported. "In fact," alone
    stays a warning outside technical writing (fact_opening), "Indeed, rather than" is not reported at info since the sixtieth session (connective_indeed)."""
    text = (
        "The rate would be simple to set. In fact, however, the problem is not so simple.\n"  # 1
        "\n"
        "In reality, though, the town never paid.\n"  # 3
        "\n"
        "In fact, the town never paid.\n"  # 5
        "\n"
        "Indeed, rather than paying, the town borrowed.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(5, 1, "HC102", "warning")]


def test_fifty_first_session_naturally_opening_a_sentence_outside_technical_writing():
    """Issue 11, fifty-first session (boostrec51, natural_opening): "Naturally," opening a
    sentence outside technical writing (also after "And", "But" or "So") says what follows could
    not be otherwise, with no ground given: a warning, like "Obviously,". Not without its comma (a
    catalogue's adjective), not inside the sentence (manner or kind), not after another lead; a
    possibility after it lowers it to info, as after every booster; in technical writing it is not
    reported."""
    text = (
        "# The mill\n"
        "\n"
        "The river rose twice this spring.\n"
        "Naturally, the old wheel was never going to last.\n"  # 4: opening, warning
        "And naturally, the millers blamed the river for it.\n"  # 5: after "And", warning
        "Naturally dormant and no spray danger for the garden.\n"  # 6: no comma, none
        "The river rises naturally in the spring and falls in summer.\n"  # 7: manner, none
        "Then naturally, the millers moved the wheel downstream.\n"  # 8: another lead, none
        "Naturally, the millers can mend the wheel again next year.\n"  # 9: a possibility, info
        "Naturally, \"the wheel was never going to last\", said the miller.\n"  # 10: the miller's words, none
        "Naturally, if the river floods again, the wheel will be lost.\n"  # 11: a case supposed, none
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(4, 1, "HC102", "warning"), (5, 5, "HC102", "warning"), (9, 1, "HC102", "info")]
    technical = (
        "# The installer\n"
        "\n"
        "The installer copies each file of the package into the directory you give it.\n"
        "Naturally, the installer never writes outside that directory.\n"  # 4: technical writing, none
        "Run the install command again after an upgrade of the package or the server.\n"
    )
    assert [d for d in run(technical) if d.code == "HC102"] == []
    predicate = (
        "# The mill\n"
        "\n"
        "The old miller was naturally an expert at mending the wheel.\n"  # 3: before an article, warning
        "The stone they chose is quite naturally the hardest in the valley.\n"  # 4: "quite" between, warning
        "The millers are naturally immune to the cold of the river.\n"  # 5: before an adjective, none
        "The wheel turned naturally a little faster in the spring.\n"  # 6: no "be" before it, none
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(predicate) if d.code == "HC102"]
    assert got == [(3, 20, "HC102", "warning"), (4, 31, "HC102", "warning")]


def test_fifty_first_session_the_writer_hears_it_from_nobody():
    """hcrec51 (informant.heard_that): "We hear that", "Now one hears that", "I have heard a
    rumor that", "one frequently hears the comment that", "I have heard, on good authority,
    that": the writer passes on a claim heard from nobody named. Not negated, not after a
    modal, not in a condition, not "no one", not a demonstrative "that", not the reader."""
    text = (
        "# The mill\n"
        "\n"
        "We hear that most mills have the same policy.\n"  # 3
        "Now one hears that hot water is used instead.\n"  # 4
        "A few years ago we constantly heard that the harbour was failing.\n"  # 5
        "I have heard a rumor that the wheel will be mended in the spring.\n"  # 6
        "Although one frequently hears the comment that we lack millers, nobody counts them.\n"  # 7
        "And I have heard, on good authority, that the mill will close.\n"  # 8
        "I have never heard that the mill closed.\n"  # 9: negated
        "If we hear that the mill closed, we will write.\n"  # 10: a condition
        "I've heard that before.\n"  # 11: a demonstrative
        "We hear that a lot.\n"  # 12
        "I heard that from a miller.\n"  # 13
        "No one hears that the mill closed.\n"  # 14
        "We will hear that the mill closed.\n"  # 15: a modal
        "You may have heard that the mill closed.\n"  # 16: the reader
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 1, "HC101", "warning"), (4, 5, "HC101", "warning"), (5, 17, "HC101", "warning"),
                   (6, 1, "HC101", "warning"), (7, 10, "HC101", "warning"), (8, 5, "HC101", "warning")]


def test_fifty_first_session_supposed_to_have_done_it():
    """hcrec51 (reputation.supposed_to_have): "is supposed to have refused", "are supposed to have
    led": the present with a perfect infinitive, a belief about a past event credited to nobody,
    read as "is said to have" is. Not a plain infinitive (a duty), not the past (an expectation
    that failed), not negated, not the reader's duty, not "have" + a noun."""
    text = (
        "# The mill\n"
        "\n"
        "One abbot is supposed to have burned the old charters.\n"  # 3
        "The conditions which are supposed to have led to its sale were never printed.\n"  # 4
        "The wheel is generally supposed to have been built by the monks.\n"  # 5
        "The parser is supposed to return a list.\n"  # 6: a duty
        "The report was supposed to have been finished by Friday.\n"  # 7: the past
        "You are supposed to have read the manual first.\n"  # 8: the reader
        "The parser is not supposed to have global state.\n"  # 9
        "The module is supposed to have the following layout.\n"  # 10
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 11, "HC101", "warning"), (4, 22, "HC101", "warning"), (5, 11, "HC101", "warning")]


def test_fifty_second_session_you_know_a_thing_is_no_claim():
    """Issue 11, fifty-second session (boostprec52, certainty_frames.readers_knowledge): the
    reader's "you know" is a booster only before a claim, a clause ("that", or a finite verb
    within five words before any preposition or mark: shared_knowledge.clause_after, the knowers'
    test since the sixteenth session). Knowing a thing, a person or a set of facts is acquaintance
    (forge N4), no claim put beyond doubt. "you already know about ..." is still reported."""
    text = (
        "# The mill\n"
        "\n"
        "You know the facts, you know the choice and you know what we have to do.\n"  # 3: things, none
        "I know and you know just the man for the job.\n"  # 4: a person, none
        "And you know the problems: floods in April, a broken wheel and no miller.\n"  # 5: none
        "Then you know the old wheel - more or less.\n"  # 6: none
        "Ladies and gentlemen, you know the old wheel is broken.\n"  # 7: a clause, warning
        "You know the miller will mend it in the spring.\n"  # 8: a clause, warning
        "And you know it's hard to mend a wheel in the frost.\n"  # 9: "it's", warning
        "If you have worked in a mill, you already know about the wheel.\n"  # 10: "about", warning
        "You all know that.\n"  # 11: the claim just made, warning
        "And you know he hates the new wheel.\n"  # 12: a subject pronoun, warning
        "And you already know this works.\n"  # 13: "this" before a verb in -s, warning
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(7, 23, "HC102", "warning"), (8, 1, "HC102", "warning"), (9, 5, "HC102", "warning"),
                   (10, 31, "HC102", "warning"), (11, 1, "HC102", "warning"), (12, 5, "HC102", "warning"),
                   (13, 5, "HC102", "warning")]


def test_fifty_second_session_a_course_of_action_rated_is_no_claim():
    """Issue 11, fifty-second session (boostprec52, course_rated): "it is" + booster + an adjective
    that rates doing something ("better", "helpful", "important", "difficult") + "to" and a verb
    or "that": advice, what ought to be done or a hardship granted, no claim. Not another
    adjective or a noun ("a joy to see"), not "impossible", not without the infinitive."""
    text = (
        "# The mill\n"
        "\n"
        "For most mills, it is undoubtedly better to use the new wheel than the old one.\n"  # 3: none
        "As the law now stands it is undoubtedly difficult to devise a fair tax on mills.\n"  # 4: none
        "It is obviously important to the millers that the whole subject should be settled.\n"  # 5: none
        "It is certainly more restful to have the mill away from the house.\n"  # 6: none
        "It is certainly a joy to see the wheel turn again.\n"  # 7: warning
        "Obviously, it would be impossible to count every wheel in the county.\n"  # 8: warning
        "The new wheel is undoubtedly better than the old one.\n"  # 9: warning
        "It is certainly better now.\n"  # 10: warning
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(7, 7, "HC102", "warning"), (8, 1, "HC102", "warning"), (9, 18, "HC102", "warning"),
                   (10, 7, "HC102", "warning")]


def test_fifty_second_session_a_proposition_granted_as_true_is_no_claim():
    """Issue 11, fifty-second session (boostprec52, truth_granted): "it is" + booster + "true" +
    "that" or a comma grants a proposition someone could put (a concession, or a saying whose
    source the sentence names): no finding. Not another subject ("That was clearly true"), not
    another word after the booster."""
    text = (
        "# The mill\n"
        "\n"
        "It is certainly true that the old wheel is slow.\n"  # 3: none
        "It is indeed true, as the miller said, that the wheel is slow.\n"  # 4: none
        "That was clearly true of the old wheel.\n"  # 5: warning
        "It is certainly truer of the new wheel.\n"  # 6: warning
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(5, 10, "HC102", "warning"), (6, 7, "HC102", "warning")]


def test_fifty_second_session_a_showing_whose_ground_is_named_at_once():
    """Issue 11, fifty-second session (boostprec52, ground_shown.shown_by_named): a booster before a
    word of showing or visibility and "by", "in", "from", "through" or "because" vouches for a
    showing whose ground the sentence names at once (pincer S726): no finding. Not a time after
    the preposition, not without the preposition."""
    text = (
        "# The mill\n"
        "\n"
        "That the wheel is slow is plainly indicated by the fact that the mill stands idle.\n"  # 3: none
        "The wear on the wheel is clearly evident in these figures.\n"  # 4: none
        "The wheel was plainly visible because the fog had lifted.\n"  # 5: none
        "The millers have clearly shown by today that the wheel is slow.\n"  # 6: a time, warning
        "The wear on the wheel is clearly evident.\n"  # 7: no ground named, warning
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(6, 18, "HC102", "warning"), (7, 26, "HC102", "warning")]


def test_fifty_second_session_quoted_term_after_said_to_be():
    """hedge52 (defined_by_saying.own_saying): a quoted or emphasised term after "said to be" or
    "said to have", with an article between or not, is the word being named ("was said to be a
    “drift”", "is said to be the “root”"), as a quoted word right after "said to" was already. A
    report keeps its finding: no quotation, or one further on than the article."""
    text = (
        "# The herd\n"
        "\n"
        "A herd that left its range was said to be a \u201cdrift\u201d.\n"  # 3
        "The first table is said to be the \u201croot\u201d of the store.\n"  # 4
        "A calf left out in the storm was said to be \u201cpotted\u201d.\n"  # 5
        "The herd was said to be a drift of \u201cstrays\u201d.\n"  # 6: the quotation further on
        "The herd was said to be the largest in the county.\n"  # 7: a report
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(6, 10, "HC101", "warning"), (7, 10, "HC101", "warning")]


def test_fifty_second_session_apparently_after_a_degree_word():
    """hedge52 (hedging._graded_by_degree): "apparently" or "supposedly" after "how", "however",
    "too" or "several", or after "so" before an adjective and an article, grades the adjective
    after it (seemingly): info, as after an article. Not a "however" set off by a comma or a "so"
    that joins clauses: there the adverb reports the clause, a warning."""
    text = (
        "The study shows how apparently similar rules can differ.\n"  # 1
        "The plan will be kept, however apparently severe its first effects.\n"  # 2
        "There are several apparently similar tools on the market.\n"  # 3
        "Even so apparently careful a reviewer missed the bug.\n"  # 4
        "The mill closed, however, apparently the wheel still turns.\n"  # 5: set off
        "The fix was late and so apparently the release slipped.\n"  # 6: "so" joins
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 21, "HC101", "info"), (2, 32, "HC101", "info"), (3, 19, "HC101", "info"),
                   (4, 9, "HC101", "info"), (5, 27, "HC101", "warning"), (6, 25, "HC101", "warning")]


def test_sixty_fourth_session_apparently_grading_a_quality():
    """prec64 (seeming_quality.grades_quality): "apparently" after a demonstrative, a quantifier,
    a name's possessive, "only", "even" or "at least" grades the word after it (seemingly,
    RULINGS 4a): info. Not after "that" (a clause opens), a pronoun's contraction or a comma, nor
    before an auxiliary or "not" ("this apparently does not apply": a clause reported), nor
    "supposedly" ("many supposedly careful people": someone supposes it)."""
    text = (
        "This apparently strange change has a long history.\n"  # 1
        "The costs are only apparently removed by the scheme.\n"  # 2
        "The critics praised Lenin's apparently democratic pamphlet.\n"  # 3
        "There are two at least apparently consistent readings.\n"  # 4
        "Many apparently free exchanges hide a debt.\n"  # 5
        "The rule was written, but this apparently does not apply to them.\n"  # 6: a clause
        "The new rule means that apparently the fee is gone.\n"  # 7: "that" opens a clause
        "It's apparently broken again.\n"  # 8: "it is"
        "There are many supposedly careful people here.\n"  # 9: "supposedly"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 6, "HC101", "info"), (2, 20, "HC101", "info"), (3, 29, "HC101", "info"),
                   (4, 24, "HC101", "info"), (5, 6, "HC101", "info"), (6, 32, "HC101", "warning"),
                   (7, 25, "HC101", "warning"), (8, 6, "HC101", "warning"), (9, 16, "HC101", "warning")]


@pytest.mark.parametrize("sentence,duty", belief_passive.DUTY_EXAMPLES)
def test_duty_of_each_examples(sentence, duty):
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    doc = parse("notes.md", "# Notes\n\n" + sentence + "\n")
    s = doc.sentences[-1]
    lw = norm_words(s.words)
    b = lw.index("expected") + 1
    a = b - 2
    assert belief_passive.duty_of_each(lw, s.words, s.block.prose, a, b) is duty


def test_fifty_second_session_a_duty_laid_on_each():
    """hedge52 (belief_passive.duty_of_each): "expected to" whose subject "each", "every",
    "anyone" or "everyone" opens, within a few words and no clause mark between, lays a duty on
    every member of a kind: info. A forecast of one thing stays a warning, and so does a
    distributive word set off by a comma ("Each year, the harbour is expected to")."""
    text = (
        "In these common tasks each nation is expected to contribute what it can.\n"  # 1
        "Each new teacher to whom the pupil goes is expected to study the record.\n"  # 2
        "The new teacher is expected to arrive on Monday.\n"  # 3
        "Each year, the harbour is expected to handle more ships.\n"  # 4
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 35, "HC101", "info"), (2, 41, "HC101", "info"), (3, 17, "HC101", "warning"),
                   (4, 24, "HC101", "warning")]


def test_fifty_third_session_verse_is_the_poems_words():
    """prec53 (checks/verse.py, voice.others_blocks): a paragraph set as verse (three or more
    short lines, each opening with a capital, two or more running on into the next) is the poem's
    voice, as a block quote is someone else's: its "it is said" and "surely" are not reported, in
    a plain-text dictionary (the verse indented and signed) or in Markdown. The same words as
    prose are, and so is a paragraph of one sentence a line, each ending with a full stop."""
    text = (
        "ODE, n.  A poem of praise.\n"  # 1
        "\n"
        "    The mayor, it is said, was wise,\n"  # 3
        "    And surely no one could doubt his eyes;\n"  # 4
        "    The greatest man the town has known\n"  # 5
        "    Was buried under marble stone.\n"  # 6
        "                                    A. Poet\n"  # 7
        "\n"
        "The mayor, it is said, was wise, and surely no one could doubt it.\n"  # 9
    )
    got = [(d.line, d.col, d.code) for d in run(text, path="dict.txt") if d.code in ("HC101", "HC102")]
    assert got == [(9, 12, "HC101"), (9, 38, "HC102")]
    text = (
        "# Ode\n"  # 1
        "\n"
        "The mayor was the finest man in the world,\n"  # 3
        "And surely no one could doubt his word;\n"  # 4
        "He kept the peace, it is said,\n"  # 5
        "Until the day that he was dead.\n"  # 6
        "\n"
        "The mayor was the finest man in the world.\n"  # 8
        "Surely no one could doubt his word.\n"  # 9
        "He kept the peace, it is said.\n"  # 10
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(9, 1, "HC102"), (10, 20, "HC101")]


@pytest.mark.parametrize(
    "text, verse",
    [
        ("So, in convention then and there,\nThey named him Sheriff.  The affair\nWas opened, it is said, with prayer.\n", True),
        ("    Freedom, as every schoolboy knows,\n    Once shrieked as Kosciusko fell;\n    On every wind, indeed, that blows\n    I hear her yell.\n", True),
        # two lines: a README's option block or a licence line, not verse
        ("Type: `string`\nDefault: `'.'`\n", False),
        # one sentence a line, each ended
        ("The parser is fast.\nIt is small.\nIt has no dependencies.\n", False),
        # wrapped at sixty columns: the first line is longer than a line of verse
        ("The most correct and second fastest glob implementation in\nJavaScript. (See Comparison to Other JavaScript Glob\nImplementations at the bottom of this readme.)\n", False),
        # a line that opens in lower case
        ("The mayor, it is said, was wise,\nand surely no one could doubt his eyes;\nThe town has known no better man.\n", False),
    ],
)
def test_fifty_third_session_what_is_set_as_verse(text, verse):
    from prosecheck.checks.verse import is_verse
    from prosecheck.document import parse

    doc = parse("poem.txt", text, markdown=False)
    assert [is_verse(doc.lines, b) for b in doc.blocks] == [verse]


def test_fifty_third_session_plain_we_know_widened():
    """know53 (shared_knowledge): plain "we know" read through "also" before "know" ("We also know
    that", as "We know, too, that" was) and "now" between "know" and "that"; a subject pronoun,
    or "this"/"it" before a verb in "-s" or "-ed", after "we know" opens the claim's clause; a
    "but" before a phrase ("but from the middle class out") or answering "not only" concedes
    nothing. Still not: "we also know that we ..." (the speaker's side on itself), a "but" that
    opens a clause ("..., but we try"), "we also know" in technical writing above info."""
    text = (
        "We also know that the old bridge is our most precious asset.\n"  # 1
        "\n"
        "We know now that its failures arose from the flood.\n"  # 3
        "\n"
        "And we know they wait with us tonight for an answer.\n"  # 5
        "\n"
        "We know this works.\n"  # 7
        "\n"
        "Because we know the town doesn't grow from the top down but from the middle out.\n"  # 9
        "\n"
        "We know that the mill is, not only a place of work, but a place of learning.\n"  # 11
        "\n"
        "We also know that we can rebuild the bridge.\n"  # 13
        "\n"
        "We know the bridge is old and the river is high, but we try.\n"  # 15
        "\n"
        "We know the bridge is old, but at present it is safe.\n"  # 17
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [
        (1, 1, "HC102", "warning"),
        (3, 1, "HC102", "warning"),
        (5, 5, "HC102", "warning"),
        (7, 1, "HC102", "warning"),
        (9, 9, "HC102", "warning"),
        (11, 1, "HC102", "info"),  # ", but a place of learning": a turn after a mark (tier38)
    ]


def test_fifty_eighth_session_we_know_a_plural_and_a_verb():
    """know58 (shared_knowledge.plural_then_verb): plain "we know" before a plural noun and a bare
    verb opens the claim's clause ("we know millers grind", "we know mills and weirs slow"), past
    "never" or "not only" before the verb. Not a thing known ("we know the millers well": no
    verb), not a verb in "-ing" or "-s" after the noun, not inside a clause or a question."""
    text = (
        "Now, we know millers grind the grain too fine.\n"  # 1
        "\n"
        "We know old mills and weirs slow the river.\n"  # 3
        "\n"
        "We know farmers not only want the mill to stay, but want it rebuilt.\n"  # 5
        "\n"
        "We know the millers well.\n"  # 7
        "\n"
        "We know millers working at night.\n"  # 9
        "\n"
        "The stories that we know millers tell are old.\n"  # 11
        "\n"
        "Do we know millers grind the grain too fine?\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [
        (1, 6, "HC102", "warning"),
        (3, 1, "HC102", "warning"),
        (5, 1, "HC102", "info"),  # ", but want it rebuilt": a turn after a mark (tier38)
    ]


def test_fifty_third_session_a_contrast_of_phrases_is_no_turn():
    """know53 (hedging._last_clause_turn with shared_knowledge.phrase_contrast): outside technical
    writing a ", but" before a preposition, "also" or "not" and no subject pronoun in the three
    words after that contrasts two phrases inside the claim and does not lower the booster to
    info; a ", but" that opens a clause still does, and so does one before a fronted phrase and
    its subject ("but at present it is")."""
    text = (
        "This inevitably treats each man not on his merits, but on his place in the town.\n"  # 1
        "The mill will inevitably close, but at present it is busy.\n"  # 2
        "The mill will inevitably close, but the river stays.\n"  # 3
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 6, "HC102", "warning"), (2, 15, "HC102", "info"), (3, 15, "HC102", "info")]


def test_fifty_third_session_we_also_know_in_technical_writing():
    """know53: "we also know" is plain "we know", info in technical writing (boost32's branch)."""
    text = (
        "# Install\n"
        "\n"
        "Run `make install` to build the parser.\n"
        "\n"
        "```sh\nmake install\n```\n"
        "\n"
        "We also know that the old parser is slow on long files.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(9, 1, "HC102", "info")]


def test_fifty_third_session_crowd_with_a_scope_or_a_verb_of_stating():
    """crowd53 (hedging._group_claim): a counted crowd of no list with "aver", "assert" or "agree
    that", a crowd placed by a short scope phrase before its verb of view ("some fans of C
    maintain", "many supporters of the plan claim") and "seem to" between a crowd and its verb.
    Not "agree with" a named holder nor "agree on" a topic, not a scope phrase broken by a mark,
    not a verb of finding after the scope."""
    text = (
        "# The herd\n"
        "\n"
        "Several old almanacs aver that the herd once crossed the river.\n"  # 3
        "Some fans of the breed maintain that it never tires.\n"  # 4
        "Many ranchers asserted that the drought was over.\n"  # 5
        "Most cattle buyers agree that the price will fall.\n"  # 6
        "It is not so rare as some drovers seem to believe.\n"  # 7
        "Most drovers agree with Hale on the price.\n"  # 8: a named holder
        "Some fans of the breed, maintain the trails.\n"  # 9: a mark in the scope
        "Some fans of the breed found the trail.\n"  # 10: a deed
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 1, "HC101"), (4, 1, "HC101"), (5, 1, "HC101"), (6, 1, "HC101"), (7, 22, "HC101")]


@pytest.mark.parametrize("sentence,code", crowd_members.EXAMPLES)
def test_fifty_third_session_crowd_members_examples(sentence, code):
    got = [d.code for d in run("# Notes\n\n" + sentence + "\n") if d.code in ("HC101", "HC102")]
    assert got == ([code] if code else [])


def test_fifty_third_session_every_member_and_friends_of_mine():
    """crowd53 (crowd_members): "every" heading its clause with one or two words of its noun and
    a verb of saying or believing ("Almost every lawyer says", "will tell you"), and a friend "of
    mine" with a verb of saying within eight words (a relative clause between) credit a view to
    nobody named: HC101, a warning. Not "every" after a relative or a preposition, not a relative
    clause after its noun, not "knows" (HC102's), not a friend's deed, not a clause joined."""
    text = (
        "# Notes\n"
        "\n"
        "Almost every miller says the wheel is too slow.\n"  # 3
        "The mill stands by the river.\n"
        "The work is hard, and every new hand will tell you that the wheel is slow.\n"  # 5
        "The mill stands by the river.\n"
        "Last spring a friend of mine who keeps bees said the dam would break.\n"  # 7
        "The mill stands by the river.\n"
        "A lot of friends of mine say the mill is doomed.\n"  # 9
        "The mill stands by the river.\n"
        "In what every miller has said there is nothing new.\n"  # 11: inside a relative
        "A friend of mine fixed the wheel and said nothing.\n"  # 12: a deed, a clause joined
        "Every miller who says the wheel is slow is right.\n"  # 13: a relative clause
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 1, "HC101", "warning"), (5, 23, "HC101", "warning"), (7, 13, "HC101", "warning"),
                   (9, 1, "HC101", "warning")]



def test_fifty_fourth_session_forward_certainty_and_no_exaggeration():
    """certain54: a certainty predicate that announces the claim after it ("One thing is sure",
    "This much is certain:", "this is certain:") and the speaker's word that the claim is no
    overstatement ("no exaggeration", "I'm not exaggerating"): HC102, warnings. Not "This is
    clear." (it points back), not "sure" after another subject, not a degree adverb before a
    forward "this"."""
    text = (
        "# Notes\n"
        "\n"
        "One thing is sure, the old wheel will not last the winter.\n"  # 3
        "The mill stands by the river.\n"
        "This much is certain: the dam will break in April.\n"  # 5
        "The mill stands by the river.\n"
        "Whatever you call it, this is certain: the miller has left.\n"  # 7
        "The mill stands by the river.\n"
        "It is no exaggeration to say that the mill feeds the town.\n"  # 9
        "The mill stands by the river.\n"
        "The wheel -- I'm not exaggerating -- turns once an hour.\n"  # 11
        "The mill stands by the river.\n"
        "This is clear. The wheel is slow.\n"  # 13: points back
        "The miller was sure the wheel would turn.\n"  # 14: a feeling
        "This is quite clear: the wheel is slow.\n"  # 15: a degree adverb
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(3, 1, "HC102", "warning"), (5, 1, "HC102", "warning"), (7, 23, "HC102", "warning"),
                   (9, 7, "HC102", "warning"), (11, 14, "HC102", "warning")]


def test_fifty_fourth_session_believe_me_alone():
    """certain54 (booster_clauses.appeal_alone): "Believe me." or "Trust me!" as a whole sentence
    closed by a mark is the speaker's appeal (HC102, a warning); not the words as a bare list
    item (no closing mark), not "Don't believe me?"."""
    text = (
        "# Notes\n"
        "\n"
        "The wheel is slow. Believe me.\n"  # 3
        "The mill stands by the river.\n"
        "The dam will break. Trust me!\n"  # 5
        "Don't believe me? Time the wheel.\n"  # 6
        "\n"
        "- Believe me\n"  # 8: a list item
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(3, 20, "HC102", "warning"), (5, 21, "HC102", "warning")]


def test_fifty_fourth_session_sensed_plainly():
    """conc54 (spoken_manner.sensed_plainly): "plainly" or "clearly" grading a verb or adjective of
    the senses beside it ("plainly heard", "clearly perceive", "plainly spell", "clearly
    discernible") says how distinctly a thing is perceived, manner (RULES 5), not certainty. Not
    "plainly visible" (a claim as often), not "clearly saw" (understood), not a booster before a
    claim."""
    text = (
        "# Notes\n"
        "\n"
        "From the far bank the wheel is plainly heard over the water.\n"  # 3
        "The mill stands by the river.\n"
        "In profile, you clearly perceive the notch in the old wheel.\n"  # 5
        "The mill stands by the river.\n"
        "The marks on the sacks plainly spell the miller's name.\n"  # 7
        "The mill stands by the river.\n"
        "The new miller is plainly the worst the town has had.\n"  # 9
        "The mill stands by the river.\n"
        "The old miller clearly saw that the dam would fail.\n"  # 11
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(9, 19, "HC102"), (11, 16, "HC102")]


def test_fifty_fourth_session_frame_before_own_feeling():
    """conc54 (booster_scope.opens_own_feeling): a booster or a frame of certainty that opens its
    clause ("And the truth is,", "But make no mistake:", "there's no doubt that", ", but
    certainly") before "I" and a verb of the mind or "am"/"was" and a feeling lands on the
    speaker's own mind, which only the speaker knows (shim S297), and so before "I'm a ..." (what
    the speaker is). Not "we" (a nation), not "I know" (vouches for a claim), not a comparison
    ("I am a better miller than"), not a booster inside its clause."""
    text = (
        "# Notes\n"
        "\n"
        "And the truth is, I loved the old mill by the river.\n"  # 3
        "The mill stands by the river.\n"
        "But make no mistake: I am proud of the old mill.\n"  # 5
        "The mill stands by the river.\n"
        "But there's no doubt that I respect the miller's craft.\n"  # 7
        "The mill stands by the river.\n"
        "It may be pride in my town, but certainly I love to visit the mill in July.\n"  # 9
        "The mill stands by the river.\n"
        "The truth is, we are the finest millers in the county.\n"  # 11
        "The mill stands by the river.\n"
        "There's no doubt that I know the dam will break this spring.\n"  # 13
        "The mill stands by the river.\n"
        "It's no secret that I'm a friend of the old miller.\n"  # 15
        "The mill stands by the river.\n"
        "The truth is, I am a better miller than my father was.\n"  # 17
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(11, 1, "HC102"), (13, 1, "HC102"), (17, 1, "HC102")]


@pytest.mark.parametrize("sentence,expected", unowned_view.EXAMPLES)
def test_fifty_fourth_session_unowned_view_examples(sentence, expected):
    """unowned_view.EXAMPLES: each sentence is or is not read as a view or a feeling with nobody
    holding it, as listed (the module's own examples, checked through the whole check)."""
    got = [d for d in run("# Notes\n\n" + sentence + "\n") if d.code == "HC101"]
    assert bool(got) == expected, sentence


def test_fifty_fourth_session_the_feeling_and_the_argument_held_by_nobody():
    """opp54 (unowned_view): "the feeling is that", "the general feeling seems to be that", "the
    argument runs", "the claim is that", "the standard argument is that": a feeling or an argument
    given as the thing itself, with nobody holding it: HC101, a warning ("the argument is that" at info: the speaker's own argument as often). Not part of another noun
    phrase, not a numbered or owned argument (the writer's own list), not a story that goes on,
    not a view the sentence credits, not a capitalised party, not "my feeling"."""
    text = (
        "# The mill\n"
        "\n"
        "In the capital, the feeling is that the mill will close.\n"  # 3
        "The general feeling seems to be that the wheel is too slow.\n"  # 4
        "That is why, the argument runs, the millers fear the canal.\n"  # 5
        "Of course the claim is that wages follow the harvest.\n"  # 6
        "Part of the argument was that the mill could grow.\n"  # 7: inside another noun phrase
        "The first argument is that the mill is too old.\n"  # 8: the writer's own list
        "The argument goes on for pages.\n"  # 9: its course
        "According to the ministry, the feeling is that the mill will close.\n"  # 10: credited
        "The Leninist argument is that the party must lead.\n"  # 11: a party named
        "My feeling is that the mill will close.\n"  # 12: the writer's own
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 17, "HC101", "warning"), (4, 1, "HC101", "warning"), (5, 14, "HC101", "warning"),
                   (6, 11, "HC101", "info")]


def test_fifty_fourth_session_told_with_no_that_and_they_tell_me():
    """opp54 (informant.told_to_writer's bare clause, informant.they_tell): "I am told it is a
    grave error", "I have been told the plant will close" (the clause with its "that" left out),
    ", they tell me," and "so they tell me" set off as an aside: the writer's hearsay from nobody
    named, HC101 at warning. Not a thing told ("I am told the news": no verb after it), not
    "they tell us that" in the clause's run ("they" may be the party just named), not "what they
    tell me"."""
    text = (
        "# The mill\n"
        "\n"
        "I am told it is a grave error on my part.\n"  # 3
        "I have been told the wheel will be mended in June.\n"  # 4
        "The dam, they tell me, was built in a single summer.\n"  # 5
        "\n"
        "Few millers keep their first wheel, so they tell me.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 1, "HC101", "warning"), (4, 1, "HC101", "warning"), (5, 10, "HC101", "warning"),
                   (7, 37, "HC101", "warning")]
    unflagged = (
        "# The mill\n"
        "\n"
        "I am told the news every morning.\n"  # a thing told
        "The millers built it. They tell us that it works.\n"  # "they" the millers
        "That is what they tell me.\n"
    )
    assert [d for d in run(unflagged) if d.code == "HC101"] == []


def test_fifty_fifth_session_emphatic_opener_in_a_sentence_whose_figures_are_dates():
    """infact55 (dated_figures): an emphatic opener ("In fact", "Indeed") in a sentence that
    carries a figure was never reported, as if the figure proved the claim ("Indeed, payrolls
    grew by 630,000"). A year, a decade, a span of years, a century or a day of a month only
    dates the claim: the opener is reported at the tier it would have without the date, and
    only at warning (an info one in a dated sentence stays unreported: in a history the dated
    event is the ground as often). A count, a share or a price still hides it, and so does a
    measure in words or with a currency sign beside the dates ("ten times", "one-half",
    "$2500")."""
    text = (
        "# The mill\n"
        "\n"
        "The river rose twice this spring.\n"
        "In fact, the main reason for the 1970s slump was the new dam.\n"  # 4: a decade, warning
        "In fact, the wheel has been mended for the 2019-2020 season.\n"  # 5: a span of years, warning
        "In fact, the millers in the 19th century feared the river.\n"  # 6: a century, warning
        "In fact, on 4 April the wheel stopped for good.\n"  # 7: a day and its month, warning
        "In fact, the wheel turned 300 times a day in 1950.\n"  # 8: a count, none
        "In fact, in 1950 the wheel turned ten times as fast.\n"  # 9: a measure in words, none
        "In fact, in 1950 the wheel cost $2500 to mend.\n"  # 10: a price, none
        "Indeed, in the 1950s the millers feared the river.\n"  # 11: info without the date: none
        "Indeed, the millers feared the river.\n"  # 12: no figure, info, not reported since open60
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(4, 1, "HC102", "warning"), (5, 1, "HC102", "warning"), (6, 1, "HC102", "warning"),
                   (7, 1, "HC102", "warning")]


def test_fifty_fifth_session_criticism_drawn():
    """unnamed55 (criticism_drawn.drawn_by_nobody): a verb of drawing a reaction, a modifier or
    none, then a noun of public reaction, and no critic named after "from"/"by": HC101 at
    warning. The weasel entry "faced criticism" keeps its own finding and note; the critics named
    ("from their employees", "from Amnesty"), an owner ("the union's criticism"), "received" and
    a link are no finding."""
    text = (
        "# The mill\n"
        "\n"
        "The owner has faced strong criticism over the weir.\n"  # 3
        "The new wheel attracted considerable controversy.\n"  # 4
        "The sale provoked consternation in the village.\n"  # 5
        "The toll drew criticism from the start.\n"  # 6
        "The plan faced criticism for its noise.\n"  # 7: the weasel entry
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 15, "HC101", "warning"), (4, 15, "HC101", "warning"), (5, 10, "HC101", "warning"),
                   (6, 10, "HC101", "warning"), (7, 10, "HC101", "warning")]
    unflagged = (
        "# The mill\n"
        "\n"
        "The millers faced sharp criticism from their neighbours.\n"
        "The toll drew criticism from Amnesty.\n"
        "The weir drew the union's criticism.\n"
        "The wheel has received some criticism for its size.\n"
        "None of this should be taken as criticism of the miller.\n"
        "The toll drew criticism ([review](https://example.org/review)).\n"
        "A new toll would provoke outrage if the miller raised it.\n"
        "The miller stood firm in the face of unfair criticism.\n"
        "The wheel is faced with neoclassical criticism.\n"
    )
    assert [d for d in run(unflagged) if d.code == "HC101"] == []


def test_fifty_sixth_session_ranking_handed_to_nobody():
    """unnamed56 (ranked_view.ranked_by_nobody): the present or perfect passive of a verb of
    judging or rating, then a superlative ("the best", "one of the finest", "among the most"):
    HC101 at warning, at the finite "is"/"are" or the "has"/"have" of the perfect. Not the past (a
    decision or a rating told as history), not after a modal, not with the raters after "by", not a
    complement that ranks nothing."""
    text = (
        "# The mill\n"
        "\n"
        "The mill is recognized as one of the best places to work.\n"  # 3
        "The county has been rated as the best place to farm.\n"  # 4
        "Those years are considered the absolutely most intense of the decade.\n"  # 5
        "The wheels have rightly been considered among the finest ever made.\n"  # 6
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 10, "HC101", "warning"), (4, 12, "HC101", "warning"), (5, 13, "HC101", "warning"),
                   (6, 12, "HC101", "warning")]
    unflagged = (
        "# The mill\n"
        "\n"
        "A new wheel was considered the best way to grind the rye.\n"
        "Three years ago the mill was rated one of the worst in the county.\n"
        "These sluices should be considered the most important to inspect.\n"
        "The mill is considered the best by most millers.\n"
        "The new weir is considered a breaking change.\n"
        "The mill is considered the best ([review](https://example.org/review)).\n"
    )
    assert [d for d in run(unflagged) if d.code == "HC101"] == []


def test_fifty_fifth_session_crowd_not_the_verbs_subject():
    """shown55 (crowd_not_subject): a crowd noun that a comma parts from the verb of saying after
    it is not that verb's subject when it is a preposition's object inside a phrase the comma
    closes ("on behalf of a majority of the people, say that": the speaker says it; "gathered by
    government studies, show": the figures show it), nor when "say" is set off by commas as "for
    instance". Still a view handed to the crowd: the crowd heading the clause ("Some people,
    even now, say that"), or the object of "like" or "including", which shares the view."""
    text = (
        "# The mill\n"
        "\n"
        "I want to, on behalf of a majority of the people, say that the mill will stay.\n"  # 3
        "Figures, mostly gathered by government studies, show that the wheel is slow.\n"  # 4
        "Thus we have people, say, blaming the mill while they buy its flour.\n"  # 5
        "\n"
        "Most people, even now, say that the mill will close.\n"  # 7
        "The miller, like many people, says that the wheel is too slow.\n"  # 8
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(7, 1, "HC101", "warning"), (8, 18, "HC101", "warning")]


def test_fifty_fifth_session_booster_in_a_conceding_sentence():
    """shown55 (booster_clauses.opens_conceding): a sentence that opens on "True," "Granted,"
    "Admittedly," or "Sure," and a comma grants a point before the writer answers it; a booster in
    it is kept at info (kiln M8). Not "Sure they do." (a reply: the booster itself), not "True"
    before a noun with no comma."""
    text = (
        "# The mill\n"
        "\n"
        "True, the old wheel is unmistakably slower than the new one.\n"  # 3
        "The mill stands by the river.\n"
        "Granted, the dam is certainly older than the mill.\n"  # 5
        "The mill stands by the river.\n"
        "True millers will certainly keep the old wheel.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(3, 24, "HC102", "info"), (5, 21, "HC102", "info"), (7, 19, "HC102", "warning")]


def test_fifty_fifth_session_i_can_honestly_say():
    """shown55 (assurances.own_testimony): "I can honestly say" is the speaker's testimony of what
    he has seen or felt (Q5), not reported; "We can honestly say that ..." (a team vouching for
    its product) still is."""
    text = (
        "# The mill\n"
        "\n"
        "Now that the wheel is mended, I can honestly say it turns better than I had hoped.\n"  # 3
        "The mill stands by the river.\n"
        "We can honestly say that the new wheel is faster.\n"  # 5
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(5, 4, "HC102")]


def test_fifty_sixth_session_this_of_course_and_and_of_course_opening_are_warnings():
    """Issue 11, fifty-sixth session (boost56, hedging._demonstrative_of_course and
    _and_of_course_opening): "This" or "That" opening the sentence (after "And" too) as the subject
    of a clause that ", of course," sets off puts what it says of the point just made beyond
    question, a warning like "is, of course,"; not before a verb that draws an inference ("This, of
    course, suggests ...": info), not "this" inside the sentence ("To say this, of course, is ...":
    info). "And of course" opening the sentence with no comma after "And" is a warning like "And,
    of course,"; not a lower-case "and of course" inside a list, not before a dash (a false start)."""
    text = (
        "The town grew fast. This, of course, requires a new harbour.\n"  # 1
        "\n"
        "The town grew fast. This, of course, suggests that the port will grow.\n"  # 3
        "\n"
        "The town grew. And this, of course, is what the mayor wanted.\n"  # 5
        "\n"
        "The town grew. That, of course, is the whole point.\n"  # 7
        "\n"
        "And of course the ferry was late every winter.\n"  # 9
        "\n"
        "And of course, the ferry was late every winter.\n"  # 11
        "\n"
        "The quay, the sheds and of course the lighthouse were rebuilt.\n"  # 13
        "\n"
        "And of course -- and of course the ferry is late.\n"  # 15
        "\n"
        "The town grew. To say this, of course, is to take a side.\n"  # 17
    )
    got = [(d.line, d.col, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 27, "warning"), (3, 27, "info"), (5, 26, "warning"), (7, 22, "warning"),
                   (9, 5, "warning"), (11, 5, "warning"), (13, 25, "info"), (15, 5, "info"),
                   (17, 29, "info")]


def test_fifty_sixth_session_every_one_knows_in_two_words():
    """Issue 11, fifty-sixth session (boost56, boosters.tsv): "every one knows", the older spelling
    of "everyone knows", credits the claim to everyone, as "everyone knows" does; "As every one
    knows" keeps its own entry and column. Not "every one of them knows" (a count of knowers)."""
    text = (
        "Every one knows that the whale breathes air.\n"  # 1
        "\n"
        "As every one knows, the whale breathes air.\n"  # 3
        "\n"
        "Every one of the sailors knows the story.\n"  # 5
        "\n"
        "The crew rowed hard, and every one knows the fine story of the whale.\n"  # 7
    )
    got = [(d.line, d.col, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 1, "warning"), (3, 1, "warning"), (7, 26, "warning")]


def test_fifty_sixth_session_first_hand_accounts_and_one_mind():
    """tell56 (first_hand): "in fact" or "indeed" in a sentence that names the speaker as "me",
    "my" or "myself" adds a fact of the speaker's own life (S297), not reported; "I" alone, in a
    relative clause, still is. The listener's "you know" before "I" or "my" is the speaker telling
    about himself, not reported; before "we" it still is. A certainty adjective before "to" and one
    mind ("obvious to the miller") hands the certainty to that mind (RULES 1); "obvious to the
    reader" and "obvious to all" are still reported."""
    text = (
        "# The mill\n"
        "\n"
        "In fact, as we talked, the miller joined me at the wheel.\n"  # 3
        "The mill stands by the river.\n"
        "In fact, the wheel I mended turns twice as fast.\n"  # 5
        "The mill stands by the river.\n"
        "Like most millers, you know that I am not afraid of floods.\n"  # 7
        "The mill stands by the river.\n"
        "Like most millers, you know we are stewards of the river.\n"  # 9
        "The mill stands by the river.\n"
        "It was obvious to the miller that the dam would hold.\n"  # 11
        "The mill stands by the river.\n"
        "It was obvious to the reader that the dam would hold.\n"  # 13
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC102"]
    assert got == [(5, 1, "HC102"), (9, 20, "HC102"), (13, 1, "HC102")]


def test_fifty_seventh_session_story_told_and_sayer_named():
    """story57: a past report of what someone said to or of the speaker whose words open on "I"
    is the speaker's own story (first_hand.told_about_the_speaker), not a view handed to nobody:
    "I was told I was too young", "A nurse told me she thought I had ...", "we all heard people
    say, I'm too busy". Still reported: the present or a modal ("Critics may say I'm ...": a view
    of the speaker the speech answers), "my" ("I'm told my neighbour ...") and "I" in an aside.
    A passive of saying whose agent follows at once and is named (vague_agent.named_agent_after:
    "It has been said by the Postmaster-General that", "we were told by our opponents") says who
    said it; not a crowd or one unnamed person ("by the majority", "by one sensitive")."""
    text = (
        "In my first year, I was told I was too young for the mill.\n"  # 1
        "\n"
        "A caring nurse told me she thought I had a sprain.\n"  # 3
        "\n"
        "We have all heard people say, I'm too busy to vote.\n"  # 5
        "\n"
        "I'm told my neighbour sold the mill.\n"  # 7
        "\n"
        "Some people said, I think, that the mill was sold.\n"  # 9
        "\n"
        "It has been said by the Postmaster-General that the mill was sold.\n"  # 11
        "\n"
        "Over and over, we were told by our opponents that the mill was sold.\n"  # 13
        "\n"
        "It is believed by the majority that the mill was sold.\n"  # 15
        "\n"
        "The mill was sold, I was told by one sensitive.\n"  # 17
        "\n"
        "Critics may say I'm too young for the mill.\n"  # 19
    )
    got = [(d.line, d.col) for d in run(text) if d.code == "HC101"]
    assert got == [(7, 1), (9, 1), (15, 1), (17, 20), (19, 1)]


def test_fifty_seventh_session_certainty_frames_with_a_verb_group():
    """frames57 (certainty_frames._verb_group): "It should be obvious that", "it must be plain
    that", "It has been clear that" and "it is increasingly becoming clear that" vouch for the claim
    as "It is obvious that" does; "would be" and "will be" (a case supposed, a forecast) do not,
    nor a negated frame."""
    text = (
        "# The mill\n"
        "\n"
        "It should be obvious that the wheel turns too slowly.\n"  # 3
        "\n"
        "By then it has been clear that the dam would hold.\n"  # 5
        "\n"
        "And it is increasingly becoming clear that the river is rising.\n"  # 7
        "\n"
        "It would be obvious that the wheel turns too slowly if it were lit.\n"  # 9
        "\n"
        "It will be clear that the wheel turns too slowly once it is lit.\n"  # 11
        "\n"
        "It should not be obvious that the wheel turns too slowly.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 1, "HC102", "warning"), (5, 9, "HC102", "warning"), (7, 5, "HC102", "warning")]


def test_fifty_seventh_session_denial_after_nor():
    """frames57 (general_assent.nor_denied, undeniable's "to be"): "Nor can it be denied that",
    "Nor is it to be doubted that" and "It was hardly to be doubted that" put the claim beyond
    doubt; "Nor is it denied that" (nobody has denied it: a concession) and "whether" after the
    verb (a doubt) do not."""
    text = (
        "# The mill\n"
        "\n"
        "Nor can it be denied that the wheel turns too slowly.\n"  # 3
        "\n"
        "The miller is old. Nor is it to be doubted that the dam will hold.\n"  # 5
        "\n"
        "It was hardly to be doubted that the dam would hold.\n"  # 7
        "\n"
        "Nor is it denied that the wheel turns too slowly.\n"  # 9
        "\n"
        "Nor can it be doubted whether the dam will hold.\n"  # 11
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 1, "HC102", "warning"), (5, 20, "HC102", "warning"), (7, 1, "HC102", "warning")]


def test_fifty_seventh_session_forecast_stated_as_certain():
    """frames57 (forecast_certain): "is certain to" or "are sure to" before a verb puts what will
    happen beyond doubt; not the past (a habit told), not "we"/"I" as the subject (the writer's own
    modesty), not before a noun phrase."""
    text = (
        "# The mill\n"
        "\n"
        "The price of flour is certain to rise next year.\n"  # 3
        "\n"
        "In a dry summer there is sure to be a shortage of water.\n"  # 5
        "\n"
        "The miller was sure to have the news before anyone.\n"  # 7
        "\n"
        "We are sure to have left a sack out.\n"  # 9
        "\n"
        "The dog is sure to the last of its master.\n"  # 11
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 20, "HC102", "warning"), (5, 23, "HC102", "warning")]


def test_fifty_seventh_session_a_crowd_granting_a_point():
    """concede57 (weasel.tsv's speech verbs): a crowd that concedes, acknowledges, admits or
    surmises a point holds the view it grants, and nobody is named: "Most economists concede",
    "some have surmised". Not a crowd named before ("The economists concede": the ones the text
    means), not the writer's own grant ("We concede"), not a participle before its noun ("Many
    admitted patients"), not "admit" meaning allow after a thing ("Circumstances would admit"),
    not with a source in the sentence."""
    text = (
        "Most economists concede that the mill closed too early.\n"  # 1
        "\n"
        "The mill closed, some have surmised, because of the drought.\n"  # 3
        "\n"
        "Many historians acknowledged that the mill was too small.\n"  # 5
        "\n"
        "The flood came early, and several officials admitted that the dam was weak.\n"  # 7
        "\n"
        "Many admitted patients were sent to the mill's clinic.\n"  # 9
        "\n"
        "The economists concede that the mill closed too early.\n"  # 11
        "\n"
        "We concede that the mill closed too early.\n"  # 13
        "\n"
        "Circumstances would admit a short delay at the mill.\n"  # 15
        "\n"
        "Most economists concede that the mill closed too early ([2025 survey](https://example.org/survey)).\n"  # 17
    )
    got = [(d.line, d.col, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 1, "warning"), (3, 18, "warning"), (5, 1, "warning"), (7, 27, "warning")]


def test_fifty_eighth_session_a_crowd_in_the_progressive():
    """crowd58 (weasel.tsv's speech verbs): a vague group that is calling something a name,
    talking about it or wondering holds the view, and nobody is named: "Some are calling it",
    "some are talking about", "some are wondering who". Not a pronoun or a named group ("They are
    calling it", "The developers were talking about"), not the audience ("Many of you are
    wondering"), not a deed ("Many users are calling the API": only "calling it"), not with a
    source in the sentence."""
    text = (
        "Some are calling it the slowest recovery in decades.\n"  # 1
        "\n"
        "I know some are talking about closing the mill.\n"  # 3
        "\n"
        "After the flood, some are wondering who will run the mill.\n"  # 5
        "\n"
        "They are calling it the slowest recovery in decades.\n"  # 7
        "\n"
        "The developers were talking about closing the mill.\n"  # 9
        "\n"
        "Many of you are wondering who will run the mill.\n"  # 11
        "\n"
        "Many users are calling the API directly.\n"  # 13
        "\n"
        "Some are calling it the slowest recovery ([2025 report](https://example.org/report)).\n"  # 15
    )
    got = [(d.line, d.col, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 1, "warning"), (3, 8, "warning"), (5, 18, "warning")]



def test_sixtieth_session_a_crowd_naming_a_thing():
    """next60 (crowd_naming): a crowd that calls a thing by a name of its judgement holds that
    verdict, and nobody is named: "some call the mayor a populist", "Others call it a lost
    decade", "Some people call us dreamers", "what some would call cynicism", "that others call
    ugly", "Many would call it the worst plan" (under "if", at info, as hedging tiers any view
    granted under a condition). Not a deed ("Many programs call it directly",
    "some call the function twice": no pronoun or name as the thing), not a reflexive ("call
    themselves"), not a nickname or a proper name ("what some call the long winter", "Some called
    their ideas Mutualism"), not "as some call it" with nothing after it, not "Few would call it"
    (the view denied), not with a source in the sentence."""
    text = (
        "While some call Mayor Reyes a populist, the council disagrees.\n"  # 1
        "\n"
        "Others call it a lost decade for the mill.\n"  # 3
        "\n"
        "Even if some people call us dreamers, we keep the mill open.\n"  # 5
        "\n"
        "The plan was what some would call cynicism.\n"  # 7
        "\n"
        "The mill has a chimney that others call ugly.\n"  # 9
        "\n"
        "Many would call it the worst plan in the valley.\n"  # 11
        "\n"
        "Many programs call it directly.\n"  # 13
        "\n"
        "Some call the function twice.\n"  # 15
        "\n"
        "The millers call themselves guildsmen.\n"  # 17
        "\n"
        "The mill closed in what some call the long winter.\n"  # 19
        "\n"
        "Some called their ideas Mutualism.\n"  # 21
        "\n"
        "It is not the mill's guide, as some people call it.\n"  # 23
        "\n"
        "Few would call it a success.\n"  # 25
        "\n"
        "Others call it a lost decade ([2025 survey](https://example.org/survey)).\n"  # 27
    )
    got = [(d.line, d.col, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 7, "warning"), (3, 1, "warning"), (5, 9, "info"), (7, 19, "warning"),
                   (9, 29, "warning"), (11, 1, "warning")]


def test_sixtieth_session_a_crowd_naming_its_lexicon_entry():
    """next60 (defined_by_saying.names_entry_after): under a lexicon's entry, a crowd that calls a
    thing by the entry's own term gives the term's use, as "said to" before it does (prec35): not
    reported; a verdict under the same entry still is."""
    text = (
        ":mill pie: n.\n"  # 1
        "\n"
        "A pie baked at the mill. Many millers call it mill pie for its crust.\n"  # 3
        "\n"
        "Many millers call it a lost cause.\n"  # 5
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(5, 1, "HC101")]


@pytest.mark.parametrize("sentence,code", crowd_naming.EXAMPLES)
def test_crowd_naming_examples(sentence, code):
    """crowd_naming.EXAMPLES: a crowd's name of judgement for a thing is reported; a deed, a
    reflexive or a name used in passing is not."""
    got = [d.code for d in run(sentence + "\n") if d.code == "HC101"]
    assert got == ([code] if code else []), sentence


@pytest.mark.parametrize("sentence,code", side_named.EXAMPLES)
def test_side_named_examples(sentence, code):
    """side_named.EXAMPLES: a stance noun after "its"/"the" is a side the text named, not flagged;
    a bare or a person's stance noun still is."""
    got = [d.code for d in run(sentence + "\n") if d.code == "HC101"]
    assert got == ([code] if code else []), sentence


def test_side_named_before_voices_its_view():
    """ "than its supporters claim", "what the critics claim it does", "when the critics argue":
    the side of a thing the text has named, its view reported to be answered (fifty-ninth session,
    party59), not flagged. Bare "Critics argue", "many supporters claim", "his critics told him"
    and "their opponents claim" still are, at their first column."""
    text = (
        "The market is less fair than its supporters claim.\n"  # 1
        "\n"
        "Growth has not been all its supporters have asserted.\n"  # 3
        "\n"
        "Even if the phrase means what the critics claim it does, it refutes nothing.\n"  # 5
        "\n"
        "When the critics argue that rents rose, they concede the point.\n"  # 7
        "\n"
        "Critics argue that rents rose.\n"  # 9
        "\n"
        "The market is less fair than many supporters claim.\n"  # 11
        "\n"
        "His critics told him he had gone too far.\n"  # 13
        "\n"
        "The plan is not what their opponents claim.\n"  # 15
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(9, 1, "HC101"), (11, 30, "HC101"), (13, 5, "HC101"), (15, 28, "HC101")]


def test_fifty_ninth_session_certainly_or_obviously_before_a_turn():
    """Issue 11, fifty-ninth session (ground59; booster_clauses.grants_before_turn): "certainly"
    or "obviously" inside a sentence whose next sentence in the same paragraph opens on a turn
    ("But", "However", "Yet", "however" as its second to fourth word) grants a point before the
    writer answers it: info, not a warning. Not before a turn that opens the next paragraph, not
    before a sentence with no turn, and not another booster ("undoubtedly": right as often)."""
    text = (
        "Thank you all for coming tonight to this hall and to this meeting of ours.\n"  # 1
        "\n"
        "A small shop would certainly not keep its books on paper. But a farm still might.\n"  # 3
        "\n"
        "The list of reasons is, obviously, long. The first is, however, the cost.\n"  # 5
        "\n"
        "The new road will certainly help the town.\n"  # 7
        "\n"
        "But the old one will close.\n"  # 9
        "\n"
        "The council will obviously vote for the plan. Its members like it.\n"  # 11
        "\n"
        "The mill will undoubtedly close this winter. But the new one opens in spring.\n"  # 13
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [
        (3, 20, "HC102", "info"),
        (5, 25, "HC102", "info"),
        (7, 19, "HC102", "warning"),
        (11, 18, "HC102", "warning"),
        (13, 15, "HC102", "warning"),
    ]


def test_fifty_ninth_session_a_whole_peoples_knowledge_pointing_at_a_claim():
    """idiom59 (shared_knowledge._points_back, _people_wh, _bare_people): a whole people's "know"
    before "it"/"this" closing its clause, or before "what"/"who"/"where" (past "exactly") and a
    pronoun or a determiner, and "people", "the people" or "all the people" opening its clause as
    the knower. Not a quantity's or a verb's people ("Most people know", "let people know"), not
    "who" as the clause's subject ("who built the mill"), not the speaker on himself ("who I am"),
    not "we" with these objects."""
    text = (
        "The mill is closing, and the people know it.\n"  # 1
        "\n"
        "People know this, and that is why the mill closed.\n"  # 3
        "\n"
        "Canadians know exactly who she is.\n"  # 5
        "\n"
        "And all the people know that the mill is closing.\n"  # 7
        "\n"
        "Most people know this.\n"  # 9
        "\n"
        "Let people know who built the mill.\n"  # 11
        "\n"
        "Canadians know who built the mill.\n"  # 13
        "\n"
        "We know who she is.\n"  # 15
        "\n"
        "Canadians know it well.\n"  # 17
        "\n"
        "Canadians know who I am.\n"  # 19
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [
        (1, 26, "HC102", "warning"),
        (3, 1, "HC102", "warning"),
        (5, 1, "HC102", "warning"),
        (7, 5, "HC102", "warning"),
    ]


def test_fifty_ninth_session_views_and_doubts_held_by_nobody():
    """unnamed59 (conjecture._shared, conjecture._doubts): a noun of a shared view ("agreement",
    "sense", "recognition") right after an existential "there is" and right before "that", and a
    plural noun of doubt or worry after it and before "about"/"over": HC101 at warning, on
    "there". Not a view denied ("no agreement"), a deal ("an agreement that covered"), the noun in
    another frame ("a sense of urgency", "questions about the API" in a condition), nor with a
    link."""
    text = (
        "# The mill\n"
        "\n"
        "There's agreement that the weir should stay.\n"  # 3
        "But there is a distinct sense that the village should move first.\n"  # 4
        "There is now a recognition that the wheel is too small.\n"  # 5
        "There is general agreement that the toll is fair.\n"  # 6
        "I know there have been questions about whether the mill can pay.\n"  # 7
        "There are some doubts about the value of the new wheel.\n"  # 8
        "There are worries over the cost of the repairs.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 1, "HC101", "warning"), (4, 5, "HC101", "warning"), (5, 1, "HC101", "warning"),
                   (6, 1, "HC101", "warning"), (7, 8, "HC101", "warning"), (8, 1, "HC101", "warning"),
                   (9, 1, "HC101", "warning")]
    unflagged = (
        "# The mill\n"
        "\n"
        "There is no agreement that the weir should stay.\n"
        "There was an agreement that covered both mills.\n"
        "There is a sense of urgency in the village.\n"
        "If there are questions about the toll, ask the miller.\n"
        "Whether there is agreement that the toll is fair remains open.\n"
        "There are questions, about the toll, that nobody asked.\n"
        "There's agreement that the weir should stay ([minutes](https://example.org/minutes)).\n"
        "The council and the miller reached agreement that the weir should stay.\n"
    )
    assert [d for d in run(unflagged) if d.code == "HC101"] == []


def test_school60_a_learned_profession_credited_with_a_view():
    """Issue 11, sixtieth session (school60): a learned profession named by its suffix ("-ologists",
    "-iatrists") is read as the weasel list's group nouns are ("economists", "historians"): its
    members credited with a view as a body, none named. And "point out" in the present, like
    "pointed out". Not "apologists" (a stance), not a profession's term ("what sociologists call"),
    not with a source, not a named school before it ("Freudian psychologists": a capital)."""
    text = (
        "Psychologists point out that the mill is too loud.\n"  # 1
        "\n"
        "Most psychiatrists dismiss the noise as harmless.\n"  # 3
        "\n"
        "The mill, sociologists say, holds the village together.\n"  # 5
        "\n"
        "Critics point out that the mill is too loud.\n"  # 7
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(1, 1, "HC101"), (3, 1, "HC101"), (5, 11, "HC101"), (7, 1, "HC101")]
    unflagged = (
        "Capitalist apologists claim that the mill is efficient.\n"
        "\n"
        "This is what sociologists call a total institution.\n"
        "\n"
        "Psychologists point out that the mill is too loud ([survey](https://example.org/survey)).\n"
        "\n"
        "The psychologists who visited said the mill is too loud.\n"
        "\n"
        "Technologists build the mill.\n"
    )
    assert [d for d in run(unflagged) if d.code == "HC101"] == []


def test_sixtieth_session_certainty_answered_by_its_source():
    """source60: certainty answered by its source. A quotation that ends the sentence, its work
    cited in brackets at once (the splitter leaves the bracket to the next sentence), supports a
    hedge or a booster before it (RULES 2; info until the sixtieth session); "in the words of" and
    a name credits the words to that person, as "in Hoenig's words" does (not a person known by
    role or number); "I shall", "I'll" and "we'll" before a booster are the speaker's undertaking,
    as "we will" is; "no question of" and a gerund says a course is not open. Still reported: a
    quotation that opens before the booster, "in the words of one historian", "shall" after
    another subject, "no question of" and a noun."""
    text = (
        "# The mill\n"
        "\n"
        'It follows that obviously "the workshops are foul and the workers count for nothing." '
        "[The Conquest of Bread, p. 121]\n"  # 3
        "\n"
        'Some argue that "the weir was built for the mill alone." [The Mill Book, p. 9]\n'  # 5
        "\n"
        "The truth is that, in the words of Ada Holt, the mill was never profitable.\n"  # 7
        "\n"
        "I shall of course ensure that the miller receives a reply.\n"  # 9
        "\n"
        "We'll certainly look at the weir again next year.\n"  # 11
        "\n"
        "There is no question of closing the mill this winter.\n"  # 13
    )
    assert [d for d in run(text) if d.code in ("HC101", "HC102")] == []
    flagged = (
        "# The mill\n"
        "\n"
        '"The workshops are foul," he wrote, and obviously they are. [Bread, p. 121]\n'  # 3
        "\n"
        "The truth is that, in the words of one historian, the mill was never profitable.\n"  # 5
        "\n"
        "The council shall of course ensure that the weir holds.\n"  # 7
        "\n"
        "There can be no question of the miller's honesty.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(flagged) if d.code in ("HC101", "HC102")]
    assert got == [(3, 41, "HC102", "warning"), (5, 1, "HC102", "warning"), (7, 19, "HC102", "info"),
                   (9, 1, "HC102", "warning")]


def test_sixtieth_session_quotes_cited_examples():
    """works_cited.QUOTES_CITED_EXAMPLES (source60): the sentence after a booster's quotes a work
    and cites its page, in it or at the head of the sentence after it."""
    from prosecheck.checks import works_cited
    from prosecheck.document import parse

    for text, expected in works_cited.QUOTES_CITED_EXAMPLES:
        doc = parse("x.md", text + "\n")
        ss = doc.sentences
        after = ss[1] if len(ss) > 1 else None
        following = ss[2] if len(ss) > 2 else None
        assert works_cited.quotes_cited_next(ss[0], after, following) is expected, text


def test_sixtieth_session_booster_before_a_cited_quotation():
    """source60 (works_cited.quotes_cited_next): a booster whose next sentence in the paragraph
    quotes a work and cites its page is not reported, at info or warning (RULES 2: a named source
    in the next sentence); still reported when the next sentence quotes without a citation. (An
    opening "Of course", not "Indeed": open60 leaves an opening "Indeed" at info unreported.)"""
    text = (
        "# The mill\n"
        "\n"
        'Of course, the mill is a kind of village council. As Ada Holt noted, "the mill was where the '
        'village met and decided." [The Mill Book, p. 9]\n'  # 3
        "\n"
        'Of course, the weir is a kind of village road. As Ada Holt noted, "the weir was where the '
        'village crossed the river."\n'  # 5
        "\n"
        'The mill is clearly the oldest trade. As Ada Holt noted, "the mill was there before the '
        'village." [The Mill Book, p. 9]\n'  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(5, 1, "HC102", "info")]


def test_open60_info_opener_gives_way_to_its_sentences_booster():
    """Issue 11, sixtieth session (open60, opening_connective): an opener of _SOMETIMES ("Indeed",
    "Of course", ...) at word 0 and at the info tier no longer takes the sentence's finding when
    the sentence has a booster of its own after it: that booster is judged as if it stood alone
    (until then it was read as the same claim insisted on twice and not reported). "And indeed"
    (line 7, not at word 0) keeps its finding; a booster after "indeed" inside the sentence was
    reported already (line 8)."""
    text = (
        "# The mill\n"
        "\n"
        "The mill has two wheels.\n"
        "Indeed, in a wet spring the new wheel is undoubtedly the busiest of the valley.\n"  # 4
        "Indeed, it would be no exaggeration to say that the wheel saved the village.\n"  # 5
        "Indeed, the new wheel saved the village.\n"  # 6
        "And indeed, the new wheel is undoubtedly the busiest of the valley.\n"  # 7
        "The wheel, indeed, is undoubtedly the busiest of the valley.\n"  # 8
        "Of course, the new wheel is certainly the busiest of the valley.\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    # (line 6, an opening "Indeed" with no booster after it, is not reported either since
    # opening_connective.adds_to_before: the test below)
    assert got == [(4, 42, "HC102", "warning"), (5, 21, "HC102", "warning"),
                   (7, 5, "HC102", "info"), (8, 23, "HC102", "warning"), (9, 29, "HC102", "warning")]


def test_open60_indeed_opening_a_sentence_at_info_not_reported():
    """Issue 11, sixtieth session (open60, opening_connective.adds_to_before): "Indeed" as the first
    word of a sentence, at the info tier, is the connective that takes up the sentence before and
    adds to it: not reported (the sentence's own booster after it is judged: line 8). "indeed"
    after a copula (a warning), "And indeed" (info), a bare reply ("Indeed!") and "Yes, indeed" (an
    emphatic reply) stay as they were."""
    text = (
        "# The mill\n"
        "\n"
        "The mill has two wheels.\n"
        "Indeed, the new wheel saved the village.\n"  # 4: not reported (info before)
        "Indeed!\n"  # 5: a bare reply, reported
        "The mill was indeed the oldest building of the county.\n"  # 6: after a copula, a warning
        "And indeed, the new wheel saved the village.\n"  # 7: after a lead word, info
        "Indeed, in a wet spring the new wheel is undoubtedly the busiest of the valley.\n"  # 8
        "Yes, indeed, the new wheel turns faster.\n"  # 9: an emphatic reply, a warning
        "Indeed the new wheel saved the village.\n"  # 10: no comma, not reported either
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(5, 1, "HC102", "info"), (6, 14, "HC102", "warning"), (7, 5, "HC102", "info"),
                   (8, 42, "HC102", "warning"), (9, 1, "HC102", "warning")]


def test_frames61_claim_said_to_need_no_thought():
    """Issue 11, sixty-first session (frames61, boosters.tsv): a claim put as needing no thought to
    see ("It does not take much thought to see that", "it doesn't take a genius to work out why",
    "Any fool can see", "anyone can see that", "as anyone can see", "It needs no argument to show
    that"): HC102 warnings. Not "can see" without "that" after it or "as" before it (who may see a
    thing: line 9; a reader's worry quoted as a heading: line 10), nor a source given (line 11),
    nor "It is no coincidence that" (measured and left then: line 12; a booster since the
    sixty-fourth session, on the gold as ruled, test_ruled64_no_coincidence)."""
    text = (
        "# The mill\n"
        "\n"
        "It does not take much thought to see that the new wheel feeds the town.\n"  # 3
        "It doesn't take a genius to work out why the old wheel stopped.\n"  # 4
        "Any fool can see that the miller keeps the best flour.\n"  # 5
        "The new wheel, as anyone can see, turns faster than the old one.\n"  # 6
        "It needs no argument to show that the mill is the heart of the valley.\n"  # 7
        "Everyone can see that the mill is the heart of the valley.\n"  # 8
        "Anyone can see the wheel from the bridge.\n"  # 9
        "Everybody can see I have encrypted data!\n"  # 10
        "It does not take much thought to see that the wheel is faster ([1999 survey](https://example.org/s)).\n"  # 11
        "It is no coincidence that the mill stands by the river.\n"  # 12
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(3, 4, "HC102", "warning"), (4, 4, "HC102", "warning"), (5, 1, "HC102", "warning"),
                   (6, 16, "HC102", "warning"), (7, 4, "HC102", "warning"), (8, 1, "HC102", "warning"),
                   (12, 1, "HC102", "warning")]


def test_sixty_second_session_quotation_marks_read_from_the_document():
    """fix62 (works_cited.quoted_then_cited_next): the quotation after the cue is read from the
    Document's quotations (Block.quotations), not from any mark in the prose: an inch mark is no
    quotation, so the citation that follows does not answer the booster before it."""
    text = (
        "# The mill\n"
        "\n"
        'It is obvious that the sluice is 5" too wide for the race. [The Mill Book, p. 12]\n'  # 3
        "\n"
        'It is obvious that his "workshops are foul" is just nonsense. [The Mill Book, p. 12]\n'  # 5: answered
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 1, "HC102")]


def test_ask62_a_booster_opening_a_question_is_at_info():
    """Issue 11, sixty-second session (ask62, booster_questions): a booster that opens a sentence
    ending on a question mark (after "But", "And", "So", "Yet" or "Or" too) is at info, not warning:
    the writer asks, most often voicing the objection the text answers next. A booster later in the
    question stays a warning (line 8), as does one in a statement (line 9); a question after "but"
    leaves the booster's clause a statement (line 10: warning)."""
    text = (
        "# The mill\n"
        "\n"
        "Surely this means that the miller deserves a reward?\n"  # 3: info
        "Not so: the mill was never his.\n"
        "But surely the old bridge was handsome?\n"  # 5: after "But", info
        "In fact, how can the town pay for a new wheel?\n"  # 6: info
        "Surely the miller sold the flour \"cheaply\"?\n"  # 7: a closing mark before the question mark, info
        "The new wheel would surely turn faster?\n"  # 8: not opening, warning
        "Surely the new wheel turns faster.\n"  # 9: a statement, warning
        "Nobody can deny the wheel is old but will the town pay?\n"  # 10: the question after "but", warning
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(3, 1, "HC102", "info"), (5, 5, "HC102", "info"), (6, 1, "HC102", "info"),
                   (7, 1, "HC102", "info"), (8, 21, "HC102", "warning"), (9, 1, "HC102", "warning"),
                   (10, 1, "HC102", "warning")]


@pytest.mark.parametrize("sentence,duty", belief_passive.OBEY_EXAMPLES)
def test_duty_to_obey_examples(sentence, duty):
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    doc = parse("notes.md", "# Notes\n\n" + sentence + "\n")
    s = doc.sentences[-1]
    lw = norm_words(s.words)
    b = lw.index("expected") + 1
    a = b - 2
    assert belief_passive.duty_to_obey(lw, a, b) is duty


def test_sixty_third_session_a_duty_to_obey():
    """prec63 (belief_passive.duty_to_obey): "expected to" before a verb of obedience ("obey",
    "comply") or before "follow"/"play" with a noun of command ("follow the decisions", "play by
    the rules") lays a duty on the subject: info. A forecast ("follow suit", "rule on the appeal")
    stays a warning."""
    text = (
        "# Notes\n\n"
        "The firm had a rigid order. Those at the base are expected to obey. "
        "The members are expected to follow the decisions of the board. "
        "Other banks are expected to follow suit. The judge is expected to rule on the appeal today.\n"
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC101"]
    assert got == [(3, 47, "HC101", "info"), (3, 81, "HC101", "info"), (3, 144, "HC101", "warning"),
                   (3, 183, "HC101", "warning")]


def test_ruled64_one_knower_vouches():
    """Issue 11, sixty-fourth session (ruled64, knower_vouches; eval/RULINGS.md 6): "he", "she" or a
    name + "knows that" + a clause is the writer's claim vouched for by one knower: an HC102 warning
    outside technical writing. Not a clause about the knower's own mind (line 6), a scenario after
    "that" (line 7), the knowing in a condition (line 8), the past (line 9), "God knows" (line 10),
    a question (line 11), a link in the sentence (line 12)."""
    text = (
        "# The harbour\n"
        "\n"
        "Mayor Jane Smith knows that a deep harbour brings trade to the town.\n"  # 3
        "But he also knows that the fishermen need a new pier.\n"  # 4
        "The council will vote for it because she knows that the pier pays for itself.\n"  # 5
        "He knows that he is dealing with a difficult harbour master.\n"  # 6
        "She knows that if the pier opens, the boats will come back.\n"  # 7
        "If he knows that the harbour is silting up, he has kept quiet.\n"  # 8
        "The mayor knew that the harbour was silting up.\n"  # 9
        "God knows that the harbour needed work.\n"  # 10
        "Does she know that the harbour is silting up?\n"  # 11
        "She knows that the pier pays for itself ([survey](https://example.org/s)).\n"  # 12
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(3, 1, "HC102", "warning"), (4, 5, "HC102", "warning"), (5, 38, "HC102", "warning")]


def test_ruled64_no_coincidence():
    """Issue 11, sixty-fourth session (ruled64, boosters.tsv; eval/RULINGS.md 3): "It is no
    coincidence that", "It was no accident that", "Nor is it a coincidence that": an HC102 warning.
    Not without "that" (a pointer back to the ground just given: lines 5, 6), nor with a link."""
    text = (
        "# The mill\n"
        "\n"
        "It is no coincidence that the mill stands by the river.\n"  # 3
        "Nor is it a coincidence that the town grew around it.\n"  # 4
        "That is no coincidence.\n"  # 5
        "The mill stands by the river (this is no accident, since it needs the water).\n"  # 6
        "It was no accident that the mill stood there ([history](https://example.org/h)).\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(3, 1, "HC102", "warning"), (4, 1, "HC102", "warning")]


def test_sixty_fifth_session_should_go_without_saying():
    """mind65 (boosters.tsv): "should go without saying" calls the claim beyond saying, as "goes
    without saying" does, before its clause or after its subject; not inside a quotation, nor
    with a link in the sentence."""
    text = (
        "# The mill\n"
        "\n"
        "It should go without saying that the wheel turns too slowly.\n"  # 3
        "\n"
        "That the dam will hold should go without saying.\n"  # 5
        "\n"
        'The miller wrote: "It should go without saying that the wheel turns too slowly."\n'  # 7
        "\n"
        "It should go without saying that the wheel turns too slowly ([survey](https://example.org/mill)).\n"  # 9
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 4, "HC102", "warning"), (5, 24, "HC102", "warning")]


def test_sixty_fifth_session_should_be_obvious_at_info():
    """mind65 (beyond_saying.should_be): a subject other than "it" before "should be obvious"
    closing its clause is info; "It should be obvious that" stays certainty_frames' warning at
    column 1 (frames57); not before "to anyone", not "would be", not negated, not a question."""
    text = (
        "# The mill\n"
        "\n"
        "It should be obvious that the wheel turns too slowly.\n"  # 3
        "\n"
        "The weakness of this wheel should be obvious.\n"  # 5
        "\n"
        "As should be obvious, the wheel turns too slowly.\n"  # 7
        "\n"
        "The process should be obvious enough.\n"  # 9
        "\n"
        "The weakness of this wheel would be obvious.\n"  # 11
        "\n"
        "The weakness of this wheel should not be obvious.\n"  # 13
        "\n"
        "Why should the weakness of this wheel be obvious?\n"  # 15
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("HC101", "HC102")]
    assert got == [(3, 1, "HC102", "warning"), (5, 28, "HC102", "info"), (7, 4, "HC102", "info"),
                   (9, 13, "HC102", "info")]


def test_sixty_fifth_sessions_holder_named_by_the_opening():
    """Issue 11, sixty-fifth session (prec65, holder_scope.named_holder_leads): a passive of view
    in a sentence that opens on "For" or "To" and a holder set off by a comma ("For Proudhon,",
    "To the wider farming community, though,") names whose view it is: not flagged. A crowd
    ("For many,"), a time ("For years,") or no opening still leave the judges out, at their
    first column."""
    text = (
        "For Proudhon, mutual credit was seen as the means to end wage labour.\n"  # 1
        "\n"
        "For the former, for mutualists like Proudhon, credit was seen as a means of change.\n"  # 3
        "\n"
        "To the wider farming community, though, the mill was seen as a waste of the river.\n"  # 5
        "\n"
        "For the modern \"Austrian\" economist, the miller is often seen as the one who sets prices.\n"  # 7
        "\n"
        "For many, the mill is often seen as the heart of the village.\n"  # 9
        "\n"
        "For years, the mill was often seen as the heart of the village.\n"  # 11
        "\n"
        "The mill was often seen as the heart of the village.\n"  # 13
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "HC101"]
    assert got == [(9, 20, "HC101"), (11, 21, "HC101"), (13, 10, "HC101")]


def test_sixty_fifth_sessions_courtesy_of_the_house():
    """Issue 11, sixty-fifth session (prec65, house_courtesy.addresses_member): the speaker's "I
    know", "I am sure" or "I assure" before a member of the House ("my hon. Friend", "hon.
    Members", "the Minister", "the House") is a courtesy of the chamber: info, not a warning. Lower
    case "members of both parties" and another speaker's certainty stay warnings."""
    text = (
        "I am sure that my hon. Friend is aware of the statement made in June.\n"  # 1
        "\n"
        "I know that the Minister will respond to what has been said about the mill.\n"  # 3
        "\n"
        "I am sure hon. Members will agree that that is a very small number.\n"  # 5
        "\n"
        "I assure her and the House that the matter is taken extremely seriously.\n"  # 7
        "\n"
        "I know that members of both parties in the House want to do the same.\n"  # 9
        "\n"
        "I am sure the harvest will be the best in years.\n"  # 11
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "HC102"]
    assert got == [(1, 1, "HC102", "info"), (3, 1, "HC102", "info"), (5, 1, "HC102", "info"),
                   (7, 1, "HC102", "info"), (9, 1, "HC102", "warning"), (11, 1, "HC102", "warning")]
