"""prosecheck.genre: is a document technical writing, by the computing words of its prose
(issue 11, twentieth session)."""

from prosecheck import genre
from prosecheck.document import parse


def test_computing_words_per_thousand():
    doc = parse("d.md", "Install the package, then edit the configuration file.\n")
    # install, package, configuration, file: 4 of 8 words
    assert genre.computing_rate(doc.blocks) == 500.0
    assert parse("d.md", "").technical is False
    assert genre.computing_rate([]) == 0.0


def test_threshold_separates_documentation_from_speech():
    speech = "We will rebuild our roads and bridges, and we will keep our promise to every family. " * 20
    assert parse("s.txt", speech).technical is False
    readme = speech + "Run the install command to get the latest version of the package.\n"
    # 5 computing words (run, install, command, version, package) in 332 words: 15.06 per 1,000
    assert round(genre.computing_rate(parse("r.md", readme).blocks), 1) == 15.1
    assert parse("r.md", readme).technical is True


def test_code_is_not_read():
    """Only prose counts: words in a code block are no evidence of genre (nor of anything)."""
    text = "A short note about roads.\n\n```\ninstall package file version\n```\n"
    assert parse("c.md", text).technical is False


def test_a_short_note_needs_three_computing_words():
    assert parse("d.md", "Edit the file.\n").technical is False
    assert parse("d.md", "Edit the file, then install the package.\n").technical is True


def test_computed_once():
    doc = parse("d.md", "Install the package from its source.\n")
    assert doc.technical is True
    doc.blocks.clear()  # the answer is kept: asked again, it is not recomputed
    assert doc.technical is True
