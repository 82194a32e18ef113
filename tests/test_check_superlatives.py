"""The superlatives check: SL101 (superlative or absolute claim) and SL102 (peacock term)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prosecheck.checks import inverted_condition, reported_view, superlative_own, superlative_own_life, superlatives
from prosecheck.checks.lexicon import PhraseMatcher, load, parse_user_terms, user_terms_problem
from prosecheck.testing import assert_fixture, codes, fixture_paths, lines, lint

FIXTURES = Path(__file__).parent / "fixtures" / "superlatives"


def run(text, **kwargs):
    return lint(text, plugins=[superlatives], **kwargs)


@pytest.mark.parametrize("path", fixture_paths(FIXTURES), ids=lambda p: p.name)
def test_fixture(path):
    assert_fixture(path, plugins=[superlatives])


def test_message_names_the_phrase_and_what_to_do():
    assert lines(run("Acme is the best vendor.\n")) == [
        '1:9: SL101 "the best" is a superlative with no source in this sentence: '
        "cite one, or state the measurable fact"
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Acme is the second-largest vendor.\n", [(1, 9, "SL101")]),
        ("Acme is the second largest vendor.\n", [(1, 9, "SL101")]),
        ("It is the world's largest bank.\n", [(1, 7, "SL101")]),
        ("The museum is one of the most respected in Europe.\n", [(1, 22, "SL101")]),
        ("We are the #1 choice.\n", [(1, 8, "SL101")]),
        ("It is the number one app.\n", [(1, 7, "SL101")]),
        ("Growth was unprecedented.\n", [(1, 12, "SL101")]),
        ("Acme is the only vendor that ships on Sundays.\n", [(1, 9, "SL101")]),
        ("A world-class, cutting-edge tool.\n", [(1, 3, "SL102"), (1, 16, "SL102")]),
        ("The state of the art in parsing.\n", [(1, 5, "SL102")]),
    ],
)
def test_flags_claims(text, expected):
    assert codes(run(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Wait at least five minutes, and at most ten.\n",
        "Most of the options have defaults.\n",
        "Download the latest release. The last step is to restart.\n",
        "A forest, an honest interest, a request and a test.\n",
        "The best way to install it is with pip.\n",
        "The easiest way to get started is to clone the template.\n",
        "The only required argument is `name`.\n",
        "Use the most recent version. This is the most common mistake.\n",
        "Returns the largest value in the array.\n",
        "It's best to pin your dependencies.\n",
        "Unmatched brackets are reported. There are unmatched pairs.\n",
        "Fixes #1. See issue #1.\n",
        "The first argument is the path.\n",
        "The leading whitespace is stripped.\n",
        "These amazing people have contributed.\n",
    ],
)
def test_technical_prose_is_not_flagged(text):
    assert run(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Acme is the best vendor [3].\n",
        "Acme is the best vendor (Smith, 2020).\n",
        "Acme is the best vendor (Smith et al. 2020).\n",
        "Acme is the best vendor, according to the 2023 survey.\n",
        "Acme is the best vendor, Gartner reports.\n",
        "Acme is the best vendor, the minister said.\n",
        "Acme is the [best vendor](https://example.org).\n",
        "Acme is the best vendor, see https://example.org/ranking for details.\n",
        "Acme is the best vendor[^1].\n\n[^1]: A source.\n",
        'She said "Acme is the best vendor" twice.\n',
        "She said 'Acme is the best vendor' twice.\n",
        "\u2018Acme is the best vendor,\u2019 she said.\n",
    ],
)
def test_support_or_quotation_silences(text):
    assert run(text) == []


def test_an_apostrophe_opens_no_quotation():
    # "users'" and "don't" are apostrophes: the claim after them is the writer's own
    found = run("The users' forum says we don't know: Acme is the best vendor.\n")
    assert [(d.line, d.col, d.code) for d in found] == [(1, 46, "SL101")]


@pytest.mark.parametrize(
    "text",
    [
        "Acme is the best vendor, see [here](#).\n",
        "Acme is the best vendor, see [here]().\n",
        "Acme is the best vendor, see [the list](nowhere.md).\n",
        "Acme is the best vendor, see [the list](#no-such-heading).\n",
        "Acme is the best vendor, according to experts.\n",
        "Acme is the best vendor [citation needed].\n",
        "Acme is the best vendor ![badge](https://example.org/b.svg).\n",
        # a month or season before a year dates the sentence; it names no author
        "Acme is the best vendor (December 2001).\n",
        "Acme is the best vendor (Spring 1999 issue).\n",
    ],
)
def test_broken_or_vague_sources_are_not_support(text):
    assert codes(run(text)) == [(1, 9, "SL101")]


def test_local_link_counts_when_the_file_exists(tmp_path):
    (tmp_path / "ranking.md").write_text("# Ranking\n")
    text = "Acme is the best vendor, see [the ranking](ranking.md#top).\n"
    assert run(text, root=str(tmp_path)) == []
    assert codes(run(text.replace("ranking.md", "other.md"), root=str(tmp_path))) == [(1, 9, "SL101")]


def test_anchor_link_counts_when_the_heading_exists():
    text = "# Benchmarks\n\nAcme is the best vendor, see [the numbers](#benchmarks).\n"
    assert run(text) == []


def test_curly_apostrophe():
    assert codes(run("Acme is the world\u2019s largest bank.\n")) == [(1, 9, "SL101")]


def test_headings_are_not_judged():
    # A heading echoes or lists the section below; the claim, if any, is made in the section.
    assert codes(run("# The world\u2019s largest bank\n\n## Unprecedented\n\nText.\n")) == []


def test_options_extend_and_ignore():
    opts = {"superlatives": {"extend_terms": ["speediest:evaluative", "rad"], "ignore_terms": ["best"]}}
    found = run("Acme is the speediest. It is rad. Acme is the best.\n", options=opts)
    assert codes(found) == [(1, 9, "SL101"), (1, 30, "SL102")]


def test_unknown_category_is_an_error():
    with pytest.raises(ValueError, match="not one of"):
        parse_user_terms(["fast:nonsense"], "peacock", ["peacock", "absolute"])


def test_user_terms_that_read_as_words_pass_validation():
    # Option.validate: None means the configuration is accepted as written
    good = ["state-of-the-art", "it\u2019s the best", "Node.js:peacock", "e-mail", "x86", "  world   class  "]
    assert user_terms_problem(good, "peacock", ["peacock"]) is None
    assert user_terms_problem(["best", "one of the best"]) is None
    assert user_terms_problem(["best!"]) == (
        'item "best!": "best!" reads as "best" in prose (a term is matched word by word, and only letters, '
        "digits and the joiners - ' . / @ inside a word are part of it), so it could never be found; "
        "write the term as it reads in words"
    )


def test_lexicon_matches_phrases_longest_first():
    m = PhraseMatcher([("state of the art", "peacock", ""), ("state", "x", "")])
    words = "a state of the art tool in a state".split()
    assert [(s, n, c) for s, n, c, _, _ in m.finditer(words)] == [(1, 4, "peacock"), (8, 1, "x")]


def test_data_files_have_categories():
    for name in ("superlatives.tsv", "peacock.tsv"):
        entries = load(name)
        assert len(entries) > 50
        assert all(cat for _, cat, _ in entries), name


def test_a_sentence_initial_subject_is_a_name_only_if_never_written_in_lower_case():
    days = "Days are the largest unit since they always last 24 hours.\n\nMonths have 28 to 31 days.\n"
    assert codes(run(days)) == []
    tokyo = "Tokyo is the largest bank in Japan.\n\nMonths have 28 to 31 days.\n"
    assert codes(run(tokyo)) == [(1, 10, "SL101")]
    press = "Harbor is clearly the best choice for teams.\n\nHarbor ships today.\n"
    assert codes(run(press)) == [(1, 19, "SL101")]
    common = "Caching is the best choice for teams.\n"
    assert codes(run(common)) == []


def test_property_labels_are_not_a_transcript():
    # "**Type**: ..." lists a property; the writer still speaks in the paragraphs after it.
    text = (
        "**Type**: `Number`\n\n**Default**: `10`\n\n**Description**: the limit.\n\n"
        "Acme is the best vendor.\n"
    )
    assert codes(run(text)) == [(7, 9, "SL101")]


def test_one_speaker_label_is_not_a_transcript():
    text = "MAYOR SMITH: Welcome.\n\nAcme is the best vendor.\n"
    assert codes(run(text)) == [(3, 9, "SL101")]


def test_labels_used_once_are_not_a_transcript():
    # Photo captions and a FAQ's run-in labels ("Diversified: ...", "Downsizing: ..."): nobody
    # speaks twice, so the writer still speaks in them (issue 11, thirteenth session).
    text = (
        "Diversified: Magnolia has seven shops.\n\nDownsizing: Krispy Kreme closed stores.\n\n"
        "Streamlined: Acme is the best vendor.\n"
    )
    assert codes(run(text)) == [(5, 22, "SL101")]
    text = (
        "JON SIEBEN: Welcome to the show.\n\nANA RUIZ: Acme is the best vendor.\n\n"
        "JON SIEBEN: Thanks for coming.\n"
    )
    assert codes(run(text)) == []


def test_interview_answers_in_bold_are_the_guests():
    text = (
        "**Q:** Is Acme the best vendor?\n\n**Lee:** Acme is the best vendor.\n\n"
        "**Q:** Why is Acme the best vendor?\n"
    )
    assert codes(run(text)) == []
    text = "**Q:** Acme is the best vendor.\n\n**Lee:** Yes.\n\n**Q:** Thanks.\n"
    assert codes(run(text)) == [(1, 16, "SL101")]


def test_confidence_tiers_of_the_fixture():
    """The classes right only sometimes are reported at info; the sure ones at warning."""
    text = (FIXTURES / "confidence.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (33, 9, "SL101", "info"),  # a pronoun subject in a guide: "This is the easiest model"
        (35, 32, "SL101", "info"),  # its only link is broken
        (37, 7, "SL102", "info"),  # "seamlessly"
        (39, 34, "SL102", "info"),  # an aim: "to be blazing fast"
        (41, 28, "SL102", "info"),  # the reason is given: "so it's super fast"
        (45, 26, "SL101", "warning"),
        (47, 11, "SL101", "warning"),
        (49, 11, "SL102", "warning"),
        (51, 7, "SL101", "warning"),
        (55, 43, "SL102", "info"),  # a verb: "you can future-proof"
        (59, 38, "SL101", "info"),  # a practice ranked in a guide: a common noun as subject
        (63, 42, "SL101", "info"),  # a table row whose first cell links the project
        (65, 57, "SL101", "info"),  # a list item that opens with a link
        (69, 9, "SL102", "info"),  # the figures it stands for follow in the next sentence
        (73, 69, "SL101", "warning"),  # "... and has become one of": the subject is further back
        (77, 7, "SL101", "warning"),  # "It is the smallest": "it" is what the text is about
        (79, 8, "SL101", "warning"),  # "It was the first editor to": a record claimed for it
        (81, 9, "SL101", "info"),  # "That is the quickest route": a guide's advice, as "This is"
    ]


def test_a_link_around_opening_inline_code_supports_the_sentence():
    assert run("[`swc`](https://example.com/swc) is a super-fast compiler.\n") == []


def test_tiers_of_the_ranked_classes():
    """The ranked classes of issue 11 are sure (warning) when a name or a tagline carries them, or
    "it" ("It remains the most significant ...": a warning since the seventh round, the ablation);
    a rank among a thing's own parts ("The most important change in Harbor 2.0") is info since the
    thirteenth session (wrong 7 of 7 on the corpus, right 2 of 2 on the labelled sets); "Unlike most
    ..." is info since the nineteenth (right 1 of 4 on the labelled sets: "most" is the majority)."""
    text = (FIXTURES / "ranked_classes.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.severity) for d in run(text)]
    assert got == [
        (5, 12, "warning"), (7, 10, "warning"), (9, 21, "warning"), (11, 1, "info"),
        (19, 20, "warning"), (21, 18, "warning"), (23, 1, "warning"), (29, 16, "warning"),
        (31, 11, "warning"), (35, 40, "warning"), (37, 1, "info"), (39, 1, "warning"),
        (43, 3, "warning"), (47, 15, "info"),
    ]


def test_tiers_of_the_fifth_rounds_classes():
    """Issue 11's fifth rules round (rules4-sl): a market rank, a comparison with every rival, a
    record, a prediction over all time and a ranked name are sure (warning); so is a record said of
    "it" since the seventh round (the ablation: "it" is what the text is about)."""
    text = (FIXTURES / "rules4_classes.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (5, 1, "SL101", "warning"), (9, 12, "SL101", "warning"), (13, 4, "SL101", "warning"),
        (17, 29, "SL101", "warning"), (19, 22, "SL101", "warning"), (21, 8, "SL101", "warning"),
        (23, 20, "SL101", "warning"), (27, 44, "SL101", "warning"), (31, 32, "SL101", "warning"),
        (35, 29, "SL101", "warning"),
    ]


def test_tiers_of_the_sixth_rounds_classes():
    """Issue 11's sixth rules round (rules5-sl): "nobody would/cared", "no one can" and a
    superlative ranked among all there is ("the fewest turns possible") are warnings; a history
    ("nobody thought of"), a safeguard ("to ensure that no one can"), a condition ("If ..., no one
    will"), a degree ("to the highest level possible"), an aim ("tries to ... the best detail
    possible") and an order in time ("the most recent version available") are not flagged."""
    text = (FIXTURES / "rules5_classes.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (5, 40, "SL101", "warning"), (7, 38, "SL101", "warning"), (9, 26, "SL101", "warning"),
        (17, 27, "SL101", "warning"), (19, 22, "SL101", "warning"),
    ]


def test_tiers_of_the_tenth_sessions_sweeps():
    """Issue 11's tenth session: "nobody"/"no one" opening a clause, then an adverb ("Nobody
    really knows"), a narrowing phrase ("nobody among desktop users is using", "No-one but the
    vendor can") or a present-tense verb of use or belief, is a warning; "nobody" in a relative
    clause about data ("entries nobody reads"), an object ("I know of nobody who"), "needs to",
    a history ("nobody thought of"), a condition and a safeguard are not flagged."""
    text = (FIXTURES / "rules10_sweeps.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (5, 42, "SL101", "warning"), (7, 41, "SL101", "warning"), (9, 18, "SL101", "warning"),
        (11, 23, "SL101", "warning"), (13, 21, "SL101", "warning"),
    ]


def test_tiers_of_the_eleventh_sessions_one_of_the_most():
    """Issue 11's eleventh session: "one of the most <common/important/frequent/useful...> <noun>"
    opening a sentence, a clause or a parenthesis singles one out among all of its kind and is a
    warning; the complement of a subject ("A stale cache is one of the most common causes"), an
    adverb ("one of the most commonly used"), a selection ("a few of the most useful"), no noun
    after the adjective ("One of the most important is"), "the most common" alone and an aim
    ("aims to produce one of the most ...") are not flagged. An ASCII dash "--" opens a clause
    as an em dash does."""
    text = (FIXTURES / "rules11_one_of.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (5, 34, "SL101", "warning"), (7, 8, "SL101", "warning"), (9, 25, "SL101", "warning"),
        (11, 8, "SL101", "warning"), (25, 41, "SL101", "warning"),
    ]


def test_tiers_of_the_eleventh_sessions_precision_classes():
    """Issue 11's eleventh session, precision on the corpus: a benchmark named in the next
    sentence ("When we benchmarked it ...", not "Benchmarks are hard to get right") or a section
    headed "Benchmarks" supports a ranking (lines 5 and 13: none); thanks, credit or "these
    two" dependencies make praise others' (17-21: none; "by default", 23, stays); a peacock
    adverb before a fault ("remarkably sloppy", 25: none; "remarkably fast" stays); "empowers X to" (29) and the reader's own work in a tutorial ("You just built", 33)
    drop to info; "than any other" before a system's part after a modifier (37: none), not
    before people ("age group", 39); advice after "if you want ..." with a common-noun subject
    drops to info (43, 45), a named subject stays a warning (47)."""
    text = (FIXTURES / "rules11_precision.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (7, 18, "SL101", "warning"), (9, 11, "SL101", "warning"), (23, 14, "SL102", "warning"),
        (27, 11, "SL102", "warning"), (29, 9, "SL102", "info"), (31, 8, "SL102", "warning"),
        (33, 19, "SL102", "info"), (35, 13, "SL102", "warning"), (39, 34, "SL101", "warning"),
        (41, 28, "SL101", "warning"), (43, 71, "SL101", "info"), (45, 35, "SL101", "info"),
        (47, 34, "SL101", "warning"),
    ]


TECH = "Install the package, then edit its configuration file.\n\n"


@pytest.mark.parametrize("text, expected", [
    # a superlative that ranks a thing's own parts (its features, changes, goals): info in
    # technical writing (the first line's computing words) ...
    (TECH + "One of the best features of Fastify is its plugin system.\n", [(3, 8, "info")]),
    (TECH + "One of Fastify's most distinguishable features is its ecosystem.\n", [(3, 8, "info")]),
    (TECH + "The most significant change in Axios 1.x is how errors are handled.\n", [(3, 1, "info")]),
    # ... and a warning in speeches, news and essays (issue 11, thirty-second session)
    ("One of the most valuable features of the new law is its reach.\n", [(1, 8, "warning")]),
    ("One of the biggest changes in the county was the new harbor.\n", [(1, 8, "warning")]),
    # the same words ranking the product among its rivals stay sure
    ("Fastify is the best framework for Node.js.\n", [(1, 12, "warning")]),
    ("Axios is the most popular HTTP client.\n", [(1, 10, "warning")]),
])
def test_a_superlative_that_ranks_a_things_own_parts_is_info(text, expected):
    got = [(d.line, d.col, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected



@pytest.mark.parametrize(
    "text, expected",
    [
        # one person's words given without quotation marks: theirs, not the writer's
        ("He said, our cooperation is unprecedented.\n", []),
        ("Morrison feels, therefore, that this is the least risky path.\n", []),
        # the writer's own
        ("Our cooperation is unprecedented.\n", [(1, 20, "SL101")]),
        ("We said, our cooperation is unprecedented.\n", [(1, 29, "SL101")]),
        # a group that names nobody: HC101 reports the group, and the ranking inside its view is
        # no second finding since the seventeenth session (checks/unnamed_view.py, rule B5)
        ("Others said, our cooperation is unprecedented.\n", []),
        ("Critics believe that it is the fastest tool.\n", []),
        # "The" opens no name: "The Company" may be the writer's own
        ("The Company believes that it is the fastest tool.\n", [(1, 33, "SL101")]),
        # a capitalised word the page also writes in lower case is no name
        ("Users said, it is the fastest tool. Our users agree.\n", [(1, 19, "SL101")]),
    ],
)
def test_a_sentence_opening_with_one_persons_report_is_theirs(text, expected):
    assert codes(run(text)) == expected


def test_tiers_of_the_fourteenth_sessions_absolutes():
    """Issue 11's fourteenth session (checks/superlative_absolutes.py): a habit of mind said of a
    people or a group ("Highlanders never think", "The Realtors have always strongly resented",
    "We have never been afraid"), "they and they alone", "She alone has", "Practically everybody"
    and a superlative "of all" are warnings; so are "Only then can farmers", "Only in the north have
    our orchards" (info until the thirty-ninth session: seen in two documents only). Not flagged: a pledge ("We will never
    forget"), the writer's own story ("I always knew"), a program ("The parser never assumes"),
    advice ("You should never"), a means ("on goodwill alone"), a small scope ("Almost everyone in
    our team"), a size among all ("the oldest of all the mills"), a transition ("the best news of
    all is that", "Best of all,"), a program after "Only after" and a method after "Only by". A
    people before a parenthesis set off by commas is the subject too ("The Realtors, both in town
    and in this survey, have invariably equated", reported from the auxiliary; not "The parser,
    in its default mode, has always assumed"); "stand virtually alone in" is a party set apart
    ("can stand alone on any machine" is not)."""
    text = (FIXTURES / "rules14_absolutes.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (5, 18, "SL101", "warning"), (7, 5, "SL101", "warning"), (9, 1, "SL101", "warning"),
        (19, 13, "SL101", "warning"), (21, 1, "SL101", "warning"), (25, 1, "SL101", "warning"),
        (29, 16, "SL101", "warning"), (37, 1, "SL101", "warning"), (39, 1, "SL101", "warning"),
        (45, 48, "SL101", "warning"), (49, 15, "SL101", "warning"),
    ]


@pytest.mark.parametrize("text, expected", [
    # issue 11, fifteenth session (corpus precision): a speed ranking whose own paragraph measures
    # the speed a sentence or two on is supported (RULES 3): no finding
    ("Quill is the fastest parser for Go. It reads 40 MB per second on a laptop.\n", []),
    ("Quill is faster than any other parser. It is often three times faster than Lark.\n", []),
    # two sentences on is too far for a ranking (RULES-ADDENDUM A1: its sentence or the next one)
    ("Quill is the fastest parser for Go. It is small. It reads 40 MB per second.\n", [(1, 10, "SL101", "warning")]),
    ("Quill is the smallest parser for Go. The whole build is 7 KB gzipped.\n", []),
    # a measurement of another dimension, one too far on, in the next paragraph or a pointer is not
    ("Quill is the fastest parser for Go. It weighs 7 KB gzipped.\n", [(1, 10, "SL101", "warning")]),
    ("Quill is the fastest parser for Go. It is small. It is typed. It is tested. It reads 40 MB per second.\n",
     [(1, 10, "SL101", "warning")]),
    ("Quill is the fastest parser for Go.\n\nIt reads 40 MB per second.\n", [(1, 10, "SL101", "warning")]),
    ("Quill is the fastest parser for Go. See the Performance section below.\n", [(1, 10, "SL101", "warning")]),
    # a rival named as the yardstick after "in comparison to" / "compared with" / "than": no finding
    ("A large file is read in 5ms, in comparison to the fastest JS parser, Acorn, which takes 100ms.\n", []),
    ("Quill reads it in a second, compared with the most popular parser, Lark.\n", []),
    # without a rival named after it, the comparison is still the writer's ranking
    ("Quill is fast in comparison to the fastest parsers around.\n", [(1, 32, "SL101", "warning")]),
    # the writer's own tests or benchmarks named in the sentence (A1): no finding
    ("Quill is the only parser that passed all of our tests.\n", []),
    ("Quill is the only parser that passed the test suite.\n", [(1, 10, "SL101", "warning")]),
    # a ranking among what plugs into the product ("used with X"): info
    ("Redis is one of the most popular storage adapters used with Quill.\n", [(1, 17, "SL101", "info")]),
    ("Redis is one of the most popular storage adapters.\n", [(1, 17, "SL101", "warning")]),
])
def test_fifteenth_sessions_corpus_precision_classes(text, expected):
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("SL101", "SL102")]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a ranking that heads the list or table right after it ("listed below:"): info
    ("Some of the most popular plugins are listed below:\n\n| Plugin | Stars |\n|---|---|\n| quill-x | 300 |\n",
     [(1, 9, "SL101", "info")]),
    ("Some of the most popular plugins are listed below:\n\n- quill-x\n- quill-y\n", [(1, 9, "SL101", "info")]),
    ("Quill is the most popular parser for Go:\n\n- quill-x\n", [(1, 10, "SL101", "warning")]),
    ("These are the most popular plugins.\n\n- quill-x\n", [(1, 11, "SL101", "warning")]),
    # the next sentence says when to use it: advice among the product's own forms, info
    ("It is the easiest and the fastest way to parse a file. Use it when the file is already in memory.\n",
     [(1, 7, "SL101", "info")]),
    ("It is the easiest and the fastest way to parse a file. It needs no setup.\n", [(1, 7, "SL101", "warning")]),
    # a peacock word of size measured in the list right below its paragraph: info
    ("Quill makes amazingly short ids. They sort well.\n\n- By default 7-14 url-safe characters\n",
     [(1, 13, "SL102", "info")]),
    ("Quill makes amazingly short ids. They sort well.\n\n- They are url-safe\n", [(1, 13, "SL102", "warning")]),
    ("Quill makes amazingly short ids.\n\n## Usage\n\nBy default 7-14 characters.\n", [(1, 13, "SL102", "warning")]),
    # a ranking of the readers' questions opens a topic: info; of mistakes it still ranks
    ("One of the most common Quill questions is how to parse a stream.\n", [(1, 8, "SL101", "info")]),
    ("One of the most common mistakes is to parse twice.\n", [(1, 8, "SL101", "warning")]),
    # under a "Code of Conduct" heading: the community's aspiration, info
    ("# Quill\n\n## Code of Conduct\n\nOur community builds amazing things.\n", [(5, 22, "SL102", "info")]),
    ("# Quill\n\n## Community\n\nOur community builds amazing things.\n", [(5, 22, "SL102", "warning")]),
])
def test_fifteenth_sessions_corpus_precision_tiers(text, expected):
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("SL101", "SL102")]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a superlative of simplicity orders the text's own material: not reported
    ("Here's one of the simplest applications you can make:\n", []),
    ("The result in the simplest case is a history that looks like this.\n", []),
    ("We examine the ways of using Quill, beginning with the simplest: personal projects.\n", []),
    # ... but said of a name, scoped among all, or beside another ranking, it is a claim
    ("Quill is the simplest router for small teams.\n", [(1, 10, "SL101", "warning")]),
    ("This is one of the simplest libraries in the world.\n", [(1, 16, "SL101", "warning")]),
    ("The fastest and simplest library for SQLite in Node.js.\n", [(1, 1, "SL101", "warning")]),
    # "Unlike most ...": the majority, and how the product differs: info
    ("Unlike most other SQL databases, Quill does not have a separate server process.\n",
     [(1, 1, "SL101", "info")]),
])
def test_nineteenth_sessions_exposition_and_majority(text, expected):
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("SL101", "SL102")]
    assert got == expected


