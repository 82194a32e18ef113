#!/usr/bin/env python3
"""What each exemption of eval/ablate.py hides on the sets it never saw (issue 11, thirty-seventh session).

usage: python3 eval/ablate_unseen.py [--only NAME,...] [--news-dev DIR] [--docs NAME=DIR ...] [--dates]

ablate.py pools what an exemption hides over every development set, the ones it was read from
among them, so it flatters it. Here each exemption is dated: the first commit whose src/ holds its
token (a line added under src/ matching ``dating_pattern``: ``def name(`` for a predicate or a
method, ``name =`` for a word set, the branch's token in its tier function's module, or a
pattern of ``DATED_BY`` where the token is a common word), the earliest by author time, like
``git log --reverse -G<pattern> -- src/``. Each set is dated by the first commit that added its
``eval/<set>/gold.jsonl`` (news-dev, whose gold is not in the repository, is the first set:
seen by all). A set is *unseen* by an exemption when its gold was first committed after the
exemption (it was built blind after the exemption was written). This errs one way only: a set
built blind in the same session as an exemption but committed before it counts as seen.

Per exemption it prints, on both tiers as ablate.py does: its date and commit, how many unseen
sets, positives (P) and false alarms (F: traps + others) hidden summed over them, the verdict on
them (``HIDES-MORE``: P > F there and in at least two unseen sets; ``saves``: F > P; else
``even``; ``-``: no unseen set) and ablate.py's pooled verdict beside it. For a tier branch (the
warning table) ``prec`` is P / (P + F) on the unseen sets: how often the findings it lowers to
info would be right as warnings, to hold against the warning tier's own precision. Exemptions it
cannot date (``UNDATED``: unions of branches, ablate's upper bound) are listed and left out.
The output is the same on every run (git history and the sets as they are).
"""

from __future__ import annotations

import argparse
import inspect
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import ablate  # noqa: E402
import crossval  # noqa: E402

ROOT = os.path.dirname(HERE)

#: exemptions that are no one line of the rules: a union of branches, or ablate's upper bound
UNDATED = {
    "sl.superlative_gates": "every gate of _superlative at once (an upper bound)",
    "sl.tier": "every branch of superlatives._tier",
    "hc.tier.hedge": "every branch of hedging._hedge_tier",
    "hc.tier.booster": "every branch of hedging._booster_tier",
    "hc.answered_next": "the next-sentence half of hedging._answered (no token of its own)",
}

#: (file under src/ or None for any, regex) where the token is a common word or shared by two rules
_SL, _HC = "src/prosecheck/checks/superlatives.py", "src/prosecheck/checks/hedging.py"
DATED_BY = {
    "sl.tier.broken_link": (_SL, r"broken_link\(doc, sentence, support\)"),
    "hc.tier.links": (_HC, r"broken_link\(doc, sentence, support\)"),
    "sl.tier.sl102_aim": (_SL, r"\bor aim\b"),
    "sl.tier.sl102_reason": (_SL, r"== \"so\""),
    "sl.tier.sl102_figures": (_SL, r"after\.block is sentence\.block"),
    "sl.tier.majority": (_SL, r"== \"unlike\""),
    "sl.tier.unnamed_passive": (_SL, r"== \"passive\""),
    "hc.tier.we_know": (_HC, r"== \"we\" and lw\[bend\] == \"know\""),
    "hc.tier.proven": (_HC, r"== \"proven\""),
    "hc.tier.clearly": (_HC, r"== \"clearly\""),
    "hc.tier.of_course": (_HC, r"\(\"of\", \"course\"\)"),
    "hc.tier.in_fact": (_HC, r"\(\"in\", \"fact\"\)"),
    "hc.tier.indeed": (_HC, r"\(\"indeed\",\)"),
    # the branch was "while" anywhere before the booster until tier39 narrowed it to its own clause
    "hc.tier.concession_while": (_HC, r"_WHILE = frozenset"),
    "sl.unnamed_view": (None, r"def unnamed_view\("),
    "sl.frame_question": (None, r"def _asks\("),  # the first line of it (voice.ends_on_question_mark since the sixty-second session)
}


