"""``--executor dask``: the same output as a local run, on real Dask clusters.

- The shuffled BP102 reduce equals the local one (in-process, many partitions, no cluster).
- A LocalCluster of 2 worker processes on 127.0.0.1, started by the test: byte-for-byte the
  output of a local run, cross-file BP102 included; a plugin that kills its process or overruns
  its time limit costs only its file, reported (PC003, PC005) as a local run reports it; one that
  kills the Dask worker itself costs only its file too; an unreachable scheduler is a clear
  error, exit 2.
- ``dask scheduler`` and ``dask worker`` started as separate processes, as on a real cluster:
  the prosecheck command line pointed at them prints what a local run prints.
- A local run never imports Dask.
"""

from __future__ import annotations

import os
import random
from collections import Counter
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from prosecheck.checks import boilerplate, boilerplate_shuffle
from prosecheck.document import parse
from prosecheck.executors.dask import partition_of, reduce_in_process

BIN = Path(sys.executable).parent
SHARED = [
    "This paragraph about installing the package is shared by many files in this repository today.",
    "Another shared paragraph explains how the configuration file is read when the tool starts up.",
    "Run the tests with the command below before you open a pull request against the main branch.",
]


def _corpus(root: Path, n: int = 12, seed: int = 7) -> None:
    """Files that share paragraphs word for word and nearly, with other findings in between."""
    rng = random.Random(seed)
    for i in range(n):
        parts = [f"# Document {i}", f"Text number {i} has the the doubled word and the fastest claim."]
        for s in SHARED:
            if rng.random() < 0.7:
                words = s.split()
                if rng.random() < 0.3:  # a near copy: one word changed
                    words[rng.randrange(len(words))] = "different"
                parts.append(" ".join(words))
        parts.append(f"A closing line for file {i} with a [broken link](missing-{i}.md).")
        (root / f"doc{i:02d}.md").write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def _options() -> dict:
    return {name: opt.default for name, opt in boilerplate.Boilerplate.options.items()} | {"min_files": 2}


def test_the_shuffled_reduce_reports_exactly_what_the_local_reduce_does(tmp_path):
    _corpus(tmp_path, n=40)
    check = boilerplate.Boilerplate()
    options = _options()
    summaries = []
    for path in sorted(tmp_path.iterdir()):
        doc = parse(path.name, path.read_text(encoding="utf-8"))
        summaries.append((path.name, check.collect(doc, options, None)))
    local = sorted(check.finish(summaries, options, None))
    assert len(local) > 20
    for partitions in (1, 3, 7):
        # As the executor does: per batch of files (here 9) and partition, the pairs packed; per
        # partition, every batch's pairs unpacked into buckets and reduced.
        packed = [[] for _ in range(partitions)]
        backwards = summaries[::-1]  # order must not matter
        for start in range(0, len(backwards), 9):
            pairs = [[] for _ in range(partitions)]
            for path, summary in backwards[start : start + 9]:
                for key, value in check.shuffle(path, summary, options, None):
                    pairs[partition_of(key, partitions)].append((key, value))
            for p in range(partitions):
                packed[p].append(check.pack_shuffled(pairs[p]))
                assert Counter(check.unpack_shuffled(packed[p][-1])) == Counter(pairs[p])
        reduced = reduce_in_process(check, options, None, packed)
        assert sorted(check.finish_shuffled(reduced, options, None)) == local


def test_partitions_are_the_same_in_every_process():
    code = "from prosecheck.executors.dask import partition_of, reduce_in_process; print(partition_of((3, 123456), 8), partition_of('a', 8))"
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=dict(os.environ, PYTHONHASHSEED=str(seed))).stdout for seed in (1, 2)}
    assert len(outs) == 1


def _runner_path() -> str:
    """The runner's PYTHONPATH with each entry made absolute: ``PYTHONPATH=src`` from a worktree
    would name another folder in the tests' temporary working directories."""
    return os.pathsep.join(os.path.abspath(p) for p in os.environ["PYTHONPATH"].split(os.pathsep) if p)


