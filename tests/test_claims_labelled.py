"""Recall and false-alarm rate per code on a labelled set of sentences (tests/data/claims.tsv).

Every sentence is linted as a document of its own with both checks. For each code, *recall* is
the share of sentences labelled with the code that get it, and the *false-alarm rate* is the
share of sentences not labelled with it that get it anyway. The thresholds below are set from
the measured values (printed by ``python tests/test_claims_labelled.py``), a little under/over
them so that a change which loses recall or adds false alarms fails; the same figures are on
each code's documentation page.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pytest

from prosecheck.checks import hedging, superlatives
from prosecheck.testing import lint_documents

DATA = Path(__file__).parent / "data" / "claims.tsv"
CODES = ("SL101", "SL102", "HC101", "HC102", "HC103")
#: code -> (minimum recall, maximum false-alarm rate)
THRESHOLDS = {
    "SL101": (0.85, 0.01),  # measured 0.923 of 39, 0.000 of 190
    "SL102": (0.95, 0.01),  # measured 1.000 of 14, 0.005 of 215
    "HC101": (0.95, 0.01),  # measured 1.000 of 21, 0.000 of 208
    "HC102": (0.95, 0.01),  # measured 1.000 of 22, 0.000 of 207
    "HC103": (0.90, 0.01),  # measured 1.000 of 9, 0.000 of 220
}


def load_rows():
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sentence, expected, genre = line.split("\t")
        codes = set() if expected.strip() == "-" else {c.strip() for c in expected.split(",")}
        rows.append((sentence, codes, genre))
    return rows


def measure(root: Path):
    (root / "exists.md").write_text("# Report\n", encoding="utf-8")
    rows = load_rows()
    docs = {}
    for i, (sentence, _, _) in enumerate(rows):
        text = sentence + "\n"
        if "[^1]" in sentence:
            text += "\n[^1]: The source.\n"
        docs[f"s{i:03d}.md"] = text
    found = defaultdict(set)
    for d in lint_documents(docs, plugins=[superlatives, hedging], root=str(root)):
        found[int(d.path[1:4])].add(d.code)
    stats = {}
    misses = defaultdict(list)
    for code in CODES:
        pos = [i for i, r in enumerate(rows) if code in r[1]]
        neg = [i for i, r in enumerate(rows) if code not in r[1]]
        hits = [i for i in pos if code in found[i]]
        false = [i for i in neg if code in found[i]]
        stats[code] = (len(hits) / len(pos), len(false) / len(neg), len(pos), len(neg))
        misses[code] = [("missed", rows[i][0]) for i in pos if i not in hits]
        misses[code] += [("false alarm", rows[i][0]) for i in false]
    return rows, stats, misses


def test_the_set_is_large_and_varied():
    rows = load_rows()
    assert len(rows) >= 150
    genres = {g for _, _, g in rows}
    assert {"news", "docs", "marketing", "academic"} <= genres
    for code in CODES:
        assert sum(code in r[1] for r in rows) >= 6, code
    assert sum(not r[1] for r in rows) >= 60  # traps and clean sentences


@pytest.mark.parametrize("code", CODES)
def test_recall_and_false_alarms(code, tmp_path):
    _, stats, misses = measure(tmp_path)
    recall, false_rate, _, _ = stats[code]
    min_recall, max_false = THRESHOLDS[code]
    detail = "\n".join(f"{kind}: {s}" for kind, s in misses[code])
    assert recall >= min_recall, f"{code} recall {recall:.3f} < {min_recall}\n{detail}"
    assert false_rate <= max_false, f"{code} false-alarm rate {false_rate:.3f} > {max_false}\n{detail}"


if __name__ == "__main__":  # print the measured figures and every miss
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        _, stats, misses = measure(Path(tmp))
    for code in CODES:
        recall, false_rate, npos, nneg = stats[code]
        print(f"{code}: recall {recall:.3f} of {npos}, false alarms {false_rate:.3f} of {nneg}")
        for kind, s in misses[code]:
            print(f"    {kind}: {s}")
    sys.exit(0)
