"""``--executor dask``: the run on a Dask cluster (``pip install "prosecheck[dask]"``).

The same map and reduce as a local run, spread over ``dask.distributed`` workers:

- **Map.** Files go to workers in batches; each worker reads its files (a shared file system,
  or URLs through fsspec: ``executors/urls.py``),
  lints them with the same ``runner.map_files`` a local run uses (a forked child per batch, the
  time limits, cache, selection and suppression included) and sends back each file's diagnostics
  as soon as its batch is done.
- **Reduce.** A cross-file check that can shuffle (``Check.shuffle``, BP102 does) never sends its
  summaries to the client: each worker splits them by shuffle key into partitions (packed by
  ``pack_shuffled``), one reduce task per partition runs on the cluster, for as many rounds as
  the check asks (``Reshuffle``: BP102 takes six), and the client only combines the small parts
  that come back (``finish_shuffled``). Other cross-file checks get their summaries on the client and their
  ``finish`` runs there, as locally.
- **Failures.** A plugin that kills its process or overruns ``timeout`` kills only the worker's
  forked child: PC003/PC005 name plugin and file in the words of a local run. Dask re-runs the
  tasks of a worker that is lost all the same (out of memory, say); a batch that still fails is
  re-run file by file, so such a file costs only itself (PC003 then names the file only).

The client's memory grows with the findings and the copied paragraphs, not with every document's
summary. ``docs/scaling.md`` has the
measurements and the cost model. Dask is imported only here: a local run never imports it.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, replace
from typing import Optional

from prosecheck.check import Reshuffle
from prosecheck.diagnostics import Diagnostic
from prosecheck.cli import PLUGINS_PATH
from prosecheck.plugins import DISABLE_AUTOLOAD_ENV, Registry, load_registry, set_registry
from prosecheck.suppression import Suppressions
from prosecheck.runner import (
    FAILURE_CODES,
    PC_CHECK_CRASH,
    PC_PLUGIN_LOAD,
    FileResult,
    RunResult,
    Settings,
    enabled_checks,
    lint_item,
    map_files,
    options_for,
    reduce_results,
)

#: Files per task: enough to amortise the scheduler's cost per task (about 1 ms), few enough that
#: results stream back and a lost worker costs little.
MAX_BATCH = 64


class ExecutorError(Exception):
    """The cluster cannot be used (no scheduler at the address, Dask not installed)."""


@dataclass(frozen=True)
class RegistrySpec:
    """How a worker loads the same plugins as the client: ``-p`` modules and autoloading."""

    extra: tuple = ()
    autoload: bool = True

    @classmethod
    def current(cls, modules: tuple = ()) -> "RegistrySpec":
        """The spec of this process's run: ``modules`` are the ``-p`` modules."""
        return cls(tuple((m, m) for m in modules), os.environ.get(DISABLE_AUTOLOAD_ENV, "") in ("", "0"))


_REGISTRIES: dict = {}  # in each worker process: spec -> Registry


def _registry(spec: RegistrySpec) -> Registry:
    reg = _REGISTRIES.get(spec)
    if reg is None:
        reg = _REGISTRIES[spec] = load_registry(extra=spec.extra, autoload=spec.autoload)
    set_registry(reg)  # runner.lint_item reads the process's registry
    return reg


def _shufflers(reg: Registry, settings: Settings) -> dict:
    return {c.name: c for c in enabled_checks(reg, settings.selector)
            if c.cross_file and getattr(type(c), "shuffle", None) is not None}


def partition_of(key, partitions: int) -> int:
    """The partition of a shuffle key, the same in every process (``hash`` of a str is not)."""
    digest = hashlib.blake2b(repr(key).encode("utf-8", "backslashreplace"), digest_size=8).digest()
    return int.from_bytes(digest, "little") % partitions


