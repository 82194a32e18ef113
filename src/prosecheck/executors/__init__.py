"""Where the files of a run are linted: one interface, two executors.

- ``local`` (the default): ``runner.run``, a pool of forked processes on this machine.
- ``dask``: ``executors.dask.run``, a Dask cluster (an address, Dask's own configuration, or a
  LocalCluster on this machine). Imported only when asked for: a local run never imports Dask.

The CLI and the tests call :func:`run` and get the same ``RunResult`` from either, byte for byte
the same diagnostics.
"""

from __future__ import annotations

from typing import Optional

EXECUTORS = ("local", "dask")


def run(executor: str, items: list, registry, settings, *, jobs: int = 1, scheduler: Optional[str] = None,
        extra_plugins: tuple = (), stdin_bytes: Optional[bytes] = None, progress=None):
    if executor == "dask":
        from prosecheck.executors import dask

        return dask.run(items, registry, settings, scheduler=scheduler,
                        spec=dask.RegistrySpec.current(extra_plugins), stdin_bytes=stdin_bytes, progress=progress)
    from prosecheck.runner import run as run_local

    return run_local(items, registry, settings, jobs=jobs, stdin_bytes=stdin_bytes, progress=progress)
