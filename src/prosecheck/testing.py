"""A test kit for checks: prosecheck's own tests and third-party plugin packages use it alike.

Lint a string with chosen plugins and options::

    from prosecheck.testing import lint, lines

    def test_flags_utilize():
        found = lint("We utilize it.\\n", plugins=[my_plugin], options={"house-style": {...}})
        assert lines(found) == ["1:4: HS101 ..."]

Fixture files: a document ``name.md`` (or ``.txt``) beside ``name.md.expected``, which holds the
exact diagnostics it must produce, one per line as ``LINE:COL: CODE message``; an optional
``name.md.toml`` holds settings in ``.prosecheck.toml`` form (``select``, ``ignore`` and check
tables). :func:`fixture_paths` lists them for ``pytest.mark.parametrize`` and
:func:`assert_fixture` compares. Set ``PROSECHECK_UPDATE_FIXTURES=1`` to write the ``.expected``
files from what the checks produce now (then read every change before committing it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence, Union

from prosecheck.check import Context
from prosecheck.config import check_options
from prosecheck.diagnostics import Diagnostic
from prosecheck.document import parse
from prosecheck.plugins import Registry, load_registry
from prosecheck.runner import Settings, enabled_checks, lint_document, reduce_results
from prosecheck.selection import Selector

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

PluginSpec = Union[str, object]
UPDATE_ENV = "PROSECHECK_UPDATE_FIXTURES"


def registry(plugins: Optional[Sequence[PluginSpec]] = None) -> Registry:
    """A fresh registry: the installed entry points when ``plugins`` is None, else only these.

    ``plugins`` items are modules, objects with hook implementations, or importable module names.
    """
    if plugins is None:
        return load_registry()
    extra = tuple(
        (p if isinstance(p, str) else getattr(p, "__name__", f"plugin{i}"), p) for i, p in enumerate(plugins)
    )
    reg = load_registry(extra=extra, autoload=False)
    if reg.errors:
        raise RuntimeError("; ".join(f"{n}: {m}" for n, m in reg.errors))
    return reg


def lint_documents(
    documents: Mapping[str, str],
    *,
    plugins: Optional[Sequence[PluginSpec]] = None,
    options: Optional[Mapping[str, Mapping[str, Any]]] = None,
    select: Optional[Sequence[str]] = None,
    ignore: Sequence[str] = (),
    root: Optional[str] = None,
    reg: Optional[Registry] = None,
) -> list[Diagnostic]:
    """Lint several documents in one run (``{path: text}``), cross-file checks included.

    Paths need not exist; a check that looks at the file system resolves them against ``root``
    (default: the current folder).
    """
    reg = reg or registry(plugins)
    root = root or os.getcwd()
    values = {
        c.name: check_options(c.name, c.options, (options or {}).get(c.name, {}), "test options")
        for c in reg.checks
    }
    for c in reg.checks:
        problems = list(c.validate_options(values[c.name]) or ())
        if problems:
            raise ValueError(f"[{c.name}] " + "; ".join(problems))
    unknown = set(options or {}) - {c.name for c in reg.checks}
    if unknown:
        raise ValueError(f"options given for checks that are not loaded: {sorted(unknown)}")
    settings = Settings(Selector(select=select, ignore=ignore), values, Context(root=root, all_options=values), root=root)
    checks = enabled_checks(reg, settings.selector)
    results = []
    for path, text in documents.items():
        filename = path if os.path.isabs(path) else os.path.join(root, path)
        doc = parse(path, text, filename=filename)
        results.append(lint_document(doc, reg, settings, checks))
    return reduce_results(results, reg, settings)


def lint(text: str, path: str = "doc.md", **kwargs: Any) -> list[Diagnostic]:
    """Lint one string; keyword arguments as for :func:`lint_documents`."""
    return lint_documents({path: text}, **kwargs)


def lines(diagnostics: Iterable[Diagnostic], with_path: bool = False) -> list[str]:
    """``["LINE:COL: CODE message", ...]``, the form ``.expected`` files use."""
    out = []
    for d in diagnostics:
        head = f"{d.path}:" if with_path else ""
        out.append(f"{head}{d.line}:{d.col}: {d.code} {d.message}")
    return out


def codes(diagnostics: Iterable[Diagnostic]) -> list[tuple[int, int, str]]:
    """``[(line, col, code), ...]``: for tests that pin positions but not wording."""
    return [(d.line, d.col, d.code) for d in diagnostics]


def fixture_paths(folder: Union[str, Path]) -> list[Path]:
    """Every document in ``folder`` that has an ``.expected`` file beside it, sorted."""
    folder = Path(folder)
    return sorted(p for p in folder.iterdir() if p.suffix in (".md", ".txt") and Path(f"{p}.expected").exists())


def _fixture_settings(doc_path: Path) -> dict:
    toml_path = Path(f"{doc_path}.toml")
    if not toml_path.exists():
        return {}
    with open(toml_path, "rb") as f:
        return tomllib.load(f)


def run_fixture(doc_path: Union[str, Path], **kwargs: Any) -> list[str]:
    """The diagnostics a fixture document produces now, as ``.expected`` lines."""
    doc_path = Path(doc_path)
    settings = _fixture_settings(doc_path)
    options = {k: v for k, v in settings.items() if isinstance(v, dict)}
    options.update(kwargs.pop("options", {}) or {})
    found = lint_documents(
        {doc_path.name: doc_path.read_text(encoding="utf-8")},
        options=options,
        select=settings.get("select", kwargs.pop("select", None)),
        ignore=settings.get("ignore", kwargs.pop("ignore", ())),
        root=str(doc_path.parent),
        **kwargs,
    )
    return lines(found)


def assert_fixture(doc_path: Union[str, Path], **kwargs: Any) -> None:
    """Fail unless the document produces exactly the diagnostics of its ``.expected`` file."""
    doc_path = Path(doc_path)
    expected_path = Path(f"{doc_path}.expected")
    got = run_fixture(doc_path, **kwargs)
    if os.environ.get(UPDATE_ENV):
        expected_path.write_text("".join(line + "\n" for line in got), encoding="utf-8")
        return
    expected = [ln for ln in expected_path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert got == expected, _diff(expected, got, doc_path)


def _diff(expected: list, got: list, path: Path) -> str:
    import difflib

    body = "\n".join(difflib.unified_diff(expected, got, "expected", "got", lineterm=""))
    return f"{path}: diagnostics differ from {path.name}.expected\n{body}"


