"""Where a multi-process run spends its time outside the workers: the parts that are serial.

Runs ``prosecheck ARGS`` in this process (the workers are forked from it as usual) and prints, on
stderr, the wall time of start-up (imports, file discovery, configuration: up to the map), the map
(the workers lint the files; the parent collects results), the cross-file reduce (BP102's
``finish``, then sorting) and what follows (formatting and writing the output), with the parent's
CPU time in the map and in the reduce, and the workers' CPU time:

    .venv/bin/python benchmarks/serial_parts.py /work/data/bench/corpus --isolated --no-cache \\
        --no-respect-gitignore --exit-zero --jobs 2 --format json --output-file /tmp/out.json

On 2 cores, everything but the map runs on one core while the other idles, and the parent's CPU
during the map is taken from the workers.
"""

from __future__ import annotations

import os
import resource
import sys
import time

t0 = time.monotonic()

from prosecheck import cli, runner  # noqa: E402

marks: dict = {}
_map, _reduce = runner.map_files, runner.reduce_results


def map_files(*args, **kwargs):
    marks["map"] = time.monotonic(), time.process_time()
    try:
        return _map(*args, **kwargs)
    finally:
        marks["map_end"] = time.monotonic(), time.process_time()


def reduce_results(*args, **kwargs):
    marks["reduce"] = time.monotonic(), time.process_time()
    try:
        return _reduce(*args, **kwargs)
    finally:
        marks["reduce_end"] = time.monotonic(), time.process_time()


runner.map_files = map_files
runner.reduce_results = reduce_results
try:
    cli.run(sys.argv[1:])
except SystemExit:
    pass
t1 = time.monotonic()
me = resource.getrusage(resource.RUSAGE_SELF)
children = resource.getrusage(resource.RUSAGE_CHILDREN)
(m0, mc0), (m1, mc1) = marks["map"], marks["map_end"]
(r0, rc0), (r1, rc1) = marks["reduce"], marks["reduce_end"]
print(f"load {os.getloadavg()[0]:.1f}; wall {t1 - t0:.2f} s: start-up {m0 - t0:.2f}, map {m1 - m0:.2f}, "
      f"reduce {r1 - r0:.2f}, output {t1 - r1:.2f}; parent CPU {me.ru_utime + me.ru_stime:.2f} s "
      f"(map {mc1 - mc0:.2f}, reduce {rc1 - rc0:.2f}); workers CPU {children.ru_utime + children.ru_stime:.2f} s",
      file=sys.stderr)
