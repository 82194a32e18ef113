"""Instructions of the language checks alone (superlatives and hedging), repeatable on a loaded
machine where CPU seconds are not:

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/lang.cg \
        .venv/bin/python benchmarks/lang_cpu_instructions.py FOLDER

Every Markdown file under FOLDER is parsed (not counted); valgrind's instrumentation is switched
on (``callgrind_control -i on``) just before the checks run over every document once, and off
after; valgrind prints the count as "Collected". One document is checked first, uncounted, so
word lists and lazy patterns are loaded outside the count, and the parsed documents are frozen
out of the garbage collector (``gc.freeze``) first, its first-generation threshold set as a run
sets it (``runner._FewerCollections``). Compare two versions of the code with
``PYTHONPATH=<other checkout>/src`` (and that version's interpreter if it needs other packages).
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys

from prosecheck.check import Context
from prosecheck.checks import hedging, superlatives
from prosecheck.document import parse

USAGE = "usage: valgrind --tool=callgrind --instr-atstart=no python benchmarks/lang_cpu_instructions.py FOLDER"


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0].startswith("-"):
        print(USAGE)
        return 2
    folder = argv[0]
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs if f.endswith(".md"))
    texts = []
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as fh:
            texts.append((p, fh.read()))
    if not texts:
        print(f"no Markdown files under {folder}")
        return 2
    checks = [superlatives.Superlatives(), hedging.Hedging()]
    options = {c.name: {k: o.default for k, o in c.options.items()} for c in checks}
    warm = parse(*texts[0])  # word lists and lazy patterns load outside the count
    for c in checks:
        list(c.check(warm, options[c.name], Context(root=folder)))
    # The modules support.py imports when a sentence's link is first resolved (links.is_broken,
    # and what it imports on its first local link or missing anchor): a run imports them once,
    # links.py at start-up (the links check is a plugin), so they are imported here, not inside
    # the count (about 120 M instructions over /tmp/lang-sub6 under PYTHONDONTWRITEBYTECODE, the
    # same for every version: issue 11/14, thirteenth session).
    import difflib  # noqa: F401
    import prosecheck.checks.links  # noqa: F401
    import prosecheck.files  # noqa: F401
    docs = [parse(p, t) for p, t in texts]
    for d in docs:
        d.sentences  # the sentence split is the parser's cost, not the checks'
    # The parsed documents are frozen out of the cyclic garbage collector, as a worker's are:
    # otherwise a full collection over all of them falls inside the count, charged to whichever
    # check allocates the objects that trigger it (see benchmarks/README.md, "Ninth session").
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, *gc.get_threshold()[1:])  # as runner._FewerCollections sets it
    pid = str(os.getpid())
    subprocess.run(["callgrind_control", "-i", "on", pid], stdout=subprocess.DEVNULL, check=False)
    findings = 0
    for d in docs:
        for c in checks:
            findings += sum(1 for _ in c.check(d, options[c.name], Context(root=folder)))
    subprocess.run(["callgrind_control", "-i", "off", pid], stdout=subprocess.DEVNULL, check=False)
    print(f"{len(texts)} files, {findings} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
