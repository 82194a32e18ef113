"""What the command line does for CI adoption (issue 13), kept out of cli.py so it stays small.

- strict codes: an unknown code or prefix wherever codes are given stops the run (exit 2);
- ``validate_context``: configuration problems a check finds once the project root is known;
- ``--changed-since``: which files to lint, and which findings are on changed lines;
- baselines: writing one, and hiding the findings it records.
"""

from __future__ import annotations

import os
import sys
from typing import Optional

from prosecheck.check import Context
from prosecheck.config import ConfigError, FileConfig
from prosecheck.plugins import Registry
from prosecheck.runner import FAILURE_CODES, read_item
from prosecheck.selection import Selector

EXIT_CLEAN, EXIT_ERROR = 0, 2


class UsageError(Exception):
    """Bad command-line arguments; cli.py reports it as its own usage error (exit 2)."""


def split_codes(value: Optional[str]) -> Optional[list]:
    if value is None:
        return None
    return [v.strip() for v in value.split(",") if v.strip()]


def validate_context(reg: Registry, cfg: FileConfig, options: dict, context: Context) -> None:
    """Problems a check finds with the project root known (a missing word list): once, before
    any document, instead of once per document."""
    where = cfg.path or "configuration"
    for check in reg.checks:
        if not any(context.is_selected(code) for code in check.codes):
            continue
        try:
            problems = list(check.validate_context(options[check.name], context) or ())
        except Exception as exc:  # a plugin bug must not become a traceback
            problems = [f"the check could not validate its options: {type(exc).__name__}: {exc}"]
        if problems:
            raise ConfigError(f"{where}: [{check.name}] " + "; ".join(problems))


def check_codes(args, cfg: FileConfig, reg: Registry) -> None:
    """Stop on an unknown code anywhere codes are given: a typo must not switch a check off in CI."""
    from prosecheck.selection import first_unknown

    from prosecheck.plugins import DISABLE_AUTOLOAD_ENV

    failed = "; a plugin failed to load, so its codes are unknown" if reg.errors else ""
    if os.environ.get(DISABLE_AUTOLOAD_ENV, "") not in ("", "0"):
        failed += f"; {DISABLE_AUTOLOAD_ENV} is set, so only the plugins named with -p are loaded"
    where = cfg.path or "configuration"
    from_file = [(f"{where}: '{key.replace('_', '-')}'", cfg.core.get(key) or [])
                 for key in ("select", "ignore", "extend_select", "extend_ignore")]
    from_file += [(f"{where}: 'per-file-ignores' for {pattern!r}", codes)
                  for pattern, codes in cfg.core.get("per_file_ignores", {}).items()]
    problem = first_unknown(from_file, reg.codes)
    if problem:
        raise ConfigError(problem + failed)
    from_cli = [(f"--{name.replace('_', '-')}", split_codes(getattr(args, name)) or [])
                for name in ("select", "ignore", "extend_select", "extend_ignore")]
    from_cli += [("--per-file-ignores", split_codes(item.rpartition(":")[2]) or [])
                 for item in args.per_file_ignores or [] if item.rpartition(":")[0]]
    problem = first_unknown(from_cli, reg.codes)
    if problem:
        raise UsageError(problem + failed)


def changed_items(ref: str, items: list, reg: Registry, selector: Selector):
    """The files to lint with --changed-since: the changed ones, or every one when a cross-file
    check is enabled (it needs them all; the cache keeps that cheap)."""
    from prosecheck.changed import ChangedError, changes_since
    from prosecheck.runner import enabled_checks

    try:
        changes = changes_since(ref, os.getcwd())
    except ChangedError as exc:
        raise UsageError(str(exc)) from None
    if any(c.cross_file for c in enabled_checks(reg, selector)):
        return items, changes
    return [it for it in items if it.real is None or changes.file_changed(it.real)], changes


def memo_lines(items: list, stdin_bytes: Optional[bytes]):
    by_path = {it.display: it for it in items}
    memo: dict = {}

    def lines_of(path: str):
        if path not in memo:
            item = by_path.get(path)
            text = read_item(item, stdin_bytes)[0] if item is not None else None
            memo[path] = text.split("\n") if text is not None else None
        return memo[path]

    return lines_of


def baseline_path(args, cfg: FileConfig) -> Optional[str]:
    if args.baseline:
        return args.baseline
    value = cfg.core.get("baseline")
    if value and cfg.root and not os.path.isabs(value):
        return os.path.relpath(os.path.join(cfg.root, value))
    return value or None


def write_baseline(args, root: str, diagnostics: list, stdin_bytes, items: list, failed: bool) -> int:
    from prosecheck import baseline

    try:
        n = baseline.write(args.write_baseline, diagnostics, memo_lines(items, stdin_bytes), root)
    except baseline.BaselineError as exc:
        raise ConfigError(str(exc)) from None
    sys.stderr.write(f"prosecheck: recorded {n} finding{'s' if n != 1 else ''} in {args.write_baseline}; "
                     f"run with --baseline {args.write_baseline} to see only new ones\n")
    for d in diagnostics:
        if d.code in FAILURE_CODES:  # never recorded: show them
            sys.stderr.write(f"{d.path}:{d.line}:{d.col}: {d.code} {d.message}\n")
    return EXIT_ERROR if failed else EXIT_CLEAN


def apply_baseline(args, path: str, root: str, diagnostics: list, stdin_bytes, items: list):
    from prosecheck import baseline

    try:
        known = baseline.read(path)
    except baseline.BaselineError as exc:
        raise ConfigError(str(exc)) from None
    kept, hidden, fixed = baseline.apply(diagnostics, known, memo_lines(items, stdin_bytes), root,
                                         [it.display for it in items])
    if fixed and args.quiet < 2:
        sys.stderr.write(f"prosecheck: {fixed} finding{'s' if fixed != 1 else ''} of the baseline {path} "
                         f"{'are' if fixed != 1 else 'is'} fixed: run with --write-baseline {path} to drop "
                         f"{'them' if fixed != 1 else 'it'}\n")
    return kept, hidden


def hide_known(args, cfg: FileConfig, root: str, diagnostics: list, stdin_bytes, items: list, changes):
    """``(diagnostics to report, {why: how many were hidden})``: the baseline's findings, then those
    on lines --changed-since did not touch; says on stderr how many were hidden."""
    hidden: dict = {}
    baseline_file = baseline_path(args, cfg)
    if baseline_file:  # before --changed-since: a baseline entry on an unchanged line is not "fixed"
        diagnostics, hidden_here = apply_baseline(args, baseline_file, root, diagnostics, stdin_bytes, items)
        hidden[f"recorded in the baseline {baseline_file}"] = hidden_here
    if changes is not None:
        from_stdin = {it.display for it in items if it.real is None}  # not the file on disk: keep all
        kept = [d for d in diagnostics
                if d.path.startswith("<") or d.code in FAILURE_CODES or d.path in from_stdin
                or changes.line_changed(d.path, d.line, d.end_line)]
        hidden["on lines unchanged since " + args.changed_since] = len(diagnostics) - len(kept)
        diagnostics = kept
    if args.quiet < 2:
        for why, n in hidden.items():
            if n:
                sys.stderr.write(f"prosecheck: {n} finding{'s' if n != 1 else ''} {why} not shown\n")
    return diagnostics, hidden
