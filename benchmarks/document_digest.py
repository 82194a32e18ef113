"""One digest per file of everything the parser builds, to show two builds build the same Documents.

For each file of a folder (sorted names): a SHA-1 over every field the builder fills (blocks with
their prose, runs, lines, levels and containers; links, references, duplicates, headings, footnotes,
HTML ids and headings, unresolved references, code lines) and the words and sentences split from
them. Run it with each build's Python and compare the two outputs with ``cmp``:

    PYTHONPATH=/tmp/old/src .venv/bin/python benchmarks/document_digest.py CORPUS old.txt
    .venv/bin/python benchmarks/document_digest.py CORPUS new.txt
    cmp old.txt new.txt

Speed-ups of the builder must leave every line the same. ``--every N`` digests every N-th file.
"""

from __future__ import annotations

import argparse
import hashlib
import os

from prosecheck.decoding import decode
from prosecheck.document import parse


def fields(doc) -> list:
    index = {id(b): i for i, b in enumerate(doc.blocks)}

    def at(block):
        return None if block is None else index.get(id(block))

    out: list = [("B", b.kind, b.start_line, b.end_line, b.prose, tuple(b.runs), b.level, b.containers)
                 for b in doc.blocks]
    out += [("L", k.kind, k.style, k.destination, k.offset, k.text, k.label, k.title, at(k.block),
             k.prose_start, k.prose_end) for k in doc.links]
    out += [("R", key, r.label, r.key, r.destination, r.title, r.line, r.offset)
            for key, r in doc.references.items()]
    out += [("D", r.label, r.key, r.destination, r.title, r.line, r.offset) for r in doc.duplicate_references]
    out += [("H", h.level, h.text, h.anchor, h.offset, h.line, at(h.block), h.explicit_id) for h in doc.headings]
    out += [("F", f.label, f.offset, at(f.block), f.prose_offset) for f in doc.footnote_refs]
    out += [("FL", sorted(doc.footnote_labels)), ("HI", sorted(doc.html_ids)), ("HH", doc.html_headings),
            ("U", [(u.text, u.label, u.offset) for u in doc.unresolved_references]),
            ("C", sorted(doc.code_lines))]
    out += [("W", w.text, at(w.block), w.start, w.offset, w.quoted, w.sentence) for w in doc.words]
    out += [("S", at(s.block), s.start, s.end, s.offset, s.index, s.quoted, s.word_start, s.word_end,
             len(s.words)) for s in doc.sentences]
    # The arrays themselves, and the vocabulary's order (first occurrence), which checks index.
    words, table = doc.words, doc.sentence_table
    out += [("V", words.vocabulary)]
    out += [(name, list(getattr(words, name))) for name in
            ("text_ids", "block_indexes", "starts", "offsets", "sentence_indexes", "quoted_flags")]
    out += [("s" + name, list(getattr(table, name))) for name in
            ("block_indexes", "starts", "ends", "offsets", "quoted_flags", "word_starts", "word_ends")]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("output")
    ap.add_argument("--every", type=int, default=1)
    args = ap.parse_args()
    names = sorted(os.listdir(args.folder))[:: args.every]
    with open(args.output, "w", encoding="utf-8") as out:
        for name in names:
            path = os.path.join(args.folder, name)
            if not os.path.isfile(path):
                continue
            with open(path, "rb") as f:
                text, _ = decode(f.read())
            if text is None:
                out.write(f"{name}\tnot text\n")
                continue
            try:
                digest = hashlib.sha1(repr(fields(parse(path, text, filename=path))).encode()).hexdigest()
            except Exception as exc:  # noqa: BLE001 - a failure is part of what is compared
                digest = f"failed: {type(exc).__name__}: {exc}"[:200]
            out.write(f"{name}\t{digest}\n")


if __name__ == "__main__":
    main()
