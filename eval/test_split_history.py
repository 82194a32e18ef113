#!/usr/bin/env python3
"""Each session's test split, pooled, as its sets' READMEs recorded the one score (issue 11).

usage: python3 eval/test_split_history.py [--tier every|warning|info] [--sets]

Every blind set was scored once, with the rules of the session's start and (from the fourteenth
session on, mostly) of its end, and its README keeps that score as a table ("## Scored once, at
the <ordinal> session's <start|end>" and rows such as
``| end (8435e36), every tier | **37% (34 of 93)** | **59% (34 of 58)** | 18 of 217 |``). This
reads those tables, nothing else: it never runs prosecheck and never reads a document or a gold
file, so a sealed set under eval/ is not opened (a set without the heading is skipped).

Per scoring (a session's start or end) it prints the sets, and pooled over them: gold claims found, findings
right, traps flagged, with the start rules and with the end rules. The sets differ from session
to session (sources, genres, annotators), so a row is comparable with its own start, not with the
row above; what the table shows is how much a session's rule changes moved text they were not
tuned on, and where the unseen figures stand against issue 11's targets (recall >= 70%,
precision >= 85%, traps <= 5%). ``--sets`` adds a line per set. ``--tier info`` is every tier
minus the warning tier, row by row: what the info tier alone adds (what ``--picky`` shows beyond
prosecheck's default output since the thirty-first session).
"""

import argparse
import re
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent

_UNITS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
          "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth").split()
_TENS = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60}
_HEADING = re.compile(r"^## Scored once, at the ([a-z-]+) session's (start|end)\b")
_ROW = re.compile(r"^\| (start|end) \(([0-9a-f]{7,40})\), (every tier|warning tier alone) \| "
                  r"\*\*\d+% \((\d+) of (\d+)\)\*\* \| \*\*\d+% \((\d+) of (\d+)\)\*\* \| (\d+) of (\d+) \|")


def ordinal(word: str) -> int:
    """'twenty-ninth' -> 29, 'eleventh' -> 11, 'twentieth' -> 20, 'thirtieth' -> 30."""
    if word in _UNITS:
        return _UNITS.index(word) + 1
    for stem, tens in _TENS.items():
        if word == stem + "ieth":
            return tens
        if word.startswith(stem + "y-") and word.split("-", 1)[1] in _UNITS[:9]:
            return tens + _UNITS.index(word.split("-", 1)[1]) + 1
    raise ValueError(f"not an ordinal: {word}")


def read_score(readme: Path):
    """((session, "start"|"end"), {(rules, tier): (found, positives, right, findings, traps, trap_total)})
    or None: when in the session it was scored, and the rows."""
    session, rows = None, {}
    for line in readme.read_text(encoding="utf-8").splitlines():
        m = _HEADING.match(line)
        if m:
            session = (ordinal(m.group(1)), m.group(2))
            continue
        m = _ROW.match(line)
        if m and session is not None:
            rules, _commit, tier = m.group(1), m.group(2), m.group(3)
            rows[(rules, "every" if tier == "every tier" else "warning")] = tuple(int(g) for g in m.groups()[3:])
    return (session, rows) if session is not None and rows else None


def _tier_row(rows: dict, rules: str, tier: str):
    if tier != "info":
        return rows.get((rules, tier))
    every, warning = rows.get((rules, "every")), rows.get((rules, "warning"))
    if every is None or warning is None:
        return None
    found, pos, right, findings, traps, trap_total = (e - w for e, w in zip(every, warning))
    return (found, every[1], right, findings, traps, every[5])  # the gold and the traps are the set's


def history(tier: str = "every"):
    """{(session, "start"|"end"): [(set, start_row or None, end_row or None)]}, in the order scored."""
    out = {}
    for readme in sorted(EVAL.glob("*-docs/README.md")):
        got = read_score(readme)
        if got is None:
            continue
        session, rows = got
        out.setdefault(session, []).append((readme.parent.name, _tier_row(rows, "start", tier),
                                            _tier_row(rows, "end", tier)))
    return dict(sorted(out.items(), key=lambda kv: (kv[0][0], kv[0][1] != "start")))


def pool(rows):
    found = sum(r[0] for r in rows)
    return (found, sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows),
            sum(r[4] for r in rows), sum(r[5] for r in rows))


def show(p) -> str:
    found, pos, right, findings, traps, trap_total = p
    pct = lambda a, b: f"{100 * a / b:.0f}%" if b else "-"  # noqa: E731
    return (f"{pct(found, pos):>4} ({found} of {pos}), {pct(right, findings):>4} right ({right} of {findings}), "
            f"traps {pct(traps, trap_total)} ({traps} of {trap_total})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tier", choices=("every", "warning", "info"), default="every")
    ap.add_argument("--sets", action="store_true", help="a line per set too")
    args = ap.parse_args(argv)
    for (session, when), sets in history(args.tier).items():
        names = ", ".join(name for name, _s, _e in sets)
        print(f"session {session}'s {when}: {names}")
        starts = [s for _n, s, _e in sets if s]
        ends = [e for _n, _s, e in sets if e]
        if starts:
            print(f"  start rules: {show(pool(starts))}" + ("" if len(starts) == len(sets) else f"  [{len(starts)} of {len(sets)} sets]"))
        if ends:
            print(f"  end rules:   {show(pool(ends))}" + ("" if len(ends) == len(sets) else f"  [{len(ends)} of {len(sets)} sets]"))
        if args.sets:
            for name, s, e in sets:
                print(f"    {name}: " + " -> ".join(show(r) for r in (s, e) if r))
    # what the sessions' own rule changes did to text they were not tuned on: sets scored with both
    both = [(s, e) for sets in history(args.tier).values() for _n, s, e in sets if s and e]
    before, after = pool([s for s, _e in both]), pool([e for _s, e in both])
    print(f"every set scored with a session's start and end rules ({len(both)}):")
    print(f"  start rules: {show(before)}")
    print(f"  end rules:   {show(after)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
