"""The command line: ``run(argv) -> exit code``.

Exit codes: 0 no findings, 1 findings, 2 usage or configuration error, unreadable path, or a
plugin or check that failed. 130 when interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from typing import Optional, Sequence

from prosecheck import __version__, adoption
from prosecheck.check import Context
from prosecheck.config import CORE_OPTIONS, ConfigError, FileConfig, check_options, coerce, find_config, load_config
from prosecheck.diagnostics import SEVERITIES, Diagnostic
from prosecheck.files import FileItem, discover, git_root, inside
from prosecheck.formatters import BUILTIN_FORMATTERS
from prosecheck.formatters.base import FormatContext
from prosecheck.formatters.text import TemplateFormatter, is_template
from prosecheck.plugins import Registry, load_registry, set_registry
from prosecheck.runner import PC_PATH, PC_PLUGIN_LOAD, Settings, read_item
from prosecheck.selection import Selector

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143
PLUGINS_PATH = "<plugins>"


UsageError = adoption.UsageError  # one class: adoption.py raises it too


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse would sys.exit(2); we return 2 from run()
        raise UsageError(message)


class _HelpFormatter(argparse.HelpFormatter):
    # Without a width, argparse asks shutil for the terminal's (on every add_argument(), too), and
    # importing shutil costs 2 ms of a one-file run; os answers the same question.
    def __init__(self, prog: str, **kwargs) -> None:
        if kwargs.get("width") is None:
            kwargs["width"] = _terminal_width() - 2
        super().__init__(prog, **kwargs)


def _terminal_width() -> int:
    """Columns, as ``shutil.get_terminal_size`` finds them: $COLUMNS, the terminal, else 80."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="prosecheck",
        formatter_class=_HelpFormatter,
        description="A linter for prose: checks Markdown and plain-text documents.",
        epilog="Exit codes: 0 no findings, 1 findings, 2 usage, configuration or internal error.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, folders or glob patterns to check (default: the current folder); - reads stdin. "
                        "Folders are searched for .md .markdown .mdown .txt files (setting 'extensions')")
    p.add_argument("--version", action="store_true", help="show the version and every loaded plugin")
    p.add_argument("--list-checks", action="store_true", help="list every code with its summary and plugin")
    p.add_argument("--explain", metavar="CODE", help="show the documentation of a code")
    g = p.add_argument_group("configuration")
    g.add_argument("--config", metavar="FILE", help="read settings from this file only")
    g.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    g.add_argument("-p", "--plugin", action="append", default=[], metavar="MODULE",
                   help="also load this plugin module (works with PROSECHECK_DISABLE_PLUGIN_AUTOLOAD=1)")
    s = p.add_argument_group("selection (codes or prefixes, comma-separated; the longest prefix wins)")
    s.add_argument("--select", metavar="CODES", help="report only these (default: all)")
    s.add_argument("--ignore", metavar="CODES", help="do not report these")
    s.add_argument("--extend-select", metavar="CODES", help="report these as well")
    s.add_argument("--extend-ignore", metavar="CODES", help="do not report these either")
    s.add_argument("--per-file-ignores", metavar="GLOB:CODES", action="append",
                   help="ignore codes in matching files, e.g. 'docs/legal/*:SL,HC' (repeatable)")
    s.add_argument("--picky", action="store_true", default=None,
                   help="also report the findings the language checks are less sure of (their info tier: "
                        "right less than half the time on text they were not tuned on; setting 'picky')")
    s.add_argument("--no-picky", dest="picky", action="store_false")
    f = p.add_argument_group("files")
    f.add_argument("--exclude", metavar="PATTERNS", help="gitignore-style patterns to skip (replaces the defaults: "
                        "hidden folders .*/, node_modules/, __pycache__/, site-packages/)")
    f.add_argument("--extend-exclude", metavar="PATTERNS", help="gitignore-style patterns to skip as well")
    f.add_argument("--no-respect-gitignore", dest="respect_gitignore", action="store_false",
                   help="also check files that .gitignore or .git/info/exclude name (by default, folders "
                        "are walked as git sees them; files named on the command line are always checked)")
    f.add_argument("--stdin-filename", metavar="NAME", help="the name to report for text read from stdin")
    o = p.add_argument_group("output")
    o.add_argument("--format", metavar="NAME", help="default, pylint, json, sarif, github, html, or a %%(path)s:%%(row)d:... template")
    o.add_argument("--output-file", metavar="FILE", help="write the report to FILE instead of stdout")
    o.add_argument("--output-dir", metavar="DIR",
                   help="--format html only: write an index page and one page per file into DIR")
    o.add_argument("--show-source", action="store_true", default=None, help="show the line and a caret")
    o.add_argument("--no-show-source", dest="show_source", action="store_false")
    o.add_argument("--statistics", action="store_true", default=None, help="count findings per code at the end")
    o.add_argument("--count", action="store_true", help="print the number of findings at the end")
    o.add_argument("-q", "--quiet", action="count", default=0,
                   help="-q: only the names of files with findings; -qq: nothing")
    o.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    o.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    o.add_argument("--fail-on", choices=SEVERITIES, help="lowest severity that makes the exit code 1 (default: warning; info findings are shown but pass unless --fail-on info)")
    c = p.add_argument_group("adopting in CI (see docs/ci.md)")
    c.add_argument("--baseline", metavar="FILE",
                   help="report only findings this baseline does not record (setting 'baseline')")
    c.add_argument("--write-baseline", metavar="FILE",
                   help="record every finding of this run in FILE, to use with --baseline later")
    c.add_argument("--changed-since", metavar="REF",
                   help="report only findings on lines added or modified since git revision REF "
                        "(against the merge base: --changed-since origin/main)")
    x = p.add_argument_group("fixing")
    x.add_argument("--fix", action="store_true", help="apply safe fixes to the files in place, then report what remains")
    x.add_argument("--diff", action="store_true", help="print the fixes as a unified diff and change no file "
                   "(exit 1 when there is something to fix)")
    x.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff: apply unsafe fixes too "
                   "(guesses to review, such as a dictionary's first suggestion)")
    r = p.add_argument_group("running")
    r.add_argument("-j", "--jobs", type=int, metavar="N", help="processes to use (default: one per core)")
    r.add_argument("--dialect", choices=("auto", "commonmark", "gfm", "mkdocs", "myst", "docusaurus"),
                   help="the Markdown the pages are written in (default: auto, detected from the project)")
    r.add_argument("--timeout", type=float, metavar="SECONDS", help="time limit for one check on one file")
    r.add_argument("--executor", choices=("local", "dask"),
                   help="where files are linted: local processes (default) or a Dask cluster")
    r.add_argument("--scheduler", metavar="ADDRESS",
                   help="--executor dask: the scheduler (tcp://host:8786); default DASK_SCHEDULER_ADDRESS, "
                        "else a cluster on this machine")
    r.add_argument("--no-cache", dest="cache", action="store_false", default=None,
                   help="do not read or write the cache of per-file results")
    r.add_argument("--cache-dir", metavar="DIR", help="where the cache lives (default: .prosecheck_cache in the project root)")
    r.add_argument("--max-file-size", type=int, metavar="BYTES",
                   help="do not read larger files (default: 10 MiB)")
    r.add_argument("--allow-outside-root", action="store_true",
                   help="let checks look at files outside the project root (links to ../other-project)")
    r.add_argument("--traceback", action="store_true",
                   help="print the full traceback of an internal error or of a plugin that failed")
    return p


