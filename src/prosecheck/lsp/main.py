"""``prosecheck-ls``: start the language server on stdin/stdout, or say plainly what is missing."""

from __future__ import annotations

import argparse
import sys


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="prosecheck-ls",
        description="prosecheck's language server: speaks the Language Server Protocol on stdin and stdout. "
                    "An editor starts it; see docs/editors.md.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    args = parser.parse_args(argv)
    if args.version:
        from prosecheck import __version__

        sys.stdout.write(f"prosecheck-ls {__version__}\n")
        return 0
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        sys.stderr.write("prosecheck-ls: the language server needs the 'lsp' extra; install it with "
                         "pip install 'prosecheck[lsp]'\n")
        return 2
    from prosecheck.lsp.server import server

    server.start_io()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
