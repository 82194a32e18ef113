"""One check's output on every file of a folder, to show two builds produce the same.

For each file (sorted paths, sub-folders included): its path, the check's diagnostics and, for a
cross-file check, a SHA-1 of the summary ``collect`` returns; then every diagnostic of ``finish``
over all the summaries, and (on stderr) the CPU seconds ``finish`` took, the serial reduce of a
run. Run it with each build's Python and compare the outputs with ``cmp``:

    PYTHONPATH=/tmp/old/src .venv/bin/python benchmarks/check_outputs.py FOLDER boilerplate old.txt
    .venv/bin/python benchmarks/check_outputs.py FOLDER boilerplate new.txt
    cmp old.txt new.txt

The check runs with its default options on documents parsed here (no configuration is read).
"""

from __future__ import annotations

import hashlib
import pathlib
import sys
import time

from prosecheck.check import Context
from prosecheck.decoding import decode
from prosecheck.document import parse
from prosecheck.plugins import get_registry


def main(argv: list[str]) -> None:
    folder, name, out = argv
    check = next(c for c in get_registry().checks if c.name == name)
    options = {k: o.default for k, o in check.options.items()}
    context = Context(root=folder)
    check.prepare(options, context)
    summaries = []
    with open(out, "w", encoding="utf-8") as f:
        for path in sorted(p for p in pathlib.Path(folder).rglob("*") if p.is_file()):
            text = decode(path.read_bytes())[0]
            if text is None:
                continue
            doc = parse(str(path), text)
            found = [repr(d) for d in check.check(doc, options, context) or ()]
            digest = ""
            if check.cross_file:
                summary = check.collect(doc, options, context)
                summaries.append((str(path), summary))
                digest = hashlib.sha1(repr(summary).encode()).hexdigest()
            f.write(f"{path}\t{found}\t{digest}\n")
        if check.cross_file:
            cpu = time.process_time()
            finished = list(check.finish(summaries, options, context) or ())
            cpu = time.process_time() - cpu
            f.writelines(repr(d) + "\n" for d in finished)
            print(f"finish: {cpu:.2f} CPU s, {len(finished)} findings from {len(summaries)} files",
                  file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
