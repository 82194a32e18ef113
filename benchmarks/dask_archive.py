#!/usr/bin/env python3
"""The Dask executor on a synthetic archive, side by side with the local pool, in one run.

    python3 benchmarks/dask_archive.py [--copies 10] [--corpus DIR] [--workers 2] [--files N] [--select CODES] [--limit N]

Builds ``$BENCH/archive-<copies>`` (default BENCH: ~/.cache/prosecheck-bench): the benchmark
corpus copied ``copies`` times, each copy after the first with variations (about one word in 40
changed, seeded), so BP102 has exact and near copies to find across the archive. Then, with the
prosecheck on PATH (or ``PROSECHECK_BIN``):

1. ``prosecheck --jobs W`` (the local pool), and
2. ``prosecheck --executor dask --scheduler ADDR`` against ``dask scheduler`` and W ``dask worker``
   processes (1 thread each) started here on 127.0.0.1,

both ``--no-cache --format json --exit-zero`` over the archive. It records wall time, the
client's peak RSS (the prosecheck process alone, sampled every 50 ms with psutil; for the local
pool, also the sum over its worker processes), the number of BP102 findings, and whether the two
outputs are identical. Results go to ``benchmarks/dask-results.json`` (appended) and stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).parent
BENCH = Path(os.environ.get("BENCH", Path.home() / ".cache" / "prosecheck-bench"))


def build_archive(corpus: Path, copies: int, limit: int | None) -> Path:
    files = sorted(p for p in corpus.iterdir() if p.is_file())[:limit]
    out = BENCH / f"archive-{copies}{'-' + str(limit) if limit else ''}"
    stamp = out / ".complete"
    if stamp.exists():
        return out
    shutil.rmtree(out, ignore_errors=True)
    word = re.compile(r"\b[a-z]{4,}\b")
    for k in range(copies):
        folder = out / f"copy{k:02d}"
        folder.mkdir(parents=True)
        rng = random.Random(k)
        for f in files:
            text = f.read_text(encoding="utf-8", errors="replace")
            if k:
                text = word.sub(lambda m: m.group() if rng.random() > 0.025 else "variant", text)
            (folder / f.name).write_text(text, encoding="utf-8")
    stamp.write_text("")
    return out


class PeakRSS(threading.Thread):
    """Samples the RSS of a process (and of its children) until it ends."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        import psutil

        self.proc = psutil.Process(pid)
        self.own = 0
        self.total = 0

    def run(self) -> None:
        import psutil

        while True:
            try:
                own = self.proc.memory_info().rss
                kids = sum(c.memory_info().rss for c in self.proc.children(recursive=True))
            except psutil.Error:
                return
            self.own = max(self.own, own)
            self.total = max(self.total, own + kids)
            time.sleep(0.05)


def timed(cmd: list, cwd: Path, env: dict) -> dict:
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.PIPE)
        sampler = PeakRSS(proc.pid)
        sampler.start()
        _, err = proc.communicate()
        wall = time.perf_counter() - start
        sampler.join(timeout=1)
        out.seek(0)
        data = out.read()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    return {"wall_s": round(wall, 2), "client_peak_mb": round(sampler.own / 2**20, 1),
            "all_processes_peak_mb": round(sampler.total / 2**20, 1), "output": data}


def start_cluster(workers: int, tmp: Path) -> tuple[str, list]:
    bindir = Path(sys.executable).parent
    dask = shutil.which("dask") or str(bindir / "dask")
    sched_file = tmp / "scheduler.json"
    procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                               "--scheduler-file", str(sched_file)], stderr=subprocess.DEVNULL)]
    while not sched_file.exists():
        time.sleep(0.2)
    for _ in range(workers):
        procs.append(subprocess.Popen([dask, "worker", "--scheduler-file", str(sched_file), "--nthreads", "1",
                                       "--nworkers", "1", "--host", "127.0.0.1", "--no-dashboard",
                                       "--memory-limit", "0"], stderr=subprocess.DEVNULL))
    address = json.loads(sched_file.read_text())["address"]
    from distributed import Client

    with Client(address) as client:
        client.wait_for_workers(workers, timeout=300)
    return address, procs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--corpus", type=Path, default=BENCH / "corpus")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--files", type=int, default=None, help="only the first N corpus files")
    ap.add_argument("--select", default=None, help="codes to select in both runs (e.g. BP102: the client's "
                                                   "memory is then the reduce's, not every finding's)")
    ap.add_argument("--limit", type=int, default=None,
                    help="lint only the first N files of each copy, named on the command line (the "
                         "archive is not rebuilt): the client's memory at a smaller size")
    args = ap.parse_args()
    archive = build_archive(args.corpus, args.copies, args.files)
    if args.limit:
        chosen = [p for copy in sorted(archive.glob("copy*")) for p in sorted(copy.iterdir())[: args.limit]]
        targets = [str(p.relative_to(archive)) for p in chosen]
    else:
        chosen = [p for p in archive.rglob("*") if p.is_file()]
        targets = ["."]
    files = sum(1 for p in chosen if p.suffix in (".md", ".txt"))
    size = sum(p.stat().st_size for p in chosen)
    exe = os.environ.get("PROSECHECK_BIN") or shutil.which("prosecheck") or str(Path(sys.executable).parent / "prosecheck")
    env = dict(os.environ)
    common = ["--isolated", "--no-cache", "--format", "json", "--exit-zero", "--no-respect-gitignore", *targets]
    if args.select:
        common[:0] = ["--select", args.select]
    local = timed([exe, "--jobs", str(args.workers), *common], archive, env)
    with tempfile.TemporaryDirectory() as tmp:
        address, procs = start_cluster(args.workers, Path(tmp))
        try:
            dask = timed([exe, "--executor", "dask", "--scheduler", address, *common], archive, env)
        finally:
            for p in procs:
                p.terminate()
            for p in procs:
                p.wait(timeout=60)

    def bp102(raw: bytes) -> list:
        return [d for d in json.loads(raw) if d["code"] == "BP102"]

    row = {
        "when": time.strftime("%Y-%m-%d %H:%M"),
        "load_before": os.getloadavg()[0],
        "copies": args.copies, "select": args.select, "limit": args.limit, "files": files, "mb": round(size / 1e6, 1), "workers": args.workers,
        "local": {k: v for k, v in local.items() if k != "output"},
        "dask": {k: v for k, v in dask.items() if k != "output"},
        "findings": len(json.loads(local["output"])),
        "bp102_local": len(bp102(local["output"])), "bp102_dask": len(bp102(dask["output"])),
        "identical_output": local["output"] == dask["output"],
        "throughput_ratio_dask_over_local": round(local["wall_s"] / dask["wall_s"], 3),
        "client_memory_ratio_dask_over_local": round(dask["client_peak_mb"] / local["client_peak_mb"], 3),
    }
    results = HERE / "dask-results.json"
    history = json.loads(results.read_text()) if results.exists() else []
    history.append(row)
    results.write_text(json.dumps(history, indent=2) + "\n")
    print(json.dumps(row, indent=2))


if __name__ == "__main__":
    main()
