"""CPU seconds per MB of the language checks (superlatives and hedging) alone, in one process.

usage: python benchmarks/lang_cpu.py FOLDER [--runs N]

Every Markdown file under FOLDER is parsed once (not timed), then each check's ``check()`` runs
over every document, N times (default 3); the best run is reported, as process CPU time
(``time.process_time``), so other jobs on the machine disturb it less than wall time. The parsed
documents are frozen out of the garbage collector (``gc.freeze``) before the timed region and its
first-generation threshold set as a run sets it (``runner._FewerCollections``). Seconds on a
shared machine still spread by a third from run to run: judge small changes by
``lang_cpu_instructions.py``. To compare two versions of the code, run it with
``PYTHONPATH=<other checkout>/src`` first.
"""

from __future__ import annotations

import gc
import os
import sys
import time

from prosecheck.checks import hedging, superlatives
from prosecheck.check import Context
from prosecheck.document import parse


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[2])
        return 2
    folder = argv[0]
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 3
    paths = sorted(
        os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith(".md")
    )
    texts = []
    size = 0
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as fh:
            t = fh.read()
        size += len(t.encode("utf-8"))
        texts.append((p, t))
    checks = [superlatives.Superlatives(), hedging.Hedging()]
    options = {c.name: {k: o.default for k, o in c.options.items()} for c in checks}
    best = None
    findings = 0
    for _ in range(runs):
        docs = [parse(p, t) for p, t in texts]  # fresh documents: no per-document cache is reused
        for d in docs:
            d.sentences  # the sentence split is the parser's cost, not the checks'
        # Without this, a full collection over every parsed document may fall inside the timed
        # region (0.15-0.33 s on 1,079 files), and which run escapes it decides the best run.
        gc.collect()
        gc.freeze()
        gc.set_threshold(10_000, *gc.get_threshold()[1:])  # as runner._FewerCollections sets it
        start = time.process_time()
        findings = 0
        for d in docs:
            for c in checks:
                findings += sum(1 for _ in c.check(d, options[c.name], Context(root=folder)))
        spent = time.process_time() - start
        docs = None
        gc.unfreeze()
        best = spent if best is None else min(best, spent)
    mb = size / 1e6
    print(f"{len(texts)} files, {mb:.2f} MB, {findings} findings: best of {runs} runs "
          f"{best:.3f} s CPU, {best / mb:.3f} s per MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
