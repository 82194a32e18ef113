"""CPU seconds of one check over every document of a folder, in one process.

    cd /tmp/empty; PYTHONPATH=<build>/src .venv/bin/python benchmarks/check_cpu.py FOLDER CHECK

Parses every file of FOLDER and splits its words (not timed), runs the check's ``prepare`` with its
default options, freezes the garbage collector as a worker does, then prints the CPU seconds
(``time.process_time``) of ``check`` over every document and the number of findings. Run two builds
alternately a few times and compare the least: on a loaded machine one round moves by 10 to 20 %.
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
    if len(argv) != 2 or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    folder, name = argv
    (check,) = [c for c in get_registry().checks if c.name == name]
    docs = []
    for path in sorted(p for p in pathlib.Path(folder).iterdir() if p.is_file()):
        text = decode(path.read_bytes())[0]
        if text is not None:
            docs.append(parse(str(path), text))
    for doc in docs:
        doc.words  # noqa: B018 - the split, made on first use, not timed
    options = {k: o.default for k, o in check.options.items()}
    context = Context(root=folder)
    check.prepare(options, context)
    gc.freeze()
    t = time.process_time()
    found = sum(len(list(check.check(doc, options, context) or ())) for doc in docs)
    print(f"{name} {time.process_time() - t:.3f} s, {found} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
