"""eval/gold_splits.py: how the gold marks the contested shapes (eval/RULINGS.md).

The first tests run the script on a small gold written here and assert exact counts and rulings;
the last pins RULINGS.md's generated tables to the script's output on the real sets, when they are
built under /work/data (skipped otherwise, as the other eval tests do)."""
import importlib.util
import json
import os
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "eval" / "gold_splits.py"
RULINGS = ROOT / "eval" / "RULINGS.md"


def load():
    spec = importlib.util.spec_from_file_location("gold_splits", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gs = load()

# One document, one sentence or two a line (line numbers are 1-based).
DOC = [
    "# Notes",                                                                          # 1
    "Some Marxists claim that the state withers away.",                                 # 2 school, positive
    "Marxists claim that the state withers away.",                                      # 3 school, trap
    "Economists argue that wages are sticky.",                                          # 4 school, unmarked
    "Anarchists argue that hierarchy is harmful.",                                      # 5 movement, trap
    "Indeed, the market always fails.",                                                 # 6 indeed, positive
    "Indeed, this is the reason for the name.",                                         # 7 indeed, trap (S563)
    "It was, indeed, a long day. Indeed the rain fell.",                                # 8 one opener (2nd), unmarked
    "It is no coincidence that the rich rule.",                                         # 9 coincidence, unmarked
    "Apparently we are meant to believe this. He was apparently ill.",                  # 10 apparently x2
    'The "free" market is the best system.',                                            # 11 scare, other-item
    "Unsurprisingly, the plan failed. This is unsurprising, as they are greedy.",       # 12 surprise x2
    "He knows that the economy is weak. I know that too. They know how to fish.",       # 13 knows x2
]

GOLD = [
    dict(line=2, category="hedge", phrase="Some Marxists claim", label="positive"),
    dict(line=3, category="hedge", phrase="Marxists claim", label="negative", why="RULES 4 and slick S1150: the school"),
    dict(line=5, category="hedge", phrase="Anarchists argue", label="negative", why="rivet S250"),
    dict(line=6, category="booster", phrase="Indeed", label="positive"),
    dict(line=7, category="booster", phrase="Indeed", label="negative", why="rabbet S563: a connective"),
    dict(line=10, category="hedge", phrase="Apparently", label="negative", why="crimp S1101: sarcastic"),
    dict(line=10, category="hedge", phrase="apparently ill", label="positive"),
    dict(line=11, category="superlative", phrase="the best system", label="positive"),
    dict(line=12, category="booster", phrase="Unsurprisingly", label="positive"),
    dict(line=12, category="booster", phrase="This is unsurprising", label="negative", why="spline S262: the ground"),
    dict(line=13, category="booster", phrase="They know how", label="positive"),
]


def make_set(tmp_path, name="fixture-docs"):
    gdir = tmp_path / "eval" / name
    ddir = tmp_path / "data" / name
    gdir.mkdir(parents=True)
    ddir.mkdir(parents=True)
    (gdir / "manifest.jsonl").write_text(json.dumps({"id": "doc1", "format": "md", "split": "test"}) + "\n"
                                         + json.dumps({"id": "missing", "format": "md", "split": "test"}) + "\n")
    (ddir / "doc1.md").write_text("\n".join(DOC) + "\n")
    (gdir / "gold.jsonl").write_text("".join(json.dumps(dict(doc="doc1", sentence="", **g)) + "\n" for g in GOLD))
    return str(gdir), str(ddir)


def test_counts_on_a_fixture_gold(tmp_path):
    gdir, ddir = make_set(tmp_path)
    occs = gs.scan_set("fixture-docs", gdir, ddir)
    got = {key: dict(c) for (key, _), c in gs.counts(occs).items()}
    assert got == {
        "school": {"positive:hedge": 1, "trap:hedge": 1, "unmarked": 1},
        "movement": {"trap:hedge": 1},
        "indeed": {"positive:booster": 1, "trap:booster": 1, "unmarked": 1},
        "coincidence": {"unmarked": 1},
        "apparently": {"trap:hedge": 1, "positive:hedge": 1},
        "scare": {"unmarked": 1, "other-item": 1},
        "surprise": {"positive:booster": 1, "trap:booster": 1},
        "knows": {"unmarked": 1, "positive:booster": 1},
    }
    # Where each occurrence is: the mid-sentence "indeed" of line 8 is not an opener.
    assert sorted((o["shape"], o["line"]) for o in occs if o["shape"] == "indeed") == [
        ("indeed", 6), ("indeed", 7), ("indeed", 8)]
    assert [o["start"] for o in occs if o["shape"] == "indeed" and o["line"] == 8] == [DOC[7].index("Indeed")]
    # "I know that" is the writer's own: not the shape.
    assert [o["match"] for o in occs if o["shape"] == "knows"] == ["He knows that", "They know how"]


def test_rulings_on_a_fixture_gold(tmp_path):
    gdir, ddir = make_set(tmp_path)
    occs = gs.scan_set("fixture-docs", gdir, ddir)
    moved = sorted((o["shape"], o["line"], o["marking"], r, how) for o, r, how in gs.remarks(occs))
    assert moved == [
        ("apparently", 10, "trap:hedge", "positive:hedge", "review"),         # 4a: sarcasm names no holder
                                                                              # (a reader: clarification 1)
        ("coincidence", 9, "unmarked", "positive:booster", "review"),         # 3
        ("indeed", 7, "trap:booster", "positive:booster", "firm"),            # 2: S563 overturned
        ("indeed", 8, "unmarked", "positive:booster", "review"),
        ("knows", 13, "positive:booster", "unmarked", "firm"),                # 6: know of skill
        ("knows", 13, "unmarked", "positive:booster", "review"),              # 6: know + claim
        ("school", 4, "unmarked", "positive:hedge", "review"),                # 1: a trade of judging
        ("surprise", 12, "trap:booster", "positive:booster", "review"),       # 5: the ground is the writers' claim
    ]


def test_school_ruling_reads_the_kind_of_plural(tmp_path):
    def occ(before, match, marking="unmarked", why=""):
        item = {"category": "hedge", "phrase": match, "why": why, "_col": len(before)} if marking != "unmarked" else None
        return dict(shape="school", set="x", doc="d", line=1, start=len(before), end=len(before) + len(match),
                    match=match, before=before, after=" that", sentence=before + match + " that x.", item=item,
                    marking=marking, other_item=False)

    # A trade of judging is a vague source noun: positive, counted or not.
    assert gs.ruled(occ("As ", "economists argue", "trap:hedge", "RULES 4")) == ("positive:hedge", "firm")
    # A school as a whole: nothing; a counted part of it: positive.
    assert gs.ruled(occ("As ", "Marxists claim", "positive:hedge")) == ("trap:hedge", "firm")
    assert gs.ruled(occ("As many ", "Marxists claim", "trap:hedge", "RULES 4")) == ("positive:hedge", "firm")
    assert gs.ruled(occ('Most "anarcho"-', "capitalists claim", "trap:hedge", "RULES 4")) == ("positive:hedge", "firm")
    # A trade narrowed to a school is a school.
    assert gs.ruled(occ('In contrast, Austrian ', "economists argue", "positive:hedge")) == ("trap:hedge", "firm")
    # RULES 2's support and the object of a preposition are left alone.
    assert gs.ruled(occ("As ", "Marxists claim", "trap:hedge", "RULES 2: the next sentence names Lenin")) is None
    assert gs.ruled(occ("supporters of free market ", "capitalists like to", "positive:hedge")) is None


def _occ(shape, sentence, match, marking, why="", category=None):
    start = sentence.index(match)
    item = None
    if marking != "unmarked":
        item = {"category": category or gs.SHAPES[shape][1], "phrase": match, "why": why, "_col": start}
    return dict(shape=shape, set="x", doc="d", line=1, start=start, end=start + len(match), match=match,
                before=sentence[:start], after=sentence[start + len(match):], sentence=sentence, item=item,
                marking=marking, other_item=False)


def test_knows_and_apparently_rulings():
    s = "Donald Trump knows that a nation without borders is not a nation."
    # RULES 1's named holder does not cover factive *know*: the claim is the speaker's (a reader
    # decides since clarification 5: a narrative's report of a character's motive is nothing).
    assert gs.ruled(_occ("knows", s, "Trump knows that", "trap:booster", "credited to a named person (RULES 1, M6)")) == (
        "positive:booster", "review")
    # A quotation stays RULES 1's; know of acquaintance stays N4's.
    assert gs.ruled(_occ("knows", s, "Trump knows that", "trap:booster", "RULES 1: inside his quoted words")) is None
    assert gs.ruled(_occ("knows", "They know how to fish.", "They know how", "positive:booster")) == ("unmarked", "firm")
    s = "Apparently we are meant to believe this."
    # S1101 is overturned, but whether the mocked view is quoted or named in the sentence or the one
    # before (clarification 1, S1141) is a reader's question.
    assert gs.ruled(_occ("apparently", s, "Apparently", "trap:hedge", "crimp S1101: sarcastic")) == ("positive:hedge", "review")
    assert gs.ruled(_occ("apparently", s, "Apparently", "trap:hedge", "kiln M10: irony")) == ("positive:hedge", "review")
    assert gs.ruled(_occ("apparently", s, "Apparently", "trap:hedge", "S1101 and RULES 2: the next sentence names him")) is None
    assert gs.ruled(_occ("apparently", s + " [Smith, p. 3]", "Apparently", "trap:hedge", "crimp S1101")) is None


def test_sets_outside_crossval_are_refused():
    # A sealed set is any set of eval/ not in crossval.SETS (never named in the script).
    for name in ("fixture-docs", "unknown-docs"):
        with pytest.raises(SystemExit):
            gs.set_dirs(name)
        with pytest.raises(SystemExit):
            gs.main(["--sets", name])


def test_sets_are_crossval_sets():
    names = gs.development_sets()
    assert names[0] == "news-dev" and len(names) == len(set(names))
    assert set(gs.NEWEST) <= set(names)
    assert gs.NEWEST == names[-3:]  # the last three to join, as ablate.NEWEST


def _all_built():
    names = gs.development_sets()
    dirs = [gs.set_dirs(n)[1] for n in names]
    return all(os.path.isdir(d) for d in dirs) and os.path.exists(os.path.join(gs.NEWS_DEV_GOLD, "gold.jsonl"))


@pytest.mark.slow
def test_rulings_md_tables_match_the_real_sets(capsys):
    if not _all_built():
        pytest.skip("the sets are not built under /work/data (bash eval/build_sets.sh /work/data)")
    text = RULINGS.read_text(encoding="utf-8")
    m = re.search(r"<!-- gold_splits table start -->\n(.*)<!-- gold_splits table end -->", text, re.S)
    assert m, "RULINGS.md lost its generated tables"
    assert gs.main(["--table"]) == 0
    assert capsys.readouterr().out == m.group(1)


def test_indeed_opens_a_sentence_after_a_citation_marker():
    # The scorers' split leaves "62] " of the sentence before's marker on this side of the break.
    for line, opens in (("As he wrote. [Op. Cit., p. 62] Indeed, it failed.", True),
                        ("> Indeed, it failed.", True),
                        ("It was, indeed, a long day.", False),
                        ("The [best] Indeed is here.", False)):
        got = [line[s:e] for s, e in gs.occurrences("indeed", line)]
        assert got == (["Indeed"] if opens else []), line


def test_coincidence_shape_takes_nor_is_it():
    # Clarification 7 (sixty-fourth session): "Nor is it a coincidence that" is the same shape as
    # "It is no coincidence that" (brace deb-anarchism-vol2intro:19).
    for line, want in (("Nor is it a coincidence that the rich rule.", ["Nor is it a coincidence"]),
                       ("Nor was this an accident: they planned it.", ["Nor was this an accident"]),
                       ("It is no coincidence that x. Nor is it a mere coincidence that y.",
                        ["It is no coincidence", "Nor is it a mere coincidence"]),
                       ("Nor is it coincidental that x.", []),
                       ("Nor is it clear that this was a coincidence.", [])):
        assert [line[s:e] for s, e in gs.occurrences("coincidence", line)] == want, line
    s = "Nor is it a coincidence that the rich rule."
    assert gs.ruled(_occ("coincidence", s, "Nor is it a coincidence", "unmarked")) == ("positive:booster", "review")


def test_propagandists_are_a_trade_of_advocacy():
    # RULES 4's "advocates": flail's "corporate propagandists piously denounce" is not a school.
    def occ(before, match, marking):
        return dict(shape="school", set="x", doc="d", line=1, start=len(before), end=len(before) + len(match),
                    match=match, before=before, after=" x", sentence=before + match + " x.",
                    item={"category": "hedge", "phrase": match, "why": "", "_col": len(before)} if marking != "unmarked" else None,
                    marking=marking, other_item=False)
    assert gs.ruled(occ("While corporate ", "propagandists piously denounce", "positive:hedge")) is None
    assert gs.ruled(occ("While ", "propagandists denounce", "unmarked")) == ("positive:hedge", "review")
