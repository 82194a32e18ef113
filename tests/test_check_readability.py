"""The readability check (RD101, RD102) and its offline syllable counts."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from prosecheck.checks import readability, syllables
from prosecheck.checks.datacache import LookupTable
from prosecheck.document import parse
from prosecheck.testing import assert_fixture, codes, fixture_paths, lines, lint

FIXTURES = Path(__file__).parent / "fixtures" / "readability"

LONG = (
    "This sentence goes on and on, because the writer kept adding clauses that each seemed "
    "necessary at the time, and then added one more, and then another, until the reader, who had "
    "started out with good will and patience, forgot how it began."
)  # 43 words
DENSE = (
    "The committee's deliberations concerning organisational restructuring necessitated comprehensive "
    "evaluation of administrative responsibilities. Consequently, departmental representatives "
    "collaboratively formulated recommendations emphasising operational efficiency, institutional "
    "accountability and sustainable modernisation. Implementation considerations subsequently "
    "dominated intergovernmental negotiations, generating unprecedented administrative complications "
    "for participating organisations and their representatives."
)


@pytest.fixture(autouse=True)
def fresh_cache(tmp_path, monkeypatch):
    """Each test gets its own cache folder and a process that has not loaded the lexicon yet."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    syllables.reset()
    yield
    syllables.reset()


def rd(text: str, **options) -> list:
    return lint(text, plugins=[readability], options={"readability": options} if options else None)


# --- fixtures -------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", fixture_paths(FIXTURES), ids=lambda p: p.name)
def test_fixture(path):
    assert_fixture(path, plugins=[readability])


def test_fixtures_exist():
    assert [p.name for p in fixture_paths(FIXTURES)] == ["citations.md", "options.md", "paragraphs.md", "sentences.md"]


# --- RD101 ----------------------------------------------------------------------------------------


def test_long_sentence_reported_at_its_start_with_its_count():
    assert lines(rd(f"Intro.\n\nFirst short one. {LONG}\n")) == [
        "3:18: RD101 this sentence has 43 words: split it in two or more (aim for 35 or fewer)"
    ]


def test_sentence_at_the_limit_is_not_reported():
    words = " ".join(["word"] * 34)
    assert rd(f"Many {words}.\n") == []  # 35 words
    assert codes(rd(f"Many {words} more.\n")) == [(1, 1, "RD101")]  # 36 words


def test_max_sentence_words_option():
    assert codes(rd("One two three four five six.\n", max_sentence_words=5)) == [(1, 1, "RD101")]
    # 43 words is within 50, so the one-sentence paragraph is graded instead (RD102)
    assert [c for _, _, c in codes(rd(LONG + "\n", max_sentence_words=50))] == ["RD102"]


def test_abbreviations_do_not_end_a_sentence():
    text = (
        "We compare e.g. the Dr. Smith method, i.e. the one from the U.S. Army archive, with the "
        "approx. ten others vs. the new one, and it carries on past them with enough extra words to count them all.\n"
    )
    assert lines(rd(text)) == ["1:1: RD101 this sentence has 38 words: split it in two or more (aim for 35 or fewer)"]


def test_full_stop_before_lower_case_word_or_code_splits_for_the_count():
    half = "the first part ends here after enough words to matter but not nearly too many"  # 15
    assert rd(f"Now {half} of them. podium {half} of them.\n") == []
    assert rd(f"Now {half} of them. `podium` {half} of them here.\n") == []


def test_quoted_sentence_heading_and_table_are_skipped():
    quoted = '"' + LONG + '"'
    text = f"# {LONG}\n\n{quoted}\n\n| a |\n| - |\n| {LONG} |\n"
    assert rd(text) == []


def test_lists_and_rows_of_links_are_not_sentences():
    formats = ", ".join(f"format{i}" for i in range(40))
    links = " ".join(f"[badge {i}](https://example.com/{i})" for i in range(20))
    assert rd(f"Supported: {formats}.\n\n{links}\n") == []


def test_legal_text_is_skipped():
    text = f"## Licence\n\n{LONG}\n\n## Usage\n\n{LONG}\n\nCopyright (c) 2024 Someone\n\n{LONG}\n"
    assert codes(rd(text)) == [(7, 1, "RD101")]


