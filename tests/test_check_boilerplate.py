"""Tests of the boilerplate check (BP101 repeats within a document, BP102 repeats across files)."""

from __future__ import annotations

import pickle
import random
import subprocess
import sys
from pathlib import Path

import pytest

from prosecheck.checks import boilerplate as bp
from prosecheck.checks import fingerprints as fp
from prosecheck.document import parse
from prosecheck.testing import assert_fixture, codes, fixture_paths, lines, lint, lint_documents

FIXTURES = Path(__file__).parent / "fixtures" / "boilerplate"
DEFAULTS = {name: opt.default for name, opt in bp.Boilerplate.options.items()}


@pytest.mark.parametrize("path", fixture_paths(FIXTURES), ids=lambda p: p.name)
def test_fixture(path):
    assert_fixture(path, plugins=[bp])


def test_fixtures_exist():
    assert {p.name for p in fixture_paths(FIXTURES)} == {"allow.md", "plain.txt", "repeats.md"}


# --- BP101 ---------------------------------------------------------------------------------------


def test_exact_sentence_repeat_points_at_the_first():
    text = (
        "The server reads its settings from the file named in the first argument.\n\n"
        "Something else entirely is said in this paragraph, at some length.\n"
    )
    assert lint(text, plugins=[bp]) == []
    text += "\nThe server reads its settings, from the file named in the FIRST argument.\n"
    assert lines(lint(text, plugins=[bp])) == [
        "5:1: BP101 this sentence repeats the one at line 1 word for word: keep one of them, "
        "or say something new here"
    ]


def test_paragraph_repeat_is_reported_once_not_per_sentence():
    para = "We test every change on three systems. Each run takes an hour or so. Results go to the team."
    found = lint(f"{para}\n\n{para}\n", plugins=[bp])
    assert codes(found) == [(3, 1, "BP101")]
    assert "this paragraph repeats the one at line 1 word for word" in found[0].message


def test_near_repeat_reports_the_similarity():
    a = ("The parser keeps the position of every token so that messages can point at the exact "
         "place in the source where the problem was found by the checker.")
    b = a.replace("the checker", "the linter")
    found = lint(f"{a}\n\n{b}\n", plugins=[bp])
    assert lines(found) == [
        "3:1: BP101 this sentence nearly repeats the one at line 1 (81% the same): keep one of them, "
        "or say only what is new here"
    ]


def test_similarity_option_and_clamping():
    a = ("The parser keeps the position of every token so that messages can point at the exact "
         "place in the source where the problem was found by the checker.")
    b = a.replace("the checker", "the linter")
    text = f"{a}\n\n{b}\n"
    assert codes(lint(text, plugins=[bp], options={"boilerplate": {"similarity": 0.81}})) == [(3, 1, "BP101")]
    assert lint(text, plugins=[bp], options={"boilerplate": {"similarity": 0.82}}) == []
    # Out of range values are clamped: 1.5 acts as 1.0 (word for word only), 0.1 as 0.5.
    assert lint(text, plugins=[bp], options={"boilerplate": {"similarity": 1.5}}) == []
    assert codes(lint(text, plugins=[bp], options={"boilerplate": {"similarity": 0.1}})) == [(3, 1, "BP101")]


def test_min_words_option_and_clamping():
    text = "Run the tests first.\n\nRun the tests first.\n"
    assert lint(text, plugins=[bp]) == []
    assert codes(lint(text, plugins=[bp], options={"boilerplate": {"min_words": 4}})) == [(3, 1, "BP101")]
    # Below three words is clamped to three: "Run tests." never counts.
    assert lint("Run tests.\n\nRun tests.\n", plugins=[bp], options={"boilerplate": {"min_words": 0}}) == []


def test_three_occurrences_are_a_refrain():
    s = "This option is ignored when the server runs in read-only mode."
    two = lint(f"# A\n\n{s}\n\n# B\n\n{s}\n", plugins=[bp])
    assert codes(two) == [(7, 1, "BP101")]
    three = lint(f"# A\n\n{s}\n\n# B\n\n{s}\n\n# C\n\n{s}\n", plugins=[bp])
    assert three == []