def dating_pattern(name: str):
    """(file or None, regex) whose first added line under src/ dates exemption ``name``; None if UNDATED."""
    if name in UNDATED:
        return None
    if name in DATED_BY:
        return DATED_BY[name]
    p = ablate.EXEMPTIONS[name][3][-1]
    if p[0] == "tier":
        _, module, _fn, tokens, _narrow = p
        return (_module_path(module), r"\b%s\b" % re.escape(max(tokens, key=len)))
    if p[0] == "method":
        return (None, r"def %s\(" % re.escape(p[2]))
    if p[0] == "lex":
        return (None, r"\b%s\b" % re.escape(p[2]))
    if p[0] == "attr":
        _, module, attr, _value = p
        if inspect.isfunction(getattr(module, attr, None)):
            return (None, r"def %s\(" % re.escape(attr))
        return (None, r"\b%s\s*[:=]" % re.escape(attr))
    raise ValueError("no dating for %s" % name)


def _module_path(module) -> str:
    return os.path.relpath(module.__file__, ROOT).replace(os.sep, "/")


def _git(repo: str, *args) -> str:
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True, text=True,
                          encoding="utf-8", errors="replace").stdout


def first_commits(repo: str, patterns: dict, under: str = "src/") -> dict:
    """{name: (author time, commit)} of the earliest commit (by author time, then hash) that adds a
    line under ``under`` matching ``patterns[name]`` = (file or None, regex); names never matched are absent."""
    compiled = {n: (f, re.compile(r)) for n, (f, r) in patterns.items()}
    out = {}
    log = _git(repo, "log", "-p", "--no-color", "--no-renames", "--format=%x00C %H %at", "--", under)

    def flush(commit, added):
        if commit is None:
            return
        sha, t = commit
        for n, (f, rx) in compiled.items():
            texts = [added.get(f, "")] if f else added.values()
            if any(rx.search(x) for x in texts):
                if n not in out or (t, sha) < out[n]:
                    out[n] = (t, sha)

    commit, added, path = None, {}, None
    for line in log.split("\n"):
        if line.startswith("\x00C "):
            flush(commit, {k: "\n".join(v) for k, v in added.items()})
            _, sha, t = line.split(" ")
            commit, added, path = (sha, int(t)), {}, None
        elif line.startswith("+++ "):
            path = line[6:] if line.startswith("+++ b/") else None
        elif line.startswith("+") and path is not None:
            added.setdefault(path, []).append(line[1:])
    flush(commit, {k: "\n".join(v) for k, v in added.items()})
    return out


def set_dates(repo: str, names) -> dict:
    """{set: author time of the first commit adding eval/<set>/gold.jsonl}; a set whose gold is not
    in the repository (news-dev) is 0: there from the start, seen by every exemption."""
    out = {n: 0 for n in names}
    log = _git(repo, "log", "--diff-filter=A", "--no-renames", "--name-only", "--format=%x00C %at", "--",
               *("eval/%s/gold.jsonl" % n for n in names))
    t = None
    for line in log.split("\n"):
        if line.startswith("\x00C "):
            t = int(line.split(" ")[1])
        elif line.startswith("eval/") and line.endswith("/gold.jsonl"):
            n = line.split("/")[1]
            if n in out and (out[n] == 0 or t < out[n]):
                out[n] = t
    return out


def unseen(dated: int, sets: dict) -> list:
    """The sets (in the order given) whose gold was first committed after time ``dated``."""
    return [n for n, t in sets.items() if t > dated]


def verdict(per: dict, names) -> tuple:
    """(P, T, O, sets where P > T + O, verdict) summed over ``names`` of {set: (P, T, O)}, by ablate's test."""
    names = [n for n in names if n in per]
    p, t, o = (sum(per[n][k] for n in names) for k in range(3))
    more = sum(1 for n in names if per[n][0] > per[n][1] + per[n][2])
    if not names:
        v = "-"
    elif p > t + o and more >= 2:
        v = "HIDES-MORE"
    elif t + o > p:
        v = "saves"
    else:
        v = "even"
    return p, t, o, more, v


