"""What a check is: its codes, its options, and the three steps the runner calls.

A plugin's ``prosecheck_checks`` hook returns instances of :class:`Check` subclasses. The runner
calls :meth:`Check.check` once per document (in whichever process the document lands in) and, for
checks that look across files, :meth:`Check.collect` per document and :meth:`Check.finish` once at
the end with every summary (a map and a reduce, so the result is the same with any ``--jobs``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Iterable, Mapping, Optional, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from prosecheck.diagnostics import Diagnostic
    from prosecheck.document import Document


@dataclass(frozen=True)
class Reshuffle:
    """What ``Check.reduce_shuffled`` returns to ask for another round of the shuffle."""

    kept: Any  # given back to this partition's next call as ``kept`` (stays on its worker)
    pairs: list  # ``[(key, item), ...]`` sent to the partitions of their keys


@dataclass(frozen=True)
class Code:
    """One diagnostic code: ``summary`` is the one line ``--list-checks`` shows."""

    summary: str
    severity: str = "warning"  # "error", "warning" or "info"
    #: Full documentation in Markdown ("What it does / Why is this bad? / Example / Use instead").
    #: Built-in codes keep theirs in prosecheck/codedocs/<CODE>.md instead.
    docs: str = ""


@dataclass(frozen=True)
class Option:
    """One configuration option of a check, read from ``[tool.prosecheck.<check name>]``.

    ``type`` is one of ``int``, ``float``, ``bool``, ``str``, ``list[str]``; ``choices`` limits a
    ``str`` option to a set of values. ``validate``, if given, is called with a value of the right
    type when the configuration is read and returns what is wrong with it in a writer's words, or
    None: a mistake is then a configuration error before any file is read, not a crash of the
    check on every file, nor a setting that silently does nothing.
    """

    type: str
    default: Any
    help: str = ""
    choices: tuple = ()
    validate: Optional[Callable[[Any], Optional[str]]] = None


@dataclass(frozen=True)
class Context:
    """Run-wide facts a check may need beyond the document itself."""

    #: The project root: the folder of the configuration file, else the git top level, else cwd.
    root: str = "."
    #: Options of every check, by check name (a check normally reads only its own).
    all_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    #: The codes this run reports; empty means every code. A check may skip work for the rest.
    selected: frozenset = frozenset()
    #: The user allowed (on the command line) reading and stat-ing files outside ``root``; a
    #: repository's own files may not make prosecheck look there (docs/security.md).
    allow_outside_root: bool = False

    def is_selected(self, code: str) -> bool:
        return not self.selected or code in self.selected


class Check:
    """Base class for checks. Subclasses set ``name``, ``codes`` and ``options``."""

    #: Short name; also its configuration table: ``[tool.prosecheck.<name>]``.
    name: ClassVar[str] = ""
    #: Every code the check can emit, with its one-line summary and severity.
    codes: ClassVar[Mapping[str, Code]] = {}
    #: Option name -> declaration. Values reach ``check`` as a plain dict, defaults filled in.
    options: ClassVar[Mapping[str, Option]] = {}
    #: True when the check implements ``collect``/``finish`` (it looks across files).
    cross_file: ClassVar[bool] = False

    def validate_options(self, options: Mapping[str, Any]) -> Sequence[str]:
        """Problems with option values beyond their type (``["'similarity' must be 0..1"]``).

        Called once when configuration is read; each problem stops the run with exit code 2 and a
        message naming the configuration file, before any document is checked.
        """
        return ()

    def validate_context(self, options: Mapping[str, Any], context: Context) -> Sequence[str]:
        """Problems only the run's context shows: a file an option names that cannot be read.

        Called once after :meth:`validate_options`, with the project root known, before any
        document; each problem stops the run with exit code 2, as for ``validate_options``.
        """
        return ()

    def prepare(self, options: Mapping[str, Any], context: Context) -> None:
        """Load what the check needs (a dictionary, say) before documents arrive.

        For prosecheck's own checks, called once in the main process before worker processes are
        forked, so they share what it loaded. A plugin's check is not prepared there (a plugin
        that crashes must cost one worker, not the run: docs/security.md), so ``check`` must work
        without it, loading what it needs on first use.
        """

    def check(self, doc: "Document", options: Mapping[str, Any], context: Context) -> Iterable["Diagnostic"]:
        """Diagnostics for one document. Use ``doc.diagnostic(...)`` to build them."""
        return ()

    def collect(self, doc: "Document", options: Mapping[str, Any], context: Context) -> Any:
        """A small, picklable summary of one document for :meth:`finish` (cross-file checks)."""
        return None

    def finish(
        self, summaries: Sequence[tuple[str, Any]], options: Mapping[str, Any], context: Context
    ) -> Iterable["Diagnostic"]:
        """Diagnostics that need every document: ``summaries`` is ``[(path, summary), ...]``."""
        return ()

    # Optional, for a reduce that runs on a cluster (``--executor dask``) without bringing every
    # summary to one process. A check that defines ``shuffle`` defines all three; the local run
    # still calls ``finish``, and both must report the same (docs/writing-a-plugin.md).

    #: Set by checks that define the three methods below.
    shuffle: ClassVar[Any] = None

    def reduce_shuffled(self, buckets: Mapping[Any, list], options: Mapping[str, Any], context: Context,
                        kept: Any = None) -> Any:
        """One partition's part: ``buckets`` maps each shuffle key to every item sent to it.

        Or a :class:`Reshuffle`: another round, in which every partition is called again with
        the pairs the previous round sent it (routed by key as the first round's) and what it
        ``kept``. Every partition of a round must answer alike (all parts, or all Reshuffles).
        """
        raise NotImplementedError

    def finish_shuffled(self, parts: Sequence[Any], options: Mapping[str, Any], context: Context) -> Iterable["Diagnostic"]:
        """The diagnostics, from every partition's part (on the client)."""
        raise NotImplementedError

    # Optional too: how one worker's ``[(key, item), ...]`` for one partition travels. The default
    # sends them as they are (pickled); a check may pack them smaller, as long as
    # ``unpack_shuffled(pack_shuffled(pairs))`` gives the same pairs back (their order may change).
    def pack_shuffled(self, pairs: list) -> Any:
        return pairs

    def unpack_shuffled(self, packed: Any) -> Iterable[tuple]:
        return packed
