"""Files linted in forked worker processes that may crash or hang without taking the run with them.

A plugin is code we trust to be honest, not to be correct: one that calls ``os._exit``,
segfaults, is killed by the kernel, or blocks ``SIGALRM`` (so the soft per-check time limit in
runner.py never fires) must cost only the file it was checking. So every file is linted in a
forked child, one file at a time per child (each holding at most one more), and the parent:

- sends a child the index of the next file (the children inherit the file list when forked) and
  reads back the pickled result; while there are more files than workers, a child holds the
  index of its next file before its result comes back, so it never waits for the parent between
  files (the results come back in the order the files were sent, so the parent always knows
  which file a child is on: the oldest one it has not answered);
- learns which check a child is in from a few bytes of memory shared with it (the check's
  number and when it started), so a child that dies or overruns is reported by plugin name;
- kills a child whose check has run ``timeout`` plus a grace period (the hard limit: SIGKILL
  cannot be blocked), reports PC005 for that file, and starts a new child;
- reports a child that died as PC003 for the file it held, starts a new child and goes on (a
  file sent to a child that died or was killed before starting it goes to another child);
- on SIGTERM or SIGINT, or any exception, kills every child before returning.

``concurrent.futures.ProcessPoolExecutor`` cannot do this: when one worker dies it fails the
whole pool (BrokenProcessPool) without saying which task killed it.
"""

from __future__ import annotations

import mmap
import os
from collections import deque
import pickle
import select
import signal
import struct
import time
from typing import Callable, Optional

_SLOT = struct.Struct("<di")  # (monotonic start, check number: -1 while reading and parsing)
_START = struct.Struct("<d")
_NUMBER = struct.Struct("<i")
_LENGTH = struct.Struct("<Q")
_INDEX = struct.Struct("<q")
#: Extra seconds a check gets past its time limit before its worker is killed (the soft limit,
#: SIGALRM inside the worker, reports first when the plugin lets it).
GRACE = 2.0
#: Results unpickled by the parent together, this many at a time (the rest when the parent has
#: nothing else to do, and when every file is answered). The parent wakes for every result on a
#: core a worker was just running on, and an unpickling right after the wake-up finds its code and
#: data out of the caches: it cost four times a second unpickling of the same result (72 against
#: 17 us, 1,000 corpus files), nearly half of the parent's CPU while the workers run. A result is
#: still read as soon as it comes (a worker never waits for the parent), only taken apart later.
_UNPICKLE_BATCH = 16
_PARENT_FDS: set = set()  # the parent's ends of every live child's pipes
_CALLER_MASK: Optional[set] = None  # the signal mask run_isolated found (children get it back)


class _Worker:
    def __init__(self, work: Callable[[int], object], born: list) -> None:
        self.slot = mmap.mmap(-1, _SLOT.size)  # anonymous and shared: survives fork
        task_r, self.task_w = os.pipe()
        self.result_r, result_w = os.pipe()
        # Ctrl-C from a terminal reaches every process of its group, children included. Held
        # back across the fork, it cannot reach a child before the child ignores it (Python's
        # at-fork hooks would print it as "Exception ignored ... KeyboardInterrupt", or the
        # child would unwind the parent's copied stack); the parent gets it once the child exists.
        held = _hold_interrupts()
        try:
            pid = os.fork()
        except BaseException:
            _release(held)
            raise
        if pid == 0:  # pragma: no cover - runs in the child
            code = 70
            try:
                # Only the parent may hold the other children's pipes: a child sees the end of
                # its task pipe (and exits) when the parent closes it or dies.
                for fd in _PARENT_FDS | {self.task_w, self.result_r}:
                    try:
                        os.close(fd)
                    except OSError:
                        pass
                _child(task_r, result_w, self.slot, work)
                code = 0
            finally:
                os._exit(code)
        self.pid = pid
        os.close(task_r)
        os.close(result_w)
        _PARENT_FDS.update((self.task_w, self.result_r))
        #: Files sent and not yet answered, oldest first: the child is on the first.
        self.queue: deque = deque()
        self.buffer = bytearray()
        #: When the first file of the queue became the child's current file, as far as the
        #: parent knows (when it was sent to an idle child, or the result before it came back).
        self.since = 0.0
        self.reaped = False
        born.append(self)  # before a held-back Ctrl-C can land: the run's end kills every child
        _release(held)

    def send(self, index: int) -> None:
        if not self.queue:
            # An idle child: nothing it does can race this write (it is waiting for the index).
            self.since = time.monotonic()
            _SLOT.pack_into(self.slot, 0, self.since, -1)
        self.queue.append(index)
        try:
            os.write(self.task_w, _INDEX.pack(index))
        except BrokenPipeError:
            pass  # the child has just died: its end of file, read next, re-queues this file

    def answered(self) -> Optional[tuple[int, bytes]]:
        """``(file index, pickled result)`` of the next complete result read, or None."""
        payload = self.message()
        if payload is None:
            return None
        del self.buffer[:_LENGTH.size + len(payload)]
        self.since = time.monotonic()
        return self.queue.popleft(), payload

    def unstarted(self) -> list[int]:
        """The files sent after the current one (a dead or killed child never started them)."""
        return list(self.queue)[1:]

    def step(self) -> tuple[int, float]:
        """(check number, when it started): read until two reads agree, as the child may be
        writing the slot at this very moment (a torn read could look like an old start)."""
        seen = _SLOT.unpack_from(self.slot, 0)
        while True:
            again = _SLOT.unpack_from(self.slot, 0)
            if again == seen:
                break
            seen = again
        started, number = seen
        # The slot may still hold the previous file's last check for a moment after that file's
        # result came back: counting from no earlier than the result can delay a kill, never
        # make one early.
        return number, max(started, self.since)

    def message(self) -> Optional[bytes]:
        if len(self.buffer) < _LENGTH.size:
            return None
        (size,) = _LENGTH.unpack_from(self.buffer, 0)
        if len(self.buffer) < _LENGTH.size + size:
            return None
        return bytes(self.buffer[_LENGTH.size:_LENGTH.size + size])

    def kill(self) -> int:
        """SIGKILL the child (if still there), reap it, close its pipes; its wait status."""
        self.end()
        return self.reap()

    def end(self) -> None:
        """SIGKILL the child (if still there) and close its pipes, without waiting for it."""
        if self.slot.closed:
            return
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        for fd in (self.task_w, self.result_r):
            _PARENT_FDS.discard(fd)
            try:
                os.close(fd)
            except OSError:
                pass
        self.slot.close()

    def reap(self) -> int:
        self.reaped = True
        try:
            _, status = os.waitpid(self.pid, 0)
        except ChildProcessError:
            status = 0
        return status


