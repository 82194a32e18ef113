"""The fix of LK103: a #fragment that names no anchor, when exactly one anchor is a close match.

The destination is found in the source as written (after the link's ``[``, or in its reference
definition) and only its fragment is replaced, so the rest of the link keeps every byte. When the
destination holds escapes or entities, or cannot be found verbatim, no fix is offered.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.fixes import SAFE, Fix, replacement

_SEARCH = 4096  # how far after the link's start its destination may be written
_ENDS = frozenset(" \t\n)>\"'")


def fragment_fix(doc, link, anchor: str) -> Optional[Fix]:
    dest = link.destination.strip()
    hash_at = dest.find("#")
    if hash_at < 0 or "\\" in dest or "&" in dest or any(c in anchor for c in " \t\n()<>\\&"):
        return None
    starts = [link.offset] + sorted(r.offset for r in doc.references.values() if r.destination == link.destination)
    text = doc.text
    for start in starts:
        at = text.find(dest, start, start + len(link.text) + len(dest) + _SEARCH)
        end = at + len(dest)
        if at < 0 or (end < len(text) and text[end] not in _ENDS):
            continue
        old = dest[hash_at:]
        return replacement(doc, at + hash_at, end, "#" + anchor, f'Change "{old}" to "#{anchor}"', SAFE)
    return None
