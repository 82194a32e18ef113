"""Native code for the hottest steps that are not the parser, each with its pure-Python path kept as
the fallback and the reference (issue 14, twenty-sixth session).

``split`` is the C module ``_split`` (the word split's per-word work: see word_split.py), or None
when it was not built (an install without a C compiler: ``setup.py`` builds it as an optional
extension) or when the environment variable ``PROSECHECK_PURE_PYTHON`` is set to anything but
"" or "0" (the tests run both paths; worker processes inherit it). ``boiler`` is the C module
``_boiler`` (boilerplate's per-paragraph analysis: see checks/boilerplate.py, twenty-seventh
session), None on the same terms; it also refuses to load where the interpreter's tuple hash is not
the one it computes. Callers read both at call time, so a test may set either to None.
"""

from __future__ import annotations

import os

split = None
if os.environ.get("PROSECHECK_PURE_PYTHON", "") in ("", "0"):
    try:
        from prosecheck._native import _split as split
    except ImportError:  # not built: the Python path
        split = None

boiler = None
if os.environ.get("PROSECHECK_PURE_PYTHON", "") in ("", "0"):
    try:
        from prosecheck._native import _boiler as boiler
    except ImportError:  # not built, or another tuple hash: the Python path
        boiler = None
