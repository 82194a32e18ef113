"""prosecheck: a linter for prose."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("prosecheck")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

from prosecheck.hookspecs import hookimpl  # noqa: E402  (what plugins import)

__all__ = ["__version__", "hookimpl"]
