"""Instructions of a worker's part of a pooled run, for callgrind.

A pooled run (``--jobs 2`` and more) prepares our checks in the parent, forks its workers, and
each worker lints its files and pickles each result. This runs ``cli.run`` with
``runner.map_files`` replaced by the same steps in one process: our checks' ``prepare`` and the
lazy patterns compiled (the parent's part, before the fork: not counted), then every file
linted and its result pickled and unpickled inside one ``functools.reduce`` call, which alone is
counted:

    cd /tmp/empty; env -u PYTHONDONTWRITEBYTECODE PYTHONHASHSEED=0 [PYTHONPATH=<build>/src] \\
        valgrind --tool=callgrind --callgrind-out-file=/dev/null --collect-atstart=no \\
        --toggle-collect=functools_reduce .venv/bin/python benchmarks/worker_instructions.py \\
        --isolated --exit-zero --no-cache --timeout 3600 FOLDER

(``--timeout 3600``: under callgrind a check on a large file can pass the 60 s limit.) With every
file in one worker the count is the run's linting work with one worker's first-use loads; a real
run has one such set of loads per worker. On one small file the count is mostly what a worker
loads on its first file. Builds from before ``lazyre.compile_all`` are measured too.
"""

from __future__ import annotations

import functools
import gc
import inspect
import pickle
import sys

import prosecheck.runner as runner
from prosecheck.plugins import get_registry


def map_files(items, settings, jobs, stdin_bytes=None, progress=None, reap_later=False):
    # reap_later (the real map_files's: when to wait for the workers) means nothing in one process
    checks = runner.enabled_checks(get_registry(), settings.selector)
    for check in checks:
        check.prepare(runner.options_for(check, settings), settings.context)
    try:
        from prosecheck.lazyre import compile_all
    except ImportError:  # a build from before it: nothing compiled ahead
        pass
    else:
        compile_all()
    gc.freeze()  # as a forked worker starts
    results = []

    # A pooled run's workers get the list of enabled checks worked out before the fork (builds
    # from before that work it out per file, as their workers did).
    given = (checks,) if "checks" in inspect.signature(runner.lint_item).parameters else ()

    def one(_, item):
        payload = pickle.dumps(("ok", runner.lint_item(item, settings, stdin_bytes, *given)),
                               pickle.HIGHEST_PROTOCOL)
        results.append(pickle.loads(payload)[1])  # the parent unpickles it (counted too)

    functools.reduce(one, items, None)
    return results


if __name__ == "__main__":
    runner.map_files = map_files
    from prosecheck import cli

    sys.exit(cli.run(sys.argv[1:]))