def _split(value: Optional[str]) -> Optional[list]:
    if value is None:
        return None
    return [v.strip() for v in value.split(",") if v.strip()]


def _config_start(args) -> str:
    """The folder the configuration is looked for from (upward): the deepest folder that holds
    every local path given (a file's own folder; ``-`` counts as ``--stdin-filename``), else the
    current folder. So ``prosecheck ../site/docs`` reads the site's configuration, as the
    language server does for a file it opens, and a run from the project's top reads the same
    file it always did."""
    paths = [(args.stdin_filename or ".") if p == "-" else p for p in args.paths or []]
    local, _urls = _split_urls(paths, "dask")  # a URL (Dask's fsspec paths) has no folder here
    named = []
    for path in local:
        full = os.path.abspath(path)
        named.append(full if os.path.isdir(full) else os.path.dirname(full))
    if not named:
        return os.getcwd()
    try:
        return os.path.commonpath(named)
    except ValueError:  # paths on different drives (Windows): no common folder
        return os.getcwd()


def _project_root(cfg: FileConfig, start: str) -> str:
    """The project root: the configuration's folder, else the git top level above ``start``, else
    the current folder when it holds ``start``, else ``start`` itself. Never a current folder that
    does not hold the named paths: ``prosecheck /elsewhere`` run from inside another project must
    not resolve ``/examples`` in /elsewhere's documents against that project (a leak, and a result
    that changed with the folder the command was typed in)."""
    if cfg.root:
        return cfg.root
    top = git_root(start)
    if top:
        return top
    cwd = os.getcwd()
    return cwd if inside(os.path.realpath(start), os.path.realpath(cwd)) else start


