"""Instructions of the parse alone, for callgrind: FOLDER's texts read and decoded (and parsed once,
untimed, for the first-use loads) outside the counted call, then inside one ``functools.reduce``
``document.parse`` of every text (gc frozen, threshold 10,000, as a worker):

    cd /tmp/empty; env -u PYTHONDONTWRITEBYTECODE PYTHONHASHSEED=0 PYTHONPATH=<build>/src \\
        valgrind --tool=callgrind --callgrind-out-file=/dev/null --collect-atstart=no \\
        --toggle-collect=functools_reduce .venv/bin/python benchmarks/parse_instructions.py FOLDER [events]

With ``events`` the counted call only walks pyromark's events (``events_with_range``, every event
read): the parser's own part of the parse, Rust and the Python objects it makes.
(``PROSECHECK_PURE_PYTHON=1`` for the Python path of a build with the C module.)
"""
import collections, functools, gc, pathlib, sys
from prosecheck.decoding import decode
from prosecheck.document import parse
files = sorted(p for p in pathlib.Path(sys.argv[1]).iterdir() if p.is_file())
items = []
for p in files:
    text = decode(p.read_bytes())[0]
    if text is not None:
        items.append((str(p), text))
for path, text in items[:20]:
    parse(path, text)
gc.freeze(); gc.set_threshold(10_000, *gc.get_threshold()[1:])
if sys.argv[2:] == ["events"]:
    import pyromark
    from prosecheck.markdown_prose import OPTIONS
    drain = collections.deque(maxlen=0).extend
    functools.reduce(lambda acc, it: drain(pyromark.events_with_range(it[1], options=OPTIONS)) or acc, items, 0)
else:
    functools.reduce(lambda acc, it: parse(*it) and acc, items, 0)
print(len(items), "documents parsed")
