"""Placeholder: the boilerplate check is being written (see the issues)."""

from prosecheck.hookspecs import hookimpl


@hookimpl
def prosecheck_checks():
    return []
