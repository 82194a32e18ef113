"""The build's one part that pyproject.toml cannot say: the optional C extensions.

``prosecheck._native._split`` (the word split's per-word work), ``_boiler`` (boilerplate's
per-paragraph analysis), ``_build`` (the Document builder's walk over the parser's events),
``_trigger`` (the language checks' trigger search), ``_readability`` (readability's
hyphenation points and inline-list separators) and ``_spell`` (spelling's passes over every word), issue 14, are built from the package's own source by the machine's C compiler when ``pip install`` (or
``pip install -e .``) runs. ``optional=True``: without a compiler the install still succeeds, and
prosecheck runs its pure-Python paths, which give the same results (tests/test_native_*.py).

Each module carries the digest of the source it was built from (``SOURCE_DIGEST``):
``prosecheck._native`` leaves a module whose source beside it has changed since (an editable
install after an edit of the .c file, before a rebuild) and says so, instead of running old code.
"""

import hashlib
from pathlib import Path

from setuptools import Extension, setup


def _native(name: str) -> Extension:
    source = "src/prosecheck/_native/%s.c" % name
    # the same digest as prosecheck._native.source_digest: sha256 of the file's bytes, 16 hex digits
    digest = hashlib.sha256(Path(__file__).with_name("src").joinpath("prosecheck", "_native", name + ".c").read_bytes()).hexdigest()[:16]
    return Extension("prosecheck._native." + name, [source], optional=True,
                     define_macros=[("PROSECHECK_SOURCE_DIGEST", '"%s"' % digest)])


setup(ext_modules=[_native("_split"), _native("_boiler"), _native("_build"), _native("_trigger"), _native("_readability"),
                   _native("_spell")])
