"""CPU seconds (process_time) of the parse, the split and boilerplate over every file of FOLDER, least
of 3 rounds each, in one process (the collector as a worker's):

    cd /tmp/empty; PYTHONPATH=BUILD/src PYTHONHASHSEED=0 .venv/bin/python benchmarks/compiled_probe/stage_cpu.py FOLDER

Run a fresh process per build, the builds in turn, several times, and keep each one's least.
"""
import gc, pathlib, sys, time, importlib
from prosecheck.decoding import decode
from prosecheck.document import parse
texts = []
for p in sorted(p for p in pathlib.Path(sys.argv[1]).iterdir() if p.is_file()):
    t = decode(p.read_bytes())[0]
    if t is not None:
        texts.append((str(p), t))
for p, t in texts[:3]:
    parse(p, t).words
gc.collect(); gc.freeze(); gc.set_threshold(10_000)
out = {}
tp = []; ts = []
for r in range(3):
    t0 = time.process_time(); docs = [parse(p, t) for p, t in texts]; tp.append(time.process_time() - t0)
    t0 = time.process_time()
    for d in docs: d.words
    ts.append(time.process_time() - t0)
from prosecheck.check import Context
check = next(c for c in importlib.import_module("prosecheck.checks.boilerplate").prosecheck_checks() if c.name == "boilerplate")
tb = []
for r in range(3):
    options = {k: o.default for k, o in check.options.items()}
    context = Context(root=sys.argv[1]); check.prepare(options, context)
    t0 = time.process_time()
    for d in docs:
        list(check.check(d, options, context) or ())
        check.collect(d, options, context)
    tb.append(time.process_time() - t0)
print("parse %.3f split %.3f boilerplate %.3f" % (min(tp), min(ts), min(tb)))
