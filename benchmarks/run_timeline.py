"""Timeline of one pooled run: the parent's serial phases and what each worker did, on stderr.

Runs ``prosecheck ARGS`` in this process (the workers are forked from it as usual) with the
parent's phases wrapped: for each, the wall time since this script started, the parent's CPU
time (user + system) and its minor page faults (on a virtual machine a fault costs 2 to 3 us,
so the faults are a share of the serial start worth knowing). Each worker writes, after every
file, its files so far, the wall span from its first file to its last, the time spent in
``lint_item`` and its own page faults (a worker is killed at the end, so it writes as it goes):

    .venv/bin/python benchmarks/run_timeline.py /tmp/c1000 --isolated --no-cache --exit-zero --jobs 2

Take the least of several runs on a loaded machine: CPU times and faults move less than walls.
"""

from __future__ import annotations

import glob
import os
import resource
import sys
import tempfile
import time

T0 = time.monotonic()

from prosecheck import cli, lazyre, runner, workers  # noqa: E402

marks: list = []
LOGS = tempfile.mkdtemp(prefix="prosecheck-timeline-")


def mark(name: str) -> None:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    marks.append((name, time.monotonic() - T0, ru.ru_utime + ru.ru_stime, ru.ru_minflt))


def wrap(owner, name: str) -> None:
    inner = getattr(owner, name)

    def wrapped(*args, **kwargs):
        mark(name + " >")
        try:
            return inner(*args, **kwargs)
        finally:
            mark(name + " <")

    setattr(owner, name, wrapped)


mark("imports done")
for owner, name in ((cli, "load_registry"), (cli, "discover"), (lazyre, "compile_all"),
                    (runner, "reduce_results"), (cli, "_report")):
    wrap(owner, name)

_load_registry = cli.load_registry


def load_registry(*args, **kwargs):
    registry = _load_registry(*args, **kwargs)
    for check in registry.checks:  # each check's prepare, by name
        check.prepare = _marked(check.prepare, f"prepare {check.name}")
    return registry


def _marked(inner, label):
    def wrapped(*args, **kwargs):
        mark(label + " >")
        try:
            return inner(*args, **kwargs)
        finally:
            mark(label + " <")
    return wrapped


cli.load_registry = load_registry
_run_isolated = workers.run_isolated


def run_isolated(count, work, jobs, timeout, on_result, *args, **kwargs):
    seen = [0]

    def result(index, value):
        seen[0] += 1
        if seen[0] in (1, count):
            mark("first result" if seen[0] == 1 else "last result")
        on_result(index, value)

    mark("run_isolated >")
    try:
        return _run_isolated(count, work, jobs, timeout, result, *args, **kwargs)
    finally:
        mark("run_isolated <")


workers.run_isolated = run_isolated
_lint_item = runner.lint_item
state: dict = {}


def lint_item(*args, **kwargs):
    if state.get("pid") != os.getpid():  # the first file of this worker
        state.update(pid=os.getpid(), files=0, busy=0.0, first=time.monotonic() - T0,
                     log=os.open(os.path.join(LOGS, str(os.getpid())), os.O_WRONLY | os.O_CREAT, 0o600))
    start = time.monotonic()
    result = _lint_item(*args, **kwargs)
    end = time.monotonic()
    state["files"] += 1
    state["busy"] += end - start
    line = (f"worker {os.getpid()}: {state['files']} files, first at {state['first']:.3f} s, last done at "
            f"{end - T0:.3f} s, in lint_item {state['busy']:.3f} s, page faults "
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_minflt}")
    os.pwrite(state["log"], line.encode().ljust(200), 0)
    return result


runner.lint_item = lint_item
try:
    cli.run(sys.argv[1:])
except SystemExit:
    pass
mark("end")
print(f"load {os.getloadavg()[0]:.1f}", file=sys.stderr)
print(f"{'phase':28} {'wall s':>8} {'CPU ms':>8} {'faults':>7}", file=sys.stderr)
for name, wall, cpu, faults in marks:
    print(f"{name:28} {wall:8.3f} {cpu * 1000:8.1f} {faults:7d}", file=sys.stderr)
for path in sorted(glob.glob(os.path.join(LOGS, "*"))):
    with open(path) as f:
        print(f.read().strip(), file=sys.stderr)
    os.unlink(path)
os.rmdir(LOGS)
