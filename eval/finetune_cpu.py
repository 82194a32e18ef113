#!/usr/bin/env python3
"""CPU cost of the fine-tuned claim model (eval/finetune.py), for the record: it is not shipped.

usage: python3 eval/finetune_cpu.py FOLDER [--model FILE] [--files N]

Prints, in CPU seconds of this process (time.process_time: one thread, so the machine's load
changes it less than wall time):
  load       importing torch and transformers, loading the base weights and the trained part;
  rules      parsing the first N Markdown/text files of FOLDER and running the superlative and
             hedging checks (what the linter does today), per MB;
  candidates the claim model's candidates of those files (eval/crossval.py's), per MB;
  model      the fine-tuned model on those candidates (frozen layers and the trained part), per MB.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "src"))


def files_under(folder: str) -> list:
    """The Markdown and text files under ``folder``, sorted (eval/finetuned_exe.py's walk;
    not imported from it, which imports torch at once and would hide its import time)."""
    out = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out.extend(os.path.join(root, n) for n in sorted(names) if n.endswith((".md", ".markdown", ".mdown", ".txt")))
    return out


def main(argv: list) -> int:
    parser = argparse.ArgumentParser(prog="finetune_cpu.py")
    parser.add_argument("folder")
    parser.add_argument("--model", default=os.path.join(os.environ.get("FINETUNE_DIR", "/work/data/finetune"), "claim_finetuned.pt"))
    parser.add_argument("--files", type=int, default=300)
    args = parser.parse_args(argv)
    import crossval
    from finetune import example
    from prosecheck.check import Context
    from prosecheck.checks import hedging, superlatives
    from prosecheck.document import parse

    files = files_under(args.folder)[: args.files]
    assert "torch" not in sys.modules
    texts = []
    for p in files:
        with open(p, encoding="utf-8", errors="replace") as fh:
            texts.append((p, fh.read()))
    mb = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6
    checks = [superlatives.Superlatives(), hedging.Hedging()]
    options = {c.name: {k: o.default for k, o in c.options.items()} for c in checks}
    t = time.process_time()
    parsed = []
    for p, text in texts:
        doc = parse(p, text)
        context = Context(root=os.path.dirname(p))
        parsed.append((doc, context, [d for c in checks for d in c.check(doc, options[c.name], context)]))
    rules = time.process_time() - t
    t = time.process_time()
    cands = [c for doc, context, diags in parsed for c in crossval.document_candidates(doc, context, diags)]
    candidates = time.process_time() - t
    t = time.process_time()
    import finetune_model as ft

    ft.base()
    top, _ = ft.load(args.model)
    load = time.process_time() - t
    t = time.process_time()
    ft.predict(top, ft.encode([example(c) for c in cands]))
    model = time.process_time() - t
    print("%d files, %.2f MB, %d candidates" % (len(texts), mb, len(cands)))
    print("load        %.2f s CPU (once per process)" % load)
    print("rules       %.3f s CPU per MB" % (rules / mb))
    print("candidates  %.3f s CPU per MB" % (candidates / mb))
    print("model       %.3f s CPU per MB (%.2f ms a candidate)" % (model / mb, 1000 * model / max(1, len(cands))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
