"""BLAKE2b, the hash of the result cache and of boilerplate's passages.

``hashlib`` loads OpenSSL when it is imported (2.5 ms, a fortieth of a one-file run) though its
``blake2b`` is CPython's own ``_blake2``; that module is imported directly where it exists.
"""

from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # another Python implementation
    from hashlib import blake2b

__all__ = ["blake2b"]