def measure(sets: list, names: list) -> dict:
    """{(exemption, tier): {set: (P, T, O)}}: ablate.py's per-set counts, tier "all" or "warning"."""
    base = {(s["name"], chk): ablate.lint(s, chk) for s in sets for chk in ablate.CHECKS}

    def score(findings_of, tier):
        out = {}
        for s in sets:
            fs = findings_of(s)
            out[s["name"]] = ablate.counts(ablate.warning_only(fs) if tier == "warning" else fs, s["items"])
        return out

    before = {tier: score(lambda s: base[(s["name"], ablate.SL)] + base[(s["name"], ablate.HC)], tier)
              for tier in ("all", "warning")}
    rows = {}
    for name in names:
        check, kind = ablate.EXEMPTIONS[name][:2]
        other = ablate.HC if check == ablate.SL else ablate.SL
        with ablate.switched_off(name):
            off = {s["name"]: ablate.lint(s, check) for s in sets}
        for tier in ("all", "warning"):
            if tier == "all" and kind == "tier":
                continue
            after = score(lambda s: off[s["name"]] + base[(s["name"], other)], tier)
            rows[(name, tier)] = {n: tuple(after[n][k] - before[tier][n][k] for k in range(3)) for n in after}
    return rows


def _day(t: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M", time.gmtime(t))


def main(argv: list) -> int:
    parser = argparse.ArgumentParser(prog="ablate_unseen.py")
    parser.add_argument("--only", type=lambda v: v.split(","), help="these exemptions only")
    parser.add_argument("--dates", action="store_true", help="print the dating only (no ablation)")
    crossval.add_data_options(parser)
    args = parser.parse_args(argv)
    names = args.only or list(ablate.EXEMPTIONS)
    patterns = {n: dating_pattern(n) for n in names}
    dated = first_commits(ROOT, {n: p for n, p in patterns.items() if p})
    sdates = set_dates(ROOT, crossval.SETS)
    print("Sets by the first commit of their gold: %s" % ", ".join(
        "%s %s" % (n.split("-")[0], _day(t) if t else "start") for n, t in sdates.items()))
    print("Not dated: %s" % "; ".join("%s (%s)" % (n, UNDATED.get(n, "pattern %r never matched" % (patterns[n],)))
                                       for n in names if n not in dated))
    names = [n for n in names if n in dated]
    if args.dates:
        for n in names:
            t, sha = dated[n]
            print("%-30s %s %s %-3d %s" % (n, _day(t), sha[:8], len(unseen(t, sdates)), patterns[n][1]))
        return 0
    sets = ablate.load_sets(list(crossval.SETS), args.news_dev, dict(args.docs))
    rows = measure(sets, names)
    for tier in ("all", "warning"):
        print()
        print("== %s ==" % ("every tier (score.py)" if tier == "all" else "warning tier alone (info dropped)"))
        print("%-30s %-4s %-16s %-8s %6s %5s %5s %5s %-10s %-10s %s" % (
            "exemption", "kind", "dated", "commit", "unseen", "P", "F", "prec", "unseen", "pooled", "unseen per set P/F"))
        for name in names:
            if (name, tier) not in rows:
                continue
            per = rows[(name, tier)]
            t, sha = dated[name]
            uns = unseen(t, sdates)
            p, tr, o, _more, v = verdict(per, uns)
            pv = verdict(per, list(per))[4]
            prec = "%.0f%%" % (100.0 * p / (p + tr + o)) if p + tr + o else "-"
            print("%-30s %-4s %-16s %-8s %6d %5d %5d %5s %-10s %-10s %s" % (
                name, ablate.EXEMPTIONS[name][1], _day(t), sha[:8], len(uns), p, tr + o, prec, v, pv,
                " ".join("%s %d/%d" % (n.split("-")[0], per[n][0], per[n][1] + per[n][2])
                         for n in uns if per[n] != (0, 0, 0))))
    print()
    print("P: positives hidden, F: false alarms hidden (traps + others), summed over the unseen sets (gold first")
    print("committed after the exemption's commit); prec: P / (P + F); unseen: the verdict there; pooled: ablate.py's.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
