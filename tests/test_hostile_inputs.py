"""Hostile and broken input: findings or a clear PC diagnostic, never a traceback or a hang.

The suite runs each case at a tenth of its size; the full sizes run under ``-m slow`` (CI runs
them too). Time is measured in benchmarks/, not asserted here.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from prosecheck.testing import lint

FULL = {
    "long_line_no_spaces": lambda n: "a" * (2_000_000 // n) + "\n",
    "long_sentence_no_stop": lambda n: "word " * (160_000 // n),
    "quotation_marks": lambda n: '"' * (300_000 // n),
    "brackets": lambda n: "[" * (100_000 // n) + "]" * (100_000 // n) + "(" * (100_000 // n),
    "nested_blockquotes": lambda n: ">" * (50_000 // n) + " text\n",
    "nested_lists": lambda n: "".join("  " * i + "- item\n" for i in range(3000 // n)),
    "stars_around_a_letter": lambda n: "*" * (200_000 // n) + "a" + "*" * (200_000 // n),
    "heading_of_spaces": lambda n: "# a" + " " * (2_000_000 // n) + "b\n",
    "open_autolink_with_spaces": lambda n: "x <http:" + " a" * (500_000 // n) + "\n",
    "headings_with_links": lambda n: "".join(
        f"# Heading {i}\n\nSee [next](#heading-{i + 1}).\n\n" for i in range(20_000 // n)
    ),
    # Unknown words that occur at every position of the code but never as whole words (SP101's
    # skip_code_words must not look at each occurrence).
    "unknown_words_inside_code": lambda n: "Words: " + " ".join("a" * k for k in range(6, 26)) + ".\n\n```\n"
    + ("a" * 100 + "\n") * (20_000 // n) + "```\n",
}

EXPECTED_CODES = {  # what each case should produce: findings are fine, failures are not
    "long_sentence_no_stop": {"RD101", "SP102"},
    "headings_with_links": {"LK103"},
    "open_autolink_with_spaces": {"RD101", "SP102"},  # one long sentence of "a a a ..."
}


def _check(name: str, text: str) -> None:
    found = lint(text, path=f"{name}.md")
    failures = [d for d in found if d.code.startswith("PC")]
    assert failures == [], failures[:3]
    assert {d.code for d in found} <= EXPECTED_CODES.get(name, set()), {d.code for d in found}
    lines = text.split("\n")
    for d in found:
        assert 1 <= d.line <= len(lines) and 1 <= d.col <= len(lines[d.line - 1]) + 1


@pytest.mark.parametrize("name", sorted(FULL))
def test_scaled_hostile_input(name):
    _check(name, FULL[name](10))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FULL))
def test_full_size_hostile_input(name):
    _check(name, FULL[name](1))


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"", ""),
        (b"   \n\t\n  ", ""),
        ("\ufeffPlain text [x]() here.\n".encode(), "f.md:1:12: LK101"),
        ("Plain text [x]() here.\n".encode("utf-16"), "f.md:1:12: LK101"),
        (b"caf\xe9 [x]()\n", "f.md:1:1: PC001"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "f.md:1:1: PC001"),
    ],
)
def test_encodings_and_empty_files_through_the_cli(tmp_path, data, expected):
    (tmp_path / "f.md").write_bytes(data)
    p = subprocess.run([sys.executable, "-m", "prosecheck", "f.md", "--select", "LK,PC"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=120)
    assert "Traceback" not in p.stderr
    assert p.returncode == (1 if expected else 0)
    assert (p.stdout.split(" ")[0] + " " + p.stdout.split(" ")[1] if p.stdout else "").strip() == expected


def test_file_names_with_spaces_and_non_ascii_letters(tmp_path):
    name = "Résumé notes – draft 1.md"
    (tmp_path / name).write_text("See [x]().\n", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "prosecheck", ".", "--select", "LK"], cwd=tmp_path,
                       capture_output=True, timeout=120, env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    assert p.returncode == 1
    assert p.stdout.decode("utf-8").startswith(f"{name}:1:5: LK101 ")


def test_a_ten_megabyte_document_is_checked(tmp_path):
    paragraph = ("The service stores every record twice, and a nightly job compares the copies. " * 6 + "\n\n")
    text = "# Notes\n\n" + paragraph * (1_000_000 // len(paragraph))  # 1 MB here; 10 MB in benchmarks
    found = lint(text, path="big.md", select=["LK", "SL", "HC", "RD"])
    assert [d for d in found if d.code.startswith("PC")] == []