def _load_file_config(args, start: str) -> FileConfig:
    if args.isolated:
        return FileConfig()
    if args.config:
        if not os.path.isfile(args.config):
            raise ConfigError(f"{args.config}: no such configuration file")
        return load_config(args.config)
    found = find_config(start)
    return load_config(found) if found else FileConfig()


def _setting(args, cfg: FileConfig, name: str):
    """The command line wins over the file, the file over the default."""
    value = getattr(args, name, None)
    if value is not None:
        return value
    if name in cfg.core:
        return cfg.core[name]
    return CORE_OPTIONS[name].default


def _check_options(reg: Registry, cfg: FileConfig) -> dict:
    options = {}
    where = cfg.path or "configuration"
    known = {c.name: c for c in reg.checks}
    for table in cfg.checks:
        if table not in known:
            hint = f" (no check named '{table}' is installed; installed: {', '.join(sorted(known))})"
            raise ConfigError(f"{where}: unknown key '{table}'{hint}")
    for check in reg.checks:
        options[check.name] = check_options(check.name, check.options, cfg.checks.get(check.name, {}), where)
        try:
            problems = list(check.validate_options(options[check.name]) or ())
        except Exception as exc:  # a plugin bug must not become a traceback
            problems = [f"the check could not validate its options: {type(exc).__name__}: {exc}"]
        if problems:
            raise ConfigError(f"{where}: [{check.name}] " + "; ".join(problems))
    return options


def _per_file_ignores(args, cfg: FileConfig) -> dict:
    merged = dict(cfg.core.get("per_file_ignores", {}))
    for item in args.per_file_ignores or []:
        pattern, sep, codes = item.rpartition(":")
        if not sep or not pattern:
            raise UsageError(f"--per-file-ignores expects GLOB:CODES, not {item!r}")
        merged[pattern] = merged.get(pattern, []) + _split(codes)
    return merged


def _version_text(reg: Registry) -> str:
    entries = {p.name: f"{p.name}: {p.version}" for p in reg.plugins.values()}
    for name, _ in reg.errors:  # a plugin that failed to load is listed, not silently left out
        entries[name] = f"{name}: failed"
    plugins = ", ".join(entries[name] for name in sorted(entries))
    impl = sys.implementation.name
    return (f"prosecheck {__version__} ({plugins or 'no plugins'}) {impl} "
            f"{'.'.join(map(str, sys.version_info[:3]))} on {sys.platform}")


def _list_checks(reg: Registry, out) -> None:
    rows = [(code, spec.summary, reg.check_plugin.get(check.name, "?"), spec.severity)
            for code, (check, spec) in sorted(reg.codes.items())]
    width = max((len(r[2]) for r in rows), default=6)
    for code, summary, plugin, severity in rows:
        out.write(f"{code}  {plugin:<{width}}  {severity:<7}  {summary}\n")


def _explain(reg: Registry, code: str, out) -> int:
    from prosecheck.codedocs import code_doc

    code = code.upper()
    if code not in reg.codes:
        sys.stderr.write(f"prosecheck: no code {code} is known (see --list-checks)\n")
        return EXIT_ERROR
    check, spec = reg.codes[code]
    text = code_doc(code, check)
    out.write(text if text else f"{code}: {spec.summary}\n")
    if text and not text.endswith("\n"):
        out.write("\n")
    if check.name in ("superlatives", "hedging"):
        from prosecheck.checks.rule_examples import explain_section

        out.write(explain_section(code))  # a few of the rules' own examples
    return EXIT_CLEAN


def _use_color(choice: str, stream) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return hasattr(stream, "isatty") and stream.isatty()


MACHINE_FORMATS = ("json", "sarif", "github", "html")


def _settings_shown(args, cfg: FileConfig, root: str) -> dict:
    """The run's settings for a report a person reads (the HTML page lists them)."""
    shown = {"prosecheck": __version__, "project root": root,
             "configuration": cfg.path or "(none found: defaults)",
             "paths": " ".join(args.paths or ["."])}
    for name in ("select", "ignore", "extend_select", "extend_ignore"):
        value = getattr(args, name, None)
        value = _split(value) if value is not None else cfg.core.get(name)
        if value:
            shown[name.replace("_", "-")] = value
    shown["fail-on"] = _setting(args, cfg, "fail_on")
    shown["picky"] = "yes" if _setting(args, cfg, "picky") else "no (less-sure findings not shown)"
    return shown