def test_twentieth_sessions_records_over_the_whole_past_are_warnings():
    """Issue 11's twentieth session (w-slr20): a record scoped by "since" and a named event or
    leader ("its greatest threat since the Civil War"), by a relative over the world's past in an
    apposition or after a list of superlatives ("Welcome to Harbor, the strongest ... the world
    has ever seen": "to" there is no infinitive), by "in U.S. history", and "than any <rival> in
    American history" are warnings; "since PyPy 1.9" (a product's versions), "the first time since
    President Truman signed it" (an order), a wish ("Let this season be known as ...") and "than
    any build in the last release" are not reported. A person's record after a feeling about being it
    ("I was proud to be the first mayor to ...", at info: the speaker is the subject) or after "make
    her" is reported; "honored to serve as the first woman to ..." and "Make it the first entry" are
    not."""
    text = (FIXTURES / "rules20_history.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (7, 26, "SL101", "warning"), (9, 17, "SL101", "warning"), (11, 20, "SL101", "warning"),
        (13, 10, "SL101", "warning"), (15, 35, "SL101", "warning"), (17, 24, "SL101", "warning"),
        (29, 19, "SL101", "info"), (31, 38, "SL101", "warning"),
    ]


def test_twenty_first_sessions_first_in_years_and_stating_infinitives():
    """Issue 11's twenty-first session (w-slr21): "the first" in a span of years is a record over
    the span, reported at info ("for the first time in 65 years", "the first major ferry deal in
    many years"); not a release ("the first major release of Harbor in 5 years"), a span of days,
    nor a question. An infinitive after "used", "continues" or "proving" states, no aim: "used to
    have the best roads ... on Earth", "proving once again to be the hardest working people in
    the world", "continues to be the best language", "used to be number one in the world" are
    warnings; "is used to have the fastest build" (a purpose) and "must continue to be the best"
    (an aim) are not reported."""
    text = (FIXTURES / "rules21_spans.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (7, 14, "SL101", "info"), (9, 9, "SL101", "info"), (11, 6, "SL101", "info"),
        (19, 25, "SL101", "warning"), (21, 46, "SL101", "warning"), (23, 27, "SL101", "warning"),
        (25, 15, "SL101", "warning"),
    ]


def test_twenty_second_sessions_denials_by_doing_and_comma_spans():
    """Issue 11's twenty-second session (slrecall22): "nothing" or "no <noun>" opening a sentence
    or a clause, a verb other than "to be", then a comparative and "than" with a rival is a
    warning ("Nothing does that better than ...", "no program holds more promise than ...", "no
    cause has united the county more than ...", "No plan better shows ... than ...", "No force in
    history has done more to ... than ..."); not without a comparative ("nothing beats it"),
    a noun of a system's parts ("No request takes more time than"), a bound ("more than 4 MB"), a
    modal ("Nothing can do it better"), a relative clause ("nothing that would be greater than"),
    nor no rival ("better than before"). A span of years may
    carry a thousands' comma: "for the first time in 1,000 years" is the first in a span (info)."""
    text = (FIXTURES / "rules22_doing.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (7, 1, "SL101", "warning"), (9, 8, "SL101", "warning"), (11, 25, "SL101", "warning"),
        (23, 39, "SL101", "info"), (25, 1, "SL101", "warning"), (27, 1, "SL101", "warning"),
    ]


def test_twenty_third_sessions_rivals_denied_inside_a_sentence_and_nowhere_are_warnings():
    """Issue 11's twenty-third session (rivals23): "no other" and a people, a polity or a leader
    then a verb, wherever it stands ("a record no other people can match", "in no other coastal
    country in the world do"), "no other" and any rival with its verb elided before a mark or the
    end ("in a way that no other harbor service has, and"), and "nowhere" opening a clause,
    inverted, before a comparative and
    "than" or "so" and a degree, are warnings; not an absence ("Nowhere did the mayor mention"),
    the writer's experience ("Nowhere have I seen"), no doing ("there are no other people in the
    room"), nor documentation's "no other way", "No other option", "Nowhere else in the code",
    "no other thread has the lock"."""
    text = (FIXTURES / "rules23_rivals.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (7, 56, "SL101", "warning"), (9, 15, "SL101", "warning"), (11, 16, "SL101", "warning"),
        (13, 5, "SL101", "warning"), (15, 1, "SL101", "warning"), (31, 40, "SL101", "warning"),
        (33, 33, "SL101", "warning"),
    ]


def test_nineteenth_sessions_records_and_own_past_are_warnings():
    """Issue 11's nineteenth session (w-slr19): "record" as an adjective after any word but a
    subject, a modal or "to" ("made record profits"), "a record number of", "record-setting" and
    "record-breaking", and a comparison with every moment of the subject's own past ("than they
    have ever done before") are warnings; "record" the verb or the noun ("We record profits", "had
    a good record last year"), a dated record ("in 1994 with a record-breaking voyage"), a hope
    ("than he had ever hoped") and the writer's experience ("than I have ever seen it") are not
    reported, and a record a speaker says twice in a sentence is reported once."""
    text = (FIXTURES / "rules19_records.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (7, 15, "SL101", "warning"), (9, 29, "SL101", "warning"), (11, 1, "SL101", "warning"),
        (13, 16, "SL101", "warning"), (15, 20, "SL101", "warning"), (17, 17, "SL101", "warning"),
        (19, 34, "SL101", "warning"), (21, 29, "SL101", "warning"), (23, 23, "SL101", "warning"),
        (45, 35, "SL101", "warning"),
    ]


@pytest.mark.parametrize("text, expected", [
    # a common noun ranked: in technical writing a practice or an option in a guide, info ...
    ("Install the package, then edit its configuration file.\n\nPreserving input state is one of the biggest wins.\n",
     [(3, 34, "SL101", "info")]),
    # ... in a speech, news or an essay a claim: the genre gate of issue 11's twentieth session
    ("We met the families of this city last spring.\n\nPreserving input state is one of the biggest wins.\n",
     [(3, 34, "SL101", "warning")]),
])
def test_twentieth_sessions_common_noun_ranked_is_info_only_in_technical_writing(text, expected):
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("SL101", "SL102")]
    assert got == expected


def test_twenty_second_session_nobody_knows_before_an_open_question():
    """Issue 11, twenty-second session (w-docprec22b): "nobody knows" / "no one knows" before a
    question it leaves open ("Nobody knows what will happen") is an idiom of uncertainty, not a
    sweep over everyone: not reported. A bare "Nobody really knows." and an elided "(no one knows
    who)" still are, and so is a thing known ("Nobody knows the old protocol")."""
    text = (
        "Nobody knows what will happen to the old protocol.\n"  # 1
        "\n"
        "No one knows for certain which router will win.\n"  # 3
        "\n"
        "Nobody really knows what comes next.\n"  # 5
        "\n"
        "Which router is fastest at night? Nobody really knows.\n"  # 7
        "\n"
        "The patch was added by a contributor (no one knows who).\n"  # 9
        "\n"
        "Nobody knows the old protocol anymore.\n"  # 11
    )
    got = [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"]
    assert got == [(7, 35, "SL101"), (9, 39, "SL101"), (11, 1, "SL101")]


def test_a_ranking_of_the_results_its_own_section_measured():
    """Issue 11, twenty-third session (doc23): a ranking by speed or size under a heading whose
    section gives, above the claim, two or more result blocks with figures (a line of timings
    each, or a table's cells) sums up what was measured there (RULES 3): no finding (lines 9 and
    11). Not with one figure (line 17), not when the figures come below the claim (line 21), not
    for a ranking the figures do not measure ("the most reliable", line 29), and a version
    ("2.7.6") is no figure (line 35)."""
    text = (
        "# Speed\n"  # 1
        "\n"
        "## Test 1: 1000 INSERTs\n"  # 3
        "\n"
        "Harbor: 4.373\n"  # 5
        "\n"
        "Quay: 0.114\n"  # 7
        "\n"
        "But Quay is still the fastest.\n"  # 9
        "\n"
        "Harbor is the slowest of the group in this test.\n"  # 11
        "\n"
        "## Test 2: one figure\n"  # 13
        "\n"
        "Harbor: 4.373\n"  # 15
        "\n"
        "Quay is the fastest router.\n"  # 17
        "\n"
        "## Test 3: figures below\n"  # 19
        "\n"
        "Quay is the fastest router.\n"  # 21
        "\n"
        "Harbor: 4.373\n"  # 23
        "\n"
        "Quay: 0.114\n"  # 25
        "\n"
        "## Test 4: another kind\n"  # 27
        "\n"
        "Harbor: 4.373\n\nQuay: 0.114\n\nQuay is the most reliable router.\n"  # 29, 31, 33
        "\n"
        "## Test 5: versions\n"  # 35
        "\n"
        "Harbor 2.7.6\n\nQuay 3.1.4\n\nQuay is the fastest router.\n"  # 37, 39, 41
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == [(17, 9, "SL101", "warning"), (21, 9, "SL101", "warning"), (33, 9, "SL101", "warning"),
                   (41, 9, "SL101", "warning")]


def test_a_ranking_of_a_table_of_results_above_it():
    """The same for the cells of a Markdown table of timings in the section (doc23); with no
    heading above the table the rule does not apply."""
    text = (
        "## Results\n"
        "\n"
        "| router | time |\n"
        "| --- | --- |\n"
        "| Harbor | 4.37 s |\n"
        "| Quay | 0.11 s |\n"
        "\n"
        "Quay is the fastest router.\n"
    )
    assert [d for d in run(text) if d.code == "SL101"] == []
    # no heading, no section: the table may be anywhere above (RULES-ADDENDUM A1)
    assert [(d.line, d.col) for d in run(text.replace("## Results\n\n", "")) if d.code == "SL101"] == [(6, 9)]


def test_twenty_third_sessions_nobody_ever_is_a_warning():
    """Issue 11's twenty-third session (sl23): "nobody"/"no one" with "has ever", "had ever",
    "ever has" or "ever" and a verb sweeps over everyone and over all time ("nobody has ever seen
    anything like it", "no one ever tried, until now"); not "ever" before a word that is no verb
    ("nobody ever again worked"), not "nobody" as an object ("I know of nobody who ever ..."),
    nor "nobody ever knows" before a question it leaves open."""
    text = (FIXTURES / "rules23_ever.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (6, 45, "SL101", "warning"), (8, 18, "SL101", "warning"), (10, 44, "SL101", "warning"),
        (12, 39, "SL101", "warning"), (14, 50, "SL101", "warning"),
    ]


@pytest.mark.parametrize("text, expected", [
    # a past after "no one ever" in technical writing tells the project's own history ...
    ("Install the package, then edit its configuration file.\n\nPorting the docs to XML was a major "
     "task and no one ever committed the time to finish the job.\n", []),
    # ... its present is a sweep there too
    ("Install the package, then edit its configuration file.\n\nEvery release adds a flag and "
     "nobody ever reads the changelog.\n", [(3, 31, "SL101", "warning")]),
])
def test_twenty_third_sessions_nobody_ever_past_in_technical_writing(text, expected):
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == expected


def test_twenty_fourth_sessions_few_rivals_and_records_of_any_grade_are_warnings():
    """Issue 11's twenty-fourth session (sl24): "few" opening a clause (or after "there are"),
    then within nine words a comparative and "than" with a rival ("few towns give more to the
    valley than the river villages", "few are more effective ... than a steady toll") or "have done
    more", and "the most significant"/"the most deadly" before a record over history or a span of
    years ("the most significant ferry law in nearly 30 years"), are warnings; not a count ("a
    few more bugs", "one of the few ports where the ferry is faster"), the speaker's feeling ("of
    which I am prouder than"), a quantity ("Few users need more than the defaults"), a modal
    ("Few ferries can sail faster"), nor documentation's "the most significant change",
    "the most important option" with no record. "The very first" is "the first" in both records
    ("for the very first time in history"), not "reunited for the very first time"."""
    text = (FIXTURES / "rules24_few_and_records.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (7, 14, "SL101", "warning"), (9, 24, "SL101", "warning"), (11, 35, "SL101", "warning"),
        (13, 1, "SL101", "warning"), (15, 11, "SL101", "warning"), (17, 1, "SL101", "warning"),
        (19, 19, "SL101", "warning"), (21, 15, "SL101", "warning"),
        # "the very first" in a record over history (the history frame, a warning) or over a span
        # of years (superlative_first, at info as "the first" there); not with no scope
        (39, 47, "SL101", "warning"), (41, 27, "SL101", "info"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A mark ends the named event: the record is reported to its name, not into the next clause
        ("We faced the worst recession since the Great Depression, Virginia and all.\n",
         '1:10: SL101 "the worst recession since the Great Depression" is a superlative with no source '
         "in this sentence: cite one, or state the measurable fact"),
        ("It was the worst drought since the Dust Bowl; Kansas lost its wheat.\n",
         '1:8: SL101 "the worst drought since the Dust Bowl" is a superlative with no source '
         "in this sentence: cite one, or state the measurable fact"),
        # the last dot of an abbreviation is no mark: the name runs on
        ("It was the gravest threat since the U.S. Civil War began.\n",
         '1:8: SL101 "the gravest threat since the U.S. Civil War" is a superlative with no source '
         "in this sentence: cite one, or state the measurable fact"),
    ],
)
def test_a_record_since_a_named_event_ends_at_a_mark(text, expected):
    """Issue 11, twenty-fifth session (sl25): the span of "since the Great Depression, Virginia"
    ran over the comma to "Virginia", a word of the next clause."""
    assert lines(run(text)) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The toll is now the lowest in a quarter of a century.\n", [(1, 17, "SL101")]),
        ("The valley now has the lowest tolls in a quarter century.\n", [(1, 20, "SL101")]),
        # a figure in the sentence is the level reached, not the record over the years
        ("In 1980 the toll rose at the fastest rate in postwar history—13 percent.\n", [(1, 26, "SL101")]),
        # a quarter of something other than years is no span
        ("The tree is the largest in a quarter of the orchard.\n", []),
    ],
)
def test_a_record_over_a_quarter_century_or_postwar_history(text, expected):
    """Issue 11, twenty-fifth session (sl25): "in a quarter (of a) century" is a span of years and
    "postwar history" a scope of history (wedge-docs, plumb-docs: below the three-set bar)."""
    assert codes(run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The only way to keep the ferries running is a steady toll.\n",
         ['1:1: SL101 "The only way" is an absolute claim with no source in this sentence: '
          "cite one, or narrow it to what you can show"]),
        ("There is only one way to end this uncertainty: pass the budget.\n",
         ['1:10: SL101 "only one way" is an absolute claim with no source in this sentence: '
          "cite one, or narrow it to what you can show"]),
        ("The only certain way to avoid a flood is to raise the levee.\n",
         ['1:1: SL101 "The only certain way" is an absolute claim with no source in this sentence: '
          "cite one, or narrow it to what you can show"]),
        # one claim said twice for rhythm: one finding
        ("The only way to keep the harbor, the only way to keep the towns, is a steady toll.\n",
         ['1:1: SL101 "The only way" is an absolute claim with no source in this sentence: '
          "cite one, or narrow it to what you can show"]),
        # denied, the writer's own, an adjective that is not measured
        ("Tolls are not the only way to pay for the ferries.\n", []),
        ("The only way that I can see is a steady toll.\n", []),
        ("The only possible way is to ask the board.\n", []),
        # a procedure, the writer's own need
        ("The only way to get a refund is to go to the harbor office.\n", []),
        ("A steady toll is the only way we need.\n", []),
        # but every other course ruled out for the nation or the movement (sixty-first session, sweep61)
        ("A steady toll is the only way we can keep the ferries running.\n",
         ['1:18: SL101 "the only way" is an absolute claim with no source in this sentence: '
          "cite one, or narrow it to what you can show"]),
        ("Such a vote is the only means by which we can judge the board.\n",
         ['1:16: SL101 "the only means" is an absolute claim with no source in this sentence: '
          "cite one, or narrow it to what you can show"]),
        # technical writing: advice to the reader
        ("# Install\n\nInstall the package with pip, then run the server from the command line with its "
         "config file.\n\nThe only way to install it is with pip.\n\nThe API returns a JSON object; the CLI "
         "reads the config file and the server logs each request.\n", []),
    ],
)
def test_the_only_way_outside_technical_writing(text, expected):
    """Issue 11, twenty-fifth session (sl25): "the only way" and "only one way" rule out every other
    course; a claim outside technical writing (12 right, 6 wrong over nine sets), advice there."""
    assert lines(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # what is done to nobody, or required of nobody: a goal, a rule, an event; no sweep
    ("The plan builds a valley where no one is left behind.\n", []),
    ("As the ferries return, no one can be left out.\n", []),
    ("No one is required to follow the guide, but most do.\n", []),
    ("The storm felled a tree, but nobody was injured.\n", []),
    # a sweep over everyone is still reported: a comparison, a modal and a verb, an adjective
    # of the mind, and a record over all time
    ("No one is better at routing than Harbor.\n", [(1, 1, "SL101")]),
    ("No one can read every posting.\n", [(1, 1, "SL101")]),
    ("No one has ever been elected twice.\n", [(1, 1, "SL101")]),
])
def test_twenty_fifth_sessions_done_to_nobody_is_no_sweep(text, expected):
    """Issue 11's twenty-fifth session (slp25, checks/nobody_passive.py): "no one"/"nobody" as
    the subject of a passive says what is done to nobody ("no one is left behind", "No one is
    required to ...", "nobody was injured"), not what everyone does; not reported."""
    assert codes(run(text)) == expected


_NEWS = "The ferry strike\n\nThe union met on Tuesday night and voted to walk out at dawn.\n\n"


