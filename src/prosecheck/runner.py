"""The run: every file through every enabled check (a map), then cross-file checks (a reduce).

Per file: bytes -> text (decoding.py) -> Document (parsed once) -> each enabled check's ``check``
and, for cross-file checks, ``collect``. After all files, each cross-file check's ``finish`` sees
every summary. Selection and suppression apply to both. A check that raises, runs past its time
limit or returns a diagnostic that does not fit the file is reported as a ``PC`` diagnostic naming
its plugin, and everything else still runs.
"""

from __future__ import annotations

import os
import signal
import stat
from _signal import getsignal as _raw_getsignal, signal as _raw_signal
import sys
import threading
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Iterable, Optional

from prosecheck.cache import Cache, diagnostics_from
from prosecheck.check import Check, Context
from prosecheck.decoding import decode
from prosecheck.diagnostics import Diagnostic
from prosecheck.dialects import use as use_dialect
from prosecheck.document import Document, parse
from prosecheck.files import FileItem, relative_path
from prosecheck.plugins import Registry, get_registry
from prosecheck.selection import Selector
from prosecheck.suppression import Suppressions, parse_suppressions

#: Codes the runner itself emits. Documented in prosecheck/codedocs/.
PC_UNREADABLE_TEXT = "PC001"
PC_PLUGIN_LOAD = "PC002"
PC_CHECK_CRASH = "PC003"
PC_BAD_DIAGNOSTIC = "PC004"
PC_TIMEOUT = "PC005"
PC_PATH = "PC006"
#: Where a failure of the whole run is reported (a crash in ``finish``): no file is to blame.
RUN_PATH = "<run>"
#: These mean prosecheck (or a plugin) failed, not the document: the exit code is 2.
FAILURE_CODES = frozenset({PC_PLUGIN_LOAD, PC_CHECK_CRASH, PC_BAD_DIAGNOSTIC, PC_TIMEOUT, PC_PATH})


DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024
#: More diagnostics than this from one check on one file are dropped (with a PC004 saying so).
MAX_DIAGNOSTICS_PER_CHECK = 10_000


@dataclass
class Settings:
    """Everything a worker needs besides the registry; picklable."""

    selector: Selector
    options: dict  # check name -> option values
    context: Context
    root: str = "."
    timeout: float = 60.0
    #: Force Markdown (True) or plain text (False); None decides by suffix.
    markdown: Optional[bool] = None
    cache: Optional[Cache] = None
    #: Larger files are not read (PC006): a committed 2 GB file must not exhaust memory.
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    #: Keep the full traceback of a crashing check (``--traceback``) in ``FileResult.tracebacks``.
    traceback: bool = False
    #: The ``dialect`` setting (prosecheck.dialects): travels with the settings to any worker.
    dialect: str = "auto"


@dataclass
class FileResult:
    path: str
    diagnostics: list = field(default_factory=list)
    summaries: dict = field(default_factory=dict)  # check name -> summary
    suppressions: Optional[Suppressions] = None
    path_ignores: tuple = ()
    tracebacks: list = field(default_factory=list)  # with Settings.traceback: one per crash


@dataclass
class RunResult:
    diagnostics: list
    files: int
    failed: bool  # a plugin or check failed, or a path could not be read: exit code 2
    tracebacks: list = field(default_factory=list)  # with Settings.traceback


class CheckTimeout(Exception):
    pass


def enabled_checks(registry: Registry, selector: Selector) -> list[Check]:
    """Checks with at least one selected code: a check nobody asked for does not run."""
    return [c for c in registry.checks if any(selector.is_selected(code) for code in c.codes)]


_SIGALRM = int(getattr(signal, "SIGALRM", 14))
_setitimer = getattr(signal, "setitimer", None)  # POSIX only (_TimeLimit.active says so)
_ITIMER_REAL = getattr(signal, "ITIMER_REAL", 0)