def lint_batch(items: list, settings: Settings, spec: RegistrySpec, partitions: int) -> tuple:
    """On a worker: ``(results, parts)``; ``parts[p]`` is ``{check: packed pairs}`` for partition p."""
    reg = _registry(spec)
    shufflers = _shufflers(reg, settings)
    parts: list = [{} for _ in range(partitions)]
    _prepare(reg, settings)
    # The files are linted as a local run lints them (runner.map_files): in a forked child of this
    # worker, so a plugin that kills its process or overruns its time limit costs only its file,
    # and PC003/PC005 name the plugin and the file with the very words of a local run. (A worker
    # thread cannot be interrupted by SIGALRM; the child's only thread is its main thread.)
    results = map_files(items, settings, jobs=1)
    for res in results:
        for name, check in shufflers.items():
            summary = res.summaries.pop(name, None)
            if summary is None:
                continue
            for key, value in check.shuffle(res.path, summary, options_for(check, settings), settings.context) or ():
                parts[partition_of(key, partitions)].setdefault(name, []).append((key, value))
    for part in parts:  # packed here: held in this worker's memory until the reduce, then sent
        for name, pairs in part.items():
            part[name] = shufflers[name].pack_shuffled(pairs)
    return (results, list(reg.errors)), parts


def _prepare(reg: Registry, settings: Settings) -> None:
    """Load our own checks' shared data in the worker process, before it forks its children (once:
    they cache it), as the local pool does in its main process. A plugin's ``prepare`` is not called
    here: one that crashes must cost a child, not the worker."""
    for check in enabled_checks(reg, settings.selector):
        if type(check).__module__.startswith("prosecheck."):
            try:
                check.prepare(options_for(check, settings), settings.context)
            except Exception:
                pass  # the check reports its own failure on the first file


def _results(out: tuple) -> tuple:
    return out[0]


def _piece(out: tuple, partition: int) -> dict:
    return out[1][partition]


#: Rounds a shuffled reduce may ask for (``Reshuffle``) before the run calls it broken.
MAX_ROUNDS = 8


def reduce_step(check, options: dict, context, partitions: int, kept, pieces: list, packed: bool) -> tuple:
    """One partition's round: ``("part", part)`` or ``("again", kept, [pairs for each partition])``.

    ``pieces`` are what every batch (first round, ``packed``) or every partition (later rounds)
    sent this partition. Later rounds' pairs travel as they are: they are few (candidates)."""
    buckets: dict = {}
    for piece in pieces:
        for key, value in (check.unpack_shuffled(piece) if packed else piece):
            buckets.setdefault(key, []).append(value)
    out = check.reduce_shuffled(buckets, options, context, **({} if packed else {"kept": kept}))
    if not isinstance(out, Reshuffle):
        return "part", out
    routed: list = [[] for _ in range(partitions)]
    for key, value in out.pairs:
        routed[partition_of(key, partitions)].append((key, value))
    return "again", out.kept, routed


def reduce_in_process(check, options: dict, context, pieces: list) -> list:
    """Every partition's part, all rounds run here: ``pieces[p]`` is every batch's packed piece for
    partition p. The same steps as on a cluster (tests hold its result equal to ``finish``)."""
    partitions = len(pieces)
    kept: list = [None] * partitions
    packed = True
    for _ in range(MAX_ROUNDS):
        outs = [reduce_step(check, options, context, partitions, kept[p], pieces[p], packed) for p in range(partitions)]
        if _all_parts(outs):
            return [o[1] for o in outs]
        kept = [o[1] for o in outs]
        pieces = [[o[2][q] for o in outs] for q in range(partitions)]
        packed = False
    raise RuntimeError(f"the shuffled reduce of '{check.name}' did not end in {MAX_ROUNDS} rounds")


def _all_parts(outs: list) -> bool:
    kinds = {o[0] for o in outs}
    if len(kinds) > 1:
        raise RuntimeError("the partitions of a shuffled reduce disagreed on whether to go on (Reshuffle)")
    return kinds == {"part"}


