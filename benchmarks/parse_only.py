"""CPU seconds per MB spent parsing (``prosecheck.document.parse``) the Markdown files of a folder.

Run it with each venv's Python to compare two versions in turn on the same files:

    .venv/bin/python benchmarks/parse_only.py FOLDER
    /path/to/release/.venv/bin/python benchmarks/parse_only.py FOLDER
"""

import pathlib
import sys
import time

from prosecheck.document import parse

files = sorted(p for p in pathlib.Path(sys.argv[1]).iterdir() if p.name.lower().endswith(".md"))
texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
mb = sum(len(t.encode()) for t in texts) / 1e6
for f, t in zip(files, texts):  # warm-up: imports, caches
    parse(str(f), t)
t0 = time.process_time()
for f, t in zip(files, texts):
    parse(str(f), t)
cpu = time.process_time() - t0
print(f"{len(files)} files, {mb:.2f} MB: parse {cpu:.2f} CPU s = {cpu / mb:.3f} s/MB")
