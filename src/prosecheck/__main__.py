"""Entry point for ``python -m prosecheck`` and the ``prosecheck`` console script."""

import gc
import os
import sys

# Start-up makes tens of thousands of long-lived objects (modules, classes, word lists) and
# almost no garbage: at the default threshold (700) the cyclic collector would run over them
# dozens of times before the first file is read. The run itself sets its own threshold
# (runner._FewerCollections) and puts this one back afterwards. At 10,000 a one-file run still
# made three collections before its file (about 7 M instructions of 682 M, sixty-third session);
# at 100,000 it makes none.
gc.set_threshold(100_000, *gc.get_threshold()[1:])

from prosecheck.cli import run  # noqa: E402 - after the threshold, so the imports get it


def main() -> None:
    _exit(run(sys.argv[1:]))


def _exit(code: int) -> None:
    """Exit with ``code`` without tearing the interpreter down, when nothing needs it.

    Finalisation (every module emptied, a last full collection of every object) is a seventh
    of a one-file run and does nothing a linter needs: the output is flushed here, files were
    closed where they were written. When anything else may still have work to do at exit
    (a handler registered with ``atexit``, for instance by a plugin or by logging, or a thread
    still running), or a stream cannot be flushed, the ordinary ``sys.exit`` runs instead.
    """
    import atexit
    import threading

    ncallbacks = getattr(atexit, "_ncallbacks", None)
    if not isinstance(code, int) or ncallbacks is None or ncallbacks() or threading.active_count() > 1:
        sys.exit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # noqa: BLE001 - the ordinary exit reports it as it always did
        sys.exit(code)
    os._exit(code)


if __name__ == "__main__":
    main()
