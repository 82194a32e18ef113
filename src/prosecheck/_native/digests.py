"""The digest a C module of prosecheck._native is stamped with: what its build was made from.

One function for both sides. setup.py stamps each module with it (``SOURCE_DIGEST``) and
``prosecheck._native`` compares a loaded module's stamp with it, to leave a module whose source
changed after its build. setup.py loads this file by its path, not as ``prosecheck._native.digests``:
importing the package would import prosecheck's dependencies, which a build need not have. So this
module imports only the standard library, and nothing of prosecheck.

The digest covers the .c file and the headers it includes from its own folder (thirtieth session:
_boiler.c, _trigger.c and _spell.c share ints.h): an edit of a header marks every module that
includes it stale, as an edit of the module's .c file does. The headers are the ``#include "..."``
lines (quoted; ``<...>`` are the system's and Python's), read from the folder of the file that
includes them, and theirs in turn, each once. A .c file with no such line has the digest it had
before headers were counted: sha256 of its bytes.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

# A quoted include at the start of a line (as the preprocessor reads one: "#  include" too).
_INCLUDE = re.compile(rb'^[ \t]*#[ \t]*include[ \t]*"([^"\n]+)"', re.M)


def included_headers(path: Path) -> list[Path]:
    """The headers ``path`` includes with ``#include "..."``, then the headers those include, each
    once, in the order met. Raises OSError when one cannot be read (a header the compiler would not
    find either)."""
    queue, known = [path], {path}
    for source in queue:  # the queue grows as headers are met: each file is read once
        for name in _INCLUDE.findall(source.read_bytes()):
            header = source.parent / name.decode("utf-8", "surrogateescape")
            if header not in known:
                known.add(header)
                queue.append(header)
    return queue[1:]


def source_digest(path: Path) -> str:
    """sha256 of the C source ``path``'s bytes, then of each header it includes (included_headers:
    the header's name, then its bytes), 16 hex digits."""
    digest = hashlib.sha256(path.read_bytes())
    for header in included_headers(path):
        digest.update(b"\0" + header.name.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(header.read_bytes())
    return digest.hexdigest()[:16]