def _prosecheck(cwd: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    full = dict(os.environ, **(env or {}))
    if env and "PYTHONPATH" in env and os.environ.get("PYTHONPATH"):
        # keep the runner's own path after the plugins' (a worktree's src, under scripts/test or a
        # helper's PYTHONPATH=src): the workers inherit it, so the client must import the same code
        full["PYTHONPATH"] = env["PYTHONPATH"] + os.pathsep + _runner_path()
    return subprocess.run([str(BIN / "prosecheck"), "--isolated", "--no-cache", *args], cwd=cwd, env=full,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A folder of throwaway plugins, on the path of the client and of every worker."""
    folder = tmp_path_factory.mktemp("site")
    (folder / "killer_plugin.py").write_text(KILLER)
    (folder / "sleeper_plugin.py").write_text(SLEEPER)
    return folder


@pytest.fixture(scope="module")
def cluster(site):
    import dask
    from distributed import LocalCluster

    # Workers (and the ones the nanny restarts after a plugin kills them, for as long as the
    # cluster lives) are spawned from this process: they start with its sys.path and environment.
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = str(site) + (os.pathsep + _runner_path() if old else "")
    sys.path.insert(0, str(site))
    try:
        with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
            c = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                             dashboard_address="127.0.0.1:0", silence_logs=40)
        try:
            yield c.scheduler_address
        finally:
            c.close()
    finally:
        sys.path.remove(str(site))
        if old is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = old


def test_a_local_cluster_prints_byte_for_byte_what_a_local_run_prints(tmp_path, cluster):
    _corpus(tmp_path)
    (tmp_path / ".prosecheck.toml").write_text("[boilerplate]\nmin_files = 2\n")
    args = ["--config", ".prosecheck.toml", "--format", "json", "."]
    local = subprocess.run([str(BIN / "prosecheck"), "--no-cache", "--jobs", "2", *args], cwd=tmp_path,
                           capture_output=True, text=True, timeout=300)
    dask_run = subprocess.run([str(BIN / "prosecheck"), "--no-cache", "--executor", "dask", "--scheduler",
                               cluster, *args], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert local.returncode == dask_run.returncode == 1, dask_run.stderr
    assert dask_run.stdout == local.stdout
    assert '"code": "BP102"' in local.stdout and '"code": "SP102"' in local.stdout


def test_bp102_alone_names_files_the_client_kept_nothing_for(tmp_path, cluster):
    """With BP102 alone, most files come back clean (the client keeps a marker, not a result);
    the files BP102 names, and one that suppresses it, still report as locally."""
    _corpus(tmp_path)
    with (tmp_path / "doc05.md").open("a", encoding="utf-8") as f:
        f.write("\n<!-- prosecheck-disable-file BP102 -->\n")
    (tmp_path / ".prosecheck.toml").write_text("[boilerplate]\nmin_files = 2\n")
    args = ["--config", ".prosecheck.toml", "--select", "BP102", "--fail-on", "info", "."]  # BP102 is info
    local = _prosecheck(tmp_path, *args)
    dask_run = _prosecheck(tmp_path, "--executor", "dask", "--scheduler", cluster, *args)
    assert local.returncode == dask_run.returncode == 1, dask_run.stderr
    assert dask_run.stdout == local.stdout
    named = {ln.split(":")[0] for ln in local.stdout.splitlines()}
    assert len(named) >= 5 and "doc05.md" not in named, local.stdout


def test_dask_honours_selection_suppression_and_the_cache(tmp_path, cluster):
    _corpus(tmp_path, n=6)
    (tmp_path / "doc00.md").write_text("It is the the best.  <!-- noqa: SP102 -->\n", encoding="utf-8")
    common = ["--select", "SP,LK", "--executor", "dask", "--scheduler", cluster, "."]
    first = subprocess.run([str(BIN / "prosecheck"), "--isolated", *common], cwd=tmp_path,
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 1, first.stderr
    assert "doc00.md" not in first.stdout and "BP102" not in first.stdout and "SL101" not in first.stdout
    assert (tmp_path / ".prosecheck_cache").is_dir()  # the workers wrote it (a shared file system)
    again = subprocess.run([str(BIN / "prosecheck"), "--isolated", *common], cwd=tmp_path,
                           capture_output=True, text=True, timeout=300)
    assert again.stdout == first.stdout
    local = _prosecheck(tmp_path, "--select", "SP,LK", ".")
    assert local.stdout == first.stdout


KILLER = textwrap.dedent("""
    import os
    from prosecheck import hookimpl
    from prosecheck.check import Check, Code

    class Killer(Check):
        name = "killer"
        codes = {"KL101": Code("never")}

        def check(self, doc, options, context):
            if "kill-me" in doc.text:
                os._exit(3)
            if "crash-me" in doc.text:
                raise ValueError("boom")
            if "kill-my-worker" in doc.text:  # the process that forked this one: a Dask worker
                os.kill(os.getppid(), 9)
                os._exit(9)
            return ()

    @hookimpl
    def prosecheck_checks():
        return [Killer()]
""")


SLEEPER = textwrap.dedent("""
    import signal
    import time
    from prosecheck import hookimpl
    from prosecheck.check import Check, Code

    class Sleeper(Check):
        name = "sleeper"
        codes = {"SLP101": Code("never")}

        def check(self, doc, options, context):
            if "sleep-now" in doc.text:
                time.sleep(600)  # the soft limit (SIGALRM) interrupts it
            if "spin-now" in doc.text:
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
                while True:  # only the hard limit (the child killed) ends it
                    pass
            return ()

    @hookimpl
    def prosecheck_checks():
        return [Sleeper()]
""")


def test_a_file_that_kills_its_process_costs_only_that_file_and_pc003_names_the_plugin(tmp_path, cluster, site):
    _corpus(tmp_path, n=6)
    (tmp_path / "doc03.md").write_text("Please kill-me now.\n", encoding="utf-8")
    env = {"PYTHONPATH": str(site)}
    args = ["-p", "killer_plugin", "--select", "SP102,KL101", "doc00.md", "doc01.md", "doc02.md", "doc03.md",
            "doc04.md"]
    result = _prosecheck(tmp_path, "--executor", "dask", "--scheduler", cluster, *args, env=env)
    local = _prosecheck(tmp_path, *args, env=env)
    assert result.returncode == local.returncode == 2, result.stdout + result.stderr
    assert result.stdout == local.stdout
    lines = result.stdout.splitlines()
    assert [ln.split(":")[0] for ln in lines if "SP102" in ln] == ["doc00.md", "doc01.md", "doc02.md", "doc04.md"]
    assert [ln for ln in lines if "PC003" in ln] == [
        "doc03.md:1:1: PC003 check 'killer' (plugin 'killer_plugin') ended the worker process checking this "
        "file (it exited with code 3); this file was not checked, the others were. Report it to the plugin's "
        "authors"]


def test_traceback_shows_a_crash_on_a_worker_as_locally(tmp_path, cluster, site):
    _corpus(tmp_path, n=3)
    (tmp_path / "doc01.md").write_text("Please crash-me now.\n", encoding="utf-8")
    env = {"PYTHONPATH": str(site)}
    args = ["-p", "killer_plugin", "--traceback", "--select", "SP102,KL101", "."]
    result = _prosecheck(tmp_path, "--executor", "dask", "--scheduler", cluster, *args, env=env)
    local = _prosecheck(tmp_path, *args, env=env)
    assert result.returncode == local.returncode == 2, result.stdout + result.stderr
    assert (result.stdout, result.stderr) == (local.stdout, local.stderr)
    assert "doc01.md:1:1: PC003 check 'killer' (plugin 'killer_plugin') crashed in check(): ValueError: boom" \
        in result.stdout
    assert 'raise ValueError("boom")' in result.stderr


def test_a_plugin_that_kills_the_dask_worker_itself_costs_only_its_file(tmp_path, cluster, site):
    """Past the forked child: the worker is lost, Dask and then the executor retry, file by file."""
    _corpus(tmp_path, n=6)
    (tmp_path / "doc02.md").write_text("Please kill-my-worker now.\n", encoding="utf-8")
    result = _prosecheck(tmp_path, "-p", "killer_plugin", "--executor", "dask", "--scheduler", cluster,
                         "--select", "SP102,KL101", "doc00.md", "doc01.md", "doc02.md", "doc03.md",
                         env={"PYTHONPATH": str(site)})
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert [ln.split(":")[0] for ln in lines if "SP102" in ln] == ["doc00.md", "doc01.md", "doc03.md"], result.stdout
    died = [ln for ln in lines if "PC003" in ln]
    assert len(died) == 1 and died[0].startswith("doc02.md:1:1: PC003 the Dask worker checking this file stopped"), \
        result.stdout


def test_time_limits_hold_on_dask_workers_as_in_a_local_run(tmp_path, cluster, site):
    """PC005 on a worker: a check the soft limit stops, and one that blocks it and is killed."""
    _corpus(tmp_path, n=4)
    (tmp_path / "doc01.md").write_text("Please sleep-now.\n", encoding="utf-8")
    (tmp_path / "doc02.md").write_text("Please spin-now.\n", encoding="utf-8")
    env = {"PYTHONPATH": str(site)}
    args = ["-p", "sleeper_plugin", "--timeout", "0.5", "--select", "SP102,SLP101", "."]
    started = time.monotonic()
    result = _prosecheck(tmp_path, "--executor", "dask", "--scheduler", cluster, *args, env=env)
    # Neither check held its worker for its 600 s (or forever). A generous bound, well under 600 s:
    # at load 20 the cluster's own start-up took most of a 40 s bound, and with seven helpers'
    # runs beside the suite a bound of 100 s failed twice (the run alone took 88 s).
    assert time.monotonic() - started < 240
    local = _prosecheck(tmp_path, *args, env=env)
    assert result.returncode == local.returncode == 2, result.stdout + result.stderr
    assert result.stdout == local.stdout
    assert [ln for ln in result.stdout.splitlines() if "PC005" in ln] == [
        "doc01.md:1:1: PC005 check 'sleeper' (plugin 'sleeper_plugin') took longer than 0.5 s on this file and "
        "was stopped; raise 'timeout' or report it to the plugin's authors",
        "doc02.md:1:1: PC005 check 'sleeper' (plugin 'sleeper_plugin') took longer than 0.5 s on this file and "
        "did not stop when asked; its worker process was killed after 2.5 s. Raise 'timeout' or report it to "
        "the plugin's authors",
    ]
    assert [ln.split(":")[0] for ln in result.stdout.splitlines() if "SP102" in ln] == ["doc00.md", "doc03.md"]


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path):
    (tmp_path / "a.md").write_text("Fine.\n")
    result = _prosecheck(tmp_path, "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9", "a.md")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("prosecheck: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9: ")
    assert "Traceback" not in result.stderr


def test_the_embedded_cluster_is_quiet_when_dask_s_dashboard_port_is_taken(tmp_path):
    """No scheduler named: a LocalCluster on this machine, whose web server must neither warn on
    stderr that port 8787 is busy (another cluster) nor listen beyond 127.0.0.1."""
    import socket

    (tmp_path / "a.md").write_text("It is the the best.\n")
    holder = socket.socket()
    try:
        try:
            holder.bind(("127.0.0.1", 8787))
            holder.listen()
        except OSError:
            pass  # taken already: the case under test all the same
        result = _prosecheck(tmp_path, "--executor", "dask", "a.md")
    finally:
        holder.close()
    assert (result.returncode, result.stdout, result.stderr) == (1, 'a.md:1:11: SP102 "the" is repeated: delete one\n', "")


def test_scheduler_needs_the_dask_executor(tmp_path):
    (tmp_path / "a.md").write_text("Fine.\n")
    result = _prosecheck(tmp_path, "--scheduler", "tcp://127.0.0.1:9", "a.md")
    assert (result.returncode, result.stderr) == (2, "prosecheck: error: --scheduler needs --executor dask\n"
                                                     "Try 'prosecheck --help'.\n")


def test_a_local_run_never_imports_dask(tmp_path):
    (tmp_path / "a.md").write_text("It is the the best.\n")
    code = ("import sys; from prosecheck.cli import run; run(['--isolated', '--no-cache', 'a.md']); "
            "print(sorted(m for m in ('dask', 'distributed') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True).stdout
    assert out.splitlines()[-1] == "[]"


def test_separate_scheduler_and_worker_processes(tmp_path):
    """As on a real cluster: `dask scheduler` and `dask worker` are their own processes."""
    _corpus(tmp_path)
    (tmp_path / ".prosecheck.toml").write_text("[boilerplate]\nmin_files = 2\n")
    scheduler_file = tmp_path / "scheduler.json"
    procs = []
    try:
        procs.append(subprocess.Popen(
            [str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
             "--scheduler-file", str(scheduler_file)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        deadline = time.monotonic() + 120
        while not scheduler_file.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert scheduler_file.exists(), "the scheduler did not start"
        for _ in range(2):
            procs.append(subprocess.Popen(
                [str(BIN / "dask"), "worker", "--scheduler-file", str(scheduler_file), "--nthreads", "1",
                 "--host", "127.0.0.1", "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        import json

        address = json.loads(scheduler_file.read_text())["address"]
        from distributed import Client

        with Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
        args = ["--config", ".prosecheck.toml", "."]
        local = subprocess.run([str(BIN / "prosecheck"), "--no-cache", *args], cwd=tmp_path,
                               capture_output=True, text=True, timeout=300)
        remote = subprocess.run([str(BIN / "prosecheck"), "--no-cache", "--executor", "dask", *args],
                                cwd=tmp_path, capture_output=True, text=True, timeout=300,
                                env=dict(os.environ, DASK_SCHEDULER_ADDRESS=address))
        assert remote.returncode == local.returncode == 1, remote.stderr
        assert remote.stdout == local.stdout
        assert re.search(r"^doc\d\d\.md:\d+:1: BP102 ", local.stdout, re.M)
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()


def test_a_plugin_missing_on_the_workers_is_reported_by_name(tmp_path, cluster):
    (tmp_path / "a.md").write_text("It is the the best.\n")
    only_here = tmp_path / "only_here"
    only_here.mkdir()
    (only_here / "lonely_plugin.py").write_text(KILLER.replace("Killer", "Lonely").replace("KL101", "LN101"))
    result = _prosecheck(tmp_path, "-p", "lonely_plugin", "--executor", "dask", "--scheduler", cluster,
                         "--select", "SP102,LN101", "a.md", env={"PYTHONPATH": str(only_here)})
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "<plugins>:1:1: PC002 plugin 'lonely_plugin' could not be loaded: ModuleNotFoundError: No module named "
        "'lonely_plugin' (<frozen importlib._bootstrap>:1140) on a Dask worker: install it there too (workers "
        "need the same plugins as this machine)",
        'a.md:1:11: SP102 "the" is repeated: delete one',
    ]


def test_three_near_copies_are_one_group_of_three_files(tmp_path):
    """The first of a group of near copies belongs to it (it was left out when it had no exact copy)."""
    base = ("Our team reviews every pull request within two working days and replies to each "
            "question in the issue tracker before the next release goes out, so that nobody who "
            "takes the time to contribute waits long for an answer or wonders whether anyone read "
            "their change at all.").split()
    check = boilerplate.Boilerplate()
    options = _options() | {"min_files": 3}
    summaries = []
    for i in range(3):
        words = list(base)
        words[20] = f"variant{i}"  # three different near copies, none word for word
        doc = parse(f"f{i}.md", " ".join(words) + "\n")
        summaries.append((f"f{i}.md", check.collect(doc, options, None)))
    local = sorted((d.path, d.line, d.col) for d in check.finish(summaries, options, None))
    assert local == [("f0.md", 1, 1), ("f1.md", 1, 1), ("f2.md", 1, 1)]
    pairs = [pair for path, summary in summaries for pair in check.shuffle(path, summary, options, None)]
    dist = check.finish_shuffled(reduce_in_process(check, options, None, [[check.pack_shuffled(pairs)]]), options, None)
    assert sorted((d.path, d.line, d.col) for d in dist) == local


def test_groups_in_too_few_files_never_reach_the_client(tmp_path):
    """Most paragraphs copied in two files, below min_files = 3: the cluster joins the groups and
    drops those, so the parts the client receives hold only the group it reports, and the findings
    are the local reduce's."""
    rng = random.Random(3)
    words = "the archive keeps every story we print and each page links back to its source notes".split()
    check = boilerplate.Boilerplate()
    options = _options() | {"min_files": 3}
    shared = "This paragraph about our corrections policy is printed at the foot of three stories only."
    summaries = []
    for pair in range(10):
        paragraphs = [" ".join(rng.choice(words) for _ in range(18)).capitalize() + "." for _ in range(4)]
        for copy in "ab":  # each pair of files: the same four paragraphs, in two files only
            body = list(paragraphs) + ([shared] if copy == "a" and pair < 3 else [])
            name = f"p{pair:02d}{copy}.md"
            summaries.append((name, check.collect(parse(name, "\n\n".join(body) + "\n"), options, None)))
    local = sorted(check.finish(summaries, options, None))
    assert [(d.path, d.line, d.col, d.code) for d in local] == [
        ("p00a.md", 9, 1, "BP102"), ("p01a.md", 9, 1, "BP102"), ("p02a.md", 9, 1, "BP102")]
    for partitions in (1, 3, 7):
        pieces = [[] for _ in range(partitions)]
        for path, summary in summaries:
            for key, value in check.shuffle(path, summary, options, None):
                pieces[partition_of(key, partitions)].append((key, value))
        parts = reduce_in_process(check, options, None, [[check.pack_shuffled(p)] for p in pieces])
        assert sorted(len(group) for part in parts for group in part) == [3]  # 40 copied in two files: dropped
        assert sorted(check.finish_shuffled(parts, options, None)) == local
