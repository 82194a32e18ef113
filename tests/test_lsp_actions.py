"""The edits behind the server's own code actions, on exact lines and files."""

from __future__ import annotations

from prosecheck.lsp.actions import add_word, ignore_in_file, suppress_on_line


def test_suppress_on_line_adds_or_extends_a_noqa_comment():
    assert suppress_on_line(["The the end."], 1, "SP102") == (1, 13, 1, 13, " <!-- noqa: SP102 -->")
    assert suppress_on_line(["A <!-- noqa: LK101 --> b"], 1, "SP102") == (1, 3, 1, 23, "<!-- noqa: LK101,SP102 -->")
    assert suppress_on_line(["A <!-- noqa: SP --> b"], 1, "SP102") is None  # a prefix covers it already
    assert suppress_on_line(["A <!-- noqa --> b"], 1, "SP102") is None  # a bare noqa covers every code
    assert suppress_on_line([""], 1, "SP102") == (1, 1, 1, 1, "<!-- noqa: SP102 -->")


def test_ignore_in_file_goes_after_front_matter_or_extends_the_comment():
    assert ignore_in_file(["# T", "x"], "SL101") == (1, 1, 1, 1, "<!-- prosecheck-disable-file SL101 -->\n")
    assert ignore_in_file(["---", "a: b", "---", "# T"], "SL101") == (4, 1, 4, 1,
                                                                      "<!-- prosecheck-disable-file SL101 -->\n")
    assert ignore_in_file(["# T", "<!-- prosecheck-disable-file HC -->"], "SL101") == (
        2, 1, 2, 36, "<!-- prosecheck-disable-file HC,SL101 -->")
    assert ignore_in_file(["<!-- prosecheck-disable-file -->"], "SL101") is None


def test_add_word_configures_pyproject_under_its_table(tmp_path):
    config = tmp_path / "pyproject.toml"
    config.write_bytes(b'[project]\nname = "x"\n\n[tool.prosecheck]\nselect = ["SP"]\n')
    assert add_word("Zork", str(tmp_path), str(config), "") == str(config)
    assert config.read_bytes() == (b'[project]\nname = "x"\n\n[tool.prosecheck]\nselect = ["SP"]\n\n'
                                   b'[tool.prosecheck.spelling]\nwords_file = "prosecheck-words.txt"\n')
    assert (tmp_path / "prosecheck-words.txt").read_bytes() == b"Zork\n"


def test_add_word_extends_an_existing_table_keeping_crlf(tmp_path):
    config = tmp_path / ".prosecheck.toml"
    config.write_bytes(b'[spelling]\r\nmin_length = 4\r\n')
    add_word("zork", str(tmp_path), str(config), "")
    assert config.read_bytes() == b'[spelling]\r\nwords_file = "prosecheck-words.txt"\r\nmin_length = 4\r\n'


def test_add_word_without_configuration_creates_one(tmp_path):
    assert add_word("zork", str(tmp_path), None, "") == str(tmp_path / ".prosecheck.toml")
    assert (tmp_path / ".prosecheck.toml").read_bytes() == b'[spelling]\nwords_file = "prosecheck-words.txt"\n'


def test_add_word_appends_to_the_configured_list(tmp_path):
    (tmp_path / "words.txt").write_bytes(b"# ours\r\nalpha")
    assert add_word("beta", str(tmp_path), None, "words.txt") == str(tmp_path / "words.txt")
    assert (tmp_path / "words.txt").read_bytes() == b"# ours\r\nalpha\r\nbeta\r\n"
