"""eval/frame_classes.py, the superlatives SL101's frames pass over (issue 11, twelfth to
fourteenth sessions): the shape each missed phrase is put in, each class switched on alone, and
the corpus rows."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import frame_classes  # noqa: E402
from prosecheck.checks import superlative_absolutes, superlative_frames, superlatives  # noqa: E402

TEXT = (
    "Farmers saw the smallest harvest since 1951.\n\n"
    "Nothing is more important than a fair vote.\n\n"
    "Waste pales before the greatest loss of the century.\n\n"
    "The coach was more surprised than anybody else.\n\n"
    "The utility has a record construction budget.\n\n"
    "It was one of his greatest triumphs.\n\n"
    "Even now, Highlanders never think about the fees.\n\n"
    "It is a gift which they and they alone possess.\n\n"
    "Practically everybody in the valley keeps bees.\n\n"
    "Vandals smashed the most beautiful of all the bridges.\n\n"
    "Only then can farmers sell their grain.\n"
)


@pytest.fixture(autouse=True)
def restore(monkeypatch):
    """switch() rebinds module attributes: put them back after each test."""
    for module, name in ((superlative_frames, "historical_record"), (superlative_frames, "comparative_absolute"),
                         (superlative_frames, "every_rival"), (superlative_frames, "record_adjective"),
                         (superlative_frames, "no_other_people"), (superlative_frames, "nobody_better"),
                         (superlative_frames, "led_the_field"),
                         (superlative_absolutes, "group_habit"), (superlative_absolutes, "alone_claim"),
                         (superlative_absolutes, "nearly_everyone"), (superlative_absolutes, "of_all"),
                         (superlative_absolutes, "only_inverted"),
                         (superlatives, "_frame_claim"), (superlatives, "_record_over_time")):
        monkeypatch.setattr(module, name, getattr(module, name))
    monkeypatch.setattr(superlatives, "_FRAME_KINDS", dict(superlatives._FRAME_KINDS))


@pytest.mark.parametrize(
    "phrase, sentence, expected",
    [
        ("nothing is more important than", "In 1979, nothing is more important than that.", "comparative"),
        ("no clearer test", "There will be no clearer test of our resolve.", "comparative"),
        ("the smallest budget since 1951", "It will be the smallest budget since 1951.", "history"),
        ("for the first time in history", "Exports rose, for the first time in history, by a third.", "history"),
        ("the most tragic loss", "It pales before the most tragic loss: the waste.", "evaluative"),
        ("Only by lifting the weights", "Only by lifting the weights can we rise.", "other"),
        ("than anybody else", "They were more surprised than anybody else.", "rival"),
        ("record construction budget", "It has a record construction budget.", "record"),
    ],
)
def test_missed_class_by_shape(phrase, sentence, expected):
    assert frame_classes.missed_class({"phrase": phrase, "sentence": sentence}) == expected


@pytest.mark.parametrize(
    "on, expected",
    [
        ((), []),
        (("history",), [(1, 13, "warning")]),
        (("comparative",), [(3, 1, "warning")]),
        (("evaluative",), [(5, 20, "info")]),
        (("rival",), [(7, 30, "warning")]),
        (("record",), [(9, 17, "warning")]),
        (("possessive",), [(11, 15, "info")]),
        (("habit",), [(13, 11, "warning")]),
        (("alone",), [(15, 20, "warning")]),
        (("everyone",), [(17, 1, "warning")]),
        (("ofall",), [(19, 17, "warning")]),
        (("onlyinv",), [(21, 1, "warning")]),
        (frame_classes.SHIPPED, [(1, 13, "warning"), (3, 1, "warning"), (7, 30, "warning"), (9, 17, "warning"),
                                 (13, 11, "warning"), (15, 20, "warning"), (17, 1, "warning"), (19, 17, "warning"),
                                 (21, 1, "warning")]),
    ],
)
def test_each_class_switched_on_alone(on, expected):
    found = frame_classes.lint({"d.md": TEXT}, on)
    assert [(f["line"], f["col"], f["tier"]) for f in found] == expected


def test_corpus_rows_name_each_new_finding(tmp_path, capsys):
    (tmp_path / "a.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.md").write_text("Acme is the fastest router.\n", encoding="utf-8")
    tsv = tmp_path / "out.tsv"
    frame_classes.corpus(str(tmp_path), str(tsv))
    rows = [line.split("\t")[:5] for line in tsv.read_text(encoding="utf-8").splitlines()[1:]]
    assert rows == [
        ["a.md", "5", "20", "evaluative", "info"],
        ["a.md", "3", "1", "comparative", "warning"],
        ["a.md", "1", "13", "history", "warning"],
        ["a.md", "7", "30", "rival", "warning"],
        ["a.md", "9", "17", "record", "warning"],
        ["a.md", "11", "15", "possessive", "info"],
        ["a.md", "13", "11", "habit", "warning"],
        ["a.md", "15", "20", "alone", "warning"],
        ["a.md", "17", "1", "everyone", "warning"],
        ["a.md", "19", "17", "ofall", "warning"],
        ["a.md", "21", "1", "onlyinv", "warning"],
    ]
    out = capsys.readouterr().out
    assert "(2 files, 1 SL101 findings with the classes off): evaluative  adds {'info': 1}" in out
