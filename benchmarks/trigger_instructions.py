"""Instructions of the language checks' trigger search alone, for callgrind (issue 14,
twenty-eighth session): FOLDER's texts read, parsed and split (and each document's
``words.lower_vocabulary`` made) outside the counted call, hedging's and superlatives' trigger
sets noted as their ``prepare`` does; then inside one ``functools.reduce``, for every document,
``flagged_sentences`` with hedging's triggers and then with superlatives' (the first call searches
the document for both sets, the second reads what it kept), gc frozen as in a worker:

    cd /tmp/empty; env -u PYTHONDONTWRITEBYTECODE PYTHONHASHSEED=0 PYTHONPATH=<build>/src \\
        valgrind --tool=callgrind --callgrind-out-file=/dev/null --collect-atstart=no \\
        --toggle-collect=functools_reduce .venv/bin/python benchmarks/trigger_instructions.py FOLDER

(``PROSECHECK_PURE_PYTHON=1`` for the Python path of a build with the C module.) It prints the
number of sentences flagged, the same on both paths.
"""
import functools, gc, pathlib, sys
from prosecheck.checks import hedging, superlatives, trigger_search
from prosecheck.decoding import decode
from prosecheck.document import parse

files = sorted(p for p in pathlib.Path(sys.argv[1]).iterdir() if p.is_file())
docs = []
for p in files:
    text = decode(p.read_bytes())[0]
    if text is not None:
        doc = parse(str(p), text)
        doc.sentences, doc.sentence_table, doc.words.lower_vocabulary
        docs.append(doc)
sets = [hedging.lexicon((), ()).triggers, superlatives.lexicon((), ()).triggers]
for triggers in sets:
    trigger_search.prepare(triggers)
gc.freeze(); gc.set_threshold(10_000, *gc.get_threshold()[1:])
flagged = functools.reduce(
    lambda acc, doc: acc + sum(len(trigger_search.flagged_sentences(doc, t)) for t in sets), docs, 0)
print(len(docs), "documents,", flagged, "sentences flagged")
