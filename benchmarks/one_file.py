"""One small file: prosecheck against proselint, by seconds (many interleaved rounds) and by
instructions (callgrind), with each interpreter's bare start-up as the floor.

    env -u PYTHONDONTWRITEBYTECODE python3 benchmarks/one_file.py --rounds 30 --instructions \\
        --prosecheck .venv/bin/prosecheck \\
        --proselint /tmp/parser-bench/peers/proselint-venv/bin/proselint \\
        /tmp/parser-bench/sets/single/npm___hapi__accept__README.md

Why both measures: a one-file run lasts about 0.13 s, and on a shared virtual machine the same
binary's seconds spread by +-25 % from run to run, so three rounds (the harness's default) can
put either tool ahead. Many interleaved rounds (load falls on both alike) give a median to trust;
callgrind's instruction count of the whole process is repeatable to 0.1 % whatever the load, and
both tools are CPython programs, so their counts compare directly. Each tool's interpreter is
also timed running nothing (``python -c pass``): the floor no Python linter goes under.

Run it with PYTHONDONTWRITEBYTECODE unset and the sources compiled (``python -m compileall``),
as an installed package is; otherwise every module is compiled again at each start.
Standard library only (valgrind for --instructions).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time


def _python_of(executable: str, given: str | None) -> str:
    """The interpreter beside a console script (``.venv/bin/prosecheck`` -> ``.venv/bin/python``),
    unless given: a wrapper script (``exec .../python -m prosecheck``) has none beside it."""
    python = given or os.path.join(os.path.dirname(os.path.abspath(executable)), "python")
    if not os.path.exists(python):
        raise SystemExit("no interpreter at %s: name the one %s runs with --prosecheck-python or "
                         "--proselint-python" % (python, executable))
    return python


def _wall(cmd: list) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def _instructions(cmd: list) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0")
    # --trace-children: a wrapper script's exec'd interpreter is counted too (each process prints
    # its own total; they are summed, the shell's few hundred thousand with them)
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes", "--callgrind-out-file=/dev/null",
                           *cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    found = re.findall(r"Collected\s*:\s*([\d,]+)", proc.stderr) or re.findall(r"I\s+refs:\s*([\d,]+)", proc.stderr)
    if not found:
        raise SystemExit("valgrind gave no instruction count:\n" + proc.stderr[-2000:])
    return sum(int(n.replace(",", "")) for n in found)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--prosecheck", required=True, help="prosecheck's executable")
    ap.add_argument("--proselint", required=True, help="proselint's executable")
    ap.add_argument("--prosecheck-python", help="the interpreter prosecheck runs with (default: the one beside it)")
    ap.add_argument("--proselint-python", help="the interpreter proselint runs with (default: the one beside it)")
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("--instructions", action="store_true", help="also count instructions with callgrind")
    ap.add_argument("file")
    ns = ap.parse_args(argv)
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("note: PYTHONDONTWRITEBYTECODE is set: modules without a .pyc are compiled at every start", file=sys.stderr)
    tools = {
        "prosecheck": [ns.prosecheck, "--isolated", "--exit-zero", "--no-cache", ns.file],
        "proselint": [ns.proselint, "check", ns.file],
        "prosecheck's python -c pass": [_python_of(ns.prosecheck, ns.prosecheck_python), "-c", "pass"],
        "proselint's python -c pass": [_python_of(ns.proselint, ns.proselint_python), "-c", "pass"],
    }
    for cmd in tools.values():
        _wall(cmd)  # warm the page cache
    walls: dict = {name: [] for name in tools}
    loads = []
    for _ in range(ns.rounds):
        loads.append(os.getloadavg()[0])
        for name, cmd in tools.items():
            walls[name].append(_wall(cmd))
    print("%d interleaved rounds, 1-minute load %.1f to %.1f" % (ns.rounds, min(loads), max(loads)))
    print("%-30s %9s %9s %14s" % ("", "least s", "median s", "instructions"))
    counts = {name: _instructions(cmd) for name, cmd in tools.items()} if ns.instructions else {}
    for name in tools:
        print("%-30s %9.3f %9.3f %14s" % (name, min(walls[name]), statistics.median(walls[name]),
                                          "{:,}".format(counts[name]) if name in counts else "-"))
    median = {name: statistics.median(v) for name, v in walls.items()}
    print("proselint / prosecheck, median seconds: %.2fx" % (median["proselint"] / median["prosecheck"]))
    print("proselint / prosecheck, least seconds: %.2fx" % (min(walls["proselint"]) / min(walls["prosecheck"])))
    if counts:
        print("proselint / prosecheck, instructions: %.2fx" % (counts["proselint"] / counts["prosecheck"]))
        print("above the floor (instructions): prosecheck %s, proselint %s" % (
            "{:,}".format(counts["prosecheck"] - counts["prosecheck's python -c pass"]),
            "{:,}".format(counts["proselint"] - counts["proselint's python -c pass"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
