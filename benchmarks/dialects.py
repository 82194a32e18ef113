"""What the dialect pass (prosecheck.dialects) costs: its own time against a whole run's.

    python3 benchmarks/dialects.py FOLDER [--dialect auto|mkdocs|myst|docusaurus|gfm] [--runs 3]

For every Markdown file under FOLDER: the time of ``rewrite_for_file`` (site detection, the quick
search for idioms, the rewrite) and of ``Facts.apply``, against the time of the whole per-file work
of a run (decode, parse, every built-in check). Prints both totals and their ratio. One process,
no cache, best of ``--runs``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--dialect", default="auto")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    from prosecheck import dialects
    from prosecheck.check import Context
    from prosecheck.config import check_options
    from prosecheck.decoding import decode
    from prosecheck.document import parse
    from prosecheck.plugins import load_registry
    from prosecheck.runner import Settings, enabled_checks, lint_document
    from prosecheck.selection import Selector

    root = os.path.abspath(args.folder)
    dialects.configure(args.dialect, root)
    files = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files += [os.path.join(folder, n) for n in sorted(names) if n.endswith((".md", ".mdx", ".markdown"))]
    texts = []
    for path in files:
        with open(path, "rb") as f:
            text, _ = decode(f.read())
        if text is not None:
            texts.append((path, text))
    reg = load_registry()
    values = {c.name: check_options(c.name, c.options, {}, "defaults") for c in reg.checks}
    settings = Settings(Selector(), values, Context(root=root, all_options=values), root=root)
    checks = enabled_checks(reg, settings.selector)
    for c in checks:
        c.prepare(values[c.name], settings.context)

    lookups = _time_lookups()
    best_pass = best_run = best_lookups = float("inf")
    for _ in range(args.runs):
        _clear_caches(args.dialect, root)  # each run starts cold, as a run of the command does
        t0 = time.perf_counter()
        for path, text in texts:
            rewritten, facts = dialects.rewrite_for_file(text, path)
        t_pass = time.perf_counter() - t0
        _clear_caches(args.dialect, root)
        lookups[0] = 0.0
        t0 = time.perf_counter()
        for path, text in texts:
            lint_document(parse(path, text, filename=path), reg, settings, checks)
        t_run = time.perf_counter() - t0
        best_pass, best_run = min(best_pass, t_pass), min(best_run, t_run)
        best_lookups = min(best_lookups, lookups[0])
    chars = sum(len(t) for _, t in texts)
    print(f"{len(texts)} files, {chars / 1e6:.2f} M characters, dialect setting {args.dialect!r}")
    print(f"dialect pass: {best_pass:.3f} s; the checks' dialect lookups (anchors, site URLs, included "
          f"files, abbreviations): {best_lookups:.3f} s; whole per-file work (both included): {best_run:.3f} s; "
          f"share {100 * (best_pass + best_lookups) / best_run:.1f} %")
    return 0


def _time_lookups() -> list:
    """Wrap what the links and spelling checks ask of the dialect, adding its time to ``total[0]``
    (a lookup that parses an included or linked file counts that parse too)."""
    from prosecheck.checks import links, spelling

    total = [0.0]

    def timed(fn):
        def wrapper(*a, **kw):
            t0 = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                total[0] += time.perf_counter() - t0
        return wrapper

    for module, names in ((links, ("autoref", "document_file", "extra_anchors", "included_definitions",
                                   "project_url", "site_target")), (spelling, ("abbreviations",))):
        for name in names:
            setattr(module, name, timed(getattr(module, name)))
    return total


def _clear_caches(dialect: str, root: str) -> None:
    from prosecheck import dialects
    from prosecheck.dialects import anchors, docusaurus_links

    dialects.configure(dialect, root)
    anchors._CACHE.clear()
    for fn in (anchors._site_labels, anchors._uses_intersphinx, docusaurus_links._docs_pages,
               docusaurus_links._docs_route):
        fn.cache_clear()


if __name__ == "__main__":
    sys.exit(main())
