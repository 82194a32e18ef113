"""The README's "What it prints" block is the real output of its quick-start command: this test
runs the command and compares, so the page cannot drift from what prosecheck prints."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_readme_shows_the_real_output_of_the_quick_start_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## What it prints"):]
    shown = re.search(r"```\n(.*?)```\n", section, re.S).group(1)
    proc = subprocess.run([sys.executable, "-m", "prosecheck", "examples", "--no-cache"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    # stdout first, then the one stderr line the page says comes last.
    assert proc.stdout + proc.stderr == shown
