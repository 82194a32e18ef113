"""Instructions of the word and sentence split alone, for callgrind: FOLDER's texts parsed once
outside the counted call, then inside one ``functools.reduce`` ``Document._split`` of every parsed
document (gc frozen, threshold 10,000, as a worker):

    cd /tmp/empty; env -u PYTHONDONTWRITEBYTECODE PYTHONHASHSEED=0 PYTHONPATH=<build>/src \\
        valgrind --tool=callgrind --callgrind-out-file=/dev/null --collect-atstart=no \\
        --toggle-collect=functools_reduce .venv/bin/python benchmarks/split_instructions.py FOLDER

(``PROSECHECK_PURE_PYTHON=1`` for the Python path of a build with the C module.)
"""
import functools, gc, pathlib, sys
from prosecheck.decoding import decode
from prosecheck.document import parse
files = sorted(p for p in pathlib.Path(sys.argv[1]).iterdir() if p.is_file())
docs = []
for p in files:
    text = decode(p.read_bytes())[0]
    if text is not None:
        docs.append(parse(str(p), text))
gc.freeze(); gc.set_threshold(10_000, *gc.get_threshold()[1:])
functools.reduce(lambda acc, d: d._split() or acc, docs, 0)
print(len(docs), "documents split")
