"""Instructions of one stage over a folder, for callgrind: every file decoded (and, but for parse, parsed
and split) outside the count, then inside one functools.reduce every text parsed, or every document split,
or _CodeText(doc)._build() of every document, or one check's check (and collect) on every document:

    cd /tmp/empty; env -u PYTHONDONTWRITEBYTECODE PYTHONHASHSEED=0 PYTHONPATH=BUILD/src valgrind \\
        --tool=callgrind --callgrind-out-file=OUT.cg --collect-atstart=no --toggle-collect=functools_reduce \\
        .venv/bin/python benchmarks/compiled_probe/stage_instructions.py FOLDER parse|split|codetext|check NAME

(the twentieth session's ad hoc STAGE.py, but for this: the check is taken from its module's
prosecheck_checks() (NAME both the check's name and its module's), not the registry, so that a compiled checks/boilerplate.py is counted too).
"""
import functools, gc, pathlib, sys
from prosecheck.decoding import decode
from prosecheck.document import parse
folder, stage = sys.argv[1], sys.argv[2]
texts = []
for p in sorted(p for p in pathlib.Path(folder).iterdir() if p.is_file()):
    t = decode(p.read_bytes())[0]
    if t is not None:
        texts.append((str(p), t))
for p, t in texts[:3]:
    parse(p, t).words
gc.collect(); gc.freeze(); gc.set_threshold(10_000)
if stage == "parse":
    functools.reduce(lambda _, pt: parse(*pt), texts, None)
    sys.exit()
docs = [parse(p, t) for p, t in texts]
if stage == "split":
    functools.reduce(lambda _, d: d.words, docs, None)
    sys.exit()
for d in docs:
    d.words
if stage == "codetext":
    from prosecheck.checks.spelling import _CodeText
    functools.reduce(lambda _, d: _CodeText(d)._build(), docs, None)
if stage == "check":
    from prosecheck.check import Context
    from prosecheck.plugins import get_registry
    name = sys.argv[3]
    import importlib
    check = next(c for c in importlib.import_module("prosecheck.checks." + name).prosecheck_checks() if c.name == name)
    options = {k: o.default for k, o in check.options.items()}
    context = Context(root=folder)
    check.prepare(options, context)
    try:
        from prosecheck.lazyre import compile_all
        compile_all()
    except ImportError:
        pass
    for d in docs[:3]:
        list(check.check(d, options, context) or ())
    def one(_, d):
        list(check.check(d, options, context) or ())
        if check.cross_file:
            check.collect(d, options, context)
    functools.reduce(one, docs, None)