def test_shouted_disclaimer_is_skipped():
    assert rd(LONG.upper() + "\n") == []


def test_plain_text_documents_are_checked():
    found = lint(f"Title line\n\n{LONG}\n", path="notes.txt", plugins=[readability])
    assert codes(found) == [(3, 1, "RD101")]


# --- RD102 ----------------------------------------------------------------------------------------


def test_dense_paragraph_reported_at_first_word_with_grade():
    assert lines(rd(f"- {DENSE}\n")) == [
        "1:3: RD102 this paragraph reads at grade 38.8 (Flesch-Kincaid): shorter sentences and "
        "plainer words would bring it under 14"
    ]


def test_paragraph_of_one_long_sentence_is_reported_once():
    text = " ".join(DENSE.replace(".", ",").split()) + "."
    assert [c for _, _, c in codes(rd(text + "\n"))] == ["RD101"]


def test_min_words_and_max_grade_options():
    short = "Organisational restructuring necessitated comprehensive evaluation. Consequently, representatives formulated recommendations."
    assert rd(short + "\n") == []
    assert codes(rd(short + "\n", min_words=9)) == [(1, 1, "RD102")]  # 9 words
    assert rd(short + "\n", min_words=10) == []
    assert rd(DENSE + "\n", max_grade=40.0) == []
    assert "under 12.5" in lines(rd(DENSE + "\n", max_grade=12.5))[0]


@pytest.mark.parametrize(
    "metric, shown",
    [
        ("flesch_kincaid_grade", "grade 38.8 (Flesch-Kincaid)"),
        ("gunning_fog", "grade 39.9 (Gunning fog)"),
        ("smog_index", "grade 22.9 (SMOG)"),
        ("coleman_liau_index", "grade 47.7 (Coleman-Liau)"),
        ("automated_readability_index", "grade 39.3 (automated readability index)"),
        ("linsear_write_formula", "grade 19.0 (Linsear Write)"),
        ("dale_chall_readability_score", "grade 16 (Dale-Chall score 17.9)"),
    ],
)
def test_every_metric(metric, shown):
    assert lines(rd(DENSE + "\n", metric=metric)) == [
        f"1:1: RD102 this paragraph reads at {shown}: shorter sentences and plainer words would bring it under 14"
    ]


def test_unknown_metric_is_refused():
    with pytest.raises(Exception, match="text_standard"):
        rd(DENSE + "\n", metric="text_standard")


def test_dale_chall_grade_bands():
    assert [readability.dale_chall_grade(s) for s in (4.9, 5.0, 6.5, 7.9, 8.0, 9.99, 10.0, 12)] == [
        4, 6, 8, 10, 12, 15, 16, 16
    ]


SAMPLES = [
    DENSE,
    "We went to the park on a warm day. The dog ran to the pond and back. We sat on the grass "
    "and ate our lunch. Then the sun went down and we all walked home tired but glad we went.",
    "Readability formulas estimate difficulty from sentence length and word length. They cannot "
    "judge meaning or order. Writers should treat their scores as a hint and read the paragraph "
    "again before rewriting anything important.",
]


@pytest.mark.parametrize("text", SAMPLES, ids=["dense", "plain", "mixed"])
@pytest.mark.parametrize("metric", list(readability.METRICS))
def test_formulas_match_textstat(text, metric, monkeypatch):
    """Fed the same words, sentences and syllable counts, textstat gives the same scores."""
    textstat = pytest.importorskip("textstat")
    from textstat.backend.counts import _count_syllables

    count = syllables.counter()

    class Phones(dict):  # textstat counts the phones that end in a stress digit
        def __getitem__(self, word):
            return [["AH1"] * count(word)]

    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: Phones())
    for name in dir(textstat.backend.metrics) + dir(textstat.backend.counts):
        for module in (textstat.backend.metrics, textstat.backend.counts):
            cache_clear = getattr(getattr(module, name, None), "cache_clear", None)
            if cache_clear:
                cache_clear()
    plain = text.replace(",", "").replace("'", "")  # textstat's tokens then equal the Document's
    doc = parse("x.md", plain)
    stats = readability.Stats([p for s in doc.sentences for p in readability.split_pieces(s)])
    from textstat.textstat import textstatistics

    ts = textstatistics()
    ts.set_lang("en_US")
    expected = getattr(ts, metric)(plain)
    assert getattr(stats, metric)() == pytest.approx(expected, rel=1e-12)


