#!/usr/bin/env python3
"""BP102's shuffle volume on a Dask cluster, before and after, without a cluster.

    python3 benchmarks/shuffle_bytes.py [--archive DIR] [--files N] [--batch 64] [--partitions 4 64]

Takes the first N files (sorted by name) of every ``copyNN`` folder of an archive built by
``dask_archive.py`` (default: /work/data/bench/archive-2, so near and exact copies are in it),
runs BP102's ``collect`` and ``shuffle`` on each, groups the pairs by batch of files and by
partition exactly as ``executors/dask.lint_batch`` does, and pickles each piece as Dask sends
it:

- ``before``: the layout of the first Dask executor: 16 ``((band, value), (path, i, line, col,
  key, signature))`` pairs per paragraph, pickled as ``{check: {key: [items]}}`` per (batch,
  partition), in one round;
- ``after``: what the executor sends now: per (batch, partition) ``check.pack_shuffled(pairs)``
  (places without signatures, each signature once to its home), then the later rounds' pieces
  (candidate pairs, then candidate pairs with one signature) from every partition to every other.

It also measures the memory the first round's pieces take while workers hold them until the
reduce (``tracemalloc``), what round 5 sends to the one partition that joins the groups spanning
partitions (``join_*``: pieces, their edges and copies, pickled bytes), and checks that the
rounds' BP102 findings equal the local ``finish``.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
import tracemalloc
from pathlib import Path

from prosecheck.checks import fingerprints as fp
from prosecheck.checks.boilerplate import Boilerplate
from prosecheck.checks.boilerplate_shuffle import JOIN, _components, unpack_summary
from prosecheck.document import parse
from prosecheck.executors.dask import _all_parts, partition_of, reduce_step


def old_pairs(path: str, summary) -> list:
    """The first executor's shuffle: the place and signature in each of the 16 band records."""
    if not summary:
        return []
    lines, cols, keys, sigs = unpack_summary(summary)
    size = fp.SIGNATURE_BYTES
    out = []
    for i, key in enumerate(keys):
        sig = sigs[i * size : (i + 1) * size]
        record = (path, i, lines[i], cols[i], key, sig)
        view = memoryview(sig).cast("I")
        out.extend(((band, view[band]), record) for band in range(fp.BANDS))
    return out


def size(obj) -> int:
    return len(pickle.dumps(obj, pickle.HIGHEST_PROTOCOL))


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
    local = sorted(check.finish(summaries, options, None))
    row = {"when": time.strftime("%Y-%m-%d %H:%M"), "archive": str(args.archive), "files": len(files),
           "markdown_mb": round(markdown / 1e6, 2), "paragraphs": paragraphs, "batch": args.batch,
           "bp102_local": len(local)}
    for partitions in args.partitions:
        before = after = 0
        held_before, held_after = [], []  # what a worker keeps of every batch until the reduce
        pieces: list = [[] for _ in range(partitions)]
        tracemalloc.start()
        for start in range(0, len(summaries), args.batch):
            old = [{} for _ in range(partitions)]
            new = [[] for _ in range(partitions)]
            for path, summary in summaries[start : start + args.batch]:
                for key, value in old_pairs(path, summary):
                    old[partition_of(key, partitions)].setdefault(key, []).append(value)
                for key, value in check.shuffle(path, summary, options, None):
                    new[partition_of(key, partitions)].append((key, value))
            packed = [check.pack_shuffled(pairs) for pairs in new]
            del new
            held_after.append(packed)
            held_before.append(old)
            for p in range(partitions):
                if old[p]:
                    before += size({"boilerplate": old[p]})
                if packed[p][1] or packed[p][-1]:
                    sent = pickle.dumps(packed[p], pickle.HIGHEST_PROTOCOL)
                    after += size({"boilerplate": packed[p]})
                    pieces[p].append(sent)  # not the object: held_after alone holds it
        mark = tracemalloc.get_traced_memory()[0]
        del held_after
        memory_after = mark - tracemalloc.get_traced_memory()[0]
        mark = tracemalloc.get_traced_memory()[0]
        del held_before, old
        memory_before = mark - tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        first_round = after
        pieces = [[pickle.loads(piece) for piece in per] for per in pieces]
        kept, packed_round, rounds = [None] * partitions, True, 0
        join = {"pieces": 0, "records": 0, "bytes": 0}  # what round 5 sends to the one joining partition
        groups_seen = 0  # pieces of groups (connected components) the partitions hold in round 5
        while True:  # the reduce's rounds, as executors/dask.py runs them
            outs = [reduce_step(check, options, None, partitions, kept[p], pieces[p], packed_round)
                    for p in range(partitions)]
            rounds += 1
            if _all_parts(outs):
                break
            kept = [o[1] for o in outs]
            pieces = [[o[2][q] for o in outs] for q in range(partitions)]
            after += sum(size(piece) for per in pieces for piece in per if piece)
            if kept[0][0] == 4:  # round 5 is next: count the groups each partition holds
                groups_seen = sum(len(_components(k[1], k[2])) for k in kept)
            sent = [v for per in pieces for piece in per for key, v in piece if key == JOIN]
            if sent:
                join = {"pieces": len(sent), "records": sum(len(e) + sum(len(c) for c in cs) for e, cs in sent),
                        "bytes": sum(size([(JOIN, v)]) for v in sent)}
            packed_round = False
        found = sorted(check.finish_shuffled([o[1] for o in outs], options, None))
        assert found == local, f"{partitions} partitions: {len(found)} BP102 findings, local {len(local)}"
        row[f"partitions_{partitions}"] = {
            "before_mb": round(before / 1e6, 2), "after_mb": round(after / 1e6, 2),
            "after_first_round_mb": round(first_round / 1e6, 2), "rounds": rounds,
            "before_per_markdown_mb": round(before / markdown, 2), "after_per_markdown_mb": round(after / markdown, 2),
            "before_bytes_per_paragraph": round(before / max(1, paragraphs)),
            "after_bytes_per_paragraph": round(after / max(1, paragraphs)),
            "ratio": round(before / max(1, after), 2),
            "worker_memory_before_mb": round(memory_before / 1e6, 2),
            "worker_memory_after_mb": round(memory_after / 1e6, 2),
            "groups_in_partitions": groups_seen, "join_pieces": join["pieces"],
            "join_edges_and_copies": join["records"], "join_mb": round(join["bytes"] / 1e6, 3),
            "join_per_markdown_mb": round(join["bytes"] / markdown, 4),
            "bp102_equal_to_local": True}
    json.dump(row, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
