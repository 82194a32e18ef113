#!/usr/bin/env python3
"""Runs prosecheck and keeps only its warning-tier (and error) findings: a stand-in PROSECHECK for
the scorers, to measure the warning tier alone.

  python3 ../shared/eval/news-dev/score.py "eval/judged/warning_tier.py" /work/data/news-dev-docs
  python3 eval/real-docs/score.py eval/judged/warning_tier.py /work/data/real-docs --split all

The prosecheck it runs is $PROSECHECK, else .venv/bin/prosecheck. Only --format json is filtered.
"""
import json
import os
import subprocess
import sys

exe = os.environ.get("PROSECHECK", ".venv/bin/prosecheck")
proc = subprocess.run([exe, *sys.argv[1:]], capture_output=True, text=True)
sys.stderr.write(proc.stderr)
if "json" in sys.argv:
    findings = json.loads(proc.stdout or "[]")
    json.dump([f for f in findings if f.get("severity") != "info"], sys.stdout)
else:
    sys.stdout.write(proc.stdout)
sys.exit(proc.returncode)
