"""The spelling check: SP101 (unknown word) and SP102 (repeated word)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from prosecheck.checks import spelling
from prosecheck.testing import assert_fixture, codes, fixture_paths, lines, lint

FIXTURES = Path(__file__).parent / "fixtures" / "spelling"


@pytest.mark.parametrize("path", fixture_paths(FIXTURES), ids=lambda p: p.name)
def test_fixture(path):
    assert_fixture(path, plugins=[spelling])


def sp(text, **options):
    return lint(text, plugins=[spelling], options={"spelling": options} if options else None)


# --- SP101 ---------------------------------------------------------------------------------------


def test_message_with_suggestions():
    assert lines(sp("We recieve it.\n")) == [
        '1:4: SP101 "recieve" is not in the dictionary: did you mean "receive" or "relieve"? '
        "If it is spelled as you want, add it to the project word list"
    ]


def test_message_without_suggestion():
    found = sp("We frobnicatezz it.\n", require_suggestion=False)
    assert lines(found) == [
        '1:4: SP101 "frobnicatezz" is not in the dictionary and no close match was found: correct it, '
        "or if it is spelled as you want, add it to the project word list"
    ]
    assert sp("We frobnicatezz it.\n") == []  # by default: reported only with a likely correction


def test_every_occurrence_reported_at_the_word():
    text = "We recieve it.\nThey recieve it too.\n"
    assert codes(sp(text)) == [(1, 4, "SP101"), (2, 6, "SP101")]


def test_word_used_often_in_a_document_is_taken_to_be_a_term():
    text = "We recieve it. They recieve it. You recieve it.\n"
    assert sp(text) == []
    assert codes(sp(text, max_per_word=0)) == [(1, 4, "SP101"), (1, 21, "SP101"), (1, 37, "SP101")]


@pytest.mark.parametrize(
    "text",
    [
        "It was Zebulonn who wrote it.\n",  # a name in mid-sentence
        "The HTTPSXQ header.\n",  # an acronym
        "Call CamelCaseWordz now.\n",  # CamelCase
        "Call snake_case_wrods now.\n",  # snake_case
        "Edit src/recieve/mod.py now.\n",  # a path
        "Edit ~/.confgs now.\n",  # a hidden file
        "Visit https://exmaple.com/recieve now.\n",  # a URL
        "Mail bobb@exmaple.com now.\n",  # an e-mail address
        "Use utf8ish and v2beta now.\n",  # digits
        "Use `recieve` now.\n",  # inline code
        "Привет, мир. 你好世界。\n",  # other scripts
        "Colour, behaviour, organisation, the centre, modelling.\n",  # British spellings
        "It attaches, caching and mapping.\n",  # regular inflections
        "Use config, async, middleware, webpack, namespace, localhost.\n",  # built-in words
        "Party :sparkles: time.\n",  # an emoji shortcode
        "See [zwitch](https://example.com) now.\n",  # a link's name
        "Call typeis(request) now.\n",  # a function
        "A naïvely built thing.\n",  # accents
        "| fsharp | hello |\n| --- | --- |\n| x | y |\n",  # a table cell of one word
        "A key: " + "recieve" * 1000 + " here.\n",  # not a word: too long
        "They were cookin' and steppin’ out.\n",  # a final g dropped, marked by the apostrophe
        "Read the strace output, the manpages and the jitted structs.\n",  # Unix and compiler terms
    ],
)
def test_not_reported(text):
    assert sp(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It’s the parserr’s output.\n", [(1, 10, "SP101")]),  # curly apostrophe, possessive
        ("It's the parserr's output.\n", [(1, 10, "SP101")]),  # straight
        ("We’ll see; don’t and can’t and won’t are fine.\n", []),
        ("An easy-to-undrestand design.\n", [(1, 12, "SP101")]),  # a hyphenated part
        ('She said "we acheive it".\n', [(1, 14, "SP101")]),  # quotations are checked
        ("Recieve it.\n", [(1, 1, "SP101")]),  # a capital at the start of a sentence
        ("## Instalation\n", [(1, 4, "SP101")]),
        ("He was puttin it off.\n", [(1, 8, "SP101")]),  # no apostrophe: not a dropped g
    ],
)
def test_reported(text, expected):
    assert codes(sp(text)) == expected


def test_emoji_shortcodes_and_roles_are_not_words():
    assert sp("Party :octocatz: and {recieve} time.\n", require_suggestion=False) == []
    assert codes(sp("Party octocatz and recieve time.\n", require_suggestion=False)) == [
        (1, 7, "SP101"), (1, 20, "SP101")
    ]


def test_sentence_start_name_used_in_mid_sentence_is_a_name():
    assert sp("Grindlewald is great. We use Grindlewald.\n") == []


def test_suggestions_keep_the_case_of_the_word():
    (d,) = sp("Recieve it.\n")
    assert '"Receive" or "Relieve"' in d.message


def test_project_words_any_case():
    assert sp("We use frobnicatr and Zorblats.\n", words=["Frobnicatr", "zorblats"]) == []


def test_words_file(tmp_path):
    (tmp_path / "words.txt").write_text("# ours\nfrobnicatr\n", encoding="utf-8")
    found = lint("We use frobnicatr and snarfler.\n", plugins=[spelling], root=str(tmp_path),
                 options={"spelling": {"words_file": "words.txt", "require_suggestion": False}})
    assert [d.message.split('"')[1] for d in found] == ["snarfler"]


def test_missing_words_file_is_a_clear_failure(tmp_path):
    found = lint("We recieve it.\n", plugins=[spelling], root=str(tmp_path),
                 options={"spelling": {"words_file": "nope.txt"}})
    assert [d.code for d in found] == ["PC003"]
    assert "words_file = 'nope.txt' cannot be read" in found[0].message
    assert "create it, or correct the path in [tool.prosecheck.spelling]" in found[0].message


def test_other_language():
    assert codes(sp("El archivo de configuracion.\n", language="es")) == [(1, 15, "SP101")]
    assert sp("Привет, мир.\n", language="ru") == []


def test_document_in_another_language_gets_no_sp101():
    text = (FIXTURES / "spanish.md").read_text(encoding="utf-8")
    assert sp(text) == []
    assert len(sp(text, max_unknown_ratio=0.0)) > 3


# --- SP102 ---------------------------------------------------------------------------------------


def test_repeated_message():
    assert lines(sp("This is the the end.\n")) == ['1:13: SP102 "the" is repeated: delete one']


def test_repeated_across_a_line_break():
    assert codes(sp("We read the\nthe file.\n")) == [(2, 1, "SP102")]


@pytest.mark.parametrize(
    "text",
    [
        "We read the `code` the file.\n",
        "She had had enough.\n",
        "I know that that works.\n",
        "What it is is clear.\n",
        "Say it, it works.\n",
        "It is 1 1 and v2 v2.\n",
        "We went to Bora Bora.\n",
        "This is it. It works.\n",
        "Use AND or OR here.\n",
        "Read the\n\nthe end.\n",  # two paragraphs
    ],
)
def test_not_repeated(text):
    assert sp(text) == []


# --- caches and loading ---------------------------------------------------------------------------


def test_verdicts_and_suggestions_computed_once_per_word(monkeypatch):
    speller = spelling._speller(
        {n: o.default for n, o in spelling.Spelling.options.items()} | {"words": ["cachetestword"]}, "."
    )
    calls = []
    real_classify, real_suggest = speller._classify, spelling.Speller.suggest
    monkeypatch.setattr(speller, "_classify", lambda t: calls.append(("c", t)) or real_classify(t))
    text = "We recieve it, recieve.\n\nThey recieve.\n"
    for _ in range(3):
        sp(text, words=["cachetestword"], max_per_word=0)
    assert calls.count(("c", "recieve")) == 1
    assert "recieve" in speller.suggestions
    assert real_suggest(speller, "recieve") is speller.suggestions["recieve"][0]  # served from the cache


def test_caches_are_bounded(monkeypatch):
    monkeypatch.setattr(spelling, "_VERDICT_CACHE_MAX", 5)
    monkeypatch.setattr(spelling, "_SUGGEST_CACHE_MAX", 3)
    speller = spelling.Speller({n: o.default for n, o in spelling.Spelling.options.items()}, frozenset())
    for i in range(40):
        word = "recieve" + "abcdefghij"[i % 10] * (i // 10 + 1)
        speller.classify(word)
        speller.suggest(word)
        speller.classify("house" + "s" * (i % 7))
    assert len(speller.verdicts) <= 5 and len(speller.correct) <= 5
    assert len(speller.suggestions) <= 3


def test_dictionary_loaded_only_when_the_check_runs():
    code = (
        "import sys\n"
        "from prosecheck.testing import lint\n"
        "from prosecheck.checks import spelling\n"
        "assert 'spellchecker' not in sys.modules and not spelling._DICTIONARIES\n"
        "lint('Hello.\\n', plugins=[spelling], select=['XX'])\n"
        "assert 'spellchecker' not in sys.modules and not spelling._DICTIONARIES\n"
        "lint('Hello world.\\n', plugins=[spelling])\n"
        "assert 'en' in spelling._DICTIONARIES  # from pyspellchecker, or its cached copy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_sp102_alone_does_not_load_the_dictionary(tmp_path):
    import subprocess
    import sys

    (tmp_path / "a.md").write_text("We we went there.\n")
    script = (
        "import sys\n"
        "from prosecheck.cli import run\n"
        "code = run(['a.md', '--select', 'SP102', '--no-cache', '-j', '1'])\n"
        "print(code, 'spellchecker' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.stdout.splitlines() == ['a.md:1:4: SP102 "we" is repeated: delete one', "1 False"]


def test_the_cached_dictionary_is_the_same_as_pyspellchecker_s(tmp_path, monkeypatch):
    from spellchecker import SpellChecker

    from prosecheck.checks import spelling

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(spelling, "_DICTIONARIES", {})
    built = spelling._dictionary("en")  # no cache yet: built from pyspellchecker, then stored
    assert len(list((tmp_path / "prosecheck").glob("spelling-en-*.table"))) == 1
    monkeypatch.setattr(spelling, "_DICTIONARIES", {})
    loaded = spelling._dictionary("en")  # from the cache
    assert loaded[1] == built[1]  # the alphabet
    assert loaded[0].as_dict() == built[0].as_dict() == dict(
        SpellChecker(language="en", distance=1).word_frequency.dictionary
    )


def test_a_run_of_one_repeated_word_is_one_finding():
    from prosecheck.checks import spelling as sp

    found = lint("It was was was was fine, and the the end.\n", plugins=[sp], select=["SP102"])
    assert lines(found) == ['1:8: SP102 "was" is repeated: delete one', '1:34: SP102 "the" is repeated: delete one']


def test_code_words_are_whole_runs_of_letters_wherever_they_stand():
    from types import SimpleNamespace

    from prosecheck.checks.spelling import _CodeText

    def code_text(text):
        found = _CodeText(SimpleNamespace(text="", blocks=[], links=[]))
        found._text = text
        return found

    assert "aaaaaa" in code_text("b" + "aaaaaaa" * 2 + " " + "zaaaaaa" * 10 + "q aaaaaa.")  # past 8 tries
    assert "aaaaaa" not in code_text("b" + "aaaaaaa" * 20)  # inside a longer run only
    assert "aaaaaa" not in code_text("xaaaaaa " * 9 + "yaaaaaa")  # a letter before each
    assert "tapable" in code_text("github.com/webpack/tapable)")
    assert "tapable" not in code_text("untapable")


# --- usage: words the dictionary lacks against typing slips (issue 11) ---------------------------


def test_common_words_the_dictionary_lacks_are_reported_only_with_the_option_off():
    text = "We rebalance the fund each year and serve quinoa at lunch to all of our staff.\n"
    assert sp(text) == []
    assert codes(sp(text, skip_common_words=False)) == [(1, 4, "SP101"), (1, 43, "SP101")]


def test_slips_stay_reported_however_common_on_the_web():
    # "untill" is used once in a million words, "shouldnt" more: both are still slips.
    text = "Wait untill the end of the day, it shouldnt take long for the staff here.\n"
    assert codes(sp(text)) == [(1, 6, "SP101"), (1, 36, "SP101")]


def test_a_prefix_before_a_known_word_is_a_derivation_when_the_nearest_word_is_rare():
    # "unhashed" (nearest "unwashed", rare), "denesting" ("detesting"), "submounts" ("surmounts"),
    # "discontiguous" ("discontinuous"): regular derivations, not slips.
    text = "Skip the unhashed rows, then the denesting pass submounts the discontiguous parts.\n"
    assert sp(text) == []
    assert codes(sp(text, skip_common_words=False)) == [
        (1, 10, "SP101"), (1, 34, "SP101"), (1, 49, "SP101"), (1, 63, "SP101")
    ]


def test_a_prefix_before_a_known_word_is_still_a_slip_when_the_word_meant_is_common():
    # dis + cared ("discarded"), re + commented ("recommended"), un + till ("until"): slips on common
    # words; over + "writting" is no known stem ("writ" + a doubled t is not read as a word here).
    text = "It is discared, as recommented, untill we stop overwritting the buffer each time.\n"
    assert codes(sp(text)) == [(1, 7, "SP101"), (1, 20, "SP101"), (1, 33, "SP101"), (1, 48, "SP101")]


def test_a_user_name_after_a_person_in_a_credit_list_is_not_reported():
    text = "Thanks to:\n\n* Jane Roe / quirkey\n* Tom O'Hara / glytch\n"
    assert sp(text) == []


def test_a_word_after_a_slash_is_checked_when_it_is_no_credit():
    # Mid-line (words follow it), or no capitalised name before the slash: prose, checked.
    found = sp("* Jane Roe / quirkey wrote it\n* the value / seperately\n")
    assert codes(found) == [(1, 14, "SP101"), (2, 15, "SP101")]


def test_a_word_between_names_in_a_list_is_a_name():
    # Neighbours with a digit, capitalised, or unknown: a list of names ("murmer" is an algorithm's
    # identifier there, "deepin" a distribution's name).
    text = "Hash with (djb2, fnv1, murmer, crc32) on Linux Mint, deepin, Pop!_OS and others.\n"
    assert sp(text) == []


def test_a_slip_in_a_list_of_words_or_at_a_list_edge_stays_reported():
    # Its neighbours are dictionary words; or it has no item on one side ("So, intead of").
    text = "It logs info, warn, succes, error and more. So, intead of a list, we print them.\n"
    assert codes(sp(text)) == [(1, 21, "SP101"), (1, 49, "SP101")]


def test_a_word_glued_to_an_ellipsis_is_notation():
    # "…valuen" in a signature: the n-th value, as "...valuen" (a dot before it) already was.
    assert sp("Call remove(value[, \u2026valuen]) and it is gone from the array.\n") == []


def test_a_word_glued_to_an_equals_sign_is_a_key_or_a_pinned_package():
    text = "Pinned:\n\ncertifi==2020.6.20 and chardet==3.0.4\n\nThe certifi package is seperately pinned.\n"
    assert codes(sp(text)) == [(5, 5, "SP101"), (5, 24, "SP101")]


def test_suggestions_keep_the_first_letter():
    found = sp("Then an uknown flag and the mversion flag broke the build on the main branch.\n")
    assert lines(found) == [
        '1:9: SP101 "uknown" is not in the dictionary: did you mean "unknown"? '
        "If it is spelled as you want, add it to the project word list"
    ]


def test_a_name_in_mid_sentence_in_another_token_is_a_name_at_the_start_too():
    text = "Kirbyy's views were well known. The elder Tom Kirbyy spoke first at the meeting.\n"
    assert sp(text) == []
    assert codes(sp("Kirbyy's views were well known in the city and at the meeting.\n")) == [(1, 1, "SP101")]


def test_usage_table_reads_wordfreq_data():
    from prosecheck.checks import usage

    words = usage.table("en")
    assert usage.zipf(words, "the") > 7.0
    assert 4.0 < usage.zipf(words, "officials") < 5.5
    assert usage.zipf(words, "qzxqzxqzx") == usage.UNSEEN
    assert usage.table("xx") is None
    assert usage.zipf(None, "the") == usage.UNSEEN


def test_usage_table_is_built_once_then_opened_from_the_cache(tmp_path, monkeypatch):
    from prosecheck.checks import usage

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(usage, "_TABLES", {})
    built = usage.table("en")
    files = sorted(p.name for p in (tmp_path / "prosecheck").iterdir())
    assert len(files) == 1 and files[0].startswith("usage-en-wordfreq-") and files[0].endswith(".table")
    monkeypatch.setattr(usage, "_TABLES", {})
    monkeypatch.setattr(usage, "_build", lambda source: pytest.fail("rebuilt instead of opened"))
    opened = usage.table("en")
    assert len(opened) == len(built) > 100_000
    assert usage.zipf(opened, "officials") == usage.zipf(built, "officials")


def test_usage_table_is_named_by_content_so_two_environments_share_it(tmp_path, monkeypatch):
    # Two virtualenvs install the same wordfreq at different times; naming the table by the
    # list's mtime made each rebuild and replace the other's on every alternate run.
    import os
    import shutil

    from prosecheck.checks import usage

    source = usage._data_file("en")
    first = tmp_path / "venv1" / "large_en.msgpack.gz"
    second = tmp_path / "venv2" / "large_en.msgpack.gz"
    for copy, mtime in ((first, 1_000_000_000), (second, 1_700_000_000)):
        copy.parent.mkdir()
        shutil.copyfile(source, copy)
        os.utime(copy, (mtime, mtime))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert usage._cached_path("en", str(first)) == usage._cached_path("en", str(second))
    data = first.read_bytes()
    second.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))  # another list: another name
    assert usage._cached_path("en", str(first)) != usage._cached_path("en", str(second))


def test_unreadable_usage_data_leaves_spelling_working(tmp_path, monkeypatch):
    from prosecheck.checks import usage

    bad = tmp_path / "large_en.msgpack.gz"
    bad.write_bytes(b"not gzip at all")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(usage, "_TABLES", {})
    monkeypatch.setattr(usage, "_data_file", lambda language: str(bad))
    assert usage.table("en") is None
    assert usage.zipf(usage.table("en"), "officials") == usage.UNSEEN


def test_code_text_finds_whole_runs_of_letters_only():
    from prosecheck.checks.spelling import _CodeText
    from prosecheck.document import parse as parse_doc

    doc = parse_doc("a.md", "Prose here.\n\n```\nconst fooBar = frobnicate(x_y, émile);\n```\n")
    code = _CodeText(doc)
    assert ("frobnicate" in code, "foobar" in code, "bar" in code, "émile" in code, "y" in code) == (
        True, True, False, True, True)
    assert "x_y" in code and "prose" not in code


@pytest.mark.parametrize("word", ["aaaaaa", "tapable", "foo", "émile", "x"])
@pytest.mark.parametrize(
    "text",
    ["b" + "aaaaaaa" * 2 + " " + "zaaaaaa" * 10 + "q aaaaaa.", "b" + "aaaaaaa" * 20, "untapable tapable2",
     "github.com/webpack/tapable)", "_foo_ foo\u00b2 x", "\u00e9mile\u0301 \u00e9mile", "foo"],
)
def test_a_code_word_search_answers_as_the_letter_runs_do(word, text):
    from prosecheck.checks.spelling import _CodeText, _letter_runs, _whole_run_in

    found = _whole_run_in(text, word)
    assert found is None or found == (word in _letter_runs(text))
    code = _CodeText(None)
    code._text = text
    assert (word in code) == (word in _letter_runs(text))


def test_the_code_text_collects_its_runs_after_the_first_searches():
    from prosecheck.checks import spelling

    code = spelling._CodeText(None)
    code._text = "alpha beta gamma"
    answers = [f"zz{chr(97 + i // 26)}{chr(97 + i % 26)}" in code for i in range(spelling._SEARCHES)]
    assert answers == [False] * spelling._SEARCHES and code._runs is None
    assert "beta" in code and code._runs == frozenset({"alpha", "beta", "gamma"})


def test_a_word_of_the_document_s_path_is_its_program_s_name():
    # The repository, folder or file is named after the program its documentation writes in lower
    # case ("chardet, like many encoding detectors"); anywhere else the same word is reported.
    text = "Note that chardet, like many detectors, guesses the encoding of the text.\n"
    assert sp_at(text, "chardet/docs/how.md") == []
    assert sp_at(text, "npm__chardet__README.md") == []
    assert codes(sp_at(text, "docs/how.md")) == [(1, 11, "SP101")]


def test_the_path_words_are_the_project_folder_s_name_and_the_path_inside_it(tmp_path):
    # The folders above the project (a home folder, a CI runner's) name no program: a finding must
    # not depend on where the checkout lies. A file outside the project keeps its whole path.
    from prosecheck.checks.spelling_names import path_words

    root = tmp_path / "jdoe" / "uvicorn"
    assert path_words("docs/how.md", str(root)) == {"uvicorn", "docs", "how", "md"}
    assert path_words(str(root / "README.md"), str(root)) == {"uvicorn", "readme", "md"}
    outside = str(tmp_path / "jdoe" / "notes.md")
    assert {"jdoe", "notes", "md"} <= path_words(outside, str(root))
    assert path_words("", str(root)) == frozenset()


def sp_at(text, path):
    return lint(text, path=path, plugins=[spelling])


def test_a_word_joined_by_plus_or_ampersand_to_a_name_is_a_name():
    assert sp("Avoid the usual Gunicorn + uvicorn stack, and autoconf & uvicorn too.\n") == []
    # Joined to dictionary words on every side: a slip ("butter & suggar").
    assert codes(sp("Mix the butter & suggar + flour by hand.\n")) == [(1, 18, "SP101")]


def test_a_word_after_known_as_or_aka_is_a_name_but_not_after_called():
    assert sp("Martin Roe (also known as blendi) and Ann Poe, aka \"quirkey\", wrote it.\n") == []
    assert codes(sp("The loader is called automaticaly and named seperately.\n")) == [(1, 22, "SP101"), (1, 45, "SP101")]


def test_a_capitalised_word_before_a_surname_particle_and_a_name_is_a_given_name():
    assert sp("Reinout van Rees wrote the first version of it.\n") == []
    # Without the particle and a capitalised word after it: checked at the start of a sentence.
    assert codes(sp("Reinout van the first version of it.\n")) == [(1, 1, "SP101")]


def test_a_known_word_with_a_coined_suffix_is_a_word():
    # "-y" after a known word, when nothing else is one edit away ("frameworky", "bloaty"); "-ably"
    # after a known "-able" ("composably").
    assert sp("A frameworky design, quite bloaty, but composably and unrecoverably built.\n") == []
    # A "-y" slip has the word meant one edit away elsewhere: "property", "especially", "doubly".
    found = sp("The propery is set especialy for it, and doubley checked.\n")
    assert codes(found) == [(1, 5, "SP101"), (1, 20, "SP101"), (1, 42, "SP101")]
    # and with skip_common_words off, every unknown word with a close match is reported again
    assert len(sp("A frameworky design, quite bloaty.\n", skip_common_words=False)) == 2


def test_a_dictionary_word_without_its_accent_is_the_loanword_in_english():
    # "ingénue", "matériel", "clichés": English drops the accents of borrowed words.
    assert sp("She was an ingenue, and the war materiel was full of cliches.\n") == []
    # A slip beside them is still a slip.
    assert codes(sp("She was an ingenue, but did not recieve the part.\n")) == [(1, 33, "SP101")]
    # In Spanish the accent is spelling: "rapido" for "rápido" is reported.
    assert codes(sp("El coche es muy rapido en la carretera.\n", language="es")) == [(1, 17, "SP101")]


def test_the_species_of_a_binomial_name_in_parentheses_is_a_name():
    text = "The Redonda tree lizard (Anolis nubilus) came back after the goats left the island.\n"
    assert sp(text) == []
    # Not in parentheses of two words, or no Latin ending: checked.
    found = sp("The lizard (Anolis nubilus, a rare one) came back, with the flag (Optional paramter) set.\n")
    assert codes(found) == [(1, 20, "SP101"), (1, 76, "SP101")]


def test_a_capitalised_last_word_standing_alone_signs_the_document_off():
    story = "Shares rose three pct, the company said in a statement on Friday. Reuter\n"
    assert sp(story) == []
    # Anywhere else a one-word sentence is checked: at the start, or before more text.
    assert codes(sp("Reuter\n\n" + story.replace(" Reuter", ""))) == [(1, 1, "SP101")]
    assert codes(sp("Shares rose three pct. Reuter. Then the market closed for the day.\n")) == [(1, 24, "SP101")]
    # and the last line of a README that is one word and some code: a heading, and its slip
    assert codes(sp("Read the paths of the tree in turn.\n\nSynchornous `path.realpath()`\n")) == [(3, 1, "SP101")]


def _fresh_speller(with_key_set: bool) -> "spelling.Speller":
    """A speller with empty caches over its own copy of the dictionary, its key set built (as a
    pooled run's prepare builds it) or not (a one-file run, ``--jobs 1``)."""
    speller = spelling.Speller({n: o.default for n, o in spelling.Spelling.options.items()}, frozenset())
    speller.freq = spelling.LookupTable(speller.freq.to_bytes())
    if with_key_set:
        speller.freq.key_set()
    return speller


def test_dictionary_words_settled_by_the_key_set_are_those_classify_settles():
    tokens = ["the", "house", "The", "House", "HOUSE", "recieve", "don't", "don\u2019t", "e.g", "a.b",
              "user@host", "snake_case", "colour", "café", "Zebulonn", "x2", "123", "houses", "wasn\u2019t"]
    plain = _fresh_speller(False)
    keyed = _fresh_speller(True)
    assert plain.freq.built_key_set() is None and keyed.freq.built_key_set() is not None
    left = keyed.unsettled(tokens)
    taken = set(tokens) - left
    # Tokens whose lower case is a dictionary word ("The", "HOUSE": classify looks up "the" and
    # "house" for them); not those with a U+2019 ("don’t": classify looks up "don't"), nor
    # "recieve".
    assert {"the", "house", "houses", "The", "House", "HOUSE"} <= taken
    assert not taken & {"don’t", "wasn’t", "recieve", "Zebulonn"}
    assert all(t.lower() in keyed.freq for t in taken)
    assert plain.unsettled(tokens) == set(tokens)  # without the key set every token is classified
    # Every token taken out is one classify finds correct; the rest are classified as before.
    for token in set(tokens) - left:
        assert plain.classify(token) == ()
    assert {t: keyed.classify(t) for t in left} == {t: plain.classify(t) for t in left}
    # Remembered with the tokens classify found correct: the next document subtracts them there.
    assert {"the", "house", "The", "HOUSE"} <= keyed.correct
    assert keyed.unsettled(["the", "house"]) == set()


def test_findings_the_same_with_the_dictionary_key_set_built(monkeypatch):
    text = ("The house we recieve is here. Zebulonn said the colour was fine.\n\n"
            "It wasn\u2019t the housse, it is the HOUSE, e.g. the `code` of user@host.\n")
    found = []
    for with_key_set in (False, True):
        speller = _fresh_speller(with_key_set)
        monkeypatch.setattr(spelling, "_speller", lambda options, root: speller)
        found.append(codes(sp(text, max_per_word=0)))
    assert found[0] == found[1] == [(1, 14, "SP101"), (3, 15, "SP101")]
