"""Add a new set's name to tests/test_eval_held_out_scorers.py after PREV (the lead's merge of a
set branch: `git checkout --ours tests/test_eval_held_out_scorers.py`, then this).

usage: python3 eval/session/add_set.py NAME-docs PREV-docs

Three places name the sets: the docstring's list ("..., PREV and NAME: the same score.py"), the
SETS tuple and the every-negative-cites-a-rule parametrize list. Each gets NAME after PREV; a place
that already holds NAME is left alone. Exits 1 when PREV is not where it is expected."""
import re
import sys
from pathlib import Path

PATH = Path(__file__).resolve().parents[2] / "tests" / "test_eval_held_out_scorers.py"


def add(text, name, prev):
    head, sep, rest = text.partition('"""\n\nimport')
    if f"{name}:" not in head and f"{name}," not in head:
        if f" and {prev}:" not in head:
            sys.exit(f"docstring: ' and {prev}:' not found")
        head = head.replace(f" and {prev}:", f", {prev} and {name}:")
    count = rest.count(f'"{prev}")')
    if f'"{name}"' in rest:
        return head + sep + rest
    if count != 2:
        sys.exit(f'"{prev}") found {count} times in the tuples, 2 expected')
    rest = rest.replace(f'"{prev}")', f'"{prev}", "{name}")')
    return head + sep + rest


if __name__ == "__main__":
    name, prev = sys.argv[1:3]
    PATH.write_text(add(PATH.read_text(), name, prev))
    print("added", name, "after", prev)