def test_formulas_on_paragraph_without_words_are_not_run():
    assert rd("`code` `only` here.\n", min_words=1) == []


# --- syllables ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word, n",
    [
        ("readability", 5),
        ("the", 1),
        ("fire", 2),  # CMUdict's first pronunciation, F AY1 ER0, as textstat counts it
        ("every", 3),  # likewise EH1 V ER0 IY0
        ("Readability", 5),
        ("don\u2019t", 1),
        ("state-of-the-art", 4),
        ("config.yaml", 3),
        ("npm's", 1),
        ("2024", 1),
        ("hmm", 1),  # no vowel in CMUdict: still one
    ],
)
def test_syllable_counts(word, n):
    assert syllables.count(word) == n
    assert syllables.counter()(word) == n


def test_our_hyphenation_points_are_pyphens_word_for_word():
    from pyphen import Pyphen

    reference = Pyphen(lang="en_US")  # left=2, right=2, as textstat uses it
    built = syllables._pyphen_positions()  # parses pyphen's file, writes our cache
    cached = syllables._pyphen_positions()  # reads it back
    words = list(syllables.load_lexicon().as_dict())[::40] + [
        "kubernetes", "hyphenation", "a", "ab", "naïve", "Supercalifragilistic", "e-mail", "o'clock"]
    assert len(words) > 3000
    differ = [w for w in words if not (built(w) == cached(w) == reference.positions(w))]
    assert differ == []
    assert built("hyphenation") == [2, 6]  # hy-phen-ation: the test can tell points apart


def test_words_missing_from_cmudict_fall_back_to_pyphen():
    assert "kubernetes" not in syllables.load_lexicon()
    assert syllables.count("kubernetes") == 3


def test_vowel_group_heuristic():
    assert [syllables.vowel_groups(w) for w in ("table", "make", "queue", "rhythm", "banana", "see")] == [
        2, 1, 1, 1, 3, 1
    ]


def test_cache_is_written_once_then_loaded(tmp_path):
    syllables.load_lexicon()
    assert syllables.source == "built"
    (cached,) = (tmp_path / "cache" / "prosecheck").iterdir()
    assert cached.name.startswith("syllables-cmudict-1.") and cached.name.endswith(".table")
    assert LookupTable.from_bytes(cached.read_bytes())["readability"] == 5
    syllables.reset()
    assert syllables.load_lexicon()["readability"] == 5
    assert syllables.source == "cache"


def test_a_new_table_replaces_those_of_other_dictionary_versions(tmp_path):
    folder = tmp_path / "cache" / "prosecheck"
    folder.mkdir(parents=True)
    (folder / "syllables-cmudict-0.9-1f-18eb41a2d24789e2.table").write_bytes(b"old")
    (folder / "spelling-en.marshal").write_bytes(b"other")
    syllables.load_lexicon()
    assert syllables.source == "built"
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 2 and names[0] == "spelling-en.marshal"
    assert names[1].startswith("syllables-cmudict-1.") and names[1].count("-") == 3  # version-size


def test_corrupt_cache_is_rebuilt(tmp_path):
    syllables.load_lexicon()
    (cached,) = (tmp_path / "cache" / "prosecheck").iterdir()
    cached.write_text("garbage", encoding="utf-8")
    syllables.reset()
    assert syllables.count("readability") == 5
    assert syllables.source == "built"
    assert LookupTable.from_bytes(cached.read_bytes())["readability"] == 5


def test_unwritable_cache_folder_falls_back_to_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert syllables.count("readability") == 5
    assert syllables.source == "memory"


