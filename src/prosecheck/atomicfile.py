"""Writing a file whole or not at all: a temporary file in the same folder, then a rename.

Readers see the old file, no file, or the whole new one: never a torn one, whether two runs write
at once or one is killed half-way. Used by the result cache and by the checks' derived data.
"""

from __future__ import annotations

import os
import tempfile


def write_atomically(path: str, data: bytes) -> bool:
    """Write ``data`` to ``path`` whole or not at all; False when the folder is not writable."""
    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".prosecheck-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError:
        return False
    return True
