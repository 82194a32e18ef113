"""Picky mode: the findings a check is less sure of are shown only when the user asks for them.

A check reports a finding below its code's declared severity (SL101 declared ``warning``, this
finding ``info``) when the finding's class is right only some of the time. On the labelled sets
nobody tuned on (``eval/test_split_history.py --tier info``: thirty-nine sets, each scored once) that
tier of the language checks was right 45% of the time and half of its findings fell on words the
annotators had marked as traps, so by default it is not shown, as LanguageTool keeps its "picky"
rules off until asked. Codes declared ``info`` (readability advice, HC104, BP102, LK105) are not
"less sure": they are advice, and are shown as before. ``--picky`` (``picky = true``) shows both.

The filter runs on the finished report (the command line and the language server), never inside
the checks, so the cache and the Python API keep every finding and a picky run needs no new lint.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from prosecheck.diagnostics import SEVERITIES


def less_sure(diagnostic, codes: Mapping) -> bool:
    """Whether the check reported this finding below its code's declared severity.

    ``codes`` is the registry's ``code -> (check, Code)``; a code it does not know (a core code such
    as PC001, a check that failed to load) is never less sure.
    """
    entry = codes.get(diagnostic.code)
    if entry is None or diagnostic.severity not in SEVERITIES:
        return False
    declared = entry[1].severity
    return declared in SEVERITIES and SEVERITIES.index(diagnostic.severity) > SEVERITIES.index(declared)


def visible(diagnostics: Iterable, codes: Mapping, picky: bool) -> tuple:
    """``(shown, hidden)``: every finding when picky, else the ones that are not less sure, and how
    many were held back."""
    diagnostics = list(diagnostics)
    if picky:
        return diagnostics, 0
    shown = [d for d in diagnostics if not less_sure(d, codes)]
    return shown, len(diagnostics) - len(shown)