def test_round_trip_of_the_cache_table(tmp_path):
    lexicon = {"a": 1, "banana": 3, "hmm": 0, "\u00e9t\u00e9": 2, "zzz": 10**10, "z\u00e9": -4}
    data = LookupTable.encode(lexicon, extra="abc\u00e9")
    path = tmp_path / "t.table"
    path.write_bytes(data)
    words = ("a", "banana", "hmm", "\u00e9t\u00e9", "zzz", "z\u00e9", "missing", "", "\u00e9")
    for table in (LookupTable.from_bytes(data), LookupTable.open(str(path))):
        assert [table.get(w) for w in words] == [1, 3, 0, 2, 10**10, -4, None, None, None]
        assert table.extra == "abc\u00e9" and len(table) == 6
        assert table.present({"a", "zzz", "nope"}) == {"a", "zzz"}
        assert table.as_dict() == lexicon  # then answers from the dict
        assert table.get("banana") == 3 and "nope" not in table
    for bad in (b"garbage", b"", data[:40], data[:-1], b"XXXX" + data[4:], data[:5] + b"zz" + data[7:]):
        with pytest.raises(ValueError):
            LookupTable.from_bytes(bad)
    path.write_bytes(b"")
    with pytest.raises(ValueError):
        LookupTable.open(str(path))


@pytest.mark.parametrize("built", ["sorted_keys", "key_set"])
def test_a_table_with_sorted_keys_or_a_key_set_answers_as_its_dict_would(built):
    # What a pooled run's prepare() builds before the fork in place of the dict (issue 14,
    # nineteenth session): the same answers, by bisect, and the dict is never built.
    lexicon = {"a": 1, "banana": 3, "hmm": 0, "\u00e9t\u00e9": 2, "zzz": 10**10, "z\u00e9": -4, "zz": 7}
    table = LookupTable.from_bytes(LookupTable.encode(lexicon))
    getattr(table, built)()
    assert table.sorted_keys() == sorted(lexicon)
    words = ("a", "banana", "hmm", "\u00e9t\u00e9", "zzz", "z\u00e9", "zz", "missing", "", "\u00e9", "zzzz",
             "\ud800", "A", " a")
    for _ in range(2):  # the second time past DICT_AFTER look-ups: still no dict
        assert [table.get(w) for w in words] == [lexicon.get(w) for w in words]
        assert [w in table for w in words] == [w in lexicon for w in words]
        assert table.present(set(words)) == set(words) & set(lexicon)
        assert table.get("nope", -1) == -1
        table._lookups = LookupTable.DICT_AFTER + 1
    assert not table.has_dict()
    assert LookupTable.from_bytes(LookupTable.encode({})).sorted_keys() == []


def test_a_table_that_cannot_be_memory_mapped_is_read(tmp_path, monkeypatch):
    import mmap

    path = tmp_path / "t.table"
    path.write_bytes(LookupTable.encode({"word": 1}))

    def refuse(*args, **kwargs):
        raise OSError(19, "No such device")  # what mmap says on a file system that cannot map

    monkeypatch.setattr(mmap, "mmap", refuse)
    assert LookupTable.open(str(path)).get("word") == 1


# --- offline, lazy ---------------------------------------------------------------------------------


def test_works_offline_with_nltk_download_forbidden(tmp_path, monkeypatch):
    nltk = pytest.importorskip("nltk")

    def forbidden(*args, **kwargs):
        raise AssertionError("nltk.download was called")

    empty = tmp_path / "nltk_data"
    empty.mkdir()
    monkeypatch.setenv("NLTK_DATA", str(empty))
    monkeypatch.setattr(nltk, "download", forbidden)
    monkeypatch.setattr(nltk.downloader, "download", forbidden, raising=False)
    assert [c for _, _, c in codes(rd(f"{DENSE}\n\n{LONG}\n"))] == ["RD102", "RD101"]
    assert syllables.source == "built"