@pytest.mark.parametrize("text, expected", [
    # a place's possessive and a size heading a noun the sentence talks about: a standing a
    # reference list gives (subject, object, after a preposition, in apposition)
    (_NEWS + "The strike will close three of Norway's biggest ports this week.\n", []),
    (_NEWS + "The ferry line, which Norway's second largest bank owns, will lose money.\n", []),
    (_NEWS + "The crews sailed past Bergen, one of the world's oldest harbors.\n", []),
    # the rank as the predicate, a record over history, or a superlative of quality: reported
    (_NEWS + "Bergen is now one of the world's busiest harbors.\n", [(5, 22, "SL101")]),
    (_NEWS + "It was far and away Norway's biggest strike ever.\n", [(5, 21, "SL101")]),
    (_NEWS + "The strike will close three of Norway's best ports this week.\n", [(5, 32, "SL101")]),
])
def test_twenty_fifth_sessions_a_standing_that_picks_a_thing_out(text, expected):
    """Issue 11's twenty-fifth session (slp25, checks/superlative_reference.py): outside
    technical writing, a place's possessive and a superlative of size heading a noun the sentence
    talks about ("three of Norway's biggest ports") is a standing a reference work lists; as the
    predicate ("Bergen is one of the world's busiest harbors") it is still the writer's claim."""
    assert codes(run(text)) == expected


def test_every_item_of_a_series_and_forms_no_list_names():
    """Issue 11, twenty-fifth session (sl25b): in "the greenest valley in Europe, the bravest
    valley in Europe, the richest ...", the name that ends each item's scope ("Europe") is not a
    name the next item stands in apposition to, so every item is reported; a superlative in -est
    that no list names ("sharpest", "quietest", "bravest") ranks as a superlative of dimension: a
    claim after a possessive, with a scope or as a record, not bare ("the darkest days", "the
    strictest setting", "the kindest" said of no name); "in history-but" is "in history" then a
    dash. A size set off after a name still identifies it ("Harbor Town, the greenest village on
    the coast")."""
    text = (FIXTURES / "rules25_series_and_forms.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code) for d in run(text)]
    assert got == [
        (7, 15, "SL101"), (7, 46, "SL101"), (7, 76, "SL101"),
        (9, 21, "SL101"),
        (11, 24, "SL101"),
        (13, 14, "SL101"),
    ]
    # the record is reported to "history", not into the dash's next word
    assert '"their lowest levels in history" is' in [d.message for d in run(text)][-1]


@pytest.mark.parametrize("text, expected", [
    # one burden, challenge or duty ranked above every other: an object, a subject, a possessive
    ("The ferry crews bear the heaviest burden of all.\n", [(1, 22, "SL101")]),
    ("Last spring the flood presented the valley with its gravest challenge.\n", [(1, 49, "SL101")]),
    ("Our most pressing need today is a second ferry.\n", [(1, 1, "SL101")]),
    ("Next to the levee, the really greatest challenge to the valley is the toll.\n", [(1, 20, "SL101")]),
    ("The crews have taken the hardest duty.\n", [(1, 22, "SL101")]),
    # a class of hardships, a task or a priority of the speaker's, a responsibility, a need measured
    ("The most difficult challenges bring out the best in a town.\n", []),
    ("Our most urgent task upon taking office was to reopen the harbor.\n", []),
    ("The toll has to be our highest priority.\n", []),
    ("The county bears the greatest responsibility for the levee.\n", []),
    ("The boats go to the areas with the greatest need.\n", []),
    # "our best chance": a course ranked above all a people has; not advice to the reader
    ("In the unity of the towns lies our best chance to keep the ferries.\n", [(1, 32, "SL101")]),
    ("Your best chance of getting help is the mailing list.\n", []),
])
def test_twenty_seventh_sessions_a_hardship_ranked_above_all(text, expected):
    """Issue 11's twenty-seventh session (sl27, checks/superlative_stakes.py): "the heaviest
    burden of all", "its gravest challenge", "Our most pressing need": one hardship ranked above
    every other, as an object or a subject that no predicate frame reads (7 claims in five sets,
    no negative); not a plural, a task, a priority, a responsibility, nor "the greatest need".
    "our best chance" likewise (3 claims in three sets), not "your best chance" (advice)."""
    assert codes(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a goal: an infinitive or an exhortation of making, its object, then the ranking
    ("Let's make this valley the safest harbor in the world.\n", []),
    ("The plan takes us on our way to making the valley the safest harbor in the world.\n", []),
    ("We have to make the valley the best place on Earth to live.\n", []),
    # a result stated, with no "to" or "let" before the verb: still reported
    ("The new hull makes it the fastest ferry in the world.\n", [(1, 23, "SL101")]),
    ("The line is adding boats, making the valley the busiest harbor in the world.\n", [(1, 45, "SL101")]),
    # a person's record as "the first ... to": what she would be, still reported
    ("The town is asking us to make her the first mayor to sail the strait.\n", [(1, 35, "SL101")]),
])
def test_twenty_seventh_sessions_to_make_is_a_goal(text, expected):
    """Issue 11's twenty-seventh session (sl27, aims.to_make): "Let's make this country the
    safest", "on our way to making America the safest", "We have to make America the best place":
    the end state of a goal (kiln M4), as "we can make" is; not "makes it the fastest"."""
    assert codes(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "no" and a people or a polity, then a past over all time or a scope of history
    # any thing, where a clause opens, since the thirtieth session (superlative_ever.no_thing_ever)
    ("No valley town has ever faced such a flood.\n", [(1, 1, "SL101")]),
    ("No nation has ever faced such a flood, and no nation has ever been so ready.\n",
     [(1, 1, "SL101"), (1, 44, "SL101")]),
    ("Still, no nation ever had greater harbors.\n", [(1, 8, "SL101")]),
    ("And no river people in history has had the chance we now have.\n", [(1, 5, "SL101")]),
    ("The crews rose to the storm as no generation before them.\n", [(1, 32, "SL101")]),
    # a forecast, a wish, a modal, the present, a condition, another noun: not a record
    ("No nation will ever risk a war on the river.\n", []),
    ("And no nation should ever doubt the ferry crews.\n", []),
    ("The treaty makes sure that no nation can ever close the strait.\n", []),
    ("It is a river on which no nation dictates the tolls of another.\n", []),
    ("If no nation has ever tried it, the valley will be the first.\n", []),
    # another noun: a record since the thirtieth session (forge-docs' disowned "no candidate had
    # ever spoken so beautifully" is the one trap of the shape over the fifty-two sets)
    ("No captain had ever steered so well.\n", [(1, 1, "SL101")]),
    # "never" in a passive or an event, then "before": a record over all time
    ("The town rebuilt the levee on a scale that has never been attempted before.\n", [(1, 48, "SL101")]),
    ("Tolls are falling like has never happened before.\n", [(1, 28, "SL101")]),
    ("It is a ferry route never used in this valley before.\n", [(1, 21, "SL101")]),
    ("The valley now ships more grain than has ever been shipped before.\n", [(1, 33, "SL101")]),
    # someone's experience, a condition, an order in time: not a record
    ("I have never been asked before.\n", []),
    ("He had never seen the switch before either.\n", []),
    ("If you have never sailed a ferry before, ask the crew.\n", []),
    ("We've never done it that way before.\n", []),
    ("The route has never been used before the spring thaw.\n", []),
])
def test_twenty_eighth_sessions_records_said_with_ever(text, expected):
    """Issue 11's twenty-eighth session (sl28, checks/superlative_ever.py): "no nation has ever
    faced such a challenge", "No nation ever had greater resources", "as no people before us" (a
    people or a polity swept over all time: 6 claims in three sets), "on a scale that has never
    been attempted before", "like has never happened before", "than has ever been accomplished
    before" (a passive or an event with no one's experience: 4 claims in three sets); no negative
    of either in the forty-six sets. Not a forecast or a modal, a person's experience, a
    condition, nor "before" and an event that orders it."""
    assert codes(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative over all the world's past or every nation: a record, past a long noun phrase,
    # "that", a comma's aside, or a noun an encyclopedia ranks by size
    ("After the war the valley built the strongest river fleet the world has ever known.\n", [(1, 32, "SL101")]),
    ("They built the strongest economy and middle class the world has ever known.\n", [(1, 12, "SL101")]),
    ("The treaty brought the greatest cut in river tolls that the world has ever seen.\n", [(1, 20, "SL101")]),
    ("It is a great undertaking, the greatest, in fact, that any nation has ever been privileged to begin.\n",
     [(1, 28, "SL101")]),
    ("It was the boldest voyage ever known to mankind.\n", [(1, 8, "SL101")]),
    # the speaker's experience, a size the encyclopedia ranks, a hope: not a record over the world's past
    ("It is the best ferry we have ever had.\n", []),
    ("It is the largest economy in the region.\n", []),
    ("Let us build the finest harbor that will ever exist.\n", []),
    # a comparison with every one there has been before
    ("We came closer to national unity than in any previous flood.\n", [(1, 34, "SL101")]),
    ("The flood took a greater toll on the town than all previous floods combined.\n", [(1, 43, "SL101")]),
    ("The town grew faster than in any prior year.\n", [(1, 22, "SL101")]),
    ("At no previous time has the harbor been so busy.\n", [(1, 1, "SL101")]),
    # an absence, a rule, a project's own versions, the writer's experience: no comparison with the past
    ("There had been no previous chance to talk.\n", []),
    ("In no previous year should the tolls have risen.\n", []),
    ("This release is faster than any previous release.\n", []),
    ("The ferry is faster than any prior model.\n", []),
    ("The new ferry is quieter than any previous boat I've owned.\n", []),
])
def test_twenty_ninth_sessions_records_over_every_earlier_time(text, expected):
    """Issue 11's twenty-ninth session (sl29): a relative that ranks a superlative over all the
    world's past or every nation ("the strongest economy and middle class the world has ever
    known", "the greatest reduction of world tariffs that the world has ever seen", "the greatest,
    in fact, that any nation has ever been privileged to embark upon": superlative_ever.
    world_past_relative, 3 claims in three sets, no negative), and a comparison with every one
    there has been before ("than in any previous war", "than all previous wars in Gaza combined",
    "at no previous time has": superlative_frames.every_rival and superlative_ever.
    no_earlier_time, 4 claims in four sets, no negative). Not someone's experience, a hope, an
    absence, a modal, nor a project's own releases."""
    assert codes(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "none" as its clause's subject, a comparative, then "than": every member of a kind outdone
    ("Of all the changes in the town, none brings greater promise than the new bridge.\n", [(1, 33, "SL101")]),
    ("Of all the harms to the river, none is really more shameful than the dumping.\n", [(1, 32, "SL101")]),
    ("The valley has known many blessings, but none greater than its schools.\n", [(1, 42, "SL101")]),
    # "none" as an object, a count, an idiom, or no "than": no comparison with every member
    ("I can think of none more important than the bridge.\n", []),
    ("None of the options is better than the default.\n", []),
    ("The award went to none other than the mayor.\n", []),
    ("Of the two ferries, none is faster.\n", []),
])
def test_thirtieth_sessions_none_outdoes(text, expected):
    """Issue 11's thirtieth session (sl30, superlative_frames.none_outdoes): "Of all the changes
    ..., none brings greater promise than our rediscovery of ...", "none is really more shameful
    than the continued poisoning of our rivers", "but none greater than its dedication to these
    principles" (5 claims in wedge-, pick- and scythe-docs, no negative: spade's "I can think of
    none more important than", the speaker's own view, has "none" as an object)."""
    assert codes(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "no" and any thing, where a clause opens, then a past over all time: a record
    ("No bridge of such length has ever carried a train.\n", [(1, 1, "SL101")]),
    ("No such crossing of the strait ever took place before.\n", [(1, 1, "SL101")]),
    ("No ferry was ever built that could not have been built lighter.\n", [(1, 1, "SL101")]),
    ("The town grew, and no harbour ever welcomed more ships.\n", [(1, 20, "SL101")]),
    # a future, a modal or the present: a forecast, a wish, a program's behaviour
    ("No traveller should ever be turned away.\n", []),
    ("No ferry will ever cross the strait in an hour.\n", []),
    ("It works offline; no network connection is ever made.\n", []),
    ("In this mode no intermediate arrays are ever created.\n", []),
    # not where a clause opens, under a condition, "no one", "no other", nor a verb in the phrase
    ("The queue closes in case no read was ever performed.\n", []),
    ("If no bridge has ever been built here, ask the council.\n", []),
    ("He found no harbour that had ever been dredged.\n", []),
])
def test_thirtieth_sessions_no_thing_has_ever(text, expected):
    """Issue 11's thirtieth session (sl30, superlative_ever.no_thing_ever): "No fleet of such size
    has ever made such a voyage", "No such movement of troops ever took place before", "No house
    was ever built that could not have been built better": "no" and any thing where a sentence or
    a clause opens, before a past over all time (7 claims in five sets, chisel, sledge and froe
    among the older, spoke and tenon among the newest; 2 wrong). Not a future, a modal or the
    present, not under a condition, and not inside a clause ("in case no read was ever
    performed")."""
    assert codes(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the speaker's own feeling after "never been more": testimony, not a claim
    ("It is because of this spirit that I have never been more hopeful about the valley than I am tonight.\n", []),
    ("You are the reason we've never been more optimistic about our harbor.\n", []),
    ("But I've never been more confident in the ferry crews.\n", []),
    # a state of the world, even said by "we": still a claim
    ("The need for a second ferry has never been more urgent.\n", [(1, 33, "SL101")]),
    ("Our ties with the river towns have never been more solid.\n", [(1, 36, "SL101")]),
    ("We have never been stronger.\n", [(1, 9, "SL101")]),
])
def test_twenty_eighth_sessions_the_speakers_feeling_is_no_record(text, expected):
    """Issue 11's twenty-eighth session (sl28, superlative_frames._FEELINGS): "I have never been
    more hopeful about America's future", "we've never been more optimistic", "I've never been
    more optimistic" are the speaker's testimony of his own conviction (traps in clamp-, saw- and
    spade-docs; no labelled claim has the shape); "The need has never been more urgent" and "Our
    alliances have never been more solid" stay claims."""
    assert codes(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "no one" and a modal or "seems to", a verb of knowing, then an open question: an idiom
    ("No one can know how long this flood will last.\n", []),
    ("But nobody (outside of the county) seems to know what that might be.\n", []),
    ("Rationale: otherwise no one will know what the flag refers to.\n", []),
    ("No one can predict exactly when the river will crest.\n", []),
    # no question after the verb, or no verb of knowing: still a sweeping statement
    ("No one will ever know the truth.\n", [(1, 1, "SL101")]),
    ("No one can stop the ferry.\n", [(1, 1, "SL101")]),
])
def test_twenty_eighth_sessions_nobody_can_know_an_open_question(text, expected):
    """Issue 11's twenty-eighth session (sl28, superlatives._open_question_after): "No one can know
    how long this condition will persist", "nobody (outside of GE) seems to know what that might
    be", "Otherwise no one will know what foo.bar.baz refers to" leave a question open (Q2's idiom
    of uncertainty, as "Nobody knows what comes next"; traps in sledge-, adze- and wedge-docs, no
    labelled claim has the shape)."""
    assert codes(run(text)) == expected


@pytest.mark.parametrize("sentence, last, expected", superlative_own.EXAMPLES)
def test_ranks_own_doing(sentence, last, expected):
    # issue 11, thirty-first session: a superlative narrowed by "(that) I/we" and a verb of
    # making or proposing, or "can"/"could", ranks among the speaker's own doing
    words = [w.strip(".,").lower() for w in sentence.split()]
    gaps = sentence.split()
    b = words.index(last)
    assert superlative_own.ranks_own_doing(words, b, lambda k: "," if gaps[k].endswith(",") else " ") is expected


def test_thirty_second_sessions_no_other_way_is_a_warning():
    """Issue 11's thirty-second session (sl32, superlative_only.no_other_way): "in no other way"
    ("manner", "means"; "by no other means") and "in no other quarter" ("country", "nation",
    "land", "region") deny every other means or part of the world, wherever they stand and under a
    modal ("can find in no other quarter": not an aim); not a program's place, a span of time, an
    interface with no preposition, nor a question."""
    text = (FIXTURES / "rules32_no_other_way.md").read_text(encoding="utf-8")
    got = [(d.line, d.col, d.code, d.severity) for d in run(text)]
    assert got == [
        (7, 37, "SL101", "warning"), (9, 1, "SL101", "warning"), (11, 26, "SL101", "warning"),
        (13, 26, "SL101", "warning"), (15, 37, "SL101", "warning"),
    ]


@pytest.mark.parametrize("text, expected", [
    # "this"/"that" as subject: info in technical writing; outside it a warning since the
    # thirty-seventh session (tier37: right 5 times of 6 there over the seventy-three sets)
    (TECH + "This is the easiest model to deploy, but every change needs a rebuild.\n", [(3, 9, "SL101", "info")]),
    ("This is the clearest indictment of the system, and the county knows it.\n", [(1, 9, "SL101", "warning")]),
    # "the best interests of": what serves someone, an idiom, no ranking
    ("The best interests of both towns require a second ferry.\n", []),
    ("The board acted in the best interest of the county, and Harbor is the best router.\n",
     [(1, 67, "SL101", "warning")]),
])
def test_thirty_second_sessions_pronoun_tier_and_best_interests(text, expected):
    """Issue 11's thirty-second session (sl32): a superlative with "this" or "that" as subject
    stayed info in every genre (measured, not raised; outside technical writing a warning since
    the thirty-seventh session, tier37), and "best interest(s)" is an idiom (nine negatives in
    nine sets, no positive)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code in ("SL101", "SL102")]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a "when" clause that tells a time is no condition: the claim in it is asserted
    ("The army was disbanded in 1946, when it was the largest army in the world.\n", [(1, 45, "SL101")]),
    ("Those were the days when Acme is certainly the biggest mill in the state.\n", [(1, 44, "SL101")]),
    ("Harbor shipped its first release in 2019, when it is still the fastest router in the world.\n",
     [(1, 60, "SL101")]),
    # a present "when" supposes a case: still a condition
    ("When it is the best fit for the job in the world, use it.\n", []),
    ("Use Harbor when it is the fastest router in the world.\n", []),
    ("There are times when Harbor is the fastest router in the world.\n", []),
])
def test_thirty_fourth_sessions_a_when_that_tells_a_time(text, expected):
    """Issue 11, thirty-fourth session (miss34, confidence.tells_time): a "when" clause with a past
    verb, or after a year or a noun of time ("in 1946, when", "the days when"), tells when
    something happened and is no condition; a present "when" (and "times when", a kind of case)
    stays one."""
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == expected


def test_when_examples_of_confidence():
    """confidence.WHEN_EXAMPLES: each sentence's first "when" tells a time or not, as listed."""
    from prosecheck.checks import confidence
    from prosecheck.checks.lexicon import norm_words
    from prosecheck.document import parse

    for sentence, expected in confidence.WHEN_EXAMPLES:
        doc = parse("x.md", sentence + "\n")
        (s,) = doc.sentences
        lw = norm_words(s.words)
        c = lw.index("when")
        assert confidence.tells_time(lw, s.words, s.block.prose, c) is expected, sentence


@pytest.mark.parametrize("text, expected", [
    # a cause or a trouble ranked first at the head of the subject of a copula
    ("The most common cause of a stuck ferry is ice on the winch.\n", [(1, 1, "SL101")]),
    ("The biggest problem with the old levee is that it leaks.\n", [(1, 1, "SL101")]),
    ("But the most serious danger to the harbor is the spring flood.\n", [(1, 5, "SL101")]),
    ("By far the most frequent reason for delays is the weather.\n", [(1, 8, "SL101")]),
    ("The single greatest obstacle to a second bridge remains the toll.\n", [(1, 1, "SL101")]),
    ("However, the most usual cause of this seems to be a loose cable.\n", [(1, 10, "SL101")]),
    # the text's own material, advice, a guess, a list's head, a question, an object
    ("The most common option is `--fast`.\n", []),
    ("The most important step is to drain the tank.\n", []),
    ("The most likely cause is a loose cable.\n", []),
    ("The most common causes:\n", []),
    ("Is the biggest problem the toll?\n", []),
    ("Ice is one of the most common causes of a stuck winch.\n", []),
    ("A loose cable is the most common cause.\n", []),
    ("The most common of these problems is ice.\n", []),
    ("The most common mistakes I noticed in these boats were loose cables.\n", []),
    ("The biggest problem that we had was the toll.\n", []),
])
def test_thirty_fifth_sessions_a_trouble_ranked_at_the_head_of_the_subject(text, expected):
    """Issue 11's thirty-fifth session (subj35, checks/superlative_subjects.py): "The most common
    cause of X is Y", "The biggest problem with Y is", "The greatest gap in ... is": one cause,
    reason, problem or danger singled out among all there are, heading the subject of a copula
    (15 claims in fourteen sets, 2 traps, over the sixty-seven sets); not an option, a step or a
    thing (the text's own material or advice), not "most likely" (a guess), not a list's head, a
    question, nor the noun as an object or a complement."""
    assert codes(run(text)) == expected


# Five hundred words and more of prose with no computing words (a speech), and as many of
# documentation: a course ranked best is judged only in the first (superlative_subjects.plain_prose).
_SPEECH = "The valley farmers met the river pilots at the town hall and spoke about the long spring. " * 34
_MANUAL = "The package installs the library and the command line tool on the server with a default config file. " * 30