def _make_formatter(name: str, reg: Registry, stream, fctx: FormatContext):
    if is_template(name):
        formatter = TemplateFormatter(stream, fctx, template=name.replace("\\t", "\t"))
        try:
            formatter.line(Diagnostic("x.md", 1, 1, "XX000", "m", "warning"))
        except (KeyError, ValueError, TypeError) as exc:
            raise UsageError(
                f"the format template {name!r} does not work ({type(exc).__name__}: {exc}); it may use "
                "%(path)s %(row)d %(col)d %(code)s %(text)s %(severity)s %(plugin)s %(end_row)d %(end_col)d"
            ) from None
        return formatter
    cls = BUILTIN_FORMATTERS[name] if name in BUILTIN_FORMATTERS else reg.formatters.get(name)
    if cls is None:
        names = sorted(set(BUILTIN_FORMATTERS) | set(reg.formatters))
        raise UsageError(f"unknown format {name!r}; choose one of {', '.join(names)} or a %(path)s template")
    return cls(stream, fctx)


def run(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from prosecheck.std_streams import reader_may_leave

    with reader_may_leave():  # `prosecheck docs | head -1`: the exit code is the run's own
        return _run_guarded(argv)


def _run_guarded(argv: list) -> int:
    try:
        return _run(argv)
    except UsageError as exc:
        sys.stderr.write(f"prosecheck: error: {exc}\nTry 'prosecheck --help'.\n")
        return EXIT_ERROR
    except ConfigError as exc:
        sys.stderr.write(f"prosecheck: configuration error: {exc}\n")
        return EXIT_ERROR
    except _executor_error() as exc:
        sys.stderr.write(f"prosecheck: error: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt as exc:
        if type(exc).__name__ == "Terminated":  # SIGTERM while files were checked (workers.py)
            sys.stderr.write("prosecheck: terminated\n")
            return EXIT_TERMINATED
        sys.stderr.write("prosecheck: interrupted\n")
        return EXIT_INTERRUPTED
    except (Exception, MemoryError) as exc:  # a bug of ours or a plugin's: never exit 1 (findings)
        return _internal_error(exc, "--traceback" in argv)


def _internal_error(exc: BaseException, full: bool) -> int:
    from prosecheck.escaping import clean_message

    if full:
        import traceback

        sys.stderr.write("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    hint = "" if full else " (run again with --traceback for the details, and report it)"
    sys.stderr.write(f"prosecheck: internal error: {clean_message(f'{type(exc).__name__}: {exc}')}{hint}\n")
    return EXIT_ERROR


def _split_urls(paths: list, executor: str) -> tuple[list, list]:
    """``(local paths, URLs)``: URLs (``s3://...``) are read by Dask workers through fsspec
    (executors/urls.py); ``file://`` ones are local paths. No URL, nothing imported."""
    if not any("://" in p for p in paths):
        return paths, []
    from prosecheck.executors.urls import is_url, local_path

    local, urls = [], []
    for p in paths:
        if not is_url(p):
            local.append(p)
        elif local_path(p) is not None:
            local.append(local_path(p))
        elif executor != "dask":
            raise UsageError(f"{p} is a URL: URLs are read by Dask workers, so add --executor dask "
                             f"(pip install \"prosecheck[dask]\")")
        else:
            urls.append(p)
    return local, urls


def _executor_error():
    """The executor's error class, without importing an executor at start-up."""
    mod = sys.modules.get("prosecheck.executors.dask")
    return mod.ExecutorError if mod is not None else ()


def _run(argv: list) -> int:
    args = build_parser().parse_args(argv)
    start = _config_start(args)
    cfg = _load_file_config(args, start)
    root = _project_root(cfg, start)
    reg = load_registry(extra=tuple((m, m) for m in args.plugin))
    set_registry(reg)  # the registry of this process; forked workers inherit it

    if args.version:
        sys.stdout.write(_version_text(reg) + "\n")
        for name, message in reg.errors:
            sys.stderr.write(f"prosecheck: plugin '{name}' {message}\n")
        return EXIT_CLEAN
    if args.list_checks:
        _list_checks(reg, sys.stdout)
        return EXIT_CLEAN
    if args.explain:
        return _explain(reg, args.explain, sys.stdout)

    options = _check_options(reg, cfg)
    _confine_option_files(options, root, cfg.path or "configuration")
    adoption.check_codes(args, cfg, reg)
    selector = Selector(
        select=_split(args.select) if args.select is not None else cfg.core.get("select"),
        ignore=_split(args.ignore) if args.ignore is not None else cfg.core.get("ignore", []),
        extend_select=(cfg.core.get("extend_select", []) + (_split(args.extend_select) or [])),
        extend_ignore=(cfg.core.get("extend_ignore", []) + (_split(args.extend_ignore) or [])),
        per_file_ignores=_per_file_ignores(args, cfg),
    )
    jobs = _setting(args, cfg, "jobs") or os.cpu_count() or 1
    if jobs < 0:
        raise UsageError("--jobs must be 0 (one per core) or more")
    timeout = _setting(args, cfg, "timeout")
    fail_on = coerce(CORE_OPTIONS["fail_on"], _setting(args, cfg, "fail_on"), "fail-on")
    picky = bool(_setting(args, cfg, "picky"))
    fmt = _setting(args, cfg, "format")
    selected = frozenset(code for code in reg.codes if selector.is_selected(code))
    context = Context(root=root, all_options=options, selected=selected,
                      allow_outside_root=args.allow_outside_root)
    adoption.validate_context(reg, cfg, options, context)
    from prosecheck.dialects import configure as configure_dialect, dialect_pages

    configure_dialect(_setting(args, cfg, "dialect"), root)  # before workers fork: they inherit it
    settings = Settings(selector, options, context, root=root, timeout=timeout,
                        max_file_size=_setting(args, cfg, "max_file_size"), traceback=args.traceback,
                        dialect=_setting(args, cfg, "dialect"))
    if _setting(args, cfg, "cache"):
        settings.cache = _open_cache(args, cfg, reg, root, options, selector)

    paths = args.paths or ["."]
    stdin_bytes = None
    if "-" in paths:
        stdin_bytes = sys.stdin.buffer.read()
    exclude = _split(args.exclude) if args.exclude is not None else cfg.core.get("exclude")
    extend_exclude = cfg.core.get("extend_exclude", []) + (_split(args.extend_exclude) or [])
    local_paths, urls = _split_urls(paths, _setting(args, cfg, "executor"))
    items, path_errors = discover(local_paths, root=root, extensions=_setting(args, cfg, "extensions"),
                                  exclude=exclude, extend_exclude=extend_exclude,
                                  respect_gitignore=args.respect_gitignore, also=dialect_pages)
    if urls:
        from prosecheck.executors.urls import discover_urls

        url_items, url_errors = discover_urls(urls, _setting(args, cfg, "extensions"))
        items, path_errors = items + url_items, path_errors + url_errors
    if args.stdin_filename:
        items = [FileItem(args.stdin_filename, None) if it.real is None else it for it in items]
    from prosecheck.escaping import clean_message, quote_path

    for note in [e for e in path_errors if not e.fatal]:
        sys.stderr.write(f"prosecheck: note: {quote_path(note.path)}: {clean_message(note.message)}\n")
    path_errors = [e for e in path_errors if e.fatal]

    if not items and not path_errors:
        suffixes = " ".join(_setting(args, cfg, "extensions"))
        sys.stderr.write(f"prosecheck: no files to check in {' '.join(paths)} (it looks for {suffixes} "
                         f"files that no exclude pattern or .gitignore skips)\n")
        return EXIT_CLEAN

    changes = None
    if args.changed_since is not None and args.write_baseline:
        raise UsageError("--write-baseline records every finding, so it cannot be combined with --changed-since")
    if args.changed_since is not None:
        items, changes = adoption.changed_items(args.changed_since, items, reg, selector)

    from prosecheck.progress import Progress
    from prosecheck.runner import run as run_files

    executor = _setting(args, cfg, "executor")
    if executor == "local" and args.scheduler:
        raise UsageError("--scheduler needs --executor dask")
    if args.fix and stdin_bytes is not None:
        raise UsageError("--fix cannot change text read from stdin; use --diff to see the fixes")

    from prosecheck.picky import visible

    held_back = [0]  # less-sure findings of the last lint, not shown without --picky

    def lint():
        progress = Progress(len(items))
        try:
            if executor == "local":
                done = run_files(items, reg, settings, jobs=jobs, stdin_bytes=stdin_bytes,
                                 progress=progress if progress.active else None)
            else:
                from prosecheck import executors

                done = executors.run(executor, items, reg, settings, scheduler=args.scheduler,
                                     extra_plugins=tuple(args.plugin), stdin_bytes=stdin_bytes,
                                     progress=progress if progress.active else None)
        finally:
            progress.close()
        # Before --fix, --diff and --write-baseline too: a finding not shown is neither fixed nor recorded.
        done.diagnostics, held_back[0] = visible(done.diagnostics, reg.codes, picky)
        return done

    result = lint()
    if settings.cache is not None:
        settings.cache.prune()
    if args.diff:
        return _diff(args, result, items, stdin_bytes)
    if args.fix:
        result = _fix(args, result, items, lint)
    diagnostics = list(result.diagnostics)
    diagnostics += [Diagnostic(e.path, 1, 1, PC_PATH, e.message, "error", plugin="core") for e in path_errors]
    diagnostics += [Diagnostic(PLUGINS_PATH, 1, 1, PC_PLUGIN_LOAD, f"plugin '{name}' {message}", "error",
                               plugin=name) for name, message in reg.errors]
    diagnostics.sort(key=lambda d: (d.path, d.line, d.col, d.code, d.message))

    if args.write_baseline:
        return adoption.write_baseline(args, root, diagnostics, stdin_bytes, items,
                                       result.failed or bool(path_errors) or bool(reg.errors))
    diagnostics, hidden = adoption.hide_known(args, cfg, root, diagnostics, stdin_bytes, items, changes)

    if args.traceback:
        for text in reg.tracebacks + result.tracebacks:
            sys.stderr.write(text if text.endswith("\n") else text + "\n")
    _report(args, reg, cfg, diagnostics, fmt, root, stdin_bytes, items, settings.max_file_size)
    if fmt == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
        from prosecheck.formatters.github_summary import append_summary

        append_summary(os.environ["GITHUB_STEP_SUMMARY"], diagnostics, reg, hidden, len(items))

    failed = result.failed or bool(path_errors) or bool(reg.errors)
    if failed:
        return EXIT_ERROR
    threshold = SEVERITIES.index(fail_on)
    failing = [d for d in diagnostics if SEVERITIES.index(d.severity if d.severity in SEVERITIES else "warning") <= threshold]
    passing = len(diagnostics) - len(failing)
    if passing and fmt not in MACHINE_FORMATS and not (args.quiet or args.exit_zero or args.output_file):
        # The text format shows no severity: say which findings are advice, so an exit code of 0
        # beside findings on the screen is not a surprise.
        below = " or ".join(SEVERITIES[threshold + 1:])
        one = passing == 1
        sys.stderr.write(f"prosecheck: {passing} of these {len(diagnostics)} findings {'is' if one else 'are'} at "
                         f"{below} level (less sure, or advice) and {'does' if one else 'do'} not fail the "
                         f"run; --fail-on {SEVERITIES[-1]} counts {'it' if one else 'them'} too\n")
    if held_back[0] and fmt not in MACHINE_FORMATS and not (args.quiet or args.output_file):
        # As ruff says how many fixes --unsafe-fixes would add: the writer knows there is more.
        one = held_back[0] == 1
        sys.stderr.write(f"prosecheck: {held_back[0]} less-sure finding{'' if one else 's'} of the language checks "
                         f"{'is' if one else 'are'} not shown (they are right less than half the time); "
                         f"--picky shows {'it' if one else 'them'}\n")
    if failing and not args.exit_zero:
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _diff(args, result, items: list, stdin_bytes: Optional[bytes]) -> int:
    """--diff: the changes --fix would make, as a unified diff; no file is written."""
    from prosecheck.apply_fixes import plan, unified_diff

    outcome = plan(result.diagnostics, items, args.unsafe_fixes, stdin_bytes)
    sys.stdout.write(unified_diff(outcome))
    for path, reason in sorted(outcome.errors.items()):
        sys.stderr.write(f"prosecheck: {path}: cannot read this file to fix it: {reason}\n")
    if outcome.changed:
        sys.stderr.write(f"prosecheck: {_fixes(outcome.applied)} would change {_files(len(outcome.changed))}\n")
    if result.failed or outcome.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if outcome.changed else EXIT_CLEAN


def _fix(args, result, items: list, lint):
    """--fix: apply fixes and lint again, until nothing more is fixed (a fix skipped because it
    overlapped another gets its turn on the next pass); the last run is what is reported."""
    from prosecheck.apply_fixes import plan, write

    applied, files = 0, set()
    outcome = None
    try:
        for _ in range(10):
            outcome = plan(result.diagnostics, items, args.unsafe_fixes)
            write(outcome, items)
            for path, reason in sorted(outcome.errors.items()):
                sys.stderr.write(f"prosecheck: {path}: could not write the fixes ({reason}); the file is unchanged\n")
            if not outcome.changed:
                break
            applied += outcome.applied
            files.update(outcome.changed)
            result = lint()
    except KeyboardInterrupt:
        # Each file is replaced whole or not at all (atomicfile.py): say which ones were.
        from prosecheck.apply_fixes import already_written

        _fixed_before_interruption(files.union(already_written(outcome, items) if outcome is not None else ()))
        raise
    if applied:
        sys.stderr.write(f"prosecheck: fixed {_fixes(applied)} in {_files(len(files))}\n")
    return result


def _fixed_before_interruption(paths: set) -> None:
    if not paths:
        return
    from prosecheck.escaping import quote_path

    names = [quote_path(p) for p in sorted(paths)]
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    sys.stderr.write(f"prosecheck: {_files(len(names))} had {'its' if len(names) == 1 else 'their'} fixes "
                     f"written before the interruption ({shown}); every other file is unchanged\n")


def _fixes(n: int) -> str:
    return f"{n} finding" + ("" if n == 1 else "s")


def _files(n: int) -> str:
    return f"{n} file" + ("" if n == 1 else "s")


def _open_cache(args, cfg: FileConfig, reg: Registry, root: str, options: dict, selector: Selector):
    from prosecheck.cache import Cache, fingerprint
    from prosecheck.plugincode import code_signature

    folder = _setting(args, cfg, "cache_dir")
    folder = folder if os.path.isabs(folder) else os.path.join(root, folder)
    key = fingerprint(
        __version__,
        {p.name: p.version for p in reg.plugins.values()},
        code_signature(reg),  # an edited (editable) plugin keeps its version
        options,
        (selector.select, selector.ignore, selector.per_file_ignores),
        _option_files(options, root),
        _setting(args, cfg, "dialect"),
    )
    return Cache.open(folder, key, root)


def _confine_option_files(options: dict, root: str, where: str) -> None:
    """A file a check option names (``words_file``) must resolve inside the project: the option
    comes from the repository's configuration, which may not make prosecheck read elsewhere,
    also not through a committed symbolic link (config.py already refuses ``..`` and absolute paths)."""
    from prosecheck.files import inside

    real_root = os.path.realpath(root)
    for check, values in options.items():
        for name, value in values.items():
            if name.endswith("_file") and isinstance(value, str) and value:
                real = os.path.realpath(os.path.join(root, value))
                if not inside(real, real_root):
                    raise ConfigError(f"{where}: '{check}.{name}' = {value!r} leads outside the project "
                                      f"(through a symbolic link); prosecheck does not read files there")


def _option_files(options: dict, root: str) -> list:
    """Size and time of every file a check option names (``words_file``...): editing one must
    invalidate the cached results that were computed with it."""
    from prosecheck.cache import _stat_signature

    found = []
    for check, values in sorted(options.items()):
        for name, value in sorted(values.items()):
            if name.endswith("_file") and isinstance(value, str) and value:
                path = value if os.path.isabs(value) else os.path.join(root, value)
                found.append((check, name, _stat_signature(path)))
    return found


def _report(args, reg: Registry, cfg: FileConfig, diagnostics: list, fmt: str, root: str,
            stdin_bytes: Optional[bytes], items: list, max_file_size: Optional[int] = None) -> None:
    from prosecheck.escaping import clean_message, quote_path

    # What came from the repository (names, and messages quoting documents) is escaped for every
    # format, plugins' included: no control character or newline reaches the terminal or a log.
    shown = {}
    for d in diagnostics:
        if d.path not in shown:
            shown[d.path] = quote_path(d.path)
    real_paths = {shown[it.display]: it for it in items if it.display in shown}
    diagnostics = [_escaped(d, shown[d.path], clean_message) for d in diagnostics]
    read: dict = {}

    def lines_of(path: str):
        # Read once per file, not once per finding (20,000 findings on one file took a minute).
        if path not in read:
            item = real_paths.get(path)
            text = None
            if item is not None:
                text, _ = read_item(item, stdin_bytes, max_file_size)
            read[path] = text.split("\n") if text is not None else None
        return read[path]

    _reconfigure_for_any_text(sys.stdout)

    target = args.output_file
    if args.output_dir:
        if fmt != "html":
            raise UsageError("--output-dir works with --format html only (use --output-file for other formats)")
        if target:
            raise UsageError("give --output-file or --output-dir, not both")
        os.makedirs(args.output_dir, exist_ok=True)
        target = os.path.join(args.output_dir, "index.html")
    if not target:
        _write_report(args, reg, cfg, diagnostics, fmt, root, sys.stdout, lines_of)
    elif os.path.exists(target) and not os.path.isfile(target):
        # /dev/null, a pipe, /dev/stdout: write to it as it is; a rename would replace it.
        try:
            with open(target, "w", encoding="utf-8", newline="\n") as stream:
                _write_report(args, reg, cfg, diagnostics, fmt, root, stream, lines_of)
        except BrokenPipeError:  # its reader left (std_streams.py says why that is no failure)
            pass
    else:
        temp = _temp_name(target)
        try:
            with open(temp, "w", encoding="utf-8", newline="\n") as stream:
                _write_report(args, reg, cfg, diagnostics, fmt, root, stream, lines_of)
        except BaseException:
            os.unlink(temp)
            raise
        os.replace(temp, target)  # no half-written report if we are interrupted


def _write_report(args, reg: Registry, cfg: FileConfig, diagnostics: list, fmt: str, root: str,
                  stream, lines_of) -> None:
    fctx = FormatContext(
        lines_of=lines_of,
        show_source=bool(_setting(args, cfg, "show_source")),
        color=_use_color(args.color, stream),
        codes={code: spec for code, (check, spec) in reg.codes.items()},
        code_plugins={code: reg.check_plugin.get(check.name, "") for code, (check, spec) in reg.codes.items()},
        plugin_versions={p.name: p.version for p in reg.plugins.values()},
        root=root,
        version=__version__,
        options=_check_options(reg, cfg) if fmt == "html" else {},
        settings=_settings_shown(args, cfg, root) if fmt == "html" else {},
        output_file=args.output_file,
        output_dir=args.output_dir,
    )
    formatter = _make_formatter(fmt, reg, stream, fctx)
    machine = fmt in MACHINE_FORMATS
    # A machine format is written whole; -q, --statistics and --count must not corrupt it,
    # so the summaries go to stderr instead.
    extra = sys.stderr if machine else stream
    with _batched_writes(stream):
        if machine or args.quiet == 0:
            formatter.write(diagnostics)
        elif args.quiet == 1:
            for path in dict.fromkeys(d.path for d in diagnostics):
                stream.write(path + "\n")
    if _setting(args, cfg, "statistics") and args.quiet < 2:
        _statistics(diagnostics, reg, extra)
    if args.count:
        extra.write(f"{len(diagnostics)}\n")


def _escaped(d: Diagnostic, path: str, clean) -> Diagnostic:
    message = clean(d.message)
    if path is d.path and message is d.message:
        return d
    from dataclasses import replace

    return replace(d, path=path, message=message)


class _batched_writes:
    """The report written in the stream's buffer's blocks, not one system call per line.

    With PYTHONUNBUFFERED set (many CI images and containers set it) stdout writes through:
    each of a report's lines was its own ``write`` call (3,000 findings, 3,000 calls: 10 to 30 ms
    of a 1,000-file run). A terminal keeps its line buffering (each line still shows at once);
    the stream is flushed and put back on the way out, so what follows on stderr still comes
    after the report.
    """

    def __init__(self, stream) -> None:
        self.stream = stream
        self.through = getattr(stream, "write_through", False) is True

    def __enter__(self):
        if self.through:
            try:
                self.stream.reconfigure(write_through=False)
            except (AttributeError, ValueError, OSError):
                self.through = False
        return self

    def __exit__(self, *exc):
        if self.through:
            try:
                self.stream.flush()
            finally:
                try:
                    self.stream.reconfigure(write_through=True)
                except (ValueError, OSError):  # it cannot flush (its reader left): flush said so
                    pass
        return False


def _reconfigure_for_any_text(stream) -> None:
    """A strict stdout (PYTHONIOENCODING=ascii, an odd locale) writes what it cannot encode as
    escapes instead of failing half-way through the report."""
    try:
        stream.reconfigure(errors="backslashreplace")
    except (AttributeError, ValueError, OSError):
        pass


def _temp_name(target: str) -> str:
    return f"{target}.{os.getpid()}.tmp"


def _statistics(diagnostics: list, reg: Registry, stream) -> None:
    counts = Counter(d.code for d in diagnostics)
    first = {}
    for d in diagnostics:
        first.setdefault(d.code, d.message)
    for code, n in sorted(counts.items()):
        spec = reg.codes.get(code)
        summary = spec[1].summary if spec else first[code]
        stream.write(f"{n:<5} {code} {summary}\n")
