"""An interview printed without speaker labels: the guest's answers are not the writer's words
(checks/interview.py, through voice.others_blocks), and a FAQ is not read as one."""

from __future__ import annotations

from prosecheck.checks import hedging, superlatives
from prosecheck.checks.interview import _NAME_RE, _introduces_someone, answer_blocks
from prosecheck.document import parse
from prosecheck.testing import codes, lint

INTRO = (
    "Dana Whitfield runs the largest bakery in Ohio, founded by her father. "
    "We met Whitfield in her office.\n\n"
)
INTERVIEW = INTRO + (
    "Acme is the largest bank in Ohio. Were you ever its customer?\n\n"  # line 3: the writer's
    "I was, for years. Acme is the best vendor, and some people say it never fails.\n\n"  # 5
    "What do you bake first every morning?\n\n"  # 7
    "Bread. My father always did.\n\n"  # 9
    "It is the oldest recipe we have. Most people feel it is the best bread in town.\n\n"  # 11
    "**How do your customers find you?**\n\n"  # 13
    "Mostly by word of mouth.\n"  # 15
)


def run(text):
    return lint(text, plugins=[superlatives, hedging])


def _answer_lines(text):
    return [b.start_line for b in answer_blocks(parse("doc.md", text))]


def test_answers_of_an_unlabelled_interview_are_the_guests():
    assert _answer_lines(INTERVIEW) == [5, 9, 11, 15]
    # the intro and the questions stay the writer's: "the largest bakery in Ohio" (1), "the
    # largest bank in Ohio" in the question (3); nothing in the answers (5, 9, 11)
    assert codes(run(INTERVIEW)) == [(1, 21, "SL101"), (3, 9, "SL101")]


def test_questions_as_headings():
    text = INTRO + (
        "## What was your first job like?\n\nI baked for my father. It was the best job.\n\n"
        "## What does leadership mean to you?\n\nI think it is the hardest thing to learn.\n\n"
        "## What are you looking forward to next?\n\nMore bread.\n"
    )
    assert _answer_lines(text) == [5, 9, 13]
    assert codes(run(text)) == [(1, 21, "SL101")]


def test_a_faq_is_the_writers():
    # The reader asks ("How do I"), the writer answers the reader ("You can"): a FAQ's answers
    # are the writer's words.
    text = INTRO + (
        "How do I install it?\n\nYou can use pip. It is the fastest installer.\n\n"
        "Can we use it offline?\n\nYes. It is the best offline tool.\n\n"
        "How do I report a bug?\n\nOpen an issue.\n"
    )
    assert _answer_lines(text) == []
    assert codes(run(text)) == [(1, 21, "SL101"), (5, 24, "SL101"), (9, 12, "SL101")]


def test_questions_to_the_reader_answered_by_advice_are_the_writers():
    # A column asks its reader ("Have you ...?") and answers with advice, never with "I".
    text = INTRO + (
        "Have you checked your prices?\n\nAcme is the best vendor for that.\n\n"
        "Do your customers know you?\n\nAsk them.\n\n"
        "Have you trained your staff?\n\nTrain them.\n"
    )
    assert _answer_lines(text) == []
    assert codes(run(text)) == [(1, 21, "SL101"), (5, 9, "SL101")]


def test_no_guest_named_before_the_questions():
    # A maintainer's FAQ in the first person ("Why did you write it?" "I needed ..."): nobody is
    # introduced by name before the questions, so the answers are the writer's own.
    text = (
        "Some notes on this project.\n\n"
        "Why did you write it?\n\nI needed it. It is the fastest parser.\n\n"
        "Will you keep it up?\n\nI will.\n\n"
        "Do you take patches?\n\nI do.\n"
    )
    assert _answer_lines(text) == []
    assert codes(run(text)) == [(5, 20, "SL101")]


def test_an_answer_that_ends_with_a_quoted_question_is_still_an_answer():
    text = INTERVIEW + '\nWho is to blame?\n\nBoth sides. But most people feel "Why can\'t they agree?"\n'
    assert _answer_lines(text)[-1] == 19
    assert codes(run(text)) == [(1, 21, "SL101"), (3, 9, "SL101")]


def test_a_blog_post_whose_writer_speaks_as_i_before_the_questions_is_the_writers():
    # The writer asks the reader under headings and answers as "I": the intro's "I" is the writer.
    text = (
        "Last week Dana Whitfield asked me about bread, and I promised Whitfield an answer.\n\n"
        "## Why should you bake?\n\nI think it is the best hobby.\n\n"
        "## What do you need?\n\nI use flour and water.\n\n"
        "## When should you start?\n\nI started at ten.\n"
    )
    assert _answer_lines(text) == []
    assert codes(run(text)) == [(5, 15, "SL101")]


def test_the_guest_is_named_again_after_the_introduction_not_only_inside_it():
    # "again" means after the name: a last name written only before (or inside) the introducing
    # name does not count
    assert _introduces_someone("Dana Whitfield runs it.", " What do you bake? Whitfield laughs.")
    assert _introduces_someone("Dana Whitfield runs it. Dana smiles.", " Why?")
    assert not _introduces_someone("Whitfield met Dana Whitfield", " Why?")


def test_many_names_before_the_questions_are_read_in_one_pass():
    # a page of thousands of names before its questions: each name is looked up, not searched
    # for through the rest of the page (that was quadratic); the guest named last is found
    def word(i):  # a distinct capitalised word of letters for every number: "Aab", "Aac", ...
        return "A" + "".join(chr(97 + (i // 26 ** k) % 26) for k in range(3))

    names = " ".join("%s %s met." % (word(2 * i), word(2 * i + 1)) for i in range(3000))
    assert len(list(_NAME_RE.finditer(names))) == 3000
    assert not _introduces_someone(names, " What do you think? I agree.")
    assert _introduces_someone(names + " Dana Whitfield came.", " What do you think? Whitfield agrees.")
