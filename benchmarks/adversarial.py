"""Adversarial documents, per shape at N and 4N units, timed per check: growth must be linear.

    .venv/bin/python benchmarks/adversarial.py                 # every shape, every check
    .venv/bin/python benchmarks/adversarial.py boosters quotes  # some shapes
    .venv/bin/python benchmarks/adversarial.py -c hedging       # one check (or several, -c a,b)
    .venv/bin/python benchmarks/adversarial.py -n 2000          # N (default: each shape's own)

Each shape makes one document of ``n`` units (one long sentence of a check's trigger words with
no full stop, many headings, footnotes, reference definitions, table cells, repeated
paragraphs...). For every check the document is parsed and split into words and sentences
(untimed), then ``lint_document`` runs that check alone (timed, the cross-file reduce included;
the best of ``--repeat`` runs).
The ratio is time(4N) / time(N): about 4 is linear, 16 quadratic; over about 6 is flagged ``!``.
The vocabularies come from the rule data (checks/data/*.tsv), so a new entry is tried too.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from itertools import cycle, islice

from prosecheck.check import Context
from prosecheck.config import check_options
from prosecheck.document import parse
from prosecheck.plugins import load_registry
from prosecheck.runner import Settings, lint_document, reduce_results
from prosecheck.selection import Selector

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "prosecheck", "checks", "data")


def vocabulary(name: str) -> list[str]:
    """The entries (first column) of checks/data/<name>.tsv, in file order."""
    out = []
    with open(os.path.join(DATA, name + ".tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            entry = line.split("\t", 1)[0].strip()
            if entry and not entry.startswith(("(", "[")):
                out.append(entry)
    return out


def _words(vocab: list[str], n: int, joiner: str = ", ") -> str:
    """``n`` entries of ``vocab`` (cycled) joined into one sentence with no full stop."""
    return "The report " + joiner.join(islice(cycle(vocab), n)) + "\n"


FIRST = ["Alice", "Bruno", "Chen", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana"]
LAST = ["Smith", "Okafor", "Novak", "Lindqvist", "Moreau", "Tanaka", "Rossi", "Kowalski"]


def _name(i: int) -> str:
    """A distinct capitalised two-word name per ``i`` (letters only)."""
    tail = "".join(chr(ord("a") + int(d)) for d in str(i))
    return f"{FIRST[i % len(FIRST)]} {LAST[i % len(LAST)]}{tail}"


def shapes(vocab: dict) -> dict:
    """Shape name -> (make(n), default n). Units are words, items or blocks as the shape says."""
    sl, pc, hd, bo, we = vocab["superlatives"], vocab["peacock"], vocab["hedges"], vocab["boosters"], vocab["weasel"]
    mixed = [w for group in zip(cycle(sl), cycle(pc), cycle(hd), bo, cycle(we)) for w in group]
    return {
        # One long sentence (a paragraph with no full stop) of each vocabulary.
        "superlatives": (lambda n: _words(sl, n), 1500),
        "peacock": (lambda n: _words(pc, n), 1500),
        "hedges": (lambda n: _words(hd, n), 1500),
        "boosters": (lambda n: _words(bo, n), 1500),
        "weasel": (lambda n: _words(we, n), 1500),
        "all_vocabularies": (lambda n: _words(mixed, n), 1500),
        "boosters_no_commas": (lambda n: _words(bo, n, " "), 1500),
        "the_best_repeated": (lambda n: "It is " + "the best, " * n + "\n", 2000),
        "clearly_repeated": (lambda n: "It " + "clearly works, " * n + "\n", 2000),
        "quotes_said": (lambda n: "".join(f'"It is the best tool," said {_name(i)}, ' for i in range(n)) + "\n", 1000),
        "quotes_only": (lambda n: 'He wrote ' + '"the fastest" and ' * n + "\n", 2000),
        "unnamed_speakers": (lambda n: "It works, " + "an official said, and " * n + "\n", 1500),
        "estimates": (lambda n: "There " + "were an estimated 6,500 people and " * n + "\n", 1500),
        "nobody_would": (lambda n: "It " + "is true and nobody would use it and " * n + "\n", 1000),
        # A trigger inside its context, repeated: the tests a trigger reaches only in its frame
        # (nineteenth session: each read the sentence per trigger).
        "in_fact_in_verb": (lambda n: "It " + "does in fact work and " * n + "\n", 1000),
        "indeed_in_verb": (lambda n: "It " + "is indeed good and " * n + "\n", 1000),
        "nobody_should": (lambda n: "It " + "is true and nobody should be faster and " * n + "\n", 1000),
        "simplest_repeated": (lambda n: "It " + "is one of the simplest and " * n + "\n", 1500),
        "we_know": (lambda n: "It works " + "and we know this works " * n + "\n", 1000),
        "you_know": (lambda n: "It works " + "and you already know this works " * n + "\n", 1000),
        "if_you_then_claims": (lambda n: "If you want speed, " + "Harbor is the fastest parser and " * n + "\n", 1000),
        "results_rankings": (lambda n: "## Results\n\n" + "Harbor: 4.373\n\nQuay is the fastest router.\n\n" * n, 1000),
        "names": (lambda n: "We thank " + ", ".join(_name(i) for i in range(n)) + "\n", 2000),
        "names_said": (lambda n: "".join(f"{_name(i)} said it clearly works, " for i in range(n)) + "\n", 1000),
        "according_to": (lambda n: "".join(f"according to {_name(i)} it is the best, " for i in range(n)) + "\n", 1000),
        "numbers": (lambda n: "It grew " + ", ".join(f"{i}% to {i * 7},000 users in {1990 + i % 30}" for i in range(n)) + "\n", 1500),
        "years_and_studies": (lambda n: "".join(f"studies show ({_name(i)}, {1990 + i % 30}) " for i in range(n)) + "\n", 1000),
        "links_one_sentence": (lambda n: "See " + " and ".join(f"[the best {i}](https://example.com/{i})" for i in range(n)) + "\n", 1500),
        "links_many_paragraphs": (lambda n: "".join(f"The [best tool](https://example.com/{i}) clearly works.\n\n" for i in range(n)), 1500),
        "local_links": (lambda n: "".join(f"See [file {i}](docs/missing-{i}.md).\n\n" for i in range(n)), 1500),
        # Structure.
        "headings": (lambda n: "".join(f"# Heading {i}\n\nThe best tool clearly works.\n\n" for i in range(n)), 1500),
        "same_heading": (lambda n: "".join("## Usage\n\nSee [usage](#usage).\n\n" for _ in range(n)), 1500),
        "fragment_links": (lambda n: "".join(f"# H{i}\n\n" for i in range(n)) + "".join(f"[h](#h{i}) " for i in range(n)) + "\n", 1500),
        "footnotes": (lambda n: "".join(f"The best tool[^{i}] clearly works.\n\n" for i in range(n))
                      + "".join(f"[^{i}]: Smith, {1990 + i % 30}.\n" for i in range(n)), 1500),
        "reference_definitions": (lambda n: "".join(f"[ref{i}]: https://example.com/{i}\n" for i in range(n))
                                  + " ".join(f"[x][ref{i}]" for i in range(0, n, 2)) + "\n", 2000),
        "undefined_references": (lambda n: " ".join(f"[x][nope{i}]" for i in range(n)) + "\n", 2000),
        "html_anchors": (lambda n: "".join(f'<a id="a{i}"></a>\n<h2 id="b{i}">B</h2>\n\n' for i in range(n))
                         + " ".join(f"[a](#a{i})" for i in range(n)) + "\n", 1500),
        "list_items": (lambda n: "".join(f"- the best item {i} clearly\n" for i in range(n)), 2000),
        "nested_lists": (lambda n: "".join("  " * (i % 200) + "- the best item\n" for i in range(n)), 1000),
        "nested_quotes": (lambda n: "".join("> " * (i % 100) + "the best quote clearly\n" for i in range(n)), 1000),
        "table_long_row": (lambda n: "| " + " | ".join(f"best {i}" for i in range(n)) + " |\n|"
                           + "---|" * n + "\n| " + " | ".join("clearly" for _ in range(n)) + " |\n", 1500),
        "table_many_rows": (lambda n: "| a | b |\n|---|---|\n" + "".join(f"| the best {i} | clearly |\n" for i in range(n)), 2000),
        "huge_word": (lambda n: "The " + "x" * (200 * n) + " is the best\n", 1000),
        "huge_misspelt_words": (lambda n: "The " + " ".join("qz" + chr(97 + i % 26) * (i % 40 + 3) for i in range(n)) + "\n", 2000),
        "distinct_unknown_words": (lambda n: "The " + " ".join(f"zq{_name(i).split()[1].lower()}" for i in range(n)) + "\n", 2000),
        "repeated_words": (lambda n: "It is " + "the the " * n + "\n", 2000),
        "repeated_paragraphs": (lambda n: "The service stores every record twice and is the best.\n\n" * n, 1500),
        "near_duplicate_paragraphs": (lambda n: "".join(f"The service number {i} stores every record twice, and a nightly job compares the copies.\n\n" for i in range(n)), 1500),
        "repeated_sentences_one_paragraph": (lambda n: "The service stores every record twice. " * n + "\n", 2000),
        "long_paragraph_of_sentences": (lambda n: "".join(f"Item {i} is the best. It clearly works. " for i in range(n)) + "\n", 1500),
        "inline_code_and_emphasis": (lambda n: " ".join(f"`x{i}` *the best* **clearly**" for i in range(n)) + "\n", 1500),
        "html_inline": (lambda n: " ".join(f"<span>the best {i}</span>" for i in range(n)) + "\n", 1500),
        "code_blocks": (lambda n: "".join(f"Text {i} is the best.\n\n```\ncode the best\n```\n\n" for i in range(n)), 1500),
        "sections_with_boosters": (lambda n: "".join(f"## S{i}\n\nIt clearly and obviously works. It surely is.\n\n" for i in range(n)), 1000),
    }


def time_checks(text: str, reg, checks, repeat: int = 1) -> dict:
    """Seconds per check (best of ``repeat``) on ``text``, parsing and splitting untimed."""
    out = {}
    for check in checks:
        values = {c.name: check_options(c.name, c.options, {}, "bench") for c in reg.checks}
        settings = Settings(Selector(select=list(check.codes)), values, Context(root=os.getcwd(), all_options=values),
                            root=os.getcwd())
        settings.timeout = 0  # no time limit: the point is to see the cost
        best = None
        for _ in range(repeat):
            doc = parse("adversarial.md", text, filename=os.path.join(os.getcwd(), "adversarial.md"))
            doc.sentences  # split before the clock starts: the split is shared by every check
            t0 = time.perf_counter()
            found = reduce_results([lint_document(doc, reg, settings, [check])], reg, settings)
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
        failures = [d for d in found if d.code.startswith("PC")]
        out[check.name] = (best, len(found), failures[0].message if failures else "")
    return out


def main(argv: list) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("shapes", nargs="*")
    ap.add_argument("-c", "--checks", default="", help="comma-separated check names (default: all)")
    ap.add_argument("-n", type=int, default=0, help="N units (default: each shape's own)")
    ap.add_argument("--factor", type=int, default=4)
    ap.add_argument("--limit", type=float, default=6.0, help="flag ratios above this")
    ap.add_argument("--repeat", type=int, default=2, help="best of this many runs per size (a loaded machine)")
    args = ap.parse_args(argv)
    vocab = {name: vocabulary(name) for name in ("superlatives", "peacock", "hedges", "boosters", "weasel")}
    table = shapes(vocab)
    names = args.shapes or list(table)
    reg = load_registry()
    wanted = [c for c in args.checks.split(",") if c]
    checks = [c for c in reg.checks if not wanted or c.name in wanted]
    time_checks("Warm up the dictionaries once. It is the best and clearly works. " * 20, reg, checks)
    print(f"{'shape':34} {'check':13} {'KB N':>7} {'N s':>7} {'4N s':>7} {'ratio':>6}  findings N/4N")
    flagged = []
    for name in names:
        make, default_n = table[name]
        n = args.n or default_n
        small, large = make(n), make(n * args.factor)
        t_small = time_checks(small, reg, checks, args.repeat)
        t_large = time_checks(large, reg, checks, args.repeat)
        for check in checks:
            a, fa, ea = t_small[check.name]
            b, fb, eb = t_large[check.name]
            # Below a few milliseconds the ratio is noise: floor both at 5 ms.
            ratio = max(b, 0.005) / max(a, 0.005)
            mark = " !" if ratio > args.limit else ""
            if mark:
                flagged.append((name, check.name, ratio))
            print(f"{name:34} {check.name:13} {len(small.encode()) / 1e3:7.1f} {a:7.3f} {b:7.3f} {ratio:6.1f}{mark}  "
                  f"{fa}/{fb} {ea or eb}", flush=True)
    print("\nsuper-linear:", ", ".join(f"{s}/{c} {r:.1f}x" for s, c, r in flagged) or "none")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