def test_no_nltk_textstat_or_network_in_a_fresh_process(tmp_path):
    """A fresh process with sockets disabled lints, and never imports NLTK or textstat."""
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    script = textwrap.dedent(
        f"""
        import socket, sys
        def no_network(*a, **k):
            raise OSError("network used")
        socket.socket.connect = no_network
        socket.create_connection = no_network
        import prosecheck.checks.readability as rd
        assert "textstat" not in sys.modules and "nltk" not in sys.modules
        from prosecheck.testing import lint, codes
        found = lint({DENSE!r} + "\\n\\n" + {LONG!r} + "\\n", plugins=[rd])
        assert [c for _, _, c in codes(found)] == ["RD102", "RD101"], found
        assert "textstat" not in sys.modules and "nltk" not in sys.modules, "imported"
        print("ok")
        """
    )
    env = dict(os.environ, NLTK_DATA=str(empty), XDG_CACHE_HOME=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_importing_the_check_loads_nothing_heavy():
    out = subprocess.run(
        [sys.executable, "-c", "import sys, prosecheck.checks.readability; "
         "print(sorted(m for m in ('nltk', 'textstat', 'pyphen', 'cmudict') if m in sys.modules))"],
        capture_output=True, text=True, timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("code", ["RD101", "RD102"])
def test_documented_example_gives_the_documented_diagnostic(code):
    import re

    page = (Path(readability.__file__).parent.parent / "codedocs" / f"{code}.md").read_text(encoding="utf-8")
    example, use_instead = re.findall(r"```markdown\n(.*?)```", page, re.S)[:2]
    shown = re.search(r"```text\nREADME\.md:(.*)\n```", page).group(1)
    assert lines(lint(example, path="README.md", plugins=[readability])) == [shown]
    assert lint(use_instead, path="README.md", plugins=[readability]) == []


def test_cached_pyphen_patterns_count_like_pyphen(tmp_path, monkeypatch):
    from pyphen import Pyphen

    from prosecheck.checks import syllables

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    words = ["readability", "hyphenation", "kubernetes", "asynchronously", "internationalization",
             "npm", "a", "middleware", "serverless", "typescript"]
    expected = [len(Pyphen(lang="en_US").positions(w)) for w in words]
    built = syllables._pyphen_positions()  # parses pyphen's file and caches the patterns
    assert list((tmp_path / "prosecheck").glob("pyphen-en_US-*.marshal"))
    cached = syllables._pyphen_positions()  # from the cache
    assert [len(built(w)) for w in words] == expected
    assert [len(cached(w)) for w in words] == expected


# --- the bulk paths are the per-word definitions (issue 14, seventh session) ----------------------

COUNT_WORDS = ["The", "committee's", "npm's", "users'", "Zstandard", "re-run", "e.g", "v2", "ÉCOLE",
               "\u03a3\u039f\u03a6\u039f\u03a3", "", "cache", "xqzvb", "It\u2019s", "1990"]


@pytest.mark.parametrize("built", [None, "as_dict", "sorted_keys"])
def test_counts_are_the_counter_word_by_word(built):
    lexicon = syllables.load_lexicon()
    if built and hasattr(lexicon, built):
        getattr(lexicon, built)()  # sorted_keys: what prepare() does before a big run
    one = syllables.counter()
    for _ in range(2):  # the second time from the words remembered by the first
        assert syllables.counts(COUNT_WORDS) == [one(w) for w in COUNT_WORDS]
        assert syllables.counts(COUNT_WORDS)[:3] == [1, 3, 1]
    if built == "sorted_keys" and hasattr(lexicon, "has_dict"):
        assert not lexicon.has_dict()


@pytest.mark.parametrize(
    "spans",
    [[(0, 9)], [(4, 20), (0, 5)], [(3, 3), (10, 30), (12, 18), (30, 44)], [(50, 60)], [(0, 200)]],
)
def test_linked_share_is_the_share_of_words_inside_any_link(spans):
    doc = parse("a.md", "One two three four five six seven eight nine ten eleven twelve thirteen.\n")
    sentence = doc.sentences[0]
    block = sentence.block
    expected = sum(1 for w in sentence.words if any(a <= w.start < b for a, b in spans)) / 13
    links = {id(block): spans}
    assert readability._linked_share(sentence.words, block, links) == expected
    assert readability._linked_share(list(sentence.words), block, links) == expected
