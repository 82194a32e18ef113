"""CPU seconds of each step of a run over a folder, in one process: decode, parse, the word and
sentence split, then each check (``prepare``, ``check`` and ``collect`` on every document).

    .venv/bin/python benchmarks/steps.py /tmp/parser-bench/sets/subset1000 [ROUNDS]

With ROUNDS (say 7), parsing and the split are each repeated that many times and the least CPU
time is printed (the checks then run once). The garbage collector is set as a run sets it (``runner._FewerCollections``). CPU seconds move by
15 % and more on a loaded machine: for small changes count instructions instead
(``benchmarks/instructions.py`` under callgrind).
"""

from __future__ import annotations

import gc
import pathlib
import sys
import time

from prosecheck.check import Context
from prosecheck.decoding import decode
from prosecheck.document import parse
from prosecheck.plugins import get_registry


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2 or argv[0] in ("-h", "--help") or (len(argv) == 2 and not argv[1].isdigit()):
        print(__doc__)
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    folder = argv[0]
    rounds = max(1, int(argv[1])) if len(argv) == 2 else 1
    files = sorted(p for p in pathlib.Path(folder).iterdir() if p.is_file())
    gc.freeze()
    gc.set_threshold(10_000, *gc.get_threshold()[1:])
    t = time.process_time()
    texts = [(str(p), decode(p.read_bytes())[0]) for p in files]
    texts = [(p, x) for p, x in texts if x is not None]
    print("decode", round(time.process_time() - t, 2))
    least = float("inf")
    for _ in range(rounds):
        t = time.process_time()
        docs = [parse(p, x) for p, x in texts]
        least = min(least, time.process_time() - t)
    print("parse", round(least, 3))
    least = float("inf")
    for _ in range(rounds):
        for doc in docs:  # made again each round
            doc._words = doc._sentences = doc._sentence_table = None
            for block in doc.blocks:
                block.__dict__.pop("quotations", None)
        t = time.process_time()
        for doc in docs:
            doc.words  # noqa: B018 - the split, made on first use
        least = min(least, time.process_time() - t)
    print("split", round(least, 3))
    for check in get_registry().checks:
        options = {k: o.default for k, o in check.options.items()}
        context = Context(root=folder)
        t = time.process_time()
        check.prepare(options, context)
        for doc in docs:
            list(check.check(doc, options, context) or ())
            if check.cross_file:
                check.collect(doc, options, context)
        print(check.name, round(time.process_time() - t, 2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
