"""Native code for the hottest steps, each with its pure-Python path kept as the fallback and the
reference (issue 14, twenty-sixth and twenty-seventh sessions).

``split`` is the C module ``_split`` (the word split's per-word work: see word_split.py), or None
when it was not built (an install without a C compiler: ``setup.py`` builds it as an optional
extension) or when the environment variable ``PROSECHECK_PURE_PYTHON`` is set to anything but
"" or "0" (the tests run both paths; worker processes inherit it). Callers read ``split`` at call
time, so a test may set it to None.

``build`` is the C module ``_build`` (the Document builder's walk over the parser's events: see
markdown_prose.py), or None on the same terms.
"""

from __future__ import annotations

import os

split = None
if os.environ.get("PROSECHECK_PURE_PYTHON", "") in ("", "0"):
    try:
        from prosecheck._native import _split as split
    except ImportError:  # not built: the Python path
        split = None

build = None
if os.environ.get("PROSECHECK_PURE_PYTHON", "") in ("", "0"):
    try:
        from prosecheck._native import _build as build
    except ImportError:  # not built: the Python path
        build = None
