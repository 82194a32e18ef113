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

    best_pass = best_run = float("inf")
    for _ in range(args.runs):
        t0 = time.perf_counter()
        for path, text in texts:
            rewritten, facts = dialects.rewrite_for_file(text, path)
        t_pass = time.perf_counter() - t0
        t0 = time.perf_counter()
        for path, text in texts:
            lint_document(parse(path, text, filename=path), reg, settings, checks)
        t_run = time.perf_counter() - t0
        best_pass, best_run = min(best_pass, t_pass), min(best_run, t_run)
    chars = sum(len(t) for _, t in texts)
    print(f"{len(texts)} files, {chars / 1e6:.2f} M characters, dialect setting {args.dialect!r}")
    print(f"dialect pass: {best_pass:.3f} s; whole per-file work (dialect pass included): {best_run:.3f} s; "
          f"share {100 * best_pass / best_run:.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
