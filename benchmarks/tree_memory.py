"""Peak memory of a whole process tree (issue 14's "whole corpus <= 300 MB summed over workers").

    cd /tmp/empty; python3 benchmarks/tree_memory.py PROSECHECK /work/bench/corpus --isolated --no-cache \\
        --no-respect-gitignore --exit-zero --jobs 2

Runs the command (its stdout discarded) and every 50 ms sums the resident memory of the process and
of all its descendants (``/proc/PID/statm``, found through ``/proc/PID/task/*/children``), as the
fifth session measured it. Pages a forked worker shares with its parent count once per process, so
the sum overstates. Prints the peak sum, the largest single process's peak, and the tree's CPU
(user + system, from ``getrusage`` of the children) and wall time. Linux only, standard library only.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out += [int(x) for x in f.read().split()]
    except OSError:  # the process ended between two reads
        pass
    return out


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def main(argv: list[str]) -> int:
    if not argv:
        sys.exit(__doc__)
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    peak = largest = 0
    while proc.poll() is None:
        stack, total = [proc.pid], 0
        while stack:
            pid = stack.pop()
            rss = _rss(pid)
            total += rss
            largest = max(largest, rss)
            stack += _children(pid)
        peak = max(peak, total)
        time.sleep(0.05)
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"peak summed {peak / 2**20:.0f} MiB ({peak / 1e6:.0f} MB), largest process {largest / 2**20:.0f} MiB, "
          f"CPU {ru.ru_utime + ru.ru_stime:.2f} s, wall {time.perf_counter() - t0:.2f} s, exit {proc.returncode}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
