#!/usr/bin/env python3
"""Fetch one pinned sdist from the package index's simple page, when ``pip download`` cannot.

usage: python3 eval/fetch_sdist.py SPEC FILE [--index URL]

``pip download --no-binary :all:`` prepares an sdist's metadata, which builds it, so it needs the
sdist's build dependencies: gensim 4.4.0's (numpy among them) do not build on the machines these
sets were built on, and tamp- and peen-docs' builders had to copy the archive by hand. The sets
need only the archive, not an install: this reads the index's simple page for the package (PEP
503; ``--index``, else ``$PIP_INDEX_URL``, else https://pypi.org/simple) and downloads the link
named FILE into the current folder. fetch_set.sh checks its sha256 against the manifest next, as
for every archive. Exit status 0, or 1 with a message when the page has no such file or the
download fails.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import urllib.parse
import urllib.request

_HREF = re.compile(r'href="([^"]+)"')


def link_to(page: str, page_url: str, filename: str):
    """The absolute URL of the link on ``page`` whose file name is ``filename``, or None."""
    for href in _HREF.findall(page):
        url = urllib.parse.urljoin(page_url, href.replace("&amp;", "&"))
        path = urllib.parse.urlsplit(url).path
        if path.rsplit("/", 1)[-1] == filename:
            return url.split("#", 1)[0]
    return None


def project_of(spec: str) -> str:
    """``gensim==4.4.0`` -> ``gensim``, normalised as PEP 503 names pages."""
    name = re.split(r"[=<>!~\[; ]", spec, maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("spec")
    ap.add_argument("file")
    ap.add_argument("--index", default=os.environ.get("PIP_INDEX_URL") or "https://pypi.org/simple")
    args = ap.parse_args(argv)
    page_url = args.index.rstrip("/") + "/" + project_of(args.spec) + "/"
    try:
        with urllib.request.urlopen(page_url, timeout=60) as r:
            page = r.read().decode("utf-8", "replace")
        url = link_to(page, page_url, args.file)
        if url is None:
            print(f"fetch_sdist.py: {page_url} lists no {args.file}", file=sys.stderr)
            return 1
        part = args.file + ".part"
        with urllib.request.urlopen(url, timeout=300) as r, open(part, "wb") as out:
            while chunk := r.read(1 << 16):
                out.write(chunk)
        os.replace(part, args.file)
    except OSError as e:  # URLError is an OSError
        print(f"fetch_sdist.py: could not fetch {args.file} from {page_url}: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