@pytest.mark.parametrize("text, expected", [
    # outside technical writing: a course ranked best heading the subject of a copula
    ("The best way to lower the tolls is to build a second bridge.\n", [(3, 1, "SL101")]),
    ("And the surest way to keep the harbor open is through dredging.\n", [(3, 5, "SL101")]),
    ("The most effective means of saving the farms is to raise the levee.\n", [(3, 1, "SL101")]),
    # a denial, a course weighed, the writer's own telling, not at the head
    ("The best way to lower the tolls is not to close the ferry.\n", []),
    ("Perhaps the best way to lower the tolls would be a second bridge.\n", []),
    ("The easiest way to describe the plan is to say that it works.\n", []),
    ("We know the best way to lower the tolls.\n", []),
])
def test_thirty_fifth_sessions_a_course_ranked_best_outside_technical_writing(text, expected):
    """Issue 11's thirty-fifth session (subj35, superlative_subjects.ranked_course): "The best way
    to reduce government spending is to ...", "The most effective means of dealing with surplus
    crops is ...": a course ranked best heading the subject, outside technical writing (8 claims
    in seven sets, 1 trap, over the sixty-seven sets); in documentation the same words are advice
    (A5) and stay unreported, as "the only way" does. Not a denial ("is not to"), a course weighed
    ("would be"), nor the writer's telling ("the easiest way to describe this")."""
    assert codes(run(_SPEECH + "\n\n" + text)) == expected


@pytest.mark.parametrize("prefix", [_MANUAL + "\n\n", "Download the latest release.\n\n"])
def test_thirty_fifth_sessions_a_course_ranked_best_in_documentation_is_advice(prefix):
    """In documentation, or a page too short for its genre to tell (a README's two lines), "the
    best way to" is advice to the reader (real-docs A5): not reported."""
    assert codes(run(prefix + "The best way to lower the tolls is to build a second bridge.\n")) == []


@pytest.mark.parametrize("text, expected", [
    # a mind's certainty compared with every other time or rival: info (shown with --picky)
    ("The council is more than ever convinced of the value of the new ferry.\n", [(1, 21, "SL101", "info")]),
    ("We end the season more confident than ever that the harbor will hold.\n", [(1, 34, "SL101", "info")]),
    ("With the years some things become clearer than ever.\n", [(1, 43, "SL101", "info")]),
    ("It has never been more clear that the valley depends on its river.\n", [(1, 8, "SL101", "info")]),
    ("To my mind nothing is clearer than that the levee must be raised.\n", [(1, 12, "SL101", "info")]),
    ("Nothing is more certain than the need for a second bridge.\n", [(1, 1, "SL101", "info")]),
    # not the adverb, an adjective before its noun, a trait shown at a moment, nor another feeling
    ("Most farmers see more clearly than ever before that the levee must be raised.\n", [(1, 31, "SL101", "warning")]),
    ("There will be no clearer test of the council than the vote on the bridge.\n", [(1, 15, "SL101", "warning")]),
    ("His courage was never more evident than in the flood of 1927.\n", [(1, 17, "SL101", "warning")]),
    ("The need for a second bridge has never been more urgent.\n", [(1, 34, "SL101", "warning")]),
    ("The river pilots are more determined than ever to keep the channel open.\n", [(1, 38, "SL101", "warning")]),
])
def test_thirty_sixth_sessions_a_minds_certainty_compared_is_info(text, expected):
    """Issue 11's thirty-sixth session (prec36s, checks/superlative_certainty.py): a comparison
    over every time or rival whose comparative is a mind's certainty ("more than ever convinced",
    "more confident than ever that", "it has never been more clear that", "nothing is clearer
    than that") states how sure the speaker is, a booster at most and no ranking of the world
    (six warning findings in six sets over the sixty-seven sets and tine/nib/cog, none right):
    reported at info. Not "more clearly than ever" (the adverb: what a people sees), "no clearer
    test" (a ranking of tests), "never more evident than in ..." (a trait shown at a moment), nor
    "more urgent" or "more determined" (need and resolve)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # what nobody will do: a forecast or a pledge, info
    ("No one will ever forget the night the levee broke.\n", [(1, 1, "SL101", "info")]),
    ("I promise that no one will call you about the toll again.\n", [(1, 16, "SL101", "info")]),
    # (since the forty-seventh session "Only the largest farms will" is read by only_party_modal
    # too, at info: a party said to be the only one, slrec47)
    ("Only the largest farms will pay the new toll, and no one else will.\n",
     [(1, 1, "SL101", "info"), (1, 51, "SL101", "info")]),
    # the present, the past and "would" stay warnings
    ("No one wants to go back to the old ferry.\n", [(1, 1, "SL101", "warning")]),
    ("Nobody has ever crossed the river in winter.\n", [(1, 1, "SL101", "warning")]),
    ("No one would choose the old ferry after trying the bridge.\n", [(1, 1, "SL101", "warning")]),
])
def test_thirty_sixth_sessions_what_nobody_will_do_is_info(text, expected):
    """Issue 11's thirty-sixth session (prec36s, superlative_certainty.nobody_will): "nobody" or
    "no one" before "will" or "shall" forecasts or pledges ("No one will ever forget", "no one
    will call you", "and no one else will"): six warning findings in five sets that are traps or
    on no item against one claim (lathe), reported at info. The present, the past and "would"
    stay warnings."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


def test_thirty_sixth_sessions_no_doubt_denies_no_rival():
    """"no doubt" is a booster's idiom, not "no" denying a rival before "so ... as": "the tolls
    may be no doubt so reduced as to ..." compares nothing (prec36s; tine-docs' false alarm)."""
    assert codes(run("The tolls may be no doubt so reduced as to lessen the revenue of the ferry.\n")) == []
    assert codes(run("No river town was ever so proud as ours.\n")) == [(1, 1, "SL101")]


@pytest.mark.parametrize("text, expected", [
    # what nobody can know, tell or foresee: a limit of knowledge admitted, info
    ("Nobody can be absolutely certain of the river's course.\n", [(1, 1, "SL101", "info")]),
    ("No one can tell the exact height of the spring flood.\n", [(1, 1, "SL101", "info")]),
    ("How long the levee will hold no one could venture to conjecture.\n", [(1, 30, "SL101", "info")]),
    ("No one seems to know why the ferry was named for a heron.\n", [(1, 1, "SL101", "info")]),
    # a verb of doing, a certainty claimed for everyone, and "would" stay warnings
    ("No one can cross the river in winter without a pilot.\n", [(1, 1, "SL101", "warning")]),
    ("No one can now doubt the word of the ferry council.\n", [(1, 1, "SL101", "warning")]),
    ("No one would know more about the channel than the old pilots.\n", [(1, 1, "SL101", "warning")]),
])
def test_thirty_seventh_sessions_what_nobody_can_know_is_info(text, expected):
    """Issue 11's thirty-seventh session (prec37s, superlative_certainty.nobody_can_know):
    "nobody" or "no one" with "can", "could" or "seems to" and a verb of knowing, telling or
    foreseeing ("Nobody can be absolutely certain", "No one can tell", "no one could venture to
    conjecture", "No one seems to know") admits a limit of what anyone knows, no sweep: six
    warning findings in six sets, none right, reported at info. A verb of doing ("No one can
    cross"), "doubt" (a certainty claimed for everyone) and "would" stay warnings."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # "no" and a comparative, then "than" and the same subject in another clause or case: info
    ("A life jacket is no better protection on the lake than it is on the river.\n", [(1, 18, "SL101", "info")]),
    ("The ferry's debt is no larger today than it was in 1929.\n", [(1, 21, "SL101", "info")]),
    ("The new toll gives no greater relief to the farmers than to other river towns.\n", [(1, 20, "SL101", "info")]),
    ("As long as no better charter is granted than at present exists, the ferry will run at a loss.\n",
     [(1, 12, "SL101", "info")]),
    # a rival of the kind after "than", a course ranked, or every rival: warnings
    ("There is no greater asset than the patience of the river pilots.\n", [(1, 10, "SL101", "warning")]),
    ("There is no higher duty than to keep the channel open.\n", [(1, 10, "SL101", "warning")]),
    ("There could be no greater calamity than for the river towns to quarrel.\n", [(1, 16, "SL101", "warning")]),
    ("No town has done more for the ferry than we have done.\n", [(1, 1, "SL101", "warning")]),
])
def test_thirty_seventh_sessions_no_better_than_another_case_is_info(text, expected):
    """Issue 11's thirty-seventh session (prec37s, checks/superlative_equals.py): "no" right
    before a comparative, then "than" and the same subject again in another clause or case (a
    pronoun and its verb, "than it is on the river", "than it was in 1929"; a preposition before
    another case, "than to other river towns", "than at present") says the two are alike and ranks
    no rival: four warning findings in four sets, none right, reported at info. A rival of the
    kind after "than", an infinitive or "for ... to" (a course ranked), and "no" before a noun
    ("No town has done more ... than we have done": every town ranked against us) stay warnings."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # after "in" or "by", a superlative before a noun of manner grades the act: info
    ("Return the tide tables in the most generic form possible.\n", [(1, 27, "SL101", "info")]),
    ("The council spoke of the levee in the vaguest terms possible.\n", [(1, 35, "SL101", "info")]),
    ("We will defend the valley by the most effective means possible.\n", [(1, 30, "SL101", "info")]),
    # the same words as a subject or an object, or after "with": warnings
    ("The most generic form possible is a plain table of tides.\n", [(1, 1, "SL101", "warning")]),
    ("The tool works by producing the smallest diffs possible.\n", [(1, 29, "SL101", "warning")]),
    ("Store the tide tables with the most straightforward interface possible.\n", [(1, 28, "SL101", "warning")]),
])
def test_thirty_seventh_sessions_a_superlative_of_manner_is_info(text, expected):
    """Issue 11's thirty-seventh session (prec37s, checks/superlative_manner.py): after "in" or
    "by", a superlative before a noun of manner ("in the most generic form possible", "by the most
    effective means possible") says how an act is done, a degree and no ranking of rivals: three
    warning findings in three sets, all traps, none right, reported at info. A subject, an object
    and "with" stay warnings."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # outside technical writing: "the most" and a judging adjective ranks
    ("The upkeep of the levee is one of the most important duties of the council.\n", [(3, 35, "SL101", "warning")]),
    ("Good seed is the most important factor in a farm's success.\n", [(3, 14, "SL101", "warning")]),
    ("The most significant river towns were founded by the early pilots.\n", [(3, 1, "SL101", "warning")]),
    ("The most important part of farming is keeping good records.\n", [(3, 1, "SL101", "warning")]),
    # words of need, time or frequency stay on the list; a stressed "thing" at the head is no rank
    ("The council must help the most vulnerable families in the valley.\n", []),
    ("The most recent flood reached the second step of the town hall.\n", []),
    ("The most important thing is, the levee held.\n", []),
])
def test_thirty_eighth_sessions_a_judging_superlative_outside_documentation(text, expected):
    """Issue 11's thirty-eighth session (sl38, checks/superlative_prose.py): superlatives.tsv's
    most_never list lets "the most important option" pass in documentation, where it describes;
    outside technical writing "one of the most important trusts confided to Congress", "the most
    important factor in a business operation" rank a thing among all of its kind (18 claims in
    sixteen sets against 6 traps over the seventy-six sets), and "The most important part of
    accounting is ..." heading a subject (7 claims in seven sets, 3 traps). Words of need, time
    and frequency stay on the list."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text", [
    "This is one of the most important options of the command line tool.\n",
    "The most important part of the config file is the server block.\n",
])
def test_thirty_eighth_sessions_a_judging_superlative_in_documentation_describes(text):
    """In documentation "the most important option" describes which one to read first: not
    reported, as before."""
    assert codes(run(_MANUAL + "\n\n" + text)) == []


@pytest.mark.parametrize("text, expected", [
    # nothing has matched it: "without parallel", "no parallel in history", history offers none
    ("The growth of the valley towns is without parallel.\n", [(3, 35, "SL101", "warning")]),
    ("The harbor grew at a pace altogether without example, and the pilots prospered.\n", [(3, 38, "SL101", "warning")]),
    ("The courage of the pilots has few parallels in our history.\n", [(3, 31, "SL101", "warning")]),
    ("It was a flood of which there is no previous example in the annals of the valley.\n", [(3, 34, "SL101", "warning")]),
    ("The history of the world furnishes no example of such a harvest.\n", [(3, 5, "SL101", "warning")]),
    # "without" before a noun it modifies, "no parallel" in a thing's own versions: no claim
    ("The pilots tied the boats without equal lengths of rope.\n", []),
    ("The new ferry has no parallel in the old timetable.\n", []),
    # "any former period": every one there has been before
    ("The love of the valley is more universal than at any former period of its history.\n", [(3, 42, "SL101", "warning")]),
])
def test_thirty_eighth_sessions_a_thing_without_parallel(text, expected):
    """Issue 11's thirty-eighth session (sl38, checks/superlative_unexampled.py): "is without
    parallel", "no previous example in the annals of our country", "has few parallels in our
    history", "history affords no example" rank a thing above all there has been without a
    superlative word (9 claims in seven sets, 1 trap, over the seventy-six sets); "former" joins
    "previous" in "than at any former period". Not "without" before a noun the word modifies, nor a
    parallel outside history; dropped in technical writing."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


def test_thirty_eighth_sessions_without_parallel_in_documentation_is_not_reported():
    """In documentation "no precedent" or "without example" describes code: not reported."""
    text = "This option is without parallel in the server config file.\n"
    assert codes(run(_MANUAL + "\n\n" + text)) == []


@pytest.mark.parametrize("text, expected", [
    ("The growth of the valley has been greater than that of any other county.\n", [(1, 43, "SL101", "warning")]),
    ("Tolls take a higher share of income here than in almost any other town.\n", [(1, 42, "SL101", "warning")]),
    # a bound of a system's part stays unread: no people, polity or leader after "any"
    ("The log message is less than that of any stream.\n", []),
])
def test_thirty_eighth_sessions_than_that_of_any_other(text, expected):
    """Issue 11's thirty-eighth session (sl38, superlative_frames.every_rival): "than that of any
    other country" and "than in almost any other nation" compare with every rival as "than any
    other" does (2 claims in two sets, rivet and scythe, no negative: below the bar of three sets,
    kept apart for the lead)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # "unlike" reaching "any other"/"every other" and a rival within one clause
    ("The river pike is unlike any other fish you have ever caught.\n", [(1, 19, "SL101", "warning")]),
    ("Unlike what would have happened in any other county, no toll was raised.\n", [(1, 1, "SL101", "warning")]),
    ("Our ferry pilots are unlike those trained on the coast of any other state.\n", [(1, 22, "SL101", "warning")]),
    # "like" (and a hedge of a few) before "every other" and a rival
    ("The harbor office (like every other port authority) keeps the ledger by hand.\n", [(1, 20, "SL101", "warning")]),
    ("This ferry, like almost every other boat on the river, leaks.\n", [(1, 13, "SL101", "warning")]),
    # an ordinary member of a kind, an alternation, a verb of wanting, a likeness, a mark between
    ("The ferry is taxed like any other boat.\n", []),
    ("Shade it like every other row of the ledger.\n", []),
    ("I would like every other boat to wait.\n", []),
    ("The ferry is not unlike any other boat.\n", []),
    ("Unlike the first ferry, any other boat may dock.\n", []),
])
def test_thirty_ninth_sessions_likeness_with_every_rival(text, expected):
    """Issue 11's thirty-ninth session (sl39, checks/superlative_likeness.py, S472): a comparison
    with every rival said without "than": "unlike ... any other" and "(un)like (almost) every
    other" and a rival are warnings; not "like any other" (an ordinary member of its kind), "every
    other row" (an alternation), "would like" (a wish), "not unlike" (alike), nor across a comma."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("The best-known pilot is Kim, the captain of the river ferry.\n", [(1, 1, "SL101", "warning")]),
    ("The Belle is the best-known ferry on the river.\n", [(1, 14, "SL101", "warning")]),
    ("The brochure said: \"The Belle is the best-known ferry on the river.\"\n", []),
])
def test_thirty_ninth_sessions_best_known_is_a_graded_compound(text, expected):
    """Issue 11's thirty-ninth session (sl39): "known" joins the compound tails, so "best-known"
    ranks as "most-watched" and "best-selling" do (5 claims in four sets, sledge 2, gimlet,
    reamer, dowel; no negative over the seventy-nine sets, none in the corpus)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # "unexampled", the older word for "unprecedented": an absolute wherever it stands
    ("The valley entered a period of unexampled prosperity.\n", [(1, 32, "SL101", "warning")]),
    ("The unexampled growth of the town alarmed the council.\n", [(1, 5, "SL101", "warning")]),
    ('The mayor said: "The town grew with unexampled speed."\n', []),
])
def test_fortieth_sessions_unexampled(text, expected):
    """Issue 11's fortieth session (sl40): "unexampled" joins "unprecedented" and "unparalleled"
    in the lexicon (12 claims in nine sets, hatchet, jig 2, tine 2, quill, scribe, lug among the
    seventy-nine older; no negative, no corpus line)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a state denied at every other moment, right after "was"/"is never"
    ("The ferry service was never so reliable.\n", [(1, 23, "SL101")]),
    ("Trust in the council is never so low as in a flood year.\n", [(1, 25, "SL101")]),
    ("Our river towns were never more prosperous, and the roads never busier.\n", [(1, 22, "SL101")]),
    ("The spirit of the valley was never higher than it is today.\n", [(1, 30, "SL101")]),
    # a result clause, a bound, a quantity, the speaker's own feeling: no record
    ("The buffer is never so large that it overflows.\n", []),
    ("The estimate is never more accurate than its input.\n", []),
    ("The queue is never more than ten items long.\n", []),
    ("The queue was never higher than ten items.\n", []),
    ("He was never so much as thanked.\n", []),
    ("I was never so happy as on that day.\n", []),
])
def test_fortieth_sessions_never_so_after_be(text, expected):
    """Issue 11's fortieth session (sl40, superlative_frames._never_so): "The Republic was never so
    strong", "Corruption is never so rife as in communities where ...", "Our good offices were
    never more sought", "the spirit of the people was never higher than it is today": a state
    denied at every other moment, a record with no figure (9 claims in six sets, hoe 3, dowel, nib,
    chock among the older; no negative, no corpus line)."""
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == expected


@pytest.mark.parametrize("text, expected", [
    # "always has been": the inverted order of "has always been", a state held over all time
    ("This toll is, and always has been, unfair to the river towns.\n", [(1, 19, "SL101", "warning")]),
    ("For it always has been the way of the valley to share the harvest.\n", [(1, 8, "SL101", "warning")]),
    ("That is the problem of the ferry, that it always has been, that it always will be.\n", [(1, 43, "SL101", "warning")]),
    # an aim, what a product allows, a participle, the writer's own story, a program
    ("Our goal always has been to add a second ferry.\n", []),
    ("The option always has been supported.\n", []),
    ("The ledger always has been written by hand.\n", []),
    ("I always have been wary of ferries.\n", []),
    ("The parser always has been strict.\n", []),
])
def test_fortieth_sessions_always_has_been(text, expected):
    """Issue 11's fortieth session (sl40, superlative_absolutes.always_has_been): "This statute is,
    and always has been, inconsistent with ...", "For it always has been the essence of America",
    "that it always has been, that it always will be": the order held_always does not read (4
    claims in four older sets, kiln, anvil, pick, scythe; the one negative, froe's "Our goal always
    has been to add", an aim; no corpus line)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # "The only thing" or "The only people" heading the sentence, outside technical writing: a
    # warning since the forty-first session (tier41; info in the fortieth)
    ("The only thing that can sink the ferry is our own neglect.\n", [(1, 1, "SL101", "warning")]),
    ("But the only people who gain from the toll are the bankers.\n", [(1, 5, "SL101", "warning")]),
    # the writer's own view, advice, not at the head, a question
    ("The only thing that is clear to me is that the ferry is late.\n", []),
    ("The only thing the towns should ask is a second ferry.\n", []),
    ("The toll is the only thing it was built for.\n", []),
    ("Is the only thing left a ferry?\n", []),
])
def test_fortieth_sessions_the_only_thing_heading_the_sentence(text, expected):
    """Issue 11's fortieth session (sl40, superlative_only.only_thing): "The only thing that can
    defeat us is our own state of mind", "The only people who are contented with ... are those
    who ...": everything or everyone else ruled out, only outside technical writing (5 claims in
    five sets, forge, bevel, hoe, mortise and spindle; 3 negatives); at info until the forty-first
    session (tier41: its info findings right 5 times of 5 over the eighty-five sets)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


def test_fortieth_sessions_the_only_thing_is_advice_in_documentation():
    """In technical writing "The only thing you need to change is the port" is advice: the kind is
    dropped there, as "the only way" is."""
    text = (
        "# Setup\n\nInstall the package with `pip install harbor` and run `harbor serve --port 8080`.\n\n"
        "The only thing that changes between releases is the default port.\n"
    )
    assert [d for d in run(text) if d.code == "SL101"] == []


@pytest.mark.parametrize("text, expected", [
    # "The only" and any noun heading the sentence before a present "is"/"are", outside technical
    # writing: info (fifty-second session, absolute52)
    ("The only possible remedy is a second ferry.\n", [(1, 1, "SL101", "info")]),
    ("But the only real danger to the valley is the dam upstream.\n", [(1, 5, "SL101", "info")]),
    ("The only course that is going to save the mill is to share the toll.\n", [(1, 1, "SL101", "info")]),
    # the past, a list's rest, a sum left, the writer's own circle or text, a comma before the verb,
    # a figure, a question
    ("The only lasting trouble was the weather.\n", []),
    ("The only other towns so lucky are Dover and Hythe.\n", []),
    ("The only answer we can give is a second ferry.\n", []),
    ("The only point to be made here is a small one.\n", []),
    ("The only free town, in his view, is Hythe.\n", []),
    ("The only bridge left is 300 years old.\n", []),
    ("Is the only remedy a second ferry?\n", []),
    ("The only ferry on offer today is:\n\n* a second ferry\n", []),
])
def test_fifty_second_sessions_the_only_heading_the_sentence(text, expected):
    """Issue 11's fifty-second session (absolute52, superlative_only.only_heading): "The only
    possible antidote is the truth", "The only real response to ... is to urge people not to vote":
    only_thing's reading with any noun, in the present, outside technical writing, at info."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


