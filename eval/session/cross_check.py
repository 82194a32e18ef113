"""The lead's held-out check between a session's new sets, after their merges: documents equal by
sha256 and sentences over 60 characters shared, between each pair. Prints counts only (the sets
are sealed until their one score: no text is printed).

usage: python3 eval/session/cross_check.py DIR DIR [DIR ...]"""
import hashlib
import itertools
import re
import sys
from pathlib import Path

SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+")


def sentences(path):
    text = " ".join(path.read_text(encoding="utf-8", errors="replace").split())
    return {s for s in SENTENCE_END.split(text) if len(s) > 60}


def folder(path):
    files = sorted(p for p in Path(path).rglob("*") if p.is_file())
    return ({hashlib.sha256(p.read_bytes()).hexdigest() for p in files},
            set().union(*(sentences(p) for p in files)) if files else set(), len(files))


if __name__ == "__main__":
    seen = {d: folder(d) for d in sys.argv[1:]}
    for a, b in itertools.combinations(sys.argv[1:], 2):
        (ha, sa, na), (hb, sb, nb) = seen[a], seen[b]
        print(f"{Path(a).name} ({na} files) / {Path(b).name} ({nb} files): "
              f"{len(ha & hb)} equal documents, {len(sa & sb)} shared sentences over 60 characters")