def test_invalid_allow_pattern_is_explained():
    found = lint("Some words here that are long enough to count.\n", plugins=[bp],
                 options={"boilerplate": {"allow": ["licen(ce"]}})
    assert [d.code for d in found] == ["PC003"]
    assert "'licen(ce' is not a valid regular expression" in found[0].message


# --- BP102 ---------------------------------------------------------------------------------------

FOOTER = (
    "This documentation is maintained by the platform team. If something here is wrong or out of "
    "date, open an issue in the tracker or ask in the support channel, and we will fix it within the week."
)


def _docs():
    return {
        "docs/a.md": f"# A\n\nAll about apples and how they grow in the orchard.\n\n{FOOTER}\n",
        "docs/b.md": f"# B\n\nBananas ripen on the plant and are picked green for transport.\n\n{FOOTER}\n",
        "docs/c.md": f"# C\n\nCherries need a cold winter to set fruit in the spring.\n\n\n{FOOTER}\n",
        "docs/d.md": (
            "# D\n\nDates grow in hot, dry places with water under the ground.\n\n"
            + FOOTER.replace("within the week", "within a week") + "\n"
        ),
        "docs/e.md": f"# E\n\nElderberries are cooked before they are eaten.\n\n{FOOTER} Draft.\n",
    }


def test_cross_file_paragraph_with_near_copy_and_allow():
    # Without the allow pattern, the draft's near copy (e.md) counts and is reported too.
    unexempted = lint_documents(_docs(), plugins=[bp])
    assert [d.path for d in unexempted] == [f"docs/{x}.md" for x in "abcde"]
    assert "in 4 other files" in unexempted[0].message
    found = lint_documents(_docs(), plugins=[bp], options={"boilerplate": {"allow": [r"Draft\.$"]}})
    tail = "keep it in one place and link to it, or exempt it with the 'allow' option"
    assert lines(found, with_path=True) == [
        f"docs/a.md:5:1: BP102 this paragraph also appears, word for word or nearly, in 3 other files, "
        f"first at docs/b.md:5: {tail}",
        f"docs/b.md:5:1: BP102 this paragraph also appears, word for word or nearly, in 3 other files, "
        f"first at docs/a.md:5: {tail}",
        f"docs/c.md:6:1: BP102 this paragraph also appears, word for word or nearly, in 3 other files, "
        f"first at docs/a.md:5: {tail}",
        f"docs/d.md:5:1: BP102 this paragraph appears nearly word for word in 3 other files, "
        f"first at docs/a.md:5: {tail}",
    ]


def test_cross_file_threshold():
    docs = _docs()
    # Without the near copy and the exempted one, the footer is in three files: still reported.
    three = {k: v for k, v in docs.items() if k in ("docs/a.md", "docs/b.md", "docs/c.md")}
    assert [d.path for d in lint_documents(three, plugins=[bp])] == ["docs/a.md", "docs/b.md", "docs/c.md"]
    two = {k: v for k, v in docs.items() if k in ("docs/a.md", "docs/b.md")}
    assert lint_documents(two, plugins=[bp]) == []
    found = lint_documents(two, plugins=[bp], options={"boilerplate": {"min_files": 2}})
    assert [(d.path, d.line, d.code) for d in found] == [("docs/a.md", 5, "BP102"), ("docs/b.md", 5, "BP102")]
    assert "also appears in 1 other file, first at docs/b.md:5" in found[0].message


def _summaries(docs, options=DEFAULTS):
    check = bp.Boilerplate()
    out = []
    for path, text in docs.items():
        doc = parse(path, text)
        list(check.check(doc, options, None))
        out.append((path, check.collect(doc, options, None)))
    return out


