"""Instructions of one expression evaluated on every parsed document of a folder, alone.

Parses every file of FOLDER and splits its words, runs SETUP (Python statements), then evaluates
EXPR (with ``d`` the document) on each document inside one ``functools.reduce`` call; callgrind
counts only what runs inside that call, so parsing and start-up are left out without a second run:

    valgrind --tool=callgrind --callgrind-out-file=/dev/null --collect-atstart=no \\
        --toggle-collect=functools_reduce .venv/bin/python benchmarks/function_instructions.py \\
        FOLDER "B._Analysis(d, O)" \\
        "from prosecheck.checks import boilerplate as B; O = {k: o.default for k, o in B.Boilerplate.options.items()}"

Run it with each build (``PYTHONPATH=<build>/src``) and compare the "Collected" counts; with
``--callgrind-out-file=FILE``, ``callgrind_annotate --inclusive=yes FILE`` shows which C functions
of the interpreter the expression spends them in. The first three documents are evaluated once
before the count (imports, patterns compiled on first use); the garbage collector's generations
are frozen first, as a worker's are.
"""

from __future__ import annotations

import functools
import gc
import pathlib
import sys

from prosecheck.decoding import decode
from prosecheck.document import parse


def main(argv: list[str]) -> None:
    if len(argv) < 2 or argv[0] in ("-h", "--help"):
        print(__doc__)
        sys.exit(0 if argv and argv[0] in ("-h", "--help") else 2)
    folder, expr = argv[0], argv[1]
    setup = argv[2] if len(argv) > 2 else ""
    docs = []
    for path in sorted(p for p in pathlib.Path(folder).iterdir() if p.is_file()):
        text = decode(path.read_bytes())[0]
        if text is not None:
            docs.append(parse(str(path), text))
    for doc in docs:
        doc.words  # noqa: B018 - split once, outside the count
    namespace: dict = {}
    exec(setup, namespace)  # noqa: S102 - a benchmark's own command line
    step = eval("lambda d: " + expr, namespace)  # noqa: S307
    for doc in docs[:3]:
        step(doc)
    gc.collect()
    gc.freeze()
    functools.reduce(lambda _, doc: step(doc), docs, None)


if __name__ == "__main__":
    main(sys.argv[1:])
