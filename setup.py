"""The build's one part that pyproject.toml cannot say: the optional C extensions.

``prosecheck._native._split`` (the word split's per-word work), ``_boiler`` (boilerplate's
per-paragraph analysis), ``_build`` (the Document builder's walk over the parser's events),
``_trigger`` (the language checks' trigger search), ``_readability`` (readability's
hyphenation points and inline-list separators) and ``_spell`` (spelling's passes over every word), issue 14, are built from the package's own source by the machine's C compiler when ``pip install`` (or
``pip install -e .``) runs. ``optional=True``: without a compiler the install still succeeds, and
prosecheck runs its pure-Python paths, which give the same results (tests/test_native_*.py).

Each module carries the digest of the source it was built from (``SOURCE_DIGEST``): its .c file and
the headers that file includes from ``_native/`` (``ints.h``, thirtieth session).
``prosecheck._native`` leaves a module whose sources beside it have changed since (an editable
install after an edit of the .c file or of a header, before a rebuild) and says so, instead of
running old code. The digest is ``prosecheck/_native/digests.py``'s ``source_digest``, loaded here
by its path: importing the package would import its dependencies, which the build does not install.
The headers are also each Extension's ``depends``, so that build_ext rebuilds a module after an edit
of a header alone (it compares files' times, not the digest); MANIFEST.in ships them in the sdist.
"""

import importlib.util
from pathlib import Path

from setuptools import Extension, setup

_NATIVE = Path(__file__).resolve().with_name("src") / "prosecheck" / "_native"


def _digests():
    spec = importlib.util.spec_from_file_location("_prosecheck_native_digests", _NATIVE / "digests.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_DIGESTS = _digests()


def _native(name: str) -> Extension:
    source = _NATIVE / (name + ".c")
    headers = _DIGESTS.included_headers(source)
    return Extension("prosecheck._native." + name, ["src/prosecheck/_native/%s.c" % name], optional=True,
                     depends=["src/prosecheck/_native/%s" % h.relative_to(_NATIVE).as_posix() for h in headers],
                     define_macros=[("PROSECHECK_SOURCE_DIGEST", '"%s"' % _DIGESTS.source_digest(source))])


setup(ext_modules=[_native("_split"), _native("_boiler"), _native("_build"), _native("_trigger"), _native("_readability"),
                   _native("_spell")])
