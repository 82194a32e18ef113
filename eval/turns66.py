#!/usr/bin/env python3
"""What voice.others_blocks' transcript reading hides in the corpus (trace66, sixty-sixth session).

usage: python3 eval/turns66.py [CORPUS_DIR]   (default /work/bench/corpus)

eval/context66.py found one defect among the causes of findings lost to their document: a page's
field labels (lopper's Scofield 1-3 John: ``WRITER:``, ``DATE:``, ``THEME:`` in each book's
introduction) or a chronicle's months (dado's libcurl history: ``August:``, ``October:``) read as a
transcript's speakers, so every block after a label other than the page's first is a guest's
turn. This checks, for every corpus file with three or more paragraphs opening with a capitalised
label and a colon, the language findings (superlatives and hedging, in this process as
context66 runs them) with the transcript's turns left out of voice.others_blocks (headings, block
quotes that are not callouts, bold subheadings, quotations running on, verse and an interview's
answers kept) against the findings as
they are, and lists the findings the turns hide. Figures at the sixty-sixth session's start: one
file (npm dashdash's README, ``TODO:`` labels four times then ``Caveat:``), one finding hidden
(SL101 info ``is the easiest mistake for the user to recover from``, wrong: a design choice
explained).
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import context66  # noqa: E402  (puts this tree's src first, through crossval)
from prosecheck.checks import interview, voice  # noqa: E402
from prosecheck.document import parse  # noqa: E402

_LABELS = re.compile(r"^\W{0,2}[A-Z][\w .'-]{0,40}\W{0,2}:", re.M)


def _without_turns(doc) -> frozenset:
    keep = set()
    for b in doc.blocks:
        if (b.kind == "heading" or (b.containers and "blockquote" in b.containers and not voice._admonition(doc, b))
                or (b.start_line == b.end_line and voice._bold_subheading(doc, b))
                or (b.prose[:1] in voice._OPENING_QUOTES and voice._runs_on_quotation(b.prose))
                or voice.is_verse(doc.lines, b)):
            keep.add(id(b))
    keep.update(id(b) for b in interview.answer_blocks(doc))
    return frozenset(keep)


def main(argv):
    root = argv[0] if argv else "/work/bench/corpus"
    files = hidden_total = 0
    for fn in sorted(os.listdir(root)):
        path = os.path.join(root, fn)
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except (UnicodeDecodeError, OSError):
            continue
        if len(_LABELS.findall(text)) < 3:
            continue
        doc = parse(path, text)
        if not voice.others_blocks(doc):
            continue
        speakers = [s for s in (voice._speaker(b.prose) for b in doc.blocks
                                if b.kind == "paragraph" and ":" in b.prose[:50]) if s]
        if len(speakers) < 3:
            continue
        found = {(d.line, d.col, d.code, d.severity) for d in context66.run(doc, root)}
        bare = parse(path, text)
        voice._CACHE[bare] = _without_turns(bare)
        hidden = sorted({(d.line, d.col, d.code, d.severity) for d in context66.run(bare, root)} - found)
        if hidden:
            files += 1
            hidden_total += len(hidden)
            print(fn, Counter(speakers).most_common(6))
            for h in hidden:
                print("   ", h, doc.lines[h[0] - 1].strip()[:160])
    print("%d files, %d findings hidden by transcript turns" % (files, hidden_total))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