class _TimeLimit:
    """Raise CheckTimeout in the main thread after ``seconds`` (POSIX timers; else no limit)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.active = (
            seconds > 0
            and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
        )

    def _fire(self, signum, frame):  # pragma: no cover - timing dependent
        raise CheckTimeout()

    def __enter__(self):
        # The handler is installed once per document (signal.signal costs about 20 us, 7 checks
        # times 2 per file); each check arms and disarms the timer.
        if self.active:
            self._handler = self._fire  # one bound method, so arm() can tell it by identity
            # The C functions under signal.signal and signal.getsignal: those wrap what they
            # return in an enum member (SIG_DFL, SIG_IGN), a Python call per check and file, and
            # the handler is only compared by identity here and put back as it was.
            self._old = _raw_signal(signal.SIGALRM, self._handler)
        return self

    def arm(self) -> None:
        if self.active:
            if _raw_getsignal(_SIGALRM) is not self._handler:
                # A check before this one put in a handler of its own: the limit must still hold.
                _raw_signal(_SIGALRM, self._handler)
            _setitimer(_ITIMER_REAL, self.seconds)

    def disarm(self) -> None:
        if self.active:
            _setitimer(_ITIMER_REAL, 0)

    def __exit__(self, *exc):
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            _raw_signal(signal.SIGALRM, self._old)
        return False


#: Called with the number of each check (in ``enabled_checks`` order) before it runs; a worker
#: process sets it so that the parent can tell which plugin was running if the worker dies or hangs.
step_hook = None


def lint_document(doc: Document, registry: Registry, settings: Settings, checks: Iterable[Check]) -> FileResult:
    result = FileResult(doc.path)
    # Every suppression is an HTML comment: a text without one has none (and its lines are not
    # cut from it one by one to find that out).
    result.suppressions = parse_suppressions(doc.lines, doc.code_lines) if "<!--" in doc.text else Suppressions()
    selector = settings.selector
    # Without per-file-ignores no path is matched: the relative path (os.path.relpath, a tenth
    # of a millisecond) is not worked out for nothing.
    result.path_ignores = selector.ignored_in(relative_path(doc.filename or doc.path, settings.root)) \
        if selector.per_file else ()
    raw: list[Diagnostic] = []
    with _TimeLimit(settings.timeout) as limit:
        _run_checks(doc, registry, settings, checks, limit, raw, result)
    result.diagnostics = _keep(raw, settings.selector, result)
    return result


def _run_checks(doc: Document, registry: Registry, settings: Settings, checks: Iterable[Check],
                limit: _TimeLimit, raw: list, result: FileResult) -> None:
    for number, check in enumerate(checks):
        if step_hook is not None:
            step_hook(number)
        plugin = registry.check_plugin.get(check.name, check.name)
        options = options_for(check, settings)
        step = "check"
        try:
            limit.arm()
            try:
                # At most one more than the bound: a check yielding ten million findings stops here.
                produced = list(islice(check.check(doc, options, settings.context) or (),
                                       MAX_DIAGNOSTICS_PER_CHECK + 1))
                if check.cross_file:
                    step = "collect"
                    result.summaries[check.name] = check.collect(doc, options, settings.context)
            finally:
                limit.disarm()
        except CheckTimeout:
            raw.append(_failure(doc.path, PC_TIMEOUT, plugin,
                                f"check '{check.name}' (plugin '{plugin}') took longer than "
                                f"{settings.timeout:g} s on this file and was stopped; raise 'timeout' "
                                f"or report it to the plugin's authors"))
            continue
        except RecursionError:
            raw.append(_failure(doc.path, PC_CHECK_CRASH, plugin,
                                f"check '{check.name}' (plugin '{plugin}') gave up on this file: it is "
                                f"nested too deeply to analyse"))
            continue
        except Exception as exc:
            raw.append(_failure(doc.path, PC_CHECK_CRASH, plugin,
                                f"check '{check.name}' (plugin '{plugin}') crashed in {step}(): "
                                f"{type(exc).__name__}: {exc}"))
            if settings.traceback:
                import traceback

                result.tracebacks.append(f"{doc.path}: check '{check.name}':\n{traceback.format_exc()}")
            continue
        if len(produced) > MAX_DIAGNOSTICS_PER_CHECK:
            del produced[MAX_DIAGNOSTICS_PER_CHECK:]
            raw.append(_failure(doc.path, PC_BAD_DIAGNOSTIC, plugin,
                                f"check '{check.name}' (plugin '{plugin}') returned more than "
                                f"{MAX_DIAGNOSTICS_PER_CHECK:,} findings on this file; the rest were dropped"))
        raw.extend(_validated(produced, doc, check, plugin, registry))


def _validated(produced: list, doc: Document, check: Check, plugin: str, registry: Registry) -> list:
    out = []
    for d in produced:
        problem = None
        if not isinstance(d, Diagnostic):
            problem = f"returned {type(d).__name__} instead of a Diagnostic"
        elif d.code not in check.codes:
            problem = f"returned code {d.code!r}, which it does not declare"
        elif not (1 <= d.line <= len(doc.lines)) or not (1 <= d.col <= len(doc.lines[d.line - 1]) + 1):
            problem = f"returned a diagnostic at {d.line}:{d.col}, outside the file"
        if problem:
            out.append(_failure(doc.path, PC_BAD_DIAGNOSTIC, plugin,
                                f"check '{check.name}' (plugin '{plugin}') {problem}; it was dropped"))
            continue
        severity = d.severity or check.codes[d.code].severity
        if d.__class__ is Diagnostic:
            # replace(d, path=..., severity=..., plugin=...) spelled out: replace() reads the
            # fields' definitions and builds keyword arguments, three times the constructor's
            # cost, once per finding.
            out.append(Diagnostic(doc.path, d.line, d.col, d.code, d.message, severity, d.end_line,
                                  d.end_col, plugin, d.fix))
        else:  # a plugin's subclass of Diagnostic keeps its class and its own fields
            out.append(replace(d, path=doc.path, severity=severity, plugin=plugin))
    return out


def _failure(path: str, code: str, plugin: str, message: str) -> Diagnostic:
    return Diagnostic(path, 1, 1, code, message, "error", plugin=plugin)


def _keep(diagnostics: list, selector: Selector, result: FileResult) -> list:
    sup = result.suppressions
    out = []
    for d in diagnostics:
        if d.code in FAILURE_CODES:
            # A failure of prosecheck itself is never hidden by --select; only an explicit ignore.
            if not any(p and d.code.startswith(p) for p in selector.ignore):
                out.append(d)
            continue
        if not selector.is_reported(d.code, result.path_ignores):
            continue
        if sup and sup.is_suppressed(d.code, d.line):
            continue
        out.append(d)
    return out


def options_for(check: Check, settings: Settings) -> dict:
    """The check's validated options, or its defaults when the run configured none."""
    found = settings.options.get(check.name)
    if found is None:
        found = {name: opt.default for name, opt in check.options.items()}
    return found


