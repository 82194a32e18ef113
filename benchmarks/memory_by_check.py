"""Where a long document's memory goes: the Document, its words, and each check, by tracemalloc.

    .venv/bin/python benchmarks/memory_by_check.py FILE.md

Parses FILE once, splits words and sentences, then runs every built-in check twice (the first
run also loads dictionaries and fills per-process caches). For each step: the memory Python
allocated and still holds ("kept") and the most it held at once during the step ("peak"), in MB
above what was held before it. A process's peak is about the Document and its words, plus what
checks keep per document, plus the largest peak of one check, plus the interpreter (about 60 MB).
"""

from __future__ import annotations

import sys
import tracemalloc

from prosecheck.check import Context
from prosecheck.document import parse
from prosecheck.plugins import get_registry

MB = 1e6


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2])
        return 2
    path = argv[0]
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    registry = get_registry()
    tracemalloc.start()

    def step(name, work):
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        out = work()
        now, peak = tracemalloc.get_traced_memory()
        print(f"{name:28s} kept {(now - before) / MB:7.1f} MB   peak {(peak - before) / MB:7.1f} MB")
        return out

    doc = step(f"parse ({len(text) / MB:.1f} M chars)", lambda: parse(path, text, filename=path))
    step(f"words and sentences", lambda: (doc.words, doc.sentences))
    print(f"  {len(doc.words):,} words, {len(doc.sentences):,} sentences, {len(doc.blocks):,} blocks")
    context = Context(root=".")
    for round_ in (1, 2):
        for check in registry.checks:
            options = {k: o.default for k, o in check.options.items()}

            def work():
                found = list(check.check(doc, options, context) or ())
                if check.cross_file:
                    check.collect(doc, options, context)
                return found

            step(f"{check.name} (run {round_})", work)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
