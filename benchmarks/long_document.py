"""One long document: time and peak memory of prosecheck on 1, 2, 4, 8 (and 10) MB of corpus files
concatenated into ONE Markdown file, for one or more prosecheck executables side by side.

    python3 benchmarks/long_document.py CORPUS_DIR --bin new=.venv/bin/prosecheck \\
        --bin old=/path/to/release/.venv/bin/prosecheck --sizes 1,2,4,8,10

Files are taken in one fixed order (SHA-1 of their names, as run.py's prefixes) and joined with a
blank line until the size is reached. Each executable runs with ``--jobs 1 --no-cache --isolated
--exit-zero`` from an empty folder; wall and CPU time and the peak resident memory (``ru_maxrss``
from ``wait4``) are printed per run, with the 1-minute load average before it. Only the standard
library is used.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MB = 1_000_000


def build(corpus: Path, sizes: list[float], out: Path) -> dict[float, Path]:
    files = sorted((p for p in corpus.iterdir() if p.name.lower().endswith(".md")),
                   key=lambda p: hashlib.sha1(p.name.encode()).hexdigest())
    made, parts, total = {}, [], 0
    pending = sorted(sizes)
    for f in files:
        if not pending:
            break
        data = f.read_bytes()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        parts.append(data)
        total += len(data) + 2
        while pending and total >= pending[0] * MB:
            path = out / f"long-{pending[0]:g}mb.md"
            path.write_bytes(b"\n\n".join(parts))
            made[pending.pop(0)] = path
    return made


def run(exe: str, path: Path, cwd: Path, timeout: float) -> dict:
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen([exe, "--jobs", "1", "--no-cache", "--isolated", "--exit-zero", "--timeout", "100000", str(path)],
                            cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = t0 + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode("utf-8", "replace")[-300:] if proc.stderr else ""
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
            "exit": os.waitstatus_to_exitcode(status), "load": load, "stderr": err.strip()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--bin", action="append", required=True, help="NAME=EXECUTABLE (repeatable)")
    ap.add_argument("--sizes", default="1,2,4,8")
    ap.add_argument("--timeout", type=float, default=900)
    args = ap.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",")]
    bins = [b.split("=", 1) for b in args.bin]
    with tempfile.TemporaryDirectory(prefix="prosecheck-long-") as tmp:
        tmp = Path(tmp)
        docs = build(args.corpus, sizes, tmp)
        work = tmp / "work"
        work.mkdir()
        print(f"{'size':>6} {'tool':>8} {'bytes':>10} {'wall s':>8} {'CPU s':>8} {'peak MB':>8} {'load':>5} exit",
              flush=True)
        results = {}
        for size in sizes:
            path = docs.get(size)
            if path is None:
                print(f"{size:g} MB: the corpus is smaller than that")
                continue
            for name, exe in bins:
                r = run(exe, path, work, args.timeout)
                results[(size, name)] = r
                print(f"{size:>5g}M {name:>8} {path.stat().st_size:>10} {r['wall']:>8.2f} {r['cpu']:>8.2f} "
                      f"{r['rss_mb']:>8.0f} {r['load']:>5.1f} {r['exit']}", flush=True)
                if r["exit"] not in (0, 1):
                    print("   ", r["stderr"].replace("\n", "\n    "))
        for name, _ in bins:
            first = results.get((sizes[0], name))
            for size in sizes[1:]:
                r = results.get((size, name))
                if first and r:
                    print(f"{name}: {size:g} MB / {sizes[0]:g} MB = {r['cpu'] / first['cpu']:.2f}x CPU, "
                          f"{r['wall'] / first['wall']:.2f}x wall")
    return 0


if __name__ == "__main__":
    sys.exit(main())