def read_bytes(item: FileItem, stdin_bytes: Optional[bytes] = None,
               limit: int = DEFAULT_MAX_FILE_SIZE) -> tuple[Optional[bytes], Optional[Diagnostic]]:
    """The bytes of a regular file of at most ``limit`` bytes, or the PC006 that says why not.

    Opened without blocking (a FIFO swapped in after the walk must not hang the run) and checked
    on the open descriptor, so what is read is what was checked.
    """
    def refused(reason: str):
        return None, Diagnostic(item.display, 1, 1, PC_PATH, reason, "error", plugin="core")

    try:
        if item.real is None:
            if stdin_bytes is not None:
                return stdin_bytes, None
            return sys.stdin.buffer.read(), None
        if hasattr(item, "read_remote"):  # a URL (executors/urls.py), read on a Dask worker
            data, reason = item.read_remote(limit)
            return (data, None) if reason is None else refused(reason)
        fd = os.open(item.real, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                return refused("this is not a regular file (a pipe, device or socket): prosecheck reads "
                               "regular files only")
            if st.st_size > limit:
                return refused(_too_large(st.st_size, limit))
            data = _read_to_end(fd, st.st_size, limit)
            if len(data) > limit:  # grew while we read
                return refused(_too_large(len(data), limit))
            return data, None
        finally:
            os.close(fd)
    except OSError as exc:
        return refused(f"cannot read this file: {exc.strerror or exc}")
    except MemoryError:
        return refused("this file is too large to read into memory")


def _read_to_end(fd: int, size: int, limit: int) -> bytes:
    """The bytes from ``fd`` to its end, at most ``limit + 1`` (one more says it grew past the limit).

    ``os.read`` of the size ``fstat`` gave, plus one, then on to the end (a file that grows while
    it is read is read as it grows). Not a file object's ``read(limit + 1)``: that made a 10 MB
    buffer for every file (an mmap, mremap and munmap each), and ``open`` asked whether the file is
    a terminal and where it stands: about 20 microseconds a file, most of reading a small one.
    """
    parts = []
    got = 0
    step = size + 1
    while got <= limit:
        chunk = os.read(fd, min(step, limit + 1 - got))
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
        step = 1 << 16
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _too_large(size: int, limit: int) -> str:
    return (f"this file is {size:,} bytes, more than max-file-size ({limit:,} bytes); it was not "
            f"checked (raise max-file-size on the command line to check it)")


def decode_item(item: FileItem, data: bytes) -> tuple[Optional[str], Optional[Diagnostic]]:
    text, problem = decode(data)
    if text is None:
        return None, Diagnostic(item.display, 1, 1, PC_UNREADABLE_TEXT, problem or "", "error", plugin="core")
    return text, None


def read_item(item: FileItem, stdin_bytes: Optional[bytes] = None,
              limit: Optional[int] = None) -> tuple[Optional[str], Optional[Diagnostic]]:
    """The text of a file, or the diagnostic that says why there is none."""
    data, problem = read_bytes(item, stdin_bytes, limit or DEFAULT_MAX_FILE_SIZE)
    if data is None:
        return None, problem
    return decode_item(item, data)


def lint_item(item: FileItem, settings: Settings, stdin_bytes: Optional[bytes] = None,
              checks: Optional[list] = None) -> FileResult:
    """Lint one file. ``checks``: ``enabled_checks`` of the run, when the caller has it (a pooled
    run's workers: worked out once before they fork, not once per file)."""
    registry = get_registry()
    data, problem = read_bytes(item, stdin_bytes, settings.max_file_size)
    text = None
    if data is not None:
        text, problem = decode_item(item, data)
    if text is None:
        result = FileResult(item.display)
        result.diagnostics = _keep([problem], settings.selector, result)
        return result
    cache = settings.cache if item.real is not None else None
    key = cache.key(item.real, data) if cache is not None and cache.enabled else None
    if key is not None:
        entry = cache.get(key)
        if entry is not None:
            try:
                return FileResult(item.display, diagnostics_from(entry, item.display), entry["summaries"],
                                  Suppressions.from_data(entry["suppressions"]), tuple(entry["path_ignores"]))
            except Exception:  # an entry of another layout: lint the file as if there were none
                pass
    try:
        # Text from stdin stands for the file --stdin-filename names: its links resolve from there.
        filename = item.real if item.real is not None or item.display == "-" else os.path.abspath(item.display)
        use_dialect(settings.dialect, settings.root)
        doc = parse(item.display, text, markdown=settings.markdown, filename=filename)
    except RecursionError:
        result = FileResult(item.display)
        result.diagnostics = [_failure(item.display, PC_CHECK_CRASH, "core",
                                       "this document is nested too deeply to parse; it was not checked")]
        return result
    if checks is None:
        checks = enabled_checks(registry, settings.selector)
    result = lint_document(doc, registry, settings, checks)
    if key is not None and not any(d.code in FAILURE_CODES for d in result.diagnostics):
        cache.put(key, result.diagnostics, result.summaries, result.suppressions.to_data(),
                  result.path_ignores, doc.dependencies)
    return result


def map_files(items: list[FileItem], settings: Settings, jobs: int, stdin_bytes: Optional[bytes] = None,
              progress=None, reap_later: bool = False) -> list[FileResult]:
    """Lint every file; results in the order of ``items``.

    Where the system can fork, each file is linted in a worker process (workers.py), even with
    one job: a plugin that kills its process, or hangs where the time limit cannot reach it,
    then costs only the file it was checking (PC003, PC005), never the run. ``reap_later``: the
    workers are killed at the end but not waited for (``workers.reap_ended``, which ``run`` calls
    after the reduce, so that the kernel frees their memory while the parent reduces).
    """
    results: list[Optional[FileResult]] = [None] * len(items)
    if items and not (len(items) == 1 and _only_builtin_checks(settings)) and _can_fork():
        _map_isolated(items, settings, jobs, stdin_bytes, progress, results, reap_later)
    for i, item in enumerate(items):
        if results[i] is None:
            results[i] = lint_item(item, settings, stdin_bytes)
            if progress:
                progress()
    return [r for r in results if r is not None]


def _only_builtin_checks(settings: Settings) -> bool:
    """True when every enabled check is prosecheck's own. A run of one file with only those is
    linted in this process: a fork costs a one-file run 10-20 ms (the child's copy-on-write page
    faults), our checks do not kill their process, and the soft time limit covers them."""
    return all(type(c).__module__.startswith("prosecheck.")
               for c in enabled_checks(get_registry(), settings.selector))


def _map_isolated(items: list[FileItem], settings: Settings, jobs: int, stdin_bytes: Optional[bytes],
                  progress, results: list, reap_later: bool = False) -> None:
    from prosecheck.lazyre import compile_all
    from prosecheck.workers import GRACE, run_isolated

    registry = get_registry()
    checks = enabled_checks(registry, settings.selector)
    pooled = jobs > 1 and len(items) >= 2 * jobs
    if pooled:
        # Only our own checks prepare here: a plugin's prepare() that kills its process must cost
        # a worker, not the run. (Each worker prepares the others itself.)
        for check in [c for c in checks if type(c).__module__.startswith("prosecheck.")]:
            try:  # load shared data once, here, so forked workers share it
                check.prepare(options_for(check, settings), settings.context)
            except Exception:
                pass  # the check reports its own failure on the first file
        compile_all()  # our patterns compiled once, here, not once in each worker

    def who(number: int) -> tuple[str, str]:
        if 0 <= number < len(checks):
            name = checks[number].name
            return f"check '{name}' (plugin '{registry.check_plugin.get(name, name)}')", \
                registry.check_plugin.get(name, name)
        return "reading and parsing", "core"

    def done(index: int, result: FileResult) -> None:
        results[index] = result
        if progress:
            progress()

    def failed(index: int, code: str, plugin: str, message: str) -> None:
        result = FileResult(items[index].display)
        result.diagnostics = _keep([_failure(items[index].display, code, plugin, message)],
                                   settings.selector, result)
        done(index, result)

    def died(index: int, number: int, how: str) -> None:
        step, plugin = who(number)
        failed(index, PC_CHECK_CRASH, plugin,
               f"{step} ended the worker process checking this file (it {how}); this file was not "
               f"checked, the others were. Report it to the plugin's authors")

    def hung(index: int, number: int) -> None:
        step, plugin = who(number)
        failed(index, PC_TIMEOUT, plugin,
               f"{step} took longer than {settings.timeout:g} s on this file and did not stop when "
               f"asked; its worker process was killed after {settings.timeout + GRACE:g} s. Raise "
               f"'timeout' or report it to the plugin's authors")

    # The workers number the checks as ``checks`` does (``who`` reads it back): the same list.
    run_isolated(len(items), lambda i: lint_item(items[i], settings, stdin_bytes, checks),
                 jobs if pooled else 1, settings.timeout, done, died, hung,
                 order=_largest_first(items) if pooled else None, reap_later=reap_later)


def _largest_first(items: list[FileItem]) -> list[int]:
    """The files' indexes, largest file first (ties in the given order): the run ends on small
    files, so no worker waits long at the end for the last large one to finish. (One ``stat``
    a file, about 2 microseconds; a file that cannot be read counts as empty.)"""
    def size(i: int) -> int:
        real = items[i].real
        if real is None:
            return 0
        try:
            return os.stat(real).st_size
        except (OSError, ValueError):
            return 0

    return sorted(range(len(items)), key=size, reverse=True)


def _can_fork() -> bool:
    # os.fork exists exactly where multiprocessing offers "fork"; asking multiprocessing would
    # import it (about 7 ms) on the one-file run that never forks.
    return hasattr(os, "fork")


def reduce_results(results: list[FileResult], registry: Registry, settings: Settings,
                   finished: Optional[dict] = None) -> list[Diagnostic]:
    """Every file's diagnostics plus those of the cross-file checks, filtered and sorted.

    ``finished`` holds, by check name, what an executor already computed in place of ``finish``
    (a Dask run's shuffled reduce): a list of diagnostics, or the exception it raised.
    """
    diagnostics: list[Diagnostic] = [d for r in results for d in r.diagnostics]
    by_path = {r.path: r for r in results}
    for check in enabled_checks(registry, settings.selector):
        if not check.cross_file:
            continue
        plugin = registry.check_plugin.get(check.name, check.name)
        try:
            if finished is not None and check.name in finished:
                produced = finished[check.name]
                if isinstance(produced, BaseException):
                    raise produced
            else:
                summaries = [(r.path, r.summaries[check.name]) for r in results if check.name in r.summaries]
                produced = list(check.finish(summaries, options_for(check, settings), settings.context) or ())
        except Exception as exc:
            diagnostics.append(_failure(RUN_PATH, PC_CHECK_CRASH, plugin,
                                        f"check '{check.name}' (plugin '{plugin}') crashed in finish(): "
                                        f"{type(exc).__name__}: {exc}"))
            continue
        for d in produced:
            owner = by_path.get(getattr(d, "path", None))
            if not isinstance(d, Diagnostic) or owner is None or d.code not in check.codes:
                diagnostics.append(_failure(RUN_PATH, PC_BAD_DIAGNOSTIC, plugin,
                                            f"check '{check.name}' (plugin '{plugin}') returned {d!r} from "
                                            f"finish(), which names no file of this run; it was dropped"))
                continue
            d = replace(d, severity=d.severity or check.codes[d.code].severity, plugin=plugin)
            diagnostics.extend(_keep([d], settings.selector, owner))
    return sorted(set(diagnostics), key=_sort_key)


def _reap_workers() -> None:
    """Wait for the workers ``map_files(reap_later=True)`` killed (if it forked any)."""
    workers = sys.modules.get("prosecheck.workers")
    if workers is not None:
        workers.reap_ended()


def _sort_key(d: Diagnostic) -> tuple:
    return (d.path, d.line, d.col, d.code, d.message)


class _FewerCollections:
    """Less work for Python's cyclic garbage collector while files are linted (5% of a run).

    What exists before the first file (modules, plugins, dictionaries) lives for the whole run:
    ``gc.freeze`` moves it out of the collector's sight, and forked workers inherit it without
    collections touching (and so copying) its pages. A larger first-generation threshold means
    fewer collections of the many short-lived objects each document makes; they are freed by
    reference counting anyway.
    """

    def __enter__(self):
        import gc

        self._threshold = gc.get_threshold()
        gc.freeze()
        gc.set_threshold(10_000, *self._threshold[1:])
        return self

    def __exit__(self, *exc):
        import gc

        gc.set_threshold(*self._threshold)
        gc.unfreeze()
        return False


def run(items: list[FileItem], registry: Registry, settings: Settings, jobs: int = 1,
        stdin_bytes: Optional[bytes] = None, progress=None) -> RunResult:
    with _FewerCollections():
        results = map_files(items, settings, jobs, stdin_bytes, progress, reap_later=True)
    try:
        diagnostics = reduce_results(results, registry, settings)
    finally:
        _reap_workers()
    failed = any(d.code in FAILURE_CODES for d in diagnostics)
    return RunResult(diagnostics, len(items), failed, [t for r in results for t in r.tracebacks])
