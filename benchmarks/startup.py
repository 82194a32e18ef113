"""What a user pays on one file: a one-file check and ``--version``, before and after, side by side.

    env -u PYTHONDONTWRITEBYTECODE python3 benchmarks/startup.py --before /tmp/e63s/exe \\
        --after /tmp/start63/exe [--proselint $BENCH/peers/proselint-venv/bin/proselint] \\
        [--runs 30] [--instructions] [FILE]

A pre-commit hook on one changed file, or a CI job on a small docs repository, pays start-up, not
checking (issue 14, sixty-third session). Each command runs ``--runs`` times (default 30),
interleaved round by round so that the machine's load falls on every command alike, from an empty
working folder (no configuration file found), output to /dev/null: the one-file check is
``EXE --isolated --exit-zero --no-cache FILE`` (as benchmarks/run.py runs prosecheck, but
``--jobs`` left at its default: one file never starts a worker), and ``EXE --version``. Printed: the
median wall time and the median CPU time (user + system of the process and its children, from
``wait4``) of each, and the ratios before/after. proselint (``proselint check FILE``, the harness's
command) is timed in the same rounds when given, or when benchmarks/run.py installed it under
``$PROSECHECK_BENCH_DIR`` (default ``/work/bench``, then ``~/.cache/prosecheck-bench``).

``--instructions`` adds callgrind's instruction count of one run of each command (valgrind;
repeatable to about 0.1 % whatever the load, where seconds on a shared two-core machine spread by
+-25 %). FILE defaults to the harness's one-file set (``sets/single``: the corpus file closest to
1 KB). Run with PYTHONDONTWRITEBYTECODE unset (``env -u``) and each source compiled once, as an
installed package is: otherwise every start compiles every module again.
Standard library only.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time


def _bench_dir() -> str:
    given = os.environ.get("PROSECHECK_BENCH_DIR")
    if given:
        return given
    for candidate in ("/work/bench", os.path.expanduser("~/.cache/prosecheck-bench")):
        if os.path.isdir(candidate):
            return candidate
    return os.path.expanduser("~/.cache/prosecheck-bench")


def _timed(cmd: list, cwd: str) -> tuple:
    """(wall seconds, CPU seconds of the process tree) of one run, output discarded."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
    return wall, usage.ru_utime + usage.ru_stime


def _instructions(cmd: list, cwd: str) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--trace-children=yes", "--callgrind-out-file=/dev/null",
                           *cmd], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    found = re.findall(r"Collected\s*:\s*([\d,]+)", proc.stderr)
    if not found:
        raise SystemExit("valgrind gave no instruction count:\n" + proc.stderr[-2000:])
    return sum(int(n.replace(",", "")) for n in found)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", required=True, help="prosecheck's executable before the change")
    ap.add_argument("--after", required=True, help="prosecheck's executable after the change")
    ap.add_argument("--proselint", help="proselint's executable (default: the harness's, when installed)")
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--instructions", action="store_true", help="also count instructions with callgrind")
    ap.add_argument("file", nargs="?", help="the file to check (default: the harness's sets/single)")
    ns = ap.parse_args(argv)
    bench = _bench_dir()
    path = ns.file
    if path is None:
        found = sorted(glob.glob(os.path.join(bench, "sets", "single", "*")))
        if not found:
            raise SystemExit("no FILE given and no %s/sets/single: run benchmarks/run.py once, or name a file" % bench)
        path = found[0]
    path = os.path.abspath(path)
    proselint = ns.proselint or os.path.join(bench, "peers", "proselint-venv", "bin", "proselint")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("note: PYTHONDONTWRITEBYTECODE is set: modules without a .pyc are compiled at every start", file=sys.stderr)

    commands = {}
    for side, exe in (("before", ns.before), ("after", ns.after)):
        commands[(side, "one file")] = [exe, "--isolated", "--exit-zero", "--no-cache", path]
        commands[(side, "--version")] = [exe, "--version"]
    if os.path.exists(proselint):
        commands[("proselint", "one file")] = [proselint, "check", path]
    cwd = tempfile.mkdtemp(prefix="prosecheck-startup-")
    for cmd in commands.values():  # page cache warm, byte code written
        subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
    walls: dict = {key: [] for key in commands}
    cpus: dict = {key: [] for key in commands}
    load = [os.getloadavg()[0]]
    for _ in range(ns.runs):
        for key, cmd in commands.items():
            wall, cpu = _timed(cmd, cwd)
            walls[key].append(wall)
            cpus[key].append(cpu)
    load.append(os.getloadavg()[0])
    counts = {key: _instructions(cmd, cwd) for key, cmd in commands.items()} if ns.instructions else {}
    os.rmdir(cwd)

    med = {key: (statistics.median(walls[key]), statistics.median(cpus[key])) for key in commands}
    print("file: %s (%d bytes); %d interleaved rounds; load %.2f -> %.2f" % (
        path, os.path.getsize(path), ns.runs, load[0], load[1]))
    print("before: %s\nafter:  %s" % (ns.before, ns.after))
    header = "| command | before wall s | after wall s | before CPU s | after CPU s | before/after (wall) | before/after (CPU) |"
    if counts:
        header += " before instructions | after instructions | before/after |"
    print(header)
    print("|" + "|".join(" --- " for _ in range(header.count("|") - 1)) + "|")
    for what in ("one file", "--version"):
        b, a = med[("before", what)], med[("after", what)]
        row = "| %s | %.3f | %.3f | %.3f | %.3f | %.2fx | %.2fx |" % (what, b[0], a[0], b[1], a[1], b[0] / a[0], b[1] / a[1])
        if counts:
            cb, ca = counts[("before", what)], counts[("after", what)]
            row += " %.1f M | %.1f M | %.3fx |" % (cb / 1e6, ca / 1e6, cb / ca)
        print(row)
    if ("proselint", "one file") in med:
        p = med[("proselint", "one file")]
        b, a = med[("before", "one file")], med[("after", "one file")]
        print("\nproselint on the same file, same rounds: wall %.3f s, CPU %.3f s%s" % (
            p[0], p[1], ", %.1f M instructions" % (counts[("proselint", "one file")] / 1e6) if counts else ""))
        print("| prosecheck | proselint / prosecheck (wall) | (CPU) |%s" % (" (instructions) |" if counts else ""))
        print("| --- | ---: | ---: |%s" % (" ---: |" if counts else ""))
        for side, m in (("before", b), ("after", a)):
            extra = " %.2fx |" % (counts[("proselint", "one file")] / counts[(side, "one file")]) if counts else ""
            print("| %s | %.2fx | %.2fx |%s" % (side, p[0] / m[0], p[1] / m[1], extra))
    else:
        print("\n(proselint not found at %s: not timed)" % proselint)
    return 0


if __name__ == "__main__":
    sys.exit(main())
