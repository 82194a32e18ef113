"""The prose-map check over a folder of real documents.

Every prose character (spaces and placeholders aside) must come from the same character of the
source, entities aside (they map to their "&"); every block must lie inside the file; no document
may fail to parse. Prints one line per problem (at most 20 per file) and a summary; exits 1 on any
problem.

    .venv/bin/python benchmarks/prose_map.py /work/data/bench/corpus
"""

from __future__ import annotations

import os
import sys
import time

from prosecheck.decoding import decode
from prosecheck.document import parse
from prosecheck.sentences import PLACEHOLDER


def check_file(path: str) -> tuple[int, list[str]]:
    with open(path, "rb") as f:
        text, problem = decode(f.read())
    if text is None:
        return 0, []
    doc = parse(path, text, filename=path)
    problems = []
    checked = 0
    src = doc.text
    for block in doc.blocks:
        prose = block.prose
        for i, ch in enumerate(prose):
            if ch == " " or ch == PLACEHOLDER:
                continue
            checked += 1
            at = block.source_offset(i)
            got = src[at] if 0 <= at < len(src) else ""
            if got != ch and got != "&" and len(problems) < 20:
                line, col = doc.position(at)
                problems.append(f"{path}:{line}:{col}: prose {ch!r} maps to {got!r} in {prose[max(0, i - 20) : i + 20]!r}")
    return checked, problems


def main(argv: list[str]) -> int:
    root = argv[1]
    files = []
    for folder, _, names in os.walk(root):
        files.extend(os.path.join(folder, n) for n in names if n.lower().endswith((".md", ".markdown", ".txt")))
    files.sort()
    t0 = time.perf_counter()
    total = bad_files = chars = 0
    for path in files:
        try:
            checked, problems = check_file(path)
        except Exception as exc:  # noqa: BLE001 - a failure is a finding here
            problems, checked = [f"{path}: {type(exc).__name__}: {exc}"], 0
        total += 1
        chars += checked
        if problems:
            bad_files += 1
            for p in problems:
                print(p)
    print(f"{total} files, {chars:,} prose characters checked, {bad_files} files with problems, "
          f"{time.perf_counter() - t0:.1f} s")
    return 1 if bad_files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
