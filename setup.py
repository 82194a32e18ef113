"""The build's one part that pyproject.toml cannot say: the optional C extension.

``prosecheck._native._split`` (the word split's per-word work, issue 14) is built from the
package's own source by the machine's C compiler when ``pip install`` (or ``pip install -e .``)
runs. ``optional=True``: without a compiler the install still succeeds, and prosecheck runs its
pure-Python path, which gives the same results (tests/test_native_split.py).
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "prosecheck._native._split",
            ["src/prosecheck/_native/_split.c"],
            optional=True,
        ),
        Extension(
            "prosecheck._native._build",
            ["src/prosecheck/_native/_build.c"],
            optional=True,
        ),
    ]
)
