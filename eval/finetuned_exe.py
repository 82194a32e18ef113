#!/usr/bin/env python3
"""A stand-in PROSECHECK for the scorers: the rules, with SL101, HC101 and HC102 judged by the
fine-tuned model (eval/finetune.py --final), to score a set with it:

  python3 eval/<set>/score.py eval/finetuned_exe.py /work/data/<set>
  python3 ../shared/eval/news-dev/score.py eval/finetuned_exe.py /work/data/news-dev-docs
  PROSECHECK=eval/finetuned_exe.py python3 eval/<set>/score.py eval/judged/warning_tier.py /work/data/<set>
      (its warning tier alone)

It runs the rules' prosecheck ($PROSECHECK_RULES, else .venv/bin/prosecheck) with the arguments given,
then, for every Markdown and text file under the paths given, finds the claim model's
candidates with this repository's checks (src/, default options, as eval/crossval.py does),
judges them with the model ($FINETUNE_MODEL, else /work/data/finetune/claim_finetuned.pt) and
its thresholds (every kept rule finding, at most one added finding per sentence), and puts the
model's SL101, HC101 and HC102 findings in place of the rules'. Everything else (HC103, other
codes) is the rules' output as it is. Only --format json is re-judged; needs torch and the
[finetune] extra: run by a python3 without torch, it runs itself again with $FINETUNE_PYTHON, else
.venv/bin/python.
"""
import json
import os
import subprocess
import sys

try:
    import torch  # noqa: F401
except ImportError:
    if not os.environ.get("_FINETUNE_REEXEC"):
        os.environ["_FINETUNE_REEXEC"] = "1"
        python = os.environ.get("FINETUNE_PYTHON", ".venv/bin/python")
        os.execv(python, [python, os.path.abspath(__file__), *sys.argv[1:]])
    raise

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "src"))

EXTENSIONS = (".md", ".markdown", ".mdown", ".txt")
JUDGED = ("SL101", "HC101", "HC102")


def files_under(paths: list) -> list:
    out = []
    for p in paths:
        if os.path.isfile(p):
            out.append(p)
            continue
        for root, dirs, names in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            out.extend(os.path.join(root, n) for n in sorted(names) if n.endswith(EXTENSIONS))
    return out


def rejudge(paths: list, model_path: str) -> dict:
    """path -> the model's findings (the scorer's JSON fields) for every file under ``paths``."""
    import crossval
    from finetune import example
    from prosecheck.check import Context
    import finetune_model as ft
    from prosecheck.checks import hedging, superlatives
    from prosecheck.document import parse

    top, thresholds = ft.load(model_path)
    checks = [superlatives.Superlatives(), hedging.Hedging()]
    options = {c.name: {k: o.default for k, o in c.options.items()} for c in checks}
    per_file, cands = {}, []
    for path in files_under(paths):
        with open(path, encoding="utf-8", errors="replace") as fh:
            doc = parse(path, fh.read())
        context = Context(root=os.path.dirname(path) or ".")
        diags = [d for c in checks for d in c.check(doc, options[c.name], context)]
        for c in crossval.document_candidates(doc, context, diags):
            c["doc"] = path
            cands.append(c)
        per_file[path] = []
    probs = ft.predict(top, ft.encode([example(c) for c in cands])) if cands else []
    for f in crossval.model_findings(cands, probs, thresholds):
        per_file[f["doc"]].append(dict(path=f["doc"], line=f["line"], col=f["col"], end_line=None, end_col=None,
                                       code=f["code"], severity=f["severity"],
                                       message="judged a claim by the fine-tuned model", plugin="claim-finetuned",
                                       fix=None))
    return per_file


def main(argv: list) -> int:
    exe = os.environ.get("PROSECHECK_RULES", ".venv/bin/prosecheck")
    proc = subprocess.run([exe, *argv], capture_output=True, text=True)
    sys.stderr.write(proc.stderr)
    if "json" not in argv or proc.returncode not in (0, 1):
        sys.stdout.write(proc.stdout)
        return proc.returncode
    findings = json.loads(proc.stdout or "[]")
    skip = {"--format", "--output-file", "--config", "--stdin-filename", "--cache-dir", "--jobs", "--timeout"}
    paths, i = [], 0
    while i < len(argv):
        a = argv[i]
        if a in skip:
            i += 2
            continue
        if not a.startswith("-"):
            paths.append(a)
        i += 1
    model = os.environ.get("FINETUNE_MODEL", "/work/data/finetune/claim_finetuned.pt")
    judged = rejudge(paths, model)
    norm = lambda p: os.path.normpath(p)  # noqa: E731
    mine = {norm(p) for p in judged}
    out = [f for f in findings if not (f.get("code") in JUDGED and norm(f.get("path", "")) in mine)]
    for fs in judged.values():
        out.extend(fs)
    out.sort(key=lambda f: (f["path"], f["line"], f["col"], f["code"]))
    json.dump(out, sys.stdout, indent=1)
    # prosecheck's default fail_on: warning and error findings fail the run, info ones do not
    return 1 if any(f.get("severity") in ("warning", "error") for f in out) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
