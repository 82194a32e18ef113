#!/usr/bin/env python3
"""Where the Dask client's memory goes: ``tracemalloc`` snapshots of a ``--executor dask`` run.

    python3 benchmarks/dask_client_memory.py ARCHIVE FILES_PER_COPY SCHEDULER OUT [--no-trace]

Runs ``prosecheck --select BP102 --format json --executor dask --scheduler SCHEDULER`` in this
process on the first FILES_PER_COPY files of each ``copyNN`` folder of ARCHIVE (an archive of
``dask_archive.py``; start a scheduler and workers first, e.g. ``dask scheduler`` and two ``dask
worker --nthreads 1``), and at five points (start, after the map, after the reduce, once the
client is closed, before the output) records the process's RSS, the memory Python's allocations
hold (tracemalloc) and their peak since the point before, and dumps a snapshot to
``OUT.<point>.snap``. The findings go to ``OUT.json``; the figures to stdout.

Compare two sizes with ``tracemalloc.Snapshot.load(...).compare_to(...)`` (what grows with the
files and the findings). ``--no-trace`` gives the RSS without tracemalloc's own overhead.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path


def main() -> None:
    archive, limit, address, out = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], os.path.abspath(sys.argv[4])
    trace = "--no-trace" not in sys.argv
    chosen = [p for copy in sorted(archive.glob("copy*")) for p in sorted(copy.iterdir())[:limit]]
    targets = [str(p.relative_to(archive)) for p in chosen]
    os.chdir(archive)
    if trace:
        tracemalloc.start(10)
    import psutil

    from prosecheck import cli
    from prosecheck.executors import dask as executor
    from prosecheck.formatters import json as json_format

    proc = psutil.Process()
    marks: dict = {}

    def mark(name: str, **extra) -> None:
        current, peak = tracemalloc.get_traced_memory() if trace else (0, 0)
        marks[name] = {"rss_mb": round(proc.memory_info().rss / 2**20, 2), "traced_mb": round(current / 2**20, 2),
                       "traced_peak_since_last_mb": round(peak / 2**20, 2), **extra}
        if trace:
            tracemalloc.take_snapshot().dump(f"{out}.{name}.snap")
            tracemalloc.reset_peak()  # the snapshot's own memory is not the run's

    reduce_on_cluster, reduce_results, write = executor._reduce_on_cluster, executor.reduce_results, \
        json_format.JsonFormatter.write

    def reduce_wrapped(client, *args, **kwargs):
        mark("after_map", futures=len(client.futures))
        parts = reduce_on_cluster(client, *args, **kwargs)
        mark("after_reduce", futures=len(client.futures))
        return parts

    def reduce_results_wrapped(*args, **kwargs):
        mark("client_closed")
        return reduce_results(*args, **kwargs)

    def write_wrapped(self, diagnostics):
        mark("before_output")
        return write(self, diagnostics)

    executor._reduce_on_cluster = reduce_wrapped
    executor.reduce_results = reduce_results_wrapped
    json_format.JsonFormatter.write = write_wrapped
    mark("start")
    started = time.perf_counter()
    stdout, sys.stdout = sys.stdout, open(out + ".json", "w")
    try:
        cli.run(["--isolated", "--no-cache", "--format", "json", "--exit-zero", "--no-respect-gitignore",
                 "--select", "BP102", "--executor", "dask", "--scheduler", address, *targets])
    finally:
        sys.stdout.close()
        sys.stdout = stdout
    mark("end")
    marks["wall_s"] = round(time.perf_counter() - started, 2)
    marks["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 2)
    marks["files"] = len(targets)
    marks["findings"] = len(json.loads(Path(out + ".json").read_text()))
    print(json.dumps(marks, indent=1))


if __name__ == "__main__":
    main()
