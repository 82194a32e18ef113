"""The builder makes Blocks and Links without calling the dataclasses (markdown_prose.open_block,
open_link: their fields set one by one). Each must hold every field of its dataclass, in the
dataclass's order and nothing else, as the dataclass's own __init__ would make it."""

from dataclasses import fields

from prosecheck.document import parse
from prosecheck.prose_model import Block, Link

TEXT = """# Title

A paragraph with a [link](https://example.com "Title") and an ![image](a.png).

- an item with <https://example.org>
- [reference][ref]

| a | b |
| - | - |
| [x](y) | z |

[ref]: https://example.net
"""


def test_blocks_hold_the_dataclass_fields_in_order():
    doc = parse("a.md", TEXT)
    names = [f.name for f in fields(Block)]
    assert doc.blocks
    for block in doc.blocks:
        assert list(vars(block)) == names
    first = doc.blocks[0]
    assert (first.kind, first.start_line, first.end_line, first.prose, first.level) == ("heading", 1, 1, "Title", 1)
    made = Block(first.kind, first.start_line, first.end_line, first.prose, list(first.runs), first.level,
                 first.containers)
    assert vars(made) == {**vars(first), "_starts": made._starts}


def test_links_hold_the_dataclass_fields_in_order():
    doc = parse("a.md", TEXT)
    names = [f.name for f in fields(Link)]
    kinds = [(link.kind, link.style, link.destination, link.title) for link in doc.links]
    assert kinds == [("link", "inline", "https://example.com", "Title"), ("image", "inline", "a.png", ""),
                     ("link", "autolink", "https://example.org", ""), ("link", "full", "https://example.net", ""),
                     ("link", "inline", "y", "")]
    for link in doc.links:
        assert list(vars(link)) == names
    link = doc.links[0]
    assert (link.offset, link.text, link.label, link.prose_start, link.prose_end) == (28, "link", None, 19, 23)
    assert link.block is doc.blocks[1]
