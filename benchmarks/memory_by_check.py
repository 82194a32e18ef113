"""Where a long document's memory goes: the Document, its words, and each check, by tracemalloc.

    .venv/bin/python benchmarks/memory_by_check.py FILE.md
    .venv/bin/python benchmarks/memory_by_check.py --rss FILE.md

Parses FILE once, splits words and sentences, then runs every built-in check twice (the first
run also loads dictionaries and fills per-process caches). For each step: the memory Python
allocated and still holds ("kept") and the most it held at once during the step ("peak"), in MB
above what was held before it. A process's peak is about the Document and its words, plus what
checks keep per document, plus the largest peak of one check, plus the interpreter (about 60 MB).

With ``--rss``, the real command line runs instead (``prosecheck --jobs 1 --no-cache --isolated
--exit-zero FILE``, in this process, as a one-file run is) and, before each check and at the end,
the process's resident memory now and its peak so far are printed (``/proc/self/statm`` and
``ru_maxrss``): no tracemalloc, so the figures are those of a real run, and the step after which the
peak grows is the one that made it.
"""

from __future__ import annotations

import os
import sys
import tracemalloc

from prosecheck.check import Context
from prosecheck.document import parse
from prosecheck.plugins import get_registry

MB = 1e6


def rss_steps(path: str) -> int:
    import resource

    from prosecheck import cli, runner

    page = os.sysconf("SC_PAGE_SIZE")
    names = [c.name for c in get_registry().checks]  # the built-in checks, in the order they run

    def show(label: str) -> None:
        with open("/proc/self/statm") as fh:
            now = int(fh.read().split()[1]) * page
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        print(f"{label:28s} now {now / MB:7.1f} MB   peak so far {peak / MB:7.1f} MB", flush=True)

    runner.step_hook = lambda number: show(f"before {names[number] if number < len(names) else number}")
    show("start")
    code = cli.run(["--jobs", "1", "--no-cache", "--isolated", "--exit-zero", "--timeout", "100000",
                    "--output-file", os.devnull, path])
    show(f"end (exit {code})")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--rss":
        return rss_steps(argv[1])
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
