"""UTF-8 byte offsets (the Markdown parser's) to character offsets (the Document's).

ASCII text needs nothing. Otherwise the text is encoded once and its non-ASCII characters are
found in C on the bytes (one ``bytes.translate``, then ``find`` and ``count``): a regular
expression for them had no fast scan and cost some 45 instructions a character. One entry per run
of non-ASCII characters of one width (``é``, ``日本語``): where it starts in bytes and in
characters, its length and width. Nothing is kept per character.

Between two runs every byte offset is its character offset less one number (the bytes the runs
before it add), so the parser's offsets, which mostly stay between the same two runs from one
event to the next, are converted by :meth:`Utf8Offsets.region`'s range and a subtraction; the
bisection is needed only when an offset leaves that range.
"""

from __future__ import annotations

from bisect import bisect_right

#: Each byte's kind: 0 ASCII, 1 a continuation byte, 2, 3 or 4 the first byte of a character of
#: that many bytes.
_KIND = bytes(0 if b < 0x80 else 1 if b < 0xC0 else 2 if b < 0xE0 else 3 if b < 0xF0 else 4
              for b in range(256))

#: Past every offset of a document.
END = 1 << 62


class Utf8Offsets:
    """Byte offsets in ``text.encode()`` to character offsets in ``text``."""

    __slots__ = ("identity", "byte_starts", "runs")

    def __init__(self, text: str) -> None:
        self.identity = text.isascii()
        self.byte_starts: list[int] = []
        #: ``(byte start, character start, characters, width, bytes)`` of each run.
        self.runs: list[tuple[int, int, int, int, int]] = []
        if self.identity:
            return
        # Lone surrogates raise here as they would in the parser (the same UnicodeEncodeError).
        data = text.encode()
        kinds = data.translate(_KIND)
        find = kinds.find
        total = len(kinds)
        byte_starts = self.byte_starts
        runs = self.runs
        extra = 0  # bytes minus characters before the current run
        # A run starts at the next first byte of a 2-, 3- or 4-byte character and ends at the next
        # ASCII byte: each found by bytes.find (memchr), the next of each width searched for again
        # only once passed (one translate and a few finds, not a second translate to mark them).
        next2, next3, next4 = find(2), find(3), find(4)
        end = 0
        while True:
            if 0 <= next2 < end:
                next2 = find(2, end)
            if 0 <= next3 < end:
                next3 = find(3, end)
            if 0 <= next4 < end:
                next4 = find(4, end)
            b = min(next2 if next2 >= 0 else total, next3 if next3 >= 0 else total,
                    next4 if next4 >= 0 else total)
            if b >= total:
                break
            end = find(0, b)
            if end < 0:
                end = total
            width = kinds[b]
            # One width throughout (the usual case): its first bytes alone fill the stretch.
            j = end if kinds.count(width, b, end) * width == end - b else b + width
            while True:
                while j < end and kinds[j] == width:  # split where the width changes (é then 日)
                    j += width
                size = j - b
                n = size // width
                byte_starts.append(b)
                runs.append((b, b - extra, n, width, size))
                extra += size - n
                if j >= end:
                    break
                b = j
                width = kinds[b]
                j = b + width

    def region(self, b: int) -> tuple[int, int, int]:
        """``(lo, hi, shift)``: every byte offset from ``lo`` to ``hi`` (both included), ``b``
        among them, is the character offset ``offset - shift``."""
        if self.identity:
            return 0, END, 0
        i = bisect_right(self.byte_starts, b) - 1
        runs = self.runs
        if i < 0:  # before the first run
            return 0, self.byte_starts[0], 0
        b0, c0, n, width, size = runs[i]
        d = b - b0
        if d == 0:  # a run's first byte closes the stretch of ASCII before it
            return (runs[i - 1][0] + runs[i - 1][4] if i else 0), b0, b0 - c0
        if d < size:  # inside a run: this offset alone
            return b, b, b - (c0 + d // width)
        lo = b0 + size
        return lo, (runs[i + 1][0] if i + 1 < len(runs) else END), lo - (c0 + n)

    def __call__(self, b: int) -> int:
        if self.identity:
            return b
        return b - self.region(b)[2]
