"""Time on hostile inputs at a quarter, half and full size: growth must be linear.

    .venv/bin/python benchmarks/hostile.py            # all cases, all checks
    .venv/bin/python benchmarks/hostile.py stars      # one case

Prints seconds per size and the ratio full/quarter (about 4 for linear growth; 16 would be
quadratic). The same inputs, scaled down, are tests in tests/test_hostile_inputs.py.
"""

from __future__ import annotations

import os
import sys
import time

from prosecheck.testing import lint

# The same generators as the test suite's, at full size (k = 1) or a fraction of it.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
from test_hostile_inputs import FULL  # noqa: E402

CASES = dict(FULL)
CASES["ten_megabytes"] = lambda k: "# Notes\n\n" + (
    "The service stores every record twice, and a nightly job compares the copies. " * 6 + "\n\n"
) * (20_000 // k)


def main(argv: list) -> int:
    names = argv or list(CASES)
    lint("Warm up the dictionaries once. " * 20)  # load-once costs are not the input's
    print(f"{'case':24} {'MB':>6} {'1/4 s':>8} {'1/2 s':>8} {'full s':>8} {'full/(1/4)':>11}")
    for name in names:
        make = CASES[name]
        times = []
        for k in (4, 2, 1):
            text = make(k)
            t0 = time.perf_counter()
            found = lint(text, path=f"{name}.md")
            times.append(time.perf_counter() - t0)
            failures = [d for d in found if d.code.startswith("PC")]
            if failures:
                print(f"  {name}: {failures[0].code} {failures[0].message}")
        size = len(make(1).encode()) / 1e6
        print(f"{name:24} {size:6.2f} {times[0]:8.2f} {times[1]:8.2f} {times[2]:8.2f} {times[2] / max(times[0], 1e-9):11.1f}",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
