"""CPU seconds of each step of a run over a folder, in one process: decode, parse, the word and
sentence split, then each check (``prepare``, ``check`` and ``collect`` on every document).

    .venv/bin/python benchmarks/steps.py /tmp/parser-bench/sets/subset1000

The garbage collector is set as a run sets it (``runner._FewerCollections``). CPU seconds move by
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
    if len(argv) != 1 or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    folder = argv[0]
    files = sorted(p for p in pathlib.Path(folder).iterdir() if p.is_file())
    gc.freeze()
    gc.set_threshold(10_000, *gc.get_threshold()[1:])
    t = time.process_time()
    texts = [(str(p), decode(p.read_bytes())[0]) for p in files]
    texts = [(p, x) for p, x in texts if x is not None]
    print("decode", round(time.process_time() - t, 2))
    t = time.process_time()
    docs = [parse(p, x) for p, x in texts]
    print("parse", round(time.process_time() - t, 2))
    t = time.process_time()
    for doc in docs:
        doc.words  # noqa: B018 - the split, made on first use
    print("split", round(time.process_time() - t, 2))
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
