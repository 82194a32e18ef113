"""Entry point for ``python -m prosecheck`` and the ``prosecheck`` console script."""

import sys

from prosecheck.cli import run


def main() -> None:
    sys.exit(run(sys.argv[1:]))


if __name__ == "__main__":
    main()
