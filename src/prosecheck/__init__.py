"""prosecheck: a linter for prose."""

# The one place the version is written; pyproject.toml reads it from here.
__version__ = "0.1.0"

from prosecheck.hookspecs import hookimpl  # noqa: E402  (what plugins import)

__all__ = ["__version__", "hookimpl"]
