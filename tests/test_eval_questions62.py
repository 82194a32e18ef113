"""eval/questions62.py: findings inside questions and scare quotes, labelled by the sentence (ask62)."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))

import questions62  # noqa: E402
from prosecheck.checks.lexicon import norm_words  # noqa: E402
from prosecheck.document import parse  # noqa: E402


def _kind(text, next_text=""):
    doc = parse("a.md", text + "\n")
    s = doc.sentences[0]
    return questions62.question_kind(s.text, norm_words(s.words), next_text)


def test_question_kinds():
    assert _kind("The mill is the oldest in the valley.") == "statement"
    assert _kind("Is this really the best mill?") == "yesno"
    assert _kind("And who could possibly doubt the miller?") == "wh"
    assert _kind("The mill is the best, isn't it?") == "tag"
    assert _kind("Surely this is the best mill?", "No. The old one was better.") == "denied"
    assert _kind("Surely this is the best mill?") == "otherq"


def test_a_short_quotation_without_a_verb_of_saying_is_a_scare_quote():
    doc = parse("a.md", 'It was the "greatest" reform. He said "best" once.\n')
    first, second = doc.sentences[0], doc.sentences[1]
    b = first.block
    # "the" (word 2) with the word after it, "greatest", in the quotation
    assert questions62.scare(first.words, b.prose, b.quotations, 2, 2)
    assert not questions62.scare(first.words, b.prose, b.quotations, 0, 0)
    # "said" before the quotation: a quotation, not a scare quote
    assert not questions62.scare(second.words, b.prose, b.quotations, 2, 2)


def test_table_counts_a_shape_by_code_and_tier(tmp_path, capsys):
    rows = tmp_path / "rows.jsonl"
    base = dict(doc="d", line=1, col=1, phrase="Surely", text="Surely so?", next="", scare=False, quotemark=False)
    with open(rows, "w") as f:
        for s, q, lab in (("pliers-docs", "otherq", "trap"), ("drill-docs", "otherq", "right"), ("kevel-docs", "otherq", "trap")):
            f.write(json.dumps(dict(base, set=s, code="HC102", tier="warning", q=q, sent=lab, line_label=lab)) + "\n")
    assert questions62.main(["table", "--rows", str(rows)]) == 0
    out = capsys.readouterr().out
    assert "otherq      HC102  warning     1     1     0   1 / 1" in out
