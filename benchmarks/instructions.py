"""One step of a run, repeated or not, for instruction counts of that step alone under callgrind.

Parses every file of a folder (and splits its words), then runs the step ``n`` more times: the
step's cost is the count with ``n`` = 1 minus the count with ``n`` = 0 (start-up and parsing cancel).
Instruction counts are repeatable to about 0.01 % on a loaded machine, CPU seconds are not.

    valgrind --tool=callgrind --callgrind-out-file=/dev/null .venv/bin/python benchmarks/instructions.py SET parse 1
    valgrind --tool=callgrind --callgrind-out-file=/dev/null .venv/bin/python benchmarks/instructions.py SET check boilerplate 1

``parse``: ``prosecheck.document.parse`` of every file (the words are not split); ``split``: the
word and sentence split of every parsed document (``doc.words``, made again each time); ``check
NAME``: that check's ``check`` (and ``collect``) on every parsed document, with its default options.

    valgrind --tool=callgrind --callgrind-out-file=/dev/null .venv/bin/python benchmarks/instructions.py SET split 1
"""

from __future__ import annotations

import pathlib
import sys

from prosecheck.check import Context
from prosecheck.decoding import decode
from prosecheck.document import parse
from prosecheck.plugins import get_registry


def main(argv: list[str]) -> None:
    if not argv or argv[0] in ("-h", "--help") or len(argv) < 3:
        print(__doc__)
        sys.exit(0 if argv and argv[0] in ("-h", "--help") else 2)
    folder, step, *rest = argv
    times = int(rest[-1])
    files = sorted(p for p in pathlib.Path(folder).iterdir() if p.is_file())
    texts = [(str(p), decode(p.read_bytes())[0]) for p in files]
    texts = [(p, t) for p, t in texts if t is not None]
    if step == "parse":
        for _ in range(times):
            for path, text in texts:
                parse(path, text)
        return
    docs = [parse(path, text) for path, text in texts]
    if step == "split":
        for _ in range(times):
            for doc in docs:
                doc._words = doc._sentences = doc._sentence_table = None
                for block in doc.blocks:
                    block.__dict__.pop("quotations", None)
                doc.words  # noqa: B018
        return
    for doc in docs:
        doc.words  # noqa: B018 - split once, outside the measured step
    check = next(c for c in get_registry().checks if c.name == rest[0])
    options = {k: o.default for k, o in check.options.items()}
    context = Context(root=folder)
    check.prepare(options, context)
    for _ in range(times):
        for doc in docs:
            list(check.check(doc, options, context) or ())
            if check.cross_file:
                check.collect(doc, options, context)


if __name__ == "__main__":
    main(sys.argv[1:])