def test_fifty_second_sessions_the_only_heading_is_a_fact_in_documentation():
    """In technical writing "The only difference is that the patches are applied later" states a
    program's fact: the kind is dropped there, as "the only thing" is."""
    text = (
        "# Setup\n\nInstall the package with `pip install harbor` and run `harbor serve --port 8080`.\n\n"
        "The only difference between the two builds is the default port.\n"
    )
    assert [d for d in run(text) if d.code == "SL101"] == []


@pytest.mark.parametrize("text, expected", [
    # "the only" or "only one", a noun, "who"/"that"/"which" and "can"/"will" before an active
    # verb, or "capable of"/"able to", outside technical writing: a warning (fifty-ninth session, rank59)
    ("There is only one candidate who will protect the harbor.\n", [(1, 10, "SL101", "warning")]),
    ("Only one man who can mend the dam.\n", [(1, 1, "SL101", "warning")]),
    ("Cheap power is the only thing that can save the mill.\n", [(1, 16, "SL101", "warning")]),
    ("It's the only path that will lead to a fair toll.\n", [(1, 6, "SL101", "warning")]),
    ("The ferryman is the only person able to cross in a storm.\n", [(1, 17, "SL101", "warning")]),
    ("There is only one pilot capable of this crossing.\n", [(1, 10, "SL101", "warning")]),
    # a verb a speaker's claim uses as often as a program's rule ("build", "run", "use"): read
    ("The party is the only one that can build a strong harbor.\n", [(1, 14, "SL101", "warning")]),
    # a program's permission ("add", "push", "delete"): not a claim about the world
    ("The admin is the only person who can add users.\n", []),
    # denied, a passive, "could", the writer inside the noun phrase, a portrayal, a question
    ("He is not the only one who can row.\n", []),
    ("No longer is the valley the only town capable of milling grain.\n", []),
    ("In this format, integers are the only numbers that can be represented exactly.\n", []),
    ("The tolls were the only things that could stop you.\n", []),
    ("Rowing is the only thing we can do.\n", []),
    ("The papers painted him as the only candidate capable of winning.\n", []),
    ("Is he the only pilot who can cross?\n", []),
])
def test_fifty_ninth_sessions_the_only_one_who_can(text, expected):
    """Issue 11's fifty-ninth session (rank59, superlative_only.only_able): "There is only one
    candidate who will protect it", "the only thing that can stop it are foolish wars", "the
    individual is the only person able to know what is best": one agent alone able to do a thing,
    every other ruled out (10 claims in nine of the one hundred and thirty-six sets before gad
    against 2 traps; nock 8 of 8)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert [(line - 2, col, code, sev) for line, col, code, sev in got] == expected


def test_fifty_ninth_sessions_the_only_one_who_can_is_a_role_in_documentation():
    """In technical writing "the release manager is the only person who can tag" states a
    project's role: the kind is dropped there, as "the only thing" is."""
    text = (
        "# Setup\n\nInstall the package with `pip install harbor` and run `harbor serve --port 8080`.\n\n"
        "The release manager is the only person who can tag a release of the `harbor` package.\n"
    )
    assert [d for d in run(text) if d.code == "SL101"] == []


@pytest.mark.parametrize("text, expected", [
    # "Only" and a time or a condition before an inverted auxiliary: a warning
    ("Only when the towns share the toll can the ferry survive.\n", [(1, 1, "SL101", "warning")]),
    # a means or another clause before "we": info (the speaker's own program as often as a claim);
    # before any other subject a warning since the forty-second session (below)
    ("Only by such planning in advance can we be sure of the harvest.\n", [(1, 1, "SL101", "info")]),
    ("But only through years of work was he able to finish the bridge.\n", [(1, 5, "SL101", "warning")]),
    # no inversion: the auxiliary is the clause's own verb, or there is none
    ("Only if you have a ticket.\n", []),
    ("Only when the river rises we close the road.\n", []),
    ("Only when we can pay will the ferry sail.\n", [(1, 1, "SL101", "warning")]),
    # not "Only" and a party, a count or a time (measured, not built)
    ("Only the farmers' union has the means to buy the mill.\n", []),
    ("Only six members voted for the toll.\n", []),
    ("Only recently the toll was raised.\n", []),
])
def test_forty_first_sessions_only_opening_an_inversion(text, expected):
    """Issue 11's forty-first session (abs41, superlative_absolutes.only_clause): "Only when power
    rests in the hands of everyone can a social revolution exist" (a warning), "Only by such
    training in advance can we be sure" (info): every other way or moment denied, only outside
    technical writing."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # the speaker's side or the reader after the inversion: the speaker's own program, info
    ("Only by so doing can we keep the harbour open.\n", [(1, 1, "SL101", "info")]),
    ("Only through hard work can I repay the town.\n", [(1, 1, "SL101", "info")]),
    ("Only by reading the chart can you find the channel.\n", [(1, 1, "SL101", "info")]),
    # any other subject: how the world works, a claim (a warning)
    ("Only through steady tolls can the town keep its ferry.\n", [(1, 1, "SL101", "warning")]),
    ("Only by such means can our trade be financed.\n", [(1, 1, "SL101", "warning")]),
    ("And only by leaving the firm was she able to mature as a leader.\n", [(1, 5, "SL101", "warning")]),
    # technical writing: a program's rule, not reported (as before)
    ("Install the package, then edit its configuration file.\n\n"
     "Only by setting the flag can the server accept uploads.\n", []),
])
def test_forty_second_sessions_only_by_a_means_before_another_party(text, expected):
    """Issue 11's forty-second session (tier42, superlative_absolutes.speakers_side): "Only by such
    means can our foreign trade be financed", "Only through well-established policies ... can the
    Federal Government assure" deny every other means of a party the speaker is not: a warning;
    "Only by so doing can we prevent it" stays info, the speaker's own program as often as a claim."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # "Only", an article or a demonstrative and a party before a modal: every other party denied,
    # at info
    ("Only a rise in the tolls can keep the ferry running.\n", [(1, 1, "SL101", "info")]),
    ("Only such a union will stop the closures.\n", [(1, 1, "SL101", "info")]),
    ("The town voted twice. Only those who never crossed the river would call it safe.\n",
     [(1, 23, "SL101", "info")]),
    ("But only this can save the harbour.\n", [(1, 5, "SL101", "info")]),
    # an amount, not a party; the phrase's own verb before the modal; a comma; a quoted modal
    ("Only a few members will vote for the toll.\n", []),
    ("Only a small share of the boats are old and you can still sail them.\n", []),
    ("Only this, in the end, will matter.\n", []),
    ('Only this "can stop the closures", he said.\n', []),
    # not opening the sentence
    ("The ferry is only a boat that can cross the river.\n", []),
    # technical writing: a program's rule, not reported
    ("Install the package, then edit its configuration file.\n\n"
     "Only the module that defines the function can call it.\n", []),
])
def test_forty_seventh_sessions_only_a_party_before_a_modal(text, expected):
    """Issue 11's forty-seventh session (slrec47, superlative_absolutes.only_party_modal): "Only a
    reduction in spending can keep borrowing down", "Only such a movement can stop the attacks":
    "Only" opening the sentence, an article or a demonstrative, a party and can/could/will/would
    claims that nothing else could; info, outside technical writing."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a view the sentence hands to people it points back to: not the writer's ranking
    ("Most of them sincerely believe that the ferry is the best in the world.\n", []),
    ("Some of its admirers stress that the ferry was the longest lasting service.\n", []),
    ("They were sensible that delay would be more injurious to the town than any other course.\n", []),
    ("He thought it the greatest speech of the age.\n", []),
    # the writer's own view, a faith, a party vouching for itself, another clause: still a claim
    ("We believe that the ferry is the best in the world.\n", [(1, 34, "SL101", "warning")]),
    ("They believe they are the best crew in the world.\n", [(1, 23, "SL101", "warning")]),
    ("He left the harbour, and it was the worst storm in the world.\n", [(1, 33, "SL101", "warning")]),
    ("One of those held one of the most senior posts in the world.\n", [(1, 26, "SL101", "warning")]),
    # a semicolon ends the view: what follows is the writer's own claim
    ("They build what they believe will sell; the harbour has always thrived.\n", [(1, 53, "SL101", "warning")]),
])
def test_forty_first_sessions_a_view_handed_to_a_third_party(text, expected):
    """Issue 11's forty-first session (precsl41, reported_view.others_view): a ranking inside a
    view the sentence credits to people it points back to ("Most of them believe that", "some of
    its admirers stress that", "they were sensible that") is their view, not the writer's (RULES
    1; 7 warnings over the eighty-five sets, all wrong: chock, flute, kerf, spindle, hone twice
    and gusset)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


def test_forty_first_sessions_only_opening_a_rule_in_documentation():
    """In technical writing "Only when the cache is idle is the task allowed to run" and "Only by
    calling close() can the buffer be flushed" state a program's rules: both kinds are dropped
    there."""
    text = (
        "# Setup\n\nInstall the package with `pip install harbor` and run `harbor serve --port 8080`.\n\n"
        "Only when the cache is idle is the task allowed to run.\n\n"
        "Only by calling the close function can the buffer be flushed.\n"
    )
    assert [d for d in run(text) if d.code == "SL101"] == []


def test_forty_first_session_first_ever_is_info():
    """Issue 11, forty-first session (tier41, superlatives._first_ever): "first ever" and
    "first-ever" name what the speaker founds ("Tonight I propose the first ever national effort")
    or a record of the story told as often as they claim a rank: right 2 times of 7 at warning over
    the eighty-five sets, so info (shown with --picky). "the first ... in twenty years" stays info
    as before; "the first" alone is not reported."""
    text = (
        "Tonight we open the first ever ferry school on the coast.\n"  # 1
        "\n"
        "The town built its first-ever harbour crane.\n"  # 3
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == [(1, 21, "SL101", "info"), (3, 20, "SL101", "info")]


@pytest.mark.parametrize("text, expected", [
    # everyone but the party the sentence names: info, out of the default output
    ("Every chart is drawn by me and no one else.\n", [(1, 32, "SL101", "info")]),
    ("You can define units that no one else recognizes.\n", [(1, 27, "SL101", "info")]),
    ("Nobody else on the ferry is going to read your notes.\n", [(1, 1, "SL101", "info")]),
    # the frame that runs on to its verb, too (the forty-eighth session's review, cramp-docs)
    ("The owner decides over the plot, as no-one else uses it.\n", [(1, 37, "SL101", "info")]),
    # as an object, no finding (eighteenth session); a comparison with everyone stays a warning
    ("I blame no one else.\n", []),
    ("No one is better at routing than Harbor.\n", [(1, 1, "SL101", "warning")]),
])
def test_forty_first_sessions_no_one_else_is_info(text, expected):
    """Issue 11's forty-first session (precsl41): "no one else" or "nobody else" opening its
    clause excludes everyone but the party just named (the writer, the reader, the developers),
    not every rival in the world: 9 warnings over the eighty-five sets, 7 wrong (gusset 2,
    hatchet, mortise, plumb, quill, saw) and 2 right (shim, sledge), none on the corpus."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("sentence, word, expected", reported_view.EXAMPLES)
def test_others_view_examples(sentence, word, expected):
    # issue 11, forty-first session: the module's own examples (a comma before a word is a break)
    raw = sentence.split()
    words = [w.strip(".,").lower() for w in raw]
    breaks = {k for k in range(1, len(raw)) if raw[k - 1].endswith(",")}
    assert reported_view.others_view(words, breaks, words.index(word)) is expected


@pytest.mark.parametrize("text, expected", [
    # a habit the writer softens ("almost", "nearly" before always/never/invariably, a verb after)
    ("Ferry captains almost always check the tide tables twice.\n", [(1, 16, "SL101", "info")]),
    ("The harbour pilots nearly always prefer the north channel.\n", [(1, 20, "SL101", "info")]),
    ("In the port slang the word almost never refers to boats.\n", [(1, 28, "SL101", "info")]),
    ("The old ferry has almost invariably arrived late.\n", [(1, 15, "SL101", "info")]),
    # a copula beside the adverb judges or classes a thing: still a warning
    ("A tidal chart is almost always a better guide than a hunch.\n", [(1, 15, "SL101", "warning")]),
    ("The committee has almost always been divided on tolls.\n", [(1, 19, "SL101", "warning")]),
])
def test_forty_second_sessions_softened_habit_is_info(text, expected):
    """Issue 11's forty-second session (precsl42, superlative_softened): "almost always", "nearly
    always", "almost never", "almost invariably" before a lexical verb tell what a thing tends to
    do, the exceptions granted: over the eighty-eight sets 11 warnings wrong (ten sets) against 6
    right (vise 4, vault, anvil), so info; with a copula next to the adverb 4 right of 5."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # what nobody does to the reader: the reader the object of the verb
    ("You have no visitors, and nobody ever reads your logs.\n", [(1, 27, "SL101", "info")]),
    ("No one can take your boat away.\n", [(1, 1, "SL101", "info")]),
    ("Nobody can beat you at chess.\n", [(1, 1, "SL101", "info")]),
    # still warnings: a clause about the reader after the verb, and what nobody wants or does
    ("No one cares what you wear on the ferry.\n", [(1, 1, "SL101", "warning")]),
    ("No one wants to maintain a hundred config files.\n", [(1, 1, "SL101", "warning")]),
])
def test_forty_second_sessions_done_to_reader_is_info(text, expected):
    """Issue 11's forty-second session (precsl42, superlative_reader): "nobody" or "no one" with
    the reader as its verb's object tells the reader what will not happen to them, not a sweep
    over the world: 4 warnings over the eighty-eight sets, all wrong (dado, peg, forge, spindle)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a named source past an aside, after "according to" and a comma, or with a name of several
    # words before "phrase": the ranking is what the source says (RULES 1), not reported
    ("Harbor's mayor Jane Okafor, meanwhile, said the quay is the busiest in the region.\n", []),
    ("Jane Okafor, for example, once said that the port was a haven -- the only one in the history of the coast -- for sailors.\n", []),
    ("According to Okafor, the best harbour pilots never use charts.\n", []),
    ("In Mayor Jane Okafor's phrase, it was the finest quay ever built.\n", []),
    # still reported: an appositive after a name, a list of names, an aside of a capitalised word
    ("We met Jane Okafor, the best harbour pilot on the coast.\n", [(1, 21, "SL101", "warning")]),
    ("Okafor, Lee, said the quay is the busiest in the world.\n", [(1, 31, "SL101", "warning")]),
])
def test_forty_ninth_sessions_source_past_an_aside(text, expected):
    """Issue 11's forty-ninth session (slprec49, support.names_a_source and superlatives._appositive):
    a source named before an aside between commas ("Chirac, meanwhile, said"), after "according to"
    before the comma ("According to Billington, the best ..."), or by a name of several words ("In
    Senator Joseph McCarthy's phrase"), credits the ranking to the source: four traps (drill,
    pincer, spudger, scorp), none right."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # the writer as the object: what nobody does to the one telling it (info; out since the
    # fifty-eighth session, narr58: "me" the very object, superlative_own_life)
    ("Nobody could make me sweep the yard after that.\n", []),
    ("Nobody believes me, but the story is true.\n", []),
    ("Nobody = could send me out in the snow.\n", []),
    ("No one could take my boat from the quay.\n", [(1, 1, "SL101", "info")]),
    # still warnings: "us" (a nation's claim in an address), and the writer inside a clause
    ("Nobody can take our freedom from us.\n", [(1, 1, "SL101", "warning")]),
    ("No one knows more about trade than I do.\n", [(1, 1, "SL101", "warning")]),
])
def test_forty_ninth_sessions_done_to_writer_is_info(text, expected):
    """Issue 11's forty-ninth session (slprec49, superlative_reader): the writer as the object of
    the verb after "nobody" (me, my, myself) is a scene of the writer's own story or a joke, as the
    reader there is: warnings wrong 4 of 4 (whet, sander), none right."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a comparison among what the writer has met with, as a superlative's: not reported
    ("The drivers here are more courteous than any other drivers I've ever encountered.\n", []),
    ("He is one of the greatest teachers that I have encountered.\n", []),
    # still claims: the field, not the writer's meetings
    ("It is faster than any other parser on the market.\n", [(1, 14, "SL101", "warning")]),
    ("It is faster than any other parser I know of.\n", [(1, 14, "SL101", "warning")]),
])
def test_forty_ninth_sessions_writers_experience_compared(text, expected):
    """Issue 11's forty-ninth session (slprec49): "than any other ... I've ever encountered" and "the
    greatest ... I have encountered" rank among what the writer has met with (bellows Q7), as
    `_writers_experience` already read "I've seen": three traps (chamfer, mitre, wrench), none right."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # in technical writing a program's own qualities ranked: info, as "one of the best features of"
    ("Install the package, then edit its configuration file.\n\nHarbor's greatest strength is that it caches every query.\n",
     [(3, 1, "SL101", "info")]),
    ("Install the package, then edit its configuration file.\n\nHarbor's greatest ambition is to replace every cron job.\n",
     [(3, 1, "SL101", "info")]),
    # outside technical writing a claim, as before ("two of America's greatest strengths")
    ("The harbour was busy that year.\n\nThe town's greatest strength was its fleet.\n", [(3, 1, "SL101", "warning")]),
])
def test_forty_second_sessions_own_qualities_rank_parts(text, expected):
    """Issue 11's forty-second session (precsl42): strength, weakness, ambition, attribute and trait
    join the part nouns (_PART_NOUNS): in technical writing "Beartype's greatest strength is that",
    "Rust's greatest ambition is to" rank a program's own qualities, 4 wrong warnings in three sets
    (jointer 2, unseen, gimlet), none right; the speeches' "America's greatest asset" are claims."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # what a prospect holds out: opportunity, chance or prospect and for/of/to before the superlative
    ("We shall turn the flood into an opportunity for unprecedented growth.\n", [(1, 49, "SL101", "info")]),
    ("This Congress has a chance to be recorded as the greatest Congress in our history.\n", [(1, 46, "SL101", "info")]),
    ("There is every prospect of an era of trade of unprecedented size.\n", [(1, 47, "SL101", "info")]),
    # still warnings: the opportunity itself ranked, a comparison of the noun's own, a clause between
    ("This is the greatest opportunity in our history.\n", [(1, 9, "SL101", "warning")]),
    ("The town now has greater opportunity for its young people than ever before.\n", [(1, 59, "SL101", "warning")]),
    ("The chance we had, the best in a decade, was lost.\n", [(1, 20, "SL101", "warning")]),
])
def test_forty_second_sessions_prospect_is_info(text, expected):
    """Issue 11's forty-second session (precsl42, superlative_prospect): a superlative inside what
    an opportunity, a chance or a prospect holds out is a goal (M4), not a record asserted: 3
    warnings over the eighty-eight sets, all traps (bevel, mandrel, caliper)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # scalar "even" takes the far end of a scale to speak of all of it: the superlative ranks nothing
    ("But even the best ferry service in the world is only as good as its crews.\n", []),
    ("Even the finest harbour in the country cannot hold every ship.\n", []),
    ("Even among the most remote villages there is a wish for a school.\n", []),
    ("Even some of the youngest sailors know the tide tables.\n", []),
    # "even" elsewhere in the sentence: the ranking is still claimed
    ("The ferry is the best on the coast, even in winter.\n", [(1, 14, "SL101", "warning")]),
])
def test_forty_second_sessions_scalar_even_is_not_reported(text, expected):
    """Issue 11's forty-second session (precsl42, superlative_scalar): "even the best", "even
    among the most", "even some of the youngest" mark a scale's far end (S501), no ranking: 5
    findings over the eighty-eight sets, all wrong (lathe, spade, dado, flute)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a person's share of a project's work ranked: a credit, not the project against its rivals
    ("The harbour app started as a hobby, and I was the sole developer for two years.\n", [(1, 47, "SL101", "info")]),
    ("Ada was the only maintainer of the Windows port for three releases.\n", [(1, 9, "SL101", "info")]),
    ("Later, Sam became our #1 bug reporter.\n", [(1, 24, "SL101", "info")]),
    ("I remain the second most prolific contributor to the tide tables.\n", [(1, 10, "SL101", "info")]),
    ("She was one of the most active members of the release team.\n", [(1, 16, "SL101", "info")]),
    ("I have been the only person involved in the tide tables from the start.\n", [(1, 13, "SL101", "info")]),
    # still warnings: a share of the world's work, and a record among all people
    ("Harbor is the largest single contributor to the port's traffic.\n", [(1, 11, "SL101", "warning")]),
    ("He was the only captain in history to sail it twice.\n", [(1, 8, "SL101", "warning")]),
])
def test_forty_third_sessions_project_roles_are_info(text, expected):
    """Issue 11's forty-third session (precsl43, superlative_roles): "the sole developer", "the
    sole maintainer", "our #1 bug reporter", "the 2nd most prolific contributor", "one of the most
    involved members of the ... team", "the only person involved" rank a project's people by their
    part in it (RULES 3, brace Z1): 6 warnings over the ninety-one sets, all wrong (jig, lug 2,
    spline, brace, mitre), none right."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a label or a rating someone else gives: "called", "rated" after "to be" or a third person
    ("It's called the highest honor in the guild.\n", [(1, 13, "SL101", "info")]),
    ("Two years ago the ferry was rated one of the worst services in the county.\n", [(1, 42, "SL101", "info")]),
    ("The port was rated as having the world's most productive harbour.\n", [(1, 30, "SL101", "info")]),
    ("She spoke of the flood and of what she called the worst night of it.\n", [(1, 47, "SL101", "info")]),
    # still warnings: a call, an award, and the writer's own ranking
    ("I called the best plumber in town.\n", [(1, 10, "SL101", "warning")]),
    ("The port was named the busiest in the country.\n", [(1, 20, "SL101", "warning")]),
    ("The ferry is the best service in the county.\n", [(1, 14, "SL101", "warning")]),
])
def test_forty_third_sessions_labels_by_others_are_info(text, expected):
    """Issue 11's forty-third session (precsl43, superlative_labels): a ranking after "called" or
    "rated" (the passive, or a third person: "It's called the highest civilian honor", "was rated
    one of the worst schools", "what she called the worst of it") is a title, a rating or someone
    else's words: 4 warnings over the ninety-one sets, all traps by sentence (whet, hone, trowel,
    awl), none right."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("module", ["superlative_roles", "superlative_labels"])
def test_forty_third_sessions_module_examples(module):
    # the modules' own examples, read with a plain split (the check's words are norm_words')
    import importlib
    import re as _re

    mod = importlib.import_module("prosecheck.checks." + module)
    for sentence, word, expected in mod.EXAMPLES:
        lw = [w.lower() for w in _re.findall(r"[\w'’#-]+", sentence)]
        lw = [w.lstrip("#") for w in lw]
        if module == "superlative_roles":
            first, last = (w.lower().lstrip("#") for w in word)
            a = lw.index(first)
            b = lw.index(last, a)
            assert mod.ranks_a_role(lw, a, b) is expected, sentence
        else:
            assert mod.labelled_by_others(lw, lw.index(word)) is expected, sentence


def test_a_work_cited_after_the_superlative_supports_it():
    # RULES 2: a numbered section, or the page of a work quoted at the sentence's end, cited after
    # the superlative in plain text is its source (works_cited, fixes43); without it, a finding.
    text = (
        "Militarism has always been a favourite way for the elite to help the economy (see section D.8).\n\n"
        "Militarism has always been a favourite way for the elite to help the economy.\n\n"
        'Anarchists have always stressed what Kropotkin termed "local action" and argued that "the communes '
        'will act." [Act For Yourselves, p. 43] Thus the others follow.\n'
    )
    assert [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"] == [
        (3, 12, "SL101", "warning")]


@pytest.mark.parametrize("sentence, expected", inverted_condition.EXAMPLES)
def test_inverted_condition_examples(sentence, expected):
    from prosecheck.document import parse
    from prosecheck.checks.lexicon import norm_words

    doc = parse("a.md", sentence + "\n")
    s = doc.sentences[0]
    assert bool(inverted_condition.openers(norm_words(s.words), s.words, s.block.prose)) is expected


def test_a_superlative_inside_an_inverted_condition_is_a_hypothesis():
    # "Had X been ...", "Should X ...": a condition with no "if" supposes what it says (fixes43);
    # "had it not been for X" asserts X, and the main clause after a "should" condition is a claim.
    text = (
        "Had speculation been the only force at work, the market would have recovered.\n\n"
        "Should the need arise, the fleet is the finest in the world.\n\n"
        "It would have gone unnoticed, had it not been for the state-of-the-art fuzzer.\n"
    )
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == [
        (3, 37, "SL101"), (5, 55, "SL101")]


@pytest.mark.parametrize("text, expected", [
    # "none" outdone after a preposition, a stance adverb, or before its own verb
    ("The fair drew every town, and to none more so than to the river ports.\n", [(1, 34, "SL101")]),
    ("A new bridge is needed by all trades; by none more than the ferrymen.\n", [(1, 42, "SL101")]),
    ("Many towns are interested, and surely none more so than the harbour.\n", [(1, 39, "SL101")]),
    ("Among the matters before the council none are of greater weight than the tolls.\n", [(1, 38, "SL101")]),
    ("It matters to the whole valley and to no part of it more so than to the ports.\n", [(1, 36, "SL101")]),
    # "none" as the object of a view, the speaker's own leaning, Python's None, a count
    ("I can think of none more important than the bridge.\n", []),
    ("In respect to none am I more inclined to agree than to the council.\n", []),
    ("The option defaults to None more often than not.\n", []),
    ("It applies to none of the ports more than once.\n", []),
    ("The check fails if none is larger than the limit.\n", []),
])
def test_forty_fourth_sessions_none_after_a_preposition(text, expected):
    """Issue 11's forty-fourth session (slrec44, superlative_beyond.none_opens, no_part_more_so):
    "and to none more so than to the United States", "by none more than the holders of property",
    "and in none more than in respect to", "and surely none more so than", "none are of greater
    gravity than": every member of a kind outdone (5 claims in five of the ninety-one older sets,
    jig, lug, cleat, gauge, nib; 2 in spokeshave-docs; no negative)."""
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == expected


@pytest.mark.parametrize("text, expected", [
    # an equality denied to every rival, "none" equal to one, the comparative past the frames' reach
    ("The towns all trade grain, but none is so busy, loud and crowded as the port.\n", [(1, 32, "SL101")]),
    ("There are other ferries, but none are so widely used or trusted as the old barge.\n", [(1, 30, "SL101")]),
    ("Many mills copied the design, but none have kept its best parts as faithfully as this one.\n", [(1, 35, "SL101")]),
    ("Of all the floods the valley has seen, none are equal to the one of that spring.\n", [(1, 40, "SL101")]),
    ("Among the means tried to this end none have been attended with greater success than the canal.\n",
     [(1, 35, "SL101")]),
    ("Of the trades of the valley none is more tiring, more costly, and more risky in its hours than milling.\n",
     [(1, 29, "SL101")]),
    # a figure, a result, a role, the speaker's knowledge or feeling, a program's test, a count
    ("None of the mills grinds as many as half of the sacks.\n", []),
    ("None grinds as many as half of the sacks.\n", []),
    ("No miller is so rich and none so poor as to escape the toll.\n", []),
    ("The clerks are so busy that none emerges as a leader of the guild.\n", []),
    ("I know of none which promises so certain a yield as the canal.\n", []),
    ("Of all our works, none can give us more pleasure than the new bridge.\n", []),
    ("The loop stops if none is so large as the limit.\n", []),
    ("The loop stops when none is left, as the queue is empty.\n", []),
])
def test_forty_sixth_sessions_none_matched(text, expected):
    """Issue 11's forty-sixth session (slrec46, superlative_none.none_matched): "none" as its
    clause's subject compared with every member of its kind past the frames' reach, "none is so
    varied, vast and vigilant as", "none are so widely used or tested as", "none are equal to",
    "none have been attended with greater success than" (5 claims in four of the ninety-seven
    older sets, jig, nib, lathe, dovetail; 2 in chamfer-docs; no negative)."""
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == expected


@pytest.mark.parametrize("text, expected", [
    ("The old flag has been there for years, but almost nobody sets it.\n", [(1, 44, "SL101", "info")]),
    ("Multi-page output was supported by virtually no one at the time.\n", [(1, 36, "SL101", "info")]),
    ("Practically nobody who rents in the city can afford a house.\n", [(1, 1, "SL101", "info")]),
    # a count of things; "no one" heading a finding of its own (at warning, as before)
    ("Almost none of the old code can block.\n", []),
    ("Let us be honest: almost no one knows this option ever existed.\n", [(1, 26, "SL101", "warning")]),
])
def test_forty_sixth_sessions_nearly_nobody(text, expected):
    """Issue 11's forty-sixth session (slrec46, superlative_none.nearly_nobody): nearly nobody,
    the mirror of nearly everyone, at info (3 claims in three of the ninety-seven older sets,
    drawknife, kiln, scorp, against rake's unlabelled "almost nobody needs or wants to")."""
    assert [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"] == expected


@pytest.mark.parametrize("text, expected", [
    ("The value of the new bridge can not be overestimated.\n", [(1, 29, "SL101")]),
    ("Its importance to the valley cannot be overstated.\n", [(1, 30, "SL101")]),
    ("The facility it affords to trade can not be estimated too highly.\n", [(1, 34, "SL101")]),
    ("It would be impossible to overstate the effect of the bridge.\n", [(1, 13, "SL101")]),
    # the speaker's own insistence, a view of others, a measure that was overshot
    ("I can not too strongly urge upon you the need for a bridge.\n", []),
    ("This cannot be overstated: check the toll before you board.\n", []),
    ("Its effects are often exaggerated by its critics.\n", []),
    ("The cost was overestimated by ten percent.\n", []),
])
def test_forty_fourth_sessions_praise_beyond_estimate(text, expected):
    """Issue 11's forty-fourth session (slrec44, superlative_beyond.beyond_estimate): "can not be
    overestimated", "It would be impossible to overstate", "can not be estimated too highly": a
    thing ranked above any measure of it (shim-, dowel- and spokeshave-docs)."""
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Harbor is unique in that it routes without a registry.\n", [(1, 11, "SL101")]),
    ("Harbor is, to my knowledge, unique in using two queues.\n", [(1, 29, "SL101")]),
    ("The ferry is unique in the sense that it never docks.\n", [(1, 14, "SL101")]),
    ("That is why this charter is unique in our history.\n", [(1, 29, "SL101")]),
    ("We face a juncture of forces unique in this century.\n", [(1, 30, "SL101")]),
    ("Harbor is unique amongst routers in its price range.\n", [(1, 11, "SL101")]),
    # a program's fact, a place in it, a denial
    ("Names must be unique in the namespace.\n", []),
    ("The key is unique in that table.\n", []),
    ("Harbor is not unique in that respect.\n", []),
    ("Harbor is not unique in that it routes without a registry.\n", []),
])
def test_forty_fourth_sessions_unique_in(text, expected):
    """Issue 11's forty-fourth session (slrec44, superlative_unique.unique_in): "unique in that
    ...", "unique in using ...", "unique in our history": one of a kind said of a subject with its
    reason or a scope over history or the world (7 claims in six of the ninety-one older sets,
    cellar, gimlet, tenon, flute, mandrel, ferrule; 1 trap, spindle's view of a named author)."""
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == expected


