#!/usr/bin/env python3
"""Runs prosecheck with --picky, so that every tier is reported (the less-sure findings are hidden
by default since the thirty-first session): a stand-in PROSECHECK for a scorer that does not pass
--picky itself (news-dev's score.py, in ../shared).

  PROSECHECK=.venv/bin/prosecheck python3 ../shared/eval/news-dev/score.py eval/judged/every_tier.py /work/data/news-dev-docs

The prosecheck it runs is $PROSECHECK, else .venv/bin/prosecheck. An older prosecheck, which has no
--picky and reports every tier anyway, is run without it.
"""
import os
import subprocess
import sys

exe = os.environ.get("PROSECHECK", ".venv/bin/prosecheck")
args = [a for a in sys.argv[1:] if a != "--picky"]
proc = subprocess.run([exe, *args, "--picky"], capture_output=True, text=True)
if proc.returncode == 2 and "--picky" in proc.stderr and "unrecognized arguments" in proc.stderr:
    proc = subprocess.run([exe, *args], capture_output=True, text=True)
sys.stderr.write(proc.stderr)
sys.stdout.write(proc.stdout)
sys.exit(proc.returncode)
