"""Draws the SP101 corpus sample: 40 of the findings (lines of prosecheck output) at random, with a fixed seed.

Usage: prosecheck CORPUS --select SP101 --isolated --no-cache > findings.txt; python3 draw_sp101_sample.py findings.txt
"""
import random, sys
lines = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8") if " SP101 " in l]
random.seed(20261130)
sample = sorted(random.sample(lines, 40))
print(len(lines), "findings", file=sys.stderr)
for l in sample:
    print(l)