@pytest.mark.parametrize("text, expected", [
    ("It was built on a scale unmatched by any other nation.\n", [(1, 25, "SL101")]),
    ("The valley has a unity that is unmatched in the history of the state.\n", [(1, 32, "SL101")]),
    ("Its fleet, unmatched today in river ferries, grew again.\n", [(1, 12, "SL101")]),
    # before a noun, one matcher named, denied; a program's state in technical writing
    ("The closing brackets are unmatched.\n", []),
    ("Requests unmatched by the router fall through.\n", []),
    ("Its uptime is not unmatched in the valley.\n", []),
    ("Install the package, then edit its configuration file.\n\nRoutes unmatched in the table fall "
     "through to the default handler.\n", []),
])
def test_forty_fourth_sessions_unmatched_after_its_noun(text, expected):
    """Issue 11's forty-fourth session (slrec44, superlative_beyond.unmatched_by): "unmatched" after
    its noun or a relative, followed by its rivals or its scope ("unmatched by any other nation",
    "unmatched in the history of freedom", "abundance unmatched on this globe"), outside technical
    writing: 5 claims in five of the ninety-one older sets (mallet, trowel, spade, scythe, froe),
    1 in scraper-docs, no negative."""
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == expected


@pytest.mark.parametrize("text, expected", [
    # in technical writing a reason for "unique" counts only of a bare name opening the sentence
    ("Install the package, then edit its configuration file.\n\nHarbor is unique in that it keeps no "
     "global registry.\n", [(3, 11, "SL101")]),
    ("Install the package, then edit its configuration file.\n\nThis event is unique in that it carries "
     "a payload.\n", []),
    ("Install the package, then edit its configuration file.\n\nThe `Numeric` class is unique in that it "
     "works for every type.\n", []),
])
def test_forty_fourth_sessions_unique_in_technical_writing(text, expected):
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == expected


@pytest.mark.parametrize("text, expected", [
    ("No domestic challenge is more crucial than the harbor.\n", [(1, 1, "SL101")]),
    ("No piece of unfinished business is more important than the bridge.\n", [(1, 1, "SL101")]),
    ("No question growing out of the valley's rapid growth is more important than water.\n", [(1, 1, "SL101")]),
    ("There can be no mistake more costly than delay.\n", [(1, 14, "SL101")]),
    ("There is no town in the valley more eager for the ferry.\n", [(1, 10, "SL101")]),
    ("There is nothing in the whole life of the valley more widely known.\n", [(1, 10, "SL101")]),
    ("There has been no town in the valley more eager for a bridge.\n", [(1, 16, "SL101")]),
    # a bound, the speaker's own knowledge, a second predicate, a count, a clause past a comma
    ("No crate in the hold is heavier than 40 pounds.\n", []),
    ("I know of no route more likely to succeed.\n", []),
    ("The ferry brings no advantage and may be more costly.\n", []),
    ("There is no more than one ferry a day.\n", []),
    ("There is no ferry today, more is the pity.\n", []),
])
def test_forty_fifth_sessions_rival_denied_to_a_phrase(text, expected):
    """Issue 11's forty-fifth session (slrec45, superlative_no_phrase): a rival denied to a whole
    noun phrase, the noun grown by modifiers before a linking verb and a comparative, or after
    an existential "there <be>" the comparative after the noun ("There can be no crime more serious
    than bribery"): what nothing else matches, outside technical writing (10 claims in ten of the
    ninety-four older sets, 2 traps: hoe, spindle, kerf S280's speaker ranking his own programme)."""
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == expected


def test_forty_fifth_sessions_rival_denied_to_a_phrase_not_in_technical_writing():
    text = ("Install the package, then edit its configuration file.\n\nThere are no known attacks on the "
            "cipher significantly better than brute force.\n")
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == []


def test_a_phrase_across_pod_markup_is_quoted_with_single_spaces():
    # POD read as plain text blanks "B<" and ">" in place: the message quotes the words as a reader
    # sees them, one space between, as HC101/HC102 do (forty-fifth session's review).
    found = lines(run("=head1 T\n\nIt is the B<most> popular editor in the world.\n", path="a.pod"))
    assert found == ['3:7: SL101 "the most popular" is a superlative with no source in this sentence: '
                     "cite one, or state the measurable fact"]


@pytest.mark.parametrize("text, expected", [
    # a ranking inside the speaker's wish, resolve or pledge: what ought to be, not what is (M4)
    ("I want visitors to come to the valley in the largest numbers ever.\n", []),
    ("We are determined that the fleet will remain the strongest in the world.\n", []),
    ("I'm determined that the fleet will remain the strongest in the world.\n", []),
    ("And I have pledged that as long as I am mayor, the crews will remain the best trained in the state.\n", []),
    ("I hope the new season will be better than ever.\n", []),
    ("Now it is time we became the best town in the world.\n", []),
    ("Hopefully, the crew knows more about the river than anyone else.\n", []),
    ("The valley's families deserve the world's best schools.\n", []),
    ("We don't want to be loud, we want to be kind, and then quietly be the best choice around.\n", []),
    # still claims: without the wish, inside a relative or a reason below it, framed by a verb of
    # knowing or telling, past a colon, an aside after the wish's end, someone else's wish
    ("The new season will be better than ever.\n", [(1, 31, "SL101")]),
    ("The crew knows more about the river than anyone else.\n", [(1, 37, "SL101")]),
    ("I want to thank the ferry's captain, who, more than any other sailor, kept the line running.\n",
     [(1, 48, "SL101")]),
    ("I hope that next year will be a year in which we solve one of the most critical problems we face.\n",
     [(1, 63, "SL101")]),
    ("We also hope the harbor stays the best in the world, because it is the busiest in the world.\n",
     [(1, 68, "SL101")]),
    ("I hope you know that the harbor is the best in the world.\n", [(1, 40, "SL101")]),
    ("I want to say this: the fleet is the strongest in the world.\n", [(1, 34, "SL101")]),
    ("That is what I intend to do and, considering more people ride our ferry than any other boat, the town "
     "agrees.\n", [(1, 73, "SL101")]),
    ("Just as I promised, we built the best bridge in the state.\n", [(1, 30, "SL101")]),
])
def test_forty_sixth_sessions_ranking_inside_the_speakers_wish(text, expected):
    """Issue 11's forty-sixth session (slprec46, superlative_wish): a ranking inside what the
    speaker wants, hopes, is determined on or has pledged, "it is time we ...", an opening
    "Hopefully" and "deserve" right before it is a goal (M4, S83, N5, S566), not a claim: 9 wrong
    warnings in seven of the ninety-seven older sets (bevel, dovetail, froe, mallet, plumb 2,
    rabbet, sledge 2), none right, by both pairings."""
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == expected


