"""Issue 11, twenty-first session, task P: precision pooled over the false alarms of every
development set in technical writing and web pages (eval/pooled_alarms.py; each class a general
shape; the sentences are ours, regression tests only, never accuracy figures)."""

from __future__ import annotations

import pytest

from prosecheck.checks import hedging, superlatives
from prosecheck.testing import codes, lint


def found(text):
    return sorted(codes(lint(text, plugins=[superlatives])) + codes(lint(text, plugins=[hedging])))


# --- every code: an instruction to the reader is advice, not a claim (instructions.instructs) ---
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Remove the features that nobody wants and keep the ones that matter.\n", []),
        ("Save the log, then delete the branch; definitely do not publish it.\n", []),
        ("- expect your patch to be accepted without question\n", []),
        ("Please use the fastest mirror you can reach.\n", []),
        ("Don't settle for anything less than the best backup you can afford.\n", []),
        ("Run the suite before you submit and make sure it passes (obviously).\n", []),
        # the same words stated, not asked of the reader, are still claims
        ("Nobody wants the old features.\n", [(1, 1, "SL101")]),
        ("The patch was definitely accepted without question.\n", [(1, 15, "HC102")]),
        # not instructions: a noun, an inversion, a promotion, a speaker's lead-in
        ("Use of the cache makes Harbor the fastest router in the world.\n", [(1, 31, "SL101")]),
        ("Never before has a router been so fast.\n", [(1, 1, "SL101")]),
        ("Get to know the features that make it the most complete router on the market.\n", [(1, 39, "SL101")]),
        ("Let me tell you: Harbor is the best router in the world.\n", [(1, 28, "SL101")]),
        # "don't" / "do not" before a lead-in's verb: the claim after it is the writer's (twenty-sixth session)
        ("Don't worry, Harbor is the best router in the world.\n", [(1, 24, "SL101")]),
        ("Do not be fooled: Harbor is definitely the best router.\n", [(1, 29, "HC102"), (1, 40, "SL101")]),
        ("Don't get me wrong, Harbor is the best router in the world.\n", [(1, 31, "SL101")]),
        ("Do not use the fastest mirror for this.\n", []),
    ],
)
def test_an_instruction_is_advice(text, expected):
    assert found(text) == expected
