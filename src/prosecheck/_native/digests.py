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

import os
import re
from typing import TYPE_CHECKING, Optional

# Every run of a source checkout or an installed package (which ships the .c files) computes the
# digest of each of the six modules' sources at start-up (issue 14, sixty-third session): through
# hashlib and pathlib that was about 40 M instructions of a one-file run of 713 M, most of it
# importing the two modules (hashlib loads OpenSSL). _sha256 is the module hashlib itself falls
# back to, the same SHA-256; the usual names ("ints.h") are followed as strings, without pathlib.
try:
    from _sha256 import sha256
except ImportError:  # an interpreter without it (3.12 calls it _sha2)
    from hashlib import sha256

if TYPE_CHECKING:
    from pathlib import Path

# A quoted include (as the preprocessor reads one: "#  include" too), counted when only spaces and
# tabs come before it on its line (_included_names). With that test in the pattern
# (rb'^[ \t]*#...', re.M) the search tried every position of the 170 kB of sources, about 15 M
# instructions of every run; a pattern opening on "#" is searched for as a literal. The matches
# are the same: neither pattern crosses a line, and on a line only the first "#" can be one.
_INCLUDE = re.compile(rb'#[ \t]*include[ \t]*"([^"\n]+)"')


def _included_names(data: bytes) -> list[bytes]:
    return [m.group(1) for m in _INCLUDE.finditer(data)
            if not data[data.rfind(b"\n", 0, m.start()) + 1:m.start()].strip(b" \t")]

# A header named by its file name alone, in the including file's folder: for these, joining the
# folder and the name as strings finds the file pathlib's ``parent / name`` finds, and equal
# strings are equal paths. Any other name (a folder in it, "./", "..") takes the pathlib route.
_PLAIN_NAME = re.compile(rb"[A-Za-z0-9_][A-Za-z0-9_.+-]*\Z")


def _read(path: str) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def _plain_headers(path: str) -> Optional[list[str]]:
    """included_headers on strings, or None when a name is not plain (see _PLAIN_NAME)."""
    folder, own = os.path.split(path)
    queue, known = [path], {path}
    for source in queue:  # every plain name is in the first file's folder
        for name in _included_names(_read(source)):
            if not _PLAIN_NAME.match(name) or name == os.fsencode(own):  # (the file itself: its
                return None  # string may not be the one a join makes, as pathlib's are)
            header = os.path.join(folder, name.decode("utf-8", "surrogateescape"))
            if header not in known:
                known.add(header)
                queue.append(header)
    return queue[1:]


def included_headers(path: Path) -> list[Path]:
    """The headers ``path`` includes with ``#include "..."``, then the headers those include, each
    once, in the order met. Raises OSError when one cannot be read (a header the compiler would not
    find either)."""
    from pathlib import Path

    path = Path(path)
    queue, known = [path], {path}
    for source in queue:  # the queue grows as headers are met: each file is read once
        for name in _included_names(source.read_bytes()):
            header = source.parent / name.decode("utf-8", "surrogateescape")
            if header not in known:
                known.add(header)
                queue.append(header)
    return queue[1:]


def source_digest(path: Path | str) -> str:
    """sha256 of the C source ``path``'s bytes, then of each header it includes (included_headers:
    the header's name, then its bytes), 16 hex digits."""
    source = os.fspath(path)
    digest = sha256(_read(source))
    headers = _plain_headers(source)
    if headers is None:
        headers = [os.fspath(h) for h in included_headers(path)]
    for header in headers:
        digest.update(b"\0" + os.path.basename(header).encode("utf-8", "surrogateescape") + b"\0")
        digest.update(_read(header))
    return digest.hexdigest()[:16]