@pytest.mark.parametrize("text, expected", [
    # "For the first time" heading the sentence with no span: a record over all time, at info
    ("For the first time, more people cross the river by ferry than by bridge.\n", [(1, 1, "SL101", "info")]),
    ("For the first time the mayors of the valley towns met in one hall.\n", [(1, 1, "SL101", "info")]),
    ("For the first time we have built a levee that holds the spring flood.\n", [(1, 1, "SL101", "info")]),
    ("And for the first time since the Civil War, the two towns share a ferry.\n", [(1, 5, "SL101", "info")]),
    ("For the very first time, the ferry runs at night.\n", [(1, 1, "SL101", "info")]),
    ("The levee is finished. For the first time a ferry crosses at night.\n", [(1, 24, "SL101", "info")]),
    # not after a time or a place, not the speaker's own term, not the writer's experience, not
    # inside the sentence, not a compound noun, not a question
    ("Tonight, for the first time since the flood, the ferry is running.\n", []),
    ("For the first time during my term of office we face that contingency.\n", []),
    ("For the first time I understood what the letter meant.\n", []),
    ("We crossed the river for the first time, in May.\n", []),
    ("For the first time users of the ferry pay a toll.\n", []),
    ("For the first time, did the ferry run at night?\n", []),
    # a span keeps its own reader and tier
    ("For the first time in 65 years, the ferry runs at night.\n", [(1, 5, "SL101", "info")]),
])
def test_forty_eighth_sessions_first_time_heading_the_sentence(text, expected):
    """Issue 11's forty-eighth session (slrec48, superlative_first.first_time_opening): "For the
    first time" heading a sentence (past "And" or "But") with no span, before a comma, "since" or
    the clause's subject, claims a record over all time: 8 claims in eight of the one hundred and
    three sets before coping against 2 traps (froe, ember); at info, and not in technical writing."""
    assert [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"] == expected


def test_forty_eighth_sessions_first_time_not_in_technical_writing():
    text = ("Install the package, then edit its configuration file.\n\nFor the first time, run `harbor init` "
            "to write the configuration file.\n")
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == []


@pytest.mark.parametrize("text, expected", [
    # a common noun, a people's plural or a name's identity, then "has/have never": a state denied
    # over all of history, at info
    ("This valley has never found glory in floods.\n", [(1, 13, "SL101", "info")]),
    ("Our ferrymen have never asked the towns for a toll.\n", [(1, 14, "SL101", "info")]),
    ("The levee has never been popular with the farmers.\n", [(1, 11, "SL101", "info")]),
    ("Since the war the toll has never been paid without a vote.\n", [(1, 24, "SL101", "info")]),
    # a pronoun, a name, a program, an aim, what a product allows, a regret, the writer's own
    # story, a question
    ("We have never crossed the river at night.\n", []),
    ("It has never flooded here.\n", []),
    ("Guile has never been ported to the ferry's computer.\n", []),
    ("The parser has never accepted tabs.\n", []),
    ("The towns have never tried to build a bridge.\n", []),
    ("Users have never been able to book the ferry.\n", []),
    ("The flood should have never happened.\n", []),
    ("The writer has never seen such a crowd at the landing.\n", []),
    ("Has the ferry never crossed at night?\n", []),
    # a record the frames already read keeps its own reader and tier
    ("Relations between the towns have never been more peaceful.\n", [(1, 34, "SL101", "warning")]),
    ("Such towns have never been called upon to attempt it before.\n", [(1, 17, "SL101", "warning")]),
])
def test_fiftieth_sessions_has_never(text, expected):
    """Issue 11's fiftieth session (slrec50, superlative_absolutes.held_never): held_always's reading
    of the subject with "has/have never" ("This nation has never found glory in war", "Our flag has
    never waved over any community but in blessing", "the Bright book has never been particularly
    popular"): over the one hundred and nine sets before chuck about three right for two wrong,
    so at info; outside technical writing only."""
    assert [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"] == expected


def test_fiftieth_sessions_has_never_not_in_technical_writing():
    text = ("Install the package, then edit its configuration file.\n\nThe scheduler has never dropped a job "
            "since the queue moved to `harbor serve`.\n")
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == []


@pytest.mark.parametrize("text, expected", [
    # "by far the" and a superlative heading a subject or an object, said of no name
    ("By far the largest harvest of the valley was gathered in the wet year.\n", [(3, 1, "SL101", "warning")]),
    ("The ferry has carried by far the greatest share of the grain since the war.\n", [(3, 23, "SL101", "warning")]),
    ("Of all the boats on the river, by far the finest are the two old steamers.\n", [(3, 32, "SL101", "warning")]),
    ("The pilots are by far the most careful of the river men.\n", [(3, 16, "SL101", "warning")]),
    # among a few just named, among what the writer has met with, a comma inside, a question
    ("The steamer is by far the largest of the three boats.\n", []),
    ("It was by far the finest harvest I have ever seen.\n", []),
    ("By far, the largest harvest came in the wet year.\n", []),
    ("Was by far the largest harvest gathered in the wet year?\n", []),
])
def test_fifty_first_sessions_by_far_the_superlative(text, expected):
    """Issue 11's fifty-first session (slrank51, superlative_by_far): "by far the finest ... are
    two large French engravings", "has embraced by far the greatest proportion of that debt": the
    writer puts a thing far ahead of every rival, a ranking the check missed when no subject or
    name carries it (outside technical writing 9 claims in eight of the one hundred and fifteen
    sets against 1 trap)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


def test_fifty_first_sessions_by_far_not_in_technical_writing():
    """In documentation "by far the largest submodule" describes a program's own parts."""
    text = "The parser is by far the largest module in the server config code.\n"
    assert [d for d in run(_MANUAL + "\n\n" + text) if d.code == "SL101"] == []


@pytest.mark.parametrize("text, expected", [
    ("Vega is one of the world's foremost geologists.\n", [(3, 16, "SL101", "warning")]),
    ("The valley's foremost pilot retired in the spring.\n", [(3, 1, "SL101", "warning")]),
    ("First and foremost, the levee must be mended.\n", []),
])
def test_fifty_first_sessions_foremost_is_a_superlative(text, expected):
    """"foremost" joins the lexicon's superlatives of quality (slrank51): "one of the world's
    foremost marine geologists", "Sweden's foremost critic of the period"; "first and foremost"
    ranks nothing."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # any adjective "most" grades, said of a subject by "to be": a warning
    ("It is the most demoralizing habit of the valley towns.\n", [(3, 7, "SL101", "warning")]),
    ("This is the most endearing of the river festivals.\n", [(3, 9, "SL101", "warning")]),
    ("The pilots were the most reckless of the river men.\n", [(3, 17, "SL101", "warning")]),
    # heading an object or a subject, or after an existential "there": no finding
    ("The council gave the valley the most generous grant in the county.\n", []),
    ("The most generous grant went to the valley.\n", []),
    ("There must always be the most rigid inspection of the levee.\n", []),
    # the lists' words keep their own reading: need, time, an adverb
    ("The council must help the most vulnerable families in the valley.\n", []),
    ("The most recent flood reached the second step of the town hall.\n", []),
])
def test_fifty_first_sessions_any_adjective_most_grades_outside_documentation(text, expected):
    """Issue 11's fifty-first session (slrank51, superlative_prose.graded_quality): outside
    documentation "the most" and an adjective no list names ranks a quality ("This is the most
    endearing of Lao ceremonies", "It is the most demoralizing factor in our public life"), not a
    size or an order, when said of a subject by "to be" (elsewhere right as often as wrong: no
    finding)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


def test_fifty_first_sessions_any_adjective_most_in_documentation_is_not_reported():
    text = "This is the most permissive mode of the server config file.\n"
    assert [d for d in run(_MANUAL + "\n\n" + text) if d.code == "SL101"] == []


def test_fifty_third_session_verse_is_the_poems_words():
    """prec53 (checks/verse.py, voice.others_blocks): a superlative in a paragraph set as verse
    (three or more short lines, each opening with a capital, two or more running on) is the
    poem's, not a ranking the page makes; the same words as prose are reported."""
    text = (
        "# Ode\n"  # 1
        "\n"
        "The mayor was the finest man in the world,\n"  # 3
        "And no one could doubt his word;\n"  # 4
        "He kept the peace, as poets said,\n"  # 5
        "Until the day that he was dead.\n"  # 6
        "\n"
        "The mayor was the finest man in the world.\n"  # 8
    )
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == [(8, 15, "SL101")]


def test_fifty_third_session_nearly_everyone_recounted_is_info():
    """prec53 (superlative_absolutes.nearly_everyone_recounted, kind frame:everyonepast): nearly
    everyone with a past verb right after it recounts an occasion or a state of history, at
    info; with a present verb it sweeps over the world as it stands, a warning."""
    text = (
        "After almost everyone had gone, the hall was quiet.\n"  # 1
        "Something which almost everyone said was impossible was done.\n"  # 2
        "Virtually everyone thinks the name comes from music.\n"  # 3
        "Nearly everyone is agreed on the plan.\n"  # 4
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == [(1, 7, "SL101", "info"), (2, 17, "SL101", "info"), (3, 1, "SL101", "warning"),
                   (4, 1, "SL101", "warning")]


@pytest.mark.parametrize("text, expected", [
    # outside technical writing, "we" or "they" and "ever" (or "so far") after the superlative's
    # noun: a ranking over all the speaker's side has had, a warning
    ("The valley now has the best harbor we have ever had on the river.\n", [(3, 20, "SL101", "warning")]),
    ("The council passed the toughest flood rules we've ever seen.\n", [(3, 20, "SL101", "warning")]),
    ("The levee was the best investment we have ever made.\n", [(3, 15, "SL101", "warning")]),
    ("Under the most careless mayor we've had so far, the levee fell apart.\n", [(3, 7, "SL101", "warning")]),
    # the writer's or the listener's experience, a hope, a condition: no finding
    ("It was the finest harvest I have ever seen.\n", []),
    ("The council wants the best harbor we will ever build.\n", []),
    ("The pilots came to the finest harvest, if we have ever seen one.\n", []),
])
def test_fifty_third_sessions_ranking_over_the_sides_past(text, expected):
    """Issue 11's fifty-third session (rank53, superlative_ever.side_past_relative): "the best
    relationship we've ever had with China", "the best security posture we have ever had", "the
    most liberal president we've had so far": outside documentation "we" and "ever" sweep over
    everything the speaker's nation or side has had, a record, not one writer's experience (5
    claims in four of the one hundred and eighteen sets before wimble, 1 in wimble, no trap)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


def test_fifty_third_sessions_side_past_not_in_technical_writing():
    """In documentation "the fastest build we've ever had" is a project's own history."""
    text = "This is the fastest build of the server config tool we have ever had.\n"
    assert [d for d in run(_MANUAL + "\n\n" + text) if d.code == "SL101"] == []


@pytest.mark.parametrize("text, expected", [
    # a count between "the" and the superlative reads as the superlative alone: the same gates
    ("The valley sent the two most celebrated pilots in the world to the race.\n", [(3, 17, "SL101", "warning")]),
    ("The pilots are the three most careful men of the river towns.\n", [(3, 16, "SL101", "warning")]),
    # an order or a size heading an object, said of no name: no finding, as without the count
    ("The council kept the two most recent reports of the flood.\n", []),
    ("The ferry carried the two largest boats of the town.\n", []),
])
def test_fifty_third_sessions_a_count_before_the_superlative(text, expected):
    """Issue 11's fifty-third session (rank53): "the two most celebrated athletes on the planet",
    "the three most distinctly disagreeable words in the language": a count after "the" hid the
    superlative from every reading (only "the three highest-paid executives" was read); now the
    superlative is read as without it, through the same gates (5 claims in five of the one hundred
    and eighteen sets, no wrong finding)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


def test_fifty_fourth_session_one_persons_habit_of_mind_is_info():
    """slprec54 (superlative_absolutes.one_persons_habit, kind frame:habitone): a habit of mind
    said of "he" or "she" is one person's story or biography, at info; said of a people, of
    "we" with a people named or of a capitalised plural, it sweeps, a warning."""
    text = (
        "He never forgot the flood that took the mill.\n"  # 1
        "She had always believed the harbor would close.\n"  # 2
        "Northerners never think about the levee.\n"  # 3
        "We Americans have always felt a kinship with the river.\n"  # 4
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == [(1, 1, "SL101", "info"), (2, 1, "SL101", "info"), (3, 1, "SL101", "warning"),
                   (4, 14, "SL101", "warning")]


def test_fifty_fourth_session_only_then_with_a_future_is_info():
    """slprec54 (superlative_absolutes.then_foretold, kind frame:onlythenwill): "Only then will
    we ..." foretells the outcome of a condition just named, at info; "Only then can farmers
    ..." (what is possible only so) stays a warning."""
    text = (
        "Only then will we be able to rebuild the bridge.\n"  # 1
        "Only then, perhaps, will he sell the mill.\n"  # 2
        "Only then can farmers sell their grain.\n"  # 3
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == [(1, 1, "SL101", "info"), (2, 1, "SL101", "info"), (3, 1, "SL101", "warning")]


def test_fifty_fourth_session_no_more_than_any_other_is_info():
    """slprec54 (superlative_equals.equals_every_rival): a comparative that "no" or "any" denies
    before "than any other" puts the thing level with the class, at info; without the denial the
    comparison ranks it above every rival, a warning."""
    text = (
        "The ferry has no more cargo room than any other boat on the river.\n"  # 1
        "The ferry has more cargo room than any other boat on the river.\n"  # 2
        "The mayor knew no more about dredging than any other clerk.\n"  # 3
        "The council did not fund the ferry any more than any other town did.\n"  # 4
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == [(1, 34, "SL101", "info"), (2, 31, "SL101", "warning"), (3, 39, "SL101", "info"),
                   (4, 45, "SL101", "info")]


@pytest.mark.parametrize("words, expected", [
    ("no more appeal than any other work".split(), True),
    ("knew no more about military science and tactics than any other desk officer".split(), True),
    ("speech any more than any other company".split(), True),
    ("has more appeal than any other work".split(), False),
    ("no more delays for the tougher than any other".split(), False),  # its own comparative in -er
])
def test_equals_every_rival(words, expected):
    from prosecheck.checks.superlative_equals import equals_every_rival
    assert equals_every_rival(words, words.index("than")) is expected


@pytest.mark.parametrize("text, expected", [
    # "one of the great" and a scope over every rival: an age, the world, all time, history
    ("The old mill is one of the great mills of the world.\n", [(3, 17, "SL101", "warning")]),
    ("These questions have remained one of the great river mysteries of all time.\n", [(3, 31, "SL101", "warning")]),
    ("She is one of the great millers of our time, and the town knows it.\n", [(3, 8, "SL101", "warning")]),
    ("The valley produced one of the great painters of the Nineteenth Century.\n", [(3, 21, "SL101", "warning")]),
    ("The town met in one of the great moments in the history of the valley.\n", [(3, 17, "SL101", "warning")]),
    ("This will be the great flood of all time.\n", [(3, 14, "SL101", "warning")]),
    # no scope, a name, a quantity, a group named with the article alone, a mark, a question
    ("One of the great things about the mill is its wheel.\n", []),
    ("It is one of the great ironies of life that the mill burned.\n", []),
    ("He sailed on one of the Great Lakes of the world.\n", []),
    ("The great majority of the world's mills are small.\n", []),
    ("They counted among the great names in its history the two millers.\n", []),
    ("It is one of the great mills, of all time the oldest.\n", []),
    ("Is this one of the great mills of the world?\n", []),
])
def test_fifty_fifth_sessions_one_of_the_great(text, expected):
    """rank55 (superlative_great): "one of the great sea mysteries of all time", "one of the great
    singers of our time", "one of the great companies of the world": "great" after "one of the"
    with a scope over every rival ranks as "greatest" does (5 claims in five of the one hundred
    and twenty-seven sets, four of them among the one hundred and twenty-four before riffler,
    against 2 findings on no superlative item, both in sickle)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # the existential "there" opening its clause, "has never been" and a thing: a record over all time
    ("There has never been anything like the flood of that spring.\n", [(3, 1, "SL101", "warning")]),
    ("The pilots were furious, because there's never been so much water in the valley.\n", [(3, 34, "SL101", "warning")]),
    ("The fact that there has never been a ferry which has not sunk proves the point.\n", [(3, 15, "SL101", "warning")]),
    ("Never have there been six years of such steady harvests in our history.\n", [(3, 1, "SL101", "warning")]),
    # "there" a place, a condition, "another" (an order): no finding
    ("The man who left the cart there has never been identified.\n", []),
    ("If there has never been a flood, the levee is high enough.\n", []),
    ("Since there has never been another timetable, we call it the old one.\n", []),
    # "Never", an inverted auxiliary, a subject a noun phrase, a comparative: a record over all time
    ("Never has an issue been more demagogued by its opponents.\n", [(3, 1, "SL101", "warning")]),
    ("Never has a council had a greater chance to mend the levee.\n", [(3, 1, "SL101", "warning")]),
    ("And never was a people more united in purpose.\n", [(3, 5, "SL101", "warning")]),
    # a pronoun as the subject, "more" heading no adjective, no comparative: no finding
    ("Never have I seen the river so high.\n", []),
    ("Never has it mattered more that the pilots work together.\n", []),
    ("Never has a town seemed to have had more and enjoyed it less.\n", []),
    ("Never has any pilot sailed the river alone.\n", []),
    # "nobody's ever", "no one's ever": "has ever" contracted, as "nobody has ever" is read
    ("The water rose over the levee, and nobody's ever seen anything like it.\n", [(3, 36, "SL101", "warning")]),
    ("No one\u2019s ever sailed the river in a week.\n", [(3, 1, "SL101", "warning")]),
    ("Nobody's perfect, and the pilots know it.\n", []),
    ("The ferry runs on time if nobody's already taken the last seat.\n", []),
    # the speaker's nation or side, or the world, has lived nothing like it: a record over all time
    ("America never witnessed anything like this before.\n", [(3, 1, "SL101", "warning")]),
    ("The pilots agree that we've never had anything like this happen on the river.\n", [(3, 23, "SL101", "warning")]),
    ("We haven't seen anything like this, the flood all over the valley.\n", [(3, 1, "SL101", "warning")]),
    # someone's experience, a condition: no finding
    ("I've never seen anything like it.\n", []),
    ("They've never seen anything like it.\n", []),
    ("If we have never seen anything like it, we should say so.\n", []),
])
def test_fifty_fifth_sessions_records_over_all_time(text, expected):
    """Issue 11's fifty-fifth session (sweep55, superlative_ever.there_never_been and
    never_inverted, superlatives._nobody_does): the existential "there has never been" (2 claims in
    bellows and gauge, 1 inverted in shim, 3 in dibber), "Never" inverting a noun phrase before a
    comparative (bevel, plumb, wimble), "nobody's ever" (swarf, dibber) and "we've never had
    anything like this" (dowel, swarf, dibber): 14 claims, no wrong finding over the one hundred
    and twenty-seven sets."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # "the first" and its noun, then "in" history or the world
    ("The town built the first stone mill in American history.\n", [(3, 16, "SL101", "warning")]),
    ("Our valley will have the first $2 million harvest in the history of the world.\n", [(3, 22, "SL101", "warning")]),
    ("We hold together the first union of mill towns in the history of man.\n", [(3, 18, "SL101", "warning")]),
    ("It was the first milling school in the world.\n", [(3, 8, "SL101", "warning")]),
    ("He was the first Miller in our history to grind by steam.\n", [(3, 8, "SL101", "warning")]),
    # a person's standing in an office, no noun, an order, a mark, a question
    ("Anna Berg is the first Swedish-American Governor in the history of our state.\n", []),
    ("The flood was the first in American history in which the mill stood.\n", []),
    ("Version 2 was the first release in the mill's history to run at night.\n", []),
    ("It was the first mill, in our history, to burn.\n", []),
    ("Is this the first stone mill in American history?\n", []),
])
def test_fifty_fifth_sessions_first_over_history(text, expected):
    """rank55 (superlative_first.first_in_history): "the first political party in American
    history", "the first $2 trillion economy in the history of the world", "the first President
    in American history to intervene in a strike": a first over every year there has been (5
    claims in four of the one hundred and twenty-four sets before riffler, no trap); not "the
    first Chinese-American Governor in the history of our country" (vise's and punch's traps)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


def test_fifty_fifth_sessions_first_over_history_not_in_technical_writing():
    """In documentation "the first port in the project's history" tells the project's own order."""
    text = "Harbor 2 was the first router port in the history of the project.\n"
    assert [d for d in run(_MANUAL + "\n\n" + text) if d.code == "SL101"] == []


def test_fifty_fifth_sessions_there_never_been_not_in_technical_writing():
    """In documentation "there has never been a 2.0 release" is a project's own history."""
    text = "There has never been a stable release of the server config tool with the new format.\n"
    assert [d for d in run(_MANUAL + "\n\n" + text) if d.code == "SL101"] == []


@pytest.mark.parametrize("text, expected", [
    # "the ultimate in" a noun; "the ultimate" said of a subject by "to be" or a verb of offering
    ("It was the ultimate in mill design.\n", [(3, 8, "SL101", "warning")]),
    ("The old miller is the ultimate village craftsman.\n", [(3, 19, "SL101", "warning")]),
    ("The mill provides the ultimate guarantee of a good harvest.\n", [(3, 19, "SL101", "warning")]),
    ("We spared the town the ultimate in hardship.\n", [(3, 20, "SL101", "warning")]),
    # "final": a goal, a purpose, a cause; a modal, a denial, no verb, a mark, a question
    ("The ultimate goal of the mill is a fine flour.\n", []),
    ("Grinding is the ultimate purpose of the mill.\n", []),
    ("The floods are the ultimate causes of the famine.\n", []),
    ("It will have to be the ultimate solution.\n", []),
    ("The mill does not try to be the ultimate source of flour.\n", []),
    ("The ultimate, indivisible unit of flour is the grain.\n", []),
    ("Is this the ultimate in mill design?\n", []),
])
def test_fifty_sixth_sessions_the_ultimate(text, expected):
    """rank56 (superlative_ultimate): "It was the ultimate in monolithic mail packages", "the
    ultimate in evil", "Clinton is the ultimate liberal Washington insider", "The nuclear deterrent
    provides the ultimate guarantee of our national security": "ultimate" ranking, not "final" (5
    claims in five of the one hundred and twenty-seven sets before peen and 1 in peen, against 2
    findings on no superlative item, a reported one each in bellows and holdfast)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


def test_fifty_sixth_sessions_the_ultimate_said_not_in_technical_writing():
    """In documentation "is the ultimate fallback" is a program's last resort; "the ultimate in"
    still ranks there."""
    said = "The default encoding is the ultimate fallback encoding of the parser.\n"
    assert [d for d in run(_MANUAL + "\n\n" + said) if d.code == "SL101"] == []
    ranked = "Harbor is the ultimate in router design.\n"
    assert [(d.line, d.col) for d in run(_MANUAL + "\n\n" + ranked) if d.code == "SL101"] == [(3, 11)]


@pytest.mark.parametrize("text, expected", [
    # a course ranked best as the complement of "to be", its subject a noun phrase
    ("Working together is the best way to save the mill.\n", [(3, 21, "SL101", "warning")]),
    ("A second bridge is still the surest path to a busy market.\n", [(3, 26, "SL101", "warning")]),
    ("Shared labour is the most democratic way of running a farm.\n", [(3, 18, "SL101", "warning")]),
    ("A toll on the bridge is the best means to pay for it.\n", [(3, 25, "SL101", "warning")]),
    # a pronoun, a demonstrative or a moment as the subject; a modal, a denial; the writer's telling;
    # a mark; a question
    ("It is the best way to save the mill.\n", []),
    ("This is the best way to save the mill.\n", []),
    ("Now is the best time to save the mill.\n", []),
    ("A toll may be the best way to pay for the bridge.\n", []),
    ("A toll is not the best way to pay for the bridge.\n", []),
    ("A story is the best way to put it.\n", []),
    ("A toll is the best, way to pay for the bridge.\n", []),
    ("Is a toll the best way to pay for the bridge?\n", []),
])
def test_fifty_sixth_sessions_course_said(text, expected):
    """rank56 (superlative_course): "Working together is the best way to solve our problems",
    "private health insurance is the best way to meet their needs", "weakness is the surest path
    to conflict": a course ranked best as the complement of "to be", outside technical writing (7
    claims in six of the one hundred and twenty-seven sets before peen and 1 in hasp, against 1
    finding on no item, a second ranking in rasp's sentence)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


def test_fifty_sixth_sessions_course_said_not_in_technical_writing():
    """In documentation "a cross-merge is the best way to resolve them" is advice to the reader."""
    text = "A clean rebuild is the best way to clear the cache of the server.\n"
    assert [d for d in run(_MANUAL + "\n\n" + text) if d.code == "SL101"] == []


@pytest.mark.parametrize("text, expected", [
    # a name ending in "s" and its bare apostrophe, as "Atlas's" with "'s"
    ("It is one of Atlas' biggest wins.\n", [(3, 14, "SL101", "warning")]),
    ("The flood removed the United Nations\u2019 most controversial leader.\n", [(3, 30, "SL101", "warning")]),
    # not a common noun's plural ("the maintainers' best efforts"), nor a quoted name
    ("In spite of the maintainers' best efforts, the mill fails.\n", []),
    ("The 'Atlas' best feature is its wheel.\n", []),
])
def test_fifty_sixth_sessions_bare_possessive(text, expected):
    """rank56 (superlatives._bare_possessive): "one of Emacs' biggest wins", "the United Nations'
    most controversial leader", "the United States' most trusted professions": a name's possessive
    spelt with a bare apostrophe ranks as "Emacs's biggest" does (2 claims in two of the one
    hundred and twenty-seven sets before peen, quarry and knurl, and 2 in hasp; no other finding)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a field, a people or a place owning the history a ranking runs over
    ("For the first time in political history, the mill ran at night.\n", [(3, 5, "SL101", "warning")]),
    ("For the first time in Swedish history, the mill ran at night.\n", [(3, 5, "SL101", "warning")]),
    ("The town set the most stringent flour rules in grain trade history.\n", [(3, 14, "SL101", "warning")]),
    ("We cut fees 50 percent, the largest cut in Puerto Rico history.\n", [(3, 25, "SL101", "warning")]),
    ("We are the most extraordinary mill town in all of history.\n", [(3, 8, "SL101", "warning")]),
    # a program's or a person's own record; a verb's words before "history"
    ("For the first time in browser history, the page ran at night.\n", []),
    ("For the first time in your family history, the mill ran at night.\n", []),
])
def test_fifty_seventh_sessions_history_owned_by_a_field(text, expected):
    """history57 (superlative_frames.history_scope): "the most crippling ... in political history",
    "the largest tax cut in Puerto Rico history", "for the first time in Swedish history", "the
    most stringent verification regime in arms control history", "in all of history": the
    history a field, a people or a place owns is all the years there have been, as "in American
    history" is."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of outdoing over every rival, a list of them too
    ("We can outbake, outmill, and outsell anybody in the valley.\n", [(3, 8, "SL101", "warning")]),
    ("On a level field our millers can out-grind anyone.\n", [(3, 34, "SL101", "warning")]),
    ("Our millers out-grind the rest of the world.\n", [(3, 13, "SL101", "warning")]),
    # not a noun or an adjective in "out", not everyone but those named, not an aim or a forecast
    ("It is outside anyone's control.\n", []),
    ("The output everyone sees is plain.\n", []),
    ("He outmilled everyone else in the room.\n", []),
    ("We need to out-grind the rest of the world.\n", []),
    ("We must outsell everybody this year.\n", []),
])
def test_fifty_seventh_sessions_outdoes_everyone(text, expected):
    """history57 (superlative_outdo): "we can outproduce, outcompete, and outsell anybody", "we can
    out-compete anyone, anywhere on Earth", "outproduce anybody in the world": a verb of outdoing
    over every rival ranks its subject first of all (4 claims in kiln, punch 2 and quoin, no other
    finding; hone's aim "We need to out-innovate ... the rest of the world" left)."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # the speaker as the universal's subject "I" or its verb's object "me": the speaker's own life
    ("On that evening I had never before stood in so large a crowd of strangers.\n", []),
    ("Nobody would gain from me leaving the mill that winter.\n", []),
    # the forty-ninth session's shape, "me" the very object of nobody's verb: out since narr58
    ("Nobody believes me, but the mill closed that winter.\n", []),
    ("The foreman said my uncle has always been there for me and my brothers.\n", []),
    ("The nurses at the clinic listened to me as no one else has.\n", []),
    # still claims: the nation's record, a boast over everyone, the world swept
    ("The valley has worked with its neighbors in ways we have never before.\n", [(3, 58, "SL101", "warning")]),
    ("Nobody knows the river better than me.\n", [(3, 1, "SL101", "warning")]),
    ("Nobody believes the mill will reopen this year.\n", [(3, 1, "SL101", "warning")]),
])
def test_fifty_seventh_sessions_universal_over_the_speakers_life(text, expected):
    """prec57 (superlative_own_life.about_speakers_life): a universal whose event happens to the
    speaker ("I had never before been in a similar situation", "my father has always been there for
    me", "They listened to me as no one else has", "nobody would benefit from me dying") is the
    speaker's own story (RULES 3): 2 wrong warnings in two of the one hundred and thirty sets
    before tamp (chuck, scraper) and 3 wrong findings in quoin and snips, none right by either
    pairing."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("There can be no higher priority than a new levee for the valley.\n", []),
    ("The levee is perhaps the most important priority I'd like to address tonight.\n", []),
    # another's agenda, and a ranking of something else
    ("The levee is the valley's highest priority.\n", [(3, 14, "SL101", "warning")]),
    ("The levee is the most important project in the valley.\n", [(3, 14, "SL101", "warning")]),
])
def test_fifty_seventh_sessions_a_priority_ranked(text, expected):
    """prec57 (superlative_own_life.ranks_priority): a ranking of a priority ("There can be no
    higher priority than prompt enactment of ...", "I have no higher priority than the safety of
    the people of my state", "perhaps the most important priority I'd like to address tonight")
    states the speaker's own agenda (S1044): traps in holdfast, dibber and snips, no claim of the
    shape in the sets; not a third party's ("China's highest priority")."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("sentence, first, last, which, expected", superlative_own_life.EXAMPLES)
def test_superlative_own_life_examples(sentence, first, last, which, expected):
    # the module's own examples, read with a plain split (the check's words are norm_words')
    import re as _re

    lw = [w.lower() for w in _re.findall(r"[\w'’-]+", sentence)]
    gaps = _re.split(r"[\w'’-]+", sentence)[1:]
    a = lw.index(first)
    b = lw.index(last, a)
    fn = superlative_own_life.about_speakers_life if which == "life" else superlative_own_life.ranks_priority
    assert fn(lw, a, b, lambda k: gaps[k]) is expected, sentence


@pytest.mark.parametrize("text, expected", [
    # outside technical writing: one aspect, feature or example of a thing ranked first at the
    # head of the subject, a copula after it
    ("The most damning aspect of the levee report is its silence on the spring floods.\n", [(3, 1, "SL101", "warning")]),
    ("Perhaps the most remarkable thing about the new ferry is its speed.\n", [(3, 9, "SL101", "warning")]),
    ("The most cynical, costly and cruel feature of the toll is that it falls on the poor.\n", [(3, 1, "SL101", "warning")]),
    ("The most blatant example of this waste was the second bridge.\n", [(3, 1, "SL101", "warning")]),
    # a share, the writer's own point illustrated, an order, no copula, not at the head
    ("The largest part of the harvest goes to the mill.\n", []),
    ("The very best example of this is the ferry.\n", []),
    ("The most recent example of the floods was in May.\n", []),
    ("The most striking features of the valley: the river, the levee and the mill.\n", []),
    ("We read about the most damning aspect of the levee report.\n", []),
])
def test_fifty_eighth_sessions_an_aspect_ranked_first_outside_technical_writing(text, expected):
    """Issue 11's fifty-eighth session (rank58, superlative_subjects.ranked_aspect): "The most
    damning aspect of the new report ... is ...", "The most remarkable thing about the Trump
    presidency may be ...": one side of a thing the sentence names ranked above all its others at
    the head of the subject, a judgement the writer owes a ground for (RULES 3); outside
    technical writing (10 claims in nine of the one hundred and thirty-three sets before hob
    against 3 traps). Not "part of" (a share), "the best example of this is" (the writer's own
    point illustrated), "the most recent" (an order), a list's head, nor past the head."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


