"""Several prosecheck builds (or any commands) on the same input, in turn, round after round.

    python3 benchmarks/side_by_side.py --rounds 3 --cwd /tmp/empty \\
        --run before=/tmp/before/.venv/bin/prosecheck --run after=.venv/bin/prosecheck \\
        -- --jobs 1 --isolated --exit-zero --no-cache FOLDER

Each ``--run NAME=EXECUTABLE`` is started with the arguments after ``--``; the rounds interleave
the builds, so load from other jobs falls on all of them alike. Printed per build: the least CPU
time (user + system of the process and its workers, from ``wait4``) and every round's, the wall
time of that run, the peak resident memory of the largest process, and the 1-minute load average
before each run. CPU ratios against the first build close the report. Standard library only.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--run", action="append", required=True, help="NAME=EXECUTABLE (repeatable)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cwd", default=".", help="folder to run in (an empty one: no configuration)")
    ap.add_argument("args", nargs=argparse.REMAINDER, help="-- then the arguments for every build")
    ns = ap.parse_args(argv)
    args = ns.args[1:] if ns.args[:1] == ["--"] else ns.args
    builds = [r.split("=", 1) for r in ns.run]
    runs: dict[str, list] = {name: [] for name, _ in builds}
    for _ in range(ns.rounds):
        for name, exe in builds:
            load = os.getloadavg()[0]
            t0 = time.perf_counter()
            proc = subprocess.Popen([exe, *args], cwd=ns.cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)
            runs[name].append((usage.ru_utime + usage.ru_stime, time.perf_counter() - t0,
                               usage.ru_maxrss / 1024, load, os.waitstatus_to_exitcode(status)))
    first = None
    for name, _ in builds:
        best = min(runs[name])
        first = first or best[0]
        print(f"{name:>10}: CPU {best[0]:.3f} s (rounds: {', '.join(f'{r[0]:.3f}' for r in runs[name])}), "
              f"wall {best[1]:.3f} s, peak {best[2]:.0f} MB, load {', '.join(f'{r[3]:.1f}' for r in runs[name])}, "
              f"exit {best[4]}")
    for name, _ in builds[1:]:
        print(f"{builds[0][0]} / {name}: {first / min(runs[name])[0]:.2f}x CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
