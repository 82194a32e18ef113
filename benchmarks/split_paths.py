"""The word and sentence split by its two paths on FOLDER's files: each file parsed once, then
``word_split.split_blocks`` of every document with the Python path and with the C path
(``prosecheck._native._split``), least CPU of ROUNDS each, and whether the two gave the same arrays:

    PYTHONPATH=src .venv/bin/python benchmarks/split_paths.py FOLDER [ROUNDS]
"""
import gc
import pathlib
import sys
import time

from prosecheck import _native, word_split
from prosecheck.decoding import decode
from prosecheck.document import parse

folder, rounds = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3
files = sorted(p for p in pathlib.Path(folder).rglob("*") if p.is_file() and p.suffix in (".md", ".txt", ".markdown", ".rst", ""))
docs = []
for p in files:
    text = decode(p.read_bytes())[0]
    if text is None:
        continue
    docs.append(parse(str(p), text))
gc.freeze(); gc.set_threshold(10_000, *gc.get_threshold()[1:])
C = _native.split
W = ("vocabulary", "text_ids", "block_indexes", "starts", "offsets", "sentences", "quoted_flags")
S = ("block_indexes", "starts", "ends", "offsets", "quoted_flags", "firsts", "stops")
def run():
    return [word_split.split_blocks(d.blocks, len(d.text)) for d in docs]
def fields(r):
    w, s = r
    return tuple(getattr(w, a, None) for a in w.__slots__ if a != "blocks"), tuple(getattr(s, a, None) for a in s.__slots__ if a not in ("words", "blocks"))
out = {}
for name, mod in (("python", None), ("c", C)):
    _native.split = mod
    best = 1e9
    for _ in range(rounds):
        t = time.process_time(); r = run(); best = min(best, time.process_time() - t)
    out[name] = [fields(x) for x in r]
    print(name, round(best, 3), "s", len(docs), "docs", flush=True)
print("identical", out["python"] == out["c"])