def test_fifty_eighth_sessions_an_aspect_ranked_first_in_documentation_is_left():
    """In documentation the same head describes the program's own material ("The most useful
    feature of the parser is ..."): not reported."""
    assert codes(run(_MANUAL + "\n\n" + "The most useful feature of the parser is its error recovery.\n")) == []


@pytest.mark.parametrize("text, expected", [
    # the course counted among the first of all: "one of the" and a plural course noun
    ("Watching the river is also one of the best ways to protect the mill.\n", [(3, 28, "SL101", "warning")]),
    ("We built the levee, because that is one of the surest ways to keep the farms dry.\n", [(3, 37, "SL101", "warning")]),
    # a pronoun that names nothing, a modal, a singular after "one of", past a mark
    ("It is one of the best ways to save the mill.\n", []),
    ("A toll may be one of the best ways to pay for the bridge.\n", []),
    ("A toll is one of the best way to pay for the bridge.\n", []),
    ("A toll is one of the best, ways to pay for the bridge.\n", []),
])
def test_fifty_eighth_sessions_course_said_one_of(text, expected):
    """rank58 (superlative_course.course_said): "Providing 2 years of community college ... is one
    of the best ways to do that", "because that is one of the best ways to keep our people
    healthy": the course ranked among the first of all as the complement of "to be", outside
    technical writing (mallet, rasp; sett), no other finding over the one hundred and
    thirty-six sets. After "one of" a demonstrative subject counts: it points at the policy just
    named; "it" still does not."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a world, a country or a nation qualified by one or two words is a scope
    ("The valley has the lowest rents in the developed world.\n", [(3, 16, "SL101", "warning")]),
    ("The mill paid the highest price in the entire world for grain.\n", [(3, 15, "SL101", "warning")]),
    ("It was the largest farming cooperative in the English-speaking world.\n", [(3, 8, "SL101", "warning")]),
    ("The river pilots earn the lowest wages in the whole country.\n", [(3, 23, "SL101", "warning")]),
    # not "the real world", which sets practice against theory; not a preposition between
    ("The levee holds the highest water in the real world.\n", []),
    ("The mill shows the highest prices in the valley of the world.\n", []),
])
def test_sixtieth_sessions_qualified_world_is_a_scope(text, expected):
    """Issue 11's sixtieth session (rank60, superlatives._qualified_world): "the lowest
    unemployment in the developed world", "from the highest price in the entire world to the
    lowest", "the largest progressive democracy in the modern world": a ranking over a world, a
    country or a nation that a word or two qualifies ranks among all of it, as "in the world" does
    (bevel, gimlet; gib twice). Not "in the real world"."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # the speaker's side ranked over the world: a reference noun, the first person plural, no figure
    ("Yet we have the largest farming population in the world.\n", [(3, 13, "SL101", "warning")]),
    ("We remain the world's strongest economy.\n", [(3, 11, "SL101", "warning")]),
    ("Our valley still has the richest river towns on Earth.\n", [(3, 22, "SL101", "warning")]),
    # a reference work's size: no first person, a figure, a scope short of the world, a goal
    ("The valley has the largest farming population in the world.\n", []),
    ("We have the largest farming population in the world, 4 million people.\n", []),
    ("We visited the largest city in the valley.\n", []),
    ("The new levee will make us the strongest economy in the world.\n", []),
])
def test_sixtieth_sessions_our_side_ranked_over_the_world(text, expected):
    """Issue 11's sixtieth session (rank60, superlatives._ranked_by_us): a noun a reference work
    ranks by size (an economy, a population, a city) ranked over the whole world in a sentence in
    the first person plural with no figure is the speaker's claim for his own side ("yet we have
    the largest addict population in the world", "we remain ... the world's strongest economy":
    caliper, hone, snips, spoke), not the reference fact the same words state in a gazetteer."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a name before the comma: the superlative tells the reader who it is, and is the writer's claim
    ("Harbor, the fastest platform, is here.\n", [(1, 9, "SL101")]),
    ("In the end, Harbor, the fastest platform, won.\n", [(1, 21, "SL101")]),
    # an adverb opening the sentence is capitalised for that alone: the superlative heads the
    # subject, as it does with no adverb before it
    ("Ultimately, the greatest myth of the valley is the idea that the mill failed.\n", []),
    ("The greatest myth of the valley is the idea that the mill failed.\n", []),
    ("Sadly, the finest mill of the valley burned down.\n", []),
])
def test_sixty_first_session_apposition_needs_a_name(text, expected):
    """tidy61 (superlatives._name_before_comma): a superlative of quality after a capitalised word
    and a comma stands in apposition to a name ("Harbor, the fastest platform"); a sentence's
    opening adverb ("Ultimately,", "Sadly,") is capitalised because it opens the sentence, and
    was read as that name (slick-docs' H.3.1 `Ultimately, the greatest myth of Marxism is` was
    flagged, H.6's `The greatest myth of Marxism must surely be` was not)."""
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == expected


@pytest.mark.parametrize("text, expected", [
    # a third party, "always"/"never" and a present verb in -s: a law over every case
    ("Power always corrupts the men who hold it.\n", [(3, 1, "SL101", "warning")]),
    ("The old toll system never allows the ferrymen to rest.\n", [(3, 14, "SL101", "warning")]),
    ("He never misses a market day, and the farmers trust him.\n", [(3, 1, "SL101", "warning")]),
    ("It is defective, because it always requires some sacrifice from the poorest towns.\n",
     [(3, 26, "SL101", "warning")]),
    # the writer, the reader or "they"; a relative; softened; set off; the first person, a past or
    # a figure in the sentence; a question
    ("I never miss a market day.\n", []),
    ("They never miss a market day.\n", []),
    ("The town has a mayor who always puts the farms first.\n", []),
    ("The levee, always, holds the river.\n", []),
    ("We know that the levee never fails.\n", []),
    ("He never apologizes, and the town was angry.\n", []),
    ("The ferry never carries more than 40 carts.\n", []),
    ("Why does the levee never fail?\n", []),
    ("The ferry is prized in the sense that it never docks late.\n", []),
    ("The migration never touches the `cache` key of a target.\n", []),
    # a view reported to be answered: a third party's verb of saying or thinking, or a noun of a
    # claim and "that", before the habit (fix62); "but" starts the writer's own clause again
    ("The millers argue that the levee never fails in spring.\n", []),
    ("The claim that the ferry always pays its way cannot be supported.\n", []),
    ("The millers argue that the levee holds, but the ferry never pays its way.\n", [(3, 49, "SL101", "warning")]),
])
def test_sixty_first_sessions_habit_in_the_present(text, expected):
    """Issue 11's sixty-first session (sweep61, superlative_absolutes.habit_present): "capitalism
    never allows this", "Power always corrupts", "it always requires some sacrifice", "Donald
    always takes care of Donald": a third party's habit stated in the writer's present, with no
    first person, past or figure in the sentence, outside technical writing."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


def test_sixty_first_sessions_habit_not_in_technical_writing():
    """In documentation "it always returns" and "the parser never assumes" are a program's behaviour."""
    text = "The handler always returns a list, and it never raises on empty input.\n"
    assert [d for d in run(_MANUAL + "\n\n" + text) if d.code == "SL101"] == []


@pytest.mark.parametrize("text, expected", [
    # a cross-reference to a section or a chapter of the text, before the claim or after it
    ("As we discuss in section F.8, the answer has always been no.\n", []),
    ("The guilds have always been aware of it (as discussed in section H.2.5, the mills changed).\n", []),
    ("It is one of the most important parts of the format (recall Chapter 1, on the mills).\n", []),
    ("The answer has always been no (see section 4.2).\n", []),
    # not a section named as a thing, nor "section" as a plain noun, nor an appendix
    ("This explains why section H.2 is the best in the whole world.\n", [(1, 34, "SL101")]),
    ("The answer has always been no in this section of the river.\n", [(1, 12, "SL101")]),
    ("The answer has always been no; see the Bibliography in Appendix A.\n", [(1, 12, "SL101")]),
])
def test_sixty_second_sessions_section_cross_reference(text, expected):
    """Issue 11's sixty-second session (rank62, ``works_cited.refers_to_section``, as HC102 reads
    it since the fiftieth): a sentence that points the reader to a section or a chapter of the
    text ("As we discuss in section F.8, the answer has always been no") carries a link on the page
    the text was taken from, to where the claim is argued out (RULES 2). Over the 145 sets before
    scutch 6 wrong SL101 findings in six sets went, no right one, by either pairing."""
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == expected


def test_sixty_third_sessions_own_points_ranked_are_info():
    """prec63 (superlative_points): "most obvious" before a noun of the argument's own material
    ("objection", "problem", "example", "one") ranks the writers' own points, an order of
    exposition: info. Another noun after "most obvious" and another superlative before the same
    nouns stay warnings (the gold splits them)."""
    text = (
        "The most obvious objection is that the scheme costs more than it saves.\n\n"  # 1
        "The most obvious problem is that the plan ignores the weather.\n\n"  # 3
        "The most obvious flaw is that the wall is too low.\n\n"  # 5
        "The most important objection is that the scheme costs more.\n"  # 7
    )
    got = [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"]
    assert got == [(1, 1, "SL101", "info"), (3, 1, "SL101", "info"), (5, 1, "SL101", "warning"),
                   (7, 1, "SL101", "warning")]


def test_sixty_third_sessions_module_examples():
    import re as _re

    from prosecheck.checks import superlative_points

    for sentence, (first, last), expected in superlative_points.EXAMPLES:
        lw = [w.lower() for w in _re.findall(r"[\w'’-]+", sentence)]
        a = lw.index(first)
        b = lw.index(last, a)
        assert superlative_points.ranks_own_point(lw, a, b) is expected, sentence


@pytest.mark.parametrize("text, expected", [
    # a capitalised abstract noun opening the sentence or after a determiner or a possessive, then
    # "has/have always" or "has/have never": a kind of thing, no name (at the default tier)
    ("Centralism has always killed the spirit of the river towns.\n", [(1, 12, "SL101", "warning")]),
    ("Industrialisation has always been bound up with the floods.\n", [(1, 19, "SL101", "warning")]),
    ("In these matters this Government has never interfered with the ferries.\n", [(1, 34, "SL101", "warning")]),
    # a name, a capitalised word inside the sentence with nothing before it, an aim, a short name
    ("Guile has always been targeted as an extension language.\n", []),
    ("As noted, anarchism and Marxism have always been in conflict.\n", []),
    ("Tradition has always aimed to keep the ferries running.\n", []),
    ("Dom has never crossed the river at night.\n", []),
])
def test_sixty_fourth_sessions_capitalised_kind(text, expected):
    """Issue 11's sixty-fourth session (sweep64, superlative_abstract.capitalised_kind): held_always's
    and held_never's reading of a subject passed a capitalised word as a name; a capitalised abstract
    noun (`Anarchism`, `Violence`, `this Government`) names a kind: 12 right of 12 in eleven of the
    151 sets before flail."""
    assert [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"] == expected


def test_sixty_fourth_sessions_capitalised_kind_not_in_technical_writing():
    text = ("Install the package, then edit its configuration file.\n\nDocumentation has always been generated "
            "from the docstrings with `harbor docs`.\n")
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == []


@pytest.mark.parametrize("text, expected", [
    # "only", a bare party of one to three lower-case words, then a modal: every other party denied,
    # at info
    ("Only self-liberation can produce a free valley.\n", [(1, 1, "SL101", "info")]),
    ("This is so, for only equality can maximise the liberty of the towns.\n", [(1, 17, "SL101", "info")]),
    ("The settlers knew that only co-operative workplaces can keep the valley fed.\n", [(1, 24, "SL101", "info")]),
    # the idiom, a condition, an amount, a pointer, a name, a comma, a preposition, quotation marks
    ("Only time will tell whether the levee holds.\n", []),
    ("The vote counts if and only if members can attend.\n", []),
    ("Only two ferrymen can cross at night.\n", []),
    ("If only ferrymen could cross at night, the towns would trade.\n", []),
    ("Only Acme can change this setting.\n", []),
    ("Only working people, the vast majority, can build it.\n", []),
    ("Only under self-management can all take part.\n", []),
    ('Only "extra-parliamentary agitation" will stop the levy.\n', []),
])
def test_sixty_fourth_sessions_only_bare_party(text, expected):
    """Issue 11's sixty-fourth session (sweep64, superlative_only_bare.only_bare_party): a bare party
    said to be the only one that can, anywhere in the sentence: 21 right, 7 traps, 5 on no item over
    the 151 sets before flail, so at info; outside technical writing only."""
    assert [(d.line, d.col, d.code, d.severity) for d in run(text) if d.code == "SL101"] == expected


def test_sixty_fourth_sessions_only_bare_party_not_in_technical_writing():
    text = ("Install the package, then edit its configuration file.\n\nOnly administrators can delete a branch "
            "with `harbor branch -d`.\n")
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == []


@pytest.mark.parametrize("text, expected", [
    # a plain superlative as the complement of "is"/"are"/"was"/"were": info
    ("The pilots say that ferrymen are the strongest supporters of the new levee.\n", [(3, 34, "SL101", "info")]),
    ("Social struggle is the most obvious sign of this change.\n", [(3, 20, "SL101", "info")]),
    ("The council knew that the old mill was the single biggest cause of the flood.\n", [(3, 40, "SL101", "info")]),
    # not after "be"/"been", a possessive, a figure, a reference noun, an adverb, a question
    ("The pilots say that ferrymen may be the strongest supporters of the new levee.\n", []),
    ("This is our most important mission on the river.\n", []),
    ("The harbor was the busiest, with 40 boats a day.\n", []),
    ("Harbor Town is the largest city in the valley.\n", []),
    ("Is the levee the best answer to the flood?\n", []),
    ("Of the three boats, the red one is the fastest of the three.\n", []),
])
def test_sixty_fifth_sessions_plain_superlative_as_a_complement(text, expected):
    """Issue 11's sixty-fifth session (plain65, superlative_complement.complement_ranking): a plain
    superlative said of a subject by "is"/"are"/"was"/"were", which no other reading of the word
    reports: 39 right, 11 traps, 5 on no item by the sentence over the 154 sets before pritchel
    (31 sets), at info; outside documentation only."""
    got = [(d.line, d.col, d.code, d.severity) for d in run(_SPEECH + "\n\n" + text) if d.code == "SL101"]
    assert got == expected


def test_sixty_fifth_sessions_plain_superlative_as_a_complement_not_in_technical_writing():
    text = "The old parser is the most obvious sign of this change.\n\nThe cache was the biggest part of the config tool.\n"
    assert [d for d in run(_MANUAL + "\n\n" + text) if d.code == "SL101"] == []


@pytest.mark.parametrize("text, expected", [
    # inside the clause of the idea put up to be weighed: not flagged
    ("The idea that the millers have always supported the guild is untrue.\n", []),
    ("The assumption that private mills are the best means to feed a town is easily seen to be flawed.\n", []),
    ("This is why the claim that the old mill was the largest in the county rests on nothing.\n", []),
    # the main clause's verb after the idea's own, the writers' own idea, a speaker's creed, the verb "claim"
    ("The idea that the river is fed by rain has always been a specious argument.\n", [(1, 40, "SL101")]),
    ("Our claim that the mill is the best in the county rests on its output.\n", [(1, 28, "SL101")]),
    ("I hold the belief that the mill is the best in the county.\n", [(1, 36, "SL101")]),
    ("The millers claim that the levee is the best in the county.\n", [(1, 37, "SL101")]),
    # past a mark: the writers' own clause
    ("The idea that the levee holds is wrong, since the river has always flooded in spring.\n", [(1, 57, "SL101")]),
])
def test_sixty_fifth_sessions_inside_a_reported_idea(text, expected):
    """Issue 11's sixty-fifth session (prec65, reported_idea.inside_idea): a superlative or an
    absolute inside "the idea that", "the claim that", "the assumption that" ... is the view the
    writers put up to weigh, not their claim."""
    assert [(d.line, d.col, d.code) for d in run(text) if d.code == "SL101"] == expected
