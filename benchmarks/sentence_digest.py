"""One line per file of the sentences the Document splits, to show two builds split alike.

For each file under the folders given (recursively, sorted paths): a SHA-1 over the sentence
table's arrays (block, start, end, source offset, quoted flag, first and stop word) and each
word's sentence and block, which follow from them. Run it with each build's Python and compare:

    PYTHONPATH=/tmp/old/src .venv/bin/python benchmarks/sentence_digest.py old.txt FOLDER...
    .venv/bin/python benchmarks/sentence_digest.py new.txt FOLDER...
    cmp old.txt new.txt

A change to how sentences are found must leave every line the same. ``--count`` adds each file's
number of sentences (to see that the files compared have some).
"""

from __future__ import annotations

import argparse
import hashlib
import os

from prosecheck.decoding import decode
from prosecheck.document import parse

_TABLE = ("block_indexes", "starts", "ends", "offsets", "quoted_flags", "word_starts", "word_ends")
_WORDS = ("block_indexes", "starts", "offsets", "sentence_indexes")


def digest(doc) -> tuple[str, int]:
    table, words = doc.sentence_table, doc.words
    h = hashlib.sha1()
    for name in _TABLE:
        h.update(name.encode())
        h.update(bytes(getattr(table, name)))
    for name in _WORDS:
        h.update(name.encode())
        h.update(bytes(getattr(words, name)))
    return h.hexdigest(), len(table.starts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output")
    ap.add_argument("folders", nargs="+")
    args = ap.parse_args()
    paths = sorted(os.path.join(d, f) for folder in args.folders for d, _, files in os.walk(folder)
                   for f in files)
    with open(args.output, "w", encoding="utf-8") as out:
        for path in paths:
            with open(path, "rb") as f:
                text, _ = decode(f.read())
            if text is None:
                out.write(f"{path}\tnot text\n")
                continue
            try:
                sha, n = digest(parse(path, text, filename=path))
            except Exception as exc:  # noqa: BLE001 - a failure is part of what is compared
                sha, n = f"failed: {type(exc).__name__}: {exc}"[:200], -1
            out.write(f"{path}\t{sha}\t{n}\n")


if __name__ == "__main__":
    main()