def reduce_partition(name: str, settings: Settings, spec: RegistrySpec, partitions: int, kept, packed: bool,
                     *pieces):
    """On a worker: one round of one partition of one check's shuffle (``reduce_step``)."""
    reg = _registry(spec)
    check = reg.check_named(name)
    if packed:  # a batch's piece holds every shuffling check's pairs for this partition
        pieces = tuple(piece[name] for piece in pieces if name in piece)
    return reduce_step(check, options_for(check, settings), settings.context, partitions, kept, list(pieces), packed)


def _kind(out: tuple) -> str:
    return out[0]


def _kept(out: tuple):
    return out[1]


def _routed(out: tuple, partition: int) -> list:
    return out[2][partition]


def _reduce_on_cluster(client, name: str, settings: Settings, spec: RegistrySpec, partitions: int, maps: list) -> list:
    """Every partition's part: the rounds of ``reduce_in_process``, as tasks. What a partition kept
    stays a future (on its worker); only the routed pairs move between workers."""
    outs = [client.submit(reduce_partition, name, settings, spec, partitions, None, True,
                          *[client.submit(_piece, m, p, pure=False) for m in maps], pure=False)
            for p in range(partitions)]
    for _ in range(MAX_ROUNDS):
        if _all_parts([(kind,) for kind in client.gather([client.submit(_kind, o, pure=False) for o in outs])]):
            return client.gather([client.submit(_kept, o, pure=False) for o in outs])
        outs = [client.submit(reduce_partition, name, settings, spec, partitions,
                              client.submit(_kept, outs[q], pure=False), False,
                              *[client.submit(_routed, o, q, pure=False) for o in outs], pure=False)
                for q in range(partitions)]
    raise RuntimeError(f"the shuffled reduce of '{name}' did not end in {MAX_ROUNDS} rounds")