def _child(task_r: int, result_w: int, slot: mmap.mmap, work: Callable[[int], object]) -> None:  # pragma: no cover
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # Now that both are set, the mask the run started with (the parent holds back SIGINT and
    # SIGTERM across a fork and blocks SIGPIPE for its writes: a plugin must inherit neither).
    _release(_CALLER_MASK)
    from prosecheck import runner

    current = [-1]

    def step(number: int) -> None:
        # The start first: a reader between the two writes sees the new start with the old
        # number, which can delay a kill by one check, never cause an early one.
        _START.pack_into(slot, 0, time.monotonic())
        _NUMBER.pack_into(slot, 8, number)
        current[0] = number

    runner.step_hook = step
    while True:
        data = _read_exact(task_r, _INDEX.size)
        if data is None:  # the parent closed the pipe (or died): nothing more to do
            return
        (index,) = _INDEX.unpack(data)
        step(-1)  # reading and parsing the next file (the parent may have sent it long ago)
        try:
            payload = pickle.dumps(("ok", work(index)), pickle.HIGHEST_PROTOCOL)
        except BaseException as exc:  # noqa: BLE001 - reported by the parent, by file
            # With the check it was in: by the time the parent reads this, the slot may already
            # show the next file.
            payload = pickle.dumps(("error", f"{type(exc).__name__}: {exc}", current[0]),
                                   pickle.HIGHEST_PROTOCOL)
        message = _LENGTH.pack(len(payload)) + payload
        view = memoryview(message)
        while view:
            view = view[os.write(result_w, view):]


def _read_exact(fd: int, n: int) -> Optional[bytes]:  # pragma: no cover - runs in the child
    data = b""
    while len(data) < n:
        chunk = os.read(fd, n - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def describe_status(status: int) -> str:
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        return f"was killed by {name}"
    if os.WIFEXITED(status):
        return f"exited with code {os.WEXITSTATUS(status)}"
    return "stopped"


def _hold_interrupts() -> Optional[set]:
    """Block SIGINT and SIGTERM in this thread; the mask to give back to ``_release``."""
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})


def _release(mask: Optional[set]) -> None:
    if mask is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _block_sigpipe() -> Optional[set]:
    """Block SIGPIPE in this thread; the signal mask it had (None: no signal masks here).

    Python ignores SIGPIPE, but a program that embeds prosecheck (or starts it) may restore the
    default action, which kills the process without a word when it writes to a pipe nobody
    reads: a child that has just died as the parent sends it its next file. Blocked, the write
    fails with EPIPE instead, and the dead child is reported for the file it was on.
    """
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGPIPE})


def _restore_mask(old: Optional[set]) -> None:
    """Put back the mask ``_block_sigpipe`` found, first discarding the SIGPIPEs our writes left
    pending (once unblocked, the default action would kill the process for them)."""
    if old is None:
        return
    if signal.SIGPIPE not in old:
        if hasattr(signal, "sigtimedwait"):
            while signal.sigtimedwait({signal.SIGPIPE}, 0) is not None:
                pass
        else:  # macOS has no sigtimedwait; sigwait returns at once for a pending signal
            while signal.SIGPIPE in signal.sigpending():
                signal.sigwait({signal.SIGPIPE})
    signal.pthread_sigmask(signal.SIG_SETMASK, old)


