"""Native code for the hottest steps, each with its pure-Python path kept as the fallback and the
reference (issue 14, twenty-sixth and twenty-seventh sessions).

``split`` is the C module ``_split`` (the word split's per-word work: see word_split.py), or None
when it was not built (an install without a C compiler: ``setup.py`` builds it as an optional
extension) or when the environment variable ``PROSECHECK_PURE_PYTHON`` is set to anything but
"" or "0" (the tests run both paths; worker processes inherit it). ``boiler`` is the C module
``_boiler`` (boilerplate's per-paragraph analysis: see checks/boilerplate.py, twenty-seventh
session), None on the same terms; it also refuses to load where the interpreter's tuple hash is not
the one it computes. Callers read them at call time, so a test may set any of them to None.

``build`` is the C module ``_build`` (the Document builder's walk over the parser's events: see
markdown_prose.py), or None on the same terms. ``trigger`` is the C module ``_trigger`` (the
language checks' trigger search: see checks/trigger_search.py, twenty-eighth session), or None on
the same terms. ``readability`` is the C module ``_readability`` (readability's two per-character
scans, the hyphenation points of a word the syllable lexicon lacks and the separators of a list
written inline: see checks/syllables.py and checks/readability.py, twenty-ninth session), or None on
the same terms. ``spell`` is the C module ``_spell`` (spelling's two passes over every word: see
checks/spelling.py, twenty-ninth session), or None on the same terms.

A module is also None when its C source sits beside it (a source checkout, an editable install) and
is not the source it was built from (``SOURCE_DIGEST``, stamped by setup.py): an edit of the .c
file, or of a header it includes (ints.h, thirtieth session), not yet rebuilt. Running the old build
would test and ship code that is no longer in the file; the Python path runs instead and stderr says
once what to do. The digest is digests.source_digest, the one function setup.py stamps with.
"""

from __future__ import annotations

import importlib
import os
import sys
from types import ModuleType
from typing import Optional

from prosecheck._native.digests import source_digest


def __getattr__(name: str):
    # _HERE, the folder of the sources, as a Path: made when asked for (a test points it at a
    # folder of its own), so that a run does not import pathlib for it (issue 14, sixty-third
    # session); _load follows the same folder as a string.
    if name == "_HERE":
        from pathlib import Path

        return Path(__file__).parent
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _load(name: str) -> Optional[ModuleType]:
    if os.environ.get("PROSECHECK_PURE_PYTHON", "") not in ("", "0"):
        return None
    try:
        module = importlib.import_module("prosecheck._native." + name)
    except ImportError:  # not built (or, for _boiler, another tuple hash): the Python path
        return None
    # the folder a test set as _HERE, else this file's: joined as strings, the name is the one
    # Path(__file__).parent / name printed
    source = os.path.join(globals().get("_HERE") or os.path.dirname(__file__), name + ".c")
    try:
        stale = os.path.isfile(source) and getattr(module, "SOURCE_DIGEST", "") != source_digest(source)
    except OSError:  # an unreadable source or header: nothing to compare with, as with no source
        stale = False
    if stale:
        sys.stderr.write("prosecheck: %s (or a header it includes) was edited after its C module was built; "
                         "using the slower Python path. Rebuild with: pip install -e .\n" % source)
        return None
    return module


split = _load("_split")
boiler = _load("_boiler")
build = _load("_build")
trigger = _load("_trigger")
readability = _load("_readability")
spell = _load("_spell")
