"""Turn a saved HTML page into plain Markdown for the labelled sets ("kind": "html" in a manifest).

Standard library only (html.parser), so that extract.py stays free of dependencies and its output
is the same on every machine. The aim is a faithful reading copy of the page's prose, not a
pretty one:

- each block (paragraph, heading, list item, table row, definition) becomes one line, with a
  blank line between blocks, so that an item's line number is its paragraph;
- headings become "# ...", list items "- ...", block quotes "> ..." (a quotation stays marked as
  someone else's words), preformatted text a fenced code block;
- a link with a destination becomes [text](destination): the annotation rules count a link in a
  sentence as support, so it must survive; a link without one keeps only its text;
- script, style, head, images, forms and other non-prose elements are dropped;
- runs of white space inside a block become one space (non-breaking spaces are kept as they are).
"""
from html.parser import HTMLParser
import re

BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "figure", "figcaption",
          "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table",
          "blockquote", "pre", "hr", "br", "address", "center", "body", "html", "form", "fieldset",
          "caption", "details", "summary", "nav"}
DROPPED = {"script", "style", "head", "title", "noscript", "template", "svg", "iframe", "object",
           "select", "button", "textarea", "option", "canvas", "video", "audio", "map"}
VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr", "param"}
SPACE = re.compile(r"[ \t\n\r\f\v]+")   # not \s: a non-breaking space stays what it is


class _Markdown(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []          # finished blocks
        self.buf = []            # text of the block being read
        self.prefix = ""         # "# ", "- " ... for the block being read
        self.quote = 0           # depth of <blockquote>
        self.pre = 0             # depth of <pre>
        self.drop = 0            # depth of dropped elements
        self.links = []          # destinations of the open <a> elements, with the buffer length at their start
        self.head = False        # inside a <head> that has not been closed

    # -- blocks ------------------------------------------------------------------------------------
    def _flush(self):
        if self.pre:
            return
        text = SPACE.sub(" ", "".join(self.buf)).strip()
        self.buf = []
        if text:
            line = self.prefix + text
            if self.quote:
                line = "> " * self.quote + line
            self.lines.append(line)
        self.prefix = ""

    def handle_starttag(self, tag, attrs):
        if self.drop == 1 and self.head and tag in BLOCKS:
            # a page that never closes its <head> (toybox's pages end it with a server-side
            # include): a block of the body ends the head, as an HTML5 parser does
            self.drop = 0
            self.head = False
        if self.drop:
            if tag in DROPPED and tag not in VOID:
                self.drop += 1
            return
        if tag in DROPPED:
            self.drop += 1
            self.head = tag == "head"
            return
        if tag == "pre":
            self._flush()
            self.pre += 1
            self.buf = []
            return
        if self.pre:
            return
        if tag in BLOCKS:
            self._flush()
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.prefix = "#" * int(tag[1]) + " "
            elif tag == "li":
                self.prefix = "- "
            elif tag == "blockquote":
                self.quote += 1
        elif tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            self.links.append((href, len(self.buf)))
        elif tag in ("td", "th"):
            self.buf.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.drop:
            if tag in DROPPED:
                self.drop -= 1
            if tag == "head":
                self.head = False
            return
        if tag == "pre":
            if self.pre:
                self.pre -= 1
                if not self.pre:
                    body = "".join(self.buf).strip("\n")
                    self.buf = []
                    if body.strip():
                        self.lines.append("```\n%s\n```" % body)
            return
        if self.pre:
            return
        if tag == "a" and self.links:
            href, start = self.links.pop()
            text = "".join(self.buf[start:])
            if href and text.strip():
                del self.buf[start:]
                lead = text[: len(text) - len(text.lstrip())]
                tail = text[len(text.rstrip()):]
                self.buf.append("%s[%s](%s)%s" % (lead, SPACE.sub(" ", text).strip(), href.replace(" ", "%20"), tail))
        elif tag in BLOCKS:
            self._flush()
            if tag == "blockquote" and self.quote:
                self.quote -= 1

    def handle_data(self, data):
        if not self.drop:
            self.buf.append(data)


def html_to_markdown(html):
    """The page's prose as Markdown: one block a line, blank lines between blocks."""
    parser = _Markdown()
    parser.feed(html)
    parser.close()
    parser._flush()
    return "\n\n".join(parser.lines) + "\n"