def test_finish_does_not_depend_on_the_order_of_summaries():
    docs = _docs()
    rng = random.Random(7)
    for i in range(12):  # more files, more shared and near-shared paragraphs
        extra = rng.choice(["now", "today", "here", ""])
        docs[f"more/{i:02}.md"] = f"# M{i}\n\nParagraph {i} of its own, unlike any other in the set.\n\n{FOOTER} {extra}\n"
    check = bp.Boilerplate()
    summaries = _summaries(docs)
    expected = sorted(check.finish(summaries, DEFAULTS, None))
    assert [d.path for d in expected] == [f"docs/{x}.md" for x in "abcde"] + [f"more/{i:02}.md" for i in range(12)]
    for seed in range(5):
        shuffled = list(summaries)
        random.Random(seed).shuffle(shuffled)
        assert sorted(check.finish(shuffled, DEFAULTS, None)) == expected
        assert [d.message for d in sorted(check.finish(shuffled, DEFAULTS, None))] == [d.message for d in expected]


def test_summaries_are_small_picklable_and_the_same_in_every_process():
    docs = _docs()
    mine = _summaries(docs)
    for _, summary in mine:
        lines_, cols, keys, sigs = summary
        assert len(sigs) == fp.SIGNATURE_BYTES * (len(keys) // 8)  # keys: 64-bit integers as bytes
    blob = pickle.dumps(mine)
    # Another interpreter with another string-hash seed must compute the very same summaries.
    script = (
        "import pickle, sys\n"
        "from prosecheck.document import parse\n"
        "from prosecheck.checks import boilerplate as bp\n"
        "docs = pickle.loads(sys.stdin.buffer.read())\n"
        "c = bp.Boilerplate(); o = {n: v.default for n, v in c.options.items()}\n"
        "out = []\n"
        "for p, t in docs.items():\n"
        "    d = parse(p, t); c.check(d, o, None); out.append((p, c.collect(d, o, None)))\n"
        "sys.stdout.buffer.write(pickle.dumps(out))\n"
    )
    for seed in ("1", "12345"):
        done = subprocess.run([sys.executable, "-c", script], input=pickle.dumps(docs), capture_output=True,
                              env={"PYTHONHASHSEED": seed, "PATH": ""}, check=True)
        assert done.stdout == blob


def test_no_summary_for_a_document_without_paragraphs():
    assert _summaries({"x.md": "# Only a heading\n\n| a | b |\n|---|---|\n| c | d |\n"}) == [("x.md", None)]


# --- fingerprints -----------------------------------------------------------------------------------


def test_the_written_out_donor_table_is_the_seeded_shuffle():
    assert fp._DONORS == fp.donor_orders()
    assert all(sorted(row + [j]) == list(range(fp.BINS)) for j, row in enumerate(fp._DONORS))
    assert fp.donor_orders(seed=1) != fp._DONORS  # the test can tell tables apart


def test_signature_estimates_similarity():
    words = [f"w{i}" for i in range(60)]
    a = fp.shingles(fp.word_hashes(words))
    assert fp.estimate(fp.signature(a), fp.signature(a)) == 1.0
    changed = list(words)
    changed[30] = "other"
    b = fp.shingles(fp.word_hashes(changed))
    true = fp.jaccard(frozenset(a), frozenset(b))
    assert abs(fp.estimate(fp.signature(a), fp.signature(b)) - true) < 0.2
    unrelated = fp.shingles(fp.word_hashes([f"v{i}" for i in range(60)]))
    assert fp.estimate(fp.signature(a), fp.signature(unrelated)) < 0.2
    assert len(fp.band_keys(fp.signature(a))) == fp.BANDS


def test_signature_equals_the_bin_by_bin_definition():
    import random

    rng = random.Random(14)
    for size in list(range(1, 80)) + [200, 1000]:
        hashes = [rng.getrandbits(63) - (1 << 62) for _ in range(size)]
        assert fp.signature(hashes) == fp.signature_bin_by_bin(hashes), size
    # One shingle: every bin borrows its value. Bin 5 only, value 0x2A: all 64 bytes are 0x2A.
    assert fp.signature([(0x2A << 6) | 5]) == bytes([0x2A]) * 64
    # Two bins: bin 0 (0x01) and bin 1 (0x02); each empty bin takes the first of them in its row.
    two = fp.signature([(1 << 6) | 0, (2 << 6) | 1])
    expected = [1 if j == 0 else 2 if j == 1 else
                (1 if fp._DONORS[j].index(0) < fp._DONORS[j].index(1) else 2) for j in range(64)]
    assert two == bytes(expected)
    assert fp.signature([]) == bytes(64)


def test_signature_equals_the_definition_for_every_number_of_filled_bins():
    # The column loop runs a different number of columns for each number of filled bins: every
    # one of them against the bin-by-bin definition.
    import random

    rng = random.Random(17)
    for filled in range(1, fp.BINS + 1):
        for _ in range(3):
            chosen = rng.sample(range(fp.BINS), filled)
            hashes = [(rng.getrandbits(50) << 6) | b for b in chosen for _ in range(rng.randint(1, 3))]
            assert fp.signature(hashes) == fp.signature_bin_by_bin(hashes), filled


def test_exact_key_ignores_case_punctuation_and_space_only():
    doc1 = parse("a.md", "Hello,   World: this is it.\n")
    doc2 = parse("b.md", "hello world -- THIS is it!\n")
    k1 = fp.exact_key([fp.normalise(w.text) for w in doc1.words])
    k2 = fp.exact_key([fp.normalise(w.text) for w in doc2.words])
    assert k1 == k2
    assert k1 != fp.exact_key(["hello", "world", "this", "is", "not"])


def test_a_file_sharing_many_paragraphs_gets_one_finding_that_counts_them():
    from prosecheck.checks import boilerplate
    from prosecheck.testing import lines, lint_documents

    shared = "".join(
        f"Paragraph {w} of the vendored readme explains the same installation steps again here.\n\n"
        for w in ("one", "two", "three", "four", "five")
    )
    docs = {f"pkg{i}/README.md": f"# Package {i}\n\n{shared}" for i in range(3)}
    found = lint_documents(docs, plugins=[boilerplate], select=["BP102"])
    assert lines(found, with_path=True) == [
        f"pkg{i}/README.md:3:1: BP102 5 paragraphs of this file appear in other files too (the first also "
        f"appears in 2 other files, first at pkg{1 if i == 0 else 0}/README.md:3): if the file is a copy, "
        f"keep one and link to it; or exempt the shared text with the 'allow' option"
        for i in range(3)
    ]
    uncapped = lint_documents(docs, plugins=[boilerplate], select=["BP102"],
                              options={"boilerplate": {"max_per_file": 0}})
    assert len(uncapped) == 15


def test_signatures_of_several_passages_at_once_equal_each_alone():
    import random

    rng = random.Random(8)
    passages = [[rng.getrandbits(64) - (1 << 63) for _ in range(size)] for size in (1, 2, 5, 40, 0, 3, 300)]
    runs = [h for p in passages for h in sorted(p, reverse=True)]
    together = fp.signatures(runs, [len(p) for p in passages])
    assert together == [fp.signature_bin_by_bin(p) for p in passages]
    assert together[4] == bytes(64)  # no shingles: no value


def test_shingles_of_padded_passages_are_each_passage_s_shingles():
    a, b = fp.word_hashes(["one", "two", "three"]), fp.word_hashes(["four"])
    pad = fp.PAD
    together = fp.shingles_of_padded([pad, pad, *a, pad, pad, *b, pad, pad])
    assert together == fp.shingles(a) + fp.shingles(b)
    assert len(fp.shingles(a)) == 5 and len(fp.shingles(b)) == 3


def test_a_passage_s_tokens_hold_code_and_link_targets_in_place(monkeypatch):
    from prosecheck.checks import boilerplate
    from prosecheck.document import parse

    # A link's target follows its text's last word, and follows a code span that ends the text.
    doc = parse("t.md", "Run [`make` now](http://A) and `test`, then [`stop`](http://b) here.\n")
    seen = []
    monkeypatch.setattr(boilerplate._Analysis, "_report", lambda self, units, *rest: seen.append(units.keys))
    boilerplate._Analysis(doc, {"min_words": 3})
    assert seen == [["run\n\x00make\nnow\n\x01http://a\nand\n\x00test\nthen\n\x00stop\n\x01http://b\nhere"]]