#: Children killed at the end of a ``reap_later`` run and not yet waited for.
_ENDED: list = []


def reap_ended() -> None:
    """Wait for the children a ``reap_later`` run killed (each is gone or going: no hang)."""
    while _ENDED:
        _ENDED.pop().reap()


class Terminated(KeyboardInterrupt):
    """SIGTERM: handled as an interruption, so the workers are ended and nothing half is written."""


def _terminate(signum, frame):
    raise Terminated()


def run_isolated(
    count: int,
    work: Callable[[int], object],
    jobs: int,
    timeout: float,
    on_result: Callable[[int, object], None],
    on_death: Callable[[int, int, str], None],
    on_hang: Callable[[int, int], None],
    order: Optional[list[int]] = None,
    reap_later: bool = False,
) -> None:
    """Call ``work(i)`` for every ``i`` in ``range(count)`` in at most ``jobs`` forked children.

    ``on_result(i, result)`` receives each result; ``on_death(i, check_number, how)`` is called
    for a file whose child died (``check_number`` is -1 while reading and parsing) or raised
    (``how`` then holds the exception); ``on_hang(i, check_number)`` for a file whose check ran
    past ``timeout + GRACE`` seconds (``timeout <= 0``: no hard limit). ``order``: the indexes
    in the order to hand them out (default: ``range(count)``). ``reap_later``: when every file
    is answered, the children are killed but not waited for; the caller calls ``reap_ended()``
    (the next ``run_isolated`` does it too). On an exception they are always reaped here.
    """
    reap_ended()
    pending = list(range(count - 1, -1, -1)) if order is None else list(reversed(order))  # popped from the end
    idle: list[_Worker] = []
    born: list[_Worker] = []  # every child made, so that none outlives the run
    busy: dict[int, _Worker] = {}  # result fd -> worker
    jobs = max(1, min(jobs, count))
    old_term = None
    try:
        old_term = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread: the caller handles termination
        pass
    # Answers read but not yet unpickled: unpickled a few at a time (see _UNPICKLE_BATCH).
    unread: list = []

    def settle() -> None:
        for index, payload in unread:
            kind, value, *number = pickle.loads(payload)
            if kind == "ok":
                on_result(index, value)
            else:
                on_death(index, number[0], f"raised {value}")
        unread.clear()

    global _CALLER_MASK
    old_mask = _CALLER_MASK = _block_sigpipe()
    try:
        while pending or busy:
            while pending and len(busy) < jobs:
                worker = idle.pop() if idle else _Worker(work, born)
                worker.send(pending.pop())
                busy[worker.result_r] = worker
            # One more file behind each child's current one while more files wait than there
            # are children (at the end, a file queued behind a long one would keep an idle child
            # waiting).
            for worker in busy.values():
                if len(pending) <= jobs:
                    break
                if len(worker.queue) < 2:
                    worker.send(pending.pop())
            # (Half a second at most while answers wait to be unpickled: progress is shown soon.)
            wait = 0.5 if timeout > 0 or unread else None
            ready, _, _ = select.select(list(busy), [], [], wait)
            if not ready:
                settle()  # nothing came: the parent is idle, and these answers are not kept waiting
            for fd in ready:
                worker = busy[fd]
                chunk = os.read(fd, 1 << 20)
                if not chunk:  # the child is gone
                    number, _ = worker.step()
                    del busy[fd]
                    status = worker.kill()
                    pending.extend(reversed(worker.unstarted()))
                    on_death(worker.queue[0], number, describe_status(status))
                    continue
                worker.buffer += chunk
                while (answer := worker.answered()) is not None:
                    unread.append(answer)
                if len(unread) >= _UNPICKLE_BATCH:
                    settle()
                if not worker.queue:
                    del busy[fd]
                    idle.append(worker)
            if timeout > 0:
                now = time.monotonic()
                for fd, worker in list(busy.items()):
                    number, started = worker.step()
                    if now - started > timeout + GRACE:
                        del busy[fd]
                        worker.kill()
                        pending.extend(reversed(worker.unstarted()))
                        on_hang(worker.queue[0], number)
        settle()
        if reap_later:
            # Every file answered: the children are ended now and reaped by reap_ended(). The
            # kernel frees a killed child's memory before waitpid returns (5 to 17 ms for two
            # workers, one after the other), so waiting here kept the parent from the reduce
            # while the other core sat idle; this way the two overlap.
            for worker in born:
                if not worker.reaped:
                    worker.end()
                    _ENDED.append(worker)
                    worker.reaped = True
    finally:
        for worker in born:
            if not worker.reaped:
                worker.kill()
        _restore_mask(old_mask)
        if old_term is not None:
            signal.signal(signal.SIGTERM, old_term)
