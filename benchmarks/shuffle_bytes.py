#!/usr/bin/env python3
"""BP102's shuffle volume on a Dask cluster, before and after packing, without a cluster.

    python3 benchmarks/shuffle_bytes.py [--archive DIR] [--files N] [--batch 64] [--partitions 4 64]

Takes the first N files (sorted by name) of every ``copyNN`` folder of an archive built by
``dask_archive.py`` (default: /work/data/bench/archive-2, so near and exact copies are in it),
runs BP102's ``collect`` and ``shuffle`` on each, groups the pairs by batch of files and by
partition exactly as ``executors/dask.lint_batch`` does, and pickles each (batch, partition)
piece as Dask sends it:

- ``before``: ``{check: {key: [items]}}``, the layout the executor sent until packing came;
- ``after``: ``{check: check.pack_shuffled(pairs)}``, what it sends now.

Prints the bytes of each per MB of Markdown and per paragraph, for each partition count, and
the memory the pieces of every batch take while a worker holds them until the reduce
(``tracemalloc``: Python objects before, packed columns after).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
import tracemalloc
from pathlib import Path

from prosecheck.checks.boilerplate import Boilerplate
from prosecheck.document import parse
from prosecheck.executors.dask import partition_of


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--archive", type=Path, default=Path("/work/data/bench/archive-2"))
    ap.add_argument("--files", type=int, default=1000, help="files per copy")
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--partitions", type=int, nargs="+", default=[4, 64])
    args = ap.parse_args()
    check = Boilerplate()
    options = {name: opt.default for name, opt in check.options.items()}
    files = [f for copy in sorted(args.archive.glob("copy*")) for f in sorted(copy.iterdir())[: args.files]]
    markdown = 0
    paragraphs = 0
    summaries = []
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        markdown += len(text.encode("utf-8"))
        path = str(f.relative_to(args.archive))
        summary = check.collect(parse(path, text), options, None)
        if summary:
            paragraphs += len(summary[2]) // 8
        summaries.append((path, summary))
    row = {"when": time.strftime("%Y-%m-%d %H:%M"), "archive": str(args.archive), "files": len(files),
           "markdown_mb": round(markdown / 1e6, 2), "paragraphs": paragraphs, "batch": args.batch}
    for partitions in args.partitions:
        before = after = 0
        held_before, held_after = [], []  # what a worker keeps of every batch until the reduce
        tracemalloc.start()
        for start in range(0, len(summaries), args.batch):
            old = [{} for _ in range(partitions)]
            new = [[] for _ in range(partitions)]
            for path, summary in summaries[start : start + args.batch]:
                for key, value in check.shuffle(path, summary, options, None):
                    p = partition_of(key, partitions)
                    old[p].setdefault(key, []).append(value)
                    new[p].append((key, value))
            mark = tracemalloc.get_traced_memory()[0]
            packed = [check.pack_shuffled(pairs) for pairs in new]
            del new
            held_after.append(packed)
            held_before.append(old)
            for p in range(partitions):
                if old[p]:
                    before += len(pickle.dumps({"boilerplate": old[p]}, pickle.HIGHEST_PROTOCOL))
                    after += len(pickle.dumps({"boilerplate": packed[p]}, pickle.HIGHEST_PROTOCOL))
        mark = tracemalloc.get_traced_memory()[0]
        del held_after
        memory_after = mark - tracemalloc.get_traced_memory()[0]
        mark = tracemalloc.get_traced_memory()[0]
        del held_before, old
        memory_before = mark - tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        row[f"partitions_{partitions}"] = {
            "before_mb": round(before / 1e6, 2), "after_mb": round(after / 1e6, 2),
            "before_per_markdown_mb": round(before / markdown, 2), "after_per_markdown_mb": round(after / markdown, 2),
            "before_bytes_per_paragraph": round(before / max(1, paragraphs)),
            "after_bytes_per_paragraph": round(after / max(1, paragraphs)),
            "ratio": round(before / max(1, after), 2),
            "worker_memory_before_mb": round(memory_before / 1e6, 2),
            "worker_memory_after_mb": round(memory_after / 1e6, 2)}
    json.dump(row, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
