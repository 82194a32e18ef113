"""Issue 11, sixteenth session: precision classes of SL101/HC101/HC102 pooled from the false alarms
of every development set (each class is a general shape; the sentences are ours, regression tests
only, never accuracy figures)."""

from __future__ import annotations

import pytest

from prosecheck.checks import hedging, superlatives
from prosecheck.testing import codes, lint


def sl(text):
    return codes(lint(text, plugins=[superlatives]))


def hc(text):
    return codes(lint(text, plugins=[hedging]))


# --- SL101: set phrases that hold a superlative and rank nothing -------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The outage brought out the best in the volunteers.\n", []),
        ("Deadlines bring out the worst in some teams.\n", []),
        ("The plugin cache is the best kept secret of the toolkit.\n", []),
        ("The rename was the worst-kept secret in the project.\n", []),
        ("The startup lured the lab's best and brightest away.\n", []),
        ("I may not be the smartest developer, but I read the logs.\n", []),
        # the same words in a claim are still one
        ("Harbor is the best router for small teams.\n", [(1, 11, "SL101")]),
        ("Harbor is the smartest router for small teams.\n", [(1, 11, "SL101")]),
    ],
)
def test_idioms_with_a_superlative_rank_nothing(text, expected):
    assert sl(text) == expected