def _connect(address: Optional[str]):
    """A Client for ``address``, Dask's own configuration, or a LocalCluster sized to the machine."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ExecutorError(f"--executor dask needs Dask: pip install \"prosecheck[dask]\" ({exc})") from None
    address = address or dask.config.get("scheduler-address", None)
    if address:
        try:
            return Client(address, timeout="10s"), None
        except (OSError, TimeoutError) as exc:
            raise ExecutorError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    # silence_logs=CRITICAL, not ERROR: on a loaded machine a worker's heartbeat can time out, and
    # distributed logs that with logger.exception (ERROR, with a traceback) although the run goes
    # on and finishes right; a writer would read a traceback on stderr for nothing. What does fail
    # reaches the client as an exception and is reported by prosecheck itself (ExecutorError).
    cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address="127.0.0.1:0", silence_logs=logging.CRITICAL)
    return Client(cluster), cluster


def run(items: list, registry: Registry, settings: Settings, *, scheduler: Optional[str] = None,
        spec: RegistrySpec = RegistrySpec(), stdin_bytes: Optional[bytes] = None, progress=None) -> RunResult:
    from distributed import as_completed

    client, cluster = _connect(scheduler)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        remote = [i for i, it in enumerate(items) if it.real is not None]
        batch = max(1, min(MAX_BATCH, len(remote) // (workers * 8) or 1))
        batches = [remote[i : i + batch] for i in range(0, len(remote), batch)]
        partitions = max(1, 2 * workers)
        # Settings go with each task, not scattered once: scattered data dies with the workers
        # that hold it and cannot be recomputed, and a plugin that kills its worker is a case
        # this executor must survive. They are small (selection, options, the cache's folder).
        settings_f = settings
        maps: list = []  # one map future per task whose results are in
        results: list[Optional[FileResult]] = [None] * len(items)

        def submit(indexes: list, retries: int):
            # Workers run in folders of their own: give them absolute paths (a shared file system).
            # A URL (executors/urls.py) is read by the worker as it is.
            batch_items = [items[i] if hasattr(items[i], "read_remote")
                           else replace(items[i], real=os.path.abspath(items[i].real)) for i in indexes]
            out = client.submit(lint_batch, batch_items, settings_f, spec, partitions,
                                pure=False, retries=retries)
            return out, client.submit(_results, out, pure=False)

        pending = {}
        load_errors: set = set()  # plugins that loaded here but not on a worker
        suspects: list = []  # files alone that workers died on: run again one at a time, last

        def record(indexes: list, got: list, out) -> None:
            for i, res in zip(indexes, got):
                results[i] = _CLEAN if _is_clean(res) else res
                if progress:
                    progress()
            if out is not None:
                maps.append(out)

        for b in batches:
            out, res = submit(b, 1)
            pending[res] = (b, out, 0)
        done = as_completed(list(pending))
        for fut in done:
            indexes, out, attempts = pending.pop(fut)
            try:
                got, errors = fut.result()
                load_errors.update(errors)
            except Exception as exc:
                retry = None
                if type(exc).__name__ == "KilledWorker":
                    # Workers died while it ran or waited on them: split the batch to find the
                    # file that kills them. A file alone may only have been queued on a worker
                    # another file killed: it waits for the end, to run with nothing else.
                    if len(indexes) > 1:
                        retry = [[i] for i in indexes]
                    else:
                        suspects.append(indexes)
                        continue
                elif attempts < 3:
                    # Its result was lost with a worker that died running something else.
                    retry = [indexes]
                if retry is not None:
                    for again in retry:
                        o, r = submit(again, 1 if len(again) > 1 else 0)
                        pending[r] = (again, o, attempts + 1)
                        done.add(r)
                    continue
                got = [_died(items[i].display, exc) for i in indexes]
                out = None
            record(indexes, got, out)
        for indexes in suspects:  # alone on the cluster now: if workers die, this file killed them
            out, res = submit(indexes, 0)
            try:
                got, errors = res.result()
                load_errors.update(errors)
            except Exception as exc:
                got, out = [_died(items[i].display, exc) for i in indexes], None
            record(indexes, got, out)
        finished = {}
        for name, check in _shufflers(registry, settings).items():
            try:
                parts = _reduce_on_cluster(client, name, settings_f, spec, partitions, maps)
                finished[name] = list(check.finish_shuffled(parts, options_for(check, settings), settings.context) or ())
                del parts  # the groups as received: not kept while the output is made from them
            except Exception as exc:
                finished[name] = exc
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for i, item in enumerate(items):
        if results[i] is None:  # standard input: read and linted here
            results[i] = lint_item(item, settings, stdin_bytes)
            if progress:
                progress()
    # A clean file's result is made again only if a cross-file check names it (as it would be).
    named = {getattr(d, "path", None) for found in finished.values() if isinstance(found, list) for d in found}
    done_results = [FileResult(items[i].display, suppressions=Suppressions()) if r is _CLEAN else r
                    for i, r in enumerate(results)
                    if r is not None and (r is not _CLEAN or items[i].display in named)]
    diagnostics = reduce_results(done_results, registry, settings, finished)
    known = set(registry.errors)
    diagnostics += sorted(
        Diagnostic(PLUGINS_PATH, 1, 1, PC_PLUGIN_LOAD, f"plugin '{name}' {message} on a Dask worker: install "
                   f"it there too (workers need the same plugins as this machine)", "error", plugin=name)
        for name, message in load_errors - known)
    failed = any(d.code in FAILURE_CODES for d in diagnostics)
    return RunResult(diagnostics, len(items), failed, [t for r in done_results for t in r.tracebacks])


#: In the client, the result of a file with nothing to report and nothing for the reduce (no
#: diagnostics, summaries, suppressions or per-file ignores): most files of an archive. Holding
#: one shared marker for them, not a FileResult each, is what keeps the client's memory growing
#: with the findings rather than the documents.
_CLEAN = "clean"


def _is_clean(res: FileResult) -> bool:
    return not (res.diagnostics or res.summaries or res.suppressions or res.path_ignores or res.tracebacks)


def _died(path: str, exc: BaseException) -> FileResult:
    result = FileResult(path)
    result.diagnostics = [Diagnostic(
        path, 1, 1, PC_CHECK_CRASH,
        f"the Dask worker checking this file stopped ({type(exc).__name__}: {exc}); the file was not "
        f"checked: a plugin may have ended its process", "error", plugin="core")]
    return result

